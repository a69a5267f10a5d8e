"""Present tense that refers to future time: a temporal clause under a future main clause
(fresh13's class FT).

English puts a temporal clause ("when / once / after / before / until / as soon as / by the
time ...") in the present tense even when its act lies ahead: "he would raise the matter with
NAME when the two meet next month", "X will sign once Y has ratified", "by the time the
ministers meet in Cairo". The clause's own tense says nothing of whether the act took place;
its main clause's does. When that main clause is future or modal, or itself hedged (the
factuality of its verb is `possible`), the temporal clause's act is future too: `possible`
(GUIDE rule 4), never asserted, whatever its parties ("the two" expanding to both directions
stays `possible` both ways). A past tense ("when the two met") or a present main clause ("X
raises it whenever they meet") is left alone.

Reported speech shifts the tenses back one step: "the border will reopen once the two have
agreed" becomes "X said the border would reopen once the two governments had agreed on joint
patrols" (fresh15's FT). Under a past modal ("would", "could", "might", "should") a past perfect
time clause is that shifted present perfect, its act still ahead; the same past perfect under a
plain past ("the border reopened once they had agreed") is done and stays asserted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import VERBAL
from realpolitik.extract._tree import doc_forms, doc_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Subordinators of a time clause whose tense follows the main clause's time.
TIME_MARKS = frozenset({"when", "whenever", "once", "after", "before", "until", "till"})
# Nouns whose relative clause is a time clause: "by the time / the moment / the day they meet".
TIME_NOUNS = frozenset({"time", "moment", "day", "minute"})
# Modal and future auxiliaries of a main clause (negated or not: "will not sign until they
# meet" leaves the meeting ahead all the same).
FUTURE_AUX = frozenset(
    {"will", "would", "shall", "'ll", "wo", "could", "might", "may", "should", "can", "ca",
     "must"}
)  # fmt: skip
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
# Modals of the future seen from the past ("said it would reopen once ...").
PAST_MODALS = frozenset({"would", "could", "might", "should", "'d"})
_CLIMB = 5  # time noun, preposition, a noun or two the phrase hangs on, the verb
_TIME_FORMS = TIME_MARKS | {"soon"}  # (with TIME_NOUNS: what every time clause is read by)


def _timeless(doc: Doc) -> bool:
    """Whether the parse has none of the words a time clause is read by (a mark, "as soon
    as", a time noun): then no verb of it heads one, and no Token need be read."""
    return doc_forms(doc).isdisjoint(_TIME_FORMS) and doc_lemmas(doc).isdisjoint(TIME_NOUNS)


def _present(verb: Token) -> bool:
    """The clause is in the present ("meet", "meets", "is signed", "has ratified"), with no
    modal of its own (a modal makes it `possible` by itself)."""
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in kids):
        return False
    if any(c.tag_ == "VBD" for c in kids):
        return False  # "had met", "was signed"
    if verb.tag_ == "VB" and not kids and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "as soon as A and B sign": a plural present the tagger read as base form
    return verb.tag_ in _PRESENT_TAGS or any(c.tag_ in _PRESENT_TAGS for c in kids)


def _after_time_noun(verb: Token) -> bool:
    """``verb``'s clause follows "the time / the moment" directly ("by the time NAME and NAME
    meet"), whatever arc the parser gave it."""
    i = verb.left_edge.i
    doc = verb.doc
    return i >= 2 and doc[i - 1].lemma_.lower() in TIME_NOUNS and doc[i - 2].lower_ == "the"


def time_clause_governor(verb: Token) -> Token | None:
    """The verb a present-tense time clause hangs on, or None when ``verb`` heads none:
    "... when the two meet" (an adverbial clause marked "when"), "as soon as they sign" (hung
    on "soon"), "by the time the ministers meet" (a relative clause of "time")."""
    if verb.pos not in VERBAL or _timeless(verb.doc) or not _present(verb):
        return None
    head = verb.head
    if verb.dep_ == "advcl":
        marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
        if marks & TIME_MARKS:
            return head
        if "as" in marks and head.lower_ == "soon":  # "as soon as they sign"
            return head.head
        return None
    if verb.dep_ == "conj" and _after_time_noun(verb):
        return head  # "will press Y by the time NAME and NAME meet", misread as a conjunct
    if verb.dep_ == "relcl" and head.lemma_.lower() in TIME_NOUNS:
        gov = head  # "by the time ...": time <- by <- (a noun the phrase hangs on) <- verb
        for _ in range(_CLIMB):
            if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
                break
            gov = gov.head
        return gov if gov.pos_ in ("VERB", "AUX") else None
    return None


def future_main_clause(gov: Token) -> bool:
    """The main clause is future or modal ("will sign", "would raise", "could not meet"), or
    its act is hedged ("is expected to sign", "asked X to release them")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in gov.children):
        return True
    from realpolitik.extract.factuality import factuality_of  # (it asks this module)

    return factuality_of(gov) == "possible"


def _shifted_perfect(verb: Token) -> Token | None:
    """The verb a past perfect time clause ("once the two had agreed") hangs on, when that
    verb carries a past modal ("would reopen", "would be reopened"); None otherwise. So does
    a simple past one, the shifted present ("would be restored once Riga opened an inquiry",
    "would stay shut until the men were freed": clauses35, fresh23's F)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or _timeless(verb.doc):
        return None
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in kids):
        return None
    perfect = any(c.lower_ in ("had", "'d") for c in kids)
    simple = (verb.tag_ == "VBD" and not kids) or (
        verb.tag_ == "VBN"
        and bool(kids)
        and all(c.tag_ == "VBD" and c.dep_ == "auxpass" for c in kids)
    )
    if not perfect and not simple:
        return None
    gov = verb.head
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if "as" in marks and gov.lower_ == "soon":
        gov = gov.head  # "as soon as the two had signed"
    elif not marks & TIME_MARKS:
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in PAST_MODALS for c in gov.children)
    return gov if modal else None


def future_time_clause(verb: Token) -> bool:
    """``verb`` heads a present-tense time clause whose main clause is future or hedged, or a
    past perfect one under a past modal (reported speech): its act lies ahead (`possible`)."""
    gov = time_clause_governor(verb)
    if gov is None and verb.pos in VERBAL:
        gov = _shifted_perfect(verb)
    return gov is not None and gov.i != verb.i and future_main_clause(gov)
