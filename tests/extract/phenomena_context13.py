"""Counterparts the story or another clause names (issue 9, fresh6's classes X, J, PB, G and R,
context13), crossed with states, capitals, demonyms and phrasings.

c13a: a refusal after a request made to the refuser in the same sentence answers the request's
maker ("A asked B to free the crew, but B refused").
c13b: a trailing participle's "the vessel" / "the crew" is the craft the main verb took ("seized
a T trawler, accusing the vessel of ...").
c13c: a pledge of money after a visit told the sentence before goes to the visit's other party.
c13d: "declined to commit S to the proposal" after S's visit to T: T, never S itself.
c13e: "the two governments" / "the two kingdoms" are the story's pair, both of them, beside a
pledge by one of them.
c13f: "was received by <title> <name>" in a second conjunct (after an apposition, or with a
named palace between): the host's state hosts the visit, also when no table knows the name;
"welcomed X's head of government, NAME, to CAPITAL" is hosting, not praise.
c13g: a demonym naming a currency or the sent people is never the target.
c13h: an after/since clause's act on a main clause with no event of its own stays scene.
c13i: aid naming no recipient after a disaster or an appeal goes to the stricken state.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _article, _cap, _poss, _time


def _e(a: State, b: State | str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset({root}), facts)


def _any(a: State, b: State | str) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset(), ANY)


# -- c13a -----------------------------------------------------------------------------------
_ASKED = (
    "asked {T} to free the crew", "urged {T} to release the sailors",
    "called on {T} to return the boat", "asked {T} to hand back the catch",
)  # fmt: skip
_REFUSED = ("but {T} refused", "but {T} declined", "but {T} refused outright")


def c13a_refused_request(sc: Scene) -> Built:
    """ "Lima asked Santiago to free the crew, but Santiago refused": T refuses S."""
    rng, s, t = sc.rng, sc.s, sc.t
    tn = sc.name(t, capital=0.5)
    asked = rng.choice(_ASKED).format(T=tn)
    text = f"{sc.name(s, capital=0.5)} {asked}{_time(sc)}, {rng.choice(_REFUSED).format(T=tn)}."
    return _cap(text), (_e(s, t, "02"), _e(t, s, "12")), ()


# -- c13b -----------------------------------------------------------------------------------
_CRAFT = ("trawler", "longliner", "tanker", "fishing boat")
_TOOK = ("seized", "detained", "boarded and seized")
_AGAIN = ("the vessel", "the crew", "the ship")
_ACCUSED = ("of fishing illegally", "of fishing without a licence", "of smuggling fuel")


def c13b_named_craft(sc: Scene) -> Built:
    """ "A Chilean patrol boat seized a Peruvian trawler, accusing the vessel of ...": the
    accusation is aimed at the trawler's state."""
    rng, s, t = sc.rng, sc.s, sc.t
    boat = rng.choice(("patrol boat", "navy ship", "coast guard vessel"))
    text = (
        f"{_article(s.demonym)} {boat} {rng.choice(_TOOK)} {_article(t.demonym)} "
        f"{rng.choice(_CRAFT)}"
        f"{_time(sc)}, accusing {rng.choice(_AGAIN)} {rng.choice(_ACCUSED)}."
    )
    return _cap(text), (_e(s, t, "17"), _e(s, t, "11")), ()


# -- c13c -----------------------------------------------------------------------------------
_ARRIVED = (
    "{Sposs} prime minister arrived in {Tc}", "{Sposs} president arrived in {Tc}",
    "{Sposs} foreign minister visited {T}", "{Sposs} president visited {T}",
)  # fmt: skip
_PLEDGED_MONEY = (
    "{Sposs} government pledged {n} million dollars for reef repair",
    "{S} pledged {n} million dollars for road repairs",
    "{Sposs} government promised {n} million euros towards rebuilding schools",
    "{S} offered {n} million dollars for flood relief",
)  # fmt: skip


def c13c_visit_pledge(sc: Scene) -> Built:
    """ "Japan's prime minister arrived in Fiji. Japan's government pledged 2 million dollars
    for reef repair": the pledge goes to Fiji."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = rng.choice(_ARRIVED).format(Sposs=_poss(s.name), Tc=t.capital, T=t.name)
    n = rng.choice((2, 3, 5, 12))
    second = rng.choice(_PLEDGED_MONEY).format(Sposs=_poss(s.name), S=s.name, n=n)
    text = f"{_cap(first)}{_time(sc)}. {_cap(second)}."
    return text, (_e(s, t, "04"), _e(s, t, "03")), ()


# -- c13d -----------------------------------------------------------------------------------
_DECLINED = ("declined to commit", "refused to commit")
_TO_WHAT = ("to the proposal", "to the plan", "to {Tposs} proposal", "to {Tposs} plan")


def c13d_commit_owner(sc: Scene) -> Built:
    """ "Bolivia's president visited Paraguay. The president declined to commit Bolivia to the
    proposal": Bolivia refuses Paraguay, never itself."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = f"{_poss(s.name)} president visited {t.name}{_time(sc)}."
    who = rng.choice(("The president", f"{_poss(s.name)} president"))
    what = rng.choice(_TO_WHAT).format(Tposs=_poss(t.name))
    second = _cap(f"{who} {rng.choice(_DECLINED)} {s.name} {what}.")
    return f"{_cap(first)} {second}", (_e(s, t, "04"), _e(s, t, "12")), ()


