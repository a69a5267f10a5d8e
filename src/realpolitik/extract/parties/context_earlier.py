"""Reactions whose counterpart is only in an earlier sentence of the same document.

"Russia seized a Norwegian boat. Norway lodged a protest", "Britain pulled its troops out of
Chad. Chad had asked for the withdrawal", "Bolivia freed two soldiers. Peru welcomed the
release": a protest, demand, request, commitment, refusal, welcome or criticism that names no
target of its own answers an act of an earlier sentence, and is aimed at that act's doer.
Two stages, in this order (one reading each, both only when the sentence names no target):

- ``earlier_act_doer``: the reaction names the act by a definite noun ("the release", "the
  exclusion", "the decision"); the noun picks the act (``pick_named_act``).
- ``answered_act_doer``: the reaction names no act ("lodged a protest", "agreed to review its
  rules"); it answers the latest act done to the reacting state by another.

The acts within reach and the nouns that name them are read in ``_earlier_acts.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._conditions import CONDITION_MARKS, INVERTED_AUX
from realpolitik.extract._mentions import Arg
from realpolitik.extract._pos import VERBAL
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract._unnamed_attackers import stateless_crime_before
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import (
    _APPROVE,
    _BODY_PREFIX,
    _DENIAL,
    _GIVING_ROOTS,
    _GIVING_VERBS,
    _NO_DEED_ROOTS,
    _PHRASE_PREPS,
    ACQUIRE_NOUNS,
    GENERIC_DEEDS,
    NAMING_ROOTS,
    SAID_NOUNS,
    _body_owner,
    _done_to,
    _getter,
    _named_act_noun,
    _side,
    noun_roots,
    thing_named,
    unevented_act,
)
from realpolitik.extract.parties._earlier_acts import ANAPHORIC_DETS as ANAPHORIC_DETS
from realpolitik.extract.parties._earlier_acts import ANSWERED_SENTENCES as ANSWERED_SENTENCES
from realpolitik.extract.parties._earlier_acts import MATERIAL_ROOTS as MATERIAL_ROOTS
from realpolitik.extract.parties._earlier_acts import NOUN_ACTS as NOUN_ACTS
from realpolitik.extract.parties._earlier_acts import recent as recent
from realpolitik.extract.parties._earlier_acts import same_word as same_word
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, home_of, key, unknown
from realpolitik.extract.parties._reading import agent_of
from realpolitik.extract.parties._sentence_acts import sentence_acts
from realpolitik.extract.parties.owned_before import owner_named_before
from realpolitik.extract.parties.third_denials import third_state_denial

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _one_state(acts: list[EarlierAct], receiver: bool, own: set[str]) -> list[EarlierAct]:
    """The acts whose doer (or receiver) is the one state they all share; none if two fit."""
    states = {_side(a, receiver) for a in acts} - own
    return [a for a in acts if _side(a, receiver) in states] if len(states) == 1 else []


def pick_named_act(
    lemma: str, acts: list[EarlierAct], own: set[str], *, body: bool = False, one: bool = False
) -> list[Arg] | None:
    """Whom the act a definite noun names was done by (None: no act fits, so no target).

    In order: a noun of getting ("the purchase") names the receiver of the one state's giving
    act; a noun of another verb ("the release" a freeing) the one doer of that verb; else the
    latest act of the same word ("the drills" after "held drills"); else a body's act ("the
    bloc's decision"); else for words of speech ("the accusation") the latest statement, for
    deeds ("the decision") the latest deed (never a statement or a meeting), done to the
    reacting state where one was. Scene-setting acts give way to the news; with ``one``
    (approval), only when the acts that fit are of one state."""
    receiver = lemma in ACQUIRE_NOUNS
    if receiver:
        fit = [
            a for a in acts
            if a.target is not None and (a.root in _GIVING_ROOTS or a.lemma in _GIVING_VERBS)
        ]  # fmt: skip
    else:  # a noun of its verb family with no act of that family told: read on, as any noun
        fit = [a for a in acts if a.lemma in NOUN_ACTS.get(lemma, ())]
    if fit or receiver:
        pick = _one_state([a for a in fit if not a.background], receiver, own)
        if not pick:
            return None
        got = pick[-1]
        ref = _getter(got) if receiver else got.source
        return [Arg(ref, EARLIER, 0)]
    others = [a for a in acts if _side(a, False) not in own]
    if body:  # "the bloc's decision": the body's act, or none
        others = [a for a in others if a.source.code.startswith(_BODY_PREFIX)]
    if not others:
        return None
    same = [a for a in others if same_word(a.lemma, lemma)]
    same = same or [a for a in others if a.root in noun_roots(lemma)]  # "the handover"
    same = same or [a for a in others if thing_named(a, lemma)]  # "the package" (lo61)
    if same:
        pick = same
    elif lemma in SAID_NOUNS:
        pick = [a for a in others if a.root not in MATERIAL_ROOTS] or others
    else:
        pick = [a for a in others if a.root in MATERIAL_ROOTS]
        pick = pick or [a for a in others if a.root not in _NO_DEED_ROOTS]
        pick = [a for a in pick if _done_to(a, own)] or pick  # "rejected the decision"
    pick = [a for a in pick if not a.background] or pick  # the news, not its scene
    if one:  # "praised the talks" after talks of two pairs: no one
        pick = _one_state(pick, False, own)
    if not pick:
        return None
    last = pick[-1].trigger
    refs = {a.source.code: a.source for a in pick if a.trigger == last}
    return [Arg(r, EARLIER, 0) for r in refs.values()]


def _story_state(s: Site, noun: Token, own: set[str]) -> list[Arg]:
    """Where no earlier act was extracted: the subject of the previous sentence's verb of the
    same word ("Israel reopened the crossing. Egypt welcomed the reopening"), or of any verb
    for a word of any deed ("... Egypt welcomed the move"), else the other state of the dyad
    that sentence names ("Serbia kept Kosovo out of the summit. Kosovo protested the
    exclusion": the reacting state and one other only)."""
    sent = s.ctx.sent
    if sent.start == 0:
        return []
    prev = sent.doc[sent.start - 1].sent
    lemma = noun.lemma_.lower()
    if lemma in GENERIC_DEEDS or same_word(prev.root.lemma_.lower(), lemma):
        subj = child(prev.root, "nsubj")
        doers = s.actors.resolve(subj) if subj is not None else []
        if doers and all(key(a) in own for a in doers):
            return []  # "X's cabinet decided ... . X-ian rebels called the decision ...": X's own
        doers = [a for a in doers if key(a) not in own and not unknown(a)]
        if doers:
            return [Arg(a.ref, EARLIER, s.tok.i) for a in doers]
    named = [m for m in s.actors.named_between(prev.start, prev.end - 1) if m.is_state]
    doc = sent.doc
    harmed = {id(m) for i in _patients(prev.root) if (m := s.actors.mention_of(doc[i]))}
    states = {
        m.ref.country: m.ref
        for m in named
        if m.ref.country and m.ref.country not in own and id(m) not in harmed
    }
    if len(states) != 1 or not any(m.ref.country in own for m in named):
        return []
    return [Arg(next(iter(states.values())), EARLIER, s.tok.i)]


def _unevented_doer(s: Site, verb: Token, own: set[str]) -> list[Arg] | None:
    """ "A Pakistani court ruled that ... . India welcomed the ruling": the act a reaction
    names by the previous sentence's own verb, which gave no event, is aimed at that verb's
    doer (its subject or "by" agent; never the reacting side); None where it names no doer (an
    agentless passive): a reaction to an act of no one is no event (leftovers58)."""
    doer = child(verb, "nsubj") or next((p for _, p in pobjs(verb, ("by",))), None)
    if doer is None:
        return None
    got = [a for a in s.actors.resolve(doer) if key(a) not in own and not unknown(a)]
    return [Arg(a.ref, EARLIER, s.tok.i) for a in got]


def _patients(verb: Token) -> set[int]:
    """ "Two Togolese students were stabbed (by a man) in Accra", "a man stabbed two Togolese
    students": the tokens of the passive's subject or the active's object, people the act was
    done to; their state is the victims', no doer of the act a later reaction names
    ("condemned the stabbing": issue 9 round 30, clauses36, fresh24's J)."""
    return {t.i for k in verb.children if k.dep_ in ("nsubjpass", "dobj") for t in k.subtree}


def earlier_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Bolivia freed two soldiers. Peru welcomed the release", "Serbia excluded Kosovo. Kosovo
    protested the exclusion", "The EU adopted sanctions. China opposed the listing", "France
    said the measure was unjustified", "Chad had asked for the withdrawal": a reaction naming by
    a definite noun an act whose doer the sentence does not name targets the doer of that act
    in the last ``EARLIER_SENTENCES`` sentences (``pick_named_act``); with no act of another
    state there, the previous sentence's doer or dyad (``_story_state``); never the reacting
    side itself. A passive reaction ("the offer was welcomed by Y") names its act by its subject,
    and only an act the story told by that word is its target (parties55, fresh29's D)."""
    if not c.sources or c.targets:
        return c
    noun = _named_act_noun(s, passive=True)
    if noun is None or agent_of(s.actors, noun) or s.actors.resolve(noun):
        return c  # "the Russian decision", "its withdrawal" of a named state: named here
    if any(s.actors.resolve(p) for _, p in pobjs(noun, _PHRASE_PREPS)):
        return c  # "the release of X's prisoners": its own phrase names the parties
    if s.root in _JUDGING_ROOTS and stateless_crime_before(s.ctx.sent, noun):
        return c  # "... were stabbed. Y summoned X's envoy. X condemned the stabbing" (c36)
    # the earlier sentences' acts, then the acts told before the noun in its own sentence
    acts = recent(s) + sentence_acts(s, noun.i)
    if not acts and s.ctx.sent.start == 0:
        return c
    own = {key(a) for a in c.sources}
    if noun.dep_ == "nsubjpass":  # "the offer was welcomed by Y": only the act it names
        one = s.root == _APPROVE
        picked = pick_named_act(noun.lemma_.lower(), acts, own, body=False, one=one)
        return c.with_targets([Arg(a.ref, EARLIER, noun.i) for a in picked]) if picked else c
    verb = unevented_act(s, noun)
    if verb is not None:  # "A court ruled ... . Y welcomed the ruling"
        doers = _unevented_doer(s, verb, own)
        return c.with_sources([]) if doers is None else c.with_targets(doers) if doers else c
    owner = owner_named_before(s, noun, own)  # "... Y's border law. X called the law ..."
    if owner and s.root in _JUDGING_ROOTS:
        return c.with_targets(owner)
    body = any(k.dep_ == "poss" and _body_owner(k) for k in noun.children)
    one = s.root == _APPROVE  # (praise of one of two acts would be a guess)
    picked = pick_named_act(noun.lemma_.lower(), acts, own, body=body, one=one)
    if picked is None and not body:
        picked = _own_judged_doer(noun.lemma_.lower(), acts, own)
    if picked is None and not body and _own_deed(noun.lemma_.lower(), acts, own):
        return c.with_sources([])  # "... welcomed the seizure" by its own state: domestic
    if picked is None and not body and not any(_side(a, False) not in own for a in acts):
        picked = _story_state(s, noun, own)
    if not picked:
        return c
    if s.code.startswith(_DENIAL) and own_charges_denied(s, c):
        return c.with_sources([])  # "The traders denied the charges": theirs, no state's act
    if s.code.startswith(_DENIAL) and third_state_denial(c, picked, recent(s)):
        return c.with_sources([])  # "Niger also rejected the accusation" (aimed at Algeria)
    return c.with_targets([Arg(a.ref, EARLIER, noun.i) for a in picked])


# Roots of a judgement aimed at an act's doer ("condemned the X-led strikes") and nouns of force
# one such act may be named by again ("... demanded a halt to the attacks").
_JUDGING = frozenset({"10", "11", "12", "13", "14"})
_FORCE_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "raid", "bombing", "offensive", "operation", "assault",
     "shelling", "blockade", "campaign", "bombardment", "incursion", "invasion"}
)  # fmt: skip


