"""clauses43's repair and readings (fresh30's classes G, E, C, F), each on a minimal sentence."""

from __future__ import annotations

from realpolitik import extract_text
from realpolitik.extract._channel_clauses import channel_clause
from realpolitik.extract._nlp import load_nlp


def _events(text: str) -> set[tuple[str, str, str, str]]:
    got = extract_text(text, date="2025-05-01")
    return {
        (
            e.source.country or "",
            (e.target.country or "") if e.target else "",
            e.cameo,
            e.factuality,
        )
        for e in got.events
    }


def test_channel_clause_rehangs_the_that_clause() -> None:
    doc = load_nlp()("Egypt's president told Kenya's president in a phone call that Egypt wanted "
                     "to buy two frigates.")  # fmt: skip
    sent = next(iter(doc.sents))
    channel_clause(sent)
    wanted = next(t for t in sent if t.lower_ == "wanted")
    assert wanted.dep_ == "ccomp" and wanted.head.lower_ == "told"


def test_channel_clause_keeps_a_true_relative() -> None:
    doc = load_nlp()("Peru's president described in a speech the call that Chile wanted.")
    sent = next(iter(doc.sents))
    before = [(t.dep_, t.head.i) for t in sent]
    channel_clause(sent)
    assert [(t.dep_, t.head.i) for t in sent] == before


def test_if_condition_is_no_refusal() -> None:
    got = _events("Argentina asked Chile to extradite the banker. Chilean officials said they "
                  "would not hand him over if he faced political charges.")  # fmt: skip
    assert not any(c.startswith("12") for _, _, c, _ in got)


def test_unless_condition_stays_a_refusal() -> None:
    got = _events("Argentina asked Chile to extradite the banker. Chilean officials said they "
                  "would not hand him over unless Argentina dropped the charges.")  # fmt: skip
    assert any(s == "CHL" and t == "ARG" and c.startswith("12") for s, t, c, _ in got)


def test_unchanged_position_needs_a_request() -> None:
    assert not _events("Spain's foreign minister said Spain's position had not changed.")
    got = _events("Morocco asked Peru to support its plan. Peru's foreign minister said its "
                  "position remained unchanged.")  # fmt: skip
    assert ("PER", "MAR", "120", "asserted") in got


def test_cut_aid_is_the_cut_only() -> None:
    got = _events("Were Brazil to cut its military aid to Bolivia, Chile would step in.")
    assert {c[:2] for s, t, c, _ in got if s == "BRA"} == {"16"}


def test_writer_advice_is_no_act() -> None:
    assert not _events("Ghana and Togo are unlikely partners. Both governments should sign a "
                       "mining pact before Beijing moves in.")  # fmt: skip
