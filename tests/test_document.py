"""The document model: decoding, positions, blocks and roles, masking, quotes, sentences."""

from __future__ import annotations

import pytest

from newslint import document
from newslint.document import DecodeError, decode, parse
from newslint.positions import LineIndex


def roles(text: str, path: str = "a.txt") -> list[tuple[str, str, str]]:
    doc = parse(text, path)
    return [(b.syntax, b.role, doc.source[b.start : b.end]) for b in doc.blocks]


class TestPositions:
    @pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
    def test_line_breaks(self, nl: str) -> None:
        text = f"one{nl}two{nl}three"
        idx = LineIndex(text)
        assert idx.position(text.index("two")) == (2, 1)
        assert idx.position(text.index("three") + 2) == (3, 3)
        assert idx.line_text(2) == "two"
        assert idx.line_count == 3

    def test_no_final_newline_and_final_newline(self) -> None:
        assert LineIndex("a\nb").line_count == 2
        assert LineIndex("a\nb\n").line_count == 2

    def test_astral_character_counts_once(self) -> None:
        text = "😀 Marc Rubio"
        idx = LineIndex(text)
        assert idx.position(text.index("Marc")) == (1, 3)
        assert idx.utf16_position(text.index("Marc")) == (0, 3)
        assert idx.offset_of_utf16(0, 3) == text.index("Marc")

    def test_bom_is_dropped_and_remembered(self) -> None:
        text, bom = decode("\ufeffHello".encode())
        assert (text, bom) == ("Hello", True)

    def test_invalid_utf8_names_byte(self) -> None:
        with pytest.raises(DecodeError, match="byte 3"):
            decode(b"abc\xff")


class TestBlocks:
    def test_cms_export_one_paragraph_per_line(self) -> None:
        long = "word " * 30
        blocks = roles(f"**Headline here**\nBy Jo Smith\n{long}one.\n{long}two.\n")
        assert [r for _, r, _ in blocks] == ["headline", "byline", "body", "body"]

    def test_hard_wrapped_paragraph_is_one_block(self) -> None:
        para = (
            "The committee voted on Tuesday to hold public hearings in the spring,\n"
            "after a series of delays caused by disagreements over the budget and\n"
            "the scope of its inquiry.\n"
        )
        doc = parse("# Head line here\n\n" + para + "\nNext paragraph here.\n", "a.md")
        body = [b for b in doc.blocks if b.role == "body"]
        assert len(body) == 2
        assert doc.position(body[0].start)[0] == 3 and doc.position(body[0].end)[0] == 5

    def test_dek_before_headline_in_cms_export(self) -> None:
        text = "**A dek that ends with a period.**\n**The Headline Itself**\n" + "x " * 90
        assert [r for _, r, _ in roles(text)][:2] == ["dek", "headline"]

    def test_front_matter_title_and_dek_are_blocks_at_their_lines(self) -> None:
        text = '---\r\ntitle: "Big News Today"\r\ndek: Smaller news\r\ndate: 2025-01-01\r\n---\r\nBody.\r\n'
        doc = parse(text, "a.md")
        fields = [
            (b.role, doc.source[b.start : b.end], doc.position(b.start))
            for b in doc.blocks
            if b.syntax == "field"
        ]
        assert fields == [("headline", "Big News Today", (2, 9)), ("dek", "Smaller news", (3, 6))]
        assert "date" not in doc.masked and "2025" not in doc.masked

    def test_markdown_structure(self) -> None:
        text = "# Title\n\n- item one\n- item two\n\n> quoted block\n\n```\ncode here\n```\n\n| a | b |\n|---|---|\n| c | d |\n"
        syntax = [k for k, _, _ in roles(text, "a.md")]
        assert syntax == ["heading", "list_item", "list_item", "blockquote", "code", "table"]
        kinds = [b.kind for b in parse(text, "a.md").blocks]
        assert kinds == ["headline", "list", "list", "quote", "code", "table"]

    def test_malformed_front_matter_is_a_problem_with_a_line(self) -> None:
        doc = parse("---\ntitle: [oops\n---\nBody text.\n", "a.md")
        assert doc.problems and "front matter" in doc.problems[0][1]


class TestMasking:
    def test_same_length_and_offsets(self) -> None:
        text = "See [the report](https://example.com/x) and `code` <b>bold</b> **strong**.\n"
        doc = parse(text, "a.md")
        assert len(doc.masked) == len(text)
        assert "https" not in doc.masked and "code" not in doc.masked and "<b>" not in doc.masked
        assert doc.masked.index("the report") == text.index("the report")

    def test_line_breaks_survive_masking(self) -> None:
        text = "```\na\nb\n```\nText.\n"
        doc = parse(text, "a.md")
        assert doc.masked.count("\n") == text.count("\n")

    def test_url_in_plain_text(self) -> None:
        doc = parse("Read https://example.com/historic-deal now.\n", "a.txt")
        assert "historic" not in doc.masked

    def test_tags_are_masked_and_a_wire_company_mark_is_read(self) -> None:
        text = (
            "<P>Norton <NRT> sold it to <Global Mining and Industrial Corp>.<Br> Fans "
            '<Font Face="Arial">cheered</Font> <Tooltip text="The best ever">it</Tooltip>.\n'
        )
        doc = parse(text, "a.txt")
        for tag in ("<P>", "<NRT>", "<Br>", "<Font", "</Font>", "<Tooltip", "best", "</Tooltip>"):
            assert tag not in doc.masked
        assert "<Global Mining and Industrial Corp>" in doc.masked


