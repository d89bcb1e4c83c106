"""A name holding an HTML character reference in a plain-text article ("Bernab&#233;u",
"Mu&ntilde;oz", "&#214;zil", and escaped twice, "Bernab&amp;#233;u"): the system that
exported the article did not decode it, and the reader sees the code. In Markdown a
reference is the markup's own way to write a character, and is left alone. One in a
quotation is reported too: no speaker spells a name in codes.

The name decoded (``html.unescape``, twice for a reference escaped twice) is suggested, where
it starts with a capital, every reference decodes to a letter, an apostrophe or an ampersand
("AT&amp;T") and none is left; never fixed, as an article about encodings may write the code
on purpose.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from newslint.checks.name_consistency import hit
from newslint.document import Document
from newslint.findings import Hit, Severity

# A word with character references in it (one escaped twice, "&amp;#233;", too).
_REFERENCE = r"&(?:amp;)?(?:#\d{2,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_NAME = re.compile(rf"(?<![\w&;])(?:\w|{_REFERENCE})*{_REFERENCE}(?:\w|{_REFERENCE})*")
_DECODES_TO = frozenset("&'’")
_LEFT = re.compile(_REFERENCE)  # a reference left after decoding: no name


def character_references(doc: Document, severity: Severity) -> Iterator[Hit]:
    """A finding at each name of a plain-text article's prose with character references that
    decode to letters (see the module), suggesting its decoded writing."""
    if doc.format != "text" or "&" not in doc.masked:
        return
    masked = doc.masked
    for block in doc.prose_blocks():
        for m in _NAME.finditer(masked, block.start, block.end):
            written = m.group()
            decoded = html.unescape(html.unescape(written))
            added = set(decoded) - set(written)
            if (
                decoded[:1].isupper()
                and _LEFT.search(decoded) is None
                and all(c.isalpha() or c in _DECODES_TO for c in added)
            ):
                found = hit(m.start(), m.end(), [decoded], severity, "character-reference")
                yield found._replace(fix=None)
