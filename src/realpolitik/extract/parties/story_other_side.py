"""A measure kept or a complaint made that names no one, in a story of two states, is aimed at
the story's other state (issue 9: fresh22's D; recurring.md's "target named only in the story").

"Few neighbours quarrel as quietly as Austria and Hungary. Vienna has kept its border checks
for more than two years": the checks restrict the movement of the other state's people (191),
though the sentence names no border state; "Islamabad, for its part, has not complained
publicly" after a sentence on Qatar's money complains (or not) to Qatar. The other state is
the one the paragraph names besides the doer's before the act's sentence (one its own
sentence names is that sentence's to place: "ordered the border with Slovakia closed"), a state named only
in a comparison ("than any state except China") passed over; where the
paragraph names several, the story's latest act between the doer's state and one other
(``court_cases.story_partner``); else no one. Done by the state or its government only: its
farmers' complaints and its police's checkpoints are no act between states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.factuality import factuality_of
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.court_cases import story_partner
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_RESTRICT = "191"  # a restriction of movement: border checks kept, a crossing closed
_COMPLAINT_ROOT = "11"
_ROOTS = frozenset({"19", _COMPLAINT_ROOT})
_FACTS = frozenset({"asserted", "reported", "negated"})
_STATE_SECTORS = frozenset({"", "GOV"})
_NO_STATE = "---"
# A gerund or clause a judgement gives as its reason ("for closing the border") is no news.
_REASON_DEPS = frozenset({"pcomp", "advcl", "acl", "relcl"})
# Words that open a comparison: the states after them are measured against, not parties
# ("as quietly as Austria and Hungary" names the story's own pair: no "as" here).
_COMPARING = frozenset({"than", "except", "unlike"})


def _compared(tok: Token) -> bool:
    """``tok`` lies in a comparison's phrase ("than any state except China", "as Hungary")."""
    for anc in (tok, *tok.ancestors):
        if anc.lower_ in _COMPARING and anc.dep_ in ("prep", "mark", "advmod", "cc"):
            return True
        if anc.dep_ in ("pobj",) and anc.head.lower_ in _COMPARING:
            return True
        if anc.dep_ in ("nsubj", "ROOT", "dobj"):
            return False
    return False


def paragraph_other(s: Site, own: str) -> Arg | None:
    """The one state besides ``own`` the paragraph names before the act's sentence,
    comparisons passed over; else the story's partner of ``own``."""
    found: dict[str, ActorRef] = {}
    for tok in s.tok.doc[: s.ctx.sent.start]:  # (a state its own sentence names: its words')
        m = s.actors.mention_of(tok)
        if m is None or not m.ref.country or m.ref.country == own:
            continue
        if m.ref.code.startswith(_NO_STATE) or _compared(tok):
            continue
        found.setdefault(m.ref.country, ActorRef(m.ref.text, m.ref.country, m.ref.country))
    if len(found) == 1:
        return Arg(next(iter(found.values())), EARLIER, s.tok.i)
    return story_partner(s, own)


def state_voice(s: Site, a: Arg) -> bool:
    """``a`` is the state or its government, not its people ("Kenyan farmers" code KEN too)."""
    if not a.ref.country or a.ref.code[3:] not in _STATE_SECTORS:
        return False
    tok = s.tok.doc[a.tok] if 0 <= a.tok < len(s.tok.doc) else None
    return tok is None or tok.pos_ != "NOUN" or bool(a.ref.code[3:])


@acts_on(roots=_ROOTS)
def story_other_side(s: Site, c: Candidates) -> Candidates:
    """Border checks kept (191, verb or noun) or a complaint by a state (11, a verb with no
    object of its own), told as done or denied, that name no one: the story's other state."""
    if not c.pairs or all(b is not None for _, b in c.pairs):
        return c
    if s.code != _RESTRICT and (s.root != _COMPLAINT_ROOT or s.noun):
        return c
    if s.tok.tag_ == "VBG" or s.tok.dep_ in _REASON_DEPS:
        return c  # ("criticised Y for closing the border": the judged act, told by its judge)
    if s.root == _COMPLAINT_ROOT and any(k.dep_ in ("dobj", "ccomp") for k in s.kids):
        return c  # ("complained that its farmers ...": what, not to whom; other stages)
    fact = factuality_of(s.tok, sent=s.ctx.sent)
    if fact not in _FACTS and not s.found.negated:
        return c
    return c.fill_targets(lambda own: paragraph_other(s, own), by=lambda a: state_voice(s, a))
