"""Finding fingerprints: which findings are "the same" across edits of a file.

A fingerprint does not contain the line number: it hashes the rule, the normalised matched text
and a few normalised neighbouring words, plus an occurrence index among identical hashes in the
same file. Baselines store it, and SARIF carries it as ``partialFingerprints``, so code scanning
and the baseline agree.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from newslint.findings import Finding

FINGERPRINT_KEY = "newslintFingerprint/v1"

_WORD = re.compile(r"\w+")
_CONTEXT_WORDS = 3
_WINDOW = 160


def normalise(text: str) -> str:
    """``text`` in NFC with runs of white space made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def finding_hash(finding: Finding, source: str | None) -> str:
    """Hash a finding's rule, normalised match and neighbouring words (no line number).

    Args:
        finding: The finding.
        source: The decoded text of its file, or None when unknown (then no context is used).

    Returns:
        16 hex digits.
    """
    match = finding.match
    before = after = ""
    if source is not None and 0 <= finding.start <= finding.end <= len(source):
        if not match:
            match = source[finding.start : finding.end]
        head = source[max(0, finding.start - _WINDOW) : finding.start]
        tail = source[finding.end : finding.end + _WINDOW]
        before = " ".join(_WORD.findall(head)[-_CONTEXT_WORDS:])
        after = " ".join(_WORD.findall(tail)[:_CONTEXT_WORDS])
    parts = (
        "v1",
        finding.rule,
        normalise(match),
        normalise(before).casefold(),
        normalise(after).casefold(),
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def fingerprint_findings(findings: Sequence[Finding], source: str | None) -> list[str]:
    """Fingerprint each finding of one file as ``"<hash>:<occurrence>"``.

    The occurrence index counts identical hashes in position order, so two identical
    findings stay distinct (multiset semantics for baselines).

    Args:
        findings: The findings of one file, in any order.
        source: The decoded text of that file, or None.

    Returns:
        One fingerprint per finding, in the order given.
    """
    hashes = [finding_hash(f, source) for f in findings]
    order = sorted(range(len(findings)), key=lambda i: findings[i].sort_key)
    seen: Counter[str] = Counter()
    out = [""] * len(findings)
    for i in order:
        out[i] = f"{hashes[i]}:{seen[hashes[i]]}"
        seen[hashes[i]] += 1
    return out
