"""The default rule pack ships inside the wheel and is found from an editable install too."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def test_editable_install_finds_the_repo_rules() -> None:
    from newslint.rules import default_rules_dir

    found = default_rules_dir()
    assert (found / "entity-spelling.yaml").is_file()
    assert (found / "entities" / "world.yaml").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if run.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{run.stderr[-2000:]}")
    [whl] = out.glob("newslint-*.whl")
    return whl


def test_wheel_contains_rules_schema_and_types(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = {p.name for p in (ROOT / "rules").glob("*.yaml")}
    for name in rules:
        assert f"newslint/_rules/{name}" in names, name
    assert "newslint/_rules/entities/world.yaml" in names
    assert "newslint/schema/output-v1.json" in names
    assert "newslint/py.typed" in names
    for name in ("report.html.j2", "report.css", "report.js"):
        assert f"newslint/templates/{name}" in names


def test_installed_wheel_uses_its_own_rules(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "from newslint.rules import default_rules_dir; from newslint.config import default_config;"
        "d = default_rules_dir(); print(d); assert 'site' in str(d), d;"
        "print(len(default_config().rules))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert str(site) in run.stdout
