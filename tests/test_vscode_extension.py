"""The VS Code extension (editors/vscode) builds into a .vsix that starts the tested server.

The build is what a release does: ``npm ci``, ``tsc``, ``vsce package``, in a copy of the
extension's folder (so node_modules never lands in the checkout). It needs npm and, the first
time, the npm registry (then npm's cache). Without npm the tests skip, unless
NEWSLINT_REQUIRE_NPM=1 (CI sets it), when they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from lsp_client import SERVER_COMMAND

ROOT = Path(__file__).parents[1]
EXTENSION = ROOT / "editors" / "vscode"
MANIFEST = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))


def _tools() -> tuple[str, str]:
    npm, npx = shutil.which("npm"), shutil.which("npx")
    if npm and npx:
        return npm, npx
    if os.environ.get("NEWSLINT_REQUIRE_NPM") == "1":
        pytest.fail("NEWSLINT_REQUIRE_NPM=1 but npm/npx are not on PATH")
    pytest.skip("npm is not installed: the VS Code extension is not built")


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(args)}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extension's folder, built, with ``newslint.vsix`` in it."""
    npm, npx = _tools()
    work = tmp_path_factory.mktemp("vscode") / "vscode"
    shutil.copytree(EXTENSION, work, ignore=shutil.ignore_patterns("node_modules", "out", "*.vsix"))
    _run([npm, "ci", "--no-audit", "--no-fund"], work)
    _run([npm, "run", "compile"], work)
    _run([npx, "vsce", "package", "--skip-license", "--out", "newslint.vsix"], work)
    return work


@pytest.fixture(scope="module")
def vsix(built: Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(built / "newslint.vsix")


def _packaged_manifest(vsix: zipfile.ZipFile) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(vsix.read("extension/package.json"))
    return data


def test_vsix_holds_the_compiled_client_and_its_runtime(vsix: zipfile.ZipFile) -> None:
    names = set(vsix.namelist())
    assert {
        "extension.vsixmanifest",
        "extension/out/extension.js",
        "extension/out/command.js",
    } <= names
    assert "extension/node_modules/vscode-languageclient/package.json" in names
    # Sources and build tools stay out.
    assert not any(n.startswith("extension/src/") for n in names)
    assert not any(
        n.startswith(("extension/node_modules/typescript/", "extension/node_modules/@vscode/vsce/"))
        for n in names
    )
    client = vsix.read("extension/out/extension.js").decode()
    assert 'require("vscode-languageclient/node")' in client
    for language in ("markdown", "plaintext"):
        assert f'language: "{language}"' in client
    assert 'getConfiguration("newslint")' in client


def test_manifest_activates_on_markdown_and_text(vsix: zipfile.ZipFile) -> None:
    manifest = _packaged_manifest(vsix)
    assert manifest["activationEvents"] == ["onLanguage:markdown", "onLanguage:plaintext"]
    assert manifest["main"] == "./out/extension.js"
    settings = manifest["contributes"]["configuration"]["properties"]
    assert set(settings) == {"newslint.path", "newslint.args", "newslint.config"}
    assert (
        manifest["version"]
        == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"code --install-extension newslint-{manifest['version']}.vsix" in readme


def _server_command(built: Path, settings: dict[str, Any], root: str | None = None) -> list[str]:
    """The command line the packaged extension builds from ``settings`` (run with node)."""
    with zipfile.ZipFile(built / "newslint.vsix") as vsix:
        vsix.extract("extension/out/command.js", built / "unpacked")
    script = (
        "const {serverCommand} = require(process.argv[1]);"
        "const c = serverCommand(JSON.parse(process.argv[2]), process.argv[3] || undefined);"
        "process.stdout.write(JSON.stringify([c.command, ...c.args]));"
    )
    module = built / "unpacked" / "extension" / "out" / "command.js"
    done = subprocess.run(
        ["node", "-e", script, str(module), json.dumps(settings), root or ""],
        capture_output=True,
        text=True,
        check=True,
    )
    command: list[str] = json.loads(done.stdout)
    return command


def test_default_server_command_is_the_tested_one(built: Path) -> None:
    settings = MANIFEST["contributes"]["configuration"]["properties"]
    defaults = {key.split(".", 1)[1]: spec["default"] for key, spec in settings.items()}
    command = _server_command(built, defaults)
    assert command == ["newslint", "lsp"]
    # The language-server tests start `python -m newslint lsp`: the same entry point as the
    # `newslint` script, with the same arguments.
    assert [sys.executable, "-m", "newslint", *command[1:]] == SERVER_COMMAND
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["newslint"] == "newslint.__main__:main"
    # Pointed at a Python, as the README shows, it is exactly the tested command.
    python = {**defaults, "path": sys.executable, "args": ["-m", "newslint", "lsp"]}
    assert _server_command(built, python) == SERVER_COMMAND


def test_config_setting_becomes_the_servers_config_option(built: Path, tmp_path: Path) -> None:
    settings = {"path": "newslint", "args": ["lsp"], "config": "desk/house.yaml"}
    root = str(tmp_path)
    assert _server_command(built, settings, root) == [
        "newslint",
        "lsp",
        "--config",
        str(tmp_path / "desk" / "house.yaml"),
    ]
    absolute = {**settings, "config": "${workspaceFolder}/house.yaml"}
    assert _server_command(built, absolute, root)[-1] == str(tmp_path / "house.yaml")
    # `--config` is an option `newslint lsp` really has (tests/test_lsp_editor.py runs it).
    help_text = subprocess.run(
        [*SERVER_COMMAND, "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "--config" in help_text


def test_missing_npm_skips_locally_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("NEWSLINT_REQUIRE_NPM", raising=False)
    with pytest.raises(pytest.skip.Exception, match="npm is not installed"):
        _tools()
    monkeypatch.setenv("NEWSLINT_REQUIRE_NPM", "1")
    with pytest.raises(pytest.fail.Exception, match="NEWSLINT_REQUIRE_NPM=1"):
        _tools()
