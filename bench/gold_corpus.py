"""Reader of the project's gold corpus format (bench/gold/*.txt, described in bench/gold/GUIDE.md).

A record is a header line ``=== ID [DATE]``, optional ``date:``/``kind:``/``title:`` lines, the
text, a ``---`` line and one relation per line. A relation is ``[bg|opt|!] SOURCE TARGET CODE
[FACTUALITY] "anchor"``: plain lines are what extraction must find, ``bg`` (background) and
``opt`` (acceptable alternative) lines are neither required nor penalised, ``!`` lines are traps
(no such act). The anchor ties a relation to its sentence. A bad line stops the reader with one
message naming file, line and field, so a typo never silently changes a score.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from realpolitik.ontology import is_cameo

FACTUALITIES = ("asserted", "reported", "possible", "negated")
KINDS = ("news", "oped", "wire")
_ACTOR = re.compile(r"(?:[A-Z]{3}|---)(?:[A-Z]{3})*")
_RELATION = re.compile(
    r"(?:(?P<mark>bg|opt|!)\s+)?(?P<src>\S+)\s+(?P<tgt>\S+)\s+(?P<code>\d{2,4})\s+"
    r"(?:(?P<fact>[a-z]+)\s+)?\"(?P<anchor>(?:[^\"\\]|\\.)*)\"\s*(?:#.*)?"
)


class GoldFormatError(ValueError):
    """A gold file that does not follow the format: the message names file, line and field."""


@dataclass(frozen=True)
class Relation:
    """One annotated relation; ``status`` is gold, bg, opt or trap."""

    status: str
    source: str
    target: str
    code: str
    factuality: str | None
    anchor: str
    offset: int  # character offset of the anchor in the record's text
    line: int

    @property
    def key(self) -> tuple[str, str, str]:
        """(source country, target country, CAMEO root): what the scores compare."""
        return (self.source[:3], self.target[:3], self.code[:2])

    @property
    def required(self) -> bool:
        """A relation extraction must find: plain, and stated as having happened."""
        return self.status == "gold" and self.factuality in ("asserted", "reported")


@dataclass(frozen=True)
class Record:
    id: str
    date: str
    kind: str
    title: str | None
    text: str
    relations: tuple[Relation, ...]
    path: str
    line: int


def read_corpus(path: str | Path) -> list[Record]:
    """Every record of one gold file, validated."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{p}: cannot read the gold file ({exc})") from None
    kind_default = "wire" if p.stem.startswith("wire") else "news"
    records: list[Record] = []
    blocks: list[tuple[int, list[str]]] = []
    for n, line in enumerate(lines, 1):
        if line.startswith("=== "):
            blocks.append((n, [line]))
        elif blocks:
            blocks[-1][1].append(line)
        elif line.strip() and not line.startswith("#"):
            raise GoldFormatError(f"{p}:{n}: text before the first '=== ID' header")
    seen: set[str] = set()
    for start, block in blocks:
        rec = _record(p, start, block, kind_default)
        if rec.id in seen:
            raise GoldFormatError(f"{p}:{start}: record id {rec.id!r} is used twice")
        seen.add(rec.id)
        records.append(rec)
    return records


def _record(path: Path, start: int, block: list[str], kind_default: str) -> Record:
    head = block[0][4:].split()
    if not head:
        raise GoldFormatError(f"{path}:{start}: header has no record id")
    fields = {"date": head[1] if len(head) > 1 else "", "kind": kind_default, "title": ""}
    i = 1
    while i < len(block) and re.match(r"(date|kind|title):", block[i]):
        name, _, value = block[i].partition(":")
        fields[name] = value.strip()
        i += 1
    try:
        sep = block.index("---", i)
    except ValueError:
        raise GoldFormatError(f"{path}:{start}: record {head[0]} has no '---' line") from None
    text = "\n".join(block[i:sep]).strip()
    if not text:
        raise GoldFormatError(f"{path}:{start}: record {head[0]} has no text")
    _check_date(path, start, fields["date"])
    if fields["kind"] not in KINDS:
        raise GoldFormatError(f"{path}:{start}: field 'kind' {fields['kind']!r} is not {KINDS}")
    rels = []
    for j in range(sep + 1, len(block)):
        raw = block[j].strip()
        if raw and not raw.startswith("#"):
            rels.append(_relation(path, start + j, raw, text))
    return Record(
        id=head[0],
        date=fields["date"],
        kind=fields["kind"],
        title=fields["title"] or None,
        text=text,
        relations=tuple(rels),
        path=str(path),
        line=start,
    )


def _check_date(path: Path, line: int, value: str) -> None:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise GoldFormatError(f"{path}:{line}: field 'date' {value!r} is not YYYY-MM-DD") from None


def _relation(path: Path, n: int, raw: str, text: str) -> Relation:
    m = _RELATION.fullmatch(raw)
    if not m:
        raise GoldFormatError(
            f"{path}:{n}: relation line is not '[bg|opt|!] SOURCE TARGET CODE FACTUALITY \"anchor\"'"
        )
    mark, fact = m["mark"], m["fact"]
    status = {"bg": "bg", "opt": "opt", "!": "trap", None: "gold"}[mark]
    for name in ("src", "tgt"):
        if not _ACTOR.fullmatch(m[name]):
            field = "source" if name == "src" else "target"
            raise GoldFormatError(
                f"{path}:{n}: field '{field}' {m[name]!r} is not a CAMEO actor code"
            )
    if not is_cameo(m["code"]):
        raise GoldFormatError(f"{path}:{n}: field 'code' {m['code']!r} is not a CAMEO event code")
    if status == "trap":
        if fact is not None:
            raise GoldFormatError(f"{path}:{n}: a trap ('!') takes no factuality")
    elif fact not in FACTUALITIES:
        raise GoldFormatError(
            f"{path}:{n}: field 'factuality' {fact!r} is not one of {FACTUALITIES}"
        )
    anchor = m["anchor"].replace('\\"', '"')
    count = text.count(anchor)
    if count != 1:
        fix = "copy it from the text" if count == 0 else "lengthen it until it is unique"
        where = "does not occur" if count == 0 else f"occurs {count} times"
        raise GoldFormatError(f"{path}:{n}: field 'anchor' {anchor!r} {where} in the text; {fix}")
    return Relation(status, m["src"], m["tgt"], m["code"], fact, anchor, text.index(anchor), n)
