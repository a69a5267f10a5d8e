"""Who a story's references are (issue 9, coref11: fresh4's classes J, T, M, G, A), on minimal
documents: "the two (countries)" is the story's pair; "the accord" names its signers far back;
"Brussels" is the EU in an EU story; "member states" are the organisation named before; "the
delegation" / "the visitors" / "the cabinet" are the group placed before; a titled name the
tables lack and an arbitration court are of no state. The suite crosses the same classes with
many states (phenomena_coref11.py)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots

from realpolitik.actors import ActorRegistry
from realpolitik.extract._igo_seats import seat_bodies
from realpolitik.extract._mention_parts import registry_mentions
from realpolitik.extract._referring import story_dyad
from realpolitik.extract.parties import EarlierAct
from realpolitik.models import ActorRef

# -- J: the story's pair ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        (
            "Togo summoned Ghana's envoy after Burkinabe soldiers and Nigerien militiamen crossed "
            "the border. The two countries agreed to hold talks.",
            ("TGO", "GHA"),
            ("BFA", "NER"),
        ),
        (
            "Chile accused Peru of spying, days after Bolivia's president visited Quito. Both "
            "sides agreed to hold talks.",
            ("CHL", "PER"),
            ("BOL", "ECU"),
        ),
        (
            "Poland's president met Czech Prime Minister Petr Fiala in Prague. The two agreed to "
            "build a rail link.",
            ("POL", "CZE"),
            ("", ""),
        ),
    ],
)
def test_the_two_are_the_storys_pair(
    extract: Extract, text: str, pair: tuple[str, str], not_pair: tuple[str, str]
) -> None:
    got = {(s, t) for s, t, _ in country_roots(extract(text))}
    assert pair in got and pair[::-1] in got and not_pair not in got, got


def test_the_two_countries_named_after_the_pair_are_the_newer_two(extract: Extract) -> None:
    text = (
        "Kenya accused Uganda of spying. Ethiopia and Somalia met in Nairobi on Friday and "
        "talked. The two countries agreed to reopen the border."
    )
    got = {(s, t) for s, t, r in country_roots(extract(text)) if r == "03"}
    assert ("ETH", "SOM") in got and ("KEN", "UGA") not in got, got


def _act(src: str, tgt: str, trigger: int, background: bool = False) -> EarlierAct:
    return EarlierAct(
        "urge", "02", ActorRef(src, src, src), trigger, ActorRef(tgt, tgt, tgt), background
    )


def test_story_dyad_takes_joint_targets_and_skips_scene_setting() -> None:
    joint = [_act("TUR", "ARM", 5), _act("TUR", "AZE", 5)]  # "Turkey urged A and B to talk"
    pair = story_dyad(joint)
    assert pair is not None and {r.country for r in pair} == {"ARM", "AZE"}
    scene = [_act("BFA", "NER", 2, background=True), _act("TGO", "GHA", 7)]
    pair = story_dyad(scene)
    assert pair is not None and {r.country for r in pair} == {"TGO", "GHA"}


# -- T: the accord, beyond the recent sentences ------------------------------------------------------


def test_the_accord_names_its_signers_after_other_acts(extract: Extract) -> None:
    text = (
        "Egypt and Sudan signed a water accord last week. Ethiopia objected to the plan. "
        "Officials met in Cairo. Kenya hosted a meeting. Eritrea welcomed the pact."
    )
    got = country_roots(extract(text))
    assert ("ERI", "EGY", "05") in got and ("ERI", "SDN", "05") in got, got


# -- M: Brussels ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hungary's prime minister urged Brussels to release the frozen funds.", "IGOEUREEC"),
        ("The EU froze aid to Poland. Warsaw accused Brussels of meddling.", "IGOEUREEC"),
        ("Belgium and Chile signed a port deal. Brussels praised the deal.", "BEL"),
        ("The EU froze aid to Poland. Polish officials met in Brussels.", "BEL"),
        ("Brussels protested the sanctions on Belgian firms.", "BEL"),
    ],
)
def test_brussels_is_the_eu_in_an_eu_story(registry: ActorRegistry, text: str, want: str) -> None:
    mentions = seat_bodies(text, registry_mentions(registry, text, "2025-06-01"))
    got = [m.ref.code for m in mentions if text[m.start : m.end] == "Brussels"]
    assert got == [want], got


# -- G: member states ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "The UN imposed an arms embargo on Somalia. Somalia's government appealed to member "
            "states to lift it.",
            ("SOM", "IGO", "02"),
            ("SOM", "SOM", "02"),
        ),
        (
            "The African Union suspended Mali. Member states urged Mali to hold elections.",
            ("IGO", "MLI", "02"),
            ("MLI", "MLI", "02"),
        ),
        (
            "Vietnam joined ASEAN in 1995. The bloc's leaders urged Cambodia to end the violence.",
            ("IGO", "KHM", "02"),
            ("KHM", "KHM", "02"),
        ),
    ],
)
def test_member_states_are_the_organisation(
    extract: Extract, text: str, want: tuple[str, str, str], not_want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text))
    assert want in got and not_want not in got, got


def test_member_states_of_no_organisation_are_no_one(extract: Extract) -> None:
    got = country_roots(
        extract("Somalia's government appealed to member states to lift the embargo.")
    )
    assert ("SOM", "SOM", "02") not in got, got


# -- A: the group named again; titled names; courts --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Chinese delegation arrived in Nairobi. The delegation met Kenya's president.",
            ("CHN", "KEN", "04"),
        ),
        (
            "A Turkish delegation visited Baghdad. Iraq's prime minister thanked the guests.",
            ("IRQ", "TUR", "05"),
        ),
        (
            "The Thai cabinet approved a plan to cut rice exports. Sweden criticized the cabinet.",
            ("SWE", "THA", "11"),
        ),
    ],
)
def test_the_group_named_again(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert want in country_roots(extract(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Prime Minister Talia Vesk thanked Japan for its support.", "JPN"),
        ("Defence Minister Oren Malvik criticized Chile.", "CHL"),
    ],
)
def test_titled_unlisted_name_is_not_the_addressees(
    extract: Extract, text: str, target: str
) -> None:
    got = country_roots(extract(text))
    assert {s for s, t, _ in got if t == target} == {"---"}, got


def test_arbitration_court_is_of_no_state(extract: Extract) -> None:
    got = country_roots(extract("An arbitration tribunal ordered Egypt to pay Israel."))
    assert ("---", "EGY", "10") in got and not any(s in ("EGY", "ISR") for s, _, _ in got), got


def test_named_judge_stays_domestic(extract: Extract) -> None:
    """The titled-name rule leaves an institution facing its own government alone."""
    text = "Judge Alejandro Rivera opened an investigation against Chilean government officials."
    got = country_roots(extract(text))
    assert all(s != "---" for s, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Fighting resumed in Yemen. The rebel leader accused the government of working for Saudi "
        "interests.",
        "The opposition leader accused the government of acting on behalf of Iran.",
    ],
)
def test_patron_phrase_places_no_one(extract: Extract, text: str) -> None:
    got = country_roots(extract(text))
    assert not any(c in ("SAU", "IRN") for s, t, _ in got for c in (s, t)), got
