"""Parse repair of a role noun standing before its own name (leftovers48, practice17 SF): in
"Russia's state gas monopoly Gazprom cut off gas supplies to Ukraine", "Ukraine's state energy
company Naftogaz halted ...", the parser may make the role noun ("monopoly") the sentence's
root and read the name and its verb as a relative clause on it ("[a monopoly] [Gazprom cut
off ...]"), so the act has no root clause and no event is coded. Where the root is a common
noun, the name right after it is the subject of a finite verb hung on the root as a relative
clause with no relative word, the verb becomes the root, the role noun the name's modifier
(its owner, "Russia's", stays on it and so on the name's phrase), and the name keeps its verb.
Only the sentence's root is asked, once. Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def apposed_name_subject(sent: Span) -> None:
    """ "Russia's state gas monopoly Gazprom cut off gas to Ukraine": "cut" the root, "Gazprom"
    its subject, "monopoly" the name's modifier (see the module doc)."""
    root = sent.root
    if root.pos_ != "NOUN" or root.i + 2 >= sent.end:
        return
    name = sent.doc[root.i + 1]
    verb = name.head
    if name.pos_ != "PROPN" or name.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head != root:
        return
    if verb.tag_ not in _FINITE or verb.i <= name.i:
        return
    if any(c.tag_ in _RELATIVE_TAGS or c.lower_ == "that" for c in verb.children):
        return
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = name.i, "compound"
    for child in root.children:
        if child.i > name.i and child.dep_ in ("punct",):
            heads[child.i] = verb.i
    _write_tree(sent, heads, deps)
