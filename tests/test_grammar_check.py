"""Tests for the grammar check kind: Harper for real, LanguageTool against tests/lt_fake.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from lt_fake import FakeLanguageTool
from newslint import document
from newslint.config import Config, default_config, load_config
from newslint.findings import Finding, Severity
from newslint.grammar import BackendUnavailable, make_backend
from newslint.linter import Linter
from newslint.yamlutil import ConfigError

# Harper (harper-py) is a core dependency: its tests run for real and fail if it is missing.
EMOJI = "🗞️ "  # outside the BMP, plus a variation selector
BAD = "They was at the store yesterday."


@pytest.fixture(autouse=True)
def _no_env_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSLINT_LT_URL", raising=False)


def config(
    tmp_path: Path, options: dict[str, Any] | None = None, entities: list[str] | None = None
) -> Config:
    """Only the default grammar rule, with ``options`` on top of the rule file's."""
    data: dict[str, Any] = {
        "extends": "none",
        "rules": {"grammar": {"enabled": True, "options": options or {}}},
    }
    if entities is not None:
        (tmp_path / "names.yaml").write_text(
            yaml.safe_dump([{"name": n} for n in entities]), encoding="utf-8"
        )
        data["entities"] = ["names.yaml"]
    path = tmp_path / "newslint.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return load_config(path)


def lint(cfg: Config, text: str, path: str = "a.txt") -> list[Finding]:
    return [f for f in Linter(cfg, use_cache=False).lint_text(text, path) if f.rule == "grammar"]


# --- Harper, through the whole linter -----------------------------------------------


def test_finds_agreement_error_in_text(tmp_path: Path) -> None:
    text = "**Shoppers return**\nThe mall reopened.\n" + BAD + "\n"
    [f] = lint(config(tmp_path), text)
    assert (f.line, f.column, f.end_line, f.end_column, f.match) == (3, 6, 3, 9, "was")
    assert f.rule == f.check == "grammar" and f.severity is Severity.INFO  # advice
    assert f.message.startswith('"was": PronounInflectionBe: ')
    assert f.message.endswith('(suggestion: "were")')  # the fix, in every output format
    assert "were" in f.suggestions
    assert f.data == {
        "backend": "harper",
        "backend_rule": "PronounInflectionBe",
        "category": "grammar",
        "block": "prose",
    }


def test_finds_agreement_error_in_markdown_after_emoji(tmp_path: Path) -> None:
    text = "---\ntitle: Shoppers return\nauthor: Jane Doe\n---\n\n" + EMOJI + BAD + "\n"
    [f] = lint(config(tmp_path), text, "a.md")
    assert (f.line, f.column, f.match) == (6, len(EMOJI) + 6, "was")


def test_rule_examples_with_real_harper() -> None:
    rule = default_config().rules["grammar"]
    cfg = default_config().select(["grammar"])
    linter = Linter(cfg, use_cache=False)
    for text in rule.examples["fail"]:
        assert any(f.rule == "grammar" for f in linter.lint_text(text, "example.md")), text
    for text in rule.examples["pass"]:
        assert not [f for f in linter.lint_text(text, "example.md") if f.rule == "grammar"]


def test_markup_gives_no_findings(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Council approves the budget\nslug: council_budget-2025\n---\n\n"
        "# Council approves the budget\n\n"
        "The council approved the **new budget** on [Tuesday](https://example.com/a_b?c=d)"
        " after a *long* debate, the city's [clerk][1] said.\n\n"
        "- The mayor signed the [order](https://example.com/x/y_z).\n"
        "- Officials said the plan would save money.\n\n"
        "| item | amount |\n| --- | ---: |\n| Roads | $10 million |\n| Parks | $2 million |\n\n"
        "* `line` is the first line, and each rule has an `id` of its own.\n\n"
        "Residents can read it at <https://example.com/budget> or run `curl -sL exmaple.cmo`.\n\n"
        "```text\nhe go to teh stoer\n```\n\n"
        "<!-- he go to teh stoer -->\n\n"
        "[1]: https://example.com/clerk_office\n"
    )
    assert lint(config(tmp_path), text, "a.md") == []
    # The same source unmasked does give Harper something to report.
    [raw] = make_backend("harper", use_cache=False).check_many([text])
    assert raw


