"""The object of a verdict verb that the parser reads as a second complement (lex22).

"Benin called Niger's measure disproportionate": spaCy may hang both "measure" and
"disproportionate" on "called" as object predicates (``oprd``), so the verb has no direct object
and the rows that ask for one ("call" + an object + a judging complement: criticism, 111, GUIDE
rule 7) miss, and the one judged is no argument. Of two complements of "call", "label", "brand",
"deem" or "term", the first is a noun: it is the object, the second its predicate; so is a lone
noun complement that carries its adjective after it ("called Madrid's move arbitrary"), and an
adjective after "as" hung as an adverbial clause ("described X's move as arbitrary").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._judging_words import CRITICAL_ADJECTIVES
from realpolitik.extract._pos import VERB
from realpolitik.extract._tree import forget, has_any, tokens_with_lemma
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_VERDICT_VERBS = frozenset({"call", "label", "brand", "deem", "term"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_PAST = frozenset({"VBD", "VBN"})
_QUOTES = frozenset({"``", "''", '"'})
# Verbs whose verdict follows "as": "described X's move as arbitrary".
_AS_VERBS = frozenset(
    {"describe", "denounce", "condemn", "criticise", "criticize", "dismiss", "reject", "brand",
     "label", "term", "slam", "decry"}
)  # fmt: skip
_JUDGING = _VERDICT_VERBS | _AS_VERBS


def judged_object(sent: Span) -> None:
    """Relabel the first of a verdict verb's two ``oprd`` complements (a noun) as its object."""
    if not has_any(sent, _JUDGING):
        return  # (most sentences: no token walked)
    for verb in tokens_with_lemma(sent, _JUDGING):  # (the others: no verb of either)
        if verb.pos == VERB and verb.lemma_.lower() in _AS_VERBS:
            _as_verdict(verb)
        if verb.pos != VERB or verb.lemma_.lower() not in _VERDICT_VERBS:
            continue
        if _verdict_as_modifier(sent, verb):
            return  # (the tree was rewritten: the next parse of the sentence reads it again)
        if _object_read_as_verb(sent, verb):
            return  # (the tree was rewritten)
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        if _object_as_compound(sent, verb):
            return  # (the tree was rewritten)
        comps = [c for c in verb.children if c.dep_ == "oprd"]
        if len(comps) == 1 and _object_as_measure(sent, verb, comps[0]):
            return  # (the tree was rewritten)
        if len(comps) >= 2 and comps[0].pos_ in _NOMINAL and comps[0].i < comps[1].i:
            relabel(comps[0], "dobj")
        elif len(comps) >= 2 and _gerund_noun(comps[0]) and comps[0].i < comps[1].i:
            relabel(comps[0], "dobj")  # "called this ruling 'cruel'": the "-ing" noun (clauses42)
            comps[0].tag_, comps[0].pos_, comps[0].lemma_ = "NN", "NOUN", comps[0].lower_
            forget(sent.doc)
        elif len(comps) == 1 and comps[0].pos_ in _NOMINAL and _judged_after(comps[0]):
            relabel(comps[0], "dobj")  # "called Madrid's move arbitrary": the verdict on the noun
        elif len(comps) == 1 and _person_called(verb, comps[0]):
            relabel(comps[0], "dobj")  # "called South Korea's president to offer condolences"


def _object_as_measure(sent: Span, verb: Token, verdict: Token) -> bool:
    """ "Kyiv called the step unjustified": the parser reads "the step" as a measure phrase of
    the adjective ("[the step] unjustified", npadvmod); a noun between the verdict verb and its
    adjective is the judged object (seeds41)."""
    if verdict.pos_ != "ADJ":
        return False
    noun = next((c for c in verdict.children if c.dep_ == "npadvmod" and c.i > verb.i), None)
    if noun is None or noun.pos_ not in _NOMINAL or noun.i > verdict.i:
        return False
    heads, deps = tree_of(sent)
    heads[noun.i], deps[noun.i] = verb.i, "dobj"
    _write_tree(sent, heads, deps)
    return True


