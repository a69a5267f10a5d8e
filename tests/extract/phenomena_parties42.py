"""fresh21's party classes (issue 9, parties42) as suite constructions crossed with the
suite's states and the people table's holders of hyphenated names:

- ``p42_hyphen_host``: "[DATELINE - ][South Korean ]President Lee Jae-myung hosted (received,
  welcomed) T's leader at the presidential office on Tuesday[, and the two signed an
  agreement]": the name is one mention of its holder (a title-and-surname alias, "President
  Lee", no longer leaves the given name a mention of its own: ``ActorRegistry._whole_name``),
  and the verb after it is the verb even behind a demonym, a dateline or with a later clause
  (``_hyphen_names.verb_after_hyphen_name``): 043 / 042, and 057 both ways when signed;
- ``p42_hyphen_subject``: "Foreign Minister Jean-Noel Barrot (Kassym-Jomart Tokayev, Kamla
  Persad-Bissessar ...) met (praised, criticised, thanked) T ...": the holder's state is the
  source for every hyphenated name of the table (Korean, Chinese, Arabic, French, Slavic and
  African names).

Before the fix, on main (7c654acd): "President Lee Jae-myung hosted Chilean President NAME at
the presidential office on Tuesday, and the two signed an agreement" gave only CHL -> KOR 057;
"South Korean President Lee Jae-myung hosted ..." gave nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene

# The suite's date for these names: all of them held their office then.
_DATE = "2025-09-15"
# (title, name, state, demonym or "" where it would name another state too, capital)
_HOLDERS = (
    ("President", "Lee Jae-myung", "KOR", "South Korean", "SEOUL"),
    ("Prime Minister", "Kim Min-seok", "KOR", "South Korean", "SEOUL"),
    ("President", "Lai Ching-te", "TWN", "Taiwanese", "TAIPEI"),
    ("Foreign Minister", "Lin Chia-lung", "TWN", "Taiwanese", "TAIPEI"),
    ("Premier", "Cho Jung-tai", "TWN", "Taiwanese", "TAIPEI"),
    ("Foreign Minister", "Jean-Noel Barrot", "FRA", "French", "PARIS"),
    ("President", "Frank-Walter Steinmeier", "DEU", "German", "BERLIN"),
    ("President", "Kassym-Jomart Tokayev", "KAZ", "Kazakh", "ASTANA"),
    ("President", "Miguel Diaz-Canel", "CUB", "Cuban", "HAVANA"),
    ("President", "Abdel Fattah el-Sisi", "EGY", "Egyptian", "CAIRO"),
    ("President", "Ahmed al-Sharaa", "SYR", "Syrian", "DAMASCUS"),
    ("Foreign Minister", "Asaad al-Shaibani", "SYR", "Syrian", "DAMASCUS"),
    ("Foreign Minister", "Beate Meinl-Reisinger", "AUT", "Austrian", "VIENNA"),
    ("President", "Faustin-Archange Touadera", "CAF", "", "BANGUI"),
    ("President", "Netumbo Nandi-Ndaitwah", "NAM", "Namibian", "WINDHOEK"),
    ("President", "Jose Ramos-Horta", "TMP", "", "DILI"),
    ("Prime Minister", "Kamla Persad-Bissessar", "TTO", "", "PORT OF SPAIN"),
    ("Defence Minister", "Wladyslaw Kosiniak-Kamysz", "POL", "Polish", "WARSAW"),
    ("Foreign Minister", "Jean-Claude Gakosso", "COG", "", "BRAZZAVILLE"),
)
_HOSTED = ("hosted", "received", "welcomed", "hosted", "received")
_PLACES = (" at the presidential office", " at the presidential palace", " in the capital", "",
           " at a state banquet")  # fmt: skip
_DAYS = (" on Tuesday", " on Monday", " on Friday", "", " late on Sunday")
_SIGNED = (", and the two signed an agreement on trade",
           ", and the two signed a pact on energy cooperation",
           " and the two signed a trade agreement",
           ", and the two sides signed a memorandum on investment")  # fmt: skip


def _e(src: str, tgt: str, root: str) -> Expect:
    return Expect(src, tgt, frozenset({root}), ASSERTED)


def _pick(sc: Scene) -> tuple[tuple[str, str, str, str, str], State]:
    """A holder of a hyphenated name, and a partner state that is not the holder's."""
    sc.date = _DATE
    holder = sc.rng.choice(_HOLDERS)
    partner = sc.t if sc.t.iso3 != holder[2] else sc.z
    return holder, partner


def _holder(sc: Scene, holder: tuple[str, str, str, str, str]) -> str:
    title, name, _iso, dem, _cap = holder
    return sc.rng.choice(
        (f"{title} {name}", f"{title} {name}", f"{dem} {title} {name}" if dem else name)
    )


def _partner(sc: Scene, st: State) -> str:
    lead = st.leader(sc.date)
    forms = [f"the {st.demonym} foreign minister", f"the {st.demonym} president"]
    if lead:
        forms += [f"{st.demonym} leader {lead}", f"{lead} of {st.name}"]
    return sc.rng.choice(forms)


