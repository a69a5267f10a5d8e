"""The speaker's second act, which the parser hangs inside the clause it reports.

"Germany said the plan was illegal and urged Poland to drop it": the parser reads "urged" as a
conjunct of "was" inside the reported clause, so it borrows "the plan" as its subject and the
speech verb as its reporter, and the appeal is lost. A plan cannot urge anyone: when the
reported clause's subject names no party, or names the speaker again in a clause whose own
auxiliary the finite conjunct does not share ("said it was not targeting civilians and blamed
the army"), the conjunct is the speaker's own act and is re-hung on the speech verb, where its
subject, its reporter and its factuality are read as for "Germany urged Poland".

Only speech acts are re-hung (statements, appeals, intents, consultations, diplomacy, demands,
disapproval, rejection, threats, reduced relations): "officials said the blast destroyed the
building and killed 20" keeps the killing inside the report, since a blast can kill.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._said_conjunct import ENVOYS
from realpolitik.extract._syntax import child
from realpolitik.extract._tree_rewrites import relabel
from realpolitik.extract.factuality import REPORT_GOVERNORS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors
    from realpolitik.extract._triggers import Found

# CAMEO roots of acts done by speaking (01-05, 10-13) or by a diplomatic decision (16).
SPEAKER_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "16"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_OWN_AUX = frozenset({"aux", "auxpass"})


def rehang_speaker_acts(found: list[Found], actors: DocActors) -> None:
    """Re-hang, in place, each speech-act conjunct of a reported clause that is the speaker's own
    act (see the module doc) on the speech verb."""
    for f in found:
        tok = f.tok
        if f.code[:2] not in SPEAKER_ROOTS or not _finite_act(tok):
            continue
        if any(c.dep_ in _OWN_SUBJECT or c.dep_ in _OWN_AUX for c in tok.children):
            continue
        if tok.dep_ == "ccomp" and _second_complement(tok):
            relabel(tok, "conj")  # "said the launch was a provocation and demanded that ..."
            continue
        clause = tok.head
        speech = clause.head
        if tok.dep_ != "conj" or clause.dep_ != "ccomp" or not _speech(speech):
            continue
        speaker = child(speech, "nsubj")
        said_by = {a.ref.code for a in actors.resolve(speaker)} if speaker is not None else set()
        if said_by and _not_the_clause_subject(tok, clause, actors, said_by):
            relabel(tok, head=speech)


def _speech(verb: Token) -> bool:
    return verb.lemma_.lower() in REPORT_GOVERNORS and child(verb, "nsubj") is not None


def _finite_act(tok: Token) -> bool:
    """A finite verb, or one the tagger read as a participle although it takes an object
    ("was dangerous and criticized Damascus": a passive takes none)."""
    if tok.tag_ in _FINITE:
        return True
    return tok.tag_ == "VBN" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children)


def _second_complement(tok: Token) -> bool:
    """ "said [the launch was a provocation] and [demanded that ...]": the parser hangs the
    speaker's second act as a second complement of the speech verb, after "and"."""
    speech = tok.head
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    earlier = [c for c in speech.children if c.dep_ == "ccomp" and c.i < tok.i]
    return _speech(speech) and before.lower_ in ("and", "but") and bool(earlier)


def _not_the_clause_subject(
    tok: Token, clause: Token, actors: DocActors, said_by: set[str]
) -> bool:
    """Whether the reported clause's subject cannot be the conjunct's doer: a thing that names
    no party ("the plan", "the decision"), or the speaker again ("it") in a clause with an
    auxiliary of its own that the finite conjunct does not share ("was not targeting ... and
    blamed")."""
    subj = child(clause, "nsubj") or child(clause, "nsubjpass")
    if subj is None:
        return False
    if subj.pos_ == "NOUN":  # (not envoys: "said consular staff had visited ... and asked")
        return not actors.resolve(subj) and subj.lemma_.lower() not in ENVOYS
    if subj.pos_ != "PRON" or clause.tag_ == tok.tag_:
        return False
    own_aux = any(c.dep_ in _OWN_AUX for c in clause.children)
    return own_aux and {a.ref.code for a in actors.resolve(subj)} == said_by
