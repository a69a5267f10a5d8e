"""A foreign group named by demonym and name is the demonym's state's, and "accusing it" after
its expulsion is aimed there (issue 9, parties51: fresh25's class P; recurring.md's "actor
resolution: it/its" and "places and firms not in the tables").

"Thailand expelled the Malaysian aid group Amal Bakti from the Yala region, accusing it of
helping rebels": the phrase "the X-ian aid group NAME" says whose the group is; a word of its
foreign name that some table knows ("Amal") is no party, and the parse may make the name the
head with "group" its modifier. The trailing participle's "it" is the expelled group, which
resolved to the expelling state itself (a self-target, dropped) or to the name's actor. Two
readings, both only for a verb whose object phrase holds a demonym modifying a group noun:

- ``demonym_group_target``: a target taken from that phrase is the demonym's state;
- ``participle_it_group``: a participle after the verb ("..., accusing it of") whose object is
  "it" and whose target is the doer's own state or none takes the same state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of organised groups that a demonym before them places ("the Austrian aid group").
GROUP_NOUNS = frozenset(
    {"group", "charity", "organisation", "organization", "ngo", "agency", "association",
     "foundation", "mission", "society", "network", "institute", "firm", "company", "outfit",
     "movement", "trust", "fund"}
)  # fmt: skip
_MODS = frozenset({"amod", "compound", "nmod", "appos"})
_PRONOUNS = frozenset({"it", "them"})


def _phrase(head: Token) -> list[Token]:
    """``head`` and its modifiers, appositions and compounds before any preposition."""
    out = [head]
    for k in head.children:
        if k.dep_ in _MODS:
            out += _phrase(k)
    return out


def group_state(s: Site, head: Token) -> tuple[str, list[int]]:
    """(country, phrase tokens) of "the X-ian <group noun> [NAME]" headed by ``head``."""
    words = _phrase(head)
    found = set()
    for g in words:
        if g.lemma_.lower() not in GROUP_NOUNS:
            continue
        for d in g.children:
            m = s.actors.mention_of(d) if d.dep_ == "amod" else None
            if m is not None and m.is_state and m.ref.country:
                found.add(m.ref.country)
    if len(found) != 1:
        return "", []
    return found.pop(), [t.i for t in words]


def _state(country: str, tok: int) -> Arg:
    return Arg(ActorRef(country, country, country), 1.0, tok)


@acts_on(noun=False)
def demonym_group_target(s: Site, c: Candidates) -> Candidates:
    """ "expelled the Malaysian aid group Amal Bakti": Malaysia, not the name's actor."""
    if not c.targets or s.noun:
        return c
    obj = s.child("dobj")
    if obj is None:
        return c
    country, words = group_state(s, obj)
    if not country:
        return c
    out = [_state(country, t.tok) if t.tok in words and key(t) != country else t for t in c.targets]
    return c.with_targets(out) if out != list(c.targets) else c


@acts_on(noun=False)
def participle_it_group(s: Site, c: Candidates) -> Candidates:
    """ "expelled the X-ian aid group NAME ..., accusing it of": the group's state."""
    if not c.sources or s.noun or s.tok.dep_ != "advcl" or s.tok.tag_ != "VBG":
        return c
    it = s.child("dobj")
    if it is None or it.lower_ not in _PRONOUNS:
        return c
    own = {key(a) for a in c.sources}
    if c.targets and not all(key(t) in own for t in c.targets):
        return c
    obj = next((k for k in s.tok.head.children if k.dep_ == "dobj"), None)
    country = group_state(s, obj)[0] if obj is not None else ""
    if not country or country in own:
        return c
    return c.with_targets([_state(country, it.i)])
