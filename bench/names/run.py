"""The names benchmark: recall per kind of slip, suggestion accuracy and false alarms of the
entity-spelling rule, with the default rule pack and starter list.

    PYTHONPATH=src python bench/names/run.py [-v]

Each slip of ``slips.yaml`` is placed in a sentence of ``templates.yaml`` (person names in a
headline, a quotation, a possessive, at a sentence start and after a title in turn); it is
found when a finding covers the misspelt words, and suggested right when the first suggestion
is the correct form (for a surname alone, the correct surname). The correct form is placed in
the same sentence, and with ``correct.yaml`` makes the correct names: any finding on those is a
false alarm.

The benchmark's house writes accents, so missing accents are reported in every case
(``ascii_diacritic_severity: warning``); by default an article that writes no accented letter
at all is taken to follow a house style without accents (as AP, Reuters and the BBC long did)
and its missing accents are not reported.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import yaml

from newslint.config import default_config
from newslint.linter import Linter

HERE = Path(__file__).parent
PERSON_CONTEXTS = ("headline", "quotation", "possessive", "start", "title")
TARGETS = {"recall": 0.95, "suggestion": 0.95, "false_alarms": 0.01}


class Case(NamedTuple):
    kind: str
    context: str
    text: str
    start: int  # where the misspelt words are (-1: a correct case)
    end: int
    right: str


def cases() -> tuple[list[Case], list[Case]]:
    """(slip cases, correct cases)."""
    templates: dict[str, list[str]] = yaml.safe_load((HERE / "templates.yaml").read_text("utf-8"))
    slips: dict[str, list[str]] = yaml.safe_load((HERE / "slips.yaml").read_text("utf-8"))
    correct: dict[str, list[str]] = yaml.safe_load((HERE / "correct.yaml").read_text("utf-8"))
    wrong_cases, right_cases = [], []
    for kind, pairs in slips.items():
        for i, pair in enumerate(pairs):
            wrong, right = (p.strip() for p in pair.split(">"))
            if kind == "surname-only":
                context, full, right_word = "surname", right, right.split()[-1]
            elif kind == "one-word":
                context, full, right_word = "one-word", right, right
            else:
                context, full, right_word = PERSON_CONTEXTS[i % 5], right, right
            group = templates[context]
            template = group[(i // (5 if context in PERSON_CONTEXTS else 1)) % len(group)]
            for written, into in ((wrong, wrong_cases), (right_word, right_cases)):
                text = template.replace("{full}", full).replace("{title}", "Minister")
                at = text.index("{name}")
                text = text.replace("{name}", written)
                into.append(Case(kind, context, text, at, at + len(written), right_word))
    for kind, sentences in correct.items():
        right_cases += [Case(kind, "", s, -1, -1, "") for s in sentences]
    return wrong_cases, right_cases


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    config = default_config().select(["entity-spelling"])
    rule = config.rules["entity-spelling"]
    house = {**rule.options, "ascii_diacritic_severity": "warning"}  # a house that writes accents
    config = replace(config, rules={"entity-spelling": replace(rule, options=house)})
    linter = Linter(config)
    wrong_cases, right_cases = cases()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    suggested = 0
    for case in wrong_cases:
        total[case.kind] += 1
        hits = [f for f in linter.lint_text(case.text) if f.start < case.end and case.start < f.end]
        if hits:
            found[case.kind] += 1
            if hits[0].suggestions[:1] == (case.right,):
                suggested += 1
            elif verbose:
                print(f"wrong suggestion {hits[0].suggestions} for {case.right!r}: {case.text}")
        elif verbose:
            print(f"missed ({case.kind}): {case.text}")
    alarms = 0
    for case in right_cases:
        hits = linter.lint_text(case.text)
        if hits:
            alarms += 1
            if verbose:
                print(f"false alarm: {hits[0].message}: {case.text}")
    ok = True
    for kind in total:
        recall = found[kind] / total[kind]
        ok &= recall >= TARGETS["recall"]
        print(f"recall {kind:28} {found[kind]:3}/{total[kind]:3} {recall:.3f}")
    all_found = sum(found.values())
    suggestion = suggested / all_found if all_found else 0.0
    false_alarms = alarms / len(right_cases)
    ok &= suggestion >= TARGETS["suggestion"] and false_alarms <= TARGETS["false_alarms"]
    print(f"suggestion accuracy {suggested}/{all_found} {suggestion:.3f}")
    print(f"false alarms {alarms}/{len(right_cases)} correct names {false_alarms:.3f}")
    print("targets met" if ok else "targets not met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
