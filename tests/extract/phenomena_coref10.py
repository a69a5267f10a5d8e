"""Who a pointing phrase, a surname or a role noun is (issue 9 section 1, coref10), crossed with
states, leaders and phrasings; the last two are documents of two sentences.

cr1: "the country", "the government", "the nation", "his/her government" inside what a state's
speaker says is the speaker's state, not the state named last ("after talks with Z").
cr2: "its own people/citizens" is the subject's own state, not a state named later.
cr3: an office-holder introduced with title and state ("Foreign Minister X Y of S", "S's foreign
minister X Y", "Sdem Defence Minister X Y") is S's under the bare surname later on, also where
the actor tables hold that surname for someone else.
cr4: a countryless role noun ("the warring parties", "officials", "the negotiators") is no
target: not the doer's own state.
cr5: a security service that arrests agents working or spying for T is not T's: it is the
reporting state's or the one the document named before.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_SPEAKERS = (
    "{Sposs} foreign minister", "{Sposs} president", "{Sposs} government spokesman",
    "{Sposs} prime minister", "the {Sdem} foreign ministry spokeswoman", "{Slead}",
)  # fmt: skip
_BETWEEN = (
    " after talks with {Z}", " after meeting {Zposs} foreign minister", " in {Zcap}",
    " after a call with {Zlead}", "",
)  # fmt: skip
_POINTING = ("the country", "the government", "the nation")
# (act on {T} said of the pointing phrase, CAMEO roots acceptable)
_SAID_ACTS = (
    ("would expel two {Tdem} diplomats", frozenset({"13", "16", "17"})),
    ("had expelled two {Tdem} diplomats", frozenset({"16", "17"})),
    ("would impose sanctions on {T}", frozenset({"13", "16"})),
    ("had summoned {Tposs} ambassador", frozenset({"11"})),
    ("had recalled its ambassador from {T}", frozenset({"16"})),
    ("would not recognise {Tposs} election result", frozenset({"12", "13"})),
)  # fmt: skip


def _said_frame(sc: Scene) -> tuple[str, str, bool]:
    """A speaker of the scene's source state, the distractor phrase, and whether the speaker
    is a person ("his/her government" fits)."""
    rng, s, z = sc.rng, sc.s, sc.z
    lead = s.leader(sc.date)
    frame = rng.choice(_SPEAKERS if lead else _SPEAKERS[:-1])
    speaker = frame.format(Sposs=_poss(s.name), Sdem=s.demonym, Slead=lead)
    zname = sc.name(z, capital=0.0)
    between = rng.choice(_BETWEEN).format(
        Z=zname, Zposs=_poss(zname), Zcap=z.capital, Zlead=sc.leader(z)
    )
    person = "{Slead}" in frame or "minister" in frame or "president" in frame
    return speaker, between, person


def cr1_speaker_country(sc: Scene) -> Built:
    """ "Chile's foreign minister said after talks with Peru that the country would expel two
    Bolivian diplomats": the country is Chile."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    speaker, between, person = _said_frame(sc)
    pointing = rng.choice(_POINTING)
    if person and rng.random() < 0.35:
        pointing = rng.choice(("his government", "her government"))
    act, roots = rng.choice(_SAID_ACTS)
    act = act.format(T=sc.name(t, capital=0.0), Tposs=_poss(sc.name(t, 0.0)), Tdem=t.demonym)
    # (with a phrase after "said", "that" is kept: without it the parser reads "on a visit to
    # Tehran the country" as an apposition of the place)
    that = "that " if between or rng.random() < 0.5 else ""
    text = f"{speaker} said{between} {that}{pointing} {act}."
    if rng.random() < 0.25 and not between:  # the quote first, the speaker after
        text = f"{_cap(pointing)} {act}, {speaker} said{_time(sc)}."
    allowed = (Expect(s.iso3, z.iso3, frozenset(), ANY), Expect(z.iso3, s.iso3, frozenset(), ANY))
    return _cap(text), (Expect(s.iso3, t.iso3, roots, ANY),), allowed


_OWN = (
    ("is jailing its own {P}", frozenset({"17"})),
    ("has been arresting its own {P}", frozenset({"17"})),
    ("is repressing its own {P}", frozenset({"17"})),
    ("was detaining its own {P}", frozenset({"17"})),
)  # fmt: skip
_HELPS = ("while helping {Z}", "and arming {Z}", "while supplying drones to {Z}", "")


