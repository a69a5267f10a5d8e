"""A delivery that names no recipient, by a party of a deal an earlier sentence named: "Romania
signed a contract to buy drones from Turkey. Ankara will supply the first drones next year"
supplies Romania, the deal's other party.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, key, unknown
from realpolitik.models import ActorRef

# Verbs of a deal between two states ("signed a contract", "agreed to buy", "ordered jets"),
# whose parties a later delivery by one of them is between; material cooperation (06) too.
DEAL_VERBS = frozenset(
    {"sign", "agree", "buy", "purchase", "order", "conclude", "finalize", "finalise", "seal",
     "ink", "sell"}
)  # fmt: skip
_MATERIAL_COOPERATION = "06"
# How many sentences back the deal may be (as ``context.EARLIER_SENTENCES``).
DEAL_SENTENCES = 4


def _deal(a: EarlierAct) -> bool:
    return a.target is not None and (a.lemma in DEAL_VERBS or a.root == _MATERIAL_COOPERATION)


def _giving(s: Site) -> bool:
    """A delivery of aid or arms (07), or a pledge of one (033: "will supply the drones")."""
    return s.root == "07" or s.code.startswith("033")


def deal_partner_recipient(s: Site, c: Candidates) -> Candidates:
    """ "Poland signed a deal with Korea to buy tanks. Seoul will deliver the first tanks in
    March": a delivery (or a pledge of one) naming no recipient, by a party of a deal of the last
    sentences, goes to the deal's other party; only when one state fits (two deals of the doer
    with different partners: no target)."""
    if not c.sources or c.targets or not _giving(s) or not s.ctx.earlier:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own:
        return c
    lo = s.ctx.index - DEAL_SENTENCES
    partners: dict[str, ActorRef] = {}
    for a in s.ctx.earlier:
        if a.trigger // 10_000 < lo or not _deal(a) or a.target is None:
            continue
        src, tgt = a.source.country or a.source.code, a.target.country or a.target.code
        if src in own and tgt not in own and not a.target.code.startswith("---"):
            partners.setdefault(tgt, a.target)
        elif tgt in own and src not in own:
            partners.setdefault(src, a.source)
    if len(partners) != 1:
        return c
    (ref,) = partners.values()
    return c.with_targets([Arg(ref, EARLIER, s.tok.i)])
