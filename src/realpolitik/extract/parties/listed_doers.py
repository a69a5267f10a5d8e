"""Doers named as members of a group that acted (issue 9, leftovers17).

"Brazil was among 40 countries that voted to condemn Russia", "Kenya was one of 30 states that
called on Ethiopia to withdraw": the act is the relative clause's, whose subject is the
counted group; the state named as one of them is its doer (the group itself names no state).
"Spain joined France and Italy in condemning Russia", "Ghana joined 14 states in imposing
sanctions on Niger": the act under "joined ... in" is the joiner's, and also each state it
joined where the sentence names them. "Brazil (was among 40 countries that) voted for a
resolution condemning Russia": the condemnation is the voter's (GUIDE rule 7, UN votes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._joined_protests import JOINING
from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import has_any
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# Relative pronouns that stand for the counted group ("countries that voted").
_RELATIVES = frozenset({"that", "which", "who"})
# Prepositions that place a state among a group: "among 40 countries", "one of 12 states".
_AMONG = frozenset({"among", "amongst"})
_ONE_OF = frozenset({"one", "some", "several", "many", "most", "two", "three", "four", "five"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RESOLUTIONS = frozenset({"resolution", "motion", "text", "draft", "declaration"})
_VOTE = frozenset({"vote"})
_LISTING = _VOTE | _RELATIVES  # (``listed_doers``'s gate)
_CHAIN = 4  # how many controlling verbs lie between the act and the relative clause


def _governing(tok: Token) -> Token:
    """The verb whose clause the act belongs to: up its controlling verbs ("voted to condemn",
    "called on X to withdraw": the act stays under the relative clause's verb)."""
    v = tok
    for _ in range(_CHAIN):
        if v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i:
            v = v.head
        else:
            break
    return v


def _group_member(verb: Token) -> Token | None:
    """The state named as one of the group the relative clause ``verb`` modifies ("Brazil was
    among the 40 countries that ...": Brazil), or None."""
    if verb.dep_ != "relcl":
        return None
    if not any(c.dep_ in _SUBJECTS and c.lower_ in _RELATIVES for c in verb.children):
        return None
    prep = verb.head.head  # countries <- among / of
    if verb.head.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    low = prep.lower_
    if low in _AMONG:
        pred = prep.head  # "was among": the copula
    elif low == "of" and prep.head.lower_ in _ONE_OF:
        pred = prep.head.head  # "was one of"
    else:
        return None
    return next((c for c in pred.children if c.dep_ in _SUBJECTS), None)


def _joined(verb: Token) -> tuple[Token, Token | None] | None:
    """ "X joined Y in V-ing": (X, Y) for the gerund V, where the verb of "in" is "join"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    join = prep.head
    if join.lemma_.lower() not in JOINING:
        return None
    subj = next((c for c in join.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return subj, next((c for c in join.children if c.dep_ == "dobj"), None)


def _voted_for(tok: Token) -> Token | None:
    """ "voted for a resolution condemning Russia": the verb "vote" whose resolution the act's
    participle describes (GUIDE rule 7, UN votes: the voter's condemnation of the state the text
    names)."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in _RESOLUTIONS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in ("for", "backing") or prep.head.lemma_.lower() not in _VOTE:
        return None
    return prep.head


def _placed(s: Site, tok: Token) -> list[Arg]:
    return [a for a in s.actors.resolve(tok) if not unknown(a)]


@acts_on(noun=False, words=_LISTING)
def listed_doers(s: Site, c: Candidates) -> Candidates:
    """The voter of "voted for a resolution condemning Y" and the state named among the group
    a relative clause's act is done by (see the module's docstring); the targets stay the
    act's own."""
    if s.noun or not has_any(s.ctx.sent, _LISTING):
        return c  # (a vote's lemma or a relative pronoun: each reading needs one)
    verb = _governing(s.tok)
    vote = _voted_for(verb)
    if vote is not None and not c.sources:
        member = _group_member(vote)
        voter = (
            member
            if member is not None
            else next((k for k in vote.children if k.dep_ == "nsubj"), None)
        )
        got = _placed(s, voter) if voter is not None else []
        return c.with_sources(got, 3) if got else c
    member = _group_member(verb)
    if member is not None:
        got = _placed(s, member)
        return c.with_sources(got, 2) if got else c
    return c


@acts_on(noun=False, words=JOINING)
def joined_doers(s: Site, c: Candidates) -> Candidates:
    """ "X joined Y in V-ing Z": X and Y are V's doers, once V has a placed target of its own
    (an act aimed at no state, "joined Y in demanding the release of the traders", is left as
    it was: its parties are no key)."""
    if s.noun or not has_any(s.ctx.sent, JOINING) or not any(not unknown(a) for a in c.targets):
        return c
    joined = _joined(_governing(s.tok))
    if joined is None:
        return c
    joiner, partners = joined
    got = _placed(s, joiner)
    if not got:
        return c
    done_to = {key(a) for a in c.targets}
    if partners is not None:
        got += [a for a in _placed(s, partners) if key(a) not in done_to]
    return c.with_sources(got, 2)
