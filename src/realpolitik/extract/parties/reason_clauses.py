"""Reason clauses of judging verbs: "Ghana condemned Somalia for detaining Kenyan fishermen",
"Peru thanked Chile for hosting Bolivian refugees", "Somalia was condemned by Ghana for seizing
the boats" (parties28). The gerund under "for" names why the judged party was judged: its doer
is the judging verb's object (or passive subject), never the judge, the only subject the gerund
would otherwise borrow. A demonym in the gerund's object ("Kenyan fishermen") is the victims'
state, so the reason act is Somalia -> Kenya, beside the judgement Ghana -> Somalia (GUIDE rule
6: "a condemned act's agent is the target", here named as the judged party). "Accused / blamed
X of / for" is the accusation's own reading (``accused_acts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that judge a party for something it did (criticism 111, praise 051, thanks, sanctions
# and punishments); their "for V-ing" names the judged party's act.
JUDGING_FOR = frozenset(
    {
        "condemn", "criticise", "criticize", "denounce", "slam", "rebuke", "censure",
        "castigate", "lambaste", "fault", "reproach", "chide", "scold", "blast", "berate",
        "reprimand", "admonish", "punish", "penalise", "penalize", "sanction", "fine",
        "praise", "commend", "thank", "applaud", "hail", "congratulate", "reward", "laud",
    }
)  # fmt: skip
# "condemned Somalia on Monday for detaining", "accused Chad on Monday of moving troops": the
# parser may hang the preposition on a time noun or the object; the judging or accusing verb is
# found within this many steps up from it
_CLIMB = 2
_FOR = frozenset({"for"})


def gerund_frame_verb(tok: Token, preps: frozenset[str], lemmas: frozenset[str]) -> Token | None:
    """The verb (of ``lemmas``) whose "PREP V-ing" phrase (PREP in ``preps``) the gerund ``tok``
    is; a coordinated gerund shares the first's. Judgements' "for" (here) and accusations' "of"
    (``accused_acts``) read alike."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and (tok.tag_ == "VBG" or _having(tok)):
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pcomp" or not (tok.tag_ == "VBG" or _having(tok)) or prep.lower_ not in preps:
        return None
    gov = prep.head
    for _ in range(_CLIMB):
        if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
            break
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in lemmas:
        return None
    return gov


def _having(tok: Token) -> bool:
    """A perfect gerund, "of / for having V-ed": the participle with "having" for its own
    auxiliary reads as the plain gerund (leftovers35)."""
    return tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "having" and c.i < tok.i for c in tok.children
    )


def judging_verb(tok: Token) -> Token | None:
    """The judging verb whose "for" clause ``tok`` (a gerund) is: "condemned X for seizing",
    "for seizing the boats and detaining their crews" (a coordinated gerund shares the
    first's)."""
    return gerund_frame_verb(tok, _FOR, JUDGING_FOR)


def judged_doer(tok: Token) -> Token | None:
    """The judged party, for a gerund that is the reason of a judgement: the judging verb's
    object ("condemned Somalia for detaining"), or its passive subject ("Somalia was condemned
    for detaining")."""
    return judged_party(judging_verb(tok))


def judged_party(gov: Token | None) -> Token | None:
    """The object of a judging or accusing verb, or its passive subject: whom it judges."""
    if gov is None:
        return None
    for dep in ("dobj", "nsubjpass"):
        got = [c for c in gov.children if c.dep_ == dep]
        if got:
            return got[0]
    return None


def judged_reason(tok: Token) -> bool:
    """An act a judgement gives as its reason ("praised X for hosting refugees"): background,
    as an accused act is, unless it is hostile and aimed at another state (``reason_news``)."""
    return judging_verb(tok) is not None
