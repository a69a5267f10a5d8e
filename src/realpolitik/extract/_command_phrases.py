"""Who leads or hosts, and so is no party: the commander of a force and the host of an occasion.

Whose command a force serves under: "sent six frigates to the Gulf under British command",
"troops under the command of NATO", "a mission under UN control".

The commander named in an "under X command (control, leadership, flag)" phrase leads the force;
it is no party to the act (the command is not aimed at or by anyone), so the phrase fallbacks
never take the act's target from it (practice17's UC class).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import has_any, tokens_with_form
from realpolitik.extract._venues import gathering

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_UNDER = frozenset({"under"})
_COMMAND_NOUNS = frozenset({"command", "control", "leadership", "flag", "banner", "commander"})


def command_tokens(sent: Span) -> frozenset[int]:
    """Tokens of ``sent``'s "under X command" phrases (the prepositions and all they hold)."""
    if not has_any(sent, _UNDER):
        return frozenset()
    out: set[int] = set()
    for prep in tokens_with_form(sent, _UNDER):
        heads = [k for k in prep.children if k.dep_ == "pobj"]
        if prep.dep_ == "prep" and any(h.lemma_.lower() in _COMMAND_NOUNS for h in heads):
            out.update(t.i for t in prep.subtree)
    return frozenset(out)


_OCCASION_PREPS = frozenset({"at", "during", "on", "in"})
_HOST_VERBS = frozenset({"host", "organise", "organize", "convene", "sponsor", "chair"})


def _occasion_hosts(trigger: Token) -> list[Token]:
    """The host participles of the gatherings ``trigger`` is done at ("at talks hosted by Z")."""
    return [
        verb
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPS
        for occasion in prep.children
        if occasion.dep_ == "pobj" and gathering(occasion)
        for verb in occasion.children
        if verb.dep_ == "acl" and verb.lemma_.lower() in _HOST_VERBS
    ]


def occasion_host_tokens(trigger: Token, sent: Span | None = None) -> frozenset[int]:
    """ "The presidents of A and B pledged at talks hosted by Z to V": the host of the occasion
    an act is done at is only its host (the GUIDE's hosts), never a party of the act done
    there (practice17's HS class); the tokens of the host participle's phrase ("hosted by Z
    outside Moscow"), less the pledge's own infinitive hung on it. ``sent``: the trigger's
    sentence, when known (its word sets skip the walk where no host verb is in it)."""
    out: set[int] = set()
    if sent is not None and not has_any(sent, _HOST_VERBS):
        return frozenset()  # (no host verb in the sentence: no walk over the trigger's phrases)
    for verb in _occasion_hosts(trigger):  # ("hosted by Z outside Moscow": where Z hosts)
        own = {t.i for k in verb.children if _to_infinitive(k) for t in k.subtree}
        out.update(t.i for t in verb.subtree if t.i not in own and t.i != verb.head.i)
    return frozenset(out)


def hosted_infinitives(trigger: Token) -> list[Token]:
    """ "Pledged at talks hosted by Z to seek a settlement": the parser hangs the pledge's
    infinitive on the host participle (or on the gathering noun); it is the trigger's own."""
    return [
        k
        for verb in _occasion_hosts(trigger)
        for k in (*verb.children, *verb.head.children)  # (or on the gathering noun)
        if k.dep_ in ("advcl", "xcomp", "acl") and k.i > verb.i and _to_infinitive(k)
    ]


def _to_infinitive(k: Token) -> bool:
    return k.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