def _own_judged_doer(lemma: str, acts: list[EarlierAct], own: set[str]) -> list[Arg] | None:
    """ "S condemned the X-led air strikes in Y. S also demanded a halt to the attacks": the
    reacting side's own earlier judgement of an act names its doer; a later noun of the same
    act is aimed at that doer again, never at the place the act was done in (leftovers56)."""
    for a in reversed(acts):
        if _side(a, False) not in own or a.root not in _JUDGING or a.thing is None:
            continue
        thing = a.thing[0]
        fits = same_word(thing, lemma) or (thing in _FORCE_NOUNS and lemma in _FORCE_NOUNS)
        if fits and a.target is not None and home_of(a.target) not in own:
            return [Arg(a.target, EARLIER, 0)]
    return None


def _own_deed(lemma: str, acts: list[EarlierAct], own: set[str]) -> bool:
    """ "Ghanaian customs seized a lorry of Ivorian cocoa. Ghanaian farmers welcomed the
    seizure": the act the noun names was done by the reacting side's own state, and no other
    state did one of that word; the reaction is domestic, aimed at no other state (issue 9,
    clauses34: fresh22's G)."""
    fit = [a for a in acts if same_word(a.lemma, lemma) or a.lemma in NOUN_ACTS.get(lemma, ())]
    return bool(fit) and all(_side(a, False) in own for a in fit)


