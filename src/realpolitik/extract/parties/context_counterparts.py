"""Counterparts a sentence names by another clause or by a definite noun (issue 9, fresh6's
classes X and G, context13).

- ``refused_request_maker``: "Lima asked Santiago to free the crew, but Santiago refused": a
  refusal that names no target answers the request made to the refuser earlier in the same
  sentence (also one it "received": "X, which received requests from Y, refused"), and is
  aimed at the request's maker.
- ``named_craft_target``: "seized a Peruvian trawler, accusing the vessel of ...": a trailing
  participle's "the vessel" / "the crew" is the craft its governing act took.
- ``visit_counterpart``: "Japan's prime minister arrived in Fiji. Japan's government pledged 2
  million dollars": a pledge on a visit goes to the visit's other party.
- ``committed_to_owner``: "declined to commit Bolivia to Pena's proposal": the bound state is
  the refuser's own; the target is the proposal's owner, else the story's counterpart.
- ``received_host_place``: "was received by King NAME in Mbabane": a titled host no table
  places is of the one other state whose place the sentence names.
- ``stricken_recipient``: "Fiji asked for help after a cyclone. New Zealand has already sent a
  team of linemen": aid goes to the state that appealed, or that the sentence before names.
- ``sent_people_place``: "pledged to send Kenyan engineers to help build a market in Kampala":
  the sent people are the sender's own; the place their purpose names is the recipient's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._hyphen_names import name_word
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child
from realpolitik.extract._venues import venue_mention
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import DEEP_IN_PHRASE, EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_earlier import other_states_named
from realpolitik.extract.parties.context_story import gives_a_thing, names_another
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract.parties._model import EarlierAct

# -- a refusal of the request made in the same sentence -------------------------------------
_REFUSAL = "12"


@acts_on(noun=False, roots=(_REFUSAL,))
def refused_request_maker(s: Site, c: Candidates) -> Candidates:
    """ "Lima asked Santiago to free the crew, but Santiago refused", "Kenya urged Uganda to
    withdraw; Uganda declined": a refusal that names no target, after a request made to the
    refusing state in the same sentence, is aimed at the request's maker (GUIDE rule 5), never
    at the refuser's own state."""
    if not c.sources or s.noun or s.root != _REFUSAL:
        return c
    if c.targets and not _refused_it(s, c):
        return c
    own = {key(a) for a in c.sources}
    asked: list[Arg] = []
    for i, f in sorted(s.ctx.triggers.items()):
        if i >= s.tok.i or f.code[:2] not in REQUEST_ROOTS:
            continue
        if f.entry.pos == "N" and not _received_request(f.tok):
            continue
        got = s.ctx.roles_of(f)
        received = f.entry.pos == "N"  # ("received Sudan's request to extradite the rebels")
        if received or any(key(t) in own for t in got.targets):
            asked = [a for a in got.sources if key(a) not in own and not unknown(a)]
    if not asked:
        return c
    return c.with_targets([Arg(a.ref, EARLIER, s.tok.i) for a in asked], 1)


# Pronouns by which a refusal names the request again: "received a request from Y, and turned
# it down" (leftovers32): what is refused is the act, whoever the pronoun might also fit.
_ACT_PRONOUNS = frozenset({"it", "this", "that", "them"})


def _refused_it(s: Site, c: Candidates) -> bool:
    """The refusal's only target is its object "it" / "this": the request, not a state."""
    obj = s.child("dobj")
    return (
        obj is not None and obj.lower_ in _ACT_PRONOUNS and all(a.tok == obj.i for a in c.targets)
    )


# Verbs by which the refuser got a request named by a noun ("Ghana, which received requests
# from Washington, has refused"; practice4 IT).
_RECEIVING = frozenset({"receive", "get"})


