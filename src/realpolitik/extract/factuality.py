"""Factuality of an event trigger: asserted, reported, possible or negated.

Analysis prose hedges ("could", "prospects of", "if") and attributes ("X said that ...",
"according to"); an analyst must not count a hypothetical attack as an attack. The rule is
local and transparent: look at the trigger's own modifiers first, then climb the dependency
tree one governor at a time; the NEAREST marker decides. At one level, negation beats modality,
and modality beats attribution ("Seoul said Pyongyang could send troops" is possible).

- negated: "not", "never", "no" on the trigger; governed by "refuse", "deny", "fail", "decline"
  or "rule out" ("refused to sign" is the negation of signing, not a rejection event); "did not
  rule out" is possible;
- possible: modal or future auxiliaries (could, might, may, would, should, can, must, will),
  "if"/"unless"/"whether" clauses, "potential"/"possible"/"planned"/"proposed" modifiers,
  governors such as "plan", "expect", "hope", "want", "prospects of", "possibility of";
- reported: "reportedly", "allegedly", "alleged", "according to", and clauses under speech and
  report verbs ("say", "tell", "report", "claim", "announce", ...);
- asserted otherwise. Relative and adverbial clauses stop the climb: "the troops that attacked
  the town" is not hedged by the main clause.

The words the rule reads are in ``_factuality_words.py``; conditions opened by inversion in
``_inverted_conditions.py``; acts called off in ``_called_off.py`` (re-exported here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._accused_conjunct import (
    ACCUSING,
    accused_arc,
    complained_arc,
    penalty_reason_arc,
    verb_above,
)
from realpolitik.extract._called_off import called_off as called_off
from realpolitik.extract._clause_bounds import clause_apart
from realpolitik.extract._denied_charge import answered_accusation, appositive_denial
from realpolitik.extract._denying_subjects import not_one_subject
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._double_negatives import negated_ending
from realpolitik.extract._factuality_words import (
    _CLAUSAL,
    _DENYING,
    _EXCLUDING,
    _GOVERNED,
    _STOP,
    _TRAILING,
    CLAUSE_REPORTERS,
    CONDITIONAL,
    DENIALS,
    EPISTEMIC,
    MOVED_TOWARD,
    NOT_HESITATING,
    PAVING,
    POSSIBLE_ADV,
    POSSIBLE_MOD,
    REPORTED_ADV,
    REPORTED_MOD,
    SCENE_MARKS,
    SHORT_OF,
    SPEECH_FORMS,
    STAND_INS,
    TELLING_OF,
    WEIGHING,
    resolved_to,
)
from realpolitik.extract._factuality_words import CAPABLE as CAPABLE
from realpolitik.extract._factuality_words import GIVING_UP as GIVING_UP
from realpolitik.extract._factuality_words import HELD as HELD
from realpolitik.extract._factuality_words import MODALS as MODALS
from realpolitik.extract._factuality_words import NEG_GOVERNORS as NEG_GOVERNORS
from realpolitik.extract._factuality_words import NEGATORS as NEGATORS
from realpolitik.extract._factuality_words import POSSIBLE_GOVERNORS as POSSIBLE_GOVERNORS
from realpolitik.extract._factuality_words import REPORT_GOVERNORS as REPORT_GOVERNORS
from realpolitik.extract._future_time import future_time_clause
from realpolitik.extract._inverted_conditions import inverted_clause as inverted_clause
from realpolitik.extract._inverted_conditions import inverted_condition
from realpolitik.extract._knowledge_topics import TOPIC_PREPS, knowledge_noun
from realpolitik.extract._passed_over import passed_over, unfulfilled
from realpolitik.extract._pos import ADJ, AUX, NOMINAL, PRON, PROPN, VERBAL
from realpolitik.extract._reported_content import reported_content
from realpolitik.extract._tree import any_form, doc_forms, sentence_words
from realpolitik.extract._undone_plans import undone_plan
from realpolitik.extract._words import CARRYING_VERBS, LIGHT_VERBS
from realpolitik.models import Factuality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _reporting_clause(verb: Token) -> bool:
    """ "..., officials said": a speech verb with a speaker of its own (not "..., saying ...",
    nor "..., days after X announced ...")."""
    return (
        verb.lemma_.lower() in REPORT_GOVERNORS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in verb.children)
    )


def _comma_clause(c: Token) -> bool:
    """ "X attacked Y, officials reported": a trailing report the parser hangs as the act's
    clausal complement, set off by a comma."""
    if c.dep_ != "ccomp":
        return False  # (no edge read for any other clause)
    lo = c.left_edge.i
    return lo > 0 and "," in (c.doc[lo].text, c.doc[lo - 1].text)


def _level(
    tok: Token,
    negation: bool = True,
    modality: bool = True,
    own_clause: bool = False,
    conjunct: int = -1,
) -> Factuality | None:
    """A marker among ``tok``'s own children, if any (negation first, then modality; a negated
    epistemic modal, "might not", is possible). ``own_clause``: the act is a conjunct with a
    tense of its own, which the clause's hedges miss but its reporter still reaches.
    ``conjunct``: the act is the conjunct at that token, with its own subject; an "according
    to X" that closes the first clause before it (not one that opens the sentence) ("Y asked X ..., according to Z, and X
    promised ...") reports the first clause only (issue 9 round 30, clauses36: fresh24's K)."""
    found: Factuality | None = None
    negated = epistemic = False
    for c in tok.children:
        low = c.lower_
        dep = c.dep_
        if dep == "neg" or (low in NEGATORS and dep in ("det", "advmod", "neg", "preconj")):
            negated = negated or negation
            continue
        if dep == "advmod" and low == "longer" and any(g.lower_ == "no" for g in c.children):
            negated = negated or negation  # "Egypt no longer buys Russian wheat"
            continue
        if dep == "aux" and low in EPISTEMIC:
            epistemic = True
        if found == "possible":
            continue
        if modality and (
            (dep == "aux" and low in MODALS)
            or (dep == "mark" and low in CONDITIONAL)
            or (dep == "advmod" and low in POSSIBLE_ADV)
            or (dep in ("amod", "compound") and low in POSSIBLE_MOD)
        ):
            found = "possible"
        elif found is None and (modality or own_clause) and _reporting_mark(tok, c):
            found = "reported"  # (a clause of its own keeps who reports it, practice7 CF)
        elif found is None and dep == "prep" and low == "according" and not tok.i < c.i < conjunct:
            found = "reported"
    if negated:
        return "possible" if epistemic and modality else "negated"
    return found


