"""Use (c) of the event classifier: a PRECISION filter that drops a rule event the classifier
strongly contradicts.

A trigger row can fire on a reading the sentence does not have ("strike" a deal, "hit" a
record). When the classifier's ``penta`` head, seen from the event's trigger, gives the event's
side (cooperation: classes 1-2; conflict: 3-4) a probability below ``DOUBT_MAX``, the event is
treated as an aside (kept only with ``--background``). Statements (class 0) are never doubted.

Measured on its own (README, "Accuracy and speed"); the stage is off unless ``ENABLED``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.event_classifier import classifier, sentence_features
from realpolitik.ontology import penta_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ENABLED = False  # measured and not kept (README): the rules' events stand alone
DOUBT_MAX = 0.05  # the side's probability below which the classifier contradicts the event
COOPERATION = ("1", "2")
CONFLICT = ("3", "4")
_SIDES = {1: COOPERATION, 2: COOPERATION, 3: CONFLICT, 4: CONFLICT}


def doubted(sent: Span, trigger: Token, code: str) -> bool:
    """Whether the classifier contradicts the event of ``code`` that ``trigger`` set off."""
    side = _SIDES.get(penta_of(code)) if ENABLED else None
    if side is None:
        return False
    probs = classifier()["penta"].probabilities(sentence_features(sent, trigger))
    return sum(probs[c] for c in side) < DOUBT_MAX
