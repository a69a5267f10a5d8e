"""Whether an object's words name again what an earlier act was done to (``context_referents``).

"them", "eight of them", "it", "the boats", "the detainees": the word that names the earlier
object and the number a pronoun needs (``_referent``), and whether it fits the head noun of an
earlier act's target ("the boats" after "two Chilean fishing boats", "the detainees" after an
arrest, "the men" after "five Bolivian miners": ``referent_fits``). Read by the context stages
that tie an object to an earlier act (``context_referents``, ``announced_passives``,
``agentless_story``); re-exported by ``context_referents``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties.context_earlier import ANAPHORIC_DETS, same_word

if TYPE_CHECKING:
    from spacy.tokens import Token


# Pronouns that stand for what an earlier act was done to, and the number each one needs.
_PLURAL_PRONOUNS = frozenset({"them", "those"})
_SINGULAR_PRONOUNS = frozenset({"it"})
# Heads of a partitive object: "eight of them", "some of them", "all of the boats".
_PARTITIVE_TAGS = frozenset({"CD"})
_PARTITIVE_WORDS = frozenset(
    {"some", "all", "both", "most", "many", "several", "half", "few", "none", "each", "one",
     "rest", "remainder", "majority"}
)  # fmt: skip
# Words for people held by an earlier act of coercion (arrest, seizure, detention: root 17),
# whatever the word the first sentence used ("five Bolivian miners ... the detainees").
HELD_WORDS = frozenset(
    {"detainee", "prisoner", "captive", "hostage", "suspect", "crew", "crewman", "crewmen",
     "sailor", "fisherman", "fishermen", "national", "citizen", "man", "men", "deportee",
     "returnee", "expellee", "deportees", "returnees"}
)  # fmt: skip
# Modifiers by which a definite noun names again people an earlier act held, whatever its head
# word: "the visiting fans", "the foreign workers", "the detained men" (parties27, fresh14's X).
ROLE_MODIFIERS = frozenset(
    {"visiting", "foreign", "detained", "arrested", "jailed", "deported", "expelled", "held",
     "captured", "stranded"}
)  # fmt: skip
# Words for a craft named again ("a British tanker ... the vessel").
CRAFT_WORDS = frozenset({"vessel", "ship", "boat", "craft", "trawler", "tanker", "crew"})
CRAFT_NOUNS = frozenset(
    {"vessel", "ship", "boat", "boats", "trawler", "trawlers", "tanker", "tankers", "longliner",
     "freighter", "dhow", "yacht", "ferry", "tug", "barge", "carrier", "skiff", "seiner",
     "vessels", "ships", "craft"}
)  # fmt: skip
_HOLDING_ROOT = "17"
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _partitive_of(obj: Token) -> Token | None:
    """ "eight of them" / "some of the boats": the noun after "of"."""
    if obj.tag_ not in _PARTITIVE_TAGS and obj.lower_ not in _PARTITIVE_WORDS:
        return None
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            return next((q for q in p.children if q.dep_ == "pobj"), None)
    return None


def _definite(noun: Token) -> bool:
    """ "the boats", "the detainees" (also "the deportees", which the tagger may take for a
    name)."""
    return (noun.pos_ == "NOUN" or noun.lower_ in HELD_WORDS) and any(
        k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in noun.children
    )


def _referent(obj: Token) -> tuple[Token, bool | None] | None:
    """The word that names the earlier object, and the number a pronoun needs (None for a
    noun, whose word is matched instead)."""
    inner = _partitive_of(obj)
    word = inner if inner is not None else obj
    if word.lower_ in _PLURAL_PRONOUNS:
        return word, True
    if word.lower_ in _SINGULAR_PRONOUNS and inner is None:
        return word, False
    if _definite(word):
        return word, None
    return None


# People nouns a story uses for one group in turn: "100 Ugandan labourers ... denied that the
# workers had been mistreated" (parties35, fresh18's DM); one number per group.
# ("its 12 crew ... the sailors were freed": one crew named by another word; parties49)
_SEAFARERS = ("fisherman", "fishermen", "fisher", "sailor", "seaman", "crewman", "crewmen",
              "crew", "mariner", "deckhand", "boatman", "boatmen")  # fmt: skip
_KIN_GROUPS = (
    ("worker", "labourer", "laborer", "employee", "migrant"),
    ("trader", "merchant", "vendor", "businessman", "businessmen"),
    _SEAFARERS,
    ("digger", "miner", "prospector"),
    ("herder", "herdsman", "herdsmen", "shepherd", "pastoralist"),
    ("driver", "trucker", "haulier"),
)
_KIN = {w: n for n, group in enumerate(_KIN_GROUPS) for w in group}
Word = tuple[str, bool]  # a noun's lemma and whether it is plural


def _word(tok: Token) -> Word:
    return tok.lemma_.lower(), tok.tag_ in _PLURAL_TAGS


def _names_again(word: Token, was: str, held: bool) -> bool:
    """ "the boats" after "two Chilean fishing boats", "the detainees" after an arrest, "the
    vessel" after "a British tanker"."""
    lemma = word.lemma_.lower()
    if same_word(was, lemma) or _KIN.get(was, 0) == _KIN.get(lemma, -1):
        return True
    if lemma in CRAFT_WORDS and was in CRAFT_NOUNS:
        return True
    if not held or was in CRAFT_NOUNS:
        return False
    return lemma in HELD_WORDS or any(
        k.dep_ == "amod" and k.lower_ in ROLE_MODIFIERS for k in word.children
    )  # ("the visiting fans" after "30 Latvian football supporters" were arrested)


def referent_fits(tok: Token, first: Word, root: str, pronouns: frozenset[str]) -> bool:
    """``tok`` (an argument: "three of the traders", "the men", "them", or one of
    ``pronouns``) names again the thing ``first`` of an earlier act of CAMEO ``root``."""
    inner = _partitive_of(tok)
    word = inner if inner is not None else tok
    if word.lower_ in pronouns:
        return first[1]
    got = _referent(tok)
    return got is not None and _fits(got[0], got[1], first, root == _HOLDING_ROOT)


def _fits(word: Token, plural: bool | None, first: Word, held: bool) -> bool:
    if plural is None:
        return _names_again(word, first[0], held)
    return first[1] == plural
