"""The superlative check: claims by meaning (evaluative, measurable, intensified), what supports
them, and what is not a claim. Every sentence here is written for the test."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from newslint import document
from newslint.checks import superlative, superlative_support
from newslint.checks.base import OptionError
from newslint.config import default_config
from newslint.findings import Finding
from newslint.linter import Linter
from newslint.text import quote_spans

DEFAULTS = default_config().select(["superlative"])
RULE = DEFAULTS.rules["superlative"]
# The meaning of each candidate is tested with every form reported; what is on by default is
# tested on its own (test_default_forms).
ALL_FORMS = RULE.with_overrides(None, {"forms": list(superlative.FORMS)}, True)
LINTER = Linter(replace(DEFAULTS, rules={**DEFAULTS.rules, "superlative": ALL_FORMS}))
DEFAULT_LINTER = Linter(DEFAULTS)
RULE_FILE = Path(__file__).parents[1] / "rules" / "superlative.yaml"


def lint(text: str, path: str = "a.txt") -> list[Finding]:
    return [
        f for f in LINTER.lint_text(f"**Head line**\n{text}\n", path) if f.rule == "superlative"
    ]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.match, f.data["kind"]) for f in lint(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # evaluative: quality, importance, fame, power
        ("Marlow is the best goalkeeper in the league.", [("best", "evaluative")]),
        ("It is the most important vote of the session.", [("most important", "evaluative")]),
        ("The fund is a leading backer of the scheme.", [("leading", "evaluative")]),
        ("It was one of the biggest stars of the 1960s.", [("biggest", "evaluative")]),
        ("Pell is the treasurer's closest ally.", [("closest", "evaluative")]),
        ("The orchestra gave an iconic Vienna concert.", [("iconic", "evaluative")]),
        ("The court issued a landmark High Court ruling.", [("landmark", "evaluative")]),
        ("The reaction was unprecedented.", [("unprecedented", "evaluative")]),
        (
            "In a landmark ruling, judges said rents must fall within a year.",
            [("landmark", "evaluative")],
        ),
        (
            "Roe, brother of the legendary coach, said he would stay another year.",
            [("legendary", "evaluative")],
        ),
        ("Her best-loved song closes the show.", [("best-loved", "evaluative")]),
        # measurable: size, speed, amount, age, with nothing to support it
        ("The mill became the town's biggest employer.", [("biggest", "measurable")]),
        ("It is the largest depot in the county.", [("largest", "measurable")]),
        (
            "The merger creates the third-largest dairy in the region.",
            [("third-largest", "measurable")],
        ),
        ("Fees hit record levels.", [("record", "measurable")]),
        ("Fenwick is the fastest-rising suburb in the state.", [("fastest-rising", "measurable")]),
        ("The band finished a record-smashing tour.", [("record-smashing", "measurable")]),
        ("The greatest rise came in the north.", [("greatest", "measurable")]),
        # intensified: any superlative with ever, in decades, on record...
        ("It is the busiest port the coast has known in decades.", [("busiest", "intensified")]),
        ("Locals called the mill the oldest ever built. It was not.", []),
        ("The mill is the oldest ever built in the valley.", [("oldest ever", "intensified")]),
        ("That is the worst drought in living memory.", [("worst", "intensified")]),
        ("She is the greatest sprinter of all time.", [("greatest", "intensified")]),
        ("It was the coldest night on record in the town.", [("coldest", "intensified")]),
        (
            "It was the costliest budget in the city's recent history.",
            [("costliest", "intensified")],
        ),
        ("The group posted its biggest-ever loss.", [("biggest-ever", "intensified")]),
        ("Fares hit an all-time high.", [("all-time", "intensified")]),
    ],
)
def test_kind_of_claim(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_message_and_data_say_the_kind() -> None:
    [f] = lint("It was the fastest lap ever.")
    assert f.data == {
        "kind": "intensified",
        "superlative": "fastest",
        "form": "intensified",
        "intensifier": "ever",
        "block": "prose",
    }
    assert f.message == (
        '"fastest" is an unsupported intensified claim ("ever"); '
        "give the source of the record or drop it"
    )
    # a period only bounds the claim: the form of the rank itself
    [f] = lint("It was the fastest lap in years.")
    assert (f.data["kind"], f.data["form"], f.data["intensifier"]) == (
        "intensified",
        "measurable",
        "in years",
    )
    [f] = lint("It is the largest depot in the county.")
    assert "measurable claim; give the figure, the comparison or the source" in f.message


@pytest.mark.parametrize(
    "text",
    [
        # a figure, a comparison or a source supports a measurable one
        "The ferry is the slowest on the route at 9 knots.",
        "The ferry is the slowest on the route. It sails at nine knots.",
        "The ferry is now the slowest on the route, slower than the old barge.",
        "It is the lowest reading since 1994.",
        "Shares in the third largest carrier fell.",
        # a measurable rank used as a label, not asserted as news
        "The town's biggest employer shut its doors.",
        "The town's biggest employers shut their doors.",
        "Harwell, the region's largest grower, cut prices.",
        "The worst damage was on the seafront.",
        "The ferry is the slowest on the route, the port authority said.",
        # attribution supports any kind, in the sentence or a neighbour naming the source
        "It is the most daring plan in the region, analysts said.",
        "It is the most daring plan in the region, said Ann Lowe, an analyst at Cole.",
        "The boldest plan, officials insisted, is the tunnel.",
        "The contest will find the best young chef in the county.",
        "The best newcomer accolade went to Ruth Ade.",
        "It is the finest harvest ever, according to the growers' board.",
        "It was the biggest rally in a decade. The figures came from the exchange.",
        "It was the worst-run scheme in the county. That was the verdict of the auditor.",
        # names, titles, awards
        "She won the best newcomer award in May.",
        "He is tipped in the best supporting actor category.",
        "The singer took the best female crown.",
        "Shares in Landmark Holdings slipped.",
        "The film The Greatest Escape opens on Friday.",
        "Historic Homes Trust bought the mill.",
        # idioms, quantifiers, descriptive senses
        "Most Danish farmers sell to the co-operative.",
        "Growers want the best price for the crop.",
        "Crews fixed all but the most urgent faults.",
        "At best the repairs will take a week.",
        "Visitors made the most of the dry spell.",
        "The walk passes the historic quarter of the town.",
        "Rates fell to historic lows.",
        "His eldest son runs the farm.",
        "She ran her best time of the season.",
        "The game is not exactly groundbreaking.",
        "It was not the best start for the club.",
        "He is a year older than the youngest winner ever.",
        # quotations
        '"It is the greatest day in our history," the captain said.',
        # questions ask, first-person writing is a comment, a column or a quotation
        "Is this the best side in Europe?",
        "Honestly the finest pie shop in the county. I go every week.",
        "My favourite is still the oldest tram on the line.",
        # more idioms and sources
        "At its most severe the drought emptied the reservoir.",
        "The organisers kept the best for last.",
        "The gallery was celebrated as one of the boldest in the north.",
        "Viewers will vote to pick the all-time best sketch.",
        "The panel that reviewed the case found the poorest tenants fared worst.",
    ],
)
def test_not_claims(text: str) -> None:
    assert lint(text) == []


def test_figure_two_sentences_on_does_not_count() -> None:
    text = "The ferry is the slowest on the route. Crews like it. It sails at nine knots."
    assert kinds(text) == [("slowest", "measurable")]


def test_neighbouring_source_must_be_in_the_same_paragraph() -> None:
    text = "It was the biggest rally in a decade.\n\nThe figures came from the exchange."
    assert [f.match for f in lint(text, "a.md")] == ["biggest"]


def test_a_neighbour_that_merely_quotes_someone_does_not_attribute() -> None:
    assert kinds("It was the worst flood in decades. Officials said 12 people died.") == [
        ("worst", "intensified")
    ]


def test_quotation_over_several_paragraphs() -> None:
    text = '"The plan is sound.\n\n"It is the boldest reform we have ever made," the minister said.'
    assert lint(text, "a.md") == []


def test_title_case_headline_is_read() -> None:
    found = LINTER.lint_text("**Harbour Opens Iconic Ferry Terminal**\nBody text.\n", "a.txt")
    assert [f.match for f in found] == ["Iconic"]


def test_bad_regex_is_an_option_error() -> None:
    options: dict[str, Any] = {**RULE.options, "idioms": ["(unclosed"]}
    with pytest.raises(OptionError) as exc:
        superlative.prepare(options, LINTER.resources)
    assert exc.value.key == "idioms"
    assert "'(unclosed' does not compile" in str(exc.value)


def test_patterns_that_compile_alone_but_not_together_are_an_option_error() -> None:
    # A global flag is allowed at the start of a pattern, not inside an alternation.
    options: dict[str, Any] = {**RULE.options, "figures": ["(?i)per ?cent"]}
    with pytest.raises(OptionError) as exc:
        superlative.prepare(options, LINTER.resources)
    assert exc.value.key == "figures"
    assert "do not compile together" in str(exc.value)


def test_a_supported_idiom_does_not_support_the_headline() -> None:
    """The body's superlative supports the same one in the headline only when it is a claim:
    an idiom ("did their best") with its source supports nothing."""
    head = "**Riverside bakery is the best in town**\n\n"
    for body, reported in (
        ("The staff did their best all week, the owner said.", ["best"]),
        ("It is the best bakery in town, the council said.", []),
        ("The staff worked all week.", ["best"]),
    ):
        found = LINTER.lint_text(head + body + "\n", "a.md")
        assert [f.match for f in found if f.rule == "superlative"] == reported, body


def test_patterns_known_to_compile_are_compiled_when_first_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a set of patterns has compiled (kept in the derived-data cache), preparing the
    rule compiles none of them; an article with no superlative needs none."""
    import re

    from newslint.checks import superlative_support

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    superlative_support.support(RULE.options)
    compiled: list[str] = []
    real = re.compile

    def compile_(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", compile_)
    sup = superlative_support.support(RULE.options)
    assert compiled == []
    state = superlative.prepare(RULE.options, LINTER.resources)._replace(support=sup)
    doc = document.parse("The council met on Monday and voted to close the road.\n", "a.txt")
    assert list(superlative.run(doc, state)) == []
    assert compiled == []
    assert sup.not_claims.search("at their best")


def test_warming_compiles_every_pattern_before_workers_fork(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    superlative.prepare(RULE.options, LINTER.resources)  # learns that the patterns compile
    state = superlative.prepare(RULE.options, LINTER.resources)  # compiles none of them
    assert superlative.KIND.warm is not None
    superlative.KIND.warm(state)
    text = "It was the worst flood in living memory, at its very worst in the north.\n"
    doc = document.parse(text, "a.txt")
    compiled: list[str] = []
    real = re.compile
    with monkeypatch.context() as patched:
        patched.setattr(re, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags))
        found = [h.data["superlative"] for h in superlative.run(doc, state)]
    assert found == ["worst"]
    assert compiled == []


def test_keyword_search_equals_reading_every_sentence() -> None:
    state = superlative.prepare(RULE.options, LINTER.resources)
    every = state._replace(keys=None)
    texts = [
        "It was the biggest protest ever. The mayor called it historic.",
        "THE BIGGEST EVER DEAL. The Interest rate. Forest fires. Our best-loved hall.",
        "The \u212aelvin-scale record was the highest ever seen; a mo\u017ft iconic day.",
    ]
    for path in sorted((Path(__file__).parents[1] / "examples").iterdir()):
        texts.append(path.read_text(encoding="utf-8"))
    for text in texts:
        doc = document.parse(text, "a.txt")
        assert list(superlative.run(doc, state)) == list(superlative.run(doc, every))


def test_word_lists_have_no_duplicates_and_only_strings() -> None:
    options = yaml.safe_load(RULE_FILE.read_text(encoding="utf-8"))["options"]
    for key, values in options.items():
        assert all(isinstance(v, str) for v in values), key
        twice = [v for v, n in Counter(v.lower() for v in values).items() if n > 1]
        assert not twice, f"{key}: {twice}"


def test_not_superlatives_end_in_est() -> None:
    for word in RULE.options["not_superlatives"]:
        assert word.endswith(("est", "-ever")), word


def test_measurable_and_evaluative_nouns_do_not_overlap() -> None:
    assert not set(RULE.options["measurable_nouns"]) & set(RULE.options["evaluative_nouns"])


def test_quote_reopened_after_a_lost_paragraph_break() -> None:
    """AP style reopens a quotation in each paragraph; copy that lost the breaks keeps the
    reopening mark mid-line: the words after it are still the speaker's."""
    text = (
        'The curator said: "The pieces are fine. "These are the boldest works of the decade,'
        ' and they will sell." The auction is in June.'
    )
    assert lint(text) == []
    spans, _ = quote_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        '"The pieces are fine. ',
        '"These are the boldest works of the decade, and they will sell."',
    ]


