"""Warnings "against" an act that name no consequence: no threat, and no warned-against act
(issue 9, clauses38: fresh26's class B; recurring.md "Warnings read as threats").

GUIDE rule 2 codes a warning as a threat (13x) only when it names a consequence the speaker will
impose; otherwise it is a plain statement, not coded. "Ivory Coast warned both governments
against deals that split the region", "cautioned Y against any move that could split the bloc",
"warned Y against projects dividing Europe" judge the thing warned against by what it would do
(the relative clause), as ``_warned_verdicts`` reads "warned that the move would undermine the
talks": nothing is held out, and the lexicon's bare 130 for "warned X against N" is no event. A
warning against the warned state's own act, named bare ("warned Y against provocations /
against any incursion", "warned Y against V-ing"), keeps the lexicon's 130: the wire set's
check half codes such a warning as CAMEO's coercive one (with the gerund form dropped too, wire
check lost a key, 0.609 -> 0.602), and so do the suite's earlier constructions. A warning that
names its consequence keeps its threat: "warned X against any attack, saying it would respond",
"warned X of retaliation" (coded 13x other than the bare 130, or with a clause of its own). The
act warned against ("closing", "any attack") is not done and is never coded, neither asserted
nor held out (it is the warning's content, as a requested act is the request's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_WARNING = frozenset({"warn", "caution"})
_AGAINST = "against"
_BARE_WARNING = "130"
# Words of a consequence the speaker would impose (the lexicon's consequence row for "warn").
_CONSEQUENCES = frozenset(
    {"consequence", "retaliation", "response", "countermeasure", "reprisal", "punishment",
     "revenge", "measure", "sanction", "action", "price", "force"}
)  # fmt: skip
# A clause on the warned-against noun that judges it by what it does: "deals that split the
# region", "projects dividing Europe".
_VERDICTS = frozenset({"relcl", "acl"})
# Children that carry a consequence of their own: "..., saying it would respond", "that ...".
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis"})


def warned_against(f: Found) -> bool:
    """ "X warned Y against V-ing / against N" with no consequence named: no threat (rule 2)."""
    tok = f.tok
    if f.code != _BARE_WARNING or f.entry.pos != "V" or tok.lemma_.lower() not in _WARNING:
        return False
    kids = list(tok.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    if not objs:
        return False
    # (the parser may hang "against" on the object: "warned the two governments against N")
    against = [c for c in kids + list(objs[0].children) if _against(c)]
    if not against:
        return False
    if any(c.dep_ in _CLAUSES for c in kids):
        return False
    if any(t.lemma_.lower() in _CONSEQUENCES for p in against for t in p.subtree):
        return False
    nouns = [c for p in against for c in p.children if c.dep_ == "pobj"]
    return any(c.dep_ in _VERDICTS for n in nouns for c in n.children)  # "deals that split"


def _against(c: Token) -> bool:
    return c.dep_ == "prep" and c.lower_ == _AGAINST


def warned_against_act(f: Found) -> bool:
    """ "warned Y against closing its border", "cautioned Y against any move": the act warned
    against is the warning's content, never done (no event of its own)."""
    tok = f.tok
    if tok.dep_ not in ("pcomp", "pobj"):
        return False
    prep = tok.head
    if prep.lower_ != _AGAINST:
        return False
    head = prep.head
    return _warning_verb(head) or (head.dep_ == "dobj" and _warning_verb(head.head))


def _warning_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _WARNING
