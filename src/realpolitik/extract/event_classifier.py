"""A small linear event classifier: features from a parsed clause, scores per class.

Issue 9 asks whether a trained component recovers some of the long tail where trigger rules
stall ("no trigger", "wrong root/type"). This module holds the runtime half: the features (what
the extractor has at hand for a clause: its head verb and the head's object, preposition and
complement lemmas, negation and modal words, and the content lemmas of the sentence, proper
names left out so that no state's name is learned) and a reader and scorer of the weights file
that ``scripts/train_event_classifier.py`` writes (``build/event_classifier.tsv``). The weights
are not shipped: extraction does not use them, and the training data's terms (ConfliBERT's
GPL-3.0, the NGEC stories' unstated licence) leave redistribution for a person to decide.

The file holds one multinomial logistic regression per *head*: ``plover`` (the sixteen PLOVER
event types) and ``penta`` (the five CAMEO classes). Plain text, no pickle. Extraction does not call it: ``bench/classifier.py`` measures it on its
own, and the README ("Accuracy and speed", 6) gives the numbers of the three uses tried (a
fallback event, type arbitration, a precision filter), none of which helped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Span, Token

WEIGHTS_FILE = "event_classifier.tsv"
HEADS = ("plover", "penta")
# the parts of speech whose lemmas go into the bag (no proper names: no state is learned)
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
# an anchor's children that name what the act is done to, with, or about
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "dative", "nsubjpass", "acomp"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
_CLASSES = "@classes"
_BIAS = "@bias"


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def anchor_features(head: Token, prefix: str = "") -> list[str]:
    """The features of one clause head: its lemma, its object/preposition/complement pairs,
    negation and modals. ``prefix`` marks a head below the sentence root (a reported clause)."""
    lh = _lemma(head)
    out = [f"{prefix}h={lh}"]
    for c in head.children:
        dep = c.dep_
        if dep in OBJECT_DEPS:
            out.append(f"{prefix}ho={lh}_{_lemma(c)}")
        elif dep == "prep":
            out.append(f"{prefix}hp={lh}_{c.lower_}")
            out += [
                f"{prefix}hpo={lh}_{c.lower_}_{_lemma(g)}" for g in c.children if g.dep_ == "pobj"
            ]
        elif dep in COMPLEMENT_DEPS:
            out.append(f"{prefix}hx={lh}_{_lemma(c)}")
        elif dep == "neg":
            out.append(f"{prefix}neg")
        elif dep in ("aux", "auxpass") and c.tag_ == "MD":
            out.append(f"{prefix}md={c.lower_}")
        elif dep == "prt":
            out.append(f"{prefix}hv={lh}_{c.lower_}")
    return out


def sentence_features(sent: Span, head: Token | None = None) -> list[str]:
    """Features of ``sent`` seen from ``head`` (default: the sentence root, and the heads of
    the root's reported or controlled clauses, marked ``c:``), plus the sentence's bag of
    content lemmas (``w=``)."""
    root = head if head is not None else sent.root
    out = anchor_features(root)
    if head is None:
        for c in root.children:
            if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX"):
                out += anchor_features(c, "c:")
    out += [f"w={_lemma(t)}" for t in sent if t.pos_ in CONTENT_POS and not t.is_stop]
    return out


@dataclass(frozen=True)
class Head:
    """One multinomial logistic regression: classes, a bias per class, weights per feature."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Softmax over the classes of the summed weights of the features (each counted once)."""
        z = list(self.bias)
        for feat in set(features):
            w = self.weights.get(feat)
            if w is not None:
                for k, v in enumerate(w):
                    z[k] += v
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return {c: v / s for c, v in zip(self.classes, e, strict=True)}

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability."""
        probs = self.probabilities(features)
        best = max(self.classes, key=lambda c: probs[c])
        return best, probs[best]


def parse_weights(lines: Sequence[str]) -> dict[str, Head]:
    """Read the weights file: ``#`` comment lines, then ``head<TAB>feature<TAB>w1...`` rows,
    with the ``@classes`` and ``@bias`` rows of each head before its features."""
    classes: dict[str, tuple[str, ...]] = {}
    bias: dict[str, tuple[float, ...]] = {}
    weights: dict[str, dict[str, tuple[float, ...]]] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        head, feat, *cells = line.rstrip("\n").split("\t")
        if feat == _CLASSES:
            classes[head] = tuple(cells)
            weights[head] = {}
            continue
        if head not in classes or len(cells) != len(classes[head]):
            raise ValueError(f"{WEIGHTS_FILE} line {n}: {len(cells)} weights for head {head!r}")
        values = tuple(float(c) for c in cells)
        if feat == _BIAS:
            bias[head] = values
        else:
            weights[head][feat] = values
    return {h: Head(classes[h], bias[h], weights[h]) for h in classes}


@cache
def classifier(path: Path) -> dict[str, Head]:
    """The heads of a weights file, read once per process."""
    return parse_weights(path.read_text("utf-8").splitlines())
