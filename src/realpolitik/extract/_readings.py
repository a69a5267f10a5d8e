"""Readings of a trigger that depend on its clause or phrase, not on its lemma alone.

A speech verb is an act through its clause ("said Syria must withdraw" is a demand, "claimed
that they had shelled the base" claims responsibility, "said the move was illegal" criticises);
"agreed that ..." expresses accord rather than an intent; a noun that labels something ("called
the launch a provocation") or is a word of a proper name ("the North Atlantic Treaty
Organization") names no act of its own. The parse repairs run before the readings
(:func:`repair_labels`) are in ``_reading_repairs.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._found import Found
from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._pos import ADJ, NOUN, PRON, PROPN
from realpolitik.extract._reading_repairs import _DOUBLE_OBJECT as _DOUBLE_OBJECT
from realpolitik.extract._reading_repairs import _double_object_clauses as _double_object_clauses
from realpolitik.extract._reading_repairs import _token_repairs as _token_repairs
from realpolitik.extract._reading_repairs import repair_labels as repair_labels
from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# "The minister said that Iran must withdraw": a speech verb over a "must" clause reports the
# speaker's demand (CAMEO 10), refined by the embedded act like "demanded that ..." is.
_SPEECH = frozenset(
    {
        "say", "tell", "announce", "declare", "state", "stress", "reiterate", "reaffirm",
        "conclude", "add", "argue", "assert", "write", "note", "emphasize", "emphasise",
        "underline", "maintain",
    }
)  # fmt: skip
_OBLIGE = frozenset({"must"})
_SAY_DEMAND = Trigger(
    "say", "V", frozenset(), frozenset(), frozenset(), "100", frozenset({"ctl", "clause"})
)
# "The rebels claimed that they had shelled the base": claiming one's own act is claiming
# responsibility (015); the shelling stays an event of its own.
_CLAIM_OWN = Trigger(
    "claim", "V", frozenset(), frozenset(), frozenset(), "015", frozenset({"clause"})
)
_OWN = frozenset({"they", "we", "it", "he", "she", "i"})
_ACCORD_PREPS = frozenset({"on", "upon", "to", "over"})
_NORM = frozenset({"should", "must", "will", "would", "shall", "'ll", "wo"})


# Verbs that name what something is called: their predicate noun is a label, not an act.
_LABELLING = frozenset(
    {
        "call", "describe", "brand", "label", "term", "characterize", "characterise", "dub",
        "denounce", "condemn", "criticize", "criticise", "decry", "see", "view", "regard",
        "consider", "treat", "dismiss", "reject", "portray", "depict", "paint", "cast",
    }
)  # fmt: skip
LABELLING = _LABELLING


def label(noun: Token) -> bool:
    """ "called the deployment a serious threat", "described the drills as a provocation": the
    noun says what the object is called; it is no act of its own (the call is the event)."""
    if noun.dep_ == "oprd" or (noun.dep_ == "dobj" and free_relative_label(noun.head)):
        return True  # (also "what Kyiv calls a blockade by X": a label of what X does)
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    return noun.head.head.lemma_.lower() in _LABELLING


def free_relative_label(verb: Token) -> bool:
    """ "What Egypt calls aggression by Mexico has lasted years": a free relative names a label
    for something else the sentence is about; the calling is no act (criticism) of its own."""
    if verb.lemma_.lower() not in _DOUBLE_OBJECT:
        return False
    return any(t.lower_ in ("what", "whatever") and t.i < verb.i for t in verb.subtree)


# Nouns of a share that "of what Z offers" measures ("a fraction of", "half of", "a third of")
_SHARES = frozenset(
    {
        "fraction", "half", "third", "quarter", "tenth", "part", "portion", "share", "percent",
        "per", "bit", "double", "twice", "triple", "most", "much", "some", "little", "sliver",
    }
)  # fmt: skip
# The words that open a free relative ("what Z offers").
_FREE_RELATIVES = frozenset({"what", "whatever"})
# Comparison prepositions a free relative may follow directly ("more than what Z offers")
_COMPARING = frozenset({"than", "as"})


def compared_relative(verb: Token) -> bool:
    """ "have shrunk to a fraction of what Sweden offers", "pays Y far more than what Z gives": a
    free relative inside a comparison measures an amount; its verb is no act of Z's (clauses37,
    fresh25 C)."""
    if doc_forms(verb.doc).isdisjoint(_FREE_RELATIVES):
        return False  # (it reads one: no Token of the head where the parse has none)
    head = verb.head
    if verb.dep_ not in ("pcomp", "pobj") or head.dep_ != "prep":
        return False
    if not any(t.lower_ in _FREE_RELATIVES and t.i < verb.i for t in verb.children):
        return False
    prep = head.lower_
    return prep in _COMPARING or (prep == "of" and head.head.lemma_.lower() in _SHARES)


# Verbs that "stop short of" / "fall short of" an act (as factuality.SHORT_OF).
_SHORT_OF = frozenset({"stop", "fall"})


def stops_short(verb: Token) -> bool:
    """ "Yerevan stopped short of suspending its participation": the verb of "stop short of" is
    no stopping act of its own (the act after "of" is the one not done)."""
    return verb.lemma_.lower() in _SHORT_OF and any(
        c.dep_ == "advmod" and c.lower_ == "short" for c in verb.children
    )


def in_name(noun: Token, cands: tuple[Trigger, ...]) -> bool:
    """ "The North Atlantic Treaty Organization", "the Paris Agreement": a word of a proper name
    names an organisation or a standing treaty, not a new act."""
    if noun.pos != PROPN or not noun.text[:1].isupper():
        return False
    if noun.dep_ == "compound" and noun.head.pos == PROPN:
        return True
    return any(c.cameo[:2] == "05" for c in cands)  # a named agreement ("the Minsk Agreement")


# "France said the decision was unjustified": a speech verb over a clause that judges an act
# criticises it (111); "said the accusations were baseless" denies them (016).
_SAY_CRITICISM = Trigger(
    "say", "V", frozenset(), frozenset(), frozenset(), "111", frozenset({"clause"})
)
_SAY_DENIAL = Trigger(
    "say", "V", frozenset(), frozenset(), frozenset(), "016", frozenset({"clause"})
)
_CONDEMNING = frozenset(
    {
        "unjustified", "unjustifiable", "unacceptable", "illegal", "illegitimate", "unlawful",
        "irresponsible", "provocative", "dangerous", "reckless", "regrettable", "deplorable",
        "outrageous", "absurd", "shameful", "hostile", "destabilizing", "destabilising",
        "escalatory", "counterproductive", "unwarranted", "inadmissible", "violation",
        "provocation", "interference", "aggression", "blackmail", "affront", "insult",
        "breach", "mistake", "error",
    }
)  # fmt: skip
_DENYING = frozenset(
    {"baseless", "groundless", "unfounded", "false", "fabricated", "fake", "lie", "slander",
     "smear", "nonsense", "fabrication"}
)  # fmt: skip
# What such a clause judges: an act, a policy or what was said, not a situation or a country.
ACT_NOUNS = frozenset(
    {
        "decision", "move", "step", "action", "measure", "sanction", "deployment", "visit",
        "test", "launch", "drill", "exercise", "strike", "attack", "policy", "law", "plan",
        "remark", "statement", "accusation", "allegation", "claim", "report", "tariff", "ban",
        "listing", "resolution", "vote", "announcement", "incursion", "operation", "buildup",
        "seizure", "detention", "arrest", "expulsion", "annexation", "referendum", "election",
        "blockade", "restriction", "charge", "suggestion", "comment", "threat", "raid",
        "admission", "closure",
    }
)  # fmt: skip


# The lemmas clause_reading reads (the trigger finder calls it for no other verb).
CLAUSE_VERBS = _SPEECH | {"claim"}


def clause_reading(tok: Token, key: str, out: list[Found]) -> None:
    """Verbs that are events only through their clause: "said X must", "claimed they had",
    "said the move was illegal", "said the accusations were baseless"."""
    if key != "V":
        return
    lemma = tok.lemma_.lower()
    if lemma not in CLAUSE_VERBS:
        return
    if lemma in _SPEECH and _states_obligation(tok):
        out.append(Found(tok, _SAY_DEMAND, _SAY_DEMAND.cameo))
    elif lemma == "claim" and _claims_own_act(tok):
        out.append(Found(tok, _CLAIM_OWN, _CLAIM_OWN.cameo))
    elif lemma in _SPEECH:
        verdict = _judgement(tok) or _threatened(tok)
        if verdict is not None:
            out.append(Found(tok, verdict, verdict.cameo))


def _judgement(verb: Token) -> Trigger | None:
    """A copular that-clause judging an act: "the decision was unjustified", "the sanctions
    were a violation of international law", "the claims are baseless"."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() != "be":
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in ACT_NOUNS:
            continue
        if any(g.dep_ == "neg" for g in c.children):
            continue  # "said the move was not illegal"
        preds = [g for g in c.children if g.dep_ in ("acomp", "attr")]
        preds += [h for g in preds for h in g.children if h.dep_ == "conj"]
        preds += [g for g in c.children if g.dep_ == "conj" and g.pos in (NOUN, ADJ)]
        words = {p.lemma_.lower() for p in preds}
        if words & _DENYING and _owned(subj):
            return _SAY_DENIAL  # "said Kyiv's accusations were baseless" (whose: the target)
        if _of_war(preds) and _owned(subj) and not any(g.dep_ == "aux" for g in c.children):
            return _SAY_ACCUSATION  # "said India's strike was an act of war" (leftovers39)
        if words & _CONDEMNING:
            return _SAY_CRITICISM
    return None


