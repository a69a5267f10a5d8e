"""Trade moved away from a state on its condition: a threat, not an intent toward the new route
(fresh13's class TH).

"Kenya's minister said Nairobi would ship its goods via Tanzania if another lorry was
ambushed", "Chile would buy its gas from Argentina instead if Bolivia raised prices again": the
speaker holds out an economic step (routing its trade through a third state, buying from
another supplier) against the state that must meet the condition. The codebook (GUIDE rule 7,
the expulsion note: "a coercive act the speaker announces against the party that must meet its
condition ... is the threat 13x asserted", 131 or 1312 for goods) codes it as a threat of a
boycott (1312) from the doer to that state, made by saying it; never an intent to trade with,
or aid, the route state. The state that must meet the condition is the one the condition
names ("if Bolivia raised prices", "if Ugandan officials kept harassing its drivers"), else,
for a condition that names none ("if another lorry was ambushed", "if the attacks went on"),
the story's other state: the latest earlier act between the doer's state and another one than
the route state. A condition the new partner itself must meet ("would buy more gas from
Argentina if Argentina lowered its prices") is a conditional offer, left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._future_time import TIME_MARKS
from realpolitik.extract._mentions import Arg
from realpolitik.extract._own_threats import ultimatum
from realpolitik.extract._syntax import child
from realpolitik.extract.confidence import EARLIER
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found
    from realpolitik.extract.parties._model import SentenceParties

THREAT_CODE = "1312"  # threaten with a boycott or embargo
# Verbs that move or buy the doer's trade, and the prepositions that name the new partner.
SHIFT_VERBS = frozenset(
    {"ship", "send", "route", "reroute", "divert", "redirect", "transport", "truck", "move",
     "export", "import", "buy", "purchase", "source"}
)  # fmt: skip
PARTNER_PREPS = frozenset({"via", "through", "from"})
# The doer's trade: goods, not aid, arms or people ("would send aid via Egypt if ..." is aid).
GOODS = frozenset(
    {"good", "goods", "cargo", "export", "import", "freight", "shipment", "trade", "produce",
     "product", "commodity", "container", "lorry", "truck", "oil", "gas", "fuel", "crude",
     "lng", "grain", "wheat", "maize", "corn", "coal", "fertiliser", "fertilizer", "ore",
     "copper", "cement", "steel", "timber", "coffee", "tea", "cotton", "rice", "sugar",
     "electricity", "power", "energy", "transit", "traffic"}
)  # fmt: skip
_TRADE_CODES = frozenset({"061", "070", "071"})
_CONDITIONS = frozenset({"if", "unless"})
_SAYING = frozenset({"say", "tell", "add", "announce", "state", "warn"})
_TRAILING = frozenset({"advcl", "parataxis", "ccomp"})
# Held out by its doer: "would", "will" (and "could", "might" as in ``_own_threats``).
_HOLDING = frozenset({"will", "would", "'ll", "shall", "wo", "could", "might"})
# What a state is threatened for when the condition names no trigger: raising prices, going on.
_ADVERSE = frozenset(
    {"raise", "increase", "hike", "double", "continue", "persist", "keep", "resume", "recur",
     "repeat", "block", "close", "delay", "refuse", "fail", "harass", "attack", "ambush",
     "hijack", "loot", "target", "harm", "hit", "rob", "threaten", "unsafe", "insecure",
     "dangerous"}
)  # fmt: skip
# "if its lorries were hit again", "if there was another attack": the story's harm repeated.
_AGAIN = frozenset({"again", "another", "further", "more"})
_ADVERSE_ROOTS = frozenset({"10", "11", "12", "13", "16", "17", "18", "19", "20"})


def _condition(verb: Token) -> Token | None:
    """``verb``'s "if / unless" clause (never a time clause); the parser may hang it on a
    trailing "..., the minister said" after the clause it conditions."""
    kids = list(verb.children)
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        kids += [c for c in verb.head.children if verb.i < c.i < verb.head.i]
    for said in kids[:]:  # ("..., the minister said" hung below the clause it reports)
        if said.i > verb.i and said.lemma_.lower() in _SAYING and said.dep_ in _TRAILING:
            kids += [c for c in said.children if verb.i < c.i < said.i]
    for c in kids:
        if c.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "advmod")}
        if marks & _CONDITIONS and not marks & TIME_MARKS:
            return c
        first = c.left_edge
        if first.dep_ == "aux" and first.lower_ == "should" and first.head.i == c.i:
            return c  # "should the attacks continue": the condition inverted
    return None


def _countries(ctx: SentenceParties, toks: list[Token]) -> set[str]:
    return {a.ref.country for t in toks for a in ctx.actors.resolve(t) if a.ref.country}


def _partners(ctx: SentenceParties, verb: Token) -> set[str]:
    """The states of the new route or supplier ("via Tanzania", "from Argentina")."""
    heads = [verb] + [k for k in verb.children if k.dep_ == "dobj"]  # ("its cargo through Y")
    objs = [
        p
        for h in heads
        for k in h.children
        if k.dep_ == "prep" and k.lower_ in PARTNER_PREPS
        for p in k.children
        if p.dep_ == "pobj"
    ]
    return _countries(ctx, objs)


def _adverse(ctx: SentenceParties, cond: Token) -> bool:
    """The condition is something done against the doer: an ultimatum ("unless Y ...", "if Y
    does not ..."), a hostile act ("if another lorry was ambushed") or a price raised."""
    if ultimatum(cond) or cond.lemma_.lower() in _ADVERSE:
        return True
    if any(t.lower_ in _AGAIN or t.lemma_.lower() in _ADVERSE for t in cond.subtree):
        return True
    lo, hi = cond.left_edge.i, cond.right_edge.i
    return any(lo <= i <= hi and f.code[:2] in _ADVERSE_ROOTS for i, f in ctx.triggers.items())


def _doer(ctx: SentenceParties, verb: Token) -> set[str]:
    """The doer's state: the clause's subject, or for "it" / "he" the speaker's."""
    subj = child(verb, "nsubj")
    own = _countries(ctx, [subj]) if subj is not None else set()
    if not own and verb.dep_ == "ccomp":
        speaker = child(verb.head, "nsubj")
        own = _countries(ctx, [speaker]) if speaker is not None else set()
    return own


def _story_other(ctx: SentenceParties, own: set[str], route: set[str]) -> str:
    """The other state of the latest earlier act between the doer's state and another one than
    the route state ("Gunmen attacked a convoy of Kenyan lorries in Uganda": Uganda)."""
    for act in reversed(ctx.earlier):
        sides = [r.country for r in (act.source, act.target) if r is not None and r.country]
        if len(sides) != 2 or sides[0] == sides[1] or not own & set(sides):
            continue
        other = [c for c in sides if c not in own]
        if other and other[0] not in route:
            return other[0]
    return _scene_state(ctx, own, route)


def _scene_state(ctx: SentenceParties, own: set[str], route: set[str]) -> str:
    """The one other state the paragraph named before, beside the doer's own, when no earlier
    act joins them ("Gunmen attacked a convoy of Kenyan lorries in northern Uganda": unnamed
    attackers are placed nowhere and their attack is no two-sided act, so the state where it
    happened is the one that must stop them)."""
    before = {m.ref.country or "" for m in ctx.actors.named_between(0, ctx.sent.start - 1)}
    if not own & before:
        return ""
    states = before - own - route - {""}
    return next(iter(states)) if len(states) == 1 else ""


def held_out_shift(f: Found, ctx: SentenceParties) -> Arg | None:
    """The state a trade shift is held out against (the threat's target), or None when
    ``f``'s act is no such shift."""
    if f.entry.pos != "V" or f.code not in _TRADE_CODES:
        return None
    return shift_party(f.tok, ctx)


def shift_party(verb: Token, ctx: SentenceParties) -> Arg | None:
    """The state that must meet the condition of ``verb``'s trade shift, if ``verb`` holds one
    out ("would ship its goods via Y if ..."); see the module's docstring."""
    if verb.lemma_.lower() not in SHIFT_VERBS:
        return None
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in GOODS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _HOLDING for c in verb.children):
        return None
    cond = _condition(verb)
    route = _partners(ctx, verb)
    if cond is None or not route or not _adverse(ctx, cond):
        return None
    own = _doer(ctx, verb)
    if not own:
        return None
    named = _countries(ctx, list(cond.subtree)) - own
    if named & route:
        return None  # "would buy more from Y if Y lowered prices": a conditional offer
    country = sorted(named)[0] if len(named) == 1 else ""
    if not named:
        country = _story_other(ctx, own, route)
    if not country:
        return None
    return Arg(ActorRef("", country, country), EARLIER, cond.i)
