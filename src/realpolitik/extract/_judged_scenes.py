"""Act nouns that name no new act: the subject of a judgement of what a standing measure has
achieved, and the subject of a time clause that bounds another act (GUIDE rule 1, scene).

- "Austria's border checks have done little to stop smugglers", "Chile's import ban has
  failed to curb smuggling", "Kenya's sanctions have done nothing to change Uganda's mind": the
  measure is the background a writer judges, not news of its imposing (fresh18's NE; the gold
  keeps it `bg`). The goal the judgement weighs ("to stop smugglers", "to curb smuggling") is
  no act done either (``judged_goal``): a people noun after "stop" would otherwise be an
  arrest by the measure's owner.
- "Chile said it would hand the crew over once its own investigation ended", "held the crew
  until its inquiry was complete": the inquiry bounds the act in time, an internal step that
  names no other state, and is no event of its own (fresh18's TN). An inquiry with a party in
  its own phrase ("until its inquiry into Uganda's role ended") and other bounding acts ("before
  the summit ends": a meeting may be news) are left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

# "has done little / nothing / a great deal to V": amounts of effect judged.
_EFFECT_AMOUNTS = frozenset({"little", "nothing", "much", "lot", "deal", "less", "more"})
# Verbs of judged effect whose subject is the measure judged ("has failed to curb").
_JUDGING_VERBS = frozenset({"fail", "struggle"})
# Marks of a clause that bounds another act in time from ahead (not "after": an act before
# the news may be news of its own).
_BOUNDING_MARKS = frozenset({"once", "until", "till", "before"})
# Verbs and complements by which a bounding act ends or is done.
_ENDING = frozenset({"end", "finish", "conclude", "complete", "close", "wrap", "run", "be"})
_DONE = frozenset({"complete", "completed", "over", "finished", "done", "concluded", "closed"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Measures a judgement is about: reducing relations and sanctions (16), coercion (17), border
# checks, closures and blockades (19).
_MEASURE_ROOTS = frozenset({"16", "17", "19"})
_INQUIRY = "09"  # an investigation or inquiry (CAMEO 09)


def judged_measure(f: Found) -> bool:
    """A measure noun whose effect the clause judges ("X's checks have done little to stop
    smugglers", "X's ban has failed to curb smuggling")."""
    tok = f.tok
    if f.entry.pos != "N" or tok.dep_ != "nsubj" or f.code[:2] not in _MEASURE_ROOTS:
        return False  # ("the talks failed to produce a deal": the talks were held)
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in _JUDGING_VERBS:
        return child(verb, "xcomp") is not None
    if lemma != "do":
        return False
    amount = child(verb, "dobj")
    if amount is None or amount.lemma_.lower() not in _EFFECT_AMOUNTS:
        return False
    # (the infinitive hangs on the verb, or on "nothing" as its relative clause)
    return any(
        c.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(g.lower_ == "to" for g in c.children)
        for c in (*verb.children, *amount.children)
    )


def _judged_verb(verb: Token) -> bool:
    """ "has failed / struggled to", "has done little / nothing / a great deal to"."""
    lemma = verb.lemma_.lower()
    if lemma in _JUDGING_VERBS:
        return True
    amount = child(verb, "dobj")
    return lemma == "do" and amount is not None and amount.lemma_.lower() in _EFFECT_AMOUNTS


def judged_goal(f: Found) -> bool:
    """The infinitive a judgement of a measure's effect weighs ("X's checks have done little
    to stop smugglers and a great deal to annoy Y", "X's ban has failed to curb smuggling"):
    the goal, not an act done. Only under a common-noun subject (the measure): "Kenya has done
    little to stop Y's smugglers" is left to the other rules."""
    tok = f.tok
    if f.entry.pos != "V" or not to_infinitive(tok):
        return False
    cur = tok
    for _ in range(4):  # (a goal joined to the first: "... and a great deal to annoy Y")
        head = cur.head
        if head is cur:
            return False
        if head.dep_ == "dobj" and head.lemma_.lower() in _EFFECT_AMOUNTS:
            head = head.head  # ("done nothing to change ...": the infinitive on "nothing")
        if _judged_verb(head):
            subject = child(head, "nsubj")
            return subject is not None and subject.pos_ == "NOUN"
        if not to_infinitive(head):
            return False
        cur = head
    return False


def bounding_scene(f: Found) -> bool:
    """An act noun that is the subject of a time clause bounding another act, that ends or is
    done ("once its own investigation ended", "until its inquiry was complete"), with no party
    in its own phrase (no name but a pronoun owner, no "into / of / with" phrase)."""
    tok = f.tok
    if f.entry.pos != "N" or tok.dep_ not in _SUBJECTS or f.code[:2] != _INQUIRY:
        return False  # ("before the summit ends": a meeting may be news of its own)
    verb = tok.head
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _BOUNDING_MARKS for c in verb.children
    ):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _ENDING:
        return False
    if lemma == "be" and not any(c.dep_ == "acomp" and c.lower_ in _DONE for c in verb.children):
        return False
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return False
        if c.dep_ in ("prep", "compound") and c.pos_ in ("ADP", "PROPN"):
            return False
    return True