def p42_hyphen_host(sc: Scene) -> Built:
    """A hosting by a holder of a hyphenated name, with a dateline, a place, a later clause."""
    rng = sc.rng
    holder, partner = _pick(sc)
    dateline = f"{holder[4]}, Sep 15 - " if rng.random() < 0.4 else ""
    signed = rng.choice(_SIGNED) if rng.random() < 0.5 else ""
    text = (
        f"{dateline}{_holder(sc, holder)} {rng.choice(_HOSTED)} {_partner(sc, partner)}"
        f"{rng.choice(_PLACES)}{rng.choice(_DAYS)}{signed}."
    )
    src, tgt = holder[2], partner.iso3
    want = [_e(src, tgt, "04"), _e(tgt, src, "04")]
    if signed:
        want += [_e(src, tgt, "05"), _e(tgt, src, "05")]
    return text, tuple(want), ()


# (verb phrase with {T} the partner, root)
_ACTS = (("met {T}", "04"), ("praised {T} for its support", "05"),
         ("thanked {T} for its help", "05"), ("criticised {T} for its stance", "11"),
         ("condemned {T} for the attack", "11"), ("accused {T} of meddling", "11"))  # fmt: skip


def p42_hyphen_subject(sc: Scene) -> Built:
    """A plain act whose doer is a holder of a hyphenated name."""
    rng = sc.rng
    holder, partner = _pick(sc)
    vp, root = rng.choice(_ACTS)
    tname = rng.choice((partner.name, partner.name, partner.capital))
    day = rng.choice(_DAYS)
    text = f"{_holder(sc, holder)} {vp.format(T=tname)}{day}."
    return text, (_e(holder[2], partner.iso3, root),), ()


_OFFICES = ("High Commission", "embassy", "Embassy", "consulate")
_BACK = ("The mission", "The mission", "The embassy", "The high commission", "The mission")
_HELD = ("arrested nine {S} traders", "detained 14 {S} fishermen", "held five {S} students",
         "arrested 12 {S} truck drivers")  # fmt: skip
# (what the mission then did, the roots it codes)
_COMPLAINED = (
    ("complained that the men had been held without food", ("11",)),
    (
        "complained that the men had been beaten and asked the government to grant them consular"
        " access",
        ("11", "02"),
    ),
    ("protested the arrests and demanded their release", ("11", "10")),
    ("complained about their treatment", ("11",)),
    ("asked the authorities to grant them consular access", ("02",)),
)


def p42_mission_back(sc: Scene) -> Built:
    """ "S's High Commission in CAPITAL said T police had arrested S traders. The mission
    complained ... and asked ...": the bare "the mission" (embassy, high commission) is the
    office the sentence before named, also as its attribution source."""
    rng, s, t = sc.rng, sc.s, sc.t
    office = rng.choice(_OFFICES)
    if office == "High Commission" or rng.random() < 0.5:
        named = f"{_poss(s.name)} {office} in {t.capital}"
    else:
        named = f"the {s.demonym} {office} in {t.capital}"
    held = rng.choice(_HELD).format(S=s.demonym)
    police = rng.choice((f"{t.demonym} police", f"{t.demonym} soldiers"))
    first = rng.choice(
        (
            f"{named} said {police} had {held}.",
            f"{police} {held}{rng.choice(_DAYS)}, {named} said.",
        )
    )
    back = rng.choice(_BACK)
    if office == "consulate" and back == "The high commission":
        back = "The consulate"
    did, roots = rng.choice(_COMPLAINED)
    text = f"{first[0].upper()}{first[1:]} {back} {did}."
    want = [Expect(s.iso3, t.iso3, frozenset({r}), ASSERTED) for r in roots]
    told = Expect(t.iso3, s.iso3, frozenset({"17", "18"}), ANY)  # the arrest, the beating
    return text, tuple(want), (told,)


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_JUDGED = ("the verdict", "the sentence", "the ruling", "the verdict", "the conviction")
_JUDGING = (("condemned", ""), ("condemned", " as politically motivated"),
            ("denounced", ""), ("criticised", " as unjust"))  # fmt: skip
_AGENCIES = (
    "",
    ", the state news agency reported",
    ", state media reported",
    ", the state news agency Novosti reported",
    ", the court's press office said",
)
# (what the judging state then asked of the judging court's state, its root)
_THEN = (
    ("demanded that {T} release him", "10"),
    ("urged {T} to free him", "02"),
    ("called on {T} to release him", "02"),
    ("demanded that {T} free the man", "10"),
)


