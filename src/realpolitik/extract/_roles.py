"""Sources and targets of each trigger, from the dependency parse.

Verbs: the subject is the source (or, in the passive, the "by" agent; the passive subject is the
target), the direct object or a "to/with/against/on/..." phrase the target. A verb without a
subject borrows its governor's ("agreed to deepen", "met and signed"); a relative clause's
subject is the noun it modifies. Nouns: the possessor or a country modifier is the source
("Russia's invasion", "Western support"), "by"/"from" phrases too; "of" names the target
("invasion of Ukraine") or, for visits and transfers, the source ("the deployment of North
Korean troops"). A noun without a source takes the subject of the verb it is the object of
("held talks with", "launched an attack on"). Symmetric events ("A and B met", "the two
countries signed", "talks between A and B") give one event in each direction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg, DocActors
from realpolitik.extract._syntax import (
    active_after_passive,
    border_place,
    coactor,
    scene_partners,
    stranded_object,
)
from realpolitik.extract._triggers import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

TARGET_PREPS = ("to", "with", "against", "on", "at", "into", "toward", "towards", "upon", "for")
_REL_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
_SUBJ_INHERIT = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp"})
# Verbs that only carry an event noun: "held talks", "launched an attack", "paid a visit".
LIGHT_VERBS = frozenset(
    {
        "hold", "make", "pay", "launch", "carry", "conduct", "stage", "wage", "begin", "start",
        "continue", "resume", "open", "take", "give", "provide", "issue", "lodge", "file",
        "express", "reach", "conclude", "mount", "step", "deliver", "offer", "announce", "order",
        "join", "intensify", "escalate", "impose", "sign", "seal", "hail", "undertake",
        "host", "attend", "extend", "voice", "receive", "win",
        "initiate", "pursue", "plan", "prepare", "propose", "call", "demand", "have",
        "leave", "travel", "arrive", "fly", "go", "head", "come", "return",
        "stag",  # spaCy lemmatises "staged" as "stag"
    }
)  # fmt: skip
# Verbal roots whose target may be named inside a "that" clause: "demanded that the US cancel".
_CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# Verbal conflict names its target with "of"/"about"/"over": "warned of X", "complained about X".
_TOPIC_PREPS = {"11": ("of", "about", "over"), "13": ("of", "about"), "01": ("about", "of")}
_FROM_TARGET_ROOTS = frozenset({"08", "12", "16", "17", "19"})
# "Complained to the UN over Israeli raids", "protested to X about Y's tests": the accused is
# named by the topic phrase; the "to" phrase is only the audience.
_ACCUSED_PREPS = ("over", "about", "of")


@dataclass(frozen=True)
class Roles:
    """Sources and targets found for one trigger, with the dependency path length used."""

    sources: list[Arg]
    targets: list[Arg]
    path: int


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if not objs and c.dep_ in ("prep", "dative"):
                objs = stranded_object(c)
            out += [(c.lower_, p) for p in objs]
    return out


def _partners_first(pobjs: list[tuple[str, Token]]) -> list[Token]:
    """ "celebrated at X with Y": "at" is mostly a place, so the other phrases come first."""
    return [p for _, p in sorted(pobjs, key=lambda x: x[0] == "at")]


def _accused(actors: DocActors, tok: Token, sources: list[Arg]) -> list[Arg]:
    """The actor a complaint is about: "over X's raids", "about X"; not the doer's own side."""
    own = {_key(a) for a in sources}
    for _, p in _pobjs(tok, _ACCUSED_PREPS):
        got = actors.resolve(p) or (_agent_of(actors, p) if p.pos_ == "NOUN" else [])
        got = [a for a in got if _key(a) not in own and not a.ref.code.startswith("---")]
        if got:
            return got
    return []


def _first(actors: DocActors, toks: list[Token]) -> list[Arg]:
    for t in toks:
        got = actors.resolve(t)
        if got:
            return got
    return []


def _subject(actors: DocActors, tok: Token, depth: int = 0) -> tuple[list[Arg], int]:
    """Source of a verb: its subject, the passive agent, or its governor's subject."""
    agent = _pobjs(tok, ("by",))
    for _, p in agent:
        if any(c.dep_ == "agent" for c in tok.children):
            got = actors.resolve(p)
            if got:
                return got, 2
    subj = _child(tok, "nsubj")
    if subj is not None:
        if subj.lower_ in _REL_PRONOUNS and tok.dep_ == "relcl":
            got = actors.resolve(tok.head)
            return got, 2
        got = actors.resolve(subj)
        if got:
            return got, 1
        return _theme_owner(actors, subj), 2
    if tok.dep_ == "xcomp" and depth < 3:  # "invited Putin to visit": the object visits
        obj = _child(tok.head, "dobj")
        if obj is not None:
            got = actors.resolve(obj)
            if got:
                return got, 2
    if tok.dep_ == "conj" and active_after_passive(tok):
        # "X has been indicted by the court and will resign": X resigns, not the court
        got = actors.resolve(_child(tok.head, "nsubjpass") or tok.head)
        if got:
            return got, 2
    if depth < 3 and tok.dep_ in _SUBJ_INHERIT and tok.head.i != tok.i:
        got, path = _subject(actors, tok.head, depth + 1)
        return got, path + 1
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG"):
        return actors.resolve(tok.head), 2
    return [], 0


