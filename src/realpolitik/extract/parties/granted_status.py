"""An agentless grant of asylum or residence whose doer is the state it was granted in: "The
activist, who fled Turkey in May, was granted asylum in Germany", "She was granted residence in
Austria last year" (issue 9, pairs23: fresh12's AP).

Only a state grants asylum, residence or citizenship on its soil: with no "by" phrase, the state
the "in" phrase names is the doer (CAMEO 075, "grant asylum"); the one granted is the person,
whose state is the target: the person's own words ("a Chinese national"), else the other state
of the story's pair (the state the person fled, which asked for the hand-over). Before this the
passive had no doer and no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER, IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.agentless import seat_doer
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of granting and the statuses only a state grants on its soil.
GRANTING_VERBS = frozenset({"grant", "give", "award", "offer"})
STATUS_NOUNS = frozenset(
    {"asylum", "refuge", "sanctuary", "residence", "residency", "citizenship", "nationality",
     "protection", "status", "passport"}
)  # fmt: skip
_IN = "in"
_SEATS = frozenset({"capital", "country"})  # the kinds of place a state grants in
# Verbs of leaving one's state in a relative clause on the person: "who fled Turkey".
_FLEEING = frozenset({"flee", "escape", "leave", "defect"})


def _granted_status(s: Site) -> bool:
    """``s``'s verb is "was granted asylum ..." with no agent."""
    tok = s.tok
    if tok.lemma_.lower() not in GRANTING_VERBS:
        return False
    kids = s.kids
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return False
    return any(k.dep_ == "dobj" and k.lemma_.lower() in STATUS_NOUNS for k in kids)


def _seat(s: Site, done_to: set[str]) -> Arg | None:
    """The state the grant's place phrase names, on the verb ("granted asylum in X") or on the
    status noun ("granted asylum in X" parsed under "asylum")."""
    for k in s.kids:
        if k.dep_ == "dobj" and k.lemma_.lower() in STATUS_NOUNS:
            for p in k.children:
                if p.dep_ == "prep" and p.lower_ == _IN:
                    for o in p.children:
                        m = s.actors.mention_of(o)
                        if o.dep_ == "pobj" and m is not None and m.kind in _SEATS:
                            return Arg(m.ref, IN_PHRASE, o.i)
    return seat_doer(s, s.tok, done_to)


def _fled_state(s: Site, person: Token) -> str:
    """ "the activist, who fled Turkey in May" / "a Chinese national": the person's own state
    as its own words give it, else ""."""
    for k in person.children:
        if k.dep_ == "appos":  # "a Chinese national", "a citizen of Turkey"
            got = [a.ref.country for a in s.actors.resolve(k) if a.ref.country]
            got += [m.ref.country for w in k.subtree if (m := s.actors.mention_of(w)) is not None
                    and m.ref.country]  # fmt: skip
            if got:
                return got[0]
        if k.dep_ == "relcl" and k.lemma_.lower() in _FLEEING:
            for o in k.children:
                objs = [o] if o.dep_ == "dobj" else [p for p in o.children if p.dep_ == "pobj"]
                for x in objs:
                    m = s.actors.mention_of(x)
                    if m is not None and m.ref.country:
                        return m.ref.country
    return ""


def _story_other(s: Site, doer: str) -> str:
    """The story's other state: its last act's pair's, else the last state named before."""
    pos = s.actors.doc_offset(s.tok)
    dyad = s.actors.pair.at(pos)
    other = [r.country for r in (dyad[2] if dyad is not None else ()) if r.country != doer]
    if len(other) == 1 and other[0]:
        return other[0]
    states = s.actors._states
    start = pos - (s.tok.idx - s.tok.sent.start_char)
    for k in range(states.last_before(start), -1, -1):
        c3 = states.items[k].ref.country
        if c3 and c3 != doer:
            return c3
    return ""


@acts_on(noun=False)
def granting_state(s: Site, c: Candidates) -> Candidates:
    """ "X was granted asylum in Germany": Germany -> X's state (the story's other state)."""
    if c.sources or s.noun or not _granted_status(s):
        return c
    placed = [a for a in c.targets if not unknown(a) and a.ref.country]
    seat = _seat(s, {key(a) for a in placed})
    if seat is None or not seat.ref.code:
        return c
    doer = seat.ref.country or ""
    if any(a.ref.country != doer for a in placed):
        return c.with_sources([seat]).with_targets([a for a in placed if a.ref.country != doer])
    person = next((k for k in s.kids if k.dep_ == "nsubjpass"), None)
    home = _fled_state(s, person) if person is not None else ""
    home = home if home and home != doer else _story_other(s, doer)
    if not home:
        return c.with_sources([seat])
    target = Arg(ActorRef(s.tok.text, home, home), EARLIER, s.tok.i)
    return c.with_sources([seat]).with_targets([target])
