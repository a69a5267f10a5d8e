"""Evacuations of one's own people: sending the means to bring them home is no aid to the
state they leave (split from ``salience``, which asks it as one of its non-event tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_EVACUATE = frozenset({"evacuate", "repatriate", "airlift", "extract", "rescue"})
_SENDING = frozenset({"send", "dispatch", "deploy", "fly", "charter"})
# "to bring / fly its nationals home": carrying one's own people home is an evacuation (lex11)
_CARRY_HOME = frozenset({"bring", "fly", "take", "ferry", "carry"})
_HOMEWARD = frozenset({"home", "back"})
# One's own people abroad, whose evacuation is no aid to the state they leave.
OWN_PEOPLE = frozenset(
    {"citizen", "national", "diplomat", "staff", "personnel", "expatriate", "countryman",
     "compatriot", "embassy"}
)  # fmt: skip


def evacuates_own(f: Found) -> bool:
    """ "India sent aircraft to evacuate its citizens from Sudan": sending the means to bring
    one's own people home is no aid to the state they leave (CAMEO codes aid to its
    receiver)."""
    tok = f.tok
    if f.entry.pos == "V" and flies_own_home(tok):
        return True
    if f.entry.pos != "V" or tok.lemma_.lower() not in _SENDING:
        return False
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and (
            c.lemma_.lower() in _EVACUATE
            or (c.lemma_.lower() in _CARRY_HOME and any(g.lower_ in _HOMEWARD for g in c.children))
        ):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in OWN_PEOPLE:
                return True
    return False


# Carrying verbs whose people flown home are a return (174, lex30) unless they are one's own.
_FLY_HOME = frozenset({"fly", "airlift"})
_OWN_POSSESSORS = frozenset({"its", "their", "our"})


def flies_own_home(tok: Token) -> bool:
    """ "sent planes to fly its citizens home from Y", "airlifted their nationals back": people
    of one's own flown home are evacuated, no one returned to Y (lex30: "flew 60 Y-ian migrants
    home" is a return, 174, by the lexicon)."""
    if tok.lemma_.lower() not in _FLY_HOME or not any(c.lower_ in _HOMEWARD for c in tok.children):
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        owner = [g for g in _noun_phrase(obj) if g.dep_ == "poss" and g.lower_ in _OWN_POSSESSORS]
        if owner or obj.lower_ in _OWN_POSSESSORS:
            return True
    return False


# Clauses on a noun: their possessors are not the noun's ("migrants who had overstayed their
# visas" are no one's own people; leftovers49).
_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _noun_phrase(noun: Token) -> list[Token]:
    """The noun's phrase without the clauses that modify it."""
    out: list[Token] = []
    stack = [noun]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NOUN_CLAUSES)
    return out


# Verbs of freeing people held; and the carrying verbs whose "them home" continues a release.
_RELEASE_VERBS = frozenset({"release", "free", "pardon", "acquit", "discharge", "liberate"})
_CARRY_BACK = frozenset({"send", "fly", "airlift", "take", "bring", "ship", "drive", "repatriate"})
_AFTER_MARKS = frozenset({"after", "upon", "once", "having"})


def released_home(f: Found) -> bool:
    """ "Peru released the six Chilean fishermen and flew them home", "freed the sailors and
    sent them back", "flew them home after releasing them": carrying released people home is
    the release's own end (0841, lex32: fresh19_classes.md A), no deportation (174) beside it;
    "detained the men and sent them home" is one (no release before it)."""
    tok = f.tok
    lemma = tok.lemma_.lower()
    if f.entry.pos != "V" or f.code[:3] != "174" or lemma not in _CARRY_BACK:
        return False
    if lemma != "repatriate" and not any(c.lower_ in _HOMEWARD for c in tok.children):
        return False
    if tok.dep_ == "conj" and tok.head.lemma_.lower() in _RELEASE_VERBS:
        return True
    for c in tok.children:
        if c.lemma_.lower() not in _RELEASE_VERBS:
            continue
        if c.dep_ == "conj":
            return True
        if c.dep_ == "advcl" and any(
            m.lower_ in _AFTER_MARKS for m in c.children if m.dep_ in ("mark", "prep", "aux")
        ):
            return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in _AFTER_MARKS
        and any(g.dep_ == "pcomp" and g.lemma_.lower() in _RELEASE_VERBS for g in c.children)
        for c in tok.children
    )  # "flew them home after releasing them"
