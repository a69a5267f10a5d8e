"""Factuality the governor climb of ``factuality_of`` misreads, and the speech acts a speaker
performs by declaring them.

- A passive exclusion: "sending troops could not be ruled out" leaves the act open (possible),
  "a deployment was ruled out" denies it (negated); the act is the passive subject of "rule
  out" / "exclude", an arc the climb does not follow (GUIDE rule 4).
- Governors the climb does not see: "is scheduled / slated / about / negotiating / looking /
  pushing to", "is weighing / mulling sanctions" and "the upcoming / impending visit" leave the
  act possible; "has / is yet to", "avoided / refrained from" and a clause after "nor" ("...,
  nor has it recalled its envoy") deny it (negated, as "has never" and "refused to").
- Advice: "should not / ought not to / must not V" and "ought to V" leave the act open
  (possible, as "might not"; ``_advised``), never negated or asserted (fact26).
- A demand, disapproval, rejection or verbal support the speaker declares of itself ("X said
  it opposed the plan and condemned Y", "X's ministry said the country rejected the remarks",
  "X said it stood with Y") is performed by saying it and stays asserted (GUIDE rule 3, acts
  announced by the actor's own side); the conjunct shares the first clause's subject and
  speaker. A clause before its speech verb ("Y rejected the note, its ministry said") is a
  report of the act, as the gold codes it; so is a summons ("said it had summoned Y's envoy")
  and a stance told as done before the saying ("said it had condemned").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._advised import advised
from realpolitik.extract._closing_attribution import closing_attribution
from realpolitik.extract._denied_charge import denied_report
from realpolitik.extract._held_back import ceasing_verb, held_back_verb
from realpolitik.extract._pending_acts import in_talks, pending_factuality
from realpolitik.extract._pos import NOUN, VERB, VERBAL
from realpolitik.extract._resisted_calls import resisting_verb
from realpolitik.extract._syntax import child, trailing_participle
from realpolitik.extract._tree import sentence_lowers, token_lowers
from realpolitik.extract._words import EVIDENTIAL, LIGHT_VERBS
from realpolitik.extract.factuality import factuality_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.models import Factuality

# Verbs whose passive subject is an act excluded ("was ruled out", "cannot be excluded").
_EXCLUDING = frozenset({"rule", "exclude"})
_PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
# Arcs from an act's word up to its passive subject ("sending troops": troops -> sending).
_UP = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "compound", "amod"})
_CLIMB = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# "has / had / is / was (still) yet to": the verbs that hold "yet to", and how far to look.
_YET_HOLDERS = frozenset({"have", "be"})
_YET_SPAN = 3
# CAMEO codes of acts performed by saying them: intents and commitments ("X said it was ready /
# willing to hold talks": 03, fact24), demands, disapproval, rejection, threats ("said it was
# prepared to impose sanctions", 13, fact24), denial of a charge, and verbal support (praise, defence, rallying support, recognition, apology, forgiveness).
_SPEECH_ROOTS = frozenset({"03", "10", "11", "12", "13"})
_SPEECH_CODES = frozenset({"016", "051", "052", "053", "054", "055", "056"})
_SELF = frozenset({"it", "we", "they", "he", "she", "i"})
# Verbs of promise whose infinitive the control fold misses when an aspect verb stands between
# ("pledged to keep / continue supplying electricity to Y"): the act is promised, possible
# (fresh15's PA; not the noun: "kept its promise to send aid" is done).
PLEDGING = frozenset({"pledge", "promise", "vow", "swear", "undertake", "commit"})
# Verbs of deliberation: what they weigh is not done ("is weighing / mulling sending troops").
DELIBERATING = frozenset({"weigh", "mull", "contemplate", "ponder", "debate", "explore"})
_WEIGHED = frozenset({"xcomp", "dobj", "ccomp"})
# Governors of a planned or imminent act the climb does not list ("is scheduled / slated /
# about to host", "is negotiating / looking / pushing to buy").
PLANNED = frozenset({"schedule", "slate", "negotiate", "about", "look", "push", "strive"})
# Verbs by which the subject keeps from an act ("avoided criticising X", "refrained from
# condemning X"): the act is not done (negated, as "refused to" is in the climb).
AVOIDING = frozenset({"avoid", "refrain", "shun", "eschew", "forgo", "forego"})
_AVOIDED = frozenset({"xcomp", "dobj", "pcomp", "pobj"})
# Modifiers of an act noun that put it in the future ("the upcoming visit", "an impending
# strike"), besides those the climb reads ("planned", "proposed").
_AHEAD = frozenset({"upcoming", "forthcoming", "impending", "scheduled", "expected",
                    "anticipated", "mooted", "envisaged", "imminent"})  # fmt: skip
_NAMING = frozenset({"PROPN", "NOUN"})
# Verbs by which a doer tells its own act as a gerund ("confirmed / admitted shelling Y"): the
# act is told in its own side's voice, reported as "confirmed that it had shelled" is (GUIDE
# rule 3).
OWNING_UP = frozenset({"confirm", "admit", "acknowledge", "announce", "report", "claim"})
_GERUND_ARCS = frozenset({"xcomp", "dobj", "ccomp"})
# Verbs of appearance: what "X appears / seems to have done" is vouched for by no one.
SEEMING = frozenset({"appear", "seem"})


def speech_code(code: str) -> bool:
    """An act done by saying it (see ``_SPEECH_CODES``)."""
    return code[:2] in _SPEECH_ROOTS or code[:3] in _SPEECH_CODES


def told_deed(tok: Token) -> bool:
    """ "said it had condemned / had summoned", "said it summoned X's envoy": an act told as done
    before the saying (the past perfect), or a summons (a deed, the GUIDE's own example of an
    act announced by the actor's side, reported), is not performed by saying it."""
    verb = tok.head if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else tok
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in kids):  # (not "had to": no aux)
        return True
    lemma = verb.lemma_.lower()
    return lemma == "summon" or (lemma == "call" and any(c.lower_ == "in" for c in kids))


