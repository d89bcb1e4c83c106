"""Block kinds: each kind from sample texts written for these tests, and the API checks use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newslint import model
from newslint.api import lint_text
from newslint.classify import quotation
from newslint.config import load_config
from newslint.document import parse
from newslint.yamlutil import ConfigError


def kinds(text: str, path: str = "a.txt") -> list[tuple[str, str]]:
    doc = parse(text, path)
    return [(b.kind, " ".join(doc.source[b.start : b.end].split())) for b in doc.blocks]


def kind_of(text: str, line: str, path: str = "a.txt") -> str:
    found = [k for k, t in kinds(text, path) if t == line]
    assert found, f"no block {line!r} in {kinds(text, path)}"
    return found[0]


LEDE = (
    "The town council voted on Tuesday to close the old library, after a debate that lasted "
    "most of the evening and drew a crowd of residents."
)

EARNINGS = """MAPLE TOOL CO <MPT> 2ND QTR NET

Shr 41 cts vs 37 cts

Net 1,204,000 vs 1,101,500

Revs 18.4 mln vs 17.9 mln

Avg shrs 2.9 mln vs 2.9 mln

Six mths

Shr 80 cts vs 71 cts

Avg shrs 2.9 mln vs 2.9 mln
"""


class TestKinds:
    def test_earnings_brief_is_data_under_its_headline(self) -> None:
        found = kinds(EARNINGS)
        assert found[0] == ("headline", "MAPLE TOOL CO <MPT> 2ND QTR NET")
        assert {k for k, _ in found[1:]} == {"data"}  # "Six mths" too: a label between rows

    @pytest.mark.parametrize(
        "line",
        [
            "Qtly div 12 cts vs 12 cts prior",
            "Oper shr profit 9 cts vs loss three cts",
            "Max 24C Min 13C rain 4mm",
            "Harvested acres 1.21 1.19 1.30 1.28 Yield 5,012 4,988",
        ],
    )
    def test_data_lines(self, line: str) -> None:
        assert kind_of(f"{LEDE}\n\n{line}\n\n{LEDE} Again.\n", line) == "data"

    def test_dates_among_data_are_data(self) -> None:
        text = f"{LEDE}\n\nQtly div 12 cts vs 12 cts prior\n\nPay June 1\n\nRecord May 20\n"
        assert [k for k, _ in kinds(text)][1:] == ["data", "data", "data"]

    @pytest.mark.parametrize(
        "line",
        [
            "Revenue rose 4% to $2.1bn in the three months to June, from $2.0bn a year earlier.",
            "The club has won 12 of its last 15 games, and lost only once at home since May.",
            "Lee won 6-2 7-6 (7-1) 7-6 (7-5) to give the hosts a 3-1 lead with only one of the "
            "singles left to play, and the visitors said they were proud of the fight.",
        ],
    )
    def test_prose_with_figures_is_prose(self, line: str) -> None:
        assert kind_of(f"{LEDE}\n\n{line}\n", line) == "prose"

    def test_markdown_table_and_list_and_quote(self) -> None:
        text = (
            "# Budget passes\n\n"
            f"{LEDE}\n\n"
            "| Ward | Votes |\n|---|---|\n| North | 1,204 |\n\n"
            "- The library closes in March.\n- Its books go to the school.\n\n"
            "> We were never asked, one resident wrote to the council.\n"
        )
        got = [k for k, _ in kinds(text, "a.md")]
        assert got == ["headline", "prose", "table", "list", "list", "quote"]

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Reporting by Ana Ruiz; Editing by Tom Hale", "footer"),
            ("(Additional reporting by Li Wen)", "footer"),
            ("Advertisement", "boilerplate"),
            ("Sign up for our morning newsletter", "boilerplate"),
            ("Related: Council weighs library cuts", "links"),
            ("Read more: How the vote unfolded", "links"),
            ("Photo: Residents outside the library on Tuesday (Jo Lee)", "caption"),
            ("Note - Figures are provisional and may not add up.", "note"),
            ("Source: Office for National Statistics", "note"),
            ("- Second reading: Thursday", "list"),
            ("K Adams; P Brown, T Clarke, D Evans, M Ford; S Gray, R Hill", "list"),
        ],
    )
    def test_kinds_by_shape(self, line: str, kind: str) -> None:
        assert kind_of(f"{LEDE}\n\n{line}\n\n{LEDE} Again.\n", line) == kind

    def test_markdown_image_line_and_link_list(self) -> None:
        text = (
            f"# Library closes\n\n{LEDE}\n\n"
            "![The reading room](room.jpg)\n\n"
            "[Council agenda](https://example.org/a)\n[Minutes](https://example.org/m)\n"
        )
        got = [k for k, _ in kinds(text, "a.md")]
        assert got == ["headline", "prose", "caption", "links"]

    def test_top_of_article(self) -> None:
        text = (
            "Library to close after 90 years\n\n"
            "Council cites falling visits and repair bills\n\n"
            "By Jo Smith\n\n"
            "SPRINGFIELD, March 4 (Reuters) -\n\n"
            f"{LEDE}\n"
        )
        assert [k for k, _ in kinds(text)] == ["headline", "dek", "byline", "dateline", "prose"]

    def test_a_sentence_starting_with_by_is_prose(self) -> None:
        text = f"Library closes\n\n{LEDE}\n\nBy nightfall the hall was empty\n"
        assert kind_of(text, "By nightfall the hall was empty") == "prose"

    def test_ranked_lines_are_a_list(self) -> None:
        text = f"Seeds\n\n{LEDE}\n\n1 Ana Lopez (Spain)\n\n2 Mia Berg (Norway)\n"
        assert [k for k, _ in kinds(text)][2:] == ["list", "list"]

    def test_a_brief_under_its_headline_is_data_not_dek_or_dateline(self) -> None:
        """A dividend brief's lines sit where a dek and a dateline would: they are data."""
        text = (
            "ACME FUNDS TRUST DIVIDEND RAISED\n\n"
            "Semi-annual div from income of 4.1 cts vs 2.0 cts in prior period\n\n"
            "Payable April 27\n\nRecord March 30\n"
        )
        assert [k for k, _ in kinds(text)] == ["headline", "data", "data", "data"]

    @pytest.mark.parametrize(
        ("block", "kind"),
        [
            (
                "Item        2024     2025\nSalaries    31.2     31.0\nBuses        6.1      5.4",
                "table",
            ),
            ("Name\tParty\tSeats\nLabour\tLab\t12\nGreens\tGrn\t3", "table"),
            ("The council met.  It voted to shut\nthe old library.  Then the mayor spoke", "prose"),
        ],
    )
    def test_plain_text_column_layout_is_a_table(self, block: str, kind: str) -> None:
        text = f"Headline here today\n\n{LEDE}\n\n{block}\n\n{LEDE} Again.\n"
        assert kind_of(text, " ".join(block.split())) == kind

    def test_standalone_date_and_time_lines(self) -> None:
        text = f"Final preview\n\nSaturday, 5 March\n\n1930 GMT\n\n{LEDE}\n"
        assert [k for k, _ in kinds(text)][1:3] == ["dateline", "dateline"]

    def test_subheads_in_plain_text(self) -> None:
        text = f"Headline here today\n\n{LEDE}\n\n**What happens next**\n\n{LEDE} More.\n"
        assert kind_of(text, "**What happens next**") == "subhead"

    def test_reader_comments_section(self) -> None:
        text = (
            f"# Library closes\n\n{LEDE}\n\n## Your comments\n\n"
            "This is the best library in the county and closing it is a disgrace.\n\n"
            "## What happens next\n\nThe council meets again in May to decide on the building.\n"
        )
        got = kinds(text, "a.md")
        assert got[3][0] == "comment"
        assert got[-1][0] == "prose"

    def test_first_person_tail_is_readers_comments(self) -> None:
        report = [
            "The council voted to close the library on Tuesday.",
            'Its leader said the building "costs too much to heat".',
            "The building will be sold next year.",
        ]
        readers = [
            "I grew up in that library and my children did too!",
            "Shame on the council. I will vote them out.",
            "Libraries are the heart of a town, and this one was the best.",
            "My mother worked there for thirty years.",
        ]
        text = "Library closes\n\n" + "\n\n".join(report + readers) + "\n"
        got = [k for k, _ in kinds(text)]
        assert got == ["headline"] + ["prose"] * 3 + ["comment"] * 4

    def test_readers_who_ask_or_address_you_are_readers_too(self) -> None:
        report = [
            "The council voted to close the library on Tuesday.",
            'Its leader said the building "costs too much to heat".',
            "The building will be sold next year.",
        ]
        readers = [
            "Where will the children of the town study now?",
            "Shame on the council, who never used the place.",
            "If you close libraries, you close minds.",
            "We will remember this at the next election.",
        ]
        text = "Library closes\n\n" + "\n\n".join(report + readers) + "\n"
        got = [k for k, _ in kinds(text)]
        assert got == ["headline"] + ["prose"] * 3 + ["comment"] * 4

    def test_a_report_that_ends_on_a_question_stays_prose(self) -> None:
        report = [
            "The council voted to close the library on Tuesday.",
            "The building will be sold next year.",
            "Staff will move to the town hall.",
            "The mobile library keeps its Friday route.",
            "Whether the sale covers the debt is not yet known.",
            "Will the council reopen it?",
        ]
        text = "Library closes\n\n" + "\n\n".join(report) + "\n"
        assert "comment" not in [k for k, _ in kinds(text)]

    def test_a_quoted_first_person_is_the_speakers_not_a_reader(self) -> None:
        quotes = [f'"I was there{"!" * i}" said resident number {i}.' for i in range(1, 6)]
        text = f"Library closes\n\n{LEDE}\n\n" + "\n\n".join(quotes) + "\n"
        assert "comment" not in [k for k, _ in kinds(text)]

    def test_pull_quote_repeats_the_article(self) -> None:
        said = "We have run out of money to keep the doors open"
        text = (
            f"Library closes\n\n{LEDE}\n\n"
            f'"{said}," the council leader said at the meeting.\n\n'
            f'"{said}"\n\n'
            "The building will be sold next year.\n"
        )
        assert kind_of(text, f'"{said}"') == "pull_quote"

    def test_a_quotation_found_nowhere_else_is_prose(self) -> None:
        text = f'Library closes\n\n{LEDE}\n\n"We are heartbroken," said one reader, aged 80.\n'
        assert kind_of(text, '"We are heartbroken," said one reader, aged 80.') == "prose"


