"""Threats a speaker makes of its own future acts, and warnings that are no threats (lex11).

CAMEO codes a forecast conflictual act as a threat (13x), and the project's GUIDE codes a
retaliation pledge as the threat itself, asserted: "Vietnam said Hanoi would retaliate" is a
threat made by saying it, not a possible act. A modal act the speaker holds out against
another ("Morocco said it might close its waters to Spanish trawlers", "China said it could
impose sanctions") is the same threat. A warning whose feared act is someone else's ("Japan
warned that Japanese investors might leave China") names no consequence the speaker imposes,
and the GUIDE (rule 2) codes it as no threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import LIGHT_VERBS, child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors
    from realpolitik.extract._triggers import Found

# Speech verbs by which a speaker announces its own act ("said", "warned", "vowed").
_OWN_SPEECH = frozenset(
    {"say", "state", "declare", "announce", "add", "insist", "reiterate", "warn", "vow", "tell",
     "stress", "threaten", "caution", "signal", "indicate", "hint"}
)  # fmt: skip
_SELF = frozenset({"it", "we", "they", "he", "she", "i"})
_HELD_OUT = frozenset({"could", "might", "may"})  # "said it could / might impose ..."
# Coercive roots whose stated future act is a threat made: sanctions and reduced relations,
# coercion, assault, force. A protest (14) or a posture (15: "could deploy troops to X after a
# truce", "would station forces in X") may be a peace force, and stays a possible act.
HOSTILE_ROOTS = frozenset({"16", "17", "18", "19", "20"})
# A condition makes the act hypothetical: "would deploy troops if the fighting stops".
_CONDITIONS = frozenset({"if", "unless", "once", "provided", "when", "should"})
_CLIMB = 3


def _clause(tok: Token) -> Token:
    """The finite clause that states ``tok``'s act: its light verb's, then up xcomp / conj."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in LIGHT_VERBS:
        tok = tok.head
    for _ in range(_CLIMB):
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def held_out(tok: Token) -> bool:
    """The act carries "could", "might" or "may" in its own clause."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in LIGHT_VERBS:
        tok = tok.head
    return any(c.dep_ == "aux" and c.lower_ in _HELD_OUT for c in tok.children)


def _countries(actors: DocActors, tok: Token) -> set[str]:
    return {a.ref.country for a in actors.resolve(tok) if a.ref.country}


def _conditions(verb: Token) -> list[Token]:
    """The verbs of ``verb``'s "if / unless ..." clauses."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
    ]


def ultimatum(cond: Token) -> bool:
    """ "unless Y withdraws", "if Y does not withdraw": a condition that names what the speaker
    demands, so the act it holds out is a threat, not a hypothetical (fact8)."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ == "unless") for c in cond.children
    )


def _hypothetical(verb: Token, actors: DocActors, speaker: set[str]) -> bool:
    """A condition makes the act hypothetical ("could deploy troops if the fighting stops"),
    unless another party must meet it: "said it could raise fees if Slovenia keeps blocking
    the deal" is a threat made against Slovenia (the README: a threat's target is whoever must
    meet its condition; lex13)."""
    for cond in _conditions(verb):
        if ultimatum(cond):
            continue  # "would take measures if X's influence is not reduced": a threat made
        subj = child(cond, "nsubj")
        other = _countries(actors, subj) if subj is not None else set()
        if not other or other & speaker:
            return True
    return False


# Verbs whose infinitive is left unsaid: "declined / refused / failed to say whether ...".
_WITHHOLDING = frozenset({"decline", "refuse", "fail"})
_ASKED = frozenset({"whether", "if"})


def unsaid(speech: Token, clause: Token) -> bool:
    """ "X did not say / would not say / declined to say whether it would leave the bloc": the
    speaker announces nothing (no threat or intent made by saying it; the act stays possible,
    fact24). So is an open question ("said whether") or a negated speech verb."""
    if any(c.dep_ == "neg" for c in speech.children):
        return True
    if speech.dep_ == "xcomp" and speech.head.lemma_.lower() in _WITHHOLDING:
        return True
    return any(c.dep_ == "mark" and c.lower_ in _ASKED for c in clause.children)


def asked_only(tok: Token) -> bool:
    """``tok``'s clause is one its speaker leaves unsaid (:func:`unsaid`): "did not say whether
    it would expel Y's diplomats" states no intent or threat, only the act, possible."""
    clause = _clause(tok)
    return clause.dep_ == "ccomp" and unsaid(clause.head, clause)


def speaker_own_act(tok: Token, actors: DocActors) -> bool:
    """``tok``'s act is announced by its own doer, with no condition: its clause is the
    complement of a speech verb whose subject is the clause's subject ("said it would", "said
    Hanoi would" of Vietnam)."""
    clause = _clause(tok)
    if clause.dep_ != "ccomp":
        return False
    gov = clause.head
    if gov.lemma_.lower() not in _OWN_SPEECH or unsaid(gov, clause):
        return False
    subj = child(clause, "nsubj")
    speaker = child(gov, "nsubj")
    if speaker is None and gov.dep_ == "conj":  # "condemned the arrests and said ..."
        speaker = child(gov.head, "nsubj")
    if subj is None or speaker is None:
        return False
    said_by = _countries(actors, speaker)
    if _hypothetical(clause, actors, said_by) or _hypothetical(tok, actors, said_by):
        return False
    if subj.lower_ in _SELF:
        return True
    own = _countries(actors, subj)
    return bool(own) and own == said_by