def test_first_person_inside_quotes_is_still_the_reporters_sentence() -> None:
    text = 'It was the busiest harbour in decades, and "we loved it", a skipper said later.'
    assert lint(text) == []  # attributed
    text = 'It was the busiest harbour in decades, and "we loved it" too.'
    assert [f.match for f in lint(text)] == ["busiest"]


def test_headline_superlative_without_article() -> None:
    found = LINTER.lint_text("**Council passes harshest budget in a generation**\nBody.\n", "a.txt")
    assert [(f.match, f.data["kind"]) for f in found] == [("harshest", "intensified")]


def test_opinion_and_review_pieces_are_not_the_reporters_claims() -> None:
    body = "The tram is the best thing to happen to the city.\n"
    news = f"---\ntitle: Trams\ntype: news\n---\n\n{body}"
    assert [f.match for f in LINTER.lint_text(news, "a.md")] == ["best"]
    for label in ("opinion", "review", "letters"):
        text = f"---\ntitle: Trams\ntype: {label}\n---\n\n{body}"
        assert LINTER.lint_text(text, "a.md") == [], label


def test_opinion_labels_are_configurable() -> None:
    options: dict[str, Any] = {**ALL_FORMS.options, "opinion_types": ["verdict"]}
    state = superlative.prepare(options, LINTER.resources)
    body = "The tram is the best thing to happen to the city.\n"
    doc = document.parse(f"---\ntitle: Trams\ntype: verdict\n---\n\n{body}", "a.md")
    assert list(superlative.run(doc, state)) == []
    doc = document.parse(f"---\ntitle: Trams\ntype: opinion\n---\n\n{body}", "a.md")
    assert [doc.masked[h.start : h.end] for h in superlative.run(doc, state)] == ["best"]


