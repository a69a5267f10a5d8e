"""States referred to by a pronoun or a description rather than a name (issue 9: targets named
only in another sentence): "Lima accused it", "criticised its neighbour", "warned the kingdom",
"the South" in a Korea story.

Each reading takes a state the document has already named, and only one that fits: "it" is the
nearest singular antecedent (a thing noun in between, "the deal", stops it), a relation noun
("its ally") the one other state named in the last sentences, a class noun ("the kingdom",
"the island nation") the one kingdom or island state named so far; "the South" / "the North"
follow the fixed convention of a divided country the document names. Where two states fit, or
the only one is the act's own doer, there is no reading: no target rather than a wrong one.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Arg
from realpolitik.extract._timex import MONTH_NAMES, WEEKDAYS
from realpolitik.extract._treaty_allies import treaty_allies
from realpolitik.extract.confidence import DEFINITE, REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

# Divided countries and the halves their stories call "the South" / "the North".
DIVIDED: tuple[dict[str, str], ...] = (
    {"south": "KOR", "north": "PRK"},
    {"south": "SSD", "north": "SDN"},
)
# Monarchies whose own style is a kingdom (news calls them "the kingdom").
KINGDOMS = frozenset(
    {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA",
     "KHM", "BTN", "LSO", "SWZ", "TON"}
)  # fmt: skip
EMIRATES = frozenset({"ARE", "QAT", "KWT"})
SULTANATES = frozenset({"OMN", "BRN"})
# States on islands of their own ("the island nation", "the island").
ISLANDS = frozenset(
    {"TWN", "JPN", "PHL", "LKA", "CUB", "CYP", "MDG", "ISL", "IRL", "MLT", "SGP", "NZL", "IDN",
     "JAM", "HTI", "DOM", "MDV", "MUS", "BHR", "FJI", "TTO", "BHS", "BRB", "CPV", "COM", "SYC",
     "TLS", "PNG", "SLB", "VUT", "WSM", "TON", "STP"}
)  # fmt: skip
# Class nouns: a head word, and the word before it that makes "nation / state" a class.
_CLASS_HEADS: dict[str, frozenset[str]] = {
    "kingdom": KINGDOMS, "emirate": EMIRATES, "sultanate": SULTANATES, "island": ISLANDS,
}  # fmt: skip
_CLASS_GENERIC = frozenset({"nation", "state", "country", "democracy"})
# Modifiers a class description may carry without naming anything itself.
_LOOSE_MODS = frozenset(
    {"gulf", "island", "oil-rich", "wealthy", "small", "tiny", "himalayan", "desert", "arab",
     "neighbouring", "neighboring", "conservative"}
)  # fmt: skip
# Relation nouns: "its ally", "Moscow's neighbour": another state than the owner.
RELATION_NOUNS = frozenset(
    {"ally", "neighbour", "neighbor", "partner", "rival", "adversary", "enemy", "foe",
     "archrival", "arch-rival", "archenemy", "arch-enemy"}
)  # fmt: skip
# How far back a relation noun looks: this sentence and the ones before it, up to this many.
RELATION_SENTENCES = 2
# How far before its paragraph (characters) a relation noun in a paragraph's first sentence
# looks: about the last two sentences of the paragraph before.
RELATION_CROSS_CHARS = 400
# The words one of which an object must be for ``described_states`` (or ``pair_without`` and
# ``is_relation_noun``) to read a state in it: "it", a relation noun, a class noun ("the
# kingdom", "the island nation"), "the two sides / countries / nations". A stage that reads
# only these descriptions is skipped in a sentence without them (``acts_on(words=...)``).
DESCRIBING_WORDS = (
    frozenset({"it", "side", "country", "nation"})
    | RELATION_NOUNS
    | frozenset(_CLASS_HEADS)
    | _CLASS_GENERIC
)
# Relation nouns a defence treaty can decide between two states ("its treaty ally").
ALLY_NOUNS = frozenset({"ally"})
# How far back (characters) a class noun or "the two sides" looks for the states it means: the
# last paragraphs, which also keeps a long document's scan linear.
DESCRIPTION_WINDOW = 2000
# Time nouns, never the antecedent of "it" ("on Monday", "this week").
_TIME_NOUNS = (
    frozenset(
        {
            "day",
            "week",
            "month",
            "year",
            "weekend",
            "morning",
            "afternoon",
            "evening",
            "night",
            "hour",
            "today",
            "yesterday",
            "time",
            "decade",
            "century",
        }
    )
    | {w.lower() for w in WEEKDAYS}
    | {w.lower() for w in MONTH_NAMES}
)
_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"})


def _text_ref(tok: Token, country: str) -> ActorRef:
    return ActorRef(tok.text, country, country)


def divided_half(actors: DocActors, tok: Token) -> list[Arg]:
    """ "The South", "the North" (capitalised, a head of its own) in a story that names one
    divided country: its southern or northern state by the fixed convention."""
    if tok.text not in ("South", "North") or tok.dep_ in ("compound", "amod"):
        return []
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return []
    if any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in kids):
        return []  # "the Global South"
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
        return []  # "the South China Sea" parsed apart
    named = actors.countries_named
    if named is None:  # (once per document: "the South" may recur on every line)
        named = actors.countries_named = frozenset(
            m.ref.country for m in actors.mentions if m.ref.country
        )
    fits = [d for d in DIVIDED if named & set(d.values())]
    if len(fits) != 1:
        return []
    return [Arg(_text_ref(tok, fits[0][tok.lower_]), DEFINITE, tok.i)]


def _has_the(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _class_of(tok: Token) -> frozenset[str] | None:
    """The states a class description fits: "the kingdom", "the island nation", "the Gulf
    emirate"; None when ``tok`` is no such description."""
    if not _has_the(tok) or tok.tag_ in ("NNS", "NNPS"):
        return None
    lemma = tok.lower_
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(c.dep_ == "poss" for c in mods):
        return None  # "the kingdom's ports"
    words = {c.lower_ for c in mods}
    if not words <= _LOOSE_MODS | set(_CLASS_HEADS):
        return None
    if lemma in _CLASS_HEADS:
        return _CLASS_HEADS[lemma]
    if lemma in _CLASS_GENERIC:
        named = [_CLASS_HEADS[w] for w in words if w in _CLASS_HEADS]
        return named[0] if len(named) == 1 else None
    return None


