"""Stages that read an event noun through the verb that governs it.

"Came under attack" (the subject undergoes the act), "announced plans for drills" (the
planner's own act), "arrived in X for talks" (the destination), a verb whose object names the
act's target, and a thing of another verb ("gave a commitment", "issued a warning"). Their order
is the policy in ``parties.POLICY``; re-exported by ``nouns``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._carriers import carrier
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import first, subject

if TYPE_CHECKING:
    pass


_UNDER = "under"
# Verbs whose subject undergoes the act of their "under" phrase: "came under attack".
_UNDERGO_VERBS = frozenset({"come", "be", "remain", "fall"})


@acts_on(words=(_UNDER,))
def came_under(s: Site, c: Candidates) -> Candidates:
    """ "A Turkish patrol came under attack near the Syrian border", "the convoy came under fire
    from X", "came under shelling from X": the subject of "come under" undergoes the act (its
    target); the doer is named only by a "from/by" phrase, never by the subject. First in the
    policy: a verb's stages would read "from X" as a place, a target."""
    tok = carrier(s.tok)
    prep = tok.head
    if c.targets or tok.dep_ not in ("pobj", "pcomp") or prep.lower_ != _UNDER:
        return c  # the act may be a noun or a gerund ("came under shelling from X")
    verb = prep.head
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_.lower() not in _UNDERGO_VERBS or subj is None:
        return c
    if not c.sources:
        doers = [p for h in (tok, verb) for _, p in pobjs(h, ("from", "by"))]
        c = c.with_sources(first(s.actors, doers))
    return c.with_targets(s.actors.resolve(subj))


# Verbs whose object noun is the subject's own (planned or refused) act: "did not rule out
# protests", "considered sanctions", "threatened retaliation", "refused talks" (not wishes:
# "Vietnam wants investment" wants others' investment).
_OWN_ACT_VERBS = frozenset(
    {"rule", "exclude", "plan", "consider", "propose", "prepare", "intend", "threaten", "refuse",
     "decline", "deny", "fail", "contemplate", "weigh", "mull"}
)  # fmt: skip


@acts_on(noun=True)
def planned_by_subject(s: Site, c: Candidates) -> Candidates:
    """ "Students did not rule out protests against X", "Iran is considering retaliation": a
    planned, feared or refused act named as a noun is the subject's own."""
    tok = carrier(s.tok)
    if not s.noun or c.sources or tok.dep_ != "dobj":
        return c
    gov = tok.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in _OWN_ACT_VERBS:
        return c
    sources, steps = subject(s.actors, gov)
    return c.with_sources(sources, steps + 1)


_ARRIVAL_VERBS = frozenset({"arrive", "land", "reach", "enter"})


@acts_on(noun=True)
def arrival_destination(s: Site, c: Candidates) -> Candidates:
    """ "The deployment of X troops arrived in Y", "reached Y": a moved force's destination."""
    tok = carrier(s.tok)
    if not s.noun or c.targets or tok.dep_ != "nsubj":
        return c
    gov = tok.head
    if gov.lemma_.lower() not in _ARRIVAL_VERBS:
        return c
    dest = [k for k in gov.children if k.dep_ == "dobj"]
    dest += [p for _, p in pobjs(gov, ("in", "at", "into", "to"))]
    return c.with_targets(first(s.actors, dest))


@acts_on(noun=True)
def governing_verb_target(s: Site, c: Candidates) -> Candidates:
    """ "Announced new sanctions yesterday against X": a "to/against" phrase of the governing
    verb after the noun."""
    tok = carrier(s.tok)
    if not s.noun or c.targets:
        return c
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if gov.pos_ not in ("VERB", "AUX"):
        return c
    after = [q for _, q in pobjs(gov, ("to", "against")) if q.i > tok.i]
    return c.with_targets(first(s.actors, after))


# Event nouns that also name a thing talked about ("the aid", "its commitments", "notice"), and
# verbs that only talk about, weigh or question what they govern: "the ministers discussed
# Japan's commitments", "questioned the aid" report no act of commitment or aid. (Only these:
# "cannot replace Japan's aid" or "increased aid" still speak of aid given.)
_THING_NOUNS = frozenset({"commitment", "aid", "assistance", "notice", "warning"})
_THING_DEPS = frozenset({"dobj", "nsubjpass"})
_TOPIC_VERBS = frozenset(
    {"discuss", "debate", "review", "examine", "question", "doubt", "study", "assess",
     "evaluate", "scrutinize", "scrutinise", "probe", "mention", "cite", "analyse", "analyze",
     "clarify", "explain", "address", "outline", "detail", "list", "query"}
)  # fmt: skip


@acts_on(noun=True)
def thing_of_other_verb(s: Site, c: Candidates) -> Candidates:
    """ "Paris's trade commitments to Dakar were discussed", "the envoys reviewed the aid to X":
    a thing-like event noun that a verb of discussing or questioning governs is what is talked
    about, no event of its own; nothing else absorbs it when that verb is no trigger (lex10)."""
    tok = s.tok
    if not c.pairs or not s.noun or tok.lemma_.lower() not in _THING_NOUNS:
        return c
    gov = tok.head
    if tok.dep_ not in _THING_DEPS or gov.pos_ != "VERB":
        return c
    if gov.lemma_.lower() not in _TOPIC_VERBS:
        return c
    return c.with_pairs([], "thing_of_other_verb")
