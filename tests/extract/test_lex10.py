"""The lexicon classes of the blind fresh3 review (lex10), each crossed with several states and
ways of naming them (name, capital, leader, demonym with a sector): judging words after "call",
concerns raised with a party, armed vessels blocking a vessel, warships or troops sent toward a
border, cases before the WTO or the ICJ, "open to talks", invitations to mediate, orders to a
state's own forces; and the phrasings that must stay no event (an accord "sold" at home, notice
given, aid or commitments only talked about). The suite's tables: ``phenomena_lex10.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from phenomena_lex8 import forms_of
from phenomena_lex10 import CLASSES, CODES, SCENE_CONSTRUCTIONS
from test_lex8 import _codes, _has

from realpolitik.models import Extraction
from realpolitik.ontology import is_cameo

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root)
CASES = [
    # "called X deplorable / regrettable": disapproval (CAMEO 111 criticize, 110 disapprove)
    ("Ghana called the sanctions on Niger deplorable.", "GHA", "NER", "111"),
    ("The Kenyan foreign ministry called Ethiopia's decision deplorable.", "KEN", "ETH", "111"),
    ("Emmanuel Macron called Algeria's expulsion of the diplomats intolerable.", "FRA", "DZA",
     "111"),
    ("Nigeria called Benin's move regrettable.", "NGA", "BEN", "110"),
    ("Tokyo has called Seoul's decision counterproductive.", "JPN", "KOR", "110"),
    ("The Chilean government described Bolivia's decision as deplorable.", "CHL", "BOL", "111"),
    # concerns raised with or voiced to a party: a complaint to it (110)
    ("Japan raised concerns with China over the drills.", "JPN", "CHN", "110"),
    ("The Indian foreign ministry raised its worries with Nepal about the dam.", "IND", "NPL",
     "110"),
    ("Spain voiced its worries to Morocco about the migrants.", "ESP", "MAR", "110"),
    # armed or state vessels blocking a vessel: restricting movement (191), no protest (144)
    ("Chinese coast guard ships blocked a Philippine supply ship.", "CHN", "PHL", "191"),
    ("The Vietnamese navy blocked a Chinese survey vessel near the reef.", "VNM", "CHN", "191"),
    ("Greek patrol boats have blocked a Turkish research vessel.", "GRC", "TUR", "191"),
    # warships or troops sent toward a border: a buildup (154), not aid (072) or peacekeeping
    ("India sent troops to the border with China.", "IND", "CHN", "154"),
    ("Moscow has sent thousands of soldiers to the frontier with Finland.", "RUS", "FIN", "154"),
    ("Turkey sent warships to Greece's coast.", "TUR", "GRC", "154"),
    ("The Chinese government dispatched frigates to the strait off Taiwan.", "CHN", "TWN", "154"),
    # a case against X before the WTO or the ICJ (115), not an appeal to the body (02)
    ("Canada asked the WTO to rule on the duties China imposed.", "CAN", "CHN", "115"),
    ("Brazil has asked the World Trade Organization to rule on American subsidies.", "BRA",
     "USA", "115"),
    ("Gambia asked the ICJ to rule on Myanmar's treatment of the Rohingya.", "GMB", "MMR", "115"),
    ("Australia took China to the WTO over its tariffs.", "AUS", "CHN", "115"),
    ("The Indonesian government has taken the European Union to the WTO.", "IDN", "IGO", "115"),
    # "open to / ready for talks": the talks as the subject's intent (036)
    ("China is open to talks with Taiwan.", "CHN", "TWN", "036"),
    ("Armenia remained open to dialogue with Azerbaijan.", "ARM", "AZE", "036"),
    ("The Serbian government remains open to negotiations with Kosovo.", "SRB", "KSV", "036"),
    # inviting a mediator: a party accepts mediation (038); a third party appeals (028)
    ("Sudan invited Egypt to mediate in its dispute with the rebels.", "SDN", "EGY", "038"),
    ("Serbia has invited Hungary to mediate in the dispute.", "SRB", "HUN", "038"),
    ("Ghana invited Norway to mediate between Chad and the rebels.", "GHA", "NOR", "028"),
    # an order to the state's own forces: the ordered act, the commander's state its doer
    ("Putin ordered troops to attack Ukraine.", "RUS", "UKR", "19"),
    ("Boric ordered troops to bolster the frontier with Peru.", "CHL", "PER", "154"),
    ("Joe Biden ordered the navy to shoot down Chinese drones.", "USA", "CHN", "19"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex10_rows_code_their_act(
    extract: Extract, text: str, src: str, tgt: str, code: str
) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # no trade: an accord or a plan "sold" at home
        ("The prime minister will have to sell the accord to parliament.", "06"),
        ("Macron sold the plan at home.", "06"),
        ("Germany's chancellor must sell the deal to voters.", "06"),
        # notice or brief warning given is no aid
        ("Turkey had given only brief notice to Greece.", "07"),
        ("Chile had sent only brief warning to Peru.", "07"),
        # aid or commitments only talked about are no act
        ("Japan's commitments to Manila were discussed at the meeting.", "03"),
        ("Paris's trade commitments to Dakar were questioned by the envoy.", "03"),
        ("The envoys reviewed American aid to Kyiv.", "07"),
        ("Lawmakers questioned Germany's assistance to Ukraine.", "07"),
        # an order to one's own forces is no demand on them
        ("Putin ordered troops to attack Ukraine.", "10"),
        ("Erdogan ordered his generals to prepare an offensive against Syria.", "10"),
        # a crowd blocking a ship obstructs it (144): no blockade, no violent protest (145)
        ("Greek protesters blocked a Turkish cruise ship in the port.", "19"),
        ("Greek protesters blocked a Turkish cruise ship in the port.", "145"),
    ],
)
def test_lex10_rows_keep_their_limits(extract: Extract, text: str, wrong: str) -> None:
    got = _codes(extract(text))
    assert not any(c.startswith(wrong) and f == "asserted" for *_, c, f in got), got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("France sold Rafale jets to India.", "062"),  # a real arms sale: 062 (lex21, GUIDE rule 7)
        ("The United States delivered aid to Ukraine.", "07"),  # aid delivered is aid
        ("Afghanistan cannot replace Japan's economic aid to Iran.", "07"),  # aid given, weighed
        ("Iran repeated its warning to Israel.", "13"),  # a warning repeated is a warning
        ("Germany invited Poland to hold talks.", "036"),  # an invitation to meet, as before
        ("Putin ordered Ukrainian troops to withdraw from Kursk.", "10"),  # another's forces
    ],
)
def test_neighbouring_readings_stay(extract: Extract, text: str, code: str) -> None:
    got = _codes(extract(text))
    assert any(c.startswith(code) for *_, c, _ in got), got


def test_an_intent_to_talk_is_stated_not_done(extract: Extract) -> None:
    got = _codes(extract("Georgia said it remained open to talks with Russia."))
    assert any(s == "GEO" and t == "RUS" and c == "036" for s, t, c, _ in got), got
    assert not any(c.startswith("04") for *_, c, _ in got), got  # no talks held


def test_a_sent_fleet_not_sent_is_negated(extract: Extract) -> None:
    got = _codes(extract("France did not send frigates to the strait."))
    assert any(c == "154" and f == "negated" for *_, c, f in got), got


def test_the_lex10_tables() -> None:
    assert set(SCENE_CONSTRUCTIONS) == set(CLASSES)
    assert all(name.startswith("f3lex_") for name in CLASSES)  # (lex10_* are root rows)
    for code in CODES:
        assert is_cameo(code.code), code.code
        assert 1 <= len(forms_of(code)) <= 6 * 3, code.code
        for _, phrase in forms_of(code):
            assert "{T" in phrase or "{a_T" in phrase, (code.code, phrase)  # names its target
