"""Definite and counted phrases that point back to earlier mentions: "the two countries", "the
leaders", "the country", "the bloc", a bare "the two" / "the pair" subject, "member states" and
"the bloc's leaders", "the delegation" / "the visitors" / "the cabinet".

They read the document's mention chains (which states, people and organisations were named
before the phrase) and, for "the two", the story's pair: the states of the last act between two
(``StoryPair``, noted by ``_extract`` after each sentence), so that "the two countries" are the
pair that acted, not two states a scene-setting clause named after them (fresh4's class J).
``_mentions.DocActors`` decides when a phrase is one of these. "The bloc" and "member states"
are read in ``_bloc_members`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._bloc_members import last_igo as last_igo
from realpolitik.extract._bloc_members import member_body as member_body
from realpolitik.extract._counted_lists import (
    counted_number,
    government_adjective,
    last_list,
    listed_states,
)
from realpolitik.extract._counted_people import counted_people
from realpolitik.extract._distributive import each_of_pair
from realpolitik.extract._mention_parts import (
    PAIR_WORDS,
    PERSON_NOUNS,
    STATE_NOUNS,
    Arg,
    Mention,
    Resolver,
)
from realpolitik.extract._office_heads import OFFICE_HEADS
from realpolitik.extract._office_pairs import office_pair
from realpolitik.extract._place_adjectives import without_place_adjectives
from realpolitik.extract._sentence_pair import sentence_pair
from realpolitik.extract.confidence import DEFINITE, REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract.parties._model import EarlierAct


# A group named again by its word or another word for it: "a Chinese delegation ... the
# delegation / the visitors / the guests", "the Thai cabinet ... the cabinet".
# Words for states that name the story's pair only when counted: "the two neighbours", "both
# allies" ("the neighbours" may be any number).
PAIR_ONLY_NOUNS = frozenset({"neighbour", "neighbor", "rival", "ally", "partner", "foe"})
_GROUP_OF = {
    "delegation": "party", "visitor": "party", "guest": "party",
    "cabinet": "cabinet", "government": "government", "junta": "junta",
    # "Kenya's intelligence agency said ... The agency's director flew to Kampala"
    # (leftovers59): a state's agency or service named before, by "the" + its head noun, as
    # the owner of an office only
    "agency": "agency", "service": "agency",
}  # fmt: skip
_AGENCY, _SPY = "agency", "SPY"  # an intelligence body: "the agency", "the service"
GROUP_BACK = 1500  # characters back searched for the group named before
_ARMED_GROUP = "group"
# Sectors of an armed group: "the group" after "Houthi gunmen" is them (fresh21's F).
_ARMED_SECTORS = frozenset({"REB", "INS"})
# Bare words for an armed group's members: "the rebels" after "air strikes on the Houthis" are
# the Houthis (practice21's RB), not rebels of the striking state's own.
_ARMED_WORDS = frozenset({"rebel", "insurgent", "guerrilla", "militant", "separatist"})
_ORGANISATION_KINDS = frozenset({"group", "igo"})


def _armed_group(placed: MentionChain, tok: Token, pos: int) -> list[Arg]:
    """ "Houthi gunmen detained ... areas under the group's control": a bare "the group" (or "the
    rebels", "the militants") is the armed group the story named last, when the last group or body named is one (a bloc named
    since, "the group" of "BRICS admitted ...", is not taken for it)."""
    kids = list(tok.children)
    if [k.lower_ for k in kids if k.dep_ == "det"] != ["the"]:
        return []
    if any(k.dep_ not in ("det", "case") and not _charge_of(k) for k in kids):
        return []

    side = _doers_span(tok, pos) if tok.lemma_.lower() in _ARMED_WORDS else None

    def organised(m: Mention) -> bool:
        if side is not None and side[0] <= m.start < side[1]:
            return False  # "Syrian troops and Hezbollah fighters seized X from the rebels"
        return m.kind in _ORGANISATION_KINDS or m.ref.code[3:6] in _ARMED_SECTORS

    m = placed.last_where(pos, GROUP_BACK, organised)
    if m is None or m.ref.code[3:6] not in _ARMED_SECTORS or not m.ref.country:
        return []
    return [Arg(replace(m.ref, text=tok.text), DEFINITE, tok.i)]


def _charge_of(k: Token) -> bool:
    """ "accused the rebels of using civilians as shields": the charge's "of" + gerund, which
    the parser may hang on the accused noun, is no word of the noun's own."""
    return k.dep_ == "prep" and k.lower_ == "of" and any(g.dep_ == "pcomp" for g in k.children)