def _named_before(actors: DocActors, pos: int, lo: int = 0) -> list[tuple[int, str]]:
    """(offset, country) of the state-placed mentions from ``lo`` up to ``pos``, in order."""
    i = bisect.bisect_left(actors.starts, lo)
    j = bisect.bisect_left(actors.starts, pos)
    return [
        (m.start, m.ref.country) for m in actors.mentions[i:j]
        if m.ref.country and (m.is_state or m.is_person)
    ]  # fmt: skip


def class_state(actors: DocActors, tok: Token, own: set[str]) -> list[Arg]:
    """ "Madrid praised the kingdom": the one state of the class named before, not the doer."""
    fits = _class_of(tok)
    if fits is None or _names_in_phrase(actors, tok):
        return []  # "the kingdom of X": named
    pos = actors.doc_offset(tok)
    named = _named_before(actors, pos, pos - DESCRIPTION_WINDOW)
    found = {c for _, c in named if c in fits and c not in own}
    if len(found) != 1:
        return []
    return [Arg(_text_ref(tok, found.pop()), DEFINITE, tok.i)]


def _names_in_phrase(actors: DocActors, tok: Token) -> bool:
    """Whether a prepositional phrase of ``tok`` names an actor ("the kingdom of X")."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    return any(actors.mention_of(p) for c in preps for p in c.children)


def _clause_of(tok: Token) -> Token:
    """The verb whose clause ``tok`` is in (itself for a verb)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _owner_country(actors: DocActors, tok: Token) -> str | None:
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    got = actors.resolve(owner)
    countries = {a.ref.country for a in got if a.ref.country}
    return countries.pop() if len(countries) == 1 else None