_AIM_PREPS = ("against", "on", "upon", "into")


def _main_act_target(actors: DocActors, head: Token, sources: list[Arg]) -> list[Arg]:
    """Casualties of a main act ("launched rocket fire against X camps, killing 50") are its
    target's: the aim of the governing clause or of its objects ("against", "on", "into")."""
    own = {_key(a) for a in sources}
    heads = [head]
    for c in head.children:
        if c.dep_ == "dobj":
            heads += [c, *c.conjuncts]
    for h in heads:
        for _, p in _pobjs(h, _AIM_PREPS):
            got = [a for a in actors.resolve(p) if _key(a) not in own]
            if got:
                return got
    return []


def _theme_owner(actors: DocActors, theme: Token) -> list[Arg]:
    """The country that owns a moved thing: "North Korean arms" -> PRK."""
    for c in theme.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            m = actors.mention_of(c)
            if m is not None:
                return [Arg(m.ref, 0.75, c.i)]
    return []


def _agent_of(actors: DocActors, noun: Token) -> list[Arg]:
    """The doer named inside an event noun phrase: possessor, modifier, "by" or "of" phrase."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod") and c.i < noun.i:
            got = actors.resolve(c)
            if got:
                return got
    for _, p in _pobjs(noun, ("by", "of", "from")):
        got = actors.resolve(p)
        if got:
            return got
    return []


def _condition_subject(actors: DocActors, tok: Token) -> list[Arg]:
    """Whoever must meet a threat's condition: the subject of its "if"/"unless" clause."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
    for h in heads:
        for c in h.children:
            if c.dep_ != "advcl" or not any(m.lower_ in ("if", "unless") for m in c.children):
                continue
            subj = _child(c, "nsubj")
            if subj is not None:
                got = actors.resolve(subj)
                if got:
                    return got
    return []


def verb_roles(actors: DocActors, f: Found) -> Roles:
    tok = f.tok
    flags = f.entry.flags
    theme = "theme" in flags
    sources, path = _subject(actors, tok)
    targets: list[Arg] = []
    subjpass = _child(tok, "nsubjpass")
    if subjpass is not None:
        if theme:
            if not sources:
                sources, path = _theme_owner(actors, subjpass), 2
        else:
            targets = actors.resolve(subjpass)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not targets:
        targets = [] if theme else actors.resolve(tok.head)  # "the troops sent to Russia"
    dobj = _child(tok, "dobj")
    if not targets:
        dative = _child(tok, "dative")
        if dative is not None and dative.dep_ == "dative":
            targets = actors.resolve(dative)
    if not targets and dobj is not None:
        if theme:
            if not sources:
                sources, path = _theme_owner(actors, dobj), 2
        else:
            targets = actors.resolve(dobj)
    if not targets and f.code[:2] == "11":
        targets = _accused(actors, tok, sources)
    if not targets:
        heads = [tok] + ([dobj] if dobj is not None else [])
        if dobj is not None:  # "welcomed a resumption of ties with X / between X and Y"
            heads += [p for _, p in _pobjs(dobj, ("of",))]
        preps = TARGET_PREPS + _TOPIC_PREPS.get(f.code[:2], ())
        for k, h in enumerate(heads):
            extra = ("between",) if k else ()
            pobjs = [
                (w, p)
                for w, p in _pobjs(h, preps + extra)
                if not coactor(w, p) and not border_place(p, tok)
            ]
            targets = _first(actors, _partners_first(pobjs))
            if targets:
                break
    if not targets and dobj is not None and not theme and dobj.pos_ == "NOUN":
        targets = _agent_of(actors, dobj)  # "condemned Russia's invasion", "an attack by X"
        own = {a.ref.code for a in sources}
        targets = [a for a in targets if a.ref.code not in own]  # "called off its strike"
    if not targets and f.code[:2] in _CLAUSE_TARGET_ROOTS:
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                subj = _child(c, "nsubj", "nsubjpass")
                if subj is not None:
                    targets = actors.resolve(subj)
                    break
    if not targets and "ctl" in flags:  # "threatened to cut off power to X"
        for c in tok.children:
            if c.dep_ == "xcomp":
                obj = _child(c, "dobj")
                cands = [p for _, p in _pobjs(c, TARGET_PREPS)]
                if obj is not None:
                    cands = [obj] + cands + [p for _, p in _pobjs(obj, TARGET_PREPS)]
                targets = _first(actors, cands)
                break
    clause = tok.head if tok.dep_ == "conj" else tok  # "killing or wounding 50"
    if not targets and clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > clause.head.i:
        targets = _main_act_target(actors, clause.head, sources)  # "fired on X camps, killing 50"
    if not targets and f.code[:2] == "13":  # "threatened to X if the US goes ahead"
        targets = _condition_subject(actors, tok)
    if not targets and f.code[:2] in _FROM_TARGET_ROOTS:
        targets = _first(actors, [p for _, p in _pobjs(tok, ("from", "in"))])
    if not targets and dobj is not None and theme:
        targets = []
    if not targets and sources:
        targets = verb_phrase_target(actors, tok, sources, skip=dobj if theme else None)
    elif targets and dobj is not None and _own_object(dobj, targets, sources):
        # "A and B warned their citizens about C": the subjects' own people are no target
        targets = verb_phrase_target(actors, tok, sources) or targets
    return Roles(sources, targets, max(path, 1))


