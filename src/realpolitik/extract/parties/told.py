"""Acts aimed at the party named around them rather than by their own object: a threat at
whoever must meet its condition, and a demand, refusal or threat at whom it is told to
("told / assured X that it would not tolerate ...").

Split from ``verbs`` (lex13): both read the speech around the act, not the act's own phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._conditions import condition_clause
from realpolitik.extract._own_threats import HOSTILE_ROOTS, ultimatum
from realpolitik.extract._syntax import child
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_parts import Arg

# Speech verbs whose object is the one told: "told / warned / informed / assured X that ...".
_TELLING = frozenset({"tell", "warn", "inform", "assure"})


@acts_on(noun=False, roots=("13",))
def threat_condition(s: Site, c: Candidates) -> Candidates:
    """ "Threatened to respond if the US goes ahead": a threat targets whoever must meet its
    "if/unless" condition, or its inverted one ("Should Y refuse, X will close the border"), or
    the "until" clause a measure is held out to ("would keep the border shut until Y hands over
    the suspects", leftovers59)."""
    if s.noun or c.targets or s.root != "13":
        return c
    heads = [s.tok] + [k for k in s.kids if k.dep_ in _HELD_STATES] + _holders(s.tok)
    heads += [g for k in s.kids if k.dep_ == "dobj" for g in k.children if g.dep_ == "acl"]
    for h in heads:
        for k in h.children:
            until = not condition_clause(k)  # ("should Y refuse, X will ...": inverted, l23)
            if until and not _held_until(k):
                continue
            subj = child(k, "nsubj")
            if subj is None or (until and k.lemma_.lower() in _OWN_GOALS):
                continue  # ("sworn to fight until they gain control": the doer's own goal)
            got = s.actors.resolve(subj)
            if got:
                return c.with_targets(got)
    return c


# Complements a condition may hang on: "to V", and the state a thing is kept in ("keep the
# crossings closed until Y ...": the clause on "closed", or on the object's participle).
_HELD_STATES = frozenset({"xcomp", "oprd", "acomp"})


# Verbs of an "until" clause that name the doer's own aim, no condition set to another:
# "vowed to fight until they gain control / win / take the town" (leftovers60).
_OWN_GOALS = frozenset(
    {"gain", "win", "achieve", "capture", "control", "liberate", "seize", "secure", "prevail",
     "succeed", "conquer", "recapture", "retake", "drive", "expel"}
)  # fmt: skip


def _held_until(k: Token) -> bool:
    """``k`` is an "until / till" clause of the trigger: what ends the measure held out."""
    return k.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _HELD_UNTIL for m in k.children
    )


def _holders(tok: Token) -> list[Token]:
    """The words that hold a threat's verb as a complement, up to the copula: "is ready / set
    to close the border", where the condition hangs on "is" (leftovers23)."""
    got = []
    for _ in range(2):
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            break
        tok = tok.head
        got.append(tok)
    return got


# Marks of the condition a refusal is held against ("would not sign until Y ..."); "if / unless"
# conditions are ``ultimatum_target``'s.
_HELD_UNTIL = frozenset({"until", "till"})


