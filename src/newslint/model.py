"""The units checks read: blocks with an editorial kind, and sentences.

Every block of an article has a ``kind`` that says what an editor would call it. Checks
declare the kinds they read (``CheckKind.reads``, default :data:`PROSE_KINDS`); the linter
hands them only hits inside those kinds. For a check:

- ``block.kind``: one of :data:`KINDS` (``"prose"``, ``"headline"``, ``"table"``, ``"data"``...).
- ``block.is_prose``: the block is the article's own running text or display type
  (:data:`PROSE_KINDS`: body paragraphs, headline, deks, subheads, SEO summary).
- ``doc.reporter_voice(block)`` (on :class:`~newslint.document.Document`): the block states the
  reporter's own claims: prose of a news piece, not an opinion or review piece (front matter
  ``type:``), not a reader comment, letter, quotation or pull quote. Words inside quotation
  marks, even across paragraphs, are the speaker's: ask ``doc.in_quote(start, end)`` too.

Kinds:

=============  ====================================================================
prose          a body paragraph of the reporter's running text
headline       the article's title (front matter ``title``, first heading or line)
dek            a standfirst or subtitle under the headline
subhead        a heading inside the body
summary        an SEO description in front matter (often copies the lede on purpose)
byline         "By Jo Smith"
dateline       a line that is only a place, date or time ("Sunday, 27 February")
list           a list item (Markdown, a "- " or "1." line, or a line of names)
table          a Markdown table or a plain-text column layout
data           figures and abbreviations more than words ("Shr 55 cts vs 28 cts")
caption        a photo caption or credit ("Photo: ...", an image line)
footer         a wire footer ("Reporting by ...; Editing by ...")
links          a link block ("Related: ...", "Read more", a line of links)
boilerplate    "Advertisement", newsletter prompts, copyright lines
pull_quote     a display quote that repeats words of the article
quote          a block quotation (Markdown ``>``): someone else's words
comment        a reader comment or letter (or a first-person run under the report)
note           a footnote or legend ("Note - ...", "Source: ...")
code, html     code blocks and raw HTML
=============  ====================================================================
"""

from __future__ import annotations

from typing import NamedTuple

PROSE = "prose"
HEADLINE = "headline"
DEK = "dek"
SUBHEAD = "subhead"
SUMMARY = "summary"
BYLINE = "byline"
DATELINE = "dateline"
LIST = "list"
TABLE = "table"
DATA = "data"
CAPTION = "caption"
FOOTER = "footer"
LINKS = "links"
BOILERPLATE = "boilerplate"
PULL_QUOTE = "pull_quote"
QUOTE = "quote"
COMMENT = "comment"
NOTE = "note"
CODE = "code"
HTML = "html"

KINDS: tuple[str, ...] = (
    PROSE,
    HEADLINE,
    DEK,
    SUBHEAD,
    SUMMARY,
    BYLINE,
    DATELINE,
    LIST,
    TABLE,
    DATA,
    CAPTION,
    FOOTER,
    LINKS,
    BOILERPLATE,
    PULL_QUOTE,
    QUOTE,
    COMMENT,
    NOTE,
    CODE,
    HTML,
)
#: Display type: the article's own words set large.
DISPLAY_KINDS = frozenset({HEADLINE, DEK, SUBHEAD, SUMMARY})
#: The article's own text: what a check reads unless it says otherwise.
PROSE_KINDS = frozenset({PROSE}) | DISPLAY_KINDS
#: Every kind that holds words (all but code and raw HTML).
TEXT_KINDS = frozenset(KINDS) - {CODE, HTML}
#: Kinds that are also a ``role`` (the older name for the display kinds and the byline).
_ROLES = DISPLAY_KINDS | {BYLINE}

#: Front-matter ``type:`` (or ``genre:``) values of pieces that are not the reporter's claims.
#: News analysis is still the reporter's own voice, so it is not here.
OPINION_TYPES: tuple[str, ...] = (
    "opinion",
    "op-ed",
    "oped",
    "editorial",
    "leader",
    "column",
    "commentary",
    "comment",
    "review",
    "letter",
    "letters",
)


class Block(NamedTuple):
    """A unit of the article: a paragraph, heading, list item, table, code block...

    Attributes:
        kind: The editorial kind, one of :data:`KINDS`.
        syntax: How it is written: ``paragraph``, ``heading``, ``list_item``, ``blockquote``,
            ``table``, ``code``, ``html`` or ``field`` (a front-matter value).
        start: Offset of the first character.
        end: Offset past the last character (line break excluded).
    """

    kind: str
    syntax: str
    start: int
    end: int

    @property
    def is_prose(self) -> bool:
        """Whether this is the article's own text (:data:`PROSE_KINDS`)."""
        return self.kind in PROSE_KINDS

    @property
    def role(self) -> str:
        """``headline``, ``dek``, ``subhead``, ``summary``, ``byline``, or ``body`` for any
        other kind (kept for rules that select blocks by role)."""
        return self.kind if self.kind in _ROLES else "body"


class Sentence(NamedTuple):
    """A sentence span inside one block."""

    start: int
    end: int
    block: Block
