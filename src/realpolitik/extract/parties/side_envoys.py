"""Each side's own envoys or missions, acted on by the story's pair (issue 9, leftovers18).

"Neither side has recalled its ambassador", "both governments expelled the other's
diplomats", "each country closed its embassy": the subject stands for the two states of the
story (one at a time) and the object is one side's own envoy or mission, which is in the other
side's capital; recalling it, expelling it or closing it is an act toward the other side. With
no state owning the object, each doer's target is the other doer ("neither": negated, as the
clause is, GUIDE rules 4 and 6), never an unplaced government.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjoined_subjects
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.reciprocal import ENVOY_NOUNS, MISSION_NOUNS
from realpolitik.extract.parties.signed_pacts import story_pair

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subjects that stand for each of the story's two states in turn.
SIDE_NOUNS = frozenset(
    {"side", "government", "country", "state", "nation", "capital", "party", "neighbour",
     "neighbor", "leader", "administration"}
)  # fmt: skip
_DISTRIBUTIVES = frozenset({"neither", "each", "both", "either"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Owners that are the doer's own side or the other one ("its ambassador", "the other's envoy").
_OWN_WORDS = frozenset({"its", "their", "other", "own"})
_OBJECT_NOUNS = ENVOY_NOUNS | MISSION_NOUNS | {"representative", "emissary", "consul", "staff"}
_CLIMB = 3  # a conjoined verb shares its first conjunct's subject


def _side_subject(verb: Token) -> bool:
    """ "Neither side", "both governments", "each", "the two sides": a subject for each side."""
    subj = conjoined_subjects(verb, _CLIMB, _SUBJECTS)
    if not subj:
        return False
    head = subj[0]
    if head.lower_ in _DISTRIBUTIVES:
        return True
    if head.lemma_.lower() not in SIDE_NOUNS:
        return False
    return any(
        k.lower_ in _DISTRIBUTIVES or (k.dep_ == "nummod" and k.lower_ == "two")
        for k in head.children
    )


def _own_object(tok: Token) -> bool:
    """ "its ambassador", "their embassies", "the other's diplomats", "its own envoy"."""
    if tok.lemma_.lower() not in _OBJECT_NOUNS:
        return False
    return any(
        k.lower_ in _OWN_WORDS or any(g.lower_ in _OWN_WORDS for g in k.children)
        for k in tok.children
        if k.dep_ in ("poss", "amod")
    )


@acts_on(noun=False)
def side_envoys_target(s: Site, c: Candidates) -> Candidates:
    """Doers that are the story's two sides, acting on one side's own envoy or mission placed
    in no state, target each other (see the module's docstring)."""
    if s.noun or not c.targets or not all(unknown(a) for a in c.targets):
        return c
    doc = s.tok.doc
    if not all(0 <= a.tok < len(doc) and _own_object(doc[a.tok]) for a in c.targets):
        return c
    if not _side_subject(s.tok):
        return c
    sides = list(c.sources) or story_pair(s)  # ("each side": no doer read from the subject)
    if any(unknown(a) for a in sides) or len({key(a) for a in sides}) < 2:
        return c
    if _third_state_before(s, {a.ref.country for a in sides}):
        return c  # "Mali and Niger condemned France. Both recalled their envoys": France's
    return c.with_sources(sides).with_targets(sides)


def _third_state_before(s: Site, sides: set[str | None]) -> bool:
    """The previous sentence's main verb acts on a state that is neither side ("Mali and Niger
    condemned France. Both recalled their ambassadors" recalls them from France, as "the two"
    and "they" do, leftovers42)."""
    sent = s.tok.sent
    if sent.start == 0:
        return False
    root = s.tok.doc[sent.start - 1].sent.root
    objs = [k for k in root.children if k.dep_ == "dobj"]
    objs += [g for k in root.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
    for obj in objs:
        for x in (obj, *[k for k in obj.subtree if k.dep_ == "poss"]):
            got = s.actors.resolve(x)
            if any(a.ref.country and a.ref.country not in sides for a in got):
                return True
    return False
