"""The pronoun object of a coordinated second verb is the first verb's object (issue 9,
parties49: fresh24's class D; recurring.md's "coordinated predicates").

"Chilean police detained a Peruvian reporter on Saturday and deported him two days later":
"him" is the reporter, so the deportation is aimed at Peru; with no target the pronoun was read
as the doer's own people (``pairs.home_target``: CHL -> CHL). A verb conjoined to an earlier
verb of the same clause, whose object is a personal pronoun ("him", "her", "them") of the
first object's number, takes the states the first verb's object names (its own words: "a
Peruvian reporter", "two Kenyan students"), never the doer's own. Only where the pronoun gave
no state of its own (no target, or the doer's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_SINGULAR = frozenset({"him", "her"})
_PLURAL = frozenset({"them"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _first_object(tok: Token) -> Token | None:
    """The object of the verb ``tok`` is conjoined to ("detained a reporter ... and deported")."""
    if tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((k for k in tok.head.children if k.dep_ == "dobj"), None)


@acts_on(noun=False)
def coordinated_pronoun_object(s: Site, c: Candidates) -> Candidates:
    """A second verb's pronoun object names the first verb's object again: its states as the
    target (see the module doc)."""
    if not c.sources or s.noun:
        return c
    obj = s.child("dobj")
    if obj is None or obj.lower_ not in _SINGULAR | _PLURAL:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own or any(not unknown(a) and key(a) not in own for a in c.targets):
        return c
    first = _first_object(s.tok)
    if first is None or first.pos_ != "NOUN":
        return c
    if (first.tag_ in _PLURAL_TAGS) != (obj.lower_ in _PLURAL):
        return c  # ("detained two reporters and deported him": another person)
    got = [a for a in s.actors.resolve(first) if not unknown(a) and key(a) not in own]
    if not got or len({key(a) for a in got}) != 1:
        return c
    return c.with_targets([Arg(a.ref, EARLIER, obj.i) for a in got], 1)
