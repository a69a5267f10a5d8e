"""Round 31's leftovers (issue 9, leftovers46): what the last stop's helpers noticed and did not
do, as suite constructions crossed with the suite's states named by name, capital, leader or
demonym and several phrasings:

- ``lo46_host_as_role``: "A and B held talks in Z-capital, with Z as host (as mediator, as the
  main mediator)": A <-> B 04 and no talks of either with Z (main: Z read as the partner);
- ``lo46_won_promise``: "X's refusal (decision) to V won (earned) it a promise (pledge) of
  loans (aid) from Y": Y -> X 03, and X's act aimed at no one by its reward (main: no promise,
  and the refusal aimed at Y);
- ``lo46_it_after_summons``: "The Y-ian ambassador was summoned by the Z-ian foreign ministry.
  It accused Y of V-ing": Z -> Y 11 twice ("it" is the ministry; main: the ambassador);
- ``lo46_executions``: "X hanged (put to death) two Y-ian nationals": X -> Y 18 (main: no row);
- ``lo46_rained_fire``: "X-ian forces rained rockets (shells) on Y('s towns)": X -> Y 19;
- ``lo46_voiced_seizure``: "X said (complained that) Y had seized its fishing boats": Y -> X 17
  `reported` ("its" the speaker's; main: Y's own boats, no event);
- ``lo46_placed_crowd``: "A mob (crowd) in X-capital attacked the Y-ian embassy": X -> Y 14
  (main: a mob's attack was a private crime of no state; p13_crowd_violence's seed 1 miss);
- ``lo46_state_exim``: "India's (the Indian) Exim Bank extended a loan to Y": X -> Y 07 (main:
  the US bank of Phoenix's bare "Exim Bank");
- ``lo46_barred_entry``: "Y-ian officials would be barred from entering X(, X said)": X -> Y
  172 / 137, not asserted (main: no doer; as "were denied entry to X").
(left: "Qatar hosted talks between A and B" still gives no A <-> B talks; "the Export-Import
Bank of Korea" names no actor; "a fronted Ghanaian Foreign Minister NAME condemned ..." and
"signed a contract to sell", "called the deal 'an expensive gesture'" untouched.)
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

_TALKS = (("held talks", "04"), ("met", "04"), ("resumed negotiations", "04"),
          ("held talks on Tuesday", "04"), ("signed a border pact", "05"))  # fmt: skip
_ROLES = ("as host", "as mediator", "as the main mediator", "as the host", "as chief mediator")


def lo46_host_as_role(sc: Scene) -> Built:
    """ "Kenya and Uganda held talks in Ankara, with Turkey as host": KEN <-> UGA 04, the
    host no partner of the talks."""
    a, b, z = sc.s, sc.t, sc.z
    act, root = sc.rng.choice(_TALKS)
    where = sc.rng.choice((f" in {z.capital}", "", f" in {z.capital} on Monday"))
    comma = sc.rng.choice((",", ""))
    host = sc.rng.choice((sc.name(z, capital=0.0), sc.name(z, capital=0.0), sc.leader(z)))
    text = f"{_cap(sc.name(a))} and {sc.name(b)} {act}{where}{comma} with {host} {sc.rng.choice(_ROLES)}."
    roots = _r(root, "04") if root == "05" else _r(root)
    expected = (_e(a, b, roots, ASSERTED), _e(b, a, roots, ASSERTED))
    allowed = (Expect(z.iso3, a.iso3, frozenset(), ASSERTED),
               Expect(z.iso3, b.iso3, frozenset(), ASSERTED))  # fmt: skip
    return text, expected, allowed


_WINNING = ("refusal to expel the diplomats", "refusal to join the sanctions",
            "refusal to recognise the breakaway region", "decision to stay out of the war",
            "refusal to sign the accord", "move to stay neutral")  # fmt: skip
_WON = ("won it", "earned it", "has won it", "won it only")
_PROMISES = ("a promise of loans", "a pledge of aid", "a promise of investment",
             "a promise of new loans", "a pledge of economic aid")  # fmt: skip


def lo46_won_promise(sc: Scene) -> Built:
    """ "Peru's refusal to expel the diplomats won it a promise of loans from China": CHN ->
    PER 03; Peru's refusal is aimed at no one by its reward."""
    owner = _poss(sc.name(sc.s, capital=0.3))
    text = (f"{_cap(owner)} {sc.rng.choice(_WINNING)} {sc.rng.choice(_WON)} "
            f"{sc.rng.choice(_PROMISES)} from {sc.name(sc.t, capital=0.0)}.")  # fmt: skip
    allowed = (Expect(sc.s.iso3, "", frozenset(), ANY),
               Expect(sc.s.iso3, "*", frozenset(), NOT_ASSERTED))  # fmt: skip
    return text, (_e(sc.t, sc.s, _r("03"), ASSERTED),), allowed


