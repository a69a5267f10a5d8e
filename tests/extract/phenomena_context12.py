"""Counterparts that only the story names (issue 9, fresh5's classes X, J, V and AP, context12),
crossed with states, capitals, leaders and demonyms, in one- to two-sentence documents.

cy1: a pledge or offer of a thing that names no recipient joins the earlier giving act and goes
to its recipient ("Z sent rice to S. T and W pledged rescue teams" -> T->S, W->S).
cy2: a visitor's "hosts" are the state it went to, in a relative clause of the same sentence or
a sentence before.
cy3: "both capitals", "both countries", "the two neighbours" of a third state's reaction are the
story's pair, both of them, never the reacting state.
cy4: "called the incident a provocation and asked W to ..." aims the provocation at the
incident's doer of the sentence before, not at W whom the conjoined verb names.
cy5: an agentless summons whose phrase names a capital is the act of that capital's state; with
no place named, of the dateline's state when the story's latest act is that state's.
cy6: a refusal whose only target is people of no state ("centres for migrants") answers the
visitor of the sentence before (class G).
cy7: the victims of a denied act are the accuser's side, not the denier's own state (class G).
cy8: a pledge made when a bloc asks or meets is made to the bloc (class X).
cy9: a withdrawal from a named place no table knows is aimed at the owner a clause of the
sentence gives it (class P).
cy10: an event noun of the lexicon names the earlier act of its own CAMEO root ("the
deportations" an expulsion of workers), not the latest deed (class X).
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time


def _e(a: State, b: State | str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset({root}), facts)


def _any(a: State, b: State | str) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset(), ANY)


# -- cy1 ------------------------------------------------------------------------------------
_GIVEN = (
    "sent rice to {S}", "shipped tents to {S}", "delivered food aid to {S}",
    "sent medicine to {S}", "sent rescue teams to {S}",
)  # fmt: skip
_JOINED = (
    "have pledged rescue teams", "pledged field hospitals", "offered medical teams",
    "have offered tents", "promised water pumps",
)  # fmt: skip


def cy1_joined_pledge(sc: Scene, others: list[State]) -> Built:
    """ "Vietnam sent rice to the Philippines. Laos and Cambodia have pledged rescue teams":
    each pledge goes to the Philippines."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    w = others[0]
    given = rng.choice(_GIVEN).format(S=sc.name(s, capital=0.0))
    first = _cap(f"{sc.name(z, capital=0.0)} {given}{_time(sc)}.")
    second = f"{sc.name(t, capital=0.0)} and {sc.name(w, capital=0.0)} {rng.choice(_JOINED)}."
    text = f"{first} {_cap(second)}"
    allowed = (_any(z, s), _any(t, w), _any(w, t))
    return text, (_e(t, s, "03"), _e(w, s, "03")), allowed


# -- cy2 ------------------------------------------------------------------------------------
_OFFICES = ("defence minister", "foreign minister", "prime minister", "president")
_OCCASIONS = ("the parade", "the summit", "the anniversary", "two days of talks")
_JUDGED = (("praised his hosts", "05"), ("thanked his hosts", "05"), ("praised the hosts", "05"))
_LATER = (
    "He thanked his hosts for the welcome", "He praised his hosts", "He thanked the hosts",
)  # fmt: skip


def cy2_hosts(sc: Scene) -> Built:
    """ "Laos's defence minister, who flew to Hanoi for the parade, praised his hosts",
    "Kenya's president visited Ethiopia on Monday. He thanked his hosts": the visited state."""
    rng, s, t = sc.rng, sc.s, sc.t
    office = f"{_poss(s.name)} {rng.choice(_OFFICES)}"
    if rng.random() < 0.5:
        judged, root = rng.choice(_JUDGED)
        went = rng.choice(("flew to", "travelled to"))
        text = f"{office}, who {went} {t.capital} for {rng.choice(_OCCASIONS)}, {judged}."
    else:
        visit = rng.choice(("visited", "arrived in"))
        where = sc.name(t, capital=0.5) if visit == "visited" else t.capital
        text = f"{office} {visit} {where}{_time(sc)}. {rng.choice(_LATER)}."
        root = "05"
    allowed = (_any(s, t),)
    return _cap(text), (_e(s, t, root),), allowed


