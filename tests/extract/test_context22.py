"""context22 (issue 9, fresh11's classes TA, FS, V and P): a trailing "according to X" reports
every conjunct before it, a clause before a semicolon is not the report of the speech verb after
it, "and had sent ..." is an act of its own, and a compass word inside a province's name is no
bloc. Stage tests on hand parses, then whole sentences with other states and phrasings than the
suite's constructions (phenomena_context22.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events
from hand_parse import parse, sentence, token
from spacy.tokens import Doc, Span

from realpolitik.actors import ActorRegistry
from realpolitik.extract._clause_bounds import clause_apart
from realpolitik.extract._clause_repairs import participle_adjective
from realpolitik.extract._compass_places import drop_compass_places
from realpolitik.extract._filed_people import filed_people
from realpolitik.extract._listed_verbs import listed_verb
from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._named_firms import named_firms
from realpolitik.extract._reported_perfect import reported_perfect
from realpolitik.extract._trailing_attribution import trailing_report
from realpolitik.models import ActorRef, Extraction

Extract = Callable[..., Extraction]


# -- TA: a trailing "according to" ------------------------------------------------------------
def _pledged_and_asked(relative: bool = False) -> tuple[Doc, Span]:
    """ "Chile pledged aid and asked Peru to talk, according to officials." (the parser's hang:
    the attribution on the nearer "asked"); with ``relative`` the pledge is a relative clause
    of the subject ("Chile, which pledged aid, asked Peru ...")."""
    if relative:
        doc = parse([
            ("Chile", 4, "nsubj", "PROPN", "Chile"), ("which", 2, "nsubj", "PRON", "which"),
            ("pledged", 0, "relcl", "VERB", "pledge"), ("aid", 2, "dobj", "NOUN", "aid"),
            ("asked", 4, "ROOT", "VERB", "ask"), ("Peru", 4, "dobj", "PROPN", "Peru"),
            ("to", 7, "aux", "PART", "to"), ("talk", 4, "xcomp", "VERB", "talk"),
            (",", 4, "punct", "PUNCT", ","), ("according", 4, "prep", "VERB", "accord"),
            ("to", 9, "prep", "ADP", "to"), ("officials", 10, "pobj", "NOUN", "official"),
            (".", 4, "punct", "PUNCT", "."),
        ])  # fmt: skip
    else:
        doc = parse([
            ("Chile", 1, "nsubj", "PROPN", "Chile"), ("pledged", 1, "ROOT", "VERB", "pledge"),
            ("aid", 1, "dobj", "NOUN", "aid"), ("and", 1, "cc", "CCONJ", "and"),
            ("asked", 1, "conj", "VERB", "ask"), ("Peru", 4, "dobj", "PROPN", "Peru"),
            ("to", 7, "aux", "PART", "to"), ("talk", 4, "xcomp", "VERB", "talk"),
            (",", 4, "punct", "PUNCT", ","), ("according", 4, "prep", "VERB", "accord"),
            ("to", 9, "prep", "ADP", "to"), ("officials", 10, "pobj", "NOUN", "official"),
            (".", 1, "punct", "PUNCT", "."),
        ])  # fmt: skip
    return doc, sentence(doc)


def test_trailing_according_to_reports_the_first_conjunct() -> None:
    doc, sent = _pledged_and_asked()
    assert trailing_report(token(doc, "pledged"), "asserted", sent) == "reported"
    # a nearer hedge or negation keeps its reading
    assert trailing_report(token(doc, "pledged"), "possible", sent) == "possible"
    assert trailing_report(token(doc, "pledged"), "negated", sent) == "negated"


def test_trailing_according_to_does_not_reach_a_relative_clause() -> None:
    doc, sent = _pledged_and_asked(relative=True)
    assert trailing_report(token(doc, "pledged"), "asserted", sent) == "asserted"


# -- FS: a clause before a semicolon ------------------------------------------------------------
def _accuses_then_says(complement: bool = True, mark: str = ";") -> Doc:
    """ "Ruto accuses Museveni of lying; Museveni says Nairobi is hiding it." as the parser
    hangs it (the first clause a complement of "says"); without ``complement`` the speech verb
    after the semicolon has nothing of its own ("...; officials say.")."""
    rows = [
        ("Ruto", 1, "nsubj", "PROPN", "Ruto"), ("accuses", 7, "ccomp", "VERB", "accuse"),
        ("Museveni", 1, "dobj", "PROPN", "Museveni"), ("of", 1, "prep", "ADP", "of"),
        ("lying", 3, "pcomp", "VERB", "lie"), (mark, 1, "punct", "PUNCT", mark),
        ("Museveni", 7, "nsubj", "PROPN", "Museveni"), ("says", 7, "ROOT", "VERB", "say"),
    ]  # fmt: skip
    if complement:
        rows += [
            ("Nairobi", 10, "nsubj", "PROPN", "Nairobi"), ("is", 10, "aux", "AUX", "be"),
            ("hiding", 7, "ccomp", "VERB", "hide"), ("it", 10, "dobj", "PRON", "it"),
        ]  # fmt: skip
    return parse(rows)


@pytest.mark.parametrize("mark", [";", ":", "-"])
def test_clause_before_semicolon_stands_apart_from_the_speech_verb(mark: str) -> None:
    """The parser may hang the mark on either clause (here on the first)."""
    doc = _accuses_then_says(mark=mark)
    assert clause_apart(token(doc, "says"), token(doc, "accuses"))


def test_semicolon_report_with_nothing_of_its_own_still_reports() -> None:
    doc = _accuses_then_says(complement=False)
    assert not clause_apart(token(doc, "says"), token(doc, "accuses"))


# -- V: "and had sent" ------------------------------------------------------------------------
def test_perfect_conjunct_is_not_read_as_had_and_a_modified_object() -> None:
    """ "it had urged them and had sent engineers": "had" is the perfect's auxiliary."""
    doc = parse([
        ("it", 2, "nsubj", "PRON", "it"), ("had", 2, "aux", "AUX", "have"),
        ("urged", 2, "ROOT", "VERB", "urge"), ("them", 2, "dobj", "PRON", "they"),
        ("and", 2, "cc", "CCONJ", "and"), ("had", 6, "aux", "AUX", "have"),
        ("sent", 2, "conj", "VERB", "send"), ("engineers", 6, "dobj", "NOUN", "engineer"),
    ])  # fmt: skip
    for t, tag in zip(doc, ("PRP", "VBD", "VBN", "PRP", "CC", "VBD", "VBN", "NNS"), strict=True):
        t.tag_ = tag
    participle_adjective(sentence(doc))
    assert (doc[6].dep_, doc[6].head.i) == ("conj", 2)
    assert (doc[7].dep_, doc[7].head.i) == ("dobj", 6)


