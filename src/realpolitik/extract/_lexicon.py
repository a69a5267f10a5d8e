"""The trigger lexicon, object refinements and sector words, read once into dicts.

Extraction looks up every token's (lemma, part of speech), so the tables are plain dicts keyed
by lemma; everything is parsed and checked against the ontology at load time, never per token.
Users add their own trigger rows (``--triggers FILE``, :func:`load_lexicon`) in the same TSV
format; their rows for a (lemma, part of speech) are tried before the built-in ones.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.extract._pos import ADJ, AUX, NOUN, PROPN, VERB
from realpolitik.ontology import is_cameo, plover_types

Words = tuple[tuple[str, ...], ...]  # alternatives, each a word sequence in text order

_POS = {VERB: "V", AUX: "V", NOUN: "N", PROPN: "N", ADJ: "A"}  # (by ``Token.pos``)


@dataclass(frozen=True)
class Trigger:
    """One lexicon line: a lemma, its conditions and the CAMEO code it gives."""

    lemma: str
    pos: str  # V, N or A
    prt: frozenset[str]
    prep: frozenset[str]
    obj: frozenset[str]
    cameo: str
    flags: frozenset[str]
    after: Words = ()  # words that follow the trigger in its phrase ("restore ... ties")
    before: Words = ()  # words shortly before it ("said ... would attend")
    neg: bool = False  # the negated trigger ("did not cut aid"): the row codes the negation
    form: frozenset[str] = frozenset()  # the trigger's own word form ("left", not "leave")
    back: str = ""  # cameo "032:033": the target's answering event, target -> source
    pair: bool = False  # the subject is two or more conjoined actors ("A and B agreed")
    clause: bool = False  # the trigger governs a that-clause ("demonstrated that ...")
    plover: str = ""  # flag plover=RETREAT/resign: the PLOVER type the codebook gives this act
    plover_mode: str = ""
    user: bool = field(default=False, compare=False)

    # More conditions = a more specific reading; ties keep file order. Set by the constructor
    # (``__post_init__``): a ``functools.cached_property`` writes the instance ``__dict__``,
    # which a class compiled by mypyc lacks (scripts/compile_rules.py).
    specificity: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "specificity",
            (1 if self.prt else 0)
            + (1 if self.prep else 0)
            + (1 if self.obj else 0)
            + max((len(w) for w in self.after), default=0)
            + max((len(w) for w in self.before), default=0)
            + (1 if self.neg else 0)
            + (1 if self.form else 0)
            + (1 if self.pair else 0)
            + (1 if self.clause else 0),
        )


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    refine: dict[str, tuple[tuple[frozenset[str], str], ...]]  # root -> ((words, code), ...)
    sectors: dict[str, str]


# The lexicon's part of speech of a spaCy one (None: no trigger): the dict's own lookup, called
# for every token of every sentence (a function around it cost a Python call each).
pos_key: Callable[[int], str | None] = _POS.get


def _rows(name: str) -> list[list[str]]:
    path = resources.files("realpolitik.extract").joinpath("data", name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split("\t"))
    return out


def _words(value: str) -> frozenset[str]:
    return frozenset(w for w in value.split("|") if w)


_FIELDS = ("lemma", "pos", "when", "cameo", "flags", "notes")
_WORD_CONDS = ("prt", "prep", "obj", "form")
_SEQ_CONDS = ("after", "before")
FLAGS = frozenset({"theme", "recip", "ofsrc", "ctl", "negctl", "rev", "plover=TYPE/mode"})


class RowError(ValueError):
    """A bad lexicon row: which field and what is wrong with it."""

    def __init__(self, field_name: str, value: str, reason: str) -> None:
        super().__init__(f"{field_name} {value!r}: {reason}")
        self.field = field_name
        self.value = value
        self.reason = reason


def _sequences(value: str) -> Words:
    """'diplomatic ties|relations' -> (("diplomatic", "ties"), ("relations",)). A hyphenated
    word is its parts and the hyphen, as the tokenizer splits it ("heavy-handed" -> "heavy",
    "-", "handed"): written whole it could never match a sentence's tokens."""
    out = []
    for alt in value.split("|"):
        words = tuple(p for w in alt.lower().split() for p in _hyphen_parts(w))
        if words:
            out.append(words)
    return tuple(out)


def _hyphen_parts(word: str) -> list[str]:
    """'heavy-handed' -> ['heavy', '-', 'handed']; a word without an inner hyphen alone."""
    if "-" not in word.strip("-"):
        return [word]
    parts = word.split("-")
    return [x for p in parts for x in (p, "-") if x][:-1] if all(parts) else [word]


