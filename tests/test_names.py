"""The entity-spelling check on names as reporters misspell them (issue 20), with the starter
list: one spelling per name, short words, letters with strokes, surnames and one-word names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newslint.api import lint_text
from newslint.config import default_config

CONFIG = default_config().select(["entity-spelling"])


def found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(f.match, f.suggestions, f.data["kind"]) for f in lint_text(text, config=CONFIG)]


@pytest.mark.parametrize(
    ("text", "match", "suggestion", "kind"),
    [
        ("Rachel Reeve will present the budget.", "Rachel Reeve", "Rachel Reeves", "spelling"),
        ("Giorgia Melon arrived in Rome.", "Giorgia Melon", "Giorgia Meloni", "spelling"),
        (
            "Critics said Emmanuel Macrons plan failed.",
            "Emmanuel Macrons",
            "Emmanuel Macron",
            "spelling",
        ),
        ("Jerome Powel said rates would hold.", "Jerome Powel", "Jerome Powell", "spelling"),
        ("Hakim Jeffries spoke first.", "Hakim Jeffries", "Hakeem Jeffries", "spelling"),
        ("Greg Abot signed the bill.", "Greg Abot", "Greg Abbott", "spelling"),
        (
            "Jonas Gahr Store met reporters in Tromsø.",
            "Jonas Gahr Store",
            "Jonas Gahr Støre",
            "diacritic",
        ),
        ("Kim Jung Un watched the launch.", "Kim Jung Un", "Kim Jong Un", "spelling"),
        (
            "Talks stalled, Luis Inácio Lula da Silva said.",
            "Luis Inácio Lula da Silva",
            "Luiz Inácio Lula da Silva",
            "spelling",
        ),
        ("Shares in Nvdia rose.", "Nvdia", "Nvidia", "spelling"),
        ("Volkswagon cut jobs.", "Volkswagon", "Volkswagen", "spelling"),
        (
            "Jerome Powell spoke on Monday. Later, Powel said the outlook had improved.",
            "Powel",
            "Powell",
            "spelling",
        ),
    ],
)
def test_misspelt_names_are_found(text: str, match: str, suggestion: str, kind: str) -> None:
    assert any(m == match and s[0] == suggestion and k == kind for m, s, k in found(text))


def test_a_surname_alone_follows_the_fuller_spelling_of_the_article() -> None:
    text = "Andy Rodderick won in four sets. Roderick now meets the champion."
    # Roderick is a name of its own, never fixed to Rodderick; as often as the full name, and
    # Rodderick printed nowhere, the full name is asked about, with no fix.
    (finding,) = lint_text(text, config=CONFIG)
    assert (finding.match, finding.suggestions, finding.fix) == ("Rodderick", ("Roderick",), None)
    assert "check which is right" in finding.message
    text = "Andy Rodderick won in four sets. Rodderik now meets the champion."
    ((match, suggestions, kind),) = found(text)
    assert (match, suggestions, kind) == ("Rodderik", ("Rodderick",), "inconsistent")
    (finding,) = lint_text(text, config=CONFIG)
    # One reference each: the article cannot say which is right, so no fix, and the message
    # asks (the list or the editor knows: Robert Preston once, Mr Peston once).
    assert "used as often (1 reference)" in finding.message and "check which" in finding.message
    assert finding.fix is None
    text += " Rodderick was seeded third."
    (finding,) = lint_text(text, config=CONFIG)
    assert "from 2 other references" in finding.message and finding.fix is not None


def test_a_lone_word_follows_the_spelling_used_more_often() -> None:
    text = (
        "Bremworth raised prices. Bremworth said costs had risen. Analysts expect Bremwoth to "
        "gain market share."
    )
    assert found(text) == [("Bremwoth", ("Bremworth",), "inconsistent")]


def test_two_lone_words_used_as_often_are_asked_about_at_the_one_never_printed() -> None:
    # Arcelor is printed (wordfreq), Arcleor never: the earlier one is the slip here.
    text = (
        "Steel shares fell.\n\nThe UK's Corus and France's Arcleor fell in Europe.\n\n"
        "In Paris, Arcelor shed 2.1% to 17.58 euros."
    )
    (finding,) = lint_text(text, config=CONFIG)
    assert (finding.match, finding.fix) == ("Arcleor", None)
    assert "check which is right" in finding.message
    # Neither printed: the later one is asked about.
    text = text.replace("Arcelor", "Zarcelor").replace("Arcleor", "Zarcleor")
    (finding,) = lint_text(text, config=CONFIG)
    assert finding.match == "Zarcelor" and "check which is right" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Israel Defence Forces said the strike hit a depot.",
        "Princes William and Harry said they were very happy.",
        "Bill Gates spoke in Seattle. Games consoles sold well, and games makers were pleased.",
        "Supply -- Start Stocks 536 536. Supply -- Start Stcks 12 12. Start Stcks 14 14.",
        "Shares in OPEC members fell. Oper shr profit rose.",
        "The report on Nato was published. Nato said nothing.",
        "Rachel Reeves spoke. Reeves said the budget would balance.",
    ],
)
def test_correct_names_and_words_stay_quiet(text: str) -> None:
    assert found(text) == []


def findings(text: str) -> list[tuple[str, str, bool, float]]:
    return [
        (f.match, f.severity.name.lower(), f.fix is not None, f.data["confidence"])
        for f in lint_text(text, config=CONFIG)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mark Carey, a dairy farmer from Somerset, said the price of feed had doubled.",
        "Ed Davy, a local baker, has run the shop for 30 years.",
        "Tom Cook, director of industry affairs for the cattlemen's association, spoke first.",
        "Like Johnson, the new coach favours a back three.",
        "Can Murray recover in time for the final?",
        # Names that one person in a million bears: most likely one of them.
        "Speaker Michael Martin ruled on the motion.",
        "Since then, coach Joe Jordan has overseen first-team affairs.",
        "Tom Cook spoke at the rally.",
        "Mark Carey said the deal was fair.",
    ],
)
def test_another_person_is_not_a_typo(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # Common names, but fewer than one person in a million bears the pair.
        ("Senator Lindsay Graham spoke at the rally.", "Lindsay Graham"),
        ("Ed Davy said the deal was fair.", "Ed Davy"),
    ],
)
def test_a_name_that_may_be_another_person_is_a_warning_without_a_fix(
    text: str, match: str
) -> None:
    ((found, severity, fixed, confidence),) = findings(text)
    assert (found, severity, fixed) == (match, "warning", False)
    assert 0.4 <= confidence < 0.75


def test_a_plain_slip_is_an_error_with_a_safe_fix_and_a_high_confidence() -> None:
    ((found, severity, fixed, confidence),) = findings(
        "Secretary of State Marc Rubio confirmed the operation."
    )
    assert (found, severity, fixed) == ("Marc Rubio", "error", True)
    assert confidence >= 0.75


def test_a_spelling_used_throughout_and_never_as_listed_is_less_certain() -> None:
    once = findings("Jerome Powel spoke.")
    twice = findings("Jerome Powel spoke. Jerome Powel left.")
    assert once[0][1:] == ("error", True, 0.95)
    assert [f[3] for f in twice] == [0.75, 0.75]


def test_a_list_may_use_any_kind(tmp_path: Path) -> None:
    """organisation (British spelling), event, work, product, award: every kind loads; a kind
    that is not a person's compares its names without the first-name variants."""
    from newslint.entities import load_entities

    path = tmp_path / "newsroom.yaml"
    path.write_text(
        "- {name: Acme Widgets, kind: organisation}\n- {name: Glastonbury Festival, kind: event}\n"
        "- {name: Hamlet, kind: work}\n- {name: Widgetron, kind: product}\n"
        "- {name: Booker Prize, kind: Award}\n",
        encoding="utf-8",
    )
    kinds = [e.kind for e in load_entities(path)]
    assert kinds == ["organization", "event", "work", "product", "award"]
    config = default_config().with_entities([str(path)]).select(["entity-spelling"])
    found = [f.suggestions for f in lint_text("Shares in Widgetrom fell.", config=config)]
    assert found == [("Widgetron",)]


