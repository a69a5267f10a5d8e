"""Parse repair: "Italy received a request from Azerbaijan to hand over the suspects but rejected
it" (leftovers32).

The parser may hang a past verb after "and" / "but" on a noun's infinitive before it ("a
request ... to hand over ... but rejected"), as if the request went on; the refusal then has no
subject and is lost. An infinitive takes no past-tense conjunct: a past verb (a form of its own,
not "cut" or "set") with no subject after the conjunction, where the infinitive completes the
object of a past main verb, is that main verb's conjunct and shares its subject. A verb's own
infinitive ("urged Y to withdraw and ...") is left as parsed: widened to it, the repair lost a
held-out key.
Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._tree import any_form, sentence_forms, tokens_after_form

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_JOINS = frozenset({"and", "but"})
_CLIMB = 4


def infinitive_conjunct(sent: Span) -> None:
    """Re-hang "... to V ... and / but V-ed" from the infinitive onto the past main verb."""
    forms = sentence_forms(sent)
    if "to" not in forms or (
        forms.isdisjoint(_JOINS) and not any_form(sent.doc, sent.start - 1, sent.start, _JOINS)
    ):
        return  # (no "to", or no "and / but" before a verb of the sentence: no walk)
    for verb, inf in past_conjuncts(sent, _SUBJECTS):
        if inf.dep_ != "acl":
            continue  # (a noun's infinitive: "a request ... to hand over"; not "urged Y to V")
        main = _main_of(inf)
        if main is None or main.tag_ != "VBD":
            continue
        rehang_conjunct(sent, verb, inf, main)
        return


def past_conjuncts(sent: Span, subjects: frozenset[str]) -> Iterator[tuple[Token, Token]]:
    """The past verbs hung as a to-infinitive's conjunct that no infinitive can take: a true
    past form (not "cut" or "set"), right after "and" / "but", with none of ``subjects`` of its
    own; each with the infinitive it hangs on. The two repairs (a noun's infinitive here, a
    verb's in ``_and_clauses``) differ only in the infinitive's frame."""
    for verb in tokens_after_form(sent, _JOINS):  # (the words after an "and" / "but" alone)
        if verb.dep_ != "conj" or verb.tag_ != "VBD":
            continue
        if verb.lower_ == verb.lemma_.lower():
            continue  # ("to cut tariffs and cut quotas": a bare form the tagger may call past)
        inf = verb.head
        if inf.tag_ != "VB" or not to_infinitive(inf):
            continue
        if any(c.dep_ in subjects for c in verb.children):
            continue
        yield verb, inf


def rehang_conjunct(sent: Span, verb: Token, inf: Token, main: Token) -> None:
    """Hang ``verb`` (and its "and" / "but", where it hung on the infinitive) on ``main``."""
    heads, deps = tree_of(sent)
    heads[verb.i] = main.i
    cc = verb.doc[verb.i - 1]
    if cc.head.i == inf.i:
        heads[cc.i] = main.i
    _write_tree(sent, heads, deps)


def _main_of(inf: Token) -> Token | None:
    """The finite verb over the infinitive: up its noun ("a request ... to hand over") or
    phrase, to the first verb."""
    tok = inf
    for _ in range(_CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if tok.i < inf.i else None
    return None
