"""Speed work of round 33 that must not change behaviour: the repair table's word groups
(``_repair_table.REPAIRS``, ``_apposed_repairs.JOINED_PHRASES``) and ``repair_parse`` reading the
word sets again only after a ``_tree.forget``. A row's groups must never keep its repair from a
sentence it would change: ``repair_parse`` with the groups gives the parse it gives with every
repair called on every sentence."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import _nlp
from realpolitik.extract._apposed_repairs import JOINED_PHRASES, joined_phrases
from realpolitik.extract._repair_table import REPAIRS

# Sentences for the repairs given groups in this round (an inverted condition, a progressive
# read as a copula, a closing reporter, "ordered X to leave", a deadline to leave, "for X to V",
# "calls to free", "is yet to voice", a fronted date, the joined phrases), with many states.
_TEXTS = (
    "Should Mexico fire rockets into Chile, prices would rise sharply.",
    "Were Ghana to cut gas supplies to Togo, Lome would protest.",
    "Egypt was brokering talks between Sudan and Chad.",
    "Iran summoned the South African envoy, a government statement said.",
    "Morocco ordered consular staff from Spain, Egypt and Canada to leave the country.",
    "Kenyan diplomats were given 72 hours to leave Uganda.",
    "Moscow slammed the deal for Japan to train soldiers in Ukraine.",
    "Canberra ignored calls to free Brasilia's imprisoned pilots.",
    "Ethiopia is yet to voice anger over the Eritrean raid.",
    "On Monday Uruguay again demanded that Paraguay pay compensation.",
    "Peru has since shipped arms to Bolivia, officials said.",
    "The demand by Italy that Libya withdraw its ships angered Tripoli.",
    "Volunteers sent by Iran to fight for Syria arrived in Damascus.",
    "Norway warned that Russia would pay a price, and so did Finland.",
    "President Ana Temba and Jordan's President Sela Brenik signed a pact.",
    "France alleges Azerbaijan supplied drones to Armenia.",
    "Yerevan said the plan was illegal and summoned Hungary's ambassador.",
    "Venezuela protested against the drills by Colombia and Guyana.",
    "Serbia denied on Friday breaching the accord with Kosovo.",
    "Tokyo met Seoul's plan with condemnation.",
    "Rwanda denied funding separatists in Congo.",
    "Uganda accused Sudan of arming rebels in eastern Congo.",
    "Pakistan again denied spying on India.",
    "Mali's envoy is to be summoned, Algeria said.",
    "Theresa May headed to Jerusalem and Keir Starmer and Emmanuel Macron met in Paris.",
    "Nigeria banned imports of Kenyan beef and Kenya criticised the decision.",
)


def _tree(doc: Any) -> list[tuple[int, str, str, str, str]]:
    return [(t.head.i, t.dep_, t.tag_, t.pos_, t.lemma_) for t in doc]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_groups_never_keep_a_repair_from_a_sentence_it_changes(
    text: str, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = nlp(text)
    for sent in gated.sents:
        _nlp.repair_parse(sent)
    monkeypatch.setattr(_nlp, "REPAIRS", tuple((repair, ()) for repair, _ in REPAIRS))
    every = nlp(text)
    for sent in every.sents:
        _nlp.repair_parse(sent)
    assert _tree(gated) == _tree(every)


def test_joined_phrases_are_rows_of_the_table_in_their_order() -> None:
    names = [repair.__name__ for repair, _ in REPAIRS]
    parts = [repair.__name__ for repair, _ in JOINED_PHRASES]
    at = names.index(parts[0])
    assert names[at : at + len(parts)] == parts
    assert "joined_phrases" not in names and joined_phrases.__name__ == "joined_phrases"
