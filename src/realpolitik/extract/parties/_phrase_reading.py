"""Phrase readers: the target a verb's phrase names when its slots name none ("sent troops
into the north of X"), and the targets an act borrows from the act that governs it.

Split from ``_reading`` (the slot readers); the stages decide when these run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mentions import Arg, DocActors, Mention
from realpolitik.extract._syntax import (
    SCENE_PREPS,
    border_place,
    coactor,
    maker,
    scene_partners,
)
from realpolitik.extract._venues import venue, venue_partners
from realpolitik.extract.confidence import DEEP_IN_PHRASE, IN_PHRASE
from realpolitik.extract.parties._model import key, unknown
from realpolitik.extract.parties.reciprocal import onlooker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract.parties._model import Candidates, Site

# Arcs the phrase fallback follows: objects, prepositions, participles that modify objects
# ("the roads leading into X"), compounds and modifiers ("an anti-X parade"); not a gerund
# clause ("jailed a man for helping militants in X": the helping is another act).
_PHRASE_DEPS = frozenset(
    {"dobj", "prep", "pobj", "acl", "compound", "amod", "nmod", "poss", "dative", "xcomp",
     "npadvmod", "advmod", "attr", "oprd", "appos"}
)  # fmt: skip
_PHRASE_DEPTH = 5
# Prepositions of a route: "sent aid for Sudan through Chad's Adre crossing", "via Thailand" name
# the way, read only when the phrase names no other party ("flew through Y's airspace": Y's;
# clauses35, fresh23's H).
_ROUTE_PREPS = frozenset({"through", "via"})


def verb_phrase_target(
    actors: DocActors,
    tok: Token,
    sources: tuple[Arg, ...],
    skip: Token | None = None,
    avoid: frozenset[int] = frozenset(),
) -> list[Arg]:
    """The first state-level actor inside a verb's own phrase, of another country than the source.

    Only the verb's phrase counts (objects and prepositions, a few arcs down), never its subject,
    clauses of their own (relative, adverbial, reported) or conjoined verbs; ``avoid``: tokens
    that cannot be parties (who reports the act). A route ("through / via Y") counts only when
    the rest of the phrase names no one.
    """
    routes = [
        c.i for c in tok.children if c.dep_ == "prep" and c.lower_ in _ROUTE_PREPS and c.i > tok.i
    ]
    if routes:
        got = _phrase_target(actors, tok, sources, skip, avoid | frozenset(routes))
        if got:
            return got
    return _phrase_target(actors, tok, sources, skip, avoid)


def _phrase_target(
    actors: DocActors,
    tok: Token,
    sources: tuple[Arg, ...],
    skip: Token | None,
    avoid: frozenset[int],
) -> list[Arg]:
    """``verb_phrase_target`` with the tokens of ``avoid`` left out."""
    own = {key(a) for a in sources}
    makers: set[Mention | None] = set()  # mentions of makers: "North" of "North Korea" too
    frontier = [c for c in tok.children if c.dep_ in _PHRASE_DEPS and c.i > tok.i]
    for _ in range(_PHRASE_DEPTH):
        nxt: list[Token] = []
        for node in frontier:
            if node is skip or node.i in avoid:
                continue
            made = actors.mention_of(node)
            if maker(node) or (made is not None and made in makers):  # no party; phrase goes on
                makers.add(made)
                nxt += [c for c in node.children if c.dep_ in _PHRASE_DEPS]
                continue
            if node.dep_ == "prep" and node.lower_ in SCENE_PREPS:
                continue
            if venue(node, tok, made.kind if made else None):  # "talks in Doha": where
                nxt += venue_partners(node)
                continue
            if node.dep_ == "pobj" and coactor(node.head.lower_, node):
                continue
            if node.dep_ == "pobj" and onlooker(node.head.lower_, node):  # ", with X present"
                continue
            if border_place(node, tok):
                continue
            m = actors.mention_of(node)
            if node.pos_ in ("NOUN", "PROPN") and m is not None and m.kind != "group":
                got = [a for a in actors.resolve(node) if not unknown(a) and key(a) not in own]
                if got:
                    return [Arg(a.ref, a.quality * DEEP_IN_PHRASE, a.tok) for a in got]
            nxt += [c for c in node.children if c.dep_ in _PHRASE_DEPS]
        frontier = sorted(nxt, key=lambda t: t.i)
    return []


_LEAD_MODS = frozenset({"npadvmod", "compound", "nmod", "amod", "advmod"})


def phrase_leaders(
    actors: DocActors, tok: Token, own: set[str], skip: Token | None, avoid: frozenset[int]
) -> list[Arg]:
    """ "Condemned the X-led air strikes in Y", "the strikes in Y led by X": the leader of an act
    or force named in the phrase does it and is the party (its partners with it: "X- and
    Z-led"), never the place the act was done in (leftovers56)."""
    frontier = [c for c in tok.children if c.dep_ in _PHRASE_DEPS and c.i > tok.i]
    for _ in range(_PHRASE_DEPTH):
        nxt: list[Token] = []
        for node in frontier:
            if node is skip or node.i in avoid:
                continue
            if node.lower_ == "led" and node.dep_ in ("amod", "acl", "compound"):
                names = [k for k in node.children if k.dep_ in _LEAD_MODS and k.i < node.i]
                names += [
                    p for k in node.children if k.dep_ == "agent" for p in k.children
                    if p.dep_ == "pobj"
                ]  # fmt: skip
                names += [n for x in list(names) for n in conjuncts(x)]
                got = [a for n in names for a in actors.resolve(n)]
                got = [a for a in got if not unknown(a) and key(a) not in own]
                if got:
                    return [Arg(a.ref, a.quality * DEEP_IN_PHRASE, a.tok) for a in got]
            nxt += [c for c in node.children if c.dep_ in _PHRASE_DEPS]
        frontier = nxt
    return []


# Clauses and parts of a trigger's phrase that name other events' parties, not this one's.
_NOT_PHRASE = frozenset({"nsubj", "nsubjpass", "relcl", "advcl", "ccomp", "parataxis", "appos"})
_NOT_PHRASE |= frozenset({"punct", "cc", "mark", "aux", "auxpass", "neg", "csubj"})


def _other_act(tok: Token) -> bool:
    """A gerund clause, or a conjoined clause with its own subject, is another act with its own
    parties ("Japan is arming its islands, and the U.S. Marine Corps activated ...")."""
    if tok.dep_ == "pcomp":
        return True
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


_OWN_OBJECTS = frozenset({"dobj", "xcomp", "ccomp", "prep", "dative"})
# Conjunctions that set a second predicate against the first ("promised X yet held back").
_CONTRASTING = frozenset({"but", "yet"})


# Verbs that pass a first act's people on to a place ("arrested the men and handed them over
# to Y", "... and deported them to Y"): their "to" phrase is where the people go.
_HAND_ON = frozenset({"hand", "extradite", "deport", "transfer", "turn", "repatriate"})


def _handed_on(tok: Token) -> bool:
    """ "captured the gang leader and handed him over to Y-ian police": a conjoined hand-over of
    the first act's people (a pronoun object) is another act; the state they are handed to is
    not the target of the arrest or capture (parties39)."""
    return (
        tok.dep_ == "conj"
        and tok.lemma_.lower() in _HAND_ON
        and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in tok.children)
    )


