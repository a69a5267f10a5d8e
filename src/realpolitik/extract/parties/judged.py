"""A state's judgement of an unnamed act is aimed at that act's doer, not at home (issue 9
section 1, targets9: "the agent's own state is used instead").

"Japan's prime minister condemned the launch", "the foreign ministry criticized the vote": a
government or military that disapproves of an act whose doer the sentence does not name judges
someone else's act; ``pairs.home_target`` leaves the target open rather than coding the judging
state against itself; so does an appeal for a thing that names no addressee ("the president
urged restraint", "called for a ceasefire"). Rejections (12) keep their home target: a government rejecting demands or
proposals is often answering its own people (a version with 12 lost one relation of the PLOVER
dev check half, a domestic rejection). A people's or a party's judgement ("the opposition
condemned the decision") and a judgement of the state's own unrest ("the government condemned
the protests") stay domestic acts.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._model import Site

# CAMEO roots of judging another's act: disapprove.
JUDGING_ROOTS = frozenset({"11"})
# Appeals for a thing that names no actor ("urged restraint", "called for a ceasefire").
APPEAL_ROOT = "02"
_ASKED_PREPS = frozenset({"for"})
_THINGS = frozenset({"NOUN", "ADJ"})  # ("appealed for calm": the parser may tag it ADJ)
# Sectors that speak for the state abroad.
STATE_SECTORS = frozenset({"GOV", "MIL"})
# Acts of a state's own people: judging them is a domestic act ("condemned the protests").
DOMESTIC_ACTS = frozenset(
    {"protest", "demonstration", "rally", "riot", "unrest", "strike", "violence", "looting",
     "uprising", "insurgency", "boycott", "walkout", "sit-in", "march", "clash", "vandalism"}
)  # fmt: skip
# Prepositions that name what is judged ("protested against / over / about the decision").
_JUDGED_PREPS = frozenset({"against", "over", "about", "at", "to", "on"})


def judges_unnamed_act(s: Site, src: Arg) -> bool:
    """``src`` (a state's government or military) disapproves of an act or thing that names no
    actor ("condemned the launch", "criticized the decision") or appeals for one ("urged
    restraint", "called for a ceasefire")."""
    appeal = s.root == APPEAL_ROOT
    if not (appeal or s.root in JUDGING_ROOTS) or s.noun:
        return False
    if src.ref.code[3:6] not in STATE_SECTORS:
        return False
    preps = _ASKED_PREPS if appeal else _JUDGED_PREPS
    objs = [k for k in s.kids if k.dep_ == "dobj"]
    objs += [
        p
        for k in s.kids
        if k.dep_ == "prep" and k.lower_ in preps
        for p in k.children
        if p.dep_ == "pobj"
    ]
    return any(
        o.pos_ in _THINGS and o.lemma_.lower() not in DOMESTIC_ACTS and not s.actors.resolve(o)
        for o in objs
    )
