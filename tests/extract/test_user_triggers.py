"""User trigger lexicons (`--triggers FILE`, `load_lexicon`): loading, override, conditions, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from extract_helpers import triples

from realpolitik.actors import ActorRegistry
from realpolitik.cli import cli
from realpolitik.errors import RealpolitikError
from realpolitik.extract import Lexicon, extract_document, load_lexicon
from realpolitik.extract._lexicon import lexicon as builtin_lexicon
from realpolitik.extract._lexicon import read_trigger_file
from realpolitik.models import Document, Extraction

HEADER = "# lemma\tpos\twhen\tcameo\tflags\tnotes\n"


def _file(tmp_path: Path, *rows: str, name: str = "mine.tsv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _run(nlp: Any, registry: ActorRegistry, text: str, lex: Lexicon | None) -> Extraction:
    doc = Document("t", text, "test", date="2024-06-20")
    return extract_document(doc, registry, None, nlp, lex)


def test_no_files_is_the_builtin_lexicon() -> None:
    assert load_lexicon() is builtin_lexicon()
    assert load_lexicon([]) is builtin_lexicon()


def test_user_rows_come_first_and_replace_equal_conditions(tmp_path: Path) -> None:
    path = _file(tmp_path, "welcome\tV\t\t041\t\tpraise", "ovation\tN\t\t041")
    lex = load_lexicon([path])
    rows = lex.triggers[("welcome", "V")]
    assert rows[0].cameo == "041" and rows[0].user
    # the built-in unconditioned "welcome" row (051) is replaced, not kept behind it
    assert all(r.user or r.specificity for r in rows)
    assert ("ovation", "N") in lex.triggers  # a new lemma is added
    builtin = builtin_lexicon().triggers[("welcome", "V")]
    assert [r.cameo for r in builtin if not r.specificity] == ["051"]  # built-in untouched


def test_override_changes_the_code(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    text = "Brazil welcomed Argentina's decision."
    assert ("BRA", "ARG", "051") in triples(_run(nlp, registry, text, None))
    lex = load_lexicon([_file(tmp_path, "welcome\tV\t\t041")])
    assert triples(_run(nlp, registry, text, lex)) == {("BRA", "ARG", "041")}


def test_later_files_win_ties(tmp_path: Path) -> None:
    first = _file(tmp_path, "welcome\tV\t\t041", name="a.tsv")
    second = _file(tmp_path, "welcome\tV\t\t042", name="b.tsv")
    assert load_lexicon([first, second]).triggers[("welcome", "V")][0].cameo == "042"


def test_after_condition(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    lex = load_lexicon([_file(tmp_path, "restore\tV\tafter=diplomatic ties|embassy\t064")])
    assert ("CHL", "PER", "064") in triples(
        _run(nlp, registry, "Chile restored diplomatic ties with Peru.", lex)
    )
    # words in order, gaps allowed; the other alternative too
    assert ("CHL", "PER", "064") in triples(
        _run(nlp, registry, "Chile restored full diplomatic and trade ties with Peru.", lex)
    )
    # out of order: no match, the built-in reading stays
    got = triples(_run(nlp, registry, "Chile restored ties of a diplomatic kind with Peru.", lex))
    assert all(code != "064" for *_, code in got)


def test_before_condition(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    lex = load_lexicon([_file(tmp_path, "visit\tV\tbefore=secretly\t040")])
    assert triples(_run(nlp, registry, "Norway secretly visited Sweden.", lex)) == {
        ("NOR", "SWE", "040")
    }
    assert triples(_run(nlp, registry, "Norway visited Sweden.", lex)) == {("NOR", "SWE", "042")}


def test_neg_condition_codes_the_negated_act(
    nlp: Any, registry: ActorRegistry, tmp_path: Path
) -> None:
    text = "Japan did not cut aid to Kenya."
    plain = _run(nlp, registry, text, None)
    assert [e.factuality for e in plain.events] == ["negated"]
    lex = load_lexicon([_file(tmp_path, "cut\tV\tafter=aid,neg\t054")])
    got = _run(nlp, registry, text, lex)
    assert [(e.cameo, e.factuality) for e in got.events] == [("054", "asserted")]
    # without the negation the row does not apply
    assert triples(_run(nlp, registry, "Japan cut aid to Kenya.", lex)) == {("JPN", "KEN", "162")}


def test_form_condition(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    lex = load_lexicon([_file(tmp_path, "leave\tV\tform=left\t032")])
    got = triples(_run(nlp, registry, "Italy's president left for Spain.", lex))
    assert {(s[:3], t, c) for s, t, c in got} == {("ITA", "ESP", "032")}
    assert not _run(nlp, registry, "Italy's president leaves for Spain.", lex).events


def test_specificity_counts_words(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "restore\tV\t\t050",
        "restore\tV\tafter=ties\t064",
        "restore\tV\tafter=full diplomatic ties,neg\t112",
    )
    rows = load_lexicon([path]).triggers[("restore", "V")]
    assert [r.cameo for r in rows[:3]] == ["112", "064", "050"]


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("Restore\tV\t\t064", "lemma"),
        ("restore\tX\t\t064", "pos"),
        ("restore\tV\tafter ties\t064", "when"),
        ("restore\tV\tobj=\t064", "when"),
        ("restore\tV\tnext=ties\t064", "when"),
        ("restore\tV\t\t999", "cameo"),
        ("restore\tV\t\t064\tshiny", "flags"),
        ("restore\tV\t064", "line"),
        ("restore\tV\t\t064\t\tnote\textra", "line"),
    ],
)
def test_bad_rows_name_file_line_and_field(tmp_path: Path, row: str, field: str) -> None:
    path = _file(tmp_path, "welcome\tV\t\t041", row)
    with pytest.raises(RealpolitikError) as info:
        read_trigger_file(path)
    assert info.value.code == "E251"
    message = str(info.value)
    assert message.startswith(f"[E251] {path}:3: trigger field '{field}'")
    assert "\n" not in message


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError) as info:
        load_lexicon([tmp_path / "missing.tsv"])
    assert info.value.code == "E250"
    assert str(tmp_path / "missing.tsv") in str(info.value)


ARTICLE = (
    "Chile and Peru\nDate: 2024-03-02\n\n"
    "Chile restored diplomatic ties with Peru on Friday, officials said.\n"
)


@pytest.mark.slow
def test_cli_ingest_extract_and_evaluate_with_triggers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ties.txt").write_text(ARTICLE, encoding="utf-8")
    triggers = _file(tmp_path, "restore\tV\tafter=diplomatic ties\t064")
    db = tmp_path / "x.duckdb"
    runner = CliRunner()
    ingested = runner.invoke(
        cli, ["--db", str(db), "ingest", str(corpus), "--triggers", str(triggers)]
    )
    assert ingested.exit_code == 0, ingested.output
    listed = runner.invoke(cli, ["--db", str(db), "events", "--format", "jsonl"])
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert ("CHL", "PER", "064") in {(r["source_code"], r["target_code"], r["cameo"]) for r in rows}

    extracted = runner.invoke(cli, ["extract", str(corpus), "--triggers", str(triggers)])
    assert extracted.exit_code == 0, extracted.output
    codes = {json.loads(x)["cameo"] for x in extracted.stdout.splitlines()}
    assert "064" in codes

    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "1", "text": ARTICLE.split("\n\n")[1], "tuples": [["CHL", "PER", "064"]]})
        + "\n",
        encoding="utf-8",
    )
    args = ["evaluate", str(gold), "--level", "country_root"]
    without = runner.invoke(cli, args)
    with_triggers = runner.invoke(cli, [*args, "--triggers", str(triggers)])
    assert with_triggers.exit_code == 0, with_triggers.output
    f1 = [
        line.split()[3] for line in with_triggers.stdout.splitlines() if line.startswith("country")
    ]
    assert f1 == ["1.000"]
    assert "1.000" not in without.stdout

    bad = _file(tmp_path, "restore\tV\tafter=ties\t9999", name="bad.tsv")
    failed = runner.invoke(cli, ["extract", str(corpus), "--triggers", str(bad)])
    assert failed.exit_code == 1
    assert failed.stderr.startswith(f"realpolitik: error: [E251] {bad}:2: trigger field 'cameo'")


@pytest.mark.slow
def test_lexicon_reaches_worker_processes(tmp_path: Path) -> None:
    from realpolitik.extract.parallel import extract_many

    lex = load_lexicon([_file(tmp_path, "restore\tV\tafter=diplomatic ties\t064")])
    docs = [
        Document(str(i), "Chile restored diplomatic ties with Peru.", "t", date="2024-03-02")
        for i in range(3)
    ]
    pooled = list(extract_many(docs, registry=ActorRegistry.default(), workers=2, lexicon=lex))
    assert [x.document.doc_id for x in pooled] == ["0", "1", "2"]
    assert all(("CHL", "PER", "064") in triples(x) for x in pooled)


def test_answering_code(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    lex = load_lexicon([_file(tmp_path, "leave\tV\tform=left\t042:043")])
    got = {(s[:3], t[:3], c) for s, t, c in triples(_run(nlp, registry, TRIP, lex))}
    assert got == {("ITA", "ESP", "042"), ("ESP", "ITA", "043")}
    with pytest.raises(RealpolitikError) as info:
        read_trigger_file(_file(tmp_path, "leave\tV\t\t042:999", name="bad.tsv"))
    assert "trigger field 'cameo' '999'" in str(info.value)


TRIP = "Italy's president left for Spain."


def test_attribution_is_not_an_event(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    lex = load_lexicon([_file(tmp_path, "say\tV\t\t023", "tell\tV\t\t023")])
    text = "Chile restored diplomatic ties with Peru, a senior official said on Friday."
    got = triples(_run(nlp, registry, text, lex))
    assert all(code != "023" for *_, code in got) and any(c == "050" for *_, c in got)
    # a statement whose clause holds no event, or one to an addressee, stays an event
    said = triples(_run(nlp, registry, "Chile said Peru was pleased.", lex))
    assert said == {("CHL", "PER", "023")}
    told = triples(_run(nlp, registry, "Chile told Peru that Bolivia attacked Brazil.", lex))
    assert {("CHL", "PER", "023"), ("BOL", "BRA", "190")} <= told


def test_no_event_rows(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    text = "Chile restored baseball games with Peru."
    assert triples(_run(nlp, registry, text, load_lexicon([_file(tmp_path, "restore\tV\t\t064")])))
    lex = load_lexicon([_file(tmp_path, "restore\tV\tafter=baseball\t---", "restore\tV\t\t064")])
    assert triples(_run(nlp, registry, text, lex)) == set()
    assert triples(_run(nlp, registry, "Chile restored ties with Peru.", lex)) == {
        ("CHL", "PER", "064")
    }
