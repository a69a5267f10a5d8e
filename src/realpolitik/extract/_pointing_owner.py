"""A state word as the owner of an office: "the country's ambassador met ...", "the kingdom's
foreign minister said ..." (issue 9, practice3).

"Its ambassador" is the ambassador of the state the pronoun refers to (``_mentions``' owner
pronoun: coreference, which prefers the story's subject). "The country's ambassador" and "the
kingdom's envoy" say the same with a pointing noun in place of the pronoun, so they are read as
"its": the state the story is about, not the state named last (which is often the other party:
"Costa Rica asked the United States ...; the country's ambassador met U.S. officials").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._speaker_state import is_pointing

if TYPE_CHECKING:
    from spacy.tokens import Token

# Pointing nouns that stand for a state as an owner ("the government's envoy" is the government
# itself, read elsewhere).
_STATE_OWNERS = frozenset({"country", "nation", "kingdom", "republic"})
_AS_PRONOUN = "its"


def owner_word(poss: Token) -> str:
    """The pronoun a possessor stands for: "its" for "the country's" / "the kingdom's", else the
    possessor's own word."""
    if poss.lemma_.lower() in _STATE_OWNERS and is_pointing(poss):
        return _AS_PRONOUN
    return poss.lower_
