"""Words in capitals that describe rather than name: the evidence that a name written once
with capitals and once without may be house style, not a slip.

A nationality or a people's adjective before a common noun ("the British government", "the
German economy", "the Argentine state") is a description that some writers dress in capitals;
so is a role ("the Tory leader"). A name proper takes its capitals whatever the house style
("the Butler Inquiry", "the State Department", "Wembley Stadium"). Two common nouns in lower
case are a kind of thing ("the Powys health board", "its US gaming division").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The endings of English adjectives of nationality and peoples: -an/-ian (German, European,
# Australian), -ish (British, Irish), -ese (Chinese), -i (Iraqi, Pakistani), -ine (Argentine).
_PEOPLES = re.compile(r"(?:an|ish|ese|i|ine)$")
# Nouns of a role, which a title in capitals may hold and a description does not.
_ROLES = frozenset(
    "leader leaders spokesman spokeswoman spokesperson official officials boss head "
    "member members candidate".split()
)


def described(key: Sequence[str], k: int) -> bool:
    """Whether the words of ``key`` from ``k`` on (written in lower case elsewhere in the
    article) follow a people's adjective, end in a role, or are two common nouns or more (a
    kind of thing, "the Powys health board", "its US gaming division"): a description, not
    a name."""
    return bool(_PEOPLES.search(key[k - 1])) or key[-1].lower() in _ROLES or len(key) - k > 1
