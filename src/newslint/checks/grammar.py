"""grammar: grammar, usage and spelling slips found by Harper (offline) or LanguageTool.

The backend sees only prose: ``doc.masked``, where markup, code, URLs and front-matter keys
are already spaces. It is created once per run, on the first document, and shared by every
grammar rule with the same backend options. Spelling issues on words of a known entity
(``--entities`` lists, aliases included) are dropped; issues outside prose blocks and, by
default, inside quotations are too. A backend that cannot run is a notice (given once a
run) unless the rule sets ``required: true``, which makes it a configuration error.

The server URL and its credentials are not options: a config or rule file may come from a
pull request, so they are read only from ``$NEWSLINT_LT_URL``, ``$NEWSLINT_LT_USERNAME`` and
``$NEWSLINT_LT_API_KEY``, set by whoever runs newslint (see :data:`ENVIRONMENT_ONLY`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from newslint.checks.base import CheckKind, Option, OptionError, Resources
from newslint.checks.prose import QUOTE_POLICIES, skip_quoted
from newslint.document import Document
from newslint.entities import name_tokens, strip_possessive
from newslint.findings import Hit, Severity

if TYPE_CHECKING:  # the grammar package is imported when a grammar rule runs
    from newslint.grammar import GrammarBackend, GrammarIssue
    from newslint.grammar.spelling import Checker, WordJudge

CATEGORIES = ("typo", "grammar", "style", "punctuation", "other")  # as newslint.grammar
DEFAULT_SEVERITIES = {"typo": "warning", "grammar": "warning", "punctuation": "warning"}
DEFAULT_SEVERITIES |= {"style": "info", "other": "info"}
AUTO_DIALECTS = ("en-US", "en-GB", "en-AU")
MAX_TIMEOUT = 300  # seconds: a longer wait per request would hold a CI job for hours
_NAME_GOES_ON = re.compile(r"(?:['’]s?)?[ \t\u00a0]+[A-Z]")

OPTIONS = {
    "backend": Option(
        "str", "auto", "auto, languagetool or harper.", ("auto", "languagetool", "harper")
    ),
    "language": Option(
        "str",
        "auto",
        "Language code (Harper: English variants only), or 'auto': each article's English "
        "dialect from its spellings, and no dialect's spellings reported.",
    ),
    "accept": Option(
        "list", (), "House vocabulary: words never reported as misspelt (any case, plural -s)."
    ),
    "enabled_rules": Option("list", (), "Backend rule ids to turn on."),
    "disabled_rules": Option("list", (), "Backend rule ids to turn off."),
    "enabled_categories": Option("list", (), "Only these backend categories."),
    "disabled_categories": Option("list", (), "Backend categories to turn off."),
    "picky": Option("bool", False, "LanguageTool's picky level (Harper ignores it)."),
    "timeout": Option(
        "float",
        30.0,
        "Seconds a LanguageTool server has to answer a request in full.",
        minimum=1,
        maximum=MAX_TIMEOUT,
    ),
    "required": Option("bool", False, "Fail the run (exit 2) if no backend can run."),
    "severity_map": Option("map", {}, "Category (typo, grammar, ...) -> error|warning|info."),
    "quotes": Option("str", "skip", "'skip' quotations or 'check' them too.", QUOTE_POLICIES),
    "max_chars": Option(
        "int", 200_000, "Documents longer than this are not sent to the backend.", minimum=1
    ),
    "proper_nouns": Option(
        "str",
        "skip",
        "'skip' spelling issues on capitalised words inside a sentence (names the entities "
        "lists lack), or 'check' them too.",
        ("skip", "check"),
    ),
}


# Settings a config or rule file may not make, and where they come from instead.
ENVIRONMENT_ONLY = {
    "url": "NEWSLINT_LT_URL",
    "username": "NEWSLINT_LT_USERNAME",
    "api_key": "NEWSLINT_LT_API_KEY",
}


class State(NamedTuple):
    options: Mapping[str, Any]
    resources: Resources
    severities: Mapping[str, Severity]
    judges: dict[str, WordJudge]


def prepare(options: Mapping[str, Any], resources: Resources) -> State:
    severities = {k: Severity.parse(v) for k, v in DEFAULT_SEVERITIES.items()}
    for category, value in options["severity_map"].items():
        if category not in CATEGORIES:
            raise OptionError("severity_map", f"unknown category {category!r}; use {CATEGORIES}")
        try:
            severities[category] = Severity.parse(value)
        except ValueError as exc:
            raise OptionError("severity_map", str(exc)) from None
    state = State(options, resources, severities, {})
    if options["required"]:
        backend(state, _resolved(options, ""))  # fail now, before any file is read
    return state


def backend(state: State, options: Mapping[str, Any]) -> GrammarBackend | None:
    """The run's backend for ``options`` (made on first use), or None after recording why it
    cannot run."""
    from newslint.grammar import BackendUnavailable
    from newslint.grammar.shared import backend_for

    found = backend_for(state.resources, options)
    if not isinstance(found, BackendUnavailable):
        return found
    if state.options["required"]:
        raise OptionError("backend", str(found))
    state.resources.notice(str(found))
    return None


def _with_language(options: Mapping[str, Any], language: str) -> Mapping[str, Any]:
    return {**options, "language": language}


def _resolved(options: Mapping[str, Any], text: str) -> Mapping[str, Any]:
    """The options with ``language: auto`` replaced by the dialect of ``text``."""
    from newslint.grammar.spelling import detect_dialect

    if options["language"] != "auto":
        return options
    return _with_language(options, detect_dialect(text))


def judge(state: State, options: Mapping[str, Any], checker: GrammarBackend) -> WordJudge:
    """The spelling judge for the article's language: with ``language: auto``, the other
    English dialects' spellings are accepted too."""
    from newslint.grammar.spelling import WordJudge

    language = options["language"]
    if language not in state.judges:
        # Asking a server about single words costs a round trip each: Harper only.
        local = checker.name == "harper"
        auto = state.options["language"] == "auto"

        def others() -> list[Checker]:
            found = [
                backend(state, _with_language(options, other))
                for other in AUTO_DIALECTS
                if other != language and local
            ]
            return [b.check_many for b in found if b is not None]

        check = checker.check_many if local else None
        state.judges[language] = WordJudge(state.options["accept"], others, check, any_dialect=auto)
    return state.judges[language]


