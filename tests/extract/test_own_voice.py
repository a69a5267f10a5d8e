"""A titled speaker of no stated state closing a sentence whose subject is a state is that
state's office (issue 9, parties43: fresh21's class C), and the shapes that leave him
unplaced."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events

from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._own_voice import own_voice_state
from realpolitik.models import ActorRef

PLACED = [
    (
        "Chile will extend checks on its border with Argentina, Interior Minister Ana Solvik"
        " said. Solvik criticised Argentina.",
        ("CHL", "ARG", "11", "asserted"),
    ),
    (
        "SANTIAGO, March 3 - Chile will extend checks on its border with Argentina, Interior"
        " Minister Ana Solvik said. Argentine Security Minister Carla Renzetti criticised the"
        " decision. Solvik said the talks would go on. She denied that Santiago had turned back"
        " Argentine lorries.",
        ("CHL", "ARG", "01", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "want"), PLACED)
def test_own_voice_speaker_is_the_states(
    extract: Extract, text: str, want: tuple[str, str, str, str]
) -> None:
    got = root_events(extract(text))
    assert want in got
    assert not any(e[0] == "ARG" and e[2] == "01" for e in got)


def _m(text: str, word: str, code: str) -> Mention:
    at = text.index(word)
    return Mention(at, at + len(word), ActorRef(word, code, code[:3], word), "country")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru will extend checks, Interior Minister Ana Solvik said.",  # two subjects
        "Chile will extend checks, Interior Minister Ana Solvik said on Monday in a speech.",
        "Officials in Chile will meet, Interior Minister Ana Solvik said.",  # no state opens it
    ],
)
def test_other_shapes_leave_him_unplaced(text: str) -> None:
    mentions = [_m(text, "Chile", "CHL")]
    if "Peru" in text:
        mentions.append(_m(text, "Peru", "PER"))
    title = text.index("Interior")
    end = text.index(" said")
    assert own_voice_state(text, title, end, mentions) is None


def test_closing_attribution_places_him() -> None:
    text = "Chile will extend checks on its border with Peru, Interior Minister Ana Solvik said."
    mentions = [_m(text, "Chile", "CHL"), _m(text, "Peru", "PER")]
    got = own_voice_state(text, text.index("Interior"), text.index(" said"), mentions)
    assert got is not None and got.ref.code == "CHL"
