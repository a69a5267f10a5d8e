"""Who an office-holder or a government is when the sentence names neither's state (names13).

"President X asked the bloc for money, and India offered to train Maldivian police": a titled
name the tables lack is not placed in a state a conjoined clause names, nor in his addressee's
(``placing.locate`` asks ``titled_person``); with nothing in the story tying his name to a state
(``_name_ties``), the dateline's state places him ("ACCRA, March 3 (Wire) - President X ...").
"MANILA, March 3 (Wire) - The Philippines protested to Vietnam. In a statement, the government
accused Hanoi ...": an unowned "the government" is not the state it accuses; it is the
dateline's state when that state acted earlier in the story, else of no state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._person_refs import OFFICE_WORDS
from realpolitik.extract._syntax import pobjs
from realpolitik.extract._venues import venue_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg
    from realpolitik.extract.parties._model import Site

_GOVERNMENT = "GOV"
# The nouns of a state's government as a whole, which a story names with "the" alone.
GOVERNMENT_NOUNS = frozenset({"government", "ministry", "cabinet", "administration"})
_PRONOUNS = frozenset({"it", "its"})  # ("The ministry said it had sent a note")
_SERVED_PREPS = ("for", "of")  # "a spokesman for President X"
# Words a title is made of before its office word ("Prime Minister", "Foreign Minister").
_TITLE_PARTS = frozenset({"prime", "foreign", "defence", "defense", "deputy", "crown", "vice"})
_VISITING = frozenset({"visiting", "exiled"})  # an office-holder away from his state
_OWNERS = frozenset({"his", "her", "its", "their"})  # "her government"
# Offices a bare title stands for one person of no state it names ("King later praised Iran").
_PERSON_TITLES = OFFICE_WORDS - {"counterpart", "leader"}
# What ties a title to its state or its holder: a possessor, a demonym, an "of" phrase, a name.
_OWNING_DEPS = frozenset({"poss", "amod", "nmod", "appos"})
_STATE_KINDS = frozenset({"country", "capital", "demonym"})  # mentions that name a state


def own_state_addressed(s: Site, arg: Arg, other: Arg | None, place: str) -> bool:
    """An unowned "the government" / "the (foreign) ministry" whose one possible place is the
    state its act is aimed at ("the government accused Hanoi"): a state does not accuse, summon
    or demand of itself; nor is a bare title ("King later criticized Iran", "the president
    praised Iran": a short form the tables do not know, of no state the sentence names). (Leaders
    and officials facing their own capital are left domestic: "opposition leaders agreed to
    postpone the rally in Baku".)"""
    if other is None or other.ref.country != place or arg.ref.code[3:6] != _GOVERNMENT:
        return False
    if len(other.ref.code) != 3 and other.ref.code[3:6] != _GOVERNMENT:
        return False
    return government_noun(s, arg) or bare_title(s, arg) or government_pronoun(s, arg)


def government_pronoun(s: Site, arg: Arg) -> bool:
    """ "The ministry said it had asked X": the "it" that stands for an unowned government."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc) or arg.ref.code[3:6] != _GOVERNMENT:
        return False
    return doc[arg.tok].lower_ in _PRONOUNS


def bare_title(s: Site, arg: Arg) -> bool:
    """ "King", "Prime Minister", "the president": an office word with no state, name or
    holder of its own."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc):
        return False
    tok = doc[arg.tok]
    if tok.lemma_.lower() not in _PERSON_TITLES and tok.lower_ not in _PERSON_TITLES:
        return False
    for c in tok.children:
        if c.lower_ in _TITLE_PARTS:
            continue  # ("the prime minister")
        if c.dep_ in _OWNING_DEPS or (c.dep_ == "det" and c.lower_ != "the"):
            return False
        if c.dep_ == "compound":
            return False  # ("President Temba": a name)
        if c.dep_ == "prep" and c.lower_ in _SERVED_PREPS:
            return False  # ("the king of Jordan")
    return True


def government_noun(s: Site, arg: Arg) -> bool:
    """ "the government", "the foreign ministry", "her government": a state's government named
    by "the" alone or by a pronoun the story did not resolve."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc):
        return False
    tok = doc[arg.tok]
    the = any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.lower_ in _OWNERS)
        for c in tok.children
    )
    return the and tok.lemma_.lower() in GOVERNMENT_NOUNS


def titled_person(s: Site, arg: Arg) -> bool:
    """ "Prime Minister Feleti Teo thanked Japan": an office-holder named by title and a name
    the actor tables do not hold is not of the one state the sentence names when that state is
    the other party (not Japan's because he thanks Japan), nor of a state named in a clause
    conjoined to his ("President X asked ..., and India offered ..."); the story's own ties of
    his name to a state (``_name_ties``) place him before this stage."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc):
        return False
    tok = name = doc[arg.tok]
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head  # ("Foreign Minister X": from "Foreign" to the name)
    if titled_name(s, name):
        return True  # ("a spokesman for President X": his office, of no state named here)
    return any(titled_name(s, p) for _, p in pobjs(tok, _SERVED_PREPS))


def filed_from(s: Site, arg: Arg, avoid: str | None, *, acted: bool = False) -> str | None:
    """ "ACCRA, March 3 (Wire) - President X criticized Togo": an office-holder the story ties
    to no state speaks from the dateline's state; not when he is said to visit, nor when that
    state is the other party. With ``acted`` (an unowned "the government"), only when the
    dateline's state is one that acted earlier in the story."""
    state = s.actors.dateline
    if state is None or state == avoid:
        return None
    if acted and not any(a.source.country == state for a in s.ctx.earlier):
        return None  # (filed from the state the story's acts are done to: no one's)
    name = s.tok.doc[arg.tok]
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    if any(t.lower_ in _VISITING for t in name.subtree if t.i < name.i):
        return None
    return state


def story_sole_state(s: Site, avoid: str | None) -> str | None:
    """ "Kenya criticised Uganda over the border. Foreign Minister X accused Uganda of ...": an
    office-holder the tables lack, with no dateline, is of the one state the story names
    besides the other party (leftovers21); with two or more left, of none (no guessing). A
    venue of the act's sentence ("signed a declaration in Cairo") names no one's state
    (parties33, fresh17's TT)."""
    doc = s.tok.doc
    venues = {s.actors.doc_offset(doc[i]) for i in venue_tokens(s.ctx.sent)}
    states = {
        m.ref.country
        for m in s.actors.mentions
        if m.kind in _STATE_KINDS and m.ref.country and m.ref.country != avoid
        and m.start not in venues
    }  # fmt: skip
    return next(iter(states)) if len(states) == 1 else None


_HOSTILE_FROM = "10"  # CAMEO roots from 10 (demand) on are the conflictual ones


def story_pair_side(s: Site, avoid: str | None) -> str | None:
    """ "Merz hosted Argentina's president ... France's farm minister criticised the deal.
    Economy Minister A signed a memorandum with Argentine Foreign Minister B": an office-holder
    the tables lack, acting with ``avoid``'s own official where the story names a third state,
    is of the one state the story's earlier cooperative acts (a meeting, a visit, a pledge,
    thanks: roots below 10) pair with ``avoid`` (parties56, fresh30's D); a third state's
    criticism pairs it with no one. With none or two paired, of none."""
    if avoid is None:
        return None
    paired = set()
    for act in s.ctx.earlier:
        if act.root >= _HOSTILE_FROM:
            continue
        sides = {act.source.country, act.target.country if act.target is not None else None}
        if avoid in sides and None not in sides and len(sides) == 2:
            paired |= sides - {avoid}
    return next(iter(paired)) if len(paired) == 1 else None


# What may stand between a state's word and a title it owns ("Norway's fisheries minister").
_OWNING_GAP = frozenset({"", "'s", "’s"})


def earlier_title_state(s: Site, arg: Arg) -> str | None:
    """ "... during the first visit to Santiago by a Norwegian fisheries minister. Fisheries
    Minister A met Foreign Minister B": an office-holder named by a title the story gave
    before with one state ("a Norwegian fisheries minister", "Norway's fisheries minister") is
    that state's (parties56, fresh30's D); a title given with two states places no one."""
    title = arg.ref.text.strip().lower()
    if not title or " " not in title and title not in OFFICE_WORDS:
        return None
    text = s.ctx.text[: s.ctx.start].lower()
    if title not in text:
        return None
    states = set()
    for hit in re.finditer(r"\b" + re.escape(title) + r"\b", text):
        for m in s.actors.mentions:
            if m.start >= hit.start():
                break
            if not m.is_state or not m.ref.country:
                continue
            if m.end >= hit.end() or text[m.end : hit.start()].strip() in _OWNING_GAP:
                states.add(m.ref.country)  # ("a Norwegian fisheries minister": one mention)
    return next(iter(states)) if len(states) == 1 else None


def other_clauses(tok: Token) -> list[Token]:
    """The tokens of the clauses conjoined to the trigger's ("..., and India offered to
    train police"): their states are those clauses' actors, not the trigger's doer's place."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return [t for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree]


def co_makers(tok: Token) -> list[Token]:
    """The tokens of the conjuncts of a titled name ("President X and Togo's president"):
    their states are theirs, not his. Not a conjunct's relative clause: where it says the
    other went ("X's commissioner, who arrived in Dar es Salaam, and Minister NAME") is the
    host's place (names16, PB)."""
    name = tok
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    out = []
    for c in conjuncts(name):
        said = {t.i for k in c.children if k.dep_ == "relcl" for t in k.subtree}
        out += [t for t in c.subtree if t.i not in said]
    return out


def titled_name(s: Site, name: Token) -> bool:
    """A proper name after a title the tables know only as an office ("President X")."""
    if name.pos_ != "PROPN" or not name.is_title or s.actors.mention_of(name) is not None:
        return False
    return any(
        (m := s.actors.mention_of(c)) is not None and m.kind == "sector"
        for c in name.children
        if c.dep_ == "compound"
    )


__all__ = [
    "GOVERNMENT_NOUNS",
    "abroad_story_doer",
    "bare_force",
    "co_makers",
    "bare_title",
    "filed_from",
    "government_noun",
    "government_pronoun",
    "other_clauses",
    "own_state_addressed",
    "story_doer",
    "titled_name",
    "titled_person",
]


_SCENE_PREPS = frozenset({"in", "at"})


def fronted_capital(s: Site, arg: Arg, avoid: str | None) -> str | None:
    """ "In Tbilisi, the foreign ministry announced ...": a sentence that opens on a capital
    set off by a comma places a bare "the government / (foreign) ministry" doer in that
    capital's state (names16); never the state its act is aimed at (``avoid``), and never as a
    target (``context.fronted_scenes``)."""
    if not government_noun(s, arg):
        return None
    sent = s.ctx.sent
    if len(sent) < 4 or sent[0].lower_ not in _SCENE_PREPS:
        return None
    comma = next((t.i for t in sent[1:6] if t.text == ","), None)
    if comma is None or arg.tok <= comma:
        return None
    m = s.actors.mention_of(sent[1])
    if m is None or m.kind != "capital" or not m.ref.country or m.ref.country == avoid:
        return None
    if m.end > sent.doc[comma].idx:
        return None
    return m.ref.country


_STATE_CODE_LEN = 3  # a state's own code ("SRB"), before any sector


def story_doer(s: Site, arg: Arg, avoid: str | None) -> str | None:
    """ "Serbia's interior ministry accused Hungarian police of beating two Serbian drivers. The
    ministry said it had sent a note to Budapest": a bare "the (foreign) ministry" / "the
    government" doer, or the "it" that stands for one, is the government of the state that did
    the story's earlier acts, when they were all done by one state (names17, fresh8's A); not
    the nearest state named (the accused police's), never the state its act is aimed at. A
    dateline decides when it names a state: its own ("NAIROBI - The foreign ministry summoned
    Uganda's ambassador") when no act came before or its state did one; none when the
    earlier acts were all another state's (the ministry may be either). A bare force
    ("NAIROBI - Security forces arrested 20 migrants from Uganda", "the army", "the police")
    is placed so too, never in the state of a "from Y" / "near Y" phrase (leftovers59)."""
    doc = s.tok.doc
    if not 0 <= arg.tok < len(doc):
        return None
    if not _bare_doer(s, arg):
        return None
    doers = {
        a.source.country
        for a in s.ctx.earlier
        if not a.background and a.source.country and len(a.source.country) == _STATE_CODE_LEN
    }
    dateline = s.actors.dateline
    if dateline is not None:
        state = dateline if not doers or dateline in doers else None
    elif len(doers) == 1:
        state = next(iter(doers))
    else:
        return None  # (no earlier doer, or more than one: not clear)
    return None if state == avoid else state


def _bare_doer(s: Site, arg: Arg) -> bool:
    """A government, a force or an office named with no state of its own (or its pronoun)."""
    tok = s.tok.doc[arg.tok]
    if arg.ref.code[3:6] in _FORCE_SECTORS:
        return tok.lower_ in _FORCE_PRONOUNS or bare_force(tok)
    if arg.ref.code[3:6] != _GOVERNMENT:
        return False
    return government_noun(s, arg) or government_pronoun(s, arg) or _bare_title(s, arg)


# A state's own forces named with no state: "security forces", "the army", "the police"
# (leftovers59). Under a dateline they are the dateline state's, as a bare "the ministry" is.
# So are its chiefs and agencies named by office alone: "the spy chief", "the army chief",
# "the intelligence agency".
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
_FORCE_HEADS = frozenset(
    {"force", "forces", "army", "military", "police", "gendarmerie", "chief", "agency"}
)
_FORCE_PARTS = frozenset(
    {"security", "riot", "armed", "the", "spy", "intelligence", "army", "military", "police"}
)
_OFFICE_HEADS = frozenset({"chief", "agency"})  # (only with a word of their force before)
_FORCE_DEPS = frozenset({"compound", "amod"})
_FORCE_PRONOUNS = frozenset({"it", "they"})  # ("Police said they had arrested ...")


def bare_force(tok: Token) -> bool:
    """ "Security forces", "the army", "the police": a force with nothing of its own that
    names its state (no possessor, demonym, "of" / "from" / "in" phrase, nor "foreign")."""
    if tok.lower_ not in _FORCE_HEADS and tok.lemma_.lower() not in _FORCE_HEADS:
        return False
    forces = tok.lower_ == "forces" or tok.lemma_.lower() == "force"
    if forces and not any(k.lower_ in ("security", "armed") for k in tok.children if k.i < tok.i):
        return False  # (bare "forces" is any side's)
    if tok.lower_ in _OFFICE_HEADS and not any(k.dep_ in _FORCE_DEPS for k in tok.children):
        return False  # ("the chief", "the agency": of the story's body, not a force)
    return all(k.lower_ in _FORCE_PARTS for k in tok.children if k.i < tok.i) and not any(
        k.dep_ == "prep" for k in tok.children
    )


# Offices a bare "the" title names as its state's government (leftovers40).
_BARE_TITLES = frozenset(
    {"president", "minister", "premier", "chancellor", "spokesman", "spokeswoman"}
    | {"spokesperson", "king", "emir", "sultan"}
)


def _bare_title(s: Site, arg: Arg) -> bool:
    """ "Chile condemned Peru's decision. The president recalled the ambassador": "the"
    and a title alone ("the (foreign / prime) minister") name the story doer's office-holder,
    as a bare "the ministry" does (leftovers40)."""
    tok = s.tok.doc[arg.tok]
    while tok.lower_ in _TITLE_PARTS and tok.dep_ in ("compound", "amod") and tok.head != tok:
        tok = tok.head  # (the mention may start at "foreign")
    if tok.lemma_.lower() not in _BARE_TITLES:
        return False
    kids = list(tok.children)
    if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids):
        return False
    return all(
        k.dep_ == "det" or (k.dep_ in ("compound", "amod") and k.lower_ in _TITLE_PARTS)
        for k in kids
    )


def abroad_story_doer(s: Site, arg: Arg) -> bool:
    """``arg`` is a bare government the story's one earlier doer placed (``story_doer``), and
    that doer's earlier acts were aimed at another state: its act with no target named is part
    of that dispute, not an act at home ("... The ministry demanded compensation")."""
    state = arg.ref.country
    if not state or story_doer(s, arg, None) != state:
        return False
    return any(
        a.target is not None and a.target.country not in (None, "", state)
        for a in s.ctx.earlier
        if not a.background
    )
