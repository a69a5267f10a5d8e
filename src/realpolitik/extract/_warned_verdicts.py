"""Warnings that judge an act instead of naming a consequence: no threat (lex22, fresh11 WN).

GUIDE rule 2 codes a warning as a threat (13x) only when it names a consequence the speaker
will impose ("warned that it would respond", "warned that X would pay a price"). "Warned that
any attempt to intervene would be treated as aggression", "warned that the move would undermine
the talks", "warned that such a step would cross a red line" judge a feared act (its subject, an
act noun) by a verb of classing or harm: nothing is held out, and the warning is a plain
statement. (A warning whose feared act is done by firms or markets is ``warned_of_others``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._predicted_harm import HARM_VERBS
from realpolitik.extract._readings import ACT_NOUNS
from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_WARNING = frozenset({"warn", "caution"})
# Verbs that class or judge the feared act: how it "would be treated", what it "would mean".
_JUDGING = frozenset(
    {"treat", "regard", "consider", "view", "see", "deem", "interpret", "construe", "count",
     "constitute", "amount", "mean", "represent", "cross", "undermine", "harm", "damage",
     "jeopardise", "jeopardize", "endanger", "destabilise", "destabilize", "escalate", "worsen",
     "hurt", "backfire", "violate", "breach", "complicate", "derail", "poison", "inflame",
     "embolden", "fuel", "be", "become", "prove", "remain"}
)  # fmt: skip
# Subjects that are themselves the consequence ("sanctions would follow", "a response would
# come") or the speaker's means of imposing one: the warning stays a threat.
CONSEQUENCES = frozenset(
    {"consequence", "retaliation", "response", "reprisal", "countermeasure", "measure",
     "sanction", "punishment", "penalty", "price", "action", "force", "troop", "army", "military",
     "navy", "soldier", "government", "country", "state", "nation", "ministry", "authority",
     "administration", "police", "guard", "tariff", "reply", "answer"}
)  # fmt: skip
# Complements that are the consequence: "would be met with force", "would face sanctions".
MET = frozenset({"meet", "face", "pay", "draw", "invite", "provoke", "trigger", "prompt"})


def warned_verdict(f: Found) -> bool:
    """ "Warned that any attempt ... would be treated as interference": the that-clause's subject
    is an act noun and its verb classes or judges it; no consequence imposed, no threat."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in _WARNING or f.code[:2] != "13":
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_judges(c) for c in clauses)


def _judges(clause: Token) -> bool:
    subj = child(clause, "nsubj") or child(clause, "nsubjpass")
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() in CONSEQUENCES:
        return False
    verb = clause.lemma_.lower()
    # "this move would wreck the talks": harm predicted of an act ("its missiles would destroy
    # X" is the speaker's means: no act noun, still a threat)
    harm = verb in HARM_VERBS and subj.lemma_.lower() in ACT_NOUNS
    if (verb not in _JUDGING and not harm) or verb in MET:
        return False
    # "would be treated as aggression and met with force": a consequence named after all
    words = {t.lemma_.lower() for t in clause.subtree}
    return not (words & CONSEQUENCES - {"force"}) and not (words & MET)
