"""Lexicon gaps, spurious events and factuality scope (issue 9, sections 2-4), as templates with
the suite's states and several phrasings each:

- ``lf6_inverted_if``: an inverted condition ("Should X ..., Y would ...", "Were X to ...",
  "Had X (not) ...") makes its act possible, whatever the parser makes of the clause;
- ``lf6_claimed``: an act under "Z claims / alleged that", or "Z accused X of ...", is reported;
- ``lf6_called_off``: calling off a fair, an exercise, talks or a visit is a cut in relations
  (16), never an appeal; "called on / for" stay appeals (02);
- ``lf6_kind_compound``: "a trade delegation", "the defence ministry", "the sanctions committee",
  "a peace envoy" describe an actor; no event of their own;
- ``lf6_joint_security``: pledging to fight piracy or terrorism together, sharing intelligence:
  security cooperation between the parties (03 promised, 06 done), never a threat;
- ``lf6_evacuation``: sending aircraft to evacuate one's own citizens from Y is no aid to Y;
- ``lf6_warned_that``: "X warned that Y would attack Z" is Y's possible act, no threat of X's;
- ``lf6_state_protest``: a state that protests another's decision lodges a diplomatic
  protest (11); its fishermen or students demonstrate (14);
- ``lf6_demonyms``: demonyms and adjectival forms of states beyond the suite's fifty
  ("Icelandic", "Burkinabe", "Emirati", "Cabo Verdean", "Kyrgyz") with sectors.
"""

from __future__ import annotations

import functools

from phenomena_tables import Act, _table
from phenomena_words import (
    ANY,
    ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _hedged,
    _one,
    _poss,
    _time,
    conjugate,
    withheld,
)

REPORTED = frozenset({"reported"})
_CONSEQUENCE = (
    "oil prices would rise", "the crisis would deepen", "markets would tumble",
    "the region would be destabilised", "the talks would collapse",
)  # fmt: skip


def inverted_if(sc: Scene, act: Act) -> Built:
    """ "Should X impose sanctions on Y, ...", "Were X to ...", "Had X (not) ..."."""
    rng = sc.rng
    phrase = rng.choice([p for p in act.base if " its " not in f" {p} "] or list(act.base))
    src = sc.source(act, phrase)
    then = rng.choice(_CONSEQUENCE)
    r = rng.randrange(4)
    if r == 0:
        text = f"Should {src} {sc.fill(phrase)}, {then}."
    elif r == 1:
        text = f"Were {src} to {sc.fill(phrase)}, {then}."
    elif r == 2:
        text = f"Had {src} {sc.fill(conjugate(phrase, 'pp'))}, {then.replace('would', 'would have', 1)}."
        text = text.replace("would have be ", "would have been ").replace(
            "would have rise", "would have risen"
        )
    else:
        text = f"Had {src} not {sc.fill(conjugate(phrase, 'pp'))}, {then.replace('would', 'might', 1)}."
    want = _hedged(sc, act)
    # "Had X not ...": the counterfactual act is hypothetical (possible); negated is also read
    allowed = (Expect(want.source, want.target, want.roots, frozenset({"negated"})),)
    if r == 3 and withheld(phrase):  # ("had X not commented": no statement, both accepted)
        return text, (), (want, *allowed)
    return text, (want,), allowed