def test_all_caps_headline_names_are_not_superlatives() -> None:
    found = LINTER.lint_text("HARVEST AND FORREST DEAL SET\n\nBody text here.\n", "a.txt")
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Crews were fearing the worst as the wind rose.",
        "She ran a season's best in the heats.",
        "Managers often play their strongest side for an hour.",
        "The chip is being heralded as revolutionary by engineers.",
        "Shoppers are seen as the most anxious in the region.",
        "He is thought to have signed the richest deal in the sport's history.",
        "The most telling factor was the weather, the board said, adding that sales would recover.",
        "The Warring Hills, a historical epic starring Ana Ruiz, opens the festival.",
    ],
)
def test_more_idioms_and_hedged_sources(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its leading star, Jo Hart, joined in May.",
        "In its most benign form the bug only shows adverts.",
        "The grant helps councils with the most deprived estates.",
        "Hart triumphed as the best supporting actress for the role.",
        "Readers vote Hart best author.",
        "The band was the most heavily tipped act in the survey of ninety-one critics and editors.",
    ],
)
def test_categories_forms_and_surveys(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a size rank that says who is in the news
        "Norvia is the world's largest tin producer and exporter.",
        "The firm is one of the largest lamb and beef producers in the state.",
        "Kestrel will remain the largest supplier to the islands.",
        # a label set off before the name it introduces
        "The league's leading try scorer, Sam Ode, will retire.",
        "Her best-known novel, The Salt Road, sold well.",
        # "a leading ..." describes unless predicated
        "A leading Perth chemist says the tests are sound.",
        # a hypothetical
        "If the side lose again, it will be their worst run of results.",
        # a figure that measures the very thing
        "The boom ended an unprecedented 12-year expansion.",
        # a manner, a group, a cut, a contest's aim, a grade, a nominee list
        "He scored in the most unlucky fashion.",
        "The scheme helps the most vulnerable families.",
        "The best eight players go through to the finals.",
        "The fair was held with the aim of finding the best brass band.",
        "The best crepe grade traded at 20 rupees.",
        "The nominees in the best British blog are below.",
        # the reader addressed: advice or review voice
        "This could be the best purchase you make all year.",
        # "all-time" is a record only before a record noun; a category; a described view
        "The broadcaster came up with the idea for the all-time contest.",
        "Control orders would mean house arrest in the most serious cases.",
        "The union describes this as the most important deal in a decade.",
        "The bloc set itself the target of being the most efficient economy by 2010.",
        # a figure in the main clause measures a superlative in it
        "Telmark, with about two million customers, is the largest such company in the state.",
    ],
)
def test_labels_background_and_frames(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # a verb of change makes the rank news
        ("The merger creates the biggest dairy group in the region.", "biggest"),
        # no comma: the rank is said of the name
        ("Police arrested members of the most important armed group Sendero.", "most important"),
        # the price of the deal does not measure the rank it creates
        (
            "Holt bought Vane for £9m, creating the second-largest brewer in Wales.",
            "second-largest",
        ),
        # a record's figure: in the next sentence only when that goes on about the record
        ("Wool prices hit record levels. Growers had a wet spring; 40 farms closed.", "record"),
        # the next sentence must go on about the same thing
        (
            "Lindholm is the wealthiest district in the region. Nearby, 9,000 people sleep rough.",
            "wealthiest",
        ),
        # a cue covers its own clause, not the next one
        ("Critics called her bold, and her film is the best debut of the year.", "best"),
        # "in so far as" is not "so far"
        ("It was the greatest rift, in so far as there is one.", "greatest"),
    ],
)
def test_frames_that_still_claim(text: str, match: str) -> None:
    assert [f.match for f in lint(text)] == [match]


