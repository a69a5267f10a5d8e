"""The trigger lexicon, object refinements and sector words, read once into dicts.

Extraction looks up every token's (lemma, part of speech), so the tables are plain dicts keyed
by lemma; everything is parsed and checked against the ontology at load time, never per token.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from realpolitik.ontology import is_cameo

_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}


@dataclass(frozen=True)
class Trigger:
    """One lexicon line: a lemma, its conditions and the CAMEO code it gives."""

    lemma: str
    pos: str  # V, N or A
    prt: frozenset[str]
    prep: frozenset[str]
    obj: frozenset[str]
    cameo: str
    flags: frozenset[str]

    @property
    def specificity(self) -> int:
        """More conditions = a more specific reading; ties keep file order."""
        return (1 if self.prt else 0) + (1 if self.prep else 0) + (1 if self.obj else 0)


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    refine: dict[str, tuple[tuple[frozenset[str], str], ...]]  # root -> ((words, code), ...)
    sectors: dict[str, str]


def pos_key(pos: str) -> str | None:
    return _POS.get(pos)


def _rows(name: str) -> list[list[str]]:
    path = resources.files("realpolitik.extract").joinpath("data", name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split("\t"))
    return out


def _words(value: str) -> frozenset[str]:
    return frozenset(w for w in value.split("|") if w)


def _parse_trigger(cols: list[str]) -> Trigger:
    cols = cols + [""] * (6 - len(cols))
    lemma, pos, when, code, flags = (c.strip() for c in cols[:5])
    cond: dict[str, frozenset[str]] = {"prt": frozenset(), "prep": frozenset(), "obj": frozenset()}
    for part in filter(None, when.split(",")):
        key, _, value = part.partition("=")
        if key not in cond:
            raise ValueError(f"triggers.tsv: unknown condition {part!r} for {lemma!r}")
        cond[key] = _words(value)
    if not is_cameo(code):
        raise ValueError(f"triggers.tsv: {code!r} for {lemma!r} is not a CAMEO code")
    return Trigger(
        lemma=lemma,
        pos=pos,
        prt=cond["prt"],
        prep=cond["prep"],
        obj=cond["obj"],
        cameo=code,
        flags=frozenset(f for f in flags.split(",") if f),
    )


@functools.cache
def lexicon() -> Lexicon:
    """All tables, parsed and checked once per process."""
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    for cols in _rows("triggers.tsv"):
        t = _parse_trigger(cols)
        triggers.setdefault((t.lemma, t.pos), []).append(t)
    refine: dict[str, list[tuple[frozenset[str], str]]] = {}
    for cols in _rows("refine.tsv"):
        root, words, code = (c.strip() for c in cols[:3])
        if not is_cameo(code):
            raise ValueError(f"refine.tsv: {code!r} is not a CAMEO code")
        refine.setdefault(root, []).append((_words(words), code))
    sectors = {cols[0].strip(): cols[1].strip() for cols in _rows("sectors.tsv")}
    return Lexicon(
        triggers={k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in triggers.items()},
        refine={k: tuple(v) for k, v in refine.items()},
        sectors=sectors,
    )
