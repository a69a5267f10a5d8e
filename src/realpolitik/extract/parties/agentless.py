"""Agentless passives of diplomacy whose doer is the government of the place they happen in.

"Peru's ambassador was summoned to the foreign ministry in Quito", "Kenya's envoy was ordered
to leave Kampala": a summons, expulsion or order with no "by" phrase is done by the state whose
seat of government the phrase names (fresh5's class AP); "QUITO - Ecuador closed its border with
Peru. Peru's ambassador was summoned": with no place named, by the dateline's state when the
story's last act is that state's; "..., Iraq's foreign ministry said": by the announcing state
(leftovers17). Otherwise no source: who summoned is not guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import child
from realpolitik.extract._mentions import Arg
from realpolitik.extract._speaker_state import reporting_speaker
from realpolitik.extract.confidence import EARLIER, IN_PHRASE, REFERRED
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots of acts one government does to another's envoys or citizens at home: protests and
# summons (11), rejections (12), expulsions and breaks (16), deportations and orders (17).
_SEAT_ROOTS = frozenset({"11", "12", "16", "17"})
# Prepositions by which the phrase names where it happened ("summoned to the ministry in X",
# "expelled from X") and the verbs of leaving an order names the place of ("ordered to leave X").
_PLACE_PREPS = frozenset({"to", "in", "at", "from", "by"})
_LEAVE_VERBS = frozenset({"leave", "quit", "depart", "exit"})
# Acts on another state's envoys that its own government announces: summons (11), expulsions
# (16); and the sectors that announce them for the state (the state itself, its government).
_ENVOY_ROOTS = frozenset({"11", "16"})
_GOVERNMENT_VOICES = frozenset({"", "GOV"})
_SEAT_KINDS = frozenset({"capital", "country"})
# Marks of a clause the act answers: "after Manila summoned China's envoy".
_ANSWER_MARKS = frozenset({"after", "when", "as", "since", "because"})
_DEPTH = 4  # how deep under the verb a place may sit ("to the foreign ministry in X")


def _agent(tok: Token) -> bool:
    return any(k.dep_ == "agent" for k in tok.children)


def _passive(tok: Token) -> bool:
    return any(k.dep_ == "auxpass" for k in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("conj", "xcomp")
    )


def _places(s: Site, verb: Token) -> list[Token]:
    """Tokens of the verb's place phrases: under its prepositions ("to the foreign ministry in
    Quito", "from Kampala") or a leaving verb it controls ("ordered to leave Kampala")."""
    out: list[Token] = []
    frontier = [k for k in verb.children if k.dep_ == "prep" and k.lower_ in _PLACE_PREPS]
    for x in verb.children:
        if x.dep_ == "xcomp" and x.lemma_.lower() in _LEAVE_VERBS:
            frontier += [k for k in x.children if k.dep_ == "dobj"]
            frontier += [k for k in x.children if k.dep_ == "prep" and k.lower_ in _PLACE_PREPS]
    for _ in range(_DEPTH):
        nxt: list[Token] = []
        for t in frontier:
            out.append(t)
            nxt += [k for k in t.children if k.dep_ in ("pobj", "prep", "dobj", "compound")]
        frontier = nxt
    return out


@acts_on(noun=False, roots=_SEAT_ROOTS)
def seat_of_government_doer(s: Site, c: Candidates) -> Candidates:
    """ "Peru's ambassador was summoned to the foreign ministry in Quito" (Ecuador), "Kenya's
    envoy was ordered to leave Kampala" (Uganda): an agentless passive summons, expulsion or
    order whose phrase names the capital or country where it was done is done by that state,
    when it is another than its target's."""
    tok = s.tok
    if c.sources or not c.targets or s.noun or s.root not in _SEAT_ROOTS:
        return c
    if not _passive(tok) or _agent(tok):
        return c
    done_to = {key(a) for a in c.targets}
    seat = seat_doer(s, tok, done_to) or _post_doer(s, tok, done_to)
    if seat is not None and tok.lemma_.lower() in _RECALLING:
        return _recalled_from(c, seat)
    if seat is not None:
        return c.with_sources([seat]) if seat.ref.code else c
    answered = answered_doer(s, tok, done_to)
    if answered is not None:
        return c.with_sources([answered])
    return _announcing_doer(s, c, done_to) or _dateline_doer(s, c, done_to)


# Verbs by which a state calls its own envoy home ("was recalled from Nairobi").
_RECALLING = frozenset({"recall", "withdraw"})


def _recalled_from(c: Candidates, seat: Arg) -> Candidates:
    """ "Uganda's ambassador in Nairobi was (not) recalled", "the Ugandan envoy was recalled
    from Nairobi": an envoy is recalled by its own state, the one it serves, from the host
    whose capital the phrase names (the target, never the doer); an envoy of no named state
    leaves the recaller unnamed (leftovers61)."""
    envoys = [a for a in c.targets if a.ref.country]
    return c.with_sources(envoys).with_targets([seat])


