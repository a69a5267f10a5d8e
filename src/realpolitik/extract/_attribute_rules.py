"""The English model's attribute rules (POS, morphology, lemma exceptions) through cached look-ups.

spaCy's ``attribute_ruler`` runs a ``Matcher`` with some 180 token patterns over every token of
every text: about a third of the pipeline's CPU with NER off. Almost every pattern looks at one
token's tag, lowercase form, dependency label and whether it is a space, so the outcome for a
token is a function of those four values; this component works it out once per distinct
combination and applies the cached result. Two-token patterns ("gon na", "there is") are
checked on the cached single-token predicates of neighbours. The rules are the model's own,
read from its ``attribute_ruler`` when the pipeline loads, and applied the way that component
applies them (all matches found first, on the tokens as the parser left them, then set in rule
order with spaCy's ``set_token_attrs``), so every token gets the same ``pos``, ``tag``,
``morph``, ``lemma`` and ``dep``. A model whose rules use other pattern features keeps its stock
component (``replace_attribute_ruler`` returns False).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

STOCK = "attribute_ruler"
NAME = "attribute_rules"
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the token attributes the cache is keyed on

Key = tuple[int, int, int, int]
Predicate = Callable[[Key], bool]


class _Unsupported(Exception):
    """A pattern this component does not reproduce exactly; keep the stock ruler."""


class AttributeRules:
    """A spaCy pipeline component equal in effect to the stock attribute ruler it was built from."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self.vocab = ruler.vocab
        self._attr_ids = [TAG, LOWER, DEP, IS_SPACE]
        self._specs: list[Predicate] = []
        spec_ids: dict[str, int] = {}
        # (rule id, spec ids of the pattern's tokens, index of the token that gets the attrs)
        self._single: list[tuple[int, int]] = []
        self._multi: list[tuple[int, tuple[int, ...], int]] = []
        self._attrs: list[dict[Any, Any]] = list(ruler.attrs)
        # Candidate specs by the value one of their attributes must equal (position in the key ->
        # value -> spec ids), and those with no such attribute: a new key is tested only against
        # the specs that can match it, not all of them.
        self._by_value: list[dict[int, list[int]]] = [{} for _ in _KEYS]
        self._unindexed: list[int] = []
        for rule, index in enumerate(ruler.indices):
            _, patterns = ruler.matcher.get(str(rule))
            for pattern in patterns:
                ids = []
                for token_spec in pattern:
                    text = repr(sorted(token_spec.items()))
                    if text not in spec_ids:
                        spec_ids[text] = len(self._specs)
                        self._specs.append(self._predicate(token_spec))
                        self._index_spec(spec_ids[text], token_spec)
                    ids.append(spec_ids[text])
                target = index if index >= 0 else len(ids) + index
                if not 0 <= target < len(ids):
                    raise _Unsupported(f"rule {rule}: index {index} outside its pattern")
                if len(ids) == 1:
                    self._single.append((rule, ids[0]))
                else:
                    self._multi.append((rule, tuple(ids), target))
        # Spec -> the one-token rules it triggers and the two-token rules it may start.
        self._single_of: dict[int, list[int]] = {}
        for rule, spec in self._single:
            self._single_of.setdefault(spec, []).append(rule)
        self._starts_of: dict[int, list[int]] = {}
        for m, (_, pattern_ids, _) in enumerate(self._multi):
            self._starts_of.setdefault(pattern_ids[0], []).append(m)
        self._cache: dict[Key, tuple[frozenset[int], dict[Any, Any], tuple[int, ...]]] = {}

    # -- compiling -----------------------------------------------------------------------------
    def _predicate(self, spec: dict[str, Any]) -> Predicate:
        tests: list[Predicate] = []
        for name, value in spec.items():
            if name not in _KEYS:
                raise _Unsupported(f"pattern key {name}")
            tests.append(self._test(_KEYS.index(name), name, value))
        return lambda key: all(t(key) for t in tests)

    def _index_spec(self, spec_id: int, spec: dict[str, Any]) -> None:
        """File the spec under the values of its most selective attribute that must be one of a
        few (LOWER, then TAG, then DEP); its full predicate is still what decides."""
        strings = self.vocab.strings
        for name in ("LOWER", "TAG", "DEP"):
            value = spec.get(name)
            if isinstance(value, str):
                values = [value]
            elif isinstance(value, dict) and isinstance(value.get("IN"), list) and len(value) == 1:
                values = value["IN"]
            else:
                continue
            by_value = self._by_value[_KEYS.index(name)]
            for v in values:
                bucket = by_value.setdefault(strings.add(v), [])
                if spec_id not in bucket:
                    bucket.append(spec_id)
            return
        self._unindexed.append(spec_id)

    def _test(self, pos: int, name: str, value: Any) -> Predicate:
        strings = self.vocab.strings
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                raise _Unsupported("IS_SPACE needs a boolean")
            want = int(value)
            return lambda key: key[pos] == want
        if isinstance(value, str):
            wanted = strings.add(value)
            return lambda key: key[pos] == wanted
        if not isinstance(value, dict) or len(value) != 1:
            raise _Unsupported(f"{name}: {value!r}")
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            values = frozenset(strings.add(v) for v in arg)
            if op == "IN":
                return lambda key: key[pos] in values
            return lambda key: key[pos] not in values
        if op == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)
            return lambda key: bool(regex.search(strings[key[pos]]))
        raise _Unsupported(f"{name}: {op}")

    # -- applying ------------------------------------------------------------------------------
    def _lookup(self, key: Key) -> tuple[frozenset[int], dict[Any, Any], tuple[int, ...]]:
        """The specs a token with these values matches, the attrs its one-token rules set
        (later rules win, as in spaCy) and the two-token rules it may start."""
        got = self._cache.get(key)
        if got is None:
            candidates = set(self._unindexed)
            for pos, by_value in enumerate(self._by_value):
                if by_value:
                    candidates.update(by_value.get(key[pos], ()))
            specs = self._specs
            matched = frozenset(i for i in candidates if specs[i](key))
            rules: list[int] = []
            starts_of: list[int] = []
            for i in matched:
                rules.extend(self._single_of.get(i, ()))
                starts_of.extend(self._starts_of.get(i, ()))
            attrs: dict[Any, Any] = {}
            for rule in sorted(rules):  # rule order: later rules win, as in spaCy
                attrs.update(self._attrs[rule])
            got = (matched, attrs, tuple(sorted(starts_of)))
            self._cache[key] = got
        return got

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        n = len(doc)
        if n == 0:
            return doc
        rows = doc.to_array(self._attr_ids).tolist()
        looked = [self._lookup((r[0], r[1], r[2], r[3])) for r in rows]
        extra: dict[int, list[int]] = {}  # token -> two-token rules that target it
        for i, (_, _, starts) in enumerate(looked):
            for m in starts:
                rule, ids, target = self._multi[m]
                if i + len(ids) <= n and all(
                    ids[k] in looked[i + k][0] for k in range(1, len(ids))
                ):
                    extra.setdefault(i + target, []).append(rule)
        for i, (_, attrs, _) in enumerate(looked):
            more = extra.get(i)
            if more:
                attrs = self._merged(i, looked[i], more)
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _merged(
        self,
        i: int,
        looked: tuple[frozenset[int], dict[Any, Any], tuple[int, ...]],
        more: list[int],
    ) -> dict[Any, Any]:
        """A token with two-token matches too: every matching rule's attrs in rule order."""
        single = {rule for spec in looked[0] for rule in self._single_of.get(spec, ())}
        rules = sorted(single | set(more))
        attrs: dict[Any, Any] = {}
        for rule in rules:
            attrs.update(self._attrs[rule])
        return attrs


def replace_attribute_ruler(nlp: Language) -> bool:
    """Swap the pipeline's stock ``attribute_ruler`` for ``AttributeRules`` built from its rules.

    Returns False (and leaves the pipeline as it was) when there is no such component or its
    patterns use features this component does not reproduce.
    """
    if STOCK not in nlp.pipe_names:
        return False
    try:
        rules = AttributeRules(nlp.get_pipe(STOCK))
    except _Unsupported:
        return False
    _register()
    nlp.replace_pipe(STOCK, NAME)
    nlp.rename_pipe(STOCK, NAME)
    component: Any = nlp.get_pipe(NAME)
    component.rules = rules
    return True


class _Component:
    """The pipeline's handle on the rules (spaCy builds it from the factory, empty)."""

    def __init__(self) -> None:
        self.rules: AttributeRules | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise RuntimeError("attribute rules were not loaded")
        return self.rules(doc)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: _Component())
