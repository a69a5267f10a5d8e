"""Round 18 lexicon, coding and event-noun classes (lex23; fresh12_classes.md L, RF, DN, NA) on
minimal sentences with several states: a state's bare protest (114, no own-state target), goods
held at a border post (191), a noun verdict ("a scandal", 111), a dismissed criticism (016),
withdrawn funding (162, "would not withdraw" it negated, no refusal) and event nouns reviewed,
tempted to or judged (no act). The suite's tables: ``phenomena_lex23.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired

from realpolitik.extract._bare_protests import bare_protest
from realpolitik.extract._unacted_nouns import unacted


@pytest.mark.parametrize(
    ("text", "state", "fact"),
    [
        ("France was right to protest.", "FRA", "asserted"),
        ("Kenya protested on Monday.", "KEN", "asserted"),
        ("Tokyo protested strongly this week.", "JPN", "asserted"),
        ("Peru's government protested, the ministry said.", "PER", "reported"),
        ("Ghana's foreign ministry protested.", "GHA", "asserted"),
    ],
)
def test_state_bare_protest_is_diplomatic(
    extract: Extract, text: str, state: str, fact: str
) -> None:
    """A state's protest with nothing named is a diplomatic protest (114), aimed at no one,
    never dissent (14) against its own state."""
    got = code_events(extract(text))
    assert (state, "", "114", fact) in got, got
    assert not [e for e in got if e[2][:2] == "14" or e[1] == state], got


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyans protested in Nairobi.",
        "Students protested outside the French embassy.",
        "Hundreds protested against the deal.",
    ],
)
def test_crowd_protest_stays_dissent(extract: Extract, text: str) -> None:
    """A crowd, a people or a protest held at a place still demonstrates (14)."""
    got = code_events(extract(text))
    assert [e for e in got if e[2][:2] == "14"], got
    assert not [e for e in got if e[2] == "114"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("France was right to protest.", True),
        ("Tokyo protested on Monday.", True),
        ("Students protested outside the embassy.", False),
        ("Chile protested the decision.", False),
        ("Crowds protested in the capital.", False),
    ],
)
def test_bare_protest(nlp: Any, text: str, want: bool) -> None:
    """Nothing protested and no place (a time phrase is no place)."""
    doc = repaired(nlp, text)
    verb = next(t for t in doc if t.lemma_ == "protest")
    assert bare_protest(verb) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kenyan customs officers have held about 30 Ugandan lorries at the Malaba post.",
         ("KEN", "UGA")),
        ("Polish border police held up 40 Lithuanian trucks at the crossing on Monday.",
         ("POL", "LTU")),
        ("Greek port officials stopped Turkish goods at Piraeus.", ("GRC", "TUR")),
        ("Austrian border guards have held Hungarian cargo at the border for a week.",
         ("AUT", "HUN")),
    ],
)  # fmt: skip
def test_goods_held_at_border(extract: Extract, text: str, want: tuple[str, str]) -> None:
    """Goods or lorries held, held up or stopped by a state's officers: 191."""
    got = code_events(extract(text))
    assert [e for e in got if e[:2] == want and e[2] == "191"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Peru's minister called Chile's move a disgrace.", ("PER", "CHL")),
        ("Ecuador called Colombia's decision 'a scandal' on Monday.", ("ECU", "COL")),
        ("Hungary's foreign minister called the Austrian law a travesty.", ("HUN", "AUT")),
        ("Ghana called Nigeria's decision an outrage.", ("GHA", "NGA")),
    ],
)
def test_noun_verdict_is_criticism(extract: Extract, text: str, want: tuple[str, str]) -> None:
    """ "called X's decision 'a scandal'": criticism (111), no phone call (041)."""
    got = code_events(extract(text))
    assert (*want, "111", "asserted") in got, got
    assert not [e for e in got if e[2] == "041"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Germany criticised Poland's new law. Poland dismissed the criticism as election noise.",
         ("POL", "DEU")),
        ("Japan criticised China's drills. China rejected the criticism as groundless.",
         ("CHN", "JPN")),
        ("Kenya complained about Uganda's tariffs. Uganda brushed aside the complaints as"
         " exaggerated.", ("UGA", "KEN")),
    ],
)  # fmt: skip
def test_dismissed_criticism_is_denial(extract: Extract, text: str, want: tuple[str, str]) -> None:
    """A criticism or complaint dismissed "as ...": the accuser's charge denied (016, GUIDE
    rule 2), not a rejection (12)."""
    got = code_events(extract(text))
    assert (*want, "016", "asserted") in got, got
    assert not [e for e in got if e[:2] == want and e[2][:2] == "12"], got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya turned down an Italian offer to run the port. Italy's minister said Rome regretted"
        " the decision but would not withdraw its funding.",
        "Japan said it would not withdraw its aid to Laos.",
        "France will not withdraw its loans to Senegal, the minister said.",
    ],
)
def test_unwithdrawn_funding_is_no_refusal(extract: Extract, text: str) -> None:
    """Withdrawn funding is reduced aid (162); "would not withdraw" it is that act `negated`,
    no refusal (12) and no retreat (0874)."""
    got = code_events(extract(text))
    assert [e for e in got if e[2] == "162" and e[3] == "negated"], got
    assert not [e for e in got if e[2][:2] == "12" and e[0] != "KEN"], got
    assert not [e for e in got if e[2] == "0874"], got


