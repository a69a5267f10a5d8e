"""The words that mark an event's factuality (negators, modals, hedging and reporting adverbs and
modifiers, governors that deny, open or report what they govern), apart from the rule in
:mod:`realpolitik.extract.factuality` that reads them, so the rule reads in one screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


NEGATORS = frozenset({"not", "never", "n't", "no", "neither", "nor"})
MODALS = frozenset(
    {"could", "might", "may", "would", "should", "can", "must", "will", "wo", "'ll", "shall", "ca"}
)
POSSIBLE_ADV = frozenset({"possibly", "perhaps", "potentially", "likely", "probably", "maybe"})
REPORTED_ADV = frozenset({"reportedly", "allegedly", "purportedly", "apparently", "supposedly"})
POSSIBLE_MOD = frozenset(
    {
        "potential",
        "possible",
        "planned",
        "proposed",
        "future",
        "prospective",
        "likely",
        "hypothetical",
    }
)
REPORTED_MOD = frozenset({"alleged", "reported", "purported", "suspected", "rumoured", "rumored"})
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
NEG_GOVERNORS = frozenset({"refuse", "deny", "fail", "decline", "refusal", "denial", "failure"})
DENIALS = frozenset({"deny", "denial"})  # not denying is no assertion either: "did not deny"
_EXCLUDING = frozenset({"rule", "exclude"})  # "ruled out / excluded sending troops"
POSSIBLE_GOVERNORS = frozenset(
    {
        "plan", "expect", "intend", "hope", "want", "wish", "seek", "propose", "consider",
        "aim", "prepare", "try", "attempt", "prospect", "possibility", "chance", "risk",
        "likelihood", "potential", "proposal", "offer", "threaten", "threat", "urge", "ask",
        "demand", "likely", "able", "ready", "willing", "set", "due", "poised", "poise", "eager",
        "fear", "warn", "predict", "scenario", "idea", "option", "would", "could", "might",
        "invite", "invitation", "encourage", "persuade", "unlikely", "countdown", "prelude",
    }
)  # fmt: skip
# "paved / cleared / opened the way for the return of sanctions on Y": the act is ahead, as in
# "a countdown to the return of sanctions" (practice26, class NA).
PAVING = frozenset({"pave", "clear", "open", "prepare"})
CAPABLE = frozenset({"place", "placed", "position", "positioned", "equipped", "qualified"})
# "X moved to annex Y's territory": a move toward an act, as "plans to V" (GUIDE: planned, not
# done), leaves the act `possible` (lexicon64); only over an infinitive ("moved troops" is no move
# toward an act).
MOVED_TOWARD = frozenset({"move"})
REPORT_GOVERNORS = frozenset(
    {
        "say", "tell", "report", "claim", "allege", "announce", "state", "add", "note",
        "assert", "insist", "declare", "quote", "confirm", "believe", "suggest", "according",
        "write", "argue", "indicate", "reveal", "disclose", "acknowledge", "admit",
    }
)  # fmt: skip
# Speech verbs that report only a clause ("X maintained / stressed / reiterated that Y had V-ed"
# is X's report, as "said that"); their objects stay X's own acts ("maintained its troops in Y",
# "reiterated its support"), so they are no ``REPORT_GOVERNORS`` (leftovers42).
CLAUSE_REPORTERS = frozenset(
    {
        "maintain", "stress", "reiterate", "repeat", "emphasise", "emphasize", "contend",
        "reaffirm", "underline", "underscore", "affirm",
    }
)  # fmt: skip
# Verbs that tell of an act named by a noun ("India told of / spoke of the arrest of its
# nationals in Qatar"): the act is the teller's report, as "reported the arrest" (parties41).
TELLING_OF = frozenset({"tell", "speak"})
# Speech verbs in the third person that the tagger reads as plural nouns before a clause
# ("Armenia claims Azerbaijan shelled ...": "claims" an adverbial noun of "shelled").
SPEECH_FORMS = frozenset({"claims", "alleges", "says", "insists", "asserts", "contends"})
_DENYING = frozenset({"no", "neither"})
# Epistemic modals: "might not approve" leaves the approval open (possible), where "did not",
# "cannot", "could not" deny it.
EPISTEMIC = frozenset({"might", "may"})
_CLAUSAL = frozenset(
    {"ccomp", "xcomp", "parataxis", "acl", "pcomp", "pobj", "dobj", "nsubj", "conj"}
)
_STOP = frozenset({"relcl", "advcl"})
# Nouns that weigh a stand-in against an act named in their "for"/"to" phrase: "no substitute
# for X's aid", "no alternative to Y's support" deny the stand-in, not the act.
STAND_INS = frozenset({"substitute", "replacement", "alternative", "match", "equivalent"})
# Verbs that weigh one act against another: their hedge or negation weighs, it does not make the
# subject's act (or the object's) hypothetical or undone.
WEIGHING = frozenset({"match", "rival", "equal", "replace", "substitute", "outweigh"})
# Verbs that "stop short of" / "fall short of" an act: the act is not done.
SHORT_OF = frozenset({"stop", "fall"})
# Verbs whose negation affirms their infinitive: "will not hesitate to retaliate" commits to it.
NOT_HESITATING = frozenset({"hesitate"})
# "X attacked Y, officials said": how the parser hangs a trailing report on the clause.
_TRAILING = frozenset({"parataxis", "advcl"})
# Arcs besides clauses through which a governor's meaning reaches the act: "a visit is expected",
# "prospects of an attack", "the planned talks".
_GOVERNED = frozenset({"prep", "advmod", "amod", "npadvmod", "attr", "oprd", "nsubjpass"})


# Subordinators of a time or circumstance clause: "..., a week after X announced sanctions"
# sets the scene; it does not attribute the main clause ("..., as officials said" does).
SCENE_MARKS = frozenset(
    {"after", "before", "since", "until", "till", "when", "while", "because", "although",
     "though", "once", "if", "unless", "whereas"}
)  # fmt: skip


# Verbs of giving up a stance, and the stances they give up: "dropped / withdrew its objection"
# ends it (no act), "had not dropped its objection" keeps it (asserted).
GIVING_UP = frozenset({"drop", "withdraw", "retract", "abandon", "rescind"})
HELD = frozenset({"objection", "protest", "complaint", "demand", "claim", "accusation",
                  "allegation", "opposition", "reservation", "veto", "request", "challenge",
                  "lawsuit", "threat", "ultimatum"})  # fmt: skip
# Governors of a resolve (leftovers36): "X has resolved / is determined to attack Y",
# "X made up its mind to attack Y" state a decision, not the act; the act it governs as a
# to-infinitive is `possible` (GUIDE rule 4), never asserted. Only the infinitive: "decided
# that", "resolved the dispute", "determined that Y had fired" are other readings.
RESOLVING = frozenset({"resolve", "determined", "resolved", "determine"})


def resolved_to(head: Token, tok: Token) -> bool:
    """``tok`` is the to-infinitive of a resolve: "resolved to V", "is determined to V", "made
    up its mind to V" (the parser hangs that one as an adverbial clause of "made")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ not in ("xcomp", "advcl") or tok.head.i != head.i:
        return False
    if head.lemma_.lower() in RESOLVING:
        return True
    kids = {(c.dep_, c.lemma_.lower()) for c in head.children}
    return head.lemma_.lower() == "make" and ("prt", "up") in kids and ("dobj", "mind") in kids
