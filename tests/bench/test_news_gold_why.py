"""news_gold --why-missed: the step at which each missed gold key was lost.

The classification is checked on hand-built fates (no extraction runs), so each step follows
from bench/news_gold_why.py's docstring alone; one run of the script on a tiny hand-written
gold file checks the table and that a check record is counted but never listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from cli_inprocess import Done  # noqa: E402
from gold_corpus import Record, Relation  # noqa: E402
from news_gold_why import STEPS, losses, step_of, table, tally  # noqa: E402
from split import half_of  # noqa: E402

from realpolitik.extract._fates import Fate  # noqa: E402

TEXT = "Chile condemned Peru on Monday. Bolivia and Ecuador signed a pact."
S1 = (0, 30)  # the first sentence's span
S2 = (31, len(TEXT))


def _rel(src: str, tgt: str, code: str, anchor: str) -> Relation:
    return Relation("gold", src, tgt, code, "asserted", anchor, TEXT.index(anchor), 1)


def _fate(
    span: tuple[int, int], word: str, code: str, gate: str, *keys: tuple[str, str, str]
) -> Fate:
    return Fate(span[0], span[1], TEXT.index(word), word, code, gate, keys)


CONDEMN = _rel("CHLGOV", "PER", "111", "condemned")


def _step(fates: list[Fate], rel: Relation = CONDEMN) -> str:
    return step_of(rel.key, [rel], fates)[0]


def test_no_trigger_in_the_sentence() -> None:
    # a trigger in the other sentence does not count for this one
    assert _step([_fate(S2, "signed", "057", "kept", ("BOL", "ECU", "057"))]) == "no trigger"


def test_trigger_elsewhere_of_another_root_is_a_lexicon_gap() -> None:
    # "Monday" stands in for another trigger word of the sentence, not at the anchor
    other = _fate(S1, "Monday", "040", "no parties")
    assert _step([other]) == "no trigger for the act"


def test_anchor_read_as_another_root_with_other_parties() -> None:
    other = _fate(S1, "condemned", "040", "kept", ("CHL", "BRA", "040"))
    assert _step([other]) == "other root at anchor"


@pytest.mark.parametrize(
    "gate",
    ["folded", "object of another act", "non-event:quoted", "no parties", "old-act reference"],
)
def test_a_gate_that_stopped_a_trigger_of_the_root_is_named(gate: str) -> None:
    assert _step([_fate(S1, "condemned", "111", gate)]) == gate


def test_background_with_the_key_counts_before_a_kept_event_with_other_parties() -> None:
    kept = _fate(S1, "condemned", "111", "kept", ("CHL", "BRA", "111"))
    back = _fate(S1, "Monday", "111", "background", ("CHL", "PER", "111"))
    assert _step([kept, back]) == "background"
    assert _step([kept]) == "wrong target"


def test_the_latest_gate_wins_among_triggers_of_the_root() -> None:
    folded = _fate(S1, "Monday", "111", "folded")
    no_parties = _fate(S1, "condemned", "111", "no parties")
    assert _step([folded, no_parties]) == "no parties"


def test_negated_wrong_root_and_party_steps() -> None:
    assert _step([_fate(S1, "condemned", "111", "kept", ("CHLGOV", "PER", "111"))]) == "negated"
    assert _step([_fate(S1, "condemned", "112", "kept", ("CHL", "PER", "112"))]) == "negated"
    assert _step([_fate(S1, "condemned", "172", "kept", ("CHL", "PER", "172"))]) == "wrong root"
    cases = {
        ("CHL", "", "111"): "missing target",
        ("CHL", "ARG", "111"): "wrong target",
        ("ARG", "PER", "111"): "wrong source",
        ("PER", "CHL", "111"): "reversed",
        ("ARG", "BRA", "111"): "wrong parties",
    }
    for key, step in cases.items():
        assert _step([_fate(S1, "condemned", "111", "kept", key)]) == step
    # the better-matching of two events decides: a missing target beats another source
    two = [
        _fate(S1, "condemned", "111", "kept", ("ARG", "PER", "111")),
        _fate(S1, "condemned", "111", "kept", ("CHL", "", "111")),
    ]
    assert _step(two) == "missing target"


def _record(rid: str) -> Record:
    rels = (
        CONDEMN,
        _rel("BOL", "ECU", "057", "Bolivia and Ecuador signed"),
        _rel("ECU", "BOL", "057", "signed a pact"),
    )
    return Record(rid, "2024-05-01", "news", None, TEXT, rels, "x.txt", 1)


def test_losses_skip_predicted_keys_and_tally_by_half() -> None:
    rec = _record("t-c")  # a tune record (bench/split.py)
    fates = [
        _fate(S1, "condemned", "111", "no parties"),
        _fate(S2, "signed", "057", "kept", ("BOL", "ECU", "057")),
    ]
    lost = losses(rec, {("BOL", "ECU", "05")}, fates)
    assert [(x.key, x.step) for x in lost] == [
        (("CHL", "PER", "11"), "no parties"),
        (("ECU", "BOL", "05"), "reversed"),
    ]
    assert half_of("t-c") == "tune" and half_of("t-d") == "check"
    other = _record("t-d")
    counts, by_record = tally(
        [rec, other, _record("f-x")],
        {"t-c": {("BOL", "ECU", "05")}},
        {"t-c": fates},
        corpus_of={"t-c": "news", "t-d": "wire"},  # f-x: held out, no corpus
    )
    assert counts[("news", "tune")] == {"no parties": 1, "reversed": 1}
    assert counts[("wire", "check")] == {"no trigger": 3}
    assert "f-x" not in by_record and ("news", "check") not in counts
    text = table(counts)
    assert text.splitlines()[1].split() == [
        "step",
        "news/all",
        "news/tune",
        "wire/all",
        "wire/check",
    ]
    assert "no parties                         1           1           0           0" in text
    assert set(STEPS) >= {"no trigger", "background", "wrong root", "reversed"}


GOLD = """=== t-c
date: 2024-05-01
kind: news

