"""fresh6's lexicon class L, its two regressions from round 12 and leftovers (lex14), each on
minimal sentences with several states and ways of naming them: what is handed decides the act
("handed X the logs" shares information, "handed X control" hands nothing), shared records,
goods flown to X (aid, no visit), an ambassador pulled out, talks walked away from, troops dug
in, migrants repatriated, crews that could not be spared, fees scrapped (an intent when agreed
to, no threat), "did not deny that" (no denial: the act left open) and acts passed over
("rather than", "instead of": not done). The suite's tables: ``phenomena_lex14.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_lex8 import _codes, _has

from realpolitik.extract import load_lexicon
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root)
CASES = [
    # "hand X Y": the handed object decides; records are information shared (064)
    ("Japan handed Philippine officials the logs.", "JPN", "PHL", "064"),
    ("Kenya handed Uganda the records of the catch.", "KEN", "UGA", "064"),
    ("Tokyo has handed Manila the intelligence files.", "JPN", "PHL", "064"),
    ("Japan handed over the vessel logs to the Philippines.", "JPN", "PHL", "064"),
    ("Japan has handed the logbooks over to the Philippine coast guard.", "JPN", "PHL", "064"),
    ("Germany handed Ukraine 40 rifles.", "DEU", "UKR", "072"),  # arms: military aid
    # "share" + any record-like noun (064)
    ("Nairobi has shared every catch record with Kampala.", "KEN", "UGA", "064"),
    ("Norway shared its inspection reports with Iceland.", "NOR", "ISL", "064"),
    ("Chile shared the patrol logs with Peru.", "CHL", "PER", "064"),
    # goods flown to X: aid, no visit (07)
    ("Japan flew 20 tonnes of tents to Manila.", "JPN", "PHL", "07"),
    ("India flew medical supplies to Kathmandu.", "IND", "NPL", "07"),
    ("Turkey has flown 40 tonnes of food aid to Syria.", "TUR", "SYR", "07"),
    # an ambassador pulled out (161)
    ("Ecuador has pulled its ambassador out of Lima.", "ECU", "PER", "161"),
    ("Sweden pulled its envoy from Iran.", "SWE", "IRN", "161"),
    # walked away from talks (164) or a deal (160)
    ("Uruguay walked away from the talks with Argentina.", "URY", "ARG", "164"),
    ("Iran has walked away from negotiations with the United States.", "IRN", "USA", "164"),
    ("Morocco walked away from the fishing deal with Spain.", "MAR", "ESP", "160"),
    # dug in on another state's ground (192)
    ("Serbian soldiers have dug in at Kosovo's border post.", "SRB", "KSV", "192"),
    ("Armenian troops dug in inside Azerbaijan.", "ARM", "AZE", "192"),
    # the place's state named inside the place phrase ("at a border post in X")
    ("Serbian soldiers have dug in at a border post in Kosovo.", "SRB", "KSV", "192"),
    ("Eritrean troops dug in at a village in Ethiopia.", "ERI", "ETH", "192"),
    # the participle hung on the noun ("troops [that] dug in"): the troops dig in, not dug by X
    ("Turkish troops dug in inside Syria this week.", "TUR", "SYR", "192"),
    ("Serbian soldiers dug in near Kosovo's border town late on Sunday.", "SRB", "KSV", "192"),
    # repatriated foreigners: deportation (174)
    ("Nigeria repatriated 80 Ghanaian migrants on a chartered flight to Accra.", "NGA", "GHA",
     "174"),
    ("Kenya repatriated 40 Somali fishermen.", "KEN", "SOM", "174"),
    ("Thailand repatriated 120 Cambodian nationals to Phnom Penh.", "THA", "KHM", "174"),
    # could not spare what was asked: a refusal of aid (12)
    ("Malawi asked Tanzania for doctors. Tanzania said it could not spare any doctors.",
     "TZA", "MWI", "12"),
    ("Tanzania said it could not spare any crews for Malawi.", "TZA", "MWI", "12"),
    # scrapped fees: eased measures (085); agreed to scrap them: an intent (03)
    ("Kenya scrapped visa fees for Ugandan traders.", "KEN", "UGA", "085"),
    ("Kenya agreed to scrap port fees for Ugandan ships.", "KEN", "UGA", "03"),
    ("Kenya and Uganda agreed to scrap visa fees for traders.", "UGA", "KEN", "03"),
    # "welcomed X's head of government, NAME, to CAPITAL": hosting even when the parser hangs
    # "to" on the guest after the apposition (043, not praise)
    ("Kenya's prime minister welcomed Uganda's head of government, Robinah Nabbanja, to "
     "Nairobi.", "KEN", "UGA", "043"),
    ("Iceland welcomed Norway's prime minister, Jonas Gahr Store, to Reykjavik.", "ISL", "NOR",
     "043"),
    ("The Kenyan president welcomed Uganda's head of government, Robinah Nabbanja, to "
     "Nairobi.", "KEN", "UGA", "043"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex14_rows_code_their_act(
    extract: Extract, text: str, src: str, tgt: str, code: str
) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


# (sentence, roots that must not be asserted)
NOT_ASSERTED = [
    ("Kenya handed Uganda control of the port.", ("07", "12")),
    ("Japan handed Korea the chance to host the games.", ("07",)),
    ("Samoa said it would keep control of its fisheries programme rather than hand it to "
     "Fiji.", ("07", "12")),
    ("Japan flew 20 tonnes of tents to Manila.", ("04",)),  # no visit
    ("Iceland welcomed Norway's prime minister, Jonas Gahr Store, to Reykjavik.", ("05",)),
    ("Kenya and Uganda agreed to scrap visa fees for traders.", ("13",)),  # no threat
    ("Kenya agreed to scrap port fees for Ugandan ships.", ("13", "16")),
    ("Kenya chose to talk with Uganda rather than impose sanctions on it.", ("16",)),
    ("Kenya sent aid to Uganda rather than cut ties with it.", ("16",)),
    ("Kenya sent aid to Uganda instead of imposing sanctions on it.", ("16",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "roots"), NOT_ASSERTED)
def test_lex14_no_act_asserted(extract: Extract, text: str, roots: tuple[str, ...]) -> None:
    got = _codes(extract(text))
    bad = [e for e in got if e[3] == "asserted" and e[2].startswith(roots)]
    assert not bad, (text, got)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya did not deny that its troops had crossed into Uganda.", "KEN", "UGA", "19"),
        ("Serbia has not denied that its soldiers crossed into Kosovo.", "SRB", "KSV", "19"),
        ("Ecuador never denied that it had expelled Peru's diplomats.", "ECU", "PER", "16"),
    ],
)
def test_not_denied_leaves_the_act_open(
    extract: Extract, text: str, src: str, tgt: str, root: str
) -> None:
    """ "did not deny that ...": no denial is made; the act is possible, never negated, and
    no 016 denial is emitted."""
    got = _codes(extract(text))
    assert (src, tgt, root, "possible") in {(s, t, c[:2], f) for s, t, c, f in got}, got
    assert not any(f == "negated" or c == "016" for _, _, c, f in got), got


def test_denied_that_still_negates(extract: Extract) -> None:
    """The round-12 reading stays: "denied that its soldiers crossed" negates the crossing."""
    got = _codes(extract("Serbia denied that its soldiers had crossed into Kosovo."))
    assert ("SRB", "KSV", "190", "negated") in got, got


def test_rather_than_at_the_head_of_the_sentence_leaves_the_main_act(extract: Extract) -> None:
    """ "Rather than impose sanctions, Kenya expelled ...": the main clause is asserted."""
    ex = extract("Rather than impose sanctions, Kenya expelled Ugandan diplomats.")
    assert _has(ex, "KEN", "UGA", "16"), _codes(ex)


def test_lex14_rows_are_in_the_built_in_lexicon() -> None:
    """Each new row reads its act (the table, not only the sentences above)."""
    lex = load_lexicon()
    codes = {(t.cameo, lemma) for (lemma, pos), rows in lex.triggers.items() for t in rows}
    for code, lemma in (("064", "hand"), ("064", "share"), ("070", "fly"), ("161", "pull"),
                        ("164", "walk"), ("192", "dig"), ("174", "repatriate"),
                        ("122", "spare"), ("085", "scrap")):  # fmt: skip
        assert (code, lemma) in codes, (code, lemma)


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania said it could not spare any doctors.",
        "Chile said it would not send aid.",
        "Fiji said it would not hand them over.",
        "Recep Tayyip Erdogan said he could not spare any doctors.",  # not his own state
    ],
)
def test_a_refusal_read_from_a_negated_act_needs_someone_asked(extract: Extract, text: str) -> None:
    """No request named and no one aimed at: the negated act refuses nothing (GUIDE rule 5)."""
    got = _codes(extract(text))
    assert not any(c.startswith("12") for _, _, c, _ in got), got


def test_a_named_refusal_stays_without_a_target(extract: Extract) -> None:
    """ "refused to send troops" names the refusal itself: it stays with no target."""
    got = _codes(extract("Tanzania refused to send troops."))
    assert any(s == "TZA" and c.startswith("12") for s, _, c, _ in got), got