# Roots of acts that bring charges on people: arrests, detentions, trials (173, 172 ...).
_CHARGING_ROOTS = frozenset({"17"})


def own_charges_denied(s: Site, c: Candidates) -> bool:
    """ "Spanish police arrested a former Peruvian minister. The former minister denies the
    charges": the arrested people, named again by a definite noun of the same word, deny
    the criminal charges against them; no state denies anything (names15, fresh7's DN)."""
    doc = s.tok.doc
    words = set()
    for a in c.sources:
        if not a.ref.code.startswith("---") or not 0 <= a.tok < len(doc):
            return False
        tok = doc[a.tok]
        if not any(k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in tok.children):
            return False
        words.add(tok.lemma_.lower())
    for act in recent(s):
        if act.root in _CHARGING_ROOTS and act.target is not None and act.target.text:
            last = act.target.text.split()[-1].lower()
            if last in words or last.rstrip("s") in words:
                return True
    return False


# Roots of answers that need no noun for what they answer: requests, commitments (by agreeing),
# disapproval, demands, rejections, protests.
_ANSWER_ROOTS = frozenset({"02", "03", "10", "11", "12", "14"})
# A commitment answers another's act only when it agrees or gives way ("agreed to review its
# rules"), not when it pledges an act of its own ("pledged to rebuild its army").
_YIELDING = frozenset({"agree", "accept", "consent", "concede"})
# Refusals of speech answer no act ("declined to comment", "refused to confirm").
_NO_ANSWER = frozenset({"comment", "confirm", "say", "speak", "elaborate", "discuss", "respond"})


