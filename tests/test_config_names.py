"""Config file names: .yaml and .yml, hidden or not; two in one folder is said out loud."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newslint.cli import app
from newslint.config import load_config
from newslint.discovery import CONFIG_NAMES, discover_config
from newslint.findings import Severity


@pytest.mark.parametrize(
    "name", ["newslint.yaml", ".newslint.yaml", "newslint.yml", ".newslint.yml"]
)
def test_each_name_is_found_and_read(tmp_path: Path, name: str) -> None:
    (tmp_path / "articles").mkdir()
    story = tmp_path / "articles" / "story.md"
    story.write_text("# Storm\n\nIt was a historic storm.\n")
    (tmp_path / name).write_text("fail-on: warning\n")
    assert discover_config(story) == (tmp_path / name, None)
    assert load_config(start=story).fail_on == Severity.WARNING
    result = CliRunner().invoke(app, ["check", "--no-color", str(story)])
    assert result.exit_code == 1 and "warning superlative" in result.stdout  # fail-on: warning


def test_two_configs_in_one_folder_warn_and_use_the_first(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# Storm\n\nIt was a historic storm.\n")
    (tmp_path / ".newslint.yml").write_text("fail-on: info\n")
    (tmp_path / "newslint.yaml").write_text("fail-on: warning\n")
    found, notice = discover_config(story)
    assert found == tmp_path / "newslint.yaml"
    assert notice == (
        f"{tmp_path} has several config files: using newslint.yaml, ignoring .newslint.yml "
        "(merge them into one)"
    )
    config = load_config(start=story)
    assert config.fail_on == Severity.WARNING and config.notices == (notice,)
    result = CliRunner().invoke(app, ["check", "--no-color", str(story)])
    assert f"newslint: warning: {notice}" in result.stderr


def test_the_nearest_folder_wins_whatever_the_suffix(tmp_path: Path) -> None:
    (tmp_path / "newslint.yaml").write_text("fail-on: info\n")
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "newslint.yml").write_text("fail-on: warning\n")
    found, notice = discover_config(tmp_path / "desk" / "story.md")
    assert (found, notice) == (tmp_path / "desk" / "newslint.yml", None)


def test_the_language_server_watches_every_name() -> None:
    pytest.importorskip("pygls")
    from newslint.lsp.server import CONFIG_GLOBS

    assert {f"**/{name}" for name in CONFIG_NAMES} <= set(CONFIG_GLOBS)