def _doers_span(tok: Token, pos: int) -> tuple[int, int] | None:
    """The document offsets of the subject of the verb ``tok`` depends on: the doers, whom
    their own act's "the rebels" never names."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    base = pos - tok.idx
    return base + subj.left_edge.idx, base + subj.right_edge.idx + len(subj.right_edge)


# How far back (characters) the pair of the story's last act between two states is who "the
# two" / "the two countries" / "both sides" are; beyond it, the last two named.
DYAD_REACH = 2000
Dyad = tuple[ActorRef, ActorRef]
Noted = tuple[int, int, Dyad]  # the pair's sentence's start and end, and the pair
_GOVERNMENT = "GOV"
NEITHER = "neither"


def story_dyad(acts: Sequence[EarlierAct], *, armed: bool = False) -> Dyad | None:
    """The pair of a sentence's first act between two states that is its news (not a
    scene-setting clause): "Togo summoned Ghana's envoy after Burkinabe and Nigerien troops
    crossed the border" is about Togo and Ghana, whoever the sentence names last. Joint doers
    ("Egypt and Sudan signed ...") or joint targets ("Turkey urged Armenia and Azerbaijan to
    talk") are the pair, rather than a doer and one of its targets. With ``armed`` a state and
    its own armed group are two sides too ("Colombian troops clashed with ELN rebels. The two
    sides agreed to a truce": GUIDE rule 6, a state and its own rebels; leftovers58)."""
    for a in acts:
        tgt = a.target
        if a.background or tgt is None or not a.source.country or not tgt.country:
            continue
        if _party(a.source, armed) == _party(tgt, armed):
            continue
        same = [b for b in acts if b.trigger == a.trigger and b.target is not None]
        doers = _distinct([b.source for b in same], armed)
        if len(doers) >= 2:
            return doers[0], doers[1]
        done_to = _distinct([b.target for b in same if b.target is not None], armed)
        if len(done_to) >= 2:
            return done_to[0], done_to[1]
        return a.source, tgt
    return None


def _party(r: ActorRef, armed: bool) -> str:
    """A state, or with ``armed`` its armed group apart from it (``COLREB`` beside ``COL``)."""
    country = r.country or ""
    return country + ARMED_SECTOR if armed and r.code[3:6] == ARMED_SECTOR else country


# The sector CAMEO codes a state's own armed group under (rebels, insurgents, militants).
ARMED_SECTOR = "REB"


def _distinct(refs: Sequence[ActorRef], armed: bool = False) -> list[ActorRef]:
    """The refs of different states (with ``armed``, parties), first of each."""
    out: list[ActorRef] = []
    for r in refs:
        if r.country and all(_party(o, armed) != _party(r, armed) for o in out):
            out.append(r)
    return out


# The roots of a dispute's acts (disapprove ... mass violence): their pair are "both sides".
DISPUTE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
SIDE = "side"


class StoryPair:
    """The pair of states of the story's last act between two (``story_dyad``), noted after
    each sentence, for the "the two" of later ones (within ``DYAD_REACH``); and the pair of its
    last hostile act, for "both sides" (parties21: never the mediators named since)."""

    def __init__(self) -> None:
        self._last: Noted | None = None  # (its sentence's start, end, pair)
        self._sides: Noted | None = None
        self._met = False  # ``_sides`` is a state and its own armed group at peace
        self.done_to: list[EarlierAct] = []  # acts with a target, for "the deportees"
        # sentences whose only acts between two states were supposed ("Were Z1 to V Z2, ..."):
        # the states they name are no pair "the two countries" means (fresh30's class A)
        self.supposed: list[tuple[int, int]] = []

    def note(
        self,
        acts: Sequence[EarlierAct],
        start: int,
        end: int,
        supposed: AbstractSet[int] = frozenset(),
    ) -> None:
        """``supposed``: the triggers said inside a condition ("Were Z1 to V Z2, ..."), whose
        acts set no pair (fresh30's class A)."""
        self.done_to += [a for a in acts if a.target is not None and not a.background]
        pair = story_dyad([a for a in acts if a.trigger not in supposed])
        if pair is not None:
            self._last = (start, end, pair)
        elif any(a.target is not None for a in acts if a.trigger in supposed):
            self.supposed.append((start, end))
        sides = story_dyad([a for a in acts if a.root in DISPUTE_ROOTS], armed=True)
        met = sides is None and pair is None
        if met:  # "Colombia met the ELN in Havana. The two sides ..." (leftovers58)
            sides = story_dyad(acts, armed=True)
        if sides is not None:
            self._sides = (start, end, sides)
            self._met = met and sides is not None
        elif pair is not None and self._met:
            self._sides = None  # a state and its rebels met; two states since: theirs

    def supposed_since(self, dyad: Noted, starts: Sequence[int]) -> bool:
        """Each of ``two`` is named in the pair's sentence or in a later sentence whose acts
        between two states were only supposed ("Were Z1 to invade Z2, X would not send
        troops"): the pair, not the supposed case's states, are "the two countries".
        ``starts``: the document offsets of the states named last."""
        if not starts or not self.supposed:
            return False
        spans = [(dyad[0], dyad[1]), *[s for s in self.supposed if s[0] >= dyad[1]]]
        return all(any(lo <= at < hi for lo, hi in spans) for at in starts)

    def note_subjects(self, pair: Dyad, start: int, end: int) -> None:
        """A sentence that set no pair but whose subject is two states ("X and Y have rarely
        been close": ``_subject_pair``) names the story's pair (fresh30's class A)."""
        at = self.at(start)
        if at is None or at[0] != start:
            self._last = (start, end, pair)

    def sides_at(self, pos: int) -> Noted | None:
        """The pair of the story's last hostile act between two, within ``DYAD_REACH``."""
        if self._sides is None or pos - self._sides[1] > DYAD_REACH:
            return None
        return self._sides

    def at(self, pos: int) -> Noted | None:
        """Where the pair's sentence starts and ends, and the pair; None beyond ``DYAD_REACH``."""
        if self._last is None or pos - self._last[1] > DYAD_REACH:
            return None
        return self._last


def _leader(ref: ActorRef, text: str) -> ActorRef:
    """A party of the story's pair as "the two leaders" name it: its person or office as it
    acted, a state named bare as its government."""
    code = ref.code + _GOVERNMENT if len(ref.code) == 3 and ref.country else ref.code
    return replace(ref, text=text, code=code)


def scene_of(dyad: Noted, two: Sequence[Mention] | None) -> bool:
    """ "Togo summoned Ghana's envoy after Burkinabe and Nigerien troops crossed the border":
    the last two states named are both named in the pair's own sentence (its scene-setting),
    so "the two countries" are the pair; named after it, they are the newer two."""
    return two is not None and all(dyad[0] <= m.start < dyad[1] for m in two)


def _in_sentence(tok: Token, pos: int, two: Sequence[Mention] | None) -> bool:
    """Both mentions are in ``tok``'s own sentence (before it): "after Chile accused Peru, the
    two countries ..." means them, not an earlier sentence's pair."""
    lo = pos - (tok.idx - tok.sent.start_char)
    return two is not None and all(m.start >= lo for m in two)


_COMPLEMENTS = frozenset({"xcomp", "ccomp"})


def straddles_clause(tok: Token, pos: int, two: Sequence[Mention] | None) -> bool:
    """The last two states are the doer of ``tok``'s own clause and one named before it:
    "Ghana and Togo signed a deal. Nigeria praised both capitals" (the last two are Togo and
    the praising Nigeria): the pair is the story's (its last act between two, else the last two
    named before the sentence), not the doer and one of the pair. So too when both are the
    clause's doers: "Brazil and Chile urged both governments" (fresh11's CJ) are not each
    other's targets. A controlled infinitive's doer is its controller's subject ("France offered
    to help the two countries": France; practice10's TW)."""
    if two is None:
        return False
    lo = pos - (tok.idx - tok.sent.start_char)
    inside = [m for m in two if m.start >= lo]
    if not inside:
        return False
    verb = tok.head
    while verb.dep_ in ("prep", "pobj", "dative") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "dative"):
        verb = verb.head  # "urged the leaders of both countries": the noun's own verb
    subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    for _ in range(3):  # "France offered to help the two countries": the controller's subject
        own = subj is None or subj.i == tok.i  # ("pledged to help both countries rebuild")
        if not own or verb.dep_ not in _COMPLEMENTS or verb.head.i == verb.i:
            break
        verb = verb.head
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i:
        return False
    here = pos - tok.idx  # the paragraph's offset in the document
    lo, hi = here + subj.left_edge.idx, here + subj.right_edge.idx + 1
    return all(lo <= m.start < hi for m in inside)  # (both: "A and B urged both governments")


def object_pair_args(placed: MentionChain, tok: Token, pos: int, dyad: Noted | None) -> list[Arg]:
    """ "Moscow has accused both ... but has not sanctioned either of them" (``object_pair``):
    the story's pair (its last act between two, or the two states an op-ed opened on), unless
    the last two states are named in the sentence itself ("A met B, and C praised both")."""
    if dyad is None or _in_sentence(tok, pos, placed.last_two(pos)):
        return []
    return [Arg(replace(r, text=tok.text), REFERRED, tok.i) for r in dyad[2]]


def bare_pair_args(
    actors: Resolver, people: MentionChain, tok: Token, depth: int, dyad: Noted | None = None
) -> list[Arg]:
    """ "A met B in Rome, and the two agreed ...": the parties of the clause the pair's clause is
    conjoined to (its subjects, object, "with" partner; a passive's subject and its "by" agent:
    "A was received by B, and the two signed"), else the pair of the story's last act between
    two states (``story_dyad``), else the last two people named."""
    verb = tok.head
    got: list[Arg] = []
    if verb.dep_ == "conj" and depth < 2:
        for c in verb.head.children:
            partner = c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") or partner:
                objs = [p for p in c.children if p.dep_ == "pobj"] if partner else [c]
                got += [a for o in objs for a in actors.resolve(o, depth + 1)]
    if len({a.ref.code for a in got}) == 2:
        return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got]
    if group := _counted_pair_group(actors, tok, depth):  # "Two Kenyan activists ... the two"
        return group
    pos = actors.doc_offset(tok)
    two = people.last_two(pos)
    if dyad is not None and not _in_sentence(tok, pos, two):
        return [Arg(replace(r, text=tok.text), REFERRED, tok.i) for r in dyad[2]]
    return [Arg(replace(m.ref, text=tok.text), REFERRED, tok.i) for m in two or ()]


