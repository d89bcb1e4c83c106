"""The README's promises: its two opening commands, and CI running exactly the second one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    return [
        line
        for block in blocks[:2]
        for line in block.splitlines()
        if line and not line.startswith("#")
    ]


def test_readme_starts_with_install_and_test_commands() -> None:
    install, test = commands()
    assert "pip install ." in install and "newslint check examples/" in install
    assert "pip install -e '.[test]'" in test and "python -m pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, test = commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # .ci/run makes and activates the venv itself; the rest of the line must be verbatim.
    tail = test.split("&& ", 2)[2]
    assert tail in ci.splitlines()


def test_examples_exist_and_include_the_seed_article() -> None:
    names = {p.name for p in (ROOT / "examples").iterdir()}
    assert "seed-article.txt" in names and any(n.endswith(".md") for n in names)


def test_every_rule_is_in_the_readme_table() -> None:
    from newslint.config import default_config

    for rule_id in default_config().rules:
        assert f"| `{rule_id}` |" in README, rule_id


def test_every_config_key_is_documented() -> None:
    from newslint.config import CONFIG_KEYS

    for key in CONFIG_KEYS:
        assert f"| `{key}` |" in README, key


def test_every_check_option_is_documented_in_the_readme() -> None:
    from typer.main import get_command

    from newslint.cli import app

    check = get_command(app).commands["check"]  # type: ignore[attr-defined]
    for param in check.params:
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert re.search(rf"`{re.escape(opt)}[` ]", README), opt
