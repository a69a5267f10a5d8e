"""An event noun that restates the act of the verb it is the object of: "telephoned her
counterpart to offer her sympathy", "expressed his condolences" (issue 9 round 30, clauses36;
fresh24_classes.md K).

``salience.object_of_trigger`` folds a noun object into its verb unless the noun has an owner
of its own ("Russia's invasion"), since an owner names the noun's own doer. A pronoun owner
that only repeats the verb's subject ("her sympathy", "its support") names no other doer, and
where the noun's code has the verb's root the two are one act: kept apart, the noun gave a
second copy of the act (018 `possible` beside the verb's 018 `asserted`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._found import Found

_PRONOUN_OWNERS = frozenset({"her", "his", "its", "their", "our"})


def restated_object(f: Found, by_tok: Mapping[int, Found]) -> bool:
    """``f`` is a noun with a pronoun owner, the direct object of a verb trigger of its root."""
    tok = f.tok
    if f.entry.pos != "N" or tok.dep_ != "dobj":
        return False
    gov = by_tok.get(tok.head.i)
    if gov is None or gov is f or gov.entry.pos != "V" or gov.code[:2] != f.code[:2]:
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    return bool(owners) and all(c.lower_ in _PRONOUN_OWNERS for c in owners)


__all__ = ["restated_object"]
