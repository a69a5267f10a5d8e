"""Targets of acts a contact performs (lex25, fresh13_classes.md NC; the reading is
:mod:`realpolitik.extract._performed_acts`).

"Kenya's interior minister called his Ugandan counterpart to offer condolences", "rang X to
express sympathy": the condolences go to whom the call goes; "Ruto thanked his Tanzanian
counterpart in a telephone call": the call goes to whom the thanks go, from the thanker. The act
with no target of its own takes the contact verb's targets (its roles, or its object). Contact
verbs only: "sent troops to help X" (``verb_phrase.purpose_beneficiary``) and "shelled the
town to halt Y's advance" (``embedded.purpose_act_target``) read their purposes otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjoined_subjects
from realpolitik.extract._performed_acts import SPOKEN_ROOTS, contact_purpose, manner_call
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._reading import first

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg


def _contact_targets(s: Site, contact: Token, own: set[str]) -> list[Arg]:
    main = s.ctx.triggers.get(contact.i)
    got = list(s.ctx.roles_of(main).targets) if main is not None else []
    if not got:
        got = first(s.actors, _called(contact))
    return [a for a in got if key(a) not in own]


def _called(contact: Token) -> list[Token]:
    """The one called: the contact verb's object, or with none the name the parser read as a
    predicate ("called King Abdullah II to discuss ...": "II" an ``oprd``; seeds39), or the one
    spoken to or with ("spoke to X in a phone call", lexicon66)."""
    objs = [o for o in contact.children if o.dep_ == "dobj"]
    if objs:
        return objs
    named = [o for o in contact.children if o.dep_ == "oprd" and o.pos_ == "PROPN"]
    return named or [
        o
        for p in contact.children
        if p.dep_ == "prep" and p.lower_ in _SPOKEN_TO
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() not in _PRESS
    ]


_SPOKEN_TO = frozenset({"to", "with"})
# The press spoken to in a call is no party to it ("told reporters in a conference call").
_PRESS = frozenset({"reporter", "journalist", "press", "media", "correspondent", "newsman"})


def _call_frame_caller(s: Site, c: Candidates) -> Candidates:
    """ "In a phone call with X, Y said ...": the call noun has its partner ("with X") but no
    doer of its own; the doer is the subject of the verb the call frames (lexicon66)."""
    if c.sources or not s.noun or s.code != _CALL:
        return c
    contact = manner_call(s.tok)
    if contact is None:
        return c
    callers = first(s.actors, conjoined_subjects(contact))
    own = {key(a) for a in c.targets}
    callers = [a for a in callers if key(a) not in own]
    return c.with_sources(callers) if callers else c


_CALL = "041"


def _callers_own(s: Site, targets: tuple[Arg, ...], callers: list[Arg]) -> bool:
    """ "Called X to offer his sympathy": the possessive of the purpose's own words ("his",
    "their", "Kenya's") is the caller's, the one who speaks them; it is no target, and reading
    it as one would turn the one called into the speaker."""
    own = {a.ref.code[:3] for a in callers}  # (the state's name for its minister: "Kenya's")
    return bool(own) and all(
        s.tok.doc[a.tok].dep_ == "poss" and a.ref.code[:3] in own for a in targets
    )


@acts_on(roots=SPOKEN_ROOTS)
def contact_purpose_target(s: Site, c: Candidates) -> Candidates:
    """ "Called his counterpart to offer condolences": the condolences go to the one called;
    "thanked X in a telephone call": the call is the thanker's, to X."""
    if c.targets and not any(s.tok.doc[a.tok].dep_ == "poss" for a in c.targets):
        return _call_frame_caller(s, c)
    contact = contact_purpose(s.tok, s.code, s.noun)
    if contact is None and s.noun:
        contact = manner_call(s.tok)
    if contact is None:
        return c
    main = s.ctx.triggers.get(contact.i)
    callers = list(s.ctx.roles_of(main).sources) if main is not None else []
    if not callers:
        callers = first(s.actors, conjoined_subjects(contact))
    if c.targets and not _callers_own(s, c.targets, callers):
        return c
    called = first(s.actors, _called(contact))
    if callers and (not c.sources or {key(a) for a in c.sources} <= {key(a) for a in called}):
        c = c.with_sources(callers)  # the caller, never the one called ("called X to offer")
    if not c.sources:
        return c
    got = _contact_targets(s, contact, {key(a) for a in c.sources})
    return c.with_targets(got) if got else c