# How many sentences back a group counted as two ("Two Kenyan activists were freed") is what a
# bare "the two" names again.
_GROUP_SENTENCES = 2
_TWO = "two"


def _counted_pair_group(actors: Resolver, tok: Token, depth: int) -> list[Arg]:
    """ "Two Kenyan activists were freed ... the army said the two had been arrested": a bare
    "the two" after people of one state counted as two (no leaders, no states) names those
    people again, not the story's pair of states (practice5's TW). The latest such group in
    the sentence or the ``_GROUP_SENTENCES`` before; none, no group."""
    doc, starts = tok.doc, 0
    for i in range(tok.i - 1, -1, -1):
        t, noun = doc[i], doc[i].head
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
            noun = noun.head  # ("Two Azerbaijani lorry drivers": "Two" hung on the demonym)
        if t.lower_ == _TWO and t.dep_ == "nummod" and noun.tag_ == "NNS" and noun.i > t.i:
            if noun.lemma_.lower() in PERSON_NOUNS | STATE_NOUNS | PAIR_ONLY_NOUNS:
                return []  # ("two presidents", "two countries": the pair readings)
            got = [a for a in actors.resolve(noun, depth + 1) if a.ref.country]
            if len({a.ref.country for a in got}) != 1:
                return []
            return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got[:1]]
        starts += bool(t.is_sent_start)
        if starts > _GROUP_SENTENCES:
            break
    return []


