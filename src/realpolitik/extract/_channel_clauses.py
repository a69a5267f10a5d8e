"""Parse repair: "told Y in a phone call that X wanted to buy two frigates" (issue 9, clauses43:
fresh30's class E).

After a noun of a channel of speech ("in a phone call", "during a meeting", "in a letter") the
parser may read the speech verb's "that" clause as a relative clause on the noun, its "that"
the object of the clause's verb ("the call that Egypt wanted to buy"), so the clause's act
hangs off a phrase and is lost. Where that verb has an object of its own besides the "that"
("... to buy four patrol boats": two objects, which no relative clause has), the clause is the
speech verb's complement: it is hung there (``ccomp``) with the "that" its mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns of a channel by which something is said.
CHANNEL_NOUNS = frozenset(
    {"call", "conversation", "meeting", "talk", "letter", "message", "statement", "speech",
     "interview", "telephone", "phone", "visit", "session", "briefing", "note", "video"}
)  # fmt: skip
_CHANNEL_PREPS = frozenset({"in", "during", "at", "on", "by"})
# Verbs whose complement clause states what was said.
SPEECH_VERBS = frozenset(
    {"tell", "say", "assure", "inform", "write", "confirm", "explain", "promise", "warn",
     "stress", "add", "reiterate", "announce", "insist"}
)  # fmt: skip
THAT = frozenset({"that"})


def channel_clause(sent: Span) -> None:
    """Hang "that X V-ed ..." read as a relative clause on a channel noun back on the speech
    verb whose "in / during" phrase holds the noun (see the module)."""
    for that in sent:
        if that.lower_ != "that" or that.dep_ != "dobj":
            continue
        verb = that.head
        if not any(k.dep_ == "dobj" and k.i != that.i for k in verb.children):
            continue  # (the "that" the only object: a relative clause may be right)
        rel = _relative_head(verb)
        if rel is None or rel.dep_ != "relcl" or not any(k.dep_ == "nsubj" for k in rel.children):
            continue
        noun = rel.head
        prep = noun.head
        if noun.lemma_.lower() not in CHANNEL_NOUNS or noun.dep_ != "pobj":
            continue
        if prep.lower_ not in _CHANNEL_PREPS or prep.dep_ != "prep":
            continue
        speech = prep.head
        if speech.lemma_.lower() not in SPEECH_VERBS or that.i < noun.i:
            continue
        heads, deps = tree_of(sent)
        heads[rel.i], deps[rel.i] = speech.i, "ccomp"
        heads[that.i], deps[that.i] = rel.i, "mark"
        _write_tree(sent, heads, deps)
        return


def _relative_head(verb: Token) -> Token | None:
    """The relative clause's own verb above ``verb`` ("wanted" above "to buy")."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok
        if tok.dep_ not in ("xcomp", "ccomp", "conj"):
            return None
        tok = tok.head
    return None


__all__ = ["CHANNEL_NOUNS", "SPEECH_VERBS", "THAT", "channel_clause"]
