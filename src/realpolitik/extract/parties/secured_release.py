"""The holder of a release that another state secured (leftovers29, issue 9).

"India secured the release of sailors held by Iran", "the Philippines won the release of its
citizens from Libya": the release (CAMEO 084, 0841 for people) is done by the state that held
the people, named by the "by" agent or "in" place of the participle on them ("held / detained
by Y", "jailed in Y") or by a "from" phrase; it is done to the state that secured it, the
verb's subject (the people are its own, GUIDE rule 7's agentless release: the holder). Without
this the release had no source (the noun has no owner), or took the securer as its doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg
    from realpolitik.extract.parties._model import Candidates, Site

_RELEASES = frozenset({"release", "freeing"})
_SECURING = frozenset({"secure", "win", "obtain", "gain", "achieve", "arrange", "get"})
_HELD = frozenset(
    {"hold", "detain", "jail", "imprison", "capture", "seize", "kidnap", "abduct", "arrest"}
)


def _holder_phrases(noun: Token) -> list[Token]:
    """The phrases naming where or by whom the released people were held."""
    out = [p for _, p in pobjs(noun, ("from",))]
    for _, people in pobjs(noun, ("of",)):
        out += [p for _, p in pobjs(people, ("from",))]
        for held in people.children:
            if held.dep_ == "acl" and held.lemma_.lower() in _HELD:
                out += [p for _, p in pobjs(held, ("by", "in"))]
    return out


@acts_on(noun=True, roots=("08",))
def secured_release_parties(s: Site, c: Candidates) -> Candidates:
    """ "India secured the release of sailors held by Iran": Iran -> India."""
    noun = s.tok
    if noun.lemma_.lower() not in _RELEASES or noun.dep_ != "dobj":
        return c
    verb = noun.head
    if verb.lemma_.lower() not in _SECURING:
        return c
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    if subj is None:
        return c
    securers = [a for a in s.actors.resolve(subj) if not unknown(a) and a.ref.country]
    own = {a.ref.country for a in securers}
    holders: list[Arg] = []
    for p in _holder_phrases(noun):
        holders += [
            a
            for a in s.actors.resolve(p)
            if not unknown(a) and a.ref.country and a.ref.country not in own
        ]
    if not securers or not holders:
        return c
    return c.with_sources(holders).with_targets(securers)
