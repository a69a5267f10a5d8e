"""A speech act told after it by its own side's voice stays the speaker's act (issue 9,
clauses38: fresh26's class J; GUIDE rule 3).

"Poland asked Austria on Monday to extradite a suspect, the Polish foreign ministry said",
"Kenya demanded that Uganda free the men, a Kenyan spokesman said": the request or demand is
made by saying it, and the one who tells it here is the doer's own side, so it is `asserted`
(rule 3: "a speech act the speaker performs in saying it ... stays asserted"; fresh25 coded
"demanded ..., a spokesman said" so). Only requests and demands: a rejection or accusation told
so stays `reported`, as tests/extract/test_fact8 has it. The fronted form ("the ministry said
it demanded") is ``_act_coding._own_stance``'s own case; this is the trailing one, where the
doer is named before the speech verb. A deed told so ("X summoned Y's envoy, its ministry
said") stays `reported`, and so does a speech act told by another state's voice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_APPEAL_ROOT = "02"  # "asked Y to V", "urged Y to V": an appeal, made by saying it
_ASKED_ROOTS = frozenset({_APPEAL_ROOT, "10"})  # and "demanded that Y V"
_NAMED = frozenset({"PROPN", "NOUN"})


def trailing_own_speech(clause: Token, subj: Token, speaker: Token) -> bool:
    """``clause`` (the act's, its subject ``subj``) ends before the speech verb whose subject
    ``speaker`` tells it ("..., the ministry said", "..., said the ministry"): the trailing
    shape; the caller compares the two sides' states."""
    end = clause.right_edge.i
    return subj.pos_ in _NAMED and subj.i < clause.i and end < clause.head.i and end < speaker.i


def asked_code(code: str) -> bool:
    """A request or demand (02x, 10x): what the trailing shape keeps asserted. A rejection,
    accusation or other stance told after it ("X rejected Y's demands, its ministry said")
    stays `reported`, as the factuality tests have it (tests/extract/test_fact8)."""
    return code[:2] in _ASKED_ROOTS


def appeal_code(code: str) -> bool:
    """An appeal or request (02x): a speech act besides ``_fact_scope.speech_code``'s."""
    return code[:2] == _APPEAL_ROOT
