"""Error classes of the blind fresh2 review (issue 9, eye8), crossed with states and phrasings.

e1: a reaction's label phrase ("condemned the strikes as a violation of Z's sovereignty") names
the victim or the norm; the target is the doer of the act reacted to (named in the object, in an
earlier sentence, by the label's own modifier or "by" phrase), and only where nothing names a
doer the victim the label names.
e2: a verbal act conjoined with another ("thanked X and asked partners for more missiles") that
names unnamed addressees of its own is aimed at them: no target borrowed, no home target.
e3: advice ("would do better to offer talks", "would do well to open talks") states no act.
"""

from __future__ import annotations

from phenomena_words import _FUTURE_ROOT, ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

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


_FIRST = (
    ("praised {T}", "05"), ("thanked {T}", "05"), ("criticized {T}", "11"),
    ("held talks with {T}", "04"), ("condemned {T}", "11"),
)  # fmt: skip
_ADDRESSEES = (
    "partners", "allies", "donors", "international donors", "regional partners", "neighbours",
    "other members", "fellow members", "friendly nations",
)  # fmt: skip
_ASKS = (
    "asked {A} for more air defence systems", "urged {A} to send more aid",
    "called on {A} to show restraint", "appealed to {A} for help",
    "urged {A} to step up their support", "asked {A} to join the effort",
)  # fmt: skip


def e2_own_addressees(sc: Scene) -> Built:
    """ "Kyiv thanked Berlin and asked partners for more missiles": a verbal act conjoined with
    another that names unnamed addressees of its own asks them, not the first act's target,
    and partners or allies are no home target either."""
    rng, s, t = sc.rng, sc.s, sc.t
    first, root = rng.choice(_FIRST)
    europe = rng.random() < 0.15  # "European partners" are Europe (EUR), named
    ask = rng.choice(_ASKS).format(A="European partners" if europe else rng.choice(_ADDRESSEES))
    doer = sc.leader(s) if rng.random() < 0.3 else sc.name(s)
    text = f"{doer} {first.format(T=sc.name(t))}{_time(sc)} and {ask}."
    want = (
        Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),
        Expect(s.iso3, "EUR" if europe else "", frozenset({"02"}), ASSERTED),
    )
    return _cap(text), want, (Expect(t.iso3, s.iso3, frozenset({"04"}), ANY),)


_ADVISED = (
    ("impose sanctions on {T}", "16"), ("restore diplomatic ties with {T}", "05"),
    ("open talks with {T}", "04"), ("recall its ambassador from {T}", "16"),
    ("send humanitarian aid to {T}", "07"), ("sign a trade deal with {T}", "05"),
    ("offer {T} a path back to talks", "03"),
)  # fmt: skip
_ADVICE = ("would do better to", "would do well to", "would do best to")


def e3_advice(sc: Scene) -> Built:
    """ "Europe would do better to offer Tehran talks", "Tokyo had better impose sanctions":
    advice names an act that has not happened (possible); "did well to sign" says it did."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = rng.choice(_ADVISED)
    vp = act.format(T=sc.name(t))
    roots = frozenset({root, _FUTURE_ROOT.get(root, root)})
    if rng.random() < 0.2:  # the control: praise of an act done
        text = f"{sc.name(s)} did well to {vp}{_time(sc)}."
        return _cap(text), (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()
    lead = rng.choice(("", "Analysts argue that ", "In our view, "))
    text = f"{lead}{sc.name(s)} {rng.choice(_ADVICE)} {vp}."
    return _cap(text), (Expect(s.iso3, t.iso3, roots, frozenset({"possible"})),), ()


EYE8_CONSTRUCTIONS = {
    "e1_label_phrase": e1_label_phrase,
    "e2_own_addressees": e2_own_addressees,
    "e3_advice": e3_advice,
}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample. Main before
# eye8, right of 24 (seed 0): e1 12 (12 false: the label's victim taken over the earlier doer),
# e2 5 (19 false: the first act's target or the home state borrowed), e3 4 (20 false: advice
# asserted).
FLOORS = {name: (23, 0) for name in EYE8_CONSTRUCTIONS}
