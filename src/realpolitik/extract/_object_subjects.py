"""A second clause's subject read as a second object (issue 9, parties41).

"Kenya expelled two Ugandan journalists and Uganda's embassy complained", "Chile detained three
Peruvian fishermen and Peru's ambassador protested the arrests": without a comma before "and",
the parser conjoins the second clause's subject to the first clause's object ("journalists and
Uganda's embassy") and leaves the second verb with no subject, as the sentence's root over the
first clause or as its subjectless conjunct. The embassy was then expelled, and its complaint
lost. A finite verb right after a conjoined possessed noun phrase ("Y's embassy", "its envoy"),
with no subject of its own, is that noun's predicate: the noun becomes its subject and the verb
the first verb's conjunct (a noun with no possessor stays: "kept the A and B border posts
shut"). The parser may also give the second verb its subject but take the whole first clause as
what it says ("complained [India expelled a diplomat]"), the "and" left on the first clause's
object: the first clause is then the root again, the second its conjunct (not a report of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from realpolitik.extract._dependents import label_ids
from realpolitik.extract._tree import (
    sentence_deps,
    sentence_forms,
    tag_hashes,
    tagged,
    tokens_with_lemma,
)
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Acts done to another state's people, to which that state's office answers in a second clause
# ("detained two Italian sailors and Italy's ambassador protested"): never verbs of saying,
# whose clause may well have two subjects ("said Ugandan citizens and Uganda's envoy met").
ACTS_ON_PEOPLE = frozenset(
    {"detain", "arrest", "expel", "deport", "seize", "jail", "imprison", "capture", "abduct",
     "kidnap", "sentence", "convict", "execute", "kill", "shoot", "hold", "intercept", "board"}
)  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_CONJ = label_ids(("conj",))
_CONJ_ID = get_string_id("conj")
_CCOMP_ID = get_string_id("ccomp")
_HUNG = label_ids(("conj", "advcl"))
# Verbs that take a clause with no "that" ("said imports of A and B rose"): their clause stays.
_CLAUSE_VERBS = frozenset(
    {"say", "tell", "add", "state", "announce", "declare", "insist", "argue", "claim", "note",
     "report", "confirm", "believe", "think", "know", "fear", "hope", "expect", "suggest", "show",
     "warn", "feel", "predict", "estimate", "deny", "admit", "acknowledge", "reveal", "find",
     "mean", "ensure", "see", "hear", "allege", "assert", "agree", "decide", "realise", "realize",
     "understand", "learn", "indicate", "signal", "stress", "demand", "propose", "recommend",
     "ask", "urge", "doubt", "wonder", "guess", "imply", "complain", "wish", "prefer", "write"}
)  # fmt: skip


def _stranded_verb(noun: Token) -> Token | None:
    """The finite verb right after ``noun``'s phrase, if it has no subject."""
    nxt = noun.right_edge.i + 1
    if nxt >= noun.sent.end:
        return None
    verb = noun.doc[nxt]
    if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return verb


def object_conjoined_subject(sent: Span) -> None:
    """ "X expelled Y-ian journalists and Y's embassy complained": the embassy the subject of
    "complained", "complained" the conjunct of "expelled"."""
    if "and" not in sentence_forms(sent):
        return  # (no walk over a sentence without the conjunction)
    doc = sent.doc
    labels = sentence_deps(sent)
    lo = sent.start
    for noun in [doc[i] for i, d in enumerate(labels, lo) if d in _CONJ]:  # (no Token per word)
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "poss" for c in noun.children):
            continue  # ("kept the A and B border posts shut": "shut" their complement)
        obj = noun.head
        first = obj.head
        if obj.dep_ != "dobj" or first.pos_ not in ("VERB", "AUX"):
            continue
        second = _stranded_verb(noun)
        if second is None:
            continue
        # (The second verb hangs as the first's conjunct, or as its clause or adverbial clause
        # with a capital as the doer, "Buenos Aires detained ... and Italy's ambassador
        # protested" (leftovers38); or it is the root over the first clause.)
        hung = second.dep_ == "conj" or (
            second.dep_ in ("ccomp", "advcl") and first.lemma_.lower() in ACTS_ON_PEOPLE
        )
        if not (hung and second.head.i == first.i) and not (
            second.head.i == second.i and first.dep_ == "ccomp" and first.head.i == second.i
        ):
            continue
        heads, deps = tree_of(sent)
        if second.head.i == second.i:  # the second verb was the root over the first clause
            heads[first.i], deps[first.i] = first.i, "ROOT"
            for c in second.children:
                if c.dep_ == "punct" and c.i > second.i:
                    heads[c.i] = first.i
        heads[second.i], deps[second.i] = first.i, "conj"
        heads[noun.i], deps[noun.i] = second.i, "nsubj"
        for c in obj.children:
            if c.dep_ == "cc" and obj.i < c.i < noun.i:
                heads[c.i] = first.i
        _write_tree(sent, heads, deps)
        return
    # The parts below each need a label in the sentence (a clause for the first three, a
    # conjunct for the last two): the labels are read once, and again after a part moved them.
    if _CCOMP_ID in labels and _said_first_clause(sent):
        labels = sentence_deps(sent)
    if _CCOMP_ID in labels and _object_as_subject(sent):
        labels = sentence_deps(sent)
    if _CCOMP_ID in labels and _CONJ_ID in labels and _name_as_subject(sent, labels):
        labels = sentence_deps(sent)
    if _CONJ_ID in labels:
        _stranded_name_subject(sent, labels)


