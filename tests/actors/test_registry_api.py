"""The registry as the command line and the API use it: one phrase to one actor, dated terms,
entries added by a user, and what it lists."""

from __future__ import annotations

from pathlib import Path

from realpolitik.actors import ActorRegistry, Entry
from realpolitik.actors.states import actor_code, state_code


def test_resolve_picks_the_actor_a_phrase_names() -> None:
    registry = ActorRegistry.default()
    ref = registry.resolve("the Russian military")
    assert ref is not None and ref.code == "RUSMIL" and ref.country == "RUS"
    assert registry.resolve("Atlantis") is None
    shoigu = registry.resolve("Shoigu", "2020-01-01")
    assert shoigu is not None and shoigu.code == "RUSGOVMIL" and shoigu.name
    after = registry.resolve("Shoigu", "2024-06-01")  # out of office: his state's elite
    assert after is not None and after.country == "RUS" and after.code != "RUSGOVMIL"


def test_a_users_entries_win_and_reach_the_command_line_resolution(tmp_path: Path) -> None:
    registry = ActorRegistry.default().with_entries(
        [Entry("Zorgon Institute", "KORNGO", "KOR", None, "custom")]
    )
    ref = registry.resolve("the Zorgon Institute")
    assert ref is not None and ref.code == "KORNGO"
    assert len(registry) == len(ActorRegistry.default()) + 1
    phrases = {e.phrase for e in registry.entries()}
    assert "Zorgon Institute" in phrases and "North Korea" in phrases
    actors = tmp_path / "actors.tsv"
    actors.write_text("# name<TAB>code\nHan River Forum\tKORNGO\n", encoding="utf-8")
    from_file = ActorRegistry.default().with_file(actors)
    found = from_file.resolve("Han River Forum")
    assert found is not None and found.code == "KORNGO"


def test_the_command_line_and_extraction_agree_on_names() -> None:
    """Every state name the registry resolves to a country resolves to it on the command line."""
    registry = ActorRegistry.default()
    checked = 0
    for entry in registry.entries():
        if entry.kind != "country" or not entry.ref.country or " " not in entry.phrase:
            continue
        assert state_code(entry.phrase) == entry.ref.country, entry.phrase
        checked += 1
        if checked >= 60:
            break
    assert checked >= 30
    assert actor_code("Kremlin") in ("RUSGOV", "RUS")
