"""practice1's classes (issue 9, round 16: bench/gold/reviews/practice1_classes.md EX, PT, MD,
PI, RG, PJ, JT and AV) as suite constructions. Each phrasing is written from the phenomenon, the GUIDE
and the CAMEO codebook, not from the practice set's sentences, crossed with the suite's states
named by name, capital, demonym + sector or leader.

- ``p1_told_to_leave``: "Y's consul was told / asked / instructed to leave X", "X told Y's
  ambassador to leave the country": X expels Y's diplomats (16), no appeal (02);
- ``p1_partitive_object``: "X withdrew three of its diplomats from Y's capital", "X expelled
  two of Y's diplomats", "X suspended its implementation of / key provisions of the accord
  with Y": the row written for the real object (diplomat, accord) holds through a count or a
  wrapper noun (16), no troop withdrawal (0874);
- ``p1_hosted_talks``: "X hosted / convened talks between A and B": X's mediation (04, 045)
  with A and with B, no hosting of a visit (043) as such;
- ``p1_promised_inquiry``: "X promised / pledged / vowed a full inquiry into the death of a Y
  fisherman": an intent (03), no threat (13);
- ``p1_regret_situation``: "X expressed regret over / for the death of a Y national", "X
  regretted the death of two Y sailors": remorse (055), no criticism of Y (11);
- ``p1_unfriendly_act``: "X expelled a Y diplomat. Y called the expulsion an unfriendly act /
  described the decision as an affront": criticism (11) aimed at X;
- ``p1_joint_topic``: "X's leader met Y's leader. The two leaders signed memoranda on migrant
  workers": each other's signing (05), the topic group no target;
- ``p1_apposed_verb``: "X's foreign minister, NAME, called on Y to ...": the verb after the
  apposition is the subject's act (02, 11), not a participle on the subject.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_REDUCE = frozenset({"16"})
_CONSULT = frozenset({"04"})
_INTENT = frozenset({"03"})
_FUTURE_MEET = frozenset({"03", "04"})
_APOLOGY = frozenset({"05"})
_CRITICISM = frozenset({"11"})

_ENVOYS = ("consul", "ambassador", "envoy", "charge d'affaires", "military attache")
_TOLD = ("was told", "was asked", "was instructed", "has been told", "has been asked")
_BY_WHEN = ("", " within a week", " within 48 hours", " by Friday", " within 72 hours")


def p1_told_to_leave(sc: Scene) -> Built:
    """ "The Finnish consul in St Petersburg was told to leave Russia within a week": the host
    state expels the diplomat's state (16), whoever the passive leaves unnamed."""
    rng = sc.rng
    envoy = rng.choice(_ENVOYS)
    when = rng.choice(_BY_WHEN)
    expel = Expect(sc.s.iso3, sc.t.iso3, _REDUCE, ASSERTED)
    r = rng.randrange(4)
    if r == 0:
        text = f"{_poss(sc.t.name)} {envoy} {rng.choice(_TOLD)} to leave {sc.s.name}{when}"
    elif r == 1:
        text = f"The {sc.t.demonym} {envoy} in {sc.s.capital} {rng.choice(_TOLD)} to leave "
        text += f"{sc.s.name}{when}"
    elif r == 2:
        many = rng.choice(("Two", "Three", "Four"))
        text = f"{many} {sc.t.demonym} diplomats were {rng.choice(('told', 'asked'))} to leave "
        text += f"{sc.s.name}{when}"
    else:
        verb = rng.choice(("told", "asked", "instructed"))
        text = f"{sc.name(sc.s)} {verb} {_poss(sc.t.name)} {envoy}{_time(sc)} to leave the "
        text += f"country{rng.choice(_BY_WHEN[1:])}"
    return _cap(text) + ".", (expel,), ()


_ACCORDS = ("peace declaration", "fisheries agreement", "border accord", "transit agreement",
            "memorandum of understanding", "security pact")  # fmt: skip
_WRAPPED = ("its implementation of the", "implementation of its", "key provisions of its",
            "parts of the")  # fmt: skip


def p1_partitive_object(sc: Scene) -> Built:
    """ "X withdrew three of its diplomats from Y's capital", "X suspended its implementation
    of the peace declaration with Y": a count or a wrapper noun before the real object."""
    rng = sc.rng
    reduce_ = Expect(sc.s.iso3, sc.t.iso3, _REDUCE, ASSERTED)
    who = sc.name(sc.s)
    verb = rng.choice(("suspended", "has suspended"))
    r = rng.randrange(3)
    if r == 0:
        many = rng.choice(("two", "three", "four", "most", "half", "some"))
        text = f"{who} withdrew {many} of its diplomats from {sc.t.capital}{_time(sc)}"
    elif r == 1:
        many = rng.choice(("two", "three", "five", "several"))
        text = f"{who} expelled {many} of {_poss(sc.t.name)} diplomats{_time(sc)}"
    else:
        what = f"{rng.choice(_WRAPPED)} {rng.choice(_ACCORDS)}"
        text = f"{who} {verb} {what} with {sc.name(sc.t, capital=0.0)}{_time(sc)}"
    return _cap(text) + ".", (reduce_,), ()