def test_headline_summed_up_by_a_supported_sentence() -> None:
    story = "Divers find oldest wreck in the bay\n\nThe hull is the oldest yet found, the museum said.\n"
    assert [f for f in LINTER.lint_text(story, "a.txt") if f.rule == "superlative"] == []
    alone = "Divers find oldest wreck in the bay\n\nThe hull was raised on Monday.\n"
    found = [f.match for f in LINTER.lint_text(alone, "a.txt") if f.rule == "superlative"]
    assert found == ["oldest"]


def test_severity_by_form() -> None:
    text = (
        "It was a historic vote. It was the biggest protest ever seen. "
        "The mayor is the most famous man in town. The depot is the largest in the county."
    )
    got = {(f.match, f.data["form"], f.severity.name.lower()) for f in lint(text)}
    assert got == {
        ("historic", "hype", "warning"),
        ("biggest", "intensified", "warning"),
        ("most famous", "evaluative", "info"),
        ("largest", "measurable", "info"),
    }


def test_unknown_form_in_severity_map_is_an_option_error() -> None:
    options: dict[str, Any] = {**RULE.options, "severity_map": {"fame": "info"}}
    with pytest.raises(OptionError, match="unknown form 'fame'"):
        superlative.prepare(options, LINTER.resources)


def default_forms(text: str) -> list[tuple[str, str, str]]:
    found = DEFAULT_LINTER.lint_text(f"**Head line**\n{text}\n", "a.txt")
    return [(f.match, f.data["form"], f.severity.label) for f in found if f.rule == "superlative"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council signed a historic pact.", [("historic", "hype", "warning")]),
        # a hedge softens a rank, not a hype word
        ("By nightfall the vote looked historic.", [("historic", "hype", "warning")]),
        ("Oslo look the most potent side in the league.", []),
        ("It was the toughest race she has ever run.", [("toughest", "intensified", "warning")]),
        ("The town faces the largest default ever.", [("largest", "intensified", "warning")]),
        # "could be" weighs a prospect, it does not give an impression: still a claim
        (
            "The port could face the largest default ever.",
            [("largest", "intensified", "warning")],
        ),
        # a judgement set against a period, or against all before it, is intensified
        (
            "It was the most sweeping reform in decades.",
            [("most sweeping", "intensified", "warning")],
        ),
        (
            "It is the most ambitious plan the council has made.",
            [("most ambitious", "intensified", "warning")],
        ),
        # off by default: judgements, records, colour, plain ranks, reputations, epithets,
        # size ranks
        ("It is one of the most powerful unions.", []),
        ("Rents reached record levels.", []),
        ("The striker scored a stunning goal.", []),
        # a hype word naming a dated event or a milestone describes it
        ("Labour won the historic 1997 election.", []),
        ("Her 1996 crossing came with an unprecedented sweep of the stages.", []),
        ("The 1971 treaty between the two ports was a historic one.", []),
        # a year after "since" or "by" does not date what the hype word rates
        (
            "Since 1998 the council had refused; now it signed a historic pact.",
            [("historic", "hype", "warning")],
        ),
        # a stated precedent explains it (form explained, off by default)
        ("For the first time since 1998, the council signed a historic pact.", []),
        ("By 2010 the town had won a landmark ruling.", [("landmark", "hype", "warning")]),
        ("Sato won his landmark 50th cap.", []),
        ("Rowe is the best striker in the team.", []),
        ("She is the most famous painter in the town.", []),
        ("The legendary coach retired.", []),
        ("It is the largest depot in the county.", []),
        # a period narrows the claim to the form of the rank itself
        ("The band played their biggest gig to date.", []),
        ("It was the most crucial vote in the party's recent history.", []),
        ("The aid effort is unprecedented in recent years.", []),
        ("Okoro was one of the finest full-backs ever to play for the county.", []),
        ("He scored in the county's historic win.", []),
        ("The region has suffered its most serious floods in a decade.", []),
        # two hype words in a pair are still hype
        (
            "The council reached an unprecedented and historic deal.",
            [("unprecedented", "hype", "warning"), ("historic", "hype", "warning")],
        ),
        # a contraction of "is" is no possessive: the hype word is the reporter's claim
        ("It's historic.", [("historic", "hype", "warning")]),
        ("That’s unprecedented.", [("unprecedented", "hype", "warning")]),
        (
            "What's unprecedented is the scale of the aid effort.",
            [("unprecedented", "hype", "warning")],
        ),
        ("Here's a landmark ruling for tenants.", [("landmark", "hype", "warning")]),
        # a forecast given as what is expected is the forecasters', not the reporter's
        ("The final is expected to draw the biggest crowd ever seen at the ground.", []),
        (
            "The final drew the biggest crowd ever seen at the ground.",
            [("biggest", "intensified", "warning")],
        ),
        # what was expected is no forecast, and a bare "but" opens a clause of its own
        (
            "The final was expected to be close but Rovers won by the biggest margin ever.",
            [("biggest", "intensified", "warning")],
        ),
        (
            "The final is expected to be close but Rovers won by the biggest margin ever.",
            [("biggest", "intensified", "warning")],
        ),
        (
            "The rise was expected to be small yet it was the biggest ever seen.",
            [("biggest ever", "intensified", "warning")],
        ),
        # "but" in a phrase does not end the forecast's clause
        ("The final is expected to draw a big but the biggest ever crowd.", []),
    ],
)
def test_default_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert default_forms(text) == expected


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("The legendary coach retired.", "epithet"),
        ("The aid effort is unprecedented in recent years.", "evaluative"),
        ("It was the most sweeping reform in decades.", "intensified"),
        ("It is one of the most powerful unions.", "judgement"),
        ("She is the most famous painter in the town.", "evaluative"),
        ("It is the most closely watched race.", "measurable"),
        ("Lisbon is the firm's second most important market.", "evaluative"),
        ("It is the most ambitious plan of the year.", "judgement"),
        # kept to the recent past, a judgement stays a judgement
        ("It was the most crucial vote in the party's recent history.", "judgement"),
        ("It is the most ambitious scheme to date.", "judgement"),
        ("It was the most crucial vote in the party's history.", "intensified"),
        # a class the subject is one of, not a rank it holds
        ("Okoro was one of the finest full-backs ever to play for the county.", "class"),
        ("It is among the biggest floods on record.", "class"),
        ("She made many of the groundbreaking films of the 1970s.", "class"),
        # a hype word after a possessive rates what its owner is known for; one of a pair
        # of adjectives is colour
        ("He scored in the county's historic win.", "epithet"),
        ("Their momentous victory lifted the squad.", "epithet"),
        ("The prize rewards bold and groundbreaking theatre.", "epithet"),
        ("Lee won a historic, but scrappy, final.", "epithet"),
        ("The council reached a historic deal.", "hype"),
        # a possessive sets a period against the owner's own past: a judgement
        ("The region has suffered its most serious floods in a decade.", "judgement"),
        ("It was the most serious flood in a decade.", "intensified"),
    ],
)
def test_form_of_a_finding(text: str, form: str) -> None:
    assert [f.data["form"] for f in lint(text)] == [form]


