"""The commented starter config that ``newslint init`` writes."""

STARTER_CONFIG = """\
# newslint configuration. Every key is optional; delete what you don't need.
# Reference: https://github.com/newslint/newslint#configuration

# Start from newslint's default rule pack ("default"), from nothing ("none"), or from
# another config file (a path, relative to this file).
extends: default

# Known-entities lists, added to the starter list: YAML (- name: ..., aliases, kind) or
# plain text with one name per line.
# entities:
#   - newsroom-entities.yaml

# More rule files or directories of rule files (your house rules).
# rule-files:
#   - house-rules/

# Per-rule settings: off, on, a severity (error, warning, info), or a mapping.
rules:
  # cliches: on
  # long-sentence:        # off by default; any setting but off turns it on
  #   severity: warning
  #   options:
  #     max_words: 40
  # place-names: off

# The house's words, as Vale's vocabularies: `accept` words the grammar rule never reports
# as misspelt; `reject` words always reported (by the vocabulary rule: whole words, matched
# case-sensitively, in quotations too). A word cannot be in both.
vocabulary:
  accept: []  # e.g. [Brexiteer, Taoiseach, livestream]
  reject: []  # e.g. [Paypal, utilise, sea change]

# Which files a directory walk checks, and which paths it skips (gitignore syntax).
include: ["*.md", "*.markdown", "*.txt"]
exclude: []

# The lowest severity that makes `newslint check` exit 1: error (the default: defects an
# editor always fixes), warning (also editorial judgement: superlatives, place names) or info.
fail-on: error
"""
