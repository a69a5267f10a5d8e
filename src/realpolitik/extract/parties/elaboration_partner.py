"""Help whose recipient is named only before a colon or by the goods it serves (issue 9 round
25, parties37: fresh19's class C; recurring.md's "target only in the story").

"Norway has been generous with Kenya: it has trained its rangers, sent vehicles and paid for
clinics": the clause before the colon names the one state the elaboration is about, so the
acts after it (their "its" included: Kenya's rangers) go to that state. "Kenya has bought
more Israeli radars than its neighbours, and Israel has trained the crews who run them": a
people noun whose relative clause works the goods ("who run / fly / operate them") is of the
state that holds those goods, the one other state the sentence names. Both for acts of
material cooperation or aid (06, 07) done by a state that name no recipient; where the words
before the colon (or the sentence) name no other state, or several, nothing is filled.

"Tajik officials said Iran had offered to finance a solar plant in the Khatlon region": an
offer or help (03, 06, 07) whose work is placed in "the X region / province / district" that
no table knows is aimed at the state the region lies in, and in a story of two states that
is the other one (the paragraph's one other state, else the story's partner); a region of a
named state ("in Kenya's coastal region") is that state's, read by the role stages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import other_state
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Material cooperation (06: train, share) and aid (07: send, give, fund).
_HELP_ROOTS = frozenset({"06", "07"})
_NO_STATE = "---"
# Pronouns in a relative clause that stand for the goods its people noun works.
_GOODS_PRONOUNS = frozenset({"them", "it"})
_OBJECT_DEPS = frozenset({"dobj", "pobj"})


def _states_in(s: Site, lo: int, hi: int, own: str) -> set[str]:
    """States other than ``own`` that the tokens ``lo`` .. ``hi`` - 1 name."""
    doc = s.tok.doc
    found = set()
    for tok in doc[lo:hi]:
        m = s.actors.mention_of(tok)
        if m is None or not m.ref.country or m.ref.country == own:
            continue
        if m.ref.code.startswith(_NO_STATE):
            continue
        found.add(m.ref.country)
    return found


def _colon_state(s: Site, own: str) -> str | None:
    """The one other state the words before the sentence's colon name, where the trigger
    stands after it ("generous with Kenya: it has trained ...")."""
    sent = s.ctx.sent
    colon = next((t for t in sent if t.text == ":" and t.i < s.tok.i), None)
    if colon is None:
        return None
    found = _states_in(s, sent.start, colon.i, own)
    return found.pop() if len(found) == 1 else None


def _works_goods(obj: Token) -> bool:
    """ "The crews who run them", "the pilots who fly them": a people noun whose relative clause
    takes a pronoun for goods as its object."""
    for r in obj.children:
        if r.dep_ != "relcl":
            continue
        if any(t.lower_ in _GOODS_PRONOUNS and t.dep_ in _OBJECT_DEPS for t in r.subtree):
            return True
    return False


def _goods_state(s: Site, own: str) -> str | None:
    """The one other state the sentence names, where the act's object works goods."""
    obj = s.child("dobj")
    if obj is None or not _works_goods(obj):
        return None
    sent = s.ctx.sent
    found = _states_in(s, sent.start, sent.end, own)
    return found.pop() if len(found) == 1 else None


@acts_on(noun=False, roots=_HELP_ROOTS)
def elaboration_recipient(s: Site, c: Candidates) -> Candidates:
    """Help by a state that names no recipient, after a colon whose lead names one other state
    or to the people who work goods the sentence places in one other state: that state (see
    the module's docstring)."""
    if not c.pairs or s.noun or s.root not in _HELP_ROOTS:
        return c
    if all(b is not None for _, b in c.pairs):
        return c

    def partner(own: str) -> Arg | None:
        country = _colon_state(s, own) or _goods_state(s, own)
        if country is None:
            return None
        return Arg(ActorRef(country, country, country), EARLIER, s.tok.i)

    return c.fill_targets(partner)


# Offers (03), material cooperation (06) and aid (07) placed in a region of the other state.
_PLACED_ROOTS = frozenset({"03", "06", "07"})
_REGION_NOUNS = frozenset({"region", "province", "district", "governorate", "oblast", "county"})
_PLACE_PREPS = frozenset({"in"})
_CONTROLLED = frozenset({"xcomp", "ccomp"})


def _unknown_region(s: Site) -> bool:
    """The act (or the act it controls: "offered to finance a plant in ...") places its work
    in "the X region" whose words name no actor."""
    heads = [s.tok, *(k for k in s.kids if k.dep_ in _CONTROLLED)]
    heads += [o for h in list(heads) for o in h.children if o.dep_ == "dobj"]
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in _PLACE_PREPS:
                continue
            for q in p.children:
                if q.dep_ != "pobj" or q.lemma_.lower() not in _REGION_NOUNS:
                    continue
                if not any(s.actors.mention_of(t) for t in q.subtree):
                    return True
    return False


@acts_on(noun=False, roots=_PLACED_ROOTS)
def region_story_recipient(s: Site, c: Candidates) -> Candidates:
    """An offer or help by a state placed in an unknown region and naming no recipient: the
    paragraph's (else the story's) other state (see the module's docstring)."""
    if not c.pairs or s.noun or s.root not in _PLACED_ROOTS:
        return c
    if all(b is not None for _, b in c.pairs) or not _unknown_region(s):
        return c
    return c.fill_targets(lambda own: other_state(s, own))
