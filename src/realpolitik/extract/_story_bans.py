"""A ban whose goods the story named before: "Tanzania banned maize imports from Kenya last
year. Tanzania's ban on Kenya remains in force" (leftovers23).

A bare "ban" names no kind (the lexicon's bare row reads an administrative ban, 172: on
officials, on entry); the kind is the story's. Where the ban's own phrase names no goods or
people (only states, or nothing) and a sentence of the last two coded a ban of goods (the "ban
imports / exports" rows give it root 16, an embargo), the ban is that embargo (163). Never
otherwise: without goods named before, the bare reading stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found
    from realpolitik.extract.parties import SentenceParties

_BAN = "ban"
_BARE = "172"
_EMBARGO = "163"
_BANNING = frozenset({"ban", "embargo", "prohibit", "bar"})
_SENTENCES_BACK = 2
_OWN_DEPS = frozenset({"compound", "amod", "nmod"})


def story_ban(f: Found, ctx: SentenceParties) -> None:
    """Recode, in place, a bare ban (or the verb that carries one: "extended the ban") as the
    embargo the story's ban of goods was (see the module doc)."""
    if f.code != _BARE:
        return
    noun = f.tok if f.entry.pos == "N" else child(f.tok, "dobj")
    if noun is None or noun.lemma_.lower() != _BAN or not _names_no_goods(noun, ctx):
        return
    for act in ctx.earlier:
        back = ctx.index - act.trigger // 10_000
        if 0 < back <= _SENTENCES_BACK and act.lemma in _BANNING and act.root == _EMBARGO[:2]:
            f.code = _EMBARGO
            return


def _names_no_goods(noun: Token, ctx: SentenceParties) -> bool:
    """The ban's own phrase names nothing banned but states: "the ban", "its ban on Kenya"."""
    for k in noun.children:
        if k.dep_ in _OWN_DEPS and not ctx.actors.resolve(k):
            return False  # ("a maize ban", "the travel ban"): its own kind
        if k.dep_ == "prep":
            objs = [p for p in k.children if p.dep_ == "pobj"]
            if any(not ctx.actors.resolve(p) or ctx.actors.is_thing(p) for p in objs):
                return False  # ("a ban on officials", "on imports")
            if any(ctx.actors.resolve(p) and not _state(p, ctx) for p in objs):
                return False
    return True


def _state(tok: Token, ctx: SentenceParties) -> bool:
    """The word names a state itself (its code is three letters), not its people or officials."""
    return all(len(a.ref.code) == 3 for a in ctx.actors.resolve(tok))


__all__ = ["story_ban"]