def _reporting_mark(tok: Token, c: Token) -> bool:
    """``c``, a child of ``tok``, reports ``tok``'s clause: a trailing "..., officials said", a
    fronted "Officials say", "reportedly", "alleged"."""
    dep, low = c.dep_, c.lower_
    return (
        ((dep in _TRAILING or _comma_clause(c)) and c.i > tok.i and _reporting_clause(c))
        or (dep == "npadvmod" and low in SPEECH_FORMS and c.i < tok.i)
        or (dep == "advmod" and low in REPORTED_ADV)
        or (dep in ("amod", "compound") and low in REPORTED_MOD)
    )


_MOTION = frozenset({"leave", "travel", "arrive", "fly", "go", "head", "come", "return"})


def _carries(verb: Token, via_prep: bool) -> bool:
    """A light verb carries its object's act ("did not hold talks"); through a preposition only
    a verb of motion does ("will not go on the visit", but "will not make up for X's aid")."""
    lemma = verb.lemma_.lower()
    return lemma in CARRYING_VERBS and (not via_prep or lemma in _MOTION)


def _anothers_act(noun: Token) -> bool:
    """An event noun whose doer is named on it, not by a pronoun of the clause's subject:
    "Europe's aid", "Western support", "an attack by X" (but "its support": the subject's own)."""
    if noun.pos not in NOMINAL:
        return False
    for c in noun.children:
        if c.dep_ == "poss" and c.pos != PRON:
            return True
        if c.dep_ in ("amod", "compound") and c.pos in (PROPN, ADJ) and c.text[:1].isupper():
            return True
        if c.dep_ == "prep" and c.lower_ == "by":
            return True
    return False


