"""How common a word is as a real first name or surname: the US census frequency lists that
the ``names`` package ships (5,494 first names, 88,799 surnames), read on first use.

A near miss of a listed name that is itself a common name may be another person ("Mark
Carey", "Tom Cook"), so the entity check lowers its confidence and offers no safe fix.
"""

from __future__ import annotations

from functools import cache

# Per 100 people in the census: about the 1,000 commonest first names of either sex (Hilary
# 0.014, Keith 0.3) and the 10,000 commonest surnames (Carey 0.019, Davy 0.001; Powel,
# Starmer and Merkell are rarer or absent).
COMMON_FIRST_NAME = 0.005
COMMON_SURNAME = 0.001
# A surname that thousands bear (Cook 0.12, Martin 0.27, Stanley; not Rubio 0.011, Merz 0.001):
# another first name before it may well be another person.
COMMON_SHARED_SURNAME = 0.02
# A full name that one person in a million bears (the product of its two shares: some 330 people
# in the US alone): Michael Martin (72 in a million), Joe Jordan 2.5, Tom Cook 1.4, Mark Carey
# 1.8; not Lindsay Graham 0.5, Marc Rubio 0.1. Whoever is so named may well be someone else.
COMMON_FULL_NAME = 1e-6


@cache
def _table(kind: str, floor: float | None = None) -> dict[str, float]:
    """Lower-cased names of ``kind`` ("first" or "last") at or above ``floor`` (by default its
    common frequency), kept in the derived-data cache (parsing the lists took 55 ms a process)."""
    import os

    import names

    from newslint.cache import derived

    if floor is None:
        floor = COMMON_FIRST_NAME if kind.startswith("first") else COMMON_SURNAME
    files = [f for key, f in names.FILES.items() if key.startswith(kind)]
    stamps = [f"{f}:{os.stat(f).st_size}:{os.stat(f).st_mtime_ns}" for f in files]
    inputs = [kind, str(floor), *stamps]
    return derived("realnames", inputs, lambda: _read(files, floor), dict, _checked)


def _checked(value: object) -> dict[str, float]:
    # The types of all keys and values, gathered in C (a test a name cost 18 ms a process).
    if not isinstance(value, dict) or not (
        set(map(type, value)) <= {str} and set(map(type, value.values())) <= {float}
    ):
        raise ValueError("not a table of names")
    return value


def _read(files: list[str], floor: float) -> dict[str, float]:
    table: dict[str, float] = {}
    for path in files:
        with open(path, encoding="ascii") as lines:
            for line in lines:
                name, frequency = line.split()[:2]
                share = float(frequency)
                if share < floor:
                    break  # the lists run from the commonest down
                key = name.lower()
                table[key] = max(share, table.get(key, 0.0))
    return table


def common_first_name(word: str) -> bool:
    """Whether ``word`` (any case) is a common first name."""
    return word.lower() in _table("first")


def common_surname(word: str) -> bool:
    """Whether ``word`` (any case) is a common surname."""
    return word.lower() in _table("last")


def surname_share(word: str) -> float:
    """How many people in 100 bear the surname ``word`` (0 below the common ones)."""
    return _table("last").get(word.lower(), 0.0)


def first_name_share(word: str) -> float:
    """How many people in 100 bear the first name ``word`` (0 below the common ones)."""
    return _table("first").get(word.lower(), 0.0)


def full_name_share(first: str, surname: str) -> float:
    """The share of people (0 to 1) expected to bear both names, as if drawn independently."""
    return first_name_share(first) / 100 * surname_share(surname) / 100


def first_name_sex(word: str) -> str | None:
    """ "male" or "female" where one sex bears the common first name ``word`` ten times as
    often as the other (Helen, Ronald; not Jordan, Leslie), else None."""
    male = _table("first:male").get(word.lower(), 0.0)
    female = _table("first:female").get(word.lower(), 0.0)
    if female > 10 * male:
        return "female"
    if male > 10 * female:
        return "male"
    return None


def any_first_name(word: str) -> bool:
    """Whether ``word`` is a first name at all in the census lists (common or rare)."""
    return word.lower() in _table("first", 0.0)
