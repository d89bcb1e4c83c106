"""Quality gate: the labelled dev set beside the checkout (../shared/devset), scored by its own
scorer. Skipped when the dev set is not there (e.g. an sdist outside the project)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
pytestmark = pytest.mark.skipif(
    not (SHARED / "tools" / "score.py").exists(), reason="the dev set is not beside the checkout"
)


def test_devset_precision_and_recall() -> None:
    devset = SHARED / "devset"
    run = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            str(devset),
            "--entities",
            str(devset / "entities.yaml"),
            "--newslint",
            f"{sys.executable} -m newslint",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    score = json.loads(run.stdout)
    for check, row in score["checks"].items():
        assert row["precision"] >= 0.95, (check, row)
        assert row["recall"] >= 0.9, (check, row)
    assert score["suggestion_accuracy"] >= 0.95
    assert score["readability_accuracy"] >= 0.9
