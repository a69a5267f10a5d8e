"""A mission's complaint is aimed at the state it is posted in (issue 9, parties34).

"Kenya's embassy in Kampala complained that its traders had been beaten", "the Kenyan high
commission in Kampala objected to the detention of three fishermen", "Kenya's consulate in
Kampala lodged a formal complaint after police raided a school": an embassy, high commission,
consulate or mission that complains or objects (verb or a light verb's complaint noun) lodges
that disapproval (CAMEO 11) with its host, the state of the capital in its own "in" phrase (GUIDE
rule 7, as lex30's "protested that"); a mission named with no capital complains to the other
state of the story's latest act ("Ugandan police detained 14 Kenyan traders. Kenya's embassy
objected that Kenyan nationals had been denied consular access"). The complaint's content often names no other state, or
only the sender's own people ("its traders"), so without this the act has no target or none
but the sender's own state, which no state complains to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import other_state
from realpolitik.extract.parties.court_cases import story_partner

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

_MISSIONS = frozenset({"embassy", "consulate", "commission", "mission", "legation"})
# Verbs and nouns of a complaint ("protest" is story_protests' own).
_COMPLAINTS = frozenset({"complain", "complaint", "object", "objection"})


@acts_on(roots=("11",))
def mission_complaint_host(s: Site, c: Candidates) -> Candidates:
    """ "X's embassy in CAPITAL complained / objected that ...", "lodged a complaint": the host
    (the capital's state; for a mission named with no capital, the other state of the story's
    latest act) is the target where the complaint has none or the sender's own."""
    if s.tok.lemma_.lower() not in _COMPLAINTS or c.pairs is None:
        return c
    doer = s.tok if not s.noun else s.tok.head
    host = _host(doer, s.actors)
    if host is None and not _mission_subject(doer):
        return c
    sources = [a for a, _ in c.pairs] or list(c.sources)
    pairs: list[tuple[Arg, Arg | None]] = []
    for a in sources:
        own = a.ref.country
        if not own or (host is not None and own == host.ref.country):
            return c
        b = dict(c.pairs).get(a) if c.pairs else None
        if b is None or b.ref.country in ("", own):  # (no state complains to itself)
            b = host if host is not None else _partner(s, own)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _partner(s: Site, own: str) -> Arg | None:
    """The state a mission named with no capital is posted in: the other side of an act of an
    earlier clause of its own sentence between its state and another ("Chile expelled three
    Peruvian nationals, and Peru's embassy objected": parties40, fresh20's A), else the story's
    partner, else the one other state the paragraph names."""
    found: dict[str, Arg] = {}
    for i, f in s.ctx.triggers.items():
        if i >= s.tok.i:
            continue
        roles = s.ctx.roles_of(f)
        for a in roles.sources:
            for b in roles.targets:
                sides = {a.ref.country, b.ref.country}
                if own in sides and len(sides) == 2 and "" not in sides and None not in sides:
                    other = a if b.ref.country == own else b
                    found.setdefault(other.ref.country or "", Arg(other.ref, EARLIER, s.tok.i))
    if len(found) == 1:
        return next(iter(found.values()))
    return story_partner(s, own) or other_state(s, own)


def _mission_subject(verb: Token) -> bool:
    """ "Kenya's embassy complained that ...": a mission named with no capital of its own, whose
    host is the story's other state ("Ugandan police detained 14 Kenyan traders")."""
    return any(k.dep_ == "nsubj" and k.lemma_.lower() in _MISSIONS for k in verb.children)


def _host(verb: Token, actors: DocActors) -> Arg | None:
    """The state named by the "in" phrase of ``verb``'s mission subject ("Kenya's embassy in
    Kampala"), or None."""
    for subj in (k for k in verb.children if k.dep_ == "nsubj"):
        if subj.lemma_.lower() not in _MISSIONS:
            continue
        for prep in (k for k in subj.children if k.dep_ == "prep" and k.lower_ == "in"):
            for obj in (k for k in prep.children if k.dep_ == "pobj"):
                m = actors.mention_of(obj)
                if m is not None and m.ref.country:
                    return Arg(m.ref, EARLIER, obj.i)
    return None