def test_asked_refusal_stays(extract: Extract) -> None:
    """After a request, "would not V" the asked act is a refusal (12x)."""
    got = code_events(
        extract(
            "Egypt asked Sudan to hand over the suspect. Sudan said it would not extradite him."
        )
    )
    assert [e for e in got if e[:2] == ("SDN", "EGY") and e[2][:2] == "12"], got


@pytest.mark.parametrize(
    "text",
    [
        "Poland's minister said Warsaw would review its police cooperation with Lithuania.",
        "Peru said it would reconsider its military cooperation with Chile.",
        "Tokyo should resist any temptation to turn its training missions in Manila into"
        " something larger.",
        "Vietnam resisted the urge to impose sanctions on China.",
        "Italy's early release of convicted Slovenian smugglers was reckless.",
        "Kenya's deployment of troops to Somalia was a mistake.",
    ],
)
def test_unacted_nouns_are_no_act(extract: Extract, text: str) -> None:
    """An act reviewed, tempted to or judged is no act of the sentence (GUIDE rule 1)."""
    got = code_events(extract(text))
    assert not [e for e in got if e[2][:2] in ("06", "08", "15", "16")], got


@pytest.mark.parametrize(
    ("text", "trigger", "pos"),
    [
        ("Japan will expand its military cooperation with India.", "cooperation", "N"),
        ("Italy released 20 smugglers to Slovenia.", "released", "V"),
        ("Kenya's deployment of troops to Somalia began on Monday.", "deployment", "N"),
    ],
)
def test_acted_nouns_stay(nlp: Any, text: str, trigger: str, pos: str) -> None:
    """An act expanded, done or begun is an act: ``unacted`` keeps it."""
    doc = repaired(nlp, text)
    tok = next(t for t in doc if t.text == trigger)
    assert not unacted(tok, pos)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan is set to sign a trade deal with India next month.", ("JPN", "IND", "057")),
        ("Canada's prime minister was due to speak with Mexico's president later in the day.",
         ("CAN", "MEX", "040")),
        ("Ghana's president is due to visit Nigeria next week.", ("GHA", "NGA", "042")),
    ],
)  # fmt: skip
def test_scheduled_act_is_possible(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    """ "is set to / is due to V": a schedule, the act itself `possible` (GUIDE rule 4), no
    intent (03)."""
    got = code_events(extract(text))
    assert [
        e for e in got if e[:2] == want[:2] and e[2][:2] == want[2][:2] and e[3] == "possible"
    ], got
    assert not [e for e in got if e[2][:2] == "03"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("France accepted Italy's offer of talks.", ("FRA", "ITA")),
        ("Kenya accepted Uganda's offer to hold talks on the border.", ("KEN", "UGA")),
        ("Vietnam accepted China's call for dialogue.", ("VNM", "CHN")),
        ("Peru accepted Chile's proposal for a summit in Lima.", ("PER", "CHL")),
    ],
)
def test_accepted_offer_of_talks(extract: Extract, text: str, want: tuple[str, str]) -> None:
    """An accepted offer of talks agrees to meet (036), as an accepted invitation does; an
    accepted loan stays a generic agreement (030)."""
    assert (*want, "036", "asserted") in code_events(extract(text))
    loan = code_events(extract("Kenya accepted Uganda's offer of a loan."))
    assert not [e for e in loan if e[2] == "036"], loan


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The minister said France would extend checks on the Belgian border for six months.",
         ("FRA", "BEL")),
        ("Austria will introduce border controls on its frontier with Hungary from Monday.",
         ("AUT", "HUN")),
        ("Germany will impose border checks on the Polish frontier.", ("DEU", "POL")),
    ],
)  # fmt: skip
def test_announced_border_checks(extract: Extract, text: str, want: tuple[str, str]) -> None:
    """A state's announced border checks: the restriction (191) `possible`, no threat (13)."""
    got = code_events(extract(text))
    assert (*want, "191", "possible") in got, got
    assert not [e for e in got if e[2][:2] == "13"], got