@pytest.mark.parametrize(
    "text",
    [
        # the record's figure after it in its clause, or before it when it is set off
        "The euro rose to an all-time high against the dollar at $1.41.",
        "Turnout was 71,200, an all-time record for the ground.",
        "Exports hit 4.1bn (£3bn), an all-time record.",
        "Growers got the highest ever price of 92 cents a kilo.",
        # set off with a possessive or a degree adverb before it
        "Exports reached $4.1bn, the country's highest ever.",
        "The show cost $9m - far and away Norvia's biggest production ever.",
        # in the next sentence when that goes on about it, across a paragraph break too
        "Shares rose to a record high.\n\nThe index closed at 2,310 points.",
        "The krona touched an all-time low. By noon the krona was at 9.1 to the euro.",
        "Malware is reaching unprecedented numbers. Some 90,000 malware programs now circulate.",
        # "most X-ever" is "most X" with its intensifier: a record of amount, with its figure
        "Two rowers will race in the most lucrative-ever regatta.\n\n"
        "The regatta offers $2m in prize money.",
        # the same record given again in the article with its figure
        "Grain stocks fell to record lows.\n\nTraders blamed the drought.\n\n"
        "Stocks hit a record low of 1.2m tonnes in May.",
        # an ordinal after a record word is its measure
        "She began an unprecedented fifth term in May.",
        # hedged, negated, defined
        "It is arguably the biggest test of her career.",
        "Vane is probably the most gifted forward the club has ever signed.",
        "Oslo look the most potent side in the league.",
        "There were few groundbreaking announcements at the fair.",
        "The most exposed are those who rent.",
        "The most important ones are those marked urgent.",
    ],
)
def test_records_and_frames_not_reported(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # a figure in a later clause, or of someone else, does not measure the record
        ("The final was the biggest ever, though only 8,000 fans came.", "biggest ever"),
        ("Dana Reyes, 19, became the youngest mayor in the state's history.", "youngest"),
        ("Rana Obi, 19, became Norvia's youngest mayor ever.", "youngest"),
        ("It was the deadliest flood in living memory. Three people died.", "deadliest"),
        # a record of something else, given later with its figure, does not support it
        ("Rents reached record levels.\n\nPrices hit a record high of $90.", "record"),
        # without its figure, "most X-ever" is an intensified record like "biggest-ever"
        ("Two rowers will race in the most lucrative-ever regatta.", "most lucrative-ever"),
        # "unprecedented" says never before: a figure of size does not support it
        ("The team was unprecedented, with 400 people named.", "unprecedented"),
    ],
)
def test_records_still_reported(text: str, match: str) -> None:
    assert [f.match for f in lint(text)] == [match]