@acts_on(roots=("12",))
def refusal_condition(s: Site, c: Candidates) -> Candidates:
    """ "Would not sign the deal until (unless) Y withdrew its ships": a refusal held against a
    condition another state must meet is aimed at that state, as a threat is at its
    condition's (GUIDE rule 5; leftovers34). A condition with no state for subject ("while the
    sanctions remained") names no one. A refused act noun ("would not resume talks until Y
    ...") reads an "until" clause on its verb (an "if / unless" there is the noun's own
    verb's, as "would file a complaint unless ...", a threat's). The condition's state outranks
    the people the refused act would serve ("will not open the crossing to Z-ian refugees
    unless Y guarantees ...": aimed at Y, practice8's RU); a state named as such stays."""
    if not c.sources and not s.noun:
        return c
    if c.targets and not all(_served_people(s, a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources}  # (a noun's doer comes later, from its verb)
    heads = [(s.tok, True)] + [(k, True) for k in s.kids if k.dep_ == "xcomp"]
    if s.noun and s.tok.dep_ == "dobj":
        heads.append((s.tok.head, False))  # ("would not resume talks until")
    for h, own_clause in heads:
        for k in h.children:
            marks = {m.lower_ for m in k.children if m.dep_ == "mark"}
            refused = "unless" in marks and any(g.dep_ == "neg" for g in h.children)
            held = marks & _HELD_UNTIL or (
                (own_clause or refused) and condition_clause(k)
            )  # ("would not resume talks unless Y ...": the refused talks' verb, l35)
            if k.dep_ == "advcl" and held and (subj := child(k, "nsubj")) is not None:
                got = [a for a in s.actors.resolve(subj) if key(a) not in own and not unknown(a)]
                if got:
                    return c.with_targets(got)
    return c


# Sectors of people an act serves (none: "Palestinians"; refugees, civilians, migrants).
_PEOPLE_SECTORS = frozenset({"", "REF", "CVL", "MIG"})


def _served_people(s: Site, a: Arg) -> bool:
    """A target named by people of a state ("Palestinians", "Sudanese refugees"), not the
    state, its government or an office."""
    country = a.ref.country or ""
    if not country or a.ref.code[3:] not in _PEOPLE_SECTORS or a.ref.name is not None:
        return False
    if a.ref.code[:3] != country or a.tok < 0:
        return False
    return s.tok.doc[a.tok].tag_ in ("NNS", "NNPS")


# Verbs of a condition that name what the other side must do by not doing it.
_UNMET = frozenset({"fail", "refuse", "decline"})


# A refusal held out on a condition is aimed the same way ("could refuse further shipments
# unless Y pays": fact28, fresh16's TU).
_HELD_OUT_ROOTS = tuple(sorted(HOSTILE_ROOTS | {"12"}))


@acts_on(noun=False, roots=_HELD_OUT_ROOTS)
def ultimatum_target(s: Site, c: Candidates) -> Candidates:
    """ "X could close the border unless Y releases the traders", "might expel Y's diplomats if
    Y does not apologise": a coercive act held out on a condition another state must meet is
    aimed at that state (the party that must meet it, as a threat's), also where the hedge
    keeps it a guess, not a threat (GUIDE rule 7's expulsion note; leftovers23)."""
    if s.noun or c.targets or not c.sources:
        return c
    own = {key(a) for a in c.sources}
    for k in s.tok.children:
        unmet = ultimatum(k) or k.lemma_.lower() in _UNMET  # "if Y fails / refuses to lift it"
        if k.dep_ != "advcl" or not condition_clause(k) or not unmet:
            continue
        subj = child(k, "nsubj")
        got = (
            [a for a in s.actors.resolve(subj) if key(a) not in own and not unknown(a)]
            if subj is not None
            else []
        )
        if got:
            return c.with_targets(got)
    return c


# Acts aimed at whom they are told to: intents and offers (03), demands (10), refusals (12),
# threats (13).
_TOLD_ROOTS = frozenset({"03", "10", "12", "13"})


@acts_on(noun=False, roots=tuple(sorted(_TOLD_ROOTS)))
def told_addressee(s: Site, c: Candidates) -> Candidates:
    """ "Told Panama that Washington would take measures": a threat, demand or refusal ("told
    Syria's president that Amman would not accept any meddling") made to someone with no other
    party named is aimed at whom it is told to (never at the teller's own state); so is a
    readiness or offer ("told Tajik officials that it was ready to hold a joint inquiry",
    practice7), its adjective under the told clause's copula."""
    if s.noun or c.targets or s.root not in _TOLD_ROOTS:
        return c
    clause = s.tok
    if clause.dep_ in ("acomp", "xcomp") and clause.head.dep_ == "ccomp":
        clause = clause.head  # ("told Y that it was ready to V": the copula's clause)
    if clause.dep_ != "ccomp":
        return c
    tell = clause.head
    if tell.lemma_ not in _TELLING:
        return c
    own = {key(a) for a in c.sources}
    for k in tell.children:
        if k.dep_ in ("dobj", "dative") and k.i < clause.i:
            got = [a for a in s.actors.resolve(k) if key(a) not in own and not unknown(a)]
            if got:
                return c.with_targets(got)
    return c
