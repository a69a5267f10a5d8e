"""The common adversary of a cooperation is no target: "called for closer cooperation against
X's threat", "agreed to cooperate against X" (issue 9, targets9: a modifier read as a party).

The syntax stages read an "against" phrase as the act's target; on a word of joining forces it
names the state the partners oppose (``_adversaries``). This stage, after every role stage that
may read it, drops such a target, and ``Site.not_parties`` keeps the phrase fallbacks off it:
the cooperative act keeps its partners, or no target when they are unnamed ("urged allies").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._adversaries import AGAINST_WORDS, COOPERATIVE_ROOTS, adversary_tokens
from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors


def own(c: Candidates) -> set[str]:
    """The doers' states."""
    return {key(a) for a in c.sources}


@acts_on(roots=COOPERATIVE_ROOTS, words=AGAINST_WORDS)  # (``adversary_tokens``)
def common_adversary(s: Site, c: Candidates) -> Candidates:
    """A cooperative act whose target is the state its cooperation is against: dropped."""
    if not c.targets or c.pairs is not None:
        return c
    against = adversary_tokens(s.root, s.ctx.sent)
    if not against:
        return c
    kept = [a for a in c.targets if a.tok not in against]
    return c if len(kept) == len(c.targets) else c.with_targets(kept)


# Bodies a state leads, named by "X-led" ("the US-led coalition", "a Saudi-led force").
_LED_BODIES = frozenset(
    {"coalition", "alliance", "force", "mission", "operation", "bloc", "group", "taskforce",
     "contingent", "grouping", "initiative", "club"}
)  # fmt: skip
_JOINING = frozenset({"join", "enter", "rejoin"})
_IGO = "IGO"


def _leader_of(body: Token, actors: DocActors) -> list[Arg]:
    """The state of an "X-led" modifier of ``body`` ("the US-led coalition": the US)."""
    for m in body.children:
        if m.dep_ == "amod" and m.lower_ == "led":
            for k in m.children:
                if k.dep_ in ("npadvmod", "compound", "nmod", "amod") and k.i < m.i:
                    got = [
                        a
                        for a in actors.resolve(k)
                        if a.ref.country or a.ref.code.startswith(_IGO)  # "EU-led" (lx66)
                    ]
                    if got:
                        return [Arg(a.ref, a.quality, k.i) for a in got]
    return []


@acts_on(noun=False, words=("led",))
def led_coalition_leader(s: Site, c: Candidates) -> Candidates:
    """ "Syria joined / agreed to join the US-led coalition against the Islamic State": joining a
    body that one state leads ("X-led", which names a party, README) is done with that state,
    the target the act otherwise lacks once its adversary is dropped (practice26, class LC);
    also when the leader's own official tells it ("..., an American official said")."""
    if not c.sources or any(not unknown(a) for a in c.targets) or c.pairs is not None:
        return c  # (no target, or only one of no state: "the force" read as troops)
    verbs = [s.tok] + [k for k in s.kids if k.dep_ == "xcomp"]
    for v in verbs:
        if v.lemma_.lower() not in _JOINING:
            continue
        for body in (k for k in v.children if k.dep_ == "dobj"):
            if body.lemma_.lower() in _LED_BODIES:
                leaders = [a for a in _leader_of(body, s.actors) if key(a) not in own(c)]
                if leaders:
                    return c.with_targets(leaders)
                if c.targets and all(a.tok == body.i for a in c.targets):
                    return c.with_targets([])  # "joined the maritime force": the body read
                    # as troops of no state is no party (lexicon66)
    return c