def cr2_own_people(sc: Scene) -> Built:
    """ "Vietnam is jailing its own citizens while helping Iran, Canada said": the citizens are
    Vietnam's."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, roots = rng.choice(_OWN)
    act = act.format(P=rng.choice(("people", "citizens")))
    helps = rng.choice(_HELPS).format(Z=sc.name(z, capital=0.0))
    tail = f" {helps}" if helps else ""
    text = f"{sc.name(s)} {act}{tail}, {sc.name(t)} said{_time(sc)}."
    if rng.random() < 0.4:
        text = f"{sc.name(t)} said{_time(sc)} that {sc.name(s)} {act}{tail}."
    allowed = (Expect(s.iso3, z.iso3, frozenset(), ANY), Expect(t.iso3, s.iso3, frozenset(), ANY))
    return _cap(text), (Expect(s.iso3, s.iso3, roots, ANY),), allowed


# Invented office-holders; some surnames are held by the actor tables for other people.
_PEOPLE = (
    "Ana Lopez", "Marek Novak", "Leila Haddad", "Kofi Mensah", "Tomas Berg", "Sara Lindqvist",
    "Jorge Castillo", "Amina Diallo", "Rafael Ortega", "Hassan Nasser", "Elena Petrova",
    "Nguyen Van Minh", "Ines Moreau", "Daniel Okafor", "Mira Kovac", "Paulo Silva",
)  # fmt: skip
_TITLES = ("Foreign Minister", "Defence Minister", "Trade Minister", "Interior Minister")
_LATER = (
    ("criticized {Z}", frozenset({"11"})), ("praised {Z}", frozenset({"05"})),
    ("accused {Z} of meddling", frozenset({"11"})), ("met {Zposs} president", frozenset({"04"})),
    ("condemned {Z}", frozenset({"11"})),
)  # fmt: skip


def cr3_titled_surname(sc: Scene) -> Built:
    """ "Foreign Minister Ana Lopez of Peru arrived in Quito. Lopez criticized Chile": Lopez is
    Peru's (not the tables' Venezuelan Lopez)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    person = rng.choice(_PEOPLE)
    title = rng.choice(_TITLES)
    r = rng.random()
    if r < 0.4:
        intro = f"{title} {person} of {s.name}"
    elif r < 0.7:
        intro = f"{s.demonym} {title} {person}"
    else:
        intro = f"{_poss(s.name)} {title.lower()} {person}"
    first = f"{intro} arrived in {t.capital}{_time(sc)}."
    later, roots = rng.choice(_LATER)
    zname = sc.name(z, capital=0.0)
    surname = person.split()[-1]
    second = f"{surname} {later.format(Z=zname, Zposs=_poss(zname))}."
    text = f"{first} {second}"
    allowed = (
        Expect(s.iso3, t.iso3, frozenset(), ANY),
        Expect(z.iso3, s.iso3, frozenset(), ANY),
    )
    return text, (Expect(s.iso3, z.iso3, roots, ASSERTED),), allowed


_ROLE_APPEALS = (
    "urged the warring parties to return to talks", "called on all parties to respect the truce",
    "urged officials to show restraint", "asked the negotiators to resume talks",
    "urged both sides to show restraint", "called on the parties to agree a ceasefire",
    "urged the factions to lay down their arms",
)  # fmt: skip


def cr4_role_noun(sc: Scene) -> Built:
    """ "Kenya urged the warring parties to return to talks": no target (not Kenya's own)."""
    rng, s = sc.rng, sc.s
    doer = sc.leader(s) if rng.random() < 0.25 else sc.name(s)
    text = f"{doer} {rng.choice(_ROLE_APPEALS)}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, "", frozenset({"02"}), ASSERTED),), ()


_SERVICES = ("The security service", "The state security service", "The intelligence agency")
_CAUGHT = (
    "arrested two agents working for {T}", "detained a man spying for {T}",
    "arrested three people suspected of spying for {T}", "detained two agents working for {T}",
)  # fmt: skip


def cr5_spied_for(sc: Scene, others: list[State]) -> Built:
    """ "Latvia expelled a Russian diplomat. The security service said it had arrested two
    agents working for Moscow": Latvia's service, Russia the target."""
    rng, s, t = sc.rng, sc.s, sc.t
    caught = rng.choice(_CAUGHT).format(T=sc.name(t))
    service = rng.choice(_SERVICES)
    allowed: tuple[Expect, ...] = ()
    if rng.random() < 0.5:
        first = f"{sc.name(s, capital=0.0)} expelled {_article_dem(t)} diplomat{_time(sc)}."
        said = rng.choice(("", " said it had"))
        text = f"{first} {service}{said} {caught}."
        allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    else:
        text = f"{service} {caught}, {s.demonym} officials said{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, frozenset({"17"}), ANY),), allowed


