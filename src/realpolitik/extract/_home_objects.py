"""People flown home read as a compound of "home" (lex30, fresh17 FH).

"Kenya flew 120 Ugandan migrants home.": with nothing after "home" the parser may read "migrants
home" as one noun, the people its compound and "home" an adverb of the verb, so the verb has no
object and "flew ... home" (a return, 174) names no one returned. Where "home" hangs on a verb
with no object of its own as an adverb and has a noun compound, that noun is the verb's object
and "home" the adverb alone. (With "home" read as the object, "sent 12 Ugandans home", the
lexicon's ``obj=home`` rows read it as it stands.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

_ADVERBS = frozenset({"advmod", "npadvmod"})
_OBJECTS = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp"})


def people_home(sent: Span) -> None:
    """ "flew 120 Ugandan migrants home": the compound of "home" made the verb's object."""
    lowers = sentence_lowers(sent)
    if "home" not in lowers:
        return
    doc = sent.doc
    for k, low in enumerate(lowers):
        home = doc[sent.start + k]
        if low != "home" or home.dep_ not in _ADVERBS or home.head.pos_ != "VERB":
            continue
        verb = home.head
        people = [c for c in home.children if c.dep_ == "compound" and c.tag_ in ("NNS", "NN")]
        if not people or any(c.dep_ in _OBJECTS for c in verb.children):
            continue
        heads, deps = tree_of(sent)
        heads[people[-1].i], deps[people[-1].i] = verb.i, "dobj"
        _write_tree(sent, heads, deps)
        home.tag_, home.pos_ = "RB", "ADV"
        forget(doc)
