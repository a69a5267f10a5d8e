"""The code and factuality of one found act, and the demands "must" clauses imply.

Split from ``_extract`` (round 14): everything here reads one ``Found`` in its sentence's
context and decides how its event is coded (an intent, threat or refusal instead of the act)
and whether it happened, was reported, is possible or negated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._aid_intents import threat_subcode
from realpolitik.extract._announced_deportations import announced_deportation
from realpolitik.extract._asked_refusals import refusal_grounded, unfold_unasked
from realpolitik.extract._border_measures import announced_border_measure
from realpolitik.extract._codebook import (
    commitment,
    future_code,
    readied_force,
    refusal,
    rejected_code,
    retaliation_of_means,
)
from realpolitik.extract._conditional_handovers import conditional_handover
from realpolitik.extract._decided_acts import decided_ahead
from realpolitik.extract._dismissed_remarks import dismissed_remark
from realpolitik.extract._fact_scope import (
    own_subject,
    scoped_factuality,
    speech_code,
    stance_clause,
    told_deed,
)
from realpolitik.extract._futurate import futurate
from realpolitik.extract._future_money import funded_project, lent_sum
from realpolitik.extract._goods_bans import goods_ban
from realpolitik.extract._held_out_shifts import THREAT_CODE, held_out_shift
from realpolitik.extract._joined_protests import joined_protest
from realpolitik.extract._joint_acts import scheduled_joint_act
from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._neither import neither_subject
from realpolitik.extract._noun_subjects import planned_subject
from realpolitik.extract._ongoing_acts import ongoing_gerund
from realpolitik.extract._own_side_told import appeal_code, asked_code, trailing_own_speech
from realpolitik.extract._own_threats import (
    HOSTILE_ROOTS,
    REFUSAL_ROOT,
    REFUSAL_THREAT,
    STEP_ROOTS,
    asked_only,
    held_out,
    placed_by_clause,
    refusal_ultimatum,
    speaker_own_act,
    stated_ultimatum,
)
from realpolitik.extract._regret import own_deed_regret
from realpolitik.extract._scheduled_acts import (
    forecast_act,
    invested_sum,
    military_cooperation_ahead,
    scheduled_act,
    shipped_goods,
)
from realpolitik.extract._scheduled_measures import scheduled_measure
from realpolitik.extract._standing_permits import permitted_only
from realpolitik.extract._stated_steps import joined_measure, stated_step
from realpolitik.extract._story_bans import story_ban
from realpolitik.extract._syntax import child
from realpolitik.extract._trailing_attribution import trailing_report
from realpolitik.extract._tree import has_any, tokens_with_form
from realpolitik.extract._triggers import Found, refusal_code
from realpolitik.extract.factuality import REPORT_GOVERNORS, called_off
from realpolitik.extract.parties import SentenceParties
from realpolitik.extract.parties.final_answers import final_reply, kept_reply
from realpolitik.extract.parties.voiced_force import voiced_passive_threat
from realpolitik.extract.salience import COMMENTATORS
from realpolitik.models import Factuality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# "X said that Y must Z": a demand by X on Y (PLOVER REQUEST), refined by Z as for "demand".
_MUST = Trigger(
    "must", "V", frozenset(), frozenset(), frozenset(), "100", frozenset({"ctl", "clause"})
)
_SAY = frozenset(
    {
        "say", "tell", "state", "declare", "announce", "insist", "add", "write", "reiterate",
        "conclude", "stress", "emphasize", "repeat", "warn", "argue", "assert",
    }
)  # fmt: skip


_MUST_WORDS = frozenset({"must"})


_MUST_FORM = frozenset({"must"})


def obligations(sent: Span, found: list[Found]) -> list[Found]:
    """Add a demand for each "must" clause under a speech verb that is not a trigger itself."""
    if not has_any(sent, _MUST_WORDS):
        return found  # (most sentences: no walk over their tokens)
    have = {f.tok.i for f in found}
    extra = []
    for tok in tokens_with_form(sent, _MUST_FORM):
        if tok.lower_ != "must" or tok.dep_ != "aux":
            continue
        clause = tok.head
        gov = clause.head
        if clause.dep_ != "ccomp" or gov.i in have or gov.lemma_.lower() not in _SAY:
            continue
        have.add(gov.i)
        extra.append(Found(gov, _MUST, _MUST.cameo))
    if not extra:
        return found
    return sorted(found + extra, key=lambda f: f.tok.i)


def _framed_by_another(f: Found, ctx: SentenceParties) -> bool:
    """ "Analysts warned that X would invade", "experts say X will retaliate": a future act in a
    clause that a commentator states is a forecast, not the doer's commitment. (A state's word
    on another's future act, "Seoul said Pyongyang would send troops", is still coded as the
    doer's intent, as the CAMEO and PENTA gold code it.)"""
    tok = f.tok
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ccomp":
        return False
    subj = child(tok.head, "nsubj")
    own = child(tok, "nsubj")
    if subj is None or (own is not None and own.pos_ == "PRON"):
        return False  # "X said it would ...": its own word
    speakers = ctx.actors.resolve(subj)
    # "experts caution that ...", "the newspaper predicted that ...": a commentator's forecast
    return bool(speakers) and all(a.ref.code[3:6] in COMMENTATORS for a in speakers)


