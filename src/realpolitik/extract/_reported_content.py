"""Acts told in the "that" clause of a report noun (leftovers49, issue 9).

"Neither government has commented on reports that X plans to sell jets to Y", "the claim that
X shelled Y surfaced on Monday": the clause is what a report says, not what the writer states
(GUIDE rule 3, attribution; rule 4's "neither side confirmed the transfer"). The act is
`reported` whatever the sentence's own verb is, and the verb's negation or hedge ("has not
commented", "may respond") is about the comment, not the act. A verb that answers the report
itself still decides ("denied reports that ..." negated, "did not confirm reports that ..."
possible): the factuality walk reads those as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import NOMINAL

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns whose "that" clause is what someone says happened.
REPORT_NOUNS = frozenset(
    {"report", "claim", "allegation", "rumour", "rumor", "speculation", "suggestion",
     "accusation", "assertion", "charge"}
)  # fmt: skip


_CLAUSE_DEPS = frozenset({"acl", "relcl"})


def reported_content(tok: Token) -> bool:
    """``tok`` heads the "that" clause of a report noun ("reports that X V-ed"); the parser may
    read the clause as a relative one ("Reports that X had V-ed Y surfaced": "that" is then its
    mark, never its subject or object, leftovers52)."""
    if tok.dep_ not in _CLAUSE_DEPS or tok.head.pos not in NOMINAL:
        return False
    if tok.head.lemma_.lower() not in REPORT_NOUNS:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
