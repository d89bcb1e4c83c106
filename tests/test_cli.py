"""The command line: exit codes (CliRunner and a real subprocess), output, subcommands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newslint.cli import Exit, app
from schema_helper import assert_valid_json_output

SEED = Path(__file__).parents[1] / "examples" / "seed-article.txt"
CLEAN = "**Storm closes schools**\nSchools closed on Monday as snow fell across the county.\n"
runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    p = tmp_path / "clean.txt"
    p.write_text(CLEAN, encoding="utf-8")
    return p


def test_exit_codes_are_pinned() -> None:
    assert (Exit.OK, Exit.FINDINGS, Exit.ERROR) == (0, 1, 2)


def test_clean_file_exits_0(clean: Path) -> None:
    code, out, _ = run("check", str(clean))
    assert code == Exit.OK
    assert out.strip() == "0 errors, 0 warnings in 1 file"


def test_findings_exit_1_with_text_lines() -> None:
    code, out, _ = run("check", "--no-color", str(SEED))
    assert code == Exit.FINDINGS
    assert (
        f'{SEED}:8:25: error entity-spelling [*] "Marc Rubio" looks like a misspelling of '
        '"Marco Rubio"' in out
    )
    assert "\n7 errors, 6 warnings, 1 info in 1 file\n" in out


def test_fail_on_and_exit_zero() -> None:
    code, _, _ = run("check", "--select", "superlative", "--fail-on", "error", str(SEED))
    assert code == Exit.OK
    code, _, _ = run("check", "--select", "superlative", "--fail-on", "warning", str(SEED))
    assert code == Exit.FINDINGS
    code, _, _ = run("check", "--exit-zero", str(SEED))
    assert code == Exit.OK


def test_default_fail_on_is_error_and_a_config_makes_it_stricter(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("# Storm\n\nIt was a historic storm for the town.\n")
    code, out, _ = run("check", "--no-color", str(article))
    assert code == Exit.OK and "warning superlative" in out
    (tmp_path / "newslint.yaml").write_text("fail-on: warning\n")
    code, _, _ = run("check", "--no-color", str(article))
    assert code == Exit.FINDINGS


def test_missing_file_is_exit_2_and_others_still_checked(clean: Path, tmp_path: Path) -> None:
    code, out, err = run("check", str(tmp_path / "nope.md"), str(SEED))
    assert code == Exit.ERROR
    assert f"newslint: {tmp_path / 'nope.md'}: no such file or directory" in err
    assert "duplicate-paragraph" in out


def test_bad_config_is_exit_2_with_file_and_line(tmp_path: Path, clean: Path) -> None:
    cfg = tmp_path / "newslint.yaml"
    cfg.write_text("rules:\n  superlatve: off\n")
    code, _, err = run("check", str(clean))
    assert code == Exit.ERROR
    assert f"{cfg}:2: unknown rule 'superlatve' (did you mean 'superlative'?)" in err


def test_json_shape() -> None:
    code, out, _ = run("check", "--format", "json", str(SEED))
    assert code == Exit.FINDINGS
    assert_valid_json_output(out)
    data = json.loads(out)
    assert data["version"] == 1
    assert data["summary"] == {"files": 1, "error": 7, "warning": 6, "info": 1}
    diags = data["files"][0]["diagnostics"]
    assert [(d["line"], d["column"]) for d in diags] == sorted(
        (d["line"], d["column"]) for d in diags
    )
    rubio = next(d for d in diags if d["match"] == "Marc Rubio")
    assert rubio == rubio | {
        "rule": "entity-spelling",
        "check": "entity-spelling",
        "severity": "error",
        "line": 8,
        "column": 25,
        "end_line": 8,
        "end_column": 35,
        "suggestions": ["Marco Rubio"],
    }
    dup = next(d for d in diags if d["rule"] == "duplicate-paragraph")
    assert dup["related"][0]["line"] == 7 and dup["related"][0]["message"] == "first copy"


def test_select_ignore_and_unknown_selector_warning(clean: Path) -> None:
    code, out, err = run(
        "check", "--ignore", "superlative,readability", "--select", "nosuch", str(SEED)
    )
    assert "matches no rule" in err and "'nosuch'" in err
    assert code == Exit.OK  # an unknown selector warns; it selects nothing, so nothing fails
    _, out, _ = run("check", "--ignore", "superlative,readability,entity", str(SEED))
    assert (
        # rule ids as printed ("warning superlative ..."): the path may contain the words
        " superlative " not in out
        and " entity-spelling " not in out
        and " duplicate-paragraph " in out
    )


def test_statistics_and_quiet() -> None:
    _, out, _ = run("check", "--statistics", str(SEED))
    assert "     4  duplicate-paragraph (error)" in out
    _, out, _ = run("check", "--quiet", str(SEED))
    assert "errors" not in out.splitlines()[-1]


def test_entities_flag(tmp_path: Path) -> None:
    people = tmp_path / "people.yaml"
    people.write_text("- name: Zorbulan Qextrix\n")
    art = tmp_path / "a.txt"
    art.write_text("**Head line here**\nThe minister Zorbulan Qextriz spoke on Monday.\n")
    _, out, _ = run("check", "--entities", str(people), str(art))
    assert '"Zorbulan Qextriz" looks like a misspelling of "Zorbulan Qextrix"' in out
    code, _, err = run("check", "--entities", str(tmp_path / "none.yaml"), str(art))
    assert code == Exit.ERROR and "entities file not found" in err


def test_unknown_format(clean: Path) -> None:
    code, _, err = run("check", "--format", "xml", str(clean))
    assert code == Exit.ERROR and "unknown format 'xml'" in err


def test_github_format_is_automatic_on_actions(
    clean: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = run("check", str(SEED))
    assert out.startswith("::")


def test_rules_list_and_explain() -> None:
    code, out, _ = run("rules")
    assert code == 0
    assert any(line.startswith("entity-spelling ") for line in out.splitlines())
    assert "cliches" in out and "(off)" in out
    code, out, _ = run("rules", "--explain", "superlative")
    assert code == 0 and "What it flags:" in out and "Instead:" in out and "Flagged:" in out
    code, _, err = run("rules", "--explain", "superlatives")
    assert code == Exit.ERROR and "did you mean 'superlative'" in err


def test_init_writes_a_config_that_loads(tmp_path: Path) -> None:
    target = tmp_path / "newslint.yaml"
    code, _, _ = run("init", str(target))
    assert code == 0 and target.exists()
    from newslint.config import load_config

    load_config(target)
    code, _, err = run("init", str(target))
    assert code == Exit.ERROR and "already exists" in err


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("newslint ")


def test_real_subprocess_exit_codes(clean: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    cmd = [sys.executable, "-m", "newslint", "check"]
    assert subprocess.run([*cmd, str(clean)], capture_output=True, env=env).returncode == 0
    assert subprocess.run([*cmd, str(SEED)], capture_output=True, env=env).returncode == 1
    proc = subprocess.run(
        [*cmd, str(tmp_path / "missing.txt")], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 2 and "no such file or directory" in proc.stderr


FAST_EXIT = """
import atexit, sys
from newslint.cli import main
atexit.register(lambda: print("exit handler ran", file=sys.stderr))
sys.argv = ["newslint", *sys.argv[1:]]
main()
"""


def test_command_keeps_exit_handlers_and_output(tmp_path: Path) -> None:
    """All of a large output reaches the pipe, the exit code is kept, and exit handlers (the
    grammar server's shutdown is one) run."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("GITHUB_ACTIONS", None)
    articles = []
    for i in range(40):
        articles.append(tmp_path / f"a{i}.txt")
        articles[-1].write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["check", "--format", "json", "--ignore", "grammar", *map(str, articles)]
    proc = subprocess.run(
        [sys.executable, "-c", FAST_EXIT, *args], capture_output=True, text=True, env=env
    )
    assert proc.returncode == Exit.FINDINGS
    assert len(proc.stdout) > 100_000
    assert len(json.loads(proc.stdout)["files"]) == 40  # nothing lost in the buffer
    assert proc.stderr.splitlines()[-1] == "exit handler ran"
    proc = subprocess.run(
        [sys.executable, "-c", FAST_EXIT, "check", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == Exit.ERROR and "exit handler ran" in proc.stderr


def test_command_with_closed_output_streams_keeps_its_exit_code() -> None:
    """Started with stdout or stderr closed (`newslint --version >&-`), Python has no stream
    to flush; the command still exits 0."""
    for fd in (1, 2):
        proc = subprocess.run(
            [sys.executable, "-c", FAST_EXIT, "--version"],
            capture_output=fd == 2,
            preexec_fn=lambda fd=fd: os.close(fd),  # type: ignore[misc]
        )
        assert proc.returncode == 0
