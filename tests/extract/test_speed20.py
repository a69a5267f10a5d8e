"""Speed work of round 23 that must not change behaviour: what an argument head resolves to is
read once per sentence (``_resolve_memo``), and answers the same as a fresh resolution, for
every token of a real parse, in a fresh list each time; a token of another parse is never
answered from the kept ones, and a new paragraph or ``forget`` drops them."""

from __future__ import annotations

from typing import Any

from realpolitik.actors import ActorRegistry
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._mentions import DocActors, registry_mentions

_TEXT = (
    "Russia attacked Ukraine on Monday, Ukrainian officials said. "
    "France and Germany imposed sanctions on Iran after talks with Poland in Warsaw. "
    "The two countries condemned the attack, and it said its troops would respond. "
    "President Macron met visiting Japanese Prime Minister Kishida in Paris; they signed a deal."
)


def _actors(nlp: Any, registry: ActorRegistry) -> tuple[Any, DocActors]:
    doc = nlp(_TEXT)
    actors = DocActors(registry_mentions(registry, _TEXT, "2024-06-20"), lexicon().sectors)
    actors.bind(doc, 0)
    return doc, actors


def test_kept_answers_are_fresh_answers(nlp: Any, registry: ActorRegistry) -> None:
    doc, actors = _actors(nlp, registry)
    resolved = 0
    for depth in (0, 1):
        for t in doc:
            first = actors.resolve(t, depth)
            assert first == actors._resolve_fresh(t, depth)
            again = actors.resolve(t, depth)
            assert again == first and again is not first  # (a caller may extend its list)
            resolved += bool(first)
    assert resolved > 10  # names, "the two countries", "it", "they" resolve to someone
    assert actors._memo


def test_forget_and_a_new_paragraph_drop_the_kept_answers(
    nlp: Any, registry: ActorRegistry
) -> None:
    doc, actors = _actors(nlp, registry)
    russia = doc[0]
    assert [a.ref.code for a in actors.resolve(russia)] == ["RUS"]
    actors._memo[russia.i, 0] = []  # a stale answer, as a repaired parse would leave it
    assert actors.resolve(russia) == []
    actors.forget()
    assert [a.ref.code for a in actors.resolve(russia)] == ["RUS"]
    actors._memo[russia.i, 0] = []
    actors.bind(doc, 0)
    assert [a.ref.code for a in actors.resolve(russia)] == ["RUS"]


def test_a_token_of_another_parse_is_resolved_afresh(nlp: Any, registry: ActorRegistry) -> None:
    doc, actors = _actors(nlp, registry)
    other = nlp(_TEXT)
    actors._memo[0, 0] = []
    assert [a.ref.code for a in actors.resolve(other[0])] == ["RUS"]


_COMMAS = (
    "Taiwan could, officials said, impose tariffs on Japan.",
    "Jordan may, officials said, expel the Syrian envoy, and Iraq will, too.",
    "Peru, which had protested, said on Monday that Chile would, if asked, send aid.",
    "Kenya sent troops to Somalia, Ethiopia said.",
    "Egypt hosted talks between Israel and Hamas.",
)


def _walked_stray_modal(verb: Any) -> bool:
    """The walk over every token before the verb that ``_stray_modal`` made before."""
    doc = verb.doc
    for m in doc[verb.sent.start : verb.i]:
        if m.i + 1 >= verb.i or doc[m.i + 1].text != ",":
            continue
        if m.tag_ != "MD":
            if m.text in ("may", "might", "could", "would", "should", "must"):
                return True
            continue
        if m.dep_ != "aux" or m.head.i == verb.i or m.head.dep_ == "parataxis":
            return True
    return False


def test_a_stray_modal_is_found_by_its_comma_as_by_the_walk(nlp: Any) -> None:
    from realpolitik.extract._fact_scope import _stray_modal

    found = 0
    for text in _COMMAS:
        doc = nlp(text)
        for verb in doc:
            got = _stray_modal(verb)
            assert got == _walked_stray_modal(verb), (text, verb.text)
            found += got
    assert found >= 2  # ("impose", "expel", "send" in some parse: the rule still acts)


_TOPICS = (
    "Germany shared intelligence on the Russian ships with Poland.",
    "Japan will exchange data about Chinese aircraft with Taiwan, and talks on trade resumed.",
    "France agreed to meet Italy in Rome over the migrant dispute.",
)


def test_knowledge_topics_by_their_prepositions_as_by_a_walk(nlp: Any) -> None:
    from realpolitik.extract import _knowledge_topics as topics

    found = 0
    for text in _TOPICS:
        sent = next(iter(nlp(text).sents))
        walked: set[int] = set()
        for t in sent:  # (the walk over every token the function made before)
            if t.dep_ != "prep" or t.lower_ not in topics.TOPIC_PREPS:
                continue
            if not topics._about_knowledge(t.head):
                continue
            kept = {
                x.i
                for k in t.subtree
                if k.dep_ == "prep" and k.lower_ in topics._PARTNER_PREPS
                for x in k.subtree
            }
            walked |= {x.i for x in t.subtree if x.i not in kept}
        assert topics.knowledge_topic_tokens(sent) == walked
        found += bool(walked)
    assert found >= 1


def test_a_sentences_places_and_topics_are_read_once(nlp: Any, registry: ActorRegistry) -> None:
    from realpolitik.extract._knowledge_topics import knowledge_topic_tokens
    from realpolitik.extract._meeting_places import meeting_place_tokens
    from realpolitik.extract.parties import POLICY, SentenceParties

    text = "France agreed to meet Italy in Rome and shared intelligence on Russian ships."
    sent = next(iter(nlp(text).sents))
    actors = DocActors(registry_mentions(registry, text, "2024-06-20"), lexicon().sectors)
    actors.bind(sent.doc, 0)
    ctx = SentenceParties(sent, actors, text, 0, len(text), {}, POLICY)
    assert ctx.meeting_places == meeting_place_tokens(sent)
    assert ctx.knowledge_topics == knowledge_topic_tokens(sent)
    assert ctx.knowledge_topics is ctx.knowledge_topics  # (kept on the sentence's object)
