"""Speed work of round 37 that must not change behaviour.

Five party stages that ran on every trigger name the kinds or words they cannot act without
(``acts_on``): ``described_target`` (an object "it", a relation or class noun, "the two
sides"), ``given_again_recipient`` (giving or backing, a word of repetition or a definite
determiner), ``not_the_reporter`` (a speech verb or "according to"), ``answer_not_home`` (a
condition's or a named act's root) and ``pointing_subject`` ("the country", "the government");
``story_state_rebels`` reads only its sentence's mentions (``MentionMap.starting_in``, a
bisection), and a sentence without an armed group's is left at once. The sentence loop walks
a trigger's heads for a condition only where its sentence holds a condition's word; advice
("should"), scarce acts ("rarely"), a compared free relative ("what"), a kind clause ("the
kind") and a time clause ("when", "the time") are read only in a parse with their words.
"""

from __future__ import annotations

from typing import Any

from realpolitik.actors import ActorRegistry
from realpolitik.extract._advised import advised_verb
from realpolitik.extract._conditions import CONDITION_WORDS, in_condition
from realpolitik.extract._extract import _Run, explain_parties
from realpolitik.extract._future_time import _timeless, future_time_clause
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._scarce_acts import scarce_act
from realpolitik.extract._tree import sentence_forms, sentence_words
from realpolitik.extract._triggers import find_triggers
from realpolitik.extract.parties import POLICY, Candidates, Policy, Site, Stage
from realpolitik.extract.parties._kinds import acts_on, marked
from realpolitik.models import Document

_DATE = "2025-03-01"
_MARKED = (
    "described_target",
    "given_again_recipient",
    "not_the_reporter",
    "answer_not_home",
    "pointing_subject",
)
_REBELS = "story_state_rebels"
# Sentences where each of the six acts (the constructions of their docstrings, other states and
# words), and sentences of the same kinds where none of them can.
_TEXTS = (
    "Peru recalled its ambassador from Chile. Lima accused it of meddling.",
    "Ecuador expelled Colombia's consul. Bogota criticized its neighbour on Friday.",
    "Saudi Arabia signed a deal with Egypt. Madrid praised the kingdom on Monday.",
    "India and Pakistan exchanged fire across the border. The United States urged the two "
    "sides to show restraint.",
    "Norway sent F-16 jets to Ukraine last month. On Monday, Norway pledged more of the jets.",
    "Germany delivered tanks to Poland. It promised another package on Tuesday.",
    "Britain signed the law on Monday, and within hours the defence ministry announced the "
    "first shipment of missiles for Ukraine under it.",
    "For months, Moscow did not confirm that Syrian soldiers were fighting in Donetsk, and "
    "Syria did not admit that it had sent them.",
    "Serbia condemned the expulsion.",
    "Niger welcomed the withdrawal.",
    "Officials in Nairobi said Uganda had seized two fishing boats. The country demanded the "
    "return of the boats from Kampala.",
    "Colombia and the ELN resumed talks. The army clashed with insurgents in the north.",
    # (none of them acts)
    "Kenya expelled two Ugandan diplomats on Monday.",
    "Japan imposed sanctions on North Korea over its missile tests.",
    "Troops fought rebels near the coast of Somalia.",
    "Chile sent aid to Bolivia after the floods.",
)


def _plain(stage: Stage) -> Stage:
    """``stage`` without its mark: it runs in every sentence and for every kind."""

    def run(site: Site, c: Candidates) -> Candidates:
        return stage(site, c)

    run.__name__ = stage.__name__
    return run


def _events(text: str, policy: Policy, nlp: Any, registry: ActorRegistry) -> list[Any]:
    run = _Run(Document("t", text, "test", date=_DATE), registry, None, None, True, policy)
    run.run(nlp)
    return run.events


def _stages() -> dict[str, Stage]:
    return {s.__name__: s for s in POLICY.roles + POLICY.pairs}


def test_each_stage_acts_only_where_its_mark_admits(nlp: Any, registry: ActorRegistry) -> None:
    stages = _stages()
    acted: set[str] = set()
    for text in _TEXTS:
        doc = Document("t", text, "test", date=_DATE)
        for _, steps in explain_parties(doc, registry=registry, nlp=nlp):
            for step in steps:
                if step.stage not in (*_MARKED, _REBELS) or step.after is step.before:
                    continue
                acted.add(step.stage)
                site = step.site
                if step.stage == _REBELS:  # (an armed group of the sentence: its mentions)
                    ctx = site.ctx
                    codes = [m.ref.code for m in site.actors.starting_in(ctx.start, ctx.end)]
                    assert any(c.endswith("REB") for c in codes), text
                    continue
                acts = marked(stages[step.stage])  # (traced: every stage runs, marks unread)
                assert acts is not None and acts.admits(site.noun, site.code), (text, step.stage)
                if acts.words is not None:
                    assert not acts.words.isdisjoint(sentence_words(site.ctx.sent)), text
    assert acted == {*_MARKED, _REBELS}


