"""A hedge, a negation or a condition governs its own clause only (factuality_of on parses)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import factuality_of


def _fact(nlp: Any, text: str, trigger: str) -> str:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return factuality_of(tok)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a noun argument of another verb is not hedged or negated by that verb
        ("Loans cannot substitute for Europe's aid to Kyiv.", "aid", "asserted"),
        ("The sanctions may undermine Western support for Minsk.", "support", "asserted"),
        ("Tokyo will not forget the Japanese invasion of Manchuria.", "invasion", "asserted"),
        # ... the subject's own act is
        ("Australia did not reaffirm its support for Kyiv.", "support", "negated"),
        ("Iran could retaliate with strikes on Israel.", "strikes", "possible"),
        # ... but a light verb carries its noun's act, hedge and all
        ("Canada did not provide aid to Kyiv.", "aid", "negated"),
        ("Iran could launch an attack on Israel.", "attack", "possible"),
        # what the governing verb means still counts
        ("Kyiv feared an invasion by Russia.", "invasion", "possible"),
        ("Moscow denied the attack on the embassy.", "attack", "negated"),
        # a negated epistemic modal leaves the act open; other negations deny it
        ("Congress might not approve the sale.", "approve", "possible"),
        ("Congress may not approve the sale.", "approve", "possible"),
        ("Congress did not approve the sale.", "approve", "negated"),
        ("Congress cannot approve the sale.", "approve", "negated"),
        # an unconfirmed act is open, neither asserted nor denied
        ("Neither side confirmed the weapons transfer.", "transfer", "possible"),
        ("Moscow did not confirm that its troops attacked Kyiv.", "attacked", "possible"),
        ("Moscow confirmed that its troops attacked Kyiv.", "attacked", "reported"),
        ("No country has recognised the annexation.", "recognised", "negated"),
        # a conjoined clause with its own subject has its own hedges
        (
            "Manila did not invoke the treaty, but both governments condemned it.",
            "condemned",
            "asserted",
        ),
        ("Moscow did not attack or shell Kyiv.", "shell", "negated"),
        # a governor's meaning reaches a passive subject: "a visit is expected"
        ("A visit to Hanoi by Xi is widely expected.", "visit", "possible"),
        # "called it an escalation" is no call for it
        ("Kirby called it an escalation of Pyongyang's support for Moscow.", "support", "asserted"),
        ("Seoul called for talks with Pyongyang.", "talks", "possible"),
    ],
)
def test_scope(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert _fact(nlp, text, trigger) == expected