# What classify.quotation finds, as a (quadratic) pattern: its reference.
QUOTATION = re.compile(r"\W*[\"“‘'](.+?)[\"”’']\W*(?:[-–—]+.*)?", re.DOTALL)


@given(st.text(alphabet="ab \n\"“”‘’'-–—.,", max_size=16))
@example('"We are heartbroken," said one reader.')
@example('— "No," she said — later.')
@example('Not a quotation, "though" it holds one')
def test_quotation_is_what_the_pattern_finds(block: str) -> None:
    found = QUOTATION.fullmatch(block)
    assert quotation(block) == (found.group(1) if found else None)


class TestApi:
    def test_block_properties(self) -> None:
        doc = parse(f"Library closes\n\n{LEDE}\n\nPay June 1\n")
        head, lede, data = doc.blocks
        assert head.is_prose and head.role == "headline"
        assert lede.is_prose and lede.role == "body"
        assert not data.is_prose and data.role == "body"
        assert list(doc.prose_blocks()) == [head, lede]
        assert doc.block_at(data.start + 2) == data
        assert doc.block_at(lede.end + 1) is None

    def test_scoped_view_reads_other_kinds(self) -> None:
        doc = parse(f"Library closes\n\n{LEDE}\n\n- A list item that is a sentence.\n")
        assert len(doc.sentences) == 2
        view = doc.scoped(model.PROSE_KINDS | {model.LIST})
        assert len(view.sentences) == 3
        assert view.memo is doc.memo and doc.scoped(model.PROSE_KINDS) is doc
        assert doc.scoped(view.reads) is view

    @pytest.mark.parametrize(
        ("front", "opinion"),
        [
            ("type: opinion", True),
            ("type: [review, arts]", True),
            ("genre: Column", True),
            ("type: analysis", False),
            ("type: news", False),
            ("title: A", False),
        ],
    )
    def test_voice_from_front_matter(self, front: str, opinion: bool) -> None:
        doc = parse(f"---\n{front}\n---\n{LEDE}\n", "a.md")
        lede = doc.blocks[-1]
        assert doc.opinion is opinion
        assert doc.reporter_voice(lede) is not opinion
        assert doc.reporter_voice(lede, opinion_types=("analysis",)) is (front != "type: analysis")

    def test_comment_is_never_the_reporters_voice(self) -> None:
        doc = parse(f"# H\n\n{LEDE}\n\n## Reader comments\n\nBest town ever, honestly.\n", "a.md")
        assert [doc.reporter_voice(b) for b in doc.blocks] == [True, True, True, False]


