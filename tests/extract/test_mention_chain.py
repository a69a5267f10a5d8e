"""``MentionChain.last_where``: the one look-back walk that resolves "the emir", "the ministry",
"the bloc", "the state carrier" and group nouns to the last fitting mention within reach."""

from __future__ import annotations

from realpolitik.extract._mention_chain import MentionChain
from realpolitik.extract._mention_parts import Mention
from realpolitik.models import ActorRef


def _chain() -> MentionChain:
    return MentionChain(
        [
            Mention(0, 5, ActorRef("Kenya", "KEN", "KEN"), "country"),
            Mention(100, 106, ActorRef("Uganda", "UGA", "UGA"), "country"),
            Mention(400, 405, ActorRef("ECOWAS", "IGOWAFECO", ""), "igo"),
        ]
    )


def test_the_last_fitting_mention_before_the_position_wins() -> None:
    got = _chain().last_where(500, 1000, lambda m: bool(m.ref.country))
    assert got is not None and got.ref.code == "UGA"


def test_mentions_at_or_after_the_position_are_not_looked_at() -> None:
    assert _chain().last_where(100, 1000, lambda m: m.ref.code == "UGA") is None


def test_the_walk_stops_beyond_its_reach() -> None:
    chain = _chain()
    assert chain.last_where(500, 450, lambda m: m.ref.code == "KEN") is None
    got = chain.last_where(500, 500, lambda m: m.ref.code == "KEN")
    assert got is not None and got.start == 0


def test_nothing_fitting_gives_none() -> None:
    assert _chain().last_where(500, 1000, lambda m: m.ref.code == "TZA") is None
