"""Round 28's leftovers (issue 9, leftovers39): an agentless passive of detention whose doer
is the story's state, as suite constructions crossed with the suite's states named by name,
capital or demonym and with many verbs of holding people:

- ``lo39_held_placed``: "Two Indian fishermen had been held in Sri Lanka for a month", "three
  Ghanaian traders were being held in Lome": the place names the holder, S -> T 17 (no "held"
  row on main: "held" of people was no act at all);
- ``lo39_held_story``: "China detained two Canadians in December. The two men have been held
  without charge since": the second sentence repeats the story's detention (no new act, or the
  same one, S -> T), never the pair read as each side holding the other (T -> S asserted);
- ``lo39_warned_about``: "Poland warned that Russia was about to (was poised to, was preparing
  to) invade Ukraine": Russia's coming act, T -> Z not asserted; the warning holds out nothing
  of the warner's, no threat S -> T (GUIDE rule 2: a plain statement);
- ``lo39_bare_disapproval``: "Kenya detained Ugandan traders, and Uganda objected", "Warsaw
  bristled after Moscow closed its airspace to Polish airlines": disapproval with no object
  ("objected", "bristled", "balked", "fumed"; no row on main), aimed at the story act's doer,
  T -> S 11, never at the voice's own state; an after-clause names that act too;
- ``lo39_sought_release``: "Ghana jailed three Togolese traders, and Togo sought (demanded,
  called for) their release / their freedom": the request is aimed at the holder, T -> S
  (02 / 10); "their freedom" was no release noun on main (a request at no one);
- ``lo39_sent_passive``: "Britain said troops would be sent to Estonia", "aid will be delivered
  to Sudan, the French foreign ministry said": the voice's one state sends (S -> T), with the
  clause's hedge (a future is the intent, 03, not asserted); no event on main;
- ``lo39_act_of_war``: "Pakistan said India's strike was an act of war (a declaration of
  war)": the speaker accuses the act's doer, S -> T 112 asserted (no event on main); "called
  X an act of war" stays practice8's 111 (the same root);
- ``lo39_denied_earlier``: "Kenya accused Ethiopia of detaining Somali traders. Addis Ababa
  denied detaining any Somalis": the denial answers the accuser of the sentence before (T -> S
  016), never the third state the denied gerund names (T -> Z 016 asserted on main: a false
  assertion of the kind a try gave fresh21 last stop);
- ``lo39_held_protest``: "Peru protested to Chile. Two Peruvian fishermen had been held for a
  week": the story's other state holds them, S -> T 17.

Scores on main (072e2b7) before the fix, 24 cases each, seed 0 (right, false assertions):
held_placed 14/24, held_story 22/24 (2 false: T -> S), held_protest 15/24, warned_about 0/24
(24 false: the warner's threat), bare_disapproval 8/24, sought_release 19/24, sent_passive
1/24, act_of_war 0/24, denied_earlier 16/24 (8 false: the denial at the third state); 24/24
each, 0 false, after.
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

_PEOPLE = ("fishermen", "sailors", "traders", "nationals", "citizens", "students",
           "journalists", "soldiers", "tourists")  # fmt: skip
_COUNTS = ("Two", "Three", "Five", "Twelve", "Several")
_HELD = ("had been held", "were being held", "have been held", "are being held",
         "were detained", "have been jailed", "had been detained", "were arrested",
         "have been imprisoned", "were held")  # fmt: skip
_SINCE = ("", " for a month", " since May", " for two weeks", " without charge",
          " for days", " on Monday")  # fmt: skip


def lo39_held_placed(sc: Scene) -> Built:
    """ "Two Indian fishermen had been held in Sri Lanka for a month": S -> T 17."""
    people = sc.rng.choice(_PEOPLE)
    where = sc.name(sc.s, capital=0.3)
    text = (f"{sc.rng.choice(_COUNTS)} {sc.t.demonym} {people} {sc.rng.choice(_HELD)} in "
            f"{where}{sc.rng.choice(_SINCE)}.")  # fmt: skip
    if sc.rng.random() < 0.3:
        text = text[:-1] + f", {_poss(sc.name(sc.t, capital=0.3))} foreign ministry said."
    return text, (_e(sc.s, sc.t, _r("17"), ANY),), ()


_DID = ("detained", "arrested", "jailed", "seized")
_AGAIN = ("The {p} {held}{since}.", "They {held}{since}.", "The two men {held}{since}.",
          "All of them {held}{since}.", "The {p} {held} in {S}{since}.")  # fmt: skip


def lo39_held_story(sc: Scene) -> Built:
    """ "China detained two Canadians in December. The two men have been held without
    charge": S -> T 17 (the first sentence's), never T -> S."""
    people = sc.rng.choice(_PEOPLE)
    n = sc.rng.choice(_COUNTS).lower()
    held = sc.rng.choice(_HELD)
    first = f"{_cap(sc.name(sc.s, capital=0.3))} {sc.rng.choice(_DID)} {n} {sc.t.demonym} {people}."
    again = sc.rng.choice(_AGAIN).format(
        p=people, held=held, since=sc.rng.choice(_SINCE), S=sc.s.capital
    )
    want = (_e(sc.s, sc.t, _r("17"), ANY),)
    return f"{first} {again}", want, ()


