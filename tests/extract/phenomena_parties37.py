"""Round 25's party classes of fresh19 (issue 9, parties37) as suite constructions crossed
with the suite's states named by name, capital or demonym, each with several phrasings:

- ``p37_condemned_victims`` (H): "X condemned the attacks on Y-ian traders": the victims of
  a condemned act whose doer is not named are no target (no event toward Y); with the doer
  named ("Y's attacks on Z-ian traders") the criticism goes to the doer;
- ``p37_neither_side`` (L): "A and B have argued over N. Neither government has threatened to
  take the matter to the regional bloc": each toward the other, negated;
- ``p37_rejected_complaint`` (B): "X's police arrested Y-ian students. Y's ministry said its
  consul had not been allowed to see them and called on X to grant access. X's ministry
  rejected the complaint": the rejection answers the complainer, never X's own police;
- ``p37_colon_elaboration`` (C): "X has been generous with Y: it has trained its coastguard":
  the state named before the colon is the recipient of the elaboration's acts;
- ``p37_goods_crews`` (C): "X has bought more Y-ian drones than its neighbours, and Y has
  trained the pilots who fly them": the people who work the buyer's goods are the buyer's;
- ``p37_request_review_it`` (B): "A urged B to station batteries. B declined the request,
  saying its army needed them, but promised to review it": "it" is the request, never B's own
  army (no act of B toward itself);
- ``p37_region_offer`` (C): "A and B held talks. B-ian officials said A had offered to finance
  a plant in the X region": an unknown region of the story's other state (A -> B 03).

Scores on main (5ac82f4) before the fix, 24 cases each at seeds 0 / 1 (``phenomena.sample``):
p37_condemned_victims 0/24 (24 false) / 0/24 (24 false), p37_neither_side 0/24 / 0/24,
p37_rejected_complaint 4/24 (20 false) / 3/24 (21 false), p37_colon_elaboration 16/24 / 8/24,
p37_goods_crews 4/24 / 8/24, p37_request_review_it 16/24 (8 false) / 15/24 (9 false),
p37_region_offer 21/24 / 18/24; after: 24/24 each, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Scene, _cap, _e, _poss, _r

_NEGATED = frozenset({"negated"})


_CONDEMNED = ("condemned", "denounced", "strongly condemned", "criticised")
_ATTACKS = ("the attacks on {D} traders", "the attacks on {D} truck drivers",
            "the violence against {D} migrants", "the attack on {D} students",
            "the killing of two {D} workers", "the assault on {D} fishermen")  # fmt: skip
_WHERE = ("", " in the capital", " last week", " near the border")


def p37_condemned_victims(sc: Scene) -> Built:
    """ "Kenya condemned the attacks on Ugandan traders": no event toward Uganda; "met his
    Ugandan counterpart and condemned ...": only the meeting."""
    sname = sc.name(sc.s, capital=0.0)
    attacks = sc.rng.choice(_ATTACKS).format(D=sc.t.demonym)
    verb = sc.rng.choice(_CONDEMNED)
    where = sc.rng.choice(_WHERE)
    if sc.rng.random() < 0.4:
        text = (f"{_cap(_poss(sname))} foreign minister met his {sc.t.demonym} counterpart and "
                f"{verb} {attacks}{where}.")  # fmt: skip
        return text, (_e(sc.s, sc.t, _r("04"), ASSERTED),), ()
    return f"{_cap(sname)} {verb} {attacks}{where}.", (), ()


_ARGUED = ("have argued over fishing rights for months.", "have quarrelled over the border.",
           "have been at odds over water from the river.",
           "have disputed the border for years.")  # fmt: skip
_NEITHER = ("Neither government", "Neither capital", "Neither side", "Neither country")
_THREATS = ("threatened to take the matter to the regional bloc",
            "threatened to take the dispute to the African Union",
            "threatened to go to the International Court of Justice",
            "threatened to take the case to the United Nations")  # fmt: skip


