"""Parse repair: "Two Batswana men wanted for a robbery were arrested in Harare by police".

The parser may read the participle "wanted" (sought by the police) as the main verb of desire,
"men wanted [were arrested]", which hedges the arrest (as if someone wished it) and leaves it
with no passive subject, so that the arrest's target falls to the place. A "wanted for" with a
subject before it and, as its complement, a passive clause with no subject of its own is the
noun's modifier: the passive verb becomes the clause's verb and the noun its subject (so too
when the parser made "wanted" itself the passive verb's subject).
Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_forms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def wanted_for(sent: Span) -> None:
    """Re-hang "N wanted for X were V-ed": V the verb, N its passive subject, "wanted" N's
    modifier."""
    if "wanted" not in sentence_forms(sent):
        return
    for want in sent:
        if want.lower_ != "wanted" or want.tag_ not in ("VBN", "VBD"):
            continue
        subj = next((c for c in want.lefts if c.dep_ == "nsubj"), None)
        if subj is None or not any(c.dep_ == "prep" and c.lower_ == "for" for c in want.rights):
            continue
        verb = next((c for c in want.rights if c.dep_ == "ccomp"), None)
        if verb is not None and _subjectless_passive(verb):
            _rehang(sent, want, subj, verb)
            return
        if want.dep_ == "nsubjpass" and want.i < want.head.i:
            # "A Tongan national wanted for fraud was detained": "wanted" read as the subject
            _as_modifier(sent, want, subj)
            return


def _subjectless_passive(verb: Token) -> bool:
    kids = [c.dep_ for c in verb.children]
    return "auxpass" in kids and _SUBJECTS.isdisjoint(kids)


def _rehang(sent: Span, want: Token, subj: Token, verb: Token) -> None:
    heads, deps = tree_of(sent)
    if want.head.i == want.i:
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    else:
        heads[verb.i], deps[verb.i] = want.head.i, want.dep_
    for c in want.children:
        if c.i > verb.i:
            heads[c.i] = verb.i  # what follows the clause, and the full stop
    heads[subj.i], deps[subj.i] = verb.i, "nsubjpass"
    heads[want.i], deps[want.i] = subj.i, "acl"
    _write_tree(sent, heads, deps)


def _as_modifier(sent: Span, want: Token, subj: Token) -> None:
    heads, deps = tree_of(sent)
    heads[subj.i], deps[subj.i] = want.head.i, "nsubjpass"
    heads[want.i], deps[want.i] = subj.i, "acl"
    _write_tree(sent, heads, deps)
