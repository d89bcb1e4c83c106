"""grammar: placeholder registration; the backends arrive in newslint.grammar."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from newslint.checks.base import CheckKind, Option, options_only
from newslint.document import Document
from newslint.findings import Hit

OPTIONS: Mapping[str, Option] = {}


def run(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    del doc, options
    return iter(())


KIND = CheckKind("grammar", OPTIONS, options_only, run)
