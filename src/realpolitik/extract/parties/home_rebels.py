"""A state's forces and rebels named with no state, in a story about one state, are that state's
(issue 9, leftovers54; GUIDE rule 6, "a government and its own rebels").

"Sri Lanka's president said the talks would resume. The army clashed with insurgents in the
north": "the army" and "insurgents" name no state, so the clash stayed ``---MIL`` with no
target. CAMEO codes an armed group under the state it fights in (``LKAREB``) and a state's
army fighting it at home is ``LKAMIL -> LKAREB``; a human coder reads both as the state the
story is about. Where the sentence names no state, the unplaced army, troops, security forces
or government (``---MIL``, ``---GOV``, ``---COP``) and the unplaced rebels, insurgents or
militants (``---REB``) of a pair are put in the story's state: its dateline's, else the one
state the text before names, where the story names that state's own armed group ("Sri Lanka
and the Tamil Tigers resumed talks. ... The army clashed with insurgents"), only where the
sentence names such rebels (a government's acts with no armed group in sight are other
stages'). A story that named two states or more, or one state and no armed group of its own
("The United States urged restraint. The army clashed with insurgents": whose army is not
said), is left alone; so is a sentence that names a state other than by its own armed group.
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._model import Candidates, Site

_NO_STATE = "---"
_ARMED = "REB"
_FORCES = frozenset({"MIL", "GOV", "COP"})
_STATE_LEN = 3


def story_state_rebels(s: Site, c: Candidates) -> Candidates:
    """ "... The army clashed with insurgents in the north": the story's one state's army
    against its rebels (module doc)."""
    if not c.pairs or not any(_open(a, b) for a, b in c.pairs):
        return c
    rebels, named = _sentence_parties(s)
    if rebels is None:
        return c
    state = _story_state(s, named)
    if state is None or any(code != state + _ARMED for code in named):
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        if a.ref.country not in (None, state):
            pairs.append((a, b))
            continue
        if b is None and a.ref.code[_STATE_LEN:] in _FORCES and rebels != a.tok:
            b = Arg(replace(a.ref, text="", code=_NO_STATE + _ARMED), a.quality, rebels)
        pairs.append((_placed(a, state), _placed(b, state) if b is not None else None))
    return c.with_pairs(pairs)


def _open(a: Arg, b: Arg | None) -> bool:
    """A pair with a party of no state, or a state's force or government with no target."""
    if b is None:
        return _unplaced(a) or a.ref.code[_STATE_LEN:] in _FORCES
    return _unplaced(a) or _unplaced(b)


def _unplaced(a: Arg) -> bool:
    code = a.ref.code
    return code.startswith(_NO_STATE) and code[_STATE_LEN:] in _FORCES | {_ARMED}


def _placed(a: Arg, state: str) -> Arg:
    if not _unplaced(a):
        return a
    return Arg(
        replace(a.ref, code=state + a.ref.code[_STATE_LEN:], country=state), a.quality, a.tok
    )


def _sentence_parties(s: Site) -> tuple[int | None, set[str]]:
    """The token of the sentence's first armed group ("insurgents", "the rebels", "Tamil Tiger
    rebels"), and the codes of the placed actors the sentence names (by its mentions)."""
    rebels: int | None = None
    named: set[str] = set()
    for m in s.actors.starting_in(s.ctx.start, s.ctx.end):  # (the sentence's, by bisection)
        code = m.ref.code
        if code[_STATE_LEN:] == _ARMED and rebels is None:
            rebels = _token_at(s, m.start)
        if m.ref.country and not code.startswith(_NO_STATE):
            named.add(code)
    return rebels, named


def _token_at(s: Site, offset: int) -> int | None:
    sent = s.ctx.sent
    actors = s.actors
    for tok in sent:  # (only where the sentence has an unplaced armed group: rare)
        if actors.doc_offset(tok) <= offset < actors.doc_offset(tok) + len(tok.text):
            return tok.i
    return None


def _story_state(s: Site, named: set[str]) -> str | None:
    """The dateline's state, else the one state the text before the sentence names where the
    story (or the sentence) names that state's own armed group or one of no state."""
    if s.actors.dateline is not None:
        return s.actors.dateline
    start = s.actors.doc_offset(s.ctx.sent[0])
    codes = {m.ref.code for m in s.actors.mentions if m.start < start}
    states = {code[:_STATE_LEN] for code in codes if code[:_STATE_LEN] not in (_NO_STATE, "IGO")}
    if len(states) != 1:
        return None
    state = states.pop()
    armed = {state + _ARMED, _NO_STATE + _ARMED}
    return state if armed & (codes | named) else None


__all__ = ["story_state_rebels"]
