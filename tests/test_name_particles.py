"""A name's particle written in two cases after the same first name (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Severity

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[tuple[str, tuple[str, ...], str, Severity]]:
    return [
        (f.match, f.suggestions, f.data.get("other", ""), f.severity)
        for f in lint_text(text, config=CONFIG)
        if f.data["kind"] == "inconsistent"
    ]


def test_a_particle_in_both_cases_after_one_first_name_is_asked_about() -> None:
    text = (
        "Chelsea win\n\n"
        "Frank Lampard had a strike blocked by Arjan De Zeeuw in the first half.\n\n"
        "Hislop was beaten before Arjan de Zeeuw cleared the danger.\n"
    )
    assert inconsistent(text) == [("de Zeeuw", (), "De Zeeuw", Severity.INFO)]


def test_the_commoner_case_is_suggested() -> None:
    text = (
        "Chelsea win\n\n"
        "Arjan de Zeeuw blocked a shot. Later Arjan de Zeeuw cleared the danger.\n\n"
        "Hislop was beaten before Arjan De Zeeuw headed clear.\n"
    )
    assert inconsistent(text) == [("De Zeeuw", ("de Zeeuw",), "", Severity.WARNING)]


def test_an_initial_counts_as_the_first_name_and_a_team_sheet_is_read() -> None:
    text = (
        "Italy lose\n\n"
        "A penalty was missed by full-back Roland De Marigny before the break.\n\n"
        "Italy: R de Marigny; Mirco Bergamasco, C Stoica, A Masi.\n"
    )
    # The team sheet's writing is not reported there, so the prose's is asked about.
    assert inconsistent(text) == [("De Marigny", (), "de Marigny", Severity.INFO)]


@pytest.mark.parametrize(
    "text",
    [
        # Dutch style: the particle takes its capital where the surname stands alone.
        "Chelsea win\n\nArjan de Zeeuw blocked a shot. De Zeeuw then cleared, and Pompey "
        "thanked De Zeeuw.\n",
        # Another first name: another person, or another place in a sentence.
        "Dutch win\n\nMark de Jong scored, and Luuk De Jong made it two.\n",
        # A function word before the particle is no first name ("In De Jong" beside "I de
        # Jong" in the team sheet).
        "Dutch win\n\nIn De Jong the side has found a leader.\n\n"
        "Netherlands: I de Jong; M van Dijk, S de Vrij.\n",
        # One of two surnames joined by "y" or "e": a capital there is another word.
        "Firm\n\nThe bank Santos Y Cia merged with Santos y Cia of Lima.\n",
        # In a quotation, the writer's own spelling.
        'Chelsea win\n\nArjan De Zeeuw cleared. "Arjan de Zeeuw was superb," he said.\n',
    ],
)
def test_writings_that_need_not_agree_pass(text: str) -> None:
    assert inconsistent(text) == []
