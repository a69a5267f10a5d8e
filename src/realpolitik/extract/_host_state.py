"""Ethnic groups and peoples are coded as the state they live in, as PLOVER coders code them.

"ethnic Albanians in southern Serbia" are Serbia's (SRB), "ethnic Albanian guerrillas operating
in Macedonia" Macedonia's rebels (MKDREB), "the Albanians of southern Serbia" Serbia's: a
demonym names their descent, not the state whose politics they act in. A stance prefix
("an anti-Syria journalist in Beirut", "pro-Russian separatists near Donetsk") names the state
the actor is for or against, not its own. Applied after roles
are resolved, so that their acts on their host state stay domestic events (SRB -> SRB).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg, DocActors, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_HOMES = frozenset({"country", "capital"})  # mentions that name where a people lives


def _people_of(actors: DocActors, tok: Token) -> str | None:
    """ "the Albanians of southern Serbia": the state named in the people's "of" phrase."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                pm = actors.mention_of(p) if p.dep_ == "pobj" else None
                if pm is not None and pm.kind in _HOMES and pm.ref.country:
                    return pm.ref.country
    return None


def resident(
    arg: Arg, sent: Span, actors: DocActors, text: str, mentions: list[Mention], starts: list[int]
) -> Arg:
    """``arg`` recoded as its host state when it is an ethnic group or a people "of" a state.

    An ethnic group ("ethnic" before the demonym) or an actor named by its stance ("anti-X",
    "pro-X") lives in the first other state the sentence
    names as a country or capital; with none named it keeps its own country. ``mentions`` are
    the document's mentions sorted by start, ``starts`` their start offsets.
    """
    ref = arg.ref
    if not ref.country or arg.tok < sent.start or arg.tok >= sent.end:
        return arg
    tok = sent.doc[arg.tok]
    m = actors.mention_of(tok)
    if m is None:
        return arg
    before = text[max(0, m.start - 8) : m.start].lower()
    stance = before.endswith(("anti-", "pro-"))  # "anti-Syria journalist": not Syria's
    if m.kind != "demonym" and not stance:
        return arg
    lead = before.split()
    ethnic = stance or (bool(lead) and lead[-1] == "ethnic")
    ethnic = ethnic or text[m.start : m.end].lower().startswith("ethnic")
    home = None if ethnic else _people_of(actors, tok)
    if ethnic:
        lo = bisect.bisect_left(starts, actors.doc_offset(sent[0]))
        end = actors.doc_offset(sent[-1])
        for other in mentions[lo:]:
            if other.start > end:
                break
            if other.kind in _HOMES and other.ref.country not in ("", ref.country):
                home = other.ref.country
                break
    if home is None or home == ref.country:
        return arg
    code = home + ref.code[3:] if ref.code[:3] == ref.country else home
    return Arg(replace(ref, code=code, country=home), arg.quality * 0.9, arg.tok)