def test_unknown_form_in_forms_is_an_option_error() -> None:
    options: dict[str, Any] = {**RULE.options, "forms": ["hype", "fame"]}
    with pytest.raises(OptionError, match="unknown form 'fame'"):
        superlative.prepare(options, LINTER.resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the most ambitious plan the council has made.", "the council has made"),
        ("It was the biggest crowd they had drawn.", "they had drawn"),
        ("She is the finest bowler Harlow United have fielded.", "United have fielded"),
        # a clause with its own relative pronoun, or one that does not follow the noun
        ("The biggest bank, which has grown fast, fell.", None),
        ("The biggest rise in prices has been in the north.", None),
        ("Among the most popular guests, he has since left.", None),
    ],
)
def test_a_perfect_relative_clause_intensifies(text: str, expected: str | None) -> None:
    found = lint(text)
    assert [f.data.get("intensifier") for f in found if "intensifier" in f.data] == (
        [expected] if expected else []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer speaks as "I" elsewhere in the piece: a column, the writer's view
        (
            "It was the hardest climb she has ever made.\n\n"
            "I spoke to her coach before the stage and he was nervous.",
            [],
        ),
        ("It was the hardest climb she has ever made.\n\nFor me, the ride of the year.", []),
        # an "I" inside quotation marks is the speaker's, also over several sentences
        (
            'It was the hardest climb she has ever made.\n\n"It hurt. I was '
            'empty. My legs went," she said.',
            ["hardest"],
        ),
        # a sentence with quotation marks may have lost some: its "I" is not the writer's
        (
            'It was the hardest climb she has ever made.\n\nShe said: I was empty" and left.',
            ["hardest"],
        ),
        # a title or a regnal number is not the writer
        (
            "It was the hardest climb she has ever made.\n\n"
            "She trained to My Way and read about World War I in the evenings.",
            ["hardest"],
        ),
    ],
)
def test_a_first_person_piece_is_the_writers_view(text: str, expected: list[str]) -> None:
    assert [f.match for f in lint(text)] == expected


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a record whose figure the article gives: before it in its sentence, or beside what
        # it ranks in another sentence
        ("The deficit, up 12% at $40bn, was the largest ever recorded.", "figured"),
        (
            "Acme agreed a $2bn deal with Borex.\n\n"
            "The merger will be the country's largest-ever takeover deal.",
            "figured",
        ),
        (
            "Organisers of the summit, which opens today, expect the two sides to meet.\n\n"
            "It is the biggest summit the world has ever seen.",
            "intensified",
        ),
        # a hype word or record whose article states the precedent
        ("Rivals signed an historic accord after two decades of war.", "explained"),
        ("The council signed a historic pact, the first in its history.", "explained"),
        (
            "The town hosts an historic conference today. "
            "The conference marks the centenary of the first one.",
            "explained",
        ),
        (
            "The groundbreaking Zeta 9 console is back.\n\n"
            "The Zeta 9 was one of the first home consoles.",
            "explained",
        ),
        ("The force is part of a landmark accord, signed on March 3 in Geneva.", "explained"),
        ("The council signed a historic pact. Its first meeting is in May.", "hype"),
        # "first" as a mere ordinal states no precedent
        (
            "In the first half, Rovers produced the greatest comeback in the club's history.",
            "intensified",
        ),
        ("The first-quarter loss was the biggest ever for the company.", "intensified"),
        ("The minister, who took office in the first week of May, signed a landmark law.", "hype"),
        ("The first half of the final produced the greatest comeback in history.", "intensified"),
        ("She became the first woman to win a landmark ruling.", "explained"),
        ("It was the first deal of its kind, a landmark one.", "explained"),
        (
            "The move is the biggest shake-up in the history of the fair, which was first held"
            " in 1921 and has always been in May.",
            "explained",
        ),
        ("The council signed a historic pact.", "hype"),
    ],
)
def test_supported_elsewhere_in_the_article(text: str, form: str) -> None:
    assert [f.data["form"] for f in lint(text)] == [form]


