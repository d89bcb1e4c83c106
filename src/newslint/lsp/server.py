"""``newslint lsp``: diagnostics and quick fixes over the Language Server Protocol (stdio).

Documents are linted on open and save at once, and on change after a short pause (debounced,
300 ms by default; ``initializationOptions: {"debounceMs": N}`` changes it). Linting runs on
the event loop: a warm re-lint of a long article takes a few milliseconds.

A broken config never stops the server: the error goes to the log, is shown once, each
document under that config gets a diagnostic at its first line naming the file and line at
fault, and the documents keep being linted with the last configuration that loaded (when none
ever did, that diagnostic is all they get).

``newslint lsp --config FILE`` uses one config file for every document instead of discovery.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO, cast

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from newslint import __version__
from newslint.config import DEFAULT_INCLUDE
from newslint.discovery import CONFIG_NAMES
from newslint.lsp import problems
from newslint.lsp.analysis import Analysis, analyse, code_actions
from newslint.lsp.fixall import FIX_ALL_KIND, KINDS, fix_all_action, wanted
from newslint.lsp.framing import FramedStdin
from newslint.lsp.linters import ConfigProblem, Linters, Lookup

DEBOUNCE_SECONDS = 0.3
PROSE_LANGUAGES = frozenset({"markdown", "plaintext", "text", "txt"})
CONFIG_GLOBS = (*(f"**/{name}" for name in CONFIG_NAMES), "**/pyproject.toml")
WATCH_ID = "newslint-config-watch"
log = logging.getLogger(__name__)


class NewslintServer(LanguageServer):
    """The language server and its state: cached linters, last analyses, pending lints."""

    def __init__(self, config: Path | None = None) -> None:
        super().__init__("newslint", __version__)
        self.config = config.resolve() if config is not None else None
        self.linters = Linters(self.config)
        self.analyses: dict[str, Analysis] = {}
        self.fix_alls: dict[str, tuple[Analysis, lsp.CodeAction | None]] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.debounce = DEBOUNCE_SECONDS
        self.shown: set[str] = set()
        self.config_errors: dict[str, ConfigProblem] = {}

    # -- messages -------------------------------------------------------------------------

    def log(self, message: str, kind: lsp.MessageType = lsp.MessageType.Info) -> None:
        """Send ``window/logMessage``."""
        self.window_log_message(lsp.LogMessageParams(type=kind, message=message))

    def show(self, message: str, kind: lsp.MessageType = lsp.MessageType.Error) -> None:
        """Log ``message`` and show it to the user."""
        self.log(message, kind)
        self.window_show_message(lsp.ShowMessageParams(type=kind, message=message))

    def show_once(self, message: str, kind: lsp.MessageType = lsp.MessageType.Error) -> None:
        """Log ``message``; show it only the first time (internal errors repeat per keystroke)."""
        if message in self.shown:
            self.log(message, kind)
        else:
            self.shown.add(message)
            self.show(message, kind)

    # -- linting --------------------------------------------------------------------------

    def schedule(self, uri: str) -> None:
        """Lint ``uri`` after the debounce delay; a newer change restarts the clock."""
        self.cancel(uri)
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(self.debounce, self.lint, uri)

    def cancel(self, uri: str) -> None:
        """Drop a pending lint of ``uri``."""
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()

    def lint(self, uri: str) -> Analysis | None:
        """Lint the open document ``uri`` now and publish its diagnostics; never raises."""
        self.cancel(uri)
        try:
            return self._lint(uri)
        except Exception as exc:
            self.log(traceback.format_exc(), lsp.MessageType.Error)
            self.show_once(f"newslint: internal error while checking {uri}: {exc}")
            return None

    def _lint(self, uri: str) -> Analysis | None:
        doc = self.workspace.text_documents.get(uri)
        if doc is None:
            return None
        path = self._path(doc)
        found = self.linters.lookup(path)
        self._tell(found)
        problem, kept = found.error, found.linter is not None
        include = found.linter.config.include if found.linter else DEFAULT_INCLUDE
        if found.linter is None or not _is_article(doc, path, include):
            self.analyses.pop(uri, None)
            diags = problems.file_diagnostics(problem, path, len(doc.lines))
            if problem is not None and not diags and _is_article(doc, path, include):
                diags = [problems.document_diagnostic(problem, kept)]
            self.publish(uri, diags, doc.version)
            return None
        analysis = analyse(
            found.linter,
            doc.source,
            str(path),
            uri,
            doc.version,
            self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16,
        )
        self.analyses[uri] = analysis
        for notice in analysis.notices:
            self.log(f"newslint: {path}: {notice.message}", lsp.MessageType.Warning)
        first = [problems.document_diagnostic(problem, kept)] if problem else []
        self.publish(uri, [*first, *analysis.diagnostics], doc.version)
        return analysis

    def _tell(self, found: Lookup) -> None:
        """Show a config problem once per distinct problem; fixing the config re-arms it."""
        if found.error is None:
            self.config_errors.pop(found.config, None)
        elif self.config_errors.get(found.config) != found.error:
            self.config_errors[found.config] = found.error
            self.show(problems.message(found.error, found.linter is not None))

    def fix_all(self, analysis: Analysis) -> lsp.CodeAction | None:
        """The ``source.fixAll`` action for ``analysis`` (computed once per analysis)."""
        cached = self.fix_alls.get(analysis.uri)
        if cached is not None and cached[0] is analysis:
            return cached[1]
        linter = self.linters.lookup(Path(analysis.path)).linter
        action = fix_all_action(linter, analysis) if linter is not None else None
        self.fix_alls[analysis.uri] = (analysis, action)
        return action

    def is_config(self, uri: str) -> bool:
        """Whether saving ``uri`` may change a configuration: a config file by name, the one
        given with ``--config``, or a file (a rule file, say) that a config problem names."""
        if _is_config(uri) or (self.config is not None and uri == self.config.as_uri()):
            return True
        faulty = (p.path for p in self.config_errors.values() if p.path)
        return any(Path(path).resolve().as_uri() == uri for path in faulty)

    def publish(self, uri: str, diagnostics: list[lsp.Diagnostic], version: int | None) -> None:
        """Send ``textDocument/publishDiagnostics``."""
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def current(self, uri: str) -> Analysis | None:
        """The analysis of the document as it is now (re-linting if a change is pending)."""
        doc = self.workspace.text_documents.get(uri)
        analysis = self.analyses.get(uri)
        if doc is None:
            return None
        if analysis is None or analysis.version != doc.version or analysis.text != doc.source:
            analysis = self.lint(uri)
        return analysis

    def reload(self) -> None:
        """A config file changed: rebuild linters and re-lint every open document."""
        self.linters.invalidate()
        for uri in list(self.workspace.text_documents):
            self.lint(uri)

    def _path(self, doc: TextDocument) -> Path:
        if doc.uri.startswith("file:"):
            return Path(doc.path)
        # Unsaved buffers take their config from the workspace root (or the cwd).
        root = self.workspace.root_path
        return Path(root or Path.cwd()) / (doc.filename or "untitled")


def _is_article(doc: TextDocument, path: Path, include: tuple[str, ...]) -> bool:
    if path.name in CONFIG_NAMES:
        return False
    return (doc.language_id or "").lower() in PROSE_LANGUAGES or any(
        fnmatch(path.name, pattern) for pattern in include
    )


def _is_config(uri: str) -> bool:
    name = uri.rsplit("/", 1)[-1]
    return name in CONFIG_NAMES or name == "pyproject.toml"


def create_server(config: Path | None = None) -> NewslintServer:
    """A server with every feature registered; ``config`` overrides discovery."""
    ls = NewslintServer(config)
    _register_lifecycle(ls)
    _register_documents(ls)
    return ls


def _register_lifecycle(ls: NewslintServer) -> None:
    """Start-up (options, watching config files) and shutdown."""

    @ls.feature(lsp.INITIALIZE)
    def initialize(params: lsp.InitializeParams) -> None:
        opts = params.initialization_options
        if isinstance(opts, dict) and isinstance(opts.get("debounceMs"), int | float):
            ls.debounce = max(0.0, float(opts["debounceMs"]) / 1000)

    @ls.feature(lsp.INITIALIZED)
    async def initialized(params: lsp.InitializedParams) -> None:
        caps = ls.client_capabilities.workspace
        watch = caps.did_change_watched_files if caps else None
        if not (watch and watch.dynamic_registration):
            return
        globs = [*CONFIG_GLOBS, *([ls.config.as_posix()] if ls.config else [])]
        options = lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=g) for g in globs]
        )
        registration = lsp.Registration(WATCH_ID, lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)
        try:
            await ls.client_register_capability_async(lsp.RegistrationParams([registration]))
        except Exception as exc:
            ls.log(f"newslint: could not watch config files: {exc}", lsp.MessageType.Warning)

    @ls.feature(lsp.SHUTDOWN)
    def shutdown(params: None) -> None:
        for uri in list(ls.pending):
            ls.cancel(uri)


def _register_documents(ls: NewslintServer) -> None:
    """Linting documents as they open, change and save; config reloads; quick fixes."""

    @ls.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: lsp.DidOpenTextDocumentParams) -> None:
        ls.lint(params.text_document.uri)

    @ls.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @ls.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(params: lsp.DidSaveTextDocumentParams) -> None:
        if ls.is_config(params.text_document.uri):
            ls.reload()
        else:
            ls.lint(params.text_document.uri)

    @ls.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        ls.analyses.pop(uri, None)
        ls.fix_alls.pop(uri, None)
        ls.publish(uri, [], None)

    @ls.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.reload()

    @ls.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=list(KINDS)),
    )
    def code_action(params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        try:
            analysis = ls.current(params.text_document.uri)
            if analysis is None:
                return None
            only = params.context.only
            actions = []
            if wanted(only, lsp.CodeActionKind.QuickFix):
                actions = code_actions(analysis, params.range)
            fix_all = ls.fix_all(analysis) if wanted(only, FIX_ALL_KIND) else None
            return [*actions, fix_all] if fix_all else actions
        except Exception as exc:
            ls.log(traceback.format_exc(), lsp.MessageType.Error)
            ls.show_once(f"newslint: internal error in code actions: {exc}")
            return None


def serve(config: Path | None = None) -> str | None:
    """Run the server on stdin/stdout until the client exits; ``config`` overrides discovery.

    Returns:
        Why the input stream was given up (a message that breaks the protocol's framing),
        or None when the client closed it.
    """
    logging.basicConfig(level=logging.WARNING, format="newslint-lsp: %(message)s")
    stdin = FramedStdin(sys.stdin.buffer)
    create_server(config).start_io(stdin=cast(BinaryIO, stdin))
    return stdin.error