def p42_judged_verdict(sc: Scene) -> Built:
    """ "A T court sentenced an S citizen to six years in prison, the state news agency
    reported. S condemned the verdict and demanded that T's capital release him": the judged
    act noun is the court's state's act, though a conjunct names that state again."""
    rng, s, t = sc.rng, sc.s, sc.t
    years = rng.choice(("six", "five", "eight", "ten", "three"))
    why = rng.choice(("", " for spying", " for smuggling", " on espionage charges"))
    first = (
        f"{_article(t.demonym)} {t.demonym} court sentenced {_article(s.demonym)} {s.demonym}"
        f" citizen to {years} years in prison{why}{rng.choice(_AGENCIES)}."
    )
    judging, adds = rng.choice(_JUDGING)
    then, root = rng.choice(_THEN)
    who = rng.choice((s.name, f"{_poss(s.name)} foreign ministry", f"The {s.demonym} government"))
    tname = rng.choice((t.capital, t.name))
    text = f"{first} {who} {judging} {rng.choice(_JUDGED)}{adds} and {then.format(T=tname)}."
    want = (Expect(s.iso3, t.iso3, frozenset({"11"}), ASSERTED),
            Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED))  # fmt: skip
    told = Expect(t.iso3, s.iso3, frozenset({"11", "17"}), ANY)  # the sentence itself
    return text, want, (told,)


def _article(word: str) -> str:
    return "an" if word[:1].upper() in "AEIOU" else "a"


# (the act on the ground, its root)
_GROUND_ACTS = (("halted aid to", "16"), ("suspended aid to", "16"), ("cut off aid to", "16"),
                ("shelled", "19"), ("bombed", "19"), ("suspended all aid to", "16"))  # fmt: skip


def p42_held_ground(sc: Scene) -> Built:
    """ "S halted aid to areas under T's control", "S shelled T-held areas": the holder of the
    ground is the target."""
    rng, s, t = sc.rng, sc.s, sc.t
    vp, root = rng.choice(_GROUND_ACTS)
    noun = rng.choice(("areas", "territory", "parts of the country", "towns", "regions"))
    head = noun.split()[0]
    rest = noun[len(head) :]
    ground = rng.choice(
        (
            f"{head} under {t.demonym} control{rest}",
            f"{head} under {_poss(t.name)} control{rest}",
            f"{head} under the control of {t.name}{rest}",
            f"{t.demonym}-held {noun}",
            f"{t.demonym}-controlled {noun}",
            f"{t.name}-held {noun}",
        )
    )
    text = f"{sc.name(s)} {vp} {ground}{rng.choice(_DAYS)}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


_CRAFT = ("speedboat", "skiff", "dinghy", "yacht", "gunboat", "fishing boat", "cargo ship",
          "catamaran", "sailboat", "go-fast boat", "launch", "tugboat")  # fmt: skip


def p42_flagged_craft(sc: Scene) -> Built:
    """ "The S navy seized a T-flagged speedboat": the flag state is the target, whatever the
    craft's noun."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((f"The {s.demonym} navy", f"{s.demonym} coast guard ships", sc.name(s),
                      f"The {s.demonym} coast guard"))  # fmt: skip
    verb = rng.choice(("seized", "impounded", "seized", "confiscated"))
    craft = rng.choice(_CRAFT)
    cargo = rng.choice(("", " carrying cocaine", " with 300 kilograms of cocaine", ""))
    text = (
        f"{who} {verb} {_article(t.demonym)} {t.demonym}-flagged {craft}{cargo}{rng.choice(_DAYS)}."
    )
    return text, (Expect(s.iso3, t.iso3, frozenset({"17"}), ASSERTED),), ()


_BODIES = ("a joint task force against poaching", "a joint border force",
           "a joint task force against drug trafficking", "a joint military committee",
           "a joint security force", "a task force on smuggling")  # fmt: skip
_SET_UP = ("set up", "establish", "form", "create")
_CONTACT = (("spoke by phone", "04"), ("held talks", "04"), ("spoke by telephone", "04"))


def p42_joint_body(sc: Scene) -> Built:
    """ "A and B spoke by phone and agreed to set up a joint task force against X": the joint
    act is between A and B; the body they set up ("force", "committee") is no party."""
    rng, s, t = sc.rng, sc.s, sc.t
    a = rng.choice(
        (s.name, f"{s.demonym} leader {s.leader(sc.date)}" if s.leader(sc.date) else s.name)
    )
    b = rng.choice(
        (t.name, f"{t.demonym} leader {t.leader(sc.date)}" if t.leader(sc.date) else t.name)
    )
    contact, croot = rng.choice(_CONTACT)
    first = rng.random() < 0.7
    text = (
        f"{a} and {b} {contact}{rng.choice(_DAYS)} and agreed to {rng.choice(_SET_UP)}"
        f" {rng.choice(_BODIES)}."
        if first
        else f"{a} and {b} agreed to {rng.choice(_SET_UP)} {rng.choice(_BODIES)}."
    )
    want = [_e(s.iso3, t.iso3, "03"), _e(t.iso3, s.iso3, "03")]
    if first:
        want += [_e(s.iso3, t.iso3, croot), _e(t.iso3, s.iso3, croot)]
    return text, tuple(want), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p42_hyphen_host": p42_hyphen_host,
    "p42_hyphen_subject": p42_hyphen_subject,
    "p42_mission_back": p42_mission_back,
    "p42_judged_verdict": p42_judged_verdict,
    "p42_held_ground": p42_held_ground,
    "p42_flagged_craft": p42_flagged_craft,
    "p42_joint_body": p42_joint_body,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