def _post_doer(s: Site, verb: Token, done_to: set[str]) -> Arg | None:
    """ "The Netherlands' ambassador in Ankara (to Turkey) was summoned": the state whose
    capital or name the envoy's own post phrase names, where it is another than the envoy's
    (parties36)."""
    subj = child(verb, "nsubjpass")
    if subj is None:
        return None
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "to", "at"):
            continue
        for t in prep.children:
            m = s.actors.mention_of(t)
            seat = m is not None and m.kind in _SEAT_KINDS and bool(m.ref.country)
            if seat and m is not None and m.ref.country not in done_to:
                return Arg(m.ref, IN_PHRASE, t.i)
    return None


def _states(s: Site, tok: Token | None) -> set[str]:
    return {a.ref.country for a in s.actors.resolve(tok) if a.ref.country} if tok else set()


def answered_doer(s: Site, verb: Token, done_to: set[str]) -> Arg | None:
    """ "The Philippines' ambassador was summoned after Manila summoned China's envoy": an
    agentless summons or expulsion of X's envoy answered in kind ("after" / "when" X did the
    same to Y's envoy, in the clause or the sentence before) is Y's (GUIDE rule 1, the other
    half of one exchange; parties36). Where X's own act names no one other, no doer."""
    if len(done_to) != 1 or s.root not in _ENVOY_ROOTS:
        return None
    lemma = verb.lemma_.lower()
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() != lemma:
            continue
        if not any(
            k.dep_ in ("mark", "advmod") and k.lower_ in _ANSWER_MARKS for k in clause.children
        ):
            continue
        subj = child(clause, "nsubj")
        obj = child(clause, "dobj")
        other = _states(s, obj) - done_to
        if _states(s, subj) == done_to and len(other) == 1:
            state = other.pop()
            return Arg(ActorRef(state, state, state), IN_PHRASE, obj.i if obj else verb.i)
    for act in reversed(recent(s, 1)):
        if act.lemma != lemma or act.target is None or act.background:
            continue
        country = act.target.country
        # (two tests, not ``not in (None, *done_to)``: mypyc rejects a star in an ``in`` tuple)
        if {act.source.country} == done_to and country is not None and country not in done_to:
            state = country
            return Arg(ActorRef(state, state, state), EARLIER, verb.i)
    return None


def seat_doer(s: Site, verb: Token, done_to: set[str]) -> Arg | None:
    """The state whose capital or name ``verb``'s place phrase names; an empty ref when it is
    the target's own ("expelled from Lima" of Peru's own envoy: not the doer); None when none."""
    for t in _places(s, verb):
        m = s.actors.mention_of(t)
        if m is None or m.kind not in _SEAT_KINDS or not m.ref.country:
            continue
        if m.ref.country in done_to:
            return Arg(ActorRef("", "", None), IN_PHRASE, t.i)
        return Arg(m.ref, IN_PHRASE, t.i)
    return None


def dateline_doer(s: Site, done_to: set[str]) -> Arg | None:
    """``_dateline_doer``'s state as an argument (for a conjunct of the passive, ``handed``)."""
    got = _dateline_doer(s, Candidates(), done_to)
    return got.sources[0] if got.sources else None


def _announcing_doer(s: Site, c: Candidates, done_to: set[str]) -> Candidates | None:
    """ "The Turkish ambassador was given 72 hours to leave, Iraq's foreign ministry said":
    an agentless summons or expulsion its own side announces (GUIDE rule 3, acts announced by
    the actor's own side) is done by the announcing state, when that is another than the
    target's (leftovers17)."""
    if s.root not in _ENVOY_ROOTS:
        return None  # (an arrest its police announce is left as it is: no doer guessed)
    subj = child(s.tok, "nsubjpass")
    if subj is None:
        return None
    said = reporting_speaker(s.actors, subj, 0)
    if said is None or not said.ref.country or said.ref.country in done_to:
        return None
    if said.ref.code[3:6] not in _GOVERNMENT_VOICES:
        return None
    return c.with_sources([Arg(said.ref, REFERRED, s.tok.i)])


def _dateline_doer(s: Site, c: Candidates, done_to: set[str]) -> Candidates:
    """The dateline's state, when the story's latest act (of the last sentences) is its own and
    the summoned envoy is another state's."""
    home = s.actors.dateline
    acts = [a for a in recent(s) if not a.background]
    if not home or home in done_to or not acts:
        return c
    if (acts[-1].source.country or acts[-1].source.code) != home:
        return c
    return c.with_sources([Arg(ActorRef(home, home, home), EARLIER, s.tok.i)])
