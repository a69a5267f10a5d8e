"""parties30's parse repair: "kept the A and B crossings shut" misread around the names."""

from __future__ import annotations

import pytest

from realpolitik.extract import extract_document
from realpolitik.models import Document


@pytest.mark.parametrize(
    "text",
    [
        "Poland kept the Tashi and Kerem Dol crossings shut.",  # first name as the object
        "Poland kept the Rafah and Kerem Shalom crossings shut on Monday.",  # subject of "shut"
        "Poland kept the crossings at Rafah and Kerem Shalom shut for a third day.",  # split name
        "Poland has kept the Tashi and Kerem Dol border posts shut.",  # a conjunct read first
        "Poland kept the Tashi and Kerem Dol crossings shut on Monday.",  # "shut" an xcomp
    ],
)
def test_kept_crossings_after_names(text: str) -> None:
    story = "Italian police detained three Polish drivers on Sunday. "
    got = extract_document(Document("d", story + text, "t", date="2025-05-05"))
    assert ("POL", "ITA", "191") in {
        (e.source.code, e.target.code if e.target else "", e.cameo) for e in got.events if e.source
    }