def own_subject(subj: Token, speech: Token) -> bool:
    """A subject that can name the speaker again, which the caller compares with the speaker:
    a pronoun, or a name or noun after the speech verb ("the ministry said India / the country
    rejected ...")."""
    return subj.lower_ in _SELF or (subj.pos_ in _NAMING and speech.i < subj.i)


def stance_clause(tok: Token) -> Token:
    """The clause whose subject and speaker ``tok``'s act shares: up the conjuncts that have no
    subject of their own ("said it opposed A and condemned B": B's is "opposed"); an adjective's
    is its copula's ("said it was ready to hold talks", "was open to talks": "was", fact24)."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "acomp":
        tok = tok.head.head  # "said it was open to talks": "open", then "was"
    if tok.dep_ == "acomp" and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(_CLIMB):
        if tok.dep_ != "conj" or tok.head.i == tok.i or child(tok, "nsubj") is not None:
            break
        tok = tok.head
    return tok


def _excluded_by(tok: Token) -> Token | None:
    """The "rule out" / "exclude" verb whose passive subject states ``tok``'s act."""
    for _ in range(_CLIMB):
        if tok.dep_ in _PASSIVE_SUBJECT:
            break
        if tok.dep_ not in _UP or tok.head.i == tok.i:
            return None
        tok = tok.head
    head = tok.head
    if tok.dep_ not in _PASSIVE_SUBJECT or head.lemma_.lower() not in _EXCLUDING:
        return None
    if head.lemma_.lower() == "rule" and child(head, "prt") is None:
        return None  # "the move was ruled illegal": no exclusion
    return head


def passive_exclusion(tok: Token, sent: Span) -> Factuality | None:
    """ "could not be ruled out" (possible), "was ruled out" (negated), "could be ruled out"
    (possible); None where the act is no passive subject of an excluding verb."""
    verb = _excluded_by(tok)
    if verb is None:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return "possible"
    return "possible" if factuality_of(verb, sent=sent) == "possible" else "negated"


