"""The GitHub Action and the workflows that use it: the example runs as written (its inputs
are the action's, its reference exists, its path filter names every config file newslint
reads), and the action installs newslint from its own checkout unless asked otherwise."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pathspec
import pytest
import yaml

from newslint.discovery import CONFIG_NAMES

ROOT = Path(__file__).parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXAMPLE = ROOT / ".github" / "examples" / "newslint-content-repo.yml"
README = (ROOT / "README.md").read_text(encoding="utf-8")
# A branch this repository has, or a full commit SHA: no release tag exists to point at.
PINNED = re.compile(r"newslint/newslint@(main|[0-9a-f]{40})")


def uses_of(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        step
        for job in workflow["jobs"].values()
        for step in job["steps"]
        if str(step.get("uses", "")).startswith("newslint/newslint")
    ]


def readme_workflows() -> list[dict[str, Any]]:
    blocks = re.findall(r"```yaml\n(.*?)```", README, re.S)
    return [yaml.safe_load(b) for b in blocks if "newslint/newslint@" in b and "jobs:" in b]


def workflows() -> list[dict[str, Any]]:
    return [yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")), *readme_workflows()]


def test_every_workflow_pins_a_reference_that_exists_and_passes_known_inputs() -> None:
    found = [step for workflow in workflows() for step in uses_of(workflow)]
    assert len(found) >= 2  # the example file and the README's
    for step in found:
        assert PINNED.fullmatch(step["uses"]), step["uses"]
        unknown = set(step.get("with", {})) - set(ACTION["inputs"])
        assert not unknown, f"{step['uses']}: not inputs of action.yml: {unknown}"
    assert "@v1" not in EXAMPLE.read_text(encoding="utf-8") and "@v1" not in README


def test_the_examples_pin_a_commit_whose_action_takes_their_inputs() -> None:
    steps = [step for workflow in workflows() for step in uses_of(workflow)]
    shas = {step["uses"].partition("@")[2] for step in steps}
    assert all(re.fullmatch(r"[0-9a-f]{40}", sha) for sha in shas), shas
    shallow = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--is-shallow-repository"],
        capture_output=True,
        text=True,
    )
    if shallow.returncode != 0 or shallow.stdout.strip() != "false":
        pytest.skip("not a full git clone: the pinned commit cannot be looked up")
    for step in steps:
        sha = step["uses"].partition("@")[2]
        shown = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{sha}:action.yml"],
            capture_output=True,
            text=True,
            check=True,
        )
        pinned_inputs = set(yaml.safe_load(shown.stdout)["inputs"])
        assert set(step.get("with", {})) <= pinned_inputs, sha


def test_the_example_path_filter_names_every_config_file() -> None:
    workflow = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    # PyYAML reads the key `on` as True (YAML 1.1).
    trigger = workflow.get("on", workflow.get(True))
    spec = pathspec.GitIgnoreSpec.from_lines(trigger["pull_request"]["paths"])
    for name in (*CONFIG_NAMES, "pyproject.toml"):
        assert spec.match_file(name), name
        assert spec.match_file(f"desk/{name}"), name
    for article in ("story.md", "world/2026/story.markdown", "wire/story.txt"):
        assert spec.match_file(article)


def install_step() -> dict[str, Any]:
    (step,) = [s for s in ACTION["runs"]["steps"] if s.get("name") == "Install newslint"]
    return step


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("", ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", "ACTION_PATH"]),
        (
            "latest",
            ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", "--upgrade",
             "newslint"],
        ),
        (
            "0.1.0",
            ["-m", "pip", "install", "--disable-pip-version-check", "--quiet",
             "newslint==0.1.0"],
        ),
    ],
)  # fmt: skip
def test_install_uses_the_actions_own_checkout_unless_a_version_is_asked(
    tmp_path: Path, version: str, expected: list[str]
) -> None:
    assert ACTION["inputs"]["version"]["default"] == ""
    step = install_step()
    assert step["env"]["NEWSLINT_ACTION_PATH"] == "${{ github.action_path }}"
    # A stand-in `python` that records its arguments instead of installing anything.
    (tmp_path / "python").write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$0.args"\n')
    (tmp_path / "python").chmod(0o755)
    env = {
        "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}",
        "NEWSLINT_VERSION": version,
        "NEWSLINT_ACTION_PATH": str(tmp_path / "ACTION_PATH"),
    }
    subprocess.run(["bash", "-c", step["run"]], env=env, check=True)
    args = (tmp_path / "python.args").read_text().splitlines()
    assert [a.replace(str(tmp_path / "ACTION_PATH"), "ACTION_PATH") for a in args] == expected
