"""Deterministic fake "First Last" person names, written as a newslint entities list.

Surnames are built from English place-name parts (Ash + ford, Thorn + ley, ...), which gives
1,050 plausible surnames; with 120 given names that is 126,000 distinct full names, enough for
a 100,000-entry list without repeats. The same seed always yields the same list, and a shorter
list is a prefix of a longer one.
"""

from __future__ import annotations

import random
from pathlib import Path

SEED = 20_050_101

_FIRST_NAMES = (
    "Aaron Abigail Adam Adrian Aisha Alan Alice Amara Amelia Andrew Anita Anna Arjun Ben "
    "Bethany Carla Carlos Caroline Catherine Chloe Chris Claire Daniel David Deborah Diana "
    "Dominic Edward Elena Eleanor Emily Emma Ethan Fatima Fiona Francesca Gareth George Grace "
    "Hannah Harry Helen Hugo Ian Imogen Isaac Isabel Jack Jacob James Jane Jasmine Javier "
    "Jennifer Joanna John Jonathan Joseph Julia Karen Katherine Kevin Kwame Laura Leah Liam "
    "Lucy Luis Maria Mark Martin Matthew Maya Megan Michael Miriam Mohammed Naomi Nathan Neil "
    "Nicola Nikhil Oliver Olivia Omar Patrick Paul Peter Priya Rachel Rebecca Richard Robert "
    "Rosa Ruth Ryan Samuel Sarah Sean Simon Sofia Sophie Stephen Susan Tariq Thomas Timothy "
    "Tom Victoria Vikram William Yasmin Yusuf Zara Zoe Graham Rhys Siobhan Declan Ingrid"
)
FIRST_NAMES = _FIRST_NAMES.split()


_SURNAME_HEADS = (
    "Ash Black Brad Brook Cal Chal Craw Dal Dun Ed Elling Fair Farn Gar Glad Hal Hart Hay "
    "Holm Kings Lang Lin Mar Mel Mid Mor Nor Oak Pem Ray Red Ro Sal Shel Stan Stock Sut Thorn "
    "Wal Whit Win Wood"
)
SURNAME_HEADS = _SURNAME_HEADS.split()


_SURNAME_TAILS = (
    "ley ford ton well wood by field more worth ham bury dale ridge stead wick son man er ing "
    "brook croft hurst land stone gate"
)
SURNAME_TAILS = _SURNAME_TAILS.split()


def names(count: int, seed: int = SEED) -> list[str]:
    """Return `count` distinct full names, deterministically."""
    surnames = [head + tail.lower() for head in SURNAME_HEADS for tail in SURNAME_TAILS]
    total = len(FIRST_NAMES) * len(surnames)
    if count > total:
        raise ValueError(f"at most {total} distinct names, asked for {count}")
    order = list(range(total))
    random.Random(seed).shuffle(order)  # shuffle all, then cut: a shorter list is a prefix
    picks = order[:count]
    return [f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {surnames[i // len(FIRST_NAMES)]}" for i in picks]


def write_entities(path: Path, count: int) -> Path:
    """Write an entities YAML list of `count` fake people to `path`."""
    lines = [f"# {count} generated names for newslint's benchmark (bench/entities.py)\n"]
    for name in names(count):
        lines.append(f'- name: "{name}"\n  kind: person\n')
    path.write_text("".join(lines), encoding="utf-8")
    return path
