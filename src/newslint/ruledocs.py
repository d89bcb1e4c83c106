"""One documentation page per rule, made from its rule file (``newslint rules --docs DIR``).

A page follows the rule docs template (What it flags / Why / Example / Instead) with the
sections of the rule's ``description`` in its own words, its examples and its options. The
pages of the default rule pack are committed in ``docs/rules/`` (a test keeps them in step
with the rule files) and SARIF's ``helpUri`` links to them.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path

from newslint.rules import Rule

# A description line at column 0 such as "What it flags: ..." or "Why: ..." opens a section.
_SECTION = re.compile(r"([A-Z][A-Za-z ]{0,30}):(?:\s+|$)")
_FIX = {
    "safe": "safe: `newslint check --fix` applies it",
    "unsafe": "suggested only (an editor decides)",
    "none": "none",
}


def page_name(rule_id: str) -> str:
    """The file name of a rule's page."""
    return f"{rule_id}.md"


def sections(description: str) -> list[tuple[str, str]]:
    """The description split at its labels: ``[(label, text), ...]`` in order.

    Text before the first label is returned under the label ``""``.
    """
    out: list[tuple[str, list[str]]] = [("", [])]
    for line in description.splitlines():
        m = _SECTION.match(line)
        if m:
            out.append((m.group(1), [line[m.end() :]]))
        else:
            out[-1][1].append(line)
    return [(label, "\n".join(lines).strip("\n")) for label, lines in out if "".join(lines).strip()]


def _markdown(text: str) -> str:
    """Prose lines joined into paragraphs; runs of indented lines (tables of terms) kept as
    preformatted text, as the rule file lays them out."""
    blocks: list[str] = []
    prose: list[str] = []
    table: list[str] = []

    def flush() -> None:
        if prose:
            blocks.append(" ".join(part.strip() for part in prose))
            prose.clear()
        if table:
            blocks.append("```text\n" + textwrap.dedent("\n".join(table)) + "\n```")
            table.clear()

    for line in text.splitlines():
        if not line.strip():
            flush()
        elif line.startswith((" ", "\t")):
            if prose:
                flush()
            table.append(line.rstrip())
        else:
            if table:
                flush()
            prose.append(line)
    flush()
    return "\n\n".join(blocks)


def _examples(title: str, items: Sequence[str]) -> list[str]:
    if not items:
        return []
    return [f"{title}:", "", "```text", *items, "```", ""]


def _options(rule: Rule) -> list[str]:
    if not rule.options:
        return []
    lines = [
        "## Options",
        "",
        f"Set in newslint.yaml under `rules: {{{rule.id}: {{options: {{...}}}}}}`.",
        "",
        "| option | type | meaning | this rule's value |",
        "| --- | --- | --- | --- |",
    ]
    for key, spec in rule.kind.options.items():
        if key not in rule.options:
            continue
        value = rule.options[key]
        shown = f"`{_plain(value)}`"
        if isinstance(value, list | tuple | dict) and len(shown) > 60:
            shown = f"{len(value)} entries (see the rule file)"
        meaning = " ".join(spec.doc.split()).replace("|", "\\|")
        lines.append(f"| `{key}` | {spec.kind} | {meaning} | {shown} |")
    return [*lines, ""]


def _plain(value: object) -> str:
    """An option value as YAML's flow style writes it, safe in a Markdown table cell."""
    if isinstance(value, bool):
        text = str(value).lower()
    elif isinstance(value, tuple | list):
        text = "[" + ", ".join(str(v) for v in value) + "]"
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {v}" for k, v in value.items()) + "}"
    else:
        text = str(value)
    return text.replace("|", "\\|")


