"""Readings of a trigger that depend on its clause or phrase, not on its lemma alone.

A speech verb is an act through its clause ("said Syria must withdraw" is a demand, "claimed
that they had shelled the base" claims responsibility, "said the move was illegal" criticises);
"agreed that ..." expresses accord rather than an intent; a noun that labels something ("called
the launch a provocation") or is a word of a proper name ("the North Atlantic Treaty
Organization") names no act of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from realpolitik.extract._apposed_verb import apposed_verb_root
from realpolitik.extract._contrast import repair_contrast_subject
from realpolitik.extract._found import Found
from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._role_repairs import (
    _RECEIVING_VERBS,
    OBJECT_CONTROL,
    object_infinitive,
    role_holder,
    visiting_object,
    welcomed_to,
)
from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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


_DOUBLE_OBJECT = frozenset({"call", "brand", "label", "term", "dub", "deem"})


def free_relative_label(verb: Token) -> bool:
    """ "What Egypt calls aggression by Mexico has lasted years": a free relative names a label
    for something else the sentence is about; the calling is no act (criticism) of its own."""
    if verb.lemma_.lower() not in _DOUBLE_OBJECT:
        return False
    return any(t.lower_ in ("what", "whatever") and t.i < verb.i for t in verb.subtree)


# Verbs that "stop short of" / "fall short of" an act (as factuality.SHORT_OF).
_SHORT_OF = frozenset({"stop", "fall"})


def stops_short(verb: Token) -> bool:
    """ "Yerevan stopped short of suspending its participation": the verb of "stop short of" is
    no stopping act of its own (the act after "of" is the one not done)."""
    return verb.lemma_.lower() in _SHORT_OF and any(
        c.dep_ == "advmod" and c.lower_ == "short" for c in verb.children
    )


def repair_labels(sent: Span) -> None:
    """ "Seoul called Pyongyang's missile test a grave provocation": the parser often reads the
    object as a clause ("test" a ccomp holding "provocation" as its object). Repaired in place:
    the first noun is the verb's object, the second its label (oprd), so that the labelled act
    is the call's object and the label no act of its own. Preconditions: only the clauses
    (ccomp) of a verb of naming are read (no step makes or unmakes one), and where the only
    token repair is the lemma's, only the tokens of its lemmas."""
    words = sentence_words(sent)  # each repair walks the tokens only when its words are there
    for tok in _double_object_clauses(sent) if not _DOUBLE_OBJECT.isdisjoint(words) else ():
        if tok.dep_ != "ccomp" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _DOUBLE_OBJECT or verb.i > tok.i:
            continue
        label = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if label is None:
            continue
        tok.dep_ = "dobj"
        label.head = verb
        label.dep_ = "oprd"
    repairs = _token_repairs(words)
    lemma_only = repairs == (_lemma_repairs,)  # (it acts on a token of its lemmas alone)
    for tok in tokens_with_lemma(sent, _TOKEN_REPAIRS) if lemma_only else sent if repairs else ():
        for repair in repairs:
            repair(tok)
    repair_contrast_subject(sent)
    _verbless_root(sent)
    apposed_verb_root(sent)


def _double_object_clauses(sent: Span) -> list[Token]:
    """The clauses (ccomp) of the sentence's verbs of naming, in order."""
    lo, hi, doc = sent.start, sent.end, sent.doc
    got = [c.i for v in tokens_with_lemma(sent, _DOUBLE_OBJECT) for c in v.children]
    return [doc[i] for i in sorted(got) if lo <= i < hi and doc[i].dep_ == "ccomp"]


def _lemma_repairs(tok: Token) -> None:
    lemma = tok.lemma_.lower()
    if lemma in _STATE_PARTICIPLES:
        _repair_participle(tok)
    if lemma in _HEDGE_NOUNS:
        _hedged_act_phrases(tok)


def _token_repairs(words: frozenset[str]) -> tuple[Callable[[Token], None], ...]:
    """The token repairs of :func:`repair_labels`, in order, that could change a sentence with
    these words (forms and lemmas): each of the others asks for a word the sentence lacks."""
    out: list[Callable[[Token], None]] = []
    if not _TOKEN_REPAIRS.isdisjoint(words):
        out.append(_lemma_repairs)
    if "with" in words and "as" in words:  # "with Qatar acting as host"
        out.append(role_holder)
    if "visit" in words:
        out.append(visiting_object)
    if "to" in words and not _RECEIVING_VERBS.isdisjoint(words):
        out.append(welcomed_to)
    if "to" in words and not OBJECT_CONTROL.isdisjoint(words):
        out.append(object_infinitive)
    return tuple(out)


# Nouns that hedge the act named by their "of" phrase: "prospects of the deliveries to X by Y".
_HEDGE_NOUNS = frozenset({"prospect", "possibility", "chance", "likelihood", "risk", "threat"})
_ACT_PREPS = frozenset({"to", "by", "with", "against", "on", "into", "from", "toward", "towards"})


def _hedged_act_phrases(tok: Token) -> None:
    """ "Prospects of the arms deliveries to Greece by Poland": the parser hangs the act's own
    phrases on the hedge noun; after the act's noun they are the act's, repaired in place."""
    if tok.lemma_.lower() not in _HEDGE_NOUNS or tok.pos_ != "NOUN":
        return
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    act = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if act is None or act.pos_ != "NOUN":
        return
    for c in list(tok.children):
        if c.dep_ == "prep" and c.lower_ in _ACT_PREPS and c.i > act.i:
            c.head = act


