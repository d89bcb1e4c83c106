"""Every library newslint's code imports is one that installing newslint installs: a runtime
dependency, or an optional one for the feature that needs it (grammar, lsp)."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _names(requirements: list[str]) -> set[str]:
    return {Requirement(r).name.lower().replace("_", "-") for r in requirements}


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_every_imported_library_is_a_declared_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = _names(project["dependencies"])
    optional = project["optional-dependencies"]
    declared |= _names(optional["grammar"]) | _names(optional["lsp"])
    owners = packages_distributions()
    missing = {}
    for path in (ROOT / "src" / "newslint").rglob("*.py"):
        for module in _imported(path):
            if module in sys.stdlib_module_names or module == "newslint":
                continue
            dists = {d.lower().replace("_", "-") for d in owners.get(module, [])}
            if not dists:
                pytest.fail(f"{path.relative_to(ROOT)} imports {module}, which is not installed")
            if not dists & declared:
                missing[module] = str(path.relative_to(ROOT))
    assert missing == {}, "imported but not a runtime or grammar/lsp dependency"
