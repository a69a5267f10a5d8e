"""Speed work of round 36 that must not change behaviour.

A party stage's mark (``acts_on``: the kinds of trigger, the words of its sentence) lets the
runner skip it: on the sentences of every marked stage's party cases, the policy as it runs
gives what every stage run everywhere gives.

The labels of a sentence are read once and kept (``_tree.sentence_deps``) until a repair moves a
word: that holds only while every write of a head or a label goes through the two writes that
drop them (``_tree_rewrites.relabel`` and ``_tree_rewrites._write_tree``). A module that sets
``tok.dep_`` or ``tok.head`` itself fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from party_case_registry import CASES

from realpolitik.actors import ActorRegistry
from realpolitik.extract._extract import _Run
from realpolitik.extract._tree import sentence_deps
from realpolitik.extract._tree_rewrites import _write_tree, relabel, tree_of
from realpolitik.extract.parties import POLICY, Candidates, Policy, Site, Stage
from realpolitik.extract.parties._kinds import marked
from realpolitik.models import Document

_SRC = Path(__file__).resolve().parents[2] / "src" / "realpolitik"
_WRITTEN = frozenset({"dep_", "dep", "head"})
_ALLOWED = ("extract/_tree_rewrites.py", "relabel")  # (the one function that writes them)


def _direct_writes(source: str) -> list[tuple[int, str]]:
    """(line, function) of each assignment to an attribute ``dep_``, ``dep`` or ``head`` (a
    token's label or head) in ``source``, and of each ``setattr`` naming one."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = where
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = child.name
            targets: list[ast.expr] = []
            if isinstance(child, ast.Assign):
                targets = list(child.targets)
            elif isinstance(child, ast.AugAssign | ast.AnnAssign):
                targets = [child.target]
            for t in targets:
                for e in t.elts if isinstance(t, ast.Tuple | ast.List) else [t]:
                    if isinstance(e, ast.Attribute) and e.attr in _WRITTEN:
                        found.append((child.lineno, name))
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Name)
                and child.func.id == "setattr"
                and len(child.args) > 1
                and isinstance(child.args[1], ast.Constant)
                and child.args[1].value in _WRITTEN
            ):
                found.append((child.lineno, name))
            visit(child, name)

    visit(ast.parse(source), "")
    return found


def test_only_relabel_writes_a_head_or_a_label() -> None:
    stray = []
    for path in sorted(_SRC.rglob("*.py")):
        rel = path.relative_to(_SRC).as_posix()
        for line, func in _direct_writes(path.read_text(encoding="utf-8")):
            if (rel, func) != _ALLOWED:
                stray.append(f"{rel}:{line} ({func})")
    assert not stray, "write through _tree_rewrites.relabel: " + ", ".join(stray)


def test_the_scan_finds_every_kind_of_write() -> None:
    source = (
        "def f(tok, a):\n"
        "    tok.dep_ = 'nsubj'\n"
        "    tok.head, tok.dep_ = a, 'conj'\n"
        "    a.head = tok\n"
        "    setattr(tok, 'dep_', 'dobj')\n"
        "    x = tok.head\n"  # (a read)
        "    deps[tok.i] = 'dobj'\n"  # (a repair's own table, written at once)
    )
    assert _direct_writes(source) == [(2, "f"), (3, "f"), (3, "f"), (4, "f"), (5, "f")]


def _label_ids(sent: Any) -> list[int]:
    return [t.dep for t in sent]


def test_the_kept_labels_follow_every_write(nlp: Any) -> None:
    doc = nlp("Kenya expelled two diplomats and Uganda protested.")
    sent = next(iter(doc.sents))
    kept = sentence_deps(sent)
    assert kept == _label_ids(sent)
    assert sentence_deps(sent) is kept  # (read once)
    tok = sent[3]
    relabel(tok, "nsubj")
    assert sentence_deps(sent) == _label_ids(sent) != kept
    relabel(tok, "dobj", sent[1])
    assert sentence_deps(sent)[3] == doc.vocab.strings["dobj"] == sent[3].dep
    heads, deps = tree_of(sent)
    deps[3] = "attr"
    before = sentence_deps(sent)
    _write_tree(sent, heads, deps)
    assert sentence_deps(sent) == _label_ids(sent) != before


def _plain(stage: Stage) -> Stage:
    """``stage`` without its mark: it runs in every sentence and for every kind."""

    def run(site: Site, c: Candidates) -> Candidates:
        return stage(site, c)

    run.__name__ = stage.__name__
    return run


def _events(text: str, policy: Policy, nlp: Any, registry: ActorRegistry) -> list[Any]:
    doc = Document("t", text, "test", date="2024-06-20")
    run = _Run(doc, registry, None, None, True, policy)
    run.run(nlp)
    return run.events


def test_marked_stages_give_on_their_cases_what_every_stage_gives(
    nlp: Any, registry: ActorRegistry
) -> None:
    """Each marked stage (``acts_on``: kinds or words) on the sentences of its party cases, where
    it changes the candidates: the policy as it runs (marks obeyed) gives the events of the
    policy with every stage run everywhere. A mark narrower than its stage's own test skips
    the stage where it acts: the events differ, and this fails."""
    marked_names = {s.__name__ for s in POLICY.roles + POLICY.pairs if marked(s) is not None}
    texts = sorted({text for stage, text, *_ in CASES if stage in marked_names})
    assert len(texts) >= 200
    every = Policy(tuple(map(_plain, POLICY.roles)), tuple(map(_plain, POLICY.pairs)))
    found = 0
    for text in texts:
        want = _events(text, every, nlp, registry)
        assert _events(text, POLICY, nlp, registry) == want, text
        found += len(want)
    assert found >= len(texts)