def p37_neither_side(sc: Scene) -> Built:
    """ "A and B have argued. Neither government has threatened to go to court": A -> B and
    B -> A 13, negated."""
    a, b = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    text = (f"{_cap(a)} and {b} {sc.rng.choice(_ARGUED)} {sc.rng.choice(_NEITHER)} has "
            f"{sc.rng.choice(_THREATS)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("13"), _NEGATED), _e(sc.t, sc.s, _r("13"), _NEGATED))
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return text, want, allowed


_ARRESTERS = ("{D} intelligence officers", "{D} police", "{D} security agents")
_PEOPLE = ("three {D} students", "two {D} journalists", "four {D} sailors")
_COMPLAINTS = ("the complaint", "the criticism", "the complaint outright", "the protest")
_REJECTED = ("rejected", "dismissed")


def p37_rejected_complaint(sc: Scene) -> Built:
    """X's police arrest Y's people, Y complains and calls on X, X rejects the complaint:
    X -> Y (01 or 12), never X's government at its own police."""
    s, t = sc.s, sc.t
    arrester = sc.rng.choice(_ARRESTERS).format(D=s.demonym)
    people = sc.rng.choice(_PEOPLE).format(D=t.demonym)
    text = (f"{_cap(arrester)} arrested {people} in {s.capital} on Monday. "
            f"{_cap(_poss(t.name))} foreign ministry said its consul had not been allowed to see "
            f"the men and called on {s.capital} to grant access. A spokesman for "
            f"{_poss(s.name)} foreign ministry {sc.rng.choice(_REJECTED)} "
            f"{sc.rng.choice(_COMPLAINTS)}.")  # fmt: skip
    want = (_e(s, t, _r("17"), ASSERTED), _e(t, s, _r("02"), ASSERTED),
            _e(s, t, _r("01", "12"), ASSERTED))  # fmt: skip
    allowed = (_e(s, t, frozenset(), ANY), _e(t, s, frozenset(), ANY))
    return text, want, allowed


_GENEROUS = ("has been generous with {T}", "has been a good friend to {T}",
             "has stood by {T}", "has been generous to {T}")  # fmt: skip
_TRAINED = ("it has trained its coastguard", "it has trained its rangers",
            "it has trained its border guards", "it trained its police officers",
            "it has trained its pilots")  # fmt: skip


def p37_colon_elaboration(sc: Scene) -> Built:
    """ "Norway has been generous with Kenya: it has trained its rangers": NOR -> KEN 06."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    lead = sc.rng.choice(_GENEROUS).format(T=tname)
    text = f"{_cap(sname)} {lead}: {sc.rng.choice(_TRAINED)}."
    return text, (_e(sc.s, sc.t, _r("06"), ASSERTED),), (_e(sc.s, sc.t, frozenset(), ANY),)


_GOODS = ("drones", "radars", "helicopters", "patrol boats", "armoured vehicles")
_CREWS = ("the crews who run them", "the pilots who fly them", "the technicians who maintain them",
          "the crews who operate them", "the soldiers who use them")  # fmt: skip
_BOUGHT = ("has bought more {D} {G} than any of its neighbours",
           "bought {D} {G} last year", "has bought dozens of {D} {G}")  # fmt: skip


def p37_goods_crews(sc: Scene) -> Built:
    """ "Kenya has bought Israeli radars, and Israel has trained the crews who run them":
    KEN -> ISR 06 (the purchase) and ISR -> KEN 06 (the training)."""
    buyer, seller = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    bought = sc.rng.choice(_BOUGHT).format(D=sc.t.demonym, G=sc.rng.choice(_GOODS))
    text = f"{_cap(buyer)} {bought}, and {seller} has trained {sc.rng.choice(_CREWS)}."
    want = (_e(sc.t, sc.s, _r("06"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return text, want, allowed


_URGED = ("urged {T} to station air defence batteries on its soil",
          "asked {T} to send coastguard ships", "urged {T} to deploy more troops in the region",
          "asked {T} to lend it two frigates")  # fmt: skip
_DECLINED = ("declined the request", "turned down the request", "rejected the request")
_SAYING = ("saying its own army needed them", "saying its navy needed the ships",
           "citing its own needs", "saying its military was stretched")  # fmt: skip
_REVIEW = ("promised to review it next year", "said it would reconsider it in the spring",
           "promised to review it later", "agreed to study it again")  # fmt: skip


def p37_request_review_it(sc: Scene) -> Built:
    """ "A urged B to station batteries. B declined the request, saying its army needed them,
    but promised to review it": "it" is the request, never B's own army (no B -> B act)."""
    a, b = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    urged = sc.rng.choice(_URGED).format(T=sc.t.capital)
    text = (f"{_cap(a)} {urged}. {_cap(b)} {sc.rng.choice(_DECLINED)}, "
            f"{sc.rng.choice(_SAYING)}, but {sc.rng.choice(_REVIEW)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("02"), ASSERTED), _e(sc.t, sc.s, _r("12"), ASSERTED))
    allowed = (_e(sc.t, sc.s, _r("03", "02"), ANY), _e(sc.s, sc.t, frozenset(), ANY))
    return text, want, allowed


_TALKS = ("held talks in {C} on Monday.", "met in {C} on Monday.",
          "signed a trade accord in {C} last week.")  # fmt: skip
_REGIONS = ("Marnoka", "Dunavar", "Tessala", "Korrinet", "Belvask", "Ostrelin")
_REGION_WORDS = ("region", "province", "district")
_OFFERS = ("offered to finance a solar plant", "offered to build a hospital",
           "offered to pay for a new road", "had offered to fund a water project")  # fmt: skip


def p37_region_offer(sc: Scene) -> Built:
    """ "Iran and Tajikistan held talks. Tajik officials said Iran had offered to finance a
    plant in the Khatlon region": an unknown region of the story's other state, IRN -> TJK 03."""
    a, b = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    place = f"the {sc.rng.choice(_REGIONS)} {sc.rng.choice(_REGION_WORDS)}"
    offer = sc.rng.choice(_OFFERS).replace("had offered", "offered")
    text = (f"{_cap(a)} and {b} {sc.rng.choice(_TALKS).format(C=sc.t.capital)} "
            f"{sc.t.demonym} officials said {a} had {offer} in {place}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("03"), frozenset({"reported"})),)
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p37_condemned_victims": p37_condemned_victims,
    "p37_neither_side": p37_neither_side,
    "p37_rejected_complaint": p37_rejected_complaint,
    "p37_colon_elaboration": p37_colon_elaboration,
    "p37_goods_crews": p37_goods_crews,
    "p37_request_review_it": p37_request_review_it,
    "p37_region_offer": p37_region_offer,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