def code_and_factuality(f: Found, ctx: SentenceParties) -> Factuality:
    """Factuality of ``f``'s event; a stated future act recodes ``f.code`` (an intent or a
    threat) when its doer states it, readying force is the asserted move itself (150)."""
    unfold_unasked(f, ctx)  # "said she would not apologise", nothing asked (clauses33, A)
    story_ban(f, ctx)  # "Tanzania's ban on Kenya" after its ban of maize imports: 163 (l23)
    goods_ban(f)  # "Estonia's ban on Latvian cheese": the embargo, 163 (lex29, BN)
    joined_protest(f, ctx)  # "Z joined the protest" after Y's criticism: 111 (parties54)
    dismissed_remark(f, ctx)  # "Y dismissed the statement" after X's criticism: 016 (c41, F)
    own_deed_regret(f, ctx)  # "X expressed deep regret" after its own deed: 055 (c41, E)
    fact: Factuality = (
        "negated"
        if f.negated or called_off(f.tok) or neither_subject(f.tok)
        else trailing_report(f.tok, scoped_factuality(f.tok, ctx.sent, ctx.facts), ctx.sent)
    )
    if fact == "possible" and f.code[:2] == REFUSAL_ROOT and kept_reply(f.tok):
        fact = "asserted"  # "said the ban would stay while ...": refused by saying so (c40, G)
    if fact in ("asserted", "reported") and (
        futurate(f.tok, f.code) or decided_ahead(f.tok, f.code)
    ):  # "is visiting Y next month", "decided to attack Y": not done yet (leftovers37)
        fact = "possible"
    if fact in ("asserted", "reported") and permitted_only(f.tok):
        fact = "possible"  # "a scheme that lets X send N to Z": permitted, not done (c34, I)
    if fact == "possible" and ongoing_gerund(f.tok):
        fact = "asserted"  # "asked X to stop expelling Y's citizens": under way (lex25, NA)
    if fact == "possible" and f.code[:2] == "02" and _stated_wish(f.tok):
        fact = "asserted"  # "X would like Y to extradite": a wish stated now (codes26)
    if fact == "negated" and f.entry.neg and not f.negated:
        # a `neg` row codes the negated act itself ("did not cut aid"), and "would not send" is
        # a refusal: asserted, or reported in another's voice ("officials said X would not
        # send troops"; the speaker's own, "X said it would not", is made asserted below)
        fact = "reported" if _anothers_refusal(f, ctx) else "asserted"
    if fact in ("asserted", "reported") and f.entry.pos == "N" and planned_subject(f.tok):
        fact = "possible"  # "aid to Laos is to double": a planned act (lex22, IS)
    if fact == "possible" and voiced_passive_threat(f.tok, f.code):
        fact = "asserted"  # "Y's forces would be met with force, X said": made by saying it
    elif fact == "possible" and held_out_shift(f, ctx) is not None:
        f.code, fact = THREAT_CODE, "asserted"  # "would ship via Z if Y ...": a threat (TH)
    elif fact == "possible" and commitment(f.tok) and not _framed_by_another(f, ctx):
        if asked_only(f.tok):
            pass  # "did not say whether it would expel Y's diplomats": the act, possible
        elif scheduled_measure(f) or announced_border_measure(f) or announced_deportation(f):
            pass  # "will impose a 30 percent tariff from March 1": the measure, possible (lex22)
            # ("would extend checks on the X border": the checks, possible, lex23)
        elif forecast_act(f) or scheduled_act(f) or shipped_goods(f) or invested_sum(f):
            pass  # "will probably visit", "will sell Y diesel from 2028": possible (c34, B)
        elif lent_sum(f) or funded_project(f):
            pass  # "will lend Y $900 million": the loan, possible (clauses39, fresh27 C)
        elif scheduled_joint_act(f):
            pass  # "would begin joint patrols": the act, possible (clauses33, fresh21 E)
        elif military_cooperation_ahead(f):
            pass  # "would sell Y patrol aircraft": 062, possible (clauses44, fresh31 C)
        elif conditional_handover(f):
            pass  # "will hand the men over if the court approves": 063, possible (c41, F)
        elif stated_step(f) or joined_measure(f):
            pass  # "would lift sanctions on Y": the easing, possible (leftovers53); "would
            # join the EU's sanctions on Y": 163, possible (leftovers59)
        elif readied_force(f):
            f.code, fact = "150", "asserted"  # the readying happened
        else:
            code, f.code = f.code, future_code(f.code)
            f.code = threat_subcode(f.code, code)  # "would expel Y's diplomats": 1313 (lo29)
            said = retaliation_of_means(f.tok)  # "would retaliate by V-ing": a pledge (lo29)
            if code[:2] in HOSTILE_ROOTS and (
                said is not None
                or speaker_own_act(f.tok, ctx.actors)
                or stated_ultimatum(f.tok, ctx.actors)
            ):
                fact = "asserted"  # "said Hanoi would retaliate": the threat is made (lex11)
            elif (
                code[:2] == REFUSAL_ROOT
                and (speaker_own_act(f.tok, ctx.actors) or stated_ultimatum(f.tok, ctx.actors))
                and refusal_ultimatum(f.tok, ctx.actors)
            ):
                f.code, fact = REFUSAL_THREAT, "asserted"  # "would refuse X unless Y" (fact28)
            elif (
                code[:2] in STEP_ROOTS
                and (
                    speaker_own_act(f.tok, ctx.actors)
                    or stated_ultimatum(f.tok, ctx.actors)
                    or placed_by_clause(f.tok, ctx.actors)
                )
                and refusal_ultimatum(f.tok, ctx.actors, passive=True)
            ):  # "would take the matter to the Commission if Y did not ..." (clauses30: TH)
                f.code, fact = REFUSAL_THREAT, "asserted"
            elif code[:3] == _COOPERATE and speaker_own_act(f.tok, ctx.actors):
                fact = "asserted"  # "said X would cooperate with Y": its stated intent (c38, J)
    elif fact == "possible" and _held_out_threat(f, ctx):
        f.code, fact = future_code(f.code), "asserted"
    if fact == "negated" and not f.negated and refusal(f) and refusal_grounded(f, ctx):
        f.code = refusal_code(f.code)  # "would not allow": a refusal, REJECT
        fact = "reported" if _anothers_refusal(f, ctx) else "asserted"
    if fact == "reported" and _own_stance(f, ctx):
        fact = "asserted"  # "China said it opposed the listing": saying so is the act
    act = ctx.site(f).reacted_act
    f.code = rejected_code(f.code, act, _proposed(act, ctx) if act is not None else None)
    if fact == "reported" and f.code[:2] == REFUSAL_ROOT and _own_told_refusal(f, ctx):
        fact = "asserted"  # "X refused to V, officials said": the refuser's act (leftovers57)
    return fact


