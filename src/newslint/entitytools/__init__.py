"""Tools that make known-entities lists: ``learn`` from an archive, ``import`` from Wikidata."""
