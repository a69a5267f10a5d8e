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


# Where a verb of saying, threatening or accusing is done "on" a medium ("threatened on social
# media to invade X", "accused Y on state television"): the channel, never the act's target.
# Not "programme", "show", "network", "platform": "will act on programs with Y" names a topic.
VERB_MEDIA = frozenset(
    {"television", "tv", "radio", "media", "broadcaster", "podcast", "website", "twitter",
     "facebook", "telegram", "instagram", "youtube", "tiktok", "internet", "airwaves"}
)  # fmt: skip
# Acts "on" a medium that can be aimed at it: sanctions, bans and curbs on a state's television
# (16x, 17x) keep it ("imposed sanctions on Russian state media").
_MEDIA_TARGET_ROOTS = frozenset({"16", "17"})
_ON = frozenset({"on"})


def channel_tokens(trigger: Token, sent: Span, root: str = "") -> frozenset[int]:
    """Tokens of the outlet phrases of the statement nouns ``trigger``'s sentence puts its acts
    in ("in an interview with X", "in comments to X", "in a statement carried by X"); the
    statement noun when it is the trigger itself keeps its phrases (``sent``: its sentence).
    Also the "on" phrase of a medium hung on the trigger verb itself ("threatened on social
    media to ...", "accused Y on state television"), unless ``root`` (the act's CAMEO root) is
    one that can be aimed at a medium (sanctions, bans)."""
    out = set(verb_medium_tokens(trigger, root) if has_any(sent, _ON) else ())
    if not has_any(sent, CHANNEL_NOUNS):
        return frozenset(out)
    for n in tokens_with_lemma(sent, CHANNEL_NOUNS):
        if n.i == trigger.i or n.dep_ != "pobj" or n.head.lower_ not in _INTRO:
            continue
        for k in n.children:
            outlet = k.dep_ == "prep" and (k.lower_ in _OUTLET_PREPS or _on_media(k))
            if outlet or (k.dep_ in ("acl", "relcl") and k.lemma_.lower() in _OUTLET_VERBS):
                out.update(t.i for t in k.subtree)
    return frozenset(out)


def verb_medium_tokens(trigger: Token, root: str = "") -> frozenset[int]:
    """The medium of an "on MEDIUM" phrase hung on the trigger verb ("threatened on social
    media", "warned on Cuban television"), unless ``root`` can be aimed at a medium."""
    if root in _MEDIA_TARGET_ROOTS or trigger.pos_ not in ("VERB", "AUX"):
        return frozenset()
    out: set[int] = set()
    for k in trigger.children:
        if k.dep_ != "prep" or k.lower_ != "on":
            continue
        for p in k.children:
            if p.dep_ == "pobj" and (p.lemma_.lower() in VERB_MEDIA or p.lower_ in VERB_MEDIA):
                out.update(_medium_words(p))
    return frozenset(out)


# The words that name a medium ("Cuban state television"), not a phrase hung on it ("... of
# retaliation against Y", which the parser may attach to the medium).
_MEDIUM_DEPS = frozenset({"amod", "compound", "det", "poss", "nmod", "case"})


def _medium_words(medium: Token) -> list[int]:
    return [medium.i] + [t.i for k in medium.children if k.dep_ in _MEDIUM_DEPS for t in k.subtree]


def _on_media(prep: Token) -> bool:
    """ "On X television": an outlet named with "on"."""
    return prep.lower_ == "on" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in MEDIA_NOUNS for p in prep.children
    )
