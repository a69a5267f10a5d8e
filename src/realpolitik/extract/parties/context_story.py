"""Counterparts that only the story names: the recipient of a giving act that others join, the
state a visitor's "hosts" are, the doer of "the incident" a conjoined verb would otherwise lend.

"Vietnam sent rice to the Philippines. Laos and Cambodia pledged rescue teams": the pledges go
where the first giving went; "Laos's minister, who flew to Hanoi, praised his hosts": his hosts
are Vietnam; "Bolivian troops fired on Chilean herders. Chile called the incident a provocation
and asked Argentina to join an inquiry": the provocation is Bolivia's, not Argentina's
(fresh5's classes X and V).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._pos import VERBAL
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_earlier import (
    ANAPHORIC_DETS,
    earlier_act_doer,
    recent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract.parties._model import EarlierAct

# -- the recipient of a giving act that others join --------------------------------------------
# Roots of giving and of pledging to give: commitments (03: "pledged rescue teams", "offered
# help") and aid (07: "sent rice", "provided tents").
_GIVING_ROOTS = frozenset({"03", "07"})
# How far back (sentences) the giving act that a pledge joins may be.
JOINED_SENTENCES = 3
# Verbs of giving a pledge may control ("pledged to send rescue teams"): its object is the gift.
_GIVE_VERBS = frozenset(
    {"send", "provide", "supply", "give", "deliver", "donate", "dispatch", "contribute", "fund",
     "finance", "ship", "airlift", "offer", "lend"}
)  # fmt: skip


# A thing given: a noun, or a sum or a count ("pledged $5 million in aid": parties38,
# practice5's ST, where the parser makes "million" the object).
_THING_POS = frozenset({"NOUN", "NUM"})


def gives_a_thing(s: Site) -> bool:
    """The act gives a thing that is no actor: its own object ("pledged rescue teams", "offered
    help", "pledged $5 million") or a giving verb's it controls ("promised to send tents")."""
    heads = [s.tok] + [k for k in s.kids if k.dep_ == "xcomp" and k.lemma_.lower() in _GIVE_VERBS]
    for h in heads:
        obj = child(h, "dobj")
        if obj is not None and obj.pos_ in _THING_POS and not s.actors.resolve(obj):
            return True
    return False


def names_another(s: Site, own: set[str]) -> bool:
    sent = s.ctx.sent
    return any(
        (m.ref.country or m.ref.code) not in own
        for m in s.actors.named_between(sent.start, sent.end - 1)
    )


def _home(a: EarlierAct) -> str:
    return a.source.country or a.source.code


@acts_on(noun=False, roots=_GIVING_ROOTS)
def joined_giving_recipient(s: Site, c: Candidates) -> Candidates:
    """ "Vietnam sent rice to the Philippines. Laos and Cambodia have pledged rescue teams",
    "Japan flew tents to Nepal. India offered help too": a pledge, offer or aid that gives a
    thing and names no one to give it to, in a sentence that names no other actor, goes to the
    recipient of the latest giving act of the last ``JOINED_SENTENCES`` sentences (not the
    giver's own state)."""
    if not c.sources or c.targets or s.noun or s.root not in _GIVING_ROOTS:
        return c
    own = {key(a) for a in c.sources}
    if not s.ctx.earlier or names_another(s, own) or not gives_a_thing(s):
        return c
    given = [
        a for a in recent(s, JOINED_SENTENCES)
        if a.root in _GIVING_ROOTS and a.target is not None and not a.background
        and (a.target.country or a.target.code) not in own
        and not a.target.code.startswith("---")
    ]  # fmt: skip
    if not given:
        return c
    last = given[-1].trigger
    refs = {}
    for a in given:
        if a.trigger == last and a.target is not None:
            refs[a.target.code] = a.target
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in refs.values()], 1)


# -- "his hosts" --------------------------------------------------------------------------------
_HOST = "host"
_HOST_OWNERS = frozenset({"his", "her", "their", "its", "our", "my"}) | ANAPHORIC_DETS
_VISIT_ROOT = "04"  # visits and meetings: a visitor's hosts are the state it went to
_OBJECT_PREPS = ("to", "with", "for")


