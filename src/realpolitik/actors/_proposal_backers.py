"""A state on "-backed", "-drafted", "-sponsored" before a proposal ("a U.S.-backed truce plan",
"a Saudi-sponsored proposal", "the French-drafted resolution") is the proposal's author or
sponsor, the party one accepts, rejects or welcomes it from (issue 9, practice2: a practice
set's class P), as "a resolution drafted by X" is X's. Before a thing or a group ("Iran-backed
militias", "Chinese-made drones") the state stays a modifier: no party to an act done with it."""

from __future__ import annotations

# Participles of authoring or sponsoring a text. (Not "-brokered", "-mediated": a mediator's
# deal is the parties' own, "agreed to a Qatari-brokered truce" is no act toward Qatar.)
AUTHOR_WORDS = frozenset({"backed", "drafted", "sponsored", "proposed", "authored"})
# Nouns of a proposal, a text or a deal put to others.
PROPOSAL_NOUNS = frozenset(
    {
        "proposal", "proposals", "plan", "plans", "initiative", "initiatives", "resolution",
        "resolutions", "draft", "text", "motion", "roadmap", "framework", "blueprint",
        "deal", "accord", "agreement", "truce", "ceasefire", "cease-fire", "formula", "offer",
        "compromise", "package", "declaration", "statement",
    }
)  # fmt: skip
_PREMODIFIERS = 4  # words between the participle and the proposal noun ("truce plan", "peace")


def proposal_after(word: str, text: str, k: int) -> bool:
    """``word`` (the participle after the hyphen) authors a proposal named within a few words
    from ``k`` ("-backed proposal", "-brokered peace plan", "-drafted three-month truce")."""
    if word not in AUTHOR_WORDS:
        return False
    words = text[k : k + 80].replace("-", " ").lower().split()
    for w in words[:_PREMODIFIERS]:
        w = w.strip(".,;:'\"()")
        if w in PROPOSAL_NOUNS:
            return True
        if not w.isalnum():
            return False
    return False