def claimed(sc: Scene, act: Act) -> Built:
    """ "Z claims that X ...", "Z alleged X had ...", "Z accused X of ...": Z's claim."""
    rng = sc.rng
    phrase = rng.choice(act.base)
    z = sc.name(sc.z)
    r = rng.randrange(5)
    src = sc.name(sc.s)
    if r == 0:
        text = f"{z} claims that {src} {sc.fill(conjugate(phrase, 'past'))}{_time(sc)}."
    elif r == 4:
        text = f"{z} claims {src} {sc.fill(conjugate(phrase, 'past'))}{_time(sc)}."
    elif r == 1:
        text = f"{z} alleged that {src} had {sc.fill(conjugate(phrase, 'pp'))}."
    elif r == 2:
        text = f"{z} claimed {src} {sc.fill(conjugate(phrase, 'past'))}{_time(sc)}."
    else:
        text = f"{z} accused {src} of {sc.fill(conjugate(phrase, 'ing'))}."
    want = _one(sc.s, sc.t.iso3, act.root, REPORTED)
    # the accusation itself (Z -> X, 11) may be coded; the claimed act may go unread
    allowed = (
        Expect(sc.z.iso3, sc.s.iso3, frozenset({"11"}), ASSERTED),
        Expect(sc.s.iso3, "*", frozenset(), REPORTED | POSSIBLE),  # a part of the claimed act
    )
    if r == 3:
        return _cap(text), (), allowed + (want,)
    return _cap(text), (want,), allowed


_CALLED_OFF = (
    ("a trade fair with {T}", "16"), ("a joint military exercise with {T}", "16"),
    ("joint naval drills with {T}", "16"), ("a cricket series with {T}", "16"),
    ("a cultural festival with {T}", "16"), ("talks with {T}", "16"),
    ("a planned visit to {T}", "16"), ("an arms deal with {T}", "16"),
)  # fmt: skip


def called_off(sc: Scene) -> Built:
    """ "X called off a trade fair with Y" (16); "X called on Y to ..." stays an appeal (02)."""
    rng = sc.rng
    src = sc.name(sc.s)
    r = rng.randrange(5)
    if r < 3:
        obj, root = rng.choice(_CALLED_OFF)
        verb = rng.choice(("called off", "has called off", "cancelled"))
        text = f"{src} {verb} {sc.fill(obj)}{_time(sc)}."
        # the object's own act (talks, a visit, drills, a deal), negated, may be read too
        return (
            _cap(text),
            (_one(sc.s, sc.t.iso3, root, ASSERTED),),
            (Expect(sc.s.iso3, sc.t.iso3, frozenset(), frozenset({"negated"})),),
        )
    if r == 3:
        text = f"{src} called on {sc.name(sc.t)} to release the detained sailors{_time(sc)}."
    else:
        text = f"{src} called for talks with {sc.name(sc.t)}{_time(sc)}."
    return (
        _cap(text),
        (_one(sc.s, sc.t.iso3, "02", ASSERTED),),
        (Expect(sc.s.iso3, sc.t.iso3, frozenset({"04", "03"}), frozenset({"possible"})),),
    )


_KIND = ("trade", "defence", "aid", "peace", "sanctions", "security")
_BODY = ("delegation", "envoy", "minister", "committee", "team")


def kind_compound(sc: Scene) -> Built:
    """ "The Kenyan trade delegation met Somali officials": the compound describes the actor;
    "X's trade fair opened", "the sanctions committee met" are no events at all."""
    rng = sc.rng
    s, t = sc.s, sc.t
    body = f"{rng.choice(_KIND)} {rng.choice(_BODY)}"
    r = rng.randrange(4)
    if r == 0:
        text = f"{_poss(s.name)} {body} met {t.demonym} officials{_time(sc)}."
        return (
            text,
            (_one(s, t.iso3, "04", ASSERTED),),
            (Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),),
        )
    if r == 1:
        text = f"A {s.demonym} {body} visited {t.capital}{_time(sc)}."
        return (
            text,
            (_one(s, t.iso3, "04", ASSERTED),),
            (Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),),
        )
    if r == 2:
        fair = rng.choice(("trade fair", "arms fair", "aid conference", "defence expo"))
        text = f"{_poss(s.name)} annual {fair} opened in {s.capital}{_time(sc)}."
        return text, (), ()
    text = f"The {s.demonym} {body} said the new rules would take effect in March."
    return text, (), ()


_SCOURGE = ("piracy", "terrorism", "drug trafficking", "arms smuggling", "cybercrime",
            "extremism", "human trafficking")  # fmt: skip


