"""Aid conjoined to another giver's aid goes to the same recipient (issue 9, clauses40:
fresh28's I).

"France has never withheld aid from Senegal, and the World Bank has matched its money with a
loan of its own", "Japan sent rice to Nepal, and the Asian Development Bank added a grant of its
own": the second clause has its own giver but names no recipient; the aid it tells of is given
beside the first clause's aid (given, or not withheld), so its recipient is that clause's. Only
an aid act (07) with a doer and no target of its own, conjoined to an act of giving, taking back
or withholding aid (07, 162: "has never withheld" is still the aid's recipient named); the
recipient never the second giver's own state.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

_AID = "07"
_AID_ACTS = ("07", "162")  # giving, or cutting / withholding aid: who the aid is for


@acts_on(noun=False, roots=(_AID,))
def conjoined_aid_recipient(s: Site, c: Candidates) -> Candidates:
    """A conjoined aid act with a doer and no recipient takes the first aid act's recipient."""
    tok = s.tok
    if s.noun or s.root != _AID or not c.sources or tok.dep_ != "conj":
        return c
    if any(not unknown(a) for a in c.targets):
        return c
    head = s.ctx.triggers.get(tok.head.i)
    if head is None or head is s.found or not head.code.startswith(_AID_ACTS):
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    got = [a for a in s.ctx.roles_of(head).targets if not unknown(a) and key(a) not in own]
    return c.with_targets(got, 1) if got else c
