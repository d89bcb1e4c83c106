"""A headline set in capitals and its article spelling a word a letter apart (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def findings(text: str) -> list[Finding]:
    return list(lint_text(text, config=CONFIG))


def test_a_headline_word_english_never_prints_takes_the_articles_spelling() -> None:
    text = (
        "COMBINED INTERNMATIONAL SEES STRONG YEAR\n\n"
        "Combined International Corp should have another strong year, its president said.\n"
    )
    (found,) = findings(text)
    assert (found.match, found.line, found.suggestions) == ("INTERNMATIONAL", 1, ("INTERNATIONAL",))
    assert found.fix is None
    assert "1 other reference (line 3)" in found.message


def test_a_name_in_the_text_english_never_prints_takes_the_headlines_spelling() -> None:
    text = (
        "PIEDMONT AVIATION BOARD TO MEET TODAY\n\n"
        "Piedmont Avaition Inc's board of directors will meet today, a spokesman said.\n"
    )
    (found,) = findings(text)
    assert (found.match, found.line, found.suggestions) == ("Avaition", 3, ("Aviation",))
    assert found.fix is None


def test_two_rare_writings_are_asked_about_at_the_headline() -> None:
    text = (
        "MACANDREWS AND FORBES BIDS FOR REVLON\n\n"
        "McAndrews and Forbes Holdings Inc said it will offer 18.50 dlrs a share for Revlon.\n"
    )
    (found,) = findings(text)
    assert (found.match, found.line, found.suggestions, found.fix) == ("MACANDREWS", 1, (), None)
    assert found.data["other"] == "McAndrews"
    assert "check which is right" in found.message


@pytest.mark.parametrize(
    "text",
    [
        # an ending: a headline inflects ("AUSTRALIAN" over "Australia")
        "ZORVAKIAN WHEAT SALES RISE\n\nSales by Zorvakia rose in March, officials said.\n",
        # two words English prints ("ARGENTINE" over "Argentina")
        "ARGENTINE GRAIN EXPORTS FALL\n\nExports by Argentina fell in March, officials said.\n",
        # a ticker in brackets
        "STRATA <STATA> EARNINGS QUALIFIED\n\nStrata Corp said its report was qualified.\n",
        # the headline's word written in the text too, in lower case
        "ZORVEX PRICES RISE\n\nPrices of zorvex rose at Zorvax Ltd, a broker said.\n",
        # a word capitalised only where a sentence starts is no name
        "MINISTER SEES TARRIFFS\n\nTariffs on goods would rise, the minister said.\n",
        # a first letter apart: another word
        "BOARD MEETS ON BRAND\n\nThe Grand Union Co board met on Monday, it said.\n",
    ],
)
def test_writings_that_are_no_slip_of_one_another_pass(text: str) -> None:
    assert findings(text) == []
