"""An article as checks see it: source text, masked prose, blocks with roles, quotes, sentences.

Everything is computed once, when the document is built; checks only ask. Offsets are code
points into ``source``; ``masked`` has the same length, with markup, code, URLs and front-matter
keys replaced by spaces.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import Any, Literal, NamedTuple

from newslint import masking, text
from newslint.positions import LineIndex
from newslint.yamlutil import ConfigError, check_expansion

Format = Literal["markdown", "text"]
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HEADLINE_KEYS = ("title", "headline", "hed")
DEK_KEYS = ("dek", "subtitle", "subheadline", "standfirst")
# SEO fields: checked as prose, but they often copy the lede on purpose, so they are not deks.
SUMMARY_KEYS = ("description", "summary", "excerpt")
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*(\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.S
)
_FM_FIELD = re.compile(
    r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>[^\r\n]*?)[ \t]*\r?$", re.M
)
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<body>[^*_].*?)\1\s*$")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?P<body>[^*_\s].*?)\1\s*$", re.S)
_BYLINE = re.compile(r"^\s*(?:\*\*|_)?\s*(?:By|BY|Reporting by|Written by)\s+\S")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\**\s*$")
_WRAP_LIMIT = 100


class DecodeError(ValueError):
    """The bytes are not valid in the requested encoding; says where (``line`` is 1-based)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class Block(NamedTuple):
    """A unit of the article: a paragraph, heading, list item, table, code block...

    Attributes:
        kind: The structural kind: ``paragraph``, ``heading``, ``list_item``, ``blockquote``,
            ``table``, ``code``, ``html`` or ``field`` (a front-matter prose value).
        role: The editorial role: ``headline``, ``dek``, ``subhead``, ``byline`` or ``body``.
        start: Offset of the first character.
        end: Offset past the last character (line break excluded).
    """

    kind: str
    role: str
    start: int
    end: int

    @property
    def is_prose(self) -> bool:
        """Whether prose checks (superlatives, names, grammar) read this block."""
        return self.kind not in ("code", "html")


class Sentence(NamedTuple):
    """A sentence span inside one block."""

    start: int
    end: int
    block: Block


class Document:
    """A decoded, parsed article. Build one with :func:`parse`.

    (A plain class: a dataclass costs several times as much to define at start-up, and
    nothing compares or copies documents.)
    """

    def __init__(
        self,
        path: str,
        source: str,
        masked: str,
        format: Format,
        blocks: list[Block],
        front_matter: dict[str, Any] | None = None,
        problems: list[tuple[int, str]] | None = None,
        had_bom: bool = False,
    ) -> None:
        self.path = path
        self.source = source
        self.masked = masked
        self.format = format
        self.blocks = blocks
        self.front_matter = {} if front_matter is None else front_matter
        self.problems = [] if problems is None else problems
        self.had_bom = had_bom

    def __repr__(self) -> str:
        return f"<Document {self.path!r}: {self.format}, {len(self.blocks)} blocks>"

    @cached_property
    def memo(self) -> dict[str, Any]:
        """Derived data checks share for this document (each block's comparable words, say),
        under a key named after the module that fills it; it lives as long as the document."""
        return {}

    @cached_property
    def lowered(self) -> str:
        """The masked text lower-cased (for keyword searches that ignore case; on text whose
        characters lower-case to more than one, its offsets differ from the masked text's)."""
        return self.masked.lower()

    @cached_property
    def lines(self) -> LineIndex:
        """Line table for offset -> (line, column)."""
        return LineIndex(self.source)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        return self.lines.position(offset)

    @cached_property
    def quotes(self) -> text.SpanSet:
        """Spans inside quotation marks (direct speech), across all prose blocks."""
        spans: list[tuple[int, int]] = []
        carry = False
        for block in self.blocks:
            if not block.is_prose:
                continue
            found, carry = text.quote_spans(
                self.masked, block.start, block.end, continues=carry, headline=block.role != "body"
            )
            spans.extend(found)
        return text.SpanSet(spans)

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """Whether ``[start, end)`` lies inside a quotation."""
        return self.quotes.covers(start, start + 1 if end is None else end)

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences of every prose block; a sentence never crosses a block."""
        out: list[Sentence] = []
        new = tuple.__new__  # what Sentence(s, e, block) calls, less a Python-level __new__
        for block in self.blocks:
            if block.is_prose and block.kind != "table":
                out.extend(
                    [
                        new(Sentence, (s, e, block))
                        for s, e in text.sentences(self.masked, block.start, block.end)
                    ]
                )
        return out

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, if any."""
        starts = self._sentence_starts
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def prose_blocks(self) -> Iterator[Block]:
        """Blocks that carry prose, in document order."""
        return (b for b in self.blocks if b.is_prose)

    @cached_property
    def headline(self) -> Block | None:
        """The headline block, if the article has one."""
        return next((b for b in self.blocks if b.role == "headline"), None)

    def block_text(self, block: Block) -> str:
        """The masked text of ``block``."""
        return self.masked[block.start : block.end]


