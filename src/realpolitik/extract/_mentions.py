"""Actors on the parse: registry mentions mapped to tokens, composition and simple coreference.

The registry finds names ("Putin", "North Korea", "the Russian military") by character offsets;
this module ties them to spaCy tokens so that syntax can pick sources and targets. A token that
is not itself a name borrows one from its modifiers ("Gondor's government", "North Korean arms"),
its "of/from/in" phrase ("soldiers from Gondor") or an earlier mention (coreference): "he"/"she"
take the last person, "it"/"they" the last state or organisation, "the two countries" the last
two states, "the country" the last state, "the leader" the last person; inside what a speaker
says, "the country" / "his government" are the speaker's (``_speaker_state``).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._answering_pronouns import answering_addressee
from realpolitik.extract._demanded_subjects import demander_codes
from realpolitik.extract._described import divided_half
from realpolitik.extract._mention_chain import MentionChain
from realpolitik.extract._mention_heads import adjective_head, region_adjective
from realpolitik.extract._mention_parts import (
    _LINK_PREPS,
    _MOD_DEPS,
    IGO_NOUNS,
    PERSON_PRONOUNS,
    QUANT_HEADS,
    THING_PRONOUNS,
    Arg,
    Mention,
    bare_pair,
    of_phrase_mention,
    owned_count,
    owner_link,
    registry_mentions,
    serves_in,
    subject_slot,
)
from realpolitik.extract._pair_roles import pair_reference
from realpolitik.extract._person_refs import (
    GUEST_NOUNS,
    OBJECT_PRONOUNS,
    guest_of,
    office_person,
    pick_antecedent,
    subject_codes,
)
from realpolitik.extract._pointing_owner import owner_word
from realpolitik.extract._referring import (
    StoryPair,
    bare_pair_args,
    last_igo,
    member_body,
    named_group,
)
from realpolitik.extract._relative_objects import relative_antecedent
from realpolitik.extract._resolve_memo import ResolveMemo
from realpolitik.extract._speaker_state import (
    POINTING_NOUNS,
    is_pointing,
    owned_state,
    reporting_speaker,
)
from realpolitik.extract._state_firms import state_firm
from realpolitik.extract._tree import span_text, token_starts
from realpolitik.extract._venues import gathering
from realpolitik.extract._words import CURRENCY_NOUNS
from realpolitik.extract.confidence import (
    COMPOSED,
    DEFINITE,
    LISTED,
    NAMED,
    REFERRED,
    SECTOR_WORD,
    UNPLACED,
)
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_NO_STATE = "---"  # the code prefix of an actor no state is known for
# Arcs by which a demonym names a currency ("Bahraini dinars").
_MONEY_DEPS = frozenset({"amod", "compound", "nmod"})


class DocActors(ResolveMemo):
    """Mentions of one document, and the token map of one paragraph parse at a time."""

    def __init__(self, mentions: list[Mention], sectors: dict[str, str]) -> None:
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self._sectors = sectors
        self._tok: dict[int, Mention] = {}
        self._memo = {}  # (token, depth) -> what ``resolve`` answered in this sentence
        self._subjects: set[int] = set()  # starts of mentions that were grammatical subjects
        self._offset = 0
        self._doc: Doc | None = None
        # Coreference looks back from each pronoun or "the country"; these indexes answer in
        # O(log n) what a scan over every earlier mention answered in O(n), so long documents
        # take time linear in their length.
        self._persons = MentionChain(
            [m for m in mentions if m.is_person or m.kind == "custom" or office_person(m)]
        )
        self._things = MentionChain([m for m in mentions if not m.is_person or m.kind == "custom"])
        self._states = MentionChain([m for m in mentions if m.is_state])
        self._people = MentionChain([m for m in mentions if m.is_person], key=lambda m: m.ref.code)
        self._placed = MentionChain(
            [m for m in mentions if m.ref.country], key=lambda m: m.ref.country
        )
        self.pair = StoryPair()  # who "the two countries" are (``_extract`` notes the acts)
        self.dateline: str | None = None  # the state the record is filed from (``_dateline``)

    def bind(self, doc: Doc, offset: int) -> None:
        """Map the tokens of a paragraph parse (that starts at ``offset``) to mentions."""
        self._doc = doc
        self._offset = offset
        self._tok = {}
        self.forget()
        # the paragraph's length without building its text (``doc.text`` joins every token)
        end = offset + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
        lo = bisect.bisect_left(self.starts, offset)
        if lo >= len(self.mentions) or self.mentions[lo].start >= end:
            return
        # token start offsets, for bisection instead of char_span (the parse's column, read
        # once for it and the sentences' word sets)
        starts = token_starts(doc)
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            i = bisect.bisect_right(starts, m.start - offset) - 1
            j = bisect.bisect_left(starts, m.end - offset)
            if i < 0 or j <= i:
                continue
            root = doc[i] if j == i + 1 else doc[i:j].root  # (most names are one token)
            if m.kind == "sector" and root.pos_ not in ("NOUN", "PROPN"):
                continue  # "the first official visit": an adjective, not an official
            if root.dep_ in _MONEY_DEPS and root.head.lemma_.lower() in CURRENCY_NOUNS:
                continue  # "5 million Bahraini dinars": the money's name, no actor
            for k in range(i, j):
                self._tok[k] = m
            if root.dep_ in ("nsubj", "nsubjpass"):
                self._subjects.add(m.start)

    def mention_of(self, tok: Token) -> Mention | None:
        return self._tok.get(tok.i)

    def named_between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions on the tokens ``lo`` to ``hi`` (both included) of the bound paragraph."""
        return [m for k, m in self._tok.items() if lo <= k <= hi]

    def is_thing(self, tok: Token) -> bool:
        """A noun that names no actor itself ("missiles", "exports"): an actor it resolves to
        comes from a modifier ("Chinese missiles") and is an owner or a maker, not the noun."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self._tok:
            return False
        lemma = tok.lemma_.lower()
        return lemma not in self._sectors and lemma not in QUANT_HEADS

    def doc_offset(self, tok: Token) -> int:
        return self._offset + tok.idx

    # -- resolution ----------------------------------------------------------------------
    def _resolve_fresh(self, tok: Token, depth: int) -> list[Arg]:
        heads = [tok]
        if tok.dep_ != "conj":
            heads += [c for c in tok.conjuncts if c.i > tok.i]
        heads += [x for h in list(heads) for x in self._listed(h) if x not in heads]
        out: list[Arg] = []
        seen: set[str] = set()
        for h in heads:
            for a in self._resolve_one(h, depth):
                if a.ref.code not in seen:
                    seen.add(a.ref.code)
                    out.append(a)
        return out

    def _resolve_one(self, tok: Token, depth: int) -> list[Arg]:
        if depth > 3:
            return []
        members = member_body(self._things, tok, self.doc_offset(tok))  # "member states"
        if members is not None:
            return members
        m = self._tok.get(tok.i)
        if m is not None:
            if m.ref.code.startswith("---"):
                pair = self._pair(tok, tok.lemma_.lower(), depth)  # "the two leaders"
                if pair:
                    return pair
                listed = self._of_list(tok, m.ref.code[3:], depth)  # "diplomats from A and B"
                if listed:
                    return listed
                located = self._from_children(tok, m.ref.code[3:], include_mods=True)
                if located is None:
                    located = self._owner_pronoun(tok, m.ref.code[3:], depth)
                if located is not None:
                    return [located]
                return [Arg(m.ref, UNPLACED, tok.i)]
            return [
                Arg(m.ref, NAMED, tok.i),
                *[Arg(r, NAMED, tok.i) for r in m.also],
                *self._coordinated_with(tok, m),
                *self._of_conjuncts(tok, m, depth),
            ]
        if bare_pair(tok):  # "the two", "the pair", "both"
            return bare_pair_args(
                self, self._people, tok, depth, self.pair.at(self.doc_offset(tok))
            )
        low = tok.lower_
        if (antecedent := relative_antecedent(tok) or answering_addressee(tok)) is not None:
            return self._resolve_one(antecedent, depth + 1)
        if tok.pos_ == "PRON" and low not in QUANT_HEADS:  # ("some of the deportees": below)
            return self._coref(tok, low, depth)
        lemma = tok.lemma_.lower()
        if (low in QUANT_HEADS or lemma in QUANT_HEADS or owned_count(tok)) and depth < 2:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self._counted(tok, self.resolve(p, depth + 1))
        sector = self._sectors.get(lemma, "")
        if tok.pos_ in ("NOUN", "PROPN") or adjective_head(tok):
            pair = self._pair(tok, lemma, depth)
            if pair:
                return pair
            several = self._conjoined_modifiers(tok, sector) or self._of_list(tok, sector, depth)
            if several:
                return several
            composed = self._from_children(tok, sector, include_mods=True)
            if composed is not None and not (not sector and region_adjective(tok, composed)):
                return [composed]
            for c in tok.children:
                if c.dep_ == "appos" and depth < 2:
                    got = self._resolve_one(c, depth + 1)
                    if got:
                        return got
            if sector:  # ("said its jets had bombed Y": the pronoun's state's, fact24)
                owned = self._owner_pronoun(tok, sector, depth)
                return [owned or Arg(ActorRef(tok.text, "---" + sector, None), SECTOR_WORD, tok.i)]
            if tok.text in ("South", "North"):  # "the South" of a divided country's story
                return divided_half(self, tok)
        return []

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
                m = self._tok.get(p.i)
                if p.dep_ != "pobj" or m is None or not m.is_state or not p.conjuncts:
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

    def _of_conjuncts(self, tok: Token, m: Mention, depth: int) -> list[Arg]:
        """ "The ambassadors of A, B and C" when the registry read "ambassadors of A" as one
        actor: B and C take the same sector."""
        sector = m.ref.code[3:] if m.is_state or m.kind == "custom" else ""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in _LINK_PREPS:
                continue
            for p in c.children:
                if p.dep_ != "pobj" or self._tok.get(p.i) is not m or not p.conjuncts:
                    continue
                out = []
                for x in p.conjuncts:
                    for a in self._resolve_one(x, depth + 1):
                        if a.ref.code.startswith("---") or a.ref.code == m.ref.code:
                            continue
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
                if any(self._tok.get(t.i) is m for t in c.conjuncts):
                    continue  # "Chilean and Peruvian warships": _coordinated_with's case
                lo, hi = sorted((c.i, tok.i))
                if any(t.lower_ in (",", "and", "or") for t in tok.doc[lo:hi]):
                    out += [c, *[x for x in c.conjuncts if x.i != tok.i]]
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
            if any(self._tok.get(t.i) is m for t in c.conjuncts):
                sector = m.ref.code[3:] if m.is_state else ""
                code = other.ref.code + sector if len(other.ref.code) == 3 else other.ref.code
                out.append(Arg(ActorRef(other.ref.text, code, other.ref.country), LISTED, tok.i))
        return out

    def _conjoined_modifiers(self, tok: Token, sector: str) -> list[Arg]:
        """ "Sierra Leonean and Liberian refugees", "U.S. and Russian negotiators": one each."""
        for c in tok.children:
            if c.dep_ not in ("amod", "compound") or c.i > tok.i or not c.conjuncts:
                continue
            found: list[Mention] = []
            for t in (c, *c.conjuncts):
                m = self._tok.get(t.i)
                if m is not None and m.is_state and all(f.ref.code != m.ref.code for f in found):
                    found.append(m)
            if len(found) >= 2:
                out = []
                for m in found:
                    code = m.ref.code + sector if sector and len(m.ref.code) == 3 else m.ref.code
                    out.append(Arg(ActorRef(m.ref.text, code, m.ref.country), LISTED, tok.i))
                return out
        return []

    def _owner_pronoun(self, tok: Token, sector: str, depth: int) -> Arg | None:
        """ "Ukraine said its forces had advanced": a sector word owned through "its" / "their"
        is of the one state the pronoun refers to (coreference, not the speaker's place); through
        a relative "whose" ("angering Israel, whose ministry summoned ..."), of its antecedent."""
        mine = owned_state(self, tok, sector, depth)  # "its own people", "his government"
        if mine is not None:
            return mine
        if not sector or not subject_slot(tok):  # (also "150 of its soldiers had arrived")
            return None  # (as an object, "urged its citizens" is no party placed by the pronoun)
        for c in tok.children:
            low = owner_word(c)  # ("the country's ambassador" as "its ambassador")
            if c.dep_ == "poss" and low in ("its", "their", "whose", "his", "her"):
                if low == "whose":  # "Israel, whose ministry summoned": the antecedent
                    got = self._whose_antecedent(c, depth + 1)
                else:
                    got = self._coref(c, low, depth + 1)
                ref = got[0].ref if len(got) == 1 else None
                if ref is not None and ref.country:  # ("the Vietnamese government": VNM's)
                    code = ref.country + sector
                    return Arg(ActorRef(tok.text, code, ref.country, ref.name), REFERRED, tok.i)
        return None

    def _whose_antecedent(self, whose: Token, depth: int) -> list[Arg]:
        """The noun phrase just before a relative "whose" ("an uproar in Peru, whose ..."),
        else the noun the relative clause modifies."""
        k = whose.i - 1
        while k >= whose.sent.start and whose.doc[k].is_punct:
            k -= 1
        if k >= whose.sent.start:
            got = self.resolve(whose.doc[k], depth)
            if got:
                return got
        verb = whose.head.head
        return self.resolve(verb.head, depth) if verb.dep_ == "relcl" else []

    def _mod_mention(self, tok: Token) -> Mention | None:
        """A mention one level further down a modifier chain ("Calenardhon leader X")."""
        for c in tok.children:
            if c.dep_ in _MOD_DEPS:
                m = self._tok.get(c.i)
                if m is not None and not m.ref.code.startswith("---"):
                    return m
        return None

    def _coref(self, tok: Token, low: str, depth: int) -> list[Arg]:
        if low not in PERSON_PRONOUNS and low not in THING_PRONOUNS:
            return []
        want_person = low in PERSON_PRONOUNS
        if low in ("they", "them", "their") and (tok.dep_ != "nsubj" or tok.head.dep_ == "ccomp"):
            group = self._clause_subjects(tok, depth)
            if len(group) >= 2:
                return group
        chain = self._persons if want_person else self._things
        pos = self.doc_offset(tok)
        last = chain.last_before(pos)
        if last < 0:
            return []
        obj = low in OBJECT_PRONOUNS  # (a demanded act's subject: not the demander, lo20)
        skip = (subject_codes if obj else demander_codes)(self, tok, depth)
        pick = pick_antecedent(chain.items, last, pos, self._subjects, skip)
        if pick is None:
            return []
        if pick.ref.code.startswith(_NO_STATE) and low == "it":
            # "Peru's justice ministry said it had asked Spain ...": the unplaced head of the
            # speaker's own phrase is the speaker, placed (context14, fresh7's A)
            said = reporting_speaker(self, tok, depth)
            if said is not None and not said.ref.code.startswith(_NO_STATE):
                return [Arg(replace(said.ref, text=tok.text), REFERRED, tok.i)]
        return [Arg(replace(pick.ref, text=tok.text), REFERRED, tok.i)]

    def _clause_subjects(self, tok: Token, depth: int) -> list[Arg]:
        """ "Gondor and Osgiliath postponed their meeting": "their" is both subjects."""
        head = tok.head
        for _ in range(4):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i < tok.i and subj.pos_ != "PRON":
                got = self.resolve(subj, depth + 1)
                return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got]
            if head.head.i == head.i:
                break
            head = head.head
        return []

    def _pair(self, tok: Token, lemma: str, depth: int = 0) -> list[Arg]:
        """ "the two countries", "both sides", "the country", "the leader", "the bloc" to
        earlier mentions."""
        if lemma in IGO_NOUNS:
            return last_igo(self._things, tok, self.doc_offset(tok))
        firm = state_firm(self, tok, self._states, depth)  # "the state carrier Belavia"
        if firm:
            return firm
        group = named_group(self._placed, tok, lemma, self.doc_offset(tok))  # "the delegation"
        if group:
            return group
        if lemma in GUEST_NOUNS:  # "promised his guest": the visitor named before
            persons = self._persons
            return guest_of(
                self, tok, persons.items, persons.last_before(self.doc_offset(tok)), depth
            )
        if lemma in POINTING_NOUNS and is_pointing(tok):  # "X's minister said the country ..."
            said = reporting_speaker(self, tok, depth)
            if said is not None and said.ref.country:
                code = said.ref.country + self._sectors.get(lemma, "")
                return [Arg(ActorRef(tok.text, code, said.ref.country), DEFINITE, tok.i)]
        return pair_reference(self, tok, lemma)  # "the two countries", "the ministers of both"


def _span_text(tok: Token, m: Mention) -> str:
    """Text from the mention to the head word ("Gondor's government")."""
    doc = tok.doc
    lo = min(t.i for t in tok.subtree if t.i <= tok.i)
    lo = max(lo, 0)
    words = span_text(doc[lo : tok.i + 1])
    return words if len(words) < 80 else tok.text


__all__ = ["Arg", "DocActors", "Mention", "registry_mentions"]