def _no_subject(verb: Token, words: frozenset[str] = frozenset({"no"})) -> bool:
    """ "No country has recognised it": a subject that denies the act."""
    doc = verb.doc
    if doc_forms(doc).isdisjoint(words):
        return False  # no denying word in the parse: no walk over the verb's subjects
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and any_form(doc, c.left_edge.i, c.i + 1, words):
            return True
    return False


def _negated(verb: Token) -> bool:
    """ "did not confirm", "neither side confirmed", "no official confirmed"."""
    return any(c.dep_ == "neg" for c in verb.children) or _no_subject(verb, _DENYING)


def _governed_infinitive(tok: Token) -> bool:
    """An infinitive without a subject of its own under a governor of possibility: the parser
    hangs "is set / poised to expel" as an adverbial clause, yet it is the governor's
    complement; so it hangs advice ("would do better / well to offer talks")."""
    return (
        (tok.head.lemma_.lower() in POSSIBLE_GOVERNORS or _advice(tok.head) or _moved_to(tok.head))
        and to_infinitive(tok)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _moved_to(verb: Token) -> bool:
    """ "X moved to expel ...", parsed as a purpose clause: a move with no object of its own
    ("moved troops to the border to deter Y" is a purpose) toward the act (lexicon64)."""
    return verb.lemma_.lower() in MOVED_TOWARD and not any(c.dep_ == "dobj" for c in verb.children)


# Advice, not news: "X would do better / well to offer talks", "X had better impose sanctions".
ADVICE = frozenset({"better", "well", "best"})


def _advice(verb: Token) -> bool:
    """ "would do better to", "had better": the verb carries an adverb of advice and a modal or
    "had"; what it advises is possible."""
    if doc_forms(verb.doc).isdisjoint(ADVICE):
        return False  # no adverb of advice in the parse: no walk over the verb's children
    kids = list(verb.children)
    if not any(c.dep_ == "advmod" and c.lower_ in ADVICE for c in kids):
        return False
    if verb.lemma_.lower() == "do":
        return any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids)
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in kids)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _known_topic(prep: Token) -> bool:
    """ "details (information) about the strike on Y": a definite act that knowledge is about,
    whose telling withheld or hedged is no hedge or negation of the act (leftovers44; "no
    information about any strike" stays with the climb)."""
    if not knowledge_noun(prep.head):
        return False
    return any(
        p.dep_ == "pobj" and any(d.dep_ == "poss" or d.lower_ in _DEFINITE for d in p.children)
        for p in prep.children
    )


