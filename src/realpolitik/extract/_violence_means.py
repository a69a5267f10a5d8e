"""Unconventional violence (CAMEO 18) told by its means: a killing or wounding done "in a bomb
attack", "in a car bomb explosion" or by "suicide bombers" is a non-military bombing (183 and
its sub-codes), not conventional military force (19), whatever verb reports the harm.

The codebook separates the two by means: 19 is force by conventional arms (small arms 193,
artillery 194, aerial weapons 195); 183 is "suicide, car, or other non-military bombing"
(1831 suicide, 1832 vehicular, 1833 roadside). A generic violence verb ("killed", "attacked",
"wounded") takes the 18 code when its own phrase (subject, object, agent, "in/with/by" phrase)
names a bomb that no aircraft, missile or artillery delivered.

The same phrase naming a terrorist attack or an unsophisticated weapon ("killed in a terrorist
attack", "wounded with machetes") makes it 180: the codebook codes "terrorist attacks, if not
further specified" and "knives, rocks and other such unsophisticated weapons" as unconventional
violence, its own example being a camp "attacked by militiamen armed with machetes" (codes26).

Destruction by armed forces (wire9, practice25's class AD): "destroy" (and "demolish",
"raze") codes the destruction of property, 1712, a coercive act of police, mobs or
bulldozers. Where its doer is a state's armed force or weapon ("Israeli warplanes destroyed
Syrian missile batteries", "U.S. warships destroyed two Iranian oil platforms", "the bridge
was destroyed by Russian artillery"), the act is conventional military force, as the gold
sets code it (practice12's warships, wire.txt's air strike, practice9's missile strikes):
195 where the doer flies or is fired (aircraft, drones, missiles), 190 otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Codes a verb of harm gets without its means: conventional force in general, small arms.
_GENERIC_FORCE = frozenset({"190", "193"})
BOMB_WORDS = frozenset({"bomb", "bombing", "explosive", "explosion", "blast", "ied", "suicide"})
# Means that make a bombing military: delivered from the air or by artillery (19, 195/194).
DELIVERED_WORDS = frozenset(
    {"air", "aerial", "airstrike", "jet", "drone", "missile", "warplane", "aircraft",
     "helicopter", "plane", "rocket", "artillery", "shell", "shelling", "mortar", "bomber"}
)  # fmt: skip
# Means of unconventional violence (180) that name no bomb.
UNCONVENTIONAL_WORDS = frozenset(
    {"terrorist", "terror", "machete", "knife", "axe", "club", "rock", "stone", "stick"}
)
_VEHICLES = frozenset({"car", "vehicle", "truck", "lorry", "bus", "motorcycle", "van"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_MEANS_PREPS = frozenset({"in", "with", "by"})
_MODS = frozenset({"compound", "amod", "nmod"})
# Marks of a clause that tells how the harm was done ("killed when a suicide bomber rammed").
_WHEN = frozenset({"when", "as"})


# The destruction of property (CAMEO 1712) that an armed doer makes military force.
_DESTROY_PROPERTY = "1712"
# Armed forces and weapons as the doer of a destruction: conventional military force (19).
ARMED_DOERS = frozenset(
    {"warplane", "jet", "aircraft", "plane", "helicopter", "gunship", "drone", "airstrike",
     "bomber", "fighter", "missile", "rocket", "artillery", "shell", "shelling", "tank",
     "troop", "soldier", "army", "navy", "warship", "frigate", "destroyer", "cruiser",
     "submarine", "gunboat", "battleship", "paratrooper", "marine", "commando", "battery",
     "strike", "raid"}
)  # fmt: skip
# Doers that fly or are fired: aerial weapons (195).
_AERIAL_DOERS = frozenset(
    {"warplane", "jet", "aircraft", "plane", "helicopter", "gunship", "drone", "airstrike",
     "bomber", "fighter", "missile", "rocket", "air", "raid"}
)  # fmt: skip


def armed_destruction_code(code: str, tok: Token) -> str:
    """``code`` or, for the destruction of property (1712) whose doer is an armed force or a
    weapon (the verb's subject, its passive "by" agent, or the subject of the verb it is
    conjoined to), conventional military force: 195 from the air, 190 otherwise."""
    if code != _DESTROY_PROPERTY:
        return code
    words = _doer_words(tok)
    if not words & ARMED_DOERS:
        return code
    return "195" if words & _AERIAL_DOERS else "190"


def _doer_words(verb: Token) -> set[str]:
    """Lemmas of the verb's doer with its noun modifiers ("air strike", "Israeli warplanes"):
    its subject, its passive agent, else the subject of the verb it is conjoined to ("sank
    six vessels and destroyed two platforms")."""
    nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    nouns += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    head = verb
    while not nouns and head.dep_ == "conj" and head.head is not head:
        head = head.head
        nouns = [c for c in head.children if c.dep_ == "nsubj"]
    words: set[str] = set()
    for n in nouns:
        for m in (n, *(c for c in n.conjuncts if c.dep_ == "conj")):
            words.add(m.lemma_.lower())
            words.update(d.lemma_.lower() for d in m.children if d.dep_ in _MODS)
    return words


def bombing_code(code: str, tok: Token) -> str:
    """``code`` or, for generic force whose phrase names a non-military bomb, 183 / 1831 /
    1832 / 1833, or a terrorist attack or crude weapon, 180 (see the module doc)."""
    if code not in _GENERIC_FORCE:
        return code
    words = _means_words(tok)
    if not words & BOMB_WORDS:
        return "180" if words & UNCONVENTIONAL_WORDS else code
    if "suicide" in words:
        return "1831"
    if words & DELIVERED_WORDS - {"bomber"}:
        return code
    if words & _VEHICLES:
        return "1832"
    if "roadside" in words:
        return "1833"
    return "183"


def _means_words(verb: Token) -> set[str]:
    """Lemmas of the verb's subject and "in/with/by" phrases (its own or its object's) with
    their noun modifiers ("a car bomb explosion", "suicide bombers"), and of the subject and
    object of a "when / as" clause on it ("killed when a suicide bomber rammed a car into the
    convoy") and what an "armed with" participle names; not its own object: bombs dropped or launched are delivered ones."""
    args = [c for c in verb.children if c.dep_ in _ARG_DEPS]
    nouns = [c for c in args if c.dep_ == "nsubj"]  # (a bomb dropped is a delivered one)
    for head in (verb, *args):  # "wounded a patrol in a suicide bombing": hung on the object
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _MEANS_PREPS:
                nouns += [p for p in prep.children if p.dep_ == "pobj"]
    for clause in verb.children:  # "were killed when a suicide bomber rammed a car into ..."
        if clause.dep_ == "advcl" and any(m.lower_ in _WHEN for m in clause.children):
            nouns += [c for c in clause.children if c.dep_ in ("nsubj", "dobj")]
    for head in (verb, *nouns):  # "attacked by militiamen (who were) armed with machetes"
        for armed in head.children:
            if armed.dep_ in ("acl", "advcl") and armed.lemma_.lower() == "arm":
                nouns += [p for w in armed.children if w.lower_ == "with" for p in w.children]
    words: set[str] = set()
    for n in nouns:
        words.add(n.lemma_.lower())
        words.update(m.lemma_.lower() for m in n.subtree if m.i < n.i and m.dep_ in _MODS)
    return words
