"""A gerund read as an adjective before a demonym: "X is on the brink of expelling Mexican
diplomats", "refrained from detaining Kenyan fishermen" (leftovers23).

Right after a preposition, a gerund followed by a capitalised nationality word ("Mexican",
"Kenyan") and a noun is read by the parser as one more modifier of the noun ("expelling
Mexican diplomats" as "the expelling diplomats"), so the act is lost: the noun hangs on the
preposition, the verb has no object. A gerund of a verb the lexicon knows, hung on the noun as
an adjective, right after the preposition that governs the noun, with a capitalised word
between it and the noun, is the preposition's gerund and the noun its object. Participles that
name a kind of person or thing ("visiting", "ruling", "neighbouring") stay modifiers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Participles that stay adjectives before a demonym ("the arrival of visiting Chinese leaders",
# "talks with ruling Thai generals", "attacks on neighbouring Kenyan towns").
_ADJECTIVAL = frozenset(
    {"visiting", "ruling", "leading", "neighbouring", "neighboring", "governing", "remaining",
     "existing", "rising", "growing", "increasing", "continuing", "ongoing", "emerging",
     "incoming", "outgoing", "departing", "retiring", "serving", "warring", "opposing",
     "competing", "striking", "fleeing", "returning", "travelling", "traveling", "fighting",
     "protesting", "demonstrating", "dissenting", "working", "missing", "surviving"}
)  # fmt: skip
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def gerund_before_demonym(sent: Span) -> None:
    """ "on the brink of expelling Mexican diplomats": the gerund the preposition's, the noun
    its object (see the module doc)."""
    from realpolitik.extract._lexicon import lexicon

    doc = sent.doc
    for i in tagged(sent, tag_hashes("VBG"), stop=2):
        word = doc[i]
        if word.dep_ != "amod" or i == sent.start or word.lower_ in _ADJECTIVAL:
            continue
        noun, prep, nxt = word.head, doc[i - 1], doc[i + 1]
        if noun.dep_ != "pobj" or noun.head.i != prep.i or prep.dep_ != "prep":
            continue
        if not nxt.text[:1].isupper() or not i < nxt.i < noun.i or not _between(word, noun):
            continue
        if (word.lemma_.lower(), "V") not in lexicon().triggers:
            continue
        heads, deps = tree_of(sent)
        heads[i], deps[i] = prep.i, "pcomp"
        heads[noun.i], deps[noun.i] = i, "dobj"
        _write_tree(sent, heads, deps)
        word.pos_ = "VERB"
        forget(sent.doc)  # (a part of speech changed: kept sentence facts read it)
        return


def _between(word: Token, noun: Token) -> bool:
    """Every word between the gerund and the noun modifies the noun (or a word that does)."""
    doc = word.doc
    for t in doc[word.i + 1 : noun.i]:
        if t.dep_ not in _MODIFIERS and t.head.i not in range(word.i + 1, noun.i + 1):
            return False
    return True


__all__ = ["gerund_before_demonym"]
