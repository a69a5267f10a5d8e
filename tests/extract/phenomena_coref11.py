"""Who a story's references are (issue 9, coref11: fresh4's classes J, T, M, G, A), crossed with
states, leaders and phrasings; most are documents of two to five sentences.

c11_story_pair (J): "the two", "the two countries/sides/leaders/neighbours", "both capitals" are the pair of
the story's last act between two states, not the last two states named (the scene-setting of
the pair's own sentence names two others after them).
c11_accord_later (T): "the accord/pact/agreement/deal" is the deal its signers signed, found
also when other acts of other states come between (up to four sentences).
c11_body_again (T): "the council" / "the assembly" is the organisation named sentences before.
c11_brussels (M): "Brussels" is the EU in an EU story or beside what only the EU decides
(funds, sanctions, membership); Belgium's capital otherwise.
c11_member_states (G): "member states" / "the bloc's members/leaders" are the organisation
named before, never the state named nearest.
c11_group_again (A): "the delegation", "the visitors", "the guests", "the cabinet" are the
group the story placed before ("a Senegalese delegation", "the Thai cabinet").
c11_titled_unlisted (A): an office-holder named by title and a name the tables do not hold is
not placed in the state he thanks, praises or criticizes.
c11_court_orders (A): an arbitration or international court that orders a state is neither
that state's nor the other party's.
c11_patron_phrase (A): "accused the government of working for Saudi interests" places neither
party in the state whose interests or orders they are said to serve.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_ANYROOT: frozenset[str] = frozenset()

# -- J: the story's pair ------------------------------------------------------------------------

_PAIR_ACTS = (
    "{Sposs} president met {Tposs} prime minister in {Scap}",
    "{S} accused {T} of violating its airspace",
    "{S} summoned {Tposs} ambassador",
    "{Sposs} foreign minister hosted {Tposs} foreign minister in {Scap}",
    "{S} held talks with {T} in {Scap}",
)  # fmt: skip
# Two other states the pair's own sentence names after the pair, in its scene-setting.
_BETWEEN = (
    " after {Zdem} and {Wdem} troops clashed near the border",
    ", days after {Zposs} president visited {Wcap}",
    " as {Zdem} and {Wdem} officials looked on",
    ", a week after {Z} and {W} held joint drills",
    "",
)  # fmt: skip
_PAIR_WORDS = (
    "The two", "The two countries", "The two sides", "Both sides", "Both capitals",
    "The two governments", "The pair", "The two neighbours", "The two rivals",
)  # fmt: skip
_TOGETHER = (
    ("agreed to hold further talks", frozenset({"03", "04"})),
    ("agreed to reopen the border", frozenset({"03", "08"})),
    ("signed a trade agreement", frozenset({"05", "06"})),
    ("pledged to expand trade", frozenset({"03"})),
    ("agreed to exchange prisoners", frozenset({"03", "08"})),
)  # fmt: skip


def _two_ways(a: str, b: str, roots: frozenset[str]) -> tuple[Expect, Expect]:
    return Expect(a, b, roots, ASSERTED), Expect(b, a, roots, ASSERTED)


def _others_allowed(*states: State) -> tuple[Expect, ...]:
    out: tuple[Expect, ...] = ()
    for st in states:
        out += (Expect(st.iso3, "*", _ANYROOT, ANY), Expect("*", st.iso3, _ANYROOT, ANY))
    return out


def c11_story_pair(sc: Scene, others: list[State]) -> Built:
    """ "Togo summoned Ghana's ambassador after Burkinabe and Nigerien troops clashed near the
    border. The two countries agreed to hold further talks": Togo and Ghana (two states named
    in a later sentence would be the newer two: not crossed here)."""
    rng, s, t = sc.rng, sc.s, sc.t
    z, w = others[0], others[1]
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    first = rng.choice(_PAIR_ACTS).format(
        S=sname, Sposs=_poss(sname), T=tname, Tposs=_poss(tname), Scap=s.capital
    )
    between = rng.choice(_BETWEEN).format(
        Z=z.name, Zposs=_poss(z.name), Zdem=z.demonym, W=w.name, Wcap=w.capital,
        Wdem=w.demonym,
    )  # fmt: skip
    pair = rng.choice(_PAIR_WORDS)
    if "minister" in first and rng.random() < 0.3:
        pair = "The two ministers" if "foreign minister hosted" in first else "The two leaders"
    act, roots = rng.choice(_TOGETHER)
    text = _cap(f"{first}{_time(sc)}{between}. {pair} {act}.")
    allowed = (*_two_ways(s.iso3, t.iso3, _ANYROOT), *_others_allowed(z, w))
    allowed += (Expect(t.iso3, s.iso3, _ANYROOT, frozenset({"reported"})),)  # accused act (lex19)
    return text, _two_ways(s.iso3, t.iso3, roots), allowed


# -- T: the accord, the council ---------------------------------------------------------------

_DEALS = ("a water accord", "a security pact", "a trade agreement", "a border deal")
_FILLERS = (
    "{Z} objected to the plan.", "{Zposs} president later met {Wposs} foreign minister.",
    "{W} hosted a regional meeting.", "Talks on other issues stalled.",
    "{Z} and {W} held naval drills nearby.",
)  # fmt: skip
_ON_ACCORD = (
    ("welcomed", frozenset({"05"})), ("praised", frozenset({"05"})),
    ("criticized", frozenset({"11"})), ("condemned", frozenset({"11"})),
)  # fmt: skip


def c11_accord_later(sc: Scene, others: list[State]) -> Built:
    """ "Egypt and Sudan signed a water accord last week. Ethiopia objected ... Kenya hosted a
    meeting. Eritrea welcomed the accord": Eritrea on Egypt and Sudan (the signers)."""
    rng, s, t = sc.rng, sc.s, sc.t
    z, w, u = others
    deal = rng.choice(_DEALS)
    if rng.random() < 0.5:
        first = f"{s.name} and {t.name} signed {deal}{_time(sc)}."
    else:
        first = f"{s.name} signed {deal} with {t.name}{_time(sc)}."
    n = rng.randint(1, 3)
    fill = " ".join(
        f.format(Z=z.name, Zposs=_poss(z.name), W=w.name, Wposs=_poss(w.name))
        for f in rng.sample(_FILLERS, n)
    )
    word = deal.split()[-1]  # the deal's own word, or sometimes another word for it
    if rng.random() < 0.3:
        word = rng.choice(("accord", "pact", "agreement", "deal"))
    verb, roots = rng.choice(_ON_ACCORD)
    text = f"{first} {fill} {_cap(sc.name(u, 0.3))} {verb} the {word}."
    expected = (Expect(u.iso3, s.iso3, roots, ASSERTED), Expect(u.iso3, t.iso3, roots, ASSERTED))
    allowed = (*_two_ways(s.iso3, t.iso3, _ANYROOT), *_others_allowed(z, w))
    return text, expected, allowed


