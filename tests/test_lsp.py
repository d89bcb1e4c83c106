"""The language server, end to end over stdio (pytest-lsp), plus its pure conversion layer."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types as lsp  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

from lsp_client import (  # noqa: E402
    SERVER_COMMAND,
    apply_edits,
    by_code,
    change_doc,
    edits_of,
    open_doc,
    utf16_col,
    wait_for,
)
from newslint.config import load_config  # noqa: E402
from newslint.linter import Linter  # noqa: E402
from newslint.lsp.analysis import DOCS_URL, analyse, code_actions  # noqa: E402

# One server for the module (startup and the first lint take a few seconds); each test works
# in its own directory, so configs don't leak between tests.
in_server = pytest.mark.asyncio(loop_scope="module")

DUP = "The council approved the budget on Tuesday after a long debate about police funding."
ARTICLE = (
    "# Senate vote\n"
    "\n"
    "😀 Café owner José said Marko Rubio met officials on Tuesday morning.\n"
    "\n"
    f"{DUP}\n"
    "\n"
    "The mayor said the vote was expected.\n"
    "\n"
    f"{DUP}\n"
)
NAME_LINE = 2


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("workspace")


@pytest.fixture
def tmp_path(root: Path, request: pytest.FixtureRequest) -> Path:
    """A fresh directory inside the server's workspace."""
    path = root / request.node.name
    path.mkdir()
    return path


SERVER = ClientServerConfig(server_command=SERVER_COMMAND)


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient, root: Path) -> Any:
    registrations: list[lsp.Registration] = []
    lsp_client.registrations = registrations  # type: ignore[attr-defined]

    @lsp_client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams) -> None:
        registrations.extend(params.registrations)

    await lsp_client.initialize_session(
        lsp.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
            workspace_folders=[lsp.WorkspaceFolder(root.as_uri(), "ws")],
            initialization_options={"debounceMs": 50},
        )
    )
    yield
    await lsp_client.shutdown_session()


@in_server
async def test_diagnostics_on_open_in_utf16(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_doc(client, tmp_path / "story.md", ARTICLE)
    diags = await wait_for(lambda: client.diagnostics.get(uri))
    [name] = by_code(diags, "entity-spelling")
    line = ARTICLE.splitlines()[NAME_LINE]
    start = utf16_col(line, line.index("Marko Rubio"))
    assert start == line.index("Marko Rubio") + 1  # the emoji is two UTF-16 units
    assert name.range == lsp.Range(
        lsp.Position(NAME_LINE, start), lsp.Position(NAME_LINE, start + len("Marko Rubio"))
    )
    assert name.source == "newslint"
    assert name.severity == lsp.DiagnosticSeverity.Error
    assert name.code_description is not None
    assert name.code_description.href == DOCS_URL.format(rule="entity-spelling")
    [dup] = by_code(diags, "duplicate-paragraph")
    assert dup.range.start == lsp.Position(8, 0)
    assert dup.related_information is not None
    [first] = dup.related_information
    assert first.location.uri == uri
    assert first.location.range == lsp.Range(lsp.Position(4, 0), lsp.Position(4, len(DUP)))


@in_server
async def test_registers_config_watchers(client: LanguageClient) -> None:
    regs = await wait_for(lambda: client.registrations)  # type: ignore[attr-defined]
    assert regs[0].method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES


async def actions_at(
    client: LanguageClient, uri: str, rng: lsp.Range, code: str
) -> list[lsp.CodeAction]:
    diags = by_code(client.diagnostics[uri], code)
    result = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri), rng, lsp.CodeActionContext(diagnostics=diags)
        )
    )
    assert result is not None
    return [a for a in result if isinstance(a, lsp.CodeAction)]


