"""Parse repair: "Two Batswana men wanted for a robbery were arrested in Harare by police",
"Lebanon handed over to Syria a man wanted over a bombing".

The parser may read the participle "wanted" (sought by the police) as the main verb of desire,
"men wanted [were arrested]", which hedges the arrest (as if someone wished it) and leaves it
with no passive subject, so that the arrest's target falls to the place. A "wanted for" with a
subject before it and, as its complement, a passive clause with no subject of its own is the
noun's modifier: the passive verb becomes the clause's verb and the noun its subject (so too
when the parser made "wanted" itself the passive verb's subject). Likewise "V-ed (to X) N wanted
over Y" read as a clause "N wanted" of V: N is V's object and "wanted" its modifier (lex20).
Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, take_place, tree_of
from realpolitik.extract._tree import sentence_forms, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_WANTED = frozenset({"wanted"})


def wanted_for(sent: Span) -> None:
    """Re-hang "N wanted for X were V-ed": V the verb, N its passive subject, "wanted" N's
    modifier."""
    if "wanted" not in sentence_forms(sent):
        return
    for want in tokens_with_form(sent, _WANTED):
        if want.tag_ not in ("VBN", "VBD"):
            continue
        subj = next((c for c in want.lefts if c.dep_ == "nsubj"), None)
        if subj is not None and _object_read_as_subject(want, subj):
            # "handed over to Syria a man wanted over a bombing": the man is the object
            _as_object(sent, want, subj)
            return
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


# "wanted for murder", "wanted over a bombing", "wanted in connection with ...", "wanted in X"
_WANTED_PREPS = frozenset({"for", "over", "in"})


def _object_read_as_subject(want: Token, subj: Token) -> bool:
    """ "V-ed (to X) N wanted over Y", parsed as a clause "N wanted" of V (adverbial, or
    conjoined with no "and"): N comes
    after the verb V, V has no object of its own, and "wanted" has a "for"/"over" phrase and no
    object (a person sought by the police, not a wish)."""
    verb = want.head
    coordinated = any(c.dep_ == "cc" and verb.i < c.i < want.i for c in verb.children)
    return (
        want.dep_ in ("advcl", "conj", "ccomp")  # ("extradited a man wanted for fraud to X")
        and not coordinated  # "... and a man wanted X": a clause of its own
        and verb.pos_ == "VERB"
        and verb.i < subj.i < want.i
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != want.i for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "aux") for c in want.children)
        and any(c.dep_ == "prep" and c.lower_ in _WANTED_PREPS for c in want.rights)
    )


def _as_object(sent: Span, want: Token, subj: Token) -> None:
    heads, deps = tree_of(sent)
    heads[subj.i], deps[subj.i] = want.head.i, "dobj"
    heads[want.i], deps[want.i] = subj.i, "acl"
    for c in want.children:
        if c.dep_ == "punct" and c.i > want.i:
            heads[c.i] = want.head.i  # the full stop stays the sentence's
    _write_tree(sent, heads, deps)


def _subjectless_passive(verb: Token) -> bool:
    kids = [c.dep_ for c in verb.children]
    return "auxpass" in kids and _SUBJECTS.isdisjoint(kids)


def _rehang(sent: Span, want: Token, subj: Token, verb: Token) -> None:
    heads, deps = tree_of(sent)
    take_place(heads, deps, verb, want)
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
