"""Parties of acts named by a noun (issue 9 sections 1 and 7, args9), on the real pipeline with
several states each: the infinitive of a decision noun is its owner's act, unless the decision
is undone or its act names no target; a threat that an act "will not go unpunished" is aimed
at that act's doer; a reaction drawn by an act an earlier sentence names is aimed at its doer,
and never at the reacting side's own state; so is a threat to respond, never at the
threatener's own state, nor is a government's rejection of an act; "both sides" are the two
states of the earlier dispute, not the mediators named last; an appeal for restraint with no
addressee is aimed at both sides of the latest fighting."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Oman's decision to cut ties with Qatar came after months of tension.",
         ("OMN", "QAT", "16", "asserted")),
        ("The move by Chile to recall its ambassador from Peru surprised diplomats.",
         ("CHL", "PER", "16", "asserted")),
        ("Germany's decision to send tanks to Ukraine was announced on Monday.",
         ("DEU", "UKR", "07", "asserted")),
    ],
)  # fmt: skip
def test_a_decision_noun_gives_its_infinitive_a_doer(
    extract: Extract, text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in root_events(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hungary reversed its decision to expel two Kenyan diplomats.",
        "Serbia postponed its decision to expel two Croatian diplomats.",
        "Poland is weighing a move to close its border with Belarus.",
        "Minsk reversed its decision to close its border with Iraq.",
        "Burkina Faso's decision to leave the bloc was announced on Monday.",
    ],
)
def test_an_undone_or_targetless_decision_names_no_act(extract: Extract, text: str) -> None:
    assert not [e for e in root_events(extract(text)) if e[3] == "asserted"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia warned that the attack by Ukraine would not go unpunished.", "RUS", "UKR"),
        ("Iran vowed that Israel's strikes would not go unanswered.", "IRN", "ISR"),
        ("Israel struck targets in Lebanon on Monday. Hezbollah vowed that the strikes would "
         "not go unpunished.", "LBN", "ISR"),
    ],
)  # fmt: skip
def test_a_threat_about_an_act_is_aimed_at_its_doer(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = root_events(extract(text))
    assert (source, target, "13", "asserted") in got, got
    assert not [e for e in got if e[0] == source and e[2] == "13" and e[1] != target], got


def test_a_drawn_reaction_is_aimed_at_the_earlier_doer_never_at_home(extract: Extract) -> None:
    got = root_events(extract("North Korea fired a missile on Monday. The launch drew "
                          "condemnation from Japan."))  # fmt: skip
    assert ("JPN", "PRK", "11", "asserted") in got, got
    alone = root_events(extract("The test prompted a protest from Tokyo."))
    assert alone and all(e[0] == "JPN" and e[1] == "" for e in alone), alone


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistan shelled Indian villages on Monday. India vowed to retaliate.", "IND", "PAK"),
        ("Israel struck Iran on Friday. Iran's army chief said it would strike back.", "IRN",
         "ISR"),
        ("Spain's foreign minister warned that Madrid would respond firmly.", "ESP", ""),
        ("South Korea's military said it would respond overwhelmingly.", "KOR", ""),
    ],
)  # fmt: skip
def test_a_threat_to_respond_is_aimed_at_the_answered_doer_never_at_home(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = [e for e in root_events(extract(text)) if e[0] == source and e[2] == "13"]
    assert got and {e[1] for e in got} == {target}, got


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign ministry rejected the sanctions.",
        "The Kremlin dismissed the seizure as illegal.",
        "The Chinese government rejected the tariffs.",
    ],
)
def test_a_rejected_act_is_not_aimed_at_the_rejecting_state(extract: Extract, text: str) -> None:
    got = [e for e in root_events(extract(text)) if e[2] == "12"]
    assert got and all(e[1] == "" for e in got), got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armenia and Azerbaijan signed a truce in talks brokered by Russia and Turkey. Hours "
         "later, the two sides accused each other of violating it.", {"ARM", "AZE"}),
        ("Thailand and Cambodia agreed to a ceasefire after talks hosted by Malaysia and China.\n\n"
         "Both sides accused one another of breaking the truce.", {"THA", "KHM"}),
    ],
)  # fmt: skip
def test_both_sides_are_the_parties_of_the_dispute_not_the_mediators(
    extract: Extract, text: str, pair: set[str]
) -> None:
    got = {(e[0], e[1]) for e in root_events(extract(text)) if e[2] == "11"}
    a, b = sorted(pair)
    assert got == {(a, b), (b, a)}, got


def test_an_appeal_for_restraint_is_aimed_at_both_sides_of_the_fighting(extract: Extract) -> None:
    text = (
        "Israel struck Iranian military sites on Friday. Iran fired missiles at Israel in "
        "response.\n\nSaudi Arabia called for restraint."
    )
    got = {e[1] for e in root_events(extract(text)) if e[0] == "SAU" and e[2] == "02"}
    assert got == {"ISR", "IRN"}, got
    alone = {e[1] for e in root_events(extract("Egypt urged calm.")) if e[0] == "EGY"}
    assert alone <= {"", "EGY"} and alone, alone
