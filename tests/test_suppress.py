"""Inline suppressions: comments, ranges, file-wide, front matter, [sic]; bad and unused ones."""

from __future__ import annotations

from newslint.config import default_config
from newslint.linter import Linter

LINTER = Linter(default_config().select(ignore=["grammar"]))
HYPE = "It was a historic day for the town council."
HYPE2 = "By nightfall the result looked historic for the whole town."


def rules_at(text: str, path: str = "a.md") -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in LINTER.lint_text(text, path)]


def test_disable_next_line_skips_blank_lines_and_names_rules() -> None:
    text = f"# Head line here\n\n<!-- newslint-disable-next-line superlative -->\n\n{HYPE}\n\n{HYPE2}\n"
    assert rules_at(text) == [(7, "superlative")]


def test_disable_line_and_prefixes() -> None:
    text = f"**Head**\n{HYPE} <!-- newslint-disable-line super -->\n"
    assert rules_at(text, "a.txt") == []


def test_disable_enable_range() -> None:
    text = (
        "# Head line here\n\n<!-- newslint-disable superlative -->\n\n"
        f"{HYPE}\n\n<!-- newslint-enable superlative -->\n\n{HYPE2}\n"
    )
    assert rules_at(text) == [(9, "superlative")]


def test_disable_without_rules_means_all_and_file_wide() -> None:
    assert (
        rules_at("<!-- newslint-disable-file -->\n# Head\n\nMarc Rubio said it was historic.\n")
        == []
    )
    text = "# Head\n\n<!-- newslint-disable -->\nMarc Rubio said it was historic today.\n"
    assert rules_at(text) == []


def test_front_matter_ignore() -> None:
    text = f"---\ntitle: Head line\nnewslint:\n  ignore: [superlative]\n---\n\n{HYPE}\n"
    assert rules_at(text) == []


def test_sic_suppresses_spelling_only() -> None:
    text = "**Head**\nThe leaflet named Marc Rubio [sic] in a historic move for the party.\n"
    assert rules_at(text, "a.txt") == [(2, "superlative")]


def test_unknown_rule_and_unknown_directive_are_reported() -> None:
    text = f"# Head\n\n<!-- newslint-disable-next-line superlatives -->\n{HYPE}\n\n<!-- newslint-disabel -->\n"
    found = [(f.line, f.rule, f.message) for f in LINTER.lint_text(text, "a.md")]
    assert (3, "bad-suppression", "suppression names unknown rule 'superlatives'") in found
    assert any(r == "bad-suppression" and "unknown newslint directive" in m for _, r, m in found)
    assert (4, "superlative", found[[x[1] for x in found].index("superlative")][2]) in found


def test_unused_suppression_is_info() -> None:
    text = "# Head\n\n<!-- newslint-disable-next-line superlative -->\nThe council met on Monday.\n"
    [f] = LINTER.lint_text(text, "a.md")
    assert (f.rule, f.line, f.severity.label) == ("unused-suppression", 3, "info")