# -- cy3 ------------------------------------------------------------------------------------
_PAIR_ACTS = (
    "{S} and {T} signed a border deal", "{S} and {T} signed a trade pact",
    "{S} and {T} ended their border dispute", "{S} and {T} agreed to reopen their border",
)  # fmt: skip
_BOTH = ("both capitals", "both countries", "the two neighbours", "both neighbours")
_JUDGE_PAIR = ("praised", "congratulated", "thanked")


def cy3_both_of_pair(sc: Scene, others: list[State]) -> Built:
    """ "Ghana and Togo signed a border deal. Nigeria praised both capitals": Ghana and Togo,
    never Nigeria itself nor one of the two only."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = others[0]
    act = rng.choice(_PAIR_ACTS).format(S=sc.name(s, capital=0.0), T=sc.name(t, capital=0.0))
    verb = rng.choice(_JUDGE_PAIR)
    text = f"{_cap(act)}{_time(sc)}. {_cap(sc.name(w, capital=0.0))} {verb} {rng.choice(_BOTH)}."
    allowed = (_any(s, t), _any(t, s))
    return text, (_e(w, s, "05"), _e(w, t, "05")), allowed


# -- cy4 ------------------------------------------------------------------------------------
_INCIDENTS = (
    "fired on {Tdem} herders", "fired on {Tdem} fishermen", "shelled a {Tdem} border post",
    "fired on a {Tdem} patrol",
)  # fmt: skip
_CALLED = (
    "called the incident a provocation and asked {W} to join an inquiry",
    "called the incident a grave provocation and asked {W} to help investigate",
    "called the incident a provocation and urged {W} to join an inquiry",
)  # fmt: skip


def cy4_incident_doer(sc: Scene, others: list[State]) -> Built:
    """ "Bolivian troops fired on Chilean herders. Chile's president called the incident a
    provocation and asked Argentina to join an inquiry": the provocation is Bolivia's."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = others[0]
    first = f"{s.demonym} troops {rng.choice(_INCIDENTS).format(Tdem=t.demonym)}{_time(sc)}."
    who = rng.choice((f"{_poss(t.name)} president", f"{_poss(t.name)} foreign ministry"))
    second = f"{who} {rng.choice(_CALLED).format(W=sc.name(w, capital=0.0))}."
    allowed = (_any(s, t), _any(t, w), _any(s, "*"), _any(w, "*"))
    return f"{first} {_cap(second)}", (_e(t, s, "11"),), allowed


# -- cy5 ------------------------------------------------------------------------------------
_SUMMONED = (
    ("{Sposs} ambassador was summoned to the foreign ministry in {Tc}", "11"),
    ("{Sposs} envoy was summoned to the foreign ministry in {Tc}", "11"),
    ("{Sposs} ambassador was summoned to the presidential palace in {Tc}", "11"),
    ("the {Sdem} ambassador was summoned to the foreign ministry in {Tc}", "11"),
)  # fmt: skip


_FIRST_ACTS = (
    "{T} closed its border with {S}", "{T} suspended flights to {S}",
    "{T} recalled its ambassador from {S}",
)  # fmt: skip
_AGENTLESS = ("{Sposs} ambassador was summoned", "{Sposs} envoy was summoned")


