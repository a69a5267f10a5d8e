"""Counted phrases for two people named before: "the two men", "both envoys", "the two foreign
ministers", "the two heads of state" (issue 9, practice3).

"The two leaders" and "the two presidents" already point back to the story's pair
(``_referring.counted_reference``); a reporter writes the same pair as "the two men", "both
women", "the two officials", "the two envoys", or with an office modifier ("the two foreign
ministers", "both defence chiefs") or an "of" phrase ("the two heads of state"). Counted with a
definite "the two" or "both", such a phrase means the pair; bare ("two men were arrested", "the
officials") or placed by a state word of its own ("the two Ugandan envoys", "both ministers of
Peru") it names someone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Person nouns that point to the story's pair only when counted: any two men or officials may
# be meant by "two men" or "the officials", but "the two men" after a meeting are its sides.
COUNTED_PERSON_NOUNS = frozenset(
    {
        "man", "woman", "official", "envoy", "diplomat", "counterpart", "negotiator",
        "delegate", "emissary", "representative", "head", "chief", "leader", "president",
        "premier", "minister", "chancellor", "monarch", "ruler", "king", "emir", "sultan",
        "prince", "secretary", "delegation", "team",  # (leftovers32: counted groups)
    }
)  # fmt: skip
# Counted groups that are a state's side at talks ("the two delegations signed"), only bare
# or with a word of the talks (leftovers32): "the two football teams" are no states.
_GROUP_NOUNS = frozenset({"delegation", "team"})
_GROUP_MODIFIERS = frozenset(
    {"negotiating", "negotiation", "technical", "diplomatic", "official", "government",
     "ministerial", "military", "security", "trade"}
)  # fmt: skip
# "the two heads of state / government": an "of" phrase that names the office, not a state.
_OFFICE_OBJECTS = frozenset({"state", "government"})
_DET_DEPS = frozenset({"det", "nummod", "predet"})
_MOD_DEPS = frozenset({"amod", "compound"})
_DEFINITE = frozenset({"the", "both", "these", "those"})
# Entity types of a modifier that places the people in a state of their own ("the two Ugandan
# envoys", "both Kenyan ministers"): then they are not the story's pair.
_PLACING_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC", "PERSON"})


def counted_people(tok: Token) -> bool:
    """ "the two men" / "both envoys" / "the two foreign ministers" / "the two heads of
    state": a person noun counted as a definite pair, with no modifier that places it."""
    if tok.lemma_.lower() not in COUNTED_PERSON_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in _DET_DEPS}
    if not ("both" in dets or {"the", "two"} <= dets or {"these", "two"} <= dets):
        return False
    if _counted_before(tok):
        return False
    group = tok.lemma_.lower() in _GROUP_NOUNS
    for c in tok.children:
        if group and c.dep_ in _MOD_DEPS and c.lower_ not in _GROUP_MODIFIERS:
            return False  # "the two football teams": no state's side
        if c.dep_ in _MOD_DEPS and not group and not office_modifier(c):
            return False
        if c.dep_ == "poss":
            return False  # "the two countries' envoys": the states' own phrase
        if c.dep_ == "prep" and not _office_of(c):
            return False
    return True


def _counted_before(tok: Token) -> bool:
    """ "Police arrested two men ... The two men were charged": the same noun counted before
    without "the" introduced a group of its own, which "the two men" names again."""
    lemma = tok.lemma_.lower()
    for t in tok.doc[: tok.i]:
        if t.lemma_.lower() != lemma:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ in _DET_DEPS}
        if dets and not dets & _DEFINITE:
            return True
    return False


def office_modifier(mod: Token) -> bool:
    """ "foreign" in "the two foreign ministers", "defence" in "both defence chiefs": a word of
    the office, not of a state or a name."""
    return mod.is_lower and mod.ent_type_ not in _PLACING_ENTS and mod.pos_ in ("ADJ", "NOUN")


def _office_of(prep: Token) -> bool:
    """ "of state" / "of government" after "heads"."""
    if prep.lower_ != "of":
        return False
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(
        p.lemma_.lower() in _OFFICE_OBJECTS and not any(True for _ in p.children) for p in objs
    )