def _side_ref(text: str, r: ActorRef) -> ActorRef:
    """One of "the two sides": a state as itself, an armed group as its state's rebels."""
    code = _party(r, True)
    return ActorRef(text, code, r.country)


def counted_reference(
    tok: Token,
    lemma: str,
    pos: int,
    *,
    states: MentionChain,
    people: MentionChain,
    placed: MentionChain,
    dyad: Noted | None = None,
    sides: Noted | None = None,
    story: StoryPair | None = None,
) -> list[Arg]:
    """ "the two countries" / "both sides" / "the two neighbours" (the pair of the story's last
    act between two states, else the last two named), "the leaders" (the last two named), "the country" / "the
    leader" (the last one named); a phrase with modifiers of its own names someone else.
    "Both sides" / "the two sides" are ``sides``, the pair of the story's last hostile act,
    where there is one: the disputants, never the mediators or callers named after them."""
    pair_only = lemma in PAIR_ONLY_NOUNS
    if counted_people(tok):  # "the two men", "both envoys", "the two foreign ministers"
        return two_people(tok, pos, people, office_pair(tok, pos, placed), dyad, placed)
    if lemma not in STATE_NOUNS and lemma not in PERSON_NOUNS and not pair_only:
        return []
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")}
    if NEITHER in dets or each_of_pair(tok, lemma, dets):  # "neither president", "each side"
        dets |= {"the", "two"}
    kids = [c for c in tok.children if not government_adjective(c)]  # "two military governments"
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in kids):
        return []
    count = counted_number(tok) if lemma in STATE_NOUNS else None
    if count is not None:  # "the three governments": the list of three named before
        listed = listed_states(tok, pos, placed, count) or []
        return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in listed]
    if pair_only and not dets & PAIR_WORDS:
        return []  # ("the neighbours", "the allies": any number of them)
    if dets == {"the"} and (whole := last_list(tok, pos, placed)):  # "the juntas": the list
        return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in whole]
    if "the" in dets and tok.tag_ in ("NNS", "NNPS"):
        dets = dets | {"two"}  # "the leaders", "the two sides": the last two named
    if lemma == SIDE and dets & PAIR_WORDS and sides is not None:
        return [Arg(_side_ref(tok.text, r), REFERRED, tok.i) for r in sides[2]]
    offices = office_pair(tok, pos, placed) if dets & PAIR_WORDS else None
    if dets & PAIR_WORDS and (lemma in STATE_NOUNS or pair_only):  # the last two countries
        if offices is not None:  # "the presidents of A and B met ..., and both governments"
            return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in _countries(offices)]
        pair = without_place_adjectives(placed, tok, pos, placed.last_two(pos))  # (p53, p54)
        straddles = straddles_clause(tok, pos, pair)
        starts = [m.start for m in pair or ()]
        supposed = story is not None and dyad is not None and story.supposed_since(dyad, starts)
        if dyad is not None and (scene_of(dyad, pair) or straddles or supposed):
            codes = [r.country or "" for r in dyad[2]]  # (``story_dyad`` keeps placed ones)
            return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in codes]
        if straddles:  # no act between two before: the last two named before the sentence
            pair = placed.last_two(pos - (tok.idx - tok.sent.start_char))
        if pair is None:
            return []
        countries = [m.ref.country or "" for m in pair]  # every mention here has one
        return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in countries]
    if dets & PAIR_WORDS and lemma in PERSON_NOUNS:  # "the two leaders"
        return two_people(tok, pos, people, offices, dyad, placed)
    if "the" in dets and lemma in ("country", "nation"):
        last = states.last_before(pos)
        if last >= 0:
            return [Arg(replace(states.items[last].ref, text=tok.text), DEFINITE, tok.i)]
    if "the" in dets and lemma in PERSON_NOUNS:
        last = people.last_before(pos)
        if last >= 0:
            return [Arg(replace(people.items[last].ref, text=tok.text), DEFINITE, tok.i)]
    return []


