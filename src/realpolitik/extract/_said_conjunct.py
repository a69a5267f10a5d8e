"""A speaker's own second act, conjoined after what the speaker said (issue 9, clauses20:
fresh10's SA class).

"Jakarta said Malaysia's levies had broken trade rules and urged Kuala Lumpur to reverse
them": the parser conjoins "urged" to the reported verb ("broken"), as if the appeal were part
of what was said, so the appeal is lost or takes the attribution's factuality. A reported
clause with its own subject cannot lend that subject to a finite conjunct that has none when
the conjunct is a speech or appeal act: the act is the speaker's, beside the saying. The
conjunct moves onto the saying verb, so roles and factuality read it as the speaker's (agent
the speaker, asserted), and the reported clause keeps its own reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that report what someone said (the clause under them is the report).
SAYING = frozenset({"say", "state", "announce", "declare", "insist", "argue", "claim", "note"})
# Acts a speaker does by speaking: appeals to another ("urged Y to", "called on Y to", "asked
# Y to") and the speaker's own words ("added", "reiterated"). After a reported clause, a finite
# one with no subject of its own is the speaker's. Demands, warnings, threats, accusations and
# rejections are left where the parser hangs them: a reported party does those too ("said Russia
# had massed troops and warned Kyiv" reports Russia's warning; fresh and fresh7 lose a key each
# when "warned" and "demanded" move to the speaker).
SPEAKER_ACTS = frozenset({
    "urge", "call", "ask", "appeal", "request", "plead", "press",
    "add", "reiterate", "repeat", "say", "express", "voice", "reaffirm",
})  # fmt: skip
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_REPORTED = frozenset({"ccomp"})
_JOINERS = frozenset({"cc", "punct"})
_OPEN = frozenset({"xcomp"})  # an infinitive or gerund under the reported verb
_CLIMB = 2
_APPEAL_PARTICLES = frozenset({"on", "upon", "for"})  # "called on Y", "asked for": appeals


def speaker_conjunct(sent: Span) -> None:
    """Re-hang a speaker's act conjoined to the reported clause's verb onto the saying verb."""
    words = sentence_words(sent)
    if SAYING.isdisjoint(words) or SPEAKER_ACTS.isdisjoint(words):
        return  # (most sentences: no walk over their tokens)
    for tok in tokens_with_lemma(sent, SPEAKER_ACTS):
        said = _saying_above(tok)
        if said is None:
            continue
        first = tok.head
        for joiner in list(first.children):  # the "and" (and its comma) before the act
            if joiner.dep_ in _JOINERS and first.i < joiner.i < tok.i:
                joiner.head = said
        tok.head = said


def _saying_above(tok: Token) -> Token | None:
    """The saying verb whose reported clause ``tok`` (a subjectless finite speech act) is
    conjoined to, or None."""
    if tok.dep_ != "conj" or tok.tag_ not in _FINITE:
        return None
    kids = list(tok.children)
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in kids):
        return None  # ("and would urge": the report goes on)
    if any(c.dep_ == "prt" and c.lower_ not in _APPEAL_PARTICLES for c in kids):
        return None  # ("the army was ready and called up its reservists": no appeal, an act)
    reported = tok.head
    for _ in range(_CLIMB):  # ("would keep turning back X and urged": hung on the xcomp)
        if reported.dep_ not in _OPEN or reported.head.i == reported.i:
            break
        reported = reported.head
    if reported.dep_ not in _REPORTED or reported.i > tok.i:
        return None
    if not any(c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in reported.children):
        return None  # (a clause of its own: a subject, or a tense the parser left without one
        # when it read "said on Sunday X's levies had ..." as "on Sunday X's levies")
    said = reported.head
    if said.lemma_.lower() not in SAYING or said.i > reported.i:
        return None
    return said
