"""An agentless arrest, seizure or deportation of one state's people is done by the other state
of the story (issue 9 round 18, recur1: the agentless passive kind AP, fresh5-fresh11).

"Nepal complained to India about the treatment of its workers. Forty Nepali workers were
deported on Friday", "Peru accused Chile of harassing its fishermen. Two Peruvian trawlers were
seized off Arica": the passive names no doer, but the story's latest hostile act between the
victims' state and one other state names who holds them. ``agentless.seat_of_government_doer`` reads a
place or an announcing office in the sentence itself; this stage, after it, reads the story,
for every verb of coercion (CAMEO 17), keyed on the passive and the placed victims rather than
on one act noun.

``carried_victims`` (round 19, fut25: fresh13's AP) reads the people of the story act one
sentence before (or two: parties31): "Kenyan police detained 15 Ugandan traders. Three of the traders were beaten in
custody, their union said": the passive's victims ("three of the traders", "the men", "they")
name again the people a state's police or army held, hurt or fired on, so the harm is that
doer's (KENCOP) against the victims' state (UGA), reported where the sentence is voiced; the
victims' placement is carried over from the earlier sentence, where the parse of this one has
none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._codebook import UNNAMED
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import (
    Candidates,
    EarlierAct,
    Site,
    home_of,
    unknown,
)
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.extract.parties.context_referents import referent_fits
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_COERCE = "17"  # CAMEO: arrest, detain, seize, deport
_HOSTILE_FROM = "10"  # CAMEO roots from 10 (demand) on are the conflictual ones


@acts_on(noun=False, roots=(_COERCE,))
def story_state_doer(s: Site, c: Candidates) -> Candidates:
    """ "Two Peruvian trawlers were seized off Arica" after "Peru accused Chile of harassing its
    fishermen": CHL -> PER 17; the victims are the passive's subject (not a "to" destination);
    with no earlier hostile act between their state and another, the doer stays unnamed."""
    if not c.pairs or s.noun or s.root != _COERCE or not _agentless(s.tok):
        return c
    victims = next((k for k in s.kids if k.dep_ == "nsubjpass"), None)
    if victims is None:
        return c
    span = range(victims.left_edge.i, victims.right_edge.i + 1)
    pairs = []
    for a, b in c.pairs:
        if a.ref.code == UNNAMED.code and b is not None and b.ref.country and b.tok in span:
            b = _craft_of_its(s, b)
            holder = _holder(s, b.ref.country) if b.ref.country else None
            if holder is not None:
                a = Arg(ActorRef(holder, holder, holder), EARLIER, s.tok.i)
        pairs.append((a, b))
    return c.with_pairs(_one_side(s, pairs))


_ITS = frozenset({"its", "their"})


def _craft_of_its(s: Site, b: Arg) -> Arg:
    """ "Iran seized a British tanker. Its crew were detained": "its" read as the seizer is
    the seized craft's; its crew are the craft's state's, held by the seizer (leftovers40)."""
    if b.ref.text.lower() not in _ITS:
        return b
    for act in reversed(recent(s, 1)):
        if act.root != _COERCE or act.target is None:
            continue
        if act.source.country == b.ref.country and act.target.country not in (None, b.ref.country):
            return Arg(act.target, EARLIER, b.tok)
        return b
    return b


def _one_side(s: Site, pairs: list[tuple[Arg, Arg | None]]) -> list[tuple[Arg, Arg | None]]:
    """ "Japan jailed three Afghan students. The two men have been held without charge": "the
    two men" read as the two sides of the story makes each side the other's holder; the story's
    latest coercion between the two names who holds whom (JPN -> AFG), never both ways."""
    crossed = {(a.ref.country, b.ref.country) for a, b in pairs if b is not None}
    sides = {x for x, y in crossed if (y, x) in crossed and x and x != y}
    if len(sides) != 2:
        return pairs
    for act in reversed(s.ctx.earlier):
        if act.root != _COERCE or act.target is None:
            continue
        doer, held = home_of(act.source), act.target.country
        if {doer, held} == sides:
            return [(a, b) for a, b in pairs if b is None or b.ref.country != doer]
    return pairs


