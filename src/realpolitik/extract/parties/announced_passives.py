"""An agentless release or gift, announced by the state that held or expelled the people, is that
state's act (issue 9 round 20, parties27: fresh14's AP, recurring from fresh5).

"Angolan soldiers detained 14 Namibian herders in May. Angola's president announced that the
herders had been freed", "Togo expelled 80 Ghanaian workers. Togolese officials said the
returnees were given food and water": the passive names no doer, but the voice that reports it
is the state whose own earlier act (an arrest, a detention, an expulsion: CAMEO 17) took those
people, and a release or a gift of them can only be that holder's (AGO -> NAM 084, TGO -> GHA
07). Only where the reporting voice is that holder's state: a release announced by the people's
own state, or by a third, may be anyone's, and stays without a doer. The agentless-passive
stages of harm (``agentless_story``) read the story's hostile act; this one reads the voice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, home_of, unknown
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.extract.parties.context_referents import referent_fits
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# A release of people (08: 084) or a gift to them (07: aid), told in the passive.
_FREED_OR_GIVEN = frozenset({"07", "08"})
_HOLDING = "17"  # the story act that took the people: arrest, detention, seizure, expulsion
_STORY_SENTENCES = 3
_THEY = frozenset({"they", "them"})


def _agentless(tok: Token) -> bool:
    kids = list(tok.children)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)


def split_relative(passive: Token) -> Token | None:
    """ "said the farmers held since May were freed", parsed as two clauses of "said" ("the
    farmers held since May" | "were freed"): the participle clause just before a passive with
    no subject of its own, whose subject is the passive's people."""
    if any(k.dep_ in ("nsubj", "nsubjpass", "csubjpass") for k in passive.children):
        return None
    lo = passive.left_edge.i
    if lo == 0:
        return None
    prev = passive.doc[lo - 1]
    while prev.head.i != prev.i and prev.head.i != passive.head.i:
        prev = prev.head
    if prev.head.i != passive.head.i or prev.i == passive.i or prev.tag_ not in ("VBN", "VBD"):
        return None
    kids = list(prev.children)
    if any(k.dep_ in ("aux", "auxpass", "dobj") for k in kids):
        return None  # (a clause of its own: "the farmers had fled", "the army detained them")
    if not any(k.dep_ == "nsubj" for k in kids):
        return None
    return prev


def _voice(s: Site) -> str | None:
    """The one state named by the voice that reports the act ("Angola's president announced
    that ...", "..., Togolese officials said")."""
    doc = s.tok.doc
    found = {
        m.ref.country for i in s.reporters
        if (m := s.actors.mention_of(doc[i])) is not None and m.ref.country
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


def _held_by(s: Site, people: Token, voice: str, placed: set[str]) -> EarlierAct | None:
    """The voice's state's latest story act that took the people ``people`` names again ("the
    herders", "the returnees", "they") or, placed by the sentence, the people of that state."""
    for act in reversed(recent(s, _STORY_SENTENCES)):
        if act.root != _HOLDING or act.target is None or act.background:
            continue
        hurt = act.target.country
        if home_of(act.source) != voice or not hurt or hurt == voice:
            continue
        if placed:
            if placed == {hurt}:
                return act
            continue
        if act.thing is not None and referent_fits(people, act.thing, act.root, _THEY):
            return act
    return None


@acts_on(noun=False, roots=_FREED_OR_GIVEN)
def announced_release_doer(s: Site, c: Candidates) -> Candidates:
    """ "X's president announced that the herders held since May had been freed", "X's
    officials said the deportees had been given food": an agentless release or gift whose
    people the reporting state itself took in the story (its arrest or expulsion of them in the
    last ``_STORY_SENTENCES`` sentences) is that state's act toward the people's state."""
    if s.noun or s.root not in _FREED_OR_GIVEN or not _agentless(s.tok):
        return c
    if any(not unknown(a) for a in c.sources):
        return c
    people = s.child("nsubjpass")
    clause = s.child("csubjpass") or split_relative(s.tok)
    if people is None and clause is not None:
        people = next((k for k in clause.children if k.dep_ == "nsubj"), None)  # "the traders
        # detained in May had been freed": the parser's clausal subject holds the people
    if people is None:
        return c
    voice = _voice(s)
    if voice is None:
        return c
    placed = {a.ref.country for a in c.targets if a.ref.country}
    act = _held_by(s, people, voice, placed)
    if act is None or act.target is None:
        return c
    doer = Arg(ActorRef(voice, voice, voice), EARLIER, s.tok.i)
    got = c.with_sources([doer])
    return got if placed else got.with_targets([Arg(act.target, EARLIER, people.i)])


def _before_split_passive(tok: Token) -> bool:
    """``tok`` is the participle clause ``split_relative`` finds for a passive after it."""
    for k in tok.head.children:
        if k.i > tok.i and k.tag_ == "VBN" and (got := split_relative(k)) is not None:
            return got.i == tok.i
    return False


@acts_on(noun=False)
def reduced_relative_people(s: Site, c: Candidates) -> Candidates:
    """ "The traders detained in May had been freed": the parser makes "detained" a clausal
    subject with "the traders" its own subject, but the participle only says which people are
    meant (an act told before); with no doer named it is no event of its own. A doer found
    outside the participle's phrase is a guess (clauses40, fresh28 B: "X's envoy declined to
    say whether the X-ian workers detained in Y-CAPITAL in May would be released" is no
    detention by X), so only a doer named inside it ("... detained by ...") or carried from an
    earlier act keeps the event."""
    tok = s.tok
    if not c.pairs or s.noun or tok.tag_ not in ("VBN", "VBD"):
        return c
    if tok.dep_ != "csubjpass" and not _before_split_passive(tok):
        return c
    if not any(k.dep_ == "nsubj" for k in s.kids) or any(k.dep_ == "agent" for k in s.kids):
        return c
    if tok.dep_ != "csubjpass":  # (the split passive: only an unknown doer, as before)
        if any(not unknown(a) for a, _ in c.pairs):
            return c
        return c.with_pairs([], dropped="reduced_relative_people: names people, no act")
    people = next(k for k in s.kids if k.dep_ == "nsubj")  # (the people named: no doer)
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if any(
        not unknown(a) and lo <= a.tok <= hi and not people.left_edge.i <= a.tok <= people.i
        for a, _ in c.pairs
    ):
        return c  # (a doer in the phrase, or one carried from an earlier act: held at the verb)
    return c.with_pairs([], dropped="reduced_relative_people: names people, no act")


__all__ = ["announced_release_doer", "reduced_relative_people"]
