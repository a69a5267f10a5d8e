"""The story's pair in joint acts, answers and grants (issue 9, pairs23: fresh12's classes DC, J,
JO, CW, A, AP, X and H), crossed with states, namings and phrasings.

pr23a: "S and T signed a declaration committing both governments to V" (an accord obliging /
a pact binding each side ...; "Presidents A and B signed ..."): the signing both ways (05), no
intent from the participle (``parties.signed_content``, ``_plural_titles``).
pr23b: "S and T signed a pact. The two armies / navies / central banks / weather agencies ...",
"officials of the two agencies ...", "the two countries' prosecutors ...": the pair's bodies,
both ways (``_pair_bodies``).
pr23c: "S's president met T's president. The two leaders agreed to open the route to S-ian
buses": S <-> T (03), not the demonym's state (``parties.joint_own_object``).
pr23d: "S's president spoke by telephone / by video link with T's president", "held talks
with", "had a call with": S <-> T (04) (``parties.comitative``).
pr23e: "S's president invited T's president to S's capital, and she accepted / but he
declined": T -> S (03 / 12), the pronoun the invitee (``_answering_pronouns``,
``parties.answered_addresser``).
pr23f: "S asked T to hand over an activist. The activist, who fled S, was granted asylum in T":
T -> S (07) (``parties.granted_status``).
pr23g: "S protested to T over fishing licences issued to ... S's foreign minister called the
licences illegal": S -> T (11) twice; "S's leader has praised T, yet her government still
protests every licence the islands issue": S -> T 11 (``parties.criticised_things``).
pr23h: "S's checks at the border crossing hold lorries for hours. S's leader should lift them
and instead press T's capital": S -> T (08, possible), not S -> S
(``parties.pronoun_home_target``).
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

DONE = frozenset({"asserted", "reported"})


def _e(a: State, b: State, roots: set[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b.iso3, frozenset(roots), facts)


def _hedged(a: str = "*") -> Expect:
    return Expect(a, "*", frozenset(), NOT_ASSERTED)


def _both(
    s: State, t: State, roots: set[str], facts: frozenset[str] = ASSERTED
) -> tuple[Expect, ...]:
    return (_e(s, t, roots, facts), _e(t, s, roots, facts))


def _office(st: State) -> str:
    return f"{_poss(st.name)} president"


_DOCUMENTS = (
    "a declaration",
    "an accord",
    "a pact",
    "a memorandum",
    "an agreement",
    "a joint declaration",
)
_BINDING = ("committing", "obliging", "binding", "committing", "requiring")
_BOUND = ("both governments", "each side", "the two countries", "both sides", "the two governments")
_CONTENT = ("to finish the pipeline by 2027", "to open a new border crossing", "to share data on river levels",
            "to build a bridge across the river", "to double trade within five years")  # fmt: skip


def pr23a_binding_declaration(sc: Scene) -> Built:
    """ "S and T signed a declaration committing both governments to V": S <-> T 05 only."""
    rng, s, t = sc.rng, sc.s, sc.t
    signers = rng.choice(
        (
            f"{sc.name(s, capital=0.0)} and {sc.name(t, capital=0.0)}",
            f"The presidents of {s.name} and {t.name}",
            f"{_cap(_office(s))} and {_office(t)}",
        )
    )
    if s.leader(sc.date) and t.leader(sc.date) and rng.random() < 0.4:
        signers = f"{rng.choice(('Presidents', 'Leaders'))} {sc.leader(s)} and {sc.leader(t)}"
    doc = f"{rng.choice(_DOCUMENTS)} {rng.choice(_BINDING)} {rng.choice(_BOUND)} {rng.choice(_CONTENT)}"
    text = f"{signers} signed {doc}{_time(sc)}."
    return text, _both(s, t, {"05"}), (_hedged(),)


_PACTS = (
    "signed a defence pact",
    "signed a trade pact",
    "agreed to deepen ties",
    "signed a border accord",
)
_BODY_ACTS = (
    ("The two armies held their first joint exercise near the border", {"06"}),
    ("The two navies held a joint drill in the gulf", {"06"}),
    ("The two central banks signed a currency swap accord", {"05"}),
    ("Officials of the two weather agencies signed a separate accord on sharing data", {"05"}),
    ("Officials from the two customs agencies signed a separate accord", {"05"}),
    ("The two countries' prosecutors signed an accord on sharing evidence", {"05"}),
    ("Both countries' police forces held a joint exercise", {"06"}),
)


def pr23b_pair_bodies(sc: Scene) -> Built:
    """ "S and T signed a pact. The two armies held a joint exercise": S <-> T, each body its
    state's."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = (
        f"{sc.name(s, capital=0.0)} and {sc.name(t, capital=0.0)} {rng.choice(_PACTS)}{_time(sc)}"
    )
    act, roots = rng.choice(_BODY_ACTS)
    text = f"{_cap(first)}. {act}{rng.choice(('', ' last month', ' in May'))}."
    return text, _both(s, t, roots), (*_both(s, t, {"05", "03"}), _hedged())