@in_server
async def test_code_actions_fix_the_text(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_doc(client, tmp_path / "story.md", ARTICLE)
    diags = await wait_for(lambda: client.diagnostics.get(uri))
    [name] = by_code(diags, "entity-spelling")
    actions = await actions_at(client, uri, name.range, "entity-spelling")
    titles = [a.title for a in actions]
    assert "Replace with “Marco Rubio”" in titles
    assert "Disable entity-spelling on this line" in titles
    fix = next(a for a in actions if a.title == "Replace with “Marco Rubio”")
    assert fix.kind == lsp.CodeActionKind.QuickFix and fix.is_preferred
    fixed = apply_edits(ARTICLE, edits_of(fix, uri))
    assert fixed == ARTICLE.replace("Marko Rubio", "Marco Rubio")

    [dup] = by_code(diags, "duplicate-paragraph")
    [delete] = [
        a
        for a in await actions_at(client, uri, dup.range, "duplicate-paragraph")
        if a.title.startswith("Delete")
    ]
    deduped = apply_edits(ARTICLE, edits_of(delete, uri))
    assert deduped.count(DUP) == 1 and "The mayor said" in deduped

    change_doc(client, uri, 2, fixed)
    await wait_for(lambda: not by_code(client.diagnostics[uri], "entity-spelling"))
    assert by_code(client.diagnostics[uri], "duplicate-paragraph")


@in_server
async def test_disable_comment_in_text_file(client: LanguageClient, tmp_path: Path) -> None:
    text = "Officials said\n  Marko Rubio met them on Tuesday morning in the capital.\n"
    uri = open_doc(client, tmp_path / "wire.txt", text, language="plaintext")
    diags = await wait_for(lambda: client.diagnostics.get(uri))
    [name] = by_code(diags, "entity-spelling")
    actions = await actions_at(client, uri, name.range, "entity-spelling")
    disable = next(a for a in actions if a.title.startswith("Disable"))
    new = apply_edits(text, edits_of(disable, uri))
    assert new.splitlines()[1] == "  <!-- newslint-disable-next-line entity-spelling -->"
    change_doc(client, uri, 2, new)
    await wait_for(lambda: not by_code(client.diagnostics[uri], "entity-spelling"))


@in_server
async def test_change_is_debounced_and_latest_wins(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_doc(client, tmp_path / "story.md", ARTICLE)
    await wait_for(lambda: client.diagnostics.get(uri))
    for version, name in enumerate(["Marco Rubio", "Marko Rubio", "Marco Rubio"], start=2):
        change_doc(client, uri, version, ARTICLE.replace("Marko Rubio", name))
    await wait_for(lambda: not by_code(client.diagnostics[uri], "entity-spelling"))
    await asyncio.sleep(0.2)
    assert not by_code(client.diagnostics[uri], "entity-spelling")


@in_server
async def test_config_reload_and_broken_config(client: LanguageClient, tmp_path: Path) -> None:
    config = tmp_path / "newslint.yaml"
    uri = open_doc(client, tmp_path / "story.md", ARTICLE)
    await wait_for(lambda: by_code(client.diagnostics.get(uri, []), "duplicate-paragraph"))

    def changed() -> None:
        client.workspace_did_change_watched_files(
            lsp.DidChangeWatchedFilesParams(
                [lsp.FileEvent(config.as_uri(), lsp.FileChangeType.Changed)]
            )
        )

    config.write_text("rules:\n  duplicate-paragraph: off\n", encoding="utf-8")
    changed()
    await wait_for(lambda: not by_code(client.diagnostics[uri], "duplicate-paragraph"))

    config.write_text("rules: [unclosed\n  : :\n", encoding="utf-8")
    shown = len(client.messages)
    changed()
    msg = await wait_for(lambda: client.messages[shown:])
    assert msg[0].type == lsp.MessageType.Error
    assert msg[0].message == (
        f"newslint configuration error in {config}, line 2: invalid YAML, column 3: did not "
        "find expected ',' or ']'. newslint keeps using the last configuration that loaded "
        "until it is fixed."
    )
    # Still serving, with the last good config (duplicate-paragraph still off).
    change_doc(client, uri, 2, ARTICLE.replace("Tuesday morning", "Wednesday morning"))
    await wait_for(lambda: by_code(client.diagnostics[uri], "config"))
    diags = client.diagnostics[uri]
    assert by_code(diags, "entity-spelling") and not by_code(diags, "duplicate-paragraph")
    [name] = by_code(diags, "entity-spelling")
    assert await actions_at(client, uri, name.range, "entity-spelling")
    changed()  # the same error again is logged, not shown again
    await asyncio.sleep(0.3)
    assert len(client.messages) == shown + 1

    config.write_text("rules:\n  entity-spelling: off\n", encoding="utf-8")
    changed()
    await wait_for(lambda: by_code(client.diagnostics[uri], "duplicate-paragraph"))
    assert not by_code(client.diagnostics[uri], "entity-spelling")


@in_server
async def test_broken_config_from_the_start(client: LanguageClient, tmp_path: Path) -> None:
    sub = tmp_path / "desk"
    sub.mkdir()
    (sub / "newslint.yaml").write_text("rulez: {}\n", encoding="utf-8")
    shown = len(client.messages)
    uri = open_doc(client, sub / "story.md", ARTICLE)
    msg = await wait_for(lambda: client.messages[shown:])
    assert "rulez" in msg[0].message and "no findings until it is fixed" in msg[0].message
    await wait_for(lambda: uri in client.diagnostics)
    [only] = client.diagnostics[uri]  # the config problem, and no findings
    assert only.code == "config" and "rulez" in only.message
    other = open_doc(client, tmp_path / "other.md", ARTICLE)  # another folder still works
    await wait_for(lambda: client.diagnostics.get(other))


@in_server
async def test_close_clears_and_odd_input_survives(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_doc(client, tmp_path / "story.md", ARTICLE)
    await wait_for(lambda: client.diagnostics.get(uri))
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
    await wait_for(lambda: uri in client.diagnostics and not client.diagnostics[uri])
    odd = open_doc(client, tmp_path / "odd.md", "---\ntitle: [\n---\n\x00\ufeff\r\r\n👍🏽\n")
    await wait_for(lambda: odd in client.diagnostics)
    config = open_doc(client, tmp_path / "newslint.yaml", "rules: {}\n", language="yaml")
    result = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(config),
            lsp.Range(lsp.Position(0, 0), lsp.Position(0, 1)),
            lsp.CodeActionContext(diagnostics=[]),
        )
    )
    assert not result


# -- the conversion layer, in process ---------------------------------------------------------


@pytest.fixture(scope="module")
def linter() -> Linter:
    lint = Linter(load_config(None))
    lint.prepare()
    return lint


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-16", 24), ("utf-8", len("😀 Café owner José said ".encode())), ("utf-32", 23)],
)
def test_position_encodings(linter: Linter, encoding: str, expected: int) -> None:
    a = analyse(linter, ARTICLE, "story.md", "file:///story.md", 1, encoding)
    [name] = by_code(a.diagnostics, "entity-spelling")
    assert name.range.start == lsp.Position(NAME_LINE, expected)


