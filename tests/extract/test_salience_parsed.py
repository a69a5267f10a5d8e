"""The salience stage on hand-written parses (no model): which triggers only set the scene
(adverbial and relative clauses, participles, circumstance phrases, arguments of another
trigger) and which report the news; and how deep a token sits."""

from __future__ import annotations

from hand_parse import Row, parse, token

from realpolitik.extract.salience import depth, is_background

# "Russia shelled the city after rebels attacked the town, killing 20."
SCENE: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "Russia"), ("shelled", 1, "ROOT", "VERB", "shell"),
    ("the", 3, "det", "DET", "the"), ("city", 1, "dobj", "NOUN", "city"),
    ("after", 6, "mark", "SCONJ", "after"), ("rebels", 6, "nsubj", "NOUN", "rebel"),
    ("attacked", 1, "advcl", "VERB", "attack"), ("the", 8, "det", "DET", "the"),
    ("town_", 6, "dobj", "NOUN", "town"), (",", 1, "punct", "PUNCT", ","),
    ("killing", 1, "advcl", "VERB", "kill"), ("20_", 10, "dobj", "NUM", "20"),
    (".", 1, "punct", "PUNCT", "."),
]  # fmt: skip


def test_the_main_verb_is_news_and_adverbial_clauses_are_scene() -> None:
    doc = parse(SCENE)
    shelled, attacked, killing = (token(doc, w) for w in ("shelled", "attacked", "killing"))
    triggers = {shelled.i, attacked.i, killing.i}
    assert not is_background(shelled, triggers)
    assert is_background(attacked, triggers) and is_background(killing, triggers)
    assert depth(shelled) == 0 and depth(attacked) == 1 and depth(token(doc, "town")) == 2


def test_a_relative_clause_and_a_participle_set_the_scene() -> None:
    # "Troops entered the city where rebels fought." / "They lifted the curfew imposed in May."
    relative = parse([
        ("Troops", 1, "nsubj", "NOUN", "troop"), ("entered", 1, "ROOT", "VERB", "enter"),
        ("the", 3, "det", "DET", "the"), ("city", 1, "dobj", "NOUN", "city"),
        ("where", 6, "advmod", "SCONJ", "where"), ("rebels", 6, "nsubj", "NOUN", "rebel"),
        ("fought_", 3, "relcl", "VERB", "fight"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    fought, entered = token(relative, "fought"), token(relative, "entered")
    assert is_background(fought, {fought.i, entered.i})
    assert not is_background(entered, {fought.i, entered.i})
    participle = parse([
        ("They", 1, "nsubj", "PRON", "they"), ("lifted", 1, "ROOT", "VERB", "lift"),
        ("the", 3, "det", "DET", "the"), ("curfew", 1, "dobj", "NOUN", "curfew"),
        ("imposed", 3, "acl", "VERB", "impose"), ("in", 4, "prep", "ADP", "in"),
        ("May_", 5, "pobj", "PROPN", "May"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    imposed = token(participle, "imposed")
    imposed.tag_ = "VBN"
    assert is_background(imposed, {imposed.i})
    imposed.tag_ = "VBD"  # not a participle: it reports
    assert not is_background(imposed, {imposed.i})


def test_circumstance_phrases_and_arguments_of_another_trigger() -> None:
    # "Talks resumed after the invasion." / "Seoul rejected an offer of talks."
    after = parse([
        ("Talks", 1, "nsubj", "NOUN", "talk"), ("resumed", 1, "ROOT", "VERB", "resume"),
        ("after", 1, "prep", "ADP", "after"), ("the", 4, "det", "DET", "the"),
        ("invasion_", 2, "pobj", "NOUN", "invasion"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    invasion, resumed = token(after, "invasion"), token(after, "resumed")
    assert is_background(invasion, {invasion.i, resumed.i})
    rejected = parse([
        ("Seoul", 1, "nsubj", "PROPN", "Seoul"), ("rejected", 1, "ROOT", "VERB", "reject"),
        ("an", 3, "det", "DET", "an"), ("offer", 1, "dobj", "NOUN", "offer"),
        ("of", 3, "prep", "ADP", "of"), ("talks_", 4, "pobj", "NOUN", "talk"),
        (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    reject, offer, talks = (token(rejected, w) for w in ("rejected", "offer", "talks"))
    assert is_background(offer, {reject.i, offer.i})  # what is rejected, not an act
    assert not is_background(offer, {offer.i})  # with no trigger above it, it is the news
    assert is_background(talks, {reject.i, offer.i, talks.i})