def cy5_seat_of_summons(sc: Scene) -> Built:
    """ "Peru's ambassador was summoned to the foreign ministry in Quito": Ecuador summoned;
    "QUITO - Ecuador closed its border with Peru. Peru's ambassador was summoned": the
    dateline's state, whose act the story's latest is."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.6:
        phrase, root = rng.choice(_SUMMONED)
        text = phrase.format(Sposs=_poss(s.name), Sdem=s.demonym, Tc=t.capital)
        return _cap(text + _time(sc) + "."), (_e(t, s, root),), ()
    first = rng.choice(_FIRST_ACTS).format(T=t.name, S=s.name)
    second = rng.choice(_AGENTLESS).format(Sposs=_poss(s.name))
    text = f"{t.capital.upper()} - {_cap(first)}. {_cap(second)}{_time(sc)}."
    return text, (_e(t, s, "11"),), (_any(t, s),)


# -- cy6 ------------------------------------------------------------------------------------
_VISITS = ("{Zposs} prime minister visited {Sc}", "{Zposs} president visited {S}",
           "{Zposs} interior minister flew to {Sc}")  # fmt: skip
_RULED_OUT = (
    "ruled out hosting centres for migrants", "again ruled out hosting camps for refugees",
    "refused to take back the migrants", "rejected holding centres for asylum seekers",
)  # fmt: skip


def cy6_role_noun_no_block(sc: Scene) -> Built:
    """ "Italy's prime minister visited Tunis. Tunisia's president ruled out hosting centres
    for migrants": people of no state do not block the visitor as the refusal's counterpart."""
    rng, s, z = sc.rng, sc.s, sc.z
    visit = rng.choice(_VISITS).format(Zposs=_poss(z.name), Sc=s.capital, S=s.name)
    text = f"{visit}{_time(sc)}. {_cap(_poss(s.name))} president {rng.choice(_RULED_OUT)}."
    return _cap(text), (_e(s, z, "12"),), (_any(z, s),)


# -- cy7 ------------------------------------------------------------------------------------
_VICTIMS = ("herders", "fishermen", "farmers", "villagers")
_DENIED = (
    "denied that its soldiers had fired on the {V}", "denied that its troops had shot the {V}",
    "denied that its soldiers had fired on any {V}",
)  # fmt: skip
_NEGATED = frozenset({"negated"})


def cy7_denied_victims(sc: Scene) -> Built:
    """ "Chile accused Bolivian troops of shooting two herders. Bolivia denied that its soldiers
    had fired on the herders": the denied shooting's victims are the accuser's side."""
    rng, s, t = sc.rng, sc.s, sc.t
    v = rng.choice(_VICTIMS)
    first = f"{sc.name(t, capital=0.0)} accused {s.demonym} troops of shooting two {v}{_time(sc)}."
    second = f"{sc.name(s, capital=0.0)} {rng.choice(_DENIED).format(V=v)}."
    want = (_e(t, s, "11"), _e(s, t, "19", _NEGATED))
    return f"{_cap(first)} {_cap(second)}", want, (_any(s, t), _any(t, s))


# -- cy8 ------------------------------------------------------------------------------------
_BLOCS = ("the African Union", "the European Union", "ASEAN", "ECOWAS", "the Arab League")
_BLOC_CLAUSES = (
    "when {B} asked for troops", "after {B} asked for help", "when it met {B} leaders",
    "when {B} appealed for funds",
)  # fmt: skip
_PLEDGED = ("pledged two battalions", "promised funding", "pledged engineers", "offered tents")


def cy8_bloc_in_clause(sc: Scene) -> Built:
    """ "Kenya pledged two battalions when the African Union asked for troops": the bloc."""
    rng, s = sc.rng, sc.s
    bloc = rng.choice(_BLOCS)
    clause = rng.choice(_BLOC_CLAUSES)
    if "{B} leaders" in clause:
        bloc = bloc.removeprefix("the ")
    text = f"{sc.name(s)} {rng.choice(_PLEDGED)} {clause.format(B=bloc)}."
    want = Expect(s.iso3, "IGO", frozenset({"03"}), ASSERTED)
    return _cap(text), (want,), (Expect("IGO", "*", frozenset(), ANY),)


