"""Builders shared by the lexicon-class suite modules (lex10, lex11, lex12): one construction per
class of codebook phrasings, and the acting state as a name or leader with its pronoun."""

from __future__ import annotations

from collections.abc import Callable

from phenomena_lex8 import Code, build, forms_of
from phenomena_words import Built, Scene


def class_builders(
    classes: dict[str, tuple[Code, ...]], label: str
) -> dict[str, Callable[[Scene], Built]]:
    """One builder per class: a random code of the class, in a random form and phrasing."""

    def builder(name: str) -> Callable[[Scene], Built]:
        codes = classes[name]

        def one(sc: Scene) -> Built:
            code = sc.rng.choice(codes)
            form, phrase = sc.rng.choice(forms_of(code))
            return build(sc, code, form, phrase)

        one.__doc__ = f"A phrasing of the {label} class {name}."
        return one

    return {name: builder(name) for name in classes}


def speaker(sc: Scene) -> tuple[str, str]:
    """The acting state by name, capital or leader, and its pronoun."""
    if sc.rng.random() < 0.3 and sc.s.leader(sc.date):
        return sc.leader(sc.s), "he"
    return sc.name(sc.s), "it"
