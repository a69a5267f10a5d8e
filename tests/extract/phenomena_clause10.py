"""Relative clauses, joint subjects and the scope of refusals (issue 9 sections 1, 3 and 7,
task clause10; classes R, J, F, S and D of ``bench/gold/reviews/fresh3_classes.md``), crossed
with states, namings (name, capital, leader, demonym with a sector) and phrasings.

R: an act with no target in a comma-set relative clause or past-participle modifier is no news
("S, which had backed the text, abstained"); J: an absolute "with Z present" names no partner,
"the two" / "the pair" / "both" after two named parties is a joint subject, and two doers of a
judging verb ("welcomed the deal") are not each other's targets; F: "assured T that it would not
..." is a promise, no refusal; S: a comment withheld is no event; D: a trip to a place on the
traveller's own side is no visit. The sentences are the project's own."""

from __future__ import annotations

from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _article, _cap, _time

_NONE: tuple[Expect, ...] = ()
_NOT_ASSERTED_ANY = (Expect("*", "*", frozenset(), NOT_ASSERTED),)


def _person(sc: Scene, st_is_s: bool = True) -> str:
    """A leader when the table has one, else "the <demonym> foreign minister"."""
    st = sc.s if st_is_s else sc.t
    lead = st.leader(sc.date)
    if lead and sc.rng.random() < 0.5:
        return lead
    return f"the {st.demonym} {sc.rng.choice(('foreign minister', 'president', 'prime minister'))}"


def c10_aside(sc: Scene) -> Built:
    """ "S, which had backed the text for years, abstained": the aside's act has no target and
    the main clause no interstate act: no event."""
    rng, s, z = sc.rng, sc.s, sc.z
    subj = rng.choice((sc.name(s), f"{sc.name(s)} and {sc.name(z)}"))
    aside = rng.choice((
        "which had backed the text until recently", "which had supported the resolution for years",
        "which had praised the draft last month", "which had endorsed the plan in May",
    ))  # fmt: skip
    main = rng.choice(("abstained", "voted against", "stayed silent", "left the chamber early"))
    return _cap(f"{subj}, {aside}, {main}{_time(sc)}."), _NONE, _NOT_ASSERTED_ANY


def c10_hosted_aside(sc: Scene) -> Built:
    """ "The summit, hosted by S's emir, opened in Z": a host's participle with no guest named
    is no visit or hosting."""
    rng, s, z = sc.rng, sc.s, sc.z
    what = rng.choice(("summit", "conference", "forum", "meeting"))
    host = rng.choice((f"{_person(sc)}", f"the {s.demonym} government", sc.name(s)))
    main = rng.choice((f"opened in {z.capital}", "ended without a deal", "was postponed"))
    return _cap(f"The {what}, hosted by {host}, {main}{_time(sc)}."), _NONE, _NOT_ASSERTED_ANY


def c10_onlooker(sc: Scene) -> Built:
    """ "S's minister and T's minister met in Z, with a Z-ian envoy present": the two meet
    each other; the onlooker is no partner."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    a, b = _person(sc), _person(sc, st_is_s=False)
    verb = rng.choice(("met", "held talks"))
    there = rng.choice(("present", "in the room", "looking on", "in attendance"))
    text = (
        f"{a} and {b} {verb} in {z.capital}{_time(sc)}, with {_article(z.demonym)} envoy {there}."
    )
    want = (
        Expect(s.iso3, t.iso3, frozenset({"04"}), ASSERTED),
        Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),
    )
    return _cap(text), want, ()


def c10_the_two(sc: Scene) -> Built:
    """ "S met T in Z, and the two agreed to expand trade": "the two" / "the pair" / "both" is
    the clause's two parties, each the other's partner."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    a, b = rng.choice(((sc.name(s), sc.name(t)), (_person(sc), _person(sc, st_is_s=False))))
    pair = rng.choice(("the two", "the pair", "both"))
    verb = rng.choice(("agreed", "pledged", "promised"))
    what = rng.choice(("expand trade", "deepen cooperation", "resume direct flights"))
    text = f"{a} met {b} in {z.capital}{_time(sc)}, and {pair} {verb} to {what}."
    want = (
        Expect(s.iso3, t.iso3, frozenset({"04"}), ASSERTED),
        Expect(s.iso3, t.iso3, frozenset({"03"}), ASSERTED),
        Expect(t.iso3, s.iso3, frozenset({"03"}), ASSERTED),
    )
    allowed = (Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),)
    return _cap(text), want, allowed


