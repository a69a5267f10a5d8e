"""Whom a complaint is about, and partners named by "with X's help" (not targets)."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def test_complaint_to_an_audience_targets_the_accused(extract: Extract) -> None:
    ex = extract(
        "Chile complained to the United Nations on Monday over Argentine naval incursions."
    )
    assert {(s[:3], t[:3]) for s, t, c in triples(ex) if c.startswith("11")} == {("CHL", "ARG")}


def test_protest_about_a_named_state_after_the_addressee(extract: Extract) -> None:
    ex = extract("Peru complained to Brazil about Bolivia on Friday.")
    assert {(s[:3], t[:3]) for s, t, c in triples(ex) if c.startswith("11")} == {("PER", "BOL")}
    # without an accused in the topic phrase the addressee stays the target
    ex = extract("Chile complained to Argentina about the noise.")
    assert {(s[:3], t[:3]) for s, t, c in triples(ex) if c.startswith("11")} == {("CHL", "ARG")}


def test_with_a_states_help_names_a_partner_not_the_target(extract: Extract) -> None:
    ex = extract("NATO said it would tighten the blockade of Libya with Egypt's help.")
    targets = {t[:3] for _, t, c in triples(ex) if c.startswith("13") or c.startswith("19")}
    assert "EGY" not in targets
    assert "LBY" in targets


def test_a_border_where_the_object_lies_is_a_place_not_a_target(extract: Extract) -> None:
    ex = extract("Indian troops captured part of a hill fort on the Pakistani border on Monday.")
    pairs = {(s[:3], t[:3]) for s, t, c in triples(ex) if c.startswith("19")}
    assert pairs and all(s == "IND" and t != "PAK" for s, t in pairs)


def test_active_verb_after_a_passive_takes_the_passive_subject(extract: Extract) -> None:
    ex = extract("The Kenyan finance minister was indicted by a Belgian court and will resign.")
    resign = [e for e in ex.events if e.evidence.trigger == "resign"]
    assert resign and all(e.source.code.startswith("KEN") for e in resign)
    # a bare participle shares the passive, agent included
    ex = extract("The Kenyan embassy was attacked by Somali militants and looted on Monday.")
    looted = {
        (e.source.code, e.target.code if e.target else "")
        for e in ex.events
        if e.evidence.trigger == "looted"
    }
    assert looted == {("SOMREB", "KENGOV")}


def test_object_of_a_preposition_read_as_a_clause_subject(extract: Extract) -> None:
    ex = extract(
        "Ecuador has granted asylum to four Colombian army officers holed up in a consulate"
        " since last year's coup, the ministry said."
    )
    assert ("ECU", "COL") in {(s[:3], t[:3]) for s, t, c in triples(ex) if c.startswith("07")}
    ex = extract(
        "Mexico has offered asylum to three Cuban navy officers holed up in a hotel since last"
        " week's crackdown, officials said."
    )
    assert ("MEX", "CUB") in {(s[:3], t[:3]) for s, t, _ in triples(ex)}


def test_partner_of_a_scene_phrase_is_the_other_side(extract: Extract) -> None:
    ex = extract("Ugandan rebels withdrew from the town after clashes with Congolese troops.")
    assert ("UGA", "COD") in {(s[:3], t[:3]) for s, t, _ in triples(ex)}
    # a concessive phrase never names the act's other side
    ex = extract("The Ugandan army released the prisoners despite Kenya's objections.")
    assert {(s, t) for s, t, _ in triples(ex)} == {("UGAMIL", "")}


def test_phrasal_rejection_targets_whoever_made_the_offer(extract: Extract) -> None:
    ex = extract("Chile turned down a request from Peru for a joint naval exercise.")
    assert ("CHL", "PER", "1212") in triples(ex)  # the sub-code of the act asked for
    ex = extract("Kenya spurned an invitation from Somalia.")
    assert ("KEN", "SOM", "120") in triples(ex)


def test_casualties_of_a_main_act_are_its_targets(extract: Extract) -> None:
    ex = extract(
        "Thai troops launched rocket fire against Laotian guerrilla camps near the border"
        " today, killing or wounding 50, officials said."
    )
    force = {(s[:3], t[:3]) for s, t, c in triples(ex) if c[:2] == "19"}
    assert force == {("THA", "LAO")}  # the rocket fire (194) or its casualties (190, 193)


def test_an_act_left_undone_with_without_names_no_target(extract: Extract) -> None:
    ex = extract("The ousted Kenyan president has agreed to resign without returning to Kenya.")
    assert {t for _, t, c in triples(ex) if c.startswith("03")} == {""}


def test_conjoined_modifiers_of_a_sector_noun_give_one_actor_each(extract: Extract) -> None:
    ex = extract("Chilean and Peruvian warships launched joint naval exercises.")
    assert {(s, t) for s, t, _ in triples(ex)} == {("CHLMIL", "PERMIL"), ("PERMIL", "CHLMIL")}


def test_an_arriving_deployment_targets_its_destination(extract: Extract) -> None:
    ex = extract("The first deployment of UN peacekeeping troops arrived in Haiti on Monday.")
    assert ("IGOUNO", "HTI", "074") in triples(ex)
    ex = extract("The first deployment of UN peacekeeping troops reached Haiti on Monday.")
    assert ("IGOUNO", "HTI", "074") in triples(ex)
