"""The target of a trailing participle that performs a second formal act (fresh4 class B):
"Ghana recalled its envoy from Togo, suspending all cross-border trade" suspends trade with
Togo. ``salience.voiced_alongside`` keeps such a participle as news beside its main act."""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
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


# Person pronouns an object of a trailing participle may name the main act's person by.
_PERSON_OBJECTS = frozenset({"him", "her", "them"})


@acts_on(noun=False)
def participle_pronoun_target(s: Site, c: Candidates) -> Candidates:
    """ "Ghana declared a Togolese diplomat persona non grata, accusing him of ...", "Kenya
    expelled a Tanzanian journalist, accusing him of spying": the pronoun object of a trailing
    participle is the person the main act was done to (its placed target, the other state's),
    never the doer's own state nor no one (parties27: fresh14's PR)."""
    tok = s.tok
    if not c.sources or c.targets or s.noun:
        return c
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < tok.head.i:
        return c
    obj = s.child("dobj")
    if obj is None or obj.lower_ not in _PERSON_OBJECTS:
        return c
    got = governing_act_targets(s, c)
    head = tok.head  # "ordered X's envoy to leave the country, accusing him": the order's
    if not got.targets and head.dep_ == "xcomp" and head.head.i in s.ctx.triggers:
        act = s.ctx.triggers[head.head.i]
        own = {key(a) for a in c.sources}
        return c.with_targets([a for a in s.ctx.roles_of(act).targets if key(a) not in own], 1)
    return got