def test_a_tie_between_two_names_goes_to_the_spelling_written_alone_too() -> None:
    text = (
        "Brindlewick And The Crows was a hit in 1975. Later came Brindlewik And The Crows "
        "Again. Few forget Brindlewick himself, and Brindlewick still sings."
    )
    assert [(m, s) for m, s, _ in found(text)] == [
        ("Brindlewik And The Crows", ("Brindlewick And The Crows",))
    ]


def test_missing_accents_in_copy_without_accents_are_house_style() -> None:
    text = "Talks began in Sao Paulo on Monday."
    assert lint_text(text, config=CONFIG) == []
    rule = CONFIG.rules["entity-spelling"]
    options = {**rule.options, "ascii_diacritic_severity": "info"}
    advice = replace(CONFIG, rules={"entity-spelling": replace(rule, options=options)})
    unaccented = lint_text(text, config=advice)
    accented = lint_text("Talks began in Sao Paulo on Monday, Pelé said.", config=CONFIG)
    typeset = lint_text("Talks began in Sao Paulo on Monday — a first.", config=CONFIG)
    assert [(f.match, f.severity.name) for f in typeset] == [("Sao Paulo", "WARNING")]
    assert [(f.match, f.severity.name, f.fix) for f in unaccented] == [("Sao Paulo", "INFO", None)]
    assert unaccented[0].data["evidence"] == ["the article writes no accents"]
    assert [(f.match, f.severity.name) for f in accented] == [("Sao Paulo", "WARNING")]
    assert accented[0].fix is not None