_WILL = frozenset({"will", "would", "'ll", "shall", "wo"})


def placed_by_clause(tok: Token, actors: DocActors) -> bool:
    """ "Lima would file a complaint if the wheat is not released, Reyes said", "Peru will
    take the case to the WTO ..., the trade minister said": a state's own step told by a
    speaker of no other state (a person or office the text places nowhere), which speaks for
    the clause's state as "said it would" does (clauses34, fresh22's A)."""
    clause = _clause(tok)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _OWN_SPEECH:
        return False
    subj = child(clause, "nsubj")
    speaker = child(clause.head, "nsubj")
    if subj is None or speaker is None or unsaid(clause.head, clause):
        return False
    own = _countries(actors, subj)
    said_by = _countries(actors, speaker)
    return bool(own) and (not said_by or said_by == own)


def stated_ultimatum(tok: Token, actors: DocActors) -> bool:
    """ "Kenya will close the border unless Uganda releases the traders": a main clause that
    states a state's future act against another that must meet an "unless / if not" condition
    is the threat made, as when its own speaker says it (GUIDE rule 7, the expulsion note);
    "could" or "might" there is the writer's guess, and stays a possible act."""
    clause = _clause(tok)
    if clause.dep_ != "ROOT" or not any(
        c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children
    ):
        return False
    subj = child(clause, "nsubj")
    own = _parties(actors, subj) if subj is not None else set()
    if not own:
        return False
    for cond in _conditions(clause):
        other = child(cond, "nsubj")
        if ultimatum(cond) and other is not None and _parties(actors, other) - own:
            return True
    return False


REFUSAL_ROOT = "12"
# Steps held out on another's non-compliance that no 13x sub-code names: a demand, a complaint
# or a case taken to a court, commission, tribunal or the UN ("would take the matter to the
# Commission if Y did not share its studies", "would file a complaint unless Y restored the
# licences"): the threat 130, as a held-out refusal is (clauses30: fresh18's TH).
STEP_ROOTS = frozenset({"10", "11"})
REFUSAL_THREAT = "130"  # the threat a held-out refusal makes (no narrower 13x fits a refusal)


def refusal_ultimatum(tok: Token, actors: DocActors, *, passive: bool = False) -> bool:
    """ "Chile said it would refuse further deliveries unless Argentina gave notice": a refusal
    its doer holds out on an "unless / if not" condition that another state must meet is a
    coercive act announced against that state, the threat (GUIDE rule 7, 13x asserted; fact28,
    fresh16's TU), as a hostile act so held out is. A condition the doer itself must meet, or
    one naming no other party, leaves the refusal a possible act. ``passive``: a step (a
    complaint, a case) held out on a negated passive ("would file a complaint with the WTO if
    the cargo was not released", "unless the fishermen are freed") is held against whoever must
    release or act, the step's target: the threat too (clauses34, fresh22's A)."""
    clause = _clause(tok)
    doer = child(clause, "nsubj")
    if doer is None:
        return False
    own = _parties(actors, doer)
    if doer.lower_ in _SELF and clause.dep_ == "ccomp":
        speaker = child(clause.head, "nsubj")
        own |= _parties(actors, speaker) if speaker is not None else set()
    if not own:
        return False
    for verb in {tok.i: tok, clause.i: clause}.values():
        for cond in _conditions(verb):
            other = child(cond, "nsubj")
            if ultimatum(cond) and other is not None and _parties(actors, other) - own:
                return True
            if passive and ultimatum(cond) and _withheld(cond, actors, own):
                return True
    return False


def _withheld(cond: Token, actors: DocActors, own: set[str]) -> bool:
    """ "if the cargo was not released", "unless the men are freed": a negated passive whose
    subject is no party of the doer's own (what the other side holds or must do)."""
    thing = child(cond, "nsubjpass")
    return thing is not None and not (_parties(actors, thing) & own)


def _parties(actors: DocActors, tok: Token) -> set[str]:
    """States, and bodies of no state ("the European Union"), that ``tok`` names."""
    return {a.ref.country or a.ref.code for a in actors.resolve(tok) if a.ref.code[:3] != "---"}


# Who can be feared to act without the speaker imposing anything: firms, markets, people.
_NOT_IMPOSERS = frozenset(
    {"investor", "firm", "company", "business", "bank", "market", "tourist", "price", "economy",
     "consumer", "exporter", "importer", "investment", "capital", "airline", "carrier",
     "insurer", "lender", "creditor", "shipper", "farmer", "worker", "people", "citizen",
     "student", "refugee", "migrant", "industry", "manufacturer", "trader", "buyer", "supplier"}
)  # fmt: skip
_WARNING = frozenset({"warn", "caution"})
_PENALTY_VERBS = frozenset({"pay", "face"})  # "warned that X would pay a price": still a threat


def warned_of_others(f: Found) -> bool:
    """ "Japan warned that Japanese investors might leave China": the warned act is done by
    firms, markets or people, not imposed by the speaker; no threat (GUIDE rule 2)."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in _WARNING or f.code[:2] != "13":
        return False
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() in _PENALTY_VERBS:
            continue
        subj = child(c, "nsubj")
        if subj is not None and subj.lemma_.lower() in _NOT_IMPOSERS:
            return True
    return False
