"""names19 (issue 9, fresh9's actor classes): a state's name that is also a foreign leader's
surname is the state unless a title or his full name ties it to him (NM); a group placed in a
province of no state takes no state from the nearest mention (G); a case at an international
court is against the other state, never the court (W); help a state fails to give at home has
no own-state target (IN)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots, root_events, triples

from realpolitik.actors import STATE_NAME_KINDS, ActorRegistry
from realpolitik.actors._text import phrase_tokens

# Every one-word person name of the tables that is also a state's, a capital's or a demonym's
# name, with the place it names and the person's state: the clashes ``_place_surnames`` settles.
CLASHES = {("montenegro", "MNE", "PRT"), ("turk", "TUR", "IGO")}


def test_the_tables_clashes_are_known(registry: ActorRegistry) -> None:
    """Lists every surname that is also a place name; a new person whose surname is a state's
    name shows up here (and reads as the state unless titled or named in full)."""
    places: dict[str, set[str]] = {}
    people: dict[str, set[str]] = {}
    for a in registry.entries():
        keys = phrase_tokens(a.phrase).keys
        if len(keys) != 1:
            continue
        if a.kind in STATE_NAME_KINDS and a.ref.country:
            places.setdefault(keys[0], set()).add(a.ref.country)
        elif a.kind == "person" and " " in (a.ref.name or ""):
            people.setdefault(keys[0], set()).add(a.ref.code[:3])
    got = {
        (k, place, person)
        for k in places.keys() & people.keys()
        for place in places[k]
        for person in people[k]
    }
    assert got == CLASHES


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Montenegro banned a Russian journalist on Friday.", "Montenegro", "MNE"),
        ("Croatia summoned Montenegro's ambassador.", "Montenegro", "MNE"),
        ("Serbia criticized Montenegro on Monday.", "Montenegro", "MNE"),
        ("A Turk was arrested in Athens.", "Turk", "TUR"),
        ("Prime Minister Montenegro criticized Spain.", "Montenegro", "PRTGOV"),
        ("Mr Montenegro criticized Spain.", "Montenegro", "PRTGOV"),
        ("Luis Montenegro criticized Spain. Montenegro later thanked France.", "Montenegro", "PRTGOV"),
        ("UN rights chief Volker Turk spoke. Turk urged calm.", "Turk", "IGOUNO"),
    ],
)  # fmt: skip
def test_a_place_name_that_is_a_surname(
    registry: ActorRegistry, text: str, name: str, code: str
) -> None:
    at = text.rindex(name)
    found = [m for m in registry.find_mentions(text, "2025-06-20") if m.start <= at < m.end]
    assert [m.ref.code[: len(code)] for m in found] == [code]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Montenegro banned a Russian journalist from entering the country on Friday.",
         ("MNE", "RUS", "17"), ("PRT", "RUS", "17")),
        ("Croatia's foreign ministry summoned Montenegro's ambassador in Zagreb.",
         ("HRV", "MNE", "11"), ("HRV", "PRT", "11")),
        ("Montenegro's parliament condemned Serbia on Monday.",
         ("MNE", "SRB", "11"), ("PRT", "SRB", "11")),
        ("Portugal's prime minister Luis Montenegro criticized Spain on Monday.",
         ("PRT", "ESP", "11"), ("MNE", "ESP", "11")),
    ],
)  # fmt: skip
def test_state_or_leader_in_events(
    extract: Extract,
    text: str,
    want: tuple[str, str, str],
    wrong: tuple[str, str, str],
) -> None:
    got = country_roots(extract(text, date="2025-06-20"))
    assert want in got and wrong not in got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Rioters in Katanga province set fire to lorries carrying Zambian copper on Monday.",
         "ZMB"),
        ("Rioters in the Katanga region looted Zambian shops.", "ZMB"),
        ("Protesters in Tete province attacked Malawian trucks on Monday.", "MWI"),
        ("Demonstrators in Beira province blocked Zimbabwean lorries on Monday.", "ZWE"),
    ],
)  # fmt: skip
def test_a_group_in_a_province_of_no_state(extract: Extract, text: str, wrong: str) -> None:
    events = extract(text).events
    assert events and all(e.source.code[:3] != wrong for e in events)


def test_a_group_in_a_named_state_stays_there(extract: Extract) -> None:
    got = country_roots(extract("Rioters in Kenya attacked Ugandan lorries on Monday."))
    assert ("KEN", "UGA", "14") in got


def test_a_thing_near_a_town_is_no_group(extract: Extract) -> None:
    """An unnamed doer that is a thing keeps the home convention (IRQ -> IRQ)."""
    text = "A minefield explosion near the town of Samarra killed two Iraqi youths on Sunday."
    assert ("IRQ", "IRQ", "18") in country_roots(extract(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ghana accused Togo of grabbing land. Ghana has not ruled out taking the dispute to "
         "the International Court of Justice.", ("GHA", "TGO", "115")),
        ("Kenya said it would take the border dispute with Uganda to the International Court "
         "of Justice.", ("KEN", "UGA", "115")),
        ("Peru took the dispute to the International Court of Justice on Monday.",
         ("PER", "", "115")),
        ("Chile took Bolivia to the International Court of Justice on Monday.",
         ("CHL", "BOL", "115")),
    ],
)  # fmt: skip
def test_a_court_case_is_against_the_other_state(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = {(s[:3], t[:3], c) for s, t, c in triples(extract(text))}
    assert want in got
    assert all(not t.startswith("IGO") for _, t, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Nor has Chad helped itself: its government has not sent a single consul to the camps.",
        "Nor has Peru helped itself: its government has not sent any aid to the flooded towns.",
        "Nor has Kenya helped itself: its government has not sent a single doctor to the camps.",
    ],
)
def test_no_own_state_target_for_help_at_home(extract: Extract, text: str) -> None:
    for e in extract(text).events:
        assert e.target is None or e.target.code[:3] != e.source.code[:3]


def test_help_abroad_keeps_its_target(extract: Extract) -> None:
    got = country_roots(extract("Chad's government sent aid to Sudan on Monday."))
    assert ("TCD", "SDN", "07") in got


@pytest.mark.parametrize(
    ("text", "held_in"),
    [
        ("Ethiopian officials say several soldiers captured in the 1998 war are still held in "
         "Eritrea.", "ERI"),
        ("Kenyan officials said 12 soldiers captured last year are still held in Somalia.", "SOM"),
        ("Several soldiers captured in the war are still held in Eritrea, Ethiopian officials "
         "say.", "ERI"),
    ],
)  # fmt: skip
def test_role_noun_not_placed_where_it_is_held(extract: Extract, text: str, held_in: str) -> None:
    # the place's state may hold them (leftovers39: "held in X" is X's detention, 173), but
    # the people held are never placed in it
    for e in extract(text).events:
        assert e.target is None or e.target.code[:3] != held_in, e
        assert e.source.code[:3] != held_in or (e.cameo[:2] == "17" and e.target is not None), e


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The boat is the fourth from Senegal seized in Mauritanian waters this year.",
         ("SEN", "MRT", "17")),
        ("It is the third trawler from Peru seized in Chilean waters this year.",
         ("PER", "CHL", "17")),
    ],
)  # fmt: skip
def test_an_agentless_seizure_in_waters(
    extract: Extract, text: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in country_roots(extract(text))


def test_a_seized_boat_in_waters_is_the_coast_states_act(extract: Extract) -> None:
    got = country_roots(extract("A Senegalese boat was seized in Mauritanian waters on Monday."))
    assert ("MRT", "SEN", "17") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Benin has protested to Niger over raids on its traders. The Nigerien leader could ease "
         "the pressure by suspending raids on markets.", ("NER", "BEN", "08")),
        ("Ghana criticized Togo over the border closure on Monday. Togo's government could end "
         "the dispute by lifting the ban.", ("TGO", "GHA", "08")),
        ("Peru accused Chile of blocking its lorries. Chile could ease the pressure by reopening "
         "the border.", ("CHL", "PER", "08")),
    ],
)  # fmt: skip
def test_a_concession_yields_to_the_storys_other_state(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text)) | {
        (s, t, r) for s, t, r, f in root_events(extract(text)) if f == "possible"
    }
    assert want in got
    assert (want[0], want[0], "08") not in got
