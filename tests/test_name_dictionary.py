"""Whether English writes a word in lower case, by Harper's dictionary (issue 20): the
evidence that a name written in lower case is a slip though the word is printed often."""

from __future__ import annotations

import random

import harper
from wordfreq import zipf_frequency

from newslint.checks.name_dictionary import (
    NAME,
    NO_WORD,
    PRINTED,
    answers,
    capitals,
    dictionary_names,
    lower_case_words,
)

WORDS = ["labour", "holocaust", "aids", "qatar", "colombia", "opec", "december"]


def test_words_english_writes_in_lower_case() -> None:
    # A British spelling is a word in lower case: Harper's British dictionary holds it.
    assert lower_case_words(WORDS) == {"labour", "holocaust", "aids"}


def test_names_the_dictionary_holds_with_a_capital() -> None:
    # An acronym is no name written with its first capital.
    assert dictionary_names(WORDS) == {"qatar", "colombia", "december"}


def test_the_file_holds_what_harper_answers_now() -> None:
    """The kept answers are Harper's and wordfreq's today: some 40 words of the file, and
    some 40 printed often that it leaves out, asked again."""
    table = capitals()
    kept = random.Random(20).sample(sorted(table), 40)
    assert all(zipf_frequency(w, "en") >= PRINTED for w in kept)
    linters = [harper.Linter(harper.Dialect.AMERICAN), harper.Linter(harper.Dialect.BRITISH)]
    assert dict(answers(kept, linters)) == {w: table[w] for w in kept}
    left = ["minister", "labour", "holocaust", "budget", "council", "colour", "color"]
    assert dict(answers(left, linters)) == {}
    assert dict(answers(["qatar", "gaviria"], linters)) == {"qatar": NAME, "gaviria": NO_WORD}
