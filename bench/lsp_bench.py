"""How long the language server takes to re-diagnose a ~2,000-word article after an edit.

Usage: python bench/lsp_bench.py [--runs N] [--words N] [--file ARTICLE] [--ignore RULE,...]

In process and warm: the linter is built once with the server's own ``new_linter`` (as the
server does per config; no on-disk caches), one lint warms lazy imports, then each run adds
one word in the middle of the article and calls ``newslint.lsp.analysis.analyse`` (what the
server runs after the debounce delay: lint, then build the LSP diagnostics). Prints the
median. Target: at most 50 ms. ``--ignore grammar`` shows the cost without Harper.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newslint.config import load_config
from newslint.lsp.analysis import analyse
from newslint.lsp.linters import new_linter

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
FALLBACK_DEVSET = Path("/work/shared/devset")
TARGET_MS = 50.0
SYNTHETIC = (
    "The city council voted 7-2 on Tuesday to approve a budget that raises spending on "
    "parks and libraries, officials said. Council member Ana Ruiz, who opposed the plan, "
    "said the vote came too quickly. The mayor's office said the measure would take "
    "effect in July and that a review would follow in the autumn."
)


def article(words: int, file: Path | None) -> tuple[str, str]:
    """A Markdown article of about ``words`` words, and its path."""
    if file is not None:
        return file.read_text(encoding="utf-8"), str(file)
    paragraphs: list[str] = []
    devset = next((d for d in (DEVSET, FALLBACK_DEVSET) if d.is_dir()), None)
    if devset is not None:
        for path in sorted(devset.glob("*.txt")):
            lines = path.read_text(encoding="utf-8").splitlines()
            paragraphs.extend(x.strip("* ") for x in lines if len(x.split()) > 8)
    if not paragraphs:
        paragraphs = [f"{SYNTHETIC} (Item {i}.)" for i in range(60)]
    body: list[str] = []
    count = 0
    for p in paragraphs:
        if count >= words:
            break
        body.append(p)
        count += len(p.split())
    return "# Council passes budget after long night\n\n" + "\n\n".join(body) + "\n", "bench.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--ignore", default="", help="Rule ids or prefixes to turn off.")
    args = parser.parse_args()

    text, path = article(args.words, args.file)
    config = load_config(None, start=Path(path).resolve())
    if args.ignore:
        config = config.select((), args.ignore.split(","))
    start = time.perf_counter()
    linter = new_linter(config)
    prepare_ms = (time.perf_counter() - start) * 1000
    uri = Path(path).resolve().as_uri()
    start = time.perf_counter()
    first = analyse(linter, text, path, uri, 0)
    first_ms = (time.perf_counter() - start) * 1000

    middle = len(text) // 2
    cut = text.index(" ", middle)
    times: list[float] = []
    for run in range(1, args.runs + 1):
        edited = f"{text[:cut]} edit{run}{text[cut:]}"  # one new word per keystroke burst
        start = time.perf_counter()
        analyse(linter, edited, path, uri, run)
        times.append((time.perf_counter() - start) * 1000)

    median = statistics.median(times)
    print(f"article: {len(text.split())} words, {len(first.diagnostics)} diagnostics")
    print(f"prepare (once per config): {prepare_ms:.0f} ms; first lint (cold): {first_ms:.0f} ms")
    print(
        f"re-diagnose after an edit, warm, median of {args.runs}: {median:.1f} ms "
        f"(min {min(times):.1f}, max {max(times):.1f}; target < {TARGET_MS:.0f} ms)"
    )


if __name__ == "__main__":
    main()
