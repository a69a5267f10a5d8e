"""Folding found triggers into each other: a control verb and the act it governs ("agreed to
meet" is one intent, 036), refusals (REJECT, CAMEO 12), promises and threats named by a noun,
requested acts and a protest's stated aims. Each fold works in place on the sentence's list.
Refusals live in ``_refusal_folds.py``, protests' aims and crowds in ``_protest_folds.py``."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from realpolitik.extract._aid_intents import aid_subcode
from realpolitik.extract._asked_means import fold_asked_means
from realpolitik.extract._compensation import fold_compensating_payment
from realpolitik.extract._considered_acts import fold_considered
from realpolitik.extract._denied_charge import appositive_denial, denies_charge
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._exercise_sending import fold_exercise_sending
from realpolitik.extract._found import (
    APPEAL,
    CONTROL_REFINE,
    INTENT,
    PLANS,
    THREAT,
    Found,
)
from realpolitik.extract._held_back import recode_kept_from
from realpolitik.extract._hostile_sendings import recode_hostile_sending
from realpolitik.extract._part_nouns import light_object
from realpolitik.extract._performed_acts import fold_framed_call
from realpolitik.extract._permitted import fold_permitted
from realpolitik.extract._police_pledges import police_posture
from realpolitik.extract._pos import VERBAL
from realpolitik.extract._promised import rule_out_promised
from realpolitik.extract._promised_acts import (
    JUDICIAL_INTENT,
    offered_legal_act,
    promise_presses,
    promise_threatens,
)
from realpolitik.extract._pronoun_goods import recode_pronoun_arms
from realpolitik.extract._protest_folds import fold_protest_aims as fold_protest_aims
from realpolitik.extract._readings import must_clause
from realpolitik.extract._refusal_folds import REQUEST_NOUNS as REQUEST_NOUNS
from realpolitik.extract._refusal_folds import _fold_rejected_requests, fold_refusals
from realpolitik.extract._refusal_folds import leaves_open as leaves_open
from realpolitik.extract._refusal_folds import refusal_code as refusal_code
from realpolitik.extract._returned_people import recode_returned_people
from realpolitik.extract._stated_intents import (
    MEDIATION,
    fold_ready_for,
    invited_mediation,
    orders_own_forces,
)
from realpolitik.extract._stopped_acts import fold_stopped_acts
from realpolitik.extract._tree_rewrites import relabel
from realpolitik.extract._voiced_objections import voiced_for_owner

if TYPE_CHECKING:
    from spacy.tokens import Token


def fold_control(found: list[Found], light: Collection[str] = ()) -> None:
    """Fold embedded events into their control verb; a refusal codes the refused act as REJECT.

    "Refused to sign" / "declined to meet" is CAMEO 12 (PLOVER REJECT), the sub-code from the
    refused act (:func:`refusal_code`), asserted; "denied that it sent troops" keeps the act,
    negated (the `negctl` rows of other roots).

    An embedded verb that is no trigger passes its object noun's event up only when it is a
    light verb (``light``: "agreed to hold talks", "vowed to launch attacks") or the governor
    refuses or denies ("refused to reaffirm its support": the support is refused); "agreed to
    document the killings" is no threat of killing, and the killings only say what was agreed.
    """
    fold_refusals(found)
    rule_out_promised(found)
    fold_ready_for(found)
    fold_permitted(found)
    recode_kept_from(found)  # "stopped Y from sending warships": the keeping, 120 (l22)
    recode_returned_people(found)  # "two fishermen were repatriated to Y": 084 (lo67)
    fold_compensating_payment(found)  # "paid N to Y's towns to compensate them": 071 (l33)
    fold_stopped_acts(found)  # "asked Y to stop returning X": asked, not done (clauses32, E)
    fold_considered(found)  # "would consider more visas": the act weighed, no 014 (c44, C)
    fold_exercise_sending(found)  # "sent a frigate to take part in Y's drills": 062 (c44)
    fold_framed_call(found)  # "spoke with Y in a phone call": the call, once (lexicon66)
    recode_hostile_sending(found)  # "sent troops into Y to hunt rebels": 190 (lexicon66)
    recode_pronoun_arms(found)  # "sold them to India" (the drones): an arms sale (lexicon66)
    by_tok = {f.tok.i: f for f in found}
    _fold_rejected_requests(found, by_tok, light)
    for f in found:
        flags = f.entry.flags
        if f.entry.pos == "N" and f.tok.lemma_.lower() in _COMMISSIVE_NOUNS:
            _fold_promise_of(f, by_tok)
        if "ctl" not in flags and "negctl" not in flags:
            continue
        if leaves_open(f):
            f.absorbed = True  # "did not rule out sending troops": the sending stays, possible
            continue
        kids = list(f.tok.children)
        if "clause" in flags and f.code == "100":  # "said ... and that X must stop": the must
            must = must_clause(f.tok)  # clause, wherever it stands among the reported ones
            kids = [must] if must is not None else kids
        for c in kids:
            if _promised_noun(f, c, by_tok):
                pass  # "vowed revenge", "pledged aid": the promised act's noun, like "to X"
            elif not _complement(f.tok, c, "negctl" in flags):
                continue
            via = c  # (the infinitive, where the act is its object's noun)
            if c.i not in by_tok:  # "agreed to hold talks": the light verb's event noun
                fold_asked_means(f, c, by_tok)  # "urged Y to replace A with patrols" (c34, H)
                held = light_object(c, by_tok)  # (or "the next round of talks": c36, I)
                second = _second_infinitive(f, c, by_tok) if held is None else None
                if second is not None:  # "offered to build a factory and to train Y's
                    c = second  # pilots": the training is what is offered (clauses40, F)
                elif c.lemma_.lower() not in light and "negctl" not in flags:
                    if held is not None:
                        held.absorbed = True  # the content of the act, not news
                    continue
                elif held is None or held.entry.pos != "N":
                    continue
                else:
                    c = held.tok
            inner = by_tok[c.i]
            if (
                f.code[:2] == "03"
                and not inner.entry.neg
                and any(g.dep_ == "neg" for g in c.children)
            ):
                _promise_not(f, inner)
            elif "negctl" in flags and "negctl" in inner.entry.flags:
                f.absorbed = inner.absorbed = True  # "refused to rule out X": X stays possible
            elif "negctl" in flags and f.code[:2] == "12" and inner.code[:2] != "01":
                inner.absorbed = True  # "refused to sign": a rejection, the codebooks' REJECT
                inner.controller = f
                f.code = refusal_code(inner.code)
            elif "negctl" in flags:
                inner.negated = True  # "denied that it sent troops": the sending, negated;
                f.absorbed = not denies_charge(f.tok, inner.code, inner.tok)  # 016 (DN)
            elif f.code[:2] == "03" and promise_presses(inner.code):
                f.absorbed = True  # "vowed to press Y for X": the demand, possible (lexicon66)
            elif f.code[:2] == "03" and offered_legal_act(f.tok.lemma_.lower(), c.lemma_.lower()):
                inner.absorbed = True  # "offered to prosecute him": judicial cooperation
                inner.controller = f
                f.code = JUDICIAL_INTENT
            elif (
                f.code[:2] == "03"
                and promise_threatens(inner.code)
                and not police_posture(f, c, inner.code)
                and not voiced_for_owner(c, inner.code)  # "raise Y's objections" (c34, A)
            ):
                if f.tok.lemma_.lower() in PLANS:
                    f.absorbed = True  # "plans to attack": the attack, possible
                else:
                    inner.absorbed = True  # "vowed to attack": a threat
                    inner.controller = f
                    f.code = THREAT.get(inner.code[:2], "130")
            elif f.code == "036" and inner.code == MEDIATION:
                inner.absorbed = True  # "invited Egypt to mediate": asked for, not done
                inner.controller = f
                f.code = invited_mediation(c)
            elif f.code == "036" and inner.code[:2] == "04":
                pass  # "invited Putin to visit China": the invitation, and the visit possible
            elif f.code == "036" and via.lemma_.lower() in _ATTENDING:
                inner.absorbed = True  # "invited X to attend a trade fair": an invitation
                inner.controller = f  # (what is attended is no act of its own; clauses35)
            elif f.code[:2] == "10" and orders_own_forces(f.tok):
                f.absorbed = True  # "ordered troops to bolster the frontier": the ordered act
            else:
                inner.absorbed = True
                inner.controller = f
                table = CONTROL_REFINE.get(f.code[:2])
                if table and len(f.code) == 3 and f.code[2] == "0":
                    f.code = aid_subcode(table.get(inner.code[:2], f.code), inner.code)
                elif f.code == "036":
                    f.code = APPEAL.get(inner.code[:2], "020")  # "invited X to join": a request
            _fold_conjoined(f, c, by_tok)
            if via is not c:  # "agreed to start patrols and to share data": the infinitives'
                _fold_conjoined(f, via, by_tok)  # own conjuncts (clauses37, fresh25 K)
            break


def _second_infinitive(f: Found, first: Token, by_tok: dict[int, Found]) -> Token | None:
    """ "offered to build a drone factory in Y and to train Y's pilots": an offer or promise
    (03) whose first infinitive codes nothing offers its conjoined infinitive's act, no act of
    its own beside the offer (clauses40, fresh28 F); None where there is none."""
    if f.entry.cameo[:2] != "03" or f.tok.lemma_.lower() in PLANS:
        return None
    for g in first.children:
        if (
            g.dep_ == "conj"
            and g.pos in VERBAL
            and g.i in by_tok
            and not by_tok[g.i].absorbed
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
        ):
            return g
    return None


# Verbs of coming to an occasion: an invitation to do them is an invitation (036), whatever the
# occasion's noun codes ("invited X to attend a trade fair": no appeal for trade, 021).
_ATTENDING = frozenset({"attend"})


def _fold_conjoined(f: Found, first: Token, by_tok: dict[int, Found]) -> None:
    """ "agreed to consult in a crisis and to hold annual exercises": every infinitive
    coordinated with the first is governed by the same verb. After a promise or agreement
    (subject control, 03) each is an intent of its own with its own parties ("agreed to tighten
    sanctions on Russia and to keep supporting Ukraine": an intent toward Ukraine); after other
    governors it is part of the content asked, refused or threatened."""
    for c in first.children:
        if c.dep_ != "conj" or c.pos not in VERBAL:
            continue
        inner = by_tok.get(c.i)
        if inner is None:  # "and to keep supporting X", "and to hold talks": the act inside
            obj = next(
                (g for g in c.children if g.dep_ in ("xcomp", "dobj") and g.i in by_tok), None
            )
            inner = by_tok[obj.i] if obj is not None else None
        if inner is None or inner.absorbed or inner is f:
            continue
        root = inner.code[:2]
        gov = f.entry.cameo[:2]  # the governor's own root, before the first act refined it
        if gov == "03" and f.tok.lemma_.lower() not in PLANS and root in INTENT:
            if len(inner.code) == 3 or root in ("04", "05", "06", "07", "08"):
                inner.code = INTENT[root]
        elif gov == "03" and (f.tok.lemma_.lower() in PLANS or promise_presses(root)):
            continue  # "plans to meet X and to sign Y": both acts, possible
        elif gov == "13" or (gov == "03" and promise_threatens(root)):
            inner.code = THREAT.get(root, "130")
        else:
            inner.absorbed = True
        _fold_conjoined(f, c, by_tok)


# Commissive verbs whose object noun names the promised or threatened act: "vowed revenge
# against X" is a threat (13), "pledged aid to X" an intent to give aid (033).
_COMMISSIVE = frozenset({"vow", "pledge", "promise", "swear", "threaten", "offer"})


def _promised_noun(f: Found, c: Token, by_tok: dict[int, Found]) -> bool:
    inner = by_tok.get(c.i)
    if c.dep_ != "dobj" or inner is None or inner.entry.pos != "N":
        return False
    if f.tok.lemma_.lower() not in _COMMISSIVE or inner.code[:2] < "04":
        return False
    return not any(g.dep_ in ("xcomp", "ccomp") for g in f.tok.children)


_COMMISSIVE_NOUNS = frozenset({"pledge", "promise", "offer", "vow", "threat"})


def _fold_promise_of(f: Found, by_tok: dict[int, Found]) -> None:
    """ "the pledge of aid to X", "the offer of a loan", "the threat of sanctions": the promised
    or threatened act is the content of the promise (an intent, 03, or a threat, 13)."""
    for prep in f.tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            inner = by_tok.get(obj.i)
            if obj.dep_ != "pobj" or inner is None or inner.entry.pos != "N" or inner.absorbed:
                continue
            if inner.code[:2] < "04":
                continue
            inner.absorbed = True
            inner.controller = f
            by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None and not any(c.lower_ == "by" for c in f.tok.children):
                relabel(by, head=f.tok)  # "the pledge of aid to X by Y": Y pledges
            if promise_threatens(inner.code):
                f.code = THREAT.get(inner.code[:2], "130")
            elif f.code[:2] == "03" and len(f.code) == 3:
                f.code = aid_subcode(INTENT.get(inner.code[:2], f.code), inner.code)
            return


def _promise_not(f: Found, inner: Found) -> None:
    """ "vowed not to attack": a promise of restraint, an intent (03) and no threat; "vowed
    not to return the Golan Heights": the act is promised not to happen, so it is the act,
    negated (like "refused to"), with no event of the promise's own."""
    inner.absorbed = True
    if inner.code[:2] >= "09":
        inner.controller = f  # the restraint keeps the promise's intent code
    else:
        inner.absorbed = False
        inner.negated = True
        f.absorbed = not assurance_to(f.tok)


def assurance_to(verb: Token) -> bool:
    """ "Mongolia promised Russia that it would not join NATO", "Kabul pledged that it would
    not allow ...": a promise of a finite that-clause is an assurance (03x, toward the one
    assured or the one the clause concerns), beside the act it rules out; "vowed not to
    return the land" (an infinitive) is the act, negated."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children
    )


def _infinitive_advcl(verb: Token, c: Token) -> bool:
    """ "have sworn to fight until ...": a control verb's "to" infinitive that the parser
    attached as an adverbial clause; taken as the complement when the verb has no other."""
    if c.dep_ != "advcl" or c.i < verb.i or not to_infinitive(c):
        return False
    return not any(
        g.dep_ in ("xcomp", "ccomp")
        or (g.dep_ == "dobj" and g.lemma_.lower() not in _IDIOM_OBJECTS)
        for g in verb.children
    )


# The object of a control idiom, no complement of its own: "joined forces with Y to fight Z"
# (leftovers63).
_IDIOM_OBJECTS = frozenset({"force"})


def _complement(verb: Token, c: Token, refusal: bool) -> bool:
    """The act a control verb governs: an infinitive or clause ("agreed to meet", "denied that
    it sent"), an infinitive hung as an adverbial clause, or after a refusal a gerund."""
    if c.dep_ == "ccomp" and appositive_denial(verb, c):
        return False  # "X accused Y of Z, a charge Y denied": the denial governs nothing
    if c.dep_ in ("xcomp", "ccomp", "acl") or _infinitive_advcl(verb, c):
        return True
    return refusal and _gerund_advcl(verb, c)


def _gerund_advcl(verb: Token, c: Token) -> bool:
    """ "ruled out sending troops": the refused act as a gerund the parser hung as an adverbial
    clause after the verb; "denied spying on Y": one it hung as the verb's object
    (leftovers35)."""
    return c.dep_ in ("advcl", "dobj") and c.tag_ == "VBG" and c.pos_ == "VERB" and c.i > verb.i


def _extraposed(noun: Token, by_tok: dict[int, Found]) -> list[Token]:
    """ "reiterated its demand today that Israel ease ...": a "that" clause the parser hung on
    the verb (not itself a trigger) whose object the demand noun is."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i in by_tok:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > noun.i and any(g.lower_ == "that" for g in c.children)
    ]


# Verbs of command whose object noun names an act the commander's state carries out: "Trump
# ordered 25% tariffs on imports from Canada" is the tariffs (163), not a demand on anyone.
_COMMANDS = frozenset({"order", "authorize", "authorise", "direct"})


def fold_requested(found: list[Found]) -> None:
    """ "demanded the president's resignation", "urged Chile's withdrawal", "its demand that
    Israel ease restrictions": an act named as the object of a demand or appeal, or in the
    clause of a demand noun, is asked for, not reported; it folds into the request (and
    refines its code) even when a possessor names its doer."""
    by_tok = {f.tok.i: f for f in found}
    commands: list[Found] = []
    for f in found:
        if f.absorbed or f.code[:2] not in ("02", "10"):
            continue
        noun = f.entry.pos == "N"  # "its demand that Israel ease restrictions"
        if not noun and "ctl" not in f.entry.flags:
            continue
        for c in list(f.tok.children) + (_extraposed(f.tok, by_tok) if noun else []):
            inner = by_tok.get(c.i)
            if inner is None or inner.absorbed:
                continue
            if noun and c.dep_ not in ("acl", "ccomp"):
                continue
            if not noun and (c.dep_ != "dobj" or inner.entry.pos != "N"):
                continue
            if (
                not noun
                and f.tok.lemma_.lower() in _COMMANDS
                and inner.code[:2] not in ("02", "10")
            ):
                commands.append(f)  # "ordered tariffs on X", "ordered airstrikes": the act itself
                break
            inner.absorbed = True
            inner.controller = f
            table = CONTROL_REFINE.get(f.code[:2])
            if table and len(f.code) == 3 and f.code[2] == "0":
                f.code = aid_subcode(table.get(inner.code[:2], f.code), inner.code)
    if commands:  # dropped, so that the ordered act is not read as the order's object
        found[:] = [f for f in found if all(f is not c for c in commands)]
