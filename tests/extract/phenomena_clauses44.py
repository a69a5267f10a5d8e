"""clauses44's classes (issue 9 round 37, fresh31_classes.md C, E and D's "welcome the
business") as suite constructions crossed with the suite's states named by name, capital,
leader or demonym, each with several phrasings and a near miss:

- ``c44_weighed_act`` (C): "X would consider V-ing Y's N / more visas for Y-ian workers": the
  act weighed at most, never 014 at Y; "X is considering its options against Y" stays 014;
- ``c44_firm_money`` (C): "X-ian firms have put (poured) more money into Y-ian farms / mines":
  investment, 06 at Y, never aid (07); "X has put more money into Y than any state" stays aid;
- ``c44_bloc_warning`` (C): "Z has warned X against blocs / taking sides": no threat (13);
  "warned Y against interfering" stays 13;
- ``c44_exercise_ship`` (C): "X would send a frigate to take part in Y's naval exercise":
  062 at Y `possible`, no threat or deployment (13, 15);
- ``c44_future_arms_sale`` (C): "X would sell Y twelve patrol aircraft": 06 `possible`, no
  intent (03);
- ``c44_expected_redress`` (C): "X's minister said CAPITAL expected Y to distance itself
  from the remarks (to apologise)": X's appeal, 02 at Y;
- ``c44_kept_ban`` (E): "X asked Y to lift a ban on X-ian N. X's minister wrote to Y's
  minister, but CAPITAL has not replied. Y-ian officials said the ban would stay until ...":
  12 at X; asked to return trucks instead (near miss), no refusal;
- ``c44_welcome_business`` (D): "If Z1 cut its purchases, X could turn to Y, which would
  welcome the business": no 03 or 05 of Y's.

Before the fix, on main (e73ee6ee): the weighed acts 014 `possible` at Y, the firms' money 071,
the bloc warning 130, the frigate 138 at no one, the sale an intent (031), the expectation no
event, the ban kept across a sentence no event, "welcome the business" 032 `possible`.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_WEIGHED = ("selling {Tdem} mills more wheat", "lifting its ban on {Tdem} poultry",
            "granting more visas to {Tdem} nurses", "expelling {Tdem} diplomats",
            "more visas for {Tdem} miners", "more scholarships for {Tdem} students")  # fmt: skip
_WEIGHING = ("would consider", "could consider", "said it would consider", "is considering")


def c44_weighed_act(sc: Scene) -> Built:
    """ "Norway would consider more visas for Peruvian miners": no 014 at Y; near miss
    "is considering its options against Y": 014."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} is considering its options against {w['T']}."
        return _cap(text), (_e(sc.s, sc.t, _r("01"), ANY),), ()
    verb = sc.rng.choice(_WEIGHING)
    what = sc.rng.choice(_WEIGHED)
    if verb == "is considering":
        # Told as it stands, not held out: the codebook's 014 at Y (the PENTA gold's reading).
        text = (
            f"{w['S']} is considering {what.format(**w)}."
            if not what.startswith("more")
            else (f"{w['S']} is considering expelling {w['Tdem']} diplomats.")
        )
        weighed = Expect(sc.s.iso3, "*", _r("03", "06", "07", "08", "16", "17"), NOT_ASSERTED)
        return _cap(text), (_e(sc.s, sc.t, _r("01"), ANY),), (weighed,)
    tail = sc.rng.choice(("", " if {T} took back migrants who had overstayed", " next year"))
    text = f"{w['S']} {verb} {what.format(**w)}{tail.format(**w)}."
    weighed = Expect(sc.s.iso3, "*", _r("03", "06", "07", "08", "16", "17"), NOT_ASSERTED)
    if tail.startswith(" if") and what.startswith("expelling"):
        # "would consider expelling Y's diplomats if Y ...": a conditional threat may be read (13).
        return _cap(text), (), (weighed, Expect(sc.s.iso3, sc.t.iso3, _r("13"), ANY))
    return _cap(text), (), (weighed,)


_FIRMS = ("{Sdem} firms", "{Sdem} companies", "{Sdem} investors", "{Sdem} banks")
_ASSETS = ("solar farms", "copper mines", "wind farms", "car factories", "gold mines",
           "fertiliser plants")  # fmt: skip


def c44_firm_money(sc: Scene) -> Built:
    """ "Chilean firms have put more money into Peruvian copper mines": 06 at Y, never 07;
    near miss "X has put more money into Y than any state except Z": aid (07)."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} has put more money into {w['T']} than any state except {w['Z']}."
        return _cap(text), (_e(sc.s, sc.t, _r("07"), ASSERTED),), ()
    verb = sc.rng.choice(("have put more money into", "have poured billions into",
                          "put $2 billion into", "have pumped money into"))  # fmt: skip
    asset = sc.rng.choice(_ASSETS)
    text = f"{sc.rng.choice(_FIRMS).format(**w)} {verb} {w['Tdem']} {asset} this year."
    expected = (_e(sc.s, sc.t, _r("06"), ASSERTED),)
    return _cap(text), expected, ()


_STANCES = ("blocs", "\"blocs\"", "taking sides", "confrontation", "protectionism",
            "joining rival blocs")  # fmt: skip


def c44_bloc_warning(sc: Scene) -> Built:
    """ "Russia has warned Norway against blocs": no threat (13); near miss "warned Y
    against interfering in its affairs": 13."""
    w = scene_words(sc)
    verb = sc.rng.choice(("has warned", "warned", "has repeatedly warned"))
    if sc.rng.random() < 0.2:
        text = f"{w['S']} {verb} {w['T']} against interfering in its internal affairs."
        return _cap(text), (_e(sc.s, sc.t, _r("13"), ASSERTED),), ()
    text = f"{w['S']} {verb} {w['T']} against {sc.rng.choice(_STANCES)}."
    return _cap(text), (), ()


