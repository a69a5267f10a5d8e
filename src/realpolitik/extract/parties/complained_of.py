"""A complaint lodged with a body is aimed at the state complained of, not at the body (issue 9,
fact26: fresh14's class NP).

"Togo deported 40 Ghanaian traders. Accra did not complain to the African Union", "Ghana lodged
a complaint with the AU", "Ghana complained to the UN about the deportations": the body a
complaint (CAMEO 11) is brought to or lodged with is its addressee; the complaint is aimed at
the state whose act it complains of (GUIDE rule 6: an opposed act's agent is the target). When
the complaint's own "about / over / against" phrase names no state (``verbs.complaint_topic``
read it first), that is the doer of the act it answers: an earlier act of another state in the
sentence, else the latest act done to the complainer's state in the last sentences, else the
latest deed of another state there (``retaliation.answered_doers``). With none, the body stays.
A that-clause names the state complained of first ("complained to the AU that Uganda had closed
the border", leftovers31).

A state that "protested that Y had V-ed" lodges a diplomatic protest (``salience``'s 114, which
recodes the demonstration reading after the parties are set); its target is the clause's
subject, as for "complained that" (``stated_protest_target``, leftovers31). A crowd's "protested
that" keeps the demonstration reading and no target here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._state_protests import stated_protest
from realpolitik.extract._syntax import child
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.retaliation import answered_doers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

COMPLAINT_ROOT = "11"
# Prepositions that name the body a complaint goes to ("complained to", "lodged ... with").
_ADDRESSEE_PREPS = frozenset({"to", "with", "before", "at"})  # ("at the WTO": clauses42)
_BODY_PREFIX = "IGO"  # CAMEO codes of intergovernmental bodies ("IGOAFRAFU", "IGOUNO")


def _addressee(a: Arg, s: Site) -> bool:
    """``a`` is a body named as the complaint's addressee: the object of "to / with / before"
    on the trigger, or on the verb that carries the complaint noun ("lodged a complaint with")."""
    if not a.ref.code.startswith(_BODY_PREFIX):
        return False
    tok: Token = s.tok.doc[a.tok]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _ADDRESSEE_PREPS:
        return False
    holder = prep.head
    return holder.i == s.tok.i or (s.noun and s.tok.head.i == holder.i)


@acts_on(roots=(COMPLAINT_ROOT,))
def complaint_of_state(s: Site, c: Candidates) -> Candidates:
    """ "Accra did not complain to the African Union" after Togo's deportation of Ghanaians:
    the complaint is aimed at Togo, not at the African Union."""
    if s.root != COMPLAINT_ROOT or not c.sources or not c.targets:
        return c
    if not all(_addressee(a, s) for a in c.targets):
        return c
    own = {a.ref.country or a.ref.code for a in c.sources}
    named = _clause_subject_states(s, c)
    if named:
        return c.with_targets(named)  # "complained to the AU that Uganda had closed ..."
    doers = [a for a in answered_doers(s, own) if not a.ref.code.startswith(_BODY_PREFIX)]
    return c.with_targets(doers, 1) if doers else c


def _clause_subject_states(s: Site, c: Candidates) -> list[Arg]:
    """The states the trigger's that-clause names as its subject, other than the doer's."""
    own = {key(a) for a in c.sources}
    for k in s.kids:
        if k.dep_ != "ccomp":
            continue
        subj = child(k, "nsubj", "nsubjpass")
        if subj is not None:
            return [a for a in s.actors.resolve(subj) if not unknown(a) and key(a) not in own]
    return []


_DEMONSTRATION_ROOT = "14"


@acts_on(noun=False, roots=(_DEMONSTRATION_ROOT,))
def stated_protest_target(s: Site, c: Candidates) -> Candidates:
    """ "Peru protested that Chile had seized its boats": a state's protest of a that-clause
    (the diplomatic protest ``salience`` codes 114) is aimed at the clause's subject."""
    if s.noun or s.root != _DEMONSTRATION_ROOT or not c.sources or c.targets:
        return c
    if not stated_protest(s.tok, s.actors):
        return c
    named = _clause_subject_states(s, c)
    return c.with_targets(named) if named else c


__all__ = ["complaint_of_state", "stated_protest_target"]