def test_sic_suppresses(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    assert lint(cfg, "They was [sic] at the store yesterday.\n") == []
    assert lint(cfg, BAD + "\n")


def test_known_entities_are_not_typos(tmp_path: Path) -> None:
    text = "Officials said Zorbulan Qextrix arrived on Tuesday.\nQextrix's aides said so.\n"
    opts = {"proper_nouns": "check"}
    flagged = {f.match for f in lint(config(tmp_path, opts), text)}
    assert {"Zorbulan", "Qextrix"} <= flagged
    assert lint(config(tmp_path, opts, entities=["Zorbulan Qextrix"]), text) == []


def test_default_skips_names_but_checks_sentence_starts(tmp_path: Path) -> None:
    text = "Officials met on Tuesday.\nQextrix said the talks went well.\n"
    [f] = lint(config(tmp_path), text)  # a capital at a sentence start proves nothing
    assert (f.line, f.match, f.data["category"]) == (2, "Qextrix", "typo")
    assert lint(config(tmp_path, entities=["Qextrix"]), text) == []
    # ...unless the article also writes it with a capital inside a sentence.
    named = "Officials met Zorbulan Qextrix on Tuesday.\nQextrix said the talks went well.\n"
    assert lint(config(tmp_path), named) == []


def test_datelines_initialisms_and_quotes(tmp_path: Path) -> None:
    text = 'BRUSSELS — EU and U.N. officials met.\nShe said: "They was at the store."\n'
    assert lint(config(tmp_path), text) == []
    assert [f.match for f in lint(config(tmp_path, {"quotes": "check"}), text)] == ["was"]


def test_severity_map_and_backend_made_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newslint.grammar.shared as shared

    made: list[str] = []
    real = shared.make_backend

    def counting(*args: Any, **kwargs: Any) -> Any:
        made.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(shared, "make_backend", counting)
    linter = Linter(config(tmp_path, {"severity_map": {"grammar": "error"}}), use_cache=False)
    for _ in range(3):
        [f] = linter.lint_text(BAD + "\n", "a.txt")
        assert f.severity is Severity.ERROR
    assert made == ["auto"]


def test_bad_severity_map_is_config_error(tmp_path: Path) -> None:
    for bad, needle in (({"typos": "error"}, "unknown category"), ({"typo": "loud"}, "loud")):
        with pytest.raises(ConfigError, match=needle) as err:
            Linter(config(tmp_path, {"severity_map": bad})).prepare()
        assert "severity_map" in str(err.value)


# --- backend unavailable ------------------------------------------------------------

UNAVAILABLE = {"backend": "harper", "language": "de-DE"}  # Harper checks English only


def test_unavailable_not_required_is_one_notice(tmp_path: Path) -> None:
    linter = Linter(config(tmp_path, UNAVAILABLE), use_cache=False)
    linter.prepare()
    assert linter.resources.backends == {}  # nothing is made before the first file
    seen = []
    for _ in range(3):
        findings, errors = linter.lint(document.parse(BAD + "\n", "a.txt"))
        assert findings == []
        seen.extend(errors)
    # The linter surfaces the notice once, as a non-fatal problem of the first file.
    [notice] = seen
    assert "English only" in notice.message and not notice.fatal


def test_unavailable_required_is_config_error(tmp_path: Path) -> None:
    cfg = config(tmp_path, {**UNAVAILABLE, "required": True})
    with pytest.raises(ConfigError, match="English only") as err:
        Linter(cfg).prepare()
    assert "'backend'" in str(err.value)


def test_unavailable_required_exits_2(tmp_path: Path) -> None:
    config(tmp_path, {**UNAVAILABLE, "required": True})
    (tmp_path / "a.txt").write_text(BAD + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "a.txt", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert "English only" in run.stderr


def test_server_failing_mid_run_is_one_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.grammar.shared import backend_for

    with FakeLanguageTool(mode="503") as lt:
        monkeypatch.setenv("NEWSLINT_LT_URL", lt.url)
        opts = {"backend": "languagetool", "timeout": 5}
        linter = Linter(config(tmp_path, opts), use_cache=False)
        # language: auto asks for the article's dialect: en-US here (no British spellings)
        options = {**linter.rules[0].options, "language": "en-US"}
        backend = backend_for(linter.resources, options)
        backend.retries = 0  # type: ignore[union-attr]
        seen = []
        for _ in range(3):
            findings, errors = linter.lint(document.parse(BAD + "\n", "a.txt"))
            assert findings == []
            seen.extend(errors)
        requests = len(lt.requests)
    [notice] = seen
    assert "HTTP 503" in notice.message and not notice.fatal
    assert requests == 1  # the server is not asked again once it has failed


# --- LanguageTool -------------------------------------------------------------------


def test_languagetool_through_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prefix = "Café " + EMOJI
    text = "**Mall reopens**\n" + prefix + "He go to the store to recieve it.\n"
    with FakeLanguageTool() as lt:
        monkeypatch.setenv("NEWSLINT_LT_URL", lt.url)
        cfg = config(tmp_path, {"backend": "languagetool"})
        findings = lint(cfg, text)
        [form] = lt.requests
    line2 = text.splitlines()[1]
    assert [(f.line, f.column, f.match) for f in findings] == [
        (2, line2.index(" go ") + 2, "go"),
        (2, line2.index("recieve") + 1, "recieve"),
    ]
    assert line2.index(" go ") + 2 == len(prefix) + 4  # columns count code points
    go, recieve = findings
    assert go.message == (
        "\"go\": HE_VERB_AGR: The pronoun 'He' is usually used with a third-person or a past "
        'tense verb. (suggestion: "goes")'
    )
    assert go.data == {
        "backend": "languagetool",
        "backend_rule": "HE_VERB_AGR",
        "category": "grammar",
        "block": "prose",
    }
    assert go.suggestions == ("goes", "went")
    assert recieve.data["category"] == "typo" and recieve.severity is Severity.INFO
    assert form["language"] == "en-US"


def test_local_languagetool_download_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    server = pytest.importorskip("language_tool_python.server")

    class Offline:
        @classmethod
        def from_version_name(cls, version: str) -> Offline:
            return cls()

        def download(self) -> None:
            raise OSError("Failed to resolve 'github.com'")

    monkeypatch.setattr(server, "LocalLanguageTool", Offline)
    with pytest.raises(BackendUnavailable) as err:
        make_backend("languagetool", use_cache=False)
    message = str(err.value)
    assert "LanguageTool could not be downloaded/started: Failed to resolve 'github.com'" in message
    assert "NEWSLINT_LT_URL" in message and "backend: harper" in message


def test_local_languagetool_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    with pytest.raises(BackendUnavailable, match="language-tool-python is not installed"):
        make_backend("languagetool", use_cache=False)


def test_local_languagetool_uses_the_server_url(monkeypatch: pytest.MonkeyPatch) -> None:
    ltp = pytest.importorskip("language_tool_python")
    closed: list[bool] = []

    with FakeLanguageTool() as lt:

        class Started:
            url = lt.url + "/v2/"
            language_tool_download_version = "6.8"

            def __init__(self, language: str) -> None:
                assert language == "en-GB"

            def close(self) -> None:
                closed.append(True)

        monkeypatch.setattr(ltp, "LanguageTool", Started)
        backend = make_backend("languagetool", language="en-GB", use_cache=False)
        [issues] = backend.check_many(["He go home.\n"])
        backend.close()
        backend.close()
    assert [i.rule_id for i in issues] == ["HE_VERB_AGR"]
    assert closed == [True]
