"""LanguageTool on this machine, started through ``language-tool-python``.

``language_tool_python.LanguageTool(language)`` downloads LanguageTool on first use (into
its own cache directory), starts ``java ... HTTPServer`` on a free local port and waits
until it answers. We keep that one server for the run, talk to it with the same HTTP
client as a remote server (its ``url`` property, ``http://127.0.0.1:PORT/v2/``) and stop
it with ``close()``, also registered with `atexit` so an interrupted run leaves no Java
process behind.

Starting can fail in many ways (no network for the download, no or too old Java, a
checksum mismatch, no free port; the library raises requests, OS, its own and even
``SystemExit`` errors); each becomes one `BackendUnavailable` that says what to do.
"""

from __future__ import annotations

import atexit
from collections.abc import Sequence
from typing import Any

from newslint.grammar.base import BackendOptions, BackendUnavailable, GrammarIssue
from newslint.grammar.languagetool import LanguageToolBackend

PIN = "language-tool-python>=3.4,<4"
FIX = "set NEWSLINT_LT_URL to a server, or install Java and run online once, or use backend: harper"


def start_server(language: str) -> Any:
    """Start a local LanguageTool server; return the ``language_tool_python`` handle.

    Raises:
        BackendUnavailable: language-tool-python is missing, or the server could not be
            downloaded or started.
    """
    try:
        import language_tool_python
    except ImportError as exc:
        raise BackendUnavailable(
            f"languagetool: no server URL, and language-tool-python is not installed to run "
            f"one locally (pip install '{PIN}'); set NEWSLINT_LT_URL to a server, "
            "or use backend: harper."
        ) from exc
    try:
        return language_tool_python.LanguageTool(language)
    # The library lets requests, OS, Java and its own errors through, and SystemExit when
    # it cannot parse `java -version`; none of them should end the run.
    except (Exception, SystemExit) as exc:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise BackendUnavailable(
            f"languagetool: LanguageTool could not be downloaded/started: {detail}; {FIX}."
        ) from exc


class LocalLanguageToolBackend:
    """A `LanguageToolBackend` pointed at a server this process started and will stop."""

    name = "languagetool"

    def __init__(self, options: BackendOptions | None = None, *, timeout: float = 30.0) -> None:
        self.options = options or BackendOptions()
        self._tool: Any = start_server(self.options.language)
        atexit.register(self.close)
        self.url = str(self._tool.url)
        self._client = LanguageToolBackend(self.url, self.options, timeout=timeout)
        version = getattr(self._tool, "language_tool_download_version", "unknown")
        # Not the URL: the port changes every run, the results do not.
        self.fingerprint = f"languagetool-local {version} {self.options!r}"

    def check_many(self, texts: Sequence[str]) -> list[list[GrammarIssue]]:
        """Check texts on the local server."""
        return self._client.check_many(texts)

    def close(self) -> None:
        """Stop the server (idempotent)."""
        tool, self._tool = self._tool, None
        if tool is not None:
            atexit.unregister(self.close)
            tool.close()