NO_EVENT = "---"
# obj=* holds when the trigger has a direct object (a noun: an "of" object), obj=- when it has
# none: "protested the decision" is a diplomatic protest, "thousands protested" a demonstration.
ANY_OBJECT = "*"
NO_OBJECT = "-"


def _check_codes(code: str, back: str) -> None:
    for c in (code, back) if back else (code,):
        if not is_cameo(c):
            raise RowError("cameo", c, "is not a CAMEO code (or ---); see `realpolitik codes`")


def _plover_flag(value: str) -> tuple[str, str]:
    """ "RETREAT/resign" -> ("RETREAT", "resign"), checked against the PLOVER ontology.

    The flag is for acts the PLOVER codebook files under another type than the CAMEO code's
    conversion does (an official's resignation: CAMEO 0831 converts to CONCEDE, the codebook
    calls it RETREAT, mode resign).
    """
    name, _, mode = value.partition("/")
    types = {t.name: t for t in plover_types()}
    found = types.get(name.strip().upper())
    if found is None:
        raise RowError(
            "flags", f"plover={value}", "names no PLOVER type (" + ", ".join(types) + ")"
        )
    mode = mode.strip().lower()
    if mode and mode not in found.mode_names:
        modes = ", ".join(found.mode_names) or "none"
        raise RowError("flags", f"plover={value}", f"names no mode of {found.name} ({modes})")
    return found.name, mode


def _parse_trigger(cols: list[str]) -> Trigger:
    cols = cols + [""] * (6 - len(cols))
    lemma, pos, when, code, flags = (c.strip() for c in cols[:5])
    if not lemma or lemma != lemma.lower() or " " in lemma:
        raise RowError("lemma", lemma, "needs one lower-case word (the spaCy lemma)")
    if pos not in ("V", "N", "A"):
        raise RowError("pos", pos, "must be V (verb), N (noun) or A (adjective)")
    cond: dict[str, frozenset[str]] = {k: frozenset() for k in _WORD_CONDS}
    seqs: dict[str, Words] = {k: () for k in _SEQ_CONDS}
    neg = pair = clause = False
    for raw in when.split(","):
        part = raw.strip()
        if not part:
            continue
        key, eq, value = part.partition("=")
        key = key.strip()
        if key == "neg" and not eq:
            neg = True
        elif key == "pair" and not eq:
            pair = True
        elif key == "clause" and not eq:
            clause = True
        elif key in cond and eq and _words(value.strip()):
            cond[key] = _words(value.strip().lower())
        elif key in seqs and eq and _sequences(value):
            seqs[key] = _sequences(value)
        else:
            raise RowError(
                "when",
                part,
                "is not a condition (prt=, prep=, obj=, form=, after=, before=, neg, pair, clause)",
            )
    code, _, back = code.partition(":")
    if code != NO_EVENT or back:  # "---": a reading that is not an event ("fire broke out")
        _check_codes(code, back)
    flag_set = frozenset(f.strip() for f in flags.split(",") if f.strip())
    plover, plover_mode = "", ""
    for f in flag_set:
        if f.startswith("plover="):
            plover, plover_mode = _plover_flag(f[len("plover=") :])
            flag_set = flag_set - {f}
    if plover and code == NO_EVENT:
        raise RowError("flags", f"plover={plover}", "needs an event code, not ---")
    return Trigger(
        lemma=lemma,
        pos=pos,
        prt=cond["prt"],
        prep=cond["prep"],
        obj=cond["obj"],
        cameo=code,
        flags=flag_set,
        after=seqs["after"],
        before=seqs["before"],
        neg=neg,
        form=cond["form"],
        back=back,
        pair=pair,
        clause=clause,
        plover=plover,
        plover_mode=plover_mode,
    )


def _condition_key(t: Trigger) -> tuple[object, ...]:
    """Two rows with the same lemma, part of speech and conditions: the user's replaces ours."""
    return (
        t.lemma,
        t.pos,
        t.prt,
        t.prep,
        t.obj,
        t.after,
        t.before,
        t.neg,
        t.form,
        t.pair,
        t.clause,
    )