def factuality_of(token: Token, *, sent: Span | None = None) -> Factuality:
    """Factuality of the event whose trigger is ``token`` (a verb or an event noun).

    A hedge or negation governs its own clause: an event noun that names another's act or a
    topic as the argument of a verb other than a light verb ("cannot substitute for Europe's
    aid", "may undermine Western support") is not hedged or negated by that verb, only by what
    the verb itself means ("feared an invasion", "denied the attack") or by who reports it;
    the subject's own act ("did not reaffirm its support", "could retaliate with strikes")
    is. A negated report verb
    ("neither side confirmed the transfer", "did not confirm that ...") leaves the act open.
    A negated hesitation affirms its act ("would not hesitate to strike" commits to it, "did not
    hesitate to strike" did it); "hesitated to strike" leaves it undone (possible).
    ``sent``: the token's sentence, when the caller holds it (``token.sent`` reads the parse).
    """
    tok = token
    negation = modality = True
    via_object = via_prep = False
    if inverted_condition(token, sent) or undone_plan(token):
        return "possible"  # "Were X to cut gas to Y", "had intended to travel to Y"
    if token.pos in VERBAL and (_no_subject(token) or not_one_subject(token)):
        return "negated"  # "neither side admits it", "no country / not one state protested"
    unhesitating = False  # "would not hesitate to strike": the negation is of the hesitation
    own_clause = False
    conjunct = -1  # (the conjunct with its own subject the walk came up from)
    told_in = -1  # the report noun whose "that" clause the walk came up from ("reports that")
    for _ in range(8):
        if negation and (passed_over(tok) or unfulfilled(tok)):
            return "negated"  # "rather than hand it to X" (lex14); "threat to V, never carried out"
        mark = _level(tok, negation and not unhesitating, modality, own_clause, conjunct)
        if mark is not None:
            return mark
        if tok.i == told_in:
            negation = modality = False  # "has not commented on reports that ...": told, not denied
        if modality and _advice(tok) and tok.lemma_.lower() != "do":
            return "possible"  # "Tokyo had better impose sanctions"
        dep = tok.dep_
        if told_in < 0 and reported_content(tok):
            told_in = tok.head.i  # "reports that X sold jets to Y": X's act is reported (lo49)
        if dep == "prep" and tok.lower_ in TOPIC_PREPS and _known_topic(tok):
            negation = modality = False  # "gave no details about the strike on Y" (lo44)
        head = verb_above(tok)  # (the accuser's "put", hung on "accused X of moving")
        unhesitating = head.lemma_.lower() in NOT_HESITATING and (
            dep == "xcomp" or (dep == "advcl" and any(c.lower_ == "to" for c in tok.children))
        )  # (the parser may hang "hesitated to strike" as an adverbial clause)
        if unhesitating and not _negated(head):
            return "possible"  # "Israel hesitated to strike": not done
        if not unhesitating and negated_ending(tok) is not None:
            unhesitating = True  # "has not stopped / never ceased accusing Y": it goes on
        if resolved_to(head, tok):
            return "possible"  # "has decided / made up its mind to attack Y" (leftovers36)
        if (dep == "advcl" and _governed_infinitive(tok)) or future_time_clause(tok):
            return "possible"  # "X is set to expel ..." as an advcl; "when the two meet" (FT)
        if head.i == tok.i or dep in _STOP or clause_apart(head, tok):
            break
        if dep == "ccomp" and appositive_denial(head, tok):
            negation = False  # "accused Y of Z, a charge Y has not denied": it stands (l45)
        if (answered := answered_accusation(tok)) is not None:
            tok = answered  # "..., which Y denies": the denial is told as the accusation (l45)
            continue
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "Manila did not invoke the treaty, but both governments condemned ...": a clause
            # with its own subject has its own hedges; only who reports it still counts
            negation = modality = False
            conjunct = tok.i
        if dep == "conj" and own_finite_clause(tok):
            negation = modality = False
            own_clause = True
        if dep in _CLAUSAL or dep in _GOVERNED:
            lemma = head.lemma_.lower()
            governed = dep in ("xcomp", "ccomp", "acl", "dobj", "pobj")
            if lemma in NEG_GOVERNORS and governed and not appositive_denial(head, tok):
                if lemma in DENIALS and _negated(head):
                    return "possible"  # "X did not deny that Y ...": left open (lex14)
                return "negated"  # (not "..., a charge Y denied")
            if lemma == "short" and tok.lower_ == "of" and head.head.lemma_.lower() in SHORT_OF:
                return "negated"  # "stopped / fell short of ordering a ceasefire": not done
            if lemma in _EXCLUDING and dep in ("xcomp", "dobj", "pcomp", "ccomp"):
                # "did not / refused to rule out supplying" leaves it open (lex16: "did not
                # exclude sending" too); "ruled out supplying" denies it
                refused = head.dep_ == "xcomp" and head.head.lemma_.lower() in NEG_GOVERNORS
                negated_rule = any(c.dep_ == "neg" for c in head.children) or refused
                return "possible" if negated_rule else "negated"
            if dep == "xcomp" and (lemma in CAPABLE or (lemma == "be" and head.pos == AUX)):
                return "possible"  # "is to phase out its aid" (lex16), "is well placed to host"
            if dep == "xcomp" and lemma in MOVED_TOWARD and to_infinitive(tok):
                return "possible"  # "moved to annex the region": toward the act (lexicon64)
            if lemma in POSSIBLE_GOVERNORS and dep not in ("nsubj", "conj"):
                return "possible"
            if dep == "prep" and _ahead_of(head, tok):
                return "possible"  # "a countdown to / paved the way for the return of ..." (p26)
            if lemma == "call" and dep == "prep" and tok.lower_ in ("for", "on"):
                return "possible"  # "called for talks" (but "called it an escalation")
            if lemma in ACCUSING and accused_arc(tok):
                return "reported"  # "accused X of shelling ...": the accuser's claim
            if complained_arc(lemma, tok):
                return "reported"  # "protested that Y had V-ed": the complainer's claim
            if penalty_reason_arc(lemma, tok):
                return "reported"  # "fined the crew for violating ...": the fine's charge
            report_arc = dep in ("ccomp", "parataxis") or (
                dep == "dobj" and lemma not in LIGHT_VERBS and tok.pos in NOMINAL
            )
            told_of = dep == "prep" and tok.lower_ == "of" and lemma in TELLING_OF
            telling = told_of or lemma in REPORT_GOVERNORS  # ("spoke of the arrest of ...")
            if lemma in CLAUSE_REPORTERS and dep in ("ccomp", "parataxis"):
                telling = True  # "maintained that Y had shelled ...", as "said that" (lo42)
            if telling and report_arc and _writers_clause(tok):
                negation = modality = False  # "A says X, yet no one has Y": the writer's Y
            elif telling and (report_arc or told_of):
                return "possible" if _negated(head) else "reported"
        if dep == "dobj" and head.lemma_.lower() in GIVING_UP and tok.lemma_.lower() in HELD:
            negation = False  # "had not dropped its objection": the objection stands (lex17)
        # "Western support ... has not wavered": a subject is not negated by its verb.
        negation = negation and dep not in ("nsubj", "nsubjpass")
        if dep == "nsubj" and head.lemma_.lower() in WEIGHING and _anothers_act(tok):
            modality = False  # "Seoul's aid cannot match Warsaw's deliveries": both stand
        # "cannot substitute for Europe's aid": the noun is an argument, not the hedged act
        if dep in ("dobj", "pobj"):
            via_object = _anothers_act(tok) or (dep == "pobj" and head.lower_ != "with")
            via_prep = dep == "pobj"
        elif dep != "prep":
            via_object = via_prep = False
        if via_object and head.pos in VERBAL and not _carries(head, via_prep):
            negation = modality = False
        elif via_prep and via_object and head.lemma_.lower() in STAND_INS:
            negation = modality = False  # "is no substitute for X's aid": the aid stands
        tok = head
    return "reported" if told_in >= 0 or _misread_trailing_report(token, sent) else "asserted"