# "Pakistan said India's strike was an act of war", "... a declaration of war": the speaker
# accuses the act's doer (112), no war and no attack of its own (leftovers39); "would be an act
# of war" (any blockade, should it come) judges no act done and is left to other readings.
_SAY_ACCUSATION = Trigger(
    "say", "V", frozenset(), frozenset(), frozenset(), "112", frozenset({"clause"})
)
_WAR_ACTS = frozenset({"act", "declaration"})


def _of_war(preds: list[Token]) -> bool:
    """A predicate "an act of war" / "a declaration of war" (or "nothing less than" one)."""
    preds = preds + [
        o for p in preds for m in p.children if m.dep_ == "amod"
        for t in m.children if t.dep_ == "prep" and t.lower_ == "than"
        for o in t.children if o.dep_ == "pobj"
    ]  # fmt: skip
    return any(
        p.lemma_.lower() in _WAR_ACTS
        and any(
            g.dep_ == "prep" and g.lower_ == "of"
            and any(o.dep_ == "pobj" and o.lemma_.lower() == "war" for o in g.children)
            for g in p.children
        )
        for p in preds
    )  # fmt: skip


# "Beijing said Taipei would pay a heavy price", "the Houthis said the attack would not go
# unpunished": a future clause of punishment that the speaker announces is a threat (CAMEO 13:
# "threaten", 138 with force) against the clause's subject.
_SAY_THREAT = Trigger(
    "say", "V", frozenset(), frozenset(), frozenset(), "138", frozenset({"ctl", "clause"})
)
_FUTURE = frozenset({"will", "would", "'ll", "wo", "shall"})
_PUNISHED = frozenset({"unpunished", "unanswered"})
_PENALTY = frozenset({"price", "consequence", "retaliation", "reprisal", "punishment"})


