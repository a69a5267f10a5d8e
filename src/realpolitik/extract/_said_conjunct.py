"""A speaker's own second act, conjoined after what the speaker said (issue 9, clauses20:
fresh10's SA class).

"Jakarta said Malaysia's levies had broken trade rules and urged Kuala Lumpur to reverse
them": the parser conjoins "urged" to the reported verb ("broken"), as if the appeal were part
of what was said, so the appeal is lost or takes the attribution's factuality. A reported
clause with its own subject cannot lend that subject to a finite conjunct that has none when
the conjunct is a speech or appeal act: the act is the speaker's, beside the saying. The
conjunct moves onto the saying verb, so roles and factuality read it as the speaker's (agent
the speaker, asserted), and the reported clause keeps its own reading.

fact28 (fresh16's CS): a complaint reports as saying does ("complained that the traders had
been held for days and asked Cotonou to ..."), and a rejection, denial, demand or summons also
belongs to the speaker when the reported clause is finished, a state its subject is in rather
than an act it does: a copula ("said Togo's decision was unfair and rejected the complaint"), a
passive ("had been held") or a progressive ("had been fishing illegally and rejected the
protest"). The subject of such a clause is described, not acting, so a subjectless act after
it is the speaker's next act; after an active clause ("said Russia had massed troops and
demanded ...") the reported subject may have done both, and the parse is left alone.

clauses35 (fresh23's C): a denial in the simple past after a reported clause in the past
perfect ("said the Ugandans had joined an illegal march and denied that they had been
beaten") is not shifted back as the report is: the speaker's own denial, whatever the clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tokens_with_lemma
from realpolitik.extract._tree_rewrites import relabel

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
# Grievances report as saying does: "complained / protested that S ... and asked Y to".
_COMPLAINING = frozenset({"complain", "protest"})
_REPORTING = SAYING | _COMPLAINING
# Acts the speaker does toward another, the speaker's after a finished reported clause only.
FINISHED_ACTS = frozenset({
    "reject", "dismiss", "deny", "demand", "summon", "condemn", "accuse", "criticise",
    "criticize", "refuse", "protest",
})  # fmt: skip
_ACTS = SPEAKER_ACTS | FINISHED_ACTS
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
    if _REPORTING.isdisjoint(words) or _ACTS.isdisjoint(words):
        return  # (most sentences: no walk over their tokens)
    for tok in tokens_with_lemma(sent, _ACTS):
        said = _saying_above(tok, tok.lemma_.lower() not in SPEAKER_ACTS)
        if said is None:
            continue
        first = tok.head
        for joiner in list(first.children):  # the "and" (and its comma) before the act
            if joiner.dep_ in _JOINERS and first.i < joiner.i < tok.i:
                relabel(joiner, head=said)
        relabel(tok, head=said)


def _saying_above(tok: Token, finished_only: bool) -> Token | None:
    """The saying verb whose reported clause ``tok`` (a subjectless finite speech act) is
    conjoined to, or None; with ``finished_only``, only a clause that states a state
    (:func:`_finished`)."""
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
    if finished_only and not _finished(reported) and not _unshifted_denial(tok, reported):
        return None
    if not _finished(reported) and _envoys_did(reported):
        return None  # "said consular staff had visited the fans and asked Y to ...": theirs
    said = reported.head
    if said.lemma_.lower() not in _REPORTING or said.i > reported.i:
        return None
    return said


_STATE_AUX = frozenset({"been", "being"})
# Denials that keep the speaker's tense after a reported past perfect (clauses35).
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})


def _unshifted_denial(tok: Token, reported: Token) -> bool:
    """ "said the men had joined a march and denied that ...": a simple past denial after a
    past perfect report (``tok`` has no auxiliary: ``_saying_above`` checked)."""
    return (
        tok.lemma_.lower() in _DENYING
        and tok.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in reported.children)
    )


def _finished(verb: Token) -> bool:
    """The reported clause states a state its subject is in: a copula ("was unfair"), a
    passive ("had been held") or a progressive perfect ("had been fishing")."""
    if verb.lemma_.lower() == "be":
        return True
    return any(
        c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ in _STATE_AUX) for c in verb.children
    )


# Agents sent to act for the speaker's state: an active reported clause they are the subject of
# goes on with their own next act ("X's ministry said consular staff had visited the fans and
# asked Y's authorities to speed up their cases": the staff asked, reported; clauses34,
# fresh22's M), not the speaker's.
ENVOYS = frozenset(
    {"staff", "official", "diplomat", "envoy", "consul", "officer", "ambassador", "delegation",
     "delegate", "team", "negotiator", "representative", "personnel", "emissary", "mission"}
)  # fmt: skip


def _envoys_did(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in ENVOYS
