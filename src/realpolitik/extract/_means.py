"""Acts named by their means: "X responded / retaliated / answered by V-ing Y" (class BY of
fresh5). The gerund is the act, done by the governing verb's subject
(``parties._reading.by_means_governor``); a verb of response that only frames it ("retaliated",
CAMEO 190 on its own) is no second act. And acts named as what a probe looks into ("opened an
investigation into X's role in the attack"): the probe's topic, no act of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Verbs that say an act answers another, whose "by V-ing" phrase names the answering act.
RESPONSE_VERBS = frozenset({"respond", "answer", "retaliate", "react", "reply", "hit", "counter"})
# Prepositions of a response verb that name what (or whom) it answers ("responded to X").
ANSWERED_PREPS = frozenset({"to", "against"})


def framed_by_means(f: Found, triggers: set[int]) -> bool:
    """ "Poland retaliated by expelling three diplomats": the retaliation is the expulsion."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in RESPONSE_VERBS:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "by" and g.dep_ == "pcomp" and g.i in triggers
        for p in tok.children
        for g in p.children
    )


# Nouns of a probe whose light verb ("opened", "launched") may carry the probe's phrases.
PROBE_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe"})
_PROBE_PREPS = frozenset({"into", "in", "of", "over", "on"})


def probed(verb: Token, prep: Token) -> bool:
    """ "Opened an investigation into X's role in the attack", parsed with the phrases on the
    verb: a phrase after the probe noun says what is probed (the lex8 suite's false 19)."""
    if prep.lower_ not in _PROBE_PREPS:
        return False
    return any(
        k.dep_ == "dobj" and k.lemma_.lower() in PROBE_NOUNS and k.i < prep.i for k in verb.children
    )
