"""The story's other state: the one state besides the doer's that the paragraph (``other_state``)
or the whole document (``document_partner``) names, read by the story stages (``story_acts``,
``story_visits``, ``returned_places``, ``handover_goal``, ``scrambled``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._command_phrases import command_tokens
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Site
from realpolitik.extract.parties.court_cases import story_partner
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    pass


_NO_STATE = "---"


def other_state(s: Site, own: str) -> Arg | None:
    """The one state other than ``own`` that the paragraph names up to the end of the act's
    sentence (a conjoined clause of its own sentence included: "Riga threatened to close the
    crossing, and Tallinn refused"), else (the paragraph naming no other) the story's partner;
    where the paragraph names several, the one of them the story or the dateline picks
    (``_among_several``), else None."""
    found: dict[str, ActorRef] = {}
    subject = s.child("nsubj")  # ("Ethnic Uzbeks in Kyrgyzstan vowed": the doer's own words)
    own_words = range(subject.left_edge.i, subject.right_edge.i + 1) if subject else range(0)
    commander = command_tokens(s.ctx.sent)  # ("under British command": no party, UC)
    for tok in s.tok.doc[: s.ctx.sent.end]:
        if tok.i in own_words or tok.i in commander:
            continue
        m = s.actors.mention_of(tok)
        if m is None or not m.ref.country or m.ref.country == own:
            continue
        if m.ref.code.startswith(_NO_STATE):
            continue
        country = m.ref.country
        if country not in found or (m.is_state and found[country].code != country):
            found[country] = m.ref if m.is_state else ActorRef(m.ref.text, country, country)
    if len(found) > 1:
        return _among_several(s, own, set(found))
    if found:
        return Arg(next(iter(found.values())), EARLIER, s.tok.i)
    return story_partner(s, own)


def _among_several(s: Site, own: str, named: set[str]) -> Arg | None:
    """Of several states the paragraph names besides ``own`` ("Estonia expelled a Russian
    diplomat ... The Russian embassy denied any contact, and Latvia's ministry praised the
    decision"; "Riga would ask Poland and Lithuania to coordinate patrols. Minsk denied
    organising the crossings"), the one state the story's earlier acts pair with ``own``, else
    (none paired) the dateline's state where the paragraph names it: the third states of a
    list or of a conjoined clause only look on (practice18). None where two are paired
    ("A bought jets from X. B signed a deal with X. X delivered the jets") or neither holds."""
    paired: dict[str, ActorRef] = {}
    for act in s.ctx.earlier:
        if act.target is None or not act.source.country or not act.target.country:
            continue
        sides = {act.source.country: act.source, act.target.country: act.target}
        if own in sides and len(sides) == 2:
            other = next(c for c in sides if c != own)
            if other in named:
                paired.setdefault(other, sides[other])
    if len(paired) == 1:
        return Arg(next(iter(paired.values())), EARLIER, s.tok.i)
    home = s.actors.dateline
    if not paired and home and home != own and home in named:
        return Arg(ActorRef(home, home, home), EARLIER, s.tok.i)
    return None


def document_partner(s: Site, own: str) -> Arg | None:
    """The one state other than ``own`` that the whole document names (a later sentence
    included: "X denied that Riga had breached the zone. Estonia's minister demanded ..."),
    where it names exactly two (parties33, fresh17's X)."""
    subject = s.child("nsubj")  # ("the Serbian ambassador to Algeria": the doer's own words)
    lo = hi = -1
    if subject is not None:
        lo = s.actors.doc_offset(subject.left_edge)
        hi = s.actors.doc_offset(subject.right_edge) + len(subject.right_edge.text)
    doc = s.tok.doc
    commander = {s.actors.doc_offset(doc[i]) for i in command_tokens(s.ctx.sent)}
    found = {
        m.ref.country for m in s.actors.mentions
        if m.ref.country and m.ref.country != own and not m.ref.code.startswith(_NO_STATE)
        and not lo <= m.start < hi and m.start not in commander
    }  # fmt: skip
    if len(found) != 1:
        return None
    country = found.pop()
    return Arg(ActorRef(country, country, country), EARLIER, s.tok.i)
