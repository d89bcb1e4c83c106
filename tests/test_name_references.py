"""The capitalised words the in-article name comparison reads, by spelling."""

from __future__ import annotations

from newslint import document
from newslint.checks.name_ranking import Ref
from newslint.checks.name_references import References, mostly_capitals
from newslint.checks.name_runs import capitalised_runs


def refs_of(text: str) -> References:
    doc = document.parse(text, "a.txt")
    return References(doc, capitalised_runs(doc, True))


def test_spellings_in_order_of_first_appearance_titles_and_particles_aside() -> None:
    refs = refs_of(
        "Mr Tobias Wendle met Anna van Dorn in Lisbon. Later Wendle flew home, and eBay fell."
    )
    assert list(refs.spellings) == ["Tobias", "Wendle", "Anna", "Dorn", "Lisbon", "Later", "eBay"]
    written = ["Tobias", "Wendle", "Anna", "Dorn", "Lisbon", "Later", "Wendle", "eBay"]
    assert [t for t, _, _ in refs.words] == written
    assert [place[:2] for place in refs.spellings["Wendle"]] == [(10, 16), (52, 58)]


def test_the_names_around_a_reference() -> None:
    refs = refs_of("Tobias Wendle and Hartmann sang. Wendle left.")
    first, second = refs.of("Wendle")
    assert first == Ref("Wendle", 7, 13, frozenset({"Tobias"}), frozenset({"Hartmann"}))
    assert second == Ref("Wendle", 33, 39, frozenset(), frozenset())
    (tobias,) = refs.of("Tobias")
    assert tobias.after == frozenset({"Wendle", "Hartmann"})


def test_a_block_mostly_in_capitals_is_not_read() -> None:
    refs = refs_of("WENDLE WINS THE CUP AT Lisbon\n\nTobias Wendle won in Lisbon.")
    assert [start for start, _, _ in refs.spellings["Lisbon"]] == [52]
    assert "WENDLE" not in refs.spellings


def test_mostly_capitals_counts_letters_alone_in_any_script() -> None:
    assert mostly_capitals("UN TALKS: 3 DAYS, 2 NIGHTS (and more)")
    assert not mostly_capitals("UN talks begin in Geneva on Monday")
    assert mostly_capitals("ÉTÉ À MONTRÉAL, ÇA VA")
    assert not mostly_capitals("Été à Montréal, ça va")
    assert not mostly_capitals("ABC defghi")  # 3 of 9 letters
    assert not mostly_capitals("ABCDEF ghij")  # 6 of 10: not more than 0.6
    assert mostly_capitals("ABCDEFG hij")
    assert not mostly_capitals("12 345 -- ...")  # no letter
