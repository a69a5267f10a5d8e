"""Scrambling aircraft answers another state's craft or act: it is aimed there, or it is no event.

"Taiwan's defence ministry condemned the drills and said it had scrambled aircraft and dispatched
ships in response", "China sent warplanes near the island. Taiwan scrambled jets", "Japan
scrambled fighters": the scrambled craft are the doer's own, never its target (``home_target``
read "Taiwan scrambled jets" as TWN -> TWNMIL), and a scramble is always a response to someone
else's aircraft or deed (CAMEO 154, a show of force toward that state). With no other state in
its clause, it is aimed at the doer of the act it answers (``retaliation.answered_doers``: an
earlier act of another side in its sentence, else the latest act done to the doer's state in the
last sentences, else the latest deed of another side), else the one other state the paragraph
names (whose aircraft came: ``story_acts``' reading); with none, no event (GUIDE: a show of
force needs the state it is shown to; never an untargeted or self-targeted 154).

"Poland scrambled aircraft as Russia struck Ukraine" (parties32): an "as / after / when / while"
clause hung on the scramble names the act it answers, after it in the sentence; its doer of
another side is the target before any earlier act is looked for.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of, unknown
from realpolitik.extract.parties.retaliation import answered_doers
from realpolitik.extract.parties.story_acts import other_state

_FORCE = "15"
_SCRAMBLE = frozenset({"scramble"})
_OCCASION_MARKS = frozenset({"as", "after", "when", "while", "because", "since"})


def _occasion_doers(s: Site, own: set[str]) -> list[Arg]:
    """Doers of another side of an act in an "as / after / when" clause of the scramble's verb
    ("scrambled jets as Russia struck Ukraine"; the parser may hang the clause on the craft)."""
    objects = [o for o in s.tok.children if o.dep_ == "dobj"]
    for k in [*s.tok.children, *(k for o in objects for k in o.children)]:
        if k.dep_ not in ("advcl", "relcl") or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _OCCASION_MARKS for m in k.children
        ):
            continue
        found = s.ctx.triggers.get(k.i)
        if found is None:
            continue
        doers = [
            a for a in s.ctx.roles_of(found).sources if not unknown(a) and home_of(a.ref) not in own
        ]
        if doers:
            return doers
    return []


@acts_on(noun=False, roots=(_FORCE,))
def scrambled_craft_target(s: Site, c: Candidates) -> Candidates:
    """ "Taiwan said it had scrambled aircraft in response": the state whose act or craft it
    answers, not the doer's own craft; no event where the story names no such state."""
    if not c.pairs or s.root != _FORCE or s.tok.lemma_.lower() not in _SCRAMBLE:
        return c
    own = {home_of(a.ref) for a, _ in c.pairs}
    if all(b is not None and not unknown(b) and home_of(b.ref) not in own for _, b in c.pairs):
        return c
    found = _occasion_doers(s, own) or [
        a for a in answered_doers(s, own) if home_of(a.ref) not in own
    ]
    if not found:
        other = next(iter(own)) if len(own) == 1 else None
        partner = other_state(s, other) if other is not None else None
        found = [partner] if partner is not None else []
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        if b is not None and not unknown(b) and home_of(b.ref) not in own:
            pairs.append((a, b))
        else:
            pairs.extend((a, t) for t in found)
    return c.with_pairs(pairs, "scrambled_craft_target")


@acts_on(noun=False, roots=(_FORCE,))
def scrambled_own_craft(s: Site, c: Candidates) -> Candidates:
    """ "Taiwan's air force scrambled fighter jets": the scrambled craft (the direct object) are
    the doer's own, never its target; the target is left for ``scrambled_craft_target``."""
    if not c.targets or s.root != _FORCE or s.tok.lemma_.lower() not in _SCRAMBLE:
        return c
    own = {home_of(a.ref) for a in c.sources}
    if any(not unknown(b) and home_of(b.ref) not in own for b in c.targets):
        return c
    return c.with_targets([])