def _said_first_clause(sent: Span) -> bool:
    """ "X expelled a Y-ian diplomat and Y's ministry complained" read as the complaint's
    content: the "and" right before the root's subject hangs inside the first clause."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if subj is None or first is None or root.tag_ not in _FINITE or first.tag_ not in _FINITE:
        return False
    before = subj.left_edge.i - 1
    if before <= first.i or sent.doc[before].lower_ != "and" or first.right_edge.i != before:
        return False
    heads, deps = tree_of(sent)
    heads[first.i], deps[first.i] = first.i, "ROOT"
    heads[root.i], deps[root.i] = first.i, "conj"
    heads[before], deps[before] = first.i, "cc"
    for c in root.children:
        if c.dep_ == "punct" and c.i > root.i:
            heads[c.i] = first.i
    _write_tree(sent, heads, deps)
    return True


def _object_as_subject(sent: Span) -> bool:
    """ "Kenya detained Ugandan citizens(,) and Uganda's high commission protested" read as
    "detained [citizens and the commission protested]": the first verb of an act on people has
    no object, and the clause hung on it starts right after it with a subject followed by "and"
    and a possessed noun ("Uganda's high commission") that is, or is conjoined to, that
    clause's subject. The first subject is the first verb's object, the possessed noun the
    second verb's only subject, and the second verb the first's conjunct (leftovers38)."""
    for first in tokens_with_lemma(sent, ACTS_ON_PEOPLE):  # (no walk over every token)
        if first.lemma_.lower() not in ACTS_ON_PEOPLE or first.pos_ != "VERB":
            continue
        if any(c.dep_ == "dobj" for c in first.children):
            continue
        second = next((c for c in first.children if c.dep_ == "ccomp" and c.i > first.i), None)
        if second is None or second.tag_ not in _FINITE:
            continue
        subjects = [c for c in second.children if c.dep_ == "nsubj" and c.i < second.i]
        if not subjects or subjects[0].left_edge.i != first.i + 1:
            continue
        obj = subjects[0]
        owned = [c for c in obj.children if c.dep_ == "conj"] + subjects[1:]
        noun = next((n for n in owned if any(k.dep_ == "poss" for k in n.children)), None)
        if noun is None or noun.right_edge.i + 1 != second.i:
            continue
        cc = next((k for k in sent.doc[obj.i + 1 : noun.left_edge.i]
                   if k.lower_ == "and"), None)  # fmt: skip
        if cc is None or any(n is not noun for n in owned):
            continue
        heads, deps = tree_of(sent)
        heads[obj.i], deps[obj.i] = first.i, "dobj"
        heads[noun.i], deps[noun.i] = second.i, "nsubj"
        heads[second.i], deps[second.i] = first.i, "conj"
        for k in sent.doc[obj.i + 1 : noun.left_edge.i]:
            if k.head.i in (obj.i, second.i) and k.dep_ in ("cc", "punct"):
                heads[k.i] = first.i
        _write_tree(sent, heads, deps)
        return True
    return False


def _before_adverbs(verb: Token) -> int:
    """The token before ``verb`` and its own adverbs ("France sharply criticised": France)."""
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].dep_ == "advmod" and verb.doc[i].head.i == verb.i:
        i -= 1
    return i


def _national_body(noun: Token) -> bool:
    """ "the Australian government": a definite noun with a capitalised (national) modifier."""
    kids = list(noun.children)
    return any(k.dep_ == "det" and k.lower_ == "the" for k in kids) and any(
        k.dep_ == "amod" and k.text[:1].isupper() and k.i > kids[0].i for k in kids
    )


def _name_as_subject(sent: Span, labels: list[int]) -> bool:
    """ "Nigeria banned imports of Kenyan beef and Kenya criticised the decision" read as
    "banned [imports of beef and Kenya criticised ...]": a verb that takes no clause, with no
    object, and a clause hung on it whose subject starts right after it and ends in "and" plus
    a name (the name right before the clause's verb). The subject is the first verb's object,
    the name the second verb's subject, the second verb the first's conjunct (seeds41)."""
    doc = sent.doc
    # (the heads of the sentence's clauses, ``labels`` its labels: no other verb has one)
    clause_heads = {doc[i].head.i for i, d in enumerate(labels, sent.start) if d == _CCOMP_ID}
    for i in tagged(sent, tag_hashes(*_FINITE)):  # (the finite verbs: no walk)
        if i not in clause_heads:
            continue
        first = doc[i]
        if first.pos_ != "VERB" or first.tag_ not in _FINITE:
            continue
        if first.lemma_.lower() in _CLAUSE_VERBS:
            continue
        kids = list(first.children)  # (read once)
        if any(c.dep_ == "dobj" for c in kids):
            continue
        second = next((c for c in kids if c.dep_ == "ccomp" and c.i > first.i), None)
        if second is None or second.tag_ not in _FINITE:
            continue
        subjects = [c for c in second.children if c.dep_ in _SUBJECTS]
        if len(subjects) != 1 or subjects[0].dep_ != "nsubj":
            continue
        obj = subjects[0]
        if obj.left_edge.i != first.i + 1 or obj.right_edge.i != _before_adverbs(second):
            continue
        noun = sent.doc[_before_adverbs(second)]
        if noun.dep_ != "conj" or noun.pos_ != "PROPN" or noun.head.i == noun.i:
            continue
        cc = sent.doc[noun.left_edge.i - 1]
        if cc.lower_ != "and" or noun.left_edge.i <= obj.i + 1:
            continue
        if noun.head.i == obj.i and obj.pos_ == "PROPN":
            continue  # (the name conjoined to a named subject: "A and B criticised")
        heads, deps = tree_of(sent)
        heads[obj.i], deps[obj.i] = first.i, "dobj"
        heads[noun.i], deps[noun.i] = second.i, "nsubj"
        heads[second.i], deps[second.i] = first.i, "conj"
        heads[cc.i], deps[cc.i] = first.i, "cc"
        _write_tree(sent, heads, deps)
        return True
    return False


def _stranded_name_subject(sent: Span, labels: list[int]) -> None:
    """ "Chile suspended purchases of Argentine wheat and Argentina protested the measure",
    "Japan imposed tariffs on Korean steel and South Korea denounced the step": the name is
    conjoined to a noun inside the first verb's object or phrase, and the second verb, with no
    subject, hangs on the first as its conjunct or adverbial clause. The name is the second
    verb's subject, the second verb the first's conjunct (seeds41). ``labels``: the
    sentence's labels (``sentence_deps``), read after any repair before this one."""
    doc, lo = sent.doc, sent.start
    for i in tagged(sent, tag_hashes(*_FINITE)):  # (the finite verbs: no walk)
        if labels[i - lo] not in _HUNG:
            continue  # (neither a conjunct nor an adverbial clause: no Token read)
        second = doc[i]
        if second.tag_ not in _FINITE or second.pos_ != "VERB" or second.i < 3:
            continue
        first = second.head
        if second.dep_ not in ("conj", "advcl") or first.i >= second.i or first.pos_ != "VERB":
            continue
        if any(c.dep_ in _SUBJECTS for c in second.children):
            continue
        noun = sent.doc[_before_adverbs(second)]
        if noun.dep_ != "conj" or not (noun.pos_ == "PROPN" or _national_body(noun)):
            continue
        cc = sent.doc[noun.left_edge.i - 1]
        host = noun.head
        if cc.lower_ != "and" or not first.i < host.i < cc.i or host.pos_ not in ("NOUN", "PROPN"):
            continue
        if first.lemma_.lower() in _CLAUSE_VERBS:
            continue  # ("said A and B signed": the clause the parser read may be right)
        heads, deps = tree_of(sent)
        heads[noun.i], deps[noun.i] = second.i, "nsubj"
        heads[second.i], deps[second.i] = first.i, "conj"
        heads[cc.i], deps[cc.i] = first.i, "cc"
        _write_tree(sent, heads, deps)
        return
