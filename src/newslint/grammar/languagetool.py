"""LanguageTool backend: ``POST /v2/check`` to a server you run or to the public API.

Spoken directly with urllib rather than through language-tool-python 3.4, after reading
its source: its ``LanguageTool(remote_server=...)`` downloads nothing, but it sends an
extra ``GET /v2/languages`` on construction, uses a fixed 300 s timeout, has no
``username``/``apiKey`` fields, retries only on connection errors (a 429 or 503 becomes
a generic error) and imports requests, psutil and tqdm. The protocol is a form POST
returning JSON, so the stdlib is enough and the backend has no dependency.

Requests: fields ``text, language, enabledRules, disabledRules, enabledCategories,
disabledCategories, level=picky, username, apiKey``. ``WHITESPACE_RULE`` is always
disabled (masking makes runs of spaces). Texts are split at paragraph, then line, then
word boundaries into pieces of at most ``max_chars`` UTF-16 units (the public API
limit is 20,000), and small pieces of several texts are packed into one request joined
by a blank line. LanguageTool's offsets are UTF-16 code units; they are converted to
code points and shifted back to the text they came from. HTTP 429/503 are retried with
exponential backoff (``retries`` times); a timeout, a refused connection or any other
error raises BackendUnavailable naming the server and the fix. ``timeout`` bounds each whole
exchange (connecting, sending, the headers and the body), not only each read, so a server that
trickles its answer a byte at a time cannot hold the run.
"""

from __future__ import annotations

import bisect
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newslint.grammar.base import (
    BackendOptions,
    BackendUnavailable,
    Category,
    GrammarIssue,
    drop_noise,
)

ALWAYS_DISABLED = ("WHITESPACE_RULE",)
SEPARATOR = "\n\n"
RETRY_STATUS = (429, 503)
CATEGORY_MAP: dict[str, Category] = {
    "TYPOS": "typo",
    "GRAMMAR": "grammar",
    "CASING": "grammar",
    "CONFUSED_WORDS": "grammar",
    "COMPOUNDING": "grammar",
    "SEMANTICS": "grammar",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "punctuation",
    "STYLE": "style",
    "REDUNDANCY": "style",
    "PLAIN_ENGLISH": "style",
    "COLLOQUIALISMS": "style",
    "REPETITIONS_STYLE": "style",
    "WIKIPEDIA": "style",
    "GENDER_NEUTRALITY": "style",
}
ISSUE_TYPE_MAP: dict[str, Category] = {
    "misspelling": "typo",
    "grammar": "grammar",
    "duplication": "grammar",
    "style": "style",
    "register": "style",
    "locale-violation": "style",
    "typographical": "punctuation",
    "whitespace": "punctuation",
}


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def category_of(rule: dict[str, Any]) -> Category:
    """Normalise a LanguageTool rule's category id and issue type."""
    category_id = str(rule.get("category", {}).get("id", ""))
    if category_id in CATEGORY_MAP:
        return CATEGORY_MAP[category_id]
    return ISSUE_TYPE_MAP.get(str(rule.get("issueType", "")), "other")


@dataclass(frozen=True, slots=True)
class _Piece:
    text_index: int
    offset: int  # code points into its text
    text: str
    astral16: tuple[int, ...]  # UTF-16 offsets of characters outside the BMP

    @classmethod
    def make(cls, text_index: int, offset: int, text: str) -> _Piece:
        astral: list[int] = []
        units = 0
        for ch in text:
            if ord(ch) > 0xFFFF:
                astral.append(units)
                units += 1
            units += 1
        return cls(text_index, offset, text, tuple(astral))

    def cp_index(self, offset16: int) -> int | None:
        """The code-point index at a UTF-16 offset, or None past the end."""
        index = offset16 - bisect.bisect_left(self.astral16, offset16)
        return index if 0 <= index <= len(self.text) else None


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Split text into (code-point offset, piece) of at most ``max_chars`` UTF-16 units."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while utf16_len(text[start:]) > max_chars:
        end, units = start, 0
        while units + utf16_len(text[end]) <= max_chars:
            units += utf16_len(text[end])
            end += 1
        end = max(end, start + 1)
        window = text[start:end]
        for sep in (SEPARATOR, "\n", " "):
            cut = window.rfind(sep)
            if cut > 0:
                end = start + cut + len(sep)
                break
        pieces.append((start, text[start:end]))
        start = end
    if start < len(text) or not pieces:
        pieces.append((start, text[start:]))
    return pieces


class _Batch:
    """Pieces joined into one request, and the way back from its UTF-16 offsets."""

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []
        self.starts16: list[int] = []
        self.parts: list[str] = []
        self.length16 = 0

    def fits(self, piece: str, max_chars: int) -> bool:
        extra = utf16_len(piece) + (utf16_len(SEPARATOR) if self.parts else 0)
        return not self.parts or self.length16 + extra <= max_chars

    def add(self, piece: _Piece) -> None:
        if self.parts:
            self.parts.append(SEPARATOR)
            self.length16 += utf16_len(SEPARATOR)
        self.pieces.append(piece)
        self.starts16.append(self.length16)
        self.parts.append(piece.text)
        self.length16 += utf16_len(piece.text)

    def locate(self, offset16: int, length16: int) -> tuple[_Piece, int, int] | None:
        """Map a request span to (piece, start, end) in code points of the piece."""
        i = bisect.bisect_right(self.starts16, offset16) - 1
        if i < 0:
            return None
        piece = self.pieces[i]
        rel = offset16 - self.starts16[i]
        start, end = piece.cp_index(rel), piece.cp_index(rel + length16)
        if start is None or end is None:
            return None  # crosses the separator into the next piece
        return piece, start, end


