"""The lexicon and frame classes of the blind fresh4 review (lex11), each on minimal sentences
with several states and ways of naming them: exclusions from a meeting or vote, mandated
forces, reinforced units, opened and closed crossings and waters, accessions, handovers of
bases and of trucks, praise by "called X a historic day", purchases (the buyer acts), threats
held out with "might" or pledged with "would retaliate" (asserted), warnings of others' acts
(no threat), disavowed conflicts and evacuations (no event). The suite's tables:
``phenomena_lex11.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from phenomena_lex8 import forms_of
from phenomena_lex11 import CLASSES, CODES, SCENE_CONSTRUCTIONS
from test_lex8 import _codes, _has

from realpolitik.models import Extraction
from realpolitik.ontology import is_cameo

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root)
CASES = [
    # barred or excluded from a meeting or vote: reduced relations (PETRARCH2 EXCLUDE FROM 160)
    ("Hungary excluded Russia from the meeting.", "HUN", "RUS", "160"),
    ("Serbia kept Kosovo out of the summit.", "SRB", "KSV", "160"),
    ("Belgrade barred Albanian officials from the summit.", "SRB", "ALB", "160"),
    # a force authorised or its mandate extended: military protection (074)
    ("The Security Council authorised a stabilisation force for South Sudan.", "IGO", "SSD",
     "074"),
    ("Kenya has authorized a peacekeeping mission for Somalia.", "KEN", "SOM", "074"),
    ("The UN extended the mandate of its mission in Mali.", "IGO", "MLI", "074"),
    # units reinforced along a border: a buildup against the neighbour (154)
    ("Bolivia reinforced its army units along the border with Peru.", "BOL", "PER", "154"),
    ("Armenia has reinforced its positions on the frontier with Azerbaijan.", "ARM", "AZE",
     "154"),
    # opened / closed crossings, airspace and waters
    ("Egypt opened the Rafah crossing to Gaza.", "EGY", "PSE", "081"),
    ("Turkey reopened its airspace to Armenian flights.", "TUR", "ARM", "081"),
    ("Morocco shut its fishing grounds to Spanish trawlers.", "MAR", "ESP", "191"),
    ("Argentina closed its waters to British vessels.", "ARG", "GBR", "191"),
    ("Officials said Egypt would not open the crossing to Israel.", "EGY", "ISR", "1241"),
    # accession (057)
    ("Vietnam became a member of ASEAN.", "VNM", "IGO", "057"),
    # handovers: a base is a withdrawal (0874); trucks handed over "over 40" are aid (07)
    ("France handed over its last military base to Chad.", "FRA", "TCD", "0874"),
    ("Pretoria handed over 40 military trucks to the Zambian army.", "ZAF", "ZMB", "07"),
    ("President Hichilema received his guest, and Pretoria handed over 40 military trucks to "
     "the Zambian army.", "ZAF", "ZMB", "07"),
    # praise by an evaluative call (051)
    ("Macron called the agreement with Kenya a milestone.", "FRA", "KEN", "051"),
    ("Japan called South Korea's election a historic day.", "JPN", "KOR", "051"),
    # purchases: the buyer's act toward the seller (class Z)
    ("Kuwait buys most of its rice from Thailand.", "KWT", "THA", "061"),
    ("Egypt bought arms from France.", "EGY", "FRA", "06"),
    ("India purchased air defence systems from Russia.", "IND", "RUS", "06"),
    ("The Serbian army acquired drones from China.", "SRB", "CHN", "06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex11_rows_code_their_act(
    extract: Extract, text: str, src: str, tgt: str, code: str
) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        # held out with "might / could" by the actor itself: the threat, asserted
        ("Morocco said it might shut its fishing grounds to Spanish trawlers.", "MAR", "ESP",
         "13"),
        ("China said it could impose sanctions on Japan.", "CHN", "JPN", "13"),
        ("Erdogan said he might expel Greece's diplomats.", "TUR", "GRC", "13"),
        # a retaliation pledge is the threat made, asserted (class Q)
        ("Iran said it would retaliate against Israel.", "IRN", "ISR", "13"),
        ("Vietnam condemned China's arrests and said Hanoi would retaliate against Beijing.",
         "VNM", "CHN", "13"),
    ],
)  # fmt: skip
def test_a_speakers_own_threat_is_asserted(
    extract: Extract, text: str, src: str, tgt: str, root: str
) -> None:
    got = _codes(extract(text))
    assert any((s, t, f) == (src, tgt, "asserted") and c[:2] == root for s, t, c, f in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said Pyongyang might attack South Korea.",  # another's act: no threat by Seoul
        "Experts said China could impose sanctions on Japan.",  # commentators forecast
    ],
)
def test_anothers_act_held_out_is_no_threat_of_the_speaker(extract: Extract, text: str) -> None:
    got = _codes(extract(text))
    assert not any(c[:2] == "13" and f == "asserted" for *_, c, f in got), got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a warning of others' acts (firms, investors) names no consequence imposed (class K)
        ("Japan's prime minister warned that Japanese investors might leave China.", "13"),
        ("Germany warned that its firms could pull out of Hungary.", "13"),
        # a reporter's request for comment is no appeal (class S)
        ("Turkey did not respond to Greece's request for comment.", ""),
        # evacuating one's own people is no aid (class L)
        ("Nepal sent two aircraft to bring its nationals home from Lebanon.", ""),
        ("Chile sent planes to fly its citizens home from Israel.", ""),
        # a deputy sent to a conference is a visit, no aid
        ("Paris sent only a deputy minister to the conference in Dakar.", "07"),
        # barracks handed over are a withdrawal, no aid
        ("France handed over the last barracks it had used in Senegal.", "07"),
    ],
)
def test_lex11_readings_keep_their_limits(extract: Extract, text: str, wrong: str) -> None:
    got = _codes(extract(text))
    assert not any(c.startswith(wrong) and f == "asserted" for *_, c, f in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it was not looking for a fight with Israel.",
        "Iran is not seeking a war with Israel.",
        "China said it was not seeking confrontation with Japan.",
        "Russia said it did not want a war with Finland.",
    ],
)
def test_a_disavowed_conflict_is_no_event(extract: Extract, text: str) -> None:
    """No appeal (a negated 02) and no fight: nothing for users (class S)."""
    assert _codes(extract(text)) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Germany warned Russia of consequences.", "13"),  # a consequence the speaker imposes
        ("Iran warned that it would strike Israel.", "13"),  # its own act
        ("Germany opened its borders to refugees.", "075"),  # asylum, as before
        ("Ukraine received fighter jets from Denmark.", "07"),  # a gift keeps the giver's act
        ("Turkey closed its border with Syria.", "191"),
        ("Iran is seeking talks with Saudi Arabia.", "0"),  # a wanted act stays an appeal/intent
    ],
)
def test_neighbouring_readings_stay(extract: Extract, text: str, code: str) -> None:
    got = _codes(extract(text))
    assert any(c.startswith(code) for *_, c, _ in got), got


def test_the_lex11_tables() -> None:
    assert all(name.startswith(("f4lex_", "f4_")) for name in SCENE_CONSTRUCTIONS)
    assert set(CLASSES) <= set(SCENE_CONSTRUCTIONS)
    for code in CODES:
        assert is_cameo(code.code), code.code
        for _, phrase in forms_of(code):
            assert "{T" in phrase, (code.code, phrase)  # names its target
