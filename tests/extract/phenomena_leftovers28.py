"""Round 23's leftovers (issue 9, leftovers28) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several verbs and phrasings:

- ``lo28_scrambled_answer``: "Y held drills near X. X scrambled jets in response", "X's defence
  ministry said it had scrambled aircraft and dispatched ships in response": scrambling craft
  answers the other state's act, a show of force (154) aimed at it; the scrambled craft are the
  doer's own, never its target;
- ``lo28_scrambled_alone``: "X scrambled fighter jets on Monday" with no other state in the
  story: no event (never an untargeted or self-targeted 154);
- ``lo28_borne_message``: "The envoy carried (arrived bearing, brought, relayed) a message from
  X's president to Y's leader, officials said": X -> Y 010, reported under the frame;
- ``lo28_border_frontier``: "X stepped up patrols along its Y-ian frontier / on its border with
  Y": forces posted on the border face Y (15), wherever the parser hangs the border;
- ``lo28_home_police``: "X-ian police stepped up patrols in CAPITAL": no event between states;
- ``lo28_no_promise``: "X gave no promise of support to Y": the promise withheld (03, negated),
  never aid (07);
- ``lo28_bridge_closed``: "X shut the bridge to Y", "closed the tunnel to Y-ian traffic": a
  border closure (191), as "closed the crossing".

Scores on main (fc75748) before the fix, ``bench/phenomena.py`` seed 0: see the commit message.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, Built, Expect, Scene, _cap, _poss

_DONE = frozenset({"asserted", "reported"})
_PROVOKED = ("{T} held military drills near {S}", "{T} sent warships into {Sdem} waters",
             "{T} launched large-scale exercises around {S}", "{Tdem} forces staged drills near {S}",
             "{T} deployed bombers near {Sdem} airspace")  # fmt: skip
_SCRAMBLED = ("{S} scrambled jets in response", "{S} scrambled fighter jets in response",
              "{S} scrambled jets and dispatched ships in response",
              "{S} said it scrambled fighters and sent warships in response",
              "{Sposs} air force scrambled fighter jets",
              "{S} condemned the drills and said it had scrambled aircraft",
              "{S} scrambled interceptors")  # fmt: skip
_WHEN = ("", " on Monday", " on Friday", " last week")


def lo28_scrambled_answer(sc: Scene) -> Built:
    """ "Japan held drills near Taiwan. Taiwan scrambled jets in response": Taiwan -> Japan 15."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    first = sc.rng.choice(_PROVOKED).format(T=tname, S=sname, Sdem=sc.s.demonym, Tdem=sc.t.demonym)
    second = sc.rng.choice(_SCRAMBLED).format(S=sname, Sposs=_poss(sname))
    text = f"{_cap(first)}{sc.rng.choice(_WHEN)}. {_cap(second)}."
    allowed = (
        Expect(sc.t.iso3, "*", frozenset(), ANY),
        Expect(sc.s.iso3, sc.t.iso3, frozenset(), ANY),
    )
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"15"}), _DONE),), allowed


_ALONE = ("{S} scrambled fighter jets", "{S} scrambled jets", "{Sposs} air force scrambled jets",
          "{S} said it had scrambled aircraft", "{Sposs} military scrambled two fighters")  # fmt: skip


def lo28_scrambled_alone(sc: Scene) -> Built:
    """ "Japan scrambled fighter jets on Monday": no state it is shown to, no event."""
    sname = sc.name(sc.s, capital=0.2)
    act = sc.rng.choice(_ALONE).format(S=sname, Sposs=_poss(sname))
    return f"{_cap(act)}{sc.rng.choice(_WHEN)}.", (), ()


_BEARERS = ("The envoy", "A special envoy", "The foreign minister", "An envoy", "The emissary")
_CARRIED = ("carried {m} from {S} to {T}", "arrived bearing {m} from {S} to {T}",
            "brought {m} from {S} to {T}", "conveyed {m} from {S} to {T}",
            "relayed {m} from {S} to {T}", "delivered {m} from {S} to {T}",
            "arrived carrying {m} from {S} to {T}")  # fmt: skip
_MESSAGES = ("a message", "a letter", "a personal message", "a written message")
_SENDERS = ("{Sposs} president", "the {Sdem} president", "{Sposs} leader", "{L}")
_ADDRESSEES = ("{Tposs} leader", "{Tposs} president", "the {Tdem} president", "{L}")
_FRAMES = ((", officials said", _DONE), (", diplomats said", _DONE), ("", ANY))


