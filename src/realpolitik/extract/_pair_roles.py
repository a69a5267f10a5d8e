"""Role nouns of the story's pair: "the foreign ministers of the two countries", "the leaders of
both nations", "the envoys of the two neighbours" (issue 9, pairs22: fresh11's class J).

A role noun (a sector word or a person noun) whose "of" / "from" phrase is the counted pair ("the
two countries", "both states") is that pair's office-holders, one actor per state: the pair is
found as "the two countries" alone would be (``counted_reference``), and the role noun gives
the sector. Without this, the "of" phrase blocks the counted reading and the role noun stayed
unplaced (``---GOV``), so a joint act of the two ("spoke by telephone and agreed to meet") had
no parties, and the next place named ("in Geneva") took the target slot.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._counted_people import COUNTED_PERSON_NOUNS, office_modifier
from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mention_parts import PAIR_WORDS, PERSON_NOUNS, STATE_NOUNS, Arg
from realpolitik.extract._pair_bodies import pair_bodies
from realpolitik.extract._referring import (
    GROUP_BACK,
    PAIR_ONLY_NOUNS,
    counted_reference,
    two_people,
)
from realpolitik.extract._ruler_titles import ruler_title
from realpolitik.extract._state_epithets import state_epithet
from realpolitik.extract._story_people import story_people
from realpolitik.extract.confidence import DEFINITE, REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors, Mention
    from realpolitik.extract.parties._model import EarlierAct

_OWNER_PREPS = frozenset({"of", "from"})
_DET_DEPS = frozenset({"det", "nummod", "predet"})
_THEIR = "their"
# A state's envoys abroad: "the ambassador" is the one the story named ("Togo's ambassador").
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "consul", "emissary"})
_ENVOY = "envoy"
# A state's offices named again by their word alone: "the ministry", "the embassy", "the high
# commission" are the office of that word the story placed last (fresh20's A).
OFFICE_NOUNS = frozenset({"ministry", "embassy", "commission", "consulate", "presidency",
                          "mission"})  # fmt: skip
# "the mission" is any diplomatic office the story placed last ("X's High Commission in Y
# said ... The mission complained", fresh21's I): its text ends in one of these.
_MISSION_NOUNS = frozenset({"mission", "embassy", "consulate", "commission"})
_MISSION_ENDS = ("embassy", "consulate", "high commission", "legation", "mission")
# An envoy the story did not name, and the sending of an official that makes him one.
_SENT_ENVOYS = frozenset({"envoy", "emissary"})
_SENDING = frozenset({"send", "dispatch"})
_VISIT = "04"
# The people an act was done to, by the act's verbs: "the deportees" of "deported 40 traders".
GROUP_ACTS = {
    "deportee": frozenset({"deport", "expel", "repatriate"}),
    "detainee": frozenset({"detain", "arrest", "hold", "seize", "capture", "jail"}),
    "evacuee": frozenset({"evacuate"}),
    "returnee": frozenset({"return", "repatriate", "deport"}),
}
# Office-holders "their" may own as the pair's: "their foreign ministers", "their envoys".
_OFFICE_NOUNS = COUNTED_PERSON_NOUNS - {"man", "woman"}
_GOVERNMENT = "GOV"  # the sector of a person noun with none of its own ("the leaders of ...")


def _pair_phrase(tok: Token) -> bool:
    """ "the two countries", "both nations", "the two neighbours": a counted pair of states with
    no words of its own that name them."""
    lemma = tok.lemma_.lower()
    if lemma not in STATE_NOUNS and lemma not in PAIR_ONLY_NOUNS:
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in _DET_DEPS}
    return bool(dets & PAIR_WORDS)


def pair_of_phrase(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "the foreign ministers of the two countries": each state of the pair with the role
    noun's sector; [] when ``tok`` has no such "of" phrase or the pair is not two states."""
    sector = actors._sectors.get(lemma, "") or (_GOVERNMENT if lemma in PERSON_NOUNS else "")
    if not sector:
        return []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in _OWNER_PREPS:
            continue
        for p in c.children:
            if p.dep_ != "pobj" or not _pair_phrase(p):
                continue
            got = counted(actors, p, p.lemma_.lower())
            codes = list(dict.fromkeys(a.ref.country for a in got if a.ref.country))
            if len(codes) != 2:
                return []
            return [Arg(ActorRef(tok.text, c3 + sector, c3), REFERRED, tok.i) for c3 in codes]
    return []


