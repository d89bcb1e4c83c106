"""The language server's editor features over the real protocol: ``source.fixAll``, a broken
configuration shown clearly, and ``newslint lsp --config``."""

from __future__ import annotations

import subprocess
import sys
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
    wait_for,
)
from newslint.lsp.fixall import changed_spans, wanted  # noqa: E402

in_server = pytest.mark.asyncio(loop_scope="module")

DUP = "The council approved the budget on Tuesday after a long debate about police funding."
FIXABLE = (
    "# Drone strikes\n"
    "\n"
    "😀 Officials said Marko Rubio flew to Kiev on Tuesday morning.\n"
    "\n"
    "<!-- newslint-disable-next-line place-names -->\n"
    "The old guide to Kiev was reprinted by the city council this week.\n"
    "\n"
    f"{DUP}\n"
    "\n"
    "The mayor said the vote was expected.\n"
    "\n"
    f"{DUP}\n"
)
WHOLE = lsp.Range(lsp.Position(0, 0), lsp.Position(99, 0))


def accept_registrations(client: LanguageClient) -> None:
    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams) -> None:
        del params


def init_params(root: Path) -> lsp.InitializeParams:
    return lsp.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=root.as_uri(),
        workspace_folders=[lsp.WorkspaceFolder(root.as_uri(), "ws")],
        initialization_options={"debounceMs": 50},
    )


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("workspace")


@pytest.fixture
def tmp_path(root: Path, request: pytest.FixtureRequest) -> Path:
    path = root / request.node.name
    path.mkdir()
    return path


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND), scope="module")
async def client(lsp_client: LanguageClient, root: Path) -> Any:
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(init_params(root))
    yield
    await lsp_client.shutdown_session()


async def actions(
    client: LanguageClient, uri: str, only: list[str] | None, rng: lsp.Range = WHOLE
) -> list[lsp.CodeAction]:
    result = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri),
            rng,
            lsp.CodeActionContext(diagnostics=[], only=only),  # type: ignore[arg-type]
        )
    )
    return [a for a in result or [] if isinstance(a, lsp.CodeAction)]


def cli_fix(text: str, path: Path) -> str:
    """What ``newslint check --fix -`` prints for ``text`` (the CLI's safe fixes)."""
    done = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--fix", "-", "--stdin-filename", str(path)],
        input=text.encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode()