class TestChecksReadTheirKinds:
    def test_finding_data_names_the_block_kind(self) -> None:
        text = f"Library closes\n\n{LEDE}\n\n{LEDE}\n"
        (f,) = [f for f in lint_text(text, "a.txt") if f.rule == "duplicate-paragraph"]
        assert f.data["block"] == "prose"

    def test_repeated_data_lines_are_not_headlines_or_duplicates(self) -> None:
        rules = {"repeated-headline", "duplicate-paragraph"}
        assert not [f for f in lint_text(EARNINGS, "a.txt") if f.rule in rules]

    def test_table_footnotes_and_lists_are_not_duplicates(self) -> None:
        note = "Note - Figures for the northern wards are provisional and may change later."
        item = "- Jo Lee, The Courier: best film, The Long Road; best actor, Sam Ray."
        text = f"Results\n\n{LEDE}\n\n{note}\n\n{item}\n\n{item[:-1]} again.\n\n{note}\n"
        assert not [f for f in lint_text(text, "a.txt") if f.rule == "duplicate-paragraph"]

    def test_near_copy_with_other_figures_is_another_fact(self) -> None:
        one = "Shares in the bank fell 4.1% to 212p in early trading on Monday in London after the report."
        two = "Shares in the bank fell 2.7% to 198p in early trading on Monday in London after the report."
        text = f"Markets\n\n{one}\n\n{two}\n"
        assert not [f for f in lint_text(text, "a.txt") if f.rule == "duplicate-paragraph"]

    def test_near_copy_with_one_figure_edited_is_a_copy(self) -> None:
        one = "Mayor Ann Cole, 54, said the council would vote on the plan on Friday after 3,000 residents signed a petition."
        two = "Mayor Ann Cole, 55, said the council would vote on the plan on Friday after 3,000 residents signed a petition."
        text = f"Vote\n\n{LEDE}\n\n{one}\n\n{two}\n"
        assert [f.line for f in lint_text(text, "a.txt") if f.rule == "duplicate-paragraph"] == [7]

    def test_shared_phrase_is_not_an_added_clause(self) -> None:
        one = "The dividend of ten cts a share, up from eight cts, is payable June 1 to holders of record May 10."
        two = "The stock bonus also is payable June 1 to holders of record May 10."
        text = f"Payout\n\n{one}\n\n{two}\n"
        assert not [f for f in lint_text(text, "a.txt") if f.rule == "duplicate-paragraph"]

    def test_copy_cut_short_is_a_copy(self) -> None:
        one = (
            "The council's transport budget fell to 12.5 mln pounds after cuts to bus "
            "subsidies, road repairs and the cycle lane programme."
        )
        two = "The council's transport budget fell to 12.5 mln pounds after cu"
        text = f"Budget\n\n{LEDE}\n\n{one}\n\nThe vote is on Monday.\n\n{two}\n"
        assert [f.line for f in lint_text(text, "a.txt") if f.rule == "duplicate-paragraph"] == [9]


