"""Run the enabled rules over documents and turn hits into findings.

Everything a :class:`Linter` returns is picklable, so it maps over a process pool or a
distributed engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from newslint import document, suppress
from newslint.checks.base import OptionError, Resources
from newslint.config import Config, default_config
from newslint.document import Document
from newslint.files import FileRefused, read_regular
from newslint.findings import FileResult, Finding, Hit, InputError, Related, Severity
from newslint.model import Block
from newslint.rules import Rule
from newslint.yamlutil import ConfigError

BINARY_SNIFF = 8192


class _Fields(dict[str, Any]):
    """A message template's values: an unknown field stays visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, values: dict[str, Any]) -> str:
    """``template`` filled from ``values`` (``str.format_map``, in C). A template that still
    cannot be filled (a positional ``{0}``, a format spec the value rejects) is shown as
    written rather than stopping the run."""
    try:
        return template.format_map(_Fields(values))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        return template


class Outcome(NamedTuple):
    """What checking one file produced."""

    result: FileResult | None
    errors: tuple[InputError, ...]
    source: str | None = None


class Linter:
    """Rules prepared once for a configuration, then applied to any number of documents."""

    def __init__(self, config: Config | None = None, *, use_cache: bool = True) -> None:
        self.config = config or default_config()
        self.resources = Resources(entity_files=self.config.entity_files, use_cache=use_cache)
        self._states: dict[str, Any] = {}
        # Rules switched off for the rest of the run (a user's pattern over its time budget).
        self.disabled: set[str] = set()
        enabled = self.config.enabled_rules
        self.rules = [r for r in enabled if not r.kind.suppressions]
        self.suppression_rules = [r for r in enabled if r.kind.suppressions]

    def prepare(self) -> None:
        """Prepare every enabled rule now (compile patterns, load entity lists).

        Raises:
            ConfigError: naming the rule file and option when an option is unusable.
        """
        for rule in self.rules:
            self._state(rule)

    def warm(self) -> None:
        """Build now what checking many documents needs (the rules' ``warm`` hooks): called
        before a process pool forks, so that its workers share it instead of each building
        it on its first documents."""
        for rule in self.rules:
            if rule.kind.warm is not None:
                rule.kind.warm(self._state(rule))

    def _state(self, rule: Rule) -> Any:
        if rule.id not in self._states:
            try:
                self._states[rule.id] = rule.kind.prepare(rule.options, self.resources)
            except OptionError as exc:
                raise ConfigError(
                    f"rule {rule.id!r}, option {exc.key!r}: {exc}", rule.source
                ) from None
        return self._states[rule.id]

    def lint(self, doc: Document) -> tuple[list[Finding], list[InputError]]:
        """Findings for one parsed document (sorted), and problems met on the way."""
        errors = [InputError(doc.path, msg, *doc.position(at)) for at, msg in doc.problems]
        sups = suppress.parse(
            doc, lambda r: any(x.id.startswith(r.rstrip("*")) for x in self.config.rules.values())
        )
        findings: list[Finding] = []
        for rule in self.rules:
            if rule.id in self.disabled:
                continue
            reads = rule.reads
            try:
                hits = list(rule.kind.run(doc.scoped(reads), self._state(rule)))
            except OptionError as exc:
                # Unusable options fail alike on every file: say so once, name the file that
                # showed it, and spend no more time on the rule.
                self.disabled.add(rule.id)
                message = f"rule {rule.id!r} is off for the rest of the run: {exc}"
                errors.append(InputError(doc.path, message, once=f"rule-off:{rule.id}"))
                continue
            except Exception as exc:
                errors.append(
                    InputError(
                        doc.path, f"internal error in rule {rule.id!r}: {type(exc).__name__}: {exc}"
                    )
                )
                continue
            for hit in hits:
                block = doc.block_at(hit.start)
                if block is not None and block.kind not in reads and rule.kind.scope == "span":
                    continue  # a check reads only its kinds, whatever it scanned
                f = self._finding(doc, rule, hit, block)
                if not sups.suppressed(f) and not (
                    rule.kind.sic and suppress.sic_after(doc.source, f.end)
                ):
                    findings.append(f)
        findings.extend(self._suppression_findings(doc, sups))
        findings.sort(key=lambda f: f.sort_key)
        # Run-wide notices (a grammar backend that could not start) are recorded once by the
        # check; they surface here, non-fatal, against the first file that met them.
        errors.extend(
            InputError(doc.path, msg, fatal=False) for msg in self.resources.take_notices()
        )
        return findings, errors

    def close(self) -> None:
        """Release run-wide resources (grammar servers)."""
        self.resources.close()

    def _suppression_findings(
        self, doc: Document, sups: suppress.Suppressions
    ) -> Iterator[Finding]:
        for rule in self.suppression_rules:
            if rule.options["reports"] == "malformed":
                for line, col, end_col, msg in sups.malformed:
                    yield self._at(doc, rule, line, col, end_col, msg)
                continue
            for d in suppress.unused(sups, (r.id for r in self.rules)):
                what = ", ".join(d.rules) or "all rules"
                message = f"suppression of {what} is not needed here"
                yield self._at(doc, rule, d.line, d.column, d.end_column, message)

    def _at(
        self, doc: Document, rule: Rule, line: int, col: int, end_col: int, message: str
    ) -> Finding:
        start = doc.lines.line_start(line) + col - 1
        end = doc.lines.line_start(line) + end_col - 1
        return Finding(
            doc.path,
            rule.id,
            rule.check,
            rule.severity,
            message,
            line,
            col,
            line,
            end_col,
            doc.source[start:end],
            start,
            end,
        )

    def _finding(self, doc: Document, rule: Rule, hit: Hit, block: Block | None) -> Finding:
        line, col = doc.position(hit.start)
        end_line, end_col = doc.position(hit.end)
        match = doc.source[hit.start : hit.end]
        if hit.message is not None:
            message = hit.message
        else:
            values = {"match": " ".join(match.split()), **hit.args}
            message = render(rule.message, values)
        related = tuple(
            Related(*doc.position(r.start), *doc.position(r.end), r.message) for r in hit.related
        )
        return Finding(
            path=doc.path,
            rule=rule.id,
            check=rule.check,
            severity=hit.severity or rule.severity,
            message=message,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            match=match,
            start=hit.start,
            end=hit.end,
            suggestions=hit.suggestions,
            related=related,
            fix=hit.fix,
            fix_safe=rule.fix == "safe" and hit.fix is not None,
            data=dict(hit.data) if block is None else {**hit.data, "block": block.kind},
        )

    def lint_text(self, text: str, path: str = "<text>") -> list[Finding]:
        """Findings for text already in memory (the format is guessed from ``path``)."""
        doc = document.parse(text, path)
        return self.lint(doc)[0]

    def check_file(self, path: Path, display: str, encoding: str = "utf-8") -> Outcome:
        """Read, decode, parse and lint one file; every failure becomes an InputError."""
        data = read_input(path, display)
        return data if isinstance(data, Outcome) else self.check_bytes(data, display, encoding)

    def check_bytes(self, data: bytes, display: str, encoding: str = "utf-8") -> Outcome:
        """Lint raw bytes as the file ``display``."""
        if b"\x00" in data[:BINARY_SNIFF] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return Outcome(None, (InputError(display, "binary file skipped", fatal=False),))
        try:
            text, bom = document.decode(data, encoding)
        except document.DecodeError as exc:
            return Outcome(None, (InputError(display, str(exc), exc.line),))
        try:
            doc = document.parse(text, display, had_bom=bom)
            findings, errors = self.lint(doc)
        except (ConfigError, OptionError):
            raise  # a rule cannot run: that stops the run, for every file alike
        except Exception as exc:  # this file's problem: every other file is still checked
            message = f"internal error while checking this file: {type(exc).__name__}: {exc}"
            return Outcome(None, (InputError(display, message[:500]),))
        return Outcome(FileResult(display, tuple(findings)), tuple(errors), text)


def read_input(path: str | Path, display: str) -> bytes | Outcome:
    """The bytes of ``path``, or an Outcome carrying the reason it cannot be read."""
    fatal = True
    try:
        return read_regular(path)
    except FileNotFoundError:
        problem = "file disappeared before it could be read"
    except IsADirectoryError:
        problem = "is a directory"
    except FileRefused as exc:
        problem, fatal = str(exc.strerror), exc.fatal
    except OSError as exc:
        problem = f"cannot read file: {exc.strerror or exc}"
    return Outcome(None, (InputError(display, problem, fatal=fatal),))


def severity_at_least(findings: Iterable[Finding], level: Severity) -> bool:
    """Whether any finding is at or above ``level``."""
    return any(f.severity >= level for f in findings)
