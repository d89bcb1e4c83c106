"""What one block's text looks like on its own: a footer, a data line, a list of names...

Each predicate reads the text of a single block (the source text for markup, the masked text
for words) and answers from its shape, never from its topic. :mod:`newslint.classify` puts the
answers together with the block's place in the article.
"""

from __future__ import annotations

import re
from itertools import filterfalse, repeat

from newslint import model

_FOOTER = re.compile(
    r"^\W*(?:(?:additional|further|contributing)\s+)?"
    r"(?:reporting|writing|editing|edited|compiled)\s+by\s+(?-i:[^\W\d_a-z])",
    re.I,
)
_BOILERPLATE = re.compile(
    r"^\W*(?:(?:advertisement|advertising|sponsored(?: content)?)\W*$|story continues below"
    r"|continue reading"
    r"|sign up\b|subscribe\b|get (?:our|the)\b.{0,40}\bnewsletter|follow us\b|share this\b"
    r"|click here\b|copyright\b|\(c\)\s*\d|©|all rights reserved)",
    re.I,
)
_LINKS = re.compile(
    r"^\W*(?:related(?:\s+(?:stories|articles|coverage|links|content|news))?|read more"
    r"|read also|also read|see also|more on this(?:\s+story)?|more from|recommended"
    r"|further reading|also on|watch|listen)\s*(?::|>|»|\||-|–|—|$)",
    re.I,
)
_LINK_LINE = re.compile(r"^\s*(?:[-*+]\s+)?\[[^\]\n]+\]\([^)\n]*\)\W*$")
_CAPTION = re.compile(
    r"^\W*(?:photo(?:graph)?s?|pictures?|pictured|image|caption|credit|illustration|graphic"
    r"|video)\s*(?:by\b|:|\||/|-\s)",
    re.I,
)
_CREDIT_END = re.compile(
    r"(?:\b(?:AP|AFP|Reuters|EPA|PA|Getty)\s*(?:Photo|Images|Wire)?\s*/[^)\n]*"
    r"|\b(?:Getty Images|AP Photo|PA Wire|Photo credit[^)\n]*)"
    r"|\b(?:Photo(?:graph)?|Picture|Image|Credit)s?\s*[:/]\s*[^\W\d_a-z][\w'’.-]*"
    r"(?:\s+(?:for|of|the|and|[^\W\d_a-z][\w'’.-]*)){0,6})"
    r"\)?\W*$"
)
_IMAGE = re.compile(r"^\s*!\[")
_NOTE = re.compile(r"^\W{0,2}(?:notes?|source|sources|footnote|key)\s*(?::|-|–|—)\s*\S", re.I)
_FOOTNOTE_MARK = re.compile(r"^\s*(?:[*†‡]+|\[\d+\])\S")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦–—]\s+|\d{1,2}[.)]\s+)\S")
_RANKED = re.compile(r"^\s*\d{1,3}\s+[^\W\d_a-z]")  # "7 Serena Williams (US)"
_BYLINE = re.compile(r"^\s*(?:(?:\*\*|_)\s*)?(?:By|BY|Reporting by|Written by)\s+[^\W\d_a-z]")
# A sentence end, perhaps before a wire's sign-off ("... traders said. REUTER").
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\**\s*(?:REUTERS?\s*)?$")
_LEAD_IN = re.compile(r"(?::|-|–|—)\s*$")
_WORD = re.compile(r"[\w'’./%$£€-]+(?:,\d+)*")
_TIME = re.compile(r"^\d{1,2}[:.]\d\d(?:am|pm)?$|^\d{1,2}(?:am|pm)$", re.I)
_COMMENTS_LABEL = re.compile(
    r"^\W*(?:(?:your|readers?'?|reader's)\s+(?:comments|views|letters|say|reactions?)"
    r"|comments?|letters?(?:\s+to\s+the\s+editor)?|have your say|what you (?:said|think)"
    r"|readers respond)\W*$",
    re.I,
)

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun".split()
)
_ZONES = frozenset("gmt bst cet est edt pst pdt aedt aest acst awst utc local time".split())
# Abbreviations and units of wire, results and weather tables.
_ABBREVIATIONS = frozenset(
    "vs v shr shrs avg avge cts ct mln mlns bln bn dlrs dlr pct qtr qtly div divs revs rev "
    "oper mths mth wks wk yr yrs prev ttl tonnes lbs lb km kg pts pt mm cm ft mph kph nil unch "
    "n.a. na nm inc corp co ltd plc qtrs shs stks pvs prior net".split()
)
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand half".split()
)
_FUNCTION_WORDS = frozenset(
    "the a an of to in on at for from with by and or but is was are were be been being has "
    "have had will would can could should may might said says say that this these those it "
    "its he she they we you i his her their our which who whom as than not no after before "
    "into over about because while when if so".split()
)
# Labels that open a wire brief's data line ("Pay May 12", "Record February 27").
_DATA_LABELS = frozenset("pay payable paid record div divs dividend qtly shr shrs".split())
# A figure compared with another: "7.3 cts vs 1.0 cent", "55 cts vs 28 cts". A match starts
# at a word that holds a digit and takes the word whole, so a long word is read once.
_VERSUS = re.compile(r"(?<!\S)(?=\S*?\d)\S*+\s+(?:[^\W\d]{1,6}\s+)?vs\.?\s+\(?\d")

