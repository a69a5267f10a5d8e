"""A parse repair for the topic phrase the parser hangs on a medium (issue 9 round 25,
practice5's MD).

"X warned on Cuban television of retaliation against Y", "X complained on Chilean radio about
Y's raids": the parser attaches "of retaliation ..." / "about Y's raids" to the medium noun, so
the act's own phrase is lost inside the outlet (``_channels``), and the act keeps no target or
its doer's own state. A medium takes no such phrase: a topic preposition hung on the object of
an "on MEDIUM" phrase of a verb belongs to the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._channels import CHANNEL_NOUNS, VERB_MEDIA
from realpolitik.extract._tree import sentence_words, tokens_with_form
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

# Prepositions of an act's topic or aim, never of a medium.
_TOPIC_PREPS = frozenset({"of", "about", "at", "against", "over"})


_ON = frozenset({"on"})


def topic_off_medium(sent: Span) -> None:
    """Re-hang "VERB on MEDIUM [of / about / at / against / over X]" as "VERB on MEDIUM
    [of ...]" on the verb (see the module)."""
    if "on" not in sentence_words(sent):
        return  # (most sentences: no walk)
    tree: tuple[dict[int, int], dict[int, str]] | None = None  # (read at the first move)
    for prep in tokens_with_form(sent, _ON):
        if prep.lower_ != "on" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj" or not (
                medium.lemma_.lower() in VERB_MEDIA or medium.lower_ in VERB_MEDIA
            ):
                continue
            for k in medium.children:
                if k.dep_ == "prep" and k.lower_ in _TOPIC_PREPS:
                    tree = tree or tree_of(sent)
                    tree[0][k.i] = prep.head.i
    if tree is not None:
        _write_tree(sent, *tree)


# The outlets a verb of saying names with "in / during" ("warned in a statement that ...").
_SAID_IN = CHANNEL_NOUNS | frozenset({"letter", "message", "communique", "address", "note"})
_IN = frozenset({"in", "during"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def clause_off_channel(sent: Span) -> None:
    """ "Japan warned in a statement that India was about to expel ...": the parser hangs the
    that-clause on the outlet as its relative clause, so the warning has no content (and was
    read as an asserted threat). A "that" clause with its own subject, whose "that" is a mark
    (no relative pronoun), hung on the outlet noun of an "in / during" phrase of a verb, is
    the verb's complement (seeds41)."""
    words = sentence_words(sent)
    if "that" not in words or _IN.isdisjoint(words):
        return  # (most sentences: no walk)
    for prep in tokens_with_form(sent, _IN):
        verb, outlet = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or outlet is None:
            continue
        if outlet.lemma_.lower() not in _SAID_IN:
            continue
        that = sent.doc[outlet.i + 1] if outlet.i + 1 < sent.end else outlet
        if that.lower_ != "that":
            continue
        for clause in outlet.children:
            kids = list(clause.children) if clause.dep_ in ("relcl", "acl") else []
            if any(k.dep_ in _SUBJECTS and that.i < k.i < clause.i for k in kids):
                heads, deps = tree_of(sent)  # ("that" may hang anywhere: "on ... that")
                heads[clause.i], deps[clause.i] = verb.i, "ccomp"
                heads[that.i], deps[that.i] = clause.i, "mark"
                _write_tree(sent, heads, deps)
                return


__all__ = ["clause_off_channel", "topic_off_medium"]
