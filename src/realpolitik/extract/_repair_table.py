"""The parse repairs in the order ``_nlp.repair_parse`` runs them, each with the words it needs.

Some 100 repairs run on every sentence and most find nothing to do: each asks the sentence's word
sets (``_tree.sentence_words``) and returns, yet the calls and the questions cost a share of the
rules. Each row names the word groups a repair cannot act without: the sentence's forms and
lemmas must meet every group (a repair whose own test reads forms only is given a group of those
forms: the forms and lemmas hold them). ``repair_parse`` tests the rows against the sets and
calls only the repairs that may apply, in the rows' order. A repair keeps its own test (tests and
other stages call repairs alone); a row with no groups always runs (its test reads tags, the
root or the first word). The sets are read again after a repair that dropped them: one that
changes a lemma or a tag calls ``_tree.forget`` (``repair_parse`` watches ``_tree.forgotten``).
A repair that only runs other repairs in turn is listed as its parts, each with its own groups
(``_apposed_repairs.JOINED_PHRASES``). The rows are indexed by word (``RepairIndex``): a
sentence's words name the groups they meet at once, and the rows those groups open are kept by
that set of groups, so that ``repair_parse`` tests no row per sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from realpolitik.extract._agreement_content import AGREEING, FOR, agreement_content
from realpolitik.extract._alleged_clause import (
    CLAIM_FORMS,
    claim_as_modifier,
    kept_from_past_participle,
)
from realpolitik.extract._and_clauses import _JOINS as JOINS
from realpolitik.extract._and_clauses import and_clause, object_infinitive_conjunct
from realpolitik.extract._apposed_names import apposed_name_subject
from realpolitik.extract._apposed_participle import apposed_participle_subject
from realpolitik.extract._apposed_repairs import _SAYING as APPOSED_SAYING
from realpolitik.extract._apposed_repairs import (
    JOINED_PHRASES,
    object_apposed_reporter,
    subjunctive_noun,
)
from realpolitik.extract._aside_infinitives import aside_infinitive
from realpolitik.extract._boat_people import boat_people
from realpolitik.extract._causative_orders import _ORDER as ORDER
from realpolitik.extract._causative_orders import causative_participle
from realpolitik.extract._channel_clauses import CHANNEL_NOUNS, SPEECH_VERBS, THAT, channel_clause
from realpolitik.extract._clause_bounds import INVERTING
from realpolitik.extract._clause_repairs import _ARTICLES as RELATIVE_ARTICLES
from realpolitik.extract._clause_repairs import _BE as BE
from realpolitik.extract._clause_repairs import (
    finite_modifier,
    name_as_adverb,
    participle_adjective,
    progressive_copula,
    trailing_relative,
    trailing_reporter,
)
from realpolitik.extract._clause_shape_repairs import (
    fronted_subject,
    inverted_condition,
    visiting_guest,
)
from realpolitik.extract._colon_clauses import colon_lead_in
from realpolitik.extract._compass_goals import COMPASS_ADJECTIVES, compass_goal
from realpolitik.extract._conditional_handovers import CLAUSE_MARKS, OVER, stray_particle
from realpolitik.extract._conjoined_demonyms import conjoined_demonyms
from realpolitik.extract._conjoined_predicates import _CONTACT as CONTACT
from realpolitik.extract._conjoined_predicates import verb_in_object
from realpolitik.extract._deadline_repairs import _GIVING as GIVING
from realpolitik.extract._deadline_repairs import _ORDERING as ORDERING
from realpolitik.extract._deadline_repairs import _UNTIL as UNTIL
from realpolitik.extract._deadline_repairs import DEADLINE_NOUNS, LEAVING, deadline_to_leave
from realpolitik.extract._demand_conjuncts import _DEMANDING as DEMANDING
from realpolitik.extract._demand_conjuncts import demand_conjunct
from realpolitik.extract._denial_conjuncts import DENYING, denial_conjunct
from realpolitik.extract._departure_for import _DEPARTING as DEPARTING
from realpolitik.extract._departure_for import departure_goal
from realpolitik.extract._firm_adjective import _WORDS as FIRM
from realpolitik.extract._firm_adjective import firm_adjective
from realpolitik.extract._for_its_part import fronted_for_its_part
from realpolitik.extract._fronted_as import _AS as AS
from realpolitik.extract._fronted_as import _JUDGING as JUDGED_AS
from realpolitik.extract._fronted_as import object_after_as
from realpolitik.extract._fronted_time import _DATES as DATES
from realpolitik.extract._fronted_time import _OPENERS as OPENERS
from realpolitik.extract._fronted_time import fronted_date_subject
from realpolitik.extract._gerund_modifiers import gerund_before_demonym
from realpolitik.extract._granted_gerunds import _ACTIVITIES as ACTIVITIES
from realpolitik.extract._granted_gerunds import _GRANTING as GRANTING
from realpolitik.extract._granted_gerunds import granted_gerund, object_as_apposition
from realpolitik.extract._held_hostage import _HOSTAGE as HOSTAGE
from realpolitik.extract._held_hostage import held_hostage_object
from realpolitik.extract._helped_fight import _FIGHT as FIGHT
from realpolitik.extract._helped_fight import _HELP as HELP
from realpolitik.extract._helped_fight import helped_fight
from realpolitik.extract._home_objects import people_home
from realpolitik.extract._homograph_objects import plural_object_as_verb
from realpolitik.extract._hyphen_names import verb_after_hyphen_name
from realpolitik.extract._infinitive_conjuncts import infinitive_conjunct
from realpolitik.extract._infinitive_nouns import _CARRIERS as INFINITIVE_CARRIERS
from realpolitik.extract._infinitive_nouns import infinitive_noun, yet_to_verb
from realpolitik.extract._interposed_conjuncts import interposed_conjunct
from realpolitik.extract._joint_possessors import _POSSESSIVE as POSSESSIVE
from realpolitik.extract._joint_possessors import joint_possessors
from realpolitik.extract._joint_subject import (
    dangling_and,
    titled_of_conjunct,
    titled_possessor,
)
from realpolitik.extract._judged_object import _JUDGING as JUDGING
from realpolitik.extract._judged_object import judged_object
from realpolitik.extract._kept_states import _KEEP as KEEP
from realpolitik.extract._kept_states import kept_complement
from realpolitik.extract._lent_sums import _GIVING as LENDING
from realpolitik.extract._lent_sums import lent_recipient
from realpolitik.extract._listed_relative_subject import listed_relative_subject
from realpolitik.extract._listed_verbs import listed_verb
from realpolitik.extract._made_offers import _DOUBLE_OBJECT as DOUBLE_OBJECT
from realpolitik.extract._made_offers import indirect_object_clause
from realpolitik.extract._measure_pronouns import _OBJECT_PRONOUNS as OBJECT_PRONOUNS
from realpolitik.extract._measure_pronouns import pronoun_object
from realpolitik.extract._medium_phrases import _IN as CHANNEL_IN
from realpolitik.extract._medium_phrases import clause_off_channel, topic_off_medium
from realpolitik.extract._name_demonym_conjunct import name_demonym_conjunct
from realpolitik.extract._name_repairs import (
    first_name_as_preposition,
    name_as_modal,
    name_as_modifier,
    split_name,
)
from realpolitik.extract._noun_clause_repairs import noun_clause, saying_as_noun
from realpolitik.extract._object_subjects import object_conjoined_subject
from realpolitik.extract._occasion_subjects import _CONJUNCTIONS as CONJUNCTIONS
from realpolitik.extract._occasion_subjects import occasion_subject
from realpolitik.extract._office_called import _VERBS as CALLING
from realpolitik.extract._office_called import office_called
from realpolitik.extract._pair_subject_verb import pair_subject_verb
from realpolitik.extract._parenthetical_clauses import parenthetical_root
from realpolitik.extract._parenthetical_reports import _MODALS as MODALS
from realpolitik.extract._parenthetical_reports import _SPEECH as ASIDE_SPEECH
from realpolitik.extract._parenthetical_reports import parenthetical_after_modal
from realpolitik.extract._passive_participles import _PLACE_PARTICLES as PLACE_PARTICLES
from realpolitik.extract._passive_participles import participle_read_as_verb, particle_place
from realpolitik.extract._person_refs import OFFICE_WORDS
from realpolitik.extract._place_gerunds import place_gerunds
from realpolitik.extract._plan_reactions import _PLAN_NOUNS as PLAN_NOUNS
from realpolitik.extract._plan_reactions import _REACTING as REACTING
from realpolitik.extract._plan_reactions import REACTION_FORMS, infinitive_object, reaction_verb
from realpolitik.extract._plural_titles import PLURAL_TITLES, plural_title
from realpolitik.extract._promise_clause import promise_clause_as_subject
from realpolitik.extract._quoted_verdicts import QUOTE_MARKS, VERDICT_VERBS, quoted_verdict_verb
from realpolitik.extract._readings import _SPEECH as SPEECH
from realpolitik.extract._record_compounds import _INGS as INGS
from realpolitik.extract._record_compounds import record_compound
from realpolitik.extract._regret_reasons import REASONS, REGRET_NOUNS, regret_reason
from realpolitik.extract._relative_back import _BACK as BACK
from realpolitik.extract._relative_back import back_after_relative
from realpolitik.extract._relative_conjuncts import _WH as WH
from realpolitik.extract._relative_conjuncts import relative_conjunct
from realpolitik.extract._relative_subject_verb import relative_subject_verb
from realpolitik.extract._repeated_preps import _JOINTS as JOINTS
from realpolitik.extract._repeated_preps import repeated_prepositions
from realpolitik.extract._reported_perfect import reported_perfect
from realpolitik.extract._reporter_repairs import _SAYING as REPORTER_SAYING
from realpolitik.extract._rights_nouns import _RIGHTS as RIGHTS
from realpolitik.extract._rights_nouns import gerund_rights
from realpolitik.extract._role_repairs import crowd_participle
from realpolitik.extract._said_conjunct import _ACTS as SAID_ACTS
from realpolitik.extract._said_conjunct import _REPORTING as REPORTING
from realpolitik.extract._said_conjunct import SAYING, speaker_conjunct
from realpolitik.extract._scene_clause_verbs import _SCENE_MARKS as SCENE_MARKS
from realpolitik.extract._scene_clause_verbs import scene_clause_subject, scene_clause_verb
from realpolitik.extract._scheduled_infinitives import _CARRIERS as CARRIERS
from realpolitik.extract._scheduled_infinitives import scheduled_infinitive
from realpolitik.extract._shared_objects import conjunct_adjective_verb
from realpolitik.extract._signed_purchases import _SIGNING as SIGNING
from realpolitik.extract._signed_purchases import infinitive_of_contract
from realpolitik.extract._tag_repairs import (
    bare_preposition_gerund,
    gerund_noun,
    infinitive_adjective,
    object_as_verb,
)
from realpolitik.extract._titled_pairs import titled_apposition_conjunct
from realpolitik.extract._trailing_conditions import trailing_condition
from realpolitik.extract._trailing_participles import participle_after_modifier
from realpolitik.extract._verb_repairs import _NEGATIONS as NEGATIONS
from realpolitik.extract._verb_repairs import _ORDER_VERBS as ORDER_VERBS
from realpolitik.extract._verb_repairs import (
    PAIR_VERBS,
    TIME_NOUNS,
    conditional_negation,
    noun_for_clause,
    object_after_time,
    ordered_infinitive,
    pair_compound_verb,
    particle_object,
    semicolon_clause,
    verb_of_root_noun,
    verbless_root,
)
from realpolitik.extract._wanted_for import wanted_for
from realpolitik.extract._whose_clauses import WHOSE, whose_clause_verb
from realpolitik.extract._word_bits import WordBits

if TYPE_CHECKING:
    from spacy.tokens import Span

_AND = frozenset({"and"})
_ASIDE_OR_IN = frozenset({"aside", "in"})  # ("brushed aside", "called in": ``particle_object``)
_BRACKET = frozenset({"("})
_COLON = frozenset({":"})
_COMMA = frozenset({","})
_FOR = frozenset({"for"})
_FROM = frozenset({"from"})
_HAD = frozenset({"had"})
_HAVE = frozenset({"have"})  # (the lemma: "has", "have", "had")
_HOME = frozenset({"home"})
_ITS = frozenset({"its"})
_OF = frozenset({"of"})
_ON = frozenset({"on"})
_PAIR = frozenset({"both", "two"})
_PART = frozenset({"part"})
_SEMICOLON = frozenset({";"})
_THAT = frozenset({"that"})
_TO = frozenset({"to"})
_VISIT = frozenset({"visit"})
_WANTED = frozenset({"wanted"})
_YET = frozenset({"yet"})

Repair = Callable[["Span"], None]

REPAIRS: tuple[tuple[Repair, tuple[frozenset[str], ...]], ...] = (
    (first_name_as_preposition, ()),
    (split_name, ()),
    (
        plural_title,
        (PLURAL_TITLES,),
    ),  # "Presidents A and B signed": the title the names' (pairs23, DC)
    (name_as_modal, ()),
    (name_as_modifier, ()),
    (verb_after_hyphen_name, ()),  # "Al-Sisi telephoned Venezuela's president"
    (apposed_name_subject, ()),  # "Russia's state monopoly Gazprom cut off ..." (lo48)
    (
        indirect_object_clause,
        (DOUBLE_OBJECT,),
    ),  # "made China an offer": China the dative (parties32)
    (occasion_subject, (CONJUNCTIONS,)),  # "after Brazil bombed X": Brazil the subject (parties32)
    (subjunctive_noun, ()),  # "insisted that X pay compensation": "pay" read as a noun
    (promise_clause_as_subject, (_THAT,)),  # "promised that X would not be disrupted" (lex19, CN)
    (
        claim_as_modifier,
        (CLAIM_FORMS,),
    ),  # "alleged Pakistani forces fired on ...": no adjective (lo25)
    (kept_from_past_participle, (_FROM,)),  # "stopped boats carrying migrants from leaving" (lo25)
    (boat_people, ()),  # "stopped a dhow carrying 12 Somali nationals" (lex33)
    (helped_fight, (HELP, FIGHT)),  # "to help Uganda fight rebels": "fight" no compound (parties48)
    (gerund_rights, (RIGHTS,)),  # "granted Chile docking rights" (lex33)
    (regret_reason, (REGRET_NOUNS, REASONS)),  # "expressed regret on Sunday for the raid" (w13)
    (lent_recipient, (LENDING,)),  # "lent Laos 500 million dollars": Laos the dative (lo47)
    (saying_as_noun, ()),
    (object_as_verb, ()),
    (crowd_participle, ()),
    (fronted_subject, ()),
    (object_conjoined_subject, (_AND,)),  # "expelled X and Y's embassy complained" (parties41)
    (
        fronted_date_subject,
        (OPENERS, DATES),
    ),  # "On Monday Uruguay again demanded": no comma (fact28, OD)
    (visiting_guest, (_VISIT,)),
    (inverted_condition, (INVERTING,)),
    (trailing_condition, (INVERTING,)),  # "X would fall should Y V Z": the condition after (p39)
    (
        parenthetical_after_modal,
        (ASIDE_SPEECH, MODALS),
    ),  # "Peru may, officials said, expel ..." (l23)
    (parenthetical_root, (_BRACKET,)),  # "X V-ed Y (Z has denied W)": the aside no root (practice7)
    (
        conditional_negation,
        (NEGATIONS,),
    ),  # "If it does not, X threatened": the "not" is the condition's
    (trailing_relative, (_HAVE, _COMMA, RELATIVE_ARTICLES)),  # ", a plan X has rejected" (l16)
    (
        channel_clause,
        (THAT, CHANNEL_NOUNS, SPEECH_VERBS),
    ),  # "told Y in a phone call that X wanted to buy N" (clauses43, fresh30 E)
    (progressive_copula, (BE,)),
    (trailing_reporter, (REPORTER_SAYING,)),
    (object_apposed_reporter, (APPOSED_SAYING,)),  # "summoned the X envoy, a statement said"
    (finite_modifier, ()),
    (listed_relative_subject, ()),  # "A and B, who met ..., called on Y" (practice8, RL)
    (relative_subject_verb, ()),  # "X, which ..., now channels aid to Y" (parties47, D)
    (whose_clause_verb, (WHOSE,)),  # "X, whose navy boarded ..., offered to V" (clauses39)
    (name_as_adverb, ()),
    (participle_adjective, ()),
    (gerund_before_demonym, ()),  # "on the brink of expelling Mexican diplomats" (l23)
    (noun_clause, ()),
    (infinitive_adjective, (_TO,)),
    (yet_to_verb, (_YET,)),  # "has still yet to condemn X": the act the carrier's complement
    (
        infinitive_noun,
        (_TO, INFINITIVE_CARRIERS),
    ),  # "is yet to voice anger": the verb read as a noun (leftovers17)
    (
        scheduled_infinitive,
        (_TO, CARRIERS),
    ),  # "is set to expel Y's envoy": "expel" no adjective (lo37)
    (people_home, (_HOME,)),  # "flew 120 Ugandan migrants home.": the people the object (lex30)
    (back_after_relative, (BACK,)),  # "flew N migrants whose claims ... back to X" (clauses37)
    (held_hostage_object, (HOSTAGE,)),  # "held dozens of Y-ian pilots hostage" (stop 44 review)
    (infinitive_of_contract, (SIGNING,)),  # "signed a deal to buy N from Y" (clauses37)
    (place_gerunds, ()),  # "the Kpoglu Dzodze crossing", "Storting President" (lex30)
    (gerund_noun, ()),
    (bare_preposition_gerund, ()),
    (verb_of_root_noun, ()),
    (record_compound, (INGS,)),  # "shared all vessel tracking records with Y": the object (lo44)
    (pair_subject_verb, (_PAIR,)),  # "A and B ... Both imposed sanctions": no adjective (lo44)
    (verbless_root, ()),  # "X unfroze Afghan assets": the verb read as an adjective (lo27)
    (pair_compound_verb, (_AND, PAIR_VERBS)),  # "A and B supply drones to Y": no compound (lx64)
    (verb_in_object, (CONTACT,)),  # "condemned the stabbing and telephoned Y's minister" (c36)
    (fronted_for_its_part, (_PART, _ITS)),  # "Lome, for its part, has kept calm": the subject (p51)
    (
        demand_conjunct,
        (DEMANDING, _AND),
    ),  # "demanded that Y free ... and asked for": the demand's (p51)
    (denial_conjunct, (DENYING, _AND)),  # "denied that N had V-ed, and Z backed X" (lo53)
    (
        scene_clause_verb,
        (SCENE_MARKS,),
    ),  # "X scrambled jets as Y launched ...": no adjective (lo30)
    (
        scene_clause_subject,
        (SCENE_MARKS,),
    ),  # "... as Armenia launched ...": Armenia the subject (lo30)
    (firm_adjective, (FIRM,)),  # "gave firm guarantees": "firm" no business (lo30)
    (
        reaction_verb,
        (REACTION_FORMS, PLAN_NOUNS),
    ),  # "X's plan to V uranium alarmed Y": "alarmed" the verb (lo31)
    (
        infinitive_object,
        (REACTING, PLAN_NOUNS),
    ),  # "X's plan to expel Y's envoy worried ...": the object (lo31)
    (plural_object_as_verb, ()),  # "froze his bank accounts": "accounts" read as a verb (lo29)
    (
        aside_infinitive,
        (_COMMA, _TO),
    ),  # "X's threat, never acted on, to expel ...": the noun's (lo29)
    (participle_read_as_verb, ()),  # "a trader detained at X was freed" (names20)
    (
        particle_place,
        (PLACE_PARTICLES,),
    ),  # "the crew seized off Chiloe": a place, no object (fact28, OR)
    (causative_participle, (ORDER,)),  # "ordered twelve of them deported" (lex27, OC)
    (topic_off_medium, (_ON,)),  # "warned on Cuban television of retaliation" (practice5, MD)
    (
        clause_off_channel,
        (_THAT, CHANNEL_IN),
    ),  # "warned in a statement that X was about to V" (seeds41)
    (kept_complement, (KEEP,)),  # "kept its posts with X closed for a day" (lex27, L)
    (
        pronoun_object,
        (OBJECT_PRONOUNS,),
    ),  # "and Y granted it a day later": "it" the object (lex28, GR)
    (
        departure_goal,
        (_FOR, DEPARTING),
    ),  # "troops left for Niger to help defend it": Niger the goal (lo42)
    (colon_lead_in, (_COLON,)),  # "showed how ...: Riga protested": no complement (lex28, BP)
    (object_after_time, (TIME_NOUNS,)),
    (ordered_infinitive, (ORDER_VERBS, _TO)),
    (
        deadline_to_leave,
        (GIVING | LEAVING, DEADLINE_NOUNS | UNTIL | ORDERING),
    ),  # "were given 72 hours to leave X": an expulsion (leftovers17)
    (
        particle_object,
        (_ASIDE_OR_IN,),
    ),  # "brushed aside X's allegations", "called in X's ambassador"
    (office_called, (CALLING,)),  # "X's minister called Y's move a N": no participle (parties36)
    (
        judged_object,
        (JUDGING,),
    ),  # "called X's measure disproportionate": X's measure the object (lex22)
    (
        quoted_verdict_verb,
        (VERDICT_VERBS, QUOTE_MARKS, SPEECH),
    ),  # "said Y's decision 'rewards impunity'": "rewards" the clause's verb (c42, E)
    (
        stray_particle,
        (OVER, CLAUSE_MARKS),
    ),  # "would hand the banker over once a judge approves": "over" the verb's (c42, F)
    (
        object_after_as,
        (AS, JUDGED_AS),
    ),  # "condemned as 'terrorism' an Israeli raid": the object (p16, CO)
    (apposed_participle_subject, (_AND,)),  # "and B, attending ..., recognised Y" (p16, AP)
    (
        granted_gerund,
        (GRANTING, ACTIVITIES),
    ),  # "granted Y firms mining concessions": firms the dative (c33, D)
    (object_as_apposition, ()),  # "gave Y's airlines four new routes": no apposition (seeds40)
    (conjunct_adjective_verb, ()),  # "banned and unbanned maize exports" (lex25)
    (noun_for_clause, (_FOR,)),
    (agreement_content, (AGREEING, FOR)),  # "signed a deal for X to sell Y gas" (clauses39)
    (semicolon_clause, (_SEMICOLON,)),
    # "the demand that X pay", "so did Z", "President A and X's President B" (``joined_phrases``)
    *JOINED_PHRASES,
    (wanted_for, (_WANTED,)),
    (participle_after_modifier, (_COMMA,)),  # "deported men wanted for X, handing them" (lex29)
    (
        compass_goal,
        (COMPASS_ADJECTIVES,),
    ),  # "sent ... to western Kenya" read as an infinitive (parties25, GP)
    (relative_conjunct, (WH, _AND)),  # "X, whose ... last year, and offered" (parties25, GP)
    (infinitive_conjunct, (_TO,)),  # "a request ... to hand over X but rejected it" (leftovers32)
    (object_infinitive_conjunct, (JOINS,)),  # "urged Y to V and asked Z to W" (practice7, IC)
    (and_clause, (JOINS,)),  # "A has never V-ed, and B has W-ed" read as a complement (practice7)
    (name_demonym_conjunct, (_AND,)),  # "Kenya and Kenyan militants clashed" (leftovers60)
    (conjoined_demonyms, (_AND,)),  # "Qatari and Iranian navy ships" (leftovers63)
    (dangling_and, (_AND,)),
    (listed_verb, (_AND, _COMMA)),  # "recalled X, summoned Y and criticised Z" (context22, TA)
    (
        speaker_conjunct,
        (REPORTING, SAID_ACTS),
    ),  # "said X had V-ed and urged Y": the appeal is the speaker's
    (
        interposed_conjunct,
        (_COMMA, JOINS),
    ),  # "V-ed X, saying ..., and W-ed Y": W the subject's (c32, C)
    (
        reported_perfect,
        (SAYING, _HAD),
    ),  # "said it had V-ed and had W-ed": W is said too (context22, V)
    (titled_possessor, (_AND, OFFICE_WORDS)),
    (titled_of_conjunct, (_AND, _OF, OFFICE_WORDS)),
    (
        titled_apposition_conjunct,
        (_AND, OFFICE_WORDS),
    ),  # "between Kenyan President A and ... B" (l23)
    (joint_possessors, (_AND, POSSESSIVE)),  # "Ghana's and Togo's presidents"
    (repeated_prepositions, (JOINTS,)),  # "tariffs on Canada and on Mexico": "on Canada and Mexico"
)


class RepairIndex:
    """A repair table by word: each group of the rows is a bit (``WordBits``), each row the
    bits of its groups. A row may apply where the sentence meets all of its bits (none for a
    row without groups): the same test as every group's ``isdisjoint``, read for the whole
    table at once; the rows each set of bits opens are kept."""

    __slots__ = ("table", "repairs", "needs", "groups", "opened")

    def __init__(self, table: tuple[tuple[Repair, tuple[frozenset[str], ...]], ...]) -> None:
        self.table = table
        self.repairs: tuple[Repair, ...] = tuple(repair for repair, _ in table)
        bits: dict[frozenset[str], int] = {}  # (a group named by several rows: one bit)
        needs: list[int] = []
        for _, row in table:
            mask = 0
            for group in row:
                mask |= bits.setdefault(group, 1 << len(bits))
            needs.append(mask)
        self.needs: tuple[int, ...] = tuple(needs)
        self.groups = WordBits(list(bits))
        self.opened: dict[int, tuple[int, ...]] = {}

    def rows(self, words: frozenset[str]) -> tuple[int, ...]:
        """The positions of the rows that may apply to a sentence with ``words`` (its forms
        and lemmas), in order."""
        met = self.groups.met(words)
        got = self.opened.get(met)
        if got is None:
            if len(self.opened) >= _KEPT_OPENINGS:
                self.opened.clear()
            got = tuple(k for k, need in enumerate(self.needs) if need & met == need)
            self.opened[met] = got
        return got

    def rows_after(self, words: frozenset[str], row: int) -> tuple[int, ...]:
        """:meth:`rows` after position ``row`` (the sentence's words read again mid-table)."""
        rows = self.rows(words)
        return rows[bisect_right(rows, row) :]


_KEPT_OPENINGS = 10_000  # sets of groups met whose rows are kept before the index starts over
_INDEXES: dict[int, RepairIndex] = {}


def repair_index(table: tuple[tuple[Repair, tuple[frozenset[str], ...]], ...]) -> RepairIndex:
    """The index of ``table`` (``REPAIRS``, or a test's table in its place), built on first use
    and kept with it (so its id is never reused)."""
    got = _INDEXES.get(id(table))
    if got is None or got.table is not table:
        got = _INDEXES[id(table)] = RepairIndex(table)
    return got


__all__ = ["REPAIRS", "RepairIndex", "repair_index"]
