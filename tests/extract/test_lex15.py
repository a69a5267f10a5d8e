"""fresh7's lexicon classes (lex15) on minimal sentences with several states: ended or phased-out
aid is a reduction of aid, never aid (EN); an elided "would not" after a request refuses it, an
unrequested one or "would not accept further incursions" refuses nothing (RF); the act asked
for in "ask / invite / urge X to V" is never the appealer's and never aimed at the doer's own
state (RQ); an attended inauguration is a visit, a defended choice a verbal defence (L). The
suite's tables: ``phenomena_lex15.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_lex8 import _codes, _has

from realpolitik.extract import load_lexicon
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root)
CASES = [
    # ended / phased out / wound down aid: reduced aid (162)
    ("Sweden is ending its aid to Zambia.", "SWE", "ZMB", "162"),
    ("Japan ended aid to Myanmar.", "JPN", "MMR", "162"),
    ("Denmark phased out its aid to Tanzania.", "DNK", "TZA", "162"),
    ("Canada ended its military assistance to Haiti.", "CAN", "HTI", "162"),
    ("The Netherlands has wound down its development aid to Burundi.", "NLD", "BDI", "162"),
    ("Norway terminated its budget support to Malawi.", "NOR", "MWI", "162"),
    # an elided "would not" after a request: refuses it, aimed at who asked (12)
    ("Kenya asked Uganda on Tuesday to take in 40 refugees, but Kampala said it would not.",
     "UGA", "KEN", "12"),
    ("Chile asked Peru to extradite the suspect, but Lima said it would not.", "PER", "CHL",
     "12"),
    ("Rwanda asked Burundi to reopen the border. Burundi said it will not.", "BDI", "RWA", "12"),
    # an inauguration attended: a visit (042); a choice defended: a verbal defence (052)
    ("Peru's president attended Daniel Noboa's inauguration in Quito.", "PER", "ECU", "042"),
    ("Chile's foreign minister attended the inauguration of Argentina's president.", "CHL",
     "ARG", "042"),
    ("Finland's president has defended Norway's choice in public.", "FIN", "NOR", "052"),
    ("Brazil defended Mexico's vote at the UN.", "BRA", "MEX", "052"),
    # accounts frozen at another state's request: judicial cooperation with it (063)
    ("Switzerland froze the accounts at Nigeria's request.", "CHE", "NGA", "063"),
    ("Kenya has frozen the accounts of two Ugandan businessmen at the request of Kampala.",
     "KEN", "UGA", "063"),
    ("Ghana froze the bank accounts of the suspects on Togo's request.", "GHA", "TGO", "063"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex15_rows_code_their_act(
    extract: Extract, text: str, src: str, tgt: str, code: str
) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


# (sentence, roots that must not be asserted)
NOT_ASSERTED = [
    ("Sweden is ending its aid to Zambia.", ("07",)),
    ("Ghana criticised Denmark on Friday for ending its development aid to the country.",
     ("07",)),
    ("Denmark phased out its aid to Tanzania.", ("07",)),
    ("Switzerland froze the accounts at Nigeria's request.", ("16",)),
    # nothing asked: no refusal (GUIDE rule 5)
    ("Chile said it would not.", ("12",)),
    ("Tanzania said it would not accept further incursions.", ("12",)),
    ("Tanzania would not tolerate any further attacks.", ("12",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "roots"), NOT_ASSERTED)
def test_lex15_no_act_asserted(extract: Extract, text: str, roots: tuple[str, ...]) -> None:
    got = _codes(extract(text))
    bad = [e for e in got if e[3] == "asserted" and e[2].startswith(roots)]
    assert not bad, (text, got)


def test_a_targeted_stance_still_refuses(extract: Extract) -> None:
    """The round-12 reading stays: "would not tolerate any meddling by Greece" refuses Greece."""
    ex = extract("Turkey said it would not tolerate any meddling by Greece.")
    assert _has(ex, "TUR", "GRC", "12"), _codes(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Nepal's prime minister asked India's prime minister to use the chairmanship to press "
        "for more observers.",
        "Chile urged Peru's foreign minister to press for a new inquiry.",
    ],
)
def test_the_act_asked_for_is_not_aimed_home(extract: Extract, text: str) -> None:
    """The asked act's doer is the one asked; no home target is guessed for it (never X -> X)."""
    got = _codes(extract(text))
    assert not any(s == t for s, t, _, _ in got), got
    assert any(c.startswith("02") for _, _, c, _ in got), got  # the appeal stays


@pytest.mark.parametrize(
    ("text", "inviter"),
    [
        ("Kenya's president invited the pope to visit Nairobi.", "KEN"),
        ("India's prime minister invited the Dalai Lama to visit New Delhi.", "IND"),
    ],
)
def test_the_inviter_is_never_the_visitor(extract: Extract, text: str, inviter: str) -> None:
    """ "invited the pope to visit Nairobi": the guest, of no state, visits; not the inviter."""
    got = _codes(extract(text))
    assert not any(s == inviter and c.startswith("04") for s, _, c, _ in got), got


def test_a_placed_guest_still_visits(extract: Extract) -> None:
    """ "invited Uganda's president to visit Nairobi": the guest's visit stays possible."""
    got = _codes(extract("Kenya's president invited Uganda's president to visit Nairobi."))
    assert ("UGA", "KEN", "042", "possible") in got, got


def test_lex15_rows_are_in_the_built_in_lexicon() -> None:
    """Each new row reads its act (the table, not only the sentences above)."""
    lex = load_lexicon()
    codes = {(t.cameo, lemma) for (lemma, pos), rows in lex.triggers.items() for t in rows}
    for code, lemma in (("162", "end"), ("162", "phase"), ("162", "wind"), ("162", "terminate"),
                        ("042", "attend"), ("052", "defend"), ("063", "freeze"), ("120", "would"),
                        ("120", "will")):  # fmt: skip
        assert (code, lemma) in codes, (code, lemma)