def _holder(s: Site, victims_state: str) -> str | None:
    """The other state of the story's latest earlier hostile act (CAMEO 10 on) between the
    victims' state and one other: who the complaint, the protest or the arrest before was
    about. A meeting or a deal between the two names no one who holds people."""
    for act in reversed(s.ctx.earlier):
        if act.target is None or act.root < _HOSTILE_FROM:
            continue
        countries = (act.source.country, act.target.country)
        if victims_state not in countries or countries[0] == countries[1]:
            continue
        other = countries[1] if countries[0] == victims_state else countries[0]
        if other:
            return other
    return None


def holder_of(s: Site, victims_state: str) -> str | None:
    """``_holder`` for other stages (``held_releases``: a release with no place named)."""
    return _holder(s, victims_state)


def _agentless(tok: Token) -> bool:
    """A passive verb with no "by" agent ("were deported", "had been seized")."""
    kids = list(tok.children)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)


# Harm done to people in custody or on the spot: coercion (17), assault (18), force (19).
_HARMS = frozenset({"17", "18", "19"})
# The story act the victims come from: a state's coercion, assault or force on people.
_STORY_ROOTS = frozenset({"17", "18", "19", "20"})
# The story act is told in this sentence or the two before: a reaction may stand between the
# deportation and the deportees' own account ("Estonian police deported 80 Latvian men. The
# minister said the deportations would go on. Several of the men said they had been beaten":
# parties31, fresh16's AP); the victims must still name the act's people again.
_STORY_SENTENCES = 2
# The people named again by the story act's own noun ("the traders" after "arrested 14 Kenyan
# traders") may be told a sentence further back: a summons and a demand may stand between the
# arrest and the police's word on the traders' fate (parties35, fresh18's X).
_OWN_NOUN_SENTENCES = 3
# A release or a return of people held (08: "the reporters were released on Saturday") is done
# by whoever held them: only a holding story act (17) names that doer (parties29: fresh15's AP).
_RELEASE = "08"
_HOLDING_ROOTS = frozenset({"17"})
# People held are freed days later, after the requests for their release: the holding act may
# be told a few sentences before ("... detained two Estonian journalists. Tallinn asked Riga to
# let its consul visit the pair. The two were released on Tuesday"), and named again as a group.
_RELEASE_SENTENCES = 3
# Further back still when the released are the holding act's own people noun again ("The five
# engineers were released on bail, according to the embassy" after a request, a meeting and a
# refusal to apologise: parties53, fresh27's I): the noun, not a pronoun, carries them back.
_RELEASE_NOUN_SENTENCES = 6
_HELD_AGAIN = frozenset({"they", "both", "pair", "two", "three", "all"})
_THEY = frozenset({"they"})
# One person held, named again by "he" / "she" ("Ugandan police detained a Tanzanian
# journalist. He was being questioned over his reporting": parties47, fresh23's B); and the
# questioning of people held (09) is the holder's as their harm is.
_ONE_PERSON = frozenset({"he", "she"})
_QUESTIONED = "09"


@acts_on(noun=False, roots=_HARMS | {_RELEASE, _QUESTIONED})
def carried_victims(s: Site, c: Candidates) -> Candidates:
    """ "Three of the traders were beaten in custody" after "Kenyan police detained 15 Ugandan
    traders": an agentless harm whose victims name again the people of the story act before
    (by one state's police, army or government, on another state's people) is that act's
    doer's, aimed at the victims' state; only where the sentence names no doer and places the
    victims in no other state. "The reporters were released on Saturday" after "Latvian police
    detained three Estonian reporters": the release of people a story act held is the holder's
    (LVACOP -> EST 08), as only the holding act names who can free them."""
    if s.noun or s.root not in _HARMS | {_RELEASE, _QUESTIONED}:
        return c
    if any(not unknown(a) for a in c.sources):
        return c
    organ = _organ_agent(s)
    passive = s.tok if organ else _passive_of(s)
    victims = None if passive is None else child(passive, "nsubjpass")
    if victims is None:
        return c
    placed = {a.ref.country for a in c.targets if a.ref.country}
    act = _story_act(s, victims, placed, s.root == _RELEASE, organ)
    if act is None or act.target is None:
        return c
    hurt = [Arg(act.target, EARLIER, victims.i)]
    if placed and placed != {home_of(act.source)} and s.root != _RELEASE:
        hurt = list(c.targets)
    return c.with_sources([Arg(act.source, EARLIER, s.tok.i)]).with_targets(hurt)


