"""newslint's syllable counter equals textstat's, word for word, on real articles."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    "path", [p for p in SAMPLES if p.suffix in (".md", ".txt")], ids=lambda p: p.name
)
def test_counts_over_textstats_cleaned_text_equal_textstat(path: Path) -> None:
    """readability cleans the article once, as textstat cleans it for its counts, and counts
    words and syllables of that: the same as textstat's lexicon_count and syllable_count."""
    from newslint.lexicon import remove_punctuation, syllables_of_words

    textstat = fast_textstat()
    text = path.read_text(encoding="utf-8") + "\nDON'T 'quoted' rock'n'roll—U.S.-led 2.5%"
    cleaned = remove_punctuation(text)
    assert textstat.lexicon_count(cleaned, removepunct=False) == textstat.lexicon_count(text)
    assert syllables_of_words(cleaned.lower().split()) == textstat.syllable_count(text)


def test_contractions_and_punctuation() -> None:
    textstat = fast_textstat()
    text = "Don't stop—it's the nation's 'best' plan; they'll say “no”. Zorbulan Qextrix!"
    assert syllable_count(text) == textstat.syllable_count(text)


HYPHENATION_WORDS = [
    "lettergrepen",
    "hyphenation",
    "supercalifragilisticexpialidocious",
    "Bukele",
    "Zorbulan",
    "İstanbul",  # lower() lengthens it: the right margin counts the word as written
    "straße",
    "ﬁnance",
    "a",
    "ab",
    "x" * 40,
    "Qextrix",
    "Shiniwatra",
    "Guantánamo",
]


def test_hyphenation_points_equal_pyphen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyphen

    from newslint import lexicon

    reference = pyphen.Pyphen(lang="en_US")
    words = HYPHENATION_WORDS + (ROOT / "examples" / "seed-article.txt").read_text().split()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicon.hyphenator.cache_clear()
    try:
        parsed = lexicon.hyphenator()  # parses pyphen's file and writes the cache
        assert list(tmp_path.rglob("hyph-en_US-*.marshal"))
        lexicon.hyphenator.cache_clear()
        cached = lexicon.hyphenator()  # read back from the cache
        cached.warm()  # builds the patterns' trie, and caches it
        (trie_file,) = tmp_path.rglob("hyphprefixes-en_US-*-v2.marshal")
        lexicon.hyphenator.cache_clear()
        loaded = lexicon.hyphenator()
        loaded.warm()  # reads the trie back
        assert loaded._trie == cached._trie
        for word in words:
            expected = len(reference.positions(word))
            assert parsed.points(word) == cached.points(word) == expected, word
            assert loaded.points(word) == expected, word
        for bad in (b"", b"\x00not marshal", marshal.dumps([1, 2])):
            trie_file.write_bytes(bad)  # a damaged cache is rebuilt, and rewritten
            lexicon.hyphenator.cache_clear()
            rebuilt = lexicon.hyphenator()
            rebuilt.warm()
            assert rebuilt._trie == cached._trie
            assert marshal.loads(trie_file.read_bytes()) == cached._trie
    finally:
        lexicon.hyphenator.cache_clear()


@given(st.text(alphabet="abcdefghilmnoprstuyzé-'.", min_size=1, max_size=16))
def test_hyphenation_with_the_trie_equals_pyphen(word: str) -> None:
    """After TRIE_AFTER words a hyphenator walks the patterns' trie from each letter; the
    points are the same as pyphen's, with or without it."""
    import pyphen

    from newslint import lexicon

    plain = lexicon.Hyphenator(lexicon.hyphenator().patterns)
    fast = lexicon.Hyphenator(lexicon.hyphenator().patterns)
    fast._trie = fast._build_trie()
    expected = len(pyphen.Pyphen(lang="en_US").positions(word))
    assert plain.points(word) == fast.points(word) == expected


def test_hyphenator_loads_its_trie_after_many_words() -> None:
    import pyphen

    from newslint import lexicon

    reference = pyphen.Pyphen(lang="en_US")
    hyphenator = lexicon.Hyphenator(lexicon.hyphenator().patterns)
    words = HYPHENATION_WORDS + (ROOT / "examples" / "seed-article.txt").read_text().split()
    for n, word in enumerate(words * 2):
        assert (hyphenator._trie is not None) == (n > lexicon.Hyphenator.TRIE_AFTER)
        assert hyphenator.points(word) == len(reference.positions(word)), word


def test_word_table_lookups_match_the_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.lexicon import WordTable

    data = {"a": 1, "ab": 1, "abc": 2, "école": 2, "zebra": 2, "zoë": 2, "über": 2, "b": 1}
    table = WordTable.load(WordTable.from_dict(data).dump())
    asked = [*data, "", "aa", "abcd", "zz", "ecole", "a b", "\u00e9"]
    expected = [data.get(w) for w in asked]
    assert [table.get(w) for w in asked] == expected  # binary search over the blob
    assert "école" in table and "ecole" not in table
    monkeypatch.setattr(WordTable, "DICT_AFTER", 3)
    fresh = WordTable.load(table.dump())
    assert [fresh.get(w) for w in asked] == expected  # switches to a dict after three words
    assert fresh.as_dict() == data
    assert WordTable.from_dict({}).get("a") is None


def test_word_table_is_mapped_from_its_cache_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written once, then mapped read-only; a damaged file is rebuilt, never trusted."""
    import mmap

    from newslint import lexicon

    data = {"news": 1, "editor": 3, "zoë": 2}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(lexicon, "_build", lambda: dict(data))
    lexicon.word_table.cache_clear()
    try:
        built = lexicon.word_table()
        (path,) = tmp_path.rglob("cmudict-*.table")
        lexicon.word_table.cache_clear()
        mapped = lexicon.word_table()
        assert isinstance(mapped._data, mmap.mmap)
        assert [mapped.get(w) for w in [*data, "nope"]] == [1, 3, 2, None]
        assert mapped.as_dict() == built.as_dict() == data
        for damage in (b"", b"NLWT", path.read_bytes()[:-1], b"x" * 64):
            path.write_bytes(damage)
            assert lexicon.WordTable.mapped(path) is None
            lexicon.word_table.cache_clear()
            assert lexicon.word_table().as_dict() == data  # rebuilt and cached again
            assert lexicon.WordTable.mapped(path) is not None
    finally:
        lexicon.word_table.cache_clear()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.text(max_size=40))
def test_remove_punctuation_equals_the_pattern(text: str) -> None:
    """ASCII punctuation is removed by translation (from the UTF-8 bytes of other text), the
    rest by a pattern for non-ASCII only: the same as one [^\\w\\s'] substitution."""
    from newslint.lexicon import _NON_CONTRACTION_APOSTROPHE, _PUNCTUATION, remove_punctuation

    expected = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text))
    assert remove_punctuation(text) == expected