def _own_told_refusal(f: Found, ctx: SentenceParties) -> bool:
    """ "Iran refused to release the sailors, officials said", "Peru rejected Chile's demand,
    its foreign ministry said": a refusal told by the refuser's own side or by a speaker of no
    known state is the refuser's speech act, asserted (GUIDE rule 4's refusal note, rule 5);
    told by another state's voice, or only "reportedly", it stays reported. A refusal told as a
    deed done before the saying ("has / had refused", rule 3) or in the passive ("the offer
    was rejected, officials said": no refuser speaks) stays reported too."""
    verb = stance_clause(f.tok.head if f.tok.dep_ == "dobj" else f.tok)
    kids = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") or c.lower_ in _PERFECT for c in kids):
        return False
    if child(verb, "nsubj") is None or _voice_speaker(verb, ctx.sent) is None:
        return False
    return not _anothers_refusal(f, ctx)


def _stated_wish(tok: Token) -> bool:
    """ "Kenya would like Ethiopia to extradite the suspects": "would like" states a present
    wish, an appeal made now as "wants Y to" is (CAMEO 020), not a hedged one; not under a
    condition, a negation or another modal ("if X would like", "might like")."""
    if tok.lemma_.lower() != "like":
        return False
    kids = list(tok.children)
    aux = [c.lower_ for c in kids if c.dep_ == "aux"]
    return aux in (["would"], ["'d"]) and not any(c.dep_ in ("neg", "mark") for c in kids)


