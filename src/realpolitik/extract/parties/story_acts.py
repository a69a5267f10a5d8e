"""Acts whose clause names no second state, aimed at the story's other state (issue 9 round 21,
parties29: fresh15's class X; recurring.md's "target only in the story").

"Togolese guards shot three Beninese men. Cotonou threatened to close the crossing", "Estonian
guards detained Latvian drivers. Riga demanded an explanation", "Chile's president ordered the
army to reinforce patrols along the border": a demand (10), a refusal (12), a threat (13) or a
show of force (15) by a state or its government that names no one, told as done (asserted or
reported), is aimed at the other state of the story, as a yield (08, ``story_yield``) and a
commitment (03, ``story_commitments``) already are, and as a hedged hostile act is
(``hedged_partner``). The other state is the one the paragraph names besides the doer's
(names, capitals, demonyms, office-holders), a conjoined clause of the act's sentence
included; where it names none, the story's latest act between the doer's state and one other
(``story_partner``); where it names several, no one. A refusal only where that state asked or
demanded something of the doer before (GUIDE rule 5: a refusal needs something to refuse).
Done by the state or its government only: a demand of its farmers or students, a threat by its
police, are no act between states. Not where the act's own object or "against" phrase names
people of the doer's own state or of none, its army aside: "threatened to arrest protesters",
"demanded the minister's resignation", "sent riot police to its border region" are domestic.

"The May trip by Chile's prime minister yielded an accord": a visit noun whose phrase names no
place went to the story's other state (the same reading, for visits, ``visit_noun_host``, in ``story_visits``).

"Argentine police detained 12 Chilean drivers and confiscated four lorries", "Chile freed the
Argentine drivers and returned their lorries": the second conjunct of a seizure or a release,
whose object is a thing with no state named, takes the first conjunct's people (and their state)
as owners (``conjoined_thing_owner``, in ``conjoined_things``). The story's other state is
read in ``_story_states``; all re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._hedged_acts import idle_without_object
from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import DONE_FACTS, REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.factuality import factuality_of
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import _NO_STATE, document_partner, other_state
from realpolitik.extract.parties.conjoined_things import conjoined_thing_owner
from realpolitik.extract.parties.denied_involvement import charge_content
from realpolitik.extract.parties.story_visits import _VISIT_CODES, _placed_verb, visit_noun_host
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


# Demands, refusals, threats and shows of force between states.
_STORY_ROOTS = frozenset({"10", "12", "13", "15"})
_REFUSAL = "12"
# parties31 (fresh16's X): the other kinds that name no one and answer the story's other state:
# a denial (016: "denied that the closure was meant to pressure Lome"), a cut of relations (16:
# "froze the businessman's accounts", "was wrong to keep the ban") and a commitment withheld
# from the state that asked (03 negated or hedged: "made no promise").
_DENIAL_ROOT = "01"
_DENIAL = "016"
_CUT_ROOT = "16"
_COMMITMENT = "03"
_ANSWER_ROOTS = frozenset({_COMMITMENT})
# parties33 (fresh17's X): aid (07: "is unlikely to lend again"), done or hedged, is given to
# the story's other state as a cut of it is.
_AID_ROOT = "07"
_RECIPIENT_PREPS = frozenset({"to", "for"})
# parties35 (fresh18's X): a visit (042) that names no place, made or not made ("has not sent
# its labour minister to explain what happened"), goes to the story's other state.
_VISIT_ROOT = "04"
_NEGATED = "negated"
_GOVERNMENT_SECTORS = frozenset({"", "GOV", "GOVMIL"})
# Arcs followed down from the trigger to the acts it frames ("threatened to close",
# "ordered the army to reinforce").
_FRAMED = frozenset({"xcomp", "ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# The doer's armed forces, sent or reinforced: an instrument of the act, no domestic party
# (its police sent to its own region are a home deployment: lex27's l27_home_deployment).
_FORCE_SECTORS = frozenset({"MIL"})
# Words that name a proceeding's kind, never its party ("a court case", "tribunal action").
_LEGAL_KINDS = frozenset({"court", "tribunal", "arbitration"})
_DEFINITE = frozenset({"the", "that", "this"})
# Requests for a wanted person: the person named again later is the requester's national.
_WANTED_ACTS = frozenset({"extradite", "hand", "surrender", "return", "deport"})


def _by_government(s: Site, a: Arg) -> bool:
    """``a`` is the state or its government: a name, a capital, a leader, a ministry; not its
    police, army, farmers or students (coded as the state with a sector)."""
    if a.ref.code.startswith(_NO_STATE) or not a.ref.country:
        return False
    sector = a.ref.code[3:]
    if sector not in _GOVERNMENT_SECTORS:
        return False
    if sector:
        return True
    tok = s.tok.doc[a.tok] if 0 <= a.tok < len(s.tok.doc) else None
    subject = s.child("nsubj")  # ("Kenya's farmers demanded": people, coded as the state)
    if subject is not None and subject.pos_ == "NOUN":
        return False
    if tok is not None and _people_word(s, tok):
        return False  # ("Ethnic Albanians have sworn to fight": people, not the government)
    return tok is None or tok.pos_ == "PROPN"


def _people_word(s: Site, tok: Token) -> bool:
    """``tok`` is a demonym standing for people ("Albanians", "the Uzbeks"), not for a state's
    government as a name or capital does."""
    m = s.actors.mention_of(tok)
    return m is not None and m.kind == "demonym" and tok.dep_ not in ("amod", "compound")


def _framed_heads(tok: Token) -> list[Token]:
    """The trigger and the verbs it frames, two levels down."""
    heads = [tok]
    for h in list(heads):
        heads += [k for k in h.children if k.dep_ in _FRAMED]
    for h in list(heads[1:]):
        heads += [k for k in h.children if k.dep_ in _FRAMED and k not in heads]
    return heads


def _names_home_people(s: Site, own: str) -> bool:
    """An object of the act or of an act it frames names an actor of the doer's own state or of
    no state ("to arrest protesters", "the minister's resignation", "its officials"): a
    domestic act, whatever the story. What a denied charge states ("rejected any suggestion of
    Tanzanian involvement": the denier charged) is not its object's people (clauses35)."""
    content = charge_content(s)
    for h in _framed_heads(s.tok):
        for o in h.children:
            if o.dep_ not in _OBJECT_DEPS and not (o.dep_ == "prep" and o.lower_ == "against"):
                continue
            for t in o.subtree:
                if any(lo <= t.i <= hi for lo, hi in content):
                    continue
                if t.dep_ == "compound" and t.lemma_.lower() in _LEGAL_KINDS:
                    continue  # ("to threaten a court case": the kind of case, parties31)
                if _asked_for_person(s, t, own):
                    continue  # ("froze the businessman's accounts": the one Y asked for)
                for a in s.actors.resolve(t) if t.pos_ in ("NOUN", "PROPN", "PRON") else []:
                    if a.ref.code[3:6] in _FORCE_SECTORS:
                        continue  # ("sent more troops to the border": its own forces)
                    if a.ref.country == own or a.ref.code.startswith(_NO_STATE):
                        return True
    return False


def _asked_for_person(s: Site, tok: Token, own: str) -> bool:
    """``tok`` is a definite noun of no state ("the businessman", "the pair") that names again
    the person an earlier request by another state was about ("asked Benin to extradite a
    businessman"; the request's own object, or a request to extradite or hand over someone):
    that state's national by the story, not a home party of ``own`` (parties31, fresh16's X)."""
    if tok.pos_ != "NOUN" or not any(k.lower_ in _DEFINITE for k in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if not all(a.ref.code.startswith(_NO_STATE) for a in s.actors.resolve(tok)):
        return False  # (a placed person: "the Beninese businessman" is Benin's)
    for act in s.ctx.earlier:
        if act.root not in REQUEST_ROOTS or not act.source.country or act.source.country == own:
            continue
        if (act.thing is not None and act.thing[0] == lemma) or _WANTED_ACTS & set(act.asked):
            return True
    return False


def _asked_by(s: Site, own: str, other: Arg) -> bool:
    """The story has the other state ask or demand something of ``own`` before (GUIDE rule 5:
    a refusal needs something to refuse, and is aimed at whoever asked)."""
    for act in s.ctx.earlier:
        if act.root not in REQUEST_ROOTS or act.target is None:
            continue
        if act.source.country == other.ref.country and act.target.country == own:
            return True
    for i, f in s.ctx.triggers.items():  # ("Y asked X to free them, but X made no promise")
        if i >= s.tok.i or f.code[:2] not in REQUEST_ROOTS:
            continue
        got = s.ctx.roles_of(f)
        if any(a.ref.country == other.ref.country for a in got.sources) and any(
            b.ref.country == own for b in got.targets
        ):
            return True
    return False


def _denied_state(s: Site, own: str) -> Arg | None:
    """The one state other than ``own`` named inside the denied "that" clause ("denied that
    the closure was meant to pressure Lome"): whom the denial answers."""
    found: dict[str, Arg] = {}
    for k in s.kids:
        if k.dep_ != "ccomp":
            continue
        for t in k.subtree:
            m = s.actors.mention_of(t)
            if m is None or not m.is_state or not m.ref.country or m.ref.country == own:
                continue
            found.setdefault(m.ref.country, Arg(m.ref, EARLIER, s.tok.i))
    return next(iter(found.values())) if len(found) == 1 else None


def _story_kind(s: Site) -> bool:
    """The kinds of act that are aimed at the story's other state when they name no one."""
    if s.root == _DENIAL_ROOT:
        return s.code.startswith(_DENIAL)
    if s.root == _CUT_ROOT:  # a cut names what it cuts ("froze the accounts", "keep the ban")
        return not s.noun and s.child("dobj") is not None
    if s.root == _AID_ROOT:  # aid that names no recipient ("gave grants to the councils" does)
        return not s.noun and not any(
            k.dep_ == "dative" or (k.dep_ == "prep" and k.lower_ in _RECIPIENT_PREPS)
            for k in s.kids
        )
    if s.root == _VISIT_ROOT:  # a visit made or not made that names no place (parties35)
        return not s.noun and s.code.startswith(_VISIT_CODES) and not _placed_verb(s)
    return s.root in _STORY_ROOTS or s.root in _ANSWER_ROOTS or s.root in (_CUT_ROOT, _AID_ROOT)


@acts_on(noun=False, roots=_STORY_ROOTS)
def story_act_partner(s: Site, c: Candidates) -> Candidates:
    """A demand, refusal, threat or show of force by a state that names no one, told as done:
    the paragraph's (else the story's) other state as its target. An act asked for, feared or
    planned ("asked Y to use its seat to demand ...", "said X's deployment might ...") is left
    to the stages of hedged acts (``hedged_partner``); a refusal that may come, to
    ``story_kind_partner``."""
    if not c.pairs or s.noun or s.root not in _STORY_ROOTS:
        return c
    return _story_fill(s, c, answers=False)


@acts_on(roots=_ANSWER_ROOTS | {_CUT_ROOT, _DENIAL_ROOT, _REFUSAL, _AID_ROOT, _VISIT_ROOT})
def story_kind_partner(s: Site, c: Candidates) -> Candidates:
    """A cut (a freeze, a ban kept) or a denial by a state that names no one, told as done:
    the paragraph's (else the story's) other state as its target, as ``story_act_partner``
    reads demands and threats; also an answer to the other state's request: a refusal that may
    come ("its courts may yet refuse") or a promise not made ("made no promise") is aimed at
    whoever asked, by the state or any body of it (parties31, fresh16's class X). After the
    stages of continued measures (``continued_acts``): their reading comes first."""
    if not c.pairs or not _story_kind(s) or (s.noun and s.root != _COMMITMENT):
        return c  # (a promise noun withheld, "made no promise", is read here too)
    return _story_fill(s, c, answers=True)


def _story_fill(s: Site, c: Candidates, *, answers: bool) -> Candidates:
    """The story's other state for the untargeted pairs of a story act (see the stages);
    ``answers``: also a refusal or a promise withheld that is not told as done."""
    if all(b is not None for _, b in c.pairs or ()):
        return c
    if idle_without_object(s.tok):
        return c  # ("Lome should not give in": advice with nothing to aim at, parties40)
    fact = factuality_of(s.tok, sent=s.ctx.sent)
    done = not s.found.negated and fact in DONE_FACTS
    if not done and not answers:
        return c
    withheld = s.found.negated or fact == _NEGATED  # ("made no promise")
    answer = s.root == _REFUSAL or (s.root == _COMMITMENT and withheld)
    if s.root == _COMMITMENT and done:
        return c  # (a commitment made: ``story_commitments``)
    if not done and not answer and s.root not in (_AID_ROOT, _VISIT_ROOT):
        return c  # (aid hedged, "is unlikely to lend again", is given to the same state; a
        # visit not made, "has not sent its minister to explain", is the one owed to it)

    def partner(own: str) -> Arg | None:
        if s.root != _VISIT_ROOT and _names_home_people(s, own):
            return None  # (a visitor sent, "its labour minister", is the visit's own envoy)
        b = _denied_state(s, own) if s.root == _DENIAL_ROOT else None
        b = b or other_state(s, own) or document_partner(s, own)
        if b is not None and answer and not _asked_by(s, own, b):
            return None  # (a refusal needs something asked)
        if b is not None and s.root == _VISIT_ROOT and b.ref.country:
            country = b.ref.country  # (a visit goes to the state, not to its traders)
            return Arg(ActorRef(b.ref.text, country, country), b.quality, b.tok)
        return b

    def by(a: Arg) -> bool:
        if answer and not done:
            return bool(a.ref.country) and not a.ref.code.startswith(_NO_STATE)
        return _by_government(s, a)

    return c.fill_targets(partner, by=by)


__all__ = [
    "conjoined_thing_owner",
    "document_partner",
    "other_state",
    "story_act_partner",
    "story_kind_partner",
    "visit_noun_host",
]
