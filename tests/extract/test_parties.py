"""Each party stage on a minimal parsed sentence: the slot it fills or the pairs it changes.

For every stage of ``parties.POLICY`` a sentence where that stage (run after all stages before
it, as in extraction) changes the candidates, and what it changes them to. A stage that no case
exercises fails ``test_every_stage_has_a_case``.
"""

from __future__ import annotations

from typing import Any

import pytest
from party_cases_actors7 import STAGE_CASES as ACTORS7_CASES
from party_cases_args8 import STAGE_CASES as ARGS8_CASES
from party_cases_args9 import STAGE_CASES as ARGS9_CASES
from party_cases_clause10 import STAGE_CASES as CLAUSE10_CASES
from party_cases_clause11 import STAGE_CASES as CLAUSE11_CASES
from party_cases_clause12 import STAGE_CASES as CLAUSE12_CASES
from party_cases_clauses20 import STAGE_CASES as CLAUSES20_CASES
from party_cases_context10 import STAGE_CASES as CONTEXT10_CASES
from party_cases_context11 import STAGE_CASES as CONTEXT11_CASES
from party_cases_context12 import STAGE_CASES as CONTEXT12_CASES
from party_cases_context13 import STAGE_CASES as CONTEXT13_CASES
from party_cases_context14 import STAGE_CASES as CONTEXT14_CASES
from party_cases_context15 import STAGE_CASES as CONTEXT15_CASES
from party_cases_context16 import STAGE_CASES as CONTEXT16_CASES
from party_cases_context17 import STAGE_CASES as CONTEXT17_CASES
from party_cases_context22 import STAGE_CASES as CONTEXT22_CASES
from party_cases_coref10 import STAGE_CASES as COREF10_CASES
from party_cases_eye8 import STAGE_CASES as EYE8_CASES
from party_cases_fact24 import STAGE_CASES as FACT24_CASES
from party_cases_fact26 import STAGE_CASES as FACT26_CASES
from party_cases_fact27 import STAGE_CASES as FACT27_CASES
from party_cases_fact28 import STAGE_CASES as FACT28_CASES
from party_cases_fact29 import STAGE_CASES as FACT29_CASES
from party_cases_fut25 import STAGE_CASES as FUT25_CASES
from party_cases_leftovers16 import STAGE_CASES as LEFTOVERS16_CASES
from party_cases_leftovers17 import STAGE_CASES as LEFTOVERS17_CASES
from party_cases_leftovers18 import STAGE_CASES as LEFTOVERS18_CASES
from party_cases_leftovers21 import STAGE_CASES as LEFTOVERS21_CASES
from party_cases_leftovers22 import STAGE_CASES as LEFTOVERS22_CASES
from party_cases_leftovers23 import STAGE_CASES as LEFTOVERS23_CASES
from party_cases_leftovers24 import STAGE_CASES as LEFTOVERS24_CASES
from party_cases_leftovers25 import STAGE_CASES as LEFTOVERS25_CASES
from party_cases_leftovers26 import STAGE_CASES as LEFTOVERS26_CASES
from party_cases_leftovers27 import STAGE_CASES as LEFTOVERS27_CASES
from party_cases_leftovers29 import STAGE_CASES as LEFTOVERS29_CASES
from party_cases_leftovers30 import STAGE_CASES as LEFTOVERS30_CASES
from party_cases_lex7 import STAGE_CASES as LEX7_CASES
from party_cases_lex8 import STAGE_CASES as LEX8_CASES
from party_cases_lex10 import STAGE_CASES as LEX10_CASES
from party_cases_lex13 import STAGE_CASES as LEX13_CASES
from party_cases_lex16 import STAGE_CASES as LEX16_CASES
from party_cases_lex18 import STAGE_CASES as LEX18_CASES
from party_cases_lex19 import STAGE_CASES as LEX19_CASES
from party_cases_lex20 import STAGE_CASES as LEX20_CASES
from party_cases_lex22 import STAGE_CASES as LEX22_CASES
from party_cases_lex25 import STAGE_CASES as LEX25_CASES
from party_cases_lex27 import STAGE_CASES as LEX27_CASES
from party_cases_lex28 import STAGE_CASES as LEX28_CASES
from party_cases_names13 import STAGE_CASES as NAMES13_CASES
from party_cases_names14 import STAGE_CASES as NAMES14_CASES
from party_cases_names15 import STAGE_CASES as NAMES15_CASES
from party_cases_names17 import STAGE_CASES as NAMES17_CASES
from party_cases_names18 import STAGE_CASES as NAMES18_CASES
from party_cases_names19 import STAGE_CASES as NAMES19_CASES
from party_cases_names20 import STAGE_CASES as NAMES20_CASES
from party_cases_pairs22 import STAGE_CASES as PAIRS22_CASES
from party_cases_pairs23 import STAGE_CASES as PAIRS23_CASES
from party_cases_parties6 import COVERED_ELSEWHERE, STAGE_CASES
from party_cases_parties21 import STAGE_CASES as PARTIES21_CASES
from party_cases_parties25 import STAGE_CASES as PARTIES25_CASES
from party_cases_parties27 import STAGE_CASES as PARTIES27_CASES
from party_cases_parties28 import STAGE_CASES as PARTIES28_CASES
from party_cases_parties29 import STAGE_CASES as PARTIES29_CASES
from party_cases_parties30 import STAGE_CASES as PARTIES30_CASES
from party_cases_parties31 import STAGE_CASES as PARTIES31_CASES
from party_cases_parties33 import STAGE_CASES as PARTIES33_CASES
from party_cases_practice3 import STAGE_CASES as PRACTICE3_CASES
from party_cases_recur1 import STAGE_CASES as RECUR1_CASES
from party_cases_roles11 import STAGE_CASES as ROLES11_CASES
from party_cases_seeds26 import STAGE_CASES as SEEDS26_CASES
from party_cases_suite14 import STAGE_CASES as SUITE14_CASES
from party_cases_suite15 import STAGE_CASES as SUITE15_CASES
from party_cases_targets9 import STAGE_CASES as TARGETS9_CASES
from party_cases_wire7 import STAGE_CASES as WIRE7_CASES
from party_cases_xsent7 import STAGE_CASES as XSENT7_CASES
from party_cases_xsent8 import STAGE_CASES as XSENT8_CASES