def _hosts_word(s: Site) -> Token | None:
    """ "Thanked his hosts", "praised the hosts", "told our hosts", "met with his hosts"."""
    if _HOST not in sentence_words(s.ctx.sent):
        return None  # (no "host" in the sentence)
    objs = [k for k in s.kids if k.dep_ in ("dobj", "dative")]
    objs += [p for _, p in pobjs(s.tok, _OBJECT_PREPS)]
    for o in objs:
        if o.lemma_.lower() != _HOST or any(k.dep_ == "compound" for k in o.children):
            continue
        if any(k.dep_ in ("poss", "det") and k.lower_ in _HOST_OWNERS for k in o.children):
            return o
    return None


def _visited(s: Site, own: set[str]) -> list[Arg]:
    """Where the doer went: the visit or meeting of the doer in its own sentence ("who flew
    to Hanoi"), else the latest one of the document before."""
    for i, g in sorted(s.ctx.triggers.items()):
        if g is s.found or g.code[:2] != _VISIT_ROOT:
            continue
        roles = s.ctx.roles_of(g)
        if {key(a) for a in roles.sources} & own:
            got = [a for a in roles.targets if key(a) not in own and not unknown(a)]
            if got:
                return [Arg(a.ref, a.quality, i) for a in got]
    went = [
        a for a in recent(s) if a.root == _VISIT_ROOT and _home(a) in own
        and a.target is not None and (a.target.country or a.target.code) not in own
    ]  # fmt: skip
    if not went:
        return []
    last = went[-1]
    return [Arg(last.target, EARLIER, s.tok.i)] if last.target is not None else []


def hosts_visited(s: Site, c: Candidates) -> Candidates:
    """ "Laos's defence minister, who flew to Hanoi for the parade, praised his hosts",
    "Ruto visited Addis Ababa. He thanked his hosts": a visitor's "hosts" are the state it went
    to (its visit in the sentence or earlier in the document); none found, no target."""
    if not c.sources or c.targets:
        return c
    hosts = _hosts_word(s)
    if hosts is None:
        return c
    got = _visited(s, {key(a) for a in c.sources})
    return c.with_targets([Arg(a.ref, a.quality, hosts.i) for a in got], 1) if got else c


# -- "called the incident a provocation and asked X to ..." -------------------------------------


def _conjoined_verbs(tok: Token) -> list[Token]:
    return [k for k in tok.children if k.dep_ == "conj" and k.pos in VERBAL]


@acts_on(noun=False)
def named_act_before_conjoined(s: Site, c: Candidates) -> Candidates:
    """ "Chile's president called the incident a provocation and asked Argentina to join an
    inquiry": a reaction whose own object names an earlier act by a definite noun targets that
    act's doer (``earlier_act_doer``) before the actor a verb conjoined to it names is lent to
    it (``context.phrase_actor`` reads the conjoined verb's phrase as the trigger's)."""
    if not c.sources or c.targets or s.noun or not _conjoined_verbs(s.tok):
        return c
    return earlier_act_doer(s, c)


# -- the victims of a denied act ----------------------------------------------------------------
_DENY_VERBS = frozenset({"deny", "dispute"})
_ACCUSE_ROOT = "11"  # accusations are disapproval (112)


@acts_on(noun=False)
def denied_act_accuser(s: Site, c: Candidates) -> Candidates:
    """ "Chile accused Bolivian troops of shooting two herders. Bolivia denied that its soldiers
    had fired on the herders": the act denied, naming no state's victims, was done (if at all)
    to the accuser's side, never to the denier's own state (``pairs.home_target``) nor its
    people of no state placed there (``pairs.locate_unplaced``)."""
    tok = s.tok
    if not c.pairs or any(b is not None and not unknown(b) for _, b in c.pairs) or s.noun:
        return c
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _DENY_VERBS:
        return c
    own = {key(a) for a, _ in c.pairs}
    accused = [
        a for a in recent(s) if a.root == _ACCUSE_ROOT and a.target is not None
        and (a.target.country or a.target.code) in own and _home(a) not in own
    ]  # fmt: skip
    if not accused:
        return c
    accuser = Arg(accused[-1].source, EARLIER, tok.i)
    return c.with_pairs([(a, accuser) for a, _ in c.pairs])