def is_relation_noun(actors: DocActors, tok: Token) -> bool:
    """ "Its neighbour", "Moscow's ally": a singular relation noun with an owner and no name of
    its own ("its ally Belarus" is named)."""
    if tok.lower_ not in RELATION_NOUNS and tok.lemma_.lower() not in RELATION_NOUNS:
        return False
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    for c in tok.children:
        if c.dep_ == "appos" or (c.dep_ in ("compound", "amod") and actors.mention_of(c)):
            return False
    return any(c.dep_ == "poss" for c in tok.children)


def relation_state(
    actors: DocActors,
    tok: Token,
    own: set[str],
    *,
    paired: frozenset[frozenset[str]] = frozenset(),
) -> list[Arg]:
    """ "Greece criticized its neighbour", "Kyiv shelled Moscow's ally": a relation noun with
    an owner is the one other state named in this sentence or the one before (the end of the
    paragraph before, for a paragraph's first sentence). Where two are named, the one that
    shared an earlier act with the owner (``paired``: the document's earlier dyads), else for
    "ally" the one bound to the owner by a defence treaty; else none."""
    if not is_relation_noun(actors, tok):
        return []
    if _names_in_phrase(actors, tok):
        return []  # "its neighbour to the north, X"
    owner = _owner_country(actors, tok)
    if owner is None:
        return []
    sents = list(tok.doc.sents)
    k = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    lo = actors.doc_offset(sents[max(0, k - RELATION_SENTENCES + 1)][0])
    if k - RELATION_SENTENCES + 1 < 0:  # (the document goes on across its paragraphs)
        lo = max(0, actors.doc_offset(tok.doc[0]) - RELATION_CROSS_CHARS)
    pos = actors.doc_offset(tok)
    found = {c for _, c in _named_before(actors, pos, lo) if c != owner and c not in own}
    if len(found) > 1:
        found = _narrowed(found, owner, tok, paired)
    if len(found) != 1:
        return []
    return [Arg(_text_ref(tok, found.pop()), REFERRED, tok.i)]


def _narrowed(
    found: set[str], owner: str, tok: Token, paired: frozenset[frozenset[str]]
) -> set[str]:
    """Of two or more states a relation noun could mean, the one the document paired with the
    owner, else (for "ally") the one treaty-bound to it; all of them when neither tells."""
    with_owner = {c for c in found if frozenset((owner, c)) in paired}
    if len(with_owner) == 1:
        return with_owner
    if tok.lemma_.lower() in ALLY_NOUNS or tok.lower_ in ALLY_NOUNS:
        allied = {c for c in found if treaty_allies(owner, c)}
        if len(allied) == 1:
            return allied
    return found


def pronoun_state(actors: DocActors, tok: Token, own: set[str]) -> list[Arg]:
    """ "Peru recalled its envoy from Chile. Lima accused it of meddling": an object "it" is
    not its own clause's doer (disjoint reference), so it is the nearest singular antecedent
    before it; a thing noun there ("Lima signed the deal ... praised it") means no state."""
    if tok.lower_ != "it":
        return []
    doc = tok.doc
    local = _clause_of(tok)
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if t.dep_ not in _ANTECEDENT_DEPS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if _clause_of(t).i == local.i:
            continue  # its own clause ("In response, Lima accused it"): never the antecedent
        if t.lower_ in _TIME_NOUNS or t.lemma_.lower() in _TIME_NOUNS or t.like_num:
            continue
        m = actors.mention_of(t)
        if m is None:
            if t.tag_ in ("NNS", "NNPS") or not actors.is_thing(t):
                continue  # "troops", "the ambassador": no "it"
            return []  # "the deal": the likelier antecedent
        if m.is_person or m.kind == "sector":
            continue
        if not m.is_state or not m.ref.country:
            return []  # an organisation
        if m.ref.country in own:
            continue
        if _inside_thing(actors, t):
            return []  # "the deal with Bolivia": the deal is the likelier antecedent
        return [Arg(_text_ref(tok, m.ref.country), REFERRED, tok.i)]
    return []


