"""Whether English writes a word in lower case, by Harper's dictionary (issue 20): the
evidence that a name written in lower case is a slip though the word is printed often. The
list is built by bench/names/capitals.py; these are its answers for words whose case is
known."""

from __future__ import annotations

from wordfreq import zipf_frequency

from newslint.checks.name_dictionary import (
    ACRONYM,
    NAME,
    PRINTED,
    dictionary_table,
    lower_case_words,
)

WORDS = ["labour", "holocaust", "aids", "etc", "qatar", "spain", "colombia", "opec"]


def test_words_english_writes_in_lower_case() -> None:
    # A British spelling is a word in lower case (Harper's British dictionary holds it), and
    # so is a word Harper knows in no case ("etc"): nothing says it is a name.
    assert lower_case_words(WORDS) == {"labour", "holocaust", "aids", "etc"}


def test_names_the_dictionary_holds_with_a_capital() -> None:
    table = dictionary_table()
    assert {w: table[w] for w in WORDS if w in table} == {
        "qatar": NAME,
        "spain": NAME,
        "colombia": NAME,
        "opec": ACRONYM,  # no name written with its first capital
    }


def test_the_file_holds_lower_case_words_printed_often() -> None:
    table = dictionary_table()
    assert len(table) > 3000 and set(table.values()) == {NAME, ACRONYM}
    assert all(w.isalpha() and w.islower() for w in table)
    assert min(zipf_frequency(w, "en") for w in sorted(table)[::50]) >= PRINTED