# Generic heads an event noun modifies ("a mediation effort") and measures it is counted in
# ("five days of war games"): the roles sit on them, not on the event noun.
_CARRIER_NOUNS = frozenset({"effort", "campaign", "mission", "initiative", "bid", "drive"})
_MEASURE_NOUNS = frozenset(
    {"day", "week", "month", "hour", "year", "round", "series", "wave", "spate", "string"}
)


def _carrier(tok: Token) -> Token:
    """The noun that carries an event noun's roles: "a mediation effort between A and B"."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _CARRIER_NOUNS:
        return tok.head
    for _ in range(2):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            break
        if prep.head.lemma_.lower() not in _MEASURE_NOUNS:
            break
        tok = prep.head
    return tok


# Arcs the phrase fallback follows: objects, prepositions, participles that modify objects
# ("the roads leading into X"), compounds and modifiers ("an anti-X parade").
_PHRASE_DEPS = frozenset(
    {"dobj", "prep", "pobj", "acl", "compound", "amod", "nmod", "poss", "dative", "pcomp", "xcomp",
     "npadvmod", "advmod", "attr", "oprd", "appos"}
)  # fmt: skip
_PHRASE_DEPTH = 5
# Prepositions of time and circumstance lead out of what the act is about ("after talks in X").
_SCENE_PREPS = frozenset(
    {"after", "before", "since", "until", "till", "despite", "amid", "amidst", "following",
     "like", "unlike", "than", "because", "ahead", "prior", "without"}
)  # fmt: skip


def _key(a: Arg) -> str:
    """Country of an actor; an IGO or group without one counts as itself."""
    return a.ref.country or a.ref.code


def _own_object(dobj: Token, targets: list[Arg], sources: list[Arg]) -> bool:
    """An object owned by the subject through a pronoun ("their citizens", "its troops")."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in dobj.children):
        return False
    own = {_key(a) for a in sources}
    return bool(sources) and all(_key(t) in own or t.ref.code[:3] == "---" for t in targets)


def _party(node: Token, kind: str) -> bool:
    """Regions and blocs deep in a phrase are places ("poverty in Africa"), not parties."""
    return kind != "group"


def verb_phrase_target(
    actors: DocActors, tok: Token, sources: list[Arg], skip: Token | None = None
) -> list[Arg]:
    """The first state-level actor inside the trigger's own phrase, when no role names a target.

    "departed from X", "renewed his licence in X", "criticized the closure of shops in X",
    "acted on a resolution with X": the actor the verb phrase is about, as a careful coder reads
    it. Only the verb's phrase counts (objects and prepositions, a few arcs down), never its
    subject, clauses of their own (relative, adverbial, reported) or conjoined verbs; the actor
    must be of another country than the source.
    """
    own = {_key(a) for a in sources}
    frontier = [c for c in tok.children if c.dep_ in _PHRASE_DEPS and c.i > tok.i]
    for _ in range(_PHRASE_DEPTH):
        nxt: list[Token] = []
        for node in frontier:
            if node is skip or (node.dep_ == "prep" and node.lower_ in _SCENE_PREPS):
                continue
            if node.dep_ == "pobj" and coactor(node.head.lower_, node):
                continue
            if border_place(node, tok):
                continue
            m = actors.mention_of(node)
            if node.pos_ in ("NOUN", "PROPN") and m is not None and _party(node, m.kind):
                got = [
                    a
                    for a in actors.resolve(node)
                    if not a.ref.code.startswith("---") and _key(a) not in own
                ]
                if got:
                    return [Arg(a.ref, a.quality * 0.8, a.tok) for a in got]
            nxt += [c for c in node.children if c.dep_ in _PHRASE_DEPS]
        frontier = sorted(nxt, key=lambda t: t.i)
    return []


