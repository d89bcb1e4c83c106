"""An article as checks see it: source text, masked prose, blocks with roles, quotes, sentences.

Everything is computed once, when the document is built; checks only ask. Offsets are code
points into ``source``; ``masked`` has the same length, with markup, code, URLs and front-matter
keys replaced by spaces.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from typing import Any, Literal

from newslint import blocktext, classify, frontmatter, masking, model, text
from newslint.model import Block as Block
from newslint.model import Sentence as Sentence
from newslint.positions import LineIndex

Format = Literal["markdown", "text"]
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_WRAP_LIMIT = 100
DEEP_NESTING = (
    "block quotes and lists nested deeper than this are not checked "
    "(markdown-it reads 200 levels of nesting, about 100 of lists)"
)


class DecodeError(ValueError):
    """The bytes are not valid in the requested encoding; says where (``line`` is 1-based)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


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
        reads: frozenset[str] = model.PROSE_KINDS,
    ) -> None:
        self.path = path
        self.source = source
        self.masked = masked
        self.format = format
        self.blocks = blocks
        self.front_matter = {} if front_matter is None else front_matter
        self.problems = [] if problems is None else problems
        self.had_bom = had_bom
        #: The block kinds this view of the article reads (see :meth:`scoped`).
        self.reads = reads
        #: Every view of this article made so far, by the kinds it reads (shared by them all).
        self.views: dict[frozenset[str], Document] = {reads: self}

    def __repr__(self) -> str:
        return f"<Document {self.path!r}: {self.format}, {len(self.blocks)} blocks>"

    @cached_property
    def memo(self) -> dict[str, Any]:
        """Derived data checks share for this document (each block's comparable words, say),
        under a key named after the module that fills it; it lives as long as the document."""
        return {}

    def scoped(self, kinds: frozenset[str]) -> Document:
        """The same article read as ``kinds``: its prose blocks, sentences and quotes are the
        blocks of those kinds (``blocks`` stays whole). The linter gives each check the view
        its ``reads`` names; views share the source, positions and memo."""
        if kinds == self.reads:
            return self
        view = self.views.get(kinds)
        if view is None:
            view = Document(
                self.path,
                self.source,
                self.masked,
                self.format,
                self.blocks,
                self.front_matter,
                self.problems,
                self.had_bom,
                kinds,
            )
            view.memo = self.memo
            view.lines = self.lines
            view.views = self.views
            self.views[kinds] = view
        return view

    @cached_property
    def opinion(self) -> bool:
        """Whether front matter marks the piece as opinion, review, column or letter
        (``type:`` or ``genre:`` in :data:`newslint.model.OPINION_TYPES`)."""
        return self.is_type(model.OPINION_TYPES)

    def is_type(self, labels: Iterable[str]) -> bool:
        """Whether the front matter's ``type:`` or ``genre:`` (a value or a list) is one of
        ``labels`` (compared without case)."""
        wanted = {str(x).strip().lower() for x in labels}
        for key in ("type", "genre"):
            value = self.front_matter.get(key)
            values = value if isinstance(value, list) else [value]
            if any(isinstance(v, str) and v.strip().lower() in wanted for v in values):
                return True
        return False

    def reporter_voice(self, block: Block, opinion_types: Iterable[str] | None = None) -> bool:
        """Whether ``block`` states the reporter's own claims: the article's prose or display
        text (:data:`newslint.model.PROSE_KINDS`) in a piece that is not opinion, a review, a
        column or a letter (``opinion_types``, default :data:`newslint.model.OPINION_TYPES`).
        Reader comments, quotations and pull quotes are other kinds, so never the reporter's;
        words inside quotation marks are the speaker's: ask :meth:`in_quote` for a span."""
        if not block.is_prose:
            return False
        return not (self.opinion if opinion_types is None else self.is_type(opinion_types))

    def block_at(self, offset: int) -> Block | None:
        """The block holding ``offset`` (its end included), if any."""
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset <= self.blocks[i].end:
            return self.blocks[i]
        return None

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

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
        """Spans inside quotation marks (direct speech), across the blocks read."""
        spans: list[tuple[int, int]] = []
        carry = False
        for block in self.prose_blocks():
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
        """Sentences of the blocks read; a sentence never crosses a block."""
        return [
            Sentence(s, e, block)
            for block in self.prose_blocks()
            if block.kind != model.TABLE
            for s, e in text.sentences(self.masked, block.start, block.end)
        ]

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
        """The blocks of the kinds this view reads (:attr:`reads`; by default the article's
        prose and display text), in document order."""
        reads = self.reads
        return (b for b in self.blocks if b.kind in reads)

    @cached_property
    def headline(self) -> Block | None:
        """The headline block, if the article has one."""
        return next((b for b in self.blocks if b.kind == model.HEADLINE), None)

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
    m = frontmatter.FRONT_MATTER.match(source)
    body_start = m.end() if m else 0
    common = _shift(masking.mask_common(source[body_start:]), body_start)
    # The text is copied into a list of characters only if something is to be masked.
    chars = list(source) if m or common or fmt == "markdown" else None
    if m:
        assert chars is not None
        front, fm_blocks, problem = frontmatter.parse(source, m.start(2), m.end(2))
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
        body_blocks, extra_masks, too_deep = markdown.blocks(source, body_start)
        masking.mask_spans(chars, extra_masks)
        if too_deep is not None:
            problems.append((too_deep, DEEP_NESTING))
    masked = source if chars is None else "".join(chars)
    if fmt != "markdown":
        # A line that is blank once masked (an HTML comment such as a suppression directive)
        # separates paragraphs like a blank line: it must never be deleted with one.
        body_blocks = [
            Block(model.PROSE, "paragraph", s, e) for s, e in _plain_blocks(masked, body_start)
        ]
    body_blocks = _split_paragraph_lines(source, body_blocks)
    has_title = any(b.kind == model.HEADLINE for b in blocks)
    blocks.extend(classify.classify(source, masked, body_blocks, has_title, fmt))
    return Document(path, source, masked, fmt, blocks, front, problems, had_bom)


def _shift(spans: Sequence[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(s + by, e + by) for s, e in spans]


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
        if block.syntax not in ("paragraph", "blockquote", "list_item") or (
            "\n" not in chunk and "\r" not in chunk
        ):
            out.append(block)
            continue
        spans = text.line_spans(source, block.start, block.end)
        lines = [source[s:e].rstrip() for s, e in spans]
        widths = [len(x) for x in lines]
        wrap = max(widths[:-1])
        ended = sum(1 for x in lines[:-1] if blocktext.ends_sentence(x))
        hard_wrapped = wrap <= _WRAP_LIMIT and ended * 2 <= len(lines) - 1
        cur_start = spans[0][0]
        for i in range(len(spans) - 1):
            line, nxt = lines[i], lines[i + 1]
            first_word = len(nxt.split(maxsplit=1)[0]) if nxt.strip() else 0
            early_end = blocktext.ends_sentence(line) and widths[i] + 1 + first_word <= wrap
            joined = (
                hard_wrapped
                and not early_end
                and not classify.is_bold_line(line)
                and not classify.is_bold_line(nxt)
                and not blocktext.starts_byline(line)
            )
            if not joined:
                out.append(Block(block.kind, block.syntax, cur_start, spans[i][1]))
                cur_start = spans[i + 1][0]
        out.append(Block(block.kind, block.syntax, cur_start, spans[-1][1]))
    return out
