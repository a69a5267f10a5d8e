"""The channel an act is spoken through: "criticized the sanctions in an interview with a French
newspaper", "in comments to German media", "in a statement carried by Saudi state media".

The outlet, interviewer or audience of a statement is how the act reached the public, never
whom it is aimed at: the phrase fallbacks skip it (``Site.not_parties``) and the act keeps the
target its own arguments or the story name, or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import has_any, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns of a public statement whose "with / to / by" phrase names an outlet or an audience.
# (Not letters, messages or calls: those are addressed to their target.)
CHANNEL_NOUNS = frozenset(
    {"interview", "comment", "remark", "statement", "speech", "broadcast", "post", "article",
     "op-ed", "editorial", "podcast", "column", "briefing", "appearance"}
)  # fmt: skip
_INTRO = frozenset({"in", "during"})
# The statement's outlet or audience ("with / to / for X"), not its topic ("on / about X").
_OUTLET_PREPS = frozenset({"with", "to", "for", "by"})
# Outlets a statement is made "on" ("in an interview on X television"); "on" anything else is
# the statement's topic ("a statement on X's decision").
MEDIA_NOUNS = frozenset(
    {"television", "tv", "radio", "channel", "network", "broadcaster", "station", "programme",
     "program", "show", "podcast", "website", "platform"}
)  # fmt: skip
# Clauses that name the outlet ("carried by X", "given to X", "aired on X").
_OUTLET_VERBS = frozenset(
    {"carry", "broadcast", "publish", "air", "give", "grant", "post", "televise", "release",
     "quote", "run", "issue"}
)  # fmt: skip


def channel_tokens(trigger: Token, sent: Span) -> frozenset[int]:
    """Tokens of the outlet phrases of the statement nouns ``trigger``'s sentence puts its acts
    in ("in an interview with X", "in comments to X", "in a statement carried by X"); the
    statement noun when it is the trigger itself keeps its phrases (``sent``: its sentence)."""
    if not has_any(sent, CHANNEL_NOUNS):
        return frozenset()
    out: set[int] = set()
    for n in tokens_with_lemma(sent, CHANNEL_NOUNS):
        if n.i == trigger.i or n.dep_ != "pobj" or n.head.lower_ not in _INTRO:
            continue
        for k in n.children:
            outlet = k.dep_ == "prep" and (k.lower_ in _OUTLET_PREPS or _on_media(k))
            if outlet or (k.dep_ in ("acl", "relcl") and k.lemma_.lower() in _OUTLET_VERBS):
                out.update(t.i for t in k.subtree)
    return frozenset(out)


def _on_media(prep: Token) -> bool:
    """ "On X television": an outlet named with "on"."""
    return prep.lower_ == "on" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in MEDIA_NOUNS for p in prep.children
    )
