"""Error classes a blind held-out review found (bench/gold/fresh_review.md), as templates with
other states and phrasings: a venue is no party (p9), states that commit together to an act
naming no one else commit to each other (p10), a relative "whose" owner is its antecedent
(p11), an official complaint's purpose infinitive is no act of its own (p12), a crowd's
violence is a violent protest (p13), a speech verb in a time clause attributes nothing (p14),
a refusal to permit an act targets whoever would do it (p15), and every object of a
calling-off verb is an act that does not take place (p16)."""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _one,
    _poss,
    _time,
)

_JOINT_ACTS = (
    ("signed a trade accord", "05"),
    ("signed a border agreement", "05"),
    ("signed a defence pact", "05"),
    ("met", "04"),
    ("held talks", "04"),
)
_GROUPS = ("foreign ministers", "leaders", "presidents", "defence ministers", "prime ministers")


def _venue(sc: Scene) -> str:
    """A place in a third state (or that state's ministry): where the act happened."""
    z = sc.z
    return sc.rng.choice(
        (
            f"the foreign ministry in {z.capital}",
            f"the presidential palace in {z.capital}",
            f"a hotel in {z.capital}",
            f"the {z.demonym} foreign ministry",
            f"the {z.demonym} prime minister's residence",
        )
    )


def p9_venue(sc: Scene) -> Built:
    """ "A and B signed a pact at the foreign ministry in Z", "the foreign ministers of A and B
    met at the Z foreign ministry": the venue (and the state it is in) is no party."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, root = rng.choice(_JOINT_ACTS)
    hosted = (Expect(z.iso3, "*", frozenset({"04"}), ANY),)  # "at Z's ministry": Z hosts, maybe
    both = (_one(s, t.iso3, root, ASSERTED), _one(t, s.iso3, root, ASSERTED))
    r = rng.randrange(4)
    if r == 0:
        text = f"{sc.name(s)} and {sc.name(t)} {act} at {_venue(sc)}{_time(sc)}."
        return _cap(text), both, hosted
    if r == 1:
        group = rng.choice(_GROUPS)
        text = f"The {group} of {s.name} and {t.name} {act} at {_venue(sc)}{_time(sc)}."
        return text, both, hosted
    if r == 2 and root == "05":
        text = f"{sc.name(s)} {act} with {sc.name(t)} at {_venue(sc)}{_time(sc)}."
        back = (Expect(t.iso3, s.iso3, frozenset({"05"}), ASSERTED),)
        return _cap(text), both[:1], hosted + back
    talks = rng.choice(("to hold talks", "to meet again", "to resume negotiations"))
    text = f"{sc.name(s)} and {sc.name(t)} agreed{_time(sc)} {talks} at {_venue(sc)}."
    pair = tuple(Expect(x.source, x.target, frozenset({"03", "04"}), ASSERTED) for x in both)
    return _cap(text), pair, hosted


_INNER = (
    "resume direct flights",
    "reopen their shared border",
    "turn the border region into a zone of peace",
    "expand trade links",
    "cut tariffs on farm goods",
    "build a railway linking their capitals",
    "restore ferry services",
    "step up cooperation on water management",
    "hold annual consultations",
)
_COMMIT = ("pledged", "vowed", "promised")


def p10_joint_pledge(sc: Scene, others: list[State]) -> Built:
    """ "A, B and C pledged to resume direct flights", "A and B met and vowed to reopen their
    border": states that commit together to an act naming no one else commit to each other;
    a party named inside the act ("pledged to send troops to C") is its target instead."""
    rng, s, t = sc.rng, sc.s, sc.t
    c = others[0]
    verb = rng.choice(_COMMIT)
    inner = rng.choice(_INNER)
    r = rng.randrange(4)
    if r == 0:
        listed = (s, t, c)
        text = f"{s.name}, {t.name} and {c.name} {verb}{_time(sc)} to {inner}."
        pairs = tuple(_one(a, b.iso3, "03", ASSERTED) for a in listed for b in listed if a != b)
        return text, pairs, ()
    if r == 1:
        act, root = rng.choice(_JOINT_ACTS)
        text = f"{sc.name(s)} and {sc.name(t)} {act}{_time(sc)} and {verb} to {inner}."
        pairs = (
            _one(s, t.iso3, root, ASSERTED),
            _one(t, s.iso3, root, ASSERTED),
            _one(s, t.iso3, "03", ASSERTED),
            _one(t, s.iso3, "03", ASSERTED),
        )
        return _cap(text), pairs, ()
    if r == 2:
        group = rng.choice(_GROUPS)
        text = f"The {group} of {s.name} and {t.name} {verb}{_time(sc)} to {inner}."
        return text, (_one(s, t.iso3, "03", ASSERTED), _one(t, s.iso3, "03", ASSERTED)), ()
    what = rng.choice(("send troops to", "provide aid to", "send engineers to"))
    verb = rng.choice(_COMMIT)
    text = f"{s.name} and {t.name} {verb}{_time(sc)} to {what} {c.name}."
    return text, (_one(s, c.iso3, "03", ASSERTED), _one(t, c.iso3, "03", ASSERTED)), ()


def p11_relative_owner(sc: Scene) -> Built:
    """ "The decision angered S, whose foreign ministry summoned the T ambassador": the owner of
    a relative "whose" is the antecedent state."""
    rng, s, t = sc.rng, sc.s, sc.t
    lead = rng.choice(
        (
            f"The decision angered {s.name}",
            f"The remarks drew an angry response from {s.name}",
            f"The verdict caused an uproar in {s.name}",
            f"Tensions rose further with {s.name}",
        )
    )
    rel, root = rng.choice(
        (
            (f"foreign ministry summoned the {t.demonym} ambassador", "11"),
            (f"government recalled its ambassador from {t.capital}", "16"),
            (f"defence ministry accused {t.name} of provocation", "11"),
            (f"president expelled two {t.demonym} diplomats", "16"),
        )
    )
    text = f"{lead}, whose {rel}{_time(sc)}."
    return text, (_one(s, t.iso3, root, ASSERTED),), ()


def p12_complaint_aim(sc: Scene) -> Built:
    """ "S summoned the T ambassador to protest against the expulsions": one complaint; the
    purpose infinitive is neither a demonstration nor another party's act."""
    rng, s, t = sc.rng, sc.s, sc.t
    envoy = rng.choice((f"the {t.demonym} ambassador", f"{_poss(t.name)} envoy",
                        f"the {t.demonym} charge d'affaires"))  # fmt: skip
    aim = rng.choice(("to protest against", "to protest", "to complain about"))
    what = rng.choice(
        (
            f"the detention of {s.demonym} fishermen",
            f"the expulsion of {s.demonym} traders",
            "what it called hostile remarks",
            "the closure of a border crossing",
        )
    )
    text = f"{sc.name(s)} summoned {envoy}{_time(sc)} {aim} {what}."
    return _cap(text), (_one(s, t.iso3, "11", ASSERTED),), ()


