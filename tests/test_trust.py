"""A repository's files are untrusted: its config cannot pick a network endpoint, send
credentials anywhere, or name files outside the repository (issue 23, item 1)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from lt_fake import FakeLanguageTool
from newslint.config import load_config
from newslint.grammar import BackendUnavailable, make_backend
from newslint.yamlutil import ConfigError

ARTICLE = "He go to the store yesterday, the council said.\n"
SECRET_USER, SECRET_KEY = "newsroom@example.com", "s3cret-key"


class Recorder:
    """A local HTTP server that records every request line, header and body it gets."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace")
                recorder.seen.append(f"{self.requestline}\n{self.headers}\n{body}")
                self.send_response(500)
                self.end_headers()

            do_GET = do_POST = _record

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        host, port = self.server.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    yield server
    server.close()


def _grammar_rule(url: str) -> str:
    return (
        "  grammar:\n"
        "    enabled: true\n"
        "    options:\n"
        "      backend: languagetool\n"
        f"      url: {url}\n"
        "      username: attacker\n"
    )


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "XDG_CACHE_HOME": str(repo / ".cache"), "PYTHONPATH": src}
    env.pop("NEWSLINT_LT_URL", None)
    env.update(NEWSLINT_LT_USERNAME=SECRET_USER, NEWSLINT_LT_API_KEY=SECRET_KEY)
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_repo_config_cannot_send_text_or_credentials(tmp_path: Path, recorder: Recorder) -> None:
    (tmp_path / "newslint.yaml").write_text("rules:\n" + _grammar_rule(recorder.url))
    (tmp_path / "a.md").write_text(ARTICLE)
    run = _run(tmp_path, "check", "a.md", "--no-cache")
    assert recorder.seen == []
    assert run.returncode == 2, run.stdout + run.stderr
    assert "'url'" in run.stderr and "NEWSLINT_LT_URL" in run.stderr
    assert "Traceback" not in run.stderr


def test_repo_rule_file_cannot_set_a_url(tmp_path: Path, recorder: Recorder) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "lt.yaml").write_text(
        "id: house-grammar\ncheck: grammar\nseverity: warning\nmessage: Grammar.\ndescription: Grammar.\n"
        f"options:\n  backend: languagetool\n  url: {recorder.url}\n"
    )
    (tmp_path / "newslint.yaml").write_text("rule-files: [house]\n")
    (tmp_path / "a.md").write_text(ARTICLE)
    run = _run(tmp_path, "check", "a.md", "--no-cache")
    assert recorder.seen == []
    assert run.returncode == 2, run.stdout + run.stderr
    assert "'url'" in run.stderr


def test_language_server_config_cannot_set_a_url(tmp_path: Path, recorder: Recorder) -> None:
    pytest.importorskip("pygls")
    from newslint.lsp.linters import Linters

    (tmp_path / "newslint.yaml").write_text("rules:\n" + _grammar_rule(recorder.url))
    found = Linters().lookup(tmp_path / "a.md")
    assert found.linter is None and found.error is not None and "'url'" in found.error.message
    assert recorder.seen == []


