"""CAMEO and PLOVER coding conventions: how the codebooks code what the text leaves implicit.

Protests by crowds that name no actor, violence or protest by an unnamed doer in one state,
domestic acts with no other party (their own state is the target), readying force ("prepared to
resume shelling"), and stated future acts (an intent or a threat, not the act) are coded the way
the codebooks code them. Every convention here is stated in the README's "PLOVER conventions".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._conditions import condition_clause
from realpolitik.extract._found import REFUSABLE
from realpolitik.extract._future_time import time_clause_governor
from realpolitik.extract._mentions import Arg
from realpolitik.extract._promised import promised_content
from realpolitik.extract._syntax import LIGHT_VERBS
from realpolitik.extract._triggers import CONTROL_REFINE, Found, refusal_code
from realpolitik.extract.confidence import GUESSED
from realpolitik.models import ActorRef
from realpolitik.ontology import cameo

if TYPE_CHECKING:
    from spacy.tokens import Token

UNNAMED = ActorRef("", "---")  # a doer the text does not name
# Roots whose doer may go unnamed: "three soldiers were killed by a roadside bomb", "a US
# national was put under investigation in Italy" (investigations, coercion and violence).
UNKNOWN_DOER_ROOTS = frozenset({"09", "17", "18", "19", "20"})

_READY_VERBS = frozenset({"prepare", "gear", "poise", "mass"})


def readied_force(f: Found) -> bool:
    """ "The army prepared to resume shelling": getting ready to use force is a military move
    short of force (PLOVER MOBILIZE, CAMEO 150), not a stated threat."""
    if f.code[:2] not in ("18", "19", "20"):
        return False
    tok = f.tok
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "dobj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _READY_VERBS:
            return True
    return False


def crowd_protest(f: Found) -> bool:
    """ "Thousands marched in Algiers", "prisoners rioted", "continued their hunger strike":
    a protest whose crowd names no actor is still news; the crowd is of the state the
    sentence places it in (stage ``locate_unplaced``), and protests at home (``domestic_target``)."""
    if f.code[:2] != "14":
        return False
    tok = f.tok
    return f.entry.pos == "V" or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS)


# Roots of the acts whose unnamed doer acts at its target's home (``unnamed_home``): protest,
# assault, fight, mass violence.
UNNAMED_HOME_ROOTS = frozenset({"14", "18", "19", "20"})


def unnamed_home(a: Arg, b: Arg | None, code: str) -> Arg:
    """Violence or protest by an unnamed doer that the sentence places nowhere else happens
    in its target's state: "a minefield explosion killed two Iraqi youths" is IRQ -> IRQ,
    "fundamentalists began a hunger strike to demand the Algerian president's resignation"
    DZA -> DZA. Not against soldiers (XXXMIL), who are often attacked abroad."""
    if a.ref.code != "---" or b is None or not b.ref.country or b.ref.code.endswith("MIL"):
        return a
    if code[:2] not in UNNAMED_HOME_ROOTS:
        return a
    country = b.ref.country
    return Arg(replace(a.ref, code=country, country=country), a.quality, a.tok)


# PLOVER types that act on someone: a domestic doer with no named other party acts at home.
DOMESTIC_TYPES = frozenset(
    {"CONCEDE", "REJECT", "REQUEST", "ACCUSE", "THREATEN", "PROTEST", "COERCE", "ASSAULT"}
)


def domestic_target(
    src: Arg, code: str, plover: str | None = None, people: bool = False
) -> Arg | None:
    """The doer's own state as target of a domestic act that names no other party.

    "Police arrested 12 demonstrators", "the opposition called off the rally", "students
    protested": a state's own government, party, police or people acting at home; the
    PLOVER convention codes these ISO3 -> same ISO3. Only for actors inside a state (a sector
    or a person: "SDNGOV", "DZAOPP"), never for a bare state (except for protests), an IGO or
    an unknown country; never for meetings, aid or retreats, whose missing counterpart stays
    missing. ``plover``: the event's PLOVER type where its lexicon row sets one; ``people``:
    the doer is a people named by a demonym noun ("Albanians"), not the state itself.
    """
    ref = src.ref
    country = ref.country
    if plover is None:
        plover = cameo(code).plover
    # a protest is a collective act of people, so "Iraqi Kurds demonstrated" (a bare-country
    # demonym) protests at home as much as "students demonstrated" does
    bare_ok = (people or plover == "PROTEST") and len(ref.code) == 3
    if not country or (len(ref.code) <= 3 and not bare_ok) or ref.code[:3] != country:
        return None
    if code == "0831" or plover not in DOMESTIC_TYPES:  # resigning acts on no one
        return None
    return Arg(ActorRef("", country, country), GUESSED, src.tok)


_COMMIT = frozenset({"will", "would", "'ll", "shall", "wo"})
# (not "set", "due": "is set to sign", "are due to meet" tell a schedule, no one's commitment;
# the act itself is `possible`, GUIDE rule 4, lex23, fresh12 class L)
_COMMIT_ADJ = frozenset({"ready", "willing", "prepared", "poised"})
# Modals of a possibility, not a commitment: a conjunct with one of its own does not share the
# "would" of the verb it is conjoined to (issue 9 round 30, clauses36: fresh24's H).
_OWN_MODALS = frozenset({"could", "can", "may", "might"})
_PLAN_VERBS = frozenset(
    {"plan", "intend", "prepare", "decide", "aim", "vow", "pledge", "resolve", "determined"}
    | {"promise", "swear"}
)  # ("resolve", "determined": as "decide", leftovers36; "promise", "swear": as "vow", practice10)


def commitment(tok: Token) -> bool:
    """A stated future act ("will provide", "would allow", "is ready to send"); "would have
    invaded" is a counterfactual, no commitment. An act noun carried by a light verb is stated
    by that verb ("would launch strikes on X")."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in LIGHT_VERBS:
        tok = tok.head
    tok = retaliation_of_means(tok) or tok
    if time_clause_governor(tok) is not None:
        return False  # "will press Y by the time the two meet": the meeting is no one's word
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return False
    for _ in range(3):
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in _COMMIT:
                return True
            if c.dep_ == "aux" and c.lower_ in _OWN_MODALS and tok.dep_ == "conj":
                return False  # "would keep its troops in Z and could send engineers": its own
        if tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
            tok = tok.head
            if tok.lemma_.lower() in _COMMIT_ADJ or tok.lemma_.lower() in _PLAN_VERBS:
                return True
        else:
            return False
    return False


