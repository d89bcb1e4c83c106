"""``newslint entities import``: people, organisations and places from a Wikidata JSON dump.

The dump (``latest-all.json``, or its ``.gz`` / ``.bz2``) is a JSON array with one entity a
line; it is read as a stream, a line at a time, so a dump of any size fits in memory. An
entity is kept when it is an instance (P31) of a kind below and has at least
``min_sitelinks`` sitelinks (articles about it in Wikipedia and its sister projects: a
measure of how well known it is). Its English label is the name; its English aliases of two
words or more that are not the label in other case or accents are the aliases.
"""

from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newslint.entities import Entity, fold_name

# P31 (instance of) values and the kind each gives.
KINDS = {
    "Q5": "person",
    "Q43229": "organization",  # organization
    "Q4830453": "organization",  # business
    "Q783794": "organization",  # company
    "Q891723": "organization",  # public company
    "Q7278": "organization",  # political party
    "Q327333": "organization",  # government agency
    "Q484652": "organization",  # international organization
    "Q6256": "place",  # country
    "Q3624078": "place",  # sovereign state
    "Q515": "place",  # city
    "Q1549591": "place",  # big city
    "Q5119": "place",  # capital
    "Q486972": "place",  # human settlement
    "Q35657": "place",  # state of the United States
}


def open_dump(path: Path) -> IO[str]:
    """The dump as text, decompressed by its suffix (.gz, .bz2) as it is read."""
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def entities(lines: IO[str], min_sitelinks: int = 20, language: str = "en") -> Iterator[Entity]:
    """The well-known people, organisations and places of a dump, in its order.

    Raises:
        ValueError: for a line that is not the JSON of an entity (naming the line).
    """
    names: set[tuple[str, ...]] = set()  # one entry a name: the first entity to bear it
    for number, line in enumerate(lines, 1):
        line = line.strip().rstrip(",")
        if not line or line in ("[", "]"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not a Wikidata entity ({exc.msg})") from None
        entity = _entity(item, min_sitelinks, language)
        if entity is not None:
            key = tuple(map(fold_name, entity.name.split()))
            if key not in names:
                names.add(key)
                yield entity


def _entity(item: Any, min_sitelinks: int, language: str) -> Entity | None:
    if not isinstance(item, dict) or len(item.get("sitelinks") or {}) < min_sitelinks:
        return None
    kind = next((KINDS[v] for v in _instance_of(item) if v in KINDS), None)
    label = ((item.get("labels") or {}).get(language) or {}).get("value")
    if kind is None or not isinstance(label, str) or not label.strip():
        return None
    label = " ".join(label.split())
    seen = {tuple(map(fold_name, label.split()))}
    aliases = []
    for alias in (item.get("aliases") or {}).get(language) or []:
        value = alias.get("value") if isinstance(alias, dict) else None
        if not isinstance(value, str) or len(value.split()) < 2:
            continue
        key = tuple(map(fold_name, value.split()))
        if key not in seen:  # another spelling in case or accents only is no alias
            seen.add(key)
            aliases.append(" ".join(value.split()))
    return Entity(label, tuple(aliases), kind)


def _instance_of(item: dict[str, Any]) -> Iterator[str]:
    for claim in (item.get("claims") or {}).get("P31") or []:
        try:
            value = claim["mainsnak"]["datavalue"]["value"]["id"]
        except (KeyError, TypeError):
            continue
        if isinstance(value, str):
            yield value


def write_yaml(found: Iterator[Entity], out: IO[str]) -> int:
    """Write ``found`` as a newslint entities list (YAML); return how many."""
    out.write("# People, organisations and places from Wikidata (newslint entities import)\n")
    count = 0
    for entity in found:
        out.write(f"- name: {json.dumps(entity.name, ensure_ascii=False)}\n")
        if entity.aliases:
            out.write(f"  aliases: {json.dumps(list(entity.aliases), ensure_ascii=False)}\n")
        out.write(f"  kind: {entity.kind}\n")
        count += 1
    return count
