"""A name written two ways by its capitals or its spacing in one article (issue 20)."""

from __future__ import annotations

import pytest

from newslint import document, model
from newslint.api import lint_text
from newslint.checks.name_capitals import plain_paragraphs
from newslint.config import default_config
from newslint.findings import Severity

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (f.match, f.suggestions)
        for f in lint_text(text, config=CONFIG)
        if f.data["kind"] == "inconsistent"
    ]


def test_a_name_with_its_later_words_in_lower_case_is_found() -> None:
    text = (
        "Headline here\n\n"
        "The ferry sailed to Gannet Island on Monday, and the Gannet Island council met the "
        "crew. Residents of Gannet island said the service was late again.\n"
    )
    assert inconsistent(text) == [("Gannet island", ("Gannet Island",))]


def test_a_name_written_as_one_word_and_as_two_is_found() -> None:
    text = (
        "Headline here\n\n"
        "The software, called LockStep, stops copying. LockStep runs on most computers, its "
        "makers said, and Lock Step will be sold from March.\n"
    )
    assert inconsistent(text) == [("Lock Step", ("LockStep",))]


@pytest.mark.parametrize(
    "text",
    [
        # At a sentence start a capital says nothing of a name.
        "Headline here\n\nThe Corporate Governance code was revised. Corporate governance "
        "matters, the Corporate Governance panel said.\n",
        # A headline in title case is another style.
        "Gannet Island Ferry Sails Again\n\nThe ferry to Gannet island left at noon, and the "
        "ferry from Gannet island returned.\n",
        # A title before a name takes capitals that the same words do not take alone.
        "Headline here\n\nPrime Minister Ann Lowe spoke. Prime Minister Ann Lowe left. The "
        "Prime minister said little.\n",
    ],
)
def test_capitals_of_style_not_of_a_name_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_a_hyphenated_surname_written_apart_inside_a_full_name_is_found() -> None:
    text = (
        "Headline here\n\n"
        "Members who joined Joan Harwood Vane's party spoke. The party was formed by Ms "
        "Harwood-Vane last year, and Ms Harwood-Vane leads it.\n"
    )
    assert inconsistent(text) == [("Harwood Vane", ("Harwood-Vane",))]


def test_a_hyphenated_surname_written_apart_with_a_letter_wrong_is_found() -> None:
    text = (
        "Headline here\n\n"
        "Energy minister Alick Harwood-Vance said the fleet would shrink. Harwood Vanse told "
        "MPs that the yards were hit.\n\nHarwood-Vance said no more.\n"
    )
    assert inconsistent(text) == [("Harwood Vanse", ("Harwood-Vance",))]
    # a capitalised word after one writing of several makes no first name of it
    titled = text.replace("Harwood-Vance said no more", "Harwood-Vance MP said no more")
    assert inconsistent(titled + "Harwood-Vance left.\n") == [("Harwood Vanse", ("Harwood-Vance",))]


@pytest.mark.parametrize(
    "text",
    [
        # once each way: nothing says which is meant
        "Headline\n\nMs Harwood-Vance spoke. Harwood Vanse said no more.\n",
        # the word that differs is under five letters (Chi-Cheng, Chi Chang)
        "Headline\n\nMr Lee-Kong spoke. Lee-Kong said so. Lee Kang said no more.\n",
        # two words differ
        "Headline\n\nMs Harwood-Vance spoke. Harwood-Vance said so. Harwoof Vanse left.\n",
        # the hyphenated writing the rarer: a hyphen is typed on purpose
        "Headline\n\nAlick Buchanan-Snith said it was over. Buchanan Smith told MPs. "
        "Buchanan Smith said no more.\n",
        # a hyphenated first name beside another person's name
        "Headline\n\nFrench Prime Minister Jean-Pierre Raffarin met unions. Jean-Pierre "
        "Raffarin said talks would go on. Union leader Jean Pierce said he was not "
        "convinced.\n",
        # the word apart a common surname: perhaps another person
        "Headline\n\nAlick Buchanan-Smith spoke. Buchanan-Smith said so. Buchanan Smyth, a "
        "farmer, did not agree.\n",
    ],
)
def test_a_hyphenated_name_beside_another_name_apart_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_capitals_only_at_the_end_of_a_longer_name_are_that_name() -> None:
    text = (
        "Headline here\n\n"
        "The Campaign for Harbour Rail wants a Harbour rail link. The Campaign for Harbour "
        "Rail met on Monday, and In the Harbour Rail office nobody spoke.\n"
    )
    assert inconsistent(text) == []


def test_capitals_and_spacing_get_no_fix() -> None:
    """The article's majority may not be the name's own style (TimeWarner, Minidisc)."""
    text = (
        "Headline here\n\n"
        "Shares in BlueWick rose. BlueWick said profit doubled, and Bluewick will pay a "
        "dividend. BlueWick is based in Leeds; BlueWick employs 40.\n"
    )
    (finding,) = lint_text(text, config=CONFIG)
    assert finding.match == "Bluewick" and finding.fix is None


