"""Issue 9's leftover classes of the lex7 round, as templates with the suite's states and
several phrasings each:

- ``lex7_own_threat``: "X warned that it (its forces) would strike Y (if ...)": "it" is the
  speaker, so the speaker's announced act is its threat (13) against Y;
- ``lex7_hosted_visit``: "X welcomed visiting Y's minister / Y's president to X's capital"
  hosts the visit (04: 043, Y's answer 042); "welcomed Y's decision" stays praise (05);
- ``lex7_came_under``: "Y's patrol came under fire / shelling / attack from X", "X's troops
  opened fire on Y's patrol": X attacks Y (19), never Y -> X;
- ``lex7_hosted_talks``: "A and B met in talks / at a summit hosted by Z": the meeting stays
  between A and B, and Z hosts both (043; their visit to Z an acceptable answer).
"""

from __future__ import annotations

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _one, _poss, _time

_SAID = frozenset({"asserted", "possible"})  # a threat stated ("said it would") or hedged
_WARN = ("warned", "warned", "threatened", "said", "vowed", "declared")
_SELF = ("it", "it", "its forces", "its military", "its army")
_FORCE = (
    "would strike {T}", "would attack {T}", "would retaliate against {T}",
    "would bomb {T}", "would shell {T}", "will retaliate against {T}",
    "would launch strikes on {T}", "would carry out attacks on {T}",
)  # fmt: skip
_CUT = ("would take countermeasures against {T}", "would cut gas supplies to {T}",
        "would impose sanctions on {T}", "would expel {Tposs} diplomats")  # fmt: skip
_IF = ("", "", " if the attacks continued", " if provoked", " unless the blockade was lifted",
       " if its ships were harassed again")  # fmt: skip


def lex7_own_threat(sc: Scene) -> Built:
    """ "Iran warned that it would strike Israel if ...": the speaker's threat against Y."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.name(s), sc.name(s), f"the {s.demonym} government"))
    pron = rng.choice(_SELF)
    vp = rng.choice(_FORCE if pron != "it" or rng.random() < 0.6 else _CUT)
    that = rng.choice(("that ", "that ", ""))
    text = f"{who} {rng.choice(_WARN)}{_time(sc)} {that}{pron} {sc.fill(vp)}{rng.choice(_IF)}."
    # the announced act itself, possible, may be read beside the threat
    return _cap(text), (_one(s, t.iso3, "13", _SAID),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


_ROLES = ("Foreign Minister", "Defence Minister", "Prime Minister", "President", "Trade Minister")
_DECISION = ("decision to lift the export ban", "decision to reopen its embassy",
             "proposal for a ceasefire", "offer of talks", "decision to release the sailors")  # fmt: skip


def lex7_hosted_visit(sc: Scene) -> Built:
    """ "X welcomed visiting Y Foreign Minister ...", "welcomed Y's president to X's capital":
    hosting (S -> T, 04; T's visit its answer); "welcomed Y's decision to ..." is praise (05)."""
    rng, s, t = sc.rng, sc.s, sc.t
    host = rng.choice((sc.name(s), sc.leader(s), f"{_poss(s.name)} president"))
    r = rng.randrange(5)
    if r == 4:
        what = rng.choice(_DECISION)
        obj = rng.choice(
            (f"{_poss(sc.name(t))} {what}", f"the {what.replace('its', 'the', 1)} by {t.name}")
        )
        text = f"{host} welcomed {obj}{_time(sc)}."
        return _cap(text), (_one(s, t.iso3, "05", ASSERTED),), ()
    role = rng.choice(_ROLES)
    if r == 0:
        named = f" {sc.leader(t)}" if role == "President" and t.leader(sc.date) else ""
        guest = f"visiting {t.demonym} {role}{named}"
    elif r == 1:
        guest = f"the visiting {t.demonym} {rng.choice(('delegation', 'trade delegation', 'foreign minister'))}"
    elif r == 2:
        guest = f"{_poss(t.name)} {role.lower()} to {s.capital}"
    else:
        guest = (
            f"{sc.leader(t)} to {s.capital}"
            if t.leader(sc.date)
            else f"{_poss(t.name)} president to {s.capital}"
        )
    text = f"{host} welcomed {guest}{_time(sc)}."
    back = (Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),)
    return _cap(text), (_one(s, t.iso3, "04", ASSERTED),), back


_UNIT = ("patrol", "convoy", "border post", "military base", "warship", "outpost", "positions")
_FIRE = (
    "fire",
    "heavy fire",
    "shelling",
    "attack",
    "artillery fire",
    "rocket fire",
    "heavy shelling",
)


def lex7_came_under(sc: Scene) -> Built:
    """ "A T patrol came under fire from S", "T's positions came under shelling by S's forces",
    "S troops opened fire on a T patrol": S attacks T (19)."""
    rng, s, t = sc.rng, sc.s, sc.t
    unit = rng.choice(_UNIT)
    doer = rng.choice(
        (sc.name(s), f"{s.demonym} forces", f"{s.demonym} troops", f"{_poss(s.name)} army")
    )
    r = rng.randrange(5)
    if r == 4:
        victim = rng.choice(
            (
                f"{t.demonym} soldiers",
                f"{_article_free(t.demonym)} {unit}",
                f"{t.demonym} border guards",
            )
        )
        text = f"{doer} opened fire on {victim}{_time(sc)}."
    else:
        victim = rng.choice(
            (f"{_article_free(t.demonym)} {unit}", f"{_poss(t.name)} {unit}", f"{t.demonym} troops")
        )
        prep = rng.choice(("from", "from", "by")) if r < 3 else "from"
        text = f"{victim} came under {rng.choice(_FIRE)} {prep} {doer}{_time(sc)}."
    return _cap(text), (_one(s, t.iso3, "19", ASSERTED),), ()


def _article_free(demonym: str) -> str:
    """ "a Turkish", "an Iraqi": the indefinite article before a demonym."""
    return ("an " if demonym[:1] in "AEIOU" else "a ") + demonym


_MEET = (
    ("met in talks hosted by {Z}", "04"), ("held talks hosted by {Z}", "04"),
    ("met at a summit hosted by {Z}", "04"), ("held a summit hosted by {Z}", "04"),
    ("signed a trade agreement at talks hosted by {Z}", "05"),
    ("met for talks hosted by {Z}", "04"),
)  # fmt: skip


def lex7_hosted_talks(sc: Scene) -> Built:
    """ "A and B met in talks hosted by Z": A and B meet (04 both ways; a pact signed at the
    talks, 05), and Z hosts each of them (04); their visit to Z is an acceptable answer."""
    rng, a, b, z = sc.rng, sc.s, sc.t, sc.z
    what, root = rng.choice(_MEET)
    text = f"{sc.name(a)} and {sc.name(b)} {what.format(Z=sc.name(z, 0.2))}{_time(sc)}."
    meet = (_one(a, b.iso3, root, ASSERTED), _one(b, a.iso3, root, ASSERTED))
    host = (_one(z, a.iso3, "04", ASSERTED), _one(z, b.iso3, "04", ASSERTED))
    visits = (Expect(a.iso3, z.iso3, frozenset({"04"}), ASSERTED),
              Expect(b.iso3, z.iso3, frozenset({"04"}), ASSERTED))  # fmt: skip
    return _cap(text), meet + host, visits


SCENE_CONSTRUCTIONS = {
    "lex7_own_threat": lex7_own_threat,
    "lex7_hosted_visit": lex7_hosted_visit,
    "lex7_came_under": lex7_came_under,
    "lex7_hosted_talks": lex7_hosted_talks,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
