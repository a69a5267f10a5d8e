"""What a trigger is once found: its token, lexicon row and current code, and the tables that
refine a controlling verb's code by the root of the act it governs ("agreed to meet" -> 036)."""

from __future__ import annotations

from dataclasses import dataclass

# At run time: a class compiled by mypyc reads its fields' types (scripts/compile_rules.py).
from spacy.tokens import Token

from realpolitik.extract._lexicon import Trigger
from realpolitik.ontology import cameo

# Control verbs: the embedded event's root refines the governing code.
INTENT = {"04": "036", "07": "033", "06": "031", "08": "035", "05": "032", "03": "030"}
APPEAL = {"04": "026", "07": "023", "06": "021", "08": "025", "05": "022"}
DEMAND = {"04": "106", "07": "103", "06": "101", "08": "105", "05": "102"}
THREAT = {
    "19": "138", "18": "138", "20": "138", "15": "138", "16": "131", "17": "137", "14": "133",
}  # fmt: skip
PLANS = frozenset({"plan", "intend", "prepare", "propose", "consider"})
CONTROL_REFINE = {"03": INTENT, "02": APPEAL, "10": DEMAND, "13": THREAT}


# Acts whose refusal is a REJECT (CAMEO 12): consultation, diplomatic and material cooperation,
# aid, yielding. "Would not attack" rejects nothing; "would not comment" no one.
REFUSABLE = frozenset({"04", "05", "06", "07", "08"})


@dataclass
class Found:
    """A trigger token with its lexicon line and current code."""

    tok: Token
    entry: Trigger
    code: str
    absorbed: bool = False  # folded into a control verb ("agreed to sign")
    negated: bool = False  # under "refused to", "denied that"
    controller: Found | None = None
    done_for: Token | None = None  # the asked act an "X did so" does (``_done_so``)


def plover_of(entry: Trigger, code: str) -> tuple[str | None, str | None]:
    """PLOVER type and mode of an event coded ``code`` by lexicon row ``entry``.

    A row's ``plover=TYPE/mode`` flag wins while the event keeps the row's CAMEO root (object
    words may refine it); once control folding or a future reading has moved the code to
    another root ("agreed to resign" is an intent, 03), the CAMEO conversion applies again.
    """
    if entry.plover and code[:2] == entry.cameo[:2]:
        return entry.plover, entry.plover_mode or None
    c = cameo(code)
    return c.plover, c.mode
