"""A state's representatives abroad and a government named by no state are the story's other
state's, never the doer's own (issue 9, parties44: recurring.md's kinds "role nouns as parties"
and "actor resolution", which every blind set brought back in other words).

"Ghana expelled two Togolese diplomats. Togo expelled three diplomats": the diplomats of no
written state came out as Togo's own (TGO -> TGO) or as no one's (TGO -> none); "Chile
criticised the government", "Azerbaijan expelled the ambassador": Chile's own government (no
event) or Azerbaijan's own. A state acts on diplomats, envoys and embassies of other states (its
own it recalls, ``own_officials``), and a state or its government that acts on "the
government" or "the authorities" names another state's: one rule, on the phrase's syntax and
the story, for every act. The object (or the trigger's "to / with / against / from" partner)
whose head is such a noun and whose phrase names no state of its own (no possessor, no
demonym, no "of X") is the paragraph's one other state, else the story's latest partner of
the doer (``_story_states.other_state``); where the paragraph names several other states, no
one. A government noun only where the doer is the state or its government ("Togo's
opposition criticised the government" is domestic); a recall of "the ambassador" takes the
same state as a recall of "its ambassador" does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import has_any
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import other_state
from realpolitik.extract.parties.story_acts import _by_government
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# A state's accredited representatives: whoever a state acts on with these words is another
# state's (lemmas, as spaCy gives them).
_ENVOYS = frozenset({
    "ambassador", "envoy", "diplomat", "attache", "consul", "embassy", "consulate",
    "chargé", "charge",
})  # fmt: skip
# A state's governing body named with no state: another state's when a government acts on it.
_GOVERNMENTS = frozenset({"government", "authorities", "authority", "regime", "leadership"})
_WORDS = _ENVOYS | _GOVERNMENTS
_OBJECT_DEPS = ("dobj", "nsubjpass")
_PARTNER_PREPS = frozenset({"to", "with", "against", "from"})
# What in a noun's phrase names its own state or owner ("its", "Togo's", "Togolese", "of").
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "prep", "nmod", "appos", "relcl", "acl"})
_NO_STATE = "---"


@acts_on(words=_WORDS)
def foreign_office_target(s: Site, c: Candidates) -> Candidates:
    """ "Togo expelled three diplomats", "Chile criticised the government": the envoys or the
    government of no written state that a state acts on are the story's other state's (see the
    module docstring); never the doer's own, never no one where the story names one."""
    if not c.pairs or not has_any(s.ctx.sent, _WORDS):
        return c
    office = _office_object(s)
    if office is None:
        return c
    governing = office.lemma_.lower() in _GOVERNMENTS
    pairs = []
    for a, b in c.pairs:
        own = a.ref.country
        if (
            own
            and not a.ref.code.startswith(_NO_STATE)
            and (b is None or not b.ref.country or b.ref.country == own)
            and (not governing or _by_government(s, a))
        ):
            found = other_state(s, own)
            if found is not None and found.ref.country:
                country = found.ref.country
                b = Arg(ActorRef(found.ref.text, country, country), found.quality, office.i)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _office_object(s: Site) -> Token | None:
    """The trigger's object, or its partner after "to / with / against / from", when it is an
    envoy or government noun whose phrase names no owner ("the ambassador", "three
    diplomats", "the government"; not "its envoy", "Benin's ambassador", "the Beninese
    authorities", "the ambassador of Benin")."""
    if s.noun:
        return None
    cands: list[Token] = []
    obj = s.child(*_OBJECT_DEPS)
    if obj is not None:
        cands.append(obj)
    for k in s.kids:
        if k.dep_ == "prep" and k.lower_ in _PARTNER_PREPS:
            cands += [p for p in k.children if p.dep_ == "pobj"]
    for tok in cands:
        if tok.lemma_.lower() not in _WORDS or tok.pos_ != "NOUN":
            continue
        if any(k.dep_ in _OWNER_DEPS for k in tok.children):
            continue
        return tok
    return None


__all__ = ["foreign_office_target"]
