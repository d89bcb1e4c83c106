"""The keys a config file and a rule file may hold, each with its JSON Schema.

The loaders reject every key that is not in these tables (:mod:`newslint.config`,
:mod:`newslint.rules`), and ``newslint schema --config`` / ``--rules`` build their schemas
from the same tables (:mod:`newslint.configschema`), so the two cannot drift apart. Each
entry's ``examples`` holds a value the loader accepts (tests load every one).
"""

from __future__ import annotations

from typing import Any

SEVERITIES = ("error", "warning", "info")
FIX_VALUES = ("safe", "unsafe", "none")

Schema = dict[str, Any]


def _strings(description: str, example: str) -> Schema:
    """A string or a list of them (the loader takes a single string as a list of one, and an
    empty key as an empty list)."""
    return {
        "description": description,
        "oneOf": [
            {"type": "string"},
            {"type": "array", "items": {"type": "string"}},
            {"type": "null"},
        ],
        "examples": [[example]],
    }


CONFIG_KEYS: dict[str, Schema] = {
    "extends": {
        "description": "'default' (the rule pack), 'none', or a config file this one builds on "
        "(a path relative to this file).",
        "type": "string",
        "examples": ["default"],
    },
    "rules": {
        "description": "Per rule id: off, on, a severity, or {severity, enabled, options}.",
        "type": ["object", "null"],
        "examples": [{"long-sentence": {"severity": "warning", "options": {"max_words": 45}}}],
    },
    "rule-files": _strings("Rule files or directories of *.yaml rule files.", "house-rules/"),
    "entities": _strings("Known-entities lists (YAML or one name per line).", "people.yaml"),
    "vocabulary": {
        "description": "The house's words: accepted ones grammar never reports as misspelt, "
        "rejected ones the vocabulary rule always reports.",
        "type": ["object", "null"],
        "examples": [{"accept": ["Brexiteer"]}],
    },
    "include": _strings("Glob patterns of the files a directory walk checks.", "*.md"),
    "exclude": _strings("Paths a directory walk skips (gitignore syntax).", "archive/"),
    "fail-on": {
        "description": "The lowest severity that makes `newslint check` exit 1.",
        "enum": list(SEVERITIES),
        "examples": ["warning"],
    },
    "docs-url": {
        "description": "Folder URL of the rules' documentation pages (`newslint rules --docs`); "
        "SARIF's helpUri links there.",
        "type": "string",
        "pattern": "^https?://",
        "examples": ["https://intranet.example/newslint/rules/"],
    },
}

VOCABULARY_KEYS: dict[str, Schema] = {
    "accept": _strings("Words never reported as misspelt (any case, plural -s).", "Brexiteer"),
    "reject": _strings("Words always reported (whole words, case-sensitive).", "Paypal"),
}

RULE_SETTING_KEYS: dict[str, Schema] = {
    "severity": {"enum": list(SEVERITIES), "examples": ["warning"]},
    "enabled": {"type": "boolean", "examples": [True]},
    "options": {
        "description": "Merged over the rule file's options.",
        "type": ["object", "null"],
        "examples": [{}],
    },
}

RULE_KEYS: dict[str, Schema] = {
    "id": {"type": "string", "minLength": 1, "description": "The rule's id in output and config."},
    "check": {"type": "string", "description": "The built-in check kind that runs the rule."},
    "severity": {"enum": list(SEVERITIES)},
    "message": {
        "type": "string",
        "minLength": 1,
        "description": "Message template; {match} and the check's fields are filled in.",
    },
    "description": {
        "type": "string",
        "minLength": 1,
        "description": "The rule's documentation: What it flags: ... Why: ... Instead: ...",
    },
    "fix": {"enum": list(FIX_VALUES), "description": "Whether `--fix` applies the rule's fix."},
    "options": {"type": "object", "description": "Options of the check kind."},
    "examples": {
        "type": "object",
        "description": "Texts the rule flags (fail) and does not (pass); tests run them.",
        "properties": {
            "fail": {"type": "array", "items": {"type": "string"}},
            "pass": {"type": "array", "items": {"type": "string"}},
            "options": {"type": "object", "description": "Options the examples run with."},
        },
        "additionalProperties": False,
    },
    "enabled": {"type": "boolean"},
    "blocks": {
        "type": "array",
        "minItems": 1,
        "items": {"type": "string"},
        "description": "The block kinds the rule reads (newslint inspect shows them).",
    },
}
REQUIRED_RULE_KEYS = ("id", "check", "severity", "message", "description")
