"""vocabulary: the words a newsroom rejects, always reported (as Vale's reject lists).

The words come from the config's ``vocabulary: {reject: [...]}`` (added to the ``reject``
option of every rule of this check) or from the rule's own ``reject`` option. They are matched
as whole words, case-sensitively by default (as Vale's vocabularies are: "Paypal" is
rejected, "PayPal" is not), in quotations too; ``[sic]`` after a word lets it stand.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from newslint.checks import existence
from newslint.checks.base import CheckKind, Option, Resources
from newslint.checks.prose import QUOTE_POLICIES
from newslint.document import Document
from newslint.findings import Hit

OPTIONS = {
    "reject": Option(
        "list", (), "Words or phrases always reported (the config's vocabulary.reject)."
    ),
    "ignore_case": Option("bool", False, "Match regardless of case."),
    "quotes": Option("str", "check", "'check' quotations too or 'skip' them.", QUOTE_POLICIES),
    "roles": Option("list", (), "Only these block roles (headline, dek, subhead, byline, body)."),
}


def prepare(options: Mapping[str, Any], resources: Resources) -> Any:
    """The existence check's state for the rejected words."""
    words = {"words": options["reject"], "patterns": (), "whole_words": True}
    return existence.prepare({**options, **words}, resources)


def run(doc: Document, state: Any) -> Iterator[Hit]:
    return existence.run(doc, state)


KIND = CheckKind("vocabulary", OPTIONS, prepare, run, doc=__doc__ or "", sic=True)
