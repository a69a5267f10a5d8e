"""A verbal act named by a noun on the second of two coordinated verbs: "Romania summoned
Russia's ambassador and lodged a formal protest", "the ministry summoned the Chinese envoy and
lodged a strong complaint", "... and issued a stern warning" (practice6, class CP).

``context.conjoined_act_target`` lends a conjoined verb ("... and demanded an explanation") the
aim of the act it is joined to; an event noun carried by a light verb ("lodged a protest") was
left out, so the protest had no target though the summons beside it names the state. The noun's
verb must be the conjunct itself, with no subject of its own (the same doer), the noun its
direct object with no target of its own; the aim is the joined act's targets, less the doer's
own state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child
from realpolitik.extract._words import LIGHT_VERBS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import key
from realpolitik.extract.parties.addressees import own_addressees
from realpolitik.extract.parties.nouns import carrier

if TYPE_CHECKING:
    from realpolitik.extract.parties._model import Candidates, Site

# Verbal acts a noun can name on a light verb: appeals, demands, disapproval and protests,
# rejections, threats ("lodged a protest", "issued a warning", "made a demand").
_VERBAL = frozenset({"02", "10", "11", "12", "13"})


@acts_on(noun=True, roots=_VERBAL)
def carried_conjunct_target(s: Site, c: Candidates) -> Candidates:
    """ "X summoned Y's envoy and lodged a protest": the protest is aimed where the summons is."""
    if not c.sources or c.targets or not s.noun or s.root not in _VERBAL:
        return c  # (the roots its mark names: "demanded its release" is no verbal act)
    tok = carrier(s.tok)
    verb = tok.head
    if tok.dep_ != "dobj" or verb.dep_ != "conj" or verb.lemma_.lower() not in LIGHT_VERBS:
        return c
    if child(verb, "nsubj", "nsubjpass") is not None or own_addressees(verb):
        return c
    head = s.ctx.triggers.get(verb.head.i)
    if head is None or head is s.found:
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in s.ctx.roles_of(head).targets if key(a) not in own]
    return c.with_targets(got, 1)


__all__ = ["carried_conjunct_target"]
