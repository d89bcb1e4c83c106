"""Hostile YAML and other malformed inputs: a message and exit 2, never a hang or a traceback
(issue 23 items 7, 8, 17 and 18)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newslint.cli import Exit, app
from newslint.config import load_config
from newslint.entities import load_entities
from newslint.rules import load_rule
from newslint.yamlutil import ConfigError, shown

runner = CliRunner()
SRC = os.environ.get("NEWSLINT_TEST_SRC") or str(Path(__file__).resolve().parents[1] / "src")
ARTICLE = "Drones struck Kiev overnight, officials said.\n"


def check(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", "--ignore", "grammar", "--no-cache", *args])
    return result.exit_code, result.stdout, result.stderr


def laughs(indent: str = "") -> str:
    """Nine anchors, each nine aliases of the one before: 9**9 values from ~450 bytes."""
    rows = [indent + '- &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        rows.append(indent + f"- &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(rows) + "\n"


def in_subprocess(code: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter, so a regression shows as a timeout, not a hang."""
    env = {**os.environ, "PYTHONPATH": SRC, "XDG_CACHE_HOME": str(cwd / ".cache")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


# --- item 7: aliases ----------------------------------------------------------------------


def test_alias_bomb_in_config_is_refused_quickly(tmp_path: Path) -> None:
    (tmp_path / "newslint.yaml").write_text(
        "rules:\n  readability:\n    options:\n      max_grade:\n" + laughs("        ")
    )
    started = time.monotonic()
    run = in_subprocess(
        "from newslint.config import load_config\n"
        "from newslint.yamlutil import ConfigError\n"
        "try:\n    load_config(__import__('pathlib').Path('newslint.yaml'))\n"
        "except ConfigError as e:\n    print(e)\n",
        tmp_path,
    )
    assert time.monotonic() - started < 30
    assert "aliases expand to more than" in run.stdout, run.stderr[-2000:]


def test_alias_bomb_in_rule_file_and_entities_list(tmp_path: Path) -> None:
    rule = tmp_path / "rule.yaml"
    rule.write_text("id: x\ncheck: existence\nseverity: info\nmessage: m\noptions:\n  tokens:\n")
    with rule.open("a") as fh:
        fh.write(laughs("    "))
    with pytest.raises(ConfigError, match="aliases expand"):
        load_rule(rule)
    names = tmp_path / "names.yaml"
    names.write_text(laughs())
    with pytest.raises(ConfigError, match="aliases expand"):
        load_entities(names)


def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    (tmp_path / "newslint.yaml").write_text(
        "include: &globs ['*.md']\nexclude: ['drafts/']\nrules:\n  readability: &sev warning\n"
    )
    assert load_config(tmp_path / "newslint.yaml").include == ("*.md",)


def test_error_messages_show_values_truncated(tmp_path: Path) -> None:
    (tmp_path / "newslint.yaml").write_text(
        "rules:\n  readability:\n    options:\n      max_grade: " + json.dumps(["x" * 100] * 10_000)
    )
    with pytest.raises(ConfigError, match="max_grade") as err:
        load_config(tmp_path / "newslint.yaml")
    assert len(str(err.value)) < 400


def test_shown_never_prints_a_huge_integer() -> None:
    huge = int("9" * 4000) * 10**1000
    assert len(shown(huge)) < 80 and len(shown("y" * 10**6)) < 80


# --- item 17: empty configs ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n", "# nothing here yet\n", "---\n", "--- # x\n...\n"])
def test_empty_or_comment_only_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newslint.yaml").write_text(text)
    (tmp_path / "a.md").write_text(ARTICLE)
    code, out, err = check("a.md")
    assert code == Exit.OK and "place-names" in out, err  # a warning: fail-on is error
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0 and "place-names" in result.stdout, result.stderr


# --- item 18: a message and exit 2 ----------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        '{"version": 1, "findings": ' + "[" * 100_000,
        '{"version": ' + "9" * 5000 + "}",
        '{"version": 1, "findings": [{"path": "a.md", "fingerprint": ' + "1" * 5000 + "}]}",
        "\x00\x01garbage",
        "[]",
    ],
)
def test_malformed_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "base.json").write_text(content)
    code, _, err = check("a.md", "--baseline", "base.json")
    assert code == Exit.ERROR, err
    assert "base.json" in err and len(err) < 600


@pytest.mark.parametrize("diff", ['diff --git "a/a.md b/a.md\n', '--- "a/a.md\n+++ "b/a.md\n'])
def test_unterminated_quoted_path_in_a_diff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, diff: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "pr.diff").write_text(diff)
    code, _, err = check("a.md", "--diff-file", "pr.diff")
    assert code == Exit.ERROR and "unterminated quoted path" in err


def test_a_long_extends_chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for i in range(1500):
        (tmp_path / f"c{i}.yaml").write_text(f"extends: c{i + 1}.yaml\n" if i < 1499 else "")
    (tmp_path / "a.md").write_text(ARTICLE)
    code, _, err = check("a.md", "--config", "c0.yaml")
    assert code == Exit.ERROR and "'extends' chain is longer than" in err


@pytest.mark.parametrize(
    "text",
    [
        "fail-on: 2025-02-30\n",
        "include: [2025-13-01]\n",
        "fail-on: " + "7" * 5000 + "\n",
        "include: " + "[" * 5000 + "\n",
    ],
)
def test_values_python_cannot_hold_in_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newslint.yaml").write_text(text)
    (tmp_path / "a.md").write_text(ARTICLE)
    code, _, err = check("a.md")
    assert code == Exit.ERROR and "newslint.yaml" in err and len(err) < 600, err


def test_language_server_bad_content_length_exits_2(tmp_path: Path) -> None:
    pytest.importorskip("pygls")
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}})
    stream = f"Content-Length: abc\r\n\r\n{{}}Content-Length: {len(body)}\r\n\r\n{body}"
    env = {**os.environ, "PYTHONPATH": SRC}
    with subprocess.Popen(
        [sys.executable, "-m", "newslint", "lsp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    ) as server:
        assert server.stdin is not None
        server.stdin.write(stream.encode())
        server.stdin.flush()  # and keep it open: a wedged server would wait forever
        try:
            code = server.wait(timeout=30)
        finally:
            server.kill()
        assert server.stderr is not None
        err = server.stderr.read().decode()
    assert code == Exit.ERROR and "Content-Length" in err and "Traceback" not in err


# --- item 8: one bad article never sinks the run ---------------------------------------------


@pytest.mark.parametrize(
    "front",
    ["date: 2025-02-30", "n: " + "9" * 4400, "n: " + "[" * 5000, "x:\n" + laughs("  ")],
)
def test_bad_front_matter_is_that_files_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, front: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.md").write_text(f"---\ntitle: Hi\n{front}\n---\n\nThe mayor spoke.\n")
    (tmp_path / "good.md").write_text(ARTICLE)
    code, out, err = check(".")
    assert code == Exit.ERROR, out + err
    assert "good.md:1:15: warning place-names" in out
    assert "bad.md:" in err and "front matter" in err and "Traceback" not in err
    assert len(err) < 600