def answers_nothing(s: Site) -> bool:
    if s.root == "03" and s.tok.lemma_.lower() not in _YIELDING:
        return True
    if s.root == "12" and "from" in s.found.entry.prep and s.child("dobj") is not None:
        return True  # "stopped four boats from leaving": its own object kept from it (lex27)
    inner = [k for k in s.kids if k.dep_ == "xcomp"]
    return any(k.lemma_.lower() in _NO_ANSWER for k in inner)


def other_states_named(s: Site, span: Span, own: set[str]) -> set[str]:
    """The states other than ``own`` whose actors ``span`` (a sentence) names."""
    return {
        m.ref.country
        for m in s.actors.named_between(span.start, span.end - 1)
        if m.is_state and m.ref.country and m.ref.country not in own
    }


# What a refusal may name as the thing refused ("refused to pay", "rejected the request").
_REFUSED_THING = frozenset({"dobj", "xcomp", "ccomp", "prep", "dative", "attr"})
_REFUSAL_ROOT = "12"


def bare_refusal_conjuncts(s: Site) -> frozenset[int]:
    """ "X has refused, and has asked Y for help instead": a refusal that names nothing refused
    answers an earlier request (GUIDE rule 5); a predicate conjoined to it (or, as parsed, to
    its parenthetical "officials say") is another act, whose states are never the refusal's
    target (context14, fresh7's X)."""
    if s.root != _REFUSAL_ROOT or s.noun or any(k.dep_ in _REFUSED_THING for k in s.kids):
        return frozenset()
    heads = [s.tok, *(k for k in s.kids if k.dep_ == "parataxis")]
    if s.tok.dep_ in ("ccomp", "parataxis") and s.tok.head.i > s.tok.i:
        heads.append(s.tok.head)  # ("X has declined, officials say, and asked Y": on "say")
    return frozenset(
        k.i
        for h in heads
        for k in h.children
        if k.dep_ == "conj" and k.pos in VERBAL and k.i > s.tok.i
    )


def named_outside(s: Site, own: set[str]) -> set[str]:
    """The other states the sentence names, less those inside a bare refusal's conjunct."""
    named = other_states_named(s, s.ctx.sent, own)
    for i in bare_refusal_conjuncts(s):
        inner = s.tok.doc[i]
        named -= other_states_named(s, inner.doc[inner.left_edge.i : inner.right_edge.i + 1], own)
    return named


