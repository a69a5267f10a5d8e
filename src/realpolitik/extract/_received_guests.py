"""A foreign leader received or hosted by name alone: "Ruto received Ishiba at State House",
"the president hosted Ishiba" after an earlier full mention (leftovers23).

The lexicon's hosting rows ("receive" / "host" + a title word as object: 043, the guest's 042
back) read the object's word, and a surname has none of their title words, so the hosting was
lost. A receiving or hosting verb whose object is a name the mention tables resolve to a
state's office-holder (a person: a code with a sector, "JPNGOV") takes the title row's
reading: GUIDE rule 6, "B hosted / received A" codes B -> A 043 and A -> B 042 as required.

"Welcome" and the passive are the same hosting (practice6, WL): "Fico welcomed Babis", "Czech
Prime Minister Andrej Babis was welcomed (received) by Robert Fico in Bratislava". The bare
"welcome" row reads approval (051, "welcomed the decision"); a named office-holder welcomed is a
guest, never an act approved, so that bare reading gives way to the hosting too.
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

_HOSTING = frozenset({"receive", "host", "welcome"})
_HOST_CODE = "043"
_APPROVAL = "051"  # the bare "welcome" row: approval of an act, not of a person


def _bare_approval(found: Found) -> bool:
    """The unconditioned "welcome" row's approval, which a person as object overrides."""
    e = found.entry
    return found.code == _APPROVAL and not (e.obj or e.after or e.before or e.prep or e.back)


def received_guests(sent: Span, found: list[Found], actors: DocActors, lex: Lexicon) -> None:
    """Append, in place, the hosting of a guest named by name alone, or give a bare hosting
    row's reading the guest's visit back (see the module doc)."""
    taken = {f.tok.i: f for f in found}
    for tok in tokens_with_lemma(sent, _HOSTING):  # (no walk over the sentence's tokens)
        if tok.pos_ != "VERB":
            continue
        bare = taken.get(tok.i)
        if bare is not None and (
            bare.entry.back or (bare.code != _HOST_CODE and not _bare_approval(bare))
        ):
            continue  # (read already: a title row, or another reading)
        obj = child(tok, "dobj") or child(tok, "nsubjpass")
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
            bare.code = row.cameo  # ("welcomed Babis": the approval reading gives way)
        elif row is not None:
            found.append(Found(tok, row, row.cameo))


__all__ = ["received_guests"]