_ARRIVAL_VERBS = frozenset({"arrive", "land", "reach", "enter"})


def noun_roles(actors: DocActors, f: Found) -> Roles:
    tok = _carrier(f.tok)
    flags = f.entry.flags
    sources: list[Arg] = []
    targets: list[Arg] = []
    path = 1
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i:
            got = actors.resolve(c)
            if got:
                sources = got
    for prep, p in _pobjs(tok, ("by", "from")):
        if not sources:
            got = actors.resolve(p)
            if not got and prep == "from":
                continue
            sources = got
    of = [p for _, p in _pobjs(tok, ("of",))]
    if of:
        got = actors.resolve(of[0])
        if "ofsrc" in flags:
            if not sources:
                sources = got or _theme_owner(actors, of[0])
        elif got:
            targets = got
    between = [p for _, p in _pobjs(tok, ("between", "among"))]
    if not between and of:
        between = [p for _, p in _pobjs(of[0], ("between", "among"))]
    if between and not targets:
        pair = actors.resolve(between[0])
        if f.code == "045":  # a mediation between A and B: they are its targets
            targets = pair
        elif len(pair) >= 2 and not sources:
            sources = pair
    if not targets:
        targets = _first(actors, [p for _, p in _pobjs(tok, TARGET_PREPS)])
    if not sources:
        gov = tok.head
        if tok.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        light = gov.lemma_.lower() in LIGHT_VERBS
        if gov.i != tok.i and gov.pos_ in ("VERB", "AUX") and tok.dep_ != "nsubj" and light:
            sources, steps = _subject(actors, gov)
            path = steps + 1
            if not targets:
                extra = ("between",) if f.code == "045" else ()
                after = [q for _, q in _pobjs(gov, TARGET_PREPS + extra) if q.i > tok.i]
                targets = _first(actors, after)
    if not targets and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _ARRIVAL_VERBS:
        # "the deployment of X troops arrived in Y": the moved force's destination
        gov = tok.head
        dest = [c for c in gov.children if c.dep_ == "dobj"]  # "reached X", "entered X"
        dest += [p for _, p in _pobjs(gov, ("in", "at", "into", "to"))]
        targets = _first(actors, dest)
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if not targets and gov.pos_ in ("VERB", "AUX"):
        after = [q for _, q in _pobjs(gov, ("to", "against")) if q.i > tok.i]
        targets = _first(actors, after)
    return Roles(sources, targets, path)


# Clauses and parts of a trigger's phrase that name other events' parties, not this one's.
_NOT_PHRASE = frozenset({"nsubj", "nsubjpass", "relcl", "advcl", "ccomp", "parataxis", "appos"})
_NOT_PHRASE |= frozenset({"punct", "cc", "mark", "aux", "auxpass", "neg", "csubj"})


def phrase_target(actors: DocActors, f: Found, sources: list[Arg]) -> list[Arg]:
    """The nearest other named actor inside the trigger's own phrase, when syntax named none.

    "agreed to an extension of the mandate for the force in Lebanon" -> Lebanon; "opened an
    embassy in Tehran" -> Iran; "lifted the state of emergency in Darfur" (a place of the doer's
    own country) -> the doer's country: a government acting on its own territory.
    Breadth-first over the trigger's dependents, skipping its subject and other clauses.
    """
    own = {a.ref.code for a in sources}
    frontier = [c for c in f.tok.children if c.dep_ not in _NOT_PHRASE]
    for _ in range(10):
        nxt: list[Token] = []
        for t in frontier:
            if t.dep_ == "prep" and t.lower_ in _SCENE_PREPS:  # "after talks in X": the scene
                nxt += scene_partners(t)
                continue
            if border_place(t, f.tok):
                continue
            m = actors.mention_of(t)
            if (
                m is not None
                and _party(t, m.kind)
                and m.ref.code not in own
                and not m.ref.code.startswith("---")
            ):
                return [Arg(m.ref, 0.6, t.i)]
            nxt += [c for c in t.children if c.dep_ not in _NOT_PHRASE]
        frontier = nxt
        if not frontier:
            break
    return []
