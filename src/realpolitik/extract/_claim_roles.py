"""Who holds a share and of whose whole; who sends a flow and to whom.

Subject is the share-holder or the origin of a flow (exporter, donor, sender), object the whole
or the destination: "China's share of North Korea's trade" → CHN, PRK; "North Korea sent 11,000
troops to Russia" → PRK, RUS; "China's imports from Russia" → RUS, CHN.

The holder of a share is the phrase's own subject: in "Beijing holds sway over Vientiane,
holding 70 percent of its debt" the participle's subject is Beijing (the grammatical subject of
the clause it hangs from), not the nearest country; "its" refers back to the other state named
before it (Vientiane).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from realpolitik.extract._claim_numbers import SHARE_WORD, Quantity
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ActorSpan = tuple[int, int, ActorRef]
Roles = tuple[ActorRef | None, ActorRef | None]

_CUE_BEFORE = re.compile(
    r"\b(?P<cue>from|to|for|into|with|at|against|between|and|in|of|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"'s?\b|’s?\b")
_PRONOUN_OF = re.compile(r"\s+of\s+(?:all\s+(?:of\s+)?)?(?:its|their|her|his)\b", re.IGNORECASE)
# From the number (or "share of") to the whole's owner: "of (the) [a few words]", with no
# other preposition between ("90 percent of its trade with China": China is the partner).
_OF_GAP = re.compile(
    r"\s*(?:of\s+)?(?:the\s+)?"
    r"(?:(?!(?:with|from|to|into|for|by|between|and|in|at|than|over)\b)[\w'-]+\s+){0,3}",
    re.IGNORECASE,
)
_PAIR_GAP = re.compile(r"\s*[-–/]\s*")
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")
_TO = ("to", "for", "into", "with", "at", "against")
_VALUE_MEASURES = frozenset(
    f"{t}_value" for t in ("trade", "aid", "arms", "import", "export", "investment", "debt")
)


def share_roles(
    text: str, q: Quantity, actors: list[ActorSpan], grammatical: tuple[int, int] | None
) -> Roles:
    """Object: the actor in the "of" phrase (of the number or of "share of"), or the state a
    possessive pronoun there refers back to; subject: the partner ("with"/"from"/"to"), the
    holder of "share", the clause's grammatical subject, or the nearest other actor before."""
    share = SHARE_WORD.search(text)
    anchors = [q.end] + ([share.end()] if share else [])
    obj = next(
        (
            a
            for pos in anchors
            for a in actors
            if pos <= a[0] and _OF_GAP.fullmatch(text[pos : a[0]])
        ),
        None,
    )
    pronoun = obj is None and _PRONOUN_OF.match(text, q.end) is not None
    others = [a for a in actors if obj is None or a[2].code != obj[2].code]
    subject = _nearest(q, [a for a in others if cue(text, a[0]) in ("with", "from", "to")])
    if subject is None and share:
        subject = next(
            (a for a in others if a[1] <= share.start() and _possessive(text, a[1])), None
        )
    if subject is None:
        subject = _fallback(q, others, grammatical)
    if pronoun:
        # "holding 70 percent of its debt": the state named before, other than the holder
        before = [
            a
            for a in actors
            if a[1] <= q.start and (subject is None or a[2].code != subject[2].code)
        ]
        obj = before[-1] if before else None
    return (subject[2] if subject else None, obj[2] if obj else None)