from realpolitik.actors import ActorRegistry
from realpolitik.extract import explain_parties
from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties import POLICY, Candidates, Step, context
from realpolitik.models import ActorRef, Document

# (stage, sentence, trigger, slot, expected): slot "sources"/"targets" -> actor codes after the
# stage; "pairs" -> (source, target) codes after it ("" for no target)
CASES: list[tuple[str, str, str, str, set[Any]]] = [
    ("verb_subject", "The Kremlin criticized Japan.", "criticized", "sources", {"RUSGOV"}),
    ("passive_subject", "Georgia was invaded by Russia.", "invaded", "targets", {"GEO"}),
    (
        "modified_noun",
        "Ukrainian soldiers captured by Russia were freed.",
        "captured",
        "targets",
        {"UKRMIL"},
    ),
    (
        "thing_user",
        "Russia fired missiles supplied by North Korea at Ukraine.",
        "supplied",
        "targets",
        {"RUS"},
    ),
    ("dative_object", "China offered Russia a loan.", "offered", "targets", {"RUS"}),
    (
        "reacted_act_doer",
        "Japan condemned Russia's attack on Ukraine.",
        "condemned",
        "targets",
        {"RUS"},
    ),
    ("direct_object", "Russia attacked Ukraine.", "attacked", "targets", {"UKR"}),
    (
        "complaint_topic",
        "Pakistan complained to the United Nations about India.",
        "complained",
        "targets",
        {"IND"},
    ),
    (
        "prepositional_target",
        "Chile signed a deal in Peru with Bolivia.",
        "signed",
        "targets",
        {"BOL"},
    ),
    ("object_agent", "Japan condemned the decision by Russia.", "condemned", "targets", {"RUS"}),
    (
        "clause_subject",
        "Britain demanded that Iran release the sailors.",
        "demanded",
        "targets",
        {"IRN"},
    ),
    (
        "controlled_object",
        "Russia threatened to cut off gas to Moldova.",
        "threatened",
        "targets",
        {"MDA"},
    ),
    (
        "main_act_victims",
        "Russia fired missiles at Ukrainian cities, killing dozens.",
        "killing",
        "targets",
        {"UKR"},
    ),
    (
        "threat_condition",
        "Iran threatened to respond if Israel attacks.",
        "threatened",
        "targets",
        {"ISR"},
    ),
    (
        "told_addressee",
        "Germany told Poland on Monday that it would impose sanctions.",
        "impose",
        "targets",
        {"POL"},
    ),
    ("from_place", "Israel arrested two men in Lebanon.", "arrested", "targets", {"LBN"}),
    (
        "purpose_beneficiary",
        "Spain has sent volunteers to fight for Ethiopia.",
        "sent",
        "targets",
        {"ETH"},
    ),
    (
        "own_people_object",
        "Japan and Australia warned their citizens about China.",
        "warned",
        "targets",
        {"CHN"},
    ),
    (
        "verb_phrase_actor",
        "Chile criticized the closure of shops in Bolivia.",
        "criticized",
        "targets",
        {"BOL"},
    ),
    ("noun_owner", "Putin's visit to China surprised Japan.", "visit", "sources", {"RUSGOV"}),
    ("noun_by_from", "A visit by Putin to China surprised Japan.", "visit", "sources", {"RUSGOV"}),
    (
        "noun_of_phrase",
        "The visit of Putin to China surprised Japan.",
        "visit",
        "sources",
        {"RUSGOV"},
    ),
    (
        "noun_from_place",
        "The withdrawal from Afghanistan by Russia caught diplomats off guard.",
        "withdrawal",
        "targets",
        {"AFG"},
    ),
    (
        "noun_between",
        "Talks between Russia and Ukraine resumed.",
        "Talks",
        "sources",
        {"RUS", "UKR"},
    ),
    (
        "noun_prep_target",
        "Russia's attack near Poland on Ukraine shocked Europe.",
        "attack",
        "targets",
        {"UKR"},
    ),
    ("light_verb_subject", "Vietnam held talks with Japan.", "talks", "targets", {"JPN"}),
    (
        "planned_by_subject",
        "Italian students did not rule out protests against Pakistan.",
        "protests",
        "sources",
        {"ITAEDU"},
    ),
    (
        "arrival_destination",
        "The deployment of North Korean troops reached Russia.",
        "deployment",
        "targets",
        {"RUS"},
    ),
    (
        "governing_verb_target",
        "Japan backed Western sanctions yesterday against Russia.",
        "sanctions",
        "targets",
        {"RUS"},
    ),
    (
        "asked_to_act",
        "Egypt repeated its demand that Israel withdraw.",
        "demand",
        "targets",
        {"ISR"},
    ),
    (
        "protest_venue",
        "British activists staged a protest in Beijing.",
        "protest",
        "targets",
        {"CHN"},
    ),
    (
        "each_other",
        "Peru and Chile promised to defend each other.",
        "promised",
        "targets",
        {"PER", "CHL"},
    ),
    (
        "phrase_actor",
        "Russia's military exercises in Belarus worried Poland.",
        "exercises",
        "targets",
        {"BLR"},
    ),
    (
        "earlier_act_doer",
        "China held drills near Taiwan. The Japanese government condemned the drills.",
        "condemned",
        "targets",
        {"CHN"},
    ),
    (
        "conjoined_act_target",
        "Iran condemned the seizure of its tanker by Greece and demanded its release.",
        "demanded",
        "targets",
        {"GRC"},
    ),
    (
        "permitted_party",
        "Kenya refused to allow Somali troops to cross the border.",
        "refused",
        "targets",
        {"SOMMIL"},
    ),
    (
        "inner_act_target",
        "Iran threatened in Baghdad to attack Israel.",
        "threatened",
        "targets",
        {"ISR"},
    ),
    (
        "occasion_parties",
        "Egypt called for restraint after clashes between Sudan and Chad.",
        "called",
        "targets",
        {"SDN", "TCD"},
    ),
    (
        "unnamed_doer",
        "Two Japanese soldiers were killed by a roadside bomb in Iraq.",
        "killed",
        "sources",
        {"---"},
    ),
    ("pair_up", "Russia and Vietnam met.", "met", "pairs", {("RUS", "VNM"), ("VNM", "RUS")}),
    (
        "locate_unplaced",
        "Rebels attacked Turkish troops in Syria.",
        "attacked",
        "pairs",
        {("SYRREB", "TURMIL")},
    ),
    (
        "no_self_target",
        "The Kenyan government lifted a state of emergency in the northern state.",
        "lifted",
        "pairs",
        {("KENGOV", "")},
    ),
    ("host_state", "Ethnic Albanians in Serbia protested.", "protested", "pairs", {("SRB", "")}),
    (
        "unnamed_home_state",
        "A minefield explosion killed two Iraqi youths.",
        "killed",
        "pairs",
        {("IRQ", "IRQ")},
    ),
    (
        "report_frame",
        "Russia acknowledged that its troops attacked Ukraine.",
        "acknowledged",
        "pairs",
        set(),
    ),
    ("reaction_object", "Japan condemned an attack by Russia.", "attack", "pairs", set()),
    ("norm_stated", "Germany said borders must not be moved by force.", "said", "pairs", set()),
    (
        "home_target",
        "The Kenyan opposition called off its rally.",
        "called",
        "pairs",
        {("KENOPP", "KEN")},
    ),
]


