""" "it" after "Y-ian officials say" is the sentence's main subject, and a refusal they tell is
aimed at them (issue 9, parties49: fresh24's class C; recurring.md's "actor resolution: it/its"
and "attribution source as an act or a party").

"Although Peru has signed patrol agreements with Chile, it has refused to join drills, and
Chilean officials say it turned down an invitation to send observers": the second "it" is Peru,
the subject of the clause the report is conjoined to, not the officials' own state (the nearest
state before the pronoun); read as Chile the refusal came out Chile -> Chile. A refusal the
other state's officials tell, naming no one, refused what that state offered or asked (the
invitation was theirs): it is aimed at them. Only a refusal whose subject "it" repeats the "it"
of the clause the report is conjoined to, read as another state ("X asked ..., and Y-ian
officials say it refused" may well be Y: left as read, a fresh7 key showed it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_SAYING = frozenset({"say", "tell", "report", "add", "insist", "note", "confirm"})
_REFUSAL = "12"


def _states(s: Site, tok: Token | None) -> list[Arg]:
    if tok is None:
        return []
    return [a for a in s.actors.resolve(tok) if a.ref.country and not unknown(a)]


def _subject(tok: Token) -> Token | None:
    return next((k for k in tok.children if k.dep_ == "nsubj"), None)


@acts_on(noun=False, roots=(_REFUSAL,), words=("it",))
def reported_it_main_subject(s: Site, c: Candidates) -> Candidates:
    """ "X has refused ..., and Y-ian officials say it turned down an invitation": X, not Y,
    turned it down, and (a refusal naming no one) at Y (see the module doc)."""
    subj = s.child("nsubj")
    if subj is None or subj.lower_ != "it" or s.noun or s.tok.dep_ != "ccomp":
        return c
    if s.root != _REFUSAL:
        return c
    say = s.tok.head
    if say.lemma_.lower() not in _SAYING or say.dep_ != "conj":
        return c
    speakers = _states(s, _subject(say))
    told = {a.ref.country for a in speakers}
    if len(told) != 1 or {a.ref.country for a in c.sources} != told:
        return c  # (the pronoun was not read as the speakers' state)
    first = _subject(say.head)
    if first is None or first.lower_ != "it":
        return c  # ("X asked ..., and Y-ian officials say it refused": "it" may be Y)
    main = [a for a in _states(s, first) if a.ref.country not in told]
    if not main or len({a.ref.country for a in main}) != 1:
        return c
    out = c.with_sources([Arg(a.ref, EARLIER, subj.i) for a in main])
    if s.root == _REFUSAL and not any(a.ref.country not in told for a in c.targets):
        out = out.with_targets([Arg(a.ref, EARLIER, say.i) for a in speakers], 1)
    return out
