"""Acts on a body's word ("praised the resolution", "thanked the assembly", "boycotted the
vote"): they take no target from the act conjoined with them ("... and urged Ethiopia to
negotiate"); their target is the international organisation named earlier in the document, or
none.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import DEFINITE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of an international body's proceedings and of its organs: "praised the resolution",
# "thanked the assembly", "welcomed the vote" are about the body that held them.
BODY_NOUNS = frozenset(
    {"resolution", "vote", "ballot", "motion", "assembly", "council", "session", "summit",
     "declaration", "communique", "communiqué", "ruling", "verdict", "court", "tribunal"}
)  # fmt: skip
# How far back (characters) an organisation named earlier can be what "the assembly" means.
BODY_REACH = 1200


# Words of what a body adopts or holds ("the resolution", "the vote"): the organisation named
# last is whose they are. An organ, a meeting or a court ("the assembly", "the summit", "the
# verdict") may be a state's own: only an organisation whose name holds the word is meant.
PRODUCT_NOUNS = frozenset({"resolution", "vote", "ballot", "motion", "declaration", "communique"})


def _earlier_igo(s: Site, tok: Token) -> Arg | None:
    """The international organisation named last before ``tok`` (within ``BODY_REACH``) that
    the body's word means: any for a product of one ("the resolution"), else one whose name
    holds the word ("the assembly": the UN General Assembly)."""
    pos = s.actors.doc_offset(tok)
    mentions = s.actors.mentions
    word = tok.lower_
    named = tok.lemma_.lower() not in PRODUCT_NOUNS
    k = bisect.bisect_left(s.actors.starts, pos) - 1
    while k >= 0 and pos - mentions[k].start <= BODY_REACH:
        m = mentions[k]
        named_so = not named or word in s.ctx.text[m.start : m.end].lower()
        if m.ref.code.startswith("IGO") and named_so:
            return Arg(m.ref, DEFINITE, tok.i)
        k -= 1
    return None


def _conjoined_acts(tok: Token) -> set[int]:
    """Tokens of the verbs conjoined with ``tok`` and their phrases ("... and urged X")."""
    out: set[int] = set()
    for k in tok.children:
        if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX"):
            out.update(x.i for x in k.subtree)
    return out


@acts_on(noun=False)
def own_object_not_borrowed(s: Site, c: Candidates) -> Candidates:
    """ "Cairo praised the resolution and urged Ethiopia to negotiate", "thanked the assembly
    and accused Colombia": an act whose own object is a body's word ("the resolution", "the
    vote", "the assembly") is no act on the state of the conjoined act's phrase. The target
    borrowed from there gives way to the organisation named earlier, else to none."""
    if not c.targets or s.noun:
        return c
    obj = s.child("dobj")
    if obj is None or obj.pos_ != "NOUN":
        return c
    if obj.lemma_.lower() not in BODY_NOUNS or obj.i in s.ctx.triggers:
        return c
    if s.actors.mention_of(obj) is not None or s.actors.resolve(obj):
        return c
    conj = _conjoined_acts(s.tok)
    if not conj or not all(a.tok in conj for a in c.targets):
        return c
    body = _earlier_igo(s, obj)
    own = {key(a) for a in c.sources}
    return c.with_targets([body] if body is not None and key(body) not in own else [])


@acts_on(noun=False)
def body_word_target(s: Site, c: Candidates) -> Candidates:
    """ "The UN General Assembly voted on a resolution. Venezuela boycotted the vote", "Egypt
    praised the resolution", "thanked the General Assembly ... thanked the assembly": an act with
    no target whose object is "the" + a body's word is aimed at the organisation it means (see
    ``_earlier_igo``), never at the doer's own state."""
    if not c.sources or c.targets or s.noun:
        return c
    obj = s.child("dobj")
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in BODY_NOUNS:
        return c
    if not any(k.dep_ == "det" and k.lower_ == "the" for k in obj.children):
        return c
    if any(k.dep_ in ("amod", "compound", "poss", "prep") for k in obj.children):
        return c  # "the Russian resolution", "the vote on X": its own words name it
    body = _earlier_igo(s, obj)
    if body is None or key(body) in {key(a) for a in c.sources}:
        return c
    return c.with_targets([body])
