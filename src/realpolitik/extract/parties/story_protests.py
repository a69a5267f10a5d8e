"""A state's bare protest is lodged with the story's other state (issue 9, lex28: fresh15's
class BP).

"Estonian guards detained three Latvian drivers in March. Riga protested, and Tallinn said
nothing for weeks": a state that protests with nothing protested and no place named
(``_bare_protests.bare_protest``) lodges a diplomatic protest (114, ``salience``) about the
story's act, so with the other state of the story's latest act between the two (GUIDE rule 7's
"protested the arrests"), or of an act named earlier in its own sentence ("Estonia's detention
of three Latvian drivers showed how quickly goodwill can sour: Riga protested"), not with
nobody. With no such act the protest keeps no target (a
state lodges no protest with itself: ``_bare_protests.own_protest_target``). A state's bare
"complained" is lodged the same way ("Estonia detained a Russian journalist, and Russia's
foreign ministry complained", parties43); people who complain lodge nothing.
"""

from __future__ import annotations

from realpolitik.extract._bare_protests import DIPLOMATIC_PROTEST, bare_protest
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.court_cases import story_partner

_PROTEST = "protest"
# "Moscow complained" after "Estonia detained a Russian journalist": a state's complaint with
# nothing complained of is lodged as its bare protest is (parties43); people who complain
# ("the traders complained") lodge nothing.
_COMPLAIN = "complain"
_STATE_VOICES = frozenset({"", "GOV"})
# "Uganda objected", "Warsaw bristled", "the ministry balked" (leftovers39): disapproval with
# nothing named is aimed as a bare complaint is, at the story's other state, when a state voices
# it; with none found it keeps no target (never the voice's own state: ``pairs.home_target``).
BARE_DISAPPROVAL = frozenset({"object", "bristle", "bridle", "balk", "fume"})


@acts_on(noun=False)
def protest_story_partner(s: Site, c: Candidates) -> Candidates:
    """ "Riga protested", "Latvia's embassy in Tallinn protested that ...": the mission's host,
    else the story's other state, as the target of a protest that names no addressee."""
    lemma = s.tok.lemma_.lower()
    if not c.pairs or s.noun or lemma not in (_PROTEST, _COMPLAIN, *BARE_DISAPPROVAL):
        return c
    if lemma in BARE_DISAPPROVAL and not bare_protest(s.tok):
        return c  # ("objected to the plan", "objected that ...": their own rows and stages)
    from realpolitik.extract.salience import diplomatic_protest  # (salience reads parties)

    def lodged(a: Arg) -> bool:
        if lemma != _PROTEST:
            return bool(a.ref.country) and a.ref.code[3:] in _STATE_VOICES
        return diplomatic_protest(s.found, a, s.actors) == DIPLOMATIC_PROTEST

    if any(_own(a, b) for a, b in c.pairs):
        # "X's embassy protested that its citizens had been held": the "its" of the complaint
        # is no addressee; a state lodges no protest with itself (lex30)
        c = c.with_pairs([(a, None if _own(a, b) and lodged(a) else b) for a, b in c.pairs])
    if all(b is not None for _, b in c.pairs or ()):
        return c

    if not bare_protest(s.tok) and not any(k.dep_ == "ccomp" for k in s.tok.children):
        return c.fill_targets(lambda own: _mission_host(s, own), by=lodged)  # "the arrests"
    # (a that-clause names no addressee either: "protested that the men were held", lex30)
    return c.fill_targets(
        lambda own: (
            _mission_host(s, own)
            or _reacted_to(s, own)
            or _partner_here(s, own)
            or story_partner(s, own)
        ),
        by=lodged,
    )


# "protested after (when, as) Y did Z": the clause names the act the protest answers.
_REACTING = frozenset({"after", "when", "as", "because", "since", "once"})


def _reacted_to(s: Site, own: str) -> Arg | None:
    """ "Vietnam protested after China deployed an oil rig in its waters", "After Turkey sent a
    survey ship, Greece objected": the doer of the act in the protest's own after-clause, a
    state other than the protester's (leftovers39)."""
    for k in s.tok.children:
        if k.dep_ != "advcl" or not any(m.lower_ in _REACTING for m in k.children):
            continue
        f = s.ctx.triggers.get(k.i)
        if f is None:
            continue
        for a in s.ctx.roles_of(f).sources:
            if a.ref.country and a.ref.country != own:
                return Arg(a.ref, EARLIER, k.i)
    return None


def _partner_here(s: Site, own: str) -> Arg | None:
    """The other state of an act between ``own`` and another state named earlier in the
    protest's own sentence ("Estonia's detention of three Latvian drivers showed how quickly
    goodwill can sour: Riga protested")."""
    for i, f in sorted(s.ctx.triggers.items(), reverse=True):
        if i >= s.tok.i:
            continue
        got = s.ctx.roles_of(f)
        homes = {a.ref.country for a in (*got.sources, *got.targets) if a.ref.country}
        if own not in homes or len(homes) != 2:
            continue
        for a in (*got.sources, *got.targets):
            if a.ref.country and a.ref.country != own:
                return Arg(a.ref, EARLIER, s.tok.i)
    return None


_MISSIONS = frozenset({"embassy", "consulate", "commission", "commissioner", "ambassador", "mission",
                       "legation", "envoy", "consul"})  # fmt: skip


def _mission_host(s: Site, own: str) -> Arg | None:
    """ "Latvia's high commission in Tallinn protested that ...": a mission protests to the state
    it is posted in, named by the "in" phrase of the protesting mission (lex30, fresh17 PC)."""
    for subj in (k for k in s.tok.children if k.dep_ == "nsubj"):
        if subj.lemma_.lower() not in _MISSIONS:
            continue
        for prep in (k for k in subj.children if k.dep_ == "prep" and k.lower_ == "in"):
            for obj in (k for k in prep.children if k.dep_ == "pobj"):
                m = s.actors.mention_of(obj)
                if m is not None and m.ref.country and m.ref.country != own:
                    return Arg(m.ref, EARLIER, obj.i)
    return None


def _own(a: Arg, b: Arg | None) -> bool:
    """``b`` is ``a``'s own state (or a body of it)."""
    return b is not None and bool(a.ref.country) and b.ref.country == a.ref.country
