"""Every rule's own examples are its first tests: each `fail` example is flagged by that rule,
each `pass` example is not. A rule without examples fails the meta-test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newslint.config import default_config
from newslint.linter import Linter

CONFIG = default_config()
CASES = [
    pytest.param(rule.id, kind, i, text, id=f"{rule.id}-{kind}-{i}")
    for rule in CONFIG.rules.values()
    for kind in ("fail", "pass")
    for i, text in enumerate(rule.examples.get(kind, ()))
]
_LINTERS: dict[str, Linter] = {}


def linter_for(rule_id: str) -> Linter:
    if rule_id not in _LINTERS:
        # Suppression rules report on other rules' findings, so those must run too.
        rule = CONFIG.rules[rule_id]
        cfg = CONFIG if rule.check == "suppression" else CONFIG.select([rule_id])
        # A rule whose options a config fills (vocabulary's reject list) shows them.
        options = {**rule.options, **rule.example_options}
        cfg = replace(
            cfg, rules={**cfg.rules, rule_id: replace(cfg.rules[rule_id], options=options)}
        )
        _LINTERS[rule_id] = Linter(cfg)
    return _LINTERS[rule_id]


@pytest.mark.parametrize(("rule_id", "kind", "index", "text"), CASES)
def test_example(rule_id: str, kind: str, index: int, text: str) -> None:
    findings = [f for f in linter_for(rule_id).lint_text(text, "example.md") if f.rule == rule_id]
    if kind == "fail":
        assert findings, f"{rule_id} fail example {index} was not flagged:\n{text}"
    else:
        assert not findings, f"{rule_id} pass example {index} was flagged: {findings}"


@pytest.mark.parametrize("rule", list(CONFIG.rules.values()), ids=lambda r: r.id)
def test_rule_has_examples_and_docs(rule: object) -> None:
    from newslint.rules import Rule

    assert isinstance(rule, Rule)
    assert rule.examples.get("fail"), f"{rule.id} has no failing example"
    assert rule.examples.get("pass"), f"{rule.id} has no passing example"
    for part in ("What it flags:", "Why:", "Instead:"):
        assert part in rule.description, f"{rule.id} description lacks {part!r}"
