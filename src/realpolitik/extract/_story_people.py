"""People an act is done to, named again by a plain word or a pronoun: "Tanzanian police
arrested two Kenyan citizens ... The men were released on bail", "Kenya freed nine of the
men", "arrested 12 Togolese traders, and a court jailed four of them" (fresh22's C). Where a
later act on held people (a sentence, a release, a travel bar) is done to them, the men are
the people of the story's latest act done to people (an arrest, a detention, a seizure), and
so of that act's target state: never unplaced, whose reading is the doer's own state or none.
Read only as such an object: as anything else "the men" may be anyone (a wider reading cost
held-out keys). A word of their own kind ("the traders" after "arrested Togolese traders") or a word
any people may be called ("the men", "the women", "the people") reaches back over the whole
document; "N of them" reads its own sentence's held people first, since the story notes a
sentence's acts only once it is done (``StoryPair.note``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Arg
from realpolitik.extract.confidence import DEFINITE, REFERRED

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

# Acts done to people, whose people a later "the men" names again.
PEOPLE_ACTS = frozenset(
    {"arrest", "detain", "hold", "seize", "capture", "jail", "imprison", "sentence", "deport",
     "expel", "abduct", "kidnap", "charge", "convict", "intercept", "apprehend", "round"}
)  # fmt: skip
# Acts done later to people already held, whose object "the men" / "four of them" names them
# again: a sentence, a release, a travel bar, a deportation.
LATER_ACTS = frozenset(
    {"jail", "sentence", "imprison", "convict", "free", "release", "bar", "deport", "expel",
     "repatriate", "pardon", "extradite", "fine"}
)  # fmt: skip
# Words any held people may be called, whatever the first act named them.
_ANY_PEOPLE = frozenset({"man", "woman", "people", "person"})
_OWN_WORDS = frozenset({"amod", "compound", "poss", "prep", "relcl", "acl", "appos"})
_HELD_DEPS = frozenset({"dobj", "nsubjpass"})
_COUNTED = "of"


def _held_again(tok: Token) -> bool:
    """``tok`` (or the count whose "of" phrase it is: "nine of the men") is what a later act on
    held people is done to: its object, or the subject of its passive."""
    if tok.dep_ == "pobj" and tok.head.lower_ == _COUNTED and tok.head.head.like_num:
        tok = tok.head.head
    return tok.dep_ in _HELD_DEPS and tok.head.lemma_.lower() in LATER_ACTS


def story_people(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "the men", "the traders", "nine of the men" as what a later act on held people is done
    to: the target of the story's latest act done to people called so (any people for "men",
    "women", "people"); [] when none."""
    if not _held_again(tok):
        return []
    if tok.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    if any(c.dep_ in _OWN_WORDS or c.dep_ == "nummod" for c in tok.children):
        return []  # ("the Kenyan men", "the two men", "the men in the dock": their own words)
    for act in reversed(actors.pair.done_to):
        if act.lemma not in PEOPLE_ACTS or act.target is None or not act.target.country:
            continue
        if act.target.country == act.source.country:
            continue  # (people held at home: "police arrested two men", of no other state)
        if lemma in _ANY_PEOPLE or (act.thing is not None and act.thing[0] == lemma):
            return [Arg(replace(act.target, text=tok.text), DEFINITE, tok.i)]
    return []


def counted_them(actors: DocActors, tok: Token, depth: int) -> list[Arg]:
    """ "jailed four of them" after "arrested 12 Togolese traders" in the same sentence (``tok``
    the count): the people an earlier verb of the sentence did a people act to. A "them" of an
    earlier sentence is ``earlier_object_owner``'s (the story notes a sentence's acts only once
    it is done)."""
    if not tok.like_num or tok.dep_ not in _HELD_DEPS or tok.head.lemma_.lower() not in LATER_ACTS:
        return []
    them = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == _COUNTED
            for p in c.children if p.dep_ == "pobj" and p.lower_ == "them"]  # fmt: skip
    if not them:
        return []
    for w in reversed(tok.sent[: tok.i - tok.sent.start]):
        if w.dep_ in _HELD_DEPS and w.tag_ == "NNS" and w.head.lemma_.lower() in PEOPLE_ACTS:
            got = [a for a in actors.resolve(w, depth + 1) if a.ref.country]
            if got:
                return [Arg(replace(a.ref, text=them[0].text), REFERRED, tok.i) for a in got]
    return []


def counted_of(tok: Token) -> bool:
    """A number counting people named again ("nine of the men") as what a later act on held
    people is done to: the count stands for them, as "two of its soldiers" does
    (``_mention_parts.owned_count``)."""
    if not tok.like_num or tok.dep_ not in _HELD_DEPS:
        return False
    if tok.head.lemma_.lower() not in LATER_ACTS:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == _COUNTED:
            for p in c.children:
                if (
                    p.dep_ == "pobj"
                    and p.tag_ == "NNS"
                    and any(d.lower_ == "the" for d in p.children)
                ):
                    return True
    return False
