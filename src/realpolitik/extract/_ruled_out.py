"""An act ruled out that nobody asked for is the act denied, not a refusal (issue 9, fact26:
fresh14's class RF; recurs from fresh7 on).

"Argentina imposed fees on Chilean lorries. Boric said he wanted no row with Buenos Aires and
ruled out shutting the frontier": "rule out" folds its gerund as a refusal (CAMEO 12, the
sub-code from the act, ``_folding.fold_control``), but GUIDE rule 5 asks for something to
refuse: a request, demand, proposal or expectation named in the story. With none, the act is
stated as not going to happen: the act itself, `negated`, with its own parties (CHL -> ARG 191
negated; as the refusal it took the speaker's own state as target). "Argentina asked Chile to
close the border. Chile ruled out closing it" stays the refusal (12x), aimed at the asker.

Something is on the table when another party asked for it: an appeal or demand (a trigger of
CAMEO 02 or 10, or a word of asking: "despite calls to", "asked to") in the sentence before the
ruling out, or an appeal or demand in one of the two sentences before by a state other than the
ruler's own ("Ghana summoned Togo's envoy and demanded the traders' release. Its minister
ruled out closing the border": her own side's demand asks nothing of her); or when the paragraph names a proposal ("talk of a
force for Y", "the plan for joint patrols", "the proposal") before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from realpolitik.extract._words import REQUEST_ROOTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found
    from realpolitik.extract._mentions import DocActors
    from realpolitik.extract.parties._model import EarlierAct

# Verbs that rule out an act ("ruled out closing the border", "excluded sending troops").
_RULING_OUT = frozenset({"rule", "exclude"})
_REFUSAL_ROOT = "12"
# Words that name a request or an expectation in the ruling out's own sentence.
_ASKING_WORDS = frozenset(
    {"ask", "urge", "demand", "call", "request", "appeal", "plea", "pressure", "press",
     "proposal", "propose", "suggest", "suggestion", "expect", "expectation", "insist"}
)  # fmt: skip
_ASKED_SENTENCES = 2  # the sentences before whose appeals or demands the ruling out may answer
# Nouns of a proposal on the table, with the phrase that names what is proposed ("talk of a
# force", "the plan for joint patrols", "a proposal to send troops").
_PROPOSALS = frozenset({"proposal", "plan", "idea", "talk", "suggestion", "offer", "initiative"})
_PROPOSED = frozenset({"prep", "acl", "relcl"})


def _rules_out(tok: Token) -> bool:
    """ "ruled out", "excluded" (not "ruled that ...")."""
    lemma = tok.lemma_.lower()
    if lemma not in _RULING_OUT:
        return False
    return lemma != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _asked_here(f: Found, found: Sequence[Found]) -> bool:
    """The ruling out's sentence names a request or an expectation before it."""
    if any(g is not f and g.code[:2] in REQUEST_ROOTS and g.tok.i < f.tok.i for g in found):
        return True
    sent = f.tok.sent
    return any(t.lemma_.lower() in _ASKING_WORDS for t in sent if t.i != f.tok.i)


def _proposed_before(f: Found) -> bool:
    """The paragraph names a proposal before the ruling out ("talk of a naval patrol for Y")."""
    return any(
        t.lemma_.lower() in _PROPOSALS
        and t.pos_ == "NOUN"
        and any(c.dep_ in _PROPOSED for c in t.children)
        for t in f.tok.doc[: f.tok.i]
    )


def _ruler_states(f: Found, actors: DocActors) -> set[str]:
    """The states of the ruling out's subject (of the verb it is conjoined to, when it has none
    of its own); empty when no state is known."""
    verb = f.tok
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return set()
    return {a.ref.country for a in actors.resolve(subj) if a.ref.country}


def _asked_before(f: Found, earlier: Sequence[EarlierAct], index: int, actors: DocActors) -> bool:
    """One of the two sentences before holds an appeal or demand by a state other than the
    ruler's (or by anyone, when the ruler's state is not known)."""
    lo = index - _ASKED_SENTENCES
    asks = [a for a in earlier if a.root in REQUEST_ROOTS and a.trigger // 10_000 >= lo]
    if not asks:
        return False
    own = _ruler_states(f, actors)
    return not own or any((a.source.country or a.source.code) not in own for a in asks)


def unrequested_rule_outs(
    found: Sequence[Found], earlier: Sequence[EarlierAct], index: int, actors: DocActors
) -> None:
    """Undo the refusal reading of a "ruled out V-ing" that answers no request: the ruled-out
    act comes back, negated, and the ruling out is no event of its own. ``earlier``: the acts
    of the document's earlier sentences; ``index``: this sentence's place in the document."""
    for f in found:
        if f.absorbed or f.code[:2] != _REFUSAL_ROOT or not _rules_out(f.tok):
            continue
        inner = next((g for g in found if g.controller is f and g.absorbed), None)
        if inner is None or _asked_here(f, found) or _proposed_before(f):
            continue
        if _asked_before(f, earlier, index, actors):
            continue
        inner.absorbed = False
        inner.controller = None
        inner.negated = True
        f.absorbed = True


__all__ = ["unrequested_rule_outs"]
