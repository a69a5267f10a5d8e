"""Acts told earlier in the reaction's own sentence, for a definite noun that names one.

Wire copy packs the act and the answer into one sentence: "Turkish troops crossed into northern
Iraq on Thursday, and Iraq's spokesman called the incursion a violation of its sovereignty",
"Israeli tanks pushed into Gaza, and Egypt condemned the offensive". The document's earlier acts
(``SentenceParties.earlier``) hold only the sentences before, so the noun found no doer and the
criticism no target (practice9's class SA). Here the sentence's own triggers before the noun,
with the parties their role stages give them (``SentenceParties.roles_of``, cached), are made
acts of the same shape, so that ``context_earlier.pick_named_act`` chooses among them as among
the earlier sentences' acts, after them (they are the latest).
"""

from __future__ import annotations

from realpolitik.extract.parties._model import EarlierAct, Site

_VERB = "V"  # the lexicon's part of speech of a verb row


def sentence_acts(s: Site, before: int) -> list[EarlierAct]:
    """The acts of verbs of ``s``'s sentence that come before token ``before`` (the naming
    noun), other than ``s``'s own trigger, with a named doer; in sentence order."""
    ctx = s.ctx
    out: list[EarlierAct] = []
    for i in sorted(ctx.triggers):
        if i >= before or i >= s.tok.i:
            break
        f = ctx.triggers[i]
        if f.absorbed or f.negated or f.entry.pos != _VERB:
            continue
        got = ctx.roles_of(f)
        if not got.sources:
            continue
        src = got.sources[0].ref
        if src.code.startswith("---"):
            continue
        to = got.targets[0].ref if got.targets else None
        order = ctx.index * 10_000 + i
        out.append(EarlierAct(f.tok.lemma_.lower(), f.code[:2], src, order, to))
    return out