_CELL_GAP = re.compile(r"\t+|\s{2,}")
_FIGURE_WORDS = _NUMBER_WORDS | _MONTHS
_LITTLE_WORDS = _FUNCTION_WORDS - _MONTHS  # "may" is a month in a data line


def words(masked: str) -> list[str]:
    """The words of a block, punctuation at their ends dropped."""
    return list(filter(None, map(str.strip, _WORD.findall(masked), repeat(".,;:'’-"))))


def _has_digit(word: str) -> bool:
    return any(map(str.isdigit, word))


def _is_figure(word: str) -> bool:
    """A number, a number word or a month."""
    return word.lower() in _FIGURE_WORDS or _has_digit(word)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation."""
    return bool(_TERMINAL.search(text))


def leads_in(text: str) -> bool:
    """Whether ``text`` ends by introducing what follows ("... as follows:", "... --")."""
    return bool(_LEAD_IN.search(text))


def is_data(masked: str) -> bool:
    """Figures and abbreviations more than words: "Shr 55 cts vs 28 cts", "Pay May 15",
    "Avg shrs 13.1 mln vs 13.0 mln", a flattened table row.

    Prose full of numbers still has its little words ("rose 2% to $11bn from $10bn."); a data
    line has few or none, and seldom ends a sentence.
    """
    ws = words(masked)
    if not ws:
        return False
    n = len(ws)
    lows = list(map(str.lower, ws))
    # Figures counted as number words and months (all letters), then words with a digit.
    figures = sum(map(_FIGURE_WORDS.__contains__, lows)) + sum(
        map(_has_digit, filterfalse(str.isalpha, ws))
    )
    if not figures:
        return False
    shorthand = figures + sum(map(_ABBREVIATIONS.__contains__, lows))
    function = sum(map(_LITTLE_WORDS.__contains__, lows))
    score = shorthand / n
    if score >= 0.6:
        return True
    if sum(map(_is_figure, ws[:6])) >= 4 and function <= 0.2 * n:
        return True  # a row of figures with a note run on after it (not a score in prose)
    if score >= 0.4 and function <= 0.1 * n:
        return True  # a flattened table row, even with a final period
    if ends_sentence(masked):
        return False
    if score >= 0.4 and function <= 0.15 * n:
        return True
    if n <= 30 and _VERSUS.search(masked):
        return True  # "Semi-annual div from income of 7.3 cts vs 1.0 cent in prior period"
    # A label and its figure: "Money market ceiling rates for the week 3.52 pct (3.57)".
    last = ws[-1].strip("()")
    return n <= 30 and figures >= 2 and function <= 0.25 * n and any(c.isdigit() for c in last)


def is_column_layout(raw: str) -> bool:
    """A plain-text table: two or more lines, each cut into two or more short cells (six
    words at most) by a tab or a run of spaces, and two lines with the same number of cells.
    Prose typed with two spaces after a full stop has sentences, not cells, before its gaps."""
    lines = [stripped for line in raw.splitlines() if (stripped := line.strip())]
    if len(lines) < 2:
        return False
    rows = [_CELL_GAP.split(line) for line in lines]
    if any(len(r) < 2 or any(len(c.split()) > 6 for c in r) for r in rows):
        return False
    if any(ends_sentence(c) for r in rows for c in r[:-1]):
        return False
    counts = [len(r) for r in rows]
    return any(counts.count(n) >= 2 for n in set(counts))


def is_dateline(masked: str) -> bool:
    """A line that is only a place, a date or a time: "Sunday, 27 February", "1500 GMT",
    "LONDON, March 3 (Reuters) -"."""
    if ends_sentence(masked):
        return False
    ws = words(masked)
    if not ws or len(ws) > 8 or ws[0].lower() in _DATA_LABELS:
        return False
    dated = False
    for w in ws:
        low = w.lower()
        if low in _MONTHS or low in _WEEKDAYS or low in _ZONES or _TIME.match(w):
            dated = True
        elif w.isdigit() or low in ("reuters", "ap", "afp", "of", "the"):
            continue
        elif not w[:1].isupper():
            return False
    return dated


# From an opening parenthesis to the next closing one, or to the end: one match, so that a
# long run of "(" is read once (the words of an unclosed parenthesis are kept).
_PARENTHESIS = re.compile(r"\([^)]*(?:\)|\Z)")


def _outside_parentheses(text: str) -> str:
    """``text`` with each closed parenthesis and the words inside it replaced by a space."""
    return _PARENTHESIS.sub(lambda m: " " if m.group().endswith(")") else m.group(), text)


def is_name_list(masked: str) -> bool:
    """A line of names or short items split by commas and semicolons (a squad, a cast)."""
    if masked.count(",") + masked.count(";") < 5:
        return False  # six items need five separators
    parts = [p.strip() for p in re.split(r"[;,]", masked.strip().rstrip("."))]
    parts = [p for p in parts if p]
    if len(parts) < 6:
        return False
    allowed = len(parts) - 0.8 * len(parts)  # parts that need not be names
    for p in parts:
        ws = (_outside_parentheses(p) if "(" in p else p).split()
        if not (0 < len(ws) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in ws)):
            allowed -= 1
            if allowed < 0:
                return False
    return True


_ITEM_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[-–—•]\s+){1,2}")


def is_flattened_list(masked: str) -> bool:
    """A list whose line breaks were lost: five or more items, each after a spaced dash or
    bullet and starting with a capital or a figure, at least half the pieces the dashes cut
    ("- Increased spending on ... - Duty cuts on ..."). Dashes round an aside in prose
    ("The firm - which employs 300 people - said") cut few pieces, most in lower case."""
    if sum(map(masked.count, "-–—•")) < 5:
        return False  # five items need five separators, each with a dash or a bullet
    parts = [p.strip() for p in _ITEM_SEPARATOR.split(masked.strip())]
    items = [p for p in parts[1:] if p]
    led = sum(1 for p in items if p[:1].isupper() or p[:1].isdigit())
    return led >= 5 and led >= 0.5 * len(items)


def shape(raw: str, masked: str) -> str | None:
    """The kind a block's text shows on its own, whatever its place (None: no sign).

    ``raw`` is the block's source text, ``masked`` the same text with markup masked.
    """
    if _FOOTER.match(masked):
        return model.FOOTER
    if _BOILERPLATE.match(masked) and len(masked.split()) <= 40:
        return model.BOILERPLATE
    if _LINKS.match(masked) or all(_LINK_LINE.match(x) for x in raw.splitlines() if x.strip()):
        return model.LINKS
    if (
        _IMAGE.match(raw)
        or _CAPTION.match(masked)
        or (len(masked.split()) <= 60 and _CREDIT_END.search(masked))
    ):
        return model.CAPTION
    if _NOTE.match(masked) or _FOOTNOTE_MARK.match(masked):
        return model.NOTE
    return None


def is_byline(raw: str) -> bool:
    """ "By Jo Smith", "Reporting by ..." at the head of a short line."""
    return bool(_BYLINE.match(raw)) and len(raw) < 120


def starts_byline(raw: str) -> bool:
    """Whether ``raw`` starts like a byline ("By ...", "Reporting by ...")."""
    return bool(_BYLINE.match(raw))


def is_bullet(raw: str) -> bool:
    """A plain-text list item ("- ", "• ", "1. "), or a short ranked line ("7 Serena
    Williams (US)")."""
    if _BULLET.match(raw):
        return True
    return bool(_RANKED.match(raw)) and len(raw.split()) <= 8 and not ends_sentence(raw)


def is_comments_label(masked: str) -> bool:
    """A line that opens a section of reader comments or letters ("Your comments")."""
    return bool(_COMMENTS_LABEL.match(masked))
