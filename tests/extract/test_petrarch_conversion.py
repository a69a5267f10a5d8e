"""scripts/convert_petrarch_verbs.py on a small dictionary written here in PETRARCH's format,
and the converted rows the package ships (PETRARCH2's no-event readings)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from convert_petrarch_verbs import CURATED, convert, hand_lemmas, select, singular  # noqa: E402

from realpolitik.extract._lexicon import NO_EVENT, lexicon  # noqa: E402
from realpolitik.models import Extraction  # noqa: E402

# A made-up dictionary in PETRARCH's layout: synonym sets, then verb blocks with patterns.
DICTIONARY = """\
####### SYNONYM SETS #######

&VESSEL
+FERRY
+TUGBOAT

####### VERB PATTERNS #######

---  RAM   [190]  ---
RAM {RAMS RAMMED RAMMING }
SIDESWIPE
+RUN_DOWN
- * &VESSEL                                   [171]      # RAM
- * (IN DRILL)                                [---]      # RAM
- NOT * (WITH GRACE)                          [051]
- % * TOGETHER                                [190]
- * [:173]

---  PONDER   [---]  ---
PONDER
- * (OVER PLANS)                              [014]      # PONDER
- * IN                                        [---]      # PONDER
"""


def _rows(tmp_path: Path) -> list[str]:
    path = tmp_path / "dict.txt"
    path.write_text(DICTIONARY, encoding="latin-1")
    rows, stats = convert(path)
    assert stats["blocks"] == 2 and stats["patterns"] == 7
    return [r.line() for r in rows]


def test_blocks_verbs_and_patterns_become_rows(tmp_path: Path) -> None:
    lines = _rows(tmp_path)
    by = {tuple(x.split("\t")[:4]) for x in lines}
    assert ("ram", "V", "", "190") in by  # the block's default code
    assert ("sideswipe", "V", "", "190") in by  # synonyms share it
    assert ("run", "V", "prt=down", "190") in by  # multiword verb: head lemma + particle
    # a pattern names the verb it belongs to; synonym sets expand, plurals become singular
    assert ("ram", "V", "after=ferry|tugboat", "171") in by
    assert not any(x[0] == "sideswipe" and x[3] == "171" for x in by)
    assert ("ram", "V", "after=in drill", NO_EVENT) in by
    assert ("sideswipe", "V", "after=with grace,neg", "051") in by  # no comment: every verb
    assert ("ram", "V", "after=together,pair", "190") in {x[:4] for x in by}
    assert any(x.startswith("ram\tV\tafter=together,pair\t190\trecip") for x in lines)
    # a block coded [---] gives its verbs no default; target-only codes are dropped
    assert not any(x[0] == "ponder" and x[2] == "" for x in by)
    assert ("ponder", "V", "after=over plan", "014") in by
    assert all(x[3] for x in by)


def test_select_keeps_classes_and_drops_empty_words(tmp_path: Path) -> None:
    path = tmp_path / "dict.txt"
    path.write_text(DICTIONARY, encoding="latin-1")
    rows, _ = convert(path)
    kept = select(rows, {"noevent"}, set())
    # "ponder ... IN" (only a function word) says nothing and is dropped
    assert [(r.lemma, r.when) for r in kept] == [("ram", "after=in drill")]
    assert select(rows, {"noevent"}, {"ram"}) == []  # a lemma we have: only with "known"
    assert len(select(rows, {"default", "pattern", "noevent"}, set())) > len(kept)
    # --roots keeps event-coding rows of those CAMEO roots only (no-event readings stay)
    by_root = select(rows, {"default", "pattern", "noevent"}, set(), frozenset({"17"}))
    assert {(r.lemma, r.code) for r in by_root if r.code != NO_EVENT} == {("ram", "171")}
    assert ("ram", "after=in drill") in {(r.lemma, r.when) for r in by_root}
    # "curated" keeps the default rows of the listed verbs only (none here)
    assert select(rows, {"curated"}, set()) == []


def test_singular() -> None:
    assert [singular(w) for w in ("sanctions", "talks", "allies", "taxes", "crisis", "arms")] == [
        "sanction",
        "talks",
        "ally",
        "tax",
        "crisis",
        "arms",
    ]


def test_shipped_rows_carry_licence_and_are_no_event_readings() -> None:
    text = resources.files("realpolitik.extract").joinpath("data", "triggers_petrarch.tsv")
    body = text.read_text(encoding="utf-8")
    assert "Open Event Data Alliance" in body and "The MIT License" in body
    rows = [x.split("\t") for x in body.splitlines() if x and not x.startswith("#")]
    assert len(rows) > 100 and all(r[3] == NO_EVENT and r[2] for r in rows if r[0] not in CURATED)
    # the curated verbs: their PETRARCH default code, one row each, none the hand lexicon has
    curated = [r for r in rows if r[0] in CURATED]
    assert sorted(r[0] for r in curated) == sorted(CURATED)
    assert all(r[2] == "" and r[3] != NO_EVENT and "petrarch" in r[5] for r in curated)
    hand = hand_lemmas(
        Path(__file__).resolve().parents[2] / "src/realpolitik/extract/data/triggers.tsv"
    )
    assert "kill" in hand and "attack" in hand
    # tried among our rows by specificity: the veto comes before the bare "kill"
    kill = lexicon().triggers[("kill", "V")]
    assert kill[-1].cameo == "190" and any(r.cameo == NO_EVENT for r in kill[:-1])


def test_accidents_are_no_attacks(extract: Callable[..., Extraction]) -> None:
    for text in (
        "Two Indian soldiers were killed in a training accident near the border with Pakistan.",
        "Four Iraqi police officers were wounded in a car accident in Baghdad.",
    ):
        assert extract(text).events == [], text
    assert extract("Pakistani troops killed two Indian soldiers near the border.").events


def test_script_errors_are_one_coded_line(tmp_path: Path) -> None:
    import subprocess

    script = Path(__file__).resolve().parents[2] / "scripts" / "convert_petrarch_verbs.py"
    out = tmp_path / "out.tsv"
    missing = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "nope.txt"), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert missing.returncode != 0 and "[E260]" in missing.stderr and "nope.txt" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1 and not out.exists()
    other = tmp_path / "other.txt"
    other.write_text("just some text\nno blocks here\n", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, str(script), str(other), "-o", str(out)], capture_output=True, text=True
    )
    assert bad.returncode != 0 and "[E261]" in bad.stderr and not out.exists()
