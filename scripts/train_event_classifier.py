"""Train the linear event classifier and write build/event_classifier.tsv (not shipped).

Usage: .venv/bin/python scripts/train_event_classifier.py [EVAL_DIR] [--out PATH]
(EVAL_DIR defaults to ../shared/eval/dev, found from the checkout like bench/split.py does).

Two heads, each a multinomial logistic regression with an L2 penalty, fitted by L-BFGS
(scipy) from zero weights, so a rerun writes the same file:

- ``plover``: the sixteen PLOVER types, trained on the NGEC synthetic stories
  (silver_ngec_synthetic_plover.jsonl; the label is the type the story was written for), features
  from each story's first two sentences (its lede);
- ``penta``: the five CAMEO classes, trained on the TUNE half (bench/split.py) of
  conflibert_penta.jsonl only, so that its check half stays a fair test.

The penalty of each head is chosen from ``PENALTIES``: the plover head's by type accuracy on the
tune half of plover_gsr_dev (never trained on), the penta head's by accuracy on a fixed hash
fold of the penta tune half. Features are those of ``realpolitik.extract.event_classifier``
seen at least ``MIN_COUNT`` times in a head's training texts. Sentences are parsed with the
project's own pipeline (``load_nlp``). No training sentence is written anywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from split import half_of, shared_folder  # noqa: E402

from realpolitik.extract._nlp import load_nlp  # noqa: E402
from realpolitik.extract.event_classifier import WEIGHTS_FILE, sentence_features  # noqa: E402

MIN_COUNT = 3  # a feature seen fewer times in a head's training texts is left out
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0)  # L2 strength per example (sum of squares x lam / 2)
LEDE_SENTENCES = 2  # the sentences of a synthetic story that carry its event
MAX_ITER = 300
DIGITS = 4  # significant digits written per weight
DROP_BELOW = 1e-3  # a feature whose every weight is smaller is not written
PENTA_CLASSES = ("0", "1", "2", "3", "4")
HEADER = """\
# realpolitik event classifier weights (plain text; read by realpolitik.extract.event_classifier)
# Written by scripts/train_event_classifier.py (deterministic: L-BFGS from zero weights); do not
# edit by hand. Rows: head<TAB>feature<TAB>one weight per class; '@classes' and '@bias' rows first.
# Head 'plover' ({plover_n} examples, penalty {plover_lam}): trained on the NGEC synthetic PLOVER
#   stories (silver_ngec_synthetic_plover.jsonl, 4,500 machine-written stories labelled with the
#   event type each was prompted for; pseudo-labels, not human gold). Source: Andrew Halterman,
#   NGEC, https://github.com/ahalterman/NGEC (method: Halterman 2023, "Synthetically generated
#   text for supervised text analysis", arXiv:2303.16028). The stories state NO LICENCE: see
#   THIRD-PARTY.md.
# Head 'penta' ({penta_n} examples, penalty {penta_lam}): trained on the tune half (bench/split.py)
#   of the ConfliBERT CAMEO five-class data (conflibert_penta.jsonl). Source: Hu, Hosseini,
#   Skorupa Parolin, Osorio, Khan, Brandt, D'Orazio, "ConfliBERT: A Pre-trained Language Model for
#   Political Conflict and Violence", NAACL 2022. Licence of the data: GPL-3.0 (see THIRD-PARTY.md).
# Selection: plover penalty by type accuracy on the tune half of plover_gsr_dev ({plover_val});
#   penta penalty by accuracy on a hash fold of the penta tune half ({penta_val}).
"""


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _parse(texts: list[str], sentences: int | None) -> list[list[str]]:
    """Features of each text: those of its first ``sentences`` sentences (all when None)."""
    nlp = load_nlp()
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        feats: list[str] = []
        for n, sent in enumerate(doc.sents):
            if sentences is not None and n >= sentences:
                break
            feats += sentence_features(sent)
        out.append(feats)
    return out


def _lede(text: str) -> str:
    first = text.strip().split("\n\n")[0]
    return " ".join(first.split()[:120])  # a lede of two sentences fits in 120 words


def _matrix(rows: list[list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    data_i, data_j = [], []
    for i, feats in enumerate(rows):
        for j in sorted({vocab[f] for f in feats if f in vocab}):
            data_i.append(i)
            data_j.append(j)
    ones = np.ones(len(data_i))
    return sparse.csr_matrix((ones, (data_i, data_j)), shape=(len(rows), len(vocab)))


def _fit(x: sparse.csr_matrix, y: np.ndarray, k: int, lam: float) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression: class-balanced mean log loss + lam/2 |W|^2 / n (every
    class weighs as much as any other, so the commonest story type is no default); (W, b)."""
    n, d = x.shape
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    counts = np.bincount(y, minlength=k).astype(float)
    sw = (n / (k * np.maximum(counts, 1.0)))[y]  # per-example weight, mean 1

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: d * k].reshape(d, k)
        b = theta[d * k :]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        ll = -(sw * np.log(p[np.arange(n), y] + 1e-12)).mean() + lam / 2 * (w * w).sum() / n
        g = (p - onehot) * sw[:, None] / n
        gw = x.T @ g + lam * w / n
        return float(ll), np.concatenate([np.asarray(gw).ravel(), g.sum(axis=0)])

    theta0 = np.zeros(d * k + k)
    res = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": MAX_ITER})
    return res.x[: d * k].reshape(d, k), res.x[d * k :]


