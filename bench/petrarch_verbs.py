"""PETRARCH verb dictionary -> realpolitik trigger TSV (`--triggers`), at run time, for evaluation.

PETRARCH's dictionaries hold verb blocks: ``--- NAME [code] ---``, then the block's verbs (one a
line, ``{...}`` irregular forms, ``A_+B`` multiword verbs whose head is marked ``+``, an own
``[code]`` allowed), then patterns ``- words * words [code]``: the words before ``*`` precede the
verb, the words after it follow it in its phrase; a block verb given in an inflected form
("LEFT", "SAID") gets a ``form=`` condition (``_`` joins words; ``&NAME`` names a synset of
alternatives; ``$ + % ^`` mark source, target, compound actor and a skipped phrase). A pattern
becomes one row with ``before=`` / ``after=`` conditions; a negation among the words before the
verb becomes ``neg``; a compound actor ``%`` becomes the ``recip`` flag (and, before the verb,
the ``pair`` condition: the subject is two or more actors). Codes that are not
CAMEO codes (WEIS leftovers, test codes such as ``903``) and ``[---]`` become ``---`` rows (no
event: the pattern still claims the verb);
``[032:033]`` (the target's answering code) is kept as ``032:033``.
The output is a temporary file; nothing of the dictionary is kept in the repository.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from realpolitik.ontology import is_cameo

_CODE = re.compile(r"\[([^\]]*)\]")
_NEGATIONS = frozenset({"not", "n't", "never", "don't", "didn't", "won't", "can't"})
_MARKERS = frozenset({"$", "+", "%", "^", "*"})
_MAX_ALTERNATIVES = 64


@dataclass
class _Block:
    code: str
    verbs: list[tuple[str, str]] = field(default_factory=list)  # (verb text, own code)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern text, code)


def _strip_comment(line: str) -> str:
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return line[:i]
    return line


def _first_code(text: str) -> str:
    """'[032:033]' -> '032:033' (source's code, target's answering code) when both are CAMEO."""
    m = _CODE.search(text)
    if not m:
        return ""
    parts = [p.strip() for p in m.group(1).split(":")]
    if len(parts) == 2 and all(is_cameo(p) for p in parts):
        return f"{parts[0]}:{parts[1]}"
    return parts[0]


def _valid(code: str) -> bool:
    return all(is_cameo(c) for c in code.split(":")) if code else False


def _row_code(code: str) -> str:
    """A CAMEO code as is; anything else (WEIS leftovers, test codes, [---]) is no event."""
    return code if _valid(code) else "---"


def parse(path: Path) -> tuple[dict[str, list[str]], list[_Block]]:
    """Synsets (name -> member phrases) and verb blocks of a PETRARCH verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    current_syn: str | None = None
    block: _Block | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        if raw.lstrip().startswith("<!--"):
            continue
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            current_syn = None
            continue
        if line.startswith("&"):
            current_syn = line.split()[0]
            synsets[current_syn] = []
            block = None
            continue
        if current_syn is not None and line.startswith("+"):
            synsets[current_syn].append(line[1:].strip())
            continue
        current_syn = None
        if line.startswith("---"):
            block = _Block(_first_code(line))
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.lstrip().startswith("-"):
            text = _CODE.split(line.lstrip()[1:], maxsplit=1)[0]
            block.patterns.append((text.strip(), _first_code(line)))
        else:
            verb = re.split(r"[\[{]", line)[0].strip().lstrip("+")
            if verb:
                block.verbs.append((verb, _first_code(line)))
    return synsets, blocks


def _expand(token: str, synsets: dict[str, list[str]], depth: int = 0) -> list[list[str]]:
    """A pattern token (maybe a synset) -> alternatives, each a list of words."""
    if token.startswith("&") and depth < 4:
        name = token.rstrip(",")
        out: list[list[str]] = []
        for member in synsets.get(name, []):
            out.extend(_phrase(member, synsets, depth + 1))
        return out or [[]]
    return [[token]]


def _phrase(text: str, synsets: dict[str, list[str]], depth: int = 0) -> list[list[str]]:
    parts = [p for p in re.split(r"[\s_]+", text) if p]
    alts: list[list[str]] = [[]]
    for p in parts:
        options = _expand(p, synsets, depth)
        alts = [a + o for a, o in itertools.product(alts, options)][:_MAX_ALTERNATIVES]
    return alts