def lo28_borne_message(sc: Scene) -> Built:
    """ "The envoy carried (arrived bearing) a message from Egypt's president to Jordan's
    leader, officials said": the message is the sender's statement to the addressee, S -> T 01,
    the bearer of no state only carrying it."""

    def who(forms: tuple[str, ...], st: State) -> str:
        name = sc.name(st, capital=0.0)
        leader = st.leader(sc.date)
        form = sc.rng.choice(forms if leader else forms[:-1])
        return form.format(Sposs=_poss(name), Sdem=st.demonym, Tposs=_poss(name),
                           Tdem=st.demonym, L=leader)  # fmt: skip

    sender, addressee = who(_SENDERS, sc.s), who(_ADDRESSEES, sc.t)
    carried = sc.rng.choice(_CARRIED).format(m=sc.rng.choice(_MESSAGES), S=sender, T=addressee)
    frame, facts = sc.rng.choice(_FRAMES)
    text = f"{sc.rng.choice(_BEARERS)} {carried}{frame}."
    expect = Expect(sc.s.iso3, sc.t.iso3, frozenset({"01"}), facts)
    return text, (expect,), (Expect(sc.s.iso3, sc.t.iso3, frozenset(), ANY),)


_BORDER_ACTS = ("stepped up patrols", "increased patrols", "doubled patrols", "deployed troops",
                "massed troops", "beefed up patrols", "reinforced its troops",
                "intensified patrols", "deployed more soldiers")  # fmt: skip
_FRONTIERS = ("along its {Tdem} frontier", "along its {Tdem} border", "on its border with {T}",
              "along its frontier with {T}", "on its {Tdem} frontier")  # fmt: skip


def lo28_border_frontier(sc: Scene) -> Built:
    """ "Kenya stepped up patrols along its Somali frontier": forces posted on the border face
    the state across it, S -> T 15, also where the parser hangs the border on the object."""
    where = sc.rng.choice(_FRONTIERS).format(Tdem=sc.t.demonym, T=sc.name(sc.t, capital=0.0))
    act = sc.rng.choice(_BORDER_ACTS)
    text = f"{_cap(sc.name(sc.s, capital=0.2))} {act} {where}{sc.rng.choice(_WHEN)}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"15"}), frozenset({"asserted"})),), ()


_POLICE = ("{Sdem} police stepped up patrols in {C}", "{Sdem} police increased patrols across {C}",
           "Police in {S} stepped up patrols in {C}", "{Sposs} police intensified patrols in {C}",
           "{S} deployed riot police in {C}", "{S} deployed police across {C}",
           "{Sdem} police stepped up patrols across the country",
           "{Sdem} police beefed up patrols in {C}")  # fmt: skip


def lo28_home_police(sc: Scene) -> Built:
    """ "Kenyan police stepped up patrols in Nairobi": police shown at home, no other state
    named: no event between states."""
    name = sc.name(sc.s, capital=0.0)
    text = sc.rng.choice(_POLICE).format(
        Sdem=sc.s.demonym, S=name, Sposs=_poss(name), C=sc.s.capital
    )
    return f"{_cap(text)}{sc.rng.choice(_WHEN)}.", (), ()


_NO_PROMISE = ("gave no promise of support to {T}", "gave no promise of military support to {T}",
               "gave no promise of aid to {T}", "gave no pledge of support to {T}",
               "made no promise of support to {T}", "gave no commitment of support to {T}")  # fmt: skip
_PROMISED = ("gave {T} a promise of military support", "gave a promise of support to {T}",
             "gave a pledge of aid to {T}")  # fmt: skip


def lo28_no_promise(sc: Scene) -> Built:
    """ "Chile gave no promise of support to Peru": the promise (03) withheld, S -> T negated,
    never aid (07) given or withheld; a promise given is asserted."""
    name, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.7:
        act, facts = sc.rng.choice(_NO_PROMISE).format(T=tname), frozenset({"negated"})
    else:
        act, facts = sc.rng.choice(_PROMISED).format(T=tname), frozenset({"asserted"})
    text = f"{_cap(name)} {act}{sc.rng.choice(_WHEN)}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), facts),), ()


_BRIDGES = ("shut the bridge to {T}", "closed the bridge to {Tdem} traffic",
            "closed the bridge to {Tdem} lorries", "shut the bridges to {T}",
            "closed the border bridge with {T}", "closed the tunnel to {Tdem} traffic",
            "has shut the bridge to {T}")  # fmt: skip


def lo28_bridge_closed(sc: Scene) -> Built:
    """ "Chile shut the bridge to Peru": a border closure (191) S -> T, as "closed the
    crossing"."""
    act = sc.rng.choice(_BRIDGES).format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    text = f"{_cap(sc.name(sc.s, capital=0.2))} {act}{sc.rng.choice(_WHEN)}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"19"}), frozenset({"asserted"})),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo28_scrambled_answer": lo28_scrambled_answer,
    "lo28_scrambled_alone": lo28_scrambled_alone,
    "lo28_borne_message": lo28_borne_message,
    "lo28_border_frontier": lo28_border_frontier,
    "lo28_home_police": lo28_home_police,
    "lo28_no_promise": lo28_no_promise,
    "lo28_bridge_closed": lo28_bridge_closed,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
