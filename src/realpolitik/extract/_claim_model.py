"""What the claim readers share: a :class:`Statement` (a claim found from words rather than a
figure), the sentence's state actors looked up by token (:class:`_Actors`) and the verb that
governs a token. Split from :mod:`realpolitik.extract._claim_statements` so that its role and
treaty readers and the UN vote reader (``_vote_claims.py``) share them."""

from __future__ import annotations

from dataclasses import dataclass

# At run time: a class compiled by mypyc reads its fields' types (scripts/compile_rules.py).
from spacy.tokens import Span, Token

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._pos import VERBAL
from realpolitik.models import ActorRef, Comparator

ActorSpan = tuple[int, int, ActorRef]


@dataclass(frozen=True)
class Statement:
    """A claim found from words rather than a figure (a rank, an alliance, a vote share)."""

    measure: str
    subject: ActorRef | None
    object: ActorRef | None
    value: float
    unit: str
    start: int  # sentence-relative characters of the words that carry it
    end: int
    token: Token | None  # the verb that governs it, for factuality
    comparator: Comparator = "="
    qualifier: str | None = None
    precision: float | None = None
    since: bool = False  # "since 1961": the period runs to the present
    scope: str | None = None  # a product the ranking is limited to ("supplier of crude oil")


class _Actors:
    """The sentence's state actors, looked up by token."""

    def __init__(self, sent: Span, states: list[ActorSpan]) -> None:
        self.sent = sent
        self.base = sent.start_char
        self.states = states

    def of(self, tok: Token) -> ActorSpan | None:
        pos = tok.idx - self.base
        return next((a for a in self.states if a[0] <= pos < a[1]), None)

    def in_subtree(self, tok: Token) -> list[ActorSpan]:
        lo = tok.left_edge.idx - self.base
        hi = tok.right_edge.idx + len(tok.right_edge.text) - self.base
        return [a for a in self.states if lo <= a[0] and a[1] <= hi]

    def group(self, tok: Token) -> list[ActorSpan]:
        """The actor of a token and of its conjuncts ("China and North Korea")."""
        out: list[ActorSpan] = []
        for t in [tok, *conjuncts(tok)]:
            a = self.of(t)
            if a is not None and all(a[2].code != b[2].code for b in out):
                out.append(a)
        return out

    def before(self, pos: int, avoid: ActorSpan | None) -> ActorSpan | None:
        prior = [
            a for a in self.states if a[1] <= pos and (avoid is None or a[2].code != avoid[2].code)
        ]
        return prior[-1] if prior else None


def _governing_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(8):
        if cur.pos in VERBAL:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