def _object_read_as_verb(sent: Span, verb: Token) -> bool:
    """ "labelled Damascus' checks a blow to Y's traders", "labelled the Philippine ban a
    betrayal": the tagger may read the judged noun as a verb whose object is the verdict noun
    ("a blow"), so the verdict verb's object is a possessive name or a demonym. A verb-tagged
    word hung on the verdict verb, with no subject, a possessive or an article (and a name or
    adjective) before it, and "a / an N" as its object, is the verdict verb's object noun and
    that N its predicate (seeds 6 and 7 of lex31's l31_called_setback)."""
    word = next(
        (c for c in verb.rights if c.pos == VERB and c.dep_ in ("dobj", "xcomp", "ccomp")), None
    )
    if word is None or word.i < 2 or any(c.dep_ in ("nsubj", "aux") for c in word.children):
        return False
    comp = next((c for c in word.children if c.dep_ == "dobj" and c.i > word.i), None)
    if comp is None or not any(c.lower_ in ("a", "an") for c in comp.lefts):
        return False
    doc = sent.doc
    before = doc[word.i - 1]
    owner = next((c for c in word.children if c.dep_ == "poss" and c.i < word.i), None)
    modifier = before if before.head.i == verb.i and before.pos_ in ("PROPN", "ADJ") else None
    if owner is None and modifier is None:
        return False
    heads, deps = tree_of(sent)
    heads[word.i], deps[word.i] = verb.i, "dobj"
    heads[comp.i], deps[comp.i] = word.i, "appos"
    if modifier is not None:
        heads[modifier.i], deps[modifier.i] = word.i, "amod"
        for c in modifier.children:
            if c.i < modifier.i:
                heads[c.i] = word.i  # ("the Philippine ban": the article the noun's)
    for c in word.children:
        if c.dep_ == "prep" and c.i > comp.i:
            heads[c.i] = verb.i  # ("a blow to Y's traders": whom the verdict names as harmed)
    _write_tree(sent, heads, deps)
    word.tag_ = "NNS" if word.lower_.endswith("s") else "NN"
    word.pos_ = "NOUN"
    forget(doc)
    return True


def _object_as_compound(sent: Span, verb: Token) -> bool:
    """ "Chilean growers called the duty unfair (and a blow to trade)": the parser may read
    "the duty unfair" as one phrase, the judged noun a compound of the verdict adjective (the
    verb's ``oprd``), so the verb has no object. A noun compound before an adjective
    complement, with the article or possessive before it, is the verb's object and the
    adjective its predicate (lex28, fresh15 CC)."""
    adj = next((c for c in verb.children if c.dep_ == "oprd" and _adjectival(c)), None)
    if adj is None or adj.i < verb.i:
        return False
    noun = next(
        (
            c
            for c in adj.lefts
            if c.dep_ in ("compound", "amod", "nsubj")
            and ((c.pos_ == "NOUN" and c.tag_.startswith("NN")) or _gerund_noun(c))
        ),
        None,
    )  # ("Slovakia's ban arbitrary": the noun may hang as a noun-tagged modifier, or as the
    # adjective's subject, "Y's new tariffs unwarranted" read as a small clause; clauses33)
    if noun is None or not _next_to(noun, adj):
        return False
    heads, deps = tree_of(sent)
    heads[noun.i], deps[noun.i] = verb.i, "dobj"
    for c in adj.lefts:
        if c.i < noun.i:
            heads[c.i] = noun.i  # ("the", "Argentina's": the noun's own words)
    _write_tree(sent, heads, deps)
    if noun.tag_ == "VBG":  # ("the ruling": a noun, as its article says)
        noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
        forget(sent.doc)
    return True


def _gerund_noun(word: Token) -> bool:
    """ "called the ruling 'harsh'": the tagger reads "ruling" as a participle modifying the
    quoted adjective (VBG, amod); an "-ing" word with its own article or possessive right
    before it is a noun, the judged one (clauses42)."""
    if word.tag_ != "VBG" or word.i == 0:
        return False
    before = word.doc[word.i - 1]
    if before.tag_ == "POS":  # ("Peru's ruling": the owner's name before its "'s")
        before = before.head
    return before.head.i in (word.i, word.head.i) and (
        before.dep_ == "poss" or before.lower_ in ("the", "this", "that", "its", "their")
    )


def _next_to(noun: Token, adj: Token) -> bool:
    """The judged noun right before its verdict, or only an opening quote between them."""
    between = noun.doc[noun.i + 1 : adj.i]
    return all(t.tag_ in _QUOTES for t in between)


# The "-less" adjectives the tagger reads as nouns after a compound ("the expulsion groundless":
# "groundless" NN): the word is the verdict, not a name given (lex29, fresh16 CC). Only "-less":
# a noun-tagged "-ive" word ("Seoul's decision counterproductive") keeps its old reading (the
# bare "call" rows, disapproval 110, lex10).
_ADJECTIVE_ENDINGS = ("less",)


