"""The quotes the parser is shown straight: curly quotes swapped one character for one (offsets
hold), an ASCII text handed back as it is (every quote swapped lies outside ASCII)."""

from __future__ import annotations

import pytest

from realpolitik.extract._nlp import _TRANSLATE, normalize


@pytest.mark.parametrize(
    ("text", "straight"),
    [
        ("Iran\u2019s envoy", "Iran's envoy"),
        ("\u201cWe will respond,\u201d he said", '"We will respond," he said'),
        ("\u2018talks\u2019 and \u02bcties", "'talks' and 'ties"),
        ("Côte d\u2019Ivoire", "Côte d'Ivoire"),
        ("plain 'ASCII' \"text\"", "plain 'ASCII' \"text\""),
        ("", ""),
    ],
)
def test_quotes_are_straightened_in_place(text: str, straight: str) -> None:
    assert normalize(text) == straight
    assert len(normalize(text)) == len(text)


def test_every_swapped_quote_lies_outside_ascii() -> None:
    """The ASCII shortcut of ``normalize`` holds only while no ASCII character is swapped."""
    assert _TRANSLATE and all(code > 127 for code in _TRANSLATE)