def _received_request(noun: Token) -> bool:
    """A request noun the refuser received: the object of "received" / "got"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVING


# -- "the vessel" of a trailing participle --------------------------------------------------
# Words by which a sentence names again a craft it named before ("a X trawler ... the vessel").
_CRAFT_WORDS = frozenset({"vessel", "ship", "boat", "craft", "crew", "crews"})
_CRAFT_NOUNS = frozenset(
    {"vessel", "ship", "boat", "trawler", "tanker", "longliner", "freighter",
     "dhow", "yacht", "ferry", "tug", "barge", "cargo", "carrier", "skiff", "seiner", "crew",
     "fishermen", "sailors"}
)  # fmt: skip


def _named_again(noun: Token, before: Token) -> bool:
    """ "the vessel" after "a X longliner", "the trawler" after "a X trawler"."""
    if not any(k.dep_ == "det" and k.lower_ == "the" for k in noun.children):
        return False
    lemma, first = noun.lemma_.lower(), before.lemma_.lower()
    return lemma == first or (lemma in _CRAFT_WORDS and first in _CRAFT_NOUNS)


@acts_on(noun=False)
def named_craft_target(s: Site, c: Candidates) -> Candidates:
    """ "A Chilean patrol boat seized a Peruvian trawler, accusing the vessel of fishing
    illegally": a trailing participle whose object names again by "the vessel" (the crew, the
    ship) the craft its governing verb took is aimed at that craft's state."""
    tok = s.tok
    if not c.sources or c.targets or s.noun or tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return c
    obj, first = s.child("dobj"), child(tok.head, "dobj")
    if obj is None or first is None or s.actors.resolve(obj) or not _named_again(obj, first):
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in s.actors.resolve(first) if key(a) not in own and not unknown(a)]
    return c.with_targets([Arg(a.ref, DEEP_IN_PHRASE, obj.i) for a in got], 1) if got else c


# -- the place the sent people's purpose names ---------------------------------------------
_GIVING_ROOTS = frozenset({"03", "07"})
# Verbs that send people (the object is who goes, not whom they go to).
_SENDING = frozenset({"send", "deploy", "dispatch", "second", "lend"})


def _purpose_place(s: Site, verb: Token, own: set[str]) -> list[Arg]:
    """The first actor of another state named in the purpose the people are sent for ("to help
    build a market in Kampala")."""
    for k in verb.children:
        to = to_infinitive(k)
        if k.dep_ not in ("advcl", "xcomp") or k.i < verb.i or not to:
            continue
        for t in k.subtree:
            if t.i in s.not_parties or not name_word(t):
                continue
            got = [a for a in s.actors.resolve(t) if key(a) not in own and not unknown(a)]
            if got:
                return got
    return []


@acts_on(noun=False, roots=_GIVING_ROOTS)
def sent_people_place(s: Site, c: Candidates) -> Candidates:
    """ "Kenya's president pledged to send Kenyan engineers to help build a market in Kampala":
    the people a pledge or aid sends, named by the sender's own demonym, are what is given, not
    the target (nor, when the verb takes them as its theme, the reason for none); the place
    their purpose names is the recipient's."""
    if not c.sources or s.noun or s.root not in _GIVING_ROOTS:
        return c
    own = {key(a) for a in c.sources}
    if any(key(a) not in own for a in c.targets):
        return c
    for v in (s.tok, *(k for k in s.kids if k.dep_ == "xcomp")):
        obj = child(v, "dobj")
        if v.lemma_.lower() not in _SENDING or obj is None:
            continue
        if not {key(a) for a in s.actors.resolve(obj)} & own:
            continue
        got = _purpose_place(s, v, own)
        if got:
            return c.with_targets([Arg(a.ref, DEEP_IN_PHRASE, a.tok) for a in got], 1)
    return c


# -- a pledge made on a visit ---------------------------------------------------------------
_MEETING = "04"
# Lemmas of the verbs and nouns of a visit and of hosting one.
_VISIT_LEMMAS = frozenset(
    {"visit", "arrive", "receive", "host", "welcome", "greet", "travel", "fly", "tour", "land",
     "trip"}
)  # fmt: skip
# How many sentences back the visit may be told.
VISIT_SENTENCES = 2