def test_the_marks_give_what_every_stage_gives(nlp: Any, registry: ActorRegistry) -> None:
    every = Policy(tuple(map(_plain, POLICY.roles)), tuple(map(_plain, POLICY.pairs)))
    found = 0
    for text in _TEXTS:
        want = _events(text, every, nlp, registry)
        assert _events(text, POLICY, nlp, registry) == want, text
        found += len(want)
    assert found >= len(_TEXTS)


def _narrowed(policy: Policy, name: str) -> Policy:
    """``policy`` with stage ``name`` marked with a word no sentence holds (a wrong mark)."""

    def swap(stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
        out = []
        for s in stages:
            if s.__name__ == name:
                s = acts_on(words=("no-such-word",))(_plain(s))
            out.append(s)
        return tuple(out)

    return Policy(swap(policy.roles), swap(policy.pairs))


def test_a_wrong_mark_changes_the_events(nlp: Any, registry: ActorRegistry) -> None:
    """The comparison above can fail: each stage, skipped, changes the events of one of the
    sentences (its mark narrower than its own test would do the same). (``answer_not_home``'s
    change, a state's own target dropped, the pair stages after it also make: the trace above
    is its test.)"""
    for name in (n for n in _MARKED if n != "answer_not_home"):
        wrong = _narrowed(POLICY, name)
        assert any(
            _events(t, wrong, nlp, registry) != _events(t, POLICY, nlp, registry) for t in _TEXTS
        ), name


def test_the_sentence_s_mentions_are_those_starting_in_it(
    nlp: Any, registry: ActorRegistry
) -> None:
    text = " ".join(_TEXTS[:6])
    run = _Run(Document("t", text, "test", date=_DATE), registry, None, None, True, POLICY)
    run.run(nlp)
    mentions = run.actors.mentions
    assert len(run.sentences) >= 6 and len(mentions) >= 12
    for s in run.sentences:
        want = [m for m in mentions if s.start <= m.start < s.end]
        assert run.actors.starting_in(s.start, s.end) == want
    assert run.actors.starting_in(0, len(text)) == mentions


_CONDITIONS = (
    "Were Chile to impose tariffs on Peru, Lima would retaliate.",
    "If Kenya agrees to pay, Uganda will restore supplies.",
    "Should Beijing refuse to sell, Laos might take over the railway.",
    "Unless Serbia withdraws its troops, Kosovo will close the border.",
    "Had Iran agreed to talks, Oman would have hosted them.",
)


def test_a_condition_needs_a_word_of_one(nlp: Any) -> None:
    seen = 0
    for text in _CONDITIONS + _TEXTS:
        for sent in nlp(text).sents:
            inside = [t for t in sent if in_condition(t)]
            if inside:
                assert not CONDITION_WORDS.isdisjoint(sentence_forms(sent)), text
                seen += 1
    assert seen >= len(_CONDITIONS)


def test_advice_and_scarce_acts_are_still_read_where_their_words_are(nlp: Any) -> None:
    """``advised_verb`` and ``scarce_act`` return at once where the parse has none of their
    words (each answer reads one): where it has one, they read it as before."""
    doc = nlp("Ghana should not expel Togo's diplomats.")
    verb = next(t for t in doc if t.lower_ == "expel")
    got = advised_verb(verb)
    assert got is not None and got.lower_ == "should"
    assert (
        advised_verb(next(t for t in nlp("Ghana expelled Togo's diplomats.") if t.i == 1)) is None
    )
    lex = lexicon()
    for text, want in (
        ("Kenya and Uganda rarely cooperate.", True),
        ("Kenya and Uganda cooperate.", False),
    ):
        sent = next(iter(nlp(text).sents))
        found = [f for f in find_triggers(sent, lex) if f.tok.lower_ == "cooperate"]
        assert found and scarce_act(found[0]) is want, text


_TIME_CLAUSES = (
    "Kenya said it would raise the matter with Uganda when the two ministers meet next month.",
    "Chile will sign the accord as soon as Peru ratifies it.",
    "Ghana will press Togo by the time the ministers meet in Accra.",
    "Riga said the border would reopen once the two governments had agreed on patrols.",
)


def test_a_time_clause_is_still_read_where_its_words_are(nlp: Any) -> None:
    """``time_clause_governor`` and ``_shifted_perfect`` return at once in a parse with no
    time mark, "soon" or time noun (``_timeless``); where one is, the clause is read."""
    for text in _TIME_CLAUSES:
        doc = nlp(text)
        assert not _timeless(doc)
        assert any(future_time_clause(t) for t in doc), text
    assert _timeless(nlp("Kenya said it would raise the matter with Uganda next month."))
