"""Speed work of round 16 that must not change behaviour: the party policy split per trigger
kind (``parties._kinds``). A stage's mark (``acts_on``) must admit every trigger the stage can
change; the policy run per kind must give what the whole policy gives."""

from __future__ import annotations

from typing import Any

from realpolitik.actors import ActorRegistry
from realpolitik.extract._extract import _Run, explain_parties
from realpolitik.extract.parties import POLICY, Candidates, Policy, Site, Stage
from realpolitik.extract.parties._kinds import Acts, acts_on, admitting, marked
from realpolitik.models import Document

_DATE = "2025-03-01"
# Many kinds of trigger (verbs and event nouns of most CAMEO roots, the codes the marks name:
# hosting, visits, mediation, lawsuits, denials, declined comment), with many states, so that
# every marked stage meets triggers its mark leaves out (and those it admits).
_TEXTS = (
    "Russia attacked Ukraine. Kyiv condemned the attack by Moscow on its grid.",
    "Japan imposed sanctions on North Korea, and so did Canada.",
    "Peru recalled its ambassador from Chile after Santiago expelled two Peruvian diplomats.",
    "Kenya's president hosted his Ugandan counterpart in Nairobi for talks on trade.",
    "Egypt mediated a ceasefire between Israel and Hamas, officials said.",
    "Brazil filed a lawsuit against Argentina at the WTO over beef tariffs.",
    "India denied that its forces had shelled Pakistani posts in Kashmir.",
    "The Turkish foreign ministry declined to comment on the Greek proposal.",
    "Iran threatened to close the Strait of Hormuz if the US imposed new sanctions.",
    "Norway sent jets to Ukraine. Denmark pledged more of the jets.",
    "China urged Vietnam to withdraw its vessels from the disputed reef.",
    "Poland refused to extradite the Belarusian activist to Minsk.",
    "Thousands protested outside the French embassy in Algiers against the new visa rules.",
    "Serbia, supplied with drones by China, deployed troops near the Kosovo border.",
    "Germany agreed to deliver tanks to Lithuania, and Vilnius welcomed the decision.",
    "The Saudi crown prince visited Beijing, his first trip to China since 2019.",
    "Australia and Japan signed a defence pact, promising to defend each other.",
    "Israeli airstrikes on Gaza killed 20 people, Palestinian officials said.",
    "Ghana demanded that Nigeria release its detained fishermen.",
    "Morocco withdrew its troops from the buffer zone after talks with Algeria.",
    "Pakistan's army accused India of violating the ceasefire along the Line of Control.",
    "The Philippines protested the Chinese coast guard's use of water cannon.",
    "Indonesia's request for aid from Singapore was rejected.",
    "Venezuela's invasion of Guyana would violate international law, Brazil warned.",
    # (round 36's kinds: harm and arrest told without a doer, a continued measure, a measure
    # imposed before, aid to a conjoined act's target, a pronoun object, an apology)
    "Zambian police detained 12 Congolese traders on Monday. Four of the men were beaten "
    "in custody, their lawyer said.",
    "Oman asked Iran to lift its ban on fish imports. Iran imposed the ban in May.",
    "Canada eased the export curbs it placed on China in 2021.",
    "Norway sent food aid to Sudan, and the World Bank has matched its money with a loan.",
    "Greece's new border checks hold lorries for hours. Greece's government should lift them "
    "and instead press Ankara.",
    "The Dutch prime minister apologised for the abuses committed by Dutch soldiers.",
)


def _plain(stage: Stage) -> Stage:
    """``stage`` without its mark: it runs for every kind."""

    def run(site: Site, c: Candidates) -> Candidates:
        return stage(site, c)

    return run


def _events(text: str, policy: Policy, nlp: Any, registry: ActorRegistry) -> list[Any]:
    run = _Run(Document("t", text, "test", date=_DATE), registry, None, None, True, policy)
    run.run(nlp)
    return run.events


