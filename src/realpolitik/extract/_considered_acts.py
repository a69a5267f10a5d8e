"""An act weighed is the act, `possible`, not a policy option of its own (issue 9 round 37,
clauses44: fresh31's class C).

"Norway would consider more visas for Peruvian miners if Lima ...", "said it would consider it
favourably": the weighing verb's own row codes 014
("consider policy option"), but what is weighed is an act of the subject's toward the other
state, which GUIDE rule 4 codes as that act, `possible` (as the tune gold codes "would also
consider a line of credit": 071 `possible`, no 014). So the 014 goes where the weighing is held
out with a modal ("would / could consider N", "would consider expelling ...": an offer in
prospect, whose noun, where it names an act, keeps its own code). A deliberation told as it
stands ("Japan is considering sanctions on Russia", "is considering sending aid to Y",
"considering its options against Y") stays 014, the codebook's "consider policy option".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._found import Found

_WEIGHING = frozenset({"consider", "weigh", "mull", "contemplate"})
_CONSIDERED = "014"
_MODALS = frozenset({"would", "could", "might", "may", "will", "'d", "'ll", "wo"})
# Objects of a deliberation with a party (lex28's "options against Y"): a policy option stays.
_OPTIONS = frozenset(
    {"option", "step", "move", "response", "measure", "action", "choice", "alternative"}
)


def _offered_weighing(f: Found) -> bool:
    """ "would consider more visas", "could consider it favourably": a modal weighing whose
    object is no policy option."""
    kids = list(f.tok.children)
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids):
        return False
    if any(c.dep_ == "neg" for c in kids):
        return False  # ("would not consider": a refusal's business, not this)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    return obj is None or obj.lemma_.lower() not in _OPTIONS


def fold_considered(found: list[Found]) -> None:
    """Drop the 014 of a weighing verb a modal holds out: the weighed act (where one is coded)
    is the event, `possible`. A deliberation told as it stands ("is considering sending aid
    to Y") stays 014, the codebook's "consider policy option" (the PENTA dev gold's reading)."""
    for f in found:
        if f.absorbed or f.code != _CONSIDERED or f.entry.pos != "V":
            continue
        if f.tok.lemma_.lower() not in _WEIGHING:
            continue
        if _offered_weighing(f):
            f.absorbed = True