def _clean(words: list[str]) -> tuple[list[str], bool]:
    """Drop role markers; a negation word becomes the `neg` condition."""
    out: list[str] = []
    neg = False
    for w in words:
        low = w.lower().strip("+$%^")
        if w in _MARKERS or not low:
            continue
        if low in _NEGATIONS:
            neg = True
            continue
        out.append(low)
    return out, neg


def _rows_for(
    lemma: str,
    form: str,
    pre_verb: list[str],
    post_verb: list[str],
    default: str,
    patterns: list[tuple[str, str]],
    synsets: dict[str, list[str]],
) -> list[str]:
    rows = []
    base = [f"form={form}"] if form != lemma else []
    if pre_verb:
        base.append("before=" + " ".join(pre_verb))
    if post_verb:
        base.append("after=" + " ".join(post_verb))
    if default:
        rows.append(f"{lemma}\tV\t{','.join(base)}\t{_row_code(default)}\t\tdictionary default")
    for text, code in patterns:
        if "*" not in text:
            continue
        code = _row_code(code)
        spaced = text.replace("*", " * ")
        pre_text, _, post_text = spaced.partition("*")
        recip = "%" in text
        conds: dict[str, set[str]] = {"before": set(), "after": set()}
        neg = False
        for key, part, extra in (
            ("before", pre_text, pre_verb),
            ("after", post_text, post_verb),
        ):
            for alt in _phrase(part, synsets):
                words, n = _clean(alt)
                neg = neg or n
                words = (extra + words) if key == "before" else (extra + words)
                if words:
                    conds[key].add(" ".join(words))
        when = [f"form={form}"] if form != lemma else []
        for key in ("before", "after"):
            if conds[key]:
                when.append(f"{key}=" + "|".join(sorted(conds[key])))
        if neg:
            when.append("neg")
        if "%" in pre_text:  # "% * [030]": only with a compound subject
            when.append("pair")
        flags = "recip" if recip else ""
        rows.append(f"{lemma}\tV\t{','.join(when)}\t{code}\t{flags}\tdictionary pattern")
    return rows


def convert(dictionary: Path, out: Path, lemmatize: bool = True) -> tuple[int, int]:
    """Write the trigger TSV; returns (rows written, patterns skipped for their codes)."""
    synsets, blocks = parse(dictionary)
    heads: dict[str, str] = {}
    verbs = {v for b in blocks for v, _ in b.verbs}
    for verb in verbs:
        words = [w for w in re.split(r"[\s_]+", verb) if w]
        head = next((w for w in words if w.startswith("+")), words[0])
        heads[verb] = head.lstrip("+").lower()
    lemmas = _lemmas(sorted(set(heads.values()))) if lemmatize else {}
    rows: list[str] = []
    skipped = 0
    for b in blocks:
        skipped += sum(1 for _, c in b.patterns if not _valid(c))
        for verb, own in b.verbs:
            words = [w for w in re.split(r"[\s_]+", verb) if w]
            head_at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
            pre = [w.lstrip("+").lower() for w in words[:head_at]]
            post = [w.lstrip("+").lower() for w in words[head_at + 1 :]]
            head = heads[verb]
            lemma = lemmas.get(head, head)
            rows += _rows_for(lemma, head, pre, post, own or b.code, b.patterns, synsets)
    header = "# converted at run time from a PETRARCH verb dictionary (not part of realpolitik)\n"
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows), skipped


def _lemmas(words: list[str]) -> dict[str, str]:
    """Verb lemmas as the extractor's spaCy pipeline sees them ("called" -> "call")."""
    from realpolitik.extract import load_nlp

    nlp = load_nlp()
    out = {}
    for w, doc in zip(words, nlp.pipe(f"They {w} it." for w in words), strict=True):
        tok = doc[1]
        out[w] = tok.lemma_.lower() if tok.pos_ in ("VERB", "AUX") else w
    return out


if __name__ == "__main__":
    import sys

    n, skipped = convert(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{n} rows written, {skipped} patterns skipped (codes outside CAMEO)")