CASES += STAGE_CASES  # issue 9's wrong-slot round (party_cases_parties6.py)
CASES += ACTORS7_CASES  # issue 9's actor round (party_cases_actors7.py)
CASES += LEX7_CASES  # a speaker's own threatened act (party_cases_lex7.py)
CASES += LEX8_CASES  # a statement saying an act (party_cases_lex8.py)
CASES += XSENT7_CASES  # targets named in an earlier sentence (party_cases_xsent7.py)
CASES += XSENT8_CASES  # acts named by the document's earlier acts (party_cases_xsent8.py)
CASES += EYE8_CASES  # the label's victim as the last reading (party_cases_eye8.py)
CASES += ARGS8_CASES  # parties inside another act's argument, quotes (party_cases_args8.py)
CASES += WIRE7_CASES  # reactions drawn "from" a party (party_cases_wire7.py)
CASES += TARGETS9_CASES  # weapon makers, common adversaries (party_cases_targets9.py)
CASES += ARGS9_CASES  # acts named by a noun (party_cases_args9.py)
CASES += CLAUSE10_CASES  # promises, trips at home, no comment (party_cases_clause10.py)
CASES += CLAUSE11_CASES  # formal participles, force for a state (party_cases_clause11.py)
CASES += CLAUSE12_CASES  # a denied deed's accuser or victim (party_cases_clause12.py)
CASES += LEX10_CASES  # cases before a court, aid only discussed (party_cases_lex10.py)
CASES += COREF10_CASES  # countryless role nouns (party_cases_coref10.py)
CASES += CONTEXT10_CASES  # places, bodies, acts named again (party_cases_context10.py)
CASES += ROLES11_CASES  # products, banks, mission forces, refusals told (party_cases_roles11.py)
CASES += CONTEXT11_CASES  # counterparts before or in a condition (party_cases_context11.py)
CASES += CONTEXT12_CASES  # pledges joined, hosts, agentless summons (party_cases_context12.py)
CASES += CONTEXT13_CASES  # refusals, vessels, visit pledges (party_cases_context13.py)
CASES += NAMES13_CASES  # issued texts, unowned governments, datelines (party_cases_names13.py)
CASES += LEX13_CASES  # measures named before, refusals assured (party_cases_lex13.py)
CASES += NAMES14_CASES  # joint subjects, her government, wanted for (party_cases_names14.py)
CASES += SUITE14_CASES  # the means of a response at the answered side (party_cases_suite14.py)
CASES += NAMES15_CASES  # own capital, own charges, courts, wanted (party_cases_names15.py)
CASES += (
    CONTEXT14_CASES  # bare refusals, pledges after meetings, the two (party_cases_context14.py)
)
CASES += LEX16_CASES  # final replies, invitations home (party_cases_lex16.py)
CASES += SUITE15_CASES  # what the speaker calls an act: its doer (party_cases_suite15.py)
CASES += CONTEXT15_CASES  # the two after a passive hosting (party_cases_context15.py)
CASES += NAMES17_CASES  # a bare ministry is the story's doer's (party_cases_names17.py)
CASES += NAMES18_CASES  # the two leaders of named offices, shared waters (party_cases_names18.py)
CASES += CONTEXT16_CASES  # objects, offers named in an earlier sentence (party_cases_context16.py)
CASES += CONTEXT17_CASES  # gesture, met pledge, alert, despite calls, kept going (party_cases_context17.py)
CASES += LEX18_CASES  # an intent noun only talked about (party_cases_lex18.py)
CASES += LEX19_CASES  # an accused act's unnamed victim: the accuser (party_cases_lex19.py)
CASES += LEX20_CASES  # a conjoined acceptance: the inviter (party_cases_lex20.py)
CASES += NAMES19_CASES  # court cases' defendants, aid at home (party_cases_names19.py)
CASES += PRACTICE3_CASES  # measures imposed on, similar acts (party_cases_practice3.py)
CASES += LEFTOVERS16_CASES  # countryless groups at home (party_cases_leftovers16.py)
CASES += PAIRS22_CASES  # handed protests, relative recipients, deportees (party_cases_pairs22.py)
CASES += PAIRS23_CASES  # signed content, calls, invitees, grants, things (party_cases_pairs23.py)
CASES += CLAUSES20_CASES  # acts after a call or hosting, a people's government (party_cases_clauses20.py)
CASES += LEX22_CASES  # apologies to the wronged, a threat of one's own act (party_cases_lex22.py)
CASES += NAMES20_CASES  # a measure continuing the story's act (party_cases_names20.py)
CASES += PARTIES21_CASES  # a denied act's victim in the clause (party_cases_parties21.py)
CASES += LEFTOVERS17_CASES  # group members, joiners, mediation sides (party_cases_leftovers17.py)
CASES += LEFTOVERS18_CASES  # pacts signed, sides' envoys, answerers (party_cases_leftovers18.py)
CASES += (
    CONTEXT22_CASES  # an untargeted pledge to the story's other state (party_cases_context22.py)
)
CASES += RECUR1_CASES  # victims' voice, own envoys, agentless, counterpart (party_cases_recur1)
CASES += LEFTOVERS21_CASES  # unlisted ministers, pact pronouns (party_cases_leftovers21.py)
CASES += FACT24_CASES  # evidential passives, acts held back (party_cases_fact24.py)
CASES += LEX25_CASES  # a call's purpose act and manner call, an expectation (party_cases_lex25.py)
CASES += FUT25_CASES  # trade shifts held out, harm to the story's victims (party_cases_fut25)
CASES += PARTIES25_CASES  # victims' state in "their", a clause or later (party_cases_parties25.py)
CASES += LEFTOVERS22_CASES  # acts held by a noun of plan or talks (party_cases_leftovers22.py)
CASES += SEEDS26_CASES  # a call purpose's own possessive: the caller's (party_cases_seeds26.py)
CASES += (
    LEFTOVERS23_CASES  # kept by X, in talks, conditions, owners, pairs (party_cases_leftovers23)
)
CASES += LEX27_CASES  # causative orders, sent home, stateless warnings (party_cases_lex27.py)
CASES += PARTIES27_CASES  # missions, announced passives, crossings (party_cases_parties27.py)
CASES += PARTIES28_CASES  # reason clauses, borne messages, imposers (party_cases_parties28.py)
CASES += FACT26_CASES  # responses, complaints to a body, hedged acts (party_cases_fact26.py)
CASES += LEFTOVERS24_CASES  # a judged act's "by" agent (party_cases_leftovers24.py)
CASES += LEFTOVERS25_CASES  # a passive refusal of entry (party_cases_leftovers25.py)
CASES += FACT27_CASES  # a threat's act never carried out (party_cases_fact27.py)
CASES += LEX28_CASES  # grants, wanted persons, measures kept, bare protests (party_cases_lex28)
CASES += PARTIES29_CASES  # story acts, asked persons, high commissions (party_cases_parties29.py)
CASES += LEFTOVERS26_CASES  # a demanded release's holder (party_cases_leftovers26.py)
CASES += PARTIES31_CASES  # story denials, facility capitals, forums (party_cases_parties31.py)
CASES += PARTIES30_CASES  # owned aims, stateless commentators (party_cases_parties30.py)
CASES += LEFTOVERS27_CASES  # a release's holder by place (party_cases_leftovers27.py)
CASES += LEFTOVERS29_CASES  # a secured release is the holder's (party_cases_leftovers29.py)
CASES += LEFTOVERS30_CASES  # a plan noun's act is its owner's (party_cases_leftovers30.py)
CASES += FACT28_CASES  # a refusal held out on an ultimatum (party_cases_fact28.py)
CASES += FACT29_CASES  # a carried message's content participle (party_cases_fact29.py)
CASES += PARTIES33_CASES  # handover goals, home critics, unknown regions (party_cases_parties33)


