"""Round 32's leftovers of the news helpers (issue 9; what this round's news helper noticed and
did not do) as suite constructions crossed with the suite's states named by name, capital,
leader or demonym, and several phrasings each:

- ``lo52_bank_of_state``: "The Exim Bank of S", "the Export-Import Bank of S", "the Central
  (Development, National, Reserve) Bank of S", "S's development bank" are S's government
  business arm: S -> T, never the United States (the tables' "Exim Bank") nor no one;
- ``lo52_received_none``: "T said it had received no such request from S", "T has received no
  invitation from S": no one asked, so no event (not S -> T 020 negated);
- ``lo52_story_talks``: "S-ian Trade Minister NAME arrived in T-CAPITAL on Monday. HOST held
  talks with him later that day": the pronoun after "with" in the host's clause is the
  visitor, never the host; the talks are a meeting both ways (S <-> T 04), "HOST met him" is
  T -> S (the reverse is an acceptable reading, GUIDE rule 6);
- ``lo52_report_relcl``: "Reports that S had expelled T's ambassador surfaced on Monday": the
  parser reads the content clause as a relative one; the act is told (`reported`), not
  scene-setting (no event);
- ``lo52_time_subject``: "The IMF approved a loan to T. The fund on Friday criticised T": a
  time phrase the parse hangs on the short name keeps its body as the doer;
- ``lo52_official_pronoun``: "A senior official of S's water agency arrived in T-CAPITAL on
  Monday. He criticised T's new tariffs": "he" / "she" after an official of a body the tables
  do not list is the official (S), never the nearest state named.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, REPORTED, Built, Expect, Scene, _cap, _e, _poss, _r

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
         "{T} has received no request from {S}, officials said",
         "{T} said it had received no request for help from {S}",
         "{T} has received no invitation from {S}",
         "{Tlead} said {T} had received no such request from {S}",
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


# Names the people table does not hold, one list per sex (the pronoun follows).
_HER = ("Ana Petrin", "Mira Castell", "Lena Vogt", "Ruth Amani")
_HIS = ("Tomas Orel", "Paul Njoroge", "Jonas Berg", "Luis Ocampo")
_OFFICES = ("Trade Minister", "Foreign Minister", "Energy Minister", "Defence Minister")
_TALKS = (("held talks with {P}", True), ("had talks with {P}", True),
          ("met with {P}", True), ("held a meeting with {P}", True), ("met {P}", False))  # fmt: skip
_LATER = (" later that day", " on Tuesday", "", " the next day", " at his office")


def lo52_story_talks(sc: Scene) -> Built:
    """ "Kenyan Trade Minister Paul Njoroge arrived in Paris on Monday. Macron held talks with
    him later that day": KEN -> FRA 04 and FRA -> KEN 04."""
    her = sc.rng.random() < 0.5
    guest = f"{sc.s.demonym} {sc.rng.choice(_OFFICES)} {sc.rng.choice(_HER if her else _HIS)}"
    host = sc.rng.choice((sc.leader(sc.t), f"{_poss(sc.t.name)} foreign minister",
                          f"The {sc.t.demonym} prime minister"))  # fmt: skip
    talks, both = sc.rng.choice(_TALKS)
    when = sc.rng.choice(_TIMES[1:])
    text = (
        f"{guest} arrived in {sc.t.capital}{when}. {_cap(host)} "
        f"{talks.format(P='her' if her else 'him')}{sc.rng.choice(_LATER)}."
    )
    want = [_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.t, sc.s, _r("04"), ASSERTED)]
    return text, tuple(want), () if both else (_e(sc.s, sc.t, _r("04"), ASSERTED),)


_REPORTS = (
    "Reports",
    "Claims",
    "Rumours",
    "Reports",
)  # ("Media reports" parses "reports" as a verb)
_HAD = (("had expelled {Tposs} ambassador", "16"), ("had sold fighter jets to {T}", "06"),
        ("had supplied drones to {T}", "07"), ("had imposed sanctions on {T}", "16"),
        ("had recalled its ambassador from {T}", "16"), ("had seized a {Tdem} tanker", "17"))  # fmt: skip