def decode(data: bytes, encoding: str = "utf-8") -> tuple[str, bool]:
    """Decode bytes, dropping a UTF-8 BOM; return the text and whether a BOM was there.

    Raises:
        DecodeError: naming the byte offset of the first invalid sequence.
    """
    bom = data.startswith(codecs.BOM_UTF8) and encoding.replace("_", "-").lower() in (
        "utf-8",
        "utf8",
    )
    if bom:
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode(encoding), bom
    except UnicodeDecodeError as exc:
        where = exc.start + (3 if bom else 0)
        line = data[: exc.start].count(b"\n") + 1
        raise DecodeError(
            f"not valid {encoding} at byte {where} (use --encoding for legacy archives)", line
        ) from None
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None


def guess_format(path: str) -> Format:
    """Markdown for Markdown suffixes, plain text otherwise."""
    lower = path.lower()
    return "markdown" if any(lower.endswith(s) for s in MARKDOWN_SUFFIXES) else "text"


def parse(
    source: str, path: str = "<text>", fmt: Format | None = None, had_bom: bool = False
) -> Document:
    """Build a :class:`Document` from decoded text."""
    fmt = fmt or guess_format(path)
    blocks: list[Block] = []
    problems: list[tuple[int, str]] = []
    front: dict[str, Any] = {}
    m = _FRONT_MATTER.match(source)
    body_start = m.end() if m else 0
    common = _shift(masking.mask_common(source[body_start:]), body_start)
    # The text is copied into a list of characters only if something is to be masked.
    chars = list(source) if m or common or fmt == "markdown" else None
    if m:
        assert chars is not None
        front, fm_blocks, problem = _front_matter(source, m.start(2), m.end(2))
        if problem:
            problems.append(problem)
        masking.mask_spans(chars, [(0, body_start)])
        for b in fm_blocks:
            chars[b.start : b.end] = source[b.start : b.end]
        blocks.extend(fm_blocks)
    if chars is not None:
        masking.mask_spans(chars, common)
    if fmt == "markdown":
        from newslint import markdown

        assert chars is not None
        body_blocks, extra_masks = markdown.blocks(source, body_start)
        masking.mask_spans(chars, extra_masks)
    masked = source if chars is None else "".join(chars)
    if fmt != "markdown":
        # A line that is blank once masked (an HTML comment such as a suppression directive)
        # separates paragraphs like a blank line: it must never be deleted with one.
        body_blocks = [
            Block("paragraph", "body", s, e) for s, e in _plain_blocks(masked, body_start)
        ]
    body_blocks = _split_paragraph_lines(source, body_blocks)
    blocks.extend(
        _assign_roles(source, body_blocks, any(b.role == "headline" for b in blocks), fmt)
    )
    return Document(path, source, masked, fmt, blocks, front, problems, had_bom)


