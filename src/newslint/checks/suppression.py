"""suppression: problems with inline suppression comments themselves.

The linter, not a document pass, produces these findings (a suppression naming an unknown
rule, a malformed directive, a suppression that suppressed nothing), because only it knows
which findings each comment silenced. Rules of this kind carry the id, severity and docs, and
say which problems they report: ``malformed`` directives (and unknown rule ids) or ``unused``
ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from newslint.checks.base import CheckKind, Option, options_only
from newslint.document import Document
from newslint.findings import Hit

OPTIONS: Mapping[str, Option] = {
    "reports": Option(
        "str",
        "malformed",
        "Which problems: 'malformed' or 'unused' suppressions.",
        ("malformed", "unused"),
    ),
}


def run(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Nothing to do per document: see the module docstring."""
    del doc, options
    return iter(())


KIND = CheckKind("suppression", OPTIONS, options_only, run, doc=__doc__ or "", suppressions=True)
