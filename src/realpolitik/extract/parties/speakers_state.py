"""A bare office of no written state is the state whose officials the story quotes (issue 9,
parties46: recurring.md's "actor resolution" and "role nouns as parties", every blind set).

"Officials in Hanoi said China had rammed a fishing boat. The foreign minister demanded
compensation from Beijing", "Kenya and Uganda have quarrelled. Kenyan officials said the talks
had failed. The envoy accused Kampala of ...", "Chile's foreign ministry said Peru had closed
the crossing. Officials refused to reopen talks with Lima": the office ("the foreign
minister", "the envoy", "officials", "the embassy", "the spokesman") names no state, and
stayed ``---GOV`` or was put by ``locate_unplaced`` (the stage before this one) in the state
the sentence names, which is the target's (PERGOV -> PER). News quotes one side's officials and names the other side by name or capital: a doer
that is an office of no state (its phrase names no owner: no possessor, demonym or "of / in"
phrase) is the state of whoever reports its clause ("Kenyan officials said that the minister
would ..."), else of the paragraph's latest main-clause subject that is one state (the one
the story has been quoting or whose acts it tells), never a state it acts on: where that
state is the act's target the office is left as it was (a reaction of the other side is as
likely). The target is left to the story stages after it (``story_other_side``). A story
under a dateline is left to ``locate_unplaced`` (``unplaced_people.story_doer``: the
dateline's state, or none where the earlier acts were another state's).

"Officials in Hanoi said China's coast guard had rammed a boat. The country demanded
compensation from Beijing": "the country" was the state named last (China acting on China);
a pointing noun read as the last-named state that the act then aims at itself is the quoted
state too, where the sentence names that state again outside the doer's phrase (a role
stage, ``pointing_subject``, so that the target stages after it see the quoted state as the
doer: "from Beijing" is then a target, not the doer's own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._speaker_state import POINTING_NOUNS, is_pointing, reporting_speaker
from realpolitik.extract.confidence import DEFINITE, EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OFFICE = "---GOV"
# What in an office's phrase may name its owner ("their envoy", "officials of the two
# countries", "the ambassador to Y"): left to the stages that read it. (An adjective or a
# compound names no state here: the resolver found none in the phrase.)
_OWNER_DEPS = frozenset({"poss", "nmod", "appos", "conj"})
_OWNER_PREPS = frozenset({"of", "from", "in", "for", "at", "to"})
_OFFICIAL = frozenset({"", "GOV"})  # a state, its government or officials: its voice
_MAX_BACK = 3  # earlier sentences of the paragraph read for the quoted state


def speakers_office(s: Site, c: Candidates) -> Candidates:
    """ "... Kenyan officials said the talks had failed. The envoy accused Kampala of seizing
    boats": a doer that is an office of no written state takes the reporter's state, else
    the paragraph's latest one-state main subject (see the module docstring)."""
    if not c.pairs or not any(a.ref.code == _OFFICE or _self_placed(s, a, b) for a, b in c.pairs):
        return c
    if s.actors.dateline is not None:
        return c  # (a dateline's state decides: ``unplaced_people.story_doer``, names17)
    pairs = []
    for a, b in c.pairs:
        unplaced = a.ref.code == _OFFICE or _self_placed(s, a, b)
        if unplaced and (tok := _bare_office(s, a)) is not None:
            state = _quoted_state(s, tok)
            if state and (b is None or b.ref.country != state):
                a = Arg(ActorRef(a.ref.text, state + "GOV", state), EARLIER, a.tok)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _self_placed(s: Site, a: Arg, b: Arg | None) -> bool:
    """An office of no written state that ``locate_unplaced`` put in the state the sentence
    names, which is its own act's target ("Officials refused to reopen talks with Lima":
    PERGOV -> PER)."""
    if b is None or not a.ref.country or a.ref.country != b.ref.country or a.quality >= 1:
        return False
    if not s.ctx.sent.start <= a.tok < s.ctx.sent.end:
        return False
    got = s.actors.resolve(s.tok.doc[a.tok])
    return len(got) == 1 and got[0].ref.code == _OFFICE