class TestQuotes:
    @pytest.mark.parametrize(
        ("text", "inside"),
        [
            ('He said "a historic day" today.', "historic"),
            ("He said “a historic day” today.", "historic"),
            ("“He called it ‘historic’ twice,” she said.", "historic"),
            ("He said 'a historic day'.", None),
        ],
    )
    def test_quote_spans(self, text: str, inside: str | None) -> None:
        doc = parse(text, "a.txt" if inside else "b.md")
        if inside:
            assert doc.in_quote(text.index(inside))
        else:
            assert not doc.in_quote(text.index("historic"))

    def test_apostrophes_are_not_quotes(self) -> None:
        text = "El Salvador’s president and the nationals’ lawyers met. It was historic."
        doc = parse(text, "a.txt")
        assert not doc.in_quote(text.index("historic"))

    def test_ap_multi_paragraph_quote(self) -> None:
        text = "“The first paragraph of the quote is historic.\n\n“The second one closes,” she said. Historic.\n"
        doc = parse(text, "a.md")
        assert doc.in_quote(text.index("historic"))
        assert not doc.in_quote(text.index("Historic"))

    def test_headline_single_quotes(self) -> None:
        text = "**Minister hails 'historic' deal with union**\n" + "Body text here. " * 5
        doc = parse(text, "a.txt")
        assert doc.in_quote(text.index("historic"))


class TestSentences:
    def test_abbreviations_and_initials(self) -> None:
        text = "Robert F. Kennedy Jr. met Mr. Smith at 5 p.m. in Washington, D.C. on Monday. Then he left."
        doc = parse(text, "a.txt")
        assert [doc.masked[s.start : s.end] for s in doc.sentences] == [
            "Robert F. Kennedy Jr. met Mr. Smith at 5 p.m. in Washington, D.C. on Monday.",
            "Then he left.",
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Shares of J.P. Morgan rose on Monday. Analysts were pleased.",
                ["Shares of J.P. Morgan rose on Monday.", "Analysts were pleased."],
            ),
            (
                "He was joined by Martin Luther King Jr. He spoke for an hour.",
                ["He was joined by Martin Luther King Jr.", "He spoke for an hour."],
            ),
            (
                "The vote is set for Dec. She said she would attend.",
                ["The vote is set for Dec.", "She said she would attend."],
            ),
            (
                "U.S. officials said the talks would resume. They did not say when.",
                ["U.S. officials said the talks would resume.", "They did not say when."],
            ),
            (
                "The deal was signed on Dec. 5 in London.",
                ["The deal was signed on Dec. 5 in London."],
            ),
            (
                "He works for Apple Inc. The firm agreed.",
                ["He works for Apple Inc.", "The firm agreed."],
            ),
            ("She met Dr. The Rev. Smith.", ["She met Dr. The Rev. Smith."]),  # titles
            # a possessive or a contraction is no initial
            (
                "Prices come from Jones's. The rest vary.",
                ["Prices come from Jones's.", "The rest vary."],
            ),
            (
                "We tried but couldn't. Next year, maybe.",
                ["We tried but couldn't.", "Next year, maybe."],
            ),
            ("She won as AT&T. Her rival lost.", ["She won as AT&T.", "Her rival lost."]),
            ("It starred Jay-Z. Crowds came.", ["It starred Jay-Z.", "Crowds came."]),
            # a state or a month only when capitalised; an acronym in capitals
            ("He fell ill. Doctors came.", ["He fell ill.", "Doctors came."]),
            ("A new drug for MS. Approval is near.", ["A new drug for MS.", "Approval is near."]),
            ("It opened at 9 EST. A crowd waited.", ["It opened at 9 EST.", "A crowd waited."]),
            ("SHARES OF ACME CO. RISE", ["SHARES OF ACME CO. RISE"]),
            # hyphenated: the part after the hyphen
            (
                "Rep. Jo Lee (D-Okla.) and Sen. Al Poe (R-Kan.) agreed.",
                ["Rep. Jo Lee (D-Okla.) and Sen. Al Poe (R-Kan.) agreed."],
            ),
            ("Japan-U.S. Trade talks resumed.", ["Japan-U.S. Trade talks resumed."]),
            # a company or a list closes before a capitalised word or a quotation
            (
                "It sold to Acme Ltd. Terms were not disclosed.",
                ["It sold to Acme Ltd.", "Terms were not disclosed."],
            ),
            (
                'said Jo Poe of Acme Inc. "Demand is strong."',
                ["said Jo Poe of Acme Inc.", '"Demand is strong."'],
            ),
            (
                "He joined J.P. Morgan and Co. Inc. in May.",
                ["He joined J.P. Morgan and Co. Inc. in May."],
            ),
            ("Acme Corp. (ACME) rose.", ["Acme Corp. (ACME) rose."]),
            ("Pop, rock, jazz, etc. Who cares?", ["Pop, rock, jazz, etc.", "Who cares?"]),
            # opening quotes written as two apostrophes
            (
                "He left. ''We will miss him,'' she said.",
                ["He left.", "''We will miss him,'' she said."],
            ),
        ],
    )
    def test_abbreviations_that_end_a_sentence(self, text: str, expected: list[str]) -> None:
        doc = parse(text, "a.txt")
        assert [doc.masked[s.start : s.end] for s in doc.sentences] == expected

    def test_sentences_never_cross_paragraphs(self) -> None:
        text = "**Headline without a period**\nBy Staff\nThe story starts here. It ends.\n"
        doc = parse(text, "a.txt")
        assert len(doc.sentences) == 3  # the byline is not prose
        assert len(doc.scoped(doc.reads | {"byline"}).sentences) == 4

    def test_quote_closing_after_period(self) -> None:
        text = "“It was late.” She left. He stayed."
        doc = parse(text, "a.txt")
        assert len(doc.sentences) == 3


def test_guess_format() -> None:
    assert document.guess_format("x/A.MD") == "markdown"
    assert document.guess_format("x/a.txt") == "text"
