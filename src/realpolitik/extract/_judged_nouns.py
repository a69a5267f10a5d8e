"""An act noun judged or left untouched names no new act (issue 9, clauses35: fresh23's E, F).

"Austria's pledges to Slovenia this year have been generous on paper", "Norway's aid to Malawi
has been modest", "Norwegian funding for the clinics was not affected", "Chile's support for
Peru remained unaffected": the clause judges a standing commitment, aid or tie, or tells that a
cut passed it by; the noun names no pledge, aid or cooperation made here (GUIDE rule 1: the
act noun is the scene of the judgement). Only a commitment, cooperation or aid noun (03, 06,
07) as the subject of "be / remain / seem / prove" with an adjective that has no clause of its
own ("is due to rise": the aid ahead, possible), or of a passive "affected / spared / touched /
exempted"; "the aid arrived", "talks were held" stay events, and so do visits, meetings,
threats (``_judged_threats`` reads those) and verbal support ("Western support for Ukraine
remains strong": a standing endorsement, 051). An outcome judged is the same judgement (clauses38,
fresh26's H): "NAME's promise to spread X's trade beyond Z has yet to bear fruit", "X's pledges
have produced little", "the aid plan stalled" weigh what a standing commitment brought.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_COPULAS = frozenset({"be", "remain", "seem", "appear", "prove", "look", "stay"})
_UNTOUCHED = frozenset({"affect", "spare", "touch", "exempt"})
_JUDGED_ROOTS = frozenset({"03", "06", "07"})
_JUDGEMENTS = frozenset({"acomp", "oprd", "xcomp"})  # ("have proved hollow": an oprd)
# An adjective with an act of its own is no judgement: "is due / set / likely to rise" (the aid
# ahead, possible: lex22).
_CLAUSES = frozenset({"xcomp", "ccomp", "advcl"})
# Verbs that judge what a commitment brought: "has yet to bear fruit", "produced little",
# "stalled" (with the object words that make them a judgement, where they need one).
_OUTCOMES = frozenset({"bear", "yield", "produce", "deliver"})
_OUTCOME_OBJECTS = frozenset({"fruit", "result", "little", "nothing", "much"})
_FAILINGS = frozenset({"fizzle", "stall", "falter", "founder", "flounder", "languish"})


def judged_act_noun(f: Found) -> bool:
    """An act noun judged by an adjective or left untouched by a cut (see the module)."""
    tok = f.tok
    if f.entry.pos != "N" or f.code[:2] not in _JUDGED_ROOTS:
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ == "nsubjpass":
        return lemma in _UNTOUCHED
    if tok.dep_ == "nsubj" and _judged_outcome(verb):
        return True
    if tok.dep_ != "nsubj" or lemma not in _COPULAS:
        return False
    kids = list(verb.children)
    if any(c.dep_ in _CLAUSES for c in kids):
        return False
    return any(
        c.dep_ in _JUDGEMENTS
        and c.pos_ == "ADJ"
        and not any(g.dep_ in _CLAUSES for g in c.children)
        for c in kids
    )


def _judged_outcome(verb: Token) -> bool:
    """ "has yet to bear fruit", "has produced little", "stalled": the subject's outcome judged
    (the verb, or the infinitive it takes)."""
    for v in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        lemma = v.lemma_.lower()
        if lemma in _FAILINGS:
            return True
        if lemma in _OUTCOMES and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _OUTCOME_OBJECTS for c in v.children
        ):
            return True
    return False
