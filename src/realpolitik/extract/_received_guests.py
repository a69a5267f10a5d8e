"""A foreign leader received or hosted by name alone: "Ruto received Ishiba at State House",
"the president hosted Ishiba" after an earlier full mention (leftovers23).

The lexicon's hosting rows ("receive" / "host" + a title word as object: 043, the guest's 042
back) read the object's word, and a surname has none of their title words, so the hosting was
lost. A receiving or hosting verb whose object is a name the mention tables resolve to a
state's office-holder (a person: a code with a sector, "JPNGOV") takes the title row's
reading: GUIDE rule 6, "B hosted / received A" codes B -> A 043 and A -> B 042 as required.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._found import Found
from realpolitik.extract._syntax import child
from realpolitik.extract._tree import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span

    from realpolitik.extract._lexicon import Lexicon
    from realpolitik.extract._mentions import DocActors

_HOSTING = frozenset({"receive", "host"})
_HOST_CODE = "043"


def received_guests(sent: Span, found: list[Found], actors: DocActors, lex: Lexicon) -> None:
    """Append, in place, the hosting of a guest named by name alone, or give a bare hosting
    row's reading the guest's visit back (see the module doc)."""
    taken = {f.tok.i: f for f in found}
    for tok in tokens_with_lemma(sent, _HOSTING):  # (no walk over the sentence's tokens)
        if tok.pos_ != "VERB":
            continue
        bare = taken.get(tok.i)
        if bare is not None and (bare.entry.back or bare.code != _HOST_CODE):
            continue  # (read already: a title row, or another reading)
        obj = child(tok, "dobj")
        if obj is None or obj.pos_ != "PROPN":
            continue
        refs = actors.resolve(obj)
        if not refs or not all(a.ref.country and len(a.ref.code) > 3 for a in refs):
            continue  # (a state, "received Japan", or no one the tables place)
        row = next(
            (t for t in lex.triggers.get((tok.lemma_.lower(), "V"), ())
             if t.cameo == _HOST_CODE and t.obj and t.back),
            None,
        )  # fmt: skip
        if row is not None and bare is not None:
            bare.entry = row  # "hosted Ishiba": the bare hosting row, with the guest's visit
        elif row is not None:
            found.append(Found(tok, row, row.cameo))


__all__ = ["received_guests"]