_SURFACED = (" surfaced on Monday", " circulated this week", " surfaced this week",
             " emerged on Thursday", " circulated on Friday")  # fmt: skip


def lo52_report_relcl(sc: Scene) -> Built:
    """ "Reports that China had expelled Japan's ambassador surfaced on Monday": CHN -> JPN 16
    `reported`."""
    act, root = sc.rng.choice(_HAD)
    t = sc.name(sc.t, capital=0.0)
    told = act.format(T=t, Tposs=_poss(t), Tdem=sc.t.demonym)
    text = f"{sc.rng.choice(_REPORTS)} that {sc.name(sc.s, capital=0.0)} {told}"
    return text + sc.rng.choice(_SURFACED) + ".", (_e(sc.s, sc.t, _r(root), REPORTED),), ()


_SHORT = (("The IMF", "fund"), ("The International Monetary Fund", "fund"),
          ("The World Bank", "bank"))  # fmt: skip
_WHEN = ("on Friday", "on Monday", "last week", "in March", "this week", "on Thursday")
_NEXT = (("criticised {T}", "11"), ("suspended disbursements to {T}", "16"),
         ("halted loans to {T}", "16"), ("praised {T}", "05"))  # fmt: skip


def lo52_time_subject(sc: Scene) -> Built:
    """ "The IMF approved a loan to Pakistan. The fund on Friday criticised Pakistan": IGO ->
    PAK 07 and 11."""
    body, noun = sc.rng.choice(_SHORT)
    t = sc.name(sc.t, capital=0.0)
    then, root = sc.rng.choice(_NEXT)
    text = f"{body} approved a loan to {t}. The {noun} {sc.rng.choice(_WHEN)} {then.format(T=t)}."
    want = (
        Expect("IGO", sc.t.iso3, _r("07"), ASSERTED),
        Expect("IGO", sc.t.iso3, _r(root), ASSERTED),
    )
    return text, want, ()


_BODIES = ("{Sposs} water agency", "the {Sdem} Ministry of Mines", "{Sposs} ports authority",
           "the {Sdem} energy regulator", "{S}")  # fmt: skip
_OFFICIAL = ("A senior official of {B}", "An official of {B}", "{N}, a senior official of {B},",
             "{N}, an official of {B},")  # fmt: skip
_SAID_ACTS = (("criticised {Tposs} new tariffs", "11"), ("praised {Tposs} reforms", "05"),
              ("accused {T} of blocking trucks", "11"))  # fmt: skip


def lo52_official_pronoun(sc: Scene) -> Built:
    """ "A senior official of Kenya's water agency arrived in Kampala on Monday. He criticised
    Uganda's new tariffs": KEN -> UGA 04 and 11."""
    s = sc.name(sc.s, capital=0.0)
    body = sc.rng.choice(_BODIES).format(S=s, Sposs=_poss(s), Sdem=sc.s.demonym)
    her = sc.rng.random() < 0.5
    who = sc.rng.choice(_OFFICIAL).format(B=body, N=sc.rng.choice(_HER if her else _HIS))
    t = sc.name(sc.t, capital=0.0)
    act, root = sc.rng.choice(_SAID_ACTS)
    text = (
        f"{who} arrived in {sc.t.capital}{sc.rng.choice(_TIMES[1:])}. "
        f"{'She' if her else 'He'} {act.format(T=t, Tposs=_poss(t))}."
    )
    want = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.s, sc.t, _r(root), ASSERTED))
    return text, want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo52_bank_of_state": lo52_bank_of_state,
    "lo52_received_none": lo52_received_none,
    "lo52_story_talks": lo52_story_talks,
    "lo52_report_relcl": lo52_report_relcl,
    "lo52_time_subject": lo52_time_subject,
    "lo52_official_pronoun": lo52_official_pronoun,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