def _adjectival(word: Token) -> bool:
    """An adjective, or a noun-tagged word shaped like one ("groundless") or of the class of
    critical verdicts ("the ban discriminatory": "discriminatory" NN, clauses33)."""
    if word.pos_ == "ADJ":
        return True
    return word.pos_ == "NOUN" and (
        word.lower_.endswith(_ADJECTIVE_ENDINGS) or word.lower_ in CRITICAL_ADJECTIVES
    )


def _person_called(verb: Token, comp: Token) -> bool:
    """A lone complement with a possessor ("called Korea's president on Tuesday"), or a name
    after a finite "called" with a subject ("X's president called Abdelmadjid Tebboune to
    offer condolences"): a person called, not a name given, which needs an object ("called it
    a crisis"; "a group called Hamas" is a participle) (lex25)."""
    if comp.pos_ == "NOUN":  # (not "called [Seoul's decision counterproductive]", misread
        kids = list(comp.children)  # as one noun phrase: its judged noun a compound)
        return any(c.dep_ == "poss" for c in kids) and not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids
        )
    return (
        comp.pos_ == "PROPN"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.dep_ != "acl"
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _judged_after(noun: Token) -> bool:
    """An adjective hung on the noun after it ("move arbitrary", "ban arbitrary"): English puts
    attributive adjectives before the noun, so one after it is the verdict."""
    if any(c.dep_ in ("amod", "acomp") and c.i > noun.i and c.pos_ == "ADJ" for c in noun.children):
        return True
    if any(_quoted_verdict(c) for c in noun.children if c.i > noun.i):
        return True  # "called Cuba's decision 'a scandal'" (leftovers25)
    # or on the last noun of its "of" phrase ("expulsion of the diplomats intolerable"): an
    # adjective after its own noun at the phrase's right edge is the verdict on the whole
    last = max(noun.subtree, key=lambda t: t.i)
    return (
        last.pos_ == "ADJ"
        and last.dep_ == "amod"
        and last.head.i < last.i
        and last.head.dep_ == "pobj"
        and last.head.head.head == noun
    )


def _quoted_verdict(appos: Token) -> bool:
    """A noun in quotes set after the judged noun as its apposition ("Cuba's decision 'a
    scandal'"): a quoted epithet is the verdict, not a second name of the noun."""
    if appos.dep_ != "appos" or appos.pos_ != "NOUN":
        return False
    before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    return before is not None and before.tag_ in _QUOTES and before.i > appos.head.i


def _verdict_as_modifier(sent: Span, verb: Token) -> bool:
    """ "Nigeria's foreign ministry called Brazil's move excessive": the parser may read the
    verdict verb as a participle modifying the subject noun, the sentence a noun phrase. A
    participle takes one complement ("a group called X"); with two, the verb is the finite
    verb of the sentence, the root noun its subject and the first complement its object. So
    with one noun complement that carries its verdict adjective after it ("called Uganda's
    decision heavy-handed": "a group called X" has none)."""
    noun = verb.head
    comps = [c for c in verb.children if c.dep_ == "oprd"]
    two = len(comps) >= 2 or (
        len(comps) == 1 and comps[0].pos_ in _NOMINAL and _judged_after(comps[0])
    )
    if verb.dep_ != "acl" or verb.tag_ not in _PAST or noun.dep_ != "ROOT" or not two:
        return False
    if noun.pos_ not in _NOMINAL or noun.i > verb.i:
        return False
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[noun.i], deps[noun.i] = verb.i, "nsubj"
    for c in noun.children:
        if c.dep_ == "punct" and c.i == sent.end - 1:
            heads[c.i] = verb.i  # (the full stop hangs on the new root)
    deps[comps[0].i] = "dobj"
    _write_tree(sent, heads, deps)
    verb.tag_ = "VBD"  # (a participle takes one complement: two make it the finite verb)
    forget(sent.doc)  # (a tag changed)
    return True


def _as_verdict(verb: Token) -> None:
    """ "Russia described Baku's move as arbitrary this week": the parser may hang "as
    arbitrary" on the verb as an adverbial clause, outside the verb's phrase; an adjective
    after the object, led by "as", is the verdict on it (the object's predicate, ``oprd``)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.pos_ == "ADJ"
            and c.i > verb.i
            and (
                any(g.dep_ in ("advmod", "mark", "prep") and g.lower_ == "as" for g in c.children)
                or _as_before(c)
            )
        ):
            relabel(c, "oprd")


def _as_before(adj: Token) -> bool:
    """ "described X's arrests as ill-judged": the "as" hung on the verb beside the adjective,
    right before the adjective's phrase (leftovers25)."""
    start = adj.left_edge.i
    if start == 0:
        return False
    before = adj.doc[start - 1]
    return before.lower_ == "as" and before.head == adj.head and not list(before.children)
