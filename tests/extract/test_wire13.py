"""Wire classes left by wire12 and practice28 on minimal sentences: a reaction conjoined after
the act it answers (by a definite noun of its verb, or by a bare protest after force) is aimed
at that act's doer; a passive reaction to a nominal act with a "by" phrase at the act's doer,
never its victim. The suite's w13_ rows cross them with every state
(tests/extract/phenomena_wire13.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Key = tuple[str, str, str]


def _keys(ex: Extraction) -> set[Key]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2]) for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Iran airdropped food into Iraq's north, and Iraq condemned the airdrop.", ("IRQ", "IRN")),
        (
            "Chinese jets fired on a Vietnamese border post; Vietnam lodged a protest.",
            ("VNM", "CHN"),
        ),
        ("Iraq fired a missile over Kuwait, and Kuwait lodged a strong protest.", ("KWT", "IRQ")),
        (
            "The ramming of a Kenyan ferry by a Ugandan patrol boat was condemned by Tanzania.",
            ("TZA", "UGA"),
        ),
    ],
)
def test_reaction_aimed_at_the_doer(
    text: str, key: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    assert (*key, "11") in _keys(extract(text, date="1995-06-15"))


def test_no_force_answered_keeps_no_doer(extract: Callable[..., Extraction]) -> None:
    text = "Pakistan's prime minister visited China, and India lodged a protest."
    assert ("IND", "PAK", "11") not in _keys(extract(text, date="1995-06-15"))


def test_act_with_its_own_doer_keeps_it(extract: Callable[..., Extraction]) -> None:
    text = "Iraqi jets bombed a Kuwaiti oil field, and Egypt condemned the attack by Syrian rebels."
    keys = _keys(extract(text, date="1995-06-15"))
    assert ("EGY", "SYR", "11") in keys
    assert ("EGY", "IRQ", "11") not in keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Indonesia expressed deep regret on Monday for the incursion into Malaysian waters.",
            ("IDN", "MYS"),
        ),
        (
            "Russia offered an apology on Friday for the shooting down of a Japanese airliner.",
            ("RUS", "JPN"),
        ),
    ],
)
def test_regret_reason_across_a_date(
    text: str, key: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = _keys(extract(text, date="1996-12-29"))
    assert (*key, "05") in keys
    assert not any(k[2] == "19" for k in keys)


def test_regret_reason_repair_alone() -> None:
    from realpolitik.extract._nlp import load_nlp
    from realpolitik.extract._regret_reasons import regret_reason

    doc = load_nlp()("Chile expressed regret on Monday for the raid on a Peruvian village.")
    sent = next(iter(doc.sents))
    regret_reason(sent)
    assert next(t for t in doc if t.lower_ == "for").head.lower_ == "regret"