_HOSTS = ("{Sposs} president", "{Sposs} prime minister", "{Sposs} foreign minister")
_GUESTS = ("{Tposs} foreign minister", "{Tposs} president", "{Tlead}")
_TO_GUEST = (
    ("promised his guest more support", frozenset({"03"})),
    ("praised his visitor", frozenset({"05"})),
    ("thanked his guest for the visit", frozenset({"05"})),
    ("thanked her visitor for the talks", frozenset({"05"})),
    ("criticized him over the border dispute", frozenset({"11"})),
    ("praised her", frozenset({"05"})),
)  # fmt: skip


def cr6_person_reference(sc: Scene) -> Built:
    """ "Kenya's president hosted Ethiopia's prime minister in Nairobi. He promised his guest
    more support": "he" is the host (an office named with its state), "his guest" the visitor;
    an object "him"/"her" is not the subject."""
    rng, s, t = sc.rng, sc.s, sc.t
    host = rng.choice(_HOSTS).format(Sposs=_poss(s.name))
    lead = t.leader(sc.date)
    guest = rng.choice(_GUESTS if lead else _GUESTS[:-1]).format(Tposs=_poss(t.name), Tlead=lead)
    act, roots = rng.choice(_TO_GUEST)
    meet = rng.choice(("hosted {G} in {C}", "met {G} in {C}", "received {G} in {C}"))
    first = f"{host} {meet.format(G=guest, C=s.capital)}{_time(sc)}."
    if act.split()[-1] in ("him", "her") or rng.random() < 0.3:  # one sentence, shared subject
        text = f"{first[:-1]} and {act}."
    else:
        text = f"{first} {rng.choice(('He', 'She'))} {act}."
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(t.iso3, s.iso3, frozenset(), ANY))
    return _cap(text), (Expect(s.iso3, t.iso3, roots, ASSERTED),), allowed


_FIRMS = (
    ("the state carrier", ("Avialta", "Sky Meridian", "Aerostar", "Volta Air")),
    ("the state airline", ("Avialta", "Sky Meridian", "Aerostar", "Volta Air")),
    ("the state oil company", ("Petronord", "Estaroil", "Caspex")),
    ("the state-owned shipping company", ("Marlink", "Oceanor")),
)  # fmt: skip
_FIRM_ACTS = (
    ("imposed sanctions on", frozenset({"16"})), ("lifted sanctions on", frozenset({"08"})),
    ("blacklisted", frozenset({"16"})), ("froze the assets of", frozenset({"16", "17"})),
)  # fmt: skip


def cr7_state_firm(sc: Scene) -> Built:
    """ "Britain accused Belarus of funding rebels. It also blacklisted the state carrier
    Avialta": the company is Belarus's (the story's state), not Britain's."""
    rng, s, t = sc.rng, sc.s, sc.t
    role, names = rng.choice(_FIRMS)
    act, roots = rng.choice(_FIRM_ACTS)
    first = f"{sc.name(s, 0.0)} accused {t.name} of funding rebels{_time(sc)}."
    doer = rng.choice((sc.name(s), "It"))
    second = f"{doer} also {act} {role} {rng.choice(names)}."
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    return f"{first} {second}", (Expect(s.iso3, t.iso3, roots, ASSERTED),), allowed


def _article_dem(st: State) -> str:
    return ("an " if st.demonym[:1] in "AEIOU" else "a ") + st.demonym


COREF10_CONSTRUCTIONS = {
    "cr1_speaker_country": cr1_speaker_country,
    "cr2_own_people": cr2_own_people,
    "cr3_titled_surname": cr3_titled_surname,
    "cr4_role_noun": cr4_role_noun,
    "cr6_person_reference": cr6_person_reference,
    "cr7_state_firm": cr7_state_firm,
}
COREF10_WITH_OTHERS = {"cr5_spied_for": cr5_spied_for}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample.
FLOORS = {name: (23, 0) for name in (*COREF10_CONSTRUCTIONS, *COREF10_WITH_OTHERS)}