def test_environment_credentials_go_only_to_the_environment_url(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLINT_LT_USERNAME", SECRET_USER)
    monkeypatch.setenv("NEWSLINT_LT_API_KEY", SECRET_KEY)
    with FakeLanguageTool() as other:
        monkeypatch.setenv("NEWSLINT_LT_URL", other.url)
        backend = make_backend("languagetool", lt_url=recorder.url, use_cache=False)
        backend.retries = 0  # type: ignore[attr-defined]
        with pytest.raises(BackendUnavailable, match="500"):
            backend.check_many([ARTICLE])
        assert other.requests == []
    assert recorder.seen and not any(SECRET_KEY in s or "apiKey" in s for s in recorder.seen)


def test_environment_url_gets_environment_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINT_LT_USERNAME", SECRET_USER)
    monkeypatch.setenv("NEWSLINT_LT_API_KEY", SECRET_KEY)
    with FakeLanguageTool() as lt:
        monkeypatch.setenv("NEWSLINT_LT_URL", lt.url)
        make_backend("languagetool", use_cache=False).check_many([ARTICLE])
        [form] = lt.requests
    assert form["username"] == SECRET_USER and form["apiKey"] == SECRET_KEY


@pytest.mark.parametrize("key", ["entities", "rule-files", "extends"])
@pytest.mark.parametrize("where", ["absolute", "parent"])
def test_config_paths_stay_inside_the_repository(tmp_path: Path, key: str, where: str) -> None:
    """issue 23 item 15: rule, entity and extends paths may not point outside the repository."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "names.yaml").write_text("- name: Jane Doe\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    target = str(outside / "names.yaml") if where == "absolute" else "../outside/names.yaml"
    (repo / "newslint.yaml").write_text(f"{key}: {target!r}\n".replace("'", '"'))
    with pytest.raises(ConfigError, match="outside the repository root") as err:
        load_config(repo / "newslint.yaml")
    assert err.value.line == 1


def test_config_paths_may_reach_up_to_the_git_top_level(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "names.yaml").write_text("- name: Jane Doe\n")
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "newslint.yaml").write_text("entities: [../names.yaml]\n")
    cfg = load_config(tmp_path / "desk" / "newslint.yaml")
    assert str((tmp_path / "names.yaml").resolve()) in cfg.entity_files


def test_config_symlink_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    """issue 23 item 15: nor through a link."""
    (tmp_path / "secret.yaml").write_text("- name: Jane Doe\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "names.yaml").symlink_to(tmp_path / "secret.yaml")
    (repo / "newslint.yaml").write_text("entities: [names.yaml]\n")
    with pytest.raises(ConfigError, match="outside the repository root"):
        load_config(repo / "newslint.yaml")


# --- item 5: config discovery stops at folders others control --------------------------------

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


def _planted(tmp_path: Path) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    mine = shared / "mine"
    mine.mkdir(parents=True)
    (shared / "newslint.yaml").write_text("rules:\n  place-names: off\n")
    (mine / "a.md").write_text("Drones struck Kiev overnight, officials said.\n")
    return shared, mine


def _check_in(folder: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from newslint.cli import app

    monkeypatch.chdir(folder)
    result = CliRunner().invoke(
        app, ["check", "--no-cache", "--ignore", "grammar", "--fail-on", "warning", *args]
    )
    return result.exit_code, result.stdout, result.stderr


@posix_only
def test_discovery_stops_at_a_folder_others_may_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 23 item 5: a config in a world-writable parent folder is not used."""
    shared, mine = _planted(tmp_path)
    shared.chmod(0o777)
    code, out, err = _check_in(mine, monkeypatch, "a.md")
    assert code == 1 and "place-names" in out, err  # the planted config that turned it off: unused
    assert f"not using {shared / 'newslint.yaml'}" in err and "others may write to" in err
    code, out, err = _check_in(mine, monkeypatch, "--config", "../newslint.yaml", "a.md")
    assert "place-names" not in out  # named on the command line: used


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_discovery_stops_at_a_folder_owned_by_someone_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 23 item 5: nor one in a folder someone else owns."""
    shared, mine = _planted(tmp_path)
    os.chown(shared, 4321, 4321)
    monkeypatch.delenv("SUDO_UID", raising=False)
    code, out, err = _check_in(mine, monkeypatch, "a.md")
    assert code == 1 and "place-names" in out
    assert "you do not own" in err


@posix_only
def test_discovery_uses_a_config_in_a_folder_of_ones_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 23 item 5: one's own folder's config is used."""
    shared, mine = _planted(tmp_path)
    shared.chmod(0o755)
    _, out, err = _check_in(mine, monkeypatch, "a.md")
    assert "place-names" not in out and "not using" not in err
