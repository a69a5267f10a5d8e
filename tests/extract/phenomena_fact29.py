"""fresh17's classes EV, NY, NA, RC, WN and BM (issue 9, fact29) as suite constructions crossed
with the suite's states named by name, capital, demonym or leader, each with several acts and
phrasings:

- ``f29_weighed_act``: "X would be foolish / wrong / wise (not) to V Y", "it would be a mistake
  for X to V Y": a modal frame of judgement weighs a hypothetical act; no event (EV);
- ``f29_wiser_than``: "it would be wiser (for X) to V1 than to V2 Y": the preferred act and the
  alternative rejected, both weighed; no event (EV);
- ``f29_accept_no``: "X said it would accept no conditions on the deal with Y", "had accepted
  no such arrangement with Y": a stance or a denial, no yield, negated or otherwise (NY);
- ``f29_broken_measure``: "X was reviewing whether the shipments broke X-ian sanctions on Y",
  "whether its ban on Y-ian imports was still in force": the measure is in force, asked about,
  no new imposition (NA);
- ``f29_object_relative``: "X's navy has patrolled Y's waters under an arrangement that no Y
  government has ever admitted": the relative clause describes the arrangement (RC);
- ``f29_not_tolerate``: "X would not tolerate foreigners smuggling fuel through its ports",
  "would not allow smugglers to use its ports": nobody asked, no refusal (GUIDE rule 5; WN);
- ``f29_message_content``: "X's foreign minister carried a message from LEADER inviting Y's
  president to CAPITAL": the invitation, X -> Y 036 asserted; no 010 of the carrying (BM).

Scores on main (d8c3e4c) before the fix (24 cases, seed 0): f29_weighed_act 3/24 with 13 false,
f29_wiser_than 12/24 with 13 false, f29_accept_no 0/24, f29_broken_measure 4/24 with 6 false,
f29_object_relative 0/24, f29_not_tolerate 0/24 with 24 false, f29_message_content 0/24 with 24
false (the carrier's 010). The message's floor allows one miss: a long hyphenated sender's name
("Abdel Fattah el-Sisi") makes the tagger read the participle as a noun, so the carrying is
dropped but the invitation is not read.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _r


def _e(src: State, tgt: State | str, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt if isinstance(tgt, str) else tgt.iso3, roots, facts)


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


# (an act toward {T} / {Tdem} / {Tlead})
_ACTS = ("refuse {Tposs} request", "expel {Tdem} diplomats", "impose sanctions on {T}",
         "cut aid to {T}", "press {T} on the border", "recall its ambassador from {T}",
         "close the border with {T}", "reject {Tposs} offer", "sever ties with {T}",
         "send troops to {T}", "accuse {T} of spying", "threaten {T} with tariffs")  # fmt: skip
_ADJECTIVES = ("foolish", "wrong", "wise", "unwise", "mistaken", "reckless", "right",
               "sensible", "prudent", "short-sighted")  # fmt: skip
_NOUNS = ("a mistake", "an error", "a blunder", "folly", "a good idea", "a bad idea")
_MODALS = ("would", "would", "could", "might")


def _act(sc: Scene) -> str:
    t = sc.name(sc.t, capital=0.2)
    return sc.rng.choice(_ACTS).format(T=t, Tposs=_poss(sc.t.name), Tdem=sc.t.demonym)


def f29_weighed_act(sc: Scene) -> Built:
    """ "Chile would be foolish to refuse Argentina's request", "it would be a mistake for
    Kenya to impose sanctions on Uganda": no event."""
    s, modal, act = sc.name(sc.s, capital=0.3), sc.rng.choice(_MODALS), _act(sc)
    neg = sc.rng.choice(("", "", "not "))
    form = sc.rng.randrange(3)
    if form == 0:
        text = f"{_cap(s)} {modal} be {sc.rng.choice(_ADJECTIVES)} {neg}to {act}."
    elif form == 1:
        text = f"It {modal} be {sc.rng.choice(_NOUNS)} for {s} {neg}to {act}."
    else:
        adj = sc.rng.choice(tuple(a for a in _ADJECTIVES if a != "mistaken"))
        text = f"It {modal} be {adj} for {s} {neg}to {act}."
    return text, (), ()


