"""The registry of built-in check kinds: one module each, listed here by name."""

from __future__ import annotations

from collections.abc import Mapping

from newslint.checks import (
    duplicate_paragraph,
    entity_spelling,
    existence,
    grammar,
    readability,
    repeated_headline,
    substitution,
    superlative,
    suppression,
    vocabulary,
)
from newslint.checks.base import CheckKind

CHECKS: Mapping[str, CheckKind] = {
    kind.name: kind
    for kind in (
        existence.KIND,
        substitution.KIND,
        duplicate_paragraph.KIND,
        repeated_headline.KIND,
        entity_spelling.KIND,
        superlative.KIND,
        *readability.KINDS,
        grammar.KIND,
        suppression.KIND,
        vocabulary.KIND,
    )
}
