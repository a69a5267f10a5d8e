"""Triggers that name no act at all: a label ("what Moscow calls aggression"), a quoted word, a
treaty named as a standing thing, a figure ("trade rose by 26 percent"), a noun naming a kind
("a trade delegation"), a protest that shows a fact, a passive "met with", and the other
rules :func:`non_event` asks. Split from :mod:`realpolitik.extract.salience`, which uses
them and re-exports :func:`non_event`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from realpolitik.extract._asides import withheld_comment, withheld_information
from realpolitik.extract._asked_questions import asked_by_reporters, asked_question
from realpolitik.extract._cargo import carried_cargo
from realpolitik.extract._criminal_charges import charged_act, charged_individuals
from realpolitik.extract._disavowed import disavowed_conflict
from realpolitik.extract._evacuations import evacuates_own, released_home
from realpolitik.extract._generic_when import generic_when
from realpolitik.extract._held_back import gave_up_act
from realpolitik.extract._judged_nouns import judged_act_noun
from realpolitik.extract._judged_scenes import bounding_scene, judged_goal, judged_measure
from realpolitik.extract._judged_threats import judged_threat
from realpolitik.extract._means import framed_by_means
from realpolitik.extract._measures import reaching_measure
from realpolitik.extract._offered import offers_no_act
from realpolitik.extract._opinions import asked_nothing, opinion_agreement
from realpolitik.extract._own_threats import warned_of_others
from realpolitik.extract._pos import VERBAL
from realpolitik.extract._received_none import received_none
from realpolitik.extract._rival_sellers import same_buyers
from realpolitik.extract._scarce_acts import scarce_act
from realpolitik.extract._sent_to_fight import sent_to_fight
from realpolitik.extract._state_protests import stated_protest
from realpolitik.extract._stateless_warnings import warned_group_clause, warned_stateless_group
from realpolitik.extract._tree import any_form
from realpolitik.extract._triggers import Found
from realpolitik.extract._warned_against import warned_against, warned_against_act
from realpolitik.extract._warned_forecasts import (
    warned_forecast,
    warned_of_anothers_act,
    warned_plight,
    warned_trend,
)
from realpolitik.extract._warned_verdicts import warned_verdict
from realpolitik.extract._words import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors


# -- triggers that are no act at all -----------------------------------------------------------
# Documents: an agreement is an event when an act carries it ("signed a treaty", "reached a
# deal"); "its 1961 treaty", "under the deal" refer to one.
_DOCUMENTS = frozenset(
    {"agreement", "accord", "deal", "pact", "treaty", "partnership", "protocol", "memorandum",
     "alliance", "charter", "convention"}
)  # fmt: skip
# Verbs that put a label on something: "what Moscow calls aggression", "branded it an invasion".
_LABEL_VERBS = frozenset({"call", "label", "brand", "dub", "term", "describe", "characterize"})
_WH = frozenset({"what", "which", "whatever"})
_QUOTES = frozenset({'"', "'", "``", "''"})
_PROTEST_ROOT = "14"


def shows_that(f: Found, actors: DocActors) -> bool:
    """ "The protests demonstrate that the government is weak": a protest verb with a that-clause
    shows a fact; it is no demonstration (unless a state lodges it, ``stated_protest``)."""
    tok = f.tok
    return (
        f.code[:2] == _PROTEST_ROOT
        and f.entry.pos == "V"
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not stated_protest(tok, actors)  # (lex30)
    )


def label(f: Found) -> bool:
    """ "What Moscow calls aggression by the West", "branded the visit a provocation",
    "described the drills as an invasion": a noun that labels something is the labeller's word,
    not an act that happened."""
    tok = f.tok
    if f.entry.pos != "N":
        return False
    t = tok
    if t.dep_ == "conj":  # "a provocation and an invasion"
        t = t.head
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "as":
        return head.head.lemma_.lower() in _LABEL_VERBS or head.head.lemma_.lower() in {
            "condemn",
            "denounce",
            "criticize",
            "see",
            "view",
            "regard",
            "reject",
        }
    if head.lemma_.lower() not in _LABEL_VERBS:
        return False
    if t.dep_ in ("oprd", "attr", "xcomp"):
        return True
    return t.dep_ == "dobj" and any(
        c.dep_ in ("dobj", "nsubj") and c.lower_ in _WH for c in head.children
    )


def quoted(f: Found) -> bool:
    """ "Called the visit a 'provocation'", a slogan, an insult: an event noun inside a short
    quotation is somebody's word, not an act. The object of a light verb is the act in its
    official wording ('lodged "stern representations" with X')."""
    tok = f.tok
    if f.entry.pos != "N":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return False
    doc = tok.doc
    if not any_form(doc, tok.i - 5, tok.i + 6, _QUOTES):
        return False  # no quote near the noun (most: ``tok.sent`` reads the whole parse)
    sent = tok.sent
    window = doc[max(sent.start, tok.i - 5) : min(sent.end, tok.i + 6)]
    left = [t.i for t in window if t.i < tok.i and t.text in _QUOTES]
    right = [t.i for t in window if t.i > tok.i and t.text in _QUOTES]
    if not left or not right:
        return False
    return not any(t.pos in VERBAL for t in doc[left[-1] + 1 : right[0]])


def document_reference(f: Found, triggers: set[int]) -> bool:
    """ "Its 1961 treaty made it Pyongyang's only ally", "under the deal": a treaty, pact or
    deal named as a standing thing; an event only when an act carries it ("signed a treaty",
    "reached a deal", "the treaty was ratified")."""
    tok = f.tok
    if f.entry.pos != "N" or tok.lemma_.lower() not in _DOCUMENTS:
        return False
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    if gov.i in triggers and gov.i != tok.i:
        return False
    return not (gov.pos in VERBAL and gov.lemma_.lower() in LIGHT_VERBS)


# Verbs that say how much of something there is: "trade rose by 26 percent", "could exceed";
# others only with a figure: "trade reached $240 billion" (but "the deployment reached Russia").
_MEASURE_VERBS = frozenset(
    {"rise", "fall", "grow", "drop", "decline", "exceed", "double", "triple", "top", "amount",
     "total", "increase", "decrease", "shrink", "surge", "soar", "plunge", "slump", "climb",
     "jump"}
)  # fmt: skip
_FIGURE_VERBS = frozenset({"reach", "hit", "stand", "account", "run", "represent", "constitute"})
# A share told with "make up": "Slovak deliveries made up 19 percent of its imports" (practice6,
# class SN); and the fraction words a share may be told in ("a third of", "half of").
_SHARE_PARTICLE = ("make", "up")
_FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "tenth", "majority", "bulk"})


def _pair_exchange_grown(tok: Token, head: Token) -> bool:
    """ "Vietnam's trade with Thailand has grown by a third since the deal": one state's exchange
    with another, named by both (a possessor and a "with" phrase), told as grown over time in the
    perfect, is the exchange going on between them (061, parties49: fresh24's class E), not a
    figure; "trade between China and Russia rose by 26 percent" stays a figure."""
    if not any(k.dep_ == "poss" for k in tok.children):
        return False
    if not any(k.dep_ == "prep" and k.lower_ == "with" for k in tok.children):
        return False
    return any(k.dep_ == "aux" and k.lemma_.lower() == "have" for k in head.children)


def quantity(f: Found) -> bool:
    """ "Trade between China and Russia rose by 26 percent", "reached $240 billion": an exchange
    measured as a level is a figure (a claim), not an act that happened."""
    tok = f.tok
    head = tok.head
    if f.entry.pos != "N" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = head.lemma_.lower()
    if lemma in _MEASURE_VERBS:
        return not _pair_exchange_grown(tok, head)
    share = lemma == _SHARE_PARTICLE[0] and any(
        k.dep_ == "prt" and k.lower_ == _SHARE_PARTICLE[1] for k in head.children
    )
    if lemma not in _FIGURE_VERBS and not share:
        return False
    return any(
        t.like_num or t.text in ("$", "%") or t.lower_ == "percent" or t.lower_ in _FRACTIONS
        for t in head.subtree
        if t.i > head.i
    )


# Nouns of people, bodies, gatherings and measures: an event noun compounded onto one says what
# kind of person, body or thing it is ("a trade delegation", "the defence ministry", "an aid
# worker", "the sanctions committee", "a peace envoy", "a trade fair", "the trade surplus").
KIND_HEADS = frozenset(
    {"delegation", "ministry", "minister", "department", "office", "agency", "committee",
     "commission", "council", "body", "envoy", "official", "officer", "worker", "staff",
     "personnel", "team", "group", "organisation", "organization", "negotiator", "adviser",
     "advisor", "chief", "expert", "analyst", "spokesman", "spokeswoman", "representative",
     "fair", "exhibition", "expo", "show", "festival", "forum", "partner", "surplus", "deficit",
     "balance", "volume", "figure", "data", "statistic", "policy", "route", "hub", "bloc",
     "zone", "tribunal", "court", "activist", "campaigner"}
)  # fmt: skip


def describes_a_kind(f: Found) -> bool:
    """ "A trade delegation arrived", "Cuba's trade fair opened", "the sanctions committee met":
    an event noun compounded onto a noun of a person, body, gathering or measure
    (:data:`KIND_HEADS`) names what kind it is; it is no act by itself."""
    tok = f.tok
    return (
        f.entry.pos == "N"
        and tok.dep_ == "compound"
        and tok.head.i > tok.i
        and tok.head.lemma_.lower() in KIND_HEADS
    )


# Verbs of a lasting state: "its support remained in place", "China's aid stays".
_LASTING = frozenset({"remain", "stay"})
# Roots of standing support (approval 05, aid 07) that a noun names as a state as well as an act.
_STANDING_ROOTS = frozenset({"05", "07"})


def kept_in_place(f: Found) -> bool:
    """ "The bank said its support remained in place", "X's aid to Y stays": a noun of support
    or aid as the subject of "remain / stay" says that an earlier act lasts; it is no new
    approval or aid (practice13's NE, leftovers45)."""
    tok = f.tok
    return (
        f.entry.pos == "N"
        and f.entry.cameo[:2] in _STANDING_ROOTS
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in _LASTING
        and any(_unchanged(c) for c in tok.head.children)
    )  # ("Western support for Ukraine remains strong" is still a statement of support)


def _unchanged(c: Token) -> bool:
    """ "in place", "unchanged", "intact": the state of a kept act."""
    if c.dep_ == "prep" and c.lower_ == "in":
        return any(p.dep_ == "pobj" and p.lower_ == "place" for p in c.children)
    return c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in ("unchanged", "intact")


_MET_WITH = frozenset({"meet", "greet"})


def met_with(tok: Token) -> bool:
    """ "The test was met with protests from Japan", "was greeted with criticism": a passive
    "met / greeted with" names a response to its subject, no meeting."""
    if tok.lemma_.lower() not in _MET_WITH or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def non_event(f: Found, triggers: set[int], actors: DocActors) -> str:
    """The name of the rule by which trigger ``f`` names no act at all, or "": the first that
    holds, in the order of ``_rules`` (the rules after it are not asked)."""
    return next(_rules(f, triggers, actors), "")


def _rules(f: Found, triggers: set[int], actors: DocActors) -> Iterator[str]:
    """The names of the rules by which ``f`` names no act, in turn: the caller stops at the
    first that holds (most triggers meet none and all are asked; a hit spares the rest)."""
    if shows_that(f, actors):
        yield "shows_that"
    if label(f):
        yield "label"
    if quoted(f):
        yield "quoted"
    if document_reference(f, triggers):
        yield "document_reference"
    if quantity(f):
        yield "quantity"
    if describes_a_kind(f):
        yield "describes_a_kind"
    if kept_in_place(f):  # "its support remained in place" (lo45)
        yield "kept_in_place"
    if evacuates_own(f):
        yield "evacuates_own"
    if released_home(f):  # "released them and flew them home" (lex32)
        yield "released_home"
    if scarce_act(f):  # "X and Y trade little", "rarely cooperate" (parties57)
        yield "scarce_act"
    if f.entry.pos == "V" and not f.entry.cameo.startswith("13") and met_with(f.tok):
        yield "met_with"
    if withheld_comment(f):
        yield "withheld_comment"
    if withheld_information(f):  # "gave no reaction" (p13)
        yield "withheld_information"
    if asked_question(f):
        yield "asked_question"
    if asked_by_reporters(f):  # "X, asked about Y, said" (practice10)
        yield "asked_by_reporters"
    if warned_of_others(f):
        yield "warned_of_others"
    if warned_verdict(f):
        yield "warned_verdict"
    if warned_forecast(f, actors):
        yield "warned_forecast"
    if warned_of_anothers_act(f, triggers, actors):  # (lo39)
        yield "warned_of_anothers_act"
    if warned_plight(f):  # "warned that Y faced a risk of ..." (p13)
        yield "warned_plight"
    if warned_trend(f):  # "warned that arrears were growing" (lo49)
        yield "warned_trend"
    if warned_stateless_group(f, actors):  # (clauses32, H)
        yield "warned_stateless_group"
    if warned_group_clause(f):
        yield "warned_group_clause"
    if warned_against(f):  # "warned Y against V-ing" (clauses38, B)
        yield "warned_against"
    if warned_against_act(f):  # its act warned against (c38, B)
        yield "warned_against_act"
    if charged_individuals(f, actors):  # "charged N traders" (c38, A)
        yield "charged_individuals"
    if charged_act(f, actors):  # "face charges of V-ing" (c38, A)
        yield "charged_act"
    if disavowed_conflict(f):
        yield "disavowed_conflict"
    if carried_cargo(f, triggers):
        yield "carried_cargo"
    if offers_no_act(f, triggers):
        yield "offers_no_act"
    if reaching_measure(f, triggers):
        yield "reaching_measure"
    if framed_by_means(f, triggers):
        yield "framed_by_means"
    if sent_to_fight(f):
        yield "sent_to_fight"
    if judged_measure(f):
        yield "judged_measure"
    if judged_goal(f):
        yield "judged_goal"
    if bounding_scene(f):
        yield "bounding_scene"
    if judged_threat(f):  # "X's threat is not idle" (leftovers38)
        yield "judged_threat"
    if opinion_agreement(f):  # "say that they agree" (c34, F)
        yield "opinion_agreement"
    if asked_nothing(f):  # "asked for little in return" (c34, F)
        yield "asked_nothing"
    if judged_act_noun(f):  # "X's pledges have been generous" (c35)
        yield "judged_act_noun"
    if f.entry.pos == "V" and gave_up_act(f.tok):  # "gave up V-ing" (c35)
        yield "gave_up_act"
    if generic_when(f):  # "freezes grants when journalists are arrested"
        yield "generic_when"
    if received_none(f):  # "received no request from Y" (lo52)
        yield "received_none"
    if same_buyers(f):  # "sell much the same N to the same buyers" (c41)
        yield "same_buyers"