def flow_roles(
    text: str, q: Quantity, actors: list[ActorSpan], grammatical: tuple[int, int] | None
) -> Roles:
    """Subject = origin (exporter, donor, sender), object = destination."""
    measure = q.measure
    for i, a in enumerate(actors[:-1]):
        nxt = actors[i + 1]
        gap = text[a[1] : nxt[0]]
        if cue(text, a[0]) == "between" and _AND_GAP.fullmatch(gap):
            return a[2], nxt[2]  # "trade between China and Russia"
        if _PAIR_GAP.fullmatch(gap) or (measure == "trade_value" and _AND_GAP.fullmatch(gap)):
            return a[2], nxt[2]  # "China-Russia trade", "China and Russia traded"
    origins: list[ActorSpan] = []
    destinations: list[ActorSpan] = []
    owner: ActorSpan | None = None
    for a in actors:
        c = cue(text, a[0])
        after = text[a[1] : a[1] + 16].lower()
        if q.start <= a[0] and a[1] <= q.end:
            owner = owner or a  # "11,000 North Korean troops"
        elif c == "from" or (_possessive(text, a[1]) and "export" in after):
            origins.append(a)
        elif (
            c in _TO
            or (c == "in" and measure not in _VALUE_MEASURES and 0 <= a[0] - q.end < 30)
            or (_possessive(text, a[1]) and "import" in after)
        ):
            destinations.append(a)
    if owner is not None:
        dest = _nearest(q, [d for d in destinations if d[2].code != owner[2].code])
        return owner[2], dest[2] if dest else None
    subject = _nearest(q, origins)
    obj = _nearest(q, destinations)
    taken = {x[2].code for x in (subject, obj) if x is not None}
    rest = [a for a in actors if a[2].code not in taken]
    if subject is None:
        subject = _fallback(q, rest, grammatical)
        if obj is None and subject is not None:
            # "North Korea had provided Russia with several missiles"
            between = [a for a in rest if subject[1] <= a[0] and a[1] <= q.start]
            between = [a for a in between if a[2].code != subject[2].code]
            obj = between[-1] if between else None
    elif obj is None:
        before = [a for a in rest if a[1] <= q.start]
        obj = before[-1] if before else None
    return (subject[2] if subject else None, obj[2] if obj else None)


def cue(text: str, start: int) -> str:
    """The preposition right before an actor ("from", "to", "between", ...), or ''."""
    m = _CUE_BEFORE.search(text, max(0, start - 14), start)
    return m.group("cue").lower() if m else ""


def _possessive(text: str, end: int) -> bool:
    return _POSSESSIVE.match(text, end) is not None


def _nearest(q: Quantity, candidates: list[ActorSpan]) -> ActorSpan | None:
    if not candidates:
        return None
    return min(candidates, key=lambda a: abs(a[0] - q.start))


def _fallback(
    q: Quantity, actors: list[ActorSpan], grammatical: tuple[int, int] | None
) -> ActorSpan | None:
    """The grammatical subject of the number's clause, else the nearest actor before it."""
    if grammatical is not None:
        inside = [a for a in actors if grammatical[0] <= a[0] and a[1] <= grammatical[1]]
        if inside:
            return inside[0]
    before = [a for a in actors if a[1] <= q.start]
    return before[-1] if before else None


def token_at(sent: Span, char: int) -> Token | None:
    """The token at a character offset of the sentence text."""
    start = sent.start_char + char
    for t in sent:
        if t.idx <= start < t.idx + max(len(t.text), 1):
            return t
    return None


def governs(noun: Token | None, number: Token | None, hops: int = 3) -> bool:
    """Whether the count noun is the number's head (or a near ancestor): "11,000 troops"."""
    if noun is None or number is None:
        return True  # no parse to contradict the pattern
    head = number.head
    if number.i < head.i < noun.i and head.pos_ != "NOUN":
        return True  # "12 Shahed-136 drones": the number hangs from a name of the noun
    cur = number
    for _ in range(hops):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.i == noun.i:
            return True
    return False


def predicate_token(sent: Span, token: Token | None) -> Token | None:
    """The verb governing the number, for the factuality judgement ("could send 10,000 troops")."""
    if token is None:
        return sent.root if len(sent) else None
    cur = token
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else sent.root


def subject_span(
    sent: Span, predicate: Token | None, number: Token | None
) -> tuple[int, int] | None:
    """Sentence-relative character span of the grammatical subject of the number's clause,
    climbing past clauses without one ("China is X's partner, accounting for 90 percent")."""
    cur = predicate
    base = sent.start_char
    for _ in range(4):
        if cur is None:
            return None
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (number is None or child.i != number.i):
                left, right = child.left_edge, child.right_edge
                return left.idx - base, right.idx + len(right.text) - base
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ == "PROPN":
            head = cur.head  # "Beijing, which accounts for ..."
            return head.left_edge.idx - base, head.idx + len(head.text) - base
        if cur.head is cur or cur.dep_ in ("ccomp", "parataxis"):
            return None  # "Putin said that trade reached ...": the speaker holds no share
        cur = cur.head
    return None
