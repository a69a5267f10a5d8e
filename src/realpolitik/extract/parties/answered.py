"""A reaction aimed at the doer of the act it answers, where that act is named by a noun.

"Hezbollah vowed that the strikes would not go unpunished", "Moscow warned that the attack by
Kyiv would not go unanswered": a threat or a criticism judging the act its clause's subject
names is aimed at that act's doer, named inside the noun's phrase ("by Kyiv", "Kyiv's attack")
or, for a definite noun that names none ("the strikes"), by an earlier sentence of the
document. "The launch prompted a protest from Tokyo": a reaction drawn from a party by an act
whose doer the sentence does not name is aimed at that doer as an earlier sentence names it,
and never at the reacting side's own state (a drawn protest is not a demonstration at home);
nor is a government's rejection of an act ("the Kremlin rejected the sanctions").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._readings import ACT_NOUNS
from realpolitik.extract._syntax import child
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._reading import agent_of
from realpolitik.extract.parties.context_earlier import ANAPHORIC_DETS, pick_named_act, recent
from realpolitik.extract.parties.drawn import SUBJECTS, _drawing_verb, drawn_from_another
from realpolitik.extract.parties.nouns import carrier

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots of a stated answer to another's act: criticism (11), rejection (12), threat (13).
JUDGING_ROOTS = frozenset({"11", "12", "13"})
REJECT = "12"
# Words of a clause that says the act will be answered ("would not go unpunished").
ANSWER_WORDS = frozenset(
    {"unpunished", "unanswered", "unavenged", "punish", "punished", "answer", "answered",
     "avenge", "avenged", "pay", "price", "retaliation", "response", "respond"}
)  # fmt: skip


@acts_on(noun=False, roots=JUDGING_ROOTS, words=ANSWER_WORDS)
def judged_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Vowed that the strikes would not go unpunished", "warned that the attack by X will not
    go unanswered", "said the raid would be avenged": a threat or criticism whose clause says
    the act its subject names will be answered is aimed at that act's doer: the one its phrase
    names, else (a definite noun naming none) the doer of that act in an earlier sentence."""
    if s.noun or c.targets or not c.sources or s.root not in JUDGING_ROOTS:
        return c
    if ANSWER_WORDS.isdisjoint(sentence_words(s.ctx.sent)):
        return c
    clause = s.child("ccomp")
    if clause is None or not any(t.lower_ in ANSWER_WORDS for t in clause.subtree):
        return c
    subj = child(clause, "nsubj", "nsubjpass")
    if subj is None:  # "vowed the strikes will not go unanswered", parsed with an object
        obj = s.child("dobj")
        subj = obj if obj is not None and obj.i < clause.i else None
    if subj is None or not _act_noun(s, subj):
        return c
    own = {key(a) for a in c.sources}
    named = [a for a in agent_of(s.actors, subj) if key(a) not in own]
    if named:
        return c.with_targets(named)
    return c.with_targets(earlier_doers(s, subj, own))


@acts_on(noun=True)
def drawn_earlier_doer(s: Site, c: Candidates) -> Candidates:
    """ "North Korea fired a missile. The launch prompted a protest from Tokyo": a reaction
    drawn by a definite act noun that names no doer is aimed at that act's doer in an earlier
    sentence (the latest act of the same word, else the latest deed of another state)."""
    if not s.noun or not c.sources or c.targets or not s.ctx.earlier:
        return c
    tok = carrier(s.tok)
    verb = _drawing_verb(tok)
    if verb is None:
        return c
    subj = next((k for k in verb.children if k.dep_ in SUBJECTS), None)
    if subj is None or not _act_noun(s, subj) or agent_of(s.actors, subj):
        return c
    return c.with_targets(earlier_doers(s, subj, {key(a) for a in c.sources}))


@acts_on(noun=True)
def drawn_not_home(s: Site, c: Candidates) -> Candidates:
    """ "The launch prompted a protest from Tokyo" with no launcher named: a reaction drawn
    from a party answers another's act, so it keeps no target rather than its own state."""
    if not c.pairs or not s.noun or not drawn_from_another(s.tok):
        return c
    pairs = [
        (a, None if b is not None and b.ref.country and b.ref.country == a.ref.country else b)
        for a, b in c.pairs
    ]
    return c.with_pairs(pairs)


@acts_on(noun=False, roots=(REJECT,))
def rejected_act_not_home(s: Site, c: Candidates) -> Candidates:
    """ "The Kremlin rejected the sanctions", "Iran's foreign ministry dismissed the seizure as
    piracy": a rejection of a deed or measure (``ACT_NOUNS``) whose doer the sentence does not
    name answers that doer, so a government body rejecting it keeps no target rather than its
    own state (``home_target``'s reading of a state acting at home)."""
    if not c.pairs or s.noun or s.root != REJECT:
        return c
    obj = s.child("dobj")
    if obj is None or obj.lemma_.lower() not in ACT_NOUNS or obj.pos_ != "NOUN":
        return c  # (not any event noun: "rejected an invitation to talks" may be domestic)
    if s.actors.resolve(obj) or agent_of(s.actors, obj):
        return c
    if all(b is None or _home(a) != _home(b) or b.ref.code != _home(b) for a, b in c.pairs):
        return c
    pairs = [(a, None if b is not None and b.ref.code == _home(a) else b) for a, b in c.pairs]
    return c.with_pairs(pairs)


def _home(a: Arg) -> str:
    return a.ref.country or a.ref.code


def _act_noun(s: Site, noun: Token) -> bool:
    """A noun naming an act: a trigger of the sentence or a word of ``ACT_NOUNS``."""
    return noun.pos_ == "NOUN" and (noun.i in s.ctx.triggers or noun.lemma_.lower() in ACT_NOUNS)


def earlier_doers(s: Site, noun: Token, own: set[str]) -> list[Arg]:
    """The doers of the act a definite ``noun`` ("the strikes", "the launch") refers back to,
    as ``context_earlier.pick_named_act`` reads it (the one reading of a noun that names an
    earlier act); none for an indefinite noun ("any attack") or one that names its doer."""
    if not s.ctx.earlier or s.actors.resolve(noun):
        return []
    if not any(k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in noun.children):
        return []
    got = pick_named_act(noun.lemma_.lower(), recent(s), own) or []
    return [Arg(a.ref, EARLIER, noun.i) for a in got]
