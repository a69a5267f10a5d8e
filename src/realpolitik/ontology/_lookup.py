"""Lookups that extraction and the measures call per event: small, cached, no I/O."""

from __future__ import annotations

import functools
import re

from realpolitik.ontology._tables import CameoCode, _tables, cameo, plover

_WORD = re.compile(r"[a-z0-9]+")


def cameo_to_plover(code: str) -> tuple[str | None, str | None]:
    """(PLOVER type, mode) of a CAMEO code; (None, None) for plain statements (root 01)."""
    c = cameo(code)
    return c.plover, c.mode


def penta_of(code: str) -> int:
    """Five-class label: 0 statement, 1 verbal coop, 2 material coop, 3 verbal, 4 material conflict."""
    return cameo(code).penta


def quad_of(code: str) -> int:
    """QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    return cameo(code).quad_class


def goldstein_of(code: str) -> float:
    return cameo(code).goldstein


def root_of(code: str) -> str:
    return cameo(code).root


def plover_to_quad(name: str) -> int:
    """QuadClass of a PLOVER type, for events that come coded in PLOVER only."""
    return plover(name).quad_class


def plover_default_cameo(name: str, mode: str | None = None) -> str:
    """A representative CAMEO code for a PLOVER type (and mode, when one code carries it).

    PLOVER-only gold and PLOVER-first triggers still need a CAMEO code for Goldstein and
    QuadClass; the type's default is its root-level code (AGREE -> 030, AID -> 070, ...).
    """
    p = plover(name)
    if mode:
        hit = _by_plover_mode().get((p.name, mode.strip().lower()))
        if hit:
            return hit
    return p.default_cameo


@functools.cache
def _by_plover_mode() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for c in _tables().cameo.values():
        if c.plover and c.mode and c.level >= 1:
            out.setdefault((c.plover, c.mode), c.code)
    return out


@functools.cache
def _words(c: CameoCode) -> frozenset[str]:
    return frozenset(_WORD.findall(f"{c.name} {c.description}".lower()))


def search(query: str) -> list[CameoCode]:
    """Codes whose code starts with ``query`` or whose name/description hold all its words.

    Case-insensitive; a word also matches longer words it starts ("sanction" finds
    "sanctions"). An empty query returns every code.
    """
    q = query.strip().lower()
    codes = list(_tables().cameo.values())
    if not q:
        return codes
    if q.isdigit():
        return [c for c in codes if c.code.startswith(q)]
    words = _WORD.findall(q)
    if not words:
        return []
    out = []
    for c in codes:
        have = _words(c)
        if all(any(h.startswith(w) for h in have) for w in words):
            out.append(c)
    return out
