"""An office-holder named by title and a name the tables lack is a party as an object too (issue
9, parties56: fresh30's class D; recurring.md's "title-only / surname-only actors" (T)).

"Norway's fisheries minister met Foreign Minister Alberto van Klaveren", "Economy Minister A
signed a memorandum with Foreign Minister B": the name is no mention of the tables, and the
title ("Foreign Minister") is a compound of it, so the object resolved to nothing and the act
lost its other side ("a meeting of one"). As subject, the title already stands for its office
(``_reading.subject`` reads the name's modifiers); here the object's, or the "with" partner's,
title does so too: an office of no state yet, placed by the pair stages (the dateline, the story's
one other state, or the state the story's earlier acts pair with the doer's:
``placing.locate``), never in the doer's own state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import OWNER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.comitative import _with_object
from realpolitik.extract.parties.unplaced_people import titled_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# The titles of state office-holders (lowercased lemmas) whose name may follow them.
_TITLES = frozenset(
    {"minister", "president", "chancellor", "premier", "secretary", "ambassador", "envoy",
     "king", "queen", "emir", "sultan", "prince", "commissioner", "governor", "general"}
)  # fmt: skip
# ("met Foreign Minister Rui Alvesson": the parser makes the name a noun-phrase adverbial at times)
_OBJECT_DEPS = frozenset({"dobj", "npadvmod"})
_WITH = "with"


@acts_on(noun=False, words=_TITLES)
def titled_object(s: Site, c: Candidates) -> Candidates:
    """ "met Foreign Minister B", "signed a memorandum with Trade Minister B": the title is the
    target, an office of no state yet (the pair stages place it)."""
    if c.targets or s.noun:
        return c
    for name in _objects(s):
        title = _title(s, name)
        if title is None:
            continue
        m = s.actors.mention_of(title)
        if m is None or not m.ref.code.startswith("---"):
            continue
        return c.with_targets([Arg(m.ref, OWNER, title.i)])
    return c


def _objects(s: Site) -> list[Token]:
    """The trigger's direct object and its "with" partners (on the verb, its object or its
    object's topic)."""
    out = [k for k in s.kids if k.dep_ in _OBJECT_DEPS and k.i > s.tok.i]
    doc = s.tok.doc
    for w in doc[s.tok.i + 1 : s.ctx.sent.end]:
        if w.lower_ == _WITH and w.dep_ == "prep":
            out += [p for p in w.children if p.dep_ == "pobj" and _with_object(p, s.tok)]
    return out


def _title(s: Site, name: Token) -> Token | None:
    """The title compound of a proper name the tables lack ("Foreign Minister B": "Minister"),
    when it is a state office-holder's title."""
    if not titled_name(s, name):
        return None
    for k in name.children:
        if k.dep_ == "compound" and k.lemma_.lower() in _TITLES and s.actors.mention_of(k):
            return k
    return None


__all__ = ["titled_object"]
