"""A name written two ways by its capitals or its spacing in one article (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config

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
        # A description that some references dress in capitals: as common in lower case.
        "Headline here\n\nThe British government said no. Critics of the British Government "
        "said the British government had failed.\n",
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
