"""The superlative rule's options: the forms it reports, their severities, and every word
list and pattern it reads (rules/superlative.yaml sets them; a newsroom tunes them)."""

from __future__ import annotations

from newslint.checks import superlative_forms as forms
from newslint.checks.base import Option


def _list(doc: str) -> Option:
    return Option("list", (), doc)


FORMS = forms.FORMS

OPTIONS = {
    "forms": Option(
        "list",
        FORMS,
        "The forms reported (" + ", ".join(FORMS) + "); the others are checked but not reported.",
        FORMS,
    ),
    "severity_map": Option(
        "map",
        {},
        " | ".join(FORMS) + " -> error|warning|info (unset: the rule's severity).",
        FORMS,
    ),
    "opinion_types": _list(
        "Front-matter type: labels of pieces that are not the reporter's claims "
        "(empty: opinion, review, column, letters... as newslint.model.OPINION_TYPES)."
    ),
    "words": _list("Hype words and phrases (evaluative unless listed as measurable)."),
    "epithets": _list("Hype words of standing reputation (legendary, iconic): form epithet."),
    "reputation": _list(
        "Adjectives after 'most' about fame or how a thing looks (famous, vivid): not the "
        "judgement form."
    ),
    "hype_nouns": _list("Hype words that are also nouns (landmark): flagged before a word only."),
    "needs_determiner": _list("Hype words flagged only after a determiner (a leading ...)."),
    "needs_record_noun": _list(
        "Hype words that are claims only before a record noun (all-time high; not the "
        "all-time contest)."
    ),
    "intensified_words": _list("Hype words that carry their own intensifier (all-time)."),
    "not_superlatives": _list("Words ending in -est that are not superlatives."),
    "determiners": _list("Words after which an -est word or most/least is a superlative."),
    "modifiers": _list("Words allowed between a determiner and a superlative (very)."),
    "ordinals": _list("Ranks before a superlative (second biggest): a stated comparison."),
    "adjective_suffixes": _list("Endings that mark the adjective after 'most'/'least'."),
    "adjectives": _list("Adjectives after 'most'/'least' without those endings (senior)."),
    "hedges": _list(
        "Words just before a superlative that give it as an impression (arguably, seems)."
    ),
    "function_words": _list("Words that are not the noun after a superlative or hype word."),
    "measurable": _list("Superlatives of size, speed, amount or age."),
    "evaluative_nouns": _list("Nouns that make a figurative word judge fame (biggest star)."),
    "figurative": _list("Size words that judge fame or power before those nouns (biggest)."),
    "measurable_nouns": _list("Nouns that make any superlative measure (greatest rise)."),
    "assertion_verbs": _list("Verbs that assert a measurable rank (became, creating)."),
    "scope_prepositions": _list("Words opening a rank's scope (the largest ... in the county)."),
    "adverbs": _list("Adverbs allowed between such a verb and the rank (now, still)."),
    "record_nouns": _list("Nouns after which 'record' is a superlative (record levels)."),
    "identity_ranks": _list("Size ranks that describe who is in the news (largest, leading)."),
    "identity_nouns": _list("Organisations, producers, places ranked as background (producer)."),
    "change_verbs": _list("Verbs that make such a rank news (became, creating, overtook)."),
    "level_verbs": _list(
        "Verbs that give a level or its change (rose, dropped, stood): a figure after one "
        "in a sentence that goes on with a pronoun measures what the sentence before named."
    ),
    "clause_breaks": _list("Regexes: a clause boundary after which a cue no longer attributes."),
    "continuing_openers": _list(
        "First words of a next sentence that goes on about the same thing (it, its, the): "
        "only such a sentence's figure supports a measurable superlative."
    ),
    "record_words": _list(
        "Hype words that say 'never before': a figure right after one is its measure "
        "(an unprecedented 10-year expansion)."
    ),
    "conditionals": _list("Words that open a hypothetical sentence (if, unless)."),
    "attribution": _list("Cues (words, phrases or regexes) that attribute a sentence's claims."),
    "adjacent_attribution": _list("Regexes: a neighbouring sentence that names the source."),
    "figures": _list("Regexes for a figure that supports a measurable superlative."),
    "comparisons": _list("Regexes for a stated comparison (than, since)."),
    "intensifiers": _list("Regexes for intensifiers after a superlative (ever, in decades)."),
    "bounded_intensifiers": _list(
        "Regexes for intensifiers that only bound the claim in time (to date, in recent "
        "years): the finding keeps the form it has without one."
    ),
    "recent_intensifiers": _list(
        "Regexes for the bounded intensifiers that keep the claim to the recent past (in "
        "recent history, to date): a judgement so narrowed keeps the judgement form."
    ),
    "first_person": _list("Regexes (case kept) for first-person words: not the reporter's voice."),
    "dates": _list(
        "Regexes for a year that dates what a hype word after it in its sentence rates "
        "(his 1989 win came with an unprecedented sweep): a past event, not the news."
    ),
    "writer_first_person": _list(
        "Regexes (case kept) for the writer's own I, me, my: one sentence with one outside "
        "quotation marks makes the piece first-person writing."
    ),
    "precedents": _list(
        "Regexes for a stated precedent that explains a hype word or record (the first, "
        "after two decades of): form explained."
    ),
    "dated_after": _list(
        "Regexes matched right after a hype word: a participle that dates what it rates "
        "(the landmark accord, signed on December 5): form explained."
    ),
    "awards": _list("Regexes for award names and categories (best actor award)."),
    "idioms": _list("Regexes for fixed idioms (at best, make the most of)."),
    "descriptive": _list("Regexes for descriptive senses (the historic city of)."),
}
