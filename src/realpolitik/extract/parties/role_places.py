"""Which states a role noun of no state may be placed in (names16, fresh7's G).

"Ethiopia's prime minister thanked Norway ... and said his government would free 30 detained
fighters", "Sudan's army said it had captured 12 rebel commanders after talks with Egypt": a
target named by its role alone ("fighters", "the seized crew", "rebel commanders") is no one of
a state the sentence names as another act's party (the thanked state, the other side of the
talks). ``placing.locate`` still places it where the sentence says it is ("militants in an
airstrike in eastern Afghanistan", "near the Turkish border"), and its own phrase ("fighters
from X", "X's fighters", "Xian fighters") resolves it before that stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.extract._mentions import Arg
    from realpolitik.extract.parties._model import Site

# Prepositions that say where something is or happens.
_WHERE = frozenset(
    {"in", "inside", "into", "across", "near", "along", "at", "on", "within", "throughout",
     "outside", "off", "over"}
)  # fmt: skip
# Links that stay inside one noun phrase on the way up from a state's name to its phrase.
_INSIDE = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj", "det", "case"})
# Nouns of a place whose "with X" names a side of it, not a party ("the border with Niger").
_SIDED = frozenset({"border", "frontier", "boundary"})
_MAX_UP = 8
_MAX_DEPTH = 64


def _where(tok: Token) -> bool | None:
    """Whether a state's name sits in a phrase of place ("in eastern Afghanistan", "near the
    Turkish border", "near the border with Niger"): True; in a "with" phrase of another noun
    ("after talks with Egypt"): False; else None."""
    for _ in range(_MAX_UP):
        while tok.dep_ in _INSIDE and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ in _WHERE:
            return True
        if prep.lower_ != "with":
            return None
        if prep.head.lemma_.lower() not in _SIDED:
            return False if prep.head.pos_ == "NOUN" else None
        tok = prep.head
    return None


def _ancestors(tok: Token) -> list[Token]:
    """``tok`` and its heads up to the sentence's root."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < _MAX_DEPTH:
        out.append(out[-1].head)
    return out


def _coordinated(a: Token, b: Token) -> bool:
    """Whether ``a`` (a trigger) sits in a reported clause coordinated with ``b``'s ("thanked
    Norway ... and said his government would free ..."): the paths from each to their lowest
    common head cross a verb's "conj" link, and ``a``'s a clausal complement's. (Not "struck
    Gaza and killed 20 militants": one doer's two acts on one scene.)"""
    up_a, up_b = _ancestors(a), _ancestors(b)
    common = [t.i for t in up_b]
    k = next((k for k, t in enumerate(up_a) if t.i in common), None)
    if k is None:
        return False
    own, other = up_a[:k], up_b[: common.index(up_a[k].i)]  # (each path below the common head)
    said = any(t.dep_ == "ccomp" for t in own)  # (the act's clause is reported, its own)
    return said and any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in own + other)


def party_states(s: Site, arg: Arg, sent: Span) -> set[int]:
    """The ``id`` of each state mention of ``sent`` that is another act's party: in a clause
    coordinated with the trigger's and not in a phrase of place, or the "with" side of another
    noun ("after talks with Egypt"); for a target of no state (never a titled person, whose
    own stage decides)."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc):
        return set()
    out = set()
    for t in sent:
        m = s.actors.mention_of(t)
        if m is None or id(m) in out or t.i == arg.tok:
            continue
        where = _where(t)
        if (
            where is False
            or (where is None and _coordinated(s.tok, t))
            or where is None
            and _conjunct_recipient(s, t)
        ):
            out.add(id(m))
    return out


# Roots of the acts whose object or recipient is a party, not a scene (statements to aid and
# yielding); "struck Gaza and killed 20 militants" keeps the struck place as the scene.
_LAST_PARTY_ROOT = "08"
# Material cooperation and aid (06, 07): acts whose role-noun recipient is the act's party.
_MATERIAL_ROOTS = frozenset({"06", "07"})


def _conjunct_recipient(s: Site, t: Token) -> bool:
    """ "lent money to the county governments ... and offered Uganda a discount" (parties25,
    fresh13's V): for material cooperation or aid (06, 07), ``t`` is the recipient or object of a verb
    coordinated with the trigger (a conjunct of it, of its head, or a sibling), which is
    another act's party, not where the trigger's role noun is."""
    if s.root not in _MATERIAL_ROOTS:
        return False  # (a statement's addressee, "told reporters ... and urged Y": left as read)
    while t.dep_ in _INSIDE and t.head.i != t.i:
        t = t.head
    verb = t.head
    if t.dep_ == "pobj" and verb.lower_ == "to":
        t, verb = verb, verb.head
    if t.dep_ not in ("dative", "dobj") or verb.i == s.tok.i or verb.pos_ != "VERB":
        return False
    tok = s.tok
    linked = (
        (verb.dep_ == "conj" and verb.head.i == tok.i)
        or (tok.dep_ == "conj" and tok.head.i == verb.i)
        or (tok.dep_ == "conj" and verb.dep_ == "conj" and tok.head.i == verb.head.i)
    )
    if not linked:
        return False
    act = s.ctx.triggers.get(verb.i)
    return t.dep_ == "dative" or (act is not None and act.code[:2] <= _LAST_PARTY_ROOT)


# Nouns of a part of a country: a "to" phrase with one names a destination at home, unless its
# own phrase names a state ("the border region of X", "X's northern region").
_HOME_PLACES = frozenset(
    {"region", "province", "district", "county", "area", "town", "city", "territory", "north",
     "south", "east", "west", "interior", "department", "municipality", "governorate", "state"}
)  # fmt: skip
_OWNING = frozenset({"its", "their", "own"})
_NAMING = frozenset({"poss", "amod", "pobj", "nmod"})


def home_destination(trigger: Token) -> bool:
    """Whether ``trigger`` sends to a part of the doer's own country: "to its northern border
    region", "to the Puno region", "to the north" (a destination the doer's own word or a
    region noun names, with no state's name or demonym in it)."""
    for k in trigger.children:
        if k.dep_ != "prep" or k.lower_ not in ("to", "into"):
            continue
        for p in k.children:
            if p.dep_ != "pobj":
                continue
            words = [t for t in p.subtree if t.i != p.i]
            # a state named as owner, demonym or "of" phrase ("the Bolivian border region",
            # "Bolivia's north", "the region of X"); a place's own name ("the Puno region") is
            # a compound and names none
            named = any(t.dep_ in _NAMING and t.text[:1].isupper() for t in words)
            owned = any(t.lower_ in _OWNING and t.dep_ in ("poss", "amod") for t in words)
            if not named and (owned or p.lemma_.lower() in _HOME_PLACES):
                return True
    return False


def recipient_conjuncts(trigger: Token) -> frozenset[int]:
    """ "gave grants to the local councils and offered Y cheaper fuel" (parties25, fresh13's
    V): a verb that names its own recipient shares no aim with the verbs conjoined after it
    (as "deployed troops and fired on X" does), so their phrases name none of its parties; nor
    does one sent to a home destination ("sent riot police to its northern border region and
    asked X to remove the blockade": lex27, fresh14's V)."""
    if not any(k.dep_ == "dative" for k in trigger.children) and not home_destination(trigger):
        return frozenset()
    return frozenset(
        t.i
        for k in trigger.children
        if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and k.i > trigger.i
        for t in k.subtree
    )