# Verbs of answering whose "by V-ing" names the act that answers ("would retaliate by expelling
# Y's diplomats"): the act is stated by that verb, so its modal is the act's (leftovers29).
_ANSWERING = frozenset({"retaliate", "respond", "react", "reply", "hit", "answer"})


def retaliation_of_means(tok: Token) -> Token | None:
    """The answering verb whose "by" clause ``tok`` is ("would retaliate by expelling": the
    verb "retaliate" for "expelling"); None for any other word."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ != "by":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in _ANSWERING or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() == "hit" and not any(c.lower_ == "back" for c in verb.children):
        return None
    return verb


def future_code(code: str) -> str:
    """A promised cooperative act is an intent (03x); a promised hostile act a threat (13x).

    CAMEO codes stated future acts as intentions and threats; PLOVER files "cooperation
    reported in future tense" under AGREE.
    """
    root = code[:2]
    if root in ("04", "05", "06", "07", "08"):
        return CONTROL_REFINE["03"].get(root, "030")
    if code[:3] == _ADMINISTRATIVE:  # visas, curfews, emergencies: the codebook's 132x mirror
        return _THREAT_ADMINISTRATIVE + code[3:]
    if root in ("14", "15", "16", "17", "18", "19", "20"):
        return CONTROL_REFINE["13"].get(root, "130")
    return code


# CAMEO 172x (impose administrative sanctions: visa bans, curfews, states of emergency) has a
# threat twin sub-code for sub-code in 132x (1721 -> 1321 ... 1724 -> 1324); other 17x acts (arrests, seizures) stay 137.
_ADMINISTRATIVE = "172"
_THREAT_ADMINISTRATIVE = "132"


_PROPOSALS = frozenset({"02", "03"})  # "a proposal for talks", "an offer of aid": the act asked


def would_not(tok: Token) -> bool:
    """ "Israel would not allow aid into Gaza": a refusal (the codebooks' REJECT), not the act
    negated; unless a condition makes it hypothetical ("would not attack if ...")."""
    kids = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in tok.children)
    if negated and kids & _WILL and any(_held_against(c) for c in tok.children):
        return True  # "will not resume talks unless / until Y V-s" (GUIDE rule 5, leftovers35)
    conditional = any(condition_clause(c) for c in tok.children)  # ("should Y ...": l23)
    return negated and bool(kids & {"would", "wo"}) and not conditional


_WILL = frozenset({"will", "would", "wo", "'ll", "shall"})
_HELD_MARKS = frozenset({"unless", "until", "till"})


def _held_against(clause: Token) -> bool:
    """An "unless / until Y V-s" clause with a subject of its own: the condition another party
    must meet before the doer acts, which makes "will / would not V" a refusal held against it
    (GUIDE rule 5's note), not a hypothetical ("would not V if ..." stays one)."""
    return (
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _HELD_MARKS for m in clause.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in clause.children)
    )


def refusal(f: Found) -> bool:
    """Whether ``f``'s act is refused by "would not" (see :func:`would_not`): a cooperative act
    only ("would not comment" rejects no one; "would not attack" is no rejection of anything),
    said by its verb or by the light verb of its event noun ("would not hold talks")."""
    verb = f.tok if f.entry.pos == "V" else _light_verb(f.tok)
    return (
        f.code[:2] in REFUSABLE
        and verb is not None
        and would_not(verb)
        and not promised_content(verb)  # "assured X that it would not let ...": a promise
    )


def _light_verb(noun: Token) -> Token | None:
    """The light verb that carries an event noun ("would not hold talks with X": the talks are
    refused as a verb's act would be)."""
    head = noun.head
    if noun.dep_ != "dobj" or head.lemma_.lower() not in LIGHT_VERBS:
        return None
    return head


def rejected_code(code: str, act: Found | None, inner: Found | None) -> str:
    """The sub-code of a rejection whose object is another act: "rejected the proposal for
    talks" rejects a meeting (125), "rejected the aid offer" material aid (122); a generic 120
    otherwise. ``act``: the rejected act (an event noun); ``inner``: the act it proposes."""
    if code != "120" or act is None:
        return code
    target = inner if act.code[:2] in _PROPOSALS and inner is not None else act
    return refusal_code(target.code)
