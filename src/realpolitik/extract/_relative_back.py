""" "Back" past a relative clause (clauses37, fresh25 N).

"Norway flew 60 Finnish migrants whose asylum claims had been rejected back to Helsinki": the
parser hangs "back (to Helsinki)" on the relative clause's verb ("rejected"), so "flew ... back"
(a return of people to their state, 174) is read as a bare flight with no one returned. Where
"back" or "home" is an adverb of a relative clause's verb that is no verb of motion itself, and
the relative clause modifies the direct object of a verb of sending, the adverb belongs to that
verb ("migrants who had been sent back" keeps its own "back")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, tokens_with_form
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_BACK = frozenset({"back", "home"})
# Verbs that send people somewhere: the main verbs whose "back" a relative clause may take
_SENDING = frozenset(
    {
        "fly", "send", "deport", "return", "ship", "bus", "repatriate", "take", "bring",
        "expel", "transport", "airlift", "escort", "push", "drive", "move", "put", "hand",
    }
)  # fmt: skip
# Verbs of motion in the relative clause that take their own "back" ("who had fled back")
_MOTION = _SENDING | frozenset(
    {
        "come", "go", "flee", "head", "travel", "walk", "sail", "swim", "run", "get",
        "trek", "cross", "move", "migrate", "return", "hold", "force", "pay", "call", "fight",
    }
)  # fmt: skip


def back_after_relative(sent: Span) -> None:
    """ "flew 60 migrants whose claims had been rejected back to CAPITAL": "back" the main
    verb's adverb."""
    for back in tokens_with_form(sent, _BACK):
        rel = back.head
        if back.dep_ != "advmod" or rel.dep_ != "relcl" or rel.lemma_.lower() in _MOTION:
            continue
        obj = rel.head
        if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ == "dobj":
            obj = obj.head.head  # "flew dozens of migrants who ... back" (leftovers49)
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in _SENDING or back.i < rel.i:
            continue
        heads, deps = tree_of(sent)
        heads[back.i] = verb.i
        _write_tree(sent, heads, deps)
        forget(sent.doc)
