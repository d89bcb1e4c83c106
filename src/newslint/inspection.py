"""``newslint inspect FILE``: each block of an article with its kind and lines.

It shows why something was or was not checked: every rule reads only some kinds of block
(prose, headlines...; see :mod:`newslint.model`), and this lists which rules read each kind.

No ``from __future__ import annotations``: typer reads the command's signature at run time.
"""

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from newslint.document import Document

_PREVIEW = 72


def describe(doc: "Document", rules: Iterable[tuple[str, frozenset[str]]]) -> dict[str, object]:
    """The blocks of ``doc`` as plain data: kind, syntax, first and last line, text, and the
    rules (of ``rules``: id and kinds read) that read it."""
    readers = list(rules)
    blocks = []
    for b in doc.blocks:
        first = doc.position(b.start)[0]
        last = doc.position(max(b.start, b.end - 1))[0]
        blocks.append(
            {
                "kind": b.kind,
                "syntax": b.syntax,
                "line": first,
                "end_line": last,
                "text": doc.source[b.start : b.end],
                "rules": [rule for rule, reads in readers if b.kind in reads],
            }
        )
    voice = "opinion" if doc.opinion else "news"
    return {"path": doc.path, "format": doc.format, "voice": voice, "blocks": blocks}


def _lines(block: dict[str, object]) -> str:
    first, last = block["line"], block["end_line"]
    return f"{first}" if first == last else f"{first}-{last}"


def render(info: dict[str, object], width: int = _PREVIEW) -> str:
    """The text report of one article."""
    out = [f"{info['path']}  ({info['format']}, {info['voice']} voice)"]
    blocks = info["blocks"]
    assert isinstance(blocks, list)
    for b in blocks:
        text = " ".join(str(b["text"]).split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        rules = b["rules"]
        mark = f"{len(rules)} rules" if rules else "unchecked"
        out.append(f"  {_lines(b):>9}  {b['kind']:<11} {mark:<9}  {text}")
    return "\n".join(out)


def inspect_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Articles to show.")],
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: text, json.")] = "text",
    encoding: Annotated[str, typer.Option("--encoding", help="Text encoding.")] = "utf-8",
) -> None:
    """Print each block of an article with its kind, its lines and how many rules read it."""
    from newslint import document
    from newslint.config import load_config
    from newslint.yamlutil import ConfigError

    if fmt not in ("text", "json"):
        typer.echo(f"newslint: unknown format {fmt!r} (text, json)", err=True)
        raise typer.Exit(2)
    try:
        cfg = load_config(config, start=paths[0] if paths else Path.cwd())
    except ConfigError as exc:
        typer.echo(f"newslint: {exc}", err=True)
        raise typer.Exit(2) from None
    rules = [(r.id, r.reads) for r in cfg.enabled_rules if r.check != "suppression"]
    reports = []
    for path in paths:
        try:
            text, bom = document.decode(path.read_bytes(), encoding)
        except (OSError, document.DecodeError) as exc:
            typer.echo(f"newslint: {path}: {exc}", err=True)
            raise typer.Exit(2) from None
        reports.append(describe(document.parse(text, str(path), had_bom=bom), rules))
    if fmt == "json":
        typer.echo(json.dumps(reports if len(reports) != 1 else reports[0], indent=2))
        return
    typer.echo("\n\n".join(render(r) for r in reports))
    kinds = sorted({k for _, reads in rules for k in reads})
    typer.echo("\nkinds read by the enabled rules:")
    for kind in kinds:
        typer.echo(f"  {kind:<11} {', '.join(r for r, reads in rules if kind in reads)}")