# The nouns that put what their "to" / "for" phrase names ahead (practice26, class NA).
_AHEAD = {"countdown": "to", "way": "for"}


def _ahead_of(head: Token, prep: Token) -> bool:
    """ "starting a countdown to the return of sanctions", "paved the way for new tariffs": the
    phrase hung on the noun, or on the verb whose object the noun is (the parser does both);
    "the way" only after a verb that paves it."""
    if head.lemma_.lower() in ("countdown", "way") and head.dep_ == "dobj":
        noun, verb = head, head.head
    elif head.pos in VERBAL:
        found = next((k for k in head.children if k.dep_ == "dobj"), None)
        if found is None:
            return False
        noun, verb = found, head
    else:
        return False
    word = noun.lemma_.lower()
    if _AHEAD.get(word) != prep.lower_:
        return False
    return word != "way" or verb.lemma_.lower() in PAVING


# Coordinators after which a clause is the writer's, not one more thing the speaker said.
_WRITERS_CC = frozenset({"yet", "but", "while", "whereas"})


def _writers_clause(clause: Token) -> bool:
    """ "A and B say they could deploy troops, yet no government has committed a brigade": a
    second complement the parser hangs on the speech verb after its first one and a "yet" or
    "but" of its own, with no "that", is the writer's clause conjoined to the report."""
    if clause.dep_ != "ccomp" or any(c.dep_ == "mark" for c in clause.children):
        return False
    verb = clause.head
    kids = [c for c in verb.children if c.i < clause.i]
    cc = next((c for c in reversed(kids) if c.dep_ == "cc"), None)
    if cc is None or cc.lower_ not in _WRITERS_CC:
        return False
    return any(c.dep_ == "ccomp" and c.i < cc.i for c in kids) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