_MET = ("{S} met {T} in {Scap}", "{S} hosted {T} in {Scap}", "{S} and {T} met in {Scap}")
_OPENED = ("open the border crossing", "open the route", "reopen the bridge", "reopen the rail link",
           "open the new highway")  # fmt: skip
_USERS = ("passenger buses", "lorries", "trucks", "freight trains", "tourists")


def pr23c_joint_own_object(sc: Scene) -> Built:
    """ "The two leaders agreed to open the route to S-ian buses": S <-> T 03, never S -> S."""
    rng, s, t = sc.rng, sc.s, sc.t
    met = rng.choice(_MET).format(S=_office(s), T=_office(t), Scap=s.capital)
    users = f"{rng.choice((s, t)).demonym} {rng.choice(_USERS)}"
    subject = rng.choice(("The two leaders", "The two presidents", "The leaders"))
    text = (
        f"{_cap(met)}{_time(sc)}. {subject} agreed to {rng.choice(_OPENED)} to {users} from March."
    )
    allowed = (*_both(s, t, {"04"}), _e(s, t, {"04"}), _e(t, s, {"04"}), _hedged())
    return text, _both(s, t, {"03"}), allowed


_CALLS = (
    ("spoke by telephone with", {"04"}),
    ("spoke by phone with", {"04"}),
    ("spoke by video link with", {"04"}),
    ("held talks with", {"04"}),
    ("had a call with", {"04"}),
    ("spoke with", {"04"}),
)


def pr23d_comitative(sc: Scene) -> Built:
    """ "S's president spoke by telephone with T's president": S <-> T 04."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb, roots = rng.choice(_CALLS)
    partner = rng.choice((_office(t), f"{t.demonym} President {sc.leader(t)}" if t.leader(sc.date) else _office(t),
                          f"{_poss(t.name)} foreign minister"))  # fmt: skip
    who = rng.choice(
        (_office(s), f"{_poss(s.name)} foreign minister", f"{_poss(s.name)} prime minister")
    )
    tail = rng.choice(("", f", {_poss(s.name)} foreign ministry said", f", {s.capital} said"))
    text = f"{_cap(who)} {verb} {partner}{_time(sc)}{tail}."
    return text, _both(s, t, roots, DONE), (_hedged(),)


_ANSWERS = (("and she accepted", {"03"}), ("and he accepted", {"03"}),
            ("but he declined", {"12"}), ("but she declined", {"12"}))  # fmt: skip


def pr23e_invited_accepted(sc: Scene) -> Built:
    """ "S's president invited T's president to S's capital, and she accepted": T -> S."""
    rng, s, t = sc.rng, sc.s, sc.t
    guest = sc.leader(t) if t.leader(sc.date) and rng.random() < 0.5 else _office(t)
    answer, roots = rng.choice(_ANSWERS)
    purpose = rng.choice(("", " for talks", " for the first session", " for a summit"))
    tail = rng.choice(
        ("", f", {_poss(s.name)} foreign ministry said", f", {_poss(t.name)} ministry said")
    )
    text = f"{_cap(_office(s))} invited {guest} to {s.capital}{purpose}{_time(sc)}, {answer}{tail}."
    want = (_e(s, t, {"03", "02"}, DONE), _e(t, s, roots, DONE))
    return text, want, (_hedged(),)


_PEOPLE = (
    "an opposition activist",
    "a former banker",
    "a dissident journalist",
    "an exiled opposition leader",
)
_REFERS = ("The activist", "He", "She", "The man", "The woman")
_FLED = ("", ", who fled {S} in May,", ", who left {S} last year,")
_STATUS = ("asylum", "political asylum", "residence", "asylum")


def pr23f_granted_asylum(sc: Scene) -> Built:
    """ "S asked T to hand over X. X was granted asylum in T": T -> S 07."""
    rng, s, t = sc.rng, sc.s, sc.t
    asked = rng.choice(
        ("asked {T} to hand over", "asked {T} to extradite", "has sought the return from {T} of")
    )
    first = f"{sc.name(s, capital=0.0)} {asked.format(T=t.name)} {rng.choice(_PEOPLE)}"
    fled = rng.choice(_FLED).format(S=s.name)
    text = (
        f"{_cap(first)}{_time(sc)}. {rng.choice(_REFERS)}{fled} was granted {rng.choice(_STATUS)} "
        f"in {t.name}{rng.choice(('', ' last month', ' in June'))}."
    )
    return text, (_e(t, s, {"07"}),), (_e(s, t, {"02"}), _hedged())


_PERMITS = ("fishing licences", "drilling permits", "fishing permits", "mining licences")
_GIVEN = ("issued to foreign trawlers", "granted to foreign firms", "sold to foreign fleets")
_CALLED = ("called the {p} illegal", "called the {p} 'an illegal act'", "called the {p} a provocation",
           "called the {p} unacceptable")  # fmt: skip
_CRITICS = ("{Sposs} foreign minister", "{Sposs} foreign ministry", "{Sposs} president")


def pr23g_criticised_thing(sc: Scene) -> Built:
    """ "S protested to T over licences ... S's minister called the licences illegal": S -> T 11
    twice; "S's leader has praised T, yet her government protests every licence the islands
    issue": S -> T 11."""
    rng, s, t = sc.rng, sc.s, sc.t
    permits = rng.choice(_PERMITS)
    if rng.random() < 0.3:
        thing = permits.split()[-1][:-1]
        text = (
            f"{_cap(_office(s))} has praised {t.name} more warmly than any of {rng.choice(('her', 'his'))} "
            f"predecessors, yet {rng.choice(('her', 'his'))} government still protests every {thing} "
            f"the {rng.choice(('islands issue', 'territory issues', 'province issues'))}."
        )
        return text, (_e(s, t, {"11"}), _e(s, t, {"05"})), (_hedged(),)
    first = f"{sc.name(s, capital=0.0)} protested to {sc.name(t, capital=0.0)} over {permits} {rng.choice(_GIVEN)}"
    critic = rng.choice(_CRITICS).format(Sposs=_poss(s.name))
    text = f"{_cap(first)}{_time(sc)}. {_cap(critic)} {rng.choice(_CALLED).format(p=permits.split()[-1])}."
    return text, (_e(s, t, {"11"}),), (_hedged(),)