def _held_out_threat(f: Found, ctx: SentenceParties) -> bool:
    """ "Morocco said it might close its waters to Spanish trawlers": a hostile act the speaker
    holds out with "could / might / may" is its threat (CAMEO 13x), made by saying it (lex11)."""
    return f.code[:2] in HOSTILE_ROOTS and held_out(f.tok) and speaker_own_act(f.tok, ctx.actors)


# Cooperation in general ("would cooperate / collaborate with Y"): told by the doer's own
# side, a stated intent (03x), made by saying it (GUIDE rule 4's readiness; clauses38, J).
_COOPERATE = "060"

# Speech verbs by which a speaker declares its own stance ("said it opposed", "stated it
# rejected"); not those that relay or allege ("reported", "claimed").
_DECLARING = frozenset(
    {"say", "state", "declare", "announce", "add", "insist", "reiterate", "reply", "tell"}
)


def _own_stance(f: Found, ctx: SentenceParties) -> bool:
    """ "The ministry said it firmly opposed the listing": a demand, disapproval, rejection or
    verbal support the speaker declares of itself is performed by saying it (asserted)."""
    tok = stance_clause(f.tok)  # "said it opposed A and condemned B": B's clause is A's
    if not (speech_code(f.code) or appeal_code(f.code)) or told_deed(f.tok):
        return False  # (not "said it had summoned Y's envoy")
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _DECLARING:
        return False
    if tok is f.tok and final_reply(tok):
        return True  # "Kampala said the decision was final": its reply, made by saying so
    subj = child(tok, "nsubj")
    speaker = child(tok.head, "nsubj")
    if subj is None or speaker is None:
        return False
    trailing = trailing_own_speech(tok, subj, speaker)  # "X asked Y ..., X's ministry said"
    if trailing and not asked_code(f.code):
        trailing = False  # (only a request or demand here; a told refusal, "X rejected Y's
        # demands, its ministry said", is asserted by _own_told_refusal: tests/extract/test_fact8)
    if not trailing and appeal_code(f.code):
        return False  # (an appeal only in the trailing shape: clauses38, J)
    if not (own_subject(subj, tok.head) or trailing or _trailing_readiness(f, subj, speaker)):
        return False
    own = {a.ref.country or a.ref.code for a in ctx.actors.resolve(speaker)}
    got = {a.ref.country or a.ref.code for a in ctx.actors.resolve(subj)}
    if f.tok.lemma_.lower() in _READY_WORDS and _unplaced_office(speaker):
        placed = any(a.ref.country for a in ctx.actors.resolve(speaker))
        if not placed:  # "the defence minister said Togo was ready to V" (fresh15 RD)
            return any(a.ref.country for a in ctx.actors.resolve(subj))
    return bool(own) and got == own