# A second participle with a doer, an object or a clause of its own shares no passive subject.
_OWN_ROLES = frozenset({"nsubj", "nsubjpass", "agent", "csubj", "dobj", "ccomp", "xcomp"})
_PARTICIPLE = frozenset({"VBN", "VBD"})  # (the parser tags "and freed" VBD at times)


def _passive_of(s: Site) -> Token | None:
    """The agentless passive verb whose subject names the site's people: the verb itself, or,
    for a second participle joined by "and" ("were questioned for a day and released without
    charge": parties56, fresh30's B), the first one, whose subject and auxiliary it shares."""
    if _agentless(s.tok):
        return s.tok
    tok = s.tok
    if (
        tok.dep_ != "conj"
        or tok.tag_ not in _PARTICIPLE
        or any(k.dep_ in _OWN_ROLES for k in s.kids)
    ):
        return None
    return tok.head if tok.head.tag_ == "VBN" and _agentless(tok.head) else None


# The sectors of a state's own organs: its police, its forces, its officials.
_ORGANS = frozenset({"COP", "MIL", "GOV"})


def _organ_agent(s: Site) -> bool:
    """A passive whose "by" agent is a state's police, forces or officials named without their
    state ("the students had been stopped by border police", "... by federal police" after
    "Y-ian police detained two X-ian students": parties56, fresh30's B): the agent names a
    state's organ, and only the story's holding act says which state's."""
    tok = s.tok
    if child(tok, "auxpass") is None or (agent := child(tok, "agent")) is None:
        return False
    obj = child(agent, "pobj")
    got = [] if obj is None else s.actors.resolve(obj)
    return bool(got) and all(unknown(a) and a.ref.code[3:6] in _ORGANS for a in got)


def _story_act(
    s: Site, victims: Token, placed: set[str], release: bool, organ: bool = False
) -> EarlierAct | None:
    """The latest story act of coercion, assault or force by one state on another's people
    whose people ``victims`` names again ("three of the traders", "the men", "they"), or, for
    victims the sentence places (``placed``: "three Ugandan traders"), on that state's people.
    A release (``release``) or an act by an unplaced state organ (``organ``) may name a holding
    told as background."""
    roots = _HOLDING_ROOTS if release else _STORY_ROOTS
    words = _HELD_AGAIN if release else _THEY
    back = _RELEASE_NOUN_SENTENCES if release else _OWN_NOUN_SENTENCES
    near = {id(a) for a in recent(s, _STORY_SENTENCES)}
    held = {id(a) for a in recent(s, _RELEASE_SENTENCES)} if release else set()
    for act in reversed(recent(s, back)):
        # A release undoes its holding even where the holding was told as background ("summoned
        # Y's envoy after Y-ian police detained three X-ian traders. The traders were released
        # ...": parties56, fresh30's B); a harm names a story act that is itself news.
        if (
            act.root not in roots
            or act.target is None
            or (act.background and not (release or organ))
        ):
            continue
        if release and id(act) not in held and not _held_noun(victims, act):
            continue
        if not release and id(act) not in near and not _same_noun(victims, act):
            continue
        own, hurt = home_of(act.source), act.target.country
        if not own or not hurt or own == hurt or act.source.code.startswith(UNNAMED.code):
            continue
        if placed == {hurt}:
            return act
        fits = act.thing is not None and referent_fits(victims, act.thing, act.root, words)
        if victims.lower_ in _ONE_PERSON and not release and act.root in _HOLDING_ROOTS:
            fits = act.thing is not None and not act.thing[1]  # one person held: "he"
        if fits and (not placed or placed == {own} or (release and hurt in placed)):
            # ("two of them" read as the doer's guards: the people they held; a group word of
            # a release, "the pair", read as both sides of the story)
            return act
    return None


def _held_noun(victims: Token, act: EarlierAct) -> bool:
    """``victims`` is the story act's own plural people noun ("the five engineers")."""
    return act.thing is not None and act.thing[1] and victims.lemma_.lower() == act.thing[0]


def _same_noun(victims: Token, act: EarlierAct) -> bool:
    """``victims`` is "the" + the story act's own people noun ("the traders")."""
    dets = {k.lower_ for k in victims.children if k.dep_ == "det"}
    return act.thing is not None and dets == {"the"} and victims.lemma_.lower() == act.thing[0]


__all__ = ["carried_victims", "holder_of", "story_state_doer"]
