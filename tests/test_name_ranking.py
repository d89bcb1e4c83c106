"""Which of two spellings of a name in one article is the slip, and when two names in use are
one name all the same (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[Finding]:
    return [f for f in lint_text(text, config=CONFIG) if f.data["kind"] == "inconsistent"]


def test_on_a_tie_the_spelling_never_printed_is_the_slip_even_in_the_fuller_name() -> None:
    text = "The Peidmont Savings Bank cut 40 jobs.\n\nStaff in Piedmont were told on Monday."
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Peidmont", ("Piedmont",))
    assert "check which is right" in found.message and found.fix is None


def test_two_names_in_use_with_the_same_partner_are_one_name() -> None:
    text = "The firm of Baker and Okonjo won. Barker and Okonjo lost a case."
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions, found.fix) == ("Barker", ("Baker",), None)
    text = (
        "The theatre revives a Rogers and Hammerstein musical this winter.\n\n"
        "The Rodgers and Hammerstein estate approved the new staging."
    )
    (found,) = inconsistent(text)
    assert {found.match, *found.suggestions} == {"Rogers", "Rodgers"}
    assert found.fix is None  # as many of each: a question


def test_a_real_name_tied_by_a_first_name_is_reported_without_a_fix() -> None:
    text = (
        "The prize is named after Hans Christian Andersen.\n\n"
        "Hans Christian Andersen wrote 150 tales, and Hans Christian Andersen's home is a "
        "museum. A school named after Hans Christian Anderson opened."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Anderson", ("Andersen",))
    assert "3 other references" in found.message and "check which" not in found.message
    assert found.fix is None  # Anderson is a name of its own: never a safe fix


@pytest.mark.parametrize(
    "text",
    [
        # only a title in common
        "Mr Rogers chairs the board.\n\nMr Rodgers, his deputy, said nothing.",
        # a common word after both, and their first letters differ
        "Rain fell in the Northern Hemisphere. The Southern Hemisphere was dry.",
        # two people, each named in full with a first name of their own
        "Tom Rogers and Ann Rodgers both spoke. Tom Rogers left early.",
        # a title before both is no first name
        "General Rogers met the press. General Rodgers said nothing.",
        # the partner is a common word
        "The firm of Baker and Hall won. Barker and Hall lost a case.",
        # the rarer is a word the article also writes in lower case
        "The firm of Baker and Okonjo won. Barker and Okonjo lost. The barker shouted.",
    ],
)
def test_names_in_use_without_the_same_company_are_not_one_name(text: str) -> None:
    assert inconsistent(text) == []


SCHWATZ = (
    "Investors form group\n\n"
    "Landes and another investor, Albert Schwatz, have formed a shareholder group.\n\n"
    "Landes and Schwartz had reached an agreement in principle to buy the company.\n"
)


def test_a_common_surname_alone_as_often_as_a_misspelling_in_full_is_asked_at_the_full_name() -> (
    None
):
    """Schwatz is printed nowhere; Schwartz, a common surname, is written alone as often: the
    full name is the likelier slip, but the surname may be someone else's, so it is asked."""
    (found,) = inconsistent(SCHWATZ)
    assert (found.match, found.suggestions, found.fix) == ("Schwatz", ("Schwartz",), None)
    assert "check which is right" in found.message and found.line == 3


@pytest.mark.parametrize(
    "text",
    [
        # the surname is written in full too: another person
        SCHWATZ.replace("Landes and Schwartz", "Landes and Carl Schwartz"),
        SCHWATZ.replace("Landes and Schwartz", "Landes and Carl Schwartz")
        + "\nAlbert Schwatz declined to comment. Schwartz did not.\n",
        # the misspelling written alone too (and in test_names: each three times)
        SCHWATZ + "\nSchwatz declined to comment. Schwartz did not.\n",
        # the misspelling written in full more often than the surname alone
        SCHWATZ + "\nAlbert Schwatz declined to comment.\n",
        # both spellings common surnames: two people (Johnson, Johnston)
        SCHWATZ.replace("Schwatz", "Johnston").replace("Schwartz", "Johnson"),
    ],
)
def test_a_common_surname_alone_beside_a_full_name_is_left_when_it_may_be_another(
    text: str,
) -> None:
    assert [f.match for f in inconsistent(text)] == []


def test_a_surname_after_a_title_is_left_to_the_titled_rule() -> None:
    """ "Mr Hopper" is the titled-surname rule's to judge: the tie rule does not read it as a
    surname alone, so the full name is asked about once, and a majority still wins."""
    once = (
        "Headline\n\nPeter Hoper, the founder, was honoured.\n\nThe firm was set up in the "
        "1980s. Mr Hopper said the industry owed much to home computers.\n"
    )
    assert [(f.match, f.suggestions) for f in inconsistent(once)] == [("Hopper", ("Hoper",))]
    many = (
        "Firm honours founder\n\nPeter Hoper, the founder, was honoured on Monday.\n\n"
        "Hopper said the firm would keep growing. Hopper added that sales rose by a fifth.\n\n"
        "Hopper, 64, will retire next year, Mr Hopper told staff.\n"
    )
    found = inconsistent(many)
    assert (found[0].match, found[0].suggestions) == ("Hoper", ("Hopper",))
    assert found[0].fix is not None


def test_on_a_tie_a_name_english_prints_wins_over_one_it_never_prints() -> None:
    # Matsushita is printed (Zipf 2.2, under the 2.5 of a common word); the fuller name is
    # the slip all the same.
    text = (
        "Shares in Matshushita Electric fell 3% in Tokyo.\n\n"
        "Analysts said Matsushita would cut its forecast again."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Matshushita", ("Matsushita",))
    assert "check which is right" in found.message and found.fix is None


def test_a_majority_english_never_prints_is_still_suggested_in_doubt() -> None:
    # Rexnard twice, Rexnord once: the majority may be the slip, but a name newer than the
    # word counts is printed nowhere either (Zelenskyy twice beside Zelensky), so the
    # majority is suggested, with no fix and the message asking.
    text = (
        "Ukraine seeks air defence\n\nPresident Volodymyr Zelenskyy asked allies for help. "
        "Zelensky said the attacks hit power stations. Zelenskyy will travel to Brussels."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions, found.fix) == ("Zelensky", ("Zelenskyy",), None)
    assert "check which is right" in found.message


def test_a_majority_english_prints_is_still_suggested() -> None:
    text = (
        "Rexnord Inc said it would sell its unit.\n\n"
        "Rexnard said the sale would close in May, and Rexnord shares rose."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Rexnard", ("Rexnord",))
