"""Actors composed on the parse: a token that is not itself a name borrows one from around it.

"Gondor's government" and "North Korean arms" borrow from their modifiers, "soldiers from Gondor"
from its "of/from/in" phrase, "the ambassadors of A, B and C" and "Sierra Leonean and Liberian
refugees" give one actor each, and a list the parser hung on one state name ("Evil A, the awful
B, and good C") is read whole. ``_mentions.DocActors`` resolves through these.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._bloc_members import short_for_body
from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mention_map import MentionMap
from realpolitik.extract._mention_parts import (
    _LINK_PREPS,
    _MOD_DEPS,
    Arg,
    Mention,
    of_phrase_mention,
    owner_link,
    serves_in,
)
from realpolitik.extract._tree import doc_forms, span_text
from realpolitik.extract._venues import gathering
from realpolitik.extract.confidence import COMPOSED, LISTED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


# A count of states the sentence then lists: "citizens of 33 countries, including A, B and C"
# names each listed state (leftovers36), as "citizens of A, B and C" does; so do "such as A, B
# and C", "notably A, B and C", "(A, B and C among them)" and "among them A, B and C"
# (parties41).
_STATE_NOUNS = frozenset({"country", "state", "nation"})
_NAMING = frozenset({"including", "include", "like"})


_AMONG = frozenset({"among", "amongst"})


def named_instances(noun: Token) -> Token | None:
    """The first listed state of "N countries, including (such as, notably, among them) A, B
    and C" (the pobj of the naming phrase, or the list's apposition, on the noun), if the noun
    is a count of states."""
    if noun.lemma_.lower() not in _STATE_NOUNS:
        return None
    for c in noun.children:
        naming = c.lower_ in _NAMING or (
            c.lower_ == "as" and any(k.lower_ == "such" for k in c.children)
        )
        if c.dep_ == "prep" and naming:
            for q in c.children:
                if q.dep_ == "pobj":
                    return q
        if c.dep_ == "appos" and c.pos_ == "PROPN" and conjuncts(c):
            return c  # "five countries, notably A, B and C", "30 countries (A, B and C ...)"
    return _among_them(noun)


def _among_them(noun: Token) -> Token | None:
    """ "N countries, among them A, B and C": the parser hangs "among them" and the list on the
    verb, so the list is found by its place, right after the count's phrase."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i < len(doc) and doc[i].lower_ == ",":
        i += 1
    if i + 3 >= len(doc) or doc[i].lower_ != "among" or doc[i + 1].lower_ != "them":
        return None
    first = doc[i + 2 + (doc[i + 2].lower_ == "the")]  # ("among them the Philippines, ...")
    while first.dep_ == "compound" and first.head.i > first.i:  # ("North Korea, ...")
        first = first.head
    return first if first.pos_ == "PROPN" and conjuncts(first) else None


def among_them_list(noun: Token) -> list[Token]:
    """The people listed after a count by "among them" ("freed 52 prisoners, among them six
    Lithuanians, two Latvians and a Polish citizen"), first member and its conjuncts, however
    the parser hung the list: as the count's apposition with "among them" on it, as the pobj of
    "among them" or as a loose dependent of the verb, found by its place right after the count's
    phrase (practice18). None where no "among them" follows the noun."""
    forms = doc_forms(noun.doc)
    if "them" not in forms or _AMONG.isdisjoint(forms):
        return []  # (most parses: no children or edges read)
    for c in noun.children:
        if c.dep_ == "appos" and any(
            k.dep_ == "prep" and k.lower_ in _AMONG and any(p.lower_ == "them" for p in k.children)
            for k in c.children
        ):
            return [c, *[x for x in conjuncts(c) if x.i > c.i]]
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and (
        doc[i].lower_ == ","
        or doc[i].head.i == noun.head.i
        and doc[i].dep_ in ("prep", "npadvmod")
        and doc[i].lower_ != "among"
    ):
        i = doc[i].right_edge.i + 1  # (", on Thursday," between the count and the list)
    if i + 3 >= len(doc) or doc[i].lower_ not in _AMONG or doc[i + 1].lower_ != "them":
        return []
    first = doc[i + 2]
    while first.dep_ in ("nummod", "amod", "det", "compound") and first.head.i > first.i:
        first = first.head
    if first.pos_ not in ("NOUN", "PROPN"):
        return []
    return [first, *[x for x in conjuncts(first) if x.i > first.i]]


