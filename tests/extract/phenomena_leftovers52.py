"""Round 32's leftovers of the news helpers (issue 9; what this round's news helper noticed and
did not do) as suite constructions crossed with the suite's states named by name, capital,
leader or demonym, and several phrasings each:

- ``lo52_bank_of_state``: "The Exim Bank of S", "the Export-Import Bank of S", "the Central
  (Development, National, Reserve) Bank of S", "S's development bank" are S's government
  business arm: S -> T, never the United States (the tables' "Exim Bank") nor no one;
- ``lo52_received_none``: "T said it had received no such request from S", "T has not received
  any request from S": no one asked, so no event (not S -> T 020 negated);
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Scene, _cap, _e, _r

_TIMES = ("", " on Monday", " on Thursday", " last week", " late on Friday")

_BANKS = ("the Exim Bank of {S}", "the Export-Import Bank of {S}", "the Central Bank of {S}",
          "the Development Bank of {S}", "the National Bank of {S}", "the Reserve Bank of {S}",
          "{Sposs} development bank", "{Sposs} central bank", "{Sposs} Exim Bank",
          "the {Sdem} central bank", "{Sposs} Export-Import Bank")  # fmt: skip
_BANK_ACTS = (("suspended loans to {T}", "16"), ("signed a loan agreement with {T}", "05"),
              ("criticised {T}", "11"), ("halted payments to {T}", "16"),
              ("signed a deal with {T}", "05"))  # fmt: skip


def lo52_bank_of_state(sc: Scene) -> Built:
    """ "The Exim Bank of China suspended loans to Zambia": CHN -> ZMB 16."""
    s = sc.name(sc.s, capital=0.0)
    bank = sc.rng.choice(_BANKS).format(
        S=s, Sposs=s + ("'" if s.endswith("s") else "'s"), Sdem=sc.s.demonym
    )
    act, root = sc.rng.choice(_BANK_ACTS)
    text = f"{_cap(bank)}{sc.rng.choice(_TIMES)} {act.format(T=sc.name(sc.t, capital=0.0))}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), ()


_SAID = ("{T} said it had received no such request from {S}",
         "{T} said it has received no request from {S}",
         "{T} has not received any request from {S}, officials said",
         "{T} said it had received no request for help from {S}",
         "{T} has received no invitation from {S}",
         "{Tlead} said {T} had not received any request from {S}",
         "The {Tdem} foreign ministry said it had received no such request from {S}",
         "{T} said it had received no offer of aid from {S}")  # fmt: skip


def lo52_received_none(sc: Scene) -> Built:
    """ "Japan said it had received no such request from China": no event."""
    frame = sc.rng.choice(_SAID)
    text = frame.format(
        T=sc.name(sc.t, capital=0.0),
        S=sc.name(sc.s, capital=0.0),
        Tlead=sc.leader(sc.t),
        Tdem=sc.t.demonym,
    )
    return _cap(text) + sc.rng.choice((".", " on Monday.", " this week.")), (), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo52_bank_of_state": lo52_bank_of_state,
    "lo52_received_none": lo52_received_none,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
