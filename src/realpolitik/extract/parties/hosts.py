"""A host's or mediator's parties are those of the act it hosts or mediates.

"Iran and Israel held talks in Oman, with Qatar acting as mediator": Qatar mediates between
Iran and Israel (045 to each, the README's mediation convention), and is no partner of their
talks; "the talks between A and B were hosted by Z", "A and B met, with Z acting as host": Z
hosts A and B (043; their answer is the visit, 042), never visits them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import LIGHT_VERBS, pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import OCCASION_PREPS, ROLE_CODES, Candidates, Site, key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found
    from realpolitik.extract._mentions import Arg


@acts_on(codes=ROLE_CODES)
def hosted_act_parties(s: Site, c: Candidates) -> Candidates:
    """ "The talks between A and B were hosted by Z", "talks hosted by Z", "Z hosted the talks
    between A and B", "..., with Z acting as host / mediator": a host or mediator naming no
    party of its own takes the doers and targets of the act it hosts or mediates."""
    if c.targets or not c.sources or s.code[:3] not in ROLE_CODES:
        return c
    own = {key(a) for a in c.sources}
    occasion = _occasion_acts(s)
    for act in _hosted(s):
        roles = s.ctx.roles_of(act)
        if act.tok.i in occasion and not _gathering(act, roles.sources):
            continue  # "at a summit hosted by Z, A pledged aid to B": no visit to Z (lo58)
        seen: set[str] = set()
        got = []
        for a in roles.sources + roles.targets:
            if key(a) not in own and a.ref.code not in seen:
                seen.add(a.ref.code)
                got.append(a)
        if got:
            return c.with_targets(got, 1)
    return c


# What a host hosts at its gathering: the meeting itself (consultations, 04) or a joint act of
# two makers ("A and B signed a pact at talks hosted by Z"); only the host of those hosts them.
_MEETING_ROOT = "04"
_HOSTING = "043"


def _gathering(act: Found, doers: tuple[Arg, ...]) -> bool:
    """A meeting with makers of its own ("A and B met", "talks between A and B"), or a joint act
    of two; a gathering noun with no maker ("at a summit") takes no party from the sentence."""
    makers = {a.ref.code for a in doers}
    return len(makers) >= 2 or (act.code[:2] == _MEETING_ROOT and bool(makers))


def _occasion_acts(s: Site) -> frozenset[int]:
    """ "At a summit hosted by Japan, India pledged aid to Sri Lanka": the acts done at a
    gathering the hosting participle names (the clause over "at/during ... hosted by Z"). A
    host hosts the gathering, not each unilateral act done there (GUIDE rule 6, "seats of
    bodies, summit hosts": no Z -> India 043, no Z -> Sri Lanka 043; leftovers58)."""
    tok = s.tok
    if not s.code.startswith(_HOSTING) or tok.dep_ != "acl" or tok.head.dep_ != "pobj":
        return frozenset()
    prep = tok.head.head
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
        return frozenset()
    over = prep.head
    acts = {tok.head.i, over.i, over.head.i} if over.dep_ in ("dobj", "nsubjpass") else set()
    return frozenset(acts or {tok.head.i, over.i})


def _hosted(s: Site) -> list[Found]:
    """The act a role trigger is about: its object or passive subject ("hosted the talks",
    "the talks were hosted"), the noun its participle modifies ("talks hosted by Z"), or the
    clause a "with Z acting as ..." phrase hangs on (that verb, or its light verb's noun), in
    order; an act the participle's noun is an argument of comes after the noun."""
    tok = s.tok
    cands: list[Token] = [k for k in s.kids if k.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl":
        cands.append(tok.head)
        occasion = tok.head.head
        if (
            tok.head.dep_ == "pobj"
            and occasion.dep_ == "prep"
            and occasion.lower_ in OCCASION_PREPS
        ):
            # "A and B met in talks hosted by Z": the meeting; "signed a pact at talks hosted
            # by Z": the signing (up from the pact)
            over = tok.head.head.head
            cands += [over, over.head] if over.dep_ in ("dobj", "nsubjpass") else [over]
    # "acted as host for talks between A and B": the role noun's own phrase
    cands += [
        q for _, r in pobjs(tok, ("as",)) for _, q in pobjs(r, ("for", "of", "to", "at", "in"))
    ]
    prep = tok.head
    if tok.dep_ in ("pcomp", "advcl") and prep.lower_ == "with" and prep.head.i != prep.i:
        gov = prep.head
        cands.append(gov)
        if gov.lemma_.lower() in LIGHT_VERBS:
            cands += [k for k in gov.children if k.dep_ == "dobj"]
    acts = [s.ctx.triggers.get(t.i) for t in cands]
    # (the first that names parties: "met in talks", with none of its own, gives way to "met")
    return [a for a in acts if a is not None and a is not s.found]
