"""A pronoun object that came back to the doer's own state: "Germany's checks at the Slubice
crossing hold commuters for an hour. Chancellor NAME should lift them and instead press Warsaw"
(issue 9, pairs23: fresh12's H).

"Them" is the checks of the sentence before; when that sentence names no foreign state, the
pronoun chain falls back to the nearest state named (the checks' owner: the doer's own) or to
no one, and the act is aimed at home. A state lifting, easing or imposing something is aimed at another state:
the story's other state (its latest act between the two), else the one other state the sentence
names as a party ("press Warsaw"). Own-state targets stay for a state's police and courts at
home (GUIDE rule 6) and where no other state is found.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties.court_cases import story_partner

# Sectors whose acts at home may have their own state as target (GUIDE rule 6).
_HOME_SECTORS = frozenset({"COP", "JUD"})
_PRONOUN = "PRON"
_REFLEXIVE = ("self", "selves")  # "defended itself": its own, as said
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_AIMING_PREPS = frozenset({"at", "on", "upon"})
_THING_PRONOUNS = frozenset({"it", "them"})


def _named_party(s: Site, own: str) -> Arg | None:
    """The one other state the sentence names, not as a modifier ("Polish lorries")."""
    found: dict[str, Arg] = {}
    for tok in s.ctx.sent:
        m = s.actors.mention_of(tok)
        if m is None or not m.is_state or not m.ref.country or m.ref.country == own:
            continue
        if tok.dep_ in _MODIFIER_DEPS and s.actors.mention_of(tok.head) is m:
            continue  # ("South" of "South Korea")
        if tok.dep_ in _MODIFIER_DEPS:
            return None
        found.setdefault(m.ref.country, Arg(m.ref, EARLIER, s.tok.i))
    return next(iter(found.values())) if len(found) == 1 else None


def _pronoun_object(s: Site) -> bool:
    """The trigger's object is "them" / "it" (not "itself"): a thing said before; also the
    object of an aiming preposition, on the verb or its object ("fired warning shots at it",
    "opened fire on them": the seized boat of the story, parties35, fresh18's DN)."""
    obj = next((k for k in s.kids if k.dep_ == "dobj"), None)
    if obj is not None and obj.pos_ == _PRONOUN and not obj.lower_.endswith(_REFLEXIVE):
        return True
    heads = [s.tok, *([obj] if obj is not None else [])]
    aimed = [p for h in heads for _, p in pobjs(h, _AIMING_PREPS)]
    return any(p.pos_ == _PRONOUN and p.lower_ in _THING_PRONOUNS for p in aimed)


@acts_on(noun=False)
def pronoun_not_home(s: Site, c: Candidates) -> Candidates:
    """ "NAME should lift them and instead press Warsaw": the other state, not the own."""
    if not c.pairs or s.noun or not _pronoun_object(s):
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    changed = False
    doers = {a.ref.country for a in c.sources if a.ref.country}
    for a, b in c.pairs:
        own = a.ref.country or ""
        home = b is None or b.ref.country == own
        if home and own and not unknown(a) and a.ref.code[3:6] not in _HOME_SECTORS:
            other = story_partner(s, own) or _named_party(s, own)
            if other is not None and other.ref.country in doers:
                other = None  # "A and B ... lifted them": a fellow doer is no target (parties55)
            if other is not None:
                b, changed = other, True
        pairs.append((a, b))
    return c.with_pairs(pairs) if changed else c