# -- c13e -----------------------------------------------------------------------------------
_PAIR_SIGNED = (
    "the two governments signed a pact", "the two governments signed a fisheries deal",
    "the two governments signed an agreement on reefs",
)  # fmt: skip
_KINGDOMS = (
    "The two kingdoms agreed to open embassies", "The two governments agreed to open embassies",
    "The two kingdoms agreed to open consulates",
)  # fmt: skip


def c13e_the_two(sc: Scene) -> Built:
    """ "Japan's prime minister arrived in Fiji. Japan's government pledged 3 million dollars
    for the reefs, and the two governments signed a pact": Japan and Fiji sign, both ways;
    "The two kingdoms agreed to open embassies" after a visit: both ways."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = rng.choice(_ARRIVED).format(Sposs=_poss(s.name), Tc=t.capital, T=t.name)
    first = f"{_cap(first)}{_time(sc)}."
    if rng.random() < 0.5:
        second = (
            f"{_poss(s.name)} government pledged 3 million dollars for the reefs, and "
            f"{rng.choice(_PAIR_SIGNED)}."
        )
        want = (_e(s, t, "04"), _e(s, t, "03"), _e(s, t, "05"), _e(t, s, "05"))
        return f"{first} {_cap(second)}", want, ()
    want = (_e(s, t, "04"), _e(s, t, "03"), _e(t, s, "03"))
    return f"{first} {rng.choice(_KINGDOMS)}.", want, ()


# -- c13f -----------------------------------------------------------------------------------
# Invented hosts no table knows (title, name), and palaces with names of their own.
_HOSTS = (
    ("President", "Kamau Ndege"), ("King", "Tevita Lolohea"), ("Sultan", "Azlan Syahmirul"),
    ("Prime Minister", "Ilse Varnhagen"), ("President", "Mariam Toure-Diallo"),
)  # fmt: skip
_PALACES = ("Istana Merah Palace", "Nyayo Memorial Palace", "Royal Palace", "State House")


def c13f_received_by(sc: Scene) -> Built:
    """ "S's president began a visit to T on Tuesday, the first by a foreign head of state this
    year, and was received by President NAME", "S's president arrived in T's capital and was
    received at the NAME Palace on Monday by King NAME", "T's president welcomed S's head of
    government, NAME, to T's capital": T hosts S, and S visits T."""
    rng, s, t = sc.rng, sc.s, sc.t
    title, name = rng.choice(_HOSTS)
    who = rng.choice(("president", "prime minister", "foreign minister"))
    r = rng.random()
    if r < 0.3:  # "welcomed X's head of government, NAME, to CAPITAL": hosting, not praise
        office = rng.choice(("head of government", "prime minister", "foreign minister"))
        text = (
            f"{_poss(t.name)} president welcomed {_poss(s.name)} {office}, {name}, to "
            f"{t.capital}{_time(sc)}."
        )
    elif r < 0.65:
        text = (
            f"{_poss(s.name)} {who} began a three-day visit to {t.name}{_time(sc)}, the first by "
            f"a foreign leader this year, and was received by {title} {name}."
        )
    else:
        text = (
            f"{_poss(s.name)} {who} arrived in {t.capital} and was received at the "
            f"{rng.choice(_PALACES)} on Monday by {title} {name}."
        )
    return _cap(text), (_e(t, s, "04"), _e(s, t, "04")), ()


# -- c13g -----------------------------------------------------------------------------------
_CURRENCY = ("dinars", "pounds", "francs", "shillings", "rupees")
_SENT = (
    "pledged to send {Sdem} engineers to help build a market in {Tc}",
    "promised to send {Sdem} doctors to help run a hospital in {Tc}",
    "pledged to send {Sdem} teachers to help open schools in {Tc}",
)  # fmt: skip


_SENT_NOW = (
    "sent {Sdem} doctors to help treat cholera patients in {Tc}",
    "sent {Sdem} engineers to help repair the port in {Tc}",
    "sent {Sdem} teachers to help reopen schools in {Tc}",
)  # fmt: skip