_SUBJECT_LIKE = frozenset({"nsubj", "nmod", "npadvmod", "compound"})


def _verbless_root(sent: Span) -> None:
    """ "Islamabad hosted mediated talks between A and B", "The Syrian minister mediated talks
    ...": the parser may read the whole sentence as one noun phrase, the verb an adjective
    (amod) of its object and the doer a modifier. Repaired in place when the sentence has no
    verb of its own: the first past-tense verb before the head noun governs, the noun is its
    object and the name before the verb its subject."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    verb = next(
        (c for c in root.children
         if c.dep_ == "amod" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN") and c.i < root.i),
        None,
    )  # fmt: skip
    if verb is None:
        return
    subj = next(
        (c for c in list(verb.children) + list(root.children)
         if c.dep_ in _SUBJECT_LIKE and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")),
        None,
    )  # fmt: skip
    if subj is None:
        return
    verb.head = verb
    verb.dep_ = "ROOT"
    subj.head = verb
    subj.dep_ = "nsubj"
    root.head = verb
    root.dep_ = "dobj"
    for c in list(root.children):  # what closes the sentence belongs to the clause
        if c.dep_ in ("punct", "npadvmod") and c.i > root.i:
            c.head = verb


# Participles that describe what was taken or contested ("detained sailors", "seized tankers",
# "disputed islands"), which the parser reads as the main verb after another past verb.
_STATE_PARTICIPLES = frozenset(
    {
        "detain", "capture", "seize", "arrest", "abduct", "kidnap", "jail", "imprison",
        "intern", "confiscate", "impound", "dispute", "contest", "occupy", "annex", "besiege",
    }
)  # fmt: skip


_TOKEN_REPAIRS = _STATE_PARTICIPLES | _HEDGE_NOUNS  # the lemmas the per-token repairs read


def _repair_participle(part: Token) -> None:
    """ "Morocco released detained Kenyan sailors": the parser often makes "detained" the main
    verb and "released" its clause. Repaired in place: the first verb governs, the participle
    modifies its object (amod), so the release is the act and the detention no new event."""
    if part.lemma_.lower() not in _STATE_PARTICIPLES or part.i == part.sent.start:
        return
    verb = part.doc[part.i - 1]
    obj = next((c for c in part.children if c.dep_ == "dobj" and c.i > part.i), None)
    if obj is not None and _after_particle(part, verb):  # "hand back detained sailors"
        for c in list(part.children):
            c.head = verb.head
        obj.dep_ = "dobj"
        part.head = obj
        part.dep_ = "amod"
        return
    if obj is not None and _complement_participle(part, verb):  # "refused to release
        obj.head = verb  # detained sailors"
        obj.dep_ = "dobj"
        part.head = obj
        part.dep_ = "amod"
        return
    subj_acl = verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.i == part.i
    if obj is None or (verb.head.i != part.i and not subj_acl) or verb.pos_ != "VERB":
        return  # (subj_acl: "the minister released detained ...", "released" read as acl)
    if verb.tag_ not in ("VBD", "VBN"):
        return
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return
    if part.head.i == part.i:
        verb.head = verb
        verb.dep_ = "ROOT"
    else:
        verb.head = part.head
        verb.dep_ = part.dep_
    for c in list(part.children):
        if c.i not in (obj.i, verb.i):
            c.head = verb
    obj.head = verb
    obj.dep_ = "dobj"
    part.head = obj
    part.dep_ = "amod"


def _after_particle(part: Token, prt: Token) -> bool:
    """ "Calls to hand back detained Cuban pilots": after a phrasal verb's particle, the parser
    may read the participle as a verb of its own (conjoined with the main verb) holding the
    object; the phrasal verb has no object of its own, so the participle modifies it."""
    verb = prt.head
    return (
        prt.dep_ == "prt"
        and verb.pos_ == "VERB"
        and verb.i < prt.i
        and not any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in part.children)
    )


def _complement_participle(part: Token, verb: Token) -> bool:
    """ "Refused to release detained sailors", "returned captured soldiers": the parser makes
    the participle the verb's complement (xcomp, ccomp) or a second verb (conj) holding the
    object; it modifies the object."""
    return (
        part.dep_ in ("xcomp", "ccomp", "conj")
        and part.head.i == verb.i
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "ccomp") and c.i != part.i for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in part.children)
    )


def in_name(noun: Token, cands: tuple[Trigger, ...]) -> bool:
    """ "The North Atlantic Treaty Organization", "the Paris Agreement": a word of a proper name
    names an organisation or a standing treaty, not a new act."""
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper():
        return False
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
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
        preds += [g for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "ADJ")]
        words = {p.lemma_.lower() for p in preds}
        if words & _DENYING and _owned(subj):
            return _SAY_DENIAL  # "said Kyiv's accusations were baseless" (whose: the target)
        if words & _CONDEMNING:
            return _SAY_CRITICISM
    return None


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
    if noun.pos_ in ("PROPN", "PRON"):
        return True
    return any(
        c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "ADJ") for c in noun.children
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
        if dep == "ccomp":
            if any(g.dep_ in ("aux", "auxpass") and g.lower_ in _NORM for g in c.children):
                return False  # "agree that disputes should be settled": a shared commitment
            clause = True
        elif dep == "prep" and c.lower_ == "with" and c.i > tok.i:
            clause = True
    return clause


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
