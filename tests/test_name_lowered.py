"""A name of two or three words written in full in lower case beside its capitals
(issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[Finding]:
    return [f for f in lint_text(text, config=CONFIG) if f.data["kind"] == "inconsistent"]


def test_a_name_in_lower_case_beside_its_capitals_is_asked_about() -> None:
    text = (
        "Bid doubted\n\n"
        "Analysts and some Wall Street sources said they doubted a rival would emerge.\n\n"
        "Traders said analysts and wall street sources saw no rival bidder.\n\n"
        "Wall Street sources also said a rival might be put off by the price.\n"
    )
    (found,) = inconsistent(text)
    assert (found.match, found.line, found.suggestions, found.fix) == ("wall street", 5, (), None)
    assert "2 other references (lines 3, 7)" in found.message
    assert found.data["other"] == "Wall Street"


@pytest.mark.parametrize(
    "text",
    [
        # a description of a role or a thing, after a determiner, "as" or a count
        "Vote\n\nThe Prime Minister spoke, and Prime Minister Lowe left. As prime minister, "
        "she said little.\n",
        "Vote\n\nThe Law Lords ruled, and the Law Lords said so. A panel of nine law lords "
        "heard it.\n",
        "Shops\n\nHigh Street shops and other High Street names fell. People went to the high "
        "street less.\n",
        # a title before a name
        "Talks\n\nThe Foreign Secretary spoke, and the Foreign Secretary left. He met "
        "foreign secretary Jack Lowe.\n",
        # the capitals only where sentences start
        "Bid\n\nWall Street sources said no. Traders and wall street sources agreed.\n\nWall "
        "Street sources also said a rival might be put off.\n",
        # the capitals end a longer name
        "Blogs\n\nThe Committee to Protect Bloggers met. The Committee to Protect Bloggers "
        "said bloggers should protect bloggers.\n",
        # a description after a possessive or an adjective
        "Rates\n\nThe Central Bank held rates, and the Central Bank said so. The country's "
        "central bank agreed.\n",
        "Cards\n\nShops closed for New Year, and New Year sales began. He wished them a happy "
        "new year.\n",
        # as often in lower case as with capitals
        "Bid\n\nSome Wall Street sources said no. Traders and wall street sources agreed. "
        "Wall Street sources and wall street banks said so.\n",
    ],
)
def test_a_description_or_a_name_not_written_so_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_a_place_opening_with_a_point_of_the_compass_in_lower_case_is_asked_about() -> None:
    text = (
        "Gas prices\n\n"
        "Prices could rise if there is a cold snap in North America this winter.\n\n"
        "Stocks are high. A cold spell in north America would deplete them.\n"
    )
    (found,) = inconsistent(text)
    assert (found.match, found.line, found.suggestions, found.fix) == (
        "north America",
        5,
        (),
        None,
    )
    assert found.data["other"] == "North America"


@pytest.mark.parametrize(
    "text",
    [
        # a part of a place, beside a longer name that opens with the capitals
        "Floods\n\nOfficers of North Wales Police shut roads. Rain fell across north Wales.\n",
        # more often in lower case
        "Floods\n\nRain fell in North Wales. Rain fell across north Wales, and north Wales "
        "was cut off.\n",
        # the capitals only where a sentence starts
        "Floods\n\nNorth Wales was hit. Rain fell across north Wales.\n",
        # the adjective of a point of the compass: a region, beside a state
        "Rain\n\nRain fell across western Australia. Officials in Western Australia said the "
        "state was ready.\n",
    ],
)
def test_a_point_of_the_compass_describing_a_part_of_a_place_passes(text: str) -> None:
    assert inconsistent(text) == []


FILLER = " ".join(["the", "roads", "were", "shut", "for", "a", "day", "and", "a", "night"] * 2)


@pytest.mark.parametrize(
    ("name", "lowered"),
    [
        ("South Rimley Heights Park", "south Rimley Heights Park"),  # four words
        ("North Åland", "north Åland"),  # a letter beyond ASCII
        ("South São Vicente", "south São Vicente"),
    ],
)
def test_a_compass_name_of_four_words_or_letters_beyond_ascii_is_found(
    name: str, lowered: str
) -> None:
    text = (
        f"Snow\n\nSnow hit {name} and {FILLER}.\n\nFarms in {lowered} were cut off and "
        f"{FILLER}.\n\nNorth Carolina State University closed, and birds flew north.\n"
    )
    assert [f.match for f in inconsistent(text)] == [lowered]


@pytest.mark.parametrize(
    "written",
    [
        "sub-wall street",  # a word of a longer one
        "wall street's",
        "wall\nstreet",  # not one space between the words
        "wall\u00a0street",
        "wall-street",
    ],
)
def test_the_lower_case_must_be_the_name_itself(written: str) -> None:
    text = (
        "Bid\n\nAnalysts and some Wall Street sources doubted it. Traders and Wall Street "
        f"banks agreed.\n\nBrokers said analysts and {written} sources saw no rival.\n"
    )
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    "before",
    ["He worked as", "The Rimley", "In 2004"],  # "as", a capitalised word, a number
)
def test_a_role_or_a_longer_name_before_the_lower_case_passes(before: str) -> None:
    text = (
        "Rates\n\nThe Central Bank held rates, and the Central Bank said so. "
        f"{before} central bank economist, he agreed.\n"
    )
    assert inconsistent(text) == []
