"""States named by an epithet: "the kingdom", "the grand duchy", "the principality", "the
emirate", "the islands", "the archipelago", "the island nation" (issue 9, parties35: fresh18's
EP); "the federation", "the confederation" (parties36).

News names a state it has already named by its form of state: "Sweden accused Denmark ...
Denmark's environment ministry denied that the kingdom had cut releases", "Andorra handed over a
man to Spain. Spain's justice minister thanked the principality". Such a phrase is the one state
named before it in the story whose form it is; where none or two are (a story of two kingdoms),
it is left to the other readings. Each state's forms come from its official name in the actor
tables ("Kingdom of Belgium", "Grand Duchy of Luxembourg", "Principality of Andorra": the first
name that says a form, never an old one such as "Khmer Republic") and, for
facts the name does not say (an emirate called "State of Kuwait", a state made of islands), from
``state_forms.tsv``.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING

from realpolitik.actors import countries
from realpolitik.extract._mention_parts import Arg
from realpolitik.extract.confidence import DEFINITE
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

# Official-name words that give a form of state, and the epithet each makes.
_NAME_FORMS = (
    ("grand duchy", "grand duchy"),
    ("principality", "principality"),
    ("kingdom", "kingdom"),
    ("sultanate", "sultanate"),
    ("emirates", "emirate"),
    ("emirate", "emirate"),
    ("confederation", "confederation"),
    ("federation", "federation"),
    ("federated", "federation"),
    ("republic", "republic"),
)
# Nouns whose compound or adjective makes a state epithet of them: "the island nation", "the
# Gulf kingdom" is a kingdom all the same.
_STATE_HEADS = frozenset({"nation", "state", "country"})
_ISLAND = "island"
# The epithet's head noun (lemma) -> the form it asks for; "duchy" with "grand".
_HEADS = {
    "kingdom": "kingdom",
    "principality": "principality",
    "sultanate": "sultanate",
    "emirate": "emirate",
    "republic": "republic",
    "federation": "federation",
    "confederation": "confederation",
    "archipelago": "archipelago",
    "island": "islands",
}
_ISLAND_STATE = "island state"
# Words of the phrase's own that name some other thing ("the Ottoman kingdom", "the kingdom
# of heaven"); a trailing phrase ("thanked the principality for its help") is no such word.
_OWN_WORDS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
_ARCHIPELAGOS = frozenset({"islands", "archipelago"})
_OLDEST = 1990  # states that ended before this are no story's party


def _official_form(names: tuple[str, ...]) -> str:
    """The form the state's official name says: the first of its names in the table that says
    one ("Kingdom of Cambodia"). Later names are short or old ones ("Khmer Republic", the
    "Kingdom of Yugoslavia" of 1918-45), whose form the state no longer had (suite seeds 1-2,
    p36_epithet_pair)."""
    for name in names:
        low = name.lower()
        for word, form in _NAME_FORMS:
            if re.search(rf"\b{word}\b", low):
                return form
    return ""


@functools.cache
def state_forms() -> dict[str, frozenset[str]]:
    """CAMEO country code -> the epithets its form of state allows."""
    forms: dict[str, set[str]] = {}
    for c in countries.all_countries():
        if c.end_year is not None and c.end_year < _OLDEST:
            continue
        form = _official_form((c.name, *c.aliases))
        if form:
            forms.setdefault(countries.cameo_code(c.iso3), set()).add(form)
    text = resources.files("realpolitik.actors").joinpath("data", "state_forms.tsv")
    for line in text.read_text("utf-8").splitlines()[1:]:
        if not line or line.startswith(("#", "iso3\t")):
            continue
        iso3, cell = line.split("\t")[:2]
        forms.setdefault(countries.cameo_code(iso3), set()).update(cell.split("|"))
    return {k: frozenset(v) for k, v in forms.items()}


def _of_name(prep: Token) -> bool:
    """ "the kingdom of heaven", "the Republic of Letters": an "of" phrase with a name."""
    return prep.dep_ == "prep" and any(p.pos_ == "PROPN" for p in prep.children)


def _form(tok: Token) -> str:
    """The form of state ``tok`` names as "the" + epithet, "" for any other phrase."""
    kids = list(tok.children)
    if [k.lower_ for k in kids if k.dep_ == "det"] != ["the"]:
        return ""
    mods = [k for k in kids if k.dep_ in _OWN_WORDS or _of_name(k)]
    lemma = tok.lemma_.lower()
    if lemma == "duchy":
        return "grand duchy" if [k.lower_ for k in mods] == ["grand"] else ""
    if lemma in _STATE_HEADS:  # "the island nation", "the island state"
        return _ISLAND_STATE if [k.lemma_.lower() for k in mods] == [_ISLAND] else ""
    form = _HEADS.get(lemma, "")
    if not form or mods:
        return ""
    if form == "islands" and tok.tag_ not in ("NNS", "NNPS"):
        return ""  # "the island": a place as often as the state (a base "on the island")
    return form


def _allows(forms: frozenset[str], form: str) -> bool:
    """Whether a state of ``forms`` is what the epithet ``form`` names: "the islands" a state
    of several islands, "the island nation" any island state."""
    if form == "islands":
        return bool(forms & _ARCHIPELAGOS)
    if form == _ISLAND_STATE:
        return bool(forms & (_ARCHIPELAGOS | {_ISLAND}))
    return form in forms


def is_epithet(tok: Token) -> bool:
    """Whether ``tok`` is a state epithet ("the kingdom", "the islands"), resolved or not: a
    state meant, never a thing whose word an earlier sentence repeats (parties36)."""
    return bool(_form(tok))


def state_epithet(actors: DocActors, tok: Token) -> list[Arg]:
    """``tok`` as the one state of the story whose form of state it names ("the kingdom", "the
    islands"), else []: every mention counts, people's and later ones included."""
    form = _form(tok)
    if not form:
        return []
    table = state_forms()
    found = {
        m.ref.country for m in actors.mentions
        if m.ref.country and _allows(table.get(m.ref.country, frozenset()), form)
    }  # fmt: skip
    if len(found) != 1:
        return []  # (two of that form, one named by a person or later: no telling which)
    country = next(iter(found))
    return [Arg(ActorRef(tok.text, country, country), DEFINITE, tok.i)]