def their_pair(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "Chile and Peru have quarrelled over ... Their foreign ministers spoke by phone": a
    plural office noun owned by a "their" that opens its sentence is the offices of the
    coordinated subject of the sentence before ("they" would be those states)."""
    if lemma not in _OFFICE_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return []  # ("their troops", "their families": anyone's)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != _THEIR or owner.i != owner.sent.start:
        return []
    if owner.sent.start == 0:
        return []
    before = owner.doc[owner.sent.start - 1].sent.root
    subj = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not conjuncts(subj):
        return []
    codes = list(dict.fromkeys(a.ref.country for a in actors.resolve(subj, 1) if a.ref.country))
    if len(codes) != 2:
        return []
    sector = actors._sectors.get(lemma, "") or _GOVERNMENT
    return [Arg(ActorRef(tok.text, c3 + sector, c3), REFERRED, tok.i) for c3 in codes]


def same_envoy(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "Ghana summoned Togo's ambassador. The ambassador promised ...": "the" + an envoy's
    word, with no words of its own, is the envoy of that word the story placed last (within
    ``GROUP_BACK``; "the envoy" any of them), not unplaced nor the story's nearest state
    (fresh11's G). An office is read the same way: "Kenya's foreign ministry said ... The
    ministry summoned ...", "the high commission" (fresh20's A). A name in apposition ("the
    envoy, James Otieno") is that person where the tables place him; an envoy the story never
    named is the sender's, of the story's latest sending of an official ("Ruto sent his deputy
    to Kampala ... Museveni received the envoy", fresh20's A)."""
    if (lemma not in ENVOY_NOUNS and lemma not in OFFICE_NOUNS) or tok.tag_ != "NN":
        return []
    kids = list(tok.children)
    if [k.lower_ for k in kids if k.dep_ == "det"] != ["the"]:
        return []
    if any(k.dep_ not in ("det", "amod", "compound", "appos", "punct") for k in kids):
        return []
    for kid in kids:  # "the envoy, James Otieno": the person the tables place
        named = actors.mention_of(kid) if kid.dep_ == "appos" and lemma in ENVOY_NOUNS else None
        if named is not None and named.is_person and named.ref.country:
            return [Arg(replace(named.ref, text=tok.text), DEFINITE, tok.i)]
    words_of_its_own = " ".join(
        w.lower_
        for w in tok.subtree
        if w.dep_ != "det"
        and (w.i == tok.i or w.head.i == tok.i and w.dep_ in ("amod", "compound"))
    )
    pos = actors.doc_offset(tok)

    def same_office(m: Mention) -> bool:
        text = m.ref.text.lower()
        words = text.replace("'s", " ").split()
        last = words[-1] if words else ""
        same = text.endswith(words_of_its_own)  # "the high commission": the same office
        if lemma in _MISSION_NOUNS and not same:  # "the embassy" of a named high commission
            same = text.replace("'s", " ").rstrip().endswith(_MISSION_ENDS)
        return bool(m.ref.country) and (same or (lemma == _ENVOY and last in ENVOY_NOUNS))

    m = actors._placed.last_where(pos, GROUP_BACK, same_office)
    if m is not None:
        return [Arg(replace(m.ref, text=tok.text), DEFINITE, tok.i)]
    return _sent_envoy(actors, tok) if lemma in _SENT_ENVOYS else []


def _sent_envoy(actors: DocActors, tok: Token) -> list[Arg]:
    """The sender of the story's latest sending of an official, where the clause's other
    parties (the one who "received the envoy") are not of that state: the envoy is never his
    host's own. Only names the clause writes out are read (no resolving: it would come back
    here)."""
    own = range(tok.left_edge.i, tok.right_edge.i + 1)
    host = {
        m.ref.country
        for t in tok.head.subtree
        if t.i not in own and (m := actors.mention_of(t)) is not None and m.ref.country
    }
    sent = [a for a in actors.pair.done_to if a.lemma in _SENDING and a.root == _VISIT]
    if not sent:
        return []
    latest = [a for a in sent if a.trigger == sent[-1].trigger]
    senders = {a.source.country for a in latest if a.source.country} - host
    if len(senders) != 1:
        return []
    src = next(a.source for a in latest if a.source.country in senders)
    return [Arg(replace(src, text=tok.text), DEFINITE, tok.i)]


def group_act(actors: DocActors, lemma: str) -> EarlierAct | None:
    """The story's latest act done to the people ``lemma`` names ("deportee": a deportation)."""
    done = GROUP_ACTS.get(lemma)
    if done is None:
        return None
    for a in reversed(actors.pair.done_to):
        if a.lemma in done and a.target is not None and a.target.country:
            return a
    return None


def story_group(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "Kenya deported 40 Tanzanians. Officers had beaten several of the deportees": "the" +
    the word for the people an act was done to is the target of the story's latest such act
    (fresh11's G), not the nearest state named."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    act = group_act(actors, lemma)
    if act is None or act.target is None:
        return []
    return [Arg(replace(act.target, text=tok.text), DEFINITE, tok.i)]


def office_plural(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "Chile accused Peru of ... The foreign ministers spoke by telephone": "the" + office
    words + a plural leader noun is the story's pair as "the ministers" is; the office word
    ("foreign", "defence") names no one of its own (``_counted_people.office_modifier``)."""
    if lemma not in PERSON_NOUNS or tok.tag_ != "NNS":
        return []
    kids = list(tok.children)
    mods = [k for k in kids if k.dep_ != "det"]
    if [k.lower_ for k in kids if k.dep_ == "det"] != ["the"] or not mods:
        return []
    if not all(k.dep_ in ("amod", "compound") and office_modifier(k) for k in mods):
        return []
    pos = actors.doc_offset(tok)
    return two_people(tok, pos, actors._people, None, actors.pair.at(pos))


def counted(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """``counted_reference`` on the document's chains and story pair at ``tok``."""
    pos = actors.doc_offset(tok)
    return counted_reference(
        tok,
        lemma,
        pos,
        states=actors._states,
        people=actors._people,
        placed=actors._placed,
        dyad=actors.pair.at(pos),
        sides=actors.pair.sides_at(pos),
        story=actors.pair,
    )


def possessing_pair(actors: DocActors, tok: Token) -> list[str]:
    """The two states "the two countries'" / "both nations'" before ``tok`` name, else []."""
    for c in tok.children:
        if c.dep_ == "poss" and _pair_phrase(c):
            got = list(dict.fromkeys(a.ref.country for a in counted(actors, c, c.lemma_.lower())))
            return [c3 for c3 in got if c3] if len(got) == 2 else []
    return []


def pair_reference(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "the ministers of the two countries", "their ministers" (the pair's office-holders), else what
    ``counted_reference`` makes of ``tok`` ("the two countries", "the leader", ...)."""
    got = pair_of_phrase(actors, tok, lemma) or their_pair(actors, tok, lemma)
    got = got or pair_bodies(actors, tok, lemma, possessing_pair(actors, tok))  # "the two navies"
    got = got or office_plural(actors, tok, lemma) or same_envoy(actors, tok, lemma)
    got = got or story_group(actors, tok, lemma) or state_epithet(actors, tok)
    got = got or story_people(actors, tok, lemma)  # "the men" of the story's arrest
    got = got or ruler_title(actors, tok)  # "the emir": the titled person named before
    return got or counted(actors, tok, lemma)
