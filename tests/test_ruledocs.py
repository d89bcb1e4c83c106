"""Rule documentation pages: made from the rule files, committed in docs/rules/, linked from
SARIF's helpUri."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newslint.cli import app
from newslint.config import default_config, load_config
from newslint.ruledocs import help_uris, pages, project_docs_url, sections
from newslint.yamlutil import ConfigError

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs" / "rules"
SEED = ROOT / "examples" / "seed-article.txt"
runner = CliRunner()


def test_committed_pages_are_up_to_date_with_the_rule_files() -> None:
    expected = pages(default_config().rules.values())
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert set(committed) == set(expected), "run: newslint rules --docs docs/rules"
    for name, text in expected.items():
        assert committed[name] == text, f"{name} is stale: run newslint rules --docs docs/rules"


def test_every_page_follows_the_template() -> None:
    for rule in default_config().rules.values():
        page = pages([rule])[f"{rule.id}.md"]
        headings = [line for line in page.splitlines() if line.startswith("## ")]
        assert headings[0] == "## What it flags", rule.id
        assert {"## Why", "## Example", "## Instead"} <= set(headings), rule.id
        assert headings.index("## Example") == headings.index("## Instead") - 1, rule.id
        for example in rule.examples.get("fail", ()):
            assert f"\n{example}\n" in page


def test_sections_split_at_labels_and_keep_indented_tables() -> None:
    text = "What it flags: a thing\nthat wraps.\n  term   a row\n  other  a row\nWhy: because.\n"
    assert sections(text) == [
        ("What it flags", "a thing\nthat wraps.\n  term   a row\n  other  a row"),
        ("Why", "because."),
    ]
    page = pages([default_config().rules["superlative"]])["superlative.md"]
    assert "```text\nhype         (warning) words that rate" in page


def test_rules_docs_command_writes_the_pages(tmp_path: Path) -> None:
    result = runner.invoke(app, ["rules", "--docs", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(p.name for p in DOCS.glob("*.md"))
    # The index links every page.
    index = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert all(f"({name})" in index for name in written if name != "README.md")


def sarif_rules(*args: str) -> dict[str, dict[str, object]]:
    result = runner.invoke(app, ["check", "--format", "sarif", *args])
    log = json.loads(result.stdout)
    return {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}


def test_sarif_rules_link_to_their_committed_page() -> None:
    base = project_docs_url()
    assert base == "https://github.com/newslint/newslint/blob/main/docs/rules"
    rules = sarif_rules(str(SEED))
    assert rules
    for rule_id, rule in rules.items():
        assert rule["helpUri"] == f"{base}/{rule_id}.md"
        assert (DOCS / f"{rule_id}.md").is_file()


def test_a_house_rule_links_only_under_the_configs_docs_url(tmp_path: Path) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "banned.yaml").write_text(
        "id: house-banned\ncheck: existence\nseverity: warning\nmessage: avoid it\n"
        "description: 'What it flags: x. Why: y. Instead: z.'\noptions: {words: [utilise]}\n"
    )
    story = tmp_path / "story.md"
    story.write_text("# Title\n\nWe utilise it.\n")
    config = tmp_path / "newslint.yaml"
    config.write_text("rule-files: [house]\n")
    assert "house-banned" not in help_uris(load_config(config).enabled_rules, None)
    assert "helpUri" not in sarif_rules("-c", str(config), str(story))["house-banned"]
    config.write_text("rule-files: [house]\ndocs-url: https://intranet.example/rules/\n")
    rules = sarif_rules("-c", str(config), str(story))
    assert rules["house-banned"]["helpUri"] == "https://intranet.example/rules/house-banned.md"


@pytest.mark.parametrize("value", ["intranet/rules", "[1]", "javascript:alert(1)"])
def test_docs_url_must_be_http(tmp_path: Path, value: str) -> None:
    config = tmp_path / "newslint.yaml"
    config.write_text(f"fail-on: error\ndocs-url: {value}\n")
    with pytest.raises(ConfigError, match=r"'docs-url' must be an http\(s\) URL") as info:
        load_config(config)
    assert info.value.line == 2


def test_the_language_server_links_the_same_pages() -> None:
    pytest.importorskip("pygls")
    from newslint.lsp.analysis import DOCS_URL

    base = project_docs_url()
    assert base is not None
    for rule_id in default_config().rules:
        assert DOCS_URL.format(rule=rule_id) == f"{base}/{rule_id}.md"


def test_an_option_value_with_a_bar_keeps_the_table_whole(tmp_path: Path) -> None:
    rule_file = tmp_path / "bars.yaml"
    rule_file.write_text(
        "id: bars\ncheck: existence\nseverity: info\nmessage: m\n"
        "description: 'What it flags: a|b. Why: y. Instead: z.'\n"
        "options: {patterns: ['x|y']}\nexamples: {fail: [x], pass: [z]}\n"
    )
    from newslint.rules import load_rule

    page = pages([load_rule(rule_file)])["bars.md"]
    (row,) = [line for line in page.splitlines() if line.startswith("| `patterns` |")]
    assert row.count("|") - row.count("\\|") == 5  # four cells