def c13g_money_and_people(sc: Scene) -> Built:
    """ "Bahrain's foreign minister visited Kuwait. Bahrain's government pledged 5 million Bahraini
    dinars towards rebuilding schools", "Kenya's president
    pledged to send Kenyan engineers to help build a market in Kampala": T is the target,
    never S from the currency's or the people's demonym."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.5:
        money = f"{rng.choice((5, 10, 40))} million {s.demonym} {rng.choice(_CURRENCY)}"
        first = f"{_poss(s.name)} foreign minister visited {t.name}{_time(sc)}."
        gave = rng.choice(("pledged", "promised", "offered"))
        second = f"{_poss(s.name)} government {gave} {money} towards rebuilding schools."
        return f"{_cap(first)} {_cap(second)}", (_e(s, t, "04"), _e(s, t, "03")), ()
    if rng.random() < 0.5:  # the aid itself: "Kenya sent Kenyan doctors to help treat ..."
        sent = rng.choice(_SENT_NOW).format(Sdem=s.demonym, Tc=t.capital)
        return _cap(f"{sc.name(s, capital=0.0)} {sent}{_time(sc)}."), (_e(s, t, "07"),), ()
    sent = rng.choice(_SENT).format(Sdem=s.demonym, Tc=t.capital)
    return _cap(f"{_poss(s.name)} president {sent}."), (_e(s, t, "03"),), ()


# -- c13h -----------------------------------------------------------------------------------
_MAIN_NO_ROW = (
    "{S} flew 40 {Tdem} migrants home on Tuesday",
    "{S} sent 40 {Tdem} migrants home on a chartered flight",
    "{S} put 40 {Tdem} migrants on a flight home",
)  # fmt: skip
_AFTER = (
    "a week after its navy intercepted their boat",
    "days after its coast guard intercepted their boat",
    "a week after its navy seized their boat",
)  # fmt: skip


def c13h_scene_phrase(sc: Scene) -> Built:
    """ "Kenya flew 40 Somali migrants home, a week after its navy intercepted their boat":
    the interception is scene (nothing of S against itself); the main act has no row."""
    rng, s, t = sc.rng, sc.s, sc.t
    main = rng.choice(_MAIN_NO_ROW).format(S=sc.name(s, capital=0.0), Tdem=t.demonym)
    text = f"{main}, {rng.choice(_AFTER)}."
    return _cap(text), (), (_any(s, t),)


# -- c13i -----------------------------------------------------------------------------------
_STRICKEN = (
    "A storm cut power across {T}", "A cyclone hit {T} on Sunday",
    "{T} asked for help after a cyclone", "Floods swept through {T} this week",
)  # fmt: skip
_AID_SENT = (
    "has already sent a team of linemen", "sent two planes of water", "sent a medical team",
    "has sent tents and blankets",
)  # fmt: skip


def c13i_stricken_recipient(sc: Scene) -> Built:
    """ "A storm cut power across Fiji. New Zealand has already sent a team of linemen": the aid
    goes to the state the sentence before names (the stricken one, or the one that appealed)."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = rng.choice(_STRICKEN).format(T=t.name)
    text = f"{_cap(first)}. {_cap(sc.name(s, capital=0.0))} {rng.choice(_AID_SENT)}."
    allowed = (_any(t, ""),)  # (the appeal, aimed at no one)
    return text, (_e(s, t, "07"),), allowed


CONTEXT13_CONSTRUCTIONS = {
    "c13a_refused_request": c13a_refused_request,
    "c13b_named_craft": c13b_named_craft,
    "c13c_visit_pledge": c13c_visit_pledge,
    "c13d_commit_owner": c13d_commit_owner,
    "c13e_the_two": c13e_the_two,
    "c13f_received_by": c13f_received_by,
    "c13g_money_and_people": c13g_money_and_people,
    "c13h_scene_phrase": c13h_scene_phrase,
    "c13i_stricken_recipient": c13i_stricken_recipient,
}
FLOORS = {name: (23, 0) for name in CONTEXT13_CONSTRUCTIONS}
# Main before context13 (0772518; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): c13a 0/0 (the refusal with no target), c13b 0/0 (the accusation with no
# target), c13c 0/0 (the pledge with no target), c13d 0/24 (the refuser's own state), c13e
# 0/6 (one government only, no target), c13f 5/0 (no hosting; the welcome with an apposition
# between read as praise), c13g 0/7 (the sender's own state, or no target), c13h 9/15 (the
# scene's interception against the own state), c13i 0/0 (the aid with no target). After:
# 24/0 each.
