"""Round 29's leftovers (issue 9, leftovers41): ordinary news verbs of refusal, tariffs, offers
and deadlines, as suite constructions crossed with the suite's states named by name, capital or
demonym and several phrasings:

- ``lo41_refused_retract``: "Y demanded an apology. X refused to retract the remarks": the
  retraction asked for refused, X -> Y 12 (no event on main: "retract" had no row);
- ``lo41_set_duties``: "X set / imposed (anti-dumping, final) duties on Y's steel": a tariff,
  X -> Y 163 (no event on main for "set", none for "levies");
- ``lo41_reward``: "X offered a reward for information on the Y hackers": a bounty, no intent
  to cooperate (X -> none 030 on main);
- ``lo41_guarantees``: "X offered (security) guarantees to Y": a promise, X -> Y 03;
- ``lo41_ultimatum``: "X gave Y 48 hours to sign the deal or face ...": an ultimatum, X -> Y
  13, never aid (X -> Y 070 and the asked act as X's own deed, asserted, on main);
- ``lo41_survey_ship``: "X sent a survey ship into the disputed waters off Y": a show of
  presence (15) or none, never aid;
- ``lo41_no_answer``: "Y asked X for help. X gave no answer to Y's request": no aid negated
  (X -> Y 070 negated on main); the appeal stays;
- ``lo41_they_pair``: "Mali and Niger condemned France. They recalled their ambassadors from
  Paris": "they" is both states, S -> T and Z -> T (main: the first state only);
- ``lo41_they_joint``: "Peru and Chile met in Lima. They signed a trade deal": both ways (main:
  the first state only, one way or with no target);
- ``lo41_insisted_must``: "X insisted / maintained / stressed that Y must withdraw its troops":
  X's demand on Y (10), as "said that Y must" (main: "insisted" gave the withdrawal as Y's
  act toward X's own forces, `possible`, and no demand);
- ``lo41_no_details``: "X gave no details about the talks with Y": nothing asserted (main's
  010 `negated` is kept: a no-event row there freed the talks' noun as an asserted event and
  cost a wire check key).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_ASKED = ("{T} demanded an apology", "{T} demanded that {S} retract the remarks",
          "{Tposs} foreign ministry demanded a retraction", "{T} asked {S} to withdraw the remarks",
          "{T} urged {S} to take back the comments")  # fmt: skip
_REFUSED = ("refused to retract the remarks", "refused to retract them",
            "declined to retract the comments", "refused to withdraw the remarks",
            "has refused to take back the remarks", "refused to retract its statement",
            "refused on Monday to withdraw the comments")  # fmt: skip


def lo41_refused_retract(sc: Scene) -> Built:
    """ "Japan demanded an apology. China refused to retract the remarks": X -> Y 12."""
    s_name = sc.name(sc.s)
    t_name = sc.name(sc.t)
    asked = sc.rng.choice(_ASKED).format(T=_cap(t_name), S=s_name, Tposs=_cap(_poss(t_name)))
    text = f"{asked}. {_cap(sc.name(sc.s))} {sc.rng.choice(_REFUSED)}."
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("10", "02", "11"), ANY), Expect(sc.t.iso3, "", frozenset(), ANY))
    return text, want, allowed


_SET = ("set", "imposed", "has set", "set final", "imposed provisional", "set anti-dumping",
        "imposed anti-dumping", "set new")  # fmt: skip
_DUTIES = ("duties", "tariffs", "levies", "import duties", "duties of up to 35 percent")
_GOODS = ("{Tdem} steel", "{Tdem} goods", "imports of {Tdem} aluminium", "{Tposs} exports",
          "{Tdem} electric vehicles", "{Tdem} solar panels")  # fmt: skip


def lo41_set_duties(sc: Scene) -> Built:
    """ "India set final duties on Chinese steel": X -> Y 163."""
    verb = sc.rng.choice(_SET)
    duties = sc.rng.choice(_DUTIES)
    if verb.endswith(("final", "provisional", "anti-dumping", "new")) and " " in duties:
        duties = duties.split(" ")[0] if duties.startswith("duties") else "duties"
    t_name = sc.name(sc.t, capital=0.0)
    goods = sc.rng.choice(_GOODS).format(Tdem=sc.t.demonym, Tposs=_poss(t_name))
    text = f"{_cap(sc.name(sc.s))} {verb} {duties} on {goods}."
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_REWARD = ("a reward", "a $5 million reward", "a reward of up to $10 million", "rewards",
           "a bounty")  # fmt: skip
_ON = ("information on the {Tdem} hackers", "information leading to the arrest of two {Tdem} nationals",
       "information on the {Tdem} commander", "information about the {Tdem} suspects")  # fmt: skip


def lo41_reward(sc: Scene) -> Built:
    """ "The US offered a reward for information on the Iranian commander": no 03 asserted."""
    on = sc.rng.choice(_ON).format(Tdem=sc.t.demonym)
    text = f"{_cap(sc.name(sc.s))} offered {sc.rng.choice(_REWARD)} for {on}."
    return text, (), (Expect(sc.s.iso3, "*", frozenset(), NOT_ASSERTED),)


_GUARANTEES = ("offered security guarantees to {T}", "offered guarantees to {T}",
               "offered {T} security guarantees", "has offered {T} guarantees",
               "offered firm security guarantees to {T}")  # fmt: skip


def lo41_guarantees(sc: Scene) -> Built:
    """ "Britain offered security guarantees to Ukraine": X -> Y 03."""
    act = sc.rng.choice(_GUARANTEES).format(T=sc.name(sc.t))
    text = f"{_cap(sc.name(sc.s))} {act}."
    return text, (_e(sc.s, sc.t, _r("03"), ASSERTED),), ()


_GAVE = ("gave", "has given", "gave", "granted")
_TIMES = ("48 hours", "72 hours", "ten days", "a week", "two weeks", "a month", "30 days")
_TO = ("to sign the deal", "to sign or face reprisals", "to hand over the suspects",
       "to withdraw its troops", "to lift the tariffs or face retaliation",
       "to release the detained sailors", "to pay its debts")  # fmt: skip


def lo41_ultimatum(sc: Scene) -> Built:
    """ "Sudan gave Chad 48 hours to sign or face reprisals": X -> Y 13, never aid."""
    t_name = sc.name(sc.t)
    text = (f"{_cap(sc.name(sc.s))} {sc.rng.choice(_GAVE)} {t_name} {sc.rng.choice(_TIMES)} "
            f"{sc.rng.choice(_TO)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("13"), ASSERTED),)
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED), _e(sc.s, sc.t, _r("10"), ANY))
    return text, want, allowed


_SHIP = ("a survey ship", "a research vessel", "a survey vessel", "an oil survey ship",
         "a seismic research ship")  # fmt: skip
_WATERS = ("into the disputed waters off {T}", "into waters claimed by {T}",
           "into the disputed waters near {T}", "to the disputed waters off {T}")  # fmt: skip


def lo41_survey_ship(sc: Scene) -> Built:
    """ "China sent a survey ship into the disputed waters near Vietnam": 15 or none, no aid."""
    waters = sc.rng.choice(_WATERS).format(T=sc.name(sc.t, capital=0.0))
    text = f"{_cap(sc.name(sc.s))} sent {sc.rng.choice(_SHIP)} {waters}."
    return text, (), (_e(sc.s, sc.t, _r("15"), ANY), Expect("*", "*", frozenset(), NOT_ASSERTED))


_ASK = ("{T} asked {S} for help", "{T} asked {S} to extradite the suspects",
        "{T} requested military aid from {S}", "{T} asked {S} for a loan")  # fmt: skip
_NO = ("gave no answer to {Tposs} request", "gave no reply", "has given no answer",
       "gave no response to the request", "gave no answer to the request")  # fmt: skip


def lo41_no_answer(sc: Scene) -> Built:
    """ "Armenia asked Russia for help. Russia gave no answer": no negated aid."""
    t_name = sc.name(sc.t)
    asked = sc.rng.choice(_ASK).format(T=_cap(t_name), S=sc.name(sc.s))
    no = sc.rng.choice(_NO).format(Tposs=_poss(sc.name(sc.t)))
    text = f"{asked}. {_cap(sc.name(sc.s))} {no}."
    want = (_e(sc.t, sc.s, _r("02"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("12"), ANY), Expect(sc.t.iso3, "", _r("02"), ANY))
    return text, want, allowed


_DETAILS = ("gave no details about the talks with {T}", "gave no details of the deal with {T}",
            "gave no details on its dispute with {T}", "gave no explanation for the delay")  # fmt: skip


def lo41_no_details(sc: Scene) -> Built:
    """ "Egypt gave no details about the talks with Ethiopia": nothing asserted."""
    act = sc.rng.choice(_DETAILS).format(T=sc.name(sc.t))
    text = f"{_cap(sc.name(sc.s))} {act}."
    return text, (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_FIRST = ("condemned {T}", "criticised {T}", "protested to {T}", "accused {T} of meddling",
          "condemned the {Tdem} raid")  # fmt: skip
_THEN = (("recalled their ambassadors from {Tc}", "16"), ("accused {T} of meddling", "11"),
         ("imposed sanctions on {T}", "16"), ("summoned {Tposs} envoys", "11"),
         ("demanded that {T} withdraw its troops", "10"),
         ("expelled {Tdem} diplomats", "16"))  # fmt: skip
_PRE = ("They", "They also", "On Monday they", "Later they", "They then")


def lo41_they_pair(sc: Scene) -> Built:
    """ "Mali and Niger condemned France. They recalled their ambassadors from Paris": both."""
    t_name = sc.name(sc.t, capital=0.0)
    w = {"T": t_name, "Tposs": _poss(t_name), "Tdem": sc.t.demonym, "Tc": sc.t.capital}
    first = sc.rng.choice(_FIRST).format(**w)
    then, root = sc.rng.choice(_THEN)
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} and {sc.name(sc.z, capital=0.0)} {first}. "
            f"{sc.rng.choice(_PRE)} {then.format(**w)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.z, sc.t, _r(root), ASSERTED),
            _e(sc.s, sc.t, _r("11", "17"), ASSERTED), _e(sc.z, sc.t, _r("11", "17"), ASSERTED))  # fmt: skip
    return text, want, ()


_MET = ("met in {Sc}", "held talks in {Sc}", "met on Monday", "held talks in {Sc} on Tuesday")
_JOINT = (("signed a trade deal", "05"), ("agreed to expand trade", "03"),
          ("signed a border pact", "05"), ("agreed to hold joint patrols", "03"),
          ("signed a defence accord", "05"))  # fmt: skip


def lo41_they_joint(sc: Scene) -> Built:
    """ "Peru and Chile met in Lima. They signed a trade deal": both ways."""
    met = sc.rng.choice(_MET).format(Sc=sc.s.capital)
    act, root = sc.rng.choice(_JOINT)
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} and {sc.name(sc.t, capital=0.0)} {met}. "
            f"{sc.rng.choice(_PRE)} {act}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.t, sc.s, _r("04"), ASSERTED),
            _e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.t, sc.s, _r(root), ASSERTED))  # fmt: skip
    allowed = (Expect("*", "*", _r("06", "04", "03", "05"), ANY),)
    return text, want, allowed


_INSISTED = ("insisted that", "insisted", "maintained that", "stressed that", "has insisted that",
             "insisted on Monday that")  # fmt: skip
_MUST = ("withdraw its troops", "withdraw its forces from the border", "lift the sanctions",
         "release the detained sailors", "stop the shelling", "hand over the suspects")  # fmt: skip


def lo41_insisted_must(sc: Scene) -> Built:
    """ "Russia insisted that Ukraine must withdraw its forces": X -> Y 10."""
    text = (f"{_cap(sc.name(sc.s))} {sc.rng.choice(_INSISTED)} {sc.name(sc.t)} must "
            f"{sc.rng.choice(_MUST)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("10"), ASSERTED),)
    return text, want, (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo41_refused_retract": lo41_refused_retract,
    "lo41_set_duties": lo41_set_duties,
    "lo41_reward": lo41_reward,
    "lo41_guarantees": lo41_guarantees,
    "lo41_ultimatum": lo41_ultimatum,
    "lo41_survey_ship": lo41_survey_ship,
    "lo41_no_answer": lo41_no_answer,
    "lo41_no_details": lo41_no_details,
    "lo41_they_pair": lo41_they_pair,
    "lo41_they_joint": lo41_they_joint,
    "lo41_insisted_must": lo41_insisted_must,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
