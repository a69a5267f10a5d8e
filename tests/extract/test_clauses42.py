"""clauses41's and clauses42's helpers (fresh29's classes E, F, G), each called alone on a
minimal parsed sentence: the conditional hand-over (``_conditional_handovers``), the rival
sellers (``_rival_sellers``), the pending acceptance (``_row_conditions.pending``), the quoted
verdict (``_predicted_harm``), the dismissed remark (``_dismissed_remarks``), the bare regret
(``_regret``), and clauses42's parse repairs (a judged gerund noun, a quoted verdict verb read
as a noun, a split name's fronted first word, a named pair's present read as a noun) and the
hand-over by another verb than the one asked (``context_offers.same_act``)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import load_nlp
from realpolitik.extract._conditional_handovers import conditional_handover, stray_particle
from realpolitik.extract._judged_object import judged_object
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._name_repairs import split_name
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract._predicted_harm import predicted_harm, quoted_subject
from realpolitik.extract._quoted_verdicts import quoted_verdict_verb
from realpolitik.extract._rival_sellers import same_buyers
from realpolitik.extract._row_conditions import pending
from realpolitik.extract._triggers import find_triggers
from realpolitik.extract._verb_repairs import verbless_root
from realpolitik.extract.parties.context_offers import same_act


def _sent(text: str) -> Any:
    return next(iter(load_nlp()(text).sents))


def _token(sent: Any, text: str) -> Any:
    return next(t for t in sent if t.text == text)


def _found(text: str, word: str) -> Any:
    sent = _sent(text)
    repair_parse(sent)
    return next(f for f in find_triggers(sent, lexicon()) if f.tok.text == word)


def _events(text: str) -> set[tuple[str, str, str, str]]:
    from realpolitik import extract_text

    out = set()
    for e in extract_text(text, date="2025-05-01").events:
        d = e.to_dict()
        src = d["source"]["country"] if d["source"] else ""
        tgt = d["target"]["country"] if d["target"] else ""
        out.add((src, tgt, e.cameo, e.factuality))
    return out


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        ("Chile will hand the two men over if the court approves.", "hand", True),
        ("Peru would extradite the banker once Bolivia sends the evidence.", "extradite", True),
        ("Canada would hand the former minister over once the court approves.", "hand", True),
        ("Kenya's courts would have to approve his extradition.", "approve", True),
        ("Chile will extradite the two men next week.", "extradite", False),
    ],
)
def test_conditional_handover(text: str, word: str, held: bool) -> None:
    f = _found(text, word)
    assert f.code == "063"
    assert conditional_handover(f) is held


@pytest.mark.parametrize(
    ("text", "word", "rivals"),
    [
        ("Israel and France sell much the same drones to much the same buyers.", "sell", True),
        ("Chile and Peru supply very similar drones to very similar buyers.", "supply", True),
        ("Israel and France sold the same drones to India last year.", "sold", False),
    ],
)
def test_same_buyers(text: str, word: str, rivals: bool) -> None:
    assert same_buyers(_found(text, word)) is rivals


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("Mahama has not yet accepted.", True),
        ("Mahama did not accept the invitation yet.", True),
        ("Mahama did not accept the invitation.", False),
    ],
)
def test_pending_acceptance(text: str, open_: bool) -> None:
    sent = _sent(text)
    assert pending(_token(sent, next(w for w in ("accepted", "accept") if w in text))) is open_


def test_quoted_verdict_is_the_speakers_judgement() -> None:
    sent = _sent("Egypt's foreign ministry said Kenya's decision 'threatens regional peace'.")
    said = _token(sent, "said")
    harm = predicted_harm(said)
    assert harm is not None and harm.text == "threatens"
    judged = quoted_subject(harm)
    assert judged is not None and judged.text == "decision"
    plain = _sent("Egypt's foreign ministry said Kenya's decision opens a new chapter.")
    assert predicted_harm(_token(plain, "said")) is None


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Viktor Orban said Taiwan's new fishing law 'rewards impunity'.", "rewards", "law"),
        ("Iran's foreign ministry said Jordan's arms sales 'reward impunity'.", "reward", "sales"),
    ],
)
def test_quoted_verdict_verb_read_as_a_noun(text: str, verb: str, subject: str) -> None:
    sent = _sent(text)
    quoted_verdict_verb(sent)
    v = _token(sent, verb)
    assert v.dep_ == "ccomp" and v.head.text == "said" and v.pos_ == "VERB"
    assert any(c.dep_ == "nsubj" and c.text == subject for c in v.children)
    assert any(c.dep_ == "dobj" and c.text == "impunity" for c in v.children)


def test_quoted_verdict_verb_leaves_a_quoted_noun() -> None:
    sent = _sent("Ghana's minister called Togo's decision 'a scandal'.")
    before = [(t.dep_, t.head.i) for t in sent]
    quoted_verdict_verb(sent)
    assert [(t.dep_, t.head.i) for t in sent] == before


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's embassy called the ruling 'harsh'.",
        "Chile's embassy called Peru's ruling 'harsh'.",
    ],
)
def test_judged_gerund_noun(text: str) -> None:
    sent = _sent(text)
    judged_object(sent)
    ruling = _token(sent, "ruling")
    assert ruling.dep_ == "dobj" and ruling.head.text == "called" and ruling.pos_ == "NOUN"


def test_judged_gerund_leaves_a_modifier() -> None:
    sent = _sent("Kenya's embassy called the ruling party 'corrupt'.")
    judged_object(sent)
    assert _token(sent, "party").dep_ == "dobj"
    assert _token(sent, "ruling").dep_ == "amod"


def test_split_name_takes_its_fronted_first_word() -> None:
    sent = _sent("Ankara invited Syria's president, but Bashar al-Assad would not accept.")
    split_name(sent)
    assad = _token(sent, "Assad")
    assert assad.dep_ == "nsubj" and assad.head.text == "accept"
    assert _token(sent, "Bashar").head.i == assad.i


def test_named_pair_present_read_as_a_noun() -> None:
    sent = _sent("Chile and Peru supply very similar drones to very similar buyers.")
    verbless_root(sent)
    supply = _token(sent, "supply")
    assert supply.dep_ == "ROOT" and supply.tag_ == "VBP"
    assert any(c.dep_ == "nsubj" and c.text == "Chile" for c in supply.children)


def test_same_act_reads_handovers_by_any_verb() -> None:
    assert same_act("extradite", "hand", "063")
    assert same_act("extradite", "surrender", "063")
    assert not same_act("extradite", "hand", "070")  # (a hand-out of aid is no hand-over)
    assert same_act("visit", "visit", "042")


@pytest.mark.parametrize(
    ("text", "want", "never"),
    [
        (  # a dismissed statement after a criticism: the denial (016) at its maker
            "Chile's embassy criticised Peru's new fishing law. Peru's trade minister dismissed "
            "the statement.",
            ("PER", "CHL", "016", "asserted"),
            ("PER", "CHL", "120", "asserted"),
        ),
        (  # bare regret after another's duties: criticism (111) of their maker
            "Indonesia imposed anti-dumping duties on Egyptian steel. Egypt's trade ministry "
            "expressed deep regret.",
            ("EGY", "IDN", "111", "asserted"),
            ("EGY", "IDN", "055", "asserted"),
        ),
    ],
)
def test_dismissed_remark_and_bare_regret(
    text: str, want: tuple[str, str, str, str], never: tuple[str, str, str, str]
) -> None:
    got = _events(text)
    assert want in got and never not in got


def test_stray_particle_goes_back_to_its_verb() -> None:
    sent = _sent("Australia would hand the banker over once a judge approves.")
    stray_particle(sent)
    over = _token(sent, "over")
    assert over.dep_ == "prt" and over.head.text == "hand"
    assert _token(sent, "approves").head.text == "hand"


def test_quoted_plural_verb_gets_its_subject() -> None:
    sent = _sent("Xi Jinping said Argentina's arms sales 'endanger our fishermen'.")
    quoted_verdict_verb(sent)
    verb = _token(sent, "endanger")
    assert any(c.dep_ == "nsubj" and c.text == "sales" for c in verb.children)
    assert _token(sent, "Argentina").head.text == "sales"
