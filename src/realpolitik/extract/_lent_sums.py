"""The recipient of a lent or granted sum read as the sum's modifier (leftovers47, practice15's
leftover): in "China's Exim Bank lent Laos 500 million dollars" the parser hangs "Laos" on
"dollars" (nmod or compound), so the loan has no target. A proper noun right after a giving
verb, modifying the verb's counted object, is the verb's dative: the state lent to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import has_any
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose dative receives the sum ("lent Laos $500m", "granted Kenya 200 million euros")
_GIVING = frozenset(
    {"lend", "lent", "loan", "loaned", "grant", "granted", "give", "gave", "pay", "paid",
     "offer", "offered", "advance", "advanced", "extend", "extended", "pledge", "pledged",
     "promise", "promised", "owe", "owed", "wire", "wired", "send", "sent"}
)  # fmt: skip
_MODIFIER = frozenset({"nmod", "compound"})


def misread_recipient(name: Token) -> bool:
    """Whether ``name`` is a recipient the parser hung on the sum ("lent Laos 500 million
    dollars"): a proper noun right after a giving verb, modifying the verb's object, which
    carries a number after it (not "5 million Bahraini dinars", the money's own name)."""
    if name.tag_ != "NNP" or name.dep_ not in _MODIFIER or name.i == 0:
        return False
    verb, obj = name.doc[name.i - 1], name.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVING:
        return False
    if obj.dep_ != "dobj" or obj.head.i != verb.i:
        return False
    if any(c.dep_ == "dative" for c in verb.children):
        return False
    return any(k.like_num for k in obj.subtree if k.i > name.i)


def lent_recipient(sent: Span) -> None:
    """ "lent Laos 500 million dollars": "Laos" becomes the verb's dative."""
    if not has_any(sent, _GIVING):
        return  # (most sentences: no giving verb, no walk)
    for verb in sent:
        if verb.i + 2 >= sent.end or verb.lemma_.lower() not in _GIVING:
            continue
        name = verb.doc[verb.i + 1]
        if not misread_recipient(name):
            continue
        heads, deps = tree_of(sent)
        heads[name.i], deps[name.i] = verb.i, "dative"
        _write_tree(sent, heads, deps)
        return
