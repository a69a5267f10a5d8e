"""How sure extraction is of an argument and of an event: one named scale.

Every argument (``Arg.quality``, 0-1) says how its actor was found; an event's confidence adds
the quality of its source and target to how specific its trigger and code are. Names, not bare
numbers, so that a rule can say "a guessed party" and a reader can see where each guess ranks.
"""

from __future__ import annotations

# -- argument quality: how the actor of an argument was found (highest first) -------------------
NAMED = 1.0  # the argument is a registry name ("Russia", "Putin", "the Kremlin")
COMPOSED = 0.8  # a word owned by a name: "Gondor's government", "soldiers from Gondor"
LISTED = 0.75  # one of several: "U.S. and Russian negotiators", "the ambassadors of A, B and C"
OWNER = 0.75  # the owner of a moved thing: "North Korean arms" -> PRK sends them
REFERRED = 0.6  # a pronoun or "the two countries": coreference to an earlier name
IN_PHRASE = 0.6  # the nearest actor in the trigger's phrase, when syntax named no target
DEFINITE = 0.55  # "the country", "the leader": the last state or person named
EARLIER = 0.5  # the doer of an act an earlier sentence named ("condemned the drills")
UNPLACED = 0.45  # a registry sector name of unknown country ("the rebels")
SECTOR_WORD = 0.35  # a sector word of unknown country ("police", "soldiers")
GUESSED = 0.3  # a convention fills the slot: an unnamed attacker, a domestic act's own state

# -- factors: an argument moved or recoded by a rule keeps this share of its quality ------------
DEEP_IN_PHRASE = 0.8  # found a few arcs down the verb's phrase ("criticized the closure of ...")
LOCATED = 0.8  # an unknown-country actor placed in the state the sentence names
HOSTED = 0.9  # an ethnic group coded as the state it lives in

# -- thresholds ---------------------------------------------------------------------------------
NAMED_DOER = 0.4  # a doer at least this sure makes its event the sentence's news
FIRM_TARGET = 0.5  # a target below this that equals the source was a guess: no target

# -- event confidence ---------------------------------------------------------------------------
_BASE = 0.3
_SPECIFIC_CODE = 0.12  # a sub-code ("193", "0841") rather than a root's generic "190"
_PER_CONDITION = 0.04  # per condition of the lexicon row (particle, object, preposition ...)
_SOURCE_WEIGHT = 0.3
_TARGET_WEIGHT = 0.2
_NO_TARGET = 0.05
_PER_EXTRA_ARC = 0.05  # per dependency arc between the trigger and its source beyond the first
BACKGROUND = 0.6  # a scene-setting event kept with --background keeps this share


def event_confidence(
    code: str, conditions: int, source: float, target: float | None, path: int
) -> float:
    """Confidence of an event from its code, its lexicon row's conditions and its arguments.

    ``source`` and ``target`` are argument qualities (``target`` None: no target); ``path`` is
    the number of arcs from the trigger to its source.
    """
    specific = _SPECIFIC_CODE if (len(code) == 4 or code[2] != "0") else 0.0
    score = _BASE + specific + _PER_CONDITION * conditions + _SOURCE_WEIGHT * source
    score += _TARGET_WEIGHT * target if target is not None else _NO_TARGET
    score -= _PER_EXTRA_ARC * max(0, path - 1)
    return max(0.05, min(0.99, score))