class ComposedActors(MentionMap):
    """The token map with composition: actors named by a token's modifiers and phrases."""

    def _counted(self, head: Token, got: list[Arg]) -> list[Arg]:
        """ "Hundreds of protesters in Tokyo": a place phrase on the count places the unplaced
        people counted (the parser hangs it on "hundreds")."""
        if len(got) != 1 or not got[0].ref.code.startswith("---"):
            return got
        placed = self._from_children(head, got[0].ref.code[3:], include_mods=False)
        return [placed] if placed is not None else got

    def _of_list(self, tok: Token, sector: str, depth: int) -> list[Arg]:
        """ "The ambassadors of A, B and C": a sector word of several states, one actor each."""
        if not sector:
            return []
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in _LINK_PREPS:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                p = named_instances(p) or p  # "of 33 countries, including A, B and C"
                m = self._tok.get(p.i)
                if m is None or not m.is_state or not conjuncts(p):
                    continue
                got = [a for a in self.resolve(p, depth + 1) if not a.ref.code.startswith("---")]
                if len(got) < 2:
                    return []
                out = []
                for a in got:
                    code = a.ref.code + sector if len(a.ref.code) == 3 else a.ref.code
                    out.append(Arg(replace(a.ref, code=code), LISTED, tok.i))
                return out
        return []

    def _listed(self, tok: Token) -> list[Token]:
        """Other members of a list that the parser hung on one state name: "Evil A, the awful
        B, and good C" (B an apposition of A), "A, B and the evil C" (A a modifier of C).
        A state name next to another state's name, apart by a comma or "and", is a list member;
        "Kyiv, Ukraine" (one country) is not."""
        m = self._tok.get(tok.i)
        if m is None or not m.is_state:
            return []
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ == "appos" or (c.dep_ in ("nmod", "compound", "amod") and c.i < tok.i):
                o = self._tok.get(c.i)
                if o is None or o is m or not o.is_state or o.ref.country == m.ref.country:
                    continue
                if any(self._tok.get(t.i) is m for t in conjuncts(c)):
                    continue  # "Chilean and Peruvian warships": _coordinated_with's case
                lo, hi = sorted((c.i, tok.i))
                if any(t.lower_ in (",", "and", "or") for t in tok.doc[lo:hi]):
                    out += [c, *[x for x in conjuncts(c) if x.i != tok.i]]
        return out

    def _from_children(self, tok: Token, sector: str, include_mods: bool) -> Arg | None:
        """An actor named by a modifier or an "of/from/in" phrase of ``tok``."""
        best: Mention | None = None
        if include_mods:
            for c in tok.children:
                if c.dep_ in _MOD_DEPS and c.i < tok.i:
                    m = self._tok.get(c.i)
                    if m is None or m.ref.code.startswith("---") or m is self._tok.get(tok.i):
                        m = self._mod_mention(c) or m
                    if m is not None and m.kind == "capital" and gathering(tok):
                        continue  # "the Brussels meeting": where it met, not who
                    if m is not None and not m.ref.code.startswith("---"):
                        best = m  # the nearest modifier wins
        if best is None and sector:
            for c in tok.children:
                if owner_link(tok, c):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            m = self._tok.get(p.i) or self._mod_mention(p)
                            m = m or of_phrase_mention(p, self._tok.get)  # "of justice of X"
                            m = m or short_for_body(self._things, p, self.doc_offset(p))
                            if m is not None and not m.ref.code.startswith("---"):
                                best = m
                                sector = "" if serves_in(tok, c) else sector
                                break
                if best is not None:
                    break
        if best is None:
            return None
        ref = best.ref
        if sector and best.is_state and len(ref.code) == 3:
            ref = ActorRef(_span_text(tok, best), ref.code + sector, ref.country, ref.name)
        return Arg(ref, COMPOSED, tok.i)

    def _coordinated_with(self, tok: Token, m: Mention) -> list[Arg]:
        """ "U.S. and Russian negotiators": a modifier conjoined with the head's own mention."""
        out: list[Arg] = []
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.i > tok.i:
                continue
            other = self._tok.get(c.i)
            if other is None or other is m or not other.is_state:
                continue
            if any(self._tok.get(t.i) is m for t in conjuncts(c)):
                sector = m.ref.code[3:] if m.is_state else ""
                code = other.ref.code + sector if len(other.ref.code) == 3 else other.ref.code
                out.append(Arg(ActorRef(other.ref.text, code, other.ref.country), LISTED, tok.i))
        return out

    def _conjoined_modifiers(self, tok: Token, sector: str) -> list[Arg]:
        """ "Sierra Leonean and Liberian refugees", "U.S. and Russian negotiators": one each."""
        for c in tok.children:
            if c.dep_ not in ("amod", "compound") or c.i > tok.i or not conjuncts(c):
                continue
            found: list[Mention] = []
            for t in (c, *conjuncts(c)):
                m = self._tok.get(t.i)
                if m is not None and m.is_state and all(f.ref.code != m.ref.code for f in found):
                    found.append(m)
            if len(found) >= 2:
                sector = sector or _shared_sector(found)  # "Qatari and Iranian navy ships"
                out = []
                for m in found:
                    code = m.ref.code + sector if sector and len(m.ref.code) == 3 else m.ref.code
                    out.append(Arg(ActorRef(m.ref.text, code, m.ref.country), LISTED, tok.i))
                return out
        return []

    def _mod_mention(self, tok: Token) -> Mention | None:
        """A mention one level further down a modifier chain ("Calenardhon leader X")."""
        for c in tok.children:
            if c.dep_ in _MOD_DEPS:
                m = self._tok.get(c.i)
                if m is not None and not m.ref.code.startswith("---"):
                    return m
        return None


def _shared_sector(found: list[Mention]) -> str:
    """The one sector the conjoined mentions' compounds name ("Qatari and Iranian navy ships":
    "Iranian navy" is IRNMIL), for the bare demonyms beside it; "" where none or two."""
    sectors = {
        m.ref.code[3:]
        for m in found
        if m.ref.country and len(m.ref.code) == 6 and m.ref.code.startswith(m.ref.country)
    }
    return sectors.pop() if len(sectors) == 1 else ""


def _span_text(tok: Token, m: Mention) -> str:
    """Text from the mention to the head word ("Gondor's government")."""
    doc = tok.doc
    lo = min(t.i for t in tok.subtree if t.i <= tok.i)
    lo = max(lo, 0)
    words = span_text(doc[lo : tok.i + 1])
    return words if len(words) < 80 else tok.text
