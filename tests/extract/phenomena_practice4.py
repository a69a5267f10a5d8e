"""Round 24's practice set (issue 9, practice4) as suite constructions crossed with the suite's
states named by name, capital or demonym, leaders, and several phrasings each:

- ``p4_warned_forecast``: "X warned that the region should not become an arena for rivalry
  between Y and Z", "X cautioned that the crisis in Y could spread to its neighbours", "X said it
  respected Y's choices but warned that the Pacific should not become a theatre of bloc
  confrontation": a warning that forecasts the fate of a place or a state of affairs and names
  no consequence the speaker will impose is no threat (GUIDE rule 2): no event, never X -> Y 13x
  asserted;
- ``p4_warned_threat_kept``: the same warnings with a party or the speaker as the clause's subject
  or a consequence named ("warned that Y would pay a heavy price", "warned that it would close
  the border with Y", "warned that any incursion by Y would be met with force")
  stay X -> Y 13x asserted;
- ``p4_received_request_refused``: "X, which received a request from Y to extradite the men, has
  refused": the refusal answers the request its doer received (a noun, object of "received"),
  X -> Y 12x asserted, never a refusal with no target.

Scores on main (0c8438c) before the fixes, ``bench/phenomena.py`` seed 0, with the first version
of the tables: p4_warned_forecast 4/12 with 8 false, p4_warned_threat_kept 8/12 (the phrasings
main misses for other causes were then dropped; see ``practice4_classes.md``); the refusal's
target after a received request was missing by hand checks before its fix. After: 12/12 each.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Scene, _cap, _e, _poss

_WARNED = ("warned", "warned on Monday", "cautioned", "has warned", "warned in a statement",
           "also warned")  # fmt: skip
_SPEAKERS = ("{S}", "{Sposs} foreign ministry", "{Slead}", "{Sposs} embassy", "{S}")
# Forecasts of a place's or a situation's fate, with the states only inside a phrase.
_FORECASTS = (
    "the region should not become an arena for rivalry between {T} and {Z}",
    "the crisis in {T} could spread to its neighbours",
    "instability in {T} could spill over into the whole region",
    "the Pacific should not become a theatre of bloc confrontation",
    "the Sahel could become a haven for armed groups fleeing {T}",
    "the situation on the border between {T} and {Z} was growing more dangerous",
    "tension between {T} and {Z} could turn into open conflict",
    "violence in {T} could drive thousands of refugees across the border",
)  # fmt: skip
_LEADS = ("", "", "{S} said it respected {Tposs} choices but ")


def _speaker(sc: Scene, lead: str) -> str:
    if lead:
        return ""
    sname = sc.name(sc.s, capital=0.3)
    return (
        sc.rng.choice(_SPEAKERS)
        .format(S=sname, Sposs=_poss(sc.s.name), Slead=sc.leader(sc.s))
        .strip()
    )


def p4_warned_forecast(sc: Scene) -> Built:
    """ "Samoa warned that the region should not become an arena for rivalry between Tonga and
    Fiji": no threat, no event."""
    t, z = sc.name(sc.t, capital=0.2), sc.name(sc.z, capital=0.0)
    lead = sc.rng.choice(_LEADS).format(S=sc.name(sc.s, capital=0.3), Tposs=_poss(sc.t.name))
    speaker = _speaker(sc, lead)
    warned = sc.rng.choice(_WARNED)
    forecast = sc.rng.choice(_FORECASTS).format(T=t, Z=z)
    text = f"{_cap(lead or speaker + ' ')}{warned} that {forecast}."
    return text, (), ()


_THREATS = (
    "{T} would pay a heavy price for any incursion",
    "{T} would face serious consequences if the crisis in the region deepened",
    "it would close its border with {T} if the violence spread",
    "any incursion by {T} would be met with force",
)  # fmt: skip


def p4_warned_threat_kept(sc: Scene) -> Built:
    """ "Samoa warned that Tonga would pay a heavy price for any incursion": Samoa -> Tonga 13x
    asserted (a consequence named)."""
    t = sc.name(sc.t, capital=0.2)
    speaker = _speaker(sc, "")
    threat = sc.rng.choice(_THREATS).format(T=t, Tposs=_poss(sc.t.name))
    warned = sc.rng.choice(tuple(w for w in _WARNED if w != "cautioned"))
    text = f"{_cap(speaker)} {warned} that {threat}."
    return text, (_e(sc.s, sc.t, frozenset({"13"}), ASSERTED),), ()


_RECEIVED = (
    "which received a request from {T} to extradite the men",
    "which had received requests from {T} to reopen the border",
    "which received a similar request from {T}",
    "which received a formal request from {T} to take in the migrants",
    "which has received repeated requests from {T} to hand over the suspects",
)  # fmt: skip
_REFUSED = ("has refused", "refused to do so", "has declined", "declined to do so",
            "has refused to take in the migrants", "refused to comply")  # fmt: skip


def p4_received_request_refused(sc: Scene) -> Built:
    """ "Ghana, which received a request from Togo to extradite the men, has refused": the
    refusal answers the request its doer received, Ghana -> Togo 12x asserted."""
    sname, t = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.3)
    received = sc.rng.choice(_RECEIVED).format(T=t)
    text = f"{_cap(sname)}, {received}, {sc.rng.choice(_REFUSED)}."
    want = (_e(sc.s, sc.t, frozenset({"12"}), ASSERTED),)
    allowed = (_e(sc.t, sc.s, frozenset({"02", "10"}), ANY),)
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p4_warned_forecast": p4_warned_forecast,
    "p4_warned_threat_kept": p4_warned_threat_kept,
    "p4_received_request_refused": p4_received_request_refused,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
