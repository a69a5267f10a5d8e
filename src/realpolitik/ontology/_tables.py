"""The CAMEO and PLOVER tables, read once from the package's TSV files.

The tables are the project's own files (``ontology/data/*.tsv``), written from the published
code lists: every CAMEO event code with its Goldstein weight, QuadClass, five-class ("penta")
class and PLOVER type/mode, and the 16 PLOVER event types with their modes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from realpolitik.errors import Errors, RealpolitikError


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code (2, 3 or 4 digits) and what it maps to."""

    code: str
    name: str
    root: str  # two-digit root code
    goldstein: float
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    penta: int  # 0 statement, else as quad_class
    plover: str | None
    mode: str | None
    description: str
    level: int = 1  # 0 root, 1 three-digit, 2 four-digit
    context: tuple[str, ...] = ()  # PLOVER contexts suggested by the code ("military", ...)
    goldstein_alt: float | None = None  # GDELT's published weight where given


@dataclass(frozen=True)
class PloverMode:
    plover: str
    name: str
    score: float | None
    description: str


@dataclass(frozen=True)
class PloverType:
    """One of the 16 PLOVER event types."""

    name: str
    quad_class: int
    requires_recipient: bool
    score: float
    default_cameo: str  # representative CAMEO code for events coded only in PLOVER
    description: str
    modes: tuple[PloverMode, ...]

    @property
    def mode_names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.modes)


@dataclass(frozen=True)
class _Tables:
    cameo: dict[str, CameoCode]
    plover: dict[str, PloverType]


def _rows(name: str) -> list[list[str]]:
    """Data rows of a TSV file: '#' comments and the header row dropped."""
    text = resources.files("realpolitik.ontology").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


def _opt(value: str) -> str | None:
    return value or None


@functools.cache
def _tables() -> _Tables:
    cameo: dict[str, CameoCode] = {}
    for r in _rows("cameo.tsv"):
        code, name, root, level, gold, gold_alt, quad, penta, plover, mode, context, desc = r
        cameo[code] = CameoCode(
            code=code,
            name=name,
            root=root,
            goldstein=float(gold),
            quad_class=int(quad),
            penta=int(penta),
            plover=_opt(plover),
            mode=_opt(mode),
            description=desc,
            level=int(level),
            context=tuple(c for c in context.split(";") if c),
            goldstein_alt=float(gold_alt) if gold_alt else None,
        )
    modes: dict[str, list[PloverMode]] = {}
    for p, m, score, desc in _rows("plover_modes.tsv"):
        modes.setdefault(p, []).append(PloverMode(p, m, float(score) if score else None, desc))
    types: dict[str, PloverType] = {}
    for name, quad, req, score, default, desc in _rows("plover.tsv"):
        types[name] = PloverType(
            name=name,
            quad_class=int(quad),
            requires_recipient=req == "yes",
            score=float(score),
            default_cameo=default,
            description=desc,
            modes=tuple(modes.get(name, ())),
        )
    return _Tables(cameo=cameo, plover=types)


def _normalise(code: str) -> str:
    return code.strip()


def cameo(code: str) -> CameoCode:
    """The CAMEO code record; raises E203 for codes not in CAMEO."""
    found = _tables().cameo.get(_normalise(code))
    if found is None:
        raise RealpolitikError(Errors.E203, code=code)
    return found


def is_cameo(code: str) -> bool:
    return _normalise(code) in _tables().cameo


def all_cameo() -> list[CameoCode]:
    """Every CAMEO event code in code order (roots before their children)."""
    return list(_tables().cameo.values())


def plover_types() -> list[PloverType]:
    """The 16 PLOVER event types in the ontology's order (cooperation to conflict)."""
    return list(_tables().plover.values())


def plover(name: str) -> PloverType:
    """A PLOVER event type by name (case-insensitive); raises E210 for unknown names."""
    found = _tables().plover.get(name.strip().upper())
    if found is None:
        raise RealpolitikError(Errors.E210, name=name, choices=", ".join(_tables().plover))
    return found
