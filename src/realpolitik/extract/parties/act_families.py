"""A reaction aimed at an act noun whose doer is an earlier sentence's: the act of the noun's verb
family (issue 9, parties51: fresh25's class D; recurring.md's "target named only in an earlier
sentence / the story").

"Peru agreed to buy Chilean copper. Chile's trade ministry welcomed the purchase", "Norway handed
back 40 drums to Finland. Finland's minister praised the return", "A Ghanaian court ordered the
sailors held while police investigate. Lome said it would cooperate fully with the inquiry":
the reaction names the act by a definite noun whose verb is another word ("purchase" / "buy",
"return" / "hand back", "inquiry" / "investigate"), and the act may not have been extracted at
all (the buying sits under "agreed to"). ``earlier_act_doer`` links a noun to an earlier act of
the same word or its few named verbs; here the noun's verb family links it to the latest act
of that family in the last sentences, extracted (its doer) or only written (its subject), when
all the acts of that family within reach are one state's, other than the reacting one (two
purchases by two states: no target). Only approval, criticism, rejection and
cooperation (roots 03, 05, 11, 12) with no target yet; the noun is the verb's object or the
object of "with / of / over / about / on / against"; a noun the phrase gives an owner keeps its
own reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import EARLIER_SENTENCES, NOUN_ACTS, recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_ROOTS = ("03", "05", "11", "12")
_PREPS = frozenset({"with", "of", "over", "about", "on", "against"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
_SUBJECTS = ("nsubj", "nsubjpass", "agent")
# Links from a verb to the one whose subject is its doer ("agreed to buy", "held ... while").
_CLIMB = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "dobj", "nsubjpass"})


def _named_noun(s: Site) -> Token | None:
    """The definite act noun of ``NOUN_ACTS`` (noun -> its verb family) the reaction names, or None."""
    found = [k for k in s.kids if k.dep_ == "dobj"]
    found += [p for k in s.kids if k.dep_ == "prep" and k.lower_ in _PREPS for p in k.children
              if p.dep_ == "pobj"]  # fmt: skip
    for n in found:
        if n.lemma_.lower() not in NOUN_ACTS and n.lower_ not in NOUN_ACTS:
            continue
        dets = [k for k in n.children if k.dep_ in ("det", "poss", "amod", "compound")]
        if any(k.dep_ != "det" and k.dep_ != "amod" for k in dets):
            return None  # "its purchase", "the arms purchase": the phrase's own reading
        if any(k.lower_ in _DEFINITE for k in dets):
            return n
    return None


def _family(n: Token) -> frozenset[str]:
    return NOUN_ACTS.get(n.lower_) or NOUN_ACTS[n.lemma_.lower()]


def _written_doer(s: Site, verb: Token) -> list[Arg]:
    """The actors of the subject of ``verb``, else of the verb it completes or modifies ("agreed
    to buy"; for an unplaced subject of a scene clause, "ordered the men held while police
    investigate", the main clause's), up to the clause that reports it."""
    at = verb
    for _ in range(4):
        subj = [k for k in at.children if k.dep_ in _SUBJECTS]
        got = [a for a in s.actors.resolve(subj[0]) if not unknown(a)] if subj else []
        if got or at.dep_ not in _CLIMB or at.head is at:
            return got
        at = at.head
    return []


@acts_on(roots=_ROOTS)
def family_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Peru agreed to buy copper. Chile welcomed the purchase": the latest earlier act of the
    noun's verb family, extracted or written, done by one state other than the reacting one."""
    if not c.sources or c.targets or s.noun:
        return c
    sent = s.ctx.sent
    if sent.start == 0:
        return c
    noun = _named_noun(s)
    if noun is None:
        return c
    family = _family(noun)
    own = {key(a) for a in c.sources}
    done = [a for a in recent(s) if a.lemma in family and not a.background]
    doers = {a.source.country or "" for a in done}
    picked = [Arg(a.source, EARLIER, noun.i) for a in done[-1:]]
    if not done:
        lo = sent.start
        doc = sent.doc
        for _ in range(EARLIER_SENTENCES):
            if lo == 0:
                break
            lo = doc[lo - 1].sent.start
        verbs = [t for t in tokens_with_lemma(doc[lo : sent.start], family) if t.pos_ == "VERB"]
        for v in reversed(verbs):
            got = _written_doer(s, v)
            doers |= {a.ref.country or "" for a in got}
            picked = picked or [Arg(a.ref, EARLIER, noun.i) for a in got]
    if len(doers) != 1 or doers & own:
        return c
    return c.with_targets(picked)