def test_a_tie_of_capitals_in_a_name_is_asked_at_warning() -> None:
    """As often each way, nothing says which capitals are right: a question naming the other
    form, with no suggestion, at the rule's in-article severity."""
    text = (
        "Headline here\n\n"
        "Officials at the Harbour Board said the plan was sound.\n\n"
        "Critics of the Harbour board said it was not.\n"
    )
    found = [f for f in lint_text(text, config=CONFIG) if f.data["kind"] == "inconsistent"]
    assert [(f.match, f.suggestions, f.data["other"]) for f in found] == [
        ("Harbour board", (), "Harbour Board")
    ]
    assert found[0].severity == Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        # A nationality before a common noun: house style, not a slip.
        "Headline here\n\nThe British Government said no. Later the British government said yes.\n",
        # A role.
        "Headline here\n\nThe Tory Leader spoke first. The Tory leader then left.\n",
        # Two common nouns in lower case: a kind of thing.
        "Headline here\n\nIt sold its US gaming division. The US Gaming Division made a loss.\n",
    ],
)
def test_a_tie_of_capitals_in_a_description_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_a_sentence_start_counts_where_the_article_writes_the_lower_case_elsewhere() -> None:
    """'Lowther street sources said' at a sentence start writes the name in lower case too,
    where the article does so mid-sentence as well and never writes 'lowther' alone."""
    text = (
        "Headline here\n\n"
        "Traders on Lowther Street were calm, and Lowther Street dealers bought. Some Lowther "
        "street sources doubted it.\n\n"
        "Lowther street sources said the bid would fail.\n"
    )
    assert [m for m, _ in inconsistent(text)] == ["Lowther street", "Lowther street"]


def test_a_name_ending_a_longer_one_is_compared_as_that_one() -> None:
    text = (
        "Headline here\n\n"
        "Shares in Hollis and Crane Holdings rose after Hollis and Crane holdings Inc said it "
        "would bid, and Hollis and Crane Holdings later said so.\n"
    )
    assert [(m, s) for m, s in inconsistent(text)] == [
        ("Hollis and Crane holdings", ("Hollis and Crane Holdings",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A number after the capitals makes them a longer name (a station, a chart).
        "Headline here\n\nShe was due on a Gull radio show. She spoke on Gull Radio 4 later, "
        "and on Gull Radio 2.\n",
        # So does "on" and a capitalised word (a subcommittee on something).
        "Headline here\n\nHe told a House Fisheries subcommittee that the quota was too low. "
        "He told the House Fisheries Subcommittee on Trawlers the same thing on the following "
        "day, and wrote to the House Fisheries Subcommittee on Nets as well.\n",
        # Things counted are no name: "15 Harbour awards" beside "the Harbour Awards".
        "Headline here\n\nShe won at the Harbour Awards, one of 15 Harbour awards given that "
        "night to local firms.\n",
        # A month takes its capital anywhere.
        "Headline here\n\nCocoa sold at 20 under Port Ellis july, at par over Port Ellis "
        "July and at 5 over Port Ellis July, dealers said.\n",
    ],
)
def test_capitals_of_a_longer_name_or_a_date_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_capitals_in_the_minority_are_reported_against_the_lower_case() -> None:
    text = (
        "Headline here\n\n"
        "The Kestrel records label was sold. Critics of Kestrel Records said the Kestrel records "
        "catalogue had been neglected for years.\n"
    )
    assert inconsistent(text) == [("Kestrel Records", ("Kestrel records",))]


def test_a_readers_comment_is_compared_with_the_article() -> None:
    text = (
        "# Headline here\n\n"
        "The Gannet Island ferry sailed on Monday, and the Gannet Island council met the crew "
        "to talk about the timetable.\n\n"
        "## Your comments\n\n"
        "I took the ferry to Gannet island last year and it was late every day of the week.\n"
    )
    found = lint_text(text, "article.md", config=CONFIG)
    assert [(f.match, f.line) for f in found] == [("Gannet island", 7)]


def test_an_acronym_in_lower_case_is_found() -> None:
    text = (
        "Headline here\n\n"
        "Most homes have a TV in the kitchen now, and many a TV in the bedroom too. One reader "
        "said the tv was never switched off, and the mvx format was as popular as MVX.\n"
    )
    assert inconsistent(text) == [("tv", ("TV",)), ("mvx", ())]


@pytest.mark.parametrize(
    "text",
    [
        # A word with a vowel may be an English word (us, it, who).
        "Headline here\n\nThe US said it would help us, a spokesman told reporters.\n",
        # After a number, lower case is a unit's or a time's.
        "Headline here\n\nThe PM spoke at 5 pm and again at 7 pm to the reporters there.\n",
        # Capitals beside capitals are a headline run into the text.
        "Headline here\n\nFIRM TO RAISE 30 MLN DLRS The firm will raise 30 mln dlrs, it "
        "said, and the money will be spent on the plant.\n",
    ],
)
def test_lower_case_that_is_no_acronym_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_paragraphs_mostly_in_title_case_are_not_plain() -> None:
    doc = document.parse(
        "Leaders met today.\n\nThe Talks On The Future Of Europe Begin Today, Said Officials.\n\n"
        "Talks on the future of Europe began today.\n\nÉté à ça, déjà.\n",
        "a.txt",
    )
    assert [b.kind for b in doc.blocks[1:]] == [model.PROSE] * 3
    starts = [block.start for block in plain_paragraphs(doc)]
    assert starts == [doc.masked.index("Talks on")]
