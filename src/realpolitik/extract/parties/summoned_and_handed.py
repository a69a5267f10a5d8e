"""The second conjunct of an agentless passive: "Peru's ambassador was summoned to the ministry in
Quito and handed a protest note" (issue 9, pairs22: fresh11's class AP).

"Handed", "given", "served" and "presented" share the passive subject of the verb they are
conjoined to, and the parser reads them as active verbs ("and handed a formal protest": VBD, no
auxiliary of its own), so the ambassador came out as the protester. The act the object noun
names is done TO that subject, by whoever did the first conjunct: its "by" agent, else the state
whose capital its place phrase names ("to the ministry in Quito"), else the dateline's state
when the story's last act is its own (as ``agentless.seat_of_government_doer`` finds the doer of
the summons itself); with none of these, the subject is still the target and the doer is left
to the stages after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.agentless import dateline_doer, seat_doer
from realpolitik.extract.parties.nouns import carrier

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Verbs of handing that take the passive's subject as their receiver when conjoined to it.
HANDING_VERBS = frozenset({"hand", "give", "serve", "present", "deliver", "issue"})
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _passive_head(verb: Token) -> Token | None:
    """The passive verb ``verb`` is conjoined to and shares its subject with, if any: "was
    summoned ... and handed", "was called in and given"."""
    if verb.dep_ != "conj" or any(k.dep_ in _OWN_SUBJECTS for k in verb.children):
        return None
    if any(k.dep_ in ("aux", "auxpass") for k in verb.children):
        return None  # "... and has handed": a clause of its own
    head = verb.head
    if not any(k.dep_ == "auxpass" for k in head.children):
        return None
    return head


def _agent(head: Token, s: Site) -> list[Arg]:
    for k in head.children:
        if k.dep_ == "agent":
            for p in k.children:
                if p.dep_ == "pobj":
                    return s.actors.resolve(p)
    return []


@acts_on(words=HANDING_VERBS)
def handed_to_passive_subject(s: Site, c: Candidates) -> Candidates:
    """ "X's envoy was summoned in Y's capital and handed a protest": Y -> X's envoy, for the
    handing verb's own row ("hand" + note) and for an event noun it hands ("given a protest")."""
    if HANDING_VERBS.isdisjoint(sentence_words(s.ctx.sent)):
        return c  # (no handing verb in the sentence: none to climb to)
    if s.noun:
        tok = carrier(s.tok)
        verb = tok.head
        if c.sources or c.targets or tok.dep_ != "dobj":
            return c
    elif s.child("dobj") is None:
        return c  # (the thing handed unread: the parser's "given [a formal note]" as a pobj)
    else:
        verb = s.tok
    if verb.lemma_.lower() not in HANDING_VERBS:
        return c
    head = _passive_head(verb)
    subj = None if head is None else next((k for k in head.children if k.dep_ == "nsubjpass"), None)
    if head is None or subj is None:
        return c
    received = s.actors.resolve(subj)
    if not received:
        return c
    done_to = {key(a) for a in received}
    doers = _agent(head, s)
    if not doers:
        seat = seat_doer(s, head, done_to)
        if seat is None:
            seat = dateline_doer(s, done_to)
        doers = [seat] if seat is not None and seat.ref.code else []
    return Candidates(tuple(doers), tuple(received), 3 if doers else 1)