def two_people(
    tok: Token,
    pos: int,
    people: MentionChain,
    offices: Sequence[Mention] | None,
    dyad: Noted | None,
    placed: MentionChain | None = None,
) -> list[Arg]:
    """ "the two leaders": the offices of "the presidents of A and B", else the pair of the
    story's last act between two states, else the last two people named (those two when both
    are in the phrase's own sentence), else, for officials ("the two ministers signed"), those of
    the last two states named before the sentence (parties34)."""
    two = people.last_two(pos)
    if offices is not None and not _in_sentence(tok, pos, two):  # "the presidents of A and B"
        return [Arg(_leader(m.ref, tok.text), REFERRED, tok.i) for m in offices]
    if dyad is not None and not _in_sentence(tok, pos, two):
        return [Arg(_leader(r, tok.text), REFERRED, tok.i) for r in dyad[2]]
    if two is None:
        return _story_officials(tok, pos, placed) if placed is not None else []
    return [Arg(replace(m.ref, text=tok.text), REFERRED, tok.i) for m in two]


# Counted nouns of people who hold no office: "the two men" are no state's officials.
_NO_OFFICE = frozenset({"man", "woman"})


def _story_officials(tok: Token, pos: int, placed: MentionChain) -> list[Arg]:
    """ "Kenya and Uganda have argued over the border. The two ministers signed a deal": with no
    person named before, officials counted as a pair are those of the story's last two states,
    named before their sentence (a place in it, "signed in Nairobi", is only where)."""
    if tok.lemma_.lower() in _NO_OFFICE:
        return []
    # ("X received his Y-ian counterpart, and the two ministers signed": the sentence's own two)
    pair = sentence_pair(tok, pos, placed) or placed.last_two(pos - (tok.idx - tok.sent.start_char))
    if pair is None:
        return []
    return [Arg(_leader(m.ref, tok.text), REFERRED, tok.i) for m in pair]


