"""The target of a trailing participle that performs a second formal act (fresh4 class B):
"Ghana recalled its envoy from Togo, suspending all cross-border trade" suspends trade with
Togo. ``salience.voiced_alongside`` keeps such a participle as news beside its main act."""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._phrase_reading import governing_act_targets

# Formal acts a trailing participle performs alongside the main act ("..., suspending trade").
_FORMAL_ROOTS = frozenset({"16"})


@acts_on(noun=False, roots=_FORMAL_ROOTS)
def participle_act_target(s: Site, c: Candidates) -> Candidates:
    """A trailing participle of a formal act (16x) that names no target of its own is aimed
    where the main act is."""
    tok = s.tok
    if not c.sources or c.targets or s.noun or s.root not in _FORMAL_ROOTS:
        return c
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < tok.head.i:
        return c
    return governing_act_targets(s, c)