_PREFERRED = ("route aid through the UN", "settle the dispute in court", "talk to {T} quietly",
              "wait for the inquiry", "raise the matter at the UN")  # fmt: skip
_REJECTED = ("ship fuel directly to {T}", "impose sanctions on {T}", "expel {Tdem} diplomats",
             "close the border with {T}", "cut aid to {T}", "recall its ambassador from {T}")  # fmt: skip
_COMPARATIVES = ("wiser", "better", "more sensible", "smarter", "more prudent")


def f29_wiser_than(sc: Scene) -> Built:
    """ "It would be wiser for Chile to route aid through the UN than to ship fuel directly to
    Buenos Aires": no event, neither the preferred act nor the alternative."""
    fill = {"T": sc.name(sc.t, capital=0.4), "Tdem": sc.t.demonym}
    first = sc.rng.choice(_PREFERRED).format(**fill)
    second = sc.rng.choice(_REJECTED).format(**fill)
    who = sc.rng.choice(("", f" for {sc.name(sc.s, capital=0.3)}"))
    comp = sc.rng.choice(_COMPARATIVES)
    return f"It would be {comp}{who} to {first} than to {second}.", (), ()


_NO_OBJECTS = ("would accept no conditions on the copper deal with {T}",
               "would accept no preconditions for talks with {T}",
               "had accepted no such arrangement with {T}",
               "had accepted no such deal with {T}",
               "would accept no conditions from {T}",
               "has accepted no such proposal from {T}")  # fmt: skip
_SPEAKERS = ("{S} said it", "{Sposs} foreign minister said {S}", "{Slead} said {S}",
             "The {Sdem} government said it")  # fmt: skip


def f29_accept_no(sc: Scene) -> Built:
    """ "Chile said it would accept no conditions on the copper deal with Argentina": no
    yield (08), negated or otherwise."""
    s = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_SPEAKERS).format(S=s, Sposs=_poss(s), Slead=sc.leader(sc.s),
                                          Sdem=sc.s.demonym)  # fmt: skip
    obj = sc.rng.choice(_NO_OBJECTS).format(T=sc.name(sc.t, capital=0.3))
    return _cap(f"{who} {obj}."), (), ()


_REVIEWERS = ("A {Sdem} spokesman said {Scap} was reviewing",
              "{Sposs} trade ministry is examining", "{S} said it would investigate",
              "{Sposs} customs agency was checking", "Officials in {Scap} are studying")  # fmt: skip
_BROKEN = ("whether the shipments broke {Sdem} sanctions on {T}",
           "whether the deliveries violated the {Sdem} embargo on {T}",
           "whether the cargoes breached its sanctions on {T}",
           "whether the transfers circumvented {Sdem} sanctions against {T}",
           "whether the flights flouted the {Sdem} ban on {Tdem} airlines",
           "whether the {Sdem} sanctions on {T} covered fuel",
           "whether its ban on {Tdem} imports was still in force")  # fmt: skip


def f29_broken_measure(sc: Scene) -> Built:
    """ "A Kenyan spokesman said Nairobi was reviewing whether the shipments broke Kenyan
    sanctions on Uganda": the sanctions are in force; no event."""
    s = sc.name(sc.s, capital=0.0)
    fill = {"S": s, "Sposs": _poss(s), "Sdem": sc.s.demonym, "Scap": sc.s.capital,
            "T": sc.name(sc.t, capital=0.3), "Tdem": sc.t.demonym}  # fmt: skip
    who = sc.rng.choice(_REVIEWERS).format(**fill)
    return _cap(f"{who} {sc.rng.choice(_BROKEN).format(**fill)}."), (), ()


_STANDING = ("For years the {Sdem} navy has patrolled {Tdem} waters",
             "Since 2015 {Sdem} jets have policed the skies over {T}",
             "For decades {Sdem} trawlers have fished off {T}",
             "The {Sdem} coast guard has long patrolled the {Tdem} coast")  # fmt: skip