Chile condemned Peru on Monday. Bolivia and Ecuador signed a pact.
---
CHLGOV PER 111 asserted "condemned"
BOL ECU 057 asserted "Bolivia and Ecuador signed"
ECU BOL 057 asserted "signed a pact"
PER BOL 036 asserted "a pact"

=== t-d 2024-05-02
kind: wire
Argentina's football team played a friendly match in London on Tuesday.
---
ARG GBR 042 asserted "played"
"""


@pytest.mark.slow
def test_script_prints_the_table_and_lists_only_tune(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "tiny.txt"
    gold.write_text(GOLD, encoding="utf-8")
    # the script's main() in this process (the pipeline loads once per test process), as
    # `python bench/news_gold.py ...` runs it
    from news_gold import main

    code = main([str(gold), "--why-missed", "--show", "tune"])
    printed = capsys.readouterr()
    out = Done(code, printed.out, printed.err)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("why the missed required keys were lost")[1].splitlines()
    missed = next(x for x in lines if x.startswith("(missed keys)")).split()[2:]
    assert lines[1].split()[1:] == ["news/all", "news/tune", "wire/all", "wire/check"]
    assert missed[3] == "1"  # the check record's key is counted ...
    assert "== t-c (news) why missed" in out.stdout  # a tune record's losses are listed ...
    assert "PER->BOL 036" in out.stdout and "== t-d" not in out.stdout  # ... never a check one


def test_root_table_names_gold_and_read_roots_per_half() -> None:
    from news_gold_why import root_table

    rec = _record("t-c")
    fates = [_fate(S1, "condemned", "172", "kept", ("CHL", "PER", "172"))]
    lost = losses(rec, set(), fates)
    assert {x.key: x.step for x in lost}[("CHL", "PER", "11")] == "wrong root"
    text = root_table([rec], {"t-c": lost})
    assert "  wrong root               tune  11>17:1" in text
    assert "  no trigger               tune  05:2" in text
