"""A criticism or protest of a thing with no target: the thing's state is the story's (issue 9,
pairs23: fresh12's X).

"Chile protested to Peru over fishing licences issued to foreign trawlers. The foreign minister
called the licences 'an illegal act'": the licences criticised are the ones the earlier protest
was about, so the criticism is aimed where that protest was (the repeated noun ties them).
"NAME has praised Guatemala ..., yet her government still protests every licence the islands
issue": a state's protest of a thing no state's words own is aimed at the story's other state,
the one an earlier act of the same state in the sentence was aimed at. (The story's latest act
alone is not enough: "condemned the attack" may be a third party's.)
Without this the criticism of a thing had no target, since the thing names no actor.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._state_epithets import is_epithet
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, unknown
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.extract.parties.story_commitments import earlier_clause_partner

if TYPE_CHECKING:
    from spacy.tokens import Token

_DISAPPROVE = "11"
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})  # "called the permits a provocation"
_TOPIC_PREPS = frozenset({"over", "about", "against", "at"})
_SAID_BACK = 2  # sentences back a repeated noun ties the criticism to an earlier protest
_TEXT_BACK = 1500  # characters back the repeated noun is looked for


def _criticised_thing(s: Site) -> Token | None:
    """What the criticism is of, when it names no actor: "called the licences illegal",
    "protests every licence the islands issue", "protested over the licences"."""
    objs = [k for k in s.kids if k.dep_ in _OBJECT_DEPS]
    objs += [p for k in s.kids if k.dep_ == "prep" and k.lower_ in _TOPIC_PREPS
             for p in k.children if p.dep_ == "pobj"]  # fmt: skip
    owners = [p for o in objs for p in o.children if p.dep_ == "poss"]  # "the licences' an act"
    for o in owners + objs:
        noun = o.pos_ == "NOUN" or any(k.dep_ == "det" for k in o.children)  # ("the permits")
        if not noun or s.actors.mention_of(o) is not None or is_epithet(o):
            continue  # ("the islands": a state, if any, never the thing "Solomon Islands" said)
        if any(not unknown(a) for a in s.actors.resolve(o)):
            continue  # ("the Peruvian licences": the modifier places it)
        return o
    return None


def _repeated(s: Site, thing: Token) -> bool:
    """``thing``'s word was said in the text just before the sentence ("licences")."""
    before = s.ctx.text[max(0, s.ctx.start - _TEXT_BACK) : s.ctx.start]
    words = {thing.lower_, thing.lemma_.lower()}
    return any(re.search(rf"\b{re.escape(w)}\b", before, re.IGNORECASE) for w in words if w)


def _earlier_criticism(s: Site) -> EarlierAct | None:
    """The latest protest or criticism of the last sentences that had a target."""
    for act in reversed(recent(s, _SAID_BACK)):
        if act.root == _DISAPPROVE and act.target is not None and act.target.country:
            return act
    return None


def _home(a: Arg, b: Arg) -> bool:
    """A state's criticism aimed at its own state: the thing's owner not found."""
    return bool(a.ref.country) and b.ref.country == a.ref.country


@acts_on(roots=(_DISAPPROVE,))
def criticised_thing_owner(s: Site, c: Candidates) -> Candidates:
    """ "called the licences 'an illegal act'": the licences' state, as the story gave it."""
    if s.root != _DISAPPROVE or not c.pairs:
        return c
    if all(b is not None and not _home(a, b) for a, b in c.pairs):
        return c
    thing = _criticised_thing(s)
    if thing is None:
        return c
    act = _earlier_criticism(s) if _repeated(s, thing) else None
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        own = a.ref.country or ""
        b = None if b is not None and _home(a, b) else b  # ("called the permits a provocation")
        if b is None and own and not unknown(a):
            b = earlier_clause_partner(s, own, done_only=False)
        if b is None and act is not None and act.target is not None and act.target.country != own:
            b = Arg(act.target, EARLIER, s.tok.i)
        pairs.append((a, b))
    return c.with_pairs(pairs)