def test_a_squad_list_names_other_people_than_the_prose() -> None:
    prose = "Wing Matt Dawson returns. Dawson said he was pleased. Coach Dawson agreed."
    assert found(prose + "\n\nDowson, Haughton, Monye, Roques, P Sanderson.\n") == []
    (finding,) = lint_text(prose + " Later, Dowson trained alone.", config=CONFIG)
    assert finding.match == "Dowson"


def test_a_surname_slip_is_found_unless_english_text_prints_it_as_a_name_of_its_own() -> None:
    roddick = (
        "Andy Roddick won in four sets. Roddick served well, and Roddick's coach was pleased. "
        "A fan shouted during Rodick's service action."
    )
    assert found(roddick) == [("Rodick", ("Roddick",), "inconsistent")]
    # Two against one: Rodick is in the CMU dictionary, but English text hardly prints it.
    ((match, _, kind),) = found(roddick.replace("Roddick's coach", "his coach"))
    assert (match, kind) == ("Rodick", "inconsistent")
    condon = (
        "Bill Condon directed the film. Condon said Condon's cast had been superb. "
        "It opens in London next week."
    )
    assert found(condon) == []  # another letter, not a typist's slip: a word of its own


@pytest.mark.parametrize(
    ("full", "titled"),
    [
        ("Jez San", "Mr Sans"),  # a final s added to a short surname that is also a word
        ("Ruth Kelly", "Ms Kelley"),  # a real surname of its own
        ("Amy Lowe", "Mrs Lowes"),
        ("Peter Heinz", "Dr Heintz"),
        ("Peter Hoper", "Mr Hopper"),  # a doubled letter: no fix, even against two
        ("Jez San", "Mr. Sans"),  # the title with its full stop
    ],
)
def test_a_surname_after_a_courtesy_title_is_read_against_the_full_names(
    full: str, titled: str
) -> None:
    surname = full.split()[-1]
    text = (
        f"Headline\n\n{full}, the founder, was honoured. The award was a surprise to staff, "
        f"{surname} said.\n\nThe firm was set up in the 1980s. {titled} said the "
        "industry owed much to home computers.\n"
    )
    findings = lint_text(text, config=CONFIG)
    written = titled.split()[-1]
    assert [(f.match, f.suggestions, f.data["kind"]) for f in findings] == [
        (written, (surname,), "inconsistent")
    ]
    assert findings[0].fix is None  # no list says which person the article means
    assert "check which is right" not in findings[0].message
    # As often as the full name: the article does not say which is right, so it asks.
    once = text.replace(f" The award was a surprise to staff, {surname} said.", "")
    (asked,) = lint_text(once, config=CONFIG)
    assert "check which is right" in asked.message


@pytest.mark.parametrize(
    "text",
    [
        # Another person the article names in full, or two surnames the title could mean.
        "Headline\n\nRuth Kelly and Tom Kelley spoke. Mr Kelley said he agreed.\n",
        "Headline\n\nAmy Lowe and Ben Lower spoke. Ms Lowes said she agreed.\n",
        "Headline\n\nJez San and Tom Sand spoke. Mr Sans said he agreed.\n",
        # The title does not fit the first name: another person.
        "Headline\n\nHelen Clarke spoke on Monday. Mr Clark said it was sad.\n",
        "Headline\n\nRonald Kelly spoke on Monday. Mrs Kelley said it was sad.\n",
        # One name, its umlaut written out.
        "Headline\n\nThomas Müller scored twice. Mr Mueller said it was a fine day.\n",
        # The titled spelling is the commoner: the full name may be the slip.
        "Headline\n\nJez San spoke. Mr Sans said so, and Mr Sans said it again.\n",
        # Capitals that are no title: a country's initials, a headline's MS.
        "Headline\n\nPaul Kongo, a trader, fled. Fighting in DR Congo went on.\n",
        "Headline\n\nJez San spoke on Monday. MS Sans is a disease of the nerves.\n",
        # A month or a sentence start is no reference to the person.
        "Headline\n\nJez San spoke on the day. Mr Sans agreed with him. "
        "Sans serif type was used on the sign, and Sans it stayed.\n",
    ],
)
def test_a_titled_surname_is_left_alone_when_the_article_does_not_point_to_one_name(
    text: str,
) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Another person by the title, a real surname: no other in-article rule reports it
        # either, in either direction.
        "Headline\n\nHelen Clarke spoke on Monday. Clarke said so. Mr Clark said it was sad.\n",
        "Headline\n\nHelen Clarke spoke on the day. Mr Clark said it was sad. Mr Clark added.\n",
        "Headline\n\nHelen Kowalski spoke on Monday. Mr Kowalsky said it was sad.\n",
        # A title alone on the line before a blank line is no title of the next paragraph.
        "Headline\n\nJez San spoke on the day, Mr\n\nSans agreed.\n",
        # No title: each spelling three times, sentence starts too.
        "Headline\n\nPeter Hoper spoke on the day. Hoper said so. Hoper said it again.\n\n"
        "Hopper was busy that day. Hopper said little. The staff met Hopper later.\n",
    ],
)
def test_no_in_article_rule_reports_what_the_titled_rule_left_alone(text: str) -> None:
    assert lint_text(text, config=CONFIG) == []