_SHIPS = ("a frigate", "a destroyer", "two warships", "a submarine", "a corvette")
_EXERCISES = ("naval exercise", "naval drills", "annual exercise", "air exercise")


def c44_exercise_ship(sc: Scene) -> Built:
    """ "Mexico would send a frigate to take part in Chile's naval exercise": 062 at Y
    `possible`; near miss "sent warships to the strait": no 06."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} sent {sc.rng.choice(_SHIPS)} to the strait near {w['T']}."
        return _cap(text), (), (Expect(sc.s.iso3, "*", _r("15"), ANY),)
    join = sc.rng.choice(("to take part in", "to join", "to participate in"))
    head = sc.rng.choice(("{S} would send", "{S} will send", "{S} said it would send"))
    text = (
        f"{head.format(**w)} {sc.rng.choice(_SHIPS)} {join} {w['Tposs']} "
        f"{sc.rng.choice(_EXERCISES)} next year."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("06"), POSSIBLE),), ()


_CRAFT = ("patrol aircraft", "military transport aircraft", "patrol boats", "attack helicopters",
          "fighter jets", "howitzers")  # fmt: skip


def c44_future_arms_sale(sc: Scene) -> Built:
    """ "Brazil would sell Nigeria up to 12 patrol aircraft": 06 `possible`, no 03."""
    w = scene_words(sc)
    head = sc.rng.choice(("{S} would sell", "{S} will sell", "{Slead} said {S} would sell"))
    n = sc.rng.choice(("up to 12", "ten", "six", "four more"))
    text = f"{head.format(**w)} {w['T']} {n} {sc.rng.choice(_CRAFT)}."
    expected = (_e(sc.s, sc.t, _r("06"), POSSIBLE),)
    return _cap(text), expected, ()


_REDRESS = ("to distance itself from the remarks", "to apologise for the remarks",
            "to explain the remarks", "to retract the statement")  # fmt: skip


def c44_expected_redress(sc: Scene) -> Built:
    """ "Kenya's foreign minister said Nairobi expected Kampala to distance itself from the
    remarks": 02 at Y; near miss "expected Y to sign the deal next year" (a forecast): no 02."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} foreign minister", "{Slead}", "{Sposs} foreign ministry"))
    subj = sc.rng.choice(("{Sc}", "{S}", "the government"))
    if sc.rng.random() < 0.2:
        text = f"{who.format(**w)} said {subj.format(**w)} expected {w['T']} to sign the deal next year."
        return _cap(text), (), (Expect("*", "*", _r("03", "05", "06"), ANY),)
    text = (
        f"{who.format(**w)} said {subj.format(**w)} expected {w['Tc']} {sc.rng.choice(_REDRESS)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("02"), ANY),), ()


_GOODS = ("chicken", "pork", "beef", "dairy products")


def c44_kept_ban(sc: Scene) -> Built:
    """ "Thailand asked Japan to lift a ban on Thai chicken. The trade minister wrote to Japan's
    farm minister, but Tokyo has not replied. Japanese officials said the ban would stay until
    ...": 12 at X; near miss, a request to return trucks: no refusal (12)."""
    w = scene_words(sc)
    goods = sc.rng.choice(_GOODS)
    middle = sc.rng.choice((
        "{Sposs} trade minister wrote to {Tposs} farm minister, but {Tc} has not replied, the ministry said.",
        "{Sposs} ambassador raised the matter in {Tc}, but {T} has not replied.",
    )).format(**w)  # fmt: skip
    tail = sc.rng.choice(("until {Sdem} inspectors proved the farms were clean",
                          "while the outbreak lasted"))  # fmt: skip
    answer = f"{w['Tdem']} officials said the ban would stay {tail.format(**w)}."
    if sc.rng.random() < 0.2:
        text = f"{w['S']} asked {w['T']} to return the seized trucks. {middle} {answer}"
        asked = (_e(sc.s, sc.t, _r("02"), ANY),)
        return _cap(text), asked, (Expect("*", "*", _r("01", "04", "17"), ANY),)
    text = (
        f"{w['Sposs']} trade ministry said it had asked {w['T']} to lift a ban on {w['Sdem']} "
        f"{goods} imposed in December. {middle} {answer}"
    )
    expected = (_e(sc.s, sc.t, _r("02"), ANY), _e(sc.t, sc.s, _r("12"), ASSERTED))
    return _cap(text), expected, (Expect("*", "*", _r("01", "04", "17"), ANY),)


def c44_welcome_business(sc: Scene) -> Built:
    """ "If Germany cut its gas purchases, Norway could turn to Poland, which would welcome the
    business": no 03 or 05 of Y's."""
    w = scene_words(sc)
    what = sc.rng.choice(("the business", "the orders", "the extra revenue", "the custom"))
    text = (
        f"If {w['Z']} cut its gas purchases, {w['S']} could turn to {w['T']}, which would "
        f"welcome {what}."
    )
    return _cap(text), (), (Expect("*", "*", _r("06", "16", "19"), NOT_ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c44_weighed_act": c44_weighed_act,
    "c44_firm_money": c44_firm_money,
    "c44_bloc_warning": c44_bloc_warning,
    "c44_exercise_ship": c44_exercise_ship,
    "c44_future_arms_sale": c44_future_arms_sale,
    "c44_expected_redress": c44_expected_redress,
    "c44_kept_ban": c44_kept_ban,
    "c44_welcome_business": c44_welcome_business,
}

FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
