"""A name written with and without a final s on one of its words (issue 20)."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config import default_config
from newslint.findings import Finding

CONFIG = default_config().select(["entity-spelling"])


def inconsistent(text: str) -> list[Finding]:
    """The in-article findings of ``text`` as the body of an article under a headline."""
    found = lint_text(f"Market report\n\n{text}", config=CONFIG)
    return [f for f in found if f.data["kind"] == "inconsistent"]


def test_a_final_s_dropped_from_a_company_of_two_words() -> None:
    text = (
        "The deal was struck by the Belgian firm Quorvane Systems on Monday.\n\n"
        "Quorvane Systems said it would hire 200 staff. Analysts at Quorvane System said "
        "the plant would open next spring."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Quorvane System", ("Quorvane Systems",))
    assert "2 other references" in found.message


def test_before_a_possessive_the_s_is_reported_without_a_fix() -> None:
    text = (
        "Shares in Quorvane Systems rose on Monday after a strong quarter.\n\n"
        "Quorvane Systems said sales had doubled, and Quorvane System's chief executive said "
        "the rise would last."
    )
    (found,) = inconsistent(text)
    assert found.match == "Quorvane System" and found.fix is None


def test_a_final_s_added_to_a_company_of_one_word() -> None:
    text = (
        "Trelvonic said its profits rose by a fifth in the year to March.\n\n"
        "Trelvonic's chairman, Ann Brook, said the company would buy more plants. A manager "
        "for Trelvonics said the first would open in June. Trelvonic employs 900 people."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Trelvonics", ("Trelvonic",))
    assert found.fix is not None


def test_a_name_after_another_and_its_own() -> None:
    text = (
        "Both Vantoro and Hollins Media said they would back the format.\n\n"
        "The support from Vantoro and Hollin Media is a boost for the format."
    )
    (found,) = inconsistent(text)
    assert found.match == "Hollin Media"


def test_on_a_tie_the_possessive_is_reported() -> None:
    text = (
        "Staff said Hollin Media's chief told them that Hollin Media would pay for their "
        "training, a union official said.\n\n"
        "Shares in Hollins Media rose later, and Hollins Media said it would cut 40 jobs next "
        "year."
    )
    found = inconsistent(text)
    assert found and {(f.match, f.line) for f in found} == {("Hollin Media", 3)}


def test_a_day_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Shares in Hollins Media rose. Hollins Media said it would cut 40 jobs.\n\n"
        "On Friday Hollin Media told staff that the cuts would come in the spring."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.line) == ("Hollin Media", 5)


def test_a_company_of_a_first_name_beside_a_persons_surname_is_left_alone() -> None:
    text = (
        "Bishop Alan Edwards said on Tuesday that betting adverts should be banned. Edwards "
        "said the trade had grown too fast.\n\n"
        "Shares in Edward Freight Plc fell 3 per cent after the remarks."
    )
    assert inconsistent(text) == []


def test_a_company_of_a_plausible_name_gets_no_fix() -> None:
    text = (
        "The Edwards family said on Monday that it would sell the paper it bought in 2004.\n\n"
        "The family had borrowed from Edward Freight Co to fund the purchase, and the Edwards "
        "brothers later repaid it."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Edward", ("Edwards",))
    assert found.fix is None and "check which is right" in found.message


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal before one member
        "House Democrats said on Monday that they would block the bill, and the House Democrats "
        "who had backed it agreed.\n\nOn Tuesday a second House Democrat said she would vote "
        "for it.",
        # "top" before one member
        "House Democrats said on Monday that they would block the bill, and the House Democrats "
        "who had backed it agreed.\n\nOn Tuesday the top House Democrat said a deal was near.",
        # a member named after a comma
        "House Democrats said on Monday that they would block the bill, and the House Democrats "
        "who had backed it agreed.\n\nThe House Democrat, Ann Brook, said on Tuesday that a deal "
        "was near and that the vote would be held next week.",
    ],
)
def test_a_member_of_a_group_is_left_alone(text: str) -> None:
    assert inconsistent(text) == []


def test_a_singular_that_is_an_english_word_is_asked_about_without_a_fix() -> None:
    text = (
        "The Silver Arrows will race in Monza next month, the team said. It will be the first "
        "time the Silver Arrows have raced there since 2019.\n\n"
        "Ann Brook told Silver Arrow in an interview that the team had no plans to stop."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Silver Arrow", ("Silver Arrows",))
    assert found.fix is None and "check which is right" in found.message


def test_a_name_of_one_word_without_its_s_before_a_noun_is_left_alone() -> None:
    text = (
        "Police said the Pellacks had gathered in the square on Friday. Officials said the "
        "Pellacks wanted a vote.\n\n"
        "On Saturday several Pellack activists were held, a rights group said."
    )
    assert inconsistent(text) == []


def test_the_first_word_of_a_company_of_a_family_name() -> None:
    text = (
        "Pettigrews Corp said profits rose in the year.\n\n"
        "Profits at the Pettigrew Freight Co unit fell, while Pettigrews said its stores did well."
    )
    (found,) = inconsistent(text)
    assert (found.match, found.suggestions) == ("Pettigrew", ("Pettigrews",))


def test_a_company_of_a_first_name_is_left_alone() -> None:
    text = (
        "Robert Hale said on Monday that he would leave.\n\n"
        "Shares in Roberts Freight Co fell by a tenth after Robert Hale said he would leave, "
        "analysts said on the day."
    )
    assert inconsistent(text) == []


def test_a_tie_asks_which_is_right() -> None:
    text = (
        "The games maker Hollins Media said it would cut 40 jobs.\n\n"
        "Staff at Hollin Media were told on Friday, a union official said."
    )
    (found,) = inconsistent(text)
    assert found.match == "Hollin Media"
    assert "check which is right" in found.message and found.fix is None


def test_on_the_last_word_one_writing_against_one_is_left_alone() -> None:
    text = (
        "The games maker Pellimore Studio said it would cut 40 jobs.\n\n"
        "Staff at Pellimore Studios were told on Friday, a union official said."
    )
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a member and the party
        "A Liberal Democrat said the seat was safe. The Liberal Democrats had held it before, "
        "and the Liberal Democrats will hold it again.",
        # a party and its leader: the singular describes a noun
        "Liberal Democrat leader Jo Park spoke first. The Liberal Democrats had held the seat, "
        "and the Liberal Democrats will hold it again.",
        # an award and the ceremony: the singular describes a noun
        "She had two Golden Globe nominations at last. The Golden Globes are held in January, and "
        "the Golden Globes are watched by millions.",
        # a count of several
        "Italy has won the World Cup, and so has Spain. Brazil has won five World Cups since "
        "1958, more than any side that has played for the World Cup.",
        # numbered stages
        "Pupils sit tests at Key Stage 2. Results at Key Stages 1, 3 and 4 were better, and Key "
        "Stage 2 results were flat.",
        # a member of a band after "a former"
        "He was a former Spice Girl's driver. The Spice Girls toured again, and the Spice Girls "
        "sold out.",
        # two names sharing the plural
        "A bill went to the Senate Finance Committee, which said it would be heard in the "
        "spring. The House and Senate Finance Committees agreed, and the bill went back to the "
        "Senate Finance Committee.",
        # an acronym in brackets, then the noun the name describes
        "The Open Domain Name (ODN) system was agreed. Open Domain Names will be sold from "
        "June, and Open Domain Names will cost less.",
    ],
)
def test_several_of_a_name_are_left_alone(text: str) -> None:
    assert inconsistent(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a family
        "Trelvonic said it was sold. Trelvonic was founded in 1950, and the Trelvonics ran it "
        "for years.",
        # cars of a make, in a list and after an adjective
        "Trelvonic said sales rose. Trelvonic builds vans, and dealers sold 40 used Trelvonics "
        "last month.",
        # a demonym and its plural
        "The Merovan police said the Merovan border was open on Monday. Aid was sent to "
        "Merovans by several charities.",
        # a common plural and a name in use: both right
        "Sales fell at Owen, the retailer, and Owen said it would cut jobs. A supplier to Owens "
        "said it had not been paid for months.",
        # a sentence start
        "Trelvonics said sales rose, and Trelvonics employs 900 people in the region. Trelvonic "
        "said later that it would pay a dividend.",
        # a quotation
        'Trelvonic said sales rose. Trelvonic employs 900 people. "We sold to Trelvonics," '
        "a buyer said.",
    ],
)
def test_plurals_of_a_word_are_left_alone(text: str) -> None:
    assert inconsistent(text) == []


def test_a_headline_is_left_alone() -> None:
    found = lint_text(
        "Quorvane System, the chipmaker, rises\n\nQuorvane Systems said profits rose this year. "
        "The board of Quorvane Systems will pay a dividend in the spring.",
        config=CONFIG,
    )
    assert [f for f in found if f.data["kind"] == "inconsistent"] == []


def test_a_quotation_is_left_alone() -> None:
    text = (
        "Quorvane Systems said profits rose. Quorvane Systems will pay a dividend.\n\n"
        '"Every year we buy from Quorvane System," a customer said.'
    )
    assert inconsistent(text) == []


def test_a_surnames_possessive_that_loses_its_final_s() -> None:
    text = (
        "The film was a surprise, says Tim Dams, the news editor of a trade magazine.\n\n"
        "Mr Dams said the film had charm.\n\n"
        "Dam's pick for the prize is a documentary.\n"
    )
    (found,) = inconsistent(text)
    assert (found.match, found.line, found.suggestions) == ("Dam", 7, ())
    assert "2 other references (lines 3, 5)" in found.message
    assert "check which is right" in found.message  # perhaps another person's
    assert found.data["other"] == "Dams"
    assert found.fix is None  # Dams' or Dams's is the house's to choose


def test_a_surnames_possessive_counts_the_paragraphs_not_the_headline() -> None:
    text = "Tim Dams picks\n\nMr Dams said it was good. Dam's pick is a documentary.\n"
    found = [f for f in lint_text(text, config=CONFIG) if f.data["kind"] == "inconsistent"]
    assert [(f.match, f.line) for f in found] == [("Dam", 3)]
    assert "1 other reference (line 3)" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # a first name's possessive: another person
        "Keith Richards played. Richard's song won.\n",
        # the word without the s written alone too
        "Tim Dams spoke. The Dam said nothing. Dam's owners agreed.\n",
        # no first name nor title before the name with the s: not a person's surname
        "The Rolling Stones played. Stone's fans cheered.\n",
        # the possessive of another person's or thing's name
        "Actor Keanu Reeves stars. Critics said Christopher Reeve's Superman was better. Mr "
        "Reeves agreed.\n",
        "Tiger Woods won. Mr Woods then met Ronnie Wood's band.\n",
        "Chris Mills spoke. John Stuart Mill's essay was read, Mr Mills said.\n",
        "Chris Mills spoke. J. Mill's essay was read, Mr Mills said.\n",
        "Tim Dams spoke. The Hoover Dam's turbines were idle, Mr Dams said.\n",
        "Mr Banks said rates would rise. The Bank's decision was a surprise.\n",
        # in a quotation
        'Tim Dams spoke. "Dam\'s pick is a documentary," a reader said. Mr Dams agreed.\n',
    ],
)
def test_a_possessive_of_another_name_passes(text: str) -> None:
    assert inconsistent(text) == []


def test_a_possessive_that_loses_its_s_in_a_headline_passes() -> None:
    text = "Dam's choice wins\n\nThe film won, says Tim Dams. Mr Dams said it had charm.\n"
    found = lint_text(text, config=CONFIG)
    assert [f for f in found if f.data["kind"] == "inconsistent"] == []
