"""House vocabulary: `vocabulary: {accept, reject}` in newslint.yaml. Rejected words are
always reported by the vocabulary rule and never accepted by grammar's spelling."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from newslint.cli import app
from newslint.config import default_config, load_config
from newslint.linter import Linter
from newslint.yamlutil import ConfigError

ARTICLE = (
    "# Payments rise\n\n"
    "Customers paid with Paypal and PayPal on Monday, the bank said.\n\n"
    '"We will utilise every tool," the minister said. The plan was utilised last year.\n\n'
    "A leaflet quoted the Paypal [sic] advert.\n"
)


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newslint.yaml"
    path.write_text(text)
    return path


def vocabulary_findings(cfg_path: Path) -> list[str]:
    linter = Linter(load_config(cfg_path).select(["vocabulary"]))
    return [f.match for f in linter.lint_text(ARTICLE, "story.md") if f.rule == "vocabulary"]


def test_nothing_is_rejected_until_the_config_lists_words() -> None:
    rule = default_config().rules["vocabulary"]
    assert rule.enabled and rule.options["reject"] == ()
    findings = Linter(default_config().select(["vocabulary"])).lint_text(ARTICLE, "story.md")
    assert findings == []


def test_rejected_words_are_reported_whole_case_sensitive_and_in_quotes(tmp_path: Path) -> None:
    path = config(tmp_path, "vocabulary:\n  reject: [Paypal, utilise]\n")
    # Not "PayPal", not "utilised", not the word marked [sic]; the quoted "utilise" is.
    assert vocabulary_findings(path) == ["Paypal", "utilise"]


def test_ignore_case_is_the_rules_option(tmp_path: Path) -> None:
    path = config(
        tmp_path,
        "vocabulary:\n  reject: [paypal]\nrules:\n  vocabulary:\n    options: {ignore_case: true}\n",
    )
    assert vocabulary_findings(path) == ["Paypal", "PayPal"]


def test_extending_configs_add_their_words(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text("vocabulary:\n  reject: [Paypal]\n")
    path = config(tmp_path, "extends: base.yaml\nvocabulary:\n  reject: [utilise]\n")
    assert vocabulary_findings(path) == ["Paypal", "utilise"]
    assert load_config(path).rules["vocabulary"].options["reject"] == ("Paypal", "utilise")


def test_rejected_words_leave_the_grammar_accept_lists(tmp_path: Path) -> None:
    assert "mln" in default_config().rules["grammar"].options["accept"]
    path = config(tmp_path, "vocabulary:\n  accept: [Taoiseach]\n  reject: [MLN]\n")
    accept = load_config(path).rules["grammar"].options["accept"]
    assert "Taoiseach" in accept and "mln" not in accept and "bn" in accept


def test_a_word_cannot_be_accepted_and_rejected(tmp_path: Path) -> None:
    path = config(tmp_path, "vocabulary:\n  accept: [Paypal, bn]\n  reject:\n    - Paypal\n")
    with pytest.raises(ConfigError, match="'Paypal' cannot be both accepted and rejected") as info:
        load_config(path)
    assert info.value.line == 3


def test_unknown_vocabulary_key_has_a_did_you_mean(tmp_path: Path) -> None:
    path = config(tmp_path, "vocabulary:\n  rejects: [Paypal]\n")
    with pytest.raises(ConfigError, match=r"vocabulary: unknown key 'rejects'.*'reject'"):
        load_config(path)


def test_init_writes_a_vocabulary_section_that_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(app, ["init"]).exit_code == 0
    written = (tmp_path / "newslint.yaml").read_text()
    assert yaml.safe_load(written)["vocabulary"] == {"accept": [], "reject": []}
    # The example in its comment, put in place, is what a newsroom would write.
    filled = written.replace("reject: []  # e.g. [Paypal, utilise, sea change]", "reject: [Paypal]")
    assert filled != written
    (tmp_path / "newslint.yaml").write_text(filled)
    assert vocabulary_findings(tmp_path / "newslint.yaml") == ["Paypal"]
