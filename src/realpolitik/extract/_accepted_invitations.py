"""An accepted invitation is an agreement to visit or meet (036), not a yield (080) (lex20;
GUIDE rule 7, fresh10_classes.md L).

"Kenya invited Uganda's president to a summit. Kampala accepted", "Modi invited Lula to visit,
and Lula accepted": a bare acceptance takes the yield row (080), as an accepted loan or offer
is a concession; the acceptance of an invitation commits the guest to come, which CAMEO codes
036 ("agree to ... meet, visit") and the PLOVER codebook files under AGREE ("invite a
delegation to visit"). The party stages aim the acceptance at the inviter
(``parties.context_offers``, ``parties.joined_offers``); this reads which act it answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from realpolitik.extract._answering_pronouns import answered_lemma
from realpolitik.extract.parties._model import EarlierAct, home_of

# What an acceptance answers (appeals, offers and invitations, demands) and how far back it may
# be told, as the party stages read it.
from realpolitik.extract.parties.context_offers import ACCEPTING, ASKING_ROOTS, OFFER_SENTENCES

if TYPE_CHECKING:
    from realpolitik.extract._mentions import Arg
    from realpolitik.extract._triggers import Found

_INVITING = frozenset({"invite", "reinvite", "invitation"})
_YIELD = "08"
AGREE_TO_MEET = "036"
_ORDER = 10_000  # ``EarlierAct.trigger``: sentence * _ORDER + token
_OWN_PHRASE = frozenset({"dobj", "ccomp", "xcomp", "nsubjpass"})


def accepted_invitation_code(
    f: Found,
    code: str,
    pair: tuple[Arg, Arg | None],
    earlier: Sequence[EarlierAct],
    index: int,
) -> str:
    """036 for a bare acceptance (080) aimed at the maker of the invitation it answers: the
    invitation conjoined before it, else the latest offer, request or invitation the target
    made to the accepter in the last ``OFFER_SENTENCES`` sentences; else ``code``."""
    src, tgt = pair
    tok = f.tok
    if code[:2] != _YIELD or tgt is None or tok.lemma_.lower() not in ACCEPTING:
        return code
    if any(k.dep_ in _OWN_PHRASE and k.i > tok.i for k in tok.children):
        return code  # "accepted the loan": its own object names what was accepted
    # (a clause before the verb is no object of it: "X met NAME and invited her to Kyiv; she
    # accepted" is parsed with "met" as the ccomp of "accepted"; practice6, PR)
    if tok.dep_ == "conj" and tok.head.lemma_.lower() in _INVITING:
        return AGREE_TO_MEET
    if answered_lemma(tok) in _INVITING:  # "invited NAME ..., and she accepted, X said"
        return AGREE_TO_MEET
    made = [
        a for a in earlier
        if a.trigger // _ORDER >= index - OFFER_SENTENCES and a.root in ASKING_ROOTS
        and not a.background and a.target is not None
        and home_of(a.source) == home_of(tgt.ref) and home_of(a.target) == home_of(src.ref)
    ]  # fmt: skip
    if made and made[-1].lemma in _INVITING:
        return AGREE_TO_MEET
    return code


__all__ = ["accepted_invitation_code"]
