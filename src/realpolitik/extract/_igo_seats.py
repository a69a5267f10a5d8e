"""The seat of an international organisation named for the organisation: "Hungary urged Brussels
to release the frozen funds" asks the EU, not Belgium.

A capital that hosts an organisation is read as the organisation when the story is the
organisation's and names the host state by no other word: the document names the organisation,
or the capital's sentence speaks of what only the organisation decides (its funds, sanctions,
tariffs, membership). Otherwise the capital stays its state's ("Belgium and Chile signed a port
deal. Brussels praised it"; "talks in Brussels" is a place).
"""

from __future__ import annotations

import re
from dataclasses import replace

from realpolitik.extract._mention_parts import Mention
from realpolitik.models import ActorRef

# (host state, capital as written) -> the organisations seated there (code, name), the first the
# one its policy words name. Brussels seats the EU and NATO: the one the story names is the one
# the capital stands for (leftovers54: "NATO's chief said ... Brussels condemned the drills").
IGO_SEATS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("BEL", "brussels"): (("IGOEUREEC", "European Union"), ("IGOWSTNAT", "NATO")),
}
# Words of what the organisation, not its host state, decides (within the capital's sentence).
ORGAN_POLICY = re.compile(
    r"\b(funds?|funding|sanctions?|tariffs?|quotas?|membership|accession|enlargement|"
    r"member states?|commission|the bloc|bloc's|single market|subsid(?:y|ies))\b",
    re.IGNORECASE,
)
# A capital after these words is a place ("talks in Brussels"), not who acts.
_PLACE_WORDS = frozenset({"in", "at", "near", "outside"})
_SENTENCE_END = re.compile(r"[.!?]\s")
_SENTENCE_REACH = 600  # characters either side a sentence is looked for in


def seat_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each seat capital that stands for its organisation re-read as it."""
    seats = [m for m in mentions if m.kind == "capital" and _seat(m) is not None]
    if not seats:
        return mentions
    hosts = {m.ref.country for m in mentions if m.kind != "capital" and m.ref.country}
    out = []
    for m in mentions:
        seat = _seat(m) if m.kind == "capital" else None
        if seat is None or _is_place(text, m.start) or m.ref.country in hosts:
            out.append(m)  # (a story that names Belgium too: its capital is Belgium's)
            continue
        body = _body(seat, mentions, m) or (
            seat[0] if ORGAN_POLICY.search(_sentence(text, m.start, m.end)) else None
        )
        if body is not None:
            code, name = body
            out.append(replace(m, ref=ActorRef(m.ref.text, code, None, name), kind="igo"))
        else:
            out.append(m)
    return out


def _body(
    seat: tuple[tuple[str, str], ...], mentions: list[Mention], m: Mention
) -> tuple[str, str] | None:
    """The seated organisation the document names; of two, the one named last before the
    capital (else the first named after it)."""
    codes = {code for code, _ in seat}
    named = [x for x in mentions if x.ref.code in codes]
    if not named:
        return None
    before = [x for x in named if x.start < m.start]
    code = (before[-1] if before else named[0]).ref.code
    return next(b for b in seat if b[0] == code)


def _seat(m: Mention) -> tuple[tuple[str, str], ...] | None:
    return IGO_SEATS.get((m.ref.country or "", m.ref.text.lower()))


def _is_place(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _PLACE_WORDS


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start``..``end``, by its stops (before the parse)."""
    lo = max(0, start - _SENTENCE_REACH)
    prior = list(_SENTENCE_END.finditer(text, lo, start))
    lo = prior[-1].end() if prior else lo
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    return text[lo : after.start() + 1 if after else end + _SENTENCE_REACH]