def test_bom_and_crlf(linter: Linter) -> None:
    text = "\ufeff" + ARTICLE.replace("\n", "\r\n")
    a = analyse(linter, text, "story.md", "file:///story.md")
    [name] = by_code(a.diagnostics, "entity-spelling")
    assert name.range.start == lsp.Position(NAME_LINE, 24)
    [dup] = by_code(a.diagnostics, "duplicate-paragraph")
    assert dup.related_information is not None
    assert dup.related_information[0].location.range.start == lsp.Position(4, 0)
    disable = next(
        x for x in code_actions(a, name.range) if x.title.startswith("Disable entity-spelling")
    )
    assert disable.edit is not None and disable.edit.changes is not None
    [edit] = disable.edit.changes["file:///story.md"]
    assert edit.range.start == lsp.Position(NAME_LINE, 0)
    assert edit.new_text == "<!-- newslint-disable-next-line entity-spelling -->\r\n"
    fix = next(x for x in code_actions(a, name.range) if x.title.startswith("Replace"))
    assert fix.edit is not None and fix.edit.changes is not None
    fixed = apply_edits(text, fix.edit.changes["file:///story.md"])
    assert fixed == text.replace("Marko Rubio", "Marco Rubio")


def test_substitution_rule_fix(linter: Linter) -> None:
    text = "Drones struck Kiev overnight, officials said on Tuesday.\n"
    a = analyse(linter, text, "a.txt", "file:///a.txt")
    [diag] = by_code(a.diagnostics, "place-names")
    [fix] = [x for x in code_actions(a, diag.range) if x.title.startswith("Replace")]
    assert fix.diagnostics is not None and diag in fix.diagnostics
    assert fix.edit is not None and fix.edit.changes is not None
    assert apply_edits(text, fix.edit.changes["file:///a.txt"]) == text.replace("Kiev", "Kyiv")
