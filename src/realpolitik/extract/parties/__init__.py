"""Who did what to whom: party assignment as one ordered list of named stages.

Every trigger of a sentence starts with empty candidates; each stage in ``POLICY`` is a pure
function ``(site, candidates) -> candidates`` that handles one construction and passes the
candidates on untouched when it does not apply. ``ROLE_STAGES`` choose sources and targets from
syntax (verbs, then nouns, then fallbacks inside the trigger's phrase); ``pair_up`` makes
(source, target) pairs; ``PAIR_STAGES`` recode or drop pairs by codebook convention and by what
the trigger is in its sentence (a speech verb framing another event, the object of a reaction).

To change how targets are chosen: find the stage whose docstring names the construction, or add
a stage at the place in the list where it should win (earlier stages fill a slot first; later
ones see it filled), with a test on a minimal sentence in ``tests/extract/test_parties.py``.
A stage that acts on one kind of trigger only (verbs, event nouns, some roots or codes) says so
with ``_kinds.acts_on`` above its ``def``; each kind runs only the stages that can act on it
(``Policy.of_kind``), and a stage without the mark runs for every kind.
Argument qualities and thresholds are named in ``realpolitik.extract.confidence``.
"""

from __future__ import annotations

from dataclasses import dataclass

from realpolitik.extract._triggers import Found
from realpolitik.extract.parties import (
    accused_acts,
    adversary,
    agentless,
    agentless_story,
    answered,
    answered_addresser,
    answering_roles,
    apology_story,
    apology_targets,
    appeals,
    assurances,
    carried_acts,
    cases,
    comitative,
    complained_of,
    conjoined_partner,
    context,
    context_bodies,
    context_counterparts,
    context_deals,
    context_earlier,
    context_met,
    context_offers,
    context_owners,
    context_places,
    context_referents,
    context_story,
    continued_acts,
    court_cases,
    criticised_things,
    decided,
    denials,
    described,
    doers,
    done_so,
    drawn,
    embedded,
    expected_acts,
    final_answers,
    generic,
    granted_status,
    hedged_partner,
    home_groups,
    home_help,
    hosts,
    imposed_on,
    instruments,
    intent_topics,
    issued,
    joined_offers,
    joint_bodies,
    joint_own_object,
    labels,
    listed_doers,
    means_answered,
    measures,
    mediated_sides,
    named_acts,
    nouns,
    own_act,
    own_officials,
    pairs,
    participles,
    promised_recipients,
    pronoun_home_target,
    purpose_acts,
    purpose_goals,
    reciprocal,
    relative_recipient,
    retaliation,
    role_nouns,
    shift_threats,
    side_envoys,
    sides,
    signed_content,
    signed_pacts,
    similar_acts,
    speech,
    spied_for,
    story_commitments,
    story_counterpart,
    story_groups,
    story_yield,
    summoned_and_handed,
    told,
    trips,
    verb_phrase,
    verbs,
    victims_state,
    voiced_victims,
)
from realpolitik.extract.parties._model import (
    Candidates,
    EarlierAct,
    Policy,
    SentenceParties,
    Site,
    Stage,
)

ROLE_STAGES: tuple[Stage, ...] = (
    # verbs: the trigger's own arguments, most direct first
    nouns.came_under,
    drawn.drew_reaction,
    answered.drawn_earlier_doer,
    verbs.verb_subject,
    joint_bodies.bodies_of_states,
    listed_doers.listed_doers,
    issued.issuing_state,
    measures.measure_doer,
    speech.quoted_speaker,
    speech.claimed_doer,
    doers.refused_request_doer,
    doers.enacted_by,
    decided.decided_act_owner,
    verbs.passive_subject,
    signed_pacts.signed_pact_parties,
    summoned_and_handed.handed_to_passive_subject,
    context_counterparts.received_host_place,
    verbs.modified_noun,
    doers.modified_noun_phrase,
    verbs.thing_user,
    shift_threats.held_out_shift_target,
    verbs.dative_object,
    verbs.reacted_act_doer,
    embedded.countered_act_doer,
    cases.case_defendant,
    named_acts.speaker_named_act,
    verbs.direct_object,
    imposed_on.imposed_measure_target,
    relative_recipient.relative_clause_recipient,
    verbs.complaint_topic,
    verbs.prepositional_target,
    verbs.object_agent,
    own_act.speaker_own_act,
    verbs.clause_subject,
    answered.judged_act_doer,
    verbs.controlled_object,
    context_counterparts.sent_people_place,
    verbs.main_act_victims,
    told.threat_condition,
    told.told_addressee,
    verb_phrase.from_place,
    verb_phrase.purpose_beneficiary,
    verb_phrase.own_people_object,
    sides.sides_of_the_dispute,
    reciprocal.each_other,
    joint_bodies.joint_border_partners,
    side_envoys.side_envoys_target,
    answering_roles.answering_role_noun,
    # event nouns: their own phrase, then the light verb that carries them
    nouns.noun_owner,
    nouns.noun_by_from,
    nouns.noun_of_phrase,
    nouns.noun_between,
    nouns.noun_prep_target,
    nouns.noun_from_place,
    nouns.light_verb_subject,
    nouns.planned_by_subject,
    nouns.arrival_destination,
    nouns.governing_verb_target,
    doers.elided_doers,
    carried_acts.kept_act_doer,
    # both: what the clause, the controlled act or the phrase names when the arguments did not
    context_story.hosts_visited,
    hosts.hosted_act_parties,
    context.asked_to_act,
    context.permitted_party,
    context_counterparts.committed_to_owner,
    context.inner_act_target,
    purpose_goals.purpose_goal,
    denials.denied_deed_accuser,
    denials.no_court_denial,
    assurances.assured_content_target,
    embedded.object_clause_parties,
    embedded.purpose_act_target,
    purpose_acts.contact_purpose_target,
    expected_acts.expected_act_doer,
    speech.said_of_target,
    context.occasion_parties,
    appeals.restraint_parties,
    context.protest_venue,
    context_story.named_act_before_conjoined,
    verb_phrase.verb_phrase_actor,
    context.phrase_actor,
    apology_targets.not_own_apology,
    context_bodies.own_object_not_borrowed,
    context_bodies.body_word_target,
    context_places.force_place_target,
    described.referred_act_parties,
    final_answers.final_answer_refuser,
    carried_acts.refused_despite_requester,
    context_referents.pronoun_act_doer,
    similar_acts.similar_act_target,
    mediated_sides.mediated_sides,
    listed_doers.joined_doers,
    context_earlier.earlier_act_doer,
    context_counterparts.refused_request_maker,
    means_answered.means_answered_party,
    context.response_target,
    retaliation.response_threat_target,
    retaliation.response_act_target,
    complained_of.complaint_of_state,
    labels.label_victim,
    context.conjoined_act_target,
    conjoined_partner.contact_partner_target,
    carried_acts.conjoined_posture_target,
    context_counterparts.named_craft_target,
    participles.participle_act_target,
    described.described_target,
    described.given_again_recipient,
    promised_recipients.promised_recipient,
    context_referents.earlier_object_owner,
    context_referents.held_people_holder,
    context_referents.released_holder,
    context_deals.deal_partner_recipient,
    described.mediated_deal_parties,
    context_earlier.answered_act_doer,
    apology_story.apology_owed_to,
    context_earlier.condition_counterpart,
    context_offers.accepted_offer_maker,
    answered_addresser.answered_addresser,
    joined_offers.conjoined_offer_maker,
    context_offers.asked_act_asker,
    context_story.joined_giving_recipient,
    context_counterparts.visit_counterpart,
    context_met.met_counterpart,
    done_so.done_as_asked,
    context_counterparts.stricken_recipient,
    context_owners.clause_bloc_recipient,
    context_owners.place_owner_target,
    context_offers.answered_offer_parties,
    agentless_story.carried_victims,
    agentless.seat_of_government_doer,
    granted_status.granting_state,
    accused_acts.accused_victim,
    context.not_the_reporter,
    context.not_in_contrast,
    adversary.common_adversary,
    story_groups.group_handlers_state,
    instruments.weapon_maker,
)