def read_trigger_file(path: str | os.PathLike[str]) -> list[Trigger]:
    """A user trigger file (the format of the built-in triggers.tsv), checked row by row.

    Raises E250 when the file cannot be read and E251 naming the line and field of a bad row.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RealpolitikError(Errors.E250, path=path, reason=exc) from None
    known = FLAGS.union(*(t.flags for rows in lexicon().triggers.values() for t in rows))
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > len(_FIELDS):
            raise RealpolitikError(
                Errors.E251,
                path=path,
                line=n,
                field="line",
                value=line[:60],
                reason=f"has {len(cols)} tab-separated fields; at most {len(_FIELDS)}: "
                + ", ".join(_FIELDS),
            )
        if len(cols) < 4:
            raise RealpolitikError(
                Errors.E251,
                path=path,
                line=n,
                field="line",
                value=line[:60],
                reason="needs lemma<TAB>pos<TAB>when<TAB>cameo[<TAB>flags<TAB>notes]",
            )
        try:
            t = _parse_trigger(cols)
            unknown = sorted(t.flags - known)
            if unknown:
                raise RowError("flags", unknown[0], f"is not a flag ({', '.join(sorted(known))})")
        except RowError as exc:
            raise RealpolitikError(
                Errors.E251,
                path=path,
                line=n,
                field=exc.field,
                value=exc.value,
                reason=exc.reason,
            ) from None
        out.append(replace(t, user=True))
    return out


def _by_specificity(rows: Iterable[Trigger]) -> tuple[Trigger, ...]:
    return tuple(sorted(rows, key=lambda t: -t.specificity))


# Rows converted from PETRARCH2's verb dictionary (scripts/convert_petrarch_verbs.py). Only its
# "not an event" readings are kept ("killed in an accident", "adopted a law"): they are tried
# among the project's own rows, most specific first, so that they can veto a bare reading.
PETRARCH_FILE = "triggers_petrarch.tsv"


# American -ize/-yze lemmas and their British -ise/-yse spellings (spaCy lemmatises
# "recognised" as "recognise"): wire copy writes both, the tables one.
_BRITISH = (("ization", "isation"), ("ize", "ise"), ("yze", "yse"))


def _british_spellings(
    rows: dict[tuple[str, str], list[Trigger]],
) -> dict[tuple[str, str], list[Trigger]]:
    """The rows of each -ize lemma also under its -ise spelling, unless that has rows of its own."""
    out = dict(rows)
    for (lemma, pos), group in rows.items():
        for us, uk in _BRITISH:
            if lemma.endswith(us):
                other = lemma[: -len(us)] + uk
                if (other, pos) not in rows:
                    out[(other, pos)] = [replace(t, lemma=other) for t in group]
                break
    return out


@functools.cache
def lexicon() -> Lexicon:
    """All tables, parsed and checked once per process."""
    rows: dict[tuple[str, str], list[Trigger]] = {}
    for name in ("triggers.tsv", PETRARCH_FILE):
        for cols in _rows(name):
            t = _parse_trigger(cols)
            rows.setdefault((t.lemma, t.pos), []).append(t)
    triggers = {k: _by_specificity(v) for k, v in _british_spellings(rows).items()}
    refine: dict[str, list[tuple[frozenset[str], str]]] = {}
    for cols in _rows("refine.tsv"):
        root, words, code = (c.strip() for c in cols[:3])
        if not is_cameo(code):
            raise ValueError(f"refine.tsv: {code!r} is not a CAMEO code")
        refine.setdefault(root, []).append((_words(words), code))
    sectors = {cols[0].strip(): cols[1].strip() for cols in _rows("sectors.tsv")}
    return Lexicon(
        triggers=triggers,
        refine={k: tuple(v) for k, v in refine.items()},
        sectors=sectors,
    )


def load_lexicon(paths: Sequence[str | os.PathLike[str]] = ()) -> Lexicon:
    """The built-in lexicon plus the trigger rows of ``paths`` (``--triggers FILE``).

    For each (lemma, part of speech) the user's rows come first (most specific first, later
    files before earlier ones), then the built-in rows; a built-in row with exactly the
    conditions of a user row is replaced by it. No paths: the built-in lexicon itself.
    """
    base = lexicon()
    if not paths:
        return base
    user: dict[tuple[str, str], list[Trigger]] = {}
    for path in reversed(paths):
        for t in read_trigger_file(path):
            user.setdefault((t.lemma, t.pos), []).append(t)
    triggers = dict(base.triggers)
    for key, rows in user.items():
        taken = {_condition_key(t) for t in rows}
        kept = [t for t in base.triggers.get(key, ()) if _condition_key(t) not in taken]
        triggers[key] = _by_specificity(rows) + tuple(kept)
    return replace(base, triggers=triggers)
