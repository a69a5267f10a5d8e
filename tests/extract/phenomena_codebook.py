"""A CAMEO code's phrasings as the codebook coverage suites write them (``phenomena_lex8`` to
``phenomena_lex15``, ``phenomena_classes``): one row type, so every suite builds its sentences
the same way (``phenomena_lex8.build``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """One CAMEO code's phrasings: ``base`` verb phrases (base form, ``{T}`` inside),
    ``passive`` clauses (``{T}`` ... ``by {S}``), ``nominal`` noun phrases naming the source
    (``{Sposs}`` or ``by {S}``). ``domain`` picks sources (``mil`` forces, ``dip``
    governments and leaders, ``civ`` crowds); ``answer``: the target's answering root."""

    code: str
    domain: str
    base: tuple[str, ...]
    passive: tuple[str, ...] = ()
    nominal: tuple[str, ...] = ()
    answer: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]
