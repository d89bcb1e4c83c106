"""Data-quality tests for the curated known-entities list (rules/entities/world.yaml)."""

from __future__ import annotations

import os
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from wordfreq import zipf_frequency

WORLD_YAML = Path(__file__).parents[1] / "rules" / "entities" / "world.yaml"
KINDS = {"person", "organization", "place"}
ALLOWED_KEYS = {"name", "aliases", "kind"}
REQUIRED_KEYS = {"name", "kind"}

# Zipf frequency at or above which a single token counts as a common English word.
COMMON_WORD_ZIPF = 4.0
# All-caps acronyms that wordfreq scores as frequent but that are not English words
# (wordfreq lowercases, so it cannot tell "NATO" from a word). Keep this list tiny.
ACRONYM_EXEMPTIONS = {"NATO", "FBI", "CIA", "NASA", "FIFA"}

# Persons whose correct usual full form is a single token (rule 5). Keep empty if possible.
MONONYM_PERSONS: set[str] = set()

# Rule 6: spellings that must appear exactly (diacritics per the subject; transliterations
# per AP/Reuters).
REQUIRED_SPELLINGS = {
    "Marco Rubio": "person",
    "Nicolás Maduro": "person",
    "Nayib Bukele": "person",
    "Donald Trump": "person",
    "JD Vance": "person",
    "Volodymyr Zelensky": "person",
    "Friedrich Merz": "person",
    "Mark Rutte": "person",
    "Mark Carney": "person",
    "Donald Tusk": "person",
    "Robert Fico": "person",
    "Lee Jae-myung": "person",
    "Delcy Rodríguez": "person",
    "Vladimir Putin": "person",
    "Claudia Sheinbaum": "person",
    "Luiz Inácio Lula da Silva": "person",
    "Emmanuel Macron": "person",
    "Keir Starmer": "person",
    "Ursula von der Leyen": "person",
    "Recep Tayyip Erdoğan": "person",
    "Narendra Modi": "person",
    "Xi Jinping": "person",
    "Benjamin Netanyahu": "person",
    "Pedro Sánchez": "person",
    "Viktor Orbán": "person",
    "António Guterres": "person",
    "Tren de Aragua": "organization",
    "Federal Reserve": "organization",
    "World Health Organization": "organization",
    "International Monetary Fund": "organization",
    "Democratic Party": "organization",
    "Bharatiya Janata Party": "organization",
    "Christian Democratic Union": "organization",
    "Kyiv": "place",
    "Zaporizhzhia": "place",
    "Maiquetía": "place",
    "Belém": "place",
    "Bogotá": "place",
    "São Paulo": "place",
    "Düsseldorf": "place",
    "Kraków": "place",
}
REQUIRED_ALIASES = {
    "JD Vance": "J.D. Vance",
    "Volodymyr Zelensky": "Volodymyr Zelenskyy",
    "Luiz Inácio Lula da Silva": "Lula da Silva",
    "Kim Jong Un": "Kim Jong-un",
}

# Rule 7: near-neighbour pairs, both real and both correct; both must be listed.
NEAR_NEIGHBOUR_PAIRS = [
    ("Donald Trump", "Donald Trump Jr."),
    ("Donald Trump", "Donald Tusk"),
    ("Eric Adams", "Eric Trump"),
    ("Kim Jong Un", "Kim Yo Jong"),
    ("Mark Rutte", "Mark Carney"),
    ("Robert Fico", "Roberto Fico"),
    ("Lee Jae-myung", "Lee Jae-yong"),
    ("Delcy Rodríguez", "Jorge Rodríguez"),
    ("Shehbaz Sharif", "Nawaz Sharif"),
    ("Rodrigo Duterte", "Sara Duterte"),
    ("Hun Sen", "Hun Manet"),
    ("Mohammed bin Salman", "Mohamed bin Zayed Al Nahyan"),
    ("Abdel Fattah el-Sissi", "Abdel Fattah al-Burhan"),
    ("Tim Scott", "Rick Scott"),
]


def load_entries() -> list[dict]:
    with WORLD_YAML.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, list), f"{WORLD_YAML} must be a YAML list"
    return data


ENTRIES = load_entries()