_BODIES = (
    ("The UN Security Council", "council"), ("The UN General Assembly", "assembly"),
    ("The UN Human Rights Council", "council"),
)  # fmt: skip
_BODY_MET = ("met on {T}", "debated the crisis in {T}", "discussed a draft on {T}")
_ON_BODY = (
    ("thanked", frozenset({"05"})), ("praised", frozenset({"05"})),
    ("criticized", frozenset({"11"})),
)  # fmt: skip


def c11_body_again(sc: Scene, others: list[State]) -> Built:
    """ "The UN Security Council debated the crisis in Haiti. Chile's envoy said the plan risked
    failure, while Peru thanked the council": Peru on the UN."""
    rng, s, t = sc.rng, sc.s, sc.t
    z = others[0]
    body, word = rng.choice(_BODIES)
    first = f"{body} {rng.choice(_BODY_MET).format(T=t.name)}{_time(sc)}."
    verb, roots = rng.choice(_ON_BODY)
    doer = rng.choice((s.name, f"{_poss(s.name)} government", f"{_poss(s.name)} ambassador"))
    if rng.random() < 0.5:
        second = (
            f"{_poss(z.name)} envoy said the plan risked failure, while {doer} {verb} the {word}."
        )
    else:
        second = f"{z.name} abstained. {_cap(doer)} {verb} the {word}."
    allowed = (*_others_allowed(z), Expect("IGO", t.iso3, _ANYROOT, ANY))
    return f"{first} {second}", (Expect(s.iso3, "IGO", roots, ASSERTED),), allowed


# -- M: Brussels ----------------------------------------------------------------------------------

_AT_BRUSSELS = (
    ("urged Brussels to release the frozen funds", frozenset({"02"})),
    ("accused Brussels of blocking its membership talks", frozenset({"11"})),
    ("criticized Brussels over the new tariffs", frozenset({"11"})),
    ("asked Brussels to lift the sanctions on its banks", frozenset({"02"})),
    ("urged Brussels to act", frozenset({"02"})),
)  # fmt: skip
_EU_FIRST = (
    "The European Union froze funds for {S}{time}.", "The EU opened a case against {S}{time}.",
    "",
)  # fmt: skip


