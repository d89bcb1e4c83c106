"""A name holding an HTML character reference in a plain-text article ("Bernab&#233;u",
"Mu&ntilde;oz", "O&#39;Brien"): the system that exported the article did not decode it, and
the reader sees the code. In Markdown a reference is the markup's own way to write a
character, and is left alone.

The name decoded (``html.unescape``) is the fix, where every reference decodes to a letter,
an apostrophe or an ampersand ("AT&amp;T"): a plain-text article never means the code.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from newslint.checks.name_consistency import hit
from newslint.document import Document
from newslint.findings import Hit, Severity

# A capitalised word with character references in it or at its end.
_REFERENCE = r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_NAME = re.compile(rf"(?<![\w&;])[A-Z]\w*(?:{_REFERENCE}\w*)+")
_DECODES_TO = frozenset("&'’")


def character_references(doc: Document, severity: Severity) -> Iterator[Hit]:
    """A finding at each name of a plain-text article's prose with character references that
    decode to letters (see the module), its decoded writing the fix."""
    if doc.format != "text" or "&" not in doc.masked:
        return
    masked = doc.masked
    for block in doc.prose_blocks():
        for m in _NAME.finditer(masked, block.start, block.end):
            written = m.group()
            decoded = html.unescape(written)
            added = set(decoded) - set(written)
            if decoded != written and all(c.isalpha() or c in _DECODES_TO for c in added):
                yield hit(m.start(), m.end(), [decoded], severity, "character-reference")
