"""A state's promised protest: "Beijing said it would protest (Manila's move)" (leftovers19).

A stated future hostile act is coded as the speaker's threat (``_codebook.future_code``), so the
protest verb's dissent reading (140) became "threaten to protest" (133) before
``salience.diplomatic_protest`` could read a state's protest as the diplomatic one (114). A state
that says it will protest announces its protest, which is `possible` (GUIDE rule 4), no threat;
a crowd's "would protest" stays the threat of dissent (133).
"""

from __future__ import annotations

_DEMONSTRATION_ROOT = "14"
_THREATENED_PROTEST = "133"  # future_code's reading of a stated future protest (140)


def protest_reading(code: str) -> bool:
    """``code`` is a protest verb's dissent reading, done (14x) or stated as to come (133)."""
    return code[:2] == _DEMONSTRATION_ROOT or code == _THREATENED_PROTEST
