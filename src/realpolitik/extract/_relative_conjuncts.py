"""Parse repair: "Tanzania's president thanked Kenya's president, whose own country was hit by
floods last year, and offered to send engineers" (issue 9 round 19, parties25: fresh13's
class GP, where the offer was lost).

The parser may hang the verb after ", and" on the verb of the set-off relative clause before
it, as if the relative clause went on ("whose country was hit ... and offered"): the offer then
has no subject and is dropped. A set-off relative clause (", whose / who / which ...") ends at
its closing comma; a verb after that comma and "and", with no subject of its own and the tense
of the main verb, is the main verb's conjunct and shares its subject. So is a past verb after
"and" that ends a restrictive relative clause in the present ("the Icelanders who commute
each day and phoned X": clauses30, fresh18's PU). A clause with a subject of its own after
a closed ", one of whom ..." (tagged relcl or acl) is the main verb's conjunct too: "granted
asylum to two generals, one of whom ran the army, and Baghdad accused Amman" (wire11).
Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_forms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_WH = frozenset({"who", "whose", "which", "whom"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PRESENT = frozenset({"VBZ", "VBP"})
_PHRASE_DEPS = frozenset({"prep", "pobj", "dobj", "oprd", "attr"})
_PHRASE_CLIMB = 4
_RELATIVES = frozenset({"relcl", "acl"})
_QUANTIFIED_WH = 3  # ", one of whom", ", most of which", ", all three of whom": the comma's reach


def relative_conjunct(sent: Span) -> None:
    """Re-hang ", and V-ed" from a set-off relative clause's verb onto the main verb."""
    if _WH.isdisjoint(sentence_forms(sent)) or "and" not in sentence_forms(sent):
        return  # (most sentences: no walk over their tokens)
    for verb in sent:
        if verb.dep_ != "conj" or verb.head.dep_ not in _RELATIVES or verb.tag_ not in _FINITE:
            continue
        rel = verb.head
        main = _main_of(rel)
        if main is None or main.tag_ != verb.tag_:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children) or rel.dep_ == "acl":
            # ", one of whom ran Iraq's weapons programmes, and Baghdad accused Amman": a
            # clause with its own subject after the closed relative is the main clause's
            # conjunct (wire11, practice27 AC; the parser may tag the relative "acl")
            subj = _own_subject(verb)
            if subj is None or not (_closed_before(subj.left_edge, rel) and _set_off(rel)):
                continue
        elif not (_closed_before(verb, rel) and _set_off(rel)) and not _tense_break(verb, rel):
            continue
        heads, deps = tree_of(sent)
        heads[verb.i] = main.i
        for c in rel.children:
            if c.dep_ in ("cc", "punct") and c.i < verb.i and c.i > _last_word(rel, verb):
                heads[c.i] = main.i
        _write_tree(sent, heads, deps)
        return


def _main_of(rel: Token) -> Token | None:
    """The verb whose argument the relative clause's noun is ("thanked [X's president, whose
    ...]")."""
    noun = rel.head
    if noun.dep_ not in ("dobj", "nsubj", "pobj", "dative"):
        return None
    verb = noun.head
    # ("a setback for [the Icelanders who ...]", "the plight of [the workers who ...]": up the
    # "for / of" phrases and their nouns to the verb over them)
    for _ in range(_PHRASE_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _PHRASE_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.i < rel.i else None


def _last_word(rel: Token, verb: Token) -> int:
    """The last token of the relative clause proper (before the conjunct's comma and "and")."""
    return max((t.i for c in rel.children if c.i < verb.i and c.dep_ not in ("cc", "punct")
                for t in c.subtree), default=rel.i)  # fmt: skip


def _closed_before(verb: Token, rel: Token) -> bool:
    """A comma, then "and", right before the conjunct (or before its own subject's first
    word): the relative clause ended there."""
    doc = verb.doc
    i = verb.i - 1
    while i > rel.i and doc[i].pos_ == "ADV":
        i -= 1
    return i - 1 > rel.i and doc[i].lower_ == "and" and doc[i - 1].text == ","


def _tense_break(verb: Token, rel: Token) -> bool:
    """ "called the checks a setback for the Icelanders who commute each day and phoned X":
    a restrictive relative clause in the present ends where "and" brings a past verb, the
    main verb's tense (clauses30: fresh18's PU); the people who commute did not phone."""
    doc = verb.doc
    return (
        rel.tag_ in _PRESENT
        and verb.tag_ == "VBD"
        and verb.i > 0
        and doc[verb.i - 1].lower_ == "and"
    )


def _set_off(rel: Token) -> bool:
    """The relative clause opens with ", who / whose / which" after its noun, or with a
    quantified wh-phrase (", one of whom", ", most of which": wire11)."""
    doc = rel.doc
    first = min(t.i for t in rel.subtree)
    if first > 0 and doc[first].lower_ in _WH and doc[first - 1].text == ",":
        return True
    # (", one of whom": the parser may hang words before the comma on the relative's subject)
    subj = next((c for c in rel.children if c.dep_ in _SUBJECTS and c.i < rel.i), None)
    if subj is None:
        return False
    for t in subj.subtree:
        if t.lower_ in _WH and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i > 1:
            comma = range(max(0, t.head.i - _QUANTIFIED_WH), t.head.i)
            return any(doc[i].text == "," for i in comma)
    return False


def _own_subject(verb: Token) -> Token | None:
    """The conjunct's own subject before it, a name or noun, no relative word."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subj is None or subj.lower_ in _WH or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    return subj