@acts_on(roots=_ANSWER_ROOTS)
def answered_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Algerian ships seized a Tunisian trawler. Tunis filed a formal protest", "Zambia
    banned maize from Zimbabwe. Zimbabwe agreed to review its rules", "... Kenya demanded
    compensation": a protest, demand, request, agreement, rejection or criticism that names no
    act and no other state answers the latest act another state did to the reacting one in the
    last ``ANSWERED_SENTENCES`` sentences; with no such act, no target. A target of no state (a
    role noun: "ruled out hosting centres for migrants" after Italy's visit) gives way to it."""
    if not c.sources or not s.ctx.earlier or s.root not in _ANSWER_ROOTS:
        return c
    if c.targets and not all(unknown(a) for a in c.targets):
        return c  # (people of no state, "centres for migrants", block no counterpart)
    if _own_government_criticised(c):
        return c  # "Chile's opposition criticised the government": at home (leftovers40)
    own = {key(a) for a in c.sources}
    if answers_nothing(s) or _joint_named_act(s, c):
        return c
    noun = s.child("dobj") if s.root in _JUDGING_ROOTS else None
    if noun is not None and stateless_crime_before(s.ctx.sent, noun):
        return c  # "... were stabbed. Y summoned X's envoy. X condemned the stabbing" (c36)
    named = named_outside(s, own)
    done = [
        a for a in recent(s, ANSWERED_SENTENCES)
        if _done_to(a, own) and _side(a, False) not in own and not a.background
    ]  # fmt: skip
    if not done and s.root == _REFUSAL:
        done = _open_requests(s, own)  # "Y called for a retraction. X refused" (leftovers42)
    if not done and s.root in _PRESSING and not _definite_object(s):
        done = _own_judgements(s, own)  # "X called it a provocation. It demanded ..." (lo58)
    if not done:
        return c
    last = done[-1].trigger
    refs = {a.source.code: a.source for a in done if a.trigger == last}
    if named and not _doer_again(s, named, {r.country for r in refs.values()}):
        return c  # another state named here: the sentence's own parties decide
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in refs.values()], 1)


# What a joint act may name as the thing the doers do together ("agreed to restore ...").
_JOINT_CONTENT = frozenset({"xcomp", "ccomp", "dobj", "prep"})
_RECIPROCAL = "recip"


def _joint_named_act(s: Site, c: Candidates) -> bool:
    """ "Russia and Ukraine signed a deal. The United States and Russia agreed to restore a
    military channel": a reciprocal act (agree, sign, meet) done together by two or more states
    that names what they do is the doers' own act with each other (``each_other``), never an
    answer to an act another state did to one of them before (practice24's JP)."""
    if _RECIPROCAL not in s.found.entry.flags or s.noun:
        return False
    if len({a.ref.country for a in c.sources if a.ref.country}) < 2:
        return False
    return any(k.dep_ in _JOINT_CONTENT for k in s.kids)


_REFUSAL = "12"
# Judgements of a thing named before (disapproval, rejection, praise): its owner's (lo42).
_JUDGING_ROOTS = frozenset({"11", "12", "05"})


# Answers that press on with the reacting side's own judgement: demands, criticism, rejection,
# protest.
_PRESSING = frozenset({"10", "11", "12", "14"})


def _definite_object(s: Site) -> bool:
    """ "called the licences illegal": a definite thing judged, whose owner other stages read
    (``criticised_thing_owner``); "demanded an explanation" names none."""
    obj = s.child("dobj")
    return obj is not None and any(
        k.dep_ == "poss" or (k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS) for k in obj.children
    )


def _own_judgements(s: Site, own: set[str]) -> list[EarlierAct]:
    """ "Russia deployed troops to the Belarusian border. Poland called the deployment a
    provocation. It demanded an explanation": where no act was done to the reacting side, its
    own judgement of another state's act in the last sentences (demand, criticism, rejection,
    protest: 10-14) names whom its next bare answer presses (leftovers58)."""
    for a in reversed(recent(s, ANSWERED_SENTENCES)):
        if _side(a, False) not in own or a.root not in _JUDGING or a.background:
            continue
        if a.target is not None and a.target.country and home_of(a.target) not in own:
            return [replace(a, source=a.target)]  # (as if the judged state's own act)
    return []


