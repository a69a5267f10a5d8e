"""Where the speaker is: "during a visit to Egypt, X condemned the strikes", "in a speech in
Paris, X thanked allies", "X said in Madrid that ...".

The place a statement is made in, and the state a speaker is visiting when judging someone
else's act, say where the act was done, not whom it is aimed at: the phrase fallbacks skip them
(``Site.not_parties``). A cooperative act on a visit ("on a visit to Kyiv, X pledged more aid")
is often aimed at the host, so a visit's host is skipped only for conflictual talk (demands,
disapproval, rejections, threats) and appeals; the place of a speech always.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._channels import CHANNEL_NOUNS
from realpolitik.extract._tree import has_any, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns of the speaker's journey ("during a visit to X", "on a trip to X").
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stopover"})
# Roots of talk aimed at whoever did an act: appeal, demand, disapprove, reject, threaten.
TALK_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# Where a statement is made: its noun ("a speech in Paris", "a rally in Budapest") or a verb of
# speaking ("said in Madrid").
SPEECH_PLACES = CHANNEL_NOUNS | frozenset({"rally", "address", "conference"})
SPEAKING = frozenset({"say", "speak", "tell", "declare", "state", "add", "remark"})
_PLACE_PREPS = frozenset({"in", "at"})
_TO_PREPS = frozenset({"to", "in"})
_SCENE_PREPS = frozenset({"during", "on", "in", "at"})
_PLACE_NOUNS = frozenset({"capital", "city", "town", "parliament", "palace"})


def speaker_place_tokens(trigger: Token, root: str, sent: Span) -> frozenset[int]:
    """Tokens of the places ``trigger``'s speaker speaks in or (for talk roots) visits
    (``sent``: its sentence)."""
    out: set[int] = set()
    if has_any(sent, SPEAKING):  # (else no verb of speaking: no walk over the children)
        if trigger.lemma_.lower() in SPEAKING:  # "said in Madrid that ..."
            out.update(_place_phrases(trigger, _PLACE_PREPS))
        for k in trigger.children:  # "condemned the strikes, speaking in Doha"
            if k.dep_ in ("advcl", "xcomp") and k.lemma_.lower() in SPEAKING:
                out.update(_place_phrases(k, _PLACE_PREPS))
    if has_any(sent, SPEECH_PLACES):
        for n in tokens_with_lemma(sent, SPEECH_PLACES):
            if n.i != trigger.i and n.dep_ == "pobj" and n.head.lower_ in _SCENE_PREPS:
                out.update(_place_phrases(n, _PLACE_PREPS))
    if root in TALK_ROOTS and has_any(sent, VISIT_NOUNS):
        for n in tokens_with_lemma(sent, VISIT_NOUNS):
            if n.i != trigger.i and n.dep_ == "pobj" and n.head.lower_ in _SCENE_PREPS:
                out.update(_place_phrases(n, _TO_PREPS))
    return frozenset(out)


def _place_phrases(head: Token, preps: frozenset[str]) -> list[int]:
    """Tokens of ``head``'s "in / at / to" phrases that name a place (a proper noun or a
    place noun: "in Paris", "in the Kenyan capital")."""
    out: list[int] = []
    for k in head.children:
        if k.dep_ != "prep" or k.lower_ not in preps:
            continue
        pobjs = [p for p in k.children if p.dep_ == "pobj"]
        if any(p.pos_ == "PROPN" or p.lemma_.lower() in _PLACE_NOUNS for p in pobjs):
            out.extend(t.i for t in k.subtree)
    return out