def entity_tokens(resources: Resources) -> frozenset[str]:
    """Case-folded words of every known entity form (and the parts of hyphenated ones)."""
    if resources.entity_tokens is None:
        words = {t.casefold() for t in resources.entity_index().all_tokens()}
        words |= {p for w in list(words) for p in w.replace("’", "-").split("-") if p}
        resources.entity_tokens = frozenset(words)
    return resources.entity_tokens


def run(doc: Document, state: State) -> Iterator[Hit]:
    from newslint.grammar import BackendUnavailable
    from newslint.grammar.shared import give_up

    if len(doc.masked) > state.options["max_chars"]:
        # Grammar backends are slow on huge inputs (Harper: ~80 s per MB); a news article is
        # far below this, so a document this long is an export or a concatenation.
        state.resources.notice(
            f"grammar skipped {doc.path}: {len(doc.masked):,} characters is over max_chars "
            f"({state.options['max_chars']:,})",
        )
        return
    options = _resolved(state.options, doc.masked)
    checker = backend(state, options)
    if checker is None:
        return
    from newslint.grammar.batch import Memo, check_blocks
    from newslint.grammar.shared import backend_key

    if state.resources.grammar_memo is None:
        state.resources.grammar_memo = Memo()
    memo = state.resources.grammar_memo
    spans = [(b.start, b.end) for b in doc.prose_blocks()]
    key = backend_key(options, state.resources.use_cache)
    try:
        issues = check_blocks(checker, doc.masked, spans, memo, key)
        words = judge(state, options, checker)
        wanted = list(_wanted(doc, state, issues, words))
    except BackendUnavailable as exc:  # e.g. the server went away: stop asking
        give_up(state.resources, options, exc)
        backend(state, options)
        return
    except ValueError as exc:  # an unknown backend rule id in enabled/disabled_rules
        raise OptionError("disabled_rules", str(exc)) from None
    for issue in wanted:
        covered = doc.source[issue.start : issue.end]
        shown = " ".join(covered.split())
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        message = f'"{shown}": {issue.rule_id}: {issue.message}'
        if issue.replacements:
            message += f' (suggestion: "{issue.replacements[0]}")'
        yield Hit(
            issue.start,
            issue.end,
            suggestions=issue.replacements[:5],
            data={
                "backend": issue.backend,
                "backend_rule": issue.rule_id,
                "category": issue.category,
            },
            message=message,
            severity=state.severities[issue.category],
        )


