"""A "that" clause whose verb the tagger read as a noun and whose subject as its adjective:
"Moscow demanded that Kyiv hand over the suspects" (Kyiv/JJ hand/NN; parties21). Called by
``_apposed_repairs.subjunctive_noun`` (the same clause, parsed another way).

The demand then has no clause subject, so no target. A "that" clause has a verb: a word
tagged as a singular noun that heads such a clause, right after "that" and a name it took for
its modifier (a capitalised adjective, a proper-noun compound), with no subject or auxiliary
of its own, is the clause's bare verb and the name its subject; the particle right after it
("over", "back"), read as a preposition, is its particle again, and that phrase's object its
object ("Paris demanded that Budapest hand over the suspects").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_forms, tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CLAUSE_DEPS = frozenset({"ccomp", "acl"})
_THAT = frozenset({"that"})
# A clause's own subject or auxiliary: the noun is then what it is, a noun.
_OWN_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
# Particles of the verbs of giving up and returning ("hand over", "give back", "turn over").
PARTICLES = frozenset({"over", "back"})


def _name_modifier(tok: Token) -> bool:
    """A name the parser made a modifier: a capitalised adjective or a proper-noun compound."""
    return tok.dep_ == "amod" or (tok.dep_ == "compound" and tok.tag_ in ("NNP", "NNPS"))


def clause_noun_verb(sent: Span) -> None:
    """ "that Kyiv hand over the suspects": "hand" the verb, "Kyiv" its subject.
    Precondition: "that" in the sentence (the clause's marker)."""
    if _THAT.isdisjoint(sentence_forms(sent)):
        return
    doc = sent.doc
    for i in tagged(sent, tag_hashes("NN")):
        word = doc[i]
        if word.dep_ not in _CLAUSE_DEPS or i < sent.start + 2:
            continue
        kids = list(word.children)
        if any(c.dep_ in _OWN_CLAUSE_PARTS for c in kids):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i == i - 2 for c in kids):
            continue
        subj = doc[i - 1]
        if subj.head.i != i or not subj.is_title or not _name_modifier(subj):
            continue
        heads, deps = tree_of(sent)
        deps[subj.i] = "nsubj"
        for c in kids:
            if c.dep_ == "prep" and c.i == i + 1 and c.lower_ in PARTICLES:
                deps[c.i] = "prt"
                for p in c.children:
                    if p.dep_ == "pobj":
                        heads[p.i], deps[p.i] = i, "dobj"
        word.tag_, word.pos_ = "VB", "VERB"
        subj.tag_, subj.pos_ = "NNP", "PROPN"
        _write_tree(sent, heads, deps)
        forget(doc)  # (tags changed)