def _one_thing(actors: DocActors, t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.tag_ not in ("NNS", "NNPS") and actors.is_thing(t)


def _inside_thing(actors: DocActors, tok: Token) -> bool:
    """Whether a singular thing competes with ``tok`` as what "it" is: ``tok`` is inside the
    thing's phrase ("the deal with X") or the thing is its clause's object ("signed the deal
    with X")."""
    t = tok
    for _ in range(8):
        if t.head.i == t.i or t.head.pos_ in ("VERB", "AUX"):
            break
        t = t.head
        if _one_thing(actors, t):
            return True
    verb = _clause_of(tok)
    return any(k.dep_ == "dobj" and _one_thing(actors, k) for k in verb.children)


def pair_without(actors: DocActors, tok: Token, own: set[str]) -> list[Arg]:
    """ "India and Pakistan exchanged fire. The United States urged the two sides ...": the
    pair of the story's last hostile act ("sides"; parties21: not the mediators named since),
    else the last two states named other than the doer (its own name may come between)."""
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")}
    if not dets & {"two", "both"} or tok.lemma_.lower() not in ("side", "country", "nation"):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children):
        return []
    pos = actors.doc_offset(tok)
    sides = actors.pair.sides_at(pos) if tok.lemma_.lower() == "side" else None
    disputants = [r.country for r in sides[2] if r.country] if sides is not None else []
    if len(disputants) == 2 and not own & set(disputants):  # the dispute's, not the mediators
        return [Arg(_text_ref(tok, c), REFERRED, tok.i) for c in disputants]
    out: list[str] = []
    at: list[int] = []
    for start, c in reversed(_named_before(actors, pos, pos - DESCRIPTION_WINDOW)):
        if c not in own and c not in out:
            out.append(c)
            at.append(start)
            if len(out) == 2:
                break
    if len(out) != 2:
        return []
    dyad = actors.pair.at(pos)  # the last two named only in a supposed case: the pair (p57)
    if dyad is not None and actors.pair.supposed_since(dyad, at):
        pair = [r.country for r in dyad[2] if r.country and r.country not in own]
        if len(pair) == 2:
            return [Arg(_text_ref(tok, c), REFERRED, tok.i) for c in pair]
    return [Arg(_text_ref(tok, c), REFERRED, tok.i) for c in reversed(out)]


# Verbs whose subject receives their object ("Ukraine received its first jets").
RECEIVE_VERBS = frozenset({"receive", "get", "obtain", "acquire", "accept"})


def receivers_of_things(actors: DocActors, things: list[Token], own: set[str]) -> list[ActorRef]:
    """The states that received, earlier in the paragraph, the things ``things`` name again
    ("Ukraine received its first F-16 jets ... Norway pledged more of the jets" -> Ukraine):
    the subject of a receiving verb whose object is a plural noun of the same word, never
    ``own``; one per state."""
    words = {t.lemma_.lower() for t in things if t.tag_ == "NNS"}
    if not words:
        return []
    first = min(t.i for t in things)
    out: dict[str, ActorRef] = {}
    for t in things[0].doc[:first]:
        if (
            t.lemma_.lower() not in words
            or t.dep_ != "dobj"
            or t.sent.start == things[0].sent.start
        ):
            continue
        verb = t.head
        if verb.lemma_.lower() not in RECEIVE_VERBS:
            continue
        subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
        for a in actors.resolve(subj) if subj is not None else []:
            if a.ref.country and a.ref.country not in own:
                out.setdefault(a.ref.country, a.ref)
    return list(out.values())


def described_states(
    actors: DocActors,
    tok: Token,
    own: set[str],
    *,
    paired: frozenset[frozenset[str]] = frozenset(),
) -> list[Arg]:
    """The state(s) a pronoun or description at ``tok`` refers to, never one of ``own``
    (``paired``: the document's earlier dyads, for a relation noun that two states fit)."""
    got = pronoun_state(actors, tok, own) or relation_state(actors, tok, own, paired=paired)
    return got or class_state(actors, tok, own) or pair_without(actors, tok, own)


__all__ = [
    "DESCRIBING_WORDS",
    "DIVIDED",
    "ISLANDS",
    "KINGDOMS",
    "RELATION_NOUNS",
    "described_states",
    "divided_half",
    "is_relation_noun",
    "pair_without",
    "receivers_of_things",
    "relation_state",
]
