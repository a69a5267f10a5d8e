"""An apology is aimed at the wronged party, not at the doer of the act it apologises for
(lex22, fresh11 class AO); a threat of the speaker's own act is not aimed at the speaker.

A condemned or protested act's doer is the reaction's target (GUIDE rule 6), and the reaction
stage reads "apologised for the crimes committed by Belgian troops" the same way: the apology
aimed at the apologiser's own troops. An apology (CAMEO 055) is made to those the act wronged:
the act's own victims when its phrase names them ("the killings of Herero and Nama people" by
their state), else the party a later stage finds (the "to X" phrase, the story's other state);
never a doer of the apologiser's own country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found
    from realpolitik.extract.parties._model import Candidates, Site

APOLOGY = "055"
_THREAT_ROOT = "13"


def wronged_party(s: Site, c: Candidates, act: Found, doers: list[Arg]) -> list[Arg]:
    """For an apology, the targets the reacted ``act`` gives: its victims of another country
    than the apologiser's, and none of its doers of the apologiser's own country."""
    if s.code != APOLOGY:
        return doers
    own = {a.ref.country or a.ref.code[:3] for a in c.sources}
    victims = [
        a for a in s.ctx.roles_of(act).targets if (a.ref.country or a.ref.code[:3]) not in own
    ]
    if victims:
        return victims
    return [a for a in doers if (a.ref.country or a.ref.code[:3]) not in own]


@acts_on(codes=(APOLOGY,))
def not_own_apology(s: Site, c: Candidates) -> Candidates:
    """ "apologised for the crimes committed by Belgian troops": the phrase's actor of the
    apologiser's own country is no target; an open target is the party of the act the apology
    is coordinated with, else left for the story's party."""
    if s.code != APOLOGY or not c.sources:
        return c
    own = {a.ref.country or a.ref.code[:3] for a in c.sources}
    kept = [a for a in c.targets if (a.ref.country or a.ref.code[:3]) not in own]
    if kept:
        return c if len(kept) == len(c.targets) else c.with_targets(kept)
    got = _conjunct_target(s, own) or _harmed_party(s, own)
    return c.with_targets(got)  # (open: the coordinated act's party, or the harm's victims)


# Participles of harm done to someone, and the prepositions that name whom.
_HARM_DONE = frozenset({"do", "inflict", "cause", "commit", "bring", "suffer"})
_HARMED_PREPS = frozenset({"to", "on", "upon", "against"})


def _harmed_party(s: Site, own: set[str]) -> list[Arg]:
    """ "acknowledged the pain and injustice done to Y's miners" (the parser may hang the
    participle as the verb's clause): whom a participle of harm inside the apology's own
    phrase names after "to / on / against" (issue 9 round 30, clauses36: fresh24's G)."""
    for v in s.tok.subtree:
        if v.tag_ != "VBN" or v.lemma_.lower() not in _HARM_DONE:
            continue
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ not in _HARMED_PREPS:
                continue
            for t in p.subtree:
                m = s.actors.mention_of(t)
                if m is not None and m.ref.country and m.ref.country not in own:
                    return [Arg(m.ref, IN_PHRASE, t.i)]
    return []


def _conjunct_target(s: Site, own: set[str]) -> list[Arg]:
    """ "returned 12 statues taken from Congo and apologised for ...": the act the apology is
    coordinated with names the wronged party."""
    tok = s.tok
    if tok.dep_ != "conj":
        return []
    first = s.ctx.triggers.get(tok.head.i)
    if first is None:
        return []
    return [
        a for a in s.ctx.roles_of(first).targets if (a.ref.country or a.ref.code[:3]) not in own
    ]


def own_threat(root: str, sources: tuple[Arg, ...], subjects: list[Arg]) -> bool:
    """ "Chile warned it would stop issuing visas to Bolivian officials": a threat whose clause
    names the speaker's own act; its subject is the doer, not whom the threat is aimed at (the
    act's own party is). The caller checks that the clause's verb is an act (a trigger)."""
    if root != _THREAT_ROOT or not sources or not subjects:
        return False
    own = {a.ref.country or a.ref.code[:3] for a in sources}
    return all((a.ref.country or a.ref.code[:3]) in own for a in subjects)
