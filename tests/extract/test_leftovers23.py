"""Round 20's leftovers (leftovers23) on minimal sentences: a passive keeping with its agent on
the gerund, talks held "in talks with", a gerund read as an adjective before a demonym, inverted
and unmet conditions, an attribution between a modal and its verb, a message carried for its
owner, titled pairs and a guest received by surname. The suite's tables:
``phenomena_leftovers23.py``.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events, root_events


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Somalia was prevented from deploying troops to Ethiopia by Kenya.",
         ("KEN", "SOM", "12", "asserted")),
        ("Iran was barred from sending warships to Oman by Saudi Arabia.",
         ("SAU", "IRN", "12", "asserted")),
        ("Somalia was accused of arming rebels in Ethiopia by Kenya.",
         ("KEN", "SOM", "11", "asserted")),
        ("Egypt is in talks with Sudan.", ("EGY", "SDN", "04", "asserted")),
        ("Egypt and Sudan are in talks.", ("SDN", "EGY", "04", "asserted")),
        ("Egypt is not in talks with Sudan.", ("EGY", "SDN", "04", "negated")),
        ("Egypt could be in talks with Sudan soon.", ("EGY", "SDN", "04", "possible")),
        ("Japan is on the brink of expelling Mexican diplomats.",
         ("JPN", "MEX", "16", "possible")),
        ("Ghana refrained from expelling Mexican diplomats.", ("GHA", "MEX", "16", "negated")),
        ("Should Somalia refuse, Kenya will close the border.", ("KEN", "SOM", "13", "possible")),
        ("Should Madrid continue its attacks, Syria is ready to close the border.",
         ("SYR", "ESP", "13", "asserted")),
        ("Turkey could close the border unless Syria stops the attacks.",
         ("TUR", "SYR", "19", "possible")),
        ("Peru may, two officials said, impose sanctions on Chile.",
         ("PER", "CHL", "16", "possible")),
        ("Peru may, diplomats said, expel Chilean diplomats.", ("PER", "CHL", "16", "possible")),
        ("Indonesia might, according to two officials, send troops to Fiji.",
         ("IDN", "FJI", "07", "possible")),
        ("The minister offered Kenya's condolences to Peru.", ("KEN", "PER", "01", "asserted")),
        ("The ambassador conveyed Kenya's protest to Peru.", ("KEN", "PER", "11", "asserted")),
        ("Talks were held between Kenya and Uganda.", ("UGA", "KEN", "04", "asserted")),
        ("A deal was signed between President Macron and Prime Minister Modi.",
         ("IND", "FRA", "05", "asserted")),
        ("Talks between Kenyan President William Ruto and Ugandan President Yoweri Museveni "
         "ended.", ("KEN", "UGA", "04", "asserted")),
        ("Japan's prime minister Shigeru Ishiba arrived in Nairobi. Kenyan President William "
         "Ruto received Ishiba at State House.", ("KEN", "JPN", "04", "asserted")),
    ],
)  # fmt: skip
def test_leftover_keys(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """Each class gives its act with its own parties and factuality."""
    got = root_events(extract(text))
    assert key in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Somalia was prevented from deploying troops to Ethiopia by Kenya.",
        "Should Somalia attack again, Kenya will close its border with Somalia.",
        "Turkey could close the border unless Syria stops the attacks.",
        "Peru may, two officials said, expel Chilean diplomats.",
    ],
)
def test_kept_or_conditional_acts_not_asserted(extract: Extract, text: str) -> None:
    """The kept act, the condition's act and a guessed act are never asserted (only the keeping,
    120, is)."""
    got = root_events(extract(text))
    assert all(f != "asserted" or r == "12" for _, _, r, f in got), got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenyan President William Ruto received Ishiba at State House.", "043"),
        ("Kenya's president hosted Ishiba for talks.", "042"),
    ],
)
def test_guest_by_surname(extract: Extract, text: str, code: str) -> None:
    """The host's 043 and the guest's 042 back for a guest named by surname alone."""
    doc = "Japan's prime minister Shigeru Ishiba arrived in Nairobi on Monday. " + text
    got = {c for _, _, c, _ in code_events(extract(doc))}
    assert code in got, got


@pytest.mark.parametrize(
    ("text", "word", "dep"),
    [
        ("Japan is on the brink of expelling Mexican diplomats.", "expelling", "pcomp"),
        ("Kenya refrained from detaining Tanzanian fishermen.", "detaining", "pcomp"),
        ("Kenya welcomed the arrival of visiting Mexican officials.", "visiting", "amod"),
    ],
)
def test_gerund_before_demonym(text: str, word: str, dep: str) -> None:
    """A gerund the lexicon knows, read as an adjective before a demonym right after its
    preposition, is the preposition's gerund; a participle naming a kind stays a modifier."""
    from realpolitik.extract._nlp import load_nlp, prepare_text, repair_parse

    doc = load_nlp()(prepare_text(text))
    for sent in doc.sents:
        repair_parse(sent)
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ == dep, [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Tanzania banned maize imports from Kenya last year. Tanzania's ban on Kenya remains "
         "in force.", ("TZA", "KEN", "163")),
        ("Tanzania banned Kenyan officials last year. Tanzania's ban on Kenya remains in force.",
         ("TZA", "KEN", "172")),
        ("Tanzania's ban on Kenya remains in force.", ("TZA", "KEN", "172")),
        ("Tanzania banned maize imports from Kenya last year. Tanzania's ban on Kenyan officials "
         "remains in force.", ("TZA", "KEN", "172")),
    ],
)  # fmt: skip
def test_story_ban(extract: Extract, text: str, key: tuple[str, str, str]) -> None:
    """A bare ban is the story's embargo only where a ban of goods came just before."""
    got = {(s, t, c) for s, t, c, _ in code_events(extract(text))}
    assert key in got, got