@in_server
async def test_fix_all_applies_what_fix_applies(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    uri = open_doc(client, path, FIXABLE)
    await wait_for(lambda: by_code(client.diagnostics.get(uri, []), "place-names"))
    [fix_all] = await actions(client, uri, [lsp.CodeActionKind.SourceFixAll])
    assert fix_all.kind == "source.fixAll.newslint"
    assert fix_all.title == "Fix all safe newslint findings (3 fixes)"
    fixed = apply_edits(FIXABLE, edits_of(fix_all, uri))
    assert fixed == cli_fix(FIXABLE, path)
    assert "Marco Rubio flew to Kyiv" in fixed and fixed.count(DUP) == 1
    assert "guide to Kiev" in fixed  # the suppressed line is left alone
    # Only the changed words are replaced, so the rest of the buffer is not rewritten.
    assert sorted(e.new_text for e in edits_of(fix_all, uri)) == ["", "c", "yi"]

    change_doc(client, uri, 2, fixed)
    await wait_for(lambda: not by_code(client.diagnostics[uri], "place-names"))
    assert not await actions(client, uri, ["source.fixAll"])


@in_server
async def test_fix_all_kinds(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_doc(client, tmp_path / "wire.txt", "Drones struck Kiev overnight.\n", "plaintext")
    [diag] = await wait_for(lambda: by_code(client.diagnostics.get(uri, []), "place-names"))

    async def kinds(*only: str) -> list[str | None]:
        return [a.kind for a in await actions(client, uri, list(only) or None, diag.range)]

    fix_all = "source.fixAll.newslint"
    assert await kinds("source.fixAll.newslint") == [fix_all]
    assert await kinds("source") == [fix_all]
    quick = await kinds(lsp.CodeActionKind.QuickFix)
    assert quick and fix_all not in quick
    assert await kinds("source.organizeImports") == []
    everything = await kinds()
    assert everything[-1] == fix_all and lsp.CodeActionKind.QuickFix in everything


@in_server
async def test_bad_rule_file_is_named_with_its_line(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "newslint.yaml").write_text("rule-files: [house/style.yaml]\n", encoding="utf-8")
    (tmp_path / "house").mkdir()
    rule = tmp_path / "house" / "style.yaml"
    rule.write_text("id: house\ncheck: existence\n  bad: [\n", encoding="utf-8")
    shown = len(client.messages)
    uri = open_doc(client, tmp_path / "story.md", FIXABLE)
    [msg] = await wait_for(lambda: client.messages[shown:])
    assert msg.message.startswith(f"newslint configuration error in {rule}, line 3: invalid YAML")
    assert msg.message.endswith("newslint shows no findings until it is fixed.")
    [diag] = await wait_for(lambda: client.diagnostics.get(uri))
    assert diag.range.start == lsp.Position(0, 0) and diag.code == "config"
    assert f"{rule}, line 3" in diag.message
    assert diag.related_information is not None
    [where] = diag.related_information
    assert where.location.uri == rule.as_uri() and where.location.range.start.line == 2

    # The rule file itself, open in the editor, shows the message on the line at fault.
    rule_uri = open_doc(client, rule, rule.read_text(encoding="utf-8"), "yaml")
    [own] = await wait_for(lambda: client.diagnostics.get(rule_uri))
    assert own.range.start == lsp.Position(2, 0) and own.message.startswith("invalid YAML")

    # Saving the repaired rule file reloads the configuration.
    good = (
        "id: house\ncheck: existence\nseverity: warning\nmessage: Avoid '{match}'\n"
        "description: House style.\noptions:\n  words: [flew]\n"
    )
    change_doc(client, rule_uri, 2, good)
    rule.write_text(good, encoding="utf-8")
    client.text_document_did_save(
        lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(rule_uri))
    )
    await wait_for(lambda: by_code(client.diagnostics[uri], "house"))
    assert not by_code(client.diagnostics[uri], "config")
    await wait_for(lambda: not client.diagnostics[rule_uri])  # published after the story's


@in_server
async def test_unknown_rule_keeps_the_last_config(client: LanguageClient, tmp_path: Path) -> None:
    config = tmp_path / "newslint.yaml"
    config.write_text("rules:\n  place-names: off\n", encoding="utf-8")
    uri = open_doc(client, tmp_path / "story.md", FIXABLE)
    await wait_for(lambda: by_code(client.diagnostics.get(uri, []), "entity-spelling"))
    assert not by_code(client.diagnostics[uri], "place-names")
    config_uri = open_doc(client, config, "rules:\n  place-names: off\n  entity-speling: off\n")
    client.text_document_did_save(
        lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(config_uri))
    )
    [first] = await wait_for(lambda: by_code(client.diagnostics[uri], "config"))
    assert first.message == (
        f"newslint configuration error in {config}, line 3: unknown rule 'entity-speling' (did "
        "you mean 'entity-spelling'?). newslint keeps using the last configuration that loaded "
        "until it is fixed."
    )
    assert by_code(client.diagnostics[uri], "entity-spelling")  # the last good config
    assert not by_code(client.diagnostics[uri], "place-names")
    [own] = await wait_for(lambda: client.diagnostics.get(config_uri))
    assert own.range == lsp.Range(lsp.Position(2, 0), lsp.Position(3, 0))


@pytest.mark.asyncio
async def test_lsp_config_option(tmp_path: Path) -> None:
    """``newslint lsp --config FILE`` uses FILE for every document, wherever it is."""
    house = tmp_path / "house.yaml"
    house.write_text("rules:\n  entity-spelling: off\n", encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "newslint.yaml").write_text("rules:\n  place-names: off\n", encoding="utf-8")
    server = ClientServerConfig(server_command=[*SERVER_COMMAND, "--config", str(house)])
    client = await server.start()
    assert isinstance(client, LanguageClient)
    accept_registrations(client)
    try:
        await client.initialize_session(init_params(tmp_path))
        uri = open_doc(client, desk / "story.md", FIXABLE)
        diags = await wait_for(lambda: client.diagnostics.get(uri))
        assert by_code(diags, "place-names") and not by_code(diags, "entity-spelling")
        await client.shutdown_session()
    finally:
        await client.stop()


def test_wanted_kinds_are_hierarchical() -> None:
    assert wanted(None, "source.fixAll.newslint")
    assert wanted(["source.fixAll"], "source.fixAll.newslint")
    assert not wanted(["source.fix"], "source.fixAll.newslint")
    assert not wanted(["quickfix"], "source.fixAll.newslint")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("a Kiev b\n", "a Kyiv b\n"),
        ("one\ntwo\nthree\n", "one\nthree\n"),
        ("x\r\ny\r\n", "x\r\nz\r\ny\r\n"),
        ("no break", "no break at the end"),
        ("same\n", "same\n"),
    ],
)
def test_changed_spans_rebuild_the_text(before: str, after: str) -> None:
    edits = changed_spans(before, after)
    out, at = [], 0
    for e in edits:
        out += [before[at : e.start], e.text]
        at = e.end
    assert "".join([*out, before[at:]]) == after
    assert not edits if before == after else edits
