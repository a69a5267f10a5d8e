"""Unnamed victims of force and the state whose voice reports it (recur1, ``parties.
voiced_victims``): the role-noun kind (G) that came back in every blind set."""

from __future__ import annotations

from extract_helpers import Extract, code_events


def test_according_to_names_the_victims_state(extract: Extract) -> None:
    """The victims' phrase names no state; Niger's ministry speaks for them: MLI -> NER."""
    ex = extract(
        "Malian soldiers detained a dozen herdsmen near the frontier, according to Niger's "
        "interior ministry."
    )
    assert code_events(ex) == {("MLI", "NER", "173", "reported")}


def test_speaker_first_that_clause(extract: Extract) -> None:
    """ "B's minister told parliament that A's militiamen had shot ...": A -> B."""
    ex = extract(
        "Niger's defence minister told parliament that Malian militiamen had shot three cattle "
        "traders."
    )
    assert code_events(ex) == {("MLI", "NER", "193", "reported")}


def test_trailing_speaker_of_a_shelling(extract: Extract) -> None:
    """Force on a village reported by the other state's military: RUS -> UKR, not RUS -> RUS."""
    ex = extract("Russian troops shelled a village near the border, Ukraine's military said.")
    assert {(s, t) for s, t, _, _ in code_events(ex)} == {("RUS", "UKR")}


def test_own_office_keeps_the_domestic_reading(extract: Extract) -> None:
    """The doer's own ministry reports it: the domestic convention stands (MLI -> MLI)."""
    ex = extract("Malian soldiers detained a dozen herdsmen, Mali's interior ministry said.")
    assert code_events(ex) == {("MLI", "MLI", "173", "reported")}


def test_press_is_no_state_voice(extract: Extract) -> None:
    """A newspaper does not speak for its state's people: no Ghanaian target."""
    ex = extract("Malian soldiers detained a dozen herdsmen, according to a Ghanaian newspaper.")
    assert all(t != "GHA" for _, t, _, _ in code_events(ex))


def test_named_victims_are_kept(extract: Extract) -> None:
    """Victims with a state of their own keep it, whoever reports the act."""
    ex = extract(
        "Malian soldiers detained a dozen Nigerien herdsmen, according to Ghana's embassy."
    )
    assert code_events(ex) == {("MLI", "NER", "173", "reported")}


def test_deported_from_is_the_deporting_state(extract: Extract) -> None:
    """ "its citizens had been deported from Chile": Chile deported Bolivia's people."""
    ex = extract("Bolivia's foreign office said 30 of its citizens had been deported from Chile.")
    assert code_events(ex) == {("CHL", "BOL", "174", "reported")}


def test_recalled_own_envoy_faces_the_story_state(extract: Extract) -> None:
    """ "Lilongwe withdrew its envoy" after Zambia's ban: MWI -> ZMB 161, not MWI -> MWIGOV."""
    ex = extract(
        "Zambia banned imports of Malawian poultry on Monday. Lilongwe withdrew its envoy."
    )
    assert ("MWI", "ZMB", "161", "asserted") in code_events(ex)
    assert all(not (s == "MWI" and t == "MWI") for s, t, _, _ in code_events(ex))


def test_alert_of_own_army_faces_the_intruder(extract: Extract) -> None:
    """ "Malawi put its army on alert" after Zambian warplanes' intrusion: MWI -> ZMB 15."""
    ex = extract("Zambian warplanes violated Malawi's airspace. Malawi put its army on alert.")
    assert ("MWI", "ZMB", "152", "asserted") in code_events(ex)


def test_his_ambassador_with_no_story_names_no_target(extract: Extract) -> None:
    """No earlier act and no other state named: the recall has no target, never its own."""
    ex = extract("Malawi's president recalled his ambassador for consultations.")
    assert {t for _, t, _, _ in code_events(ex)} <= {""}


def test_agentless_deportation_done_by_the_story_state(extract: Extract) -> None:
    """The passive names no doer; the story's latest act is between Nepal and India."""
    ex = extract(
        "Nepal complained to India about the treatment of its workers. Forty Nepali workers "
        "were deported on Friday."
    )
    assert {(s, t, c[:2]) for s, t, c, _ in code_events(ex)} == {
        ("NPL", "IND", "11"),
        ("IND", "NPL", "17"),
    }


def test_agentless_with_no_story_keeps_no_doer(extract: Extract) -> None:
    """No earlier act between the victims' state and another: who seized them is not guessed."""
    ex = extract("Two Peruvian trawlers were seized off the coast on Sunday.")
    assert all(s[:3] != "CHL" for s, _, _, _ in code_events(ex))
    assert all(s in ("---", "") for s, _, c, _ in code_events(ex) if c.startswith("17"))


def test_agentless_with_a_by_agent_is_left_alone(extract: Extract) -> None:
    """A named agent wins over the story: "seized by Ecuadorian sailors" is Ecuador's."""
    ex = extract(
        "Peru accused Chile of harassing its fishermen. Two Peruvian trawlers were seized by "
        "Ecuadorian sailors on Sunday."
    )
    assert ("ECU", "PER", "171", "asserted") in code_events(ex)


def test_his_counterpart_is_the_story_state(extract: Extract) -> None:
    """ "thanked his counterpart" after Angola's release of Namibians: NAM -> AGO."""
    ex = extract(
        "Angola released 30 Namibian traders. Namibia's president thanked his counterpart."
    )
    assert ("NAM", "AGO", "051", "asserted") in code_events(ex)


def test_counterpart_with_no_story_has_no_target(extract: Extract) -> None:
    """No earlier act, no other state named: no target is guessed."""
    ex = extract("Namibia's president thanked his counterpart.")
    assert {t for _, t, _, _ in code_events(ex)} == {""}


def test_plural_neighbours_are_not_the_story_state(extract: Extract) -> None:
    """ "thanked its neighbours": several states, not the one criticised before."""
    ex = extract("Chad criticized Niger, and it later thanked its neighbours for their help.")
    assert ("TCD", "NER", "051", "asserted") not in code_events(ex)
