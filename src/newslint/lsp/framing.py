"""Standard input for the language server, checked against the LSP base protocol's framing.

pygls reads a header line at a time and skips any it does not understand, so one bad header
(``Content-Length: abc``) made it read the next message's body as a header line and wait
for a newline that never comes: the server hung. Here every header line is read with a length
limit and checked; on the first framing error the stream ends (pygls then stops) and
:attr:`FramedStdin.error` says why, for the command to report with exit 2.
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO

MAX_HEADER_LINE = 1024
MAX_CONTENT_LENGTH = 64 * 1024 * 1024
# The only form pygls understands (pygls.io_.run_async): anything else would be skipped.
_CONTENT_LENGTH = re.compile(rb"Content-Length: (\d{1,12})\r\n")
_HEADER = re.compile(rb"[A-Za-z][A-Za-z0-9-]*: [^\r\n]*\r\n")


class FramedStdin(io.RawIOBase):
    """``readline`` and ``read`` over ``stream``, ending it at the first framing error."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self.stream = stream
        self.error: str | None = None
        self.length: int | None = None  # the Content-Length of the message being read

    def readable(self) -> bool:
        return True

    def _fail(self, message: str) -> bytes:
        self.error = message
        return b""

    def readline(self, size: int | None = -1) -> bytes:
        if self.error:
            return b""
        line = self.stream.readline(MAX_HEADER_LINE + 1)
        if not line:
            return b""
        if len(line) > MAX_HEADER_LINE:
            return self._fail(f"a header line is longer than {MAX_HEADER_LINE} bytes")
        if line == b"\r\n":
            if self.length is None:
                return self._fail("a message has no Content-Length header")
            return line
        if line[:15].lower() == b"content-length:":
            match = _CONTENT_LENGTH.fullmatch(line)
            if match is None:
                return self._fail(f"bad header {_show(line)}: expected 'Content-Length: N'")
            length = int(match.group(1))
            if not 0 < length <= MAX_CONTENT_LENGTH:
                return self._fail(f"Content-Length {length} is not between 1 and 64 MiB")
            self.length = length
            return line
        if _HEADER.fullmatch(line) is None:
            return self._fail(f"bad header line {_show(line)}")
        return line

    def read(self, size: int | None = -1) -> bytes:
        if self.error:
            return b""
        if self.length is None or size != self.length:
            return self._fail("a message body was read before its header")
        self.length = None
        body = self.stream.read(size)
        if len(body) < size:
            return self._fail(f"the stream ended inside a message ({len(body)} of {size} bytes)")
        return body


def _show(line: bytes) -> str:
    return repr(line[:60].decode("utf-8", "replace"))