def joint_security(sc: Scene) -> Built:
    """Fighting a common scourge together and sharing intelligence are cooperation, both ways."""
    rng = sc.rng
    s, t = sc.s, sc.t
    a, b = sc.name(s), sc.name(t)
    scourge = rng.choice(_SCOURGE)
    r = rng.randrange(5)
    both = lambda root, facts: (_one(s, t.iso3, root, facts), _one(t, s.iso3, root, facts))  # noqa: E731
    if r == 0:
        how = rng.choice(("pledged to", "agreed to", "vowed to", "promised to"))
        verb = rng.choice(("fight", "combat", "tackle"))
        text = f"{a} and {b} {how} {verb} {scourge} together{_time(sc)}."
        return _cap(text), both("03", ASSERTED), ()
    if r == 1:
        text = f"{a} and {b} agreed{_time(sc)} to share intelligence on {scourge}."
        return _cap(text), both("03", ASSERTED), ()
    if r == 2:
        text = f"{a} agreed to share intelligence with {b}{_time(sc)}."
        return _cap(text), both("03", ASSERTED)[:1], both("03", ASSERTED)[1:]
    if r == 3:
        text = f"{a} shared intelligence with {b}{_time(sc)}."
        return _cap(text), both("06", ASSERTED)[:1], both("06", ASSERTED)[1:]
    verb = rng.choice(("fought", "tackled"))
    text = f"{a} and {b} {verb} {scourge} together{_time(sc)}."
    return _cap(text), both("06", ASSERTED), ()


def evacuation(sc: Scene) -> Built:
    """ "X sent aircraft to evacuate its citizens from Y": no aid to Y (and no event)."""
    rng = sc.rng
    src = sc.name(sc.s)
    means = rng.choice(
        ("aircraft", "military planes", "two ships", "a navy frigate", "charter flights")
    )
    people = rng.choice(("citizens", "nationals", "diplomats", "embassy staff"))
    verb = rng.choice(("sent", "dispatched"))
    r = rng.randrange(3)
    if r == 0:
        text = f"{src} {verb} {means} to evacuate its {people} from {sc.name(sc.t)}{_time(sc)}."
    elif r == 1:
        text = f"{src} evacuated its {people} from {sc.name(sc.t)}{_time(sc)}."
    else:
        text = f"The evacuation of {sc.s.demonym} {people} from {sc.t.name} began{_time(sc)}."
    # a move of the evacuating state's own (its forces leave, 08) is no false reading
    return _cap(text), (), (Expect(sc.s.iso3, "*", frozenset({"08", "04"}), ANY),)


_FORECAST = (
    ("attack {Z}", "19"), ("invade {Z}", "19"), ("impose sanctions on {Z}", "16"),
    ("cut gas supplies to {Z}", "16"), ("expel {Zposs} diplomats", "16"),
)  # fmt: skip


def warned_that(sc: Scene) -> Built:
    """ "X warned that Y would attack Z": Y's possible act, no threat by X."""
    rng = sc.rng
    s, t, z = sc.s, sc.t, sc.z
    phrase, root = rng.choice(_FORECAST)
    zname = sc.name(z)
    vp = phrase.format(Z=zname, Zposs=_poss(zname))
    modal = rng.choice(("would", "could", "might soon", "would soon"))
    speaker = rng.choice((sc.name(s), f"{_poss(s.name)} foreign ministry", sc.leader(s)))
    text = f"{speaker} warned{_time(sc)} that {sc.name(t)} {modal} {vp}."
    want = Expect(t.iso3, z.iso3, frozenset({root, "13"}), POSSIBLE)
    return _cap(text), (want,), ()


_DECISIONS = (
    "decision to expel its ambassador", "decision to close its consulate",
    "decision to impose tariffs on its steel", "plan to build a dam on the river",
    "decision to ban its fishing boats",
)  # fmt: skip