# A finite verb cannot share the auxiliary of a bare infinitive or a progressive it is conjoined
# to: "did not attend the summit and criticized Greece" (not "... and criticize").
_OWN_TENSE = frozenset({"VBD", "VBZ"})
_SHARES_AUX = frozenset({"VB", "VBG"})
_TENSED = frozenset({"VBZ", "VBD", "VBP"})
_NOR = frozenset(
    {"nor", "or", "neither", "either"}
)  # a perfect "has / had / have" of the conjunct's own


def own_finite_clause(conj: Token) -> bool:
    """ "Turkey did not attend the summit and criticized Greece", "was not targeting civilians
    and blamed the army": a finite conjunct of a verb that carries its own auxiliary is a clause
    of its own; the auxiliary's negation or modal does not reach it."""
    head = conj.head
    if (
        conj.tag_ in _OWN_TENSE
        and head.tag_ in _SHARES_AUX
        and any(c.dep_ == "aux" for c in head.children)
    ):
        return True
    # "France will expel N diplomats and has recalled its ambassador": a conjunct with a
    # perfect auxiliary of its own ("has", "had") states its own time (practice7, CF)
    # ("if X invades and has ...": a condition over both is read, so no head with a "mark")
    # ("has neither V-ed nor has it W-ed", "... or has it": the coordinator carries the hedge)
    return (
        conj.i > head.i
        and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children)
        and not any(
            c.dep_ == "mark" or (c.dep_ in ("cc", "preconj") and c.lower_ in _NOR)
            for c in head.children
        )
        and any(
            c.dep_ == "aux" and c.tag_ in _TENSED and c.lemma_ == "have" and head.i < c.i < conj.i
            for c in conj.children
        )
    )


def _misread_trailing_report(token: Token, sent: Span | None = None) -> bool:
    """ "Cairo demanded compensation, state media confirmed on Tuesday": a trailing report the
    parser hangs off the act's clause in a way ``_level`` does not read still reports it: as an
    apposition or a second object (the speech verb their modifier), or as a relative clause of
    the object or a conjunct of the act (a speaker of its own, no relative pronoun, no "and",
    no scene mark). Either way the speech verb has no object and ends the sentence."""
    sent = token.sent if sent is None else sent
    if REPORT_GOVERNORS.isdisjoint(sentence_words(sent)):
        return False  # no speech verb in the sentence (most: no walk over their tokens)
    for t in token.doc[token.i : sent.end]:  # (from the act on: only what follows it)
        if t.dep_ in ("appos", "dobj") and _after_comma(t):
            if any(v.dep_ == "acl" and _bare_report(v, token) for v in t.children):
                return True
        elif t.dep_ in ("relcl", "conj") and t.i > token.i and token.i in (t.head.i, t.head.head.i):
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if (
                subject is not None
                and subject.i < t.i
                and subject.lower_ not in _RELATIVES
                and not any(c.dep_ == "cc" for c in t.children)
                and _reporting_clause(t)
                and _after_comma(t)
                and _bare_report(t, token)
            ):
                return True
    return False


def _after_comma(t: Token) -> bool:
    lo = t.left_edge.i
    return lo > 0 and t.doc[lo - 1].text == ","


def _bare_report(verb: Token, token: Token) -> bool:
    """A speech verb with no object of its own that ends ``token``'s sentence."""
    return (
        verb.lemma_.lower() in REPORT_GOVERNORS
        and not any(c.dep_ in ("dobj", "ccomp", "agent", "xcomp") for c in verb.children)
        and verb.right_edge.i >= token.sent.end - 2
    )