def _predicate(tok: Token) -> bool:
    """A verb set against a trigger that has its own object is a second predicate ("promised
    to send monitors yet held back from penalties against X": X is not what was promised);
    with no object, the two share the later one ("condemned but did not sanction Russia"), and
    with "and" the two acts often share their aim ("deployed troops and fired on X")."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    i = tok.left_edge.i
    if tok.doc[i].lower_ not in _CONTRASTING:  # "yet held back" hung on the verb, or before it
        i -= 1
        if i > 0 and tok.doc[i].text == ",":
            i -= 1  # "..., but held back"
    if i <= tok.head.i or tok.doc[i].lower_ not in _CONTRASTING:
        return False
    return any(k.dep_ in _OWN_OBJECTS and k.i < tok.i for k in tok.head.children)


def phrase_target(
    actors: DocActors,
    trigger: Token,
    sources: tuple[Arg, ...],
    avoid: frozenset[int] = frozenset(),
) -> list[Arg]:
    """The nearest other named actor inside the trigger's own phrase (breadth-first over its
    dependents, skipping its subject and other clauses); regions and blocs deep in a phrase are
    places ("poverty in Africa"), not parties; ``avoid`` as for ``verb_phrase_target``."""
    own = {a.ref.code for a in sources}
    home = {a.ref.country for a in sources if a.ref.country}
    named = actors.named_between(trigger.left_edge.i, trigger.right_edge.i)
    if not any(_phrase_party(m, own, home) for m in named):
        return []  # no actor it could return in the whole phrase: no walk (most triggers)
    makers: set[Mention | None] = set()
    frontier = [
        c
        for c in trigger.children
        if c.dep_ not in _NOT_PHRASE and not _predicate(c) and not _handed_on(c)
    ]
    for _ in range(10):
        nxt: list[Token] = []
        for t in frontier:
            if t.i in avoid or _other_act(t):
                continue
            made = actors.mention_of(t)
            if maker(t) or (made is not None and made in makers):  # "supplied by X at Y"
                makers.add(made)
                nxt += [c for c in t.children if c.dep_ not in _NOT_PHRASE]
                continue
            if venue(t, trigger, made.kind if made else None):  # "at a meeting in X"
                nxt += venue_partners(t)
                continue
            if t.dep_ == "prep" and t.lower_ in SCENE_PREPS:  # "after talks in X": the scene
                nxt += scene_partners(t)
                continue
            if border_place(t, trigger):
                continue
            if t.dep_ == "pobj" and onlooker(t.head.lower_, t):  # ", with X looking on"
                continue
            m = actors.mention_of(t)
            if m is not None and _phrase_party(m, own, home):
                # "tariffs on imports from Canada and Mexico": a list names every member
                listed = [(k, actors.mention_of(k)) for k in conjuncts(t) if k.i > t.i]
                more = [
                    Arg(x.ref, IN_PHRASE, k.i)
                    for k, x in listed
                    if x is not None and _phrase_party(x, own, home)
                ]
                return [Arg(m.ref, IN_PHRASE, t.i), *more]
            nxt += [
                c
                for c in t.children
                if c.dep_ not in _NOT_PHRASE and not _other_act(c) and not _predicate(c)
            ]
        frontier = nxt
        if not frontier:
            break
    return []


def _phrase_party(m: Mention, own: set[str], home: set[str]) -> bool:
    """A named actor in a trigger's phrase that can be its target: no group, not the doer nor
    the doer's own state ("signed the Russian law"), not an unnamed one."""
    return (
        m.kind != "group"
        and m.ref.code not in own
        and m.ref.code not in home
        and not m.ref.code.startswith("---")
    )


def governing_act_targets(s: Site, c: Candidates) -> Candidates:
    """The targets of the act the trigger's verb hangs on (its head, a trigger of its own),
    less the doer's own: where an act that names no target of its own beside another act of the
    same doer ("..., suspending trade", "condemned X and demanded ...") is aimed."""
    head = s.ctx.triggers.get(s.tok.head.i)
    if head is None or head is s.found:
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in s.ctx.roles_of(head).targets if key(a) not in own]
    return c.with_targets(got, 1)