_TALKS = ("talks", "a round of talks", "peace talks", "a new round of negotiations",
          "a meeting", "direct talks")  # fmt: skip


def p1_hosted_talks(sc: Scene, others: list[State]) -> Built:
    """ "Finland hosted talks between Armenia and Azerbaijan": a third party's mediation (04,
    045) with each side; in the future ("will host") an intent or the act, not asserted."""
    rng, a, b = sc.rng, others[0], others[1]
    who = rng.choice((sc.name(sc.s), f"{_poss(sc.s.name)} government", sc.leader(sc.s)))
    pair = f"{sc.name(a, capital=0.0)} and {sc.name(b, capital=0.0)}"
    talks = tuple(Expect(x.iso3, y.iso3, _CONSULT, ASSERTED) for x, y in ((a, b), (b, a)))
    if rng.random() < 0.25:
        text = f"{who} will host {rng.choice(_TALKS)} between {pair} next month"
        want = tuple(Expect(sc.s.iso3, x.iso3, _FUTURE_MEET, NOT_ASSERTED) for x in (a, b))
        later = tuple(Expect(x.iso3, y.iso3, _CONSULT, NOT_ASSERTED) for x, y in ((a, b), (b, a)))
        return _cap(text) + ".", want, later
    verb = rng.choice(("hosted", "convened", "has hosted", "hosted"))
    text = f"{who} {verb} {rng.choice(_TALKS)} between {pair}{_time(sc)}"
    want = tuple(Expect(sc.s.iso3, x.iso3, _CONSULT, ASSERTED) for x in (a, b))
    return _cap(text) + ".", want, talks


_INQUIRIES = ("a full inquiry", "a transparent inquiry", "a thorough investigation",
              "an independent investigation", "a swift inquiry")  # fmt: skip
_VICTIMS = ("the death of a {T} fisherman", "the deaths of two {T} traders",
            "the shooting of a {T} migrant", "the killing of three {T} farmers")  # fmt: skip


def p1_promised_inquiry(sc: Scene) -> Built:
    """ "Malaysia promised a transparent inquiry into the death of an Indonesian migrant": a
    commitment to the victims' state (03), no threat against it (13)."""
    rng = sc.rng
    victim = rng.choice(_VICTIMS).format(T=sc.t.demonym)
    verb = rng.choice(("promised", "pledged", "vowed", "has promised"))
    text = f"{sc.name(sc.s)} {verb} {rng.choice(_INQUIRIES)}{_time(sc)} into {victim}"
    return _cap(text) + ".", (Expect(sc.s.iso3, sc.t.iso3, _INTENT, ASSERTED),), ()


_REGRETTED = ("the death of a {T} fisherman", "the deaths of two {T} sailors",
              "the death of a {T} migrant", "the loss of {T} lives",
              "the deaths of three {T} miners")  # fmt: skip


def p1_regret_situation(sc: Scene) -> Built:
    """ "X expressed regret over the death of a Y fisherman": remorse for a situation (055,
    as CAMEO defines it), never criticism of the victims' state (11)."""
    rng = sc.rng
    what = rng.choice(_REGRETTED).format(T=sc.t.demonym)
    who = sc.name(sc.s)
    r = rng.randrange(3)
    if r == 0:
        verb = rng.choice(("expressed regret", "voiced regret", "expressed deep regret"))
        text = f"{who} {verb} over {what}"
    elif r == 1:
        verb = rng.choice(("expressed regret", "voiced regret", "expressed its regret"))
        text = f"{who} {verb} for {what}"
    else:
        text = f"{who} {rng.choice(('regretted', 'has regretted'))} {what}"
    return _cap(text) + ".", (Expect(sc.s.iso3, sc.t.iso3, _APOLOGY, ASSERTED),), ()


_MOVES = ("the move", "the expulsion", "the decision", "the expulsions")
_JUDGED = ("an unfriendly act", "a deeply unfriendly act", "an affront", "an insult")


def p1_unfriendly_act(sc: Scene) -> Built:
    """ "Finland expelled a Russian diplomat. Moscow called the move an unfriendly act": the
    criticism (11) aimed at the expelling state, named only in the sentence before."""
    rng = sc.rng
    first = f"{sc.name(sc.s)} expelled {rng.choice(('a', 'two'))} {sc.t.demonym} diplomat"
    first += "s" if " two " in f" {first} " else ""
    who = rng.choice((sc.name(sc.t), f"{_poss(sc.t.name)} foreign ministry"))
    move, judged = rng.choice(_MOVES), rng.choice(_JUDGED)
    if rng.random() < 0.3:
        second = f"{who} described {move} as {judged}"
    else:
        second = f"{who} called {move} {judged}"
    expel = Expect(sc.s.iso3, sc.t.iso3, _REDUCE, ASSERTED)
    blame = Expect(sc.t.iso3, sc.s.iso3, _CRITICISM, ASSERTED)
    return f"{_cap(first)}{_time(sc)}. {_cap(second)}.", (expel, blame), ()


