"""A "both / the two / they" subject after a pair that acted on a third state (leftovers44).

"Mali and Niger condemned France. Both imposed sanctions", "... The two closed their borders",
"... They suspended aid": the subject stands for the pair of the previous sentence, whose main
verb acted on a third state; an act of theirs that names no other state (or names only the
pair itself, through "their borders") is aimed at that third state, each of the pair a doer.
``side_envoys`` read this for recalls and expulsions only; this is the general rule. Not where
the sentence names either side of the pair by name (then "each other" is meant).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjoined_subjects
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.side_envoys import SIDE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PAIR_WORDS = frozenset({"both", "they", "two"})
_CLIMB = 3  # a conjoined verb shares its first conjunct's subject
# Prepositions that aim an act at a state ("imposed sanctions on Y"), not a place or a time
# ("met in Y's capital", "agreed after talks mediated by Y").
_AIMED = frozenset({"on", "against", "to", "over", "towards", "toward", "from"})
# "Both sides accused each other": the pair's own act, on itself.
_MUTUAL = frozenset({"other", "another"})
_NAMING = frozenset({"PROPN", "ADJ"})  # names and demonyms that could name a side again


def _pair_subject(verb: Token) -> bool:
    """ "Both", "they", "the two", "both countries", "the two governments"."""
    subj = conjoined_subjects(verb, _CLIMB, _SUBJECTS)
    if not subj:
        return False
    head = subj[0]
    if head.lower_ in _PAIR_WORDS:
        return head.lower_ != "two" or any(k.lower_ == "the" for k in head.children)
    if head.lemma_.lower() not in SIDE_NOUNS:
        return False
    return any(k.lower_ in ("both", "two") for k in head.children)


def _third_state(s: Site, sides: set[str]) -> Arg | None:
    """The one state, neither side, that the previous sentence's main verb acts on (its object,
    a prepositional object, or their owner)."""
    sent = s.tok.sent
    if sent.start == 0:
        return None
    root = s.tok.doc[sent.start - 1].sent.root
    objs = [k for k in root.children if k.dep_ == "dobj"]
    objs += [g for h in (root, *objs) for k in h.children if k.dep_ == "prep"
             and k.lower_ in _AIMED for g in k.children if g.dep_ == "pobj"]  # fmt: skip
    found: dict[str, Arg] = {}
    for obj in objs:
        for x in (obj, *[k for k in obj.children if k.dep_ == "poss"]):
            for a in s.actors.resolve(x):
                if a.ref.country and a.ref.country not in sides and not unknown(a):
                    found.setdefault(a.ref.country, a)
    return next(iter(found.values())) if len(found) == 1 else None


def _names_a_side(s: Site, sides: set[str]) -> bool:
    """The sentence names one of the pair itself (by name or demonym): "each other" is meant."""
    for t in s.tok.sent:
        if (
            t.pos_ in _NAMING
            and t.dep_ not in _SUBJECTS
            and any(a.ref.country in sides for a in s.actors.resolve(t))
        ):
            return True
    return False


@acts_on(noun=False)
def pair_third_target(s: Site, c: Candidates) -> Candidates:
    """The pair's acts that name no other state aimed at the state the pair acted on in the
    previous sentence (see the module's docstring)."""
    if s.noun or not c.pairs or len(c.sources) != 2 or s.tok.sent.start == 0:
        return c
    sides = {key(a) for a in c.sources}
    if len(sides) != 2 or any(unknown(a) or not a.ref.country for a in c.sources):
        return c
    if all(b is not None and key(b) not in sides for _, b in c.pairs):
        return c
    if not _pair_subject(s.tok) or any(t.lower_ in _MUTUAL for t in s.tok.subtree):
        return c
    third = _third_state(s, sides)
    if third is None or _names_a_side(s, sides):
        return c
    pairs: list[tuple[Arg, Arg | None]] = [
        (a, third if b is None or key(b) in sides else b) for a, b in c.pairs
    ]
    return c.with_pairs(pairs)
