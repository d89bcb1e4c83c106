"""The ``newslint entities`` commands: ``learn`` from an archive, ``import`` from Wikidata."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="entities",
    help="Make known-entities lists: learn them from an archive, import them from Wikidata.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@app.command()
def learn(
    paths: Annotated[list[str], typer.Argument(help="Articles or folders of an archive.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the list (YAML).")
    ] = Path("learned-entities.yaml"),
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=2, help="Articles a name must appear in.")
    ] = 3,
    show: Annotated[int, typer.Option("--show", help="Near-spellings to print.")] = 30,
) -> None:
    """Write the names that recur in an archive, and print the rare near-spellings of them."""
    from newslint.config import default_config
    from newslint.entitytools.learn import learn as learn_names
    from newslint.entitytools.learn import write_yaml
    from newslint.files import Target, discover

    cfg = default_config()
    files = [
        Path(t.path) for t in discover(paths, cfg.include, cfg.exclude) if isinstance(t, Target)
    ]
    learned = learn_names(files, min_articles)
    write_yaml(learned, output)
    typer.echo(f"{len(learned.names)} names in {min_articles}+ of {len(files)} articles: {output}")
    if learned.near:
        typer.echo(f"{len(learned.near)} rare near-spellings (likely errors), rarest first:")
    for near in learned.near[:show]:
        typer.echo(
            f"  {near.rare} ({near.articles}) -> {near.common} ({near.common_articles})"
            f"  {near.example}"
        )


@app.command("import")
def import_cmd(
    dump: Annotated[Path, typer.Argument(help="A Wikidata JSON dump: .json, .json.gz, .json.bz2")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the list ('-': stdout).")
    ] = Path("wikidata-entities.yaml"),
    min_sitelinks: Annotated[
        int, typer.Option("--min-sitelinks", min=0, help="How well known: sitelinks at least.")
    ] = 20,
    language: Annotated[str, typer.Option("--language", help="Labels in this language.")] = "en",
) -> None:
    """Turn a Wikidata dump into a list of people, organisations and places."""
    from newslint.entitytools.wikidata import entities, open_dump, write_yaml

    try:
        with open_dump(dump) as lines:
            if str(output) == "-":
                count = write_yaml(entities(lines, min_sitelinks, language), sys.stdout)
            else:
                with output.open("w", encoding="utf-8") as out:
                    count = write_yaml(entities(lines, min_sitelinks, language), out)
    except (OSError, ValueError, EOFError) as exc:
        typer.echo(f"newslint: {dump}: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{count} entities written to {output}", err=str(output) == "-")