def p13_crowd_violence(sc: Scene) -> Built:
    """ "Protesters in S's capital attacked the T embassy": a crowd's violence is a violent
    protest (CAMEO 14), not military force or a state's seizure."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice(
        (
            f"Protesters in {s.capital}",
            f"Hundreds of protesters in {s.capital}",
            f"{s.demonym} demonstrators",
            f"A mob in {s.capital}",
            f"Angry crowds in {s.capital}",
        )
    )
    verb, tail = rng.choice((("attacked", ""), ("torched", ""), ("stormed", ""), ("ransacked", ""),
                             ("set fire to", ""), ("burned", ""), ("pelted", " with stones")))  # fmt: skip
    what = rng.choice(
        (f"the {t.demonym} embassy", f"the embassy of {t.name}", f"the {t.demonym} consulate")
    )
    text = f"{who} {verb} {what}{tail}{_time(sc)}."
    return text, (_one(s, t.iso3, "14", ASSERTED),), ()


def p14_scene_clause(sc: Scene) -> Built:
    """ "S expelled T diplomats, a week after Z announced sanctions": a speech verb in a time
    clause sets the scene; it does not make the main act reported."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, root = rng.choice(
        (
            (f"expelled two {t.demonym} diplomats", "16"),
            (f"recalled its ambassador from {t.name}", "16"),
            (f"imposed sanctions on {t.name}", "16"),
            (f"signed a trade deal with {t.name}", "05"),
            (f"condemned {t.name}", "11"),
        )
    )
    when = rng.choice(("a week after", "days after", "hours after", "shortly before"))
    said = rng.choice(
        (
            f"{z.name} announced new tariffs on steel",
            f"{z.name} declared a state of emergency",
            f"{_poss(z.name)} foreign ministry said talks had stalled",
            f"officials in {z.capital} announced a ban on grain exports",
        )
    )
    text = f"{sc.name(s)} {act}{_time(sc)}, {when} {said}."
    others = (Expect(z.iso3, "*", frozenset(), ANY), Expect(t.iso3, "*", frozenset(), ANY))
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), others


def p15_refused_permission(sc: Scene) -> Built:
    """ "S refused to allow a delegation from T to visit", "would not let T inspectors enter":
    a refusal to permit an act is a REJECT aimed at the party that would do it."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice(
        (
            f"a delegation from {t.name}",
            f"{t.demonym} inspectors",
            f"{t.demonym} troops",
            f"the {t.demonym} foreign minister",
            f"envoys from {t.name}",
        )
    )
    what = rng.choice(("visit the capital", "enter the country", "cross the border",
                       "land at its airports", "inspect the site"))  # fmt: skip
    r = rng.randrange(3)
    if r == 0:
        how = rng.choice(("refused", "declined", "has refused"))
        text = f"{sc.name(s)} {how} to allow {who} to {what}{_time(sc)}."
    elif r == 1:
        text = f"{sc.name(s)} refused{_time(sc)} to let {who} {what}."
    else:
        text = f"{sc.name(s)} would not allow {who} to {what}, officials said."
    inner = (Expect(t.iso3, "*", frozenset(), NOT_ASSERTED),)
    said = frozenset({"asserted", "reported"})
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({"12"}), said),), inner


def p16_called_off_list(sc: Scene) -> Built:
    """ "S cancelled the talks and a planned visit by T's foreign minister": every object of a
    calling-off verb names an act that does not take place, also later ones in a list."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb = rng.choice(("cancelled", "postponed", "scrapped"))
    first = rng.choice(("the talks", "a trade fair", "all cultural events", "the joint exercises"))
    planned = rng.choice(("a planned visit", "a scheduled trip", "an expected visit"))
    by = rng.choice((f"the {t.demonym} foreign minister", f"{_poss(t.name)} president",
                     f"{_article(t.demonym)} delegation"))  # fmt: skip
    text = f"{sc.name(s)} {verb} {first} and {planned} by {by}{_time(sc)}."
    allowed = (
        Expect(s.iso3, "*", frozenset({"16", "12"}), ANY),  # the calling-off itself
        Expect(t.iso3, "*", frozenset({"04"}), frozenset({"negated"})),
        Expect("*", "*", frozenset(), frozenset({"negated"})),
    )
    return _cap(text), (), allowed
