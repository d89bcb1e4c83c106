"""Focused tests for each editorial check, on short articles built for one behaviour each."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newslint.config import default_config
from newslint.findings import Finding, Severity
from newslint.linter import Linter

CONFIG = default_config()
_LINTERS: dict[str, Linter] = {}
LONG = "The council met on Tuesday evening to discuss the budget and the new library plans"


def lint(rule: str, text: str, path: str = "a.txt") -> list[Finding]:
    if rule not in _LINTERS:
        _LINTERS[rule] = Linter(CONFIG.select([rule]))
    return [f for f in _LINTERS[rule].lint_text(text, path) if f.rule == rule]


class TestDuplicateParagraph:
    def test_exact_copy_reported_at_later_copy_with_related(self) -> None:
        text = f"**Head**\n{LONG}.\nSomething else entirely happened later that night.\n{LONG}.\n"
        [f] = lint("duplicate-paragraph", text)
        assert (f.line, f.column, f.related[0].line) == (4, 1, 2)
        assert f.fix is not None and f.fix_safe

    def test_case_quotes_dashes_and_wrapping_do_not_matter(self) -> None:
        a = "“The plan — which is new — is good,” the mayor said on Tuesday to the council members."
        b = '"the plan - which is new - is good," the mayor said on Tuesday\nto the council members.'
        [f] = lint("duplicate-paragraph", f"# Head\n\n{a}\n\nMiddle paragraph.\n\n{b}\n", "a.md")
        assert f.line == 7 and f.data["exact"]

    def test_near_copy_has_no_fix(self) -> None:
        a = f"{LONG} after a long delay caused by the storm."
        b = f"{LONG} after a short delay caused by the heavy storm."
        [f] = lint("duplicate-paragraph", f"**Head**\n{a}\nOther text here.\n{b}\n")
        assert f.line == 4 and f.fix is None and "nearly repeats" in f.message

    def test_boilerplate_and_short_lines_are_not_duplicates(self) -> None:
        text = "**Head**\nAdvertisement\nStory continues below advertisement\nReporting by Jo Smith; Editing by Al Lee\nText.\nAdvertisement\nStory continues below advertisement\nReporting by Jo Smith; Editing by Al Lee\n"
        assert lint("duplicate-paragraph", text) == []

    def test_parallel_market_sentences_are_not_duplicates(self) -> None:
        text = (
            "**Head**\nThe S&P 500 rose 0.4% after the announcement, and the Dow Jones Industrial Average gained 0.3%.\n"
            "The Nasdaq Composite rose 0.6% after the announcement, and the Russell 2000 index of smaller companies gained 0.2%.\n"
        )
        assert lint("duplicate-paragraph", text) == []

    def test_five_thousand_paragraphs_stay_fast(self) -> None:
        import time

        paras = [
            f"Paragraph {i} tells of event {i * 7} in district {i % 97} with detail {i * 13}."
            for i in range(5000)
        ]
        t = time.perf_counter()
        assert lint("duplicate-paragraph", "\n\n".join(paras), "a.md") == []
        assert time.perf_counter() - t < 20  # a safety net, not a benchmark (see bench/)


class TestRepeatedHeadline:
    def test_bold_repeat(self) -> None:
        text = "**Storm closes schools across the county**\n\n**Storm closes schools across the county**\nBody text here.\n"
        [f] = lint("repeated-headline", text)
        assert (f.line, f.related[0].line) == (3, 1)

    def test_title_repeated_as_heading_only_if_near(self) -> None:
        fm = '---\ntitle: "Storm closes schools across the county"\n---\n\n'
        assert lint(
            "repeated-headline",
            fm + "# Storm closes all schools across the county\n\nBody.\n",
            "a.md",
        )
        assert not lint(
            "repeated-headline",
            fm + "# Winter storm shuts county schools for two days\n\nBody.\n",
            "a.md",
        )

    def test_related_line_is_not_a_repeat(self) -> None:
        text = (
            "**Judge denies request to dismiss charges against protest organizers**\nBody text.\n"
            "Related: Judge weighs request to dismiss charges against port protesters\n"
        )
        assert lint("repeated-headline", text) == []

    def test_all_caps_repeat_counts(self) -> None:
        assert lint("repeated-headline", "**Storm closes schools**\nText.\nSTORM CLOSES SCHOOLS\n")


class TestEntitySpelling:
    @pytest.mark.parametrize(
        ("text", "match", "suggestion"),
        [
            ("Secretary of State Marc Rubio spoke.", "Marc Rubio", "Marco Rubio"),
            ("Secretary of State Marco Rubbio spoke.", "Marco Rubbio", "Marco Rubio"),
            ("President Nayib Bukle spoke.", "Nayib Bukle", "Nayib Bukele"),
            ("Chancellor Friedrich Mertz spoke.", "Friedrich Mertz", "Friedrich Merz"),
            ("Ukraine's Vladimir Zelensky spoke.", "Vladimir Zelensky", "Volodymyr Zelensky"),
            ("President Xi Jingping spoke.", "Xi Jingping", "Xi Jinping"),
            ("MARC RUBIO SAYS TALKS WILL GO ON", "MARC RUBIO", "Marco Rubio"),
            ('"I met Marc Rubio," she said.', "Marc Rubio", "Marco Rubio"),
        ],
    )
    def test_misspellings(self, text: str, match: str, suggestion: str) -> None:
        [f] = lint("entity-spelling", f"**Head**\n{text}\n")
        assert (f.match, f.suggestions) == (match, (suggestion,))
        assert f.severity == Severity.ERROR

    def test_missing_accents_is_a_warning_with_kind(self) -> None:
        text = "**Head**\nPresident Luiz Inacio Lula da Silva spoke in Belém.\n"
        [f] = lint("entity-spelling", text)
        assert f.match == "Luiz Inacio Lula da Silva" and f.severity == Severity.WARNING
        assert f.data["kind"] == "diacritic" and "missing the accents" in f.message

    @pytest.mark.parametrize(
        "text",
        [
            "Marco Rubio's office and Bukele’s spokesman, Rubio, and Nayib Bukele met.",
            "Kim Jong Un and Kim Yo Jong; Donald Trump and Donald Trump Jr. and Eric Trump.",
            "Maria Lopez, Pedro Almeida, Donald Kaya and Claudia Ferris are residents.",
            "Delegates at the World Trade Organization met the Labor Party.",
            "South Korean officials met South Korea's president. Venezuelan and Venezuela.",
            "Volodymyr Zelenskyy and Lula spoke in BELÉM.",
        ],
    )
    def test_traps(self, text: str) -> None:
        assert lint("entity-spelling", f"**Head**\n{text}\n") == []

    def test_same_name_two_ways_without_a_list(self) -> None:
        text = "**Head**\nMayor Jolanta Wierzbicka spoke. Wierzbicka said no. Later Jolanta Wierzbicka left and Jolanta Wierzbicki returned.\n"
        [f] = lint("entity-spelling", text)
        assert f.match == "Jolanta Wierzbicki" and f.suggestions == ("Jolanta Wierzbicka",)

    @pytest.mark.parametrize("order", [("Qaxum", "Qexom"), ("Qexom", "Qaxum")])
    def test_a_tie_between_two_spellings_suggests_the_first_seen(
        self, order: tuple[str, str]
    ) -> None:
        """A rare spelling as near to two others that are equally common is taken for the one
        the article uses first, whatever the process's string hashing (it once depended on the
        order of a set)."""
        a, b = order
        text = (
            f"**Head**\nZorbulan {a} spoke. Zorbulan {b} replied. Zorbulan {a} left and "
            f"Zorbulan {b} stayed. Later Zorbulan Qexum arrived.\n"
        )
        [f] = lint("entity-spelling", text)  # the two common ones are two letters apart
        assert f.match == "Zorbulan Qexum" and f.suggestions == (f"Zorbulan {a}",)
        code = (
            "from newslint import lint_text\n"
            f"print([f.suggestions for f in lint_text({text!r}) if f.rule == 'entity-spelling'])"
        )
        from subprocesses import outputs_across_hash_seeds

        assert outputs_across_hash_seeds(code) == {f"[('Zorbulan {a}',)]\n"}

    def test_a_name_written_with_a_combining_accent_pairs_with_its_slip(self) -> None:
        """Spellings are compared as the article's name scan reads them: a combining accent is
        part of its word (once, names were re-read with re, which split "Bjo\u0308rk" in two
        and never paired it)."""
        text = (
            "**Head**\nBjo\u0308rk Tanvald spoke. Later Bjo\u0308rk Tanvald left. "
            "Then Bjork Tanvlad returned.\n"
        )
        [f] = lint("entity-spelling", text)
        assert f.match == "Bjork Tanvlad" and f.suggestions == ("Bjo\u0308rk Tanvald",)

    def test_sic_suppresses(self) -> None:
        assert (
            lint("entity-spelling", "**Head**\nThe leaflet quoted Marc Rubio [sic] twice.\n") == []
        )

    def test_flat_cost_index(self, tmp_path: Path) -> None:
        from newslint.entities import Entity, EntityIndex

        index = EntityIndex(Entity(f"Person{i} Surname{i}") for i in range(20000))
        assert len(index.sharing_token(("person5", "surname6"), 0)) == 1


class TestSuperlative:
    @pytest.mark.parametrize(
        ("text", "match"),
        [
            ("In a historic turn of events, the swap began.", "historic"),
            ("It was the greatest comeback in the club’s history.", "greatest"),
            ("The vote is the most sweeping revision in decades.", "most sweeping"),
            ("It was the biggest ever deal for the port.", "biggest ever"),
            ("Forecasters expect the worst storm ever.", "worst"),
        ],
    )
    def test_flagged(self, text: str, match: str) -> None:
        [f] = lint("superlative", f"**Head line**\n{text}\n")
        assert f.match == match

    @pytest.mark.parametrize(
        "text",
        [
            '"This is historic," the mayor said.',
            "“This is the biggest mistake,” she said.",
            "It was the wettest June on record, according to the weather service.",
            "Unemployment hit its highest level in a decade, the Labor Department said.",
            "The protest over the forest drew an honest request and an arrest.",
            "Most economists expect the latest data to show modest gains. Police said most left.",
            "The town was historically poor.",
            "The administration has portrayed itself as a crucial ally.",
        ],
    )
    def test_not_flagged(self, text: str) -> None:
        assert lint("superlative", f"**Head line**\n{text}\n") == []

    def test_headlines_count(self) -> None:
        [f] = lint("superlative", "**Historic deal reached on trade**\nBody.\n")
        assert f.line == 1


class TestReadability:
    def test_headline_dek_byline_stay_sentences_of_their_own(self) -> None:
        body = "Schools closed on Monday. Roads were icy. " * 20
        text = (
            "**Storm closes schools across the county as forecasters warn of more snow**\n**Officials urge residents to stay home and check on neighbors**\nBy Jo Smith, Staff Writer\n"
            + body
        )
        assert lint("readability", text) == []
        assert lint("long-sentence", text) == []

    def test_hard_article(self) -> None:
        body = (
            "Interdepartmental coordination necessitates comprehensive institutional restructuring considerations. "
            * 30
        )
        [f] = lint("readability", "**Head**\n" + body)
        assert f.line == 2 and "grade" in f.message and f.data["grade"] > 18
        assert f.data["paragraph_sentences"] == 30 and "syllables a word" in f.message

    def test_reported_at_the_hardest_paragraph(self) -> None:
        easy = "Schools closed on Monday. Roads were icy and the buses stopped."
        hard = (
            "Interdepartmental coordination necessitates comprehensive institutional "
            "restructuring considerations notwithstanding organizational resistance. " * 14
        )
        [f] = lint("readability", f"**Head**\n\n{easy}\n\n{hard}\n\n{easy}\n")
        assert f.line == 5 and f.data["paragraph_grade"] > f.data["grade"]

    def test_short_articles_are_not_scored(self) -> None:
        """Under 150 words one sentence moves the grade by points: such articles are not scored."""
        hard = "Interdepartmental coordination necessitates comprehensive institutional restructuring considerations. "
        assert lint("readability", "**Head**\n" + hard * 20) == []  # 141 words
        assert lint("readability", "**Head**\n" + hard * 22) != []  # 155 words

    def test_long_sentence_and_paragraph(self) -> None:
        long_sentence = "word " * 50 + "end."
        [f] = lint("long-sentence", f"**Head**\nShort one. {long_sentence}\n")
        assert (f.line, f.column) == (2, 12) and f.data["words"] == 51
        para = "This is a sentence. " * 12
        [p] = lint("long-paragraph", f"**Head**\n{para}\n")
        assert p.data["sentences"] == 12
        assert lint("long-paragraph", "**Head**\n" + "This is a sentence. " * 8 + "\n") == []

    def test_quoted_words_are_the_speakers(self) -> None:
        """Only the reporter's words count: 25 of them before a 27-word quotation pass, unless
        the rule is told to count quotations too."""
        own = "The mayor, speaking at a packed meeting of the council on Tuesday night after the vote on the budget for the coming year, told residents"
        quote = '"we will keep every library open and every pool heated, and we will pay for it by cutting what the city spends on consultants and on cars."'
        text = f"**Head**\n{own}: {quote}\n"
        assert lint("long-sentence", text) == []
        selected = CONFIG.select(["long-sentence"])
        rule = selected.rules["long-sentence"].with_overrides(None, {"quotes": "check"}, True)
        counting = Linter(replace(selected, rules={"long-sentence": rule}))
        [f] = [f for f in counting.lint_text(text, "a.txt") if f.rule == "long-sentence"]
        assert f.data["words"] == f.data["own_words"] == 52

    def test_off_by_default(self) -> None:
        assert not CONFIG.rules["long-sentence"].enabled

    @pytest.mark.parametrize(
        "path",
        [
            *sorted((Path(__file__).parents[1] / "examples").iterdir()),
            *sorted((Path(__file__).parents[2] / "shared" / "devset").glob("dev-*.*")),
        ],
        ids=lambda p: p.name,
    )
    def test_paragraph_words_are_its_sentences_words(self, path: Path) -> None:
        """A paragraph's words (long-paragraph) are the sum of its sentences' (long-sentence)."""
        from newslint import document
        from newslint.checks.readability import sentence_words
        from newslint.text import count_words

        doc = document.parse(path.read_text(encoding="utf-8"), path.name)
        per_block: dict[int, int] = {}
        for s, n in zip(doc.sentences, sentence_words(doc), strict=True):
            per_block[s.block.start] = per_block.get(s.block.start, 0) + n
        for block in doc.prose_blocks():
            if block.kind != "table":
                expected = count_words(doc.masked[block.start : block.end])
                assert per_block.get(block.start, 0) == expected, block


class TestHouseRules:
    def test_substitution_fix_and_quotes(self) -> None:
        [f] = lint("place-names", "**Head**\nDrones struck Kiev. The Kievan Rus is old.\n")
        assert f.suggestions == ("Kyiv",) and f.fix is not None and f.fix.text == "Kyiv"

    def test_existence_off_by_default_and_quote_policy(self) -> None:
        assert not CONFIG.rules["cliches"].enabled
        assert lint("cliches", "**Head**\nThe move sparked outrage.\n")
        assert not lint("cliches", '**Head**\n"It sparked outrage," he said.\n')