PAIR_STAGES: tuple[Stage, ...] = (
    pairs.unnamed_doer,
    pairs.pair_up,
    comitative.with_partner_both_ways,
    joint_own_object.joint_own_modifier,
    court_cases.case_not_the_court,
    pairs.received_from,
    doers.enacted_instrument,
    signed_content.bound_content,
    doers.instrument_of_an_act,
    nouns.doing_participle,
    pairs.norm_stated,
    generic.own_forces_order,
    context_story.denied_act_accuser,
    pairs.locate_unplaced,
    agentless_story.story_state_doer,
    generic.no_thing_party,
    spied_for.not_the_spied_for_state,
    pairs.no_self_target,
    own_officials.own_official_not_target,
    home_help.no_own_state_help,
    trips.home_trip,
    pairs.host_state,
    pairs.unnamed_home_state,
    context.report_frame,
    context.reaction_object,
    nouns.thing_of_other_verb,
    intent_topics.talked_about_intent,
    story_yield.yield_story_partner,
    story_commitments.commitment_story_partner,
    criticised_things.criticised_thing_owner,
    continued_acts.continued_act_partner,
    story_counterpart.other_side_word,
    pronoun_home_target.pronoun_not_home,
    victims_state.victims_written_state,
    pairs.home_target,
    home_groups.countryless_home_group,
    role_nouns.no_role_noun_home_target,
    voiced_victims.victims_voice_state,
    decided.undone_decision_act,
    decided.decided_needs_target,
    answered.drawn_not_home,
    answered.rejected_act_not_home,
    context_earlier.answer_not_home,
    retaliation.no_home_response,
    hedged_partner.hedged_paragraph_partner,
    speech.harm_needs_target,
    speech.comment_needs_target,
)

POLICY = Policy(ROLE_STAGES, PAIR_STAGES)


def assign_parties(f: Found, ctx: SentenceParties) -> Candidates:
    """The (source, target) pairs of ``f``'s event: the role stages, then the pair stages
    (those that can act on its kind: ``Policy.of_kind``)."""
    site = ctx.site(f)
    got = ctx.roles_of(f)
    for stage in ctx.policy.of_kind(site.noun, f.code)[1]:
        got = stage(site, got)
    return got


@dataclass(frozen=True)
class Step:
    """One stage's effect on one trigger: its name and the candidates before and after it."""

    stage: str
    before: Candidates
    after: Candidates
    site: Site


def trace_parties(f: Found, ctx: SentenceParties) -> list[Step]:
    """Every stage of ``ctx.policy`` run on ``f`` in order, with its input and output (roles of
    other triggers come from the cache, as in ``assign_parties``)."""
    site = ctx.site(f)
    steps = []
    got = Candidates()
    for stage in ctx.policy.roles + ctx.policy.pairs:
        after = stage(site, got)
        steps.append(Step(stage.__name__, got, after, site))
        got = after
    return steps


__all__ = [
    "PAIR_STAGES",
    "POLICY",
    "ROLE_STAGES",
    "Candidates",
    "EarlierAct",
    "Policy",
    "SentenceParties",
    "Site",
    "Stage",
    "Step",
    "assign_parties",
    "trace_parties",
]
