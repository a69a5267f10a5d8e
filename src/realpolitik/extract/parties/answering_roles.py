"""An unnamed office-holder answering a request is the asked state's (issue 9, leftovers18).

"Egypt asked Sudan to send engineers, and the ambassador agreed", "Germany asked France to
extradite him. The minister refused": a role noun with no state of its own (no possessive, no
demonym, no name filed before) that agrees to, accepts or refuses what a request of this or the
last sentences asked is the asked state's office-holder, answering the asker. It is never the
asker's (the nearest state the sentence names, where ``pairs.locate_unplaced`` would put it):
an answer is the addressee's act (GUIDE rule 6; 030 or 12x toward the asker, rules 2 and 5).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_earlier import recent

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of answering a request, and their roots (agree 03, yield 08, refuse 12).
ANSWER_VERBS = frozenset(
    {"agree", "accept", "refuse", "decline", "reject", "consent", "comply", "assent", "acquiesce"}
)  # fmt: skip
_ANSWER_ROOTS = frozenset({"03", "08", "12"})
# Office-holders a story names by their office alone.
ROLE_NOUNS = frozenset(
    {"ambassador", "envoy", "minister", "president", "premier", "chancellor", "king",
     "emir", "sultan", "ministry", "government", "cabinet", "embassy", "consul", "delegation",
     "negotiator", "official", "spokesman", "spokeswoman", "spokesperson", "administration"}
)  # fmt: skip
_ANSWER_SENTENCES = 2  # the request in this sentence or the two before
_UNPLACED = "---"


def _clause_subject(s: Site, verb: Token) -> list[Arg]:
    """The placed subject of the clause a request asks for ("requested that Y release them")."""
    for k in verb.children:
        if k.dep_ == "ccomp":
            for subj in k.children:
                if subj.dep_ in ("nsubj", "nsubjpass"):
                    return [a for a in s.actors.resolve(subj) if not unknown(a)]
    return []


def _request_pair(s: Site) -> tuple[Arg, Arg] | None:
    """(asker, asked) of the latest request before the answer: in the sentence, else in the
    last sentences; both placed, in different states."""
    here = [
        f
        for f in s.ctx.triggers.values()
        if f.tok.i < s.tok.i and f.code[:2] in REQUEST_ROOTS and f.entry.pos == "V"
    ]
    for f in sorted(here, key=lambda f: -f.tok.i):
        got = s.ctx.roles_of(f)
        asker = [a for a in got.sources if not unknown(a)]
        asked = [a for a in got.targets if not unknown(a)] or _clause_subject(s, f.tok)
        if len(asker) == 1 and len(asked) == 1 and key(asker[0]) != key(asked[0]):
            return asker[0], asked[0]
    for act in reversed(recent(s, _ANSWER_SENTENCES)):
        if act.root not in REQUEST_ROOTS or act.background or act.target is None:
            continue
        if act.source.country and act.target.country and act.source.country != act.target.country:
            return Arg(act.source, EARLIER, s.tok.i), Arg(act.target, EARLIER, s.tok.i)
        return None
    return None


@acts_on(noun=False, roots=_ANSWER_ROOTS)
def answering_role_noun(s: Site, c: Candidates) -> Candidates:
    """An answer whose one doer is an unplaced role noun, after a request, is the asked state's
    answer to the asker (see the module's docstring)."""
    if s.noun or s.root not in _ANSWER_ROOTS or s.tok.lemma_.lower() not in ANSWER_VERBS:
        return c
    if len(c.sources) != 1 or not unknown(c.sources[0]) or c.targets:
        return c
    doer = c.sources[0]
    doc = s.tok.doc
    if not 0 <= doer.tok < len(doc) or doc[doer.tok].lemma_.lower() not in ROLE_NOUNS:
        return c
    pair = _request_pair(s)
    if pair is None:
        return c
    asker, asked = pair
    state = asked.ref.country
    if not state:
        return c
    code = state + doer.ref.code[len(_UNPLACED) :]
    placed = replace(doer, ref=replace(doer.ref, code=code, country=state))
    return c.with_sources([placed]).with_targets([asker])