# -- cy9 ------------------------------------------------------------------------------------
# Invented place names: no table knows them, so only the clause says whose they are.
_PLACES = ("Tessarit", "Almadora", "Vilkana", "Burenzo", "Kelvasso", "Oranzit")
_WITHDRAWN = (
    "has withdrawn the last of its soldiers from {P}, a month after judges ruled that the "
    "village belongs to {T}",
    "withdrew its troops from {P}, a town that {T} claims",
    "pulled its forces out of {P}, a village that {T} claims",
    "has withdrawn its soldiers from {P}, weeks after a court ruled that the town belongs to {T}",
)  # fmt: skip


def cy9_place_owner(sc: Scene) -> Built:
    """ "Eritrea has withdrawn its soldiers from Badme, a month after judges ruled that the
    village belongs to Ethiopia": the withdrawal is aimed at the owner the clause gives."""
    rng, s, t = sc.rng, sc.s, sc.t
    act = rng.choice(_WITHDRAWN).format(P=rng.choice(_PLACES), T=sc.name(t, capital=0.0))
    return _cap(f"{sc.name(s, capital=0.0)} {act}."), (_e(s, t, "08"),), ()


# -- cy10 -----------------------------------------------------------------------------------
# (act by {Z} on {S}'s people, the event nouns of its CAMEO root that name it)
_ROOT_ACTS = (
    ("expelled forty {Sdem} workers", ("deportations", "deportation")),
    ("detained two {Sdem} journalists", ("arrests", "detentions")),
    ("arrested three {Sdem} fishermen", ("detentions", "arrests")),
)  # fmt: skip
_OTHER_ACTS = ("cut aid to {S}", "imposed tariffs on {Sdem} wine", "suspended flights to {S}")
_NOUN_REACTIONS = (("condemned the", "11"), ("protested the", "11"), ("criticized the", "11"))


def cy10_noun_of_the_root(sc: Scene, others: list[State]) -> Built:
    """ "Chile expelled forty Bolivian workers. Argentina cut aid to Bolivia. Bolivia condemned
    the deportations": an event noun names the earlier act of its own CAMEO root (Chile's),
    not the latest deed done to the reacting state."""
    rng, s, z = sc.rng, sc.s, sc.z
    y = others[0]
    act, nouns = rng.choice(_ROOT_ACTS)
    other = rng.choice(_OTHER_ACTS).format(S=sc.name(s, capital=0.0), Sdem=s.demonym)
    verb, root = rng.choice(_NOUN_REACTIONS)
    lines = [
        f"{sc.name(z, capital=0.0)} {act.format(Sdem=s.demonym)}{_time(sc)}.",
        f"{sc.name(y, capital=0.0)} {other}.",
        f"{sc.name(s)} {verb} {rng.choice(nouns)}.",
    ]
    allowed = (_any(z, s), _any(y, s), _any(z, "*"), _any(y, "*"))
    return " ".join(_cap(x) for x in lines), (_e(s, z, root),), allowed


CONTEXT12_CONSTRUCTIONS = {
    "cy2_hosts": cy2_hosts,
    "cy5_seat_of_summons": cy5_seat_of_summons,
    "cy6_role_noun_no_block": cy6_role_noun_no_block,
    "cy7_denied_victims": cy7_denied_victims,
    "cy8_bloc_in_clause": cy8_bloc_in_clause,
    "cy9_place_owner": cy9_place_owner,
}
CONTEXT12_WITH_OTHERS = {
    "cy1_joined_pledge": cy1_joined_pledge,
    "cy3_both_of_pair": cy3_both_of_pair,
    "cy4_incident_doer": cy4_incident_doer,
    "cy10_noun_of_the_root": cy10_noun_of_the_root,
}
FLOORS = {name: (23, 0) for name in (*CONTEXT12_CONSTRUCTIONS, *CONTEXT12_WITH_OTHERS)}
# Main before context12 (7fa1d07; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): cy1 0/0, cy2 0/0, cy3 3/0, cy4 0/0, cy5 0/0 (no event), cy6 2/22 (the refusing
# state's own people), cy7 0/0 (the denier's own state), cy8 0/10 (the pledger's own forces),
# cy9 17/0, cy10 10/14 (the latest deed's doer). After: 24/0 each.
