"""Speed work of round 36 that must not change behaviour.

The labels of a sentence are read once and kept (``_tree.sentence_deps``) until a repair moves a
word: that holds only while every write of a head or a label goes through the two writes that
drop them (``_tree_rewrites.relabel`` and ``_tree_rewrites._write_tree``). A module that sets
``tok.dep_`` or ``tok.head`` itself fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from realpolitik.extract._tree import sentence_deps
from realpolitik.extract._tree_rewrites import _write_tree, relabel, tree_of

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
