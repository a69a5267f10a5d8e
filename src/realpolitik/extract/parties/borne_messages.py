"""Messages a traveller bears: "the minister arrived in Lima bearing condolences from Kenya",
"Kenya's envoy arrived in Lima carrying condolences from President Ruto" (parties28).

A participle of bearing ("bearing", "carrying", "bringing") on a verb of arrival names what the
traveller brings and, by its "from" phrase, whose it is: the sender's act toward the place of
arrival's state (GUIDE rule 4: a message carried for its owner is the owner's act). The message
noun has no owner or aim of its own there, so without this it was unplaced; and the visit of a
traveller of no state named is the sender's, not the nearest state's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._reading import first
from realpolitik.extract.parties.message_content import message_content

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Participles by which a traveller brings something (by form: the parser may tag "bearing" a noun)
_BEARING = frozenset({"bearing", "carrying", "bringing"})
# Where a verb of arrival names its place
_DESTINATION = ("in", "to", "at")


def _bearing(tok: Token) -> bool:
    """``tok`` is a bearing participle hung on a verb ("arrived ..., bearing")."""
    return (
        tok.lower_ in _BEARING
        and tok.dep_ in ("advcl", "acl", "xcomp")
        and tok.head.pos_ in ("VERB", "AUX")
    )


def _bearing_of(tok: Token) -> Token | None:
    """The bearing participle ``tok`` (a message noun) is the object of, hung on a verb."""
    return tok.head if tok.dep_ == "dobj" and _bearing(tok.head) else None


def _sender(s: Site, bearer: Token, message: Token | None) -> list[Arg]:
    """The state the "from" phrase names, on the message or (misparsed) on the participle."""
    froms = [p for _, p in pobjs(bearer, ("from",))]
    for obj in (
        [message] if message is not None else [k for k in bearer.children if k.dep_ == "dobj"]
    ):
        froms = [p for _, p in pobjs(obj, ("from",))] + froms
    return [a for a in first(s.actors, froms) if not unknown(a)]


def _borne(tok: Token, noun: bool) -> tuple[Token, Token | None] | None:
    """The bearing participle and the message: ``tok`` is the message noun, or the participle
    itself where it is the trigger ("carrying condolences": 018)."""
    if noun:
        bearer = _bearing_of(tok)
        return None if bearer is None else (bearer, tok)
    if _bearing(tok):
        return tok, next((k for k in tok.children if k.dep_ == "dobj"), None)
    return None


def borne_message(tok: Token, noun: bool) -> bool:
    """A message a traveller brings is news beside the arrival, not its scene (``_extract``);
    so is what a message handed over says ("met NAME and handed him a letter from NAME2
    inviting him to CAPITAL": the invitation beside the meeting, clauses31)."""
    return _borne(tok, noun) is not None or (not noun and message_content(tok))


@acts_on(words=_BEARING)
def borne_message_parties(s: Site, c: Candidates) -> Candidates:
    """ "Arrived in Lima bearing condolences from Kenya": the condolences are Kenya's (else the
    traveller's), aimed at the place of arrival's state (see the module doc)."""
    if c.targets and c.sources and not all(unknown(a) for a in c.sources):
        return c
    borne = _borne(s.tok, s.noun)
    if borne is None:
        return c
    bearer, message = borne
    verb = bearer.head
    senders = _sender(s, bearer, message)
    if not senders:
        subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
        senders = [a for a in s.actors.resolve(subj) if not unknown(a)] if subj is not None else []
    if not senders:
        return c
    mine = {key(a) for a in senders}
    dest = [
        a for a in first(s.actors, [p for _, p in pobjs(verb, _DESTINATION)]) if key(a) not in mine
    ]
    out = c.with_sources(senders) if not c.sources or all(unknown(a) for a in c.sources) else c
    kept = [a for a in c.targets if key(a) not in mine]  # ("from Kenya" read as the aim)
    return out.with_targets(kept or dest)


@acts_on(noun=False, words=_BEARING)
def bearer_sender(s: Site, c: Candidates) -> Candidates:
    """ "The minister arrived in Lima bearing a message from President Ruto": a traveller of no
    state named travels for the sender (see the module doc)."""
    if s.noun or (c.sources and not all(unknown(a) for a in c.sources)):
        return c
    for bearer in s.tok.children:
        if bearer.lower_ in _BEARING and bearer.dep_ in ("advcl", "acl", "xcomp"):
            senders = _sender(s, bearer, None)
            if senders:
                mine = {key(a) for a in senders}
                return c.with_sources(senders).with_targets(
                    [a for a in c.targets if key(a) not in mine]
                )
    return c


__all__ = ["bearer_sender", "borne_message", "borne_message_parties"]
