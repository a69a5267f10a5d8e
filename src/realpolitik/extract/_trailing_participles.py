"""A trailing participle clause hung on the object's reduced relative (lex29, fresh16 HO).

"Police deported four Estonian men wanted for robbery, handing them to Estonian officers":
spaCy hangs ", handing them ..." on "wanted" (the participle that describes the men), so the
handing reads as a circumstance of the men being wanted and its doer as the men. After a comma,
a gerund-participle clause with no subject of its own continues the main clause (the doer of
"deported" hands them over), like any ", V-ing ..." after a verb's object; it is rehung on the
verb whose object the described noun is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span

_PARTICIPLES = frozenset({"VBN", "VBD"})
_GERUND_TAGS = tag_hashes("VBG")
_OBJECTS = frozenset({"dobj", "nsubjpass"})


def participle_after_modifier(sent: Span) -> None:
    """Rehang ", V-ing ..." from an object's participle modifier onto the main verb."""
    moves: list[tuple[int, int]] = []
    for tok in map(sent.doc.__getitem__, tagged(sent, _GERUND_TAGS)):  # (a Token per VBG only)
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0:
            continue
        if tok.doc[tok.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
            continue
        mod = tok.head
        if mod.dep_ != "acl" or mod.tag_ not in _PARTICIPLES or mod.i > tok.i:
            continue
        noun = mod.head
        verb = noun.head
        if noun.dep_ in _OBJECTS and verb.pos_ == "VERB" and verb.i < noun.i:
            moves.append((tok.i, verb.i))
    if not moves:
        return
    heads, deps = tree_of(sent)
    for i, verb_i in moves:
        heads[i] = verb_i
    comma = {i - 1 for i, _ in moves}
    for i in comma:
        if deps.get(i) == "punct":
            heads[i] = heads[i + 1]
    _write_tree(sent, heads, deps)


__all__ = ["participle_after_modifier"]
