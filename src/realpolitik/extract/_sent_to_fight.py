"""What forces are sent for: "sent volunteers to fight for X" names the sending's purpose, no
fight of its own (issue 9, phenomenon 7: "volunteers sent to fight for Syria" is support for
Syria, never an attack on it). Asked by :func:`realpolitik.extract.salience.non_event`
(suite16, round 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

# Verbs of sending people somewhere for a purpose.
SENDING = frozenset({"send", "dispatch", "despatch", "deploy", "fly", "airlift", "ship", "rush"})
# Roots of force: a fight "for" or "alongside" someone is on that party's side.
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_SIDE_PREPS = frozenset({"for", "alongside", "beside"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "ccomp"})
_HELP = frozenset({"help", "assist", "aid", "support"})
# "help T fight": the fight as the help's open complement, or as a clause with T its subject
# ("help President K fight", where the parse gives the name the fight's subject).
_HELPED_DEPS = frozenset({"xcomp", "ccomp"})


def sent_to_fight(f: Found) -> bool:
    """ "S sent volunteers to fight for T", "fighters sent by S to fight alongside T's army",
    "dispatched troops to help T fight the rebels": force on someone's side, in the purpose
    infinitive of a sending, is what the sent are for (the sending is the act: support of
    T), not a fight asserted of anyone. Under any infinitive "to help T V" ("agreed / pledged
    to help T fight rebels", parties48) the fight is what the help is for, no act of its own."""
    tok = f.tok
    if f.code[:2] not in _FORCE_ROOTS or f.entry.pos != "V" or tok.dep_ not in _PURPOSE_DEPS:
        return False
    gov = tok.head
    side = any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in tok.children)
    if gov.lemma_.lower() in _HELP and gov.dep_ in _PURPOSE_DEPS:
        if tok.dep_ in _HELPED_DEPS and to_infinitive(gov) and gov.head.i < gov.i:
            return True  # "agreed to help T fight rebels armed by Z": the help's purpose
        side, tok, gov = True, gov, gov.head  # "to help T fight the rebels"
    if not side or not to_infinitive(tok):
        return False
    return gov.lemma_.lower() in SENDING and gov.i < tok.i