def _wanted(
    doc: Document, state: State, issues: list[GrammarIssue], words: WordJudge
) -> Iterator[GrammarIssue]:
    """Drop issues outside prose or in quotes, on datelines, initialisms and known names, and
    grammar issues in tables (cells are not sentences) or beside masked words (code, URLs);
    and spelling issues on figures and units, house vocabulary, other dialects' spellings and
    compounds (:class:`~newslint.grammar.spelling.WordJudge`)."""
    from newslint.grammar.spelling import not_a_dictionary_word, words_of

    prose = [(b.start, b.end, b.kind == "table") for b in doc.prose_blocks()]
    skip_names = state.options["proper_nouns"] == "skip"
    spelling = [(i, doc.source[i.start : i.end]) for i in issues if i.is_spelling]
    known = entity_tokens(state.resources) if spelling else frozenset()
    if skip_names:  # a word capitalised mid-sentence is a name at a sentence start too
        known |= {w for i, text in spelling if _is_name(doc, i.start, text) for w in _words(text)}
    for issue in issues:
        start, end = issue.start, issue.end
        covered = doc.source[start:end]
        block = next((b for b in prose if b[0] <= start and end <= b[1]), None)
        if (
            block is None
            or skip_quoted(doc, start, end, state.options["quotes"])
            or _all_caps(covered)
        ):
            continue
        if not issue.is_spelling and (block[2] or _beside_masked_words(doc, start, end)):
            continue
        if issue.is_spelling:
            folded = _words(covered)
            if (
                (folded and all(w in known for w in folded))
                or (skip_names and _is_name(doc, start, covered))
                or not_a_dictionary_word(doc.masked, start, end)
                or any(words.accepted(w, issue.replacements) for w in words_of(covered))
            ):
                continue
        yield issue


def _words(covered: str) -> list[str]:
    return [strip_possessive(t).casefold() for t in name_tokens(covered)]


def _all_caps(covered: str) -> bool:
    """Datelines ("BRUSSELS —") and initialisms ("EU", "U.N.", "S&P") are wire style."""
    letters = [c for c in covered if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _beside_masked_words(doc: Document, start: int, end: int) -> bool:
    """Whether masking removed words next to the span ("an `ls`", "`x` is"): the sentence
    the backend saw is not the one the reader sees."""
    for step, i in ((-1, start - 1), (1, end)):
        while 0 <= i < len(doc.masked) and doc.masked[i] in " \t":
            if doc.source[i].isalnum():
                return True
            i += step
    return False


def _is_name(doc: Document, start: int, covered: str) -> bool:
    """A capitalised word that does not open its sentence: most likely a proper noun."""
    if not covered[:1].isupper():
        return False
    if _NAME_GOES_ON.match(doc.masked, start + len(covered)):  # "Luca Moretti"
        return True
    sentence = doc.sentence_at(start)
    if sentence is None:  # table cells, headlines split oddly: capitals mean little there
        return True
    before = doc.masked[sentence.start : start]
    return any(c.isalnum() for c in before)


KIND = CheckKind(
    "grammar",
    OPTIONS,
    prepare,
    run,
    doc=__doc__ or "",
    sic=True,
    environment_only=ENVIRONMENT_ONLY,
)