def rule_page(rule: Rule) -> str:
    """The Markdown page of ``rule``."""
    state = "on" if rule.enabled else f"off (turn it on with `rules: {{{rule.id}: on}}`)"
    lines = [
        f"# {rule.id}",
        "",
        "| | |",
        "| --- | --- |",
        f"| check | `{rule.check}` |",
        f"| severity | {rule.severity.label} |",
        f"| fix | {_FIX.get(rule.fix, rule.fix)} |",
        f"| default | {state} |",
    ]
    if rule.source:
        lines.append(f"| rule file | `{Path(rule.source).name}` |")
    lines.append("")
    examples = [
        *_examples("Flagged", rule.examples.get("fail", ())),
        *_examples("Not flagged", rule.examples.get("pass", ())),
    ]
    if examples and rule.example_options:
        given = ", ".join(f"{k}: {_plain(v)}" for k, v in rule.example_options.items())
        examples = [f"With the options `{{{given}}}`:", "", *examples]
    wrote_examples = False
    for label, text in sections(rule.description):
        if label == "Instead" and examples:
            lines += ["## Example", "", *examples]
            wrote_examples = True
        if label:
            lines += [f"## {label}", ""]
        body = _markdown(text)
        lines += [body[:1].upper() + body[1:], ""]
    if examples and not wrote_examples:
        lines += ["## Example", "", *examples]
    lines += _options(rule)
    lines += [
        "---",
        "",
        f"Generated from the rule file by `newslint rules --docs`; `newslint rules --explain "
        f"{rule.id}` prints the same text.",
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def index_page(rules: Iterable[Rule]) -> str:
    """A table of every rule, linking to its page."""
    lines = [
        "# Rules",
        "",
        "| rule | check | severity | what it flags |",
        "| --- | --- | --- | --- |",
    ]
    for rule in sorted(rules, key=lambda r: r.id):
        off = " (off by default)" if not rule.enabled else ""
        summary = rule.summary.replace("|", "\\|")
        lines.append(
            f"| [`{rule.id}`]({page_name(rule.id)}) | `{rule.check}` | {rule.severity.label} "
            f"| {summary}{off} |"
        )
    return "\n".join(lines) + "\n"


def pages(rules: Iterable[Rule]) -> dict[str, str]:
    """Every page by file name: one per rule and ``README.md``, the index."""
    rules = list(rules)
    out = {page_name(r.id): rule_page(r) for r in rules}
    out["README.md"] = index_page(rules)
    return out


def help_uri(base: str, rule_id: str) -> str:
    """The URL of a rule's page under ``base`` (a folder URL)."""
    return f"{base.rstrip('/')}/{page_name(rule_id)}"


def project_docs_url() -> str | None:
    """Where the default pack's committed pages are: the project's repository URL
    (``[project.urls]`` of pyproject.toml, as the installed metadata holds it) and
    ``/blob/main/docs/rules``; None when newslint is not installed or names no GitHub
    repository."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("newslint").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        url = url.strip().rstrip("/")
        if label.strip().lower() in {"homepage", "repository", "source"} and url.startswith(
            "https://github.com/"
        ):
            return f"{url}/blob/main/docs/rules"
    return None


def help_uris(rules: Iterable[Rule], docs_url: str | None) -> dict[str, str]:
    """Each rule's page URL: under ``docs_url`` (a config's ``docs-url``) for every rule, else
    under :func:`project_docs_url` for the rules of the default pack, whose pages newslint
    publishes."""
    from newslint.rules import default_rules_dir

    if docs_url:
        return {r.id: help_uri(docs_url, r.id) for r in rules}
    pack = default_rules_dir().resolve()
    ours = [r for r in rules if r.source and Path(r.source).resolve().parent == pack]
    base = project_docs_url() if ours else None
    return {r.id: help_uri(base, r.id) for r in ours} if base else {}


def write_pages(rules: Iterable[Rule], directory: Path) -> list[Path]:
    """Write :func:`pages` into ``directory`` (made if missing); the paths written."""
    from newslint.atomic import write_text

    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in pages(rules).items():
        write_text(directory / name, text)
        written.append(directory / name)
    return written
