"""Error classes of the blind fresh2 review (issue 9, eye8), crossed with states and phrasings.

e1: a reaction's label phrase ("condemned the strikes as a violation of Z's sovereignty") names
the victim or the norm; the target is the doer of the act reacted to (named in the object, in an
earlier sentence, by the label's own modifier or "by" phrase), and only where nothing names a
doer the victim the label names.
"""

from __future__ import annotations

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_REACT = ("condemned", "denounced", "criticized", "decried", "strongly condemned")
# Acts of T on Z, and the noun a later sentence refers to them by.
_ACTS = (
    ("{T} launched air strikes on {Z}{w}.", ("the strikes", "the attack")),
    ("{T} fired missiles at {Z}{w}.", ("the attack", "the missile strikes")),
    ("{T} shelled {Z}{w}.", ("the shelling", "the attack")),
    ("{T} seized two ships of {Z}{w}.", ("the seizure", "the move")),
    ("{T} sent troops into {Z}{w}.", ("the incursion", "the move")),
)  # fmt: skip
# Label phrases naming the victim ({Z}) or a norm, with what they name: "Z", "IGO" or nothing.
_LABELS = (
    ("a violation of {Zposs} sovereignty", "Z"), ("a breach of {Zposs} territorial integrity", "Z"),
    ("an attack on {Zposs} sovereignty", "Z"), ("a threat to {Zposs} security", "Z"),
    ("a crime against the people of {Z}", "Z"),
    ("a violation of U.N. Security Council resolutions", "IGO"),
    ("a breach of international law and of {Zposs} borders", "Z"),
    ("a breach of international law", ""),
)  # fmt: skip
# Acts with no named doer ("the missile test"): the reaction has no target of its own.
_UNOWNED = ("the missile test", "the raid", "the blockade", "the incursion", "the attack")


def e1_label_phrase(sc: Scene) -> Built:
    """ "Peru bombed Ecuador. Colombia condemned the attack as a breach of Ecuador's
    sovereignty": the reaction targets Peru (the earlier act's doer), not Ecuador; "Kenya
    condemned the test as a violation of U.N. resolutions" targets no one."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    react = rng.choice(_REACT)
    zname = sc.name(z)
    label, named = rng.choice(_LABELS)
    label = label.format(Z=zname, Zposs=_poss(zname))
    victim = {"Z": z.iso3, "IGO": "IGO", "": ""}[named]
    r = rng.random()
    if r < 0.6:  # the act in the sentence before
        first, nouns = rng.choice(_ACTS)
        first = _cap(first.format(T=sc.name(t), Z=zname, w=_time(sc)))
        text = f"{first} {sc.name(s)} {react} {rng.choice(nouns)} as {label}."
        want = (Expect(s.iso3, t.iso3, frozenset({"11"}), ASSERTED),)
        allowed = (Expect(t.iso3, z.iso3, frozenset(), ANY), Expect(t.iso3, "", frozenset(), ANY))
        return text, want, allowed
    if r < 0.8:  # the doer owns the object
        tname = sc.name(t)
        noun = rng.choice(("strikes on", "attack on", "blockade of", "incursion into"))
        text = f"{sc.name(s)} {react} {_poss(tname)} {noun} {zname}{_time(sc)} as {label}."
        want = (Expect(s.iso3, t.iso3, frozenset({"11"}), ASSERTED),)
        allowed = (Expect(t.iso3, z.iso3, frozenset(), ANY), Expect(t.iso3, "", frozenset(), ANY))
        return _cap(text), want, allowed
    if r < 0.9:  # nothing names a doer: the victim the label names is the last reading
        text = f"{sc.name(s)} {react} {rng.choice(_UNOWNED)}{_time(sc)} as {label}."
        return _cap(text), (Expect(s.iso3, victim, frozenset({"11"}), ASSERTED),), ()
    tname = sc.name(t)  # the label names the doer: its own modifier or "by"
    doer = rng.choice(_DOER_LABELS).format(T=tname, Tposs=_poss(tname), Tdem=t.demonym, Z=zname)
    text = f"{sc.name(s)} {react} {rng.choice(_UNOWNED)}{_time(sc)} as {doer}."
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({"11"}), ASSERTED),), ()


_DOER_LABELS = (
    "{Tposs} latest provocation", "a provocation by {T}", "a provocation by {T} against {Z}",
    "{Tposs} latest attack on {Z}", "an act of aggression by {T}",
)  # fmt: skip


EYE8_CONSTRUCTIONS = {"e1_label_phrase": e1_label_phrase}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample. Main before
# eye8, right of 24 (seed 0): e1 12 (12 false: the label's victim taken over the earlier doer).
FLOORS = {name: (23, 0) for name in EYE8_CONSTRUCTIONS}
