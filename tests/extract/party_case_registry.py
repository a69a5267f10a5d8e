"""Where the party stages' cases are registered: one line per ``party_cases_NAME.py`` module.

Each ``party_cases_NAME.py`` module holds ``STAGE_CASES``, a list of (stage, text, trigger,
slot, expected) on minimal sentences (``test_parties.py`` says what they mean). A new module
is registered by adding its name, once, at the end of ``MODULES``; ``CASES`` joins their
cases in this order, which is the order (and so the test ids) of
``test_parties.test_stage_on_a_minimal_sentence``. A ``party_cases_*.py`` file in this folder
that is not registered, or a name registered twice, stops the import: a module whose cases
never run would pass silently.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

Case = tuple[str, str, str, str, set[Any]]

MODULES: tuple[str, ...] = (
    "party_cases_policy",  # the first case of each stage of parties.POLICY
    "party_cases_parties6",  # issue 9's wrong-slot round
    "party_cases_actors7",  # issue 9's actor round
    "party_cases_lex7",  # a speaker's own threatened act
    "party_cases_lex8",  # a statement saying an act
    "party_cases_xsent7",  # targets named in an earlier sentence
    "party_cases_xsent8",  # acts named by the document's earlier acts
    "party_cases_eye8",  # the label's victim as the last reading
    "party_cases_args8",  # parties inside another act's argument, quotes
    "party_cases_wire7",  # reactions drawn "from" a party
    "party_cases_wire13",  # reactions conjoined after the act they answer
    "party_cases_targets9",  # weapon makers, common adversaries
    "party_cases_args9",  # acts named by a noun
    "party_cases_clause10",  # promises, trips at home, no comment
    "party_cases_clause11",  # formal participles, force for a state
    "party_cases_clause12",  # a denied deed's accuser or victim
    "party_cases_lex10",  # cases before a court, aid only discussed
    "party_cases_coref10",  # countryless role nouns
    "party_cases_context10",  # places, bodies, acts named again
    "party_cases_roles11",  # products, banks, mission forces, refusals told
    "party_cases_context11",  # counterparts before or in a condition
    "party_cases_context12",  # pledges joined, hosts, agentless summons
    "party_cases_context13",  # refusals, vessels, visit pledges
    "party_cases_names13",  # issued texts, unowned governments, datelines
    "party_cases_lex13",  # measures named before, refusals assured
    "party_cases_names14",  # joint subjects, her government, wanted for
    "party_cases_suite14",  # the means of a response at the answered side
    "party_cases_names15",  # own capital, own charges, courts, wanted
    "party_cases_context14",  # bare refusals, pledges after meetings, the two
    "party_cases_lex16",  # final replies, invitations home
    "party_cases_suite15",  # what the speaker calls an act: its doer
    "party_cases_context15",  # the two after a passive hosting
    "party_cases_names17",  # a bare ministry is the story's doer's
    "party_cases_names18",  # the two leaders of named offices, shared waters
    "party_cases_context16",  # objects, offers named in an earlier sentence
    "party_cases_context17",  # gesture, met pledge, alert, despite calls, kept going
    "party_cases_lex18",  # an intent noun only talked about
    "party_cases_lex19",  # an accused act's unnamed victim: the accuser
    "party_cases_lex20",  # a conjoined acceptance: the inviter
    "party_cases_names19",  # court cases' defendants, aid at home
    "party_cases_practice3",  # measures imposed on, similar acts
    "party_cases_leftovers16",  # countryless groups at home
    "party_cases_pairs22",  # handed protests, relative recipients, deportees
    "party_cases_pairs23",  # signed content, calls, invitees, grants, things
    "party_cases_clauses20",  # acts after a call or hosting, a people's government
    "party_cases_lex22",  # apologies to the wronged, a threat of one's own act
    "party_cases_names20",  # a measure continuing the story's act
    "party_cases_parties21",  # a denied act's victim in the clause
    "party_cases_leftovers17",  # group members, joiners, mediation sides
    "party_cases_leftovers18",  # pacts signed, sides' envoys, answerers
    "party_cases_context22",  # an untargeted pledge to the story's other state
    "party_cases_recur1",  # victims' voice, own envoys, agentless, counterpart
    "party_cases_leftovers21",  # unlisted ministers, pact pronouns
    "party_cases_fact24",  # evidential passives, acts held back
    "party_cases_lex25",  # a call's purpose act and manner call, an expectation
    "party_cases_fut25",  # trade shifts held out, harm to the story's victims
    "party_cases_parties25",  # victims' state in "their", a clause or later
    "party_cases_leftovers22",  # acts held by a noun of plan or talks
    "party_cases_seeds26",  # a call purpose's own possessive: the caller's
    "party_cases_leftovers23",  # kept by X, in talks, conditions, owners, pairs
    "party_cases_lex27",  # causative orders, sent home, stateless warnings
    "party_cases_parties27",  # missions, announced passives, crossings
    "party_cases_parties28",  # reason clauses, borne messages, imposers
    "party_cases_fact26",  # responses, complaints to a body, hedged acts
    "party_cases_leftovers24",  # a judged act's "by" agent
    "party_cases_leftovers25",  # a passive refusal of entry
    "party_cases_fact27",  # a threat's act never carried out
    "party_cases_lex28",  # grants, wanted persons, measures kept, bare protests
    "party_cases_parties29",  # story acts, asked persons, high commissions
    "party_cases_leftovers26",  # a demanded release's holder
    "party_cases_parties31",  # story denials, facility capitals, forums
    "party_cases_parties30",  # owned aims, stateless commentators
    "party_cases_leftovers27",  # a release's holder by place
    "party_cases_leftovers28",  # scrambled craft answers its cause, police at home
    "party_cases_parties32",  # occasion clauses, "had", made offers
    "party_cases_leftovers29",  # a secured release is the holder's
    "party_cases_fact28",  # a refusal held out on an ultimatum
    "party_cases_fact29",  # a carried message's content participle
    "party_cases_parties33",  # handover goals, home critics, unknown regions
    "party_cases_lex30",  # a mission's protest to its host
    "party_cases_lex31",  # the harmed of a verdict are no target
    "party_cases_leftovers30",  # a plan noun's act is its owner's
    "party_cases_parties34",  # a mission complains to its host
    "party_cases_parties35",  # story partners by act kind, "the other", people nouns again
    "party_cases_practice4",  # a refusal answers a request noun its doer received
    "party_cases_clauses30",  # lifted measures, trailing requests, complaint forums
    "party_cases_leftovers31",  # an unknown town on a named state's border
    "party_cases_leftovers32",  # voiced force threats, a refused "it" after a received request
    "party_cases_clauses31",  # a handed message's "him" is its addressee
    "party_cases_lex32",  # own service people sent home: a recall, no deportation
    "party_cases_parties37",  # rejected complaints, colon elaborations, attack victims, neither
    "party_cases_leftovers33",  # the speaker's "its" ground, an answer "met Y's offer with"
    "party_cases_parties36",  # summonses answered in kind, an envoy's own post
    "party_cases_practice5",  # a medium no target, a rejected condition, announced arrests
    "party_cases_parties38",  # a gift's recipient passed to a conjoined gift, aid after a disaster
    "party_cases_leftovers34",  # ground entered "into", refusals held against a condition
    "party_cases_practice6",  # a protest on a conjoined light verb takes the summons's target
    "party_cases_parties39",  # no state the doer of a natural event or accident
    "party_cases_leftovers35",  # refusals held "unless" on a refused noun's verb
    "party_cases_lex33",  # the people aboard a boat that is a passive subject
    "party_cases_parties40",  # issue 9's fresh20 parties across the discourse (A, G)
    "party_cases_seeds39",  # an acceptance by the one invited; a conjoined call's caller
    "party_cases_practice8",  # a count of seized things owns through its "of" phrase
    "party_cases_practice7",  # a readiness told to a demonym's officials is aimed at them
    "party_cases_parties41",  # a region named alone as the place struck
    "party_cases_parties42",  # a mission named as a source, a verdict's court named again
    "party_cases_parties43",  # a state's bare complaint lodged with the story's other party
    "party_cases_leftovers38",  # no state acting on itself by a misplaced organ or "its"
    "party_cases_practice10",  # a protest aimed at the doer of its own time clause's act
    "party_cases_parties44",  # envoys and governments of no written state: the story's other
    "party_cases_leftovers39",  # an agentless passive sending done by its reporting state
    "party_cases_clauses34",  # envoys with no state in a reported clause: the speaker's
    "party_cases_parties45",  # a pair's joint act between them; checks at the story's other
    "party_cases_practice11",  # a judgement of "it" aimed where the judgement before it was
    "party_cases_parties46",  # an office of no written state: the state the story quotes
    "party_cases_parties47",  # fresh23: the story pair's yield, talks and signed document; routed aid
    "party_cases_clauses35",  # the charged party of a rejected charge is no target
    "party_cases_leftovers42",  # a doer serving a named side; a struck craft's port of departure
    "party_cases_parties48",  # pronouns after repaired subjects and seizures; "help Y fight Z"
    "party_cases_parties49",  # fresh24: unknown cities, coordinated pronoun objects, noun subjects
    "party_cases_leftovers44",  # a pair's "both / they" acting on the state the pair acted on
    "party_cases_leftovers45",  # a denial in its accusation's own sentence aimed at the accuser
    "party_cases_leftovers46",  # a voiced seizure of "its" things; an act rewarded is no aim
    "party_cases_wire5",  # a vetoed resolution aimed at the state its clause condemns
    "party_cases_parties51",  # fresh25: act nouns by verb family, own firms abroad, named groups
    "party_cases_parties52",  # fresh26: story pair, partyless acts, own nationals and firms
    "party_cases_clauses38",  # fresh26 I: an act noun of a light verb aimed at "the other"
    "party_cases_leftovers51",  # force at a place no table knows: the paragraph's other state
    "party_cases_leftovers54",  # a state and its own rebels, the story's army
    "party_cases_parties53",  # fresh27: beneficiaries, joined sanctions, raids, releases
    "party_cases_leftovers58",  # reactions to unevented acts, two sides with rebels, venues
    "party_cases_parties54",  # fresh28: whose clauses, the same treatment, crews, joined protests
    "party_cases_clauses40",  # fresh28: aid conjoined to another giver's aid
    "party_cases_leftovers61",  # things given named again, own state moved, recalls, pacts
    "party_cases_round35",  # a recognised breakaway region is no recognition of its state
    "party_cases_practice24",  # a trailing threat aimed at the party the demand presses
    "party_cases_practice26",  # a pair's pact partner, X-led coalitions, apposed demands
    "party_cases_clauses41",  # fresh29: approved extraditions, returned visits
    "party_cases_clauses42",  # fresh29: hand-overs asked by another verb
    "party_cases_clauses43",  # fresh30: dismissed statements, unchanged stances
    "party_cases_parties55",  # fresh29: lifted measures named again, ...
    "party_cases_parties56",  # fresh30: releases after a background holding, ...
    "party_cases_parties57",  # "the government" after strikes on a state
    "party_cases_leftovers63",  # attacks placed only by a town, ...
    "party_cases_lexicon64",  # a contract is no buyer, contraband seized off a place
    "party_cases_leftovers65",  # own forces withdrawn with no place named, ...
    "party_cases_parties58",  # fresh31: charges made by no state, passive by-phrase places
    "party_cases_lexicon66",  # a pronoun for weapons sold or bought is no party
    "party_cases_leftovers67",  # agentless returns of held people, ...
)


def _registry_problems() -> list[str]:
    """Names registered twice, and case modules in this folder that are not registered."""
    here = {p.stem for p in Path(__file__).parent.glob("party_cases_*.py")}
    twice = sorted({m for m in MODULES if MODULES.count(m) > 1})
    missing = sorted(here - set(MODULES))
    return [f"registered twice: {m}" for m in twice] + [f"not registered: {m}" for m in missing]


def _stage_cases(name: str) -> list[Case]:
    cases: list[Case] = importlib.import_module(name).STAGE_CASES
    return cases


if _registry_problems():
    raise ImportError("party_case_registry: " + "; ".join(_registry_problems()))

CASES: list[Case] = [case for name in MODULES for case in _stage_cases(name)]