def state_protest(sc: Scene) -> Built:
    """ "X protested Y's decision": a state's diplomatic protest (11); X's people protest (14)."""
    rng = sc.rng
    s, t = sc.s, sc.t
    what = rng.choice(_DECISIONS)
    if rng.random() < 0.7:
        src = sc.name(s)
        text = f"{src} protested {_poss(sc.name(t))} {what}{_time(sc)}."
        return _cap(text), (_one(s, t.iso3, "11", ASSERTED),), ()
    people = rng.choice(("fishermen", "farmers", "students"))
    text = f"Hundreds of {s.demonym} {people} protested {_poss(sc.name(t))} {what}{_time(sc)}."
    return text, (_one(s, t.iso3, "14", ASSERTED),), ()


# States beyond the suite's fifty, named by their adjectives in the registry's own table.
_MORE = (
    "ISL", "BFA", "ARE", "CPV", "BHR", "KGZ", "SLV", "COM", "LSO", "BWA", "NER", "SSD", "CIV",
    "TTO", "LUX", "KAZ", "UZB", "TJK", "MNG", "NPL", "LKA", "OMN", "KWT", "YEM", "LBY", "TUN",
    "SEN", "GHA", "TZA", "UGA", "MOZ", "AGO", "PER", "CHL", "ECU", "BOL", "URY", "NIC", "HND",
    "GTM", "FIN", "NOR", "NLD", "PRT", "CZE", "ROU", "GEO", "MDA", "MYS", "THA",
)  # fmt: skip


@functools.cache
def more_states() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(iso3, name, adjectival forms): the forms that are no plural or person noun."""
    names = {r[0]: r[3] for r in _table("countries.tsv")}
    forms = {r[0]: r[1].split("|") for r in _table("demonyms.tsv") if len(r) > 1}
    out = []
    for code in _MORE:
        fs = forms[code]
        adj = tuple(
            f for f in fs
            if not (f.endswith("s") and f[:-1] in fs) and not f.endswith(("er", "ers"))
        )  # fmt: skip
        out.append((code, names[code], adj or (fs[0],)))
    return tuple(out)


_MORE_ACTS = (
    ("{S} troops attacked {T} positions", "19"), ("{S} warplanes struck {T} targets", "19"),
    ("{S} officials met {T} diplomats", "04"), ("the {S} foreign minister visited {Tname}", "04"),
    ("{S} police arrested {T} nationals", "17"), ("the {S} government expelled {T} diplomats", "16"),
)  # fmt: skip


def demonyms(sc: Scene) -> Built:
    """ "Icelandic officials met Norwegian diplomats": every state's adjective is a party."""
    rng = sc.rng
    (a, _, a_forms), (b, b_name, b_forms) = rng.sample(more_states(), 2)
    phrase, root = rng.choice(_MORE_ACTS)
    text = phrase.format(S=rng.choice(a_forms), T=rng.choice(b_forms), Tname=b_name)
    want = Expect(a, b, frozenset({root}), ASSERTED)
    answer = Expect(b, a, frozenset({"04"}), ASSERTED)  # "met": the other side met them too
    return _cap(text + _time(sc) + "."), (want,), (answer,) if root == "04" else ()


ACT_CONSTRUCTIONS = {
    "lf6_inverted_if": (inverted_if, lambda a: True),
    "lf6_claimed": (claimed, lambda a: a.domain != "civ"),
}
SCENE_CONSTRUCTIONS = {
    "lf6_called_off": called_off, "lf6_kind_compound": kind_compound,
    "lf6_joint_security": joint_security, "lf6_evacuation": evacuation,
    "lf6_warned_that": warned_that, "lf6_state_protest": state_protest,
    "lf6_demonyms": demonyms,
}  # fmt: skip
CONSTRUCTIONS = tuple(ACT_CONSTRUCTIONS) + tuple(SCENE_CONSTRUCTIONS)
