"""Parse repairs run on a sentence before its triggers are read (:func:`repair_labels`): a
labelled object the parser read as a clause ("called Pyongyang's test a grave provocation"),
and the token repairs chosen by the sentence's words: state participles, hedge nouns over an
act's phrase, a verbless root, role holders, visits, welcomes and object infinitives. Split
from :mod:`realpolitik.extract._readings`, which re-exports what other modules import from it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from realpolitik.extract._apposed_verb import apposed_verb_root
from realpolitik.extract._contrast import repair_contrast_subject
from realpolitik.extract._pos import NOMINAL, NOUN, VERB
from realpolitik.extract._role_repairs import (
    _RECEIVING_VERBS,
    OBJECT_CONTROL,
    object_infinitive,
    role_holder,
    visiting_object,
    welcomed_to,
)
from realpolitik.extract._tree import sentence_words, tokens_with_lemma
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_DOUBLE_OBJECT = frozenset({"call", "brand", "label", "term", "dub", "deem"})


def repair_labels(sent: Span) -> None:
    """ "Seoul called Pyongyang's missile test a grave provocation": the parser often reads the
    object as a clause ("test" a ccomp holding "provocation" as its object). Repaired in place:
    the first noun is the verb's object, the second its label (oprd), so that the labelled act
    is the call's object and the label no act of its own. Preconditions: only the clauses
    (ccomp) of a verb of naming are read (no step makes or unmakes one), and where the only
    token repair is the lemma's, only the tokens of its lemmas."""
    words = sentence_words(sent)  # each repair walks the tokens only when its words are there
    for tok in _double_object_clauses(sent) if not _DOUBLE_OBJECT.isdisjoint(words) else ():
        if tok.dep_ != "ccomp" or tok.pos not in NOMINAL:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _DOUBLE_OBJECT or verb.i > tok.i:
            continue
        label = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if label is None:
            continue
        relabel(tok, "dobj")
        relabel(label, "oprd", verb)
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
    if tok.lemma_.lower() not in _HEDGE_NOUNS or tok.pos != NOUN:
        return
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    act = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if act is None or act.pos != NOUN:
        return
    for c in list(tok.children):
        if c.dep_ == "prep" and c.lower_ in _ACT_PREPS and c.i > act.i:
            relabel(c, head=act)


_SUBJECT_LIKE = frozenset({"nsubj", "nmod", "npadvmod", "compound"})


def _verbless_root(sent: Span) -> None:
    """ "Islamabad hosted mediated talks between A and B", "The Syrian minister mediated talks
    ...": the parser may read the whole sentence as one noun phrase, the verb an adjective
    (amod) of its object and the doer a modifier. Repaired in place when the sentence has no
    verb of its own: the first past-tense verb before the head noun governs, the noun is its
    object and the name before the verb its subject."""
    root = sent.root
    if root.pos not in NOMINAL:
        return
    verb = next(
        (c for c in root.children
         if c.dep_ == "amod" and c.pos == VERB and c.tag_ in ("VBD", "VBN") and c.i < root.i),
        None,
    )  # fmt: skip
    if verb is None:
        return
    subj = next(
        (c for c in list(verb.children) + list(root.children)
         if c.dep_ in _SUBJECT_LIKE and c.i < verb.i and c.pos in NOMINAL),
        None,
    )  # fmt: skip
    if subj is None:
        return
    relabel(verb, "ROOT", verb)
    relabel(subj, "nsubj", verb)
    relabel(root, "dobj", verb)
    for c in list(root.children):  # what closes the sentence belongs to the clause
        if c.dep_ in ("punct", "npadvmod") and c.i > root.i:
            relabel(c, head=verb)


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
            relabel(c, head=verb.head)
        relabel(obj, "dobj")
        relabel(part, "amod", obj)
        return
    if obj is not None and _complement_participle(part, verb):  # "refused to release
        relabel(obj, "dobj", verb)  # detained sailors"
        relabel(part, "amod", obj)
        return
    subj_acl = verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.i == part.i
    if obj is None or (verb.head.i != part.i and not subj_acl) or verb.pos != VERB:
        return  # (subj_acl: "the minister released detained ...", "released" read as acl)
    if verb.tag_ not in ("VBD", "VBN"):
        return
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return
    if part.head.i == part.i:
        relabel(verb, "ROOT", verb)
    else:
        relabel(verb, head=part.head)
        relabel(verb, part.dep_)
    for c in list(part.children):
        if c.i not in (obj.i, verb.i):
            relabel(c, head=verb)
    relabel(obj, "dobj", verb)
    relabel(part, "amod", obj)


def _after_particle(part: Token, prt: Token) -> bool:
    """ "Calls to hand back detained Cuban pilots": after a phrasal verb's particle, the parser
    may read the participle as a verb of its own (conjoined with the main verb) holding the
    object; the phrasal verb has no object of its own, so the participle modifies it."""
    verb = prt.head
    return (
        prt.dep_ == "prt"
        and verb.pos == VERB
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
        and verb.pos == VERB
        and not any(c.dep_ in ("dobj", "ccomp") and c.i != part.i for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in part.children)
    )
