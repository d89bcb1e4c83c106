"""``newslint entities learn`` and ``newslint entities import`` (issue 20)."""

from __future__ import annotations

import bz2
import gzip
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from newslint.cli import app
from newslint.entities import load_entities
from newslint.entitytools.learn import learn
from newslint.entitytools.wikidata import entities, open_dump

EXCERPT = Path(__file__).parent / "data" / "wikidata-excerpt.json"


@pytest.mark.parametrize("suffix", [".json", ".json.gz", ".json.bz2"])
def test_import_streams_a_dump_of_each_compression(tmp_path: Path, suffix: str) -> None:
    dump = tmp_path / f"dump{suffix}"
    if suffix.endswith(".gz"):
        with gzip.open(dump, "wb") as out:
            out.write(EXCERPT.read_bytes())
    elif suffix.endswith(".bz2"):
        dump.write_bytes(bz2.compress(EXCERPT.read_bytes()))
    else:
        shutil.copy(EXCERPT, dump)
    with open_dump(dump) as lines:
        found = list(entities(lines, min_sitelinks=20))
    # Obscure Person has 3 sitelinks; the nebula is no person, organisation or place.
    assert [(e.name, e.kind) for e in found] == [
        ("Ada Quillfeather", "person"),
        ("Borrowdale Tinplate Company", "organization"),
        ("Port Ellery", "place"),
        ("Zoë Marchbanks", "person"),
    ]
    # Aliases of two words or more that are not the name in other case or accents.
    assert found[0].aliases == ("Ada M. Quillfeather",)
    assert found[3].aliases == ("Zoë R. Marchbanks",)


def test_import_command_writes_a_list_newslint_loads(tmp_path: Path) -> None:
    out = tmp_path / "wikidata.yaml"
    result = CliRunner().invoke(
        app, ["entities", "import", str(EXCERPT), "-o", str(out), "--min-sitelinks", "2"]
    )
    assert result.exit_code == 0, result.output
    names = [e.name for e in load_entities(out)]
    assert names == [
        "Ada Quillfeather",
        "Borrowdale Tinplate Company",
        "Port Ellery",
        "Obscure Person",
        "Zoë Marchbanks",
    ]


def test_import_names_a_bad_line(tmp_path: Path) -> None:
    dump = tmp_path / "bad.json"
    dump.write_text('[\n{"id": "Q1"},\nnot json\n]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["entities", "import", str(dump), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "line 3" in result.output


def _archive(folder: Path) -> None:
    """Ten articles naming Ada Quillfeather, one of them misspelling her once."""
    folder.mkdir()
    for i in range(10):
        name = "Ada Quilfeather" if i == 7 else "Ada Quillfeather"
        (folder / f"story-{i}.txt").write_text(
            f"Headline {i}\n\nThe minister {name} visited Port Ellery on Monday. Officials of "
            f"Borrowdale Tinplate met her there, and talks went on.\n",
            encoding="utf-8",
        )


def test_learn_finds_the_recurring_names_and_the_rare_near_spellings(tmp_path: Path) -> None:
    _archive(tmp_path / "archive")
    learned = learn(sorted((tmp_path / "archive").iterdir()), min_articles=3)
    assert ("Ada Quillfeather", 9) in learned.names
    assert ("Borrowdale Tinplate", 10) in learned.names
    assert not any(name == "Ada Quilfeather" for name, _ in learned.names)
    ((near),) = learned.near
    assert (near.rare, near.articles, near.common, near.common_articles) == (
        "Ada Quilfeather",
        1,
        "Ada Quillfeather",
        9,
    )
    assert near.example.endswith("story-7.txt")


def test_learn_command_writes_a_list_and_prints_the_near_spellings(tmp_path: Path) -> None:
    _archive(tmp_path / "archive")
    out = tmp_path / "learned.yaml"
    result = CliRunner().invoke(
        app, ["entities", "learn", str(tmp_path / "archive"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Ada Quilfeather (1) -> Ada Quillfeather (9)" in result.output
    assert {"name": "Ada Quillfeather"} in yaml.safe_load(out.read_text(encoding="utf-8"))


def test_learn_finds_near_spellings_of_surnames_and_one_word_names(tmp_path: Path) -> None:
    """A surname on a later reference and a one-word company, each slipped once; a word of
    the language, a first-letter change and a surname introduced in its own article are not
    near-spellings."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(12):
        surname = "Quilfeather" if i == 3 else "Quillfeather"
        company = "Bremwoth" if i == 5 else "Bremworth"
        (folder / f"story-{i}.txt").write_text(
            f"Headline {i}\n\nThe minister Ada Quillfeather visited the plant. Later, "
            f"{surname} said shares in {company} had risen, and the market was calm.\n",
            encoding="utf-8",
        )
    (folder / "other.txt").write_text(
        "Headline\n\nThe singer Tom Quillfeathers sang. Afterwards Quillfeathers left, and "
        "Cremworth stayed.\n\nIn the market, prices fell.\n",
        encoding="utf-8",
    )
    near = {(n.rare, n.common) for n in learn(sorted(folder.iterdir()), 3).near}
    assert near == {("Quilfeather", "Quillfeather"), ("Bremwoth", "Bremworth")}


def test_learn_takes_a_family_in_the_plural_for_no_near_spelling(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(6):
        (folder / f"story-{i}.txt").write_text(
            f"Headline {i}\n\nThe midfielder Paul Scholes scored. Later, Scholes left.\n",
            encoding="utf-8",
        )
    (folder / "film.txt").write_text(
        "Headline\n\nThe film follows Sophie Scholl. Her sister keeps the legacy of the "
        "Scholls alive, and Scholl's letters survive.\n",
        encoding="utf-8",
    )
    assert learn(sorted(folder.iterdir()), 3).near == []


def test_learn_takes_a_spelling_english_never_prints_against_three_times_as_many(
    tmp_path: Path,
) -> None:
    """A place in four articles, slipped once, at a sentence start in another article: a
    spelling English text never prints (wordfreq) is no word there, and three times as many
    articles are enough against it; a real word at a sentence start (Pairs) is no slip."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(4):
        (folder / f"story-{i}.txt").write_text(
            f"Headline {i}\n\nThe talks in Vellingrad ended, and the envoys left on Monday.\n",
            encoding="utf-8",
        )
    (folder / "slip.txt").write_text(
        "Headline\n\nThe envoys met on Monday. Vellingard was calm, and the talks ended.\n",
        encoding="utf-8",
    )
    (folder / "word.txt").write_text(
        "Headline\n\nShoppers came from Paris. Pairs of shoes sold well, and Paris was busy.\n",
        encoding="utf-8",
    )
    near = {(n.rare, n.common) for n in learn(sorted(folder.iterdir()), 3).near}
    assert near == {("Vellingard", "Vellingrad")}
