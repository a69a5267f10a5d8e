"""A people named by its plural demonym is people (leftovers19): "sent back 120 Tunisians",
"expelled 30 Malians", "pushed back 40 Afghans" match the lexicon's rows for people moved,
expelled or released (``obj=...|people|...``) as "120 Tunisian migrants" does, instead of falling
to the verb's bare reading ("sent" as aid, "expelled" a group). The demonyms are the actor
tables' (``actors/data/demonyms.tsv``); a plural tag or a count ("300 Japanese") keeps the
adjective ("Tunisian") out.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from realpolitik.extract._tree import span_text

if TYPE_CHECKING:
    from spacy.tokens import Token

_PEOPLE = "people"
# Nouns of people by trade or way of life (lex31, fresh18 EX): "expelled 62 gold diggers /
# squatters / pastoralists" are people, as "120 Tunisians" are, whatever the verb's own list
# names; a plural or a count keeps a singular title ("a trader's licence") out.
_PEOPLE_NOUNS = frozenset(
    {"digger", "squatter", "pastoralist", "herder", "herdsman", "nomad", "vendor", "hawker",
     "peddler", "pedlar", "panner", "burner", "logger", "woodcutter", "miner", "prospector",
     "labourer", "laborer", "worker", "farmhand", "harvester", "picker", "farmer", "grower",
     "fisher", "fisherman", "trader", "merchant", "smuggler", "poacher", "settler", "dweller",
     "villager", "resident", "tenant", "occupant", "migrant", "immigrant", "emigrant", "trucker",
     "driver", "porter", "carrier", "boatman", "seafarer", "sailor", "crewman", "artisan",
     "craftsman", "shepherd", "cattleman", "rancher", "planter", "weaver", "tailor", "cook",
     "cleaner", "maid", "housemaid", "nanny", "caregiver", "carer", "builder", "mason",
     "carpenter", "welder", "plumber", "mechanic", "hunter", "trapper", "breeder",
     "beekeeper", "charcoal-burner", "street-vendor", "cross-border trader", "student",
     "pilgrim", "tourist", "backpacker", "worshipper", "preacher", "missionary", "beggar",
     "itinerant", "casual", "day-labourer", "sharecropper", "cultivator", "peasant"}
)  # fmt: skip
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@cache
def _demonyms() -> frozenset[str]:
    """Every demonym form of the actor tables, lower case ("afghans", "tunisians")."""
    text = resources.files("realpolitik.actors").joinpath("data", "demonyms.tsv").read_text("utf-8")
    forms: set[str] = set()
    for line in text.splitlines()[2:]:
        if line and not line.startswith("#"):
            forms.update(f.strip().lower() for f in line.split("\t")[1].split("|"))
    return frozenset(forms)


# A boat or ship with people aboard (lex33, fresh20's D): "intercepted a boat carrying 40
# Somalis", "stopped a dhow with 12 Somali nationals aboard" stop people, not goods; the rows
# for intercepting, stopping or turning back such a craft read the marker as people at sea.
PEOPLE_ABOARD = "people-aboard"
BOATS = frozenset(
    {"boat", "vessel", "dhow", "ship", "craft", "dinghy", "canoe", "raft", "skiff", "trawler",
     "ferry", "launch", "sloop", "pirogue", "speedboat", "fishing"}
)  # fmt: skip
CARRY = frozenset({"carry", "transport", "ferry", "bear", "bring", "smuggle", "pack", "cram",
                    "load", "fill", "laden"})  # fmt: skip
_ABOARD_PREPS = frozenset({"with", "of"})  # "a boat with 40 migrants", "full of migrants"
_PEOPLE_ABOARD = frozenset(
    {"migrant", "refugee", "people", "person", "passenger", "national", "citizen", "seeker",
     "asylum-seeker", "immigrant", "emigrant", "man", "woman", "child", "family", "deportee",
     "returnee", "crosser", "traveller", "traveler", "worker", "fisherman"}
)  # fmt: skip


def aboard_words(obj: Token) -> set[str]:
    """{PEOPLE_ABOARD} when ``obj`` is a boat or ship that carries people ("a boat carrying 40
    Somalis", "a vessel with 60 migrants", "a dhow packed with nationals"), else nothing."""
    if obj.lemma_.lower() not in BOATS:
        return set()
    for c in obj.children:
        links = [c] if c.dep_ == "prep" and c.lower_ in _ABOARD_PREPS else []
        if c.dep_ in ("acl", "amod") and c.lemma_.lower() in CARRY:
            links = [c, *(g for g in c.children if g.dep_ == "prep")]
        elif c.dep_ == "amod" and c.lower_ in ("full", "packed", "crammed", "laden"):
            links = [g for g in c.children if g.dep_ == "prep"]
        for link in links:
            for o in link.children:
                if o.dep_ not in ("dobj", "pobj"):
                    continue
                if o.lemma_.lower() in _PEOPLE_ABOARD or people_words(o):
                    return {PEOPLE_ABOARD}
    return set()


def people_words(obj: Token) -> set[str]:
    """{"people"} when ``obj`` is a plural demonym ("Tunisians", "300 Japanese") or a plural
    noun of people by trade ("gold diggers", "squatters"), or counts one ("dozens of
    Ukrainians", "some of the Afghans"), else nothing."""
    of = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    for cand in [obj, *(g for g in of if g.dep_ == "pobj")]:
        counted = cand is not obj or any(c.dep_ == "nummod" for c in cand.children)
        if not (cand.tag_ in _PLURAL_TAGS or counted):
            continue
        if _named(cand) in _demonyms():
            return {_PEOPLE}
        if cand.lemma_.lower() in _PEOPLE_NOUNS and (cand is obj or _quantity(obj)):
            return {_PEOPLE}  # ("the bodies of two fishermen" are no people moved)
    return set()


_QUANTITIES = frozenset(
    {"dozen", "hundred", "thousand", "score", "some", "group", "number", "many", "most",
     "several", "all", "few", "more", "other", "others", "half", "rest", "none", "each"}
)  # fmt: skip


def _quantity(obj: Token) -> bool:
    """ "dozens of gold diggers", "some of the squatters": the object only counts its "of"."""
    return obj.pos_ == "NUM" or obj.lemma_.lower() in _QUANTITIES


def _named(noun: Token) -> str:
    """The noun with the compound words before it, lower case ("north koreans")."""
    lo = min((c.i for c in noun.children if c.dep_ == "compound" and c.i < noun.i), default=noun.i)
    return span_text(noun.doc[lo : noun.i + 1]).lower()
