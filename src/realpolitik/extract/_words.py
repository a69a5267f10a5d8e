"""Word lists (and CAMEO root sets) that more than one step of extraction reads (a leaf module:
imports nothing)."""

from __future__ import annotations

# Verbs that only carry an event noun: "held talks", "launched an attack", "paid a visit".
LIGHT_VERBS = frozenset(
    {
        "hold", "make", "pay", "launch", "carry", "conduct", "stage", "wage", "begin", "start",
        "continue", "resume", "open", "take", "give", "provide", "issue", "lodge", "file",
        "express", "reach", "conclude", "mount", "step", "deliver", "offer", "announce", "order",
        "join", "intensify", "escalate", "impose", "sign", "seal", "hail", "undertake",
        "host", "attend", "extend", "voice", "receive", "win", "register",
        "initiate", "pursue", "plan", "prepare", "propose", "call", "demand", "have",
        "leave", "travel", "arrive", "fly", "go", "head", "come", "return",
        # a measure made wider or harder is still its doer's ("expanded sanctions on Moscow",
        # "widened its tariffs on Y": leftovers30)
        "expand", "widen", "broaden", "tighten", "toughen",
        # "vowed to keep up the strikes": the strikes kept up are still its doer's (lo57)
        "keep",
    }
)  # fmt: skip
# Verbs that join (align with) a measure another side imposed: "would join (back, mirror, enforce)
# the EU's sanctions on Y" is the joiner's 163 at Y, `possible` where it is future, never a threat
# (leftovers59), and aimed at the sanctioned state, never the imposer (parties53). One set for
# both readings (``_stated_steps.joined_measure``, ``parties.joined_sanctions``).
JOINING_MEASURES = frozenset(
    {"join", "back", "adopt", "follow", "enforce", "implement", "support", "mirror", "endorse"}
)
# Verbs that bear a message, sentiment or protest for its owner: "will convey Kenya's
# condolences to Peru" carries the future to the owner's act, as a light verb does (lo25).
CARRYING_VERBS = LIGHT_VERBS | {"convey", "relay", "transmit", "bear", "bring", "hand", "pass"}

# Currencies: "5 million Bahraini dinars" names money, no actor (its demonym is no mention).
CURRENCY_NOUNS = frozenset(
    {
        "dinar", "dollar", "euro", "pound", "franc", "rupee", "riyal", "rial", "dirham", "yen",
        "yuan", "won", "peso", "shilling", "naira", "rand", "krona", "krone", "lira", "ruble",
        "rouble", "taka", "baht", "ringgit", "rupiah", "dong", "kip", "leu", "lev", "kwacha",
        "cedi", "birr", "manat", "tenge", "lari", "dram", "hryvnia", "zloty", "forint", "real",
        "kyat", "dalasi", "leone", "escudo", "tala", "vatu", "kina", "loti", "lilangeni",
        "pula", "ariary", "guarani", "boliviano", "sol", "colon", "lempira", "quetzal",
    }
)  # fmt: skip

# Evidential passives: "X is reported / said / believed / understood to have sent troops" states
# X's act in another's voice (reported, GUIDE rule 4), and X (the passive subject) is the act's
# doer, as after the raising "is expected to" (fact24). Not "is known to" (the writer vouches for the act) nor "is
# considered to" (a trigger of its own).
EVIDENTIAL = frozenset(
    {
        "report", "say", "believe", "think", "understand", "allege", "rumour", "rumor",
        "suppose", "reckon", "claim", "presume", "suspect", "estimate",
    }
)  # fmt: skip

# Possessive pronouns that stand for a state or its people ("their boats", "its ambassador").
OWNER_PRONOUNS = frozenset({"its", "their"})

# CAMEO roots of an act that asks another for something: appeals (02) and demands (10).
REQUEST_ROOTS = frozenset({"02", "10"})

# Factualities of an act that took place, told as done or as reported.
DONE_FACTS = frozenset({"asserted", "reported"})