# Adjectives of a stated readiness ("X was ready / willing / prepared / open to V").
_READY_WORDS = frozenset({"ready", "willing", "prepared", "open"})
# Offices that speak for their own state: one named with no state of its own ("the defence
# minister said Togo was ready to ...") states the readiness of the state the clause names,
# made by saying it (GUIDE rule 4, round 19). Not envoys or ambassadors, who speak abroad.
_HOME_OFFICES = frozenset(
    {"president", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
     "spokesperson", "ministry", "government", "king", "emir", "secretary", "cabinet"}
)  # fmt: skip


def _unplaced_office(speaker: Token) -> bool:
    """A speaker that is a home office with no state named on it ("the defence minister", "the
    foreign ministry"): its state is the one whose readiness it states."""
    noun = speaker.pos_ == "NOUN" or speaker.is_lower  # ("..., the defence minister said" at
    # the end of a sentence is often tagged a proper noun)
    return (
        noun
        and speaker.lemma_.lower() in _HOME_OFFICES
        and not any(
            c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" and not c.is_lower
            for c in speaker.children
        )
    )


def _trailing_readiness(f: Found, subj: Token, speaker: Token) -> bool:
    """ "Togo was ready to hold joint patrols with Benin, the defence minister said": the
    readiness told before its unplaced home office, named by the state's own name, is stated
    as in the fronted form ("the defence minister said Togo was ready ..."; leftovers26)."""
    return (
        f.tok.lemma_.lower() in _READY_WORDS
        and subj.pos_ == "PROPN"
        and subj.i < speaker.i
        and _unplaced_office(speaker)
    )


def _anothers_refusal(f: Found, ctx: SentenceParties) -> bool:
    """ "Kenyan officials said Uganda would not send troops", "according to Kenyan officials,
    Uganda will not ...": a refusal told in the voice of another state than the refuser's is
    reported (GUIDE rule 3); told by its own side ("Uganda would not ..., its minister said") or
    by a speaker of no known state ("officials said"), it is the refuser's speech act, asserted
    (rule 2), as a refusal outside any report is."""
    verb = f.tok.head if f.tok.dep_ == "dobj" else f.tok  # ("would not hold talks": "hold")
    speaker = _voice_speaker(stance_clause(verb), ctx.sent)
    subj = child(stance_clause(verb), "nsubj")
    if speaker is None or subj is None:
        return False
    own = {a.ref.country for a in ctx.actors.resolve(subj)} - {None, ""}
    voice = {a.ref.country for a in ctx.actors.resolve(speaker)} - {None, ""}
    return bool(own) and bool(voice) and own.isdisjoint(voice)


def _voice_speaker(verb: Token, sent: Span) -> Token | None:
    """Who tells ``verb``'s clause: the subject of the speech verb above it ("X said Y would
    not"), of a trailing report ("..., X said") or the "according to" phrase's object."""
    if _reported(verb):
        return child(verb.head, "nsubj")
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            to = child(c, "prep")
            return child(to, "pobj") if to is not None else child(c, "pobj")
        if c.i > verb.i and c.lemma_.lower() in REPORT_GOVERNORS and c.dep_ in _TRAILING_ARCS:
            return child(c, "nsubj")
    return None


# Perfect auxiliaries: "has refused, officials say" tells a deed done before the saying.
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
# How the parser hangs a trailing "..., X said" on the clause it reports.
_TRAILING_ARCS = frozenset({"parataxis", "ccomp", "advcl", "conj"})


def _reported(tok: Token) -> bool:
    """The clause is under a speech verb ("they said they would not ...")."""
    return tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORT_GOVERNORS


def _proposed(act: Found, ctx: SentenceParties) -> Found | None:
    """The act a proposal, offer or request names: "a proposal for talks", "an offer to mediate"."""
    for c in act.tok.children:
        kids = [c] if c.dep_ in ("acl", "xcomp") else []
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "on"):
            kids = [p for p in c.children if p.dep_ == "pobj"]
        for k in kids:
            got = ctx.triggers.get(k.i)
            if got is not None:
                return got
    for g in ctx.triggers.values():
        if g.controller is act:
            return g
    return None
