"""leftovers16 (issue 9, round 16) on minimal sentences: the lemma repair gives an inflected
verb the lexicon verb its regular stem is ("hoped" -> "hope", not the lemmatiser's "hop"); a
countryless group that a state's police or courts act on is that state's (a); an offer, pledge
or promise of aid is the codebook's intent to give that aid, 033x (c); a charge called baseless
or a lie is denied, 016 to the accuser of the sentence before (e); "on Canada and on Mexico"
is one act per state (d); undelivered aid goes, negated, to the state it was promised to (b).
The suite's tables:
``phenomena_leftovers16.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._aid_intents import aid_subcode
from realpolitik.extract._verb_lemmas import known_verbs, regular_stems


def test_regular_stems() -> None:
    assert {"hope", "hop"} <= regular_stems("hoped")
    assert "plan" in regular_stems("planned")
    assert "carry" in regular_stems("carried")
    assert "hope" in regular_stems("hoping")
    assert "slate" in regular_stems("slates")
    assert regular_stems("is") == set()


def test_the_known_verbs_are_the_projects_own() -> None:
    verbs = known_verbs()
    assert {"hope", "slate", "wage", "stage", "fine", "deregister", "say", "refuse"} <= verbs
    assert not {"hop", "slat", "stag", "wag", "fin"} & verbs


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Chile hopes to sign the deal with Peru.", "hopes", "hope"),
        ("Ghana hoped to host the summit.", "hoped", "hope"),
        ("Kenya is hoping to reopen the border.", "hoping", "hope"),
        ("The talks are slated for March.", "slated", "slate"),
        ("Russia waged a drone war on Ukraine.", "waged", "wage"),
        ("India staged drills near the border.", "staged", "stage"),
        ("Chile fined Peru's state airline.", "fined", "fine"),
        ("Panama deregistered 12 Iranian-flagged tankers.", "deregistered", "deregister"),
    ],
)
def test_a_misread_inflection_gets_its_lexicon_verb(
    nlp: Any, text: str, form: str, lemma: str
) -> None:
    assert word(nlp(text), form).lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The rabbit hopped across the road.", "hopped", "hop"),  # no known verb "hop" stands
        ("Talks resumed on Monday.", "resumed", "resume"),  # a right lemma is kept
        ("The hopes of peace faded.", "hopes", "hope"),  # a noun is no verb form
    ],
)
def test_other_forms_keep_their_lemma(nlp: Any, text: str, form: str, lemma: str) -> None:
    assert word(nlp(text), form).lemma_ == lemma


def test_a_hope_is_no_appeal(extract: Extract) -> None:
    for text in (
        "Chile said it hoped that Peru would release the fishermen.",
        "Kenya hopes Uganda will reopen the border crossing soon.",
        "Ghana's foreign ministry was hoping talks with Togo would resume.",
    ):
        got = code_events(extract(text))
        assert not [e for e in got if e[2][:2] == "02"], text
        assert not [e for e in got if e[3] == "asserted"], text


def test_the_hoped_act_is_possible(extract: Extract) -> None:
    got = code_events(extract("Kenya is hoping to sign a trade deal with Uganda next month."))
    assert ("KEN", "UGA", "057", "possible") in got
    assert not [e for e in got if e[3] == "asserted"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Panama has deregistered 12 Iranian-flagged tankers.", ("PAN", "IRN", "172", "asserted")),
        ("Chile fined Peru's state airline on Monday.", ("CHL", "PER", "172", "asserted")),
    ],
)  # fmt: skip
def test_an_inflected_trigger_codes_its_row(
    extract: Extract, text: str, event: tuple[str, str, str, str]
) -> None:
    assert event in code_events(extract(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenyan police broke up a rally staged by students at Moi University in Eldoret.",
         "KENEDU"),
        ("Peruvian police detained workers at the Antamina mine in Huari.", "PERLAB"),
        ("A Chilean court fined students at Austral University in Valdivia.", "CHLEDU"),
    ],
)  # fmt: skip
def test_a_placed_group_is_at_home_for_its_police(extract: Extract, text: str, target: str) -> None:
    targets = {e.target.code for e in extract(text).events if e.target}
    assert targets == {target}


def test_soldiers_countryless_targets_stay(extract: Extract) -> None:
    """Soldiers act abroad too: their countryless target keeps no state from them."""
    got = extract("Israeli troops detained students at Riverside University in Eastbrook.")
    assert not [e for e in got.events if e.target and e.target.code == "ISREDU"]


@pytest.mark.parametrize(
    ("answer", "denier"),
    [
        ("Peru's foreign ministry called the charges baseless.", "PER"),
        ("Lima described the accusation as absurd.", "PER"),
        ("Peru's president termed the allegations unfounded.", "PER"),
        ("Peru's defence minister denounced the accusation as a lie.", "PER"),
    ],
)
def test_calling_the_charge_false_denies_it(extract: Extract, answer: str, denier: str) -> None:
    """A charge called baseless, absurd or a lie is denied (016), aimed at the accuser named
    only in the sentence before; no criticism (111) of the accuser."""
    got = code_events(extract(f"Chile accused Peru of violating its airspace. {answer}"))
    assert (denier, "CHL", "016", "asserted") in got
    assert not [e for e in got if e[0] == denier and e[2][:2] == "11"]


def test_calling_a_move_a_provocation_stays_criticism(extract: Extract) -> None:
    got = code_events(
        extract("Chile accused Peru of violating its airspace. Lima called the move a provocation.")
    )
    assert ("PER", "CHL", "111", "asserted") in got


@pytest.mark.parametrize(
    ("code", "act", "want"),
    [
        ("033", "071", "0331"), ("033", "072", "0332"), ("033", "073", "0333"),
        ("033", "074", "0334"), ("033", "075", "033"), ("033", "070", "033"),
        ("023", "073", "0233"), ("103", "072", "1032"), ("031", "062", "031"),
        ("036", "046", "036"),
    ],
)  # fmt: skip
def test_aid_subcode(code: str, act: str, want: str) -> None:
    assert aid_subcode(code, act) == want


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Japan offered loans to Sri Lanka.", ("JPN", "LKA", "0331", "asserted")),
        ("The United States offered weapons to Taiwan.", ("USA", "TWN", "0332", "asserted")),
        ("Turkey offered humanitarian assistance to Syria.", ("TUR", "SYR", "0333", "asserted")),
        ("Britain pledged military aid to Ukraine.", ("GBR", "UKR", "0332", "asserted")),
        ("China promised loans to Pakistan.", ("CHN", "PAK", "0331", "asserted")),
        ("Japan offered aid to the Philippines.", ("JPN", "PHL", "033", "asserted")),
        ("China offered help to Nepal after the earthquake.", ("CHN", "NPL", "033", "asserted")),
        ("Kenya offered talks to Somalia.", ("KEN", "SOM", "036", "asserted")),
    ],
)  # fmt: skip
def test_an_offer_of_aid_is_an_intent_to_give_it(
    extract: Extract, text: str, event: tuple[str, str, str, str]
) -> None:
    """CAMEO 033x: an offer, pledge or promise of aid is an intent to provide it, of the aid's
    own kind; no appeal, no generic 030, no aid given."""
    got = code_events(extract(text))
    assert event in got
    assert not [e for e in got if e[2][:2] in ("02", "07")]


def test_a_repeated_preposition_joins_its_objects(nlp: Any) -> None:
    doc = repaired(nlp, "The United States imposed tariffs on Canada and on Mexico.")
    mexico = word(doc, "Mexico")
    assert mexico.dep_ == "conj" and mexico.head.text == "Canada"
    other = repaired(nlp, "Qatar suspended flights to Iran and from Iraq.")
    assert word(other, "Iraq").head.text == "from"  # two prepositions: two phrases


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The United States imposed tariffs on Canada and on Mexico.",
         {("USA", "CAN", "163"), ("USA", "MEX", "163")}),
        ("Mali announced sanctions against Senegal and against Guinea.",
         {("MLI", "SEN", "163"), ("MLI", "GIN", "163")}),
        ("Chile expelled diplomats from Peru, from Bolivia and from Ecuador.",
         {("CHL", "PER", "161"), ("CHL", "BOL", "161"), ("CHL", "ECU", "161")}),
        ("Kenya sent troops to Somalia, to South Sudan and to Uganda.",
         {("KEN", "SOM", "074"), ("KEN", "SSD", "074"), ("KEN", "UGA", "074")}),
    ],
)  # fmt: skip
def test_one_act_per_state_after_a_repeated_preposition(
    extract: Extract, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert {e[:3] for e in code_events(extract(text))} == want


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The United States has yet to deliver the weapons it promised to Taiwan.",
         ("USA", "TWN", "072", "negated")),
        ("France has still not delivered the loans it promised Senegal last year.",
         ("FRA", "SEN", "071", "negated")),
        ("Germany has yet to deliver on its promise of aid to Ukraine.",
         ("DEU", "UKR", "070", "negated")),
        ("Germany delivered the tanks it promised to Poland.", ("DEU", "POL", "072", "asserted")),
    ],
)  # fmt: skip
def test_aid_goes_to_the_state_it_was_promised(
    extract: Extract, text: str, event: tuple[str, str, str, str]
) -> None:
    """The delivery (not yet made: negated) goes to the state named in the promise that
    describes the aid; the earlier promise is no news, never asserted again."""
    got = code_events(extract(text))
    assert event in got
    assert not [e for e in got if e[2][:2] == "03" and e[3] == "asserted"]
