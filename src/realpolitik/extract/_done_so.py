"""An act done as asked: "Peru asked Spain to freeze the accounts. Spain did so on Monday".

The act an appeal or demand asks for is folded into the request (``_folding.fold_requested``):
it is asked, not done. When the next sentence says the asked state "did so" ("has done so",
"did so on Monday"), that sentence reports the act itself, with its row and code, done by the
subject of "did" (context14, fresh7's RQ). Its target is what the asked act's own phrase names
("impose sanctions on Russia"), else the state that asked (``parties.done_so``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._found import Found
from realpolitik.extract._words import REQUEST_ROOTS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUN = "N"
_SO = "so"


def done_so(tok: Token) -> bool:
    """ "did so", "has done so", "will do so": a form of "do" with "so" as its adverb and a
    subject of its own."""
    if tok.lemma_.lower() != "do" or tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(tok.children)
    return any(k.dep_ == "advmod" and k.lower_ == _SO for k in kids) and any(
        k.dep_ in ("nsubj", "nsubjpass") for k in kids
    )


class AskedActs:
    """The acts the sentence read last asked for, for a "did so" in the next one."""

    def __init__(self) -> None:
        self.last: list[Found] = []  # the last sentence's triggers, folded in place since

    def _asked(self) -> list[Found]:
        """The last sentence's requested verbs (folded into an appeal or demand verb)."""
        return [
            f for f in self.last
            if f.absorbed and f.controller is not None and f.entry.pos != _NOUN
            and f.controller.code[:2] in REQUEST_ROOTS
        ]  # fmt: skip

    def done(self, sent: Span, found: list[Found]) -> list[Found]:
        """``found`` with the asked act added at each "did so" of ``sent``; ``found`` is kept
        (the list the caller folds next) for the next sentence."""
        asked = self._asked()
        self.last = found
        found += elided_conjuncts(found)
        if not asked:
            return found
        taken = {f.tok.i for f in found}
        for t in sent:
            if t.i not in taken and done_so(t):
                found.append(Found(t, asked[-1].entry, asked[-1].code, done_for=asked[-1].tok))
        found.sort(key=lambda f: f.tok.i)
        return found


# Verbs that stand for the predicate of the clause before ("but his partners have").
_PRO_VERBS = frozenset({"have", "do", "be", "will", "can", "would", "should"})
_BARE_DEPS = frozenset({"nsubj", "punct", "cc", "advmod"})
_NEGATIONS = frozenset({"not", "n't", "never"})


def elided_conjuncts(found: list[Found]) -> list[Found]:
    """ "Kenya's president has not asked London for money, but his coalition partners have":
    the bare auxiliary conjoined after a negated act stands for that act, done by its own
    subject and not negated (fresh8's EL); each is a found act of its own, with the first
    act's row and code, its target read from the first act's phrase (``parties.done_so``)."""
    out = []
    for f in found:
        if f.entry.pos == _NOUN or not any(
            k.dep_ == "neg" and k.lower_ in _NEGATIONS for k in f.tok.children
        ):
            continue
        for k in f.tok.children:
            kids = list(k.children)
            if (
                k.dep_ == "conj" and k.i > f.tok.i and k.lemma_.lower() in _PRO_VERBS
                and all(c.dep_ in _BARE_DEPS for c in kids)
                and any(c.dep_ == "nsubj" for c in kids)
                and not any(c.lower_ in _NEGATIONS for c in kids)
            ):  # fmt: skip
                out.append(Found(k, f.entry, f.code, done_for=f.tok))
    return out
