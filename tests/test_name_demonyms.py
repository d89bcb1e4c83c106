"""A people's word in a place's possessive: "Cuban's" where the article names Cuba (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config

CONFIG = default_config().select(["entity-spelling"])


def found(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [
        (f.match, f.suggestions, f.fix is None)
        for f in lint_text(text, config=CONFIG)
        if f.data["kind"] == "demonym"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dollar ban\n\nCuba will stop accepting dollars.\n\n"
            "However, many of Cuban's poorest citizens could be worse off.\n",
            ("Cuban's", ("Cuba's",), True),
        ),
        (
            "Car sales\n\nSales in India rose 20%.\n\n"
            "Maruti is not the only firm to gain as Indian's economic growth lifts spending.\n",
            ("Indian's", ("India's",), True),
        ),
        (
            "Casinos\n\nGamblers in Australia lost more.\n\n"
            "Australian’s casinos generated $3bn last year.\n",
            ("Australian’s", ("Australia’s",), True),
        ),
        (
            "Rates\n\nBrazil raised rates.\n\nBond prices fell as Brazilian's debt rose.\n",
            ("Brazilian's", ("Brazil's",), True),
        ),
        (
            "Copper\n\nChile cut its forecast.\n\nMany of Chilean's mines are closing.\n",
            ("Chilean's", ("Chile's",), True),
        ),
        (
            "Reform\n\nCuban President Miguel Diaz-Canel spoke. Cuba and Venezuela signed a deal."
            "\n\nDespite Cuban's new reforms, prices rose.\n",
            ("Cuban's", ("Cuba's",), True),
        ),
        (
            "Rates\n\nBrazil kept its key rate. Many Brazilian families are in debt.\n\n"
            "Bond prices fell as Brazilian's debt rose.\n",
            ("Brazilian's", ("Brazil's",), True),
        ),
        (
            "Dollar ban\n\nCuba will stop accepting dollars.\n\nAs Cuban's economy shrinks, "
            "prices rise.\n",
            ("Cuban's", ("Cuba's",), True),
        ),
    ],
)
def test_a_demonym_possessive_where_no_person_can_stand_is_the_place(
    text: str, expected: tuple[str, tuple[str, ...], bool]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A person: after a determiner or a word describing them.
        "Tennis\n\nAustralia lost. The Australian's serve was broken.\n",
        "Tennis\n\nAustralia lost, as the 23-year-old Australian's serve was broken.\n",
        # The place is written only inside a longer name.
        "Airline\n\nFlights to North America were cut. American's pilots voted to strike.\n",
        # No place of that name in the article.
        "Airline\n\nThe carrier grew. American's pilots voted to strike.\n",
        # A place, not a people's word (Sweden, not Swede + n).
        "Athletics\n\nThe Swede won. Sweden's Jenny Kallur won the hurdles.\n",
        # The demonym is a firm's or a person's name in the article.
        "Airline\n\nAmerican Airlines cut flights across America. American's chief "
        "executive said more cuts would come.\n",
        "Basketball\n\nMark Cuban said he would visit Cuba. Cuban's team won again.\n",
        "Airline\n\nKorean Air said exports from Korea slowed. Korean's cargo unit lost money.\n",
        # The place only inside a longer name; or no place at all (music, Musician's Union).
        "Banks\n\nBank of America reported profits. American's pilots voted to strike.\n",
        "Venues\n\nMusic venues could close. Musician's Union leaders met on Monday.\n",
        # A first name or a surname.
        "Football\n\nRoma lost again. Roman's millions were not enough.\n",
        # In a quotation, the speaker's words.
        'Dollar ban\n\nCuba banned dollars. "Many of Cuban\'s poor will suffer," he said.\n',
    ],
)
def test_a_demonym_possessive_that_may_be_meant_passes(text: str) -> None:
    assert found(text) == []
