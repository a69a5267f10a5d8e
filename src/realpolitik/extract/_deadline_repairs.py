"""A deadline to leave as the giving verb's complement (leftovers17): "Turkish diplomats were
given 72 hours to leave Iraq", "Iraq gave the ambassador a week to leave the country"; "gave
them until Friday to leave", "ordered two French nationals to leave" (leftovers18). The
parser hangs the infinitive on the time noun (a relative clause) or on the verb as a purpose
clause, so the leaving is outside the verb's phrase and the sentence reads as a gift (070) or
as nothing. The expulsion is the verb's: the infinitive becomes its complement (xcomp), as in
"ordered to leave X", where the lexicon's rows and the agentless-passive stage find it.
Any other deadline's infinitive is the verb's too (leftovers41): "gave Y 48 hours to sign or
face ...", "gave Y a month to withdraw its troops" is an ultimatum (the lexicon's 139 rows),
never a gift (070) nor the asked act done.
Called by :func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that set a deadline on someone ("given / granted 72 hours to leave").
_GIVING = frozenset({"give", "grant"})
# Time nouns of a deadline ("72 hours", "a week", "ten days").
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "minute"})
# Verbs of leaving a deadline sets.
LEAVING = frozenset({"leave", "depart", "quit", "exit"})
_TIME_DEPS = frozenset({"dobj", "npadvmod", "dative"})
# A deadline by its day: "gave them until Friday to leave" (leftovers18).
_UNTIL = frozenset({"until", "till"})
# Verbs that order someone out, whose leaving infinitive the parser may hang on their object as a
# relative clause ("ordered two French nationals to leave": leftovers18).
_ORDERING = frozenset({"order", "tell"})
_UNDER_GIVEN = frozenset({"appos", "npadvmod"})


def _leaving_infinitive(tok: Token) -> bool:
    return tok.lemma_.lower() in LEAVING and to_infinitive(tok)


def _any_infinitive(tok: Token) -> bool:
    return to_infinitive(tok)


def _leaving_of(verb: Token, wanted: Callable[[Token], bool]) -> Token | None:
    """The leaving infinitive of ``verb``'s deadline: under the time noun ("hours to leave")
    or on the verb itself after the time noun ("gave them 72 hours to leave", advcl); the time
    noun may be read as the apposition of the one given it ("gave Greece's ambassador 24
    hours")."""
    times = [c for c in verb.children if c.dep_ in _TIME_DEPS]
    times += [a for c in times for a in c.children if a.dep_ in _UNDER_GIVEN]  # "the envoy 24
    # hours": the time read as the apposition or adverb of the one given it
    times = [c for c in times if c.lemma_.lower() in DEADLINE_NOUNS]
    for t in times:
        for c in t.children:
            if c.dep_ in ("relcl", "acl") and c.i > t.i and wanted(c):
                return c
        for c in verb.children:
            if c.dep_ == "advcl" and c.i > t.i and wanted(c):
                return c
    for u in verb.children:
        if u.dep_ == "prep" and u.lower_ in _UNTIL:  # "until Friday to leave"
            for c in verb.children:
                if c.dep_ == "advcl" and c.i > u.i and _leaving_infinitive(c):
                    return c
            for c in u.subtree:  # "until the end of the month to leave": under the day
                if c.dep_ in ("relcl", "acl") and _leaving_infinitive(c):
                    return c
    return None


def _ordered_out(verb: Token) -> Token | None:
    """ "Ordered two French nationals to leave": the leaving infinitive read as a relative
    clause of the object."""
    for o in verb.children:
        if o.dep_ == "dobj":
            for c in o.children:
                if c.dep_ == "relcl" and c.i > o.i and _leaving_infinitive(c):
                    return c
    return None


def deadline_to_leave(sent: Span) -> None:
    """ "X was given 72 hours to leave Y": the leaving infinitive becomes the complement of
    "given" (see the module's docstring); nothing changes where the verb already has one."""
    words = sentence_words(sent)
    giving = not _GIVING.isdisjoint(words) and not (DEADLINE_NOUNS | _UNTIL).isdisjoint(words)
    if not giving and (LEAVING.isdisjoint(words) or _ORDERING.isdisjoint(words)):
        return  # (most sentences: no token walked)
    wanted = _leaving_infinitive if not LEAVING.isdisjoint(words) else _any_infinitive
    for verb in tokens_with_lemma(sent, _GIVING | _ORDERING):
        if verb.pos_ != "VERB" or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        ordering = verb.lemma_.lower() in _ORDERING
        inf = _ordered_out(verb) if ordering else _leaving_of(verb, wanted)
        if inf is None:
            continue
        heads, deps = tree_of(sent)
        heads[inf.i], deps[inf.i] = verb.i, "xcomp"
        _write_tree(sent, heads, deps)
        return
