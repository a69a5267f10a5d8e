"""Parse repair: a list of named doers with a relative clause, then the sentence's verb.

"Egypt's president A, Greece's prime minister B and Cyprus's president C, who met on the
sidelines, called on Libya to ...": after a long list of titled names and a relative clause set
off by commas, the parser may make the first name the sentence's root and hang the verb on the
last name as a participle modifier ("called" acl). The doers are then no one's subject and the
appeal has no source (practice8, class RL). A past-tense verb hung that way on the root name or
one of its conjuncts, right after the comma that closes the name's relative clause, is the
sentence's verb and the list its subject. Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import NOUN, PROPN
from realpolitik.extract._tree import forget
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PAST = frozenset({"VBD", "VBN"})
_OWN_ROLES = frozenset({"nsubj", "nsubjpass", "auxpass", "aux", "agent"})


def listed_relative_subject(sent: Span) -> None:
    """Make the verb read as a modifier after "A and B, who ..., V-ed" the sentence's verb."""
    root = sent.root
    if root.pos not in (NOUN, PROPN) or not any(c.dep_ == "conj" for c in root.children):
        return
    names = _conjuncts(root)
    for name in names:
        verb = next((c for c in name.rights if _misread_verb(c, name)), None)
        if verb is None:
            continue
        heads, deps = tree_of(sent)
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[root.i], deps[root.i] = verb.i, "nsubj"
        for tok in sent:
            if tok.i > verb.i and heads[tok.i] in (root.i, name.i) and tok.is_punct:
                heads[tok.i] = verb.i  # the full stop: the verb's
        _write_tree(sent, heads, deps)
        verb.tag_ = "VBD"
        forget(sent.doc)  # (a tag changed)
        return


def _conjuncts(root: Token) -> list[Token]:
    """The root name and the names conjoined to it, chained or flat."""
    out, todo = [], [root]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj" and c.pos in (NOUN, PROPN))
    return out


def _misread_verb(tok: Token, name: Token) -> bool:
    """A past-tense "acl" after a comma that closes ``name``'s relative clause, with no
    subject, auxiliary or agent of its own."""
    if tok.dep_ != "acl" or tok.tag_ not in _PAST or tok.i < 2:
        return False
    if not tok.doc[tok.i - 1].is_punct or tok.doc[tok.i - 1].text != ",":
        return False
    if not any(c.dep_ == "relcl" and c.i < tok.i for c in name.children):
        return False
    return not any(c.dep_ in _OWN_ROLES for c in tok.children)