def _codes(c: Candidates, slot: str) -> set[Any]:
    if slot == "sources":
        return {a.ref.code for a in c.sources}
    if slot == "targets":
        return {a.ref.code for a in c.targets}
    return {(a.ref.code, b.ref.code if b else "") for a, b in c.pairs or ()}


def _step(nlp: Any, registry: ActorRegistry, text: str, trigger: str, stage: str) -> Step:
    doc = Document("t", text, "test", date="2024-06-20")
    traces = explain_parties(doc, registry=registry, nlp=nlp)
    steps = [s for t, steps in traces if t == trigger for s in steps if s.stage == stage]
    assert steps, f"no trigger {trigger!r} in {text!r}: {[t for t, _ in traces]}"
    return steps[0]


@pytest.mark.parametrize(("stage", "text", "trigger", "slot", "expected"), CASES)
def test_stage_on_a_minimal_sentence(
    nlp: Any,
    registry: ActorRegistry,
    stage: str,
    text: str,
    trigger: str,
    slot: str,
    expected: set[Any],
) -> None:
    step = _step(nlp, registry, text, trigger, stage)
    assert _codes(step.after, slot) == expected
    assert step.after != step.before  # this stage, not an earlier one, made the change


def test_who_reports_an_act_is_no_party_of_it(nlp: Any, registry: ActorRegistry) -> None:
    text = "Poland's intelligence agency said that Russia sent troops to Belarus."
    step = _step(nlp, registry, text, "sent", "not_the_reporter")
    doc = step.site.tok.doc
    poland = next(t.i for t in doc if t.text == "Poland")
    speaker = Arg(ActorRef("Poland", "POL", "POL"), 1.0, poland)
    hand_built = Candidates(sources=(speaker, *step.before.sources), targets=(speaker,))
    got = context.not_the_reporter(step.site, hand_built)
    assert {a.ref.code for a in got.sources} == {"RUS"} and not got.targets
    assert step.before.sources and step.before.sources[0].ref.code == "RUS"


def test_every_stage_has_a_case() -> None:
    covered = {c[0] for c in CASES} | {"not_the_reporter"} | COVERED_ELSEWHERE
    assert set(POLICY.names()) == covered
    assert len(POLICY.names()) == len(set(POLICY.names()))
