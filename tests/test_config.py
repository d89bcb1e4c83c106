"""Configuration: discovery, merging, and one test for every error message."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config import default_config, load_config
from newslint.discovery import find_config
from newslint.entities import load_entities
from newslint.findings import Severity
from newslint.linter import Linter
from newslint.rules import load_rule
from newslint.yamlutil import ConfigError

RULE_OK = """\
id: house-banned
check: existence
severity: warning
message: 'Avoid "{match}"'
description: |
  What it flags: x. Why: y. Instead: z.
options:
  words: [slammed]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


CONFIG_ERRORS = [
    ("fial-on: error\n", "unknown key 'fial-on' (did you mean 'fail-on'?)", 1),
    ("rules:\n  superlatve: off\n", "unknown rule 'superlatve' (did you mean 'superlative'?)", 2),
    ("rules:\n  superlative: loud\n", "rule 'superlative': use off, on, error, warning, info", 2),
    (
        "rules:\n  superlative:\n    severty: error\n",
        "unknown setting 'severty' (did you mean 'severity'?)",
        3,
    ),
    ("rules:\n  superlative:\n    severity: fatal\n", "unknown severity 'fatal'", 3),
    ("rules:\n  superlative:\n    options: [1]\n", "'options' must be a mapping", 3),
    (
        "rules:\n  superlative:\n    options:\n      word: [x]\n",
        "unknown option 'word' for check 'superlative' (did you mean 'words'?)",
        4,
    ),
    (
        "rules:\n  long-sentence:\n    options:\n      max_words: many\n",
        "option 'max_words' must be an integer, not str 'many'",
        4,
    ),
    (
        "rules:\n  long-sentence:\n    options:\n      max_words: 0\n",
        "option 'max_words' must be at least 1",
        4,
    ),
    (
        "rules:\n  entity-spelling:\n    options:\n      diacritic_severity: loud\n",
        "must be one of error, warning, info",
        4,
    ),
    ("rules:\n  superlative:\n    enabled: maybe\n", "'enabled' must be true or false", 3),
    ("rules: [superlative]\n", "'rules' must be a mapping of rule ids to settings", 1),
    ("rules:\n  superlative: 3\n", "settings must be off, a severity or a mapping", 2),
    ("rule-files: [missing/]\n", "rule file or directory not found: missing/", 1),
    ("entities: [nobody.yaml]\n", "entities file not found: nobody.yaml", 1),
    ("entities: 3\n", "'entities' must be a list of strings", 1),
    ("include: ['*.md']\nexclude: [drafts/, '!']\n", "'exclude': invalid pattern '!'", 2),
    ("fail-on: never\n", "'fail-on': unknown severity 'never'", 1),
    ("vocabulary: [Vale]\n", "'vocabulary' must be a mapping", 1),
    ("vocabulary:\n  acept: [Vale]\n", "unknown key 'acept' (did you mean 'accept'?)", 2),
    ("vocabulary:\n  accept: 3\n", "'accept' must be a list of strings", 2),
    ("extends: 3\n", "'extends' must be 'default', 'none' or a path", 1),
    ("fail-on: [\n", "invalid YAML, column", 2),
    ("a: 1\na: 2\n", "duplicate key 'a'", 2),
    ("x: !!python/object:os.system {}\n", "tags are not allowed", 1),
    ("- just\n- a list\n", "a config file must be a mapping", 1),
]