def _countries(mentions: Sequence[Mention]) -> list[str]:
    return [m.ref.country or "" for m in mentions]


def _office_owner(tok: Token) -> bool:
    """``tok`` names whose office its head is: "the agency's director", "the head of the
    agency" (``_office_heads``)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ != "poss":
        return False
    return head.lemma_.lower() in OFFICE_HEADS


def named_group(placed: MentionChain, tok: Token, lemma: str, pos: int) -> list[Arg]:
    """ "A Chinese delegation arrived in Nairobi. The delegation met Ruto", "... the visitors had
    broken protocol", "The Thai cabinet approved ... the cabinet's decision": "the" + a group's
    word with no words of its own is the group of the same word (or, for a visiting party, a
    word for one) that the story placed before, within ``GROUP_BACK``."""
    group = _GROUP_OF.get(lemma)
    if lemma == _ARMED_GROUP or lemma in _ARMED_WORDS:
        return _armed_group(placed, tok, pos)
    if group is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    if group == _AGENCY and not _office_owner(tok):
        return []  # (a bare "the agency said" is as often a news agency)
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in tok.children):
        return []
    if any(c.lower_ in PAIR_WORDS for c in tok.children):
        return []  # "the two governments": the story's pair (``counted_reference``)

    def of_group(m: Mention) -> bool:
        if group == _AGENCY and m.ref.code[3:6] == _SPY:
            return True  # ("Kenya's intelligence ... the agency")
        words = m.ref.text.lower().split()
        return len(words) > 1 and _GROUP_OF.get(words[-1].removesuffix("s")) == group

    m = placed.last_where(pos, GROUP_BACK, of_group)
    return [Arg(replace(m.ref, text=tok.text), DEFINITE, tok.i)] if m is not None else []