class LanguageToolBackend:
    """Checks texts against a LanguageTool HTTP server."""

    name = "languagetool"

    def __init__(
        self,
        url: str,
        options: BackendOptions | None = None,
        *,
        username: str | None = None,
        api_key: str | None = None,
        timeout: float = 30.0,
        max_chars: int = 20_000,
        retries: int = 3,
        backoff: float = 1.0,
    ) -> None:
        self.options = options or BackendOptions()
        base = url.rstrip("/")
        if not base.endswith("/v2"):
            base += "/v2"
        self.url = base + "/check"
        self.username, self.api_key = username, api_key
        self.timeout, self.max_chars = timeout, max_chars
        self.retries, self.backoff = retries, backoff
        self.fingerprint = f"languagetool {self.url} {self.options!r}"

    def _form(self, text: str) -> dict[str, str]:
        opts = self.options
        form = {"text": text, "language": opts.language}
        disabled = tuple(dict.fromkeys((*ALWAYS_DISABLED, *opts.disabled_rules)))
        fields = {
            "enabledRules": opts.enabled_rules,
            "disabledRules": disabled,
            "enabledCategories": opts.enabled_categories,
            "disabledCategories": opts.disabled_categories,
        }
        form |= {key: ",".join(values) for key, values in fields.items() if values}
        if opts.picky:
            form["level"] = "picky"
        if self.username and self.api_key:
            form["username"], form["apiKey"] = self.username, self.api_key
        return form

    def _fail(self, problem: str, fix: str) -> BackendUnavailable:
        return BackendUnavailable(f"languagetool: {problem} at {self.url}; {fix}")

    def _post(self, text: str) -> dict[str, Any]:
        data = urllib.parse.urlencode(self._form(text)).encode()
        headers = {"Accept": "application/json", "User-Agent": "newslint"}
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(self.url, data=data, headers=headers)
            try:
                answer: dict[str, Any] = json.loads(self._exchange(request).decode("utf-8"))
                return answer
            except urllib.error.HTTPError as exc:
                body = exc.read().decode("utf-8", "replace")[:200].strip()
                if exc.code in RETRY_STATUS and attempt < self.retries:
                    time.sleep(self._delay(attempt, exc.headers.get("Retry-After")))
                    continue
                fix = (
                    "the server is overloaded or rate-limiting; wait, or use your own server"
                    if exc.code in RETRY_STATUS
                    else "check the URL, language, rule ids and credentials"
                )
                raise self._fail(f"HTTP {exc.code} {body!r}", fix) from exc
            except TimeoutError as exc:
                raise self._fail(
                    f"no complete answer within {self.timeout:g} s",
                    "check that the server is running, or raise the grammar timeout",
                ) from exc
            except (urllib.error.URLError, OSError, ValueError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, TimeoutError):
                    raise self._fail(
                        f"no connection within {self.timeout:g} s",
                        "check that the server is running, or raise the grammar timeout",
                    ) from exc
                raise self._fail(
                    f"cannot reach the server ({reason})",
                    "start a LanguageTool server or fix NEWSLINT_LT_URL",
                ) from exc
        raise AssertionError("unreachable")

    def _exchange(self, request: urllib.request.Request) -> bytes:
        """The body of the answer to ``request``, within ``timeout`` seconds in all.

        urllib's timeout applies to each socket operation, which a byte every few seconds
        keeps satisfied; so the exchange runs on a daemon thread that is abandoned at the
        deadline (it ends with its socket's own timeout, or with the process).

        Raises:
            TimeoutError: when the whole answer has not arrived in time.
        """
        outcome: list[bytes | BaseException] = []

        def fetch() -> None:
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    outcome.append(response.read())
            except BaseException as exc:  # handed to the caller's thread, raised there
                outcome.append(exc)

        worker = threading.Thread(target=fetch, name="newslint-languagetool", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if not outcome:
            raise TimeoutError(f"no complete answer within {self.timeout:g} s")
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        delay = self.backoff * 2.0**attempt
        if retry_after and retry_after.isdigit():
            delay = max(delay, min(float(retry_after), 30.0))
        return delay

    def _batches(self, texts: Sequence[str]) -> list[_Batch]:
        batches = [_Batch()]
        for index, text in enumerate(texts):
            for offset, piece in split_text(text, self.max_chars):
                if not piece.strip():
                    continue
                if not batches[-1].fits(piece, self.max_chars):
                    batches.append(_Batch())
                batches[-1].add(_Piece.make(index, offset, piece))
        return [b for b in batches if b.pieces]

    def check_many(self, texts: Sequence[str]) -> list[list[GrammarIssue]]:
        """Check texts in as few requests as the size limit allows."""
        found: list[list[GrammarIssue]] = [[] for _ in texts]
        for batch in self._batches(texts):
            answer = self._post("".join(batch.parts))
            for match in answer.get("matches", []):
                where = batch.locate(int(match["offset"]), int(match["length"]))
                if where is None:
                    continue
                piece, start, end = where
                rule = match.get("rule", {})
                found[piece.text_index].append(
                    GrammarIssue(
                        start=piece.offset + start,
                        end=piece.offset + end,
                        message=str(match.get("message", "")),
                        rule_id=str(rule.get("id", "")),
                        category=category_of(rule),
                        replacements=tuple(
                            str(r.get("value", "")) for r in match.get("replacements", [])
                        ),
                        backend=self.name,
                    )
                )
        return [drop_noise(text, issues) for text, issues in zip(texts, found, strict=True)]

    def close(self) -> None:
        """Nothing to release: every request opens its own connection."""