def _governor(tok: Token) -> Factuality | None:
    """What ``tok``'s governor makes of the clause ``tok`` heads (see the module doc)."""
    head, dep = tok.head, tok.dep_
    if dep == "xcomp" and head.lemma_.lower() in PLANNED:
        return "possible"
    if dep == "xcomp" and head.pos == VERB and head.lemma_.lower() in PLEDGING:
        return "possible"  # "pledged to keep supplying power to Y": promised, not done (fact27)
    if dep in _WEIGHED and head.lemma_.lower() in DELIBERATING:
        return "possible"
    if dep in _AVOIDED and head.lemma_.lower() in AVOIDING:
        return "negated"
    pending = pending_factuality(tok)
    if pending is not None:
        return pending  # "has no plans to V" negated; "is in talks to / on the verge of V" possible
    if denied_report(tok) is not None:
        return "negated"  # "dismissed reports that it had sent troops" (leftovers22)
    if held_back_verb(tok) is not None:
        return "negated"  # "refrained / abstained from imposing sanctions" (fact24)
    if ceasing_verb(tok) is not None:
        return "negated"  # "has stopped accusing Y", "gave up criticising Y" (clauses35)
    if resisting_verb(tok) is not None:
        return "negated"  # "resisted the calls to bar Y's lorries" (clauses30: RC)
    if dep == "xcomp" and head.lemma_.lower() in EVIDENTIAL and child(head, "auxpass") is not None:
        return "reported"  # "X is said / believed / reported to have sent troops" (fact24)
    if tok.tag_ == "VBG" and dep in _GERUND_ARCS and head.lemma_.lower() in OWNING_UP:
        return "reported"  # "X confirmed / admitted shelling Y": its own voice (rule 3, fact24)
    if dep == "xcomp" and head.lemma_.lower() in SEEMING:
        return "reported"  # "X appears / seems to have shelled Y", as "apparently" (fact24)
    return None


def _yet_to(verb: Token) -> bool:
    """ "has (still) yet to return", "was yet to reduce": "yet" right before the verb's "to",
    however the parser hangs the "yet" (on the verb or on "has" / "is"); or "has / is" itself
    followed by "yet to", where the parser read the verb after "to" as a noun ("had yet to
    voice displeasure": "voice" a compound of the object of "had")."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0 and verb.doc[to.i - 1].lower_ == "yet":
        return True
    if verb.lemma_.lower() not in _YET_HOLDERS:
        return False
    after = token_lowers(verb.doc)[verb.i + 1 : verb.i + 1 + _YET_SPAN]  # (no Token per word)
    while after and after[0] == "still":
        after = after[1:]
    return after[:2] == ["yet", "to"]


def _nor_clause(verb: Token) -> bool:
    """ "X has not expelled the envoy, nor has it recalled its ambassador": a clause after
    "nor". (A denying subject, "Neither A nor B attended the talks", is left to the climb: the
    PETRARCH2 gold codes such acts, and negating them lowered its check half, fact8.)"""
    if verb.dep_ != "conj":
        return False
    nor = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return bool(nor) and nor[-1].lower_ == "nor"


def _nothing_given(verb: Token) -> bool:
    """ "X sent no troops to Y", "gave no aid", "offered no support": the verb's object denies
    the act (the object noun is read so already; the verb that carries it was not)."""
    obj = child(verb, "dobj")
    return obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)


def _own_verb(tok: Token) -> Token:
    """The verb that states ``tok``'s act: itself, or the light verb whose object it is
    ("attended the talks"; not "condemned the invasion", another's act)."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    if tok.dep_ == "pobj" and in_talks(tok, tok.head.head):
        return tok.head.head  # "is not / could be in talks with Y" (leftovers23)
    return tok


# Modals the tagger can read as other words ("may" as the month's name) when set off by a comma;
# lower case only, so "May," the month or a name is never one.
_LOWER_MODALS = frozenset({"may", "might", "could", "would", "should", "must"})


def _stray_modal(verb: Token) -> bool:
    """ "Taiwan could, officials said, impose tariffs on Y": an attribution set off by commas
    right after the modal makes the parser hang the modal anywhere (on the subject, the speech
    verb, the root); a modal before the verb, followed by a comma and auxiliary to no verb of
    its own, still hedges the verb (leftovers22). Only a word followed by a comma can be one:
    the sentence's forms are read for the commas, with no Token made for the other words."""
    doc, sent = verb.doc, verb.sent
    start, forms = sent.start, sentence_lowers(sent)
    for k in range(start, verb.i - 1):
        if forms[k + 1 - start] != ",":
            continue
        m = doc[k]
        if m.tag_ != "MD":
            if m.text in _LOWER_MODALS:  # "Amman may, officials said, ...": "may" tagged a name
                return True
            continue
        if m.dep_ != "aux" or m.head.i == verb.i or m.head.dep_ == "parataxis":
            return True  # (also hung as the speech verb's own auxiliary)
    return False


def governed(tok: Token) -> Factuality | None:
    """ "India hopes to hold talks", "Egypt is scheduled / about to host talks", "Poland is
    weighing sending troops" (possible), "Kenya has yet to recognise Kosovo" (negated): the
    governor the climb misreads, reached from the act's word up through its verb; None if
    there is none."""
    if tok.pos == NOUN and any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in tok.children):
        return "possible"  # "the upcoming visit by X to Y"
    verb = _own_verb(tok)
    if verb.pos in VERBAL and (_nor_clause(verb) or _nothing_given(verb)):
        return "negated"  # "..., nor has it recalled", "sent no troops", "gave no aid" (fact24)
    if verb.pos in VERBAL and _stray_modal(verb):
        return "possible"  # "X could, officials said, impose tariffs" (leftovers22)
    if verb.i != tok.i and tok.dep_ == "pobj":  # "is not / may be in talks with Y" (l23)
        held = factuality_of(verb, sent=verb.sent)
        if held in ("negated", "possible"):
            return held
    for _ in range(_CLIMB):
        if _yet_to(tok):  # (of any part of speech: "still yet to voice displeasure" can
            return "negated"  # leave the noun the root, with the "to" on it)
        if tok.head.i == tok.i:
            return None
        found = _governor(tok)
        if found is not None or tok.dep_ not in _UP:
            return found
        tok = tok.head
    return None


