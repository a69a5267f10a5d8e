"""Counterparts named in another clause of the same sentence: the bloc of a when-clause, the
owner a subordinate clause gives a named place.

"Kenya pledged two battalions when the African Union asked for troops": the pledge is made to
the bloc; "Eritrea withdrew its soldiers from Badme, a month after judges ruled that the village
belongs to Ethiopia": the withdrawal is Ethiopia's gain (fresh5's classes X and P). Places are in
no actor table, so their owner is read from the clause that states it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._hyphen_names import name_word
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract.confidence import IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# -- a bloc named in a when-clause ---------------------------------------------------------------
# Roots of acts made to a bloc that asks or gathers: commitments (03) and aid (07).
_GIVING_ROOTS = frozenset({"03", "07"})
_TIME_MARKS = frozenset({"when", "after", "as", "once", "before"})
_BODY = "IGO"


def _clause_parties(verb: Token) -> list[Token]:
    """The subject, object and prepositional objects of a clause's verb."""
    got = [k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass", "dobj")]
    got += [p for _, p in pobjs(verb, ("with", "to", "from", "for"))]
    return got


@acts_on(noun=False, roots=_GIVING_ROOTS)
def clause_bloc_recipient(s: Site, c: Candidates) -> Candidates:
    """ "Kenya pledged two battalions when the African Union asked for troops", "when it met
    SADC leaders, Botswana promised funding": a pledge or aid naming no other recipient (its
    object the giver's own forces at most) is made to the bloc its when- or after-clause names
    as a party."""
    if not c.sources or s.noun or s.root not in _GIVING_ROOTS:
        return c
    own = {key(a) for a in c.sources}
    if any(key(a) not in own and not unknown(a) for a in c.targets):
        return c
    for k in s.kids:
        if k.dep_ != "advcl" or not any(
            m.dep_ == "advmod" and m.lower_ in _TIME_MARKS or m.dep_ == "mark"
            and m.lower_ in _TIME_MARKS for m in k.children
        ):  # fmt: skip
            continue
        for t in _clause_parties(k):
            bodies = [a for a in s.actors.resolve(t) if a.ref.code.startswith(_BODY)]
            if bodies:
                return c.with_targets(bodies, 1)
    return c


# -- the owner of a named place -----------------------------------------------------------------
_RETREAT = "08"  # yielding: withdrawals, handovers
_OWNING = frozenset({"belong", "claim", "own", "administer"})
_ANAPHORA = frozenset({"it", "that", "which"})


_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "xcomp", "acl", "parataxis", "conj"})


def _in_phrase(tok: Token, verb: Token) -> bool:
    """``tok`` is in ``verb``'s own phrase, not in a clause under it."""
    t = tok
    while t.i != verb.i:
        if t.dep_ in _CLAUSES or t.head.i == t.i:
            return False
        t = t.head
    return True


def _place(s: Site) -> Token | None:
    """The named place an act leaves: "withdrew from Badme", "pulled the last of its troops
    out of X" (a name in no table, in the act's own phrase)."""
    for t in s.tok.subtree:
        if t.dep_ != "pobj" or t.head.lower_ not in ("from", "of") or not name_word(t):
            continue
        if _in_phrase(t, s.tok) and not s.actors.resolve(t):
            return t
    return None


def _names_place(theme: Token, place: Token) -> bool:
    """The owning clause is about the place: itself, a pronoun, a definite noun ("the
    village"), or a relative pronoun of its apposition ("Badme, a town that X claims")."""
    if theme.i == place.i or theme.lower_ in _ANAPHORA:
        return True
    return theme.pos_ == "NOUN" and any(
        k.dep_ == "det" and k.lower_ in ("the", "this") for k in theme.children
    )


def _owner(s: Site, place: Token) -> list[Arg]:
    for v in s.ctx.sent:
        lemma = v.lemma_.lower()
        if lemma not in _OWNING or v.pos_ not in ("VERB", "AUX") or v.i == s.tok.i:
            continue
        if lemma == "belong":
            theme, owners = child(v, "nsubj"), [p for _, p in pobjs(v, ("to",))]
        else:
            theme, owners = child(v, "dobj"), [k for k in v.children if k.dep_ == "nsubj"]
            if theme is None and v.dep_ == "relcl":
                theme = v.head  # "a town that X claims": the relative clause's head
        if theme is None or not (_names_place(theme, place) or theme.head.i == place.i):
            continue
        got = [a for o in owners for a in s.actors.resolve(o) if a.ref.country]
        if got:
            return [Arg(got[0].ref, IN_PHRASE, got[0].tok)]
    return []


@acts_on(noun=False, roots=(_RETREAT,))
def place_owner_target(s: Site, c: Candidates) -> Candidates:
    """ "Eritrea withdrew its soldiers from Badme, a month after judges ruled that the village
    belongs to Ethiopia", "Morocco withdrew from Guerguerat, a town that Mauritania claims": a
    withdrawal from a named place that no table knows is aimed at the owner a clause of the
    same sentence gives it (never the withdrawing side)."""
    if not c.sources or s.noun or s.root != _RETREAT:
        return c
    own = {key(a) for a in c.sources}
    if any(key(a) not in own and not unknown(a) for a in c.targets):
        return c
    place = _place(s)
    if place is None:
        return c
    got = [a for a in _owner(s, place) if key(a) not in own]
    return c.with_targets(got, 1) if got else c
