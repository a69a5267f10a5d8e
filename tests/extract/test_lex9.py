"""Issue 9 section 2's lexicon gaps (lex9): CAMEO sub-codes the lex8 coverage tables left out,
each phrasing crossed with several states and ways of naming them (name, capital, leader,
demonym with a sector); the appeal verbs that take an infinitive ("encouraged X to accept")
are appeals (02), not the target's intent; and the second coverage suite's tables
(``phenomena_lex9.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from phenomena_lex8 import CODES as LEX8_CODES
from phenomena_lex9 import CODES, GAPS, ROOTS, SCENE_CONSTRUCTIONS, forms_of
from test_lex8 import _codes, _has

from realpolitik.models import Extraction
from realpolitik.ontology import is_cameo

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root): each new row on several states and namings
CASES = [
    # appeal verbs with an infinitive: the asker appeals to the one asked (02)
    ("India encouraged Moscow to accept the proposal on Monday.", "IND", "RUS", "02"),
    ("The Kenyan government has encouraged Pretoria to resume talks.", "KEN", "ZAF", "02"),
    ("Morocco implored Belarus to reconsider its decision.", "MAR", "BLR", "02"),
    ("The Serbian foreign minister was imploring Algeria to free the sailors.", "SRB", "DZA",
     "025"),
    ("Emmanuel Macron exhorted Iran to show restraint.", "FRA", "IRN", "02"),
    # 16: reduced relations and aid
    ("The Serbian government scaled back ties with Addis Ababa.", "SRB", "ETH", "160"),
    ("Japanese officials have scaled back cooperation with Myanmar.", "JPN", "MMR", "160"),
    ("Egypt has curtailed ties with Iran.", "EGY", "IRN", "160"),
    ("The Kenyan government has reduced cooperation with Somalia.", "KEN", "SOM", "160"),
    ("Berlin halted loans to Warsaw.", "DEU", "POL", "162"),
    ("The Chinese government suspended credit to Sri Lanka.", "CHN", "LKA", "162"),
    ("Kenya pulled its peacekeepers out of Somalia.", "KEN", "SOM", "1661"),
    ("The Philippines has pulled its peacekeepers out of Lebanon.", "PHL", "LBN", "1661"),
    # 19, 18, 20
    ("The Argentine navy exchanged fire with Chilean troops on Monday.", "ARG", "CHL", "193"),
    ("Indian troops exchanged fire with Pakistani soldiers.", "IND", "PAK", "193"),
    ("Italy used Hungarian civilians as human shields.", "ITA", "HUN", "184"),
    ("Russian forces have used Ukrainian prisoners as human shields.", "RUS", "UKR", "184"),
    ("Greece is using weapons of mass destruction against Syria.", "GRC", "SYR", "204"),
    # 11 criticism, 13 threats promised ("vowed to punish X" is no intent to cooperate)
    ("France took Russia to task over its remarks.", "FRA", "RUS", "111"),
    ("Kim Jong Un mocked Joe Biden.", "PRK", "USA", "111"),
    ("The Indian government was speaking out against Pakistan's policies.", "IND", "PAK", "111"),
    ("Iran vowed to punish Israel.", "IRN", "ISR", "13"),
    ("China has vowed to punish Taiwan.", "CHN", "TWN", "13"),
    ("Hezbollah vowed to avenge the killing of its commander by Israel.", "LBN", "ISR", "138"),
    # 05 diplomatic cooperation
    ("France and Algeria mended ties.", "DZA", "FRA", "050"),
    ("Tokyo has patched up relations with Seoul.", "JPN", "KOR", "050"),
    ("Hanoi inked a trade deal with Canberra.", "VNM", "AUS", "057"),
    ("The Turkish government vouched for Azerbaijan.", "TUR", "AZE", "051"),
    ("Poland championed Ukraine's bid for membership.", "POL", "UKR", "051"),
    ("France extended an olive branch to Algeria.", "FRA", "DZA", "050"),
    ("Qatar sent an ambassador to Syria.", "QAT", "SYR", "050"),
    # 12 rejections and defiance, 16 talks broken off
    ("France said no to Russia's proposal.", "FRA", "RUS", "120"),
    ("The Polish government has said no to Germany's plan.", "POL", "DEU", "120"),
    ("Pyongyang shrugged off Seoul's warnings.", "PRK", "KOR", "128"),
    ("Indian officials were brushing off Jordan's objections.", "IND", "JOR", "120"),
    ("The Chinese delegation walked out of the meeting with Japan.", "CHN", "JPN", "164"),
    ("Japan has pulled out of negotiations with China.", "JPN", "CHN", "164"),
    # "called for X to act": an appeal to X (parties.context.asked_to_act), refined by the act
    ("Germany and France called for Russia to withdraw its forces.", "FRA", "RUS", "025"),
    ("The Saudi foreign ministry called for Israel to halt its offensive.", "SAU", "ISR", "02"),
    ("Emmanuel Macron has called for Iran to release the detained sailors.", "FRA", "IRN",
     "025"),
    ("Japan is calling for China to resume talks.", "JPN", "CHN", "026"),
    ("Egypt appealed for Ethiopia to show restraint.", "EGY", "ETH", "02"),
    ("Syrian authorities' call for Algiers to withdraw its forces was widely reported.", "SYR",
     "DZA", "025"),
    # an invitation to an act other than a meeting is a request (02); to meet, an intent (036)
    ("France invited Russia to join the coalition.", "FRA", "RUS", "022"),
    ("The Chinese government was inviting Pakistan to invest in the port.", "CHN", "PAK", "021"),
    ("Brasilia has invited Buenos Aires to help rebuild the bridge.", "BRA", "ARG", "02"),
    ("Germany invited Poland to hold talks.", "DEU", "POL", "036"),
    ("Olaf Scholz invited Emmanuel Macron to visit Berlin.", "DEU", "FRA", "036"),
    # a proposal that another party acts is a request (02), its target the clause's subject
    ("France proposed that Russia withdraw its troops.", "FRA", "RUS", "025"),
    ("Turkey has proposed that Sweden extradite the suspects.", "TUR", "SWE", "02"),
    ("The Indian foreign ministry proposed that Pakistan hold talks on the dispute.", "IND",
     "PAK", "026"),
    ("Japan requested that China hold talks on the islands.", "JPN", "CHN", "026"),
    ("The French government proposed that the Russian army withdraw from the region.", "FRA",
     "RUS", "025"),
    ("Brazil recommended that Argentina accept the offer.", "BRA", "ARG", "02"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex9_rows_code_their_act(
    extract: Extract, text: str, src: str, tgt: str, code: str
) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


@pytest.mark.parametrize(
    "text",
    [
        "Russia uses the plant as a shield.",  # no human shield
        "The rally encouraged investors.",  # no infinitive: no appeal
        "Officials scaled back the parade.",  # no ties
        "The bank reduced interest rates.",  # no ties
        "The mock drill was held in Seoul.",  # no one mocked
        "France said there was no alternative to the talks.",  # no "said no to"
        "Markets shrugged off the news.",
        "He brushed off the dust.",
        "The printer inked the page.",
        "He championed reform.",
        "The council called for Hodeida port to remain open.",  # a place asked: no party
        "Shinzo Abe has pushed for the Constitution to be revised.",  # a demand at home
    ],
)
def test_lex9_rows_keep_their_limits(extract: Extract, text: str) -> None:
    got = _codes(extract(text))
    assert not any(c[:2] in ("02", "05", "10", "12", "16", "18") for *_, c, _ in got), got


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Germany and France called for Russia to withdraw its forces.", "RUS"),
        ("The Saudi foreign ministry called for Israel to halt its offensive.", "ISR"),
        ("France's call for Russia to withdraw its forces drew sharp reactions.", "RUS"),
        ("France proposed that Russia withdraw its troops.", "RUS"),
        ("Brazil recommended that Argentina accept the offer.", "ARG"),
    ],
)
def test_the_act_asked_for_is_not_asserted(extract: Extract, text: str, asked: str) -> None:
    got = _codes(extract(text))
    assert not any(s == asked and f == "asserted" for s, _, _, f in got), got


def test_exchanging_fire_is_mutual(extract: Extract) -> None:
    ex = extract("Iran and Iraq exchanged fire on Monday.")
    assert _has(ex, "IRN", "IRQ", "193") and _has(ex, "IRQ", "IRN", "193"), _codes(ex)


def test_the_lex9_tables_add_codes_lex8_leaves_out() -> None:
    assert set(SCENE_CONSTRUCTIONS) == {f"lex9_r{r}" for r in ROOTS}
    lex8 = {c.code for c in LEX8_CODES}
    # new codes, and a few of lex8's codes in new phrasings ("implored", "said no to")
    assert len({c.code for c in CODES} & lex8) <= 8
    for code in CODES + GAPS:
        assert is_cameo(code.code), code.code
        assert 1 <= len(forms_of(code)) <= 6 * 3 + 2, code.code
        for _, phrase in forms_of(code):
            assert "{T" in phrase or "{a_T" in phrase, (code.code, phrase)  # names its target
    assert len({c.code for c in CODES} - lex8) >= 45
