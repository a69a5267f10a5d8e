"""House rules on public signatures, checked over the whole package's source.

* Options of public functions with more than two parameters are keyword-only (a positional
  call breaks silently when a parameter is added in the middle).
* No bare ``Any`` in the signature of a function without a leading underscore (in any module)
  at the registry, lexicon and NLP seams (``extract``, ``actors``), the pipeline that connects
  them and the store they write to.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "realpolitik"
POSITIONAL_LIMIT = 2  # parameters a public function may take positionally (self excluded)
SUBJECTS = {"a", "b"}  # the two states of a dyad read as what a measure is of, not options
SEAMS = ("actors", "extract", "pipeline.py", "models.py", "store")


@cache
def _trees() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(SRC).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(SRC.rglob("*.py"))
    ]


def _public_functions(
    *, private_modules: bool = False
) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    for rel, tree in _trees():
        private = any(p.startswith("_") and p != "__init__.py" for p in rel.split("/"))
        if private and not private_modules:
            continue
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield rel, node
            elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                        yield rel, item


def _is_click_command(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(
        "click" in ast.unparse(d) or ast.unparse(d).startswith("data.") for d in node.decorator_list
    )


def test_options_of_public_functions_are_keyword_only() -> None:
    loose = []
    for rel, node in _public_functions():
        if node.name.startswith("_") or _is_click_command(node):
            continue
        positional = [
            a.arg for a in node.args.posonlyargs + node.args.args if a.arg not in ("self", "cls")
        ]
        defaulted = len(node.args.defaults)
        if len(positional) > POSITIONAL_LIMIT and defaulted:
            # Required leading parameters may stay positional; options (with defaults) may not.
            options = [p for p in positional[len(positional) - defaulted :] if p not in SUBJECTS]
            if not options:
                continue
            loose.append(f"{rel}:{node.lineno} {node.name}({', '.join(options)})")
    assert loose == [], "make these options keyword-only (add *):\n" + "\n".join(loose)


@pytest.mark.parametrize("seam", SEAMS)
def test_no_bare_any_on_public_signatures_at_the_seams(seam: str) -> None:
    found = []
    for rel, node in _public_functions(private_modules=True):
        if not rel.startswith(seam) or node.name.startswith("_"):
            continue
        args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
        annotations = [a.annotation for a in args] + [node.returns]
        for note in annotations:
            if note is not None and ast.unparse(note) == "Any":
                found.append(f"{rel}:{node.lineno} {node.name}")
    assert found == [], "use the real type (under TYPE_CHECKING) or a Protocol:\n" + "\n".join(
        found
    )
