"""The topic of a joint act is no third party (practice1, issue 9 round 16).

"The two leaders also signed memoranda on migrant workers", "Oslo and Helsinki agreed a
protocol on fishermen's rights": the doers of a symmetric act are each other's counterparts;
a group of unknown state in an "on / about / over" phrase of the document says what it is
about. Taken as the target, it left the signing aimed at no state ("---LAB") instead of the
partner.
"""

from __future__ import annotations

from collections.abc import Sequence

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._model import unknown

TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_only(found: Sequence[tuple[str, object]], targets: Sequence[Arg]) -> bool:
    """Whether every target found is of unknown state and every phrase it came from a topic."""
    return (
        bool(targets)
        and all(unknown(a) for a in targets)
        and all(w in TOPIC_PREPS for w, _ in found)
    )