def test_a_stage_leaves_the_kinds_its_mark_leaves_out_alone(
    nlp: Any, registry: ActorRegistry
) -> None:
    stages = POLICY.roles + POLICY.pairs
    checked: set[str] = set()
    for text in _TEXTS:
        traces = explain_parties(
            Document("t", text, "test", date=_DATE), registry=registry, nlp=nlp
        )
        assert traces, text
        for trigger, steps in traces:
            assert [s.stage for s in steps] == [s.__name__ for s in stages]
            for stage, step in zip(stages, steps, strict=True):
                acts = marked(stage)
                if acts is None or acts.admits(step.site.noun, step.site.code):
                    continue
                assert step.after is step.before, (text, trigger, step.site.code, step.stage)
                checked.add(step.stage)
    # (every marked stage met a trigger its mark leaves out: the sentences cover the kinds)
    # (a mark that names words only, test_speed32, admits every kind)
    assert checked == {s.__name__ for s in stages if _kinds_of(marked(s))}


def _kinds_of(acts: Acts | None) -> bool:
    """Whether ``acts`` leaves some kind of trigger out."""
    return acts is not None and (acts.noun, acts.roots, acts.codes) != (None, None, None)


def test_the_policy_per_kind_gives_what_every_stage_gives(
    nlp: Any, registry: ActorRegistry
) -> None:
    every = Policy(tuple(map(_plain, POLICY.roles)), tuple(map(_plain, POLICY.pairs)))
    assert all(marked(s) is None for s in every.roles + every.pairs)
    found = 0
    for text in _TEXTS:
        want = _events(text, every, nlp, registry)
        assert _events(text, POLICY, nlp, registry) == want, text
        found += len(want)
    assert found >= len(_TEXTS)  # (the sentences give events: the comparison is not empty)


def _stage(name: str) -> Stage:
    def run(site: Site, c: Candidates) -> Candidates:
        return c

    run.__name__ = name
    return run


def test_of_kind_keeps_the_order_and_every_unmarked_stage() -> None:
    anything = _stage("anything")
    verbs = acts_on(noun=False)(_stage("verbs"))
    nouns = acts_on(noun=True)(_stage("nouns"))
    threats = acts_on(roots=("13",))(_stage("threats"))
    suits = acts_on(noun=False, codes=("115",))(_stage("suits"))
    policy = Policy((verbs, anything, nouns, threats), (suits, anything))
    names = lambda got: [s.__name__ for s in got]  # noqa: E731
    roles, pairs = policy.of_kind(False, "138")
    assert names(roles) == ["verbs", "anything", "threats"]
    assert names(pairs) == ["anything"]
    roles, pairs = policy.of_kind(True, "1150")
    assert names(roles) == ["anything", "nouns"]
    assert names(pairs) == ["anything"]
    assert names(policy.of_kind(False, "1150")[1]) == ["suits", "anything"]
    # (read once a kind: the same stage tuples; a compiled Policy boxes a new pair around them)
    assert policy.of_kind(False, "138")[0] is policy.of_kind(False, "138")[0]
    assert names(admitting((threats, anything), True, "130")) == ["threats", "anything"]


def test_a_marked_stage_says_its_kinds_in_its_docstring() -> None:
    from realpolitik.extract.parties import verbs

    if hasattr(verbs.clause_subject, "__dict__"):  # (compiled by mypyc: no docstring to write)
        assert (verbs.clause_subject.__doc__ or "").endswith(
            "Acts on verbs of roots 02, 07, 10, 11, 12, 13 only (``_kinds.acts_on``)."
        )
    assert marked(verbs.clause_subject) is not None
    suits = acts_on(noun=True, codes=("115",))(_stage("suits"))
    assert "Acts on event nouns of codes 115 only" in (suits.__doc__ or "")
    assert "Acts on triggers of roots 13 only" in (
        acts_on(roots=("13",))(_stage("t")).__doc__ or ""
    )


def test_a_mark_admits_what_it_names() -> None:
    acts = Acts(noun=False, roots=frozenset({"12", "13"}), codes=None)
    assert acts.admits(False, "1231") and acts.admits(False, "13")
    assert not acts.admits(True, "13") and not acts.admits(False, "14")
    assert Acts(codes=("043", "045")).admits(True, "0431")
    assert not Acts(codes=("043", "045")).admits(True, "042")
    assert Acts().admits(True, "01") and Acts().admits(False, "20")
