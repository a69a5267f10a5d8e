"""A state that protests an act through a pronoun or its government: a diplomatic protest
(lex22, fresh11 class L: "It did not protest the arrests").

``salience.diplomatic_protest`` codes "Brazil protested Argentina's decision" as CAMEO 114 (a
state lodges a protest, it does not demonstrate) when the protester is named by the state's
name or capital. The same state named by a pronoun ("Beijing said it did not protest the
arrests"), or by its government, ministry or embassy ("China's embassy protested the move"),
protests the same way; a people or a party ("students", "the opposition") still demonstrates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

_STATE_PRONOUNS = frozenset({"it", "its", "itself"})
_GOVERNMENT = "GOV"


def state_voice(tok: Token, source: Arg) -> bool:
    """``source`` (the protester, on ``tok``) is a state by a pronoun ("it") or a state's
    government (``XXXGOV``)."""
    code = source.ref.code
    if len(code) == 3 and code.isalpha() and tok.lower_ in _STATE_PRONOUNS:
        return True
    return len(code) == 6 and code[3:] == _GOVERNMENT and code[:3].isalpha()