def _shift(spans: Sequence[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(s + by, e + by) for s, e in spans]


def _front_matter(
    source: str, start: int, end: int
) -> tuple[dict[str, Any], list[Block], tuple[int, str] | None]:
    import yaml  # only articles with front matter pay for the YAML parser

    raw = source[start:end]
    problem = None
    data: dict[str, Any] = {}
    try:
        loaded = yaml.safe_load(raw)
        check_expansion(loaded, "front matter")
        if isinstance(loaded, dict):
            data = loaded
        elif loaded is not None:
            problem = (start, "front matter is not a mapping of keys to values")
    except ConfigError as exc:
        problem = (start, f"front matter: {exc.message}")
    except RecursionError:
        problem = (start, "front matter is not valid YAML: nested too deeply")
    except ValueError as exc:  # "date: 2025-02-30", an integer over Python's 4,300 digits
        problem = (start, f"front matter has a value Python cannot hold: {str(exc)[:200]}")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = start
        if mark is not None:
            at = start + _offset_of_line_col(raw, mark.line, mark.column)
        problem = (at, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}")
    blocks: list[Block] = []
    for fm in _FM_FIELD.finditer(raw):
        key = fm.group("key").lower()
        role = (
            "headline"
            if key in HEADLINE_KEYS
            else "dek"
            if key in DEK_KEYS
            else "summary"
            if key in SUMMARY_KEYS
            else None
        )
        if role is None:
            continue
        vs, ve = fm.span("value")
        value = raw[vs:ve]
        if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
            vs, ve = vs + 1, ve - 1
        elif value[:1] in ("|", ">", "[", "{", "") or value.startswith(("&", "*", "!")):
            continue
        if ve > vs and not (role == "headline" and any(b.role == "headline" for b in blocks)):
            blocks.append(Block("field", role, start + vs, start + ve))
    return data, blocks, problem


def _offset_of_line_col(raw: str, line: int, col: int) -> int:
    lines = raw.splitlines(keepends=True)
    return sum(len(x) for x in lines[:line]) + col


# A run of lines that are not blank (str.isspace is exactly what \s matches), in text without
# a carriage return.
_NON_BLANK_LINES = re.compile(r"^[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", re.M)


def _plain_blocks(source: str, start: int) -> Iterator[tuple[int, int]]:
    """Blank-line separated runs of lines, as (start, end) offsets (``source`` may be the
    masked text, which has the same offsets), from the line that holds ``start`` on."""
    if "\r" in source:
        yield from _blocks_line_by_line(source, start)
        return
    # The common case, scanned in C (tests/test_fast_paths.py pins it to the loop below).
    line_start = source.rfind("\n", 0, start) + 1
    for m in _NON_BLANK_LINES.finditer(source, line_start):
        yield m.span()


def _blocks_line_by_line(source: str, start: int) -> Iterator[tuple[int, int]]:
    """:func:`_plain_blocks` for any line breaks (``\\r\\n``, ``\\r``, ``\\n``)."""
    idx = LineIndex(source)
    first, _ = idx.position(start)
    block_start: int | None = None
    block_end = start
    for line in range(first, idx.line_count + 1):
        ls, le = idx.line_start(line), idx.line_end(line)
        if source[ls:le].strip():
            if block_start is None:
                block_start = ls
            block_end = le
        elif block_start is not None:
            yield block_start, block_end
            block_start = None
    if block_start is not None:
        yield block_start, block_end


def _split_paragraph_lines(source: str, blocks: list[Block]) -> list[Block]:
    """Split a multi-line paragraph into one paragraph per line unless it is hard-wrapped.

    CMS exports put one paragraph on each line with no blank lines; hard-wrapped text breaks
    lines near a fixed width, mostly in mid-sentence. A block counts as hard-wrapped when its
    lines stay under ~100 columns and most of them do not end a sentence. Inside it, a line
    ends its paragraph when it is bold-only or a byline, or when it ends a sentence and the
    next line's first word would still have fitted on it (a wrapping editor would have put
    it there).
    """
    out: list[Block] = []
    for block in blocks:
        chunk = source[block.start : block.end]
        if block.kind not in ("paragraph", "blockquote", "list_item") or (
            "\n" not in chunk and "\r" not in chunk
        ):
            out.append(block)
            continue
        spans = text.line_spans(source, block.start, block.end)
        lines = [source[s:e].rstrip() for s, e in spans]
        widths = [len(x) for x in lines]
        wrap = max(widths[:-1])
        ended = sum(1 for x in lines[:-1] if _TERMINAL.search(x))
        hard_wrapped = wrap <= _WRAP_LIMIT and ended * 2 <= len(lines) - 1
        cur_start = spans[0][0]
        for i in range(len(spans) - 1):
            line, nxt = lines[i], lines[i + 1]
            first_word = len(nxt.split(maxsplit=1)[0]) if nxt.strip() else 0
            early_end = bool(_TERMINAL.search(line)) and widths[i] + 1 + first_word <= wrap
            joined = (
                hard_wrapped
                and not early_end
                and not _BOLD_LINE.match(line)
                and not _BOLD_LINE.match(nxt)
                and not _BYLINE.match(line)
            )
            if not joined:
                out.append(Block(block.kind, block.role, cur_start, spans[i][1]))
                cur_start = spans[i + 1][0]
        out.append(Block(block.kind, block.role, cur_start, spans[-1][1]))
    return out


def _assign_roles(source: str, blocks: list[Block], has_title: bool, fmt: Format) -> list[Block]:
    """Find the headline, deks, byline and subheads among the body blocks."""
    out: list[Block] = []
    in_top = True
    seen_headline = has_title
    for i, b in enumerate(blocks):
        raw = source[b.start : b.end]
        role = "body"
        bold = bool(_BOLD_LINE.match(raw)) or bool(_ITALIC_LINE.match(raw))
        if b.kind == "heading":
            role = "subhead" if seen_headline else "headline"
            if (
                i > 0
                and not seen_headline
                and any(x.kind == "paragraph" and x.role == "body" for x in out)
            ):
                role = "subhead"
        elif in_top and b.kind == "paragraph":
            if _BYLINE.match(raw) and len(raw) < 120:
                role = "byline"
            elif bold or (len(raw) <= 160 and not _TERMINAL.search(raw)):
                headline = not seen_headline and not _TERMINAL.search(raw)
                role = "headline" if headline else "dek"
            elif fmt == "text" and not seen_headline and i == 0 and len(raw) <= 160:
                role = "headline"
            else:
                in_top = False
        elif b.kind == "paragraph" and bold and len(raw) <= 160:
            role = "subhead"
        if b.kind != "heading" and b.kind != "paragraph":
            in_top = in_top and b.kind in ("html",)
        if role == "headline":
            seen_headline = True
        out.append(Block(b.kind, role, b.start, b.end))
    if not seen_headline:
        # No line looked like a headline: the first top line is it (headlines can end in "?").
        for j, b in enumerate(out):
            if b.role in ("dek",):
                out[j] = Block(b.kind, "headline", b.start, b.end)
                break
    return out
