"""What the characters around a name say about it, read from the raw text: a combining form
before a hyphen ("Sino-Russian"), a state in a hyphenated modifier ("Tehran-backed", "Chinese-made")
that is no party, a flag or owner state of a ship or aircraft ("a Liberian-flagged tanker"), an
actor "X-based", and the case of dictionary phrases. Split from `_registry` (the scan) by meaning.
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.actors._compose import ActorMatch, Item
from realpolitik.actors._proposal_backers import proposal_after
from realpolitik.actors._text import Tokens

_HYPHENS = "-\u2010\u2011"
_COUNTRYISH = frozenset({"country", "demonym", "capital", "prefix"})
# "Tehran-backed militias", "Chinese-made drones", "a Moscow-based bank": the state qualifies a
# noun; it does not act. ("Saudi-led coalition" is left alone: the leader acts.)
MODIFIER_WORDS = frozenset(
    {
        "backed", "linked", "based", "made", "built", "funded", "financed", "sponsored", "supported",
        "allied", "aligned", "affiliated", "friendly", "leaning", "controlled", "held", "occupied",
        "administered", "annexed", "brokered", "mediated", "born", "trained", "educated", "designed",
        "supplied", "owned", "operated", "produced", "manufactured", "armed", "inspired",
        "influenced", "dominated", "oriented", "centric", "style", "speaking", "flagged",
        "registered", "bound", "origin", "era", "vintage", "drawn", "demarcated", "delineated",
    }
)  # fmt: skip
# ("U.N.-drawn borders", "a UN-demarcated line": the body that drew a line is no party to an act
# over it, lexicon66)
# "a Liberian-flagged tanker", "an Israel-linked vessel", "a Greek-owned ship": a ship or an
# aircraft stands for its flag or owner state, the target the CAMEO coders give an act on it.
# (Not "-made" or "-bound": the maker or the port of call is no party to the act.)
CRAFT_OWNER_WORDS = frozenset({"flagged", "registered", "linked", "owned", "operated"})
CRAFT_NOUNS = frozenset(
    {
        "ship", "ships", "vessel", "vessels", "tanker", "tankers", "supertanker", "freighter",
        "freighters", "carrier", "carriers", "boat", "boats", "trawler", "trawlers", "ferry",
        "yacht", "dhow", "barge", "tug", "warship", "warships", "destroyer", "frigate",
        "submarine", "aircraft", "plane", "planes", "airplane", "airliner", "airliners", "jet",
        "jets", "helicopter", "drone", "flight", "flights",
    }
)  # fmt: skip
# words that may stand between the flag and the craft ("a Greek-owned bulk carrier")
CRAFT_PREMODIFIERS = frozenset(
    {
        "oil", "gas", "crude", "supply", "resupply", "chemical", "cargo", "container", "bulk", "merchant",
        "commercial", "fishing", "passenger", "research", "naval", "products", "lng", "civilian",
        "military", "navy", "coast", "guard", "patrol", "reconnaissance", "surveillance",
    }
)  # fmt: skip


def combining(toks: Tokens, i: int, text: str) -> bool:
    """Token ``i`` ends right before a hyphen and a capitalised word ("Sino-Russian")."""
    end = toks.ends[i]
    return (
        end < len(text) and text[end] in _HYPHENS and i + 1 < len(toks) and toks.upper_start(i + 1)
    )


def drop_lone_prefixes(items: list[Item]) -> list[Item]:
    """A combining form counts only when a state follows at once ("Anglo-Saxon" is no state)."""
    out = []
    for k, it in enumerate(items):
        e = it.entry
        if e is not None and e.kind == "prefix":
            nxt = items[k + 1] if k + 1 < len(items) else None
            ne = nxt.entry if nxt is not None else None
            if nxt is None or nxt.i != it.j or ne is None or ne.kind not in _COUNTRYISH:
                continue
        out.append(it)
    return out


def modifier_after(text: str, end: int) -> bool:
    """The mention is followed by "-backed", "-made", "-based" and the like."""
    if end >= len(text) or text[end] not in _HYPHENS:
        return False
    k = end + 1
    while k < len(text) and text[k].isalpha():
        k += 1
    word = text[end + 1 : k].lower()
    if (word in CRAFT_OWNER_WORDS and _craft_after(text, k)) or proposal_after(word, text, k):
        return False  # "a Greek-owned ship", "a U.S.-backed proposal" (practice2): a party
    if word == FLAGGED:
        return False  # only a ship or an aircraft flies a flag: "a Peruvian-flagged speedboat"
    if word in HOLDER_WORDS and _held_area_after(text, k):
        return False  # "aid to Houthi-held areas": the holder is the target (parties42)
    return word in MODIFIER_WORDS


# "Pakistan-based militants", "Syria-headquartered fighters": where an unplaced actor is.
_LOCATED_WORDS = frozenset({"based", "headquartered"})


def based_in(text: str, place: ActorMatch, m: ActorMatch) -> ActorMatch:
    """A sector of unknown country right after "X-based" is X's ("Pakistan-based militants":
    PAKREB, as CAMEO codes a group by the state it is in); "Iran-backed militants" are not
    Iran's (the backer is no party)."""
    between = text[place.end : m.start]
    word = between[1:].strip().lower()
    country = place.ref.country
    if not m.ref.code.startswith("---") or word not in _LOCATED_WORDS or not country:
        return m
    ref = replace(m.ref, code=country + m.ref.code[3:], country=country)
    return ActorMatch(m.start, m.end, m.text, ref, m.kind, m.also)