_CHECKS = ("{Sposs} checks at the border crossing hold commuters for an hour",
           "{Sposs} new border checks hold lorries for hours",
           "{Sposs} controls at the crossing hold drivers for hours")  # fmt: skip
_LIFT = ("should lift them", "should ease them", "should lift them at once", "should relax them")
_PRESS = (
    "instead press {Tcap} to act",
    "instead press {Tcap} on smuggling",
    "instead press {T} to act",
)


def pr23h_pronoun_checks(sc: Scene) -> Built:
    """ "S's checks ... hold commuters. S's leader should lift them and instead press T's
    capital": S -> T 08 and 10, possible; never S -> S."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = rng.choice(_CHECKS).format(Sposs=_poss(s.name))
    who = rng.choice((_office(s), f"{_poss(s.name)} government", f"{_poss(s.name)} prime minister"))
    press = rng.choice(_PRESS).format(Tcap=t.capital, T=t.name)
    text = f"{_cap(first)}. {_cap(who)} {rng.choice(_LIFT)} and {press}."
    want = (_e(s, t, {"08"}, POSSIBLE), _e(s, t, {"10"}, POSSIBLE))
    return text, want, (Expect(s.iso3, "", frozenset(), ASSERTED | NOT_ASSERTED), _hedged())


PAIRS23_CONSTRUCTIONS = {
    "pr23a_binding_declaration": pr23a_binding_declaration,
    "pr23b_pair_bodies": pr23b_pair_bodies,
    "pr23c_joint_own_object": pr23c_joint_own_object,
    "pr23d_comitative": pr23d_comitative,
    "pr23e_invited_accepted": pr23e_invited_accepted,
    "pr23f_granted_asylum": pr23f_granted_asylum,
    "pr23g_criticised_thing": pr23g_criticised_thing,
    "pr23h_pronoun_checks": pr23h_pronoun_checks,
}
FLOORS = {name: (23, 0) for name in PAIRS23_CONSTRUCTIONS}
# Main before pairs23 (e79d6cf; ``phenomena.sample(name, 24)``, right of 24 / false assertions):
# pr23a 21/8 (the participle's intents crossed with "both governments", own-state targets
# among them; the signing lost under an instrument noun), pr23b 0/24 (the counted bodies one
# side or unplaced), pr23c 0/24 (each leader aimed at the demonym's state, one at its own),
# pr23d 0/1 (the call one way only), pr23e 0/9 ("she" the inviter; the answer aimed at the
# inviter's own state), pr23f 0/0 (no doer, no event), pr23g 0/3 (the criticism of the thing
# with no target or its own state), pr23h 0/0 ("them" the doer's own state). After: 24/0 each
# (100/0 of 100 each).
