"""A judged act named by its own noun shares no aim with the verbs conjoined after it
(issue 9 round 30, clauses36; fresh24_classes.md J).

"Ghana's foreign minister condemned the stabbing and telephoned her Togolese counterpart":
"condemned" has its object, the act judged, and GUIDE rule 6 aims a condemnation at that act's
agent. The counterpart is whom the second verb calls; read as the condemnation's target, the
victims' state became the one condemned (111 `asserted` at Y, a false assertion). Where the
judged noun names no agent, the condemnation is aimed at nobody the sentence names; a target
read later from the story (``earlier_act_doer``) still stands. Only friendly or consulting
conjuncts are set apart (a call, a visit, sympathy, aid: done to the victims' side); a hostile
one ("condemned the attack and summoned Y's ambassador") still names whom the judgement is
aimed at. "Deployed troops and fired on X" keeps its shared aim: no judgement of an act there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Roots of judging an act: disapproval and its cousins (111 condemn, 112 accuse ...).
_JUDGING = "11"
# Roots of the conjoined acts done to the victims' side: sympathy (01), consulting (04),
# cooperation (05), aid (07).
_FRIENDLY = frozenset({"01", "04", "05", "07"})
# Nouns that name an act by its kind, without the "-ing" of a gerund noun ("the stabbing").
_ACT_NOUNS = frozenset(
    {
        "attack", "assault", "murder", "killing", "raid", "strike", "bombing", "abduction",
        "kidnapping", "arrest", "detention", "seizure", "incident", "violence", "crime",
        "act", "move", "decision", "expulsion", "execution", "beating", "massacre", "rape", "robbery", "theft",
    }
)  # fmt: skip


def _act_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _ACT_NOUNS or (tok.tag_ == "NN" and tok.lower_.endswith("ing"))


def judged_act_conjuncts(
    trigger: Token, code: str, triggers: Mapping[int, Found]
) -> frozenset[int]:
    """The tokens of the friendly verbs conjoined after a judging verb whose object is an act
    noun (``triggers``: the sentence's found triggers by token)."""
    if code[:2] != _JUDGING or trigger.pos_ not in ("VERB", "AUX"):
        return frozenset()
    if not any(k.dep_ == "dobj" and _act_noun(k) for k in trigger.children):
        return frozenset()
    return frozenset(
        t.i
        for k in trigger.children
        if k.dep_ in ("conj", "dep")
        and k.pos_ in ("VERB", "AUX")
        and k.i > trigger.i
        and (f := triggers.get(k.i)) is not None
        and f.code[:2] in _FRIENDLY
        for t in k.subtree
    )


__all__ = ["judged_act_conjuncts"]
