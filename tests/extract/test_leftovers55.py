"""A state's form of state is its official name's, never an old name's (leftovers55: the
"Kingdom of Yugoslavia" made Yugoslavia a kingdom in the suite's epithet pairs)."""

from __future__ import annotations

from realpolitik.extract._state_epithets import _NAME_FORMS, state_forms

_NAMED = frozenset(form for _, form in _NAME_FORMS)


def test_one_named_form_per_state() -> None:
    """No state takes two forms from its names ("Kingdom of Cambodia" and "Khmer Republic")."""
    two = {code: sorted(f & _NAMED) for code, f in state_forms().items() if len(f & _NAMED) > 1}
    assert two == {}


def test_old_names_give_no_form() -> None:
    forms = state_forms()
    assert "kingdom" not in forms["YUG"] and "republic" in forms["YUG"]
    assert "republic" not in forms["KHM"] and "kingdom" in forms["KHM"]