_CHARGED = ("backing the rebels", "meddling in its affairs", "shelling border villages",
            "arming militias", "spying")  # fmt: skip
_SUMMONED = ("was summoned by the {Z} foreign ministry", "was summoned by the {Z} ministry",
             "was summoned by the foreign ministry in {Zcap}")  # fmt: skip
_IT = ("It accused {T} of {act}.", "It accused {T} of {act} and demanded an explanation.",
       "It condemned {T} for {act}.")  # fmt: skip


def lo46_it_after_summons(sc: Scene) -> Built:
    """ "The Rwandan ambassador was summoned by the Congolese foreign ministry. It accused
    Rwanda of backing the rebels": COD -> RWA 11 both (the summons, the accusation)."""
    envoy = sc.rng.choice((f"The {sc.t.demonym} ambassador", f"{_poss(sc.t.name)} envoy",
                           f"The {sc.t.demonym} envoy"))  # fmt: skip
    summoned = sc.rng.choice(_SUMMONED).format(Z=sc.s.demonym, Zcap=sc.s.capital)
    when = sc.rng.choice(("", " on Monday"))
    it = sc.rng.choice(_IT).format(T=sc.name(sc.t, capital=0.0), act=sc.rng.choice(_CHARGED))
    text = f"{_cap(envoy)} {summoned}{when}. {it}"
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),
               Expect(sc.s.iso3, sc.t.iso3, _r("10"), ASSERTED))  # fmt: skip
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), allowed


_VICTIMS = ("two {T} nationals", "a {T} citizen", "three {T} men", "a {T} national",
            "four {T} drug smugglers")  # fmt: skip


def lo46_executions(sc: Scene) -> Built:
    """ "Iran hanged two Swedish nationals", "China put a Canadian citizen to death": an
    execution, X -> Y 18 (186, as "executed")."""
    who = sc.rng.choice(_VICTIMS).format(T=sc.t.demonym)
    r = sc.rng.randrange(4)
    if r == 0:
        act = f"{sc.rng.choice(('hanged', 'has hanged', 'executed'))} {who}"
    elif r == 1:
        act = f"put {who} to death"
    elif r == 2:
        act = f"put to death {who}"
    else:
        act = f"hanged {who} on {sc.rng.choice(('Monday', 'Saturday'))}"
    text = f"{_cap(sc.name(sc.s))} {act}."
    return text, (_e(sc.s, sc.t, _r("18"), ASSERTED),), ()


_FIRE = ("rockets", "shells", "mortar shells", "artillery fire", "missiles", "mortars")
_AIMS = ("{T}", "{Tdem} towns", "{Tdem} border villages", "{Tdem} positions")


def lo46_rained_fire(sc: Scene) -> Built:
    """ "Pakistani troops rained mortar shells on Indian villages": force, X -> Y 19."""
    doer = sc.rng.choice((sc.name(sc.s), f"{sc.s.demonym} forces", f"{sc.s.demonym} troops"))
    aim = sc.rng.choice(_AIMS).format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    verb = sc.rng.choice(("rained", "rained", "has rained", "again rained"))
    text = f"{_cap(doer)} {verb} {sc.rng.choice(_FIRE)} on {aim}."
    return text, (_e(sc.s, sc.t, _r("19"), ASSERTED),), ()


_SAID = ("said", "claimed", "said on Monday that", "complained that", "alleged that")
_SEIZED = (("seized its fishing boats", "17"), ("impounded its trucks", "17"),
           ("detained its fishermen", "17"), ("seized its boats", "17"),
           ("arrested its traders", "17"), ("seized its vessels", "17"))  # fmt: skip


