"""Speed work of round 34 that must not change behaviour: a party stage that names the words its
sentence must hold (``acts_on(words=...)``) is skipped in a sentence without them
(``SentenceParties.stages_of``). The words must never be narrower than the stage's own test,
and the words the runner asks must be the sentence's as the stages read them (after the repairs).
"""

from __future__ import annotations

from typing import Any

from realpolitik.actors import ActorRegistry
from realpolitik.extract._extract import _Run, explain_parties
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.parties import POLICY, Candidates, Policy, Site, Stage
from realpolitik.extract.parties._kinds import Acts, acts_on, marked
from realpolitik.models import Document

_DATE = "2025-03-01"
# Sentences where the stages that name words act (their docstrings' constructions), with many
# states; each meets the others' sentences without its words. (test_speed13's comparison of the
# policy with every stage unmarked covers its sentences of many kinds, words skipped too.)
_TEXTS = (
    "Brazil was among 40 countries that voted to condemn Russia at the assembly.",
    "Spain joined France and Italy in condemning Russia's annexation.",
    "Kenya's envoy was summoned in Kampala and handed a protest note.",
    "Russia vetoed the draft resolution on Syria that France had proposed.",
    "Talks between Armenia and Azerbaijan resumed in Vienna.",
    "India told of the arrest of its nationals in Qatar.",
    "Saudi Arabia called for restraint after clashes between Sudan and Chad.",
    "Kenya answered Uganda's move by offering talks.",
    "Pakistan shelled Indian villages. India vowed to retaliate against Pakistan.",
    "The security service said it had arrested two agents working for Minsk.",
    "Togo expelled three diplomats, accusing the embassy of spying.",
    "Egypt and Ethiopia blamed each other, both accusing the other of stalling.",
    "Chile raised one concern with Peru: the border, its minister said.",
    "Turkey shelled Kessar, a town on the Syrian border.",
    "The minister arrived in Lima bearing a message from President Ruto.",
    "Benin handed over the former general whom Lome wants to try.",
    "Israel struck a boat that had left Lebanon.",
    "Vietnam's minister visited Laos. He thanked his counterpart for the talks.",
    "Mali's decision to expel the French ambassador angered Paris.",
    "Minsk reversed its decision to close its border with Lithuania.",
    "Ruto met Museveni in Kampala, and the two leaders discussed a border accord with Tanzania.",
    "Syria joined the US-led coalition against the Islamic State.",
    "Kenya refused to free the detained sailors, a demand made by Uganda.",
    # (round 36's gates: "under", "similar", "against", a response word, "by" / "from",
    # "accept", "it" in a refusal)
    "A Kuwaiti patrol came under fire near the Iranian border.",
    "Mali asked Niger on Monday to reopen the border. Chad has made a similar request.",
    "Latvia urged its allies to stand together against Belarus.",
    "Chile expelled Bolivia's ambassador on Monday. La Paz suspended trade in retaliation.",
    "A visit by Macron to Algeria surprised Morocco.",
    "Japan offered Indonesia a loan on Monday, and Indonesia accepted.",
    "Although Ecuador has signed patrol agreements with Colombia, it has refused to join "
    "drills, and Colombian officials say it turned down an invitation to send observers.",
    "A Swedish contract buys 40 howitzers for Peru.",
    "Spain's coast guard seized 3 tonnes of cocaine from a vessel off Venezuela.",
    "Britain told British citizens to leave Lebanon.",
    "Israel developed new drones. It sold them to India.",
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


def _gated() -> dict[str, frozenset[str]]:
    out = {}
    for s in POLICY.roles + POLICY.pairs:
        acts = marked(s)
        if acts is not None and acts.words is not None:
            out[s.__name__] = acts.words
    return out


def test_a_stage_leaves_a_sentence_without_its_words_alone(
    nlp: Any, registry: ActorRegistry
) -> None:
    gated = _gated()
    assert len(gated) >= 10
    skipped: set[str] = set()
    acted: set[str] = set()
    for text in _TEXTS:
        traces = explain_parties(
            Document("t", text, "test", date=_DATE), registry=registry, nlp=nlp
        )
        for trigger, steps in traces:
            for step in steps:
                words = gated.get(step.stage)
                if words is None:
                    continue
                if step.after is not step.before:
                    acted.add(step.stage)
                if words.isdisjoint(sentence_words(step.site.ctx.sent)):
                    assert step.after is step.before, (text, trigger, step.stage)
                    skipped.add(step.stage)
    # (every stage that names words met sentences without them; most of them acted somewhere)
    assert skipped == set(gated)
    assert len(acted) >= len(gated) // 2, sorted(set(gated) - acted)


def test_skipping_by_words_gives_what_every_stage_gives(nlp: Any, registry: ActorRegistry) -> None:
    every = Policy(tuple(map(_plain, POLICY.roles)), tuple(map(_plain, POLICY.pairs)))
    found = 0
    for text in _TEXTS:
        want = _events(text, every, nlp, registry)
        assert _events(text, POLICY, nlp, registry) == want, text
        found += len(want)
    assert found >= len(_TEXTS)


def test_the_words_asked_are_the_sentence_s_after_its_repairs(
    nlp: Any, registry: ActorRegistry
) -> None:
    seen: list[tuple[frozenset[str], frozenset[str]]] = []

    def look(site: Site, c: Candidates) -> Candidates:
        sent = site.ctx.sent
        now = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        seen.append((site.ctx.words, frozenset(now)))
        return c

    policy = Policy((*POLICY.roles, look), POLICY.pairs)
    for text in _TEXTS[:8]:
        _events(text, policy, nlp, registry)
    assert seen and all(asked == now for asked, now in seen)


def _stage(name: str) -> Stage:
    def run(site: Site, c: Candidates) -> Candidates:
        return c

    run.__name__ = name
    return run


def test_of_sentence_keeps_the_order_and_leaves_out_only_missing_words() -> None:
    anything = _stage("anything")
    between = acts_on(noun=True, words=("between", "among"))(_stage("between"))
    spies = acts_on(words=("spy",))(_stage("spies"))
    policy = Policy((between, anything, spies), (spies, anything))
    names = lambda got: [s.__name__ for s in got]  # noqa: E731
    roles, pairs = policy.of_sentence(True, "040", frozenset({"talks", "between"}))
    assert (names(roles), names(pairs)) == (["between", "anything"], ["anything"])
    roles, pairs = policy.of_sentence(True, "040", frozenset({"spy", "among"}))
    assert (names(roles), names(pairs)) == (["between", "anything", "spies"], ["spies", "anything"])
    assert names(policy.of_sentence(False, "040", frozenset({"between"}))[0]) == ["anything"]
    assert marked(spies) == Acts(words=frozenset({"spy"}))
    assert "in sentences with 'spy'" in (spies.__doc__ or "")