_COMPLAINED = ("{T} protested to {S} over the arrests.",
               "{T} accused {S} of harassing its fishermen.",
               "{T} summoned {Sposs} ambassador.",
               "{T} demanded that {S} free its citizens.",
               "{T} lodged a protest with {S}.")  # fmt: skip


def lo39_held_protest(sc: Scene) -> Built:
    """ "Peru protested to Chile. Two Peruvian fishermen had been held for a week": the
    story's other state holds them, S -> T 17."""
    s_name = sc.name(sc.s, capital=0.3)
    first = sc.rng.choice(_COMPLAINED).format(
        T=sc.name(sc.t, capital=0.3), S=s_name, Sposs=_poss(s_name)
    )
    people = sc.rng.choice(_PEOPLE)
    held = sc.rng.choice(_HELD)
    second = f"{sc.rng.choice(_COUNTS)} {sc.t.demonym} {people} {held}{sc.rng.choice(_SINCE)}."
    want = (_e(sc.s, sc.t, _r("17"), ANY),)
    allowed = (_e(sc.t, sc.s, _r("11", "10", "03"), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return f"{first} {second}", want, allowed


_WARNERS = ("{S}", "{Sposs} foreign minister", "the {Sdem} defence ministry",
            "{Sposs} president", "the {Sdem} government")  # fmt: skip
_WARNED = ("warned", "warned on Monday", "has warned", "warned in a statement")
_ABOUT = ("was about to", "was poised to", "was preparing to", "was going to",
          "is about to", "is preparing to", "was set to")  # fmt: skip
_ANOTHERS = ("invade {Z}", "attack {Z}", "expel {Zposs} diplomats", "impose sanctions on {Z}",
             "cut gas supplies to {Z}", "seize {Zdem} ships", "send troops to {Z}",
             "launch strikes on {Z}")  # fmt: skip


def lo39_warned_about(sc: Scene) -> Built:
    """ "Poland warned that Russia was about to invade Ukraine": Russia's coming act (T -> Z,
    not asserted), no threat by the warner (no S -> T asserted)."""
    s_name = sc.name(sc.s, capital=0.3)
    warner = sc.rng.choice(_WARNERS).format(S=s_name, Sposs=_poss(s_name), Sdem=sc.s.demonym)
    z_name = sc.name(sc.z, capital=0.2)
    act = sc.rng.choice(_ANOTHERS).format(Z=z_name, Zposs=_poss(z_name), Zdem=sc.z.demonym)
    text = (f"{_cap(warner)} {sc.rng.choice(_WARNED)} that {sc.name(sc.t, capital=0.3)} "
            f"{sc.rng.choice(_ABOUT)} {act}.")  # fmt: skip
    # ("is preparing to invade Z": readying force, 15, asserted as the move itself on main as
    # here, even in the warner's voice; left as it is)
    allowed = (_e(sc.t, sc.z, _r("15"), ANY),)
    want = _e(sc.t, sc.z, frozenset(), NOT_ASSERTED)
    if "preparing" in text:
        want = _e(sc.t, sc.z, frozenset(), ANY)
    return text, (want,), allowed


_STORY_ACTS = ("detained {n} {Tdem} fishermen", "expelled two {Tdem} diplomats",
               "closed its airspace to {Tdem} airlines", "seized a {Tdem} tanker",
               "sent warships near {Tposs} coast", "imposed tariffs on {Tdem} steel",
               "deported {n} {Tdem} workers")  # fmt: skip
_VOICES = ("{T}", "{Tposs} foreign ministry", "the {Tdem} government", "{Tposs} embassy")
_DISAPPROVED = ("objected", "bristled", "objected strongly", "protested", "complained",
                "balked", "fumed", "quickly objected", "protested strongly")  # fmt: skip
_SHAPES = ("{S} {act}, and {V} {d}.", "{S} {act}. {V} {d}.", "{V} {d} after {S} {act}.",
           "After {S} {act}, {V} {d}.", "{S} {act} on Monday. {V} {d} on Tuesday.")  # fmt: skip


def lo39_bare_disapproval(sc: Scene) -> Built:
    """ "Kenya detained Ugandan traders, and Uganda objected", "Warsaw bristled after Moscow
    closed its airspace to Polish airlines": T -> S 11, never T -> T or at no one."""
    t_name = sc.name(sc.t, capital=0.3)
    act = sc.rng.choice(_STORY_ACTS).format(
        n=sc.rng.choice(("two", "three", "12")), Tdem=sc.t.demonym, Tposs=_poss(sc.t.name)
    )
    voice = sc.rng.choice(_VOICES).format(T=t_name, Tposs=_poss(t_name), Tdem=sc.t.demonym)
    text = sc.rng.choice(_SHAPES).format(
        S=sc.name(sc.s, capital=0.3), act=act, V=voice, d=sc.rng.choice(_DISAPPROVED)
    )
    text = ". ".join(_cap(part) for part in text.split(". "))
    return text, (_e(sc.t, sc.s, _r("11"), ASSERTED),), (_e(sc.s, sc.t, frozenset(), ANY),)


_JAILED = ("jailed {n} {Tdem} {p}", "has jailed {n} {Tdem} {p}", "detained {n} {Tdem} {p}",
           "arrested {n} {Tdem} {p}", "imprisoned {n} {Tdem} {p}", "is holding {n} {Tdem} {p}")  # fmt: skip
_SOUGHT = ("sought their release", "has sought their release", "is seeking their release",
           "demanded their release", "called for their release", "urged their release",
           "pressed for their release", "sought their freedom", "demanded their freedom",
           "has repeatedly called for their release")  # fmt: skip
_ASKER = ("{T}", "{Tposs} envoy", "{Tposs} foreign ministry", "the {Tdem} government")
_JOINS = ("{A} {j}, and {B} {r}.", "{A} {j}. {B} {r}.", "{A} {j} in May. Since then, {B} {r}.",
          "{A} {j}, and since then {B} {r}.")  # fmt: skip


def lo39_sought_release(sc: Scene) -> Built:
    """ "Ghana jailed three Togolese traders, and Togo sought their release": the request is
    aimed at the holder, T -> S (02 / 10), never T -> T or at no one."""
    t_name = sc.name(sc.t, capital=0.3)
    jailed = sc.rng.choice(_JAILED).format(
        n=sc.rng.choice(("two", "three", "five")), Tdem=sc.t.demonym, p=sc.rng.choice(_PEOPLE)
    )
    asker = sc.rng.choice(_ASKER).format(T=t_name, Tposs=_poss(t_name), Tdem=sc.t.demonym)
    text = sc.rng.choice(_JOINS).format(
        A=sc.name(sc.s, capital=0.3), j=jailed, B=asker, r=sc.rng.choice(_SOUGHT)
    )
    text = ". ".join(_cap(part) for part in text.split(". "))
    return text, (_e(sc.t, sc.s, _r("02", "10"), ASSERTED),), (_e(sc.s, sc.t, _r("17"), ANY),)


_SENDERS = ("{S}", "{Sposs} defence ministry", "{Sposs} foreign minister", "the {Sdem} government")
_SENT_THINGS = ("troops", "more troops", "500 soldiers", "aid", "humanitarian aid",
                "medical supplies", "warships", "food aid")  # fmt: skip
_SENT_VERBS = ("sent", "delivered", "deployed", "shipped", "dispatched", "flown")
_WOULD_BE = (("would be", "03", "07", "15"), ("will be", "03", "07", "15"),
             ("could be", "03", "07", "15"), ("had been", "07", "15"), ("have been", "07", "15"),
             ("were", "07", "15"))  # fmt: skip
_SENT_SHAPES = ("{V} said {x} {w} {v} to {T}.", "{V} said that {x} {w} {v} to {T}{when}.",
                "{X} {w} {v} to {T}, {V} said.", "{V} announced that {x} {w} {v} to {T}.")  # fmt: skip


def lo39_sent_passive(sc: Scene) -> Built:
    """ "Britain said troops would be sent to Estonia", "aid will be delivered to Sudan, the
    French foreign ministry said": the voice's state sends, S -> T, with the clause's hedge (a
    future is the intent, 03, never asserted)."""
    s_name = sc.name(sc.s, capital=0.2)
    voice = sc.rng.choice(_SENDERS).format(S=s_name, Sposs=_poss(s_name), Sdem=sc.s.demonym)
    thing = sc.rng.choice(_SENT_THINGS)
    verb = sc.rng.choice(_SENT_VERBS)
    force = thing in ("troops", "more troops", "500 soldiers", "warships")
    if force and verb in ("delivered", "flown"):
        verb = "sent"
    if not force and verb == "deployed":
        verb = "delivered"
    w, *roots = sc.rng.choice(_WOULD_BE)
    if thing.endswith("aid") and w == "were":
        w = "was"
    text = sc.rng.choice(_SENT_SHAPES).format(
        V=voice,
        x=thing,
        X=_cap(thing),
        w=w,
        v=verb,
        T=sc.name(sc.t, capital=0.2),
        when=sc.rng.choice(("", " next week", " soon")),
    )
    text = _cap(text)
    future = w.endswith(" be")
    facts = NOT_ASSERTED if future else ANY
    if future and force:
        roots.append("13")  # (a deployment to come reads as the force held out, as active)
    return text, (_e(sc.s, sc.t, _r(*roots), facts),), ()


_WAR_SPEAKERS = ("{S}", "{Sposs} foreign ministry", "{Sposs} president", "the {Sdem} government")
# ("insisted that" is no speech verb of a judged clause on main or here: left over)
_WAR_SAID = ("said", "said that", "said on Monday that", "declared that", "stated that")
_WAR_ACTS_OF = ("{Tposs} strike", "{Tposs} blockade", "{Tposs} seizure of the tanker",
                "{Tposs} incursion", "the {Tdem} attack", "{Tposs} decision",
                "the {Tdem} blockade")  # fmt: skip
_WAR_WERE = ("was an act of war", "was a declaration of war", "is an act of war",
             "was nothing less than an act of war", "was a clear act of war")  # fmt: skip


def lo39_act_of_war(sc: Scene) -> Built:
    """ "Pakistan said India's strike was an act of war": an accusation of the act's doer, S -> T
    11 (112), never a war or an attack by S (no S -> T 19 / 20)."""
    s_name = sc.name(sc.s, capital=0.3)
    speaker = sc.rng.choice(_WAR_SPEAKERS).format(S=s_name, Sposs=_poss(s_name), Sdem=sc.s.demonym)
    t_name = sc.name(sc.t, capital=0.3)
    act = sc.rng.choice(_WAR_ACTS_OF).format(Tposs=_poss(t_name), Tdem=sc.t.demonym)
    text = f"{_cap(speaker)} {sc.rng.choice(_WAR_SAID)} {act} {sc.rng.choice(_WAR_WERE)}."
    # (the judged act itself, T's, in the speaker's voice)
    allowed = (_e(sc.t, sc.s, frozenset(), NOT_ASSERTED), Expect(sc.t.iso3, "", frozenset(), ANY))
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), allowed


_DENIED_DEEDS = (("detaining {Zdem} traders", "detaining any {Zdem} traders"),
                 ("attacking a {Zdem} ship", "attacking the {Zdem} vessel"),
                 ("seizing {Zdem} fishing boats", "seizing any {Zdem} boats"),
                 ("shelling {Zdem} villages", "shelling {Zdem} villages"),
                 ("deporting {Zdem} workers", "deporting {Zdem} workers"))  # fmt: skip
_DENIERS = ("{T}", "{Tposs} foreign ministry", "the {Tdem} government")
_DENIED = ("denied {d}", "denied {d} on Tuesday", "flatly denied {d}", "has denied {d}")


def lo39_denied_earlier(sc: Scene) -> Built:
    """ "Kenya accused Ethiopia of detaining Somali traders. Addis Ababa denied detaining any
    Somalis": the denial (016) answers the accuser named only in the sentence before, T -> S,
    never the third state whose people the denied deed names (T -> Z asserted)."""
    first, again = sc.rng.choice(_DENIED_DEEDS)
    s_name = sc.name(sc.s, capital=0.3)
    t_name = sc.name(sc.t, capital=0.3)
    denier = sc.rng.choice(_DENIERS).format(T=t_name, Tposs=_poss(t_name), Tdem=sc.t.demonym)
    deed = again.format(Zdem=sc.z.demonym)
    text = (f"{_cap(s_name)} accused {t_name} of {first.format(Zdem=sc.z.demonym)}. "
            f"{_cap(denier)} {sc.rng.choice(_DENIED).format(d=deed)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("11"), ASSERTED), _e(sc.t, sc.s, _r("01"), ASSERTED))
    # (the accused deed, reported, and the denied one, negated: T -> Z)
    return text, want, (_e(sc.t, sc.z, frozenset(), NOT_ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo39_held_placed": lo39_held_placed,
    "lo39_held_story": lo39_held_story,
    "lo39_held_protest": lo39_held_protest,
    "lo39_warned_about": lo39_warned_about,
    "lo39_bare_disapproval": lo39_bare_disapproval,
    "lo39_sought_release": lo39_sought_release,
    "lo39_sent_passive": lo39_sent_passive,
    "lo39_act_of_war": lo39_act_of_war,
    "lo39_denied_earlier": lo39_denied_earlier,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