def c11_brussels(sc: Scene) -> Built:
    """ "Hungary's prime minister urged Brussels to release the frozen funds": the EU; "Belgium
    and Chile signed a deal. Brussels praised the deal": Belgium."""
    rng, s, t = sc.rng, sc.s, sc.t
    if s.iso3 == "BEL":
        s = t
    doer = rng.choice((s.name, f"{_poss(s.name)} prime minister", f"{_poss(s.name)} government"))
    if rng.random() < 0.25:  # no EU story: Brussels is Belgium's
        text = f"Belgium and {s.name} signed a port deal{_time(sc)}. Brussels praised the deal."
        allowed = _two_ways("BEL", s.iso3, _ANYROOT)
        return text, (Expect("BEL", s.iso3, frozenset({"05"}), ASSERTED),), allowed
    act, roots = rng.choice(_AT_BRUSSELS)
    first = rng.choice(_EU_FIRST).format(S=s.name, time=_time(sc))
    if not first and act.endswith("to act"):
        first = f"The European Union cut funds for {s.name}."
    text = f"{first} {_cap(doer)} {act}{_time(sc) if not first else ''}.".strip()
    allowed = (Expect("IGO", s.iso3, _ANYROOT, ANY),)
    return text, (Expect(s.iso3, "IGO", roots, ASSERTED),), allowed


# -- G: member states -------------------------------------------------------------------------------

_IGOS = ("The UN Security Council", "The African Union", "The European Union", "ASEAN")
_IGO_ACT = (
    "imposed an arms embargo on {S}", "suspended {Sposs} membership", "froze aid to {S}",
)  # fmt: skip
_TO_MEMBERS = (
    ("{D} appealed to member states to lift the measures", frozenset({"02"})),
    ("{D} urged member states to reconsider", frozenset({"02"})),
    ("{D} called on member states to restore aid", frozenset({"02"})),
)  # fmt: skip
_MEMBERS_DO = (
    ("Member states urged {S} to hold elections", frozenset({"02"})),
    ("The bloc's leaders urged {S} to hold elections", frozenset({"02"})),
    ("Its members urged {S} to release political prisoners", frozenset({"02"})),
)  # fmt: skip


def c11_member_states(sc: Scene) -> Built:
    """ "The UN imposed an arms embargo on Somalia. Somalia's government appealed to member
    states to lift the measures": Somalia on the UN, not on itself."""
    rng, s = sc.rng, sc.s
    igo = rng.choice(_IGOS)
    first = f"{igo} {rng.choice(_IGO_ACT).format(S=s.name, Sposs=_poss(s.name))}{_time(sc)}."
    allowed = (Expect("IGO", s.iso3, _ANYROOT, ANY),)
    if rng.random() < 0.5:
        d = rng.choice((s.name, f"{_poss(s.name)} government", f"{_poss(s.name)} president"))
        act, roots = rng.choice(_TO_MEMBERS)
        return (
            f"{first} {act.format(D=_cap(d))}.",
            (Expect(s.iso3, "IGO", roots, ASSERTED),),
            allowed,
        )
    # (the UN is no bloc: only "member states" of it)
    act, roots = rng.choice(_MEMBERS_DO[:1] if igo.startswith("The UN") else _MEMBERS_DO)
    text = f"{first} {act.format(S=s.name)}."
    return text, (Expect("IGO", s.iso3, roots, ASSERTED),), allowed


# -- A: the delegation, the cabinet; titled names; courts -----------------------------------------

_GROUP_STORIES = (
    ("A {Sdem} delegation arrived in {Tcap}{time}.", "The delegation met {Tposs} president.",
     "S", frozenset({"04"})),
    ("A {Sdem} delegation arrived in {Tcap}{time}.",
     "{Tposs} president later criticized the visitors.", "T", frozenset({"11"})),
    ("A {Sdem} delegation visited {Tcap}{time}.", "{Tposs} prime minister thanked the guests.",
     "T", frozenset({"05"})),
    ("The {Sdem} cabinet approved a plan to cut rice exports{time}.",
     "{T} criticized the cabinet.", "T", frozenset({"11"})),
    ("The {Sdem} cabinet approved new fishing quotas{time}.",
     "{Tposs} government praised the cabinet.", "T", frozenset({"05"})),
)  # fmt: skip


def c11_group_again(sc: Scene) -> Built:
    """ "A Senegalese delegation arrived in Bamako. The delegation met Mali's president": Senegal
    on Mali; "... Mali's president later criticized the visitors": Mali on Senegal."""
    rng, s, t = sc.rng, sc.s, sc.t
    first, second, doer, roots = rng.choice(_GROUP_STORIES)
    words = dict(Sdem=s.demonym, Tcap=t.capital, Tposs=_poss(t.name), T=t.name, time=_time(sc))
    text = f"{first.format(**words)} {second.format(**words)}"
    a, b = (s.iso3, t.iso3) if doer == "S" else (t.iso3, s.iso3)
    allowed = (*_two_ways(s.iso3, t.iso3, frozenset({"04"})), Expect(s.iso3, "*", _ANYROOT, ANY))
    return text, (Expect(a, b, roots, ASSERTED),), allowed