FLAGGED = "flagged"
# "Houthi-held areas", "Ukrainian-controlled territory": the state or group holding ground
# stands for the ground, as "areas under Houthi control" does (fresh21's F, parties42).
HOLDER_WORDS = frozenset({"held", "controlled", "occupied", "administered", "run"})
AREA_NOUNS = frozenset(
    {
        "area", "areas", "territory", "territories", "region", "regions", "part", "parts", "zone",
        "zones", "town", "towns", "village", "villages", "city", "cities", "district",
        "districts", "province", "provinces", "land", "lands", "enclave", "enclaves", "pocket",
        "pockets", "sector", "sectors",
    }
)  # fmt: skip
# The first halves of "-ship" / "-craft" compounds that name a craft ("warship", "aircraft");
# other such compounds are abstract ("relationship", "leadership", "statecraft").
_CRAFT_FIRSTS = frozenset(
    {
        "war", "battle", "gun", "flag", "steam", "air", "space", "light", "troop", "mother",
        "motor", "sister", "supply", "hover", "water", "rotor", "sea", "land", "star",
    }
)  # fmt: skip


def craft_word(word: str) -> bool:
    """A lowercased word names a ship or an aircraft: a craft noun ("yacht", "tanker"), any
    "-boat" compound ("gunboat", "speedboat") or a "-ship / -craft" compound whose first half
    is a craft's ("warship", "hovercraft"; not "relationship", "statecraft")."""
    if word in CRAFT_NOUNS or word.endswith(("boat", "boats")):
        return True
    stem = word.removesuffix("s")
    for end in ("ship", "craft"):
        if stem.endswith(end) and stem[: -len(end)].rstrip("-") in _CRAFT_FIRSTS:
            return True
    return False


def _held_area_after(text: str, k: int) -> bool:
    """The word after ``k`` (past one adjective: "-held northern areas") is ground."""
    words = text[k : k + 40].lower().split()
    return any(w.strip(".,;:'\"()") in AREA_NOUNS for w in words[:2])


def _craft_after(text: str, k: int) -> bool:
    """The words after ``k`` name a ship or an aircraft ("-flagged tanker", "-owned bulk
    carrier"): up to two premodifiers, then a craft noun."""
    words = text[k : k + 60].replace("-", " ").lower().split()
    for w in words[:3]:
        w = w.strip(".,;:'\"()")
        if craft_word(w):
            return True
        if w not in CRAFT_PREMODIFIERS:
            return False
    return False


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "to", "de", "al"})


def case_pattern(texts: list[str]) -> list[str]:
    """ALL-CAPS phrases (PETRARCH dictionaries: "THE_ARNOR_GOVERNMENT") match as ordinary
    capitalised words; short single acronyms ("US", "UN") keep their exact case."""
    words = [t for t in texts if t.isalpha()]
    if not words or not all(t.isupper() for t in words):
        return texts
    if len(texts) == 1 and len(words[0]) <= 3:
        return texts
    return [t.lower() if t.lower() in _FUNCTION_WORDS else t.capitalize() for t in texts]