_RELATIVES = ("under an arrangement that no {Tdem} government has ever admitted",
              "under a deal that {Tcap} has never acknowledged",
              "under an agreement that no {Tdem} minister has ever admitted",
              "under a pact that {T} has never recognised",
              "under an arrangement that few {Tdem} officials will admit")  # fmt: skip


def f29_object_relative(sc: Scene) -> Built:
    """ "For years the Estonian navy has patrolled Latvian waters under an arrangement that no
    Latvian government has ever admitted": the clause describes the arrangement."""
    fill = {"Sdem": sc.s.demonym, "Tdem": sc.t.demonym, "T": sc.t.name, "Tcap": sc.t.capital}
    first = sc.rng.choice(_STANDING).format(**fill)
    text = f"{first} {sc.rng.choice(_RELATIVES).format(**fill)}."
    # (the standing patrol itself, an op-ed's scene: any reading but a refusal or admission)
    allowed = (_e(sc.s, sc.t, _r("06", "15", "19", "04"), ASSERTED | frozenset({"reported"})),)
    return text, (), allowed


_NOT_TOLERATED = ("would not tolerate foreigners smuggling fuel through its ports",
                  "would not allow smugglers to use its ports",
                  "would not tolerate smuggling across its border",
                  "would not tolerate gangs operating from its territory",
                  "will not allow traffickers to use its coast",
                  "would not tolerate poaching in its waters")  # fmt: skip
_TOLERATORS = ("{Sposs} interior minister said {S}", "{S} said it", "{Slead} said {S}",
               "{Sposs} police chief said the country")  # fmt: skip


def f29_not_tolerate(sc: Scene) -> Built:
    """ "Togo's interior minister said Togo would not tolerate foreigners smuggling fuel
    through its ports": nobody asked; no refusal."""
    s = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_TOLERATORS).format(S=s, Sposs=_poss(s), Slead=sc.leader(sc.s))
    return _cap(f"{who} {sc.rng.choice(_NOT_TOLERATED)}."), (), ()


_CARRIERS = ("{Sposs} foreign minister", "{Sposs} special envoy", "The {Sdem} foreign minister",
             "A {Sdem} envoy", "{Sposs} deputy foreign minister")  # fmt: skip
_CARRY = ("carried", "delivered", "conveyed", "brought")
_MESSAGES = ("a message", "a letter", "a message")
_SENDERS = ("{Slead}", "President {Slead}", "the {Sdem} president", "{Sposs} president")
_INVITEES = ("{Tlead}", "{Tposs} president", "the {Tdem} president", "{Tposs} leader")


def f29_message_content(sc: Scene) -> Built:
    """ "Kenya's foreign minister carried a message from President Ruto inviting Uganda's
    president to Nairobi": X -> Y 036 asserted; no 010 of the carrying."""
    s, t = sc.s.name, sc.t.name
    fill = {"S": s, "Sposs": _poss(s), "Sdem": sc.s.demonym, "Slead": sc.leader(sc.s),
            "Tlead": sc.leader(sc.t), "Tposs": _poss(t), "Tdem": sc.t.demonym}  # fmt: skip
    sender = sc.rng.choice(_SENDERS)
    if sc.leader(sc.s) == s:
        sender = "{Sposs} president"
    invitee = sc.rng.choice(_INVITEES)
    if sc.leader(sc.t) == t:
        invitee = "{Tposs} president"
    text = (f"{sc.rng.choice(_CARRIERS)} {sc.rng.choice(_CARRY)} {sc.rng.choice(_MESSAGES)} "
            f"from {sender} inviting {invitee} to {sc.s.capital}.").format(**fill)  # fmt: skip
    return _cap(text), (_e(sc.s, sc.t, _r("03"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "f29_weighed_act": f29_weighed_act,
    "f29_wiser_than": f29_wiser_than,
    "f29_accept_no": f29_accept_no,
    "f29_broken_measure": f29_broken_measure,
    "f29_object_relative": f29_object_relative,
    "f29_not_tolerate": f29_not_tolerate,
    "f29_message_content": f29_message_content,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {
    name: (23, 0) for name in SCENE_CONSTRUCTIONS
}  # (all 24/24 on seeds 0-5 but the message's)
