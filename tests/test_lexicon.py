"""newslint's syllable counter equals textstat's, word for word, on real articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.lexicon import fast_textstat, syllable_count

ROOT = Path(__file__).parents[1]
SAMPLES = [
    *sorted((ROOT / "examples").iterdir()),
    *sorted((ROOT.parent / "shared" / "devset").glob("dev-*.*")),
]


@pytest.mark.parametrize(
    "path", [p for p in SAMPLES if p.suffix in (".md", ".txt")], ids=lambda p: p.name
)
def test_syllables_equal_textstat(path: Path) -> None:
    textstat = fast_textstat()
    text = path.read_text(encoding="utf-8")
    assert syllable_count(text) == textstat.syllable_count(text)


def test_contractions_and_punctuation() -> None:
    textstat = fast_textstat()
    text = "Don't stop—it's the nation's 'best' plan; they'll say “no”. Zorbulan Qextrix!"
    assert syllable_count(text) == textstat.syllable_count(text)
