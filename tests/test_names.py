"""The entity-spelling check on names as reporters misspell them (issue 20), with the starter
list: one spelling per name, short words, letters with strokes, surnames and one-word names."""

from __future__ import annotations

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
        ("Jonas Gahr Store met reporters.", "Jonas Gahr Store", "Jonas Gahr Støre", "diacritic"),
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
    assert found(text) == []  # Roderick is a name of its own
    text = "Andy Rodderick won in four sets. Rodderik now meets the champion."
    ((match, suggestions, kind),) = found(text)
    assert (match, suggestions, kind) == ("Rodderik", ("Rodderick",), "inconsistent")
    (finding,) = lint_text(text, config=CONFIG)
    assert "1 other reference" in finding.message


def test_a_lone_word_follows_the_spelling_used_more_often() -> None:
    text = (
        "Bremworth raised prices. Bremworth said costs had risen. Analysts expect Bremwoth to "
        "gain market share."
    )
    assert found(text) == [("Bremwoth", ("Bremworth",), "inconsistent")]


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