def _vocab(rows: list[list[str]]) -> dict[str, int]:
    counts = Counter(f for feats in rows for f in set(feats))
    kept = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    return {f: i for i, f in enumerate(kept)}


def _accuracy(w: np.ndarray, b: np.ndarray, x: sparse.csr_matrix, y: np.ndarray) -> float:
    return float(((x @ w + b).argmax(axis=1) == y).mean()) if len(y) else 0.0


def _train_head(
    rows: list[list[str]], labels: list[str], classes: tuple[str, ...],
    val_rows: list[list[str]], val_labels: list[str],
) -> tuple[dict[str, int], np.ndarray, np.ndarray, float, float]:  # fmt: skip
    vocab = _vocab(rows)
    index = {c: i for i, c in enumerate(classes)}
    x, y = _matrix(rows, vocab), np.array([index[c] for c in labels])
    keep = [i for i, c in enumerate(val_labels) if c in index]
    xv = _matrix([val_rows[i] for i in keep], vocab)
    yv = np.array([index[val_labels[i]] for i in keep])
    best: tuple[float, float] | None = None
    for lam in PENALTIES:
        w, b = _fit(x, y, len(classes), lam)
        acc = _accuracy(w, b, xv, yv)
        print(f"  penalty {lam}: validation accuracy {acc:.3f} ({len(yv)})")
        if best is None or acc > best[0]:
            best = (acc, lam)
    assert best is not None
    w, b = _fit(x, y, len(classes), best[1])
    return vocab, w, b, best[1], best[0]


def _fmt(v: float) -> str:
    return f"{v:.{DIGITS}g}"


def _rows(
    head: str, classes: tuple[str, ...], vocab: dict[str, int], w: np.ndarray, b: np.ndarray
) -> list[str]:
    out = ["\t".join((head, "@classes", *classes)), "\t".join((head, "@bias", *map(_fmt, b)))]
    for feat, j in vocab.items():
        if np.abs(w[j]).max() >= DROP_BELOW:
            out.append("\t".join((head, feat, *map(_fmt, w[j]))))
    return out


def _fold(record_id: str) -> bool:
    """A fixed quarter of the penta tune half held out to choose the penta penalty."""
    return hashlib.sha256(("penta-fold:" + record_id).encode()).digest()[0] % 4 == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / WEIGHTS_FILE)
    args = ap.parse_args()
    dev = args.eval_dir or shared_folder(ROOT) / "eval" / "dev"
    t0 = time.perf_counter()
    silver = _records(dev / "silver_ngec_synthetic_plover.jsonl")
    silver = [r for r in silver if r["events"]]
    s_rows = _parse([_lede(str(r["text"])) for r in silver], LEDE_SENTENCES)
    s_labels = [str(r["events"][0]["code"]) for r in silver]  # type: ignore[index]
    gsr = [r for r in _records(dev / "plover_gsr_dev.jsonl") if half_of(str(r["id"])) == "tune"]
    g_rows = _parse([str(r["text"]) for r in gsr], None)
    g_labels = [str(r["tuples"][0][2]) if r["tuples"] else "" for r in gsr]  # type: ignore[index]
    penta = [r for r in _records(dev / "conflibert_penta.jsonl") if half_of(str(r["id"])) == "tune"]
    penta = [r for r in penta if r["tuples"]]
    p_rows = _parse([str(r["text"]) for r in penta], None)
    p_labels = [str(r["tuples"][0][2]) for r in penta]  # type: ignore[index]
    print(
        f"parsed {len(silver)} + {len(gsr)} + {len(penta)} texts ({time.perf_counter() - t0:.0f} s)"
    )
    plover_classes = tuple(sorted(set(s_labels)))
    print("plover head:")
    pv, pw, pb, plam, pacc = _train_head(s_rows, s_labels, plover_classes, g_rows, g_labels)
    fit = [i for i, r in enumerate(penta) if not _fold(str(r["id"]))]
    val = [i for i, r in enumerate(penta) if _fold(str(r["id"]))]
    print("penta head (choosing the penalty):")
    *_, qlam, qacc = _train_head(
        [p_rows[i] for i in fit], [p_labels[i] for i in fit], PENTA_CLASSES,
        [p_rows[i] for i in val], [p_labels[i] for i in val],
    )  # fmt: skip
    qv = _vocab(p_rows)
    index = {c: i for i, c in enumerate(PENTA_CLASSES)}
    qw, qb = _fit(_matrix(p_rows, qv), np.array([index[c] for c in p_labels]), 5, qlam)
    header = HEADER.format(
        plover_n=len(silver), plover_lam=plam, penta_n=len(penta), penta_lam=qlam,
        plover_val=f"{pacc:.3f}", penta_val=f"{qacc:.3f}",
    )  # fmt: skip
    lines = _rows("plover", plover_classes, pv, pw, pb) + _rows("penta", PENTA_CLASSES, qv, qw, qb)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(lines)} rows, {size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
