"""Give every body block its editorial kind (see :mod:`newslint.model` for the kinds).

A block's own text says most (:func:`newslint.blocktext.shape`, data lines, bylines); its place
says the rest: the lines above the first paragraph are the headline and deks, a short label
between data lines belongs to the table, blocks under "Your comments" are readers' words, a
quotation that repeats the article's words is a pull quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from newslint import blocktext, model, text
from newslint.model import Block

Format = str
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<body>[^*_].*?)\1\s*$")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?P<body>[^*_\s].*?)\1\s*$", re.S)
_NON_WORD = re.compile(r"\W+")
_WORD_CHAR = re.compile(r"\w")
_OPENING = "\"“‘'"
_CLOSING = re.compile("[\"”’']")
# "My" only where a sentence starts ("My Summer of Love" is a title); "!" only where it ends
# one ("Yeah!, featuring ..." is a title).
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|my|me|myself|we|our|us|you|your)\b"
    r"|(?:^|[.!?]\s+)(?:My|We|Our|You|Your)\b|[!?](?=\s|$)",
    re.M,
)
_READERS = 4  # paragraphs in a run of readers' comments, at least
_LABEL_WORDS = 10  # a table label beside one data line is at most this long


def is_bold_line(raw: str) -> bool:
    """A line set entirely in bold (a CMS export's subhead)."""
    return bool(_BOLD_LINE.match(raw))


def classify(
    source: str, masked: str, blocks: Sequence[Block], has_title: bool, fmt: Format
) -> list[Block]:
    """The body ``blocks`` with their kinds (structure from the parser, kind from the text)."""
    raws = [source[b.start : b.end] for b in blocks]
    texts = [masked[b.start : b.end] for b in blocks]
    kinds = [_own_kind(b, r, t) for b, r, t in zip(blocks, raws, texts, strict=True)]
    _display(blocks, raws, texts, kinds, has_title, fmt)
    _table_labels(blocks, texts, kinds)
    _comments(blocks, texts, kinds)
    _readers_tail(blocks, masked, kinds)
    _pull_quotes(texts, kinds)
    return [Block(k, b.syntax, b.start, b.end) for b, k in zip(blocks, kinds, strict=True)]


def _own_kind(block: Block, raw: str, masked: str) -> str:
    """What the block is by its syntax and its text alone (``prose`` when nothing shows)."""
    if block.syntax in ("code", "html", "table"):
        return block.kind
    if block.syntax == "heading":
        return model.SUBHEAD  # headline or subhead: decided by place
    found = blocktext.shape(raw, masked)
    if found is not None:
        return found
    if block.syntax == "list_item":
        return model.LIST
    if block.syntax == "blockquote":
        return model.QUOTE
    if blocktext.is_column_layout(raw):
        return model.TABLE
    if blocktext.is_dateline(masked):
        return model.DATELINE
    if blocktext.is_data(masked):
        return model.DATA
    if (
        blocktext.is_bullet(raw)
        or blocktext.is_name_list(masked)
        or blocktext.is_flattened_list(masked)
    ):
        return model.LIST
    return model.PROSE


def _display(
    blocks: Sequence[Block],
    raws: Sequence[str],
    texts: Sequence[str],
    kinds: list[str],
    has_title: bool,
    fmt: Format,
) -> None:
    """Find the headline, deks, byline and subheads: the short lines above the first prose
    paragraph, headings, and bold lines in the body."""
    in_top = True
    seen_headline = has_title
    for i, (b, raw) in enumerate(zip(blocks, raws, strict=True)):
        kind = kinds[i]
        italic = bool(_ITALIC_LINE.match(raw))
        bold = is_bold_line(raw) or italic
        if b.syntax == "heading":
            kind = model.SUBHEAD if seen_headline else model.HEADLINE
            if i > 0 and not seen_headline and model.PROSE in kinds[:i]:
                kind = model.SUBHEAD
        elif b.syntax == "paragraph" and kind not in (model.PROSE, model.DATA, model.DATELINE):
            in_top = in_top and kind in (model.CAPTION, model.BOILERPLATE, model.LINKS)
        elif in_top and b.syntax == "paragraph":
            top = _top_kind(kind, raw, bold, seen_headline, fmt == "text" and i == 0)
            in_top = top is not None
            kind = top or kind
        elif b.syntax == "paragraph" and kind == model.PROSE:
            if blocktext.is_byline(raw) and len(raw.split()) <= 10:
                kind = model.BYLINE
            elif (bold and len(raw) <= 160 and not (italic and blocktext.ends_sentence(raw))) or (
                _caps_label(fmt, raw, texts[i])
            ):
                kind = model.SUBHEAD  # an italic sentence is a note or a bio line, not a subhead
        if b.syntax not in ("heading", "paragraph"):
            in_top = in_top and b.syntax == "html"
        if kind == model.HEADLINE:
            seen_headline = True
        kinds[i] = kind
    if not seen_headline:
        # No line looked like a headline: the first top line is it (headlines can end in "?").
        for j, k in enumerate(kinds):
            if k == model.DEK:
                kinds[j] = model.HEADLINE
                break


def _top_kind(kind: str, raw: str, bold: bool, seen_headline: bool, first_line: bool) -> str | None:
    """The kind of a paragraph above the body (headline, dek, byline, dateline), or None when
    it is where the body starts."""
    short = len(raw) <= 160 and not blocktext.ends_sentence(raw) and not blocktext.leads_in(raw)
    if blocktext.is_byline(raw):
        return model.BYLINE
    if kind == model.PROSE and (bold or short):
        return model.DEK if seen_headline or blocktext.ends_sentence(raw) else model.HEADLINE
    if first_line and not seen_headline and len(raw) <= 160:
        return model.HEADLINE  # a plain-text article's first line, even with a final period
    if kind == model.DATELINE:
        return kind  # a dateline under the headline keeps the top open
    return None


def _caps_label(fmt: Format, raw: str, masked: str) -> bool:
    """A short line in capitals in plain text: a wire story's section title."""
    ws = masked.split()
    return (
        fmt == "text"
        and 2 <= len(ws) <= 12
        and masked.upper() == masked
        and any(c.isalpha() for c in masked)
        and not blocktext.ends_sentence(raw)
    )


def _table_labels(blocks: Sequence[Block], texts: Sequence[str], kinds: list[str]) -> None:
    """A line without sentence punctuation beside data is the table's label or column header
    ("Nine mths", "Total World Grain", "LONG GRAIN RICE, in mln CWTs (100 lbs) --"): up to
    :data:`_LABEL_WORDS` words beside one data line, twice that between two."""
    tabular = (model.DATA, model.TABLE)
    changed = True
    while changed:
        changed = False
        for i, k in enumerate(kinds):
            if k not in (model.PROSE, model.DEK, model.DATELINE):
                continue
            if blocks[i].syntax != "paragraph" or blocktext.ends_sentence(texts[i]):
                continue
            before = i > 0 and kinds[i - 1] in tabular
            after = i + 1 < len(kinds) and kinds[i + 1] in tabular
            limit = _LABEL_WORDS * (before + after)
            if limit and len(texts[i].split()) <= limit:
                kinds[i] = model.DATA
                changed = True


def _comments(blocks: Sequence[Block], texts: Sequence[str], kinds: list[str]) -> None:
    """Blocks under a "Your comments" or "Letters" label, up to the next heading."""
    inside = False
    for i, (b, t) in enumerate(zip(blocks, texts, strict=True)):
        if kinds[i] in (model.SUBHEAD, model.DEK) or b.syntax == "heading":
            inside = blocktext.is_comments_label(t)
            continue
        if inside and kinds[i] in (model.PROSE, model.QUOTE, model.LIST):
            kinds[i] = model.COMMENT


def _readers_tail(blocks: Sequence[Block], masked: str, kinds: list[str]) -> None:
    """A run of first-person paragraphs at the end of a news story: readers' comments or a
    guest's piece printed under the report (the label that introduced them often lost in
    export). Reporters do not write "I", "my", "we", "you", "!" or "?" outside quotation
    marks; readers (and the answers of a Q&A, a reviewer's asides) do.

    The run starts with such a paragraph, three in four of its paragraphs are such, it holds at
    least :data:`_READERS` paragraphs, and at least one prose paragraph comes before it.
    """
    prose = [i for i, k in enumerate(kinds) if k == model.PROSE]
    if len(prose) <= _READERS:
        return
    start = None
    count = 0
    for k in range(1, len(prose)):
        if 4 * (count + 1) + len(prose) - 1 - k < 3 * k:
            break  # even if every paragraph above spoke for itself, no run could start there
        speaks = _speaks_for_self(masked, blocks[prose[-k]])
        count += speaks
        if speaks and count * 4 >= 3 * k:
            start = len(prose) - k
    if start is not None and len(prose) - start >= _READERS:
        for i in prose[start:]:
            kinds[i] = model.COMMENT


def _speaks_for_self(masked: str, block: Block) -> bool:
    """Whether ``block`` says "I", "my", "we", "you", "!" or "?" outside quotation marks."""
    spans, _ = text.quote_spans(masked, block.start, block.end, continues=False, headline=False)
    pos = block.start
    for s, e in [*spans, (block.end, block.end)]:
        if _FIRST_PERSON.search(masked, pos, s):
            return True
        pos = max(pos, e)
    return False


def quotation(block: str) -> str | None:
    """The words of a block that is one quotation: after any marks, an opening quote, then
    words, a closing quote and nothing but marks, or marks and a dash with anything after
    it (an attribution). The last opening quote of the leading marks and the first closing
    quote that fits, as ``^\\W*["“‘'](.+?)["”’']\\W*(?:[-–—]+.*)?$`` would find them, in
    one pass (that pattern is quadratic on a run of quote marks)."""
    lead = _NON_WORD.match(block)
    if lead is None or not any(c in _OPENING for c in lead.group()):
        return None  # no opening quote among the leading marks (most paragraphs)
    n = len(block)
    fits: list[int] = []  # the closing quotes followed by marks to the end or by a dash
    marks_end = last_dash = -1
    for m in _CLOSING.finditer(block):
        i = m.start()
        if i >= marks_end:  # the first closing quote of a run of marks: read the run once
            word = _WORD_CHAR.search(block, i)
            marks_end = n if word is None else word.start()
            last_dash = max(block.rfind(dash, i, marks_end) for dash in "-–—")
        if marks_end == n or i < last_dash:
            fits.append(i)
    for opening in range(lead.end() - 1, -1, -1):
        if block[opening] in _OPENING:
            first = bisect_left(fits, opening + 2)
            if first < len(fits):
                return block[opening + 1 : fits[first]]
    return None


def _pull_quotes(texts: Sequence[str], kinds: list[str]) -> None:
    """A block that is one quotation whose words stand elsewhere in the article."""
    candidates = {
        i: words
        for i, k in enumerate(kinds)
        if k in (model.PROSE, model.QUOTE, model.DEK, model.SUBHEAD)
        and (words := quotation(texts[i])) is not None
    }
    if not candidates:
        return
    folded = [" ".join(text.normalize_words(t)) for t in texts]
    for i, words in candidates.items():
        quote = " ".join(text.normalize_words(words))
        if len(quote.split()) < 5:
            continue
        if any(
            quote in other for j, other in enumerate(folded) if j != i and kinds[j] == model.PROSE
        ):
            kinds[i] = model.PULL_QUOTE
