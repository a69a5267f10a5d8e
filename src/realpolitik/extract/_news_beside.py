"""Acts that sit in a clause the salience rules read as scene-setting, yet are the news itself
(lex29, fresh16_classes.md HO and HS).

- "Latvian guards deported three Estonian men accused of smuggling, handing them to Estonian
  police at the border": a trailing participle with no subject of its own that hands people
  over (063, GUIDE rule 7) is the same doer's second act, done in the same breath, as
  ``salience.voiced_alongside`` keeps a trailing accusation; it is not a circumstance
  ("..., killing 20").
- "flew to Tallinn for talks with Prime Minister Michal, who welcomed her at the airport": a
  hosting (043) in a non-restrictive relative clause on the named host is the host's reception
  of the guest (GUIDE rule 6: "B welcomed A" is required), not background about the host; a
  restrictive one ("the minister who received him last year") still sets the scene.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import set_off_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

_HANDOVER = "063"
_HOSTING = "043"
_WHO = frozenset({"who", "whom"})


def handed_alongside(tok: Token, code: str) -> bool:
    """ "deported the men, handing them to Y's police": a trailing hand-over participle."""
    return code[:3] == _HANDOVER and set_off_participle(tok)


def hosting_relative(tok: Token, code: str) -> bool:
    """ "..., Prime Minister Michal, who welcomed her at the airport": a hosting in a "who"
    clause set off by a comma after a named person."""
    if code[:3] != _HOSTING or tok.dep_ != "relcl":
        return False
    host = tok.head
    if host.pos_ not in ("PROPN", "NOUN"):
        return False
    who = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in _WHO), None)
    if who is None or who.i == 0:
        return False
    return tok.doc[who.i - 1].text == ","


def news_beside(tok: Token, code: str) -> bool:
    """Whether ``tok``'s act is news though its clause looks like scene-setting (module doc)."""
    return handed_alongside(tok, code) or hosting_relative(tok, code)


__all__ = ["handed_alongside", "hosting_relative", "news_beside"]
