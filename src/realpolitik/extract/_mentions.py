"""Actors on the parse: registry mentions mapped to tokens, composition and simple coreference.

The registry finds names ("Putin", "North Korea", "the Russian military") by character offsets;
this module ties them to spaCy tokens so that syntax can pick sources and targets. A token that
is not itself a name borrows one from its modifiers ("Gondor's government", "North Korean arms"),
its "of/from/in" phrase ("soldiers from Gondor") or an earlier mention (coreference): "he"/"she"
take the last person, "it"/"they" the last state or organisation, "the two countries" the last
two states, "the country" the last state, "the leader" the last person; inside what a speaker
says, "the country" / "his government" are the speaker's (``_speaker_state``). The token map
is ``_mention_map.MentionMap``, composition from modifiers and phrases
``_composed_actors.ComposedActors``; ``DocActors`` adds resolution and coreference.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._answering_pronouns import answering_addressee
from realpolitik.extract._bloc_members import SHORT_NAME_NOUNS, short_name_body
from realpolitik.extract._composed_actors import ComposedActors, among_them_list, named_instances
from realpolitik.extract._concessive_news import concessive_main_subject
from realpolitik.extract._counted_trio import bare_count, counted_back
from realpolitik.extract._demanded_subjects import demander_codes
from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._described import divided_half
from realpolitik.extract._group_voice import group_voice
from realpolitik.extract._held_ground import ground_holder
from realpolitik.extract._held_pronouns import holder_codes
from realpolitik.extract._mention_heads import adjective_head, region_adjective
from realpolitik.extract._mention_parts import (
    _LINK_PREPS,
    IGO_NOUNS,
    PERSON_PRONOUNS,
    QUANT_HEADS,
    THING_PRONOUNS,
    Arg,
    Mention,
    bare_pair,
    object_pair,
    owned_count,
    registry_mentions,
    subject_slot,
)
from realpolitik.extract._office_heads import OFFICE_HEADS, office_body
from realpolitik.extract._pair_roles import pair_reference
from realpolitik.extract._person_refs import (
    GUEST_NOUNS,
    OBJECT_PRONOUNS,
    guest_of,
    pick_antecedent,
    subject_codes,
)
from realpolitik.extract._plural_they import previous_pair
from realpolitik.extract._pointing_owner import owner_word
from realpolitik.extract._pronoun_sex import agreeing
from realpolitik.extract._referring import (
    bare_pair_args,
    last_igo,
    member_body,
    named_group,
    object_pair_args,
)
from realpolitik.extract._relative_objects import relative_antecedent
from realpolitik.extract._speaker_state import (
    POINTING_NOUNS,
    is_pointing,
    owned_state,
    reporting_speaker,
)
from realpolitik.extract._state_firms import state_firm
from realpolitik.extract._story_people import counted_of, counted_them
from realpolitik.extract.confidence import (
    DEFINITE,
    LISTED,
    NAMED,
    REFERRED,
    SECTOR_WORD,
    UNPLACED,
)
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


_NO_STATE = "---"  # the code prefix of an actor no state is known for
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})  # a verb's own objects


class DocActors(ComposedActors):
    """Mentions of one document: what an argument head stands for, by name, composition or
    coreference (the token map and composition are the base classes')."""

    # -- resolution ----------------------------------------------------------------------
    def _resolve_fresh(self, tok: Token, depth: int) -> list[Arg]:
        heads = [tok]
        if tok.dep_ != "conj":
            heads += [c for c in conjuncts(tok) if c.i > tok.i]
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
                listed = listed or (self._people_listed(tok) if depth < 2 else [])
                if listed:  # (or "25 people, among them six Turks, two Poles and ...")
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
        if object_pair(tok):  # "has accused both", "sanctioned either of them" (parties57)
            pos = self.doc_offset(tok)
            if got := object_pair_args(self._placed, tok, pos, self.pair.at(pos)):
                return got
        if (n := bare_count(tok)) and depth < 2:  # "accused the three of ..." (practice24)
            return counted_back(tok, self.doc_offset(tok), self._people, self._placed, n)
        low = tok.lower_
        if (antecedent := relative_antecedent(tok) or answering_addressee(tok)) is not None:
            return self._resolve_one(antecedent, depth + 1)
        if tok.pos_ == "PRON" and low not in QUANT_HEADS:  # ("some of the deportees": below)
            return self._coref(tok, low, depth)
        lemma = tok.lemma_.lower()
        if tok.like_num and (held := counted_them(self, tok, depth)):  # "jailed four of them"
            return held
        counted = low in QUANT_HEADS or lemma in QUANT_HEADS or owned_count(tok)
        if (counted or counted_of(tok)) and depth < 2:  # ("four of them", fresh22 C)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self._counted(tok, self.resolve(p, depth + 1))
        first = named_instances(tok) if depth < 2 else None
        if first is not None:  # "from 30 countries, including (among them) A, B and C"
            return [replace(a, quality=LISTED) for a in self.resolve(first, depth + 1)]
        listed = self._people_listed(tok) if depth < 2 and tok.pos_ == "NOUN" else []
        if listed:  # "freed 52 prisoners, among them six Lithuanians, two Latvians and ..."
            return listed
        sector = self._sectors.get(lemma, "")
        if tok.pos_ in ("NOUN", "PROPN") or adjective_head(tok):
            pair = self._pair(tok, lemma, depth)
            if pair:
                return pair
            several = self._conjoined_modifiers(tok, sector) or self._of_list(tok, sector, depth)
            several = several or ground_holder(self, tok, depth)  # "areas under X control"
            if several:
                return several
            composed = self._from_children(tok, sector, include_mods=True)
            if composed is not None and not (not sector and region_adjective(tok, composed)):
                return [composed]
            if lemma in OFFICE_HEADS and depth < 2 and (held := office_body(self, tok, depth)):
                return held  # "the head of X's intelligence service", "the agency's director"
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

    def _people_listed(self, tok: Token) -> list[Arg]:
        """The states of the people listed after ``tok`` by "among them" (``among_them_list``),
        each once, where at least two states are named."""
        seen: set[str] = set()
        out: list[Arg] = []
        for x in among_them_list(tok):
            for a in self._resolve_one(x, 2):
                if a.ref.country and a.ref.country not in seen:
                    seen.add(a.ref.country)
                    out.append(replace(a, quality=LISTED))
        return out if len(out) > 1 else []

    def _of_conjuncts(self, tok: Token, m: Mention, depth: int) -> list[Arg]:
        """ "The ambassadors of A, B and C" when the registry read "ambassadors of A" as one
        actor: B and C take the same sector."""
        sector = m.ref.code[3:] if m.is_state or m.kind == "custom" else ""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in _LINK_PREPS:
                continue
            for p in c.children:
                if p.dep_ != "pobj" or self._tok.get(p.i) is not m or not conjuncts(p):
                    continue
                out = []
                for x in conjuncts(p):
                    for a in self._resolve_one(x, depth + 1):
                        if a.ref.code.startswith("---") or a.ref.code == m.ref.code:
                            continue
                        code = a.ref.code + sector if len(a.ref.code) == 3 else a.ref.code
                        out.append(Arg(replace(a.ref, code=code), LISTED, tok.i))
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

    def _coref(self, tok: Token, low: str, depth: int) -> list[Arg]:
        if low not in PERSON_PRONOUNS and low not in THING_PRONOUNS:
            return []
        want_person = low in PERSON_PRONOUNS
        if low == "they" and depth < 2:  # "A and B condemned C. They recalled ...": both
            pair = previous_pair(tok, lambda x: self._resolve_one(x, depth + 1))
            if pair:
                return pair
        if low in ("it", "they") and depth < 2:  # "the group's leader said it would ..."
            voice = group_voice(tok, lambda x: self._resolve_one(x, depth + 1))
            if voice is not None:
                return voice
        if low in ("they", "them", "their") and (tok.dep_ != "nsubj" or tok.head.dep_ == "ccomp"):
            group = self._clause_subjects(tok, depth)
            if len(group) >= 2:
                return group
        if low == "it" and (main := concessive_main_subject(tok)) is not None:
            got = self.resolve(main, depth + 1)  # "X now V-s ..., although it declined"
            if got:
                return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got]
        chain = self._persons if want_person else self._things
        pos = self.doc_offset(tok)
        last = chain.last_before(pos)
        if last < 0:
            return []
        obj = low in OBJECT_PRONOUNS  # (a demanded act's subject: not the demander, lo20)
        skip = (subject_codes if obj else demander_codes)(self, tok, depth)
        skip |= holder_codes(self, tok, depth)  # "They were deported": the held, not the holder
        opening = self.doc_offset(tok.sent[0]) if low == "it" else -1  # (its sentence's start)
        pick = pick_antecedent(chain.items, last, pos, self._subjects, skip, opening)
        if pick is None:
            return []
        if want_person:  # ("she" is no man named before: the table's sex column, fresh22 E)
            pick = agreeing(low, pick, chain.items, last, pos, skip)
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
        # "A and B ... lifted them": an object pronoun is never its own verb's subject (that
        # would be "themselves"); a clause above may name its antecedent ("A and B asked C to
        # help them", "A and B said C had wronged them"), a preposition's object may be it
        # ("shared the land between them") (parties55: fresh29's C).
        own = tok.lower_ == "them" and tok.dep_ in _OBJECT_DEPS
        for _ in range(4):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if own and head.i == tok.head.i:
                subj = None
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
        if lemma in SHORT_NAME_NOUNS and (
            body := short_name_body(self._things, tok, self.doc_offset(tok))
        ):
            return body  # "the IMF ... the fund" (leftovers49)
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


__all__ = ["Arg", "DocActors", "Mention", "registry_mentions"]
