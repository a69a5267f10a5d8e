"""A state's protest with nothing protested named: still a diplomatic protest (lex23, fresh12
class L: "France was right to protest", "Kenya protested", "it protested strongly").

``salience.diplomatic_protest`` codes a state's "protested X's decision" as CAMEO 114 (a state
lodges a protest, it does not demonstrate) but left a protest verb with no object as dissent
(140), lest "protested at the UN" or a crowd's "protested in the capital" turn diplomatic. A
state named by name, capital, pronoun or government that protests with no object and no place
phrase protests as a state does (114, the CAMEO codebook's "formally protest"); a crowd or a
people ("thousands protested", "Kenyans protested") still demonstrates, and a protest held at a
place ("protested outside the embassy", "in the capital") stays a demonstration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._timex import FULL_MONTHS
from realpolitik.extract._verb_repairs import TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# CAMEO 114, a formal protest; ``salience.diplomatic_protest`` codes a state's protest with it.
DIPLOMATIC_PROTEST = "114"


# Prepositions that put a protest somewhere: a demonstration held there, not a note lodged.
_PLACE_PREPS = frozenset(
    {"at", "in", "outside", "near", "across", "on", "through", "along", "around", "before",
     "into", "inside", "throughout", "beside", "towards", "toward", "past", "during"}
)  # fmt: skip


def bare_protest(tok: Token) -> bool:
    """``tok`` (a "protest" verb) names nothing protested and no place: "France was right to
    protest", "Kenya protested", "it protested strongly"."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ != "VB":
        return False
    for c in tok.children:
        if c.dep_ in ("dobj", "ccomp", "xcomp"):
            return False
        if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and not _when(c):
            return False
    return True


def own_protest_target(code: str, source: Arg, target: Arg | None) -> Arg | None:
    """A state's diplomatic protest (114) aimed at its own state by the domestic reading's
    guess (a protest read as dissent, or "the government protested" with no object): a state
    lodges no protest with itself, so the guess is dropped ("France was right to protest":
    FRA -> -, not FRA -> FRA). A target the text names stays."""
    if target is None or code != DIPLOMATIC_PROTEST or target.ref.text:
        return target
    return None if target.ref.code == source.ref.country else target


# "protested at once", "at first", "at last": a manner or time, no place (lex28).
_AT_ONCE = frozenset({"once", "first", "last", "length", "least"})


def _when(prep: Token) -> bool:
    """ "on Monday", "in May", "at once": a time phrase, no place."""
    return any(
        o.lower_ in TIME_NOUNS or o.lower_ in FULL_MONTHS or o.like_num or o.lower_ in _AT_ONCE
        for o in prep.children
        if o.dep_ in ("pobj", "pcomp")
    )