_TOPIC_DOCS = ("memoranda", "a memorandum", "an agreement", "a protocol", "a declaration",
               "two accords")  # fmt: skip
_TOPICS = ("migrant workers", "seasonal workers", "fishermen", "refugees", "students",
           "nurses", "truck drivers")  # fmt: skip


def p1_joint_topic(sc: Scene) -> Built:
    """ "X's president met Y's prime minister in Y's capital. The two leaders also signed
    memoranda on migrant workers": each other's signing (05, both ways); the workers are the
    topic, no party."""
    rng = sc.rng
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    if rng.random() < 0.5:
        first = f"{sname} and {tname} held talks in {sc.t.capital}{_time(sc)}"
    else:
        first = f"{sc.leader(sc.s)} met {sc.leader(sc.t)} in {sc.t.capital}{_time(sc)}"
    pair = rng.choice(("The two leaders", "The two sides", "Both leaders", "The two governments"))
    verb = rng.choice(("also signed", "signed", "later signed"))
    prep = rng.choice(("on", "on", "about"))
    second = f"{pair} {verb} {rng.choice(_TOPIC_DOCS)} {prep} {rng.choice(_TOPICS)}"
    want = tuple(Expect(x.iso3, y.iso3, frozenset({"05"}), ASSERTED)
                 for x, y in ((sc.s, sc.t), (sc.t, sc.s)))  # fmt: skip
    meet = (Expect(sc.s.iso3, sc.t.iso3, _CONSULT, ASSERTED),)
    back = (Expect(sc.t.iso3, sc.s.iso3, _CONSULT, ASSERTED),)
    return f"{_cap(first)}. {second}.", meet + want, back


_TITLES = ("foreign minister", "prime minister", "deputy foreign minister", "trade minister",
           "defence minister", "top diplomat")  # fmt: skip
_NAMES = ("Maria Lindqvist", "Tomas Herrera Vidal", "Anan Sukprasert", "Joao Mendes",
          "Amina Diallo", "Pieter van der Berg", "Lena Hoffmann-Koch", "Karim Haddad")  # fmt: skip
# (the verb phrase after the apposition, the root it codes)
_APPOSED_ACTS = (
    ("called on {T} to respect the ruling", "02"),
    ("called on {T} to release the detained fishermen", "02"),
    ("called for talks with {T}", "02"),
    ("urged {T} to withdraw its troops", "02"),
    ("accused {T} of meddling in the election", "11"),
    ("criticised {T} for closing the border", "11"),
)


def p1_apposed_verb(sc: Scene) -> Built:
    """ "Chile's foreign minister, NAME, called on Peru to respect the ruling": the verb after
    the apposition is the subject's own (an appeal, 02; an accusation, 11), not a participle
    on the subject."""
    rng = sc.rng
    title, name = rng.choice(_TITLES), rng.choice(_NAMES)
    if rng.random() < 0.5:
        who = f"{_poss(sc.s.name)} {title}, {name},"
    else:
        who = f"The {sc.s.demonym} {title}, {name},"
    act, root = rng.choice(_APPOSED_ACTS)
    text = f"{who} {act.format(T=sc.name(sc.t, capital=0.0))}{_time(sc)}"
    return _cap(text) + ".", (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p1_apposed_verb": p1_apposed_verb,
    "p1_joint_topic": p1_joint_topic,
    "p1_told_to_leave": p1_told_to_leave,
    "p1_partitive_object": p1_partitive_object,
    "p1_promised_inquiry": p1_promised_inquiry,
    "p1_regret_situation": p1_regret_situation,
    "p1_unfriendly_act": p1_unfriendly_act,
}
OTHERS_CONSTRUCTIONS: dict[str, Callable[[Scene, list[State]], Built]] = {
    "p1_hosted_talks": p1_hosted_talks,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before practice1 (5c6c0bc) the same 24 scored (right, false assertions):
# p1_told_to_leave 0/2 (no event, or an appeal 02 for "asked Y's envoy to leave");
# p1_partitive_object 15/2 (a troop withdrawal 0874 for "three of its diplomats", nothing for
# "its implementation of the accord"); p1_promised_inquiry 0/24 (a threat, 13);
# p1_regret_situation 0/15 (criticism of the victims' state, 11, or no event for "regret
# for"); p1_unfriendly_act 1/0 (no criticism for "an unfriendly act", "an affront");
# p1_hosted_talks 19/0 (a hosting, 043, for "hosted talks between A and B");
# p1_joint_topic 15/18 (the signing aimed at the topic group, "---LAB", not the partner);
# p1_apposed_verb 13/0 (no event: the verb after the apposition read as a participle).
# After practice1: 24/0 each (and 40/0 each on seeds 1-3).
FLOORS = {name: (24, 0) for name in (*SCENE_CONSTRUCTIONS, *OTHERS_CONSTRUCTIONS)}