@pytest.mark.parametrize(
    "text",
    [
        # No real surname: a husband's name misspelt, whatever the title.
        "Headline\n\nHelen Hetherington spoke. Hetherington said so. Hetherington said it "
        "again. Mr Heatherinton agreed.\n",
        "Headline\n\nHelen Dowsett spoke on Monday. Dowsett said so. Mr Dowset said it was sad.\n",
        # The title fits one of two first names; a lower-case word is no first name.
        "Headline\n\nDavid and Helen Dowsett spoke. Dowsett said so. Mr Dowset said it was sad.\n",
        "Headline\n\nJordan Dowsett spoke. Fans hope Dowsett will stay. Mr Dowset said it was "
        "sad.\n",
    ],
)
def test_a_titled_slip_of_no_real_surname_is_reported_without_a_fix(text: str) -> None:
    (finding,) = lint_text(text, config=CONFIG)
    assert finding.suggestions[0] in text and finding.fix is None
    assert "check which is right" not in finding.message


def test_a_titled_surname_two_letters_away_gets_no_fix() -> None:
    text = (
        "Headline\n\nPeter Hetherington spoke. Hetherington said so. Hetherington said it "
        "again. Mr Heatherinton agreed.\n"
    )
    (finding,) = lint_text(text, config=CONFIG)
    assert (finding.match, finding.suggestions) == ("Heatherinton", ("Hetherington",))
    assert finding.fix is None


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nJez San spoke on the day. Mr Sans agreed with him. "
        "Sans serif type was used on the sign.\n",
        "Headline\n\nJez San spoke on the day. Sans serif type was used on the sign. "
        "Mr Sans agreed with him.\n",
        # The title on the line before, in a hard-wrapped paragraph.
        "# Headline\n\nJez San spoke on the day, and then Mr\nSans agreed with him.\n",
        # Either Clarke may be meant: the title fits David, named first or second.
        "Headline\n\nDavid Clarke and his wife Helen Clarke spoke. Mr Clark said it was sad.\n",
        "Headline\n\nHelen Clarke and her husband David Clarke spoke. Mr Clark said it was sad.\n",
        # One line break between title and surname, CRLF.
        "Headline\r\n\r\nJez San spoke on the day, and Mr\r\nSans agreed.\r\n",
        # Months written as dates are no references to Peter May.
        "Headline\n\nPeter May spoke in May. On May 5 he left. Mr Mays agreed.\n",
    ],
)
def test_a_titled_surname_once_beside_a_full_name_once_is_asked(text: str) -> None:
    (finding,) = lint_text(text, config=CONFIG)
    assert "check which is right" in finding.message and finding.fix is None


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nTheresa May spoke on the day. Later, May said so, and the party backed "
        "May. Mrs Mays agreed.\n",
        "Headline\n\nTheresa May spoke. Critics said that May had failed. Aides close to May "
        "agreed. Mrs Mays said it was sad.\n",
    ],
)
def test_a_titled_surname_counts_a_surname_that_is_a_month(text: str) -> None:
    (finding,) = lint_text(text, config=CONFIG)
    assert finding.match == "Mays" and "from 3 other references" in finding.message


def test_a_titled_surname_counts_the_person_not_a_month() -> None:
    text = (
        "Headline\n\nPeter May spoke on the day. Mr Mays agreed with him. In May the firm "
        "grew, and in May it hired.\n"
    )
    (finding,) = lint_text(text, config=CONFIG)
    assert finding.match == "Mays" and "check which is right" in finding.message