def lo46_voiced_seizure(sc: Scene) -> Built:
    """ "Kenya said Uganda had seized its fishing boats": UGA -> KEN 17 `reported` ("its" the
    speaker's state: no state complains of seizing its own boats)."""
    act, root = sc.rng.choice(_SEIZED)
    said = sc.rng.choice(_SAID)
    text = f"{_cap(sc.name(sc.s))} {said} {sc.name(sc.t, capital=0.5)} had {act}."
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("11", "01"), ASSERTED),)  # (a complaint, 114)
    return text, (_e(sc.t, sc.s, _r(root), NOT_ASSERTED),), allowed


_CROWDS = ("A mob in {C}", "An angry mob in {C}", "A crowd in {C}", "An angry crowd in {C}",
           "Angry crowds in {C}")  # fmt: skip
_CROWD_ACTS = ("attacked", "stormed", "set fire to", "ransacked", "torched")
_MISSIONS = ("the {T} embassy", "the {T} consulate", "the embassy of {N}")


def lo46_placed_crowd(sc: Scene) -> Built:
    """ "A mob in Ankara attacked the Swedish embassy": the crowd's violence is its place's
    state's protest, TUR -> SWE 14 (GUIDE rule 6; p13_crowd_violence)."""
    who = sc.rng.choice(_CROWDS).format(C=sc.s.capital)
    what = sc.rng.choice(_MISSIONS).format(T=sc.t.demonym, N=sc.t.name)
    when = sc.rng.choice(("", " on Friday", " overnight"))
    text = f"{who} {sc.rng.choice(_CROWD_ACTS)} {what}{when}."
    return text, (_e(sc.s, sc.t, _r("14"), ASSERTED),), ()


_LENT = ("extended a loan to {T}", "approved a loan to {T}", "gave {T} a loan",
         "extended a credit line to {T}", "granted a loan to {T}")  # fmt: skip


def lo46_state_exim(sc: Scene) -> Built:
    """ "India's Exim Bank extended a loan to Sri Lanka", "the Chinese Exim Bank gave Laos a
    loan": the possessor's state (its state bank), X -> Y 07, never the US bank."""
    bank = sc.rng.choice((f"{_poss(sc.s.name)} Exim Bank", f"The {sc.s.demonym} Exim Bank",
                          f"{_poss(sc.s.name)} Export-Import Bank"))  # fmt: skip
    act = sc.rng.choice(_LENT).format(T=sc.name(sc.t, capital=0.0))
    text = f"{_cap(bank)} {act}{sc.rng.choice(('', ' on Monday', ' this week'))}."
    return text, (_e(sc.s, sc.t, _r("07"), ASSERTED),), ()


_BARRED = ("would be barred from entering", "will be barred from entering",
           "could be barred from entering", "would be banned from entering",
           "are to be barred from entering")  # fmt: skip
_BARRED_WHO = ("{D} officials", "{D} traders", "{D} ministers", "{D} lorry drivers")
_BARRED_SAID = ("", ", the ministry said", ", officials said", ", {S} said")


def lo46_barred_entry(sc: Scene) -> Built:
    """ "Ugandan officials would be barred from entering Kenya, the ministry said": only the
    state entered refuses entry, KEN -> UGA (172, or the threat of it, 137), not asserted
    (main: no doer)."""
    who = sc.rng.choice(_BARRED_WHO).format(D=sc.t.demonym)
    said = sc.rng.choice(_BARRED_SAID).format(S=sc.name(sc.s, capital=0.5))
    text = f"{who} {sc.rng.choice(_BARRED)} {sc.name(sc.s, capital=0.0)}{said}."
    return _cap(text), (_e(sc.s, sc.t, _r("17", "16", "13"), NOT_ASSERTED),), ()  # (lorries: 163)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo46_host_as_role": lo46_host_as_role,
    "lo46_won_promise": lo46_won_promise,
    "lo46_it_after_summons": lo46_it_after_summons,
    "lo46_executions": lo46_executions,
    "lo46_rained_fire": lo46_rained_fire,
    "lo46_voiced_seizure": lo46_voiced_seizure,
    "lo46_placed_crowd": lo46_placed_crowd,
    "lo46_state_exim": lo46_state_exim,
    "lo46_barred_entry": lo46_barred_entry,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
