"""A business of another state named again: "the company", "the firm", "the plant's owners"
(issue 9, context22: fresh11's class X).

"Kenya's government ordered a Ugandan construction firm to stop work. Uganda's embassy said it
had urged the company to cooperate": "the company" is the Ugandan firm, not Kenya's business
(the earlier sentence's subject) nor a business of no state. A story introduces a firm with its
state ("a Ugandan construction firm", "a Chinese-owned mining company", "a Chinese-run plant")
and then names it again by a definite business noun, or by its owners ("the plant's owners",
"the mine's operators"); these are that state's business (BUS) as long as the record's last
few sentences introduced firms of that one state only. The introduction's own "company" of an
"X-owned company" is placed the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Mention
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from realpolitik.actors import ActorRegistry

_BUSINESS = "BUS"
# Nouns of a firm or its works, the head of an introduction ("a Ugandan construction firm").
_FIRM_NOUNS = (
    "company|firm|plant|mine|smelter|factory|refinery|contractor|operator|corporation|"
    "conglomerate|miner|investor|business|shop"
)
_WORDS_BETWEEN = r"(?:[a-z][a-z\-]*[ \t]+){0,2}"
# "a Ugandan construction firm", "a Chinese-owned mining company", "the Chinese-run plant".
_INTRO = re.compile(
    r"\b(?:a|an|the)[ \t]+((?:[A-Z][A-Za-z]+[ \t]+)?[A-Z][A-Za-z]+)"
    r"(?:-(?:owned|run|operated|backed|controlled|based))?"
    rf"[ \t]+{_WORDS_BETWEEN}({_FIRM_NOUNS})\b"
)
# "the company", "the firm": a definite business noun named again.
_AGAIN = re.compile(r"\bthe[ \t]+(?:mining[ \t]+|construction[ \t]+)?(company|firm)\b")
# "the plant's owners", "the mine's operators", "the company's managers".
_OWNERS = re.compile(
    r"\bthe[ \t]+(?:plant|mine|company|firm|smelter|factory|refinery)['’]s[ \t]+"
    r"(owners|operators|managers|owner|operator)\b"
)
_REACH = 700  # characters back an introduction may be (about three sentences)
_STATE_KINDS = frozenset({"demonym", "country"})
# A state's business named by a word, as "Togolese traders" is: the tagger may read "the firm"
# as an adjective, which a plain sector word's mention does not survive.
_KIND = "demonym"


def _intros(
    text: str, mentions: list[Mention], registry: ActorRegistry, date: str | None
) -> list[tuple[int, int, int, str]]:
    """(start, end, where its firm noun starts, state) of each firm the record introduces with
    its state."""
    by_start = {m.start: m for m in mentions}
    out: list[tuple[int, int, int, str]] = []
    for got in _INTRO.finditer(text):
        m = by_start.get(got.start(1))
        state = m.ref.country if m is not None and m.kind in _STATE_KINDS else None
        if state is None and m is None and "-" in got.group():
            ref = registry.resolve(got.group(1), date)
            state = ref.country if ref is not None and len(ref.code) == len("CHN") else None
        if state:
            out.append((got.start(), got.end(), got.start(2), state))
    return out


def _state_before(intros: list[tuple[int, int, int, str]], pos: int) -> str | None:
    """The one state of the firms introduced within reach before ``pos``."""
    states = {state for start, end, _, state in intros if end <= pos and pos - start <= _REACH}
    return next(iter(states)) if len(states) == 1 else None


def named_firms(
    text: str, mentions: list[Mention], registry: ActorRegistry, date: str | None
) -> list[Mention]:
    """``mentions`` with the record's firms named again placed in their state (sorted)."""
    if not any(w in text for w in ("company", "firm", "owner", "operator")):
        return mentions
    intros = _intros(text, mentions, registry, date)
    if not intros:
        return mentions
    out = list(mentions)
    for _, end, noun, state in intros:  # the introduction's own firm noun
        ref = ActorRef(text[noun:end], state + _BUSINESS, state, None)
        over = [k for k, m in enumerate(out) if m.start < end and noun < m.end]
        for k in over:
            if not out[k].ref.country and out[k].ref.code.endswith(_BUSINESS):
                out[k] = replace(out[k], ref=replace(out[k].ref, code=ref.code, country=state))
                out[k] = replace(out[k], kind=_KIND)
        if not over:
            out.append(Mention(noun, end, ref, _KIND))  # ("a Mexican-owned factory")
    taken = [(m.start, m.end) for m in out]
    for got in (*_AGAIN.finditer(text), *_OWNERS.finditer(text)):
        a, b = got.start(1), got.end(1)
        again = _state_before(intros, got.start())
        if again is None:
            continue
        ref = ActorRef(got.group(1), again + _BUSINESS, again, None)
        over = [k for k, m in enumerate(out) if m.start < b and a < m.end]
        for k in over:  # ("firm", "the firm": the tables' business of no state)
            if not out[k].ref.country and out[k].ref.code.endswith(_BUSINESS):
                out[k] = replace(out[k], ref=replace(ref, text=out[k].ref.text), kind=_KIND)
        if not over and not any(x < b and a < y for x, y in taken):
            out.append(Mention(a, b, ref, _KIND))  # (a firm word the tables do not read)
    return sorted(out, key=lambda m: m.start)


__all__ = ["named_firms"]
