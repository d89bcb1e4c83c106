"""`newslint schema --config` / `--rules`: JSON Schemas made from the tables the loaders
enforce, so every key the loader takes is in the schema and no other; real configs and rule
files validate, and what the loader rejects the schema rejects too."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from newslint.cli import app
from newslint.config import default_config, load_config
from newslint.configkeys import CONFIG_KEYS, RULE_KEYS, RULE_SETTING_KEYS, VOCABULARY_KEYS
from newslint.configschema import config_schema, rules_schema
from newslint.rules import load_rule
from newslint.starter import STARTER_CONFIG
from newslint.yamlutil import ConfigError

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CONFIG = Draft202012Validator(config_schema())
RULES = Draft202012Validator(rules_schema())


def test_schemas_are_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(config_schema())
    Draft202012Validator.check_schema(rules_schema())
    assert config_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def loads(tmp_path: Path, data: dict[str, Any]) -> bool:
    """Whether the loader accepts ``data`` as newslint.yaml (files it names are made)."""
    for key in ("rule-files", "entities"):
        for name in data.get(key, []):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            if name.endswith("/"):
                (tmp_path / name).mkdir(exist_ok=True)
            else:
                (tmp_path / name).write_text("- name: Zorbulan Qextrix\n")
    path = tmp_path / "newslint.yaml"
    path.write_text(yaml.safe_dump(data))
    try:
        load_config(path)
    except ConfigError:
        return False
    return True


@pytest.mark.parametrize("key", sorted(CONFIG_KEYS))
def test_every_key_the_loader_takes_is_in_the_schema(tmp_path: Path, key: str) -> None:
    properties = config_schema()["properties"]
    assert key in properties
    for example in CONFIG_KEYS[key]["examples"]:
        assert loads(tmp_path, {key: example}), (key, example)
        assert CONFIG.is_valid({key: example}), (key, example)


def test_the_schema_has_no_key_the_loader_rejects(tmp_path: Path) -> None:
    assert set(config_schema()["properties"]) == set(CONFIG_KEYS)
    assert config_schema()["additionalProperties"] is False
    vocabulary = config_schema()["properties"]["vocabulary"]
    assert set(vocabulary["properties"]) == set(VOCABULARY_KEYS)
    assert set(rules_schema()["properties"]) == set(RULE_KEYS)
    for data in ({"fail_on": "error"}, {"vocabulary": {"acept": ["x"]}},
                 {"rules": {"superlative": {"sevrity": "info"}}}):  # fmt: skip
        assert not loads(tmp_path, data) and not CONFIG.is_valid(data), data


def test_rule_settings_and_options_follow_the_check_kinds(tmp_path: Path) -> None:
    good: list[dict[str, Any]] = [
        {"rules": {"long-sentence": {"severity": "warning", "options": {"max_words": 45}}}},
        {"rules": {"place-names": "off", "cliches": True, "grammar": "info"}},
        {"rules": {"grammar": {"options": {"backend": "harper", "accept": ["bn"]}}}},
    ]
    bad: list[dict[str, Any]] = [
        {"rules": {"long-sentence": {"options": {"max_words": "many"}}}},
        {"rules": {"long-sentence": {"options": {"max_wrds": 45}}}},
        {"rules": {"grammar": {"options": {"backend": "word"}}}},
        {"rules": {"grammar": {"options": {"url": "http://x"}}}},  # environment only
        {"rules": {"place-names": "loud"}},
        {"fail-on": "fatal"},
        {"docs-url": "intranet/rules"},
    ]
    for data in good:
        assert loads(tmp_path, data) and CONFIG.is_valid(data), data
    for data in bad:
        assert not loads(tmp_path, data), data
        assert not CONFIG.is_valid(data), data
    assert set(RULE_SETTING_KEYS) == {"severity", "enabled", "options"}


def example_configs() -> list[tuple[str, Any]]:
    blocks = re.findall(r"```yaml\n(.*?)```", README, re.S)
    configs = [("README", yaml.safe_load(b)) for b in blocks if b.startswith("extends:")]
    assert configs, "the README's configuration example"
    return [*configs, ("newslint init", yaml.safe_load(STARTER_CONFIG))]


def test_example_configs_validate() -> None:
    for name, data in example_configs():
        errors = [e.message for e in CONFIG.iter_errors(data)]
        assert not errors, (name, errors)


def test_every_rule_file_validates_and_a_bad_one_does_not(tmp_path: Path) -> None:
    for rule in default_config().rules.values():
        data = yaml.safe_load(Path(rule.source).read_text(encoding="utf-8"))
        errors = [e.message for e in RULES.iter_errors(data)]
        assert not errors, (rule.id, errors)
    base = {"id": "x", "check": "existence", "severity": "warning", "message": "m",
            "description": "d", "options": {"words": ["w"]}}  # fmt: skip
    path = tmp_path / "x.yaml"
    for change in ({"options": {"swap": {"a": "b"}}}, {"check": "existance"},
                   {"blocks": ["paragraph"]}, {"fix": "maybe"}, {"colour": "red"}):  # fmt: skip
        data = base | change
        path.write_text(yaml.safe_dump(data))
        with pytest.raises(ConfigError):
            load_rule(path)
        assert not RULES.is_valid(data), change
    path.write_text(yaml.safe_dump(base))
    assert load_rule(path).id == "x" and RULES.is_valid(base)


def test_cli_prints_the_schemas() -> None:
    runner = CliRunner()
    assert json.loads(runner.invoke(app, ["schema", "--config"]).stdout) == config_schema()
    assert json.loads(runner.invoke(app, ["schema", "--rules"]).stdout) == rules_schema()
    output = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert "config" not in output.get("title", "").lower()
    both = runner.invoke(app, ["schema", "--config", "--rules"])
    assert both.exit_code == 2 and "choose one" in both.stderr
