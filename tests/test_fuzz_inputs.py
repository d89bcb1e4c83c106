"""Hypothesis fuzzing of every file a repository can feed newslint besides article text: front
matter, the config, rule files, entity lists and baselines, as random bytes and as random YAML
(or JSON). Whatever they hold: no traceback, and exit 0, 1 or 2 (issue 23)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newslint.cli import app

runner = CliRunner()
ARTICLE = "Drones struck Kiev overnight, officials said.\n"
FUZZ = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

# Plain YAML values, plus the kinds of scalars and structures that have broken loaders.
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["on", "off", "error", "warning", "default", "none", "*", "2025-02-30"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
_fragments = st.sampled_from(
    [
        "date: 2025-02-30\n",
        "n: " + "9" * 4400 + "\n",
        "n: " + "[" * 3000 + "\n",
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
        "x: !!python/object/apply:os.system ['true']\n",
        "- &r [*r]\n",
        "rules: {grammar: {options: {url: 'http://127.0.0.1:9'}}}\n",
        "extends: ../../../../etc/passwd\n",
        "entities: /dev/zero\n",
        "\ufeff# bom\n",
        "\t: bad indent\n  - x",
        "---\n---\n",
    ]
)


def _yaml_text(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True)


_yaml = st.one_of(_values.map(_yaml_text), _fragments, st.text(max_size=200))
_bytes = st.binary(max_size=300)
_content = st.one_of(_yaml.map(lambda s: s.encode("utf-8", "surrogatepass")), _bytes)


def _run(folder: Path, *args: str) -> None:
    result = runner.invoke(
        app, ["check", "--no-cache", "--select", "place-names,entity", "--fail-on", "error", *args]
    )
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )


@FUZZ
@given(_content)
def test_front_matter(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "a.md"
        article.write_bytes(b"---\n" + data + b"\n---\n\n" + ARTICLE.encode())
        _run(Path(folder), str(article))


@FUZZ
@given(_content)
def test_config(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.md").write_text(ARTICLE)
        (Path(folder) / "newslint.yaml").write_bytes(data)
        _run(Path(folder), "--config", str(Path(folder) / "newslint.yaml"), str(Path(folder)))


@FUZZ
@given(_content)
def test_rule_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.md").write_text(ARTICLE)
        (Path(folder) / "house.yaml").write_bytes(data)
        (Path(folder) / "newslint.yaml").write_text("rule-files: [house.yaml]\n")
        _run(Path(folder), "--config", str(Path(folder) / "newslint.yaml"), str(Path(folder)))


@FUZZ
@given(_content, st.sampled_from(["names.yaml", "names.txt"]))
def test_entity_list(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.md").write_text(ARTICLE)
        (Path(folder) / name).write_bytes(data)
        _run(Path(folder), "--entities", str(Path(folder) / name), str(Path(folder) / "a.md"))


_findings = st.lists(
    st.dictionaries(
        st.sampled_from(["path", "rule", "fingerprint", "match", "x"]), _values, max_size=5
    ),
    max_size=4,
)
_baseline_json = st.fixed_dictionaries(
    {"version": st.one_of(st.just(1), _scalars), "findings": st.one_of(_findings, _values)}
).map(lambda d: json.dumps(d).encode())


@FUZZ
@given(st.one_of(_baseline_json, _bytes))
def test_baseline(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.md").write_text(ARTICLE)
        (Path(folder) / "base.json").write_bytes(data)
        _run(Path(folder), "--baseline", str(Path(folder) / "base.json"), str(Path(folder)))
