"""A spokesman's "for" phrase names whose voice he is (parties38): ``owner_link`` reads it as
"of" is read; any other noun's "for" phrase names a beneficiary, no owner."""

from __future__ import annotations

from typing import Any

from realpolitik.extract._mention_parts import owner_link


def _link(nlp: Any, text: str, noun: str) -> bool:
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == noun)
    return any(owner_link(tok, k) for k in tok.children if k.dep_ == "prep")


def test_a_spokesmans_for_phrase_names_his_state(nlp: Any) -> None:
    assert _link(nlp, "A spokesman for Rwanda's government denied the charge.", "spokesman")
    assert _link(nlp, "A spokeswoman for the Kenyan government said so.", "spokeswoman")


def test_another_nouns_for_phrase_names_no_owner(nlp: Any) -> None:
    assert not _link(nlp, "The aid for Rwanda's government arrived.", "aid")