class TestRuleBlocks:
    RULE = (
        "id: house-banned\ncheck: existence\nseverity: warning\nmessage: jargon\n"
        "description: 'What it flags: jargon.'\noptions:\n  words: [synergy]\n"
    )

    def lint(self, tmp_path: Path, blocks: str) -> list[int]:
        (tmp_path / "rules").mkdir()
        (tmp_path / "rules" / "banned.yaml").write_text(self.RULE + blocks, encoding="utf-8")
        (tmp_path / "newslint.yaml").write_text("rule-files: [rules]\n", encoding="utf-8")
        config = load_config(tmp_path / "newslint.yaml")
        text = "Merger\n\nThe synergy was real, the boss said.\n\n- More synergy next year\n"
        return [f.line for f in lint_text(text, "a.txt", config) if f.rule == "house-banned"]

    def test_rules_read_their_checks_kinds_by_default(self, tmp_path: Path) -> None:
        assert self.lint(tmp_path, "") == [3]

    def test_a_rule_file_names_the_kinds_it_reads(self, tmp_path: Path) -> None:
        assert self.lint(tmp_path, "blocks: [prose, list]\n") == [3, 5]
        (tmp_path / "rules" / "banned.yaml").unlink()
        (tmp_path / "rules").rmdir()
        assert self.lint(tmp_path, "blocks: [list]\n") == [5]

    def test_an_unknown_kind_is_named(self, tmp_path: Path) -> None:
        with pytest.raises(ConfigError, match=r"unknown block kind 'lists'.*did you mean 'list'"):
            self.lint(tmp_path, "blocks: [lists]\n")
