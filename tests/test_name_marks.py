"""A name's punctuation written two ways in one article: a possessive name without its
apostrophe, "&" and "and" (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[Finding]:
    return [f for f in lint_text(text, config=CONFIG) if f.data["kind"] == "inconsistent"]


def test_a_possessive_name_written_without_its_apostrophe() -> None:
    text = (
        "Grimble's, the toy chain, is to close 12 shops. Grimble's said sales fell.\n\n"
        "Staff at Grimble's were told on Monday. Grimbles has 900 workers."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Grimbles", ("Grimble's",))
    assert found.fix is None  # which firm or person is meant is the writer's to say


def test_a_tie_of_a_possessive_name_asks() -> None:
    (found,) = inconsistent("Grimble's said sales fell. Grimbles has 900 workers.")
    assert found.match == "Grimbles" and found.fix is None
    assert "check which is right" in found.message


@pytest.mark.parametrize(
    "text",
    [
        # a possessive only, never a name on its own: the Grimbles are a family
        "Mr Grimble's lawyers spoke. The Grimbles left. Grimbles were seen later.",
        # after "the" or a count: the family, things counted
        "Grimble's said sales fell. The Grimbles said nothing. Two Grimbles were sold.",
    ],
)
def test_a_plural_beside_a_possessive_name_passes(text: str) -> None:
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the owner is a first name: a player's goal, then another player
        "The winning goal was Edward's. The assist was Edward's, too.\n\nLater Edwards said "
        "the team had earned it.",
        # the bare word is a common surname: Stanley Matthews, not Matthew's
        "The ball was Matthew's. Matthew's, they said. Stanley Matthews played on.",
        # two firms: the insurance market and the bank
        "Lloyd's said claims rose. Lloyd's has 50 syndicates. Lloyds bank shares fell.",
    ],
)
def test_two_names_one_with_a_possessive_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_and_for_an_ampersand_in_a_name() -> None:
    text = (
        "A survey by Dun & Bradstreet found firms hopeful.\n\n"
        "The Dun and Bradstreet survey covered 1,500 firms."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Dun and Bradstreet", ("Dun & Bradstreet",))
    assert found.fix is None and "check which is right" in found.message
    text = "Tate & Lyle Plc rose. Britain's Tate & Lyle said so. A bid by Tate and Lyle failed."
    (found,) = inconsistent(text)
    assert found.match == "Tate and Lyle" and found.fix is not None


@pytest.mark.parametrize(
    "text",
    [
        # people named together: a common first name first
        "Richard and Judy chose the books. The Richard & Judy effect is real.",
        # the end of a longer name: two people
        "Matt Lucas & David Walliams won. Lucas and David both spoke.",
        # a function word at a sentence start is no part of the name
        "Bread and Butter Ltd grew. And Butter rose.",
    ],
)
def test_people_named_together_pass(text: str) -> None:
    assert inconsistent(text) == []


def test_a_stray_apostrophe_after_a_name_before_a_verb_asks() -> None:
    text = (
        "Blog group\n\n"
        "The month-old Committee to Protect Bloggers' is asking bloggers for help.\n\n"
        "The Committee to Protect Bloggers was started by a US blogger.\n"
    )
    (found,) = inconsistent(text)
    assert (found.match, found.line, found.suggestions) == ("Bloggers'", 3, ())
    assert found.fix is None and "check which is right" in found.message
    assert found.data["other"] == "Bloggers"
    for opening in ("It's clear the", "Nobody's sure the", "Everyone's saying the"):
        contraction = text.replace("The month-old", f"{opening} month-old")
        assert [f.match for f in inconsistent(contraction)] == ["Bloggers'"], opening


@pytest.mark.parametrize(
    "text",
    [
        # a name in single quotation marks
        "Party\n\nCritics doubt that 'Veritas' is a party, and Veritas said so.\n",
        # a possessive before a noun
        "Blogs\n\nThe Bloggers' Union is asking for help. Bloggers said so.\n",
        # no writing without the apostrophe
        "Blogs\n\nThe Committee to Protect Bloggers' is asking for help.\n",
        # a possessive standing for its noun, in a comparison a possessive opens
        "Banks\n\nHSBC's profit rose 5 per cent while Barclays' was flat, Barclays said. "
        "Barclays shares fell.\n",
        "Banks\n\nHSBC's profit rose 5 per cent, Barclays said. Barclays' was flat, and "
        "Barclays shares fell.\n",
        # a single quotation mark opened long before
        "Song\n\nShe sang 'Angels, the song that everyone in the hall knew by heart and sang "
        "along to, word for word, every night of the long tour of the north with the Angels' "
        "was the encore. The Angels sang it.\n",
    ],
)
def test_an_apostrophe_that_closes_a_quotation_or_owns_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_a_stray_apostrophe_is_asked_about_however_often_the_name_is_written() -> None:
    text = (
        "Blog group\n\n"
        "The Committee to Protect Bloggers' is asking bloggers for help.\n\n"
        "The Committee to Protect Bloggers was started by a US blogger, and the Committee to "
        "Protect Bloggers says it has 200 members.\n"
    )
    (found,) = inconsistent(text)
    assert found.match == "Bloggers'" and "check which is right" in found.message