def test_a_headline_hype_word_explained_by_the_opening() -> None:
    text = (
        "Runner banned in landmark case\n\n"
        "A runner was banned for eight years on Monday.\n\n"
        "She is the first athlete banned without a positive test.\n"
    )

    def forms(copy: str) -> list[str]:
        found = LINTER.lint_text(copy, "a.md")
        return [f.data["form"] for f in found if f.rule == "superlative"]

    assert forms(text) == ["explained"]
    assert forms(text.replace("the first athlete", "an athlete")) == ["hype"]
    # a sentence that opens with "First" (in order) states no precedent
    assert forms("Historic deal signed\n\nFirst the mayor spoke. Then the deal was signed.\n") == [
        "hype"
    ]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # the figure in the sentence after one that names what the record ranks, when that
        # sentence goes on about it with a pronoun
        (
            "The Zeta index of online job notices fell again.\n\n"
            "It has dropped 14 per cent since May.\n\n"
            "The Zeta index is now the lowest it has ever been.",
            "figured",
        ),
        (
            "The pair ran clear in a thrilling finish.\n\n"
            "The pair won in two hours.\n\n"
            "It was the closest finish in the race's history.",
            "intensified",
        ),
        # a figure that does not measure what the record ranks does not support it
        (
            "The pair ran clear in a thrilling finish.\n\n"
            "They won in two hours.\n\n"
            "It was the closest finish in the race's history.",
            "intensified",
        ),
        (
            "The Zeta index of online job notices fell again.\n\n"
            "Its compilers employ 40 staff.\n\n"
            "The Zeta index is now the lowest it has ever been.",
            "intensified",
        ),
        (
            "The Zeta index of online job notices fell again.\n\n"
            "It stood at 14 in May.\n\n"
            "The Zeta index is now the lowest it has ever been.",
            "figured",
        ),
        # a class the sentence says something of all of
        ("The most popular bands in the history of rock all have a good drummer.", "class"),
        ("The most popular band in the history of rock has a good drummer.", "intensified"),
    ],
)
def test_figures_by_a_pronoun_and_classes_of_all(text: str, form: str) -> None:
    assert [f.data["form"] for f in lint(text)] == [form]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("england's", True),
        ("clubs'", True),
        ("club’s", True),
        ("it's", False),
        ("that’s", False),
        ("what's", False),
        ("who's", False),
        ("here’s", False),
        ("'s", False),
    ],
)
def test_a_contraction_is_not_a_possessive(word: str, expected: bool) -> None:
    from newslint.checks import superlative_words

    lex = superlative_words.lexicon(RULE.options)
    assert superlative_words.possessive(word, lex) is expected


@pytest.mark.parametrize(
    "key",
    sorted({key for keys in superlative_support.PATTERNS.values() for key in keys}),
)
def test_every_support_pattern_is_compiled_before_a_run(
    key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each option a support pattern is compiled from is checked when the rule is prepared,
    not when an article first needs it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    options = {**RULE.options, key: [*RULE.options[key], "(?:unclosed"]}
    with pytest.raises(OptionError) as raised:
        superlative_support.support(options)
    assert raised.value.key == key


def test_support_patterns_are_listed_once() -> None:
    """compile_all compiles every pattern field of Support: PATTERNS is read from them."""
    import re

    sup = superlative_support.Support(RULE.options)
    fields = {n for n in vars(superlative_support.Support) if not n.startswith("_")}
    patterns = {n for n in fields if isinstance(getattr(sup, n), re.Pattern)}
    assert patterns == set(superlative_support.PATTERNS)
    assert sup.compile_all()
