"""A second act conjoined to a meeting, call or hosting is aimed at the party met (issue 9,
clauses20: fresh10's V class).

"Chile's president telephoned President Lula on Friday and pledged his government's support",
"Egypt's president received Kenya's president in Cairo and praised what he called a turning
point": the coordinated verb (no subject of its own) has no party of its own but the doer's
("his government's" names whose support it is, not whom it is for), so it takes the party the
first verb met, called or hosted. Stated once for contact verbs (root 04) and for a thanks or
praise that a second act follows ("thanked X and pledged ...").

parties38 (fresh19's C, recurring.md's "target only in the story"): a giving or cooperating
act (aid 07, material cooperation 06) passes its recipient on the same way to a conjoined act
of the same two kinds: "Germany has given Namibia patrol boats and trained its coastguard",
"It has trained Kenyan rangers and sent vehicles": the second conjunct gives to, or trains,
the one the first gave to. Not to a pledge, praise or appeal after a gift (those are read by
the contact rule or not at all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots of the first act whose party a conjoined act takes: consultation (meetings, calls,
# visits, hostings) and cooperation in words (thanks, praise).
CONTACT_ROOTS = frozenset({"04", "05"})
# Roots of the conjoined act aimed at that party: pledges and offers (03), words of cooperation
# and agreements (05), cooperation (06), aid (07). Not an appeal with no addressee ("thanked Y
# and called for calm" asks everyone; fresh2 loses a key when it goes to Y).
PARTNER_ROOTS = frozenset({"03", "05", "06", "07"})
# parties38: giving and cooperating acts (06, 07) whose recipient a conjoined act of the same
# kinds takes.
GIVING_ROOTS = frozenset({"06", "07"})
_SUBJECTS = ("nsubj", "nsubjpass")


@acts_on(noun=False, roots=PARTNER_ROOTS)
def contact_partner_target(s: Site, c: Candidates) -> Candidates:
    """The conjoined act, naming no party but the doer's own state (or none), takes the targets
    of the contact act it is conjoined to, less the doer's own."""
    tok = s.tok
    if s.noun or not c.sources or s.root not in PARTNER_ROOTS or tok.dep_ != "conj":
        return c
    if child(tok, *_SUBJECTS) is not None:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own or any(not unknown(a) and key(a) not in own for a in c.targets):
        return c
    head = s.ctx.triggers.get(tok.head.i)
    if head is None or head is s.found:
        return c
    giving = head.code[:2] in GIVING_ROOTS and s.root in GIVING_ROOTS
    if head.code[:2] not in CONTACT_ROOTS and not giving:
        return c
    if giving and _own_thing(tok):
        return c  # ("sold drones to Y and trained its own pilots": the doer's own people)
    got = [a for a in s.ctx.roles_of(head).targets if not unknown(a) and key(a) not in own]
    return c.with_targets(got, 1) if got else c


def _own_thing(tok: Token) -> bool:
    """The act's object is marked as the doer's own ("its own pilots", "their own army")."""
    obj = child(tok, "dobj")
    return obj is not None and any(t.lower_ == "own" for t in obj.subtree)