def _said_had_and_had(second_aux: bool = True) -> Doc:
    """ "Peru said it had protested and had recalled its envoy" with the parser's hang of the
    second conjunct on "said"; without ``second_aux`` the conjunct is a simple past ("and
    recalled its envoy"), the speaker's own act, left where it is."""
    rows = [
        ("Peru", 1, "nsubj", "PROPN", "Peru"), ("said", 1, "ROOT", "VERB", "say"),
        ("it", 4, "nsubj", "PRON", "it"), ("had", 4, "aux", "AUX", "have"),
        ("protested", 1, "ccomp", "VERB", "protest"), ("and", 1, "cc", "CCONJ", "and"),
        ("had", 7, "aux", "AUX", "have"), ("recalled", 1, "conj", "VERB", "recall"),
        ("envoy", 7, "dobj", "NOUN", "envoy"),
    ]  # fmt: skip
    if not second_aux:
        del rows[6]
        rows = [(w, h - 1 if h > 6 else h, d, p, lem) for w, h, d, p, lem in rows]
    doc = parse(rows)
    for t in doc:
        t.tag_ = {"have": "VBD", "say": "VBD"}.get(t.lemma_, "VBN" if t.pos_ == "VERB" else "XX")
    return doc


def test_second_pluperfect_after_said_is_reported_too() -> None:
    doc = _said_had_and_had()
    reported_perfect(sentence(doc))
    assert token(doc, "recalled").head.i == token(doc, "protested").i


def test_simple_past_conjunct_of_said_stays_the_speakers() -> None:
    doc = _said_had_and_had(second_aux=False)
    reported_perfect(sentence(doc))
    assert token(doc, "recalled").head.i == token(doc, "said").i


def test_released_detained_sailors_still_reads_the_participle_as_modifier() -> None:
    """The repair's own case stays: "released detained sailors"."""
    doc = parse([
        ("Seoul", 1, "nsubj", "PROPN", "Seoul"), ("released", 1, "ROOT", "VERB", "release"),
        ("detained", 1, "conj", "VERB", "detain"), ("sailors", 2, "dobj", "NOUN", "sailor"),
    ])  # fmt: skip
    for t, tag in zip(doc, ("NNP", "VBD", "VBN", "NNS"), strict=True):
        t.tag_ = tag
    participle_adjective(sentence(doc))
    assert (doc[2].dep_, doc[2].head.i) == ("amod", 3)