# Invented office-holders the actor tables do not hold.
_UNLISTED = (
    "Talia Vesk", "Oren Malvik", "Sefo Tamarua", "Ilka Dravon", "Rasmo Kettel", "Nadia Quorven",
    "Tevita Alofa", "Moana Fetu", "Jalo Brenik", "Ines Varga-Holt",
)  # fmt: skip
_TITLES = ("Prime Minister", "President", "Defence Minister", "Finance Minister")
_TO_STATE = (
    ("thanked {T} for its support", frozenset({"05"})),
    ("praised {T}", frozenset({"05"})),
    ("called the referendum a historic day and thanked {T}", frozenset({"05"})),
    ("criticized {T}", frozenset({"11"})),
    ("accused {T} of meddling", frozenset({"11"})),
)  # fmt: skip


def c11_titled_unlisted(sc: Scene) -> Built:
    """ "Prime Minister Talia Vesk thanked Japan for its support": not Japan's prime minister
    (of no state the sentence names)."""
    rng, t = sc.rng, sc.t
    act, roots = rng.choice(_TO_STATE)
    text = (
        f"{rng.choice(_TITLES)} {rng.choice(_UNLISTED)} {act.format(T=sc.name(t, 0.0))}{_time(sc)}."
    )
    return text, (Expect("---", t.iso3, roots, ASSERTED),), ()


_COURTS = ("An arbitration tribunal", "An international tribunal", "An arbitration court")
_ORDERS = ("ordered {S} to pay {T} for gas it had withheld", "ordered {S} to compensate {T}")


def c11_court_orders(sc: Scene) -> Built:
    """ "An arbitration tribunal ordered Egypt to pay Israel": a court of neither state."""
    rng, s, t = sc.rng, sc.s, sc.t
    order = rng.choice(_ORDERS).format(S=s.name, T=t.name)
    text = f"{rng.choice(_COURTS)} {order}{_time(sc)}."
    allowed = (Expect(s.iso3, t.iso3, _ANYROOT, ANY), Expect("---", t.iso3, _ANYROOT, ANY))
    return text, (Expect("---", s.iso3, frozenset({"10"}), ASSERTED),), allowed


_ACCUSERS = ("The rebel leader", "The opposition leader", "Rebel commanders", "Opposition leaders")
_PATRONS = (
    "working for {Zdem} interests", "acting on behalf of {Z}", "acting on {Zposs} orders",
    "serving {Zdem} interests", "doing {Zposs} bidding",
)  # fmt: skip
_SCENES = (
    "Fighting resumed in {S}{time}.", "Protests spread across {S}{time}.",
    "Talks collapsed in {Scap}{time}.",
)  # fmt: skip


def c11_patron_phrase(sc: Scene) -> Built:
    """ "Fighting resumed in Yemen. The rebel leader accused the government of working for Saudi
    interests": neither the rebels nor the government are Saudi Arabia's (the patron phrase
    names whom they are said to serve, not where they are)."""
    rng, s, z = sc.rng, sc.s, sc.z
    scene = rng.choice(_SCENES).format(S=s.name, Scap=s.capital, time=_time(sc))
    patron = rng.choice(_PATRONS).format(Z=z.name, Zposs=_poss(z.name), Zdem=z.demonym)
    text = f"{scene} {rng.choice(_ACCUSERS)} accused the government of {patron}."
    allowed = (Expect(s.iso3, "*", _ANYROOT, ANY), Expect("*", s.iso3, _ANYROOT, ANY))
    return text, (Expect("---", "---", frozenset({"11"}), ASSERTED),), allowed


COREF11_CONSTRUCTIONS = {
    "c11_brussels": c11_brussels,
    "c11_member_states": c11_member_states,
    "c11_group_again": c11_group_again,
    "c11_titled_unlisted": c11_titled_unlisted,
    "c11_court_orders": c11_court_orders,
    "c11_patron_phrase": c11_patron_phrase,
}
COREF11_WITH_OTHERS = {
    "c11_story_pair": c11_story_pair,
    "c11_accord_later": c11_accord_later,
    "c11_body_again": c11_body_again,
}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample; on main before
# coref11 (4fc32a8) the same sample scored: c11_brussels 10 (14 false), c11_member_states 0
# (13 false), c11_group_again 3 (5 false), c11_titled_unlisted 0 (24 false), c11_court_orders 3
# (21 false), c11_story_pair 1 (7 false), c11_accord_later 3 (0 false), c11_body_again 24 (0
# false: "the council/assembly" was read already; kept as the class's guard), c11_patron_phrase 0
# (24 false). All 24 now.
FLOORS = {name: (23, 0) for name in (*COREF11_CONSTRUCTIONS, *COREF11_WITH_OTHERS)}