def test_a_listed_titled_surname_against_an_unlisted_full_name_is_asked() -> None:
    # Abbott is listed (Greg Abbott); the article's Diane Abbot is not: the list may back Ms
    # Abbott, so the finding asks even against two references.
    text = (
        "Headline\n\nDiane Abbot spoke. Abbot said so. Abbot said it again. Ms Abbott agreed "
        "with her.\n"
    )
    (finding,) = lint_text(text, config=CONFIG)
    assert finding.match == "Abbott" and finding.fix is None
    assert "from 3 other references" in finding.message
    assert "though a listed name is spelled so; check which is right" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # Real-copy causes (issue 19's labels), in sentences written for this test.
        "Headline\n\nThe Speaker, Michael Martin, ruled the motion out of order.\n",
        "Headline\n\nSince then, coach Joe Jordan has picked the side.\n",
        "Headline\n\nTroops entered Khan Yunis before dawn, witnesses said.\n",
        "Headline\n\nTalks in Sao Paulo ended on Friday without a deal.\n",
        # One reference each: the article does not say which spelling is right.
        "Headline\n\nThe book by Robert Preston says the talks failed. Mr Peston's sources agree.\n",
        "Headline\n\nWing Matt Dawson returns. Dawson said he was pleased.\n\n"
        "Dowson, Haughton, Monye, Roques, P Sanderson.\n",
        "Headline\n\nMark Carey, a dairy farmer from Somerset, said feed had doubled.\n",
    ],
)
def test_a_safe_fix_never_changes_a_name_that_may_be_right(text: str) -> None:
    from newslint import fixer
    from newslint.linter import Linter

    assert fixer.fix_text(Linter(CONFIG), text, "a.txt").text == text


def test_a_lone_word_no_dictionary_knows_against_a_name_of_the_dictionary() -> None:
    chelsea = (
        "Headline\n\nChelsea won again. Fans of Chelsea sang, and Chelsea's coach smiled. "
        "Earlier, Cheslea had trailed at half-time.\n"
    )
    assert found(chelsea) == [("Cheslea", ("Chelsea",), "inconsistent")]
    # As often, and a letter dropped rather than a typist's slip: perhaps another language.
    gloss = (
        "Headline\n\nMoney will go to the Fondation pour l'Enfance (Foundation for Childhood).\n"
    )
    assert found(gloss) == []


def test_two_lone_spellings_used_as_often_are_a_question_at_the_later() -> None:
    text = "Headline\n\nShares in Brembolt fell. Analysts said Bremboldt would recover.\n"
    (finding,) = lint_text(text, config=CONFIG)
    assert (finding.match, finding.suggestions, finding.fix) == ("Bremboldt", ("Brembolt",), None)
    assert "check which is right" in finding.message


def test_any_first_name_is_any_name_in_the_census_first_name_lists() -> None:
    """Every first name of the lists, however rare, and nothing else."""
    import names

    from newslint.checks.realnames import any_first_name

    listed = set()
    for key, path in names.FILES.items():
        if key.startswith("first"):
            with open(path, encoding="ascii") as lines:
                listed.update(line.split()[0] for line in lines)
    assert len(listed) > 5000
    assert all(map(any_first_name, listed))
    assert all(map(any_first_name, ["Keith", "lashell"]))
    assert not any(map(any_first_name, ["Khodorkovsky", "Smith", "council"]))


def test_a_full_name_with_both_words_a_letter_apart_is_the_rarer_writing() -> None:
    text = (
        "Terror laws\n\nThriller writer Frederick Forsyth spoke. Frederick Forsyth said the law "
        "was wrong.\n\nI disagree with Frederic Forsythe on this.\n"
    )
    assert found(text) == [("Frederic Forsythe", ("Frederick Forsyth",), "inconsistent")]
    (finding,) = lint_text(text, config=CONFIG)
    assert finding.fix is None  # two people may be named so


@pytest.mark.parametrize(
    "text",
    [
        # As often each way: nothing says which.
        "Poll\n\nFrederick Forsyth spoke, and so did Frederic Forsythe.\n",
        # Short words: Ian Smith and Ivan Smyth, Jon Rees and Joan Reid are other people.
        "Poll\n\nIan Smith spoke. Ian Smith left. Ivan Smyth stayed.\n",
    ],
)
def test_full_names_a_letter_apart_that_may_be_two_people_pass(text: str) -> None:
    assert found(text) == []