# -- TA: a list of three acts ------------------------------------------------------------------
def _listed(mark: bool = False) -> Doc:
    """ "Peru recalled its envoy, expelled diplomats and cut ties" with the middle verb hung as
    an adverbial clause; with ``mark`` it opens "after expelling ..." (a scene, kept)."""
    rows = [
        ("Peru", 1, "nsubj", "PROPN", "Peru"),
        ("recalled", 1, "ROOT", "VERB", "recall"),
        ("envoy", 1, "dobj", "NOUN", "envoy"),
        (",", 1, "punct", "PUNCT", ","),
        ("expelled", 1, "advcl", "VERB", "expel"),
        ("diplomats", 4, "dobj", "NOUN", "diplomat"),
        ("and", 4, "cc", "CCONJ", "and"),
        ("cut", 4, "conj", "VERB", "cut"),
        ("ties", 7, "dobj", "NOUN", "tie"),
    ]
    if mark:
        rows.insert(4, ("after", 5, "mark", "SCONJ", "after"))
        rows = [(w, h + 1 if h >= 4 and i != 4 else h, d, p, lem)
                for i, (w, h, d, p, lem) in enumerate(rows)]  # fmt: skip
    doc = parse(rows)
    for t in doc:
        t.tag_ = "VBD" if t.pos_ == "VERB" else "XX"
    return doc


def test_middle_verb_of_a_list_is_a_conjunct() -> None:
    doc = _listed()
    listed_verb(sentence(doc))
    assert token(doc, "expelled").dep_ == "conj"


def test_marked_adverbial_clause_stays() -> None:
    doc = _listed(mark=True)
    listed_verb(sentence(doc))
    assert token(doc, "expelled").dep_ == "advcl"


# -- P: compass words in place names -----------------------------------------------------------
_WEST = ActorRef("Western", "WST", None, "the West")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("miners seized in North-Western province were deported", False),
        ("traders held in the Western Region were freed", False),
        ("officials of Western State met", False),
        ("Western governments condemned the raid", True),
        ("Western states imposed sanctions", True),
    ],
)
def test_compass_word_in_a_place_name_is_dropped(text: str, kept: bool) -> None:
    start = text.index("Western")
    m = Mention(start, start + len("Western"), _WEST, "group")
    assert (drop_compass_places(text, [m]) == [m]) is kept


def test_compass_word_before_a_state_is_a_part_of_it() -> None:
    text = "fishermen held in Western Kenya were deported"
    start = text.index("Western")
    m = Mention(start, start + len("Western"), _WEST, "group")
    kenya = Mention(start + 8, start + 13, ActorRef("Kenya", "KEN", "KEN", "Kenya"), "country")
    assert drop_compass_places(text, [m, kenya]) == [kenya]


# -- A: a titled person's later bare surname ---------------------------------------------------
_TITLE = ActorRef("Trade Minister", "---GOV", None, None)
_GHANA = ActorRef("Ghana", "GHA", "GHA", "Ghana")


def _people(text: str, dateline: str | None, ghana: bool = False) -> list[tuple[str, str]]:
    start = text.index("Trade Minister")
    mentions = [Mention(start, start + len("Trade Minister"), _TITLE, "sector")]
    if ghana:
        at = text.index("Ghana")
        mentions.insert(0, Mention(at, at + len("Ghana"), _GHANA, "country"))
    got = filed_people(text, mentions, dateline)
    return [(text[m.start : m.end], m.ref.code) for m in got if m.kind == "person"]


def test_later_surname_is_the_dateline_states_minister() -> None:
    text = "Trade Minister Ama Boateng spoke. Togo's envoy met Boateng and asked Boateng to act."
    assert _people(text, "GHA") == [("Boateng", "GHAGOV"), ("Boateng", "GHAGOV")]


@pytest.mark.parametrize(
    ("text", "dateline", "ghana"),
    [
        ("Trade Minister Ama Boateng spoke. Togo's envoy met Boateng.", None, False),
        ("Visiting Trade Minister Ama Boateng spoke. Togo's envoy met Boateng.", "GHA", False),
        ("Former Trade Minister Ama Boateng spoke. Togo's envoy met Boateng.", "GHA", False),
        ("Trade Minister Ama Boateng criticised Ghana. Ghana's envoy met Boateng.", "GHA", True),
    ],
)
def test_surname_left_unplaced(text: str, dateline: str | None, ghana: bool) -> None:
    """No dateline; a visitor or a former minister; an introduction that names the dateline's
    state itself (he may be its counterpart)."""
    assert _people(text, dateline, ghana) == []