def other_side(a: EarlierAct, own: set[str]) -> ActorRef | None:
    """The party of an earlier act between ``own`` and another state that is not ``own``'s."""
    if a.target is None:
        return None
    source, target = a.source.country or a.source.code, a.target.country or a.target.code
    if source in own and target not in own:
        return a.target
    if target in own and source not in own:
        return a.source
    return None


@acts_on(noun=False, roots=_GIVING_ROOTS)
def visit_counterpart(s: Site, c: Candidates) -> Candidates:
    """ "Japan's prime minister arrived in Fiji. Japan's government pledged 2 million dollars
    for reef repair", "King Hamad received Kuwait's emir. The king pledged 5 million dinars": a
    pledge or aid of a thing that names no recipient, by a party to a visit told just before, is
    made to the other party of the visit (its host or its guest). A pledge of an act of its own
    ("pledged to rebuild its army") and a sentence that names another state are left alone."""
    if not c.sources or s.noun or s.root not in _GIVING_ROOTS or s.child("xcomp") is not None:
        return c
    if any(not unknown(a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources}
    sent = s.ctx.sent
    if any(
        m.is_state and (m.ref.country or m.ref.code) not in own
        for m in s.actors.named_between(sent.start, sent.end - 1)
    ):
        return c
    lo = s.ctx.index - VISIT_SENTENCES
    other: list[ActorRef] = []
    for a in s.ctx.earlier:
        if a.trigger // 10_000 < lo or a.root != _MEETING or a.target is None:
            continue
        if a.lemma not in _VISIT_LEMMAS:
            continue
        side = other_side(a, own)
        if side is not None:
            other = [side]
    if not other:
        return c
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in other], 1)


# -- the host of a passive "was received by NAME" whom no table places ---------------------
_HOSTING = "043"
_GOVERNMENT = "GOV"


def _agent_name(tok: Token) -> Token | None:
    """The by-phrase's noun of a passive ("was received ... by Sultan NAME")."""
    for k in tok.children:
        if k.dep_ == "agent":
            return next((p for p in k.children if p.dep_ == "pobj"), None)
    return None


@acts_on(noun=False, codes=(_HOSTING,))
def received_host_place(s: Site, c: Candidates) -> Candidates:
    """ "Uganda's foreign minister was received by King NAME in Mbabane", "X's president arrived
    in Nairobi and was received by President NAME": a host named by a title and a name no table
    places is the government of the one other state whose place the sentence names (where the
    visit went); never the visitor (the conjoined clause's subject), and no host where places of
    two states are named."""
    if s.noun or not s.code.startswith(_HOSTING) or not c.targets:
        return c
    name = _agent_name(s.tok)
    if name is None or not name_word(name):
        return c
    own = {key(a) for a in c.targets}
    if any(not unknown(a) and key(a) not in own for a in s.actors.resolve(name)):
        return c  # a host the tables place: its own stage named it
    places = other_states_named(s, s.ctx.sent, own)
    if len(places) != 1:
        return c
    state = next(iter(places))
    host = ActorRef(name.text, state + _GOVERNMENT, state)
    return c.with_sources([Arg(host, DEEP_IN_PHRASE, name.i)], 2)


# -- "declined to commit X to Y's proposal" -------------------------------------------------
# Verbs whose object is the party bound and whose "to" phrase names what it is bound to.
_BINDING = frozenset({"commit", "bind", "tie", "sign"})
_BOUND_ROOTS = frozenset({"03", "12"})  # pledges and refusals of a binding


def _story_counterpart(s: Site, own: set[str]) -> list[Arg]:
    """The other party of the latest act of the last sentences between ``own`` and another."""
    lo = s.ctx.index - VISIT_SENTENCES
    got: list[Arg] = []
    for a in s.ctx.earlier:
        if a.trigger // 10_000 < lo or a.target is None:
            continue
        side = other_side(a, own)
        if side is not None:
            got = [Arg(side, EARLIER, s.tok.i)]
    return got


