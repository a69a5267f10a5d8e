"""Leftovers31 (issue 9): a grievance's that-clause ("protested that Y had V-ed") is the
complainer's claim, reported, beside the complaint (114); a denied breach of an agreement is a
denied charge (016) beside the breach, negated (``_denied_charge.CHARGED_CODES``)."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize("verb", ["complained", "protested", "objected"])
def test_a_complained_of_act_is_reported(extract: Extract, verb: str) -> None:
    ex = extract(f"Ghana {verb} that Togo had detained Ghanaian fishermen.")
    got = {(s, t, c[:2], f) for s, t, c, f in code_events(ex)}
    assert ("GHA", "TGO", "11", "asserted") in got
    assert ("TGO", "GHA", "17", "reported") in got
    assert not any(s == "TGO" and f == "asserted" for s, _, _, f in got)


def test_only_a_clause_is_complained_of() -> None:
    from realpolitik.extract._accused_conjunct import complained_arc

    class _Tok:
        dep_ = "dobj"

    assert not complained_arc("protest", _Tok())  # type: ignore[arg-type]


@pytest.mark.parametrize("verb", ["breached", "violated", "broken"])
def test_a_denied_breach_is_a_denied_charge(extract: Extract, verb: str) -> None:
    ex = extract(f"Russia denied that it had {verb} the agreement with Ukraine.")
    got = {(s, t, c, f) for s, t, c, f in code_events(ex)}
    assert ("RUS", "UKR", "016", "asserted") in got
    assert ("RUS", "UKR", "128", "negated") in got


def test_a_denied_rejection_charges_no_one(extract: Extract) -> None:
    ex = extract("Kenya denied that it had rejected Uganda's offer.")
    assert not any(c == "016" for _, _, c, _ in code_events(ex))


@pytest.mark.parametrize(
    "text",
    [
        "Russia massed troops near Kessar.",  # no phrase places the town
        "Russia massed troops near Kessar, a town on the Russian border.",  # its own border
    ],
)
def test_a_town_placed_on_no_other_border_names_no_target(extract: Extract, text: str) -> None:
    ex = extract(text)
    assert not any(t for _, t, _, _ in code_events(ex))


def test_a_town_on_a_named_border_gives_its_state(extract: Extract) -> None:
    ex = extract("Ghana reopened the crossing at Tarvo on the Togolese border.")
    assert any((s, t) == ("GHA", "TGO") for s, t, _, _ in code_events(ex))


def _parsed(nlp: Any, text: str) -> Any:
    from realpolitik.extract._nlp import repair_parse

    doc = nlp(text)
    for sent in doc.sents:
        repair_parse(sent)
    return doc


def test_a_reaction_read_as_an_adjective_is_the_verb(nlp: Any) -> None:
    doc = _parsed(nlp, "Iraq's plan to enrich uranium alarmed Venezuela.")
    verb = next(t for t in doc if t.lower_ == "alarmed")
    assert verb.dep_ == "ROOT" and verb.pos_ == "VERB" and verb.lemma_ == "alarm"
    assert {(c.lower_, c.dep_) for c in verb.children} >= {("plan", "nsubj"), ("venezuela", "dobj")}


def test_a_plan_object_read_as_a_subject_is_the_infinitive_object(nlp: Any) -> None:
    doc = _parsed(nlp, "Colombia's plan to expel China's ambassador worried investors.")
    ambassador = next(t for t in doc if t.lower_ == "ambassador")
    assert (ambassador.head.lower_, ambassador.dep_) == ("expel", "dobj")


def test_an_alarmed_state_is_no_partner_of_the_plan(extract: Extract) -> None:
    ex = extract("Iran's plan to enrich uranium alarmed Israel.")
    assert not any(t == "ISR" for _, t, _, _ in code_events(ex))


@pytest.mark.parametrize(
    "text",
    [
        "China's plan to hold drills near Taiwan alarmed Taipei.",
        "Brazil's plan to ban imports from Vietnam alarmed observers.",
    ],
)
def test_a_plans_act_keeps_its_parties(extract: Extract, text: str) -> None:
    got = {(s, t, f) for s, t, _, f in code_events(extract(text))}
    assert any(f == "possible" and t in ("TWN", "VNM") for _, t, f in got)
    assert not any(f == "asserted" and t for _, t, f in got)


def test_a_planned_light_verb_noun_is_not_the_plans_object(extract: Extract) -> None:
    ex = extract("China plans to hold drills near Taiwan.")
    assert any(s == "CHN" and c[:2] in ("13", "15") for s, _, c, _ in code_events(ex))


def test_a_crowds_protest_that_is_no_diplomatic_protest(extract: Extract) -> None:
    ex = extract("Polish farmers protested that Ukrainian grain had flooded the market.")
    assert not any(c.startswith("114") for _, _, c, _ in code_events(ex))