@pytest.mark.parametrize(("text", "message", "line"), CONFIG_ERRORS)
def test_config_error_messages(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = write(tmp_path, "newslint.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_extends_loop(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", "extends: b.yaml\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\n")
    with pytest.raises(ConfigError, match="'extends' makes a loop"):
        load_config(a)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


def test_pyproject_errors(tmp_path: Path) -> None:
    p = write(tmp_path, "pyproject.toml", "[tool.newslint\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(p)
    p.write_text('[tool]\nnewslint = "x"\n')
    with pytest.raises(ConfigError, match=r"\[tool.newslint\] must be a table"):
        load_config(p)


RULE_ERRORS = [
    ("- 1\n", "a rule file must be a mapping", 1),
    (RULE_OK.replace("options:", "optoins:"), "unknown key 'optoins' (did you mean 'options'?)", 7),
    (RULE_OK.replace("severity: warning\n", ""), "missing required key 'severity'", 1),
    (
        RULE_OK.replace("check: existence", "check: existance"),
        "unknown check kind 'existance' (did you mean 'existence'?)",
        2,
    ),
    (RULE_OK.replace("severity: warning", "severity: high"), "unknown severity 'high'", 3),
    (RULE_OK + "fix: always\n", "'fix' must be one of safe, unsafe, none, not 'always'", 9),
    (
        RULE_OK.replace("  words: [slammed]", "  words: slammed"),
        "option 'words' must be a list of strings",
        8,
    ),
    (RULE_OK + "examples: [a]\n", "'examples' must be a mapping with 'fail' and 'pass' lists", 9),
    (RULE_OK + "examples:\n  fail: x\n", "'examples.fail' must be a list of strings", 10),
    (RULE_OK + "enabled: yes please\n", "'enabled' must be true or false", 9),
    (
        RULE_OK.replace("message: 'Avoid \"{match}\"'", "message: 'Avoid {match'"),
        "'message' is not a valid template",
        4,
    ),
    (
        RULE_OK.replace("message: 'Avoid \"{match}\"'", "message: ''"),
        "'message' must be a non-empty string",
        4,
    ),
]


@pytest.mark.parametrize(("text", "message", "line"), RULE_ERRORS)
def test_rule_file_error_messages(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = write(tmp_path, "rule.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_rule(path)
    assert message in str(info.value)
    assert info.value.line == line


def test_bad_regex_is_a_config_error_naming_the_rule(tmp_path: Path) -> None:
    write(
        tmp_path,
        "rules/bad.yaml",
        RULE_OK.replace("  words: [slammed]", "  patterns: ['(unclosed']"),
    )
    cfg = load_config(write(tmp_path, "newslint.yaml", "rule-files: [rules/]\n"))
    with pytest.raises(ConfigError) as info:
        Linter(cfg).prepare()
    assert "rule 'house-banned', option 'patterns'" in str(info.value)
    assert "does not compile" in str(info.value)
    assert str(info.value).startswith(str(tmp_path / "rules" / "bad.yaml"))


ENTITY_ERRORS = [
    ("name: x\n", "an entities list must be a YAML list", 1),
    ("- [1]\n", "each entity must be a name or a mapping", 1),
    ("- name: A B\n  alias: [C]\n", "entity: unknown key 'alias' (did you mean 'aliases'?)", 2),
    ("- name: ''\n", "entity 'name' must be a non-empty string", 1),
    ("- name: A B\n  aliases: C\n", "entity 'aliases' must be a list of names", 2),
    (
        "- name: A B\n  kind: [animal]\n",
        "entity 'kind' must be a word such as person, organization, place",
        2,
    ),
]


@pytest.mark.parametrize(("text", "message", "line"), ENTITY_ERRORS)
def test_entities_error_messages(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = write(tmp_path, "e.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_entities(path)
    assert message in str(info.value)
    assert info.value.line == line


def test_entities_text_format(tmp_path: Path) -> None:
    path = write(tmp_path, "e.txt", "# people\nMarco Rubio\n\nNayib Bukele  # president\n")
    assert [e.name for e in load_entities(path)] == ["Marco Rubio", "Nayib Bukele"]
    (tmp_path / "bad.txt").write_bytes(b"Jos\xe9")
    with pytest.raises(ConfigError, match="not valid UTF-8 at byte 3"):
        load_entities(tmp_path / "bad.txt")


def test_discovery_order(tmp_path: Path) -> None:
    article = write(tmp_path, "a/b/story.md", "text")
    assert find_config(article) is None or not str(find_config(article)).startswith(str(tmp_path))
    write(tmp_path, "pyproject.toml", "[tool.newslint]\nfail-on = 'error'\n")
    assert find_config(article) == tmp_path / "pyproject.toml"
    write(tmp_path, "a/.newslint.yaml", "fail-on: info\n")
    assert find_config(article) == tmp_path / "a" / ".newslint.yaml"
    write(tmp_path, "a/b/newslint.yaml", "fail-on: warning\n")
    assert find_config(article) == tmp_path / "a" / "b" / "newslint.yaml"
    assert load_config(start=article).fail_on == Severity.WARNING
    assert load_config(tmp_path / "pyproject.toml").fail_on == Severity.ERROR


def test_overrides_merge_and_house_rules(tmp_path: Path) -> None:
    write(tmp_path, "house/banned.yaml", RULE_OK)
    write(tmp_path, "people.txt", "Zorbulan Qextrix\n")
    cfg = load_config(
        write(
            tmp_path,
            "newslint.yaml",
            "rule-files: [house/]\nentities: [people.txt]\n"
            "rules:\n  superlative: off\n  long-sentence:\n    severity: info\n    options: {max_words: 45}\n",
        )
    )
    assert not cfg.rules["superlative"].enabled
    assert cfg.rules["long-sentence"].severity == Severity.INFO
    assert cfg.rules["long-sentence"].options["max_words"] == 45
    assert cfg.rules["house-banned"].enabled
    assert cfg.entity_files[-1].endswith("people.txt")
    assert len(cfg.entity_files) > 1  # the starter list stays


def test_extends_none_disables_the_default_pack(tmp_path: Path) -> None:
    cfg = load_config(
        write(tmp_path, "newslint.yaml", "extends: none\nrules:\n  superlative: on\n")
    )
    assert [r.id for r in cfg.enabled_rules] == ["superlative"]
    assert cfg.entity_files == ()


def test_select_and_ignore_by_id_prefix_and_check() -> None:
    cfg = default_config()
    assert {r.id for r in cfg.select(["entity"]).enabled_rules} == {"entity-spelling"}
    assert "superlative" not in {r.id for r in cfg.select(ignore=["superlative"]).enabled_rules}
    assert {r.id for r in cfg.select(["sentence-length"]).enabled_rules} == {"long-sentence"}
    assert cfg.select(["nonsense"]).unknown_selectors == ("nonsense",)


def test_a_bare_off_is_the_off_choice_of_a_severity_option(tmp_path: Path) -> None:
    # YAML 1.1 reads a bare off as false; for an option that offers "off", it means off.
    text = "rules:\n  entity-spelling:\n    options: {ascii_diacritic_severity: %s}\n"
    for value, expected in (("off", "off"), ('"off"', "off"), ("info", "info")):
        cfg = load_config(write(tmp_path, "newslint.yaml", text % value))
        assert cfg.rules["entity-spelling"].options["ascii_diacritic_severity"] == expected
    with pytest.raises(ConfigError, match="must be a string, not bool"):
        load_config(write(tmp_path, "newslint.yaml", text % "on"))


def test_list_and_map_options_take_only_their_choices(tmp_path: Path) -> None:
    text = "rules:\n  superlative:\n    options: {%s}\n"
    for bad in ("forms: [intensigied]", "severity_map: {hyp: error}"):
        with pytest.raises(ConfigError, match=r"unknown '(intensigied|hyp)'; use "):
            load_config(write(tmp_path, "newslint.yaml", text % bad))
    cfg = load_config(write(tmp_path, "newslint.yaml", text % "forms: [hype]"))
    assert cfg.rules["superlative"].options["forms"] == ("hype",)