@acts_on(roots=_BOUND_ROOTS)
def committed_to_owner(s: Site, c: Candidates) -> Candidates:
    """ "The president declined to commit Bolivia to Pena's proposal": the state a refusal or a
    pledge would bind is its own, never its target; the target is the owner of what it would
    be bound to (the proposal's), else the story's counterpart of the bound state."""
    inner = s.inner
    if c.targets or inner is None or s.root not in _BOUND_ROOTS:
        return c
    verb = inner.tok
    obj = child(verb, "dobj")
    if verb.lemma_.lower() not in _BINDING or obj is None:
        return c
    bound = {key(a) for a in s.actors.resolve(obj) if not unknown(a)}
    to = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"]
    goal = next((q for p in to for q in p.children if q.dep_ == "pobj"), None)
    if not bound:
        return c
    owners = [k for k in goal.children if k.dep_ == "poss"] + [goal] if goal is not None else []
    for o in owners:
        got = [a for a in s.actors.resolve(o) if key(a) not in bound and not unknown(a)]
        if got:
            return c.with_targets(got, 2)
    return c.with_targets(_story_counterpart(s, bound), 2)


# -- aid after a disaster or an appeal told the sentence before ----------------------------
_APPEAL = "02"


def _previous_sentence_states(s: Site, own: set[str]) -> set[str]:
    """The states (other than ``own``) the sentence before names, in the same parse; a state
    named only as the venue of a meeting ("Leaders met at a summit in Nairobi", "Donors met in
    Geneva") is where the donors are, not the stricken place (parties39)."""
    sent = s.ctx.sent
    if sent.start == 0:
        return set()
    prev = sent.doc[sent.start - 1].sent
    named = other_states_named(s, prev, own)
    if not named:
        return named
    kept: set[str] = set()
    for t in prev:
        m = s.actors.mention_of(t)
        if m is None or m.ref.country not in named:
            continue
        if not venue_mention(t):
            kept.add(m.ref.country)
    return kept


_DESTINATION_PREPS = frozenset({"to", "into", "for"})


def _destination(verb: Token) -> bool:
    """ "sent aid to the south of the country": the text names where the aid goes, though no
    table places it; no state is guessed for it."""
    return any(k.dep_ == "prep" and k.lower_ in _DESTINATION_PREPS for k in verb.children)


@acts_on(noun=False, roots=_GIVING_ROOTS)
def stricken_recipient(s: Site, c: Candidates) -> Candidates:
    """ "Fiji asked for help after a cyclone. New Zealand has already sent a team of linemen",
    "A storm cut power across Fiji. New Zealand sent a team of linemen": aid or a pledge of a
    thing that names no recipient, in a sentence that names no other actor, goes to the state
    that appealed for help in the sentence before, else to the one state that sentence names
    when no act between states was told there (the stricken place)."""
    if not c.sources or c.targets or s.noun or s.root not in _GIVING_ROOTS:
        return c
    own = {key(a) for a in c.sources}
    if names_another(s, own) or not gives_a_thing(s) or _destination(s.tok):
        return c
    before = [a for a in s.ctx.earlier if a.trigger // 10_000 == s.ctx.index - 1]
    appeals = [a.source for a in before if a.root == _APPEAL and a.target is None]
    appeals = [r for r in appeals if (r.country or r.code) not in own]
    if appeals:
        return c.with_targets([Arg(appeals[-1], EARLIER, s.tok.i)], 1)
    if any(a.target is not None for a in before):
        return c  # an act between states: the stages that read acts decide
    states = _previous_sentence_states(s, own)
    if len(states) != 1:
        return c
    state = next(iter(states))
    return c.with_targets([Arg(ActorRef(state, state, state), EARLIER, s.tok.i)], 1)
