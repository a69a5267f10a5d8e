"""An intent noun that is only talked about: "Kenya cast doubt on Uganda's commitment to peace",
"warned against X's plan to build a dam", "X broke / honoured its pledge", "reminded X of its
promise".

An intent noun (commitment, pledge, promise, plan) in the topic phrase of a doubt or a warning,
or the object of a verb that keeps, breaks or recalls an earlier undertaking, names an intent
the sentence does not report being made: no event of its own (as ``nouns.thing_of_other_verb``
reads "questioned X's commitment"). The verb's own act, where it has a row ("reneged on",
"accused X of breaking"), is coded as before."""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.kept_promises import kept_promise

INTENT_NOUNS = frozenset({"commitment", "pledge", "promise", "plan"})
DOUBT_NOUNS = frozenset(
    {"doubt", "question", "concern", "skepticism", "scepticism", "uncertainty", "suspicion"}
)
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding"})
# Verbs whose "against" phrase names what is warned against ("warned against X's plan").
_WARNING_VERBS = frozenset({"warn", "caution"})
# Verbs that keep, break or recall an undertaking made before ("broke its pledge", "reminded X
# of its promise", "held X to its promise", "delivered on its commitment").
_UNDERTAKING_VERBS = frozenset(
    {"break", "honour", "honor", "keep", "fulfil", "fulfill", "violate", "abandon", "betray",
     "remind", "hold", "deliver", "renege", "breach", "respect"}
)  # fmt: skip
_UNDERTAKING_PREPS = frozenset({"of", "to", "on"})
# Verbs a plan is put through as their passive subject ("X's plan to V was approved").
_DECIDING_VERBS = frozenset(
    {"approve", "reject", "shelve", "delay", "block", "halt", "suspend", "scrap", "endorse",
     "adopt", "clear", "pass", "veto", "postpone", "freeze", "cancel", "review", "discuss",
     "debate", "sign"}
)  # fmt: skip


@acts_on(noun=True)
def talked_about_intent(s: Site, c: Candidates) -> Candidates:
    """ "Cast doubt on X's commitment", "warned against X's plan", "broke its pledge",
    "reminded X of its promise": the intent noun is a topic or an earlier undertaking, no
    event."""
    tok = s.tok
    if c.pairs and s.noun and kept_promise(tok):
        return _dropped(c)  # "made good on its pledge to V": the kept act is the event (lex21)
    if not c.pairs or not s.noun or tok.lemma_.lower() not in INTENT_NOUNS:
        return c
    head = tok.head
    if tok.dep_ == "nsubjpass" and tok.lemma_.lower() == "plan":
        # "X's plan to build a railway to Y was approved / shelved": a plan decided on, no
        # intent made here (leftovers60)
        return _dropped(c) if head.lemma_.lower() in _DECIDING_VERBS else c
    if tok.dep_ == "dobj":
        return _dropped(c) if head.lemma_.lower() in _UNDERTAKING_VERBS else c
    if tok.dep_ != "pobj" or head.i == tok.i:
        return c
    word, gov = head.lower_, head.head
    if gov.dep_ == "dobj" and gov.head.lemma_.lower() in _UNDERTAKING_VERBS:
        gov = gov.head  # "reminded Britain of its pledge": the parser hangs "of" on the object
    verb = gov.lemma_.lower()
    if word == "against" and verb in _WARNING_VERBS:
        return _dropped(c)
    if word in _UNDERTAKING_PREPS and verb in _UNDERTAKING_VERBS and gov.pos_ == "VERB":
        return _dropped(c)
    if word not in _TOPIC_PREPS or gov.i == head.i:
        return c
    doubts = [gov] + [k for k in gov.children if k.dep_ == "dobj"]
    return _dropped(c) if any(d.lemma_.lower() in DOUBT_NOUNS for d in doubts) else c


def _dropped(c: Candidates) -> Candidates:
    return c.with_pairs([], "talked_about_intent")
