"""Factuality (task fact8, issue 9 section 4): a passive "rule out" / "exclude" leaves its act
open or denies it, a speaker's own verbal support and a stance in a conjunct or under a named
subject after the speech verb stay asserted, and a negated or "unless" condition makes a held-out
hostile act the speaker's threat. Stage tests on hand parses, then whole sentences with several
states; the suite constructions f8_* (phenomena_fact8.py) cross them with many more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hand_parse import parse, sentence, token

from realpolitik.extract._fact_scope import (
    governed,
    own_subject,
    passive_exclusion,
    rescoped,
    speech_code,
    stance_clause,
    told_deed,
)
from realpolitik.extract._own_threats import ultimatum
from realpolitik.extract.factuality import factuality_of
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


def _not_ruled_out() -> Any:
    """ "Sending troops could not be ruled out": the act a clausal passive subject."""
    return parse([
        ("Sending", 5, "csubjpass", "VERB", "send"),
        ("troops", 0, "dobj", "NOUN", "troop"),
        ("could", 5, "aux", "AUX", "could"),
        ("not", 5, "neg", "PART", "not"),
        ("be", 5, "auxpass", "AUX", "be"),
        ("ruled", 5, "ROOT", "VERB", "rule"),
        ("out", 5, "prt", "ADP", "out"),
    ])  # fmt: skip


def test_passive_exclusion_not_ruled_out_is_possible() -> None:
    doc = _not_ruled_out()
    assert passive_exclusion(token(doc, "Sending"), sentence(doc)) == "possible"
    assert passive_exclusion(token(doc, "troops"), sentence(doc)) == "possible"  # (its object)


def test_passive_exclusion_ruled_out_is_negated() -> None:
    doc = parse([
        ("A", 1, "det", "DET", "a"),
        ("blockade", 4, "nsubjpass", "NOUN", "blockade"),
        ("has", 4, "aux", "AUX", "have"),
        ("been", 4, "auxpass", "AUX", "be"),
        ("ruled", 4, "ROOT", "VERB", "rule"),
        ("out", 4, "prt", "ADP", "out"),
    ])  # fmt: skip
    sent = sentence(doc)
    assert passive_exclusion(token(doc, "blockade"), sent) == "negated"
    assert rescoped(token(doc, "blockade"), "asserted", sent) == "negated"
    assert rescoped(token(doc, "ruled"), "asserted", sent) == "asserted"  # (not its subject)


def test_ruled_without_particle_excludes_nothing() -> None:
    doc = parse([
        ("The", 1, "det", "DET", "the"),
        ("blockade", 3, "nsubjpass", "NOUN", "blockade"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("ruled", 3, "ROOT", "VERB", "rule"),
        ("illegal", 3, "oprd", "ADJ", "illegal"),
    ])  # fmt: skip
    assert passive_exclusion(token(doc, "blockade"), sentence(doc)) is None
    assert rescoped(token(doc, "blockade"), "asserted", sentence(doc)) == "asserted"


def test_a_speech_code_is_an_act_done_by_saying_it() -> None:
    # (intents and threats, 03 and 13, are stated by saying them too: GUIDE rule 2, fact24)
    for code in ("051", "052", "054", "100", "1056", "111", "120", "016", "036", "130"):
        assert speech_code(code), code
    for code in ("057", "042", "190", "163", "061", "172"):
        assert not speech_code(code), code


def _said(subject: str, subj_pos: str) -> Any:
    """ "Japan said it opposed the plan and condemned China", the subject ``subject``."""
    return parse([
        ("Japan", 1, "nsubj", "PROPN", "Japan"),
        ("said", 1, "ROOT", "VERB", "say"),
        (subject, 3, "nsubj", subj_pos, subject.lower()),
        ("opposed", 1, "ccomp", "VERB", "oppose"),
        ("the", 5, "det", "DET", "the"),
        ("plan", 3, "dobj", "NOUN", "plan"),
        ("and", 3, "cc", "CCONJ", "and"),
        ("condemned", 3, "conj", "VERB", "condemn"),
        ("China", 7, "dobj", "PROPN", "China"),
    ])  # fmt: skip


def test_stance_clause_climbs_a_conjunct_without_a_subject() -> None:
    doc = _said("it", "PRON")
    assert stance_clause(token(doc, "condemned")).i == token(doc, "opposed").i
    assert stance_clause(token(doc, "opposed")).i == token(doc, "opposed").i


def test_stance_clause_stops_at_a_conjunct_with_its_own_subject() -> None:
    doc = parse([
        ("Japan", 1, "nsubj", "PROPN", "Japan"),
        ("said", 1, "ROOT", "VERB", "say"),
        ("it", 3, "nsubj", "PRON", "it"),
        ("opposed", 1, "ccomp", "VERB", "oppose"),
        ("and", 3, "cc", "CCONJ", "and"),
        ("Korea", 6, "nsubj", "PROPN", "Korea"),
        ("condemned", 3, "conj", "VERB", "condemn"),
        ("China", 6, "dobj", "PROPN", "China"),
    ])  # fmt: skip
    assert stance_clause(token(doc, "condemned")).i == token(doc, "condemned").i


def test_own_subject_after_the_speech_verb_only() -> None:
    doc = _said("India", "PROPN")
    assert own_subject(token(doc, "India"), token(doc, "said"))
    assert own_subject(_said("it", "PRON")[2], _said("it", "PRON")[1])
    before = parse([
        ("Malaysia", 1, "nsubj", "PROPN", "Malaysia"),
        ("rejected", 4, "ccomp", "VERB", "reject"),
        ("its", 3, "poss", "PRON", "its"),
        ("ministry", 4, "nsubj", "NOUN", "ministry"),
        ("said", 4, "ROOT", "VERB", "say"),
    ])  # fmt: skip
    assert not own_subject(token(before, "Malaysia"), token(before, "said"))


def _condition(words: list[tuple[str, str]]) -> Any:
    """A condition clause whose last word is its verb; ``words``: (word, dep) before it."""
    rows = [(w, len(words), dep, "X", w.lower()) for w, dep in words]
    rows.append(("stop", len(words), "ROOT", "VERB", "stop"))
    return parse(rows)


def test_ultimatum_conditions() -> None:
    unless = _condition([("unless", "mark"), ("fighting", "nsubj")])
    negated = _condition([("if", "mark"), ("fighting", "nsubj"), ("does", "aux"), ("not", "neg")])
    plain = _condition([("if", "mark"), ("fighting", "nsubj"), ("does", "aux")])
    assert ultimatum(token(unless, "stop"))
    assert ultimatum(token(negated, "stop"))
    assert not ultimatum(token(plain, "stop"))


def test_hoped_for_reads_the_infinitive_of_hope() -> None:
    """The lemmatiser's "hop" for "hopes" is repaired in the pipeline (``_verb_lemmas``,
    leftovers16), so the climb itself reads the hope; no governor of this module is needed."""
    doc = parse([
        ("India", 1, "nsubj", "PROPN", "India"),
        ("hopes", 1, "ROOT", "VERB", "hope"),  # (the repaired lemma)
        ("to", 3, "aux", "PART", "to"),
        ("hold", 1, "xcomp", "VERB", "hold"),
        ("talks", 3, "dobj", "NOUN", "talk"),
    ])  # fmt: skip
    assert factuality_of(token(doc, "hold"), sent=sentence(doc)) == "possible"
    assert factuality_of(token(doc, "talks"), sent=sentence(doc)) == "possible"
    assert rescoped(token(doc, "talks"), "possible", sentence(doc)) == "possible"
    assert rescoped(token(doc, "talks"), "negated", sentence(doc)) == "negated"
    assert governed(token(doc, "hopes")) is None


def test_hoped_for_reads_what_a_deliberation_weighs() -> None:
    doc = parse([
        ("Poland", 2, "nsubj", "PROPN", "Poland"),
        ("is", 2, "aux", "AUX", "be"),
        ("weighing", 2, "ROOT", "VERB", "weigh"),
        ("sanctions", 2, "dobj", "NOUN", "sanction"),
        ("on", 3, "prep", "ADP", "on"),
        ("Chad", 4, "pobj", "PROPN", "Chad"),
    ])  # fmt: skip
    assert governed(token(doc, "sanctions")) == "possible"
    assert rescoped(token(doc, "sanctions"), "reported", sentence(doc)) == "possible"


def test_governed_yet_to_is_negated() -> None:
    doc = parse([
        ("Kenya", 1, "nsubj", "PROPN", "Kenya"),
        ("has", 1, "ROOT", "VERB", "have"),
        ("yet", 1, "advmod", "ADV", "yet"),
        ("to", 4, "aux", "PART", "to"),
        ("recognise", 1, "xcomp", "VERB", "recognise"),
        ("Kosovo", 4, "dobj", "PROPN", "Kosovo"),
    ])  # fmt: skip
    assert governed(token(doc, "recognise")) == "negated"
    assert rescoped(token(doc, "recognise"), "asserted", sentence(doc)) == "negated"


def test_governed_scheduled_and_about_to() -> None:
    for gov, lemma in (("scheduled", "schedule"), ("about", "about"), ("negotiating", "negotiate")):
        doc = parse([
            ("Egypt", 1, "nsubj", "PROPN", "Egypt"),
            (gov, 1, "ROOT", "VERB", lemma),
            ("to", 3, "aux", "PART", "to"),
            ("host", 1, "xcomp", "VERB", "host"),
            ("talks", 3, "dobj", "NOUN", "talk"),
        ])  # fmt: skip
        assert governed(token(doc, "talks")) == "possible", gov
    doc = parse([
        ("Egypt", 1, "nsubj", "PROPN", "Egypt"),
        ("has", 1, "ROOT", "VERB", "have"),
        ("to", 3, "aux", "PART", "to"),
        ("host", 1, "xcomp", "VERB", "host"),
    ])  # fmt: skip
    assert governed(token(doc, "host")) is None  # ("has to": no "yet")


def _said_it(*rows: tuple[str, int, str, str, str]) -> Any:
    head = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 3, "nsubj", "PRON", "it")]  # fmt: skip
    return parse([*head, *rows])


def test_told_deed_past_perfect_and_summons() -> None:
    had = _said_it(("had", 4, "aux", "AUX", "have"), ("condemned", 1, "ccomp", "VERB", "condemn"),
                   ("Chad", 4, "dobj", "PROPN", "Chad"))  # fmt: skip
    summoned = _said_it(("summoned", 1, "ccomp", "VERB", "summon"),
                        ("envoys", 3, "dobj", "NOUN", "envoy"))  # fmt: skip
    called = _said_it(("called", 1, "ccomp", "VERB", "call"), ("in", 3, "prt", "ADP", "in"),
                      ("envoys", 3, "dobj", "NOUN", "envoy"))  # fmt: skip
    now = _said_it(("condemned", 1, "ccomp", "VERB", "condemn"),
                   ("Chad", 3, "dobj", "PROPN", "Chad"))  # fmt: skip
    assert told_deed(token(had, "condemned"))
    assert told_deed(token(summoned, "summoned"))
    assert told_deed(token(summoned, "envoys"))  # (the object of the summons)
    assert told_deed(token(called, "called"))
    assert not told_deed(token(now, "condemned"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Egypt said it stood with Sudan.", ("EGY", "SDN", "05", "asserted")),
        ("Kenya's foreign ministry said the country fully supported Somalia.",
         ("KEN", "SOM", "05", "asserted")),
        ("The Japanese foreign ministry said it praised South Korea's restraint.",
         ("JPN", "KOR", "05", "asserted")),
        ("Japan said it opposed the plan and condemned China for the drills.",
         ("JPN", "CHN", "11", "asserted")),
        ("The Indian foreign ministry said the country rejected the proposal and demanded an "
         "apology from Pakistan.", ("IND", "PAK", "10", "asserted")),
        ("Spain said it would impose sanctions on Morocco unless the decision was reversed.",
         ("ESP", "MAR", "13", "asserted")),
        ("Russia said it would cut gas supplies to Moldova if the debts were not paid.",
         ("RUS", "MDA", "13", "asserted")),
        ("A Chinese blockade of Taiwan cannot be ruled out, Japan said.",
         ("CHN", "TWN", "19", "possible")),
        ("India hopes to hold talks with China next month.", ("IND", "CHN", "04", "possible")),
        ("Poland is weighing sending troops to Ukraine.", ("POL", "UKR", "07", "possible")),
        ("Egypt is scheduled to host talks with Israel next week.",
         ("EGY", "ISR", "04", "possible")),
        ("Japan is about to impose sanctions on Russia.", ("JPN", "RUS", "16", "possible")),
        ("Japan is looking to buy missiles from the United States.",
         ("JPN", "USA", "06", "possible")),
        ("India is pushing to sign a trade deal with Britain.", ("IND", "GBR", "05", "possible")),
        ("The upcoming visit by Modi to Russia dominated the news.",
         ("IND", "RUS", "04", "possible")),
        ("Turkey avoided criticising Russia.", ("TUR", "RUS", "11", "negated")),
        ("Sudan has not expelled the envoy, nor has it recalled its ambassador from Chad.",
         ("SDN", "TCD", "16", "negated")),
        ("Officials said Egypt had carefully avoided condemning Israel.",
         ("EGY", "ISR", "11", "negated")),
        ("North Korea is slated to hold talks with China next week.",
         ("PRK", "CHN", "04", "possible")),
        ("Kenya has yet to recognise Kosovo.", ("KEN", "KSV", "05", "negated")),
        ("Serbia is yet to recognise Kosovo.", ("SRB", "KSV", "05", "negated")),
        ("Officials said Chile had yet to send aid to Peru.", ("CHL", "PER", "07", "negated")),
        ("The United States is mulling new sanctions on Georgia.",
         ("USA", "GEO", "16", "possible")),
        ("Japan's foreign ministry said it had summoned China's ambassador.",
         ("JPN", "CHN", "11", "reported")),
        ("Brazil said it summoned Argentina's envoy.", ("BRA", "ARG", "11", "reported")),
        ("Germany said it had condemned the attack by Russia.", ("DEU", "RUS", "11", "reported")),
        # (said so now: the speaker's own stance)
        ("Germany said it condemned the attack by Russia.", ("DEU", "RUS", "11", "asserted")),
        ("Kenya said it hoped to send peacekeepers to Haiti.", ("KEN", "HTI", "07", "possible")),
        # a refusal told by its own side is the refuser's act (GUIDE rule 4; leftovers57)
        ("Malaysia rejected China's demands, its foreign ministry said.",
         ("MYS", "CHN", "12", "asserted")),
    ],
)  # fmt: skip
def test_factuality_in_sentences(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    assert want in _events(extract(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a report of another state's stance, or of the act before its speech verb
        ("Seoul said Pyongyang rejected the proposal and condemned Japan for the drills.",
         ("PRK", "JPN")),
        # a condition nobody is asked to meet leaves the act hypothetical
        ("Spain said it would send troops to Mali if the fighting stops.", ("ESP", "MLI")),
        # an act ruled out is not asserted
        ("A Turkish invasion of Syria has been ruled out.", ("TUR", "SYR")),
        ("Officials in Ankara said new Turkish sanctions on Greece had been ruled out.",
         ("TUR", "GRC")),
    ],
)  # fmt: skip
def test_not_asserted(extract: Extract, text: str, pair: tuple[str, str]) -> None:
    got = _events(extract(text))
    assert got, text
    assert not any(e[:2] == pair and e[3] == "asserted" for e in got), got