def fold(text: str) -> str:
    """Case-fold and strip accents (NFKD, drop combining marks)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def forms(entry: dict) -> list[str]:
    return [entry["name"], *entry.get("aliases", [])]


def all_forms() -> list[tuple[str, str]]:
    """(entry name, form) for every name and alias."""
    return [(e["name"], f) for e in ENTRIES for f in forms(e)]


def by_name() -> dict[str, dict]:
    return {e["name"]: e for e in ENTRIES}


def test_entry_count() -> None:
    assert len(ENTRIES) >= 300, f"only {len(ENTRIES)} entries"


def test_rule1_entries_well_formed() -> None:
    problems = []
    for i, entry in enumerate(ENTRIES):
        if not isinstance(entry, dict):
            problems.append(f"#{i}: not a mapping: {entry!r}")
            continue
        label = f"#{i} {entry.get('name')!r}"
        if unknown := set(entry) - ALLOWED_KEYS:
            problems.append(f"{label}: unknown keys {sorted(unknown)}")
        if missing := REQUIRED_KEYS - set(entry):
            problems.append(f"{label}: missing keys {sorted(missing)}")
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            problems.append(f"{label}: name must be a non-empty string")
        if entry.get("kind") not in KINDS:
            problems.append(f"{label}: kind {entry.get('kind')!r} not in {sorted(KINDS)}")
        strings = [name] if isinstance(name, str) else []
        if "aliases" in entry:
            aliases = entry["aliases"]
            if not isinstance(aliases, list) or not aliases:
                problems.append(f"{label}: aliases must be a non-empty list")
            elif not all(isinstance(a, str) and a for a in aliases):
                problems.append(f"{label}: aliases must be non-empty strings: {aliases!r}")
            else:
                strings += aliases
        for s in strings:
            if s != s.strip():
                problems.append(f"{label}: leading/trailing whitespace in {s!r}")
            if "  " in s:
                problems.append(f"{label}: double space in {s!r}")
            if any(ch.isspace() and ch != " " for ch in s):
                problems.append(f"{label}: non-space whitespace in {s!r}")
    assert not problems, "malformed entries:\n" + "\n".join(problems)


def test_rule2_no_duplicates_after_folding() -> None:
    seen: dict[str, list[str]] = defaultdict(list)
    for name, form in all_forms():
        seen[fold(form)].append(f"{form!r} (entry {name!r})")
    dups = {k: v for k, v in seen.items() if len(v) > 1}
    assert not dups, "duplicate names/aliases after case-folding and accent-stripping:\n" + (
        "\n".join(" == ".join(v) for v in dups.values())
    )


def test_rule3_aliases_are_real_alternatives() -> None:
    problems = []
    for entry in ENTRIES:
        name = entry["name"]
        for alias in entry.get("aliases", []):
            if alias == name:
                problems.append(f"{name!r}: alias equals its name")
            elif fold(alias) == fold(name):
                problems.append(f"{name!r}: alias {alias!r} only differs by case/accents")
    assert not problems, "bad aliases:\n" + "\n".join(problems)


def test_rule4_no_single_token_common_english_word() -> None:
    problems = []
    for name, form in all_forms():
        if " " in form or form in ACRONYM_EXEMPTIONS:
            continue
        zipf = zipf_frequency(form, "en")
        if zipf >= COMMON_WORD_ZIPF:
            problems.append(f"{form!r} (entry {name!r}): zipf {zipf:.2f}")
    assert not problems, "single-token names/aliases that are common English words:\n" + (
        "\n".join(problems)
    )


def test_rule4_acronym_exemptions_are_acronyms_in_use() -> None:
    used = {form for _, form in all_forms()}
    bad = sorted(a for a in ACRONYM_EXEMPTIONS if not (a.isupper() and a.isalpha()))
    unused = sorted(ACRONYM_EXEMPTIONS - used)
    assert not bad, f"exemptions must be all-caps acronyms: {bad}"
    assert not unused, f"stale acronym exemptions (not in the list): {unused}"


def test_rule5_person_names_are_multi_word() -> None:
    mononyms = [
        e["name"]
        for e in ENTRIES
        if e["kind"] == "person" and len(e["name"].split()) < 2
        if e["name"] not in MONONYM_PERSONS
    ]
    assert not mononyms, f"person names should be full (first + last) names: {mononyms}"


def test_rule6_spellings_and_diacritics() -> None:
    names = by_name()
    problems = []
    for form_name, form in all_forms():
        if unicodedata.normalize("NFC", form) != form:
            problems.append(f"{form!r} (entry {form_name!r}) is not NFC-normalized")
    folded = {fold(f): (n, f) for n, f in all_forms()}
    for required, kind in REQUIRED_SPELLINGS.items():
        if required in names:
            if names[required]["kind"] != kind:
                problems.append(f"{required!r}: kind {names[required]['kind']!r} != {kind!r}")
        elif fold(required) in folded:
            name, form = folded[fold(required)]
            problems.append(f"{required!r} is misspelled as {form!r} (entry {name!r})")
        else:
            problems.append(f"{required!r} is missing")
    for name, alias in REQUIRED_ALIASES.items():
        if alias not in names.get(name, {}).get("aliases", []):
            problems.append(f"{name!r} lacks alias {alias!r}")
    assert not problems, "spelling problems:\n" + "\n".join(problems)


def test_rule7_near_neighbour_pairs_present() -> None:
    names = by_name()
    missing = [(a, b) for a, b in NEAR_NEIGHBOUR_PAIRS if a not in names or b not in names]
    assert not missing, f"near-neighbour pairs must both be listed: {missing}"


def _devset_path() -> Path | None:
    candidates = [
        os.environ.get("NEWSLINT_DEVSET_ENTITIES"),
        Path(__file__).parents[2] / "shared" / "devset" / "entities.yaml",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def test_spellings_agree_with_devset() -> None:
    """Entities shared with the dev set: same name and kind, and every dev-set alias kept."""
    path = _devset_path()
    if path is None:
        pytest.skip("dev-set entities.yaml not available")
    dev = yaml.safe_load(path.read_text(encoding="utf-8"))
    ours = {fold(f): e for e in ENTRIES for f in forms(e)}
    problems = []
    for dev_entry in dev:
        match = next((ours[fold(f)] for f in forms(dev_entry) if fold(f) in ours), None)
        if match is None:
            continue
        if match["name"] != dev_entry["name"]:
            problems.append(f"name {match['name']!r} != dev {dev_entry['name']!r}")
        if match["kind"] != dev_entry["kind"]:
            problems.append(f"{match['name']!r}: kind {match['kind']!r} != {dev_entry['kind']!r}")
        if missing := set(dev_entry.get("aliases", [])) - set(match.get("aliases", [])):
            problems.append(f"{match['name']!r}: lacks dev-set aliases {sorted(missing)}")
    assert not problems, "disagreements with the dev set:\n" + "\n".join(problems)
