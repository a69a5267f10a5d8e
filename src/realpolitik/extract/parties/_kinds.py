"""The party policy split per trigger kind: each kind runs only the stages that can act on it.

Most stages act on one kind of trigger: verbs or event nouns, a few CAMEO roots, a code's
family ("a lawsuit", "a denial"). Each tests that first and hands its candidates back
untouched elsewhere, and those calls were most of the policy's (some 290,000 per 30,000 words,
94% of them returning their input). A stage says which kinds it can act on with ``acts_on``
above its ``def`` (the test its first line makes, stated once more); ``Policy.of_kind`` gives each
kind, (event noun or verb, code), the stages that can act on it, in the policy's order, read once
per kind. A stage without ``acts_on`` runs for every kind, as before; a stage called directly
(a test, ``trace_parties``) still makes its own test.

A stage whose first test asks the sentence for a few words ("between", a listing verb) names
them too (``acts_on(words=...)``: forms or lemmas, lowercased, as ``_tree.sentence_words`` holds
them); ``SentenceParties.stages_of`` leaves it out of a sentence that holds none of them (the
policy's list and order stay as they are: the runner only skips a call that would hand its
candidates back untouched).

The mark must never be narrower than the stage's own test: ``tests/extract/test_speed13.py``
runs the whole policy on sentences of many kinds and fails where a stage changed the candidates
of a trigger its mark leaves out; ``tests/extract/test_speed32.py`` does so for the words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TypeVar

_F = TypeVar("_F", bound=Callable[..., object])
_MARK = "acts_on"  # (the attribute ``functools.wraps`` copies: a timed stage keeps its mark)


@dataclass(frozen=True)
class Acts:
    """The triggers a stage can act on: ``noun`` True for event nouns only, False for verbs
    only, None for both; ``roots`` the CAMEO roots (two digits) and ``codes`` the code prefixes
    it can act on (None: any); ``words`` the words one of which its sentence must hold (forms or
    lemmas, lowercased; None: any sentence)."""

    noun: bool | None = None
    roots: frozenset[str] | None = None
    codes: tuple[str, ...] | None = None
    words: frozenset[str] | None = None

    def admits(self, noun: bool, code: str) -> bool:
        """Whether a trigger of this kind (event noun or verb, CAMEO code) may be acted on."""
        if self.noun is not None and self.noun != noun:
            return False
        if self.roots is not None and code[:2] not in self.roots:
            return False
        return self.codes is None or code.startswith(self.codes)

    def describe(self) -> str:
        """The kinds in words, for the stage's docstring: "verbs of roots 12, 13"."""
        words = {None: "triggers", True: "event nouns", False: "verbs"}[self.noun]
        if self.roots is not None:
            words += f" of roots {', '.join(sorted(self.roots))}"
        if self.codes is not None:
            words += f" of codes {', '.join(sorted(self.codes))}"
        if self.words is not None:
            named = sorted(self.words)
            more = f" or {len(named) - 6} more" if len(named) > 6 else ""
            words += f" in sentences with {', '.join(map(repr, named[:6]))}{more}"
        return words


# The marks by stage as well: a function compiled by mypyc (``scripts/compile_rules.py``) has no
# ``__dict__`` to hold the attribute, nor a ``__doc__`` to write.
_MARKS: dict[object, Acts] = {}


def acts_on(
    *,
    noun: bool | None = None,
    roots: Collection[str] | None = None,
    codes: Collection[str] = (),
    words: Collection[str] | None = None,
) -> Callable[[_F], _F]:
    """Mark a stage with the kinds of trigger it can act on (see ``Acts``), and say them at the
    end of its docstring (its precondition, as ``help`` and readers of a trace see it); the
    stage itself is unchanged."""
    acts = Acts(
        noun,
        None if roots is None else frozenset(roots),
        tuple(codes) or None,
        None if words is None else frozenset(words),
    )

    def mark(stage: _F) -> _F:
        _MARKS[stage] = acts
        doc = (stage.__doc__ or "").rstrip()
        try:
            setattr(stage, _MARK, acts)
            stage.__doc__ = f"{doc}\n\n    Acts on {acts.describe()} only (``_kinds.acts_on``)."
        except AttributeError:  # compiled: the mark is in _MARKS only
            pass
        return stage

    return mark


def marked(stage: object) -> Acts | None:
    """The kinds ``stage`` can act on, or None where it names none (it runs for every kind)."""
    got = getattr(stage, _MARK, None)
    if isinstance(got, Acts):
        return got
    return _MARKS.get(stage) or _MARKS.get(getattr(stage, "__wrapped__", None))


def admitting(stages: tuple[_F, ...], noun: bool, code: str) -> tuple[_F, ...]:
    """The stages that can act on a trigger of this kind, in order (unmarked ones included)."""
    out = []
    for s in stages:
        acts = marked(s)
        if acts is None or acts.admits(noun, code):
            out.append(s)
    return tuple(out)


def word_gates(stages: tuple[_F, ...]) -> tuple[tuple[_F, frozenset[str]], ...]:
    """The stages that name words (``acts_on(words=...)``), each with its words."""
    out = []
    for s in stages:
        acts = marked(s)
        if acts is not None and acts.words is not None:
            out.append((s, acts.words))
    return tuple(out)
