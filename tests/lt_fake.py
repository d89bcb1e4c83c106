"""A protocol fake of a LanguageTool server, for tests. It is NOT LanguageTool.

It speaks ``POST /v2/check`` (form fields as the real server) and ``GET /v2/languages``
on 127.0.0.1 at a free port, in a thread, and answers in the JSON shape of
LanguageTool's ``RuleMatchesAsJsonSerializer`` (software, warnings, language, matches,
sentenceRanges). It knows only a few canned errors found by regex:

- "He go"   -> HE_VERB_AGR (the span is "go"), category GRAMMAR
- "the the" -> ENGLISH_WORD_REPEAT_RULE, category MISC, issueType duplication
- "recieve" -> MORFOLOGIK_RULE_EN_US, category TYPOS, issueType misspelling
- 2+ spaces -> WHITESPACE_RULE (as the real server), unless disabled
- spaces before "." or "," -> COMMA_PARENTHESIS_WHITESPACE

Offsets and lengths are UTF-16 code units, like the Java server. Modes: "ok",
"429-then-ok" (first request 429, then normal), "503" (always 503), "hang" (never
answers until stopped). Texts longer than ``max_text_length`` get HTTP 413, as the real
server does. Every request's form is recorded in ``requests``.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

RULES: list[tuple[re.Pattern[str], int, dict[str, Any], str, list[str]]] = [
    (
        re.compile(r"\b[Hh]e (go)\b"),
        1,
        {
            "id": "HE_VERB_AGR",
            "description": "Agreement error: 'he' + verb",
            "issueType": "grammar",
            "category": {"id": "GRAMMAR", "name": "Grammar"},
        },
        "The pronoun 'He' is usually used with a third-person or a past tense verb.",
        ["goes", "went"],
    ),
    (
        re.compile(r"\b(the the)\b", re.IGNORECASE),
        1,
        {
            "id": "ENGLISH_WORD_REPEAT_RULE",
            "description": "Word repetition (e.g. 'will will')",
            "issueType": "duplication",
            "category": {"id": "MISC", "name": "Miscellaneous"},
        },
        "Possible typo: you repeated a word.",
        ["the"],
    ),
    (
        re.compile(r"\b(recieve[ds]?)\b"),
        1,
        {
            "id": "MORFOLOGIK_RULE_EN_US",
            "description": "Possible spelling mistake",
            "issueType": "misspelling",
            "category": {"id": "TYPOS", "name": "Possible Typo"},
        },
        "Possible spelling mistake found.",
        ["receive"],
    ),
    (
        re.compile(r"\S( {2,})\S"),
        1,
        {
            "id": "WHITESPACE_RULE",
            "description": "Whitespace repetition (bad formatting)",
            "issueType": "whitespace",
            "category": {"id": "TYPOGRAPHY", "name": "Typography"},
        },
        "Possible typo: you repeated a whitespace",
        [" "],
    ),
    (
        re.compile(r"\w( +[.,])"),
        1,
        {
            "id": "COMMA_PARENTHESIS_WHITESPACE",
            "description": "Use of whitespace before comma and before/after parentheses",
            "issueType": "whitespace",
            "category": {"id": "TYPOGRAPHY", "name": "Typography"},
        },
        "Don't put a space before the full stop.",
        ["."],
    ),
]


def u16(text: str) -> int:
    """Length in UTF-16 code units, as Java's String.length()."""
    return len(text.encode("utf-16-le")) // 2


def find_matches(text: str, form: dict[str, str]) -> list[dict[str, Any]]:
    """The canned matches in ``text``, shaped and positioned like the real server's."""
    disabled = set(filter(None, form.get("disabledRules", "").split(",")))
    matches = []
    for pattern, group, rule, message, replacements in RULES:
        if rule["id"] in disabled:
            continue
        for m in pattern.finditer(text):
            start, end = m.span(group)
            offset, length = u16(text[:start]), u16(text[start:end])
            ctx_start = max(0, start - 40)
            context = text[ctx_start : end + 40]
            sent_start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
            sent_end = text.find(".", end)
            matches.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "replacements": [{"value": r} for r in replacements],
                    "offset": offset,
                    "length": length,
                    "context": {
                        "text": context,
                        "offset": u16(text[ctx_start:start]),
                        "length": length,
                    },
                    "sentence": text[sent_start : sent_end + 1 if sent_end >= 0 else len(text)],
                    "type": {"typeName": "Other"},
                    "rule": dict(rule),
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
    matches.sort(key=lambda m: m["offset"])
    return matches


def response(text: str, form: dict[str, str]) -> dict[str, Any]:
    """A whole /v2/check answer."""
    code = form.get("language", "en-US")
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.6",
            "buildDate": "2025-03-27 12:00:00 +0000",
            "apiVersion": 1,
            "premium": False,
            "premiumHint": "You might be missing errors only the Premium version can find.",
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": code,
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99},
        },
        "matches": find_matches(text, form),
        "sentenceRanges": [[0, u16(text)]],
    }


def trickle(out: Any, stop: threading.Event, *, in_headers: bool) -> None:
    """A byte every 0.2 s for up to 60 s: in the status line and headers, or in the body
    after complete headers. Each byte satisfies a per-read timeout."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    head += b"Content-Length: 100000\r\n\r\n"
    if not in_headers:
        out.write(head)
        out.flush()
    for byte in head if in_headers else b" " * 300:
        if stop.wait(0.2):
            return
        try:
            out.write(bytes([byte]))
            out.flush()
        except OSError:
            return


@dataclass
class FakeLanguageTool:
    """Run with ``with FakeLanguageTool() as lt: ... lt.url ...``."""

    mode: str = "ok"
    max_text_length: int = 20_000
    requests: list[dict[str, str]] = field(default_factory=list)
    url: str = ""
    _server: ThreadingHTTPServer | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> FakeLanguageTool:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _send(self, status: int, body: str, ctype: str = "application/json") -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", f"{ctype}; charset=UTF-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path.startswith("/v2/languages"):
                    langs = [{"name": "English (US)", "code": "en", "longCode": "en-US"}]
                    self._send(200, json.dumps(langs))
                else:
                    self._send(404, "Not found", "text/plain")

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                form = dict(urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
                fake.requests.append(form)
                if self.path != "/v2/check":
                    self._send(404, "Not found", "text/plain")
                    return
                if fake.mode == "hang":
                    fake._stop.wait(30)
                    return
                if fake.mode.startswith("trickle"):
                    trickle(self.wfile, fake._stop, in_headers=fake.mode == "trickle-headers")
                    return
                if fake.mode == "503" or (fake.mode == "429-then-ok" and len(fake.requests) == 1):
                    status = 503 if fake.mode == "503" else 429
                    self._send(status, "Error: Too many requests", "text/plain")
                    return
                text = form.get("text", "")
                if u16(text) > fake.max_text_length:
                    msg = f"Error: Your text exceeds the limit of {fake.max_text_length} characters"
                    self._send(413, msg, "text/plain")
                    return
                self._send(200, json.dumps(response(text, form)))

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