# -- X: a firm named again ----------------------------------------------------------------------
_BUSINESS = ActorRef("company", "---BUS", None, None)


def _firms(text: str, registry: ActorRegistry, demonyms: dict[str, str]) -> list[tuple[str, str]]:
    """The business mentions ``named_firms`` leaves, given the demonym mentions ``demonyms``
    (word: state) and a ``---BUS`` mention on every "company"."""
    mentions = [
        Mention(i, i + len(w), ActorRef(w, st, st, None), "demonym")
        for w, st in demonyms.items()
        for i in [text.index(w)]
    ]
    at = [k for k in range(len(text)) if text.startswith("company", k)]
    mentions += [Mention(k, k + len("company"), _BUSINESS, "sector") for k in at]
    got = named_firms(text, sorted(mentions, key=lambda m: m.start), registry, "2025-06-20")
    return [(text[m.start : m.end], m.ref.code) for m in got if m.ref.code.endswith("BUS")]


def test_the_company_is_the_firm_introduced_with_its_state(registry: ActorRegistry) -> None:
    text = "Kenya fined a Ugandan construction company. Uganda urged the company to pay."
    assert _firms(text, registry, {"Ugandan": "UGA"}) == [
        ("company", "UGABUS"),
        ("company", "UGABUS"),
    ]


def test_owned_firm_and_its_owners(registry: ActorRegistry) -> None:
    """ "a Chinese-owned mine" (no demonym mention on the hyphenated word) and "the mine's
    owners" named again."""
    text = "Zambia shut a Chinese-owned mine. It fined the mine's owners."
    assert _firms(text, registry, {}) == [("mine", "CHNBUS"), ("owners", "CHNBUS")]


def test_firms_of_two_states_leave_the_company_unplaced(registry: ActorRegistry) -> None:
    text = "Kenya fined a Ugandan firm and a Tanzanian firm. It urged the company to pay."
    got = _firms(text, registry, {"Ugandan": "UGA", "Tanzanian": "TZA"})
    assert ("company", "---BUS") in got


# -- whole sentences ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (
            "Tanzania's high commission said it had protested to Kenya and had recalled its "
            "envoy from Nairobi.",
            ("TZA", "KEN", "16", "reported"),
            None,
        ),
        (
            "Angola deported 14 Congolese diamond diggers caught in North-Western province and "
            "banned them from coming back into the country.",
            ("AGO", "COD", "17", "asserted"),
            ("AGO", "WST", "17", "asserted"),
        ),
        (
            "Malawi pledged to help Zambia rebuild the bridge and said it had asked donors to "
            "join, according to a statement from its foreign ministry.",
            ("MWI", "ZMB", "03", "reported"),
            ("MWI", "ZMB", "03", "asserted"),
        ),
        (
            "NAIROBI, May 2 (Reuters) - Kenya closed the Busia crossing on Monday. Interior "
            "Minister John Mwangi said it would stay shut for a week. Uganda's high commissioner "
            "met Mwangi in Nairobi and urged him to reopen it.",
            ("UGA", "KEN", "04", "asserted"),
            None,
        ),
        (
            "Peru fined a Chilean mining company for polluting a lake. Peru's environment "
            "ministry demanded that the firm pay for the clean-up.",
            ("PER", "CHL", "10", "asserted"),
            ("PER", "PER", "10", "asserted"),
        ),
        (
            "Japan apologised to Laos for the wartime killings last year. Tokyo later offered "
            "aid in place of reparations.",
            ("JPN", "LAO", "03", "asserted"),
            None,
        ),
        (
            "Iran pledged more aid at a summit in Hungary's capital on Tuesday.",
            ("IRN", "", "03", "asserted"),
            ("IRN", "HUN", "03", "asserted"),
        ),
        (
            "Orban accuses Zelensky of stoking the war; Zelensky says Budapest is doing "
            "Moscow's bidding.",
            ("HUN", "UKR", "11", "asserted"),
            ("HUN", "UKR", "11", "reported"),
        ),
    ],
)
def test_sentences(
    extract: Extract,
    text: str,
    want: tuple[str, str, str, str],
    wrong: tuple[str, str, str, str] | None,
) -> None:
    got = root_events(extract(text))
    assert want in got, got
    assert wrong is None or wrong not in got, got