def scoped_factuality(tok: Token, sent: Span, memo: dict[int, Factuality]) -> Factuality:
    """``rescoped(tok, factuality_of(tok))``, kept in ``memo`` by token: the factuality stage
    (``_act_coding``) and a party stage (``hedged_partner``) both read it for a trigger, and the
    climb is one of the costliest reads of a sentence (the parse does not change between)."""
    fact = memo.get(tok.i)
    if fact is None:
        fact = memo[tok.i] = rescoped(tok, factuality_of(tok, sent=sent), sent)
    return fact


def rescoped(tok: Token, fact: Factuality, sent: Span) -> Factuality:
    """``fact`` (``factuality_of``'s reading of ``tok``) where a passive exclusion or a governor
    above changes it (the nearest marker decides: modality and negation beat attribution)."""
    if fact != "possible" and advised(tok):
        return "possible"  # "should not / ought not to threaten": advice, not denial (fact26)
    if fact in ("negated", "asserted", "reported"):
        excluded = passive_exclusion(tok, sent)
        if excluded is not None:
            return excluded
    if fact in ("asserted", "reported"):
        found = governed(tok) or fact
        if found == "asserted" and _told_participle(tok, sent):
            return "reported"  # "said it had sent a note to Y, accusing Y's guards of" (FA)
        if found == "asserted" and closing_attribution(tok):
            return "reported"  # "detained X, accusing them of ..., according to Y" (G)
        return found
    if fact == "possible" and governed(tok) == "negated":
        return "negated"  # "Serbia is yet to recognise Kosovo" (not "is to recognise")
    return fact


def _told_participle(tok: Token, sent: Span) -> bool:
    """ "The ministry said it had delivered a protest note to Y, accusing Y's guards of ...": a
    trailing participle with no subject or mark of its own, hung on a reported complement
    clause that tells a deed, shares that clause's subject and so its report (fresh15's FA;
    the climb stops at adverbial clauses). So is one hung on the last of coordinated deeds of
    that clause: "Greek boats intercepted a Turkish trawler and detained its crew, accusing them
    of ..., Turkey's ministry said" (fresh19's G; the conjunct shares the clause's subject)."""
    if not trailing_participle(tok):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return False
    head = tok.head
    clause = head
    for _ in range(_CLIMB):
        if clause.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in clause.children):
            break
        clause = clause.head
    if clause.dep_ != "ccomp" or not _deed_told(head) or not _deed_told(clause):
        return False
    return factuality_of(head, sent=sent) == "reported"


def _deed_told(verb: Token) -> bool:
    """A complement that tells a deed done before the saying ("said it had sent / has sent /
    sent a note"), not one the saying announces ("said they were leaving the bloc, accusing it
    of ...": the accusation is made as they speak, asserted)."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect or (verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children))