@acts_on(words=POINTING_NOUNS)  # (the doer is a word of the sentence: ``_pointing``)
def pointing_subject(s: Site, c: Candidates) -> Candidates:
    """ "... The country demanded compensation from Beijing" after a story that quotes
    Vietnam's officials: "the country" read as the last-named state, which the sentence names
    again outside the doer's phrase, is the quoted state (see the module docstring)."""
    if len(c.sources) != 1 or c.sources[0].quality != DEFINITE:
        return c
    a = c.sources[0]
    tok = _pointing(s, a)
    if tok is None or not _named_again(s, tok, a.ref.country):
        return c
    state = _quoted_state(s, tok)
    if not state or state == a.ref.country:
        return c
    code = state + ("GOV" if tok.lemma_.lower() == "government" else "")
    return c.with_sources([Arg(ActorRef(a.ref.text, code, state), EARLIER, a.tok)])


def _named_again(s: Site, tok: Token, country: str | None) -> bool:
    """Whether the sentence names ``country`` outside ``tok``'s phrase (its mentions, read
    only for a doer that is a pointing noun)."""
    actors = s.actors
    sent = s.ctx.sent
    lo, hi = actors.doc_offset(sent[0]), actors.doc_offset(sent[-1]) + len(sent[-1].text)
    own_lo = actors.doc_offset(tok.left_edge)
    own_hi = actors.doc_offset(tok.right_edge) + len(tok.right_edge.text)
    return any(
        lo <= m.start < hi and not own_lo <= m.start < own_hi and m.ref.country == country
        and not m.ref.code.startswith("---")
        for m in actors.mentions
    )  # fmt: skip


def _pointing(s: Site, a: Arg) -> Token | None:
    """The doer's token where it is "the country" / "the government" read as the state named
    last (``DEFINITE``)."""
    if a.quality != DEFINITE or not a.ref.country:
        return None
    sent = s.ctx.sent
    if not sent.start <= a.tok < sent.end:
        return None
    tok = s.tok.doc[a.tok]
    return tok if tok.lemma_.lower() in POINTING_NOUNS and is_pointing(tok) else None


def _bare_office(s: Site, a: Arg) -> Token | None:
    """The doer's token where it is a noun of the sentence whose phrase names no owner."""
    sent = s.ctx.sent
    if not sent.start <= a.tok < sent.end:
        return None
    tok = s.tok.doc[a.tok]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for k in tok.children:
        if k.dep_ in _OWNER_DEPS or (k.dep_ == "prep" and k.lower_ in _OWNER_PREPS):
            return None
    return tok


def _quoted_state(s: Site, tok: Token) -> str | None:
    """The state of whoever reports ``tok``'s clause, else of the latest main-clause subject
    of the paragraph's earlier sentences that is one state; None where that subject is two
    states ("Kenya and Uganda have quarrelled") or none is found."""
    speaker = reporting_speaker(s.actors, tok, 0)
    if speaker is not None and speaker.ref.country and not speaker.ref.code.startswith("---"):
        return speaker.ref.country
    sent = s.ctx.sent
    doc = s.tok.doc
    for _ in range(_MAX_BACK):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        got = _subject_states(s, sent)
        if len(got) > 1:
            return None
        if got:
            return got.pop()
    return None


def _subject_states(s: Site, sent: Span) -> set[str]:
    """The states the main clause's subject names (its conjuncts included) where it is a
    state or its government, who speak for it ("Ugandan police arrested two traders" quotes
    no one: the office after it may be the traders' state's)."""
    subj = next((k for k in sent.root.children if k.dep_ == "nsubj"), None)
    if subj is None:
        return set()
    return {
        a.ref.country
        for a in s.actors.resolve(subj)
        if a.ref.country and a.ref.code[len(a.ref.country) :] in _OFFICIAL
    }


__all__ = ["pointing_subject", "speakers_office"]