def _open_requests(s: Site, own: set[str]) -> list[EarlierAct]:
    """Another state's requests or demands of the last sentences that name no addressee ("Japan
    called for a retraction. China refused to retract the remarks"): a refusal that names none
    either answers the asker, as it answers a request aimed at the refuser."""
    return [
        a for a in recent(s, ANSWERED_SENTENCES)
        if a.root in REQUEST_ROOTS and a.target is None and _side(a, False) not in own
        and not a.background and a.source.country
    ]  # fmt: skip


def _own_government_criticised(c: Candidates) -> bool:
    """ "Chile's opposition (lawmakers, unions) criticised the government" after a foreign
    act: "the government" of a domestic body is its own state's, a domestic act, never the
    story's foreign doer (leftovers40)."""
    if not c.targets or not all(a.ref.code.endswith("GOV") and unknown(a) for a in c.targets):
        return False
    return all(
        len(a.ref.code) > 3 and a.ref.country and a.ref.code[3:6] != "GOV" for a in c.sources
    )


def _doer_again(s: Site, named: set[str], doers: set[str | None]) -> bool:
    """ "Finland condemned the verdict and demanded that Moscow release him": the states the
    sentence names are only the answered act's doer, named again in a conjunct of the
    trigger, whose own object is the act's definite noun ("the verdict"), so they are no
    other party (fresh21's K, parties42)."""
    if named - doers:
        return False
    obj = s.child("dobj")
    if obj is None or obj.pos_ != "NOUN" or not any(k.lower_ == "the" for k in obj.children):
        return False
    if any(k.dep_ not in ("det", "amod") for k in obj.children):
        return False
    inside = other_states_named(s, s.tok.doc[s.tok.left_edge.i : s.tok.i + 1], set())
    return not (inside & named) and any(k.dep_ == "conj" for k in s.kids)


# Answers that the other side of a conditional answers in turn: requests, agreements,
# demands, refusals ("should A refuse to sell, B might take over ...").
_CONDITION_ROOTS = frozenset({"02", "03", "10", "12"})


def _condition_of(tok: Token) -> Token | None:
    """The verb of the main clause a conditional trigger ("should A refuse", "if A refuses")
    sets the condition of, when the condition comes first."""
    head = tok.head
    if tok.dep_ not in ("advcl", "ccomp") or head.i <= tok.i or head.pos not in VERBAL:
        return None
    marks = [k for k in tok.children if k.dep_ == "mark" and k.lower_ in CONDITION_MARKS]
    subj = child(tok, "nsubj", "nsubjpass")
    inverted = [
        k for k in tok.children
        if k.dep_ == "aux" and k.lower_ in INVERTED_AUX and subj is not None and k.i < subj.i
    ]  # fmt: skip
    return head if marks or inverted else None


@acts_on(noun=False, roots=_CONDITION_ROOTS)
def condition_counterpart(s: Site, c: Candidates) -> Candidates:
    """ "Should Beijing refuse to sell, Laos might take over the railway", "if Kenya agrees to
    pay, Uganda will restore supplies": a refusal, agreement, demand or request set as the
    condition of another state's act is aimed at that state (the main clause's subject), never
    at the doer's own."""
    if not c.sources or c.targets or s.noun or s.root not in _CONDITION_ROOTS:
        return c
    main = _condition_of(s.tok)
    subj = child(main, "nsubj", "nsubjpass") if main is not None else None
    if subj is None:
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in s.actors.resolve(subj) if key(a) not in own and not unknown(a)]
    return c.with_targets(got, 1)


def _state_or_government(a: Arg) -> bool:
    code, home = a.ref.code, a.ref.country or ""
    return bool(home) and code in (home, home + _GOVERNMENT)


_GOVERNMENT = "GOV"


@acts_on(roots=_CONDITION_ROOTS | NAMING_ROOTS)  # (a condition's answer, or a named act's)
def answer_not_home(s: Site, c: Candidates) -> Candidates:
    """ "Kosovo protested the exclusion", "should China's government refuse to sell, ...": a
    state or its government answering another's act (one named by a definite noun whose doer is
    not found, or the other side of a condition) keeps no target rather than its own state
    (``pairs.home_target``'s reading of a state acting at home)."""
    if not c.pairs or c.targets:
        return c
    if _condition_of(s.tok) is None or s.root not in _CONDITION_ROOTS or s.noun:
        noun = _named_act_noun(s)
        if noun is None or agent_of(s.actors, noun) or s.actors.resolve(noun):
            return c
    pairs = [
        (a, None if b is not None and _state_or_government(a) and b.ref.code == key(a) else b)
        for a, b in c.pairs
    ]
    return c.with_pairs(pairs)
