"""This round's leftover interstate phrasings (lex12), each on minimal sentences with several
states and ways of naming them: products ordered from a seller (a purchase, no demand), troops
ordered to a border (a buildup), exemptions from sanctions or tariffs (easing), "would not
tolerate" (a refusal aimed at the meddler or the addressee), radars stationed in a host
(cooperation, no threat), members suspended from a bloc, intelligence shared (no party),
"remained committed to working with X" (intent, with its target) and
"held off on sanctions" (withheld). The suite's tables: ``phenomena_lex12.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from phenomena_lex8 import forms_of
from phenomena_lex12 import CLASSES, CODES, SCENE_CONSTRUCTIONS
from test_lex8 import _codes, _has

from realpolitik.models import Extraction
from realpolitik.ontology import is_cameo

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root)
CASES = [
    # products ordered from a seller: the buyer's purchase (06), never a demand (10)
    ("India ordered 12 Rafale jets from France.", "IND", "FRA", "06"),
    ("Warsaw has ordered 250 tanks from South Korea.", "POL", "KOR", "06"),
    ("Egypt decided to order fighter jets from France.", "EGY", "FRA", "06"),
    # troops ordered to a border: a buildup against the neighbour (154)
    ("Russia ordered troops to the border with Ukraine.", "RUS", "UKR", "154"),
    ("Armenia ordered more soldiers to the frontier with Azerbaijan.", "ARM", "AZE", "154"),
    # exemptions from sanctions, tariffs or visa rules: easing for the exempted (08)
    ("The United States exempted India from the sanctions.", "USA", "IND", "085"),
    ("Washington exempted Mexico from the new tariffs.", "USA", "MEX", "085"),
    ("Russia exempted Serbia from the visa requirement.", "RUS", "SRB", "081"),
    # "would not tolerate": a refusal aimed at the meddler or the addressee (12)
    ("Turkey said it would not tolerate any meddling by Greece.", "TUR", "GRC", "12"),
    ("Erdogan said he would not tolerate provocations from Greece.", "TUR", "GRC", "12"),
    ("Egypt told Ethiopia that it would not tolerate any meddling.", "EGY", "ETH", "12"),
    # equipment stationed in a host: the host cooperates (06)
    ("Russia has stationed nuclear weapons in Belarus.", "RUS", "BLR", "062"),
    ("The United States stationed missile defence radars in Poland.", "USA", "POL", "062"),
    # a member suspended from the bloc: reduced relations (160)
    ("The AU suspended Mali from the union.", "IGO", "MLI", "160"),
    ("ECOWAS suspended Niger from the bloc.", "IGO", "NER", "160"),
    # committed to working with X: intent to negotiate, its target the partner (class N)
    ("Japan remained committed to working with China.", "JPN", "CHN", "036"),
    ("Berlin remains committed to working closely with Paris.", "DEU", "FRA", "036"),
    ("India is committed to working closely with Japan.", "IND", "JPN", "03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex12_rows_code_their_act(
    extract: Extract, text: str, src: str, tgt: str, code: str
) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("India ordered 12 Rafale jets from France.", "10"),  # a purchase, no demand
        ("Armenia ordered troops to the border with Azerbaijan.", "10"),  # a buildup
        # an order to pull back from the border is no buildup
        ("Armenia ordered its soldiers to pull back from the frontier with Azerbaijan.", "15"),
        ("Russia ordered its troops to withdraw from the border with Ukraine.", "15"),
        ("The United States would station radars in Poland.", "13"),  # no threat to the host
        ("Russia has stationed nuclear weapons in Belarus.", "15"),
        ("The European Union held off on sanctions against Hungary.", "16"),  # withheld
        ("Washington has held off on new tariffs on China.", "16"),
    ],
)
def test_lex12_readings_keep_their_limits(extract: Extract, text: str, wrong: str) -> None:
    got = _codes(extract(text))
    assert not any(c.startswith(wrong) and f == "asserted" for *_, c, f in got), got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia ordered Ukraine to withdraw its troops.", "10"),  # an order to a state: demand
        ("The EU imposed sanctions on Belarus.", "163"),  # sanctions imposed stay asserted
        ("Germany tolerated the protests.", ""),  # plain "tolerated": no refusal
        ("Russia deployed troops to Belarus.", "15"),  # plain deployments unchanged
    ],
)
def test_neighbouring_readings_stay(extract: Extract, text: str, code: str) -> None:
    got = _codes(extract(text))
    if code:
        assert any(c.startswith(code) and f == "asserted" for *_, c, f in got), got
    else:
        assert not any(c.startswith("12") for *_, c, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said it would share intelligence.",
        "Israel shared intelligence.",
        "Saudi Arabia has agreed to share intelligence.",
        "Donald Tusk has agreed to share intelligence on Monday.",
    ],
)
def test_shared_intelligence_is_no_party(extract: Extract, text: str) -> None:
    """The intelligence shared is the thing moved: no spy agency (nor the sharer) as target."""
    got = _codes(extract(text))
    assert all(t == "" for _, t, _, _ in got), got


def test_the_lex12_tables() -> None:
    assert all(name.startswith("l12_") for name in SCENE_CONSTRUCTIONS)
    assert set(CLASSES) <= set(SCENE_CONSTRUCTIONS)
    for code in CODES:
        assert is_cameo(code.code), code.code
        for _, phrase in forms_of(code):
            assert "{T" in phrase, (code.code, phrase)  # names its target
