"""A name of three words or more written two ways in one article, a word apart (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[Finding]:
    """The in-article findings of ``text`` as the body of an article under a headline."""
    found = lint_text(f"Aid report\n\n{text}", config=CONFIG)
    return [f for f in found if f.data["kind"] == "inconsistent"]


def test_a_word_slipped_into_another_english_word() -> None:
    text = (
        "Delegates agreed on Tuesday to set up what they called a Regional Prosperity Fund.\n\n"
        "Donors will give 1% of their contracts to the Regional Property Fund, officials said. "
        "The Regional Prosperity Fund opens in June."
    )
    (found,) = inconsistent(text)
    assert found.match == "Regional Property Fund" and found.fix is None
    assert found.suggestions == ("Regional Prosperity Fund",)


def test_a_plural_slip_on_a_tie_asks() -> None:
    text = (
        "The band's album Hopes and Fears sold well last year.\n\n"
        "A single from Hope and Fears reached the charts in June."
    )
    (found,) = inconsistent(text)
    assert "check which is right" in found.message


def test_the_commoner_writing_wins() -> None:
    text = (
        "The land was bought by the Northern Marsh Trust, which said it paid well for it.\n\n"
        "A spokesman for the Northern Mash Trust said the sale was done. In the end the "
        "Northern Marsh Trust paid less than it had hoped to pay."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Northern Mash Trust", ("Northern Marsh Trust",))
    assert found.fix is None


def test_a_function_word_swapped_in_a_long_name() -> None:
    text = (
        "A meeting of the World Forum on the Ocean Economy opened in Lisbon this week.\n\n"
        "Delegates to the World Forum for the Ocean Economy left for home on Friday."
    )
    (found,) = inconsistent(text)
    assert found.data["other"] in (
        "World Forum on the Ocean Economy",
        "World Forum for the Ocean Economy",
    )


def test_a_letter_dropped_from_a_name_with_function_words() -> None:
    text = (
        "The Voice of the Valley ran the story first.\n\n"
        "Voice of the Valle editor Jan Brook said the paper stood by it. The Voice of the "
        "Valley sells well."
    )
    (found,) = inconsistent(text)
    assert found.match == "Voice of the Valle"


@pytest.mark.parametrize(
    "text",
    [
        # two teams of one city, a letter apart but not at the start
        "The New York Jets beat the New York Mets in a charity game.",
        # a title: two people
        "The Prince of Wales and the Princess of Wales arrived.",
        # the word a name is about, in the plural: the final and the finals
        "The Davis Cup Final is in May. Tickets for Davis Cup Finals sold out.",
        # an ending that makes another word
        "The Korea Trade Agency met on Monday. Officials of the Korean Trade Agency left.",
        # a place and a day: "on" does not join a date into a name
        "Ministers visited Iran on Monday to talk. Later they visited Iraq on Monday as well.",
        # two days
        "Talks on Tuesday and Wednesday failed; Thursday and Wednesday were worse.",
        # two entities one English word apart, once each: a tie is no evidence of a slip
        "The Austrian Grand Prix is in May. Fans said the Australian Grand Prix was better.",
        "The Embassy of Iran said no. The Embassy of Iraq said yes.",
        # two races, each named by its country elsewhere
        "The Austrian Grand Prix is in May. Fans said the Australian Grand Prix was better. "
        "Austrian fans and Australian fans travel.",
        # a name of two words: Manchester United and Manchester City are two clubs
        "Manchester Unity played Manchester United.",
        # the function word swapped in a name of two capitalised words
        "The Minister of Health spoke. The Minister for Health left.",
    ],
)
def test_two_names_a_word_apart_that_pass(text: str) -> None:
    filler = " It was a wet day, and there were fewer people there than anyone had hoped for."
    assert inconsistent(text + filler) == []


FILLER = " It was a wet day, and there were fewer people there than anyone had hoped for."
LEAD = "A row over money for the regions went on this week, as it has done for some years.\n\n"


def test_a_joining_word_dropped_on_a_tie_asks() -> None:
    text = (
        f"{LEAD}The plans were drawn up by the Rural Coastal Planning Board, which meets in"
        f" the spring.{FILLER}\n\nShe said the work of the Rural and Coastal Planning Board"
        f" would go on.{FILLER}"
    )
    (found,) = inconsistent(text)
    assert found.match == "Rural Coastal Planning Board" and found.suggestions == ()
    assert found.data["other"] == "Rural and Coastal Planning Board"
    assert "check which is right" in found.message and found.fix is None


def test_the_fuller_writing_wins_when_commoner() -> None:
    text = (
        f"{LEAD}The Royal Society of Marine Engineers met in Hull, where the Royal Society of"
        f" Marine Engineers was founded.{FILLER}\n\nA report for the Royal Society Marine"
        f" Engineers came out in May.{FILLER}"
    )
    (found,) = inconsistent(text)
    assert found.match == "Royal Society Marine Engineers"
    assert found.suggestions == ("Royal Society of Marine Engineers",) and found.fix is None


def test_a_joining_word_added_is_asked_about_not_fixed() -> None:
    text = (
        f"{LEAD}The Northern Rail Safety Panel met in Leeds, and the Northern Rail Safety Panel"
        f" said little.{FILLER}\n\nA letter to the Northern Rail and Safety Panel went"
        f" unanswered.{FILLER}"
    )
    (found,) = inconsistent(text)
    assert found.match == "Northern Rail and Safety Panel" and found.suggestions == ()
    assert found.data["other"] == "Northern Rail Safety Panel"


@pytest.mark.parametrize(
    "text",
    [
        # the shorter writing only in a quotation: a speaker's words
        f"The Rural and Coastal Planning Board met on Monday to talk about the plans.{FILLER}"
        f'\n\n"The Rural Coastal Planning Board has let us down," said a farmer.{FILLER}',
        # a day beside a name, with and without "the"
        f"On Tuesday the Federal Reserve Board raised rates by a quarter point.{FILLER}\n\n"
        f"Analysts said on Tuesday Federal Reserve Board members had been split.{FILLER}",
        # a word that starts two sentences, before a name with and without "the"
        f"Meanwhile the Social Policy Council said it would look again.{FILLER}\n\n"
        f"Meanwhile Social Policy Council members were unhappy with the plan.{FILLER}",
        # two names listed, each written alone too
        f"The game between Leeds and Aston Villa ended in a draw.{FILLER}\n\n"
        f"Fans said Leeds Aston Villa games were always tense. Leeds won, and Aston Villa"
        f" lost.{FILLER}",
        # a short form drops a capitalised word: no slip
        f"The Department of Trade and Industry said no.{FILLER}\n\n"
        f"The Trade Department said it again later.{FILLER}",
        # two capitalised words only
        f"The Voice of the People met in the hall on Monday night.{FILLER}\n\n"
        f"A leaflet for Voice of People was handed out to everyone.{FILLER}",
    ],
)
def test_a_joining_word_apart_that_passes(text: str) -> None:
    assert inconsistent(LEAD + text) == []


def test_a_joining_word_dropped_in_a_headline_passes() -> None:
    text = (
        "Rural Coastal Planning Board faces cuts in its funding\n\n"
        f"{LEAD}She said the work of the Rural and Coastal Planning Board would go on.{FILLER}"
    )
    assert [f for f in lint_text(text, config=CONFIG) if f.data["kind"] == "inconsistent"] == []


def test_two_neighbouring_words_swapped_in_a_long_name() -> None:
    text = (
        "A spokesman for the State Tobacco Administration Monopoly said sales rose. The State "
        "Tobacco Monopoly Administration said later that it would act, and the State Tobacco "
        "Monopoly Administration fined three firms."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions, found.fix) == (
        "State Tobacco Administration Monopoly",
        ("State Tobacco Monopoly Administration",),
        None,
    )
    (found,) = inconsistent(text.replace(", and the State Tobacco Monopoly Administration", ","))
    assert (
        found.suggestions == () and found.data["other"] == "State Tobacco Administration Monopoly"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Another order of words that are not neighbours, or a joining word moved.
        "The Bank of England met. The England of Bank is no name.",
        "Tony Blair Prime Minister spoke. Prime Minister Tony Blair left.",
    ],
)
def test_other_orders_pass(text: str) -> None:
    assert inconsistent(text) == []