def _threatened(verb: Token) -> Trigger | None:
    """A reported future clause of punishment: "would pay a (heavy) price", "would pay dearly",
    "will face consequences", "would not go unpunished"."""
    if any(c.dep_ == "ccomp" and c.lemma_.lower() in _SPEECH for c in verb.children):
        return None  # "A said B would pay, diplomats said": the clause is A's, misattached
    for c in verb.children:
        if c.dep_ != "ccomp" or not any(
            g.dep_ == "aux" and g.lower_ in _FUTURE for g in c.children
        ):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None or not _party_like(subj):
            continue  # "the economy would pay a price": no one is threatened
        lemma = c.lemma_.lower()
        kids = {g.lemma_.lower(): g.dep_ for g in c.children}
        negated = "neg" in kids.values()
        if lemma == "go" and negated and _PUNISHED & kids.keys():
            return _SAY_THREAT
        if negated:
            continue  # "said Pakistan would not pay any price"
        if lemma in ("pay", "face") and any(w in _PENALTY and d == "dobj" for w, d in kids.items()):
            return _SAY_THREAT
        if lemma == "pay" and kids.get("dearly") == "advmod":
            return _SAY_THREAT
    return None


def _party_like(noun: Token) -> bool:
    """A name, a pronoun or a noun with a named modifier ("American ships", "Kyiv's forces"),
    not a plain common noun ("the economy")."""
    if noun.pos in (PROPN, PRON):
        return True
    return any(
        c.dep_ in ("poss", "compound", "amod") and c.pos in (PROPN, ADJ) for c in noun.children
    )


def _claims_own_act(tok: Token) -> bool:
    """A that-clause whose subject is a pronoun for the claimant: "claimed that they had"."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in _OWN for g in c.children)
        for c in tok.children
    )


def expresses_accord(tok: Token) -> bool:
    """ "agreed that ...", "agree with the report": a shared view, not a commitment (019).

    An infinitive ("agreed to meet"), an object ("agreed a deal"), "on"/"to" ("agreed on a
    ceasefire") or a that-clause with "should"/"must"/"will" keeps the intent reading.
    """
    clause = False
    for c in tok.children:
        dep = c.dep_
        if dep in ("xcomp", "dobj") or (dep == "prep" and c.lower_ in _ACCORD_PREPS):
            return False
        if dep == "advcl" and _to_infinitive(c):
            return False  # "agreed with Y to fight Z", the infinitive parsed as a clause (lo61)
        if dep == "ccomp":
            if any(g.dep_ in ("aux", "auxpass") and g.lower_ in _NORM for g in c.children):
                return False  # "agree that disputes should be settled": a shared commitment
            clause = True
        elif dep == "prep" and c.lower_ == "with" and c.i > tok.i:
            clause = True
    return clause


def _to_infinitive(verb: Token) -> bool:
    """A bare "to"-infinitive: "to fight Z" (its "to" an aux, no subject of its own)."""
    return verb.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.children)


def _owned(noun: Token) -> bool:
    """A noun that names its owner or author: "Kyiv's claims", "the U.S. reports", "the
    accusations by Seoul"."""
    return any(
        c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in noun.children
    )


def _states_obligation(tok: Token) -> bool:
    """A that-clause with "must": "said (that) Syria must withdraw"."""
    return must_clause(tok) is not None


def must_clause(verb: Token) -> Token | None:
    """The "must" clause a speech verb governs, also when it is conjoined to another reported
    clause: "said a ship had rammed a vessel and that Manila must stop its provocations"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "conj"]
    for c in clauses:
        if any(g.dep_ in ("aux", "auxpass") and g.lower_ in _OBLIGE for g in c.children):
            return c
    return None