def c10_judged_deal(sc: Scene) -> Built:
    """ "S and Z welcomed the deal": each judges the deal; neither is the other's target."""
    rng, s, z = sc.rng, sc.s, sc.z
    verb, root = rng.choice((
        ("welcomed", "05"), ("praised", "05"), ("hailed", "05"), ("condemned", "11"),
        ("criticised", "11"), ("rejected", "12"),
    ))  # fmt: skip
    what = rng.choice(("the deal", "the agreement", "the accord", "the pact"))
    text = f"{sc.name(s)} and {sc.name(z)} {verb} {what}{_time(sc)}."
    want = (
        Expect(s.iso3, "", frozenset({root}), ASSERTED),
        Expect(z.iso3, "", frozenset({root}), ASSERTED),
    )
    return _cap(text), want, ()


def c10_assured(sc: Scene) -> Built:
    """ "S assured T that it would not host foreign bases", "S pledged that it would not let its
    soil be used against T": a promise to or about T (03), not a refusal (12); the promised
    restraint is not asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb = rng.choice(("assured", "promised"))
    content = rng.choice((
        "allow its territory to be used against its neighbours", "host foreign military bases",
        "let its soil be used for attacks", "join any alliance aimed at it",
    ))  # fmt: skip
    text = f"{sc.name(s)} {verb} {sc.name(t)}{_time(sc)} that it would not {content}."
    if rng.random() < 0.4:  # no one assured: the promise concerns whom the act would aim at
        verb = rng.choice(("pledged", "promised", "vowed"))
        aim = rng.choice(("be used against {T}", "be used for attacks on {T}"))
        text = f"{sc.name(s)} {verb}{_time(sc)} that it would not let its soil {sc.fill(aim)}."
    want = (Expect(s.iso3, t.iso3, frozenset({"03"}), ASSERTED),)
    return _cap(text), want, _NOT_ASSERTED_ANY


def c10_no_comment(sc: Scene) -> Built:
    """ "S did not comment", "S's foreign ministry declined to comment": no event."""
    rng, s = sc.rng, sc.s
    who = rng.choice((sc.name(s), f"the {s.demonym} foreign ministry", f"{sc.name(s)}'s embassy"))
    how = rng.choice(("did not comment", "declined to comment", "would not comment",
                      "refused to comment", "did not immediately comment"))  # fmt: skip
    return _cap(f"{who} {how}{_time(sc)}."), _NONE, ()


def c10_home_trip(sc: Scene) -> Built:
    """ "S's president flew to a frontier town on his side of the river": travel at home, no
    visit."""
    rng = sc.rng
    who = _person(sc)
    verb = rng.choice(("flew", "travelled", "went"))
    place = rng.choice(("a frontier town", "a border village", "a river port", "an army base"))
    side = rng.choice(("on his side of the river", "on its side of the border",
                       "in his own country", "on their side of the frontier"))  # fmt: skip
    return _cap(f"{who} {verb} to {place} {side}{_time(sc)}."), _NONE, ()


CLAUSE10_CONSTRUCTIONS = {
    "c10_aside": c10_aside,
    "c10_hosted_aside": c10_hosted_aside,
    "c10_onlooker": c10_onlooker,
    "c10_the_two": c10_the_two,
    "c10_judged_deal": c10_judged_deal,
    "c10_assured": c10_assured,
    "c10_no_comment": c10_no_comment,
    "c10_home_trip": c10_home_trip,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0). Main before clause10: aside,
# hosted_aside, no_comment and home_trip emitted target-less events, onlooker made the envoy the
# partner, judged_deal paired the judges, the two had no source, assured read a refusal. The
# one onlooker miss is the parse of a long name ("Andres Manuel Lopez Obrador"), not the phrase.
FLOORS = {name: (24, 0) for name in CLAUSE10_CONSTRUCTIONS} | {"c10_onlooker": (23, 0)}
