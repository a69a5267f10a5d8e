"""UN voting alignment: hand-computed agreement, S, kappa, pi; options; isolation; speed path."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from measures_data import add_roll_call

from realpolitik.analysis import REFERENCE, agreement, isolation, partners
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


def one(store: Store, a: str, b: str, year: int, **settings: object) -> dict[str, object]:
    settings = {"min_votes": 1, **settings}
    rows = agreement(store, a, b, since=year, until=year, **settings).to_pylist()
    assert len(rows) == 1, rows
    return rows[0]


def test_agreement_s_kappa_pi_by_hand(votes_store: Store) -> None:
    # USA-RUS 2000: pairs (Y,Y) (N,A) (Y,N) (A,A): distances 0, .5, 1, 0 -> mean .375.
    row = one(votes_store, "USA", "RUS", 2000)
    assert row["n"] == 4
    assert row["agree"] == pytest.approx(0.625)
    assert row["s"] == pytest.approx(0.25)
    # p_o = 2/4; USA marginals Y .5 A .25 N .25, RUS Y .25 A .5 N .25: p_e = .3125.
    assert row["kappa"] == pytest.approx((0.5 - 0.3125) / (1 - 0.3125))
    # pooled marginals Y .375 A .375 N .25: p_e = .34375.
    assert row["pi"] == pytest.approx((0.5 - 0.34375) / (1 - 0.34375))
    assert (row["a"], row["b"]) == ("USA", "RUS")  # the order asked for


def test_absences_left_out_or_counted(votes_store: Store) -> None:
    excluded = one(votes_store, "USA", "PRK", 2000)
    assert (excluded["n"], excluded["agree"]) == (3, pytest.approx(0.5))
    assert excluded["s"] == pytest.approx(0.0)
    as_no = one(votes_store, "USA", "PRK", 2000, absent="no")
    assert (as_no["n"], as_no["agree"]) == (4, pytest.approx(1 - 2.5 / 4))
    as_abstain = one(votes_store, "USA", "PRK", 2000, absent="abstain")
    assert as_abstain["agree"] == pytest.approx(1 - 2.0 / 4)


def test_abstain_weight(votes_store: Store) -> None:
    # abstain = 0 (counted as no): USA-PRK pairs (Y,N) (N,N) (A,Y) -> 1, 0, 1.
    row = one(votes_store, "USA", "PRK", 2000, abstain=0.0)
    assert row["agree"] == pytest.approx(1 / 3)


def test_body_filter(votes_store: Store) -> None:
    assert one(votes_store, "USA", "RUS", 2000, body="all")["n"] == 5
    sc = one(votes_store, "USA", "RUS", 2000, body="SC")
    assert (sc["n"], sc["agree"]) == (1, pytest.approx(0.0))


def test_successor_and_seat_merges(votes_store: Store) -> None:
    assert one(votes_store, "RUS", "USA", 1990)["agree"] == pytest.approx(0.5)
    assert agreement(votes_store, "RUS", "USA", since=1990, until=1990, merge="none",
                     min_votes=1).num_rows == 0  # fmt: skip
    assert agreement(votes_store, "CHN", "USA", since=1965, until=1965, min_votes=1).num_rows == 0
    assert one(votes_store, "CHN", "USA", 1965, options=REFERENCE)["agree"] == 1.0


def test_all_dyads_and_one_state(votes_store: Store) -> None:
    table = agreement(votes_store, since=2000, until=2000, min_votes=1)
    pairs = {(r["a"], r["b"]) for r in table.to_pylist()}
    assert pairs == {("PRK", "RUS"), ("PRK", "USA"), ("RUS", "USA")}  # a < b
    of_rus = agreement(votes_store, "RUS", since=2000, until=2000, min_votes=1).to_pylist()
    assert sorted(r["b"] for r in of_rus) == ["PRK", "USA"]
    assert all(r["a"] == "RUS" for r in of_rus)


def test_kappa_is_one_when_both_always_vote_the_same(tmp_path: Path) -> None:
    with Store(tmp_path / "same.duckdb") as store:
        for i in range(3):
            add_roll_call(store, f"undl:{i}", f"2001-01-0{i + 1}", {"USA": "Y", "GBR": "Y"})
        row = one(store, "USA", "GBR", 2001)
    assert row["kappa"] == 1.0 and row["pi"] == 1.0 and row["agree"] == 1.0


def test_isolation_means_and_ranks(votes_store: Store) -> None:
    found = isolation(votes_store, None, since=2000, until=2000, min_votes=1).to_pylist()
    rows = {r["state"]: r for r in found}
    # USA-RUS .625, USA-PRK .5, RUS-PRK 1/3 (pairs (Y,N) (A,N) (A,Y)).
    assert rows["USA"]["mean"] == pytest.approx((0.625 + 0.5) / 2)
    assert rows["RUS"]["mean"] == pytest.approx((0.625 + 1 / 3) / 2)
    assert rows["PRK"]["mean"] == pytest.approx((0.5 + 1 / 3) / 2)
    assert [rows[s]["rank"] for s in ("USA", "RUS", "PRK")] == [1, 2, 3]
    assert rows["PRK"]["states"] == 3
    only = isolation(votes_store, "North Korea", since=2000, until=2000, min_votes=1).to_pylist()
    assert [r["state"] for r in only] == ["PRK"]


def test_partners_closest_first(votes_store: Store) -> None:
    rows = partners(votes_store, "RUS", 2000, min_votes=1).to_pylist()
    assert [r["b"] for r in rows] == ["USA", "PRK"]
    assert [r["rank"] for r in rows] == [1, 2]


def test_unknown_state_and_option(votes_store: Store) -> None:
    with pytest.raises(RealpolitikError, match="E905"):
        agreement(votes_store, "Atlantis", "USA")
    with pytest.raises(RealpolitikError, match="E404"):
        agreement(votes_store, "RUS", "USA", body="WHO")
    with pytest.raises(RealpolitikError, match="E404"):
        agreement(votes_store, "RUS", "USA", colour="red")
    with pytest.raises(RealpolitikError, match="E402"):
        isolation(votes_store, "FRA", since=2000, until=2000)


def _naive(votes: np.ndarray, i: int, j: int) -> tuple[int, float, float, float]:
    """Textbook per-pair loop: n, agreement, kappa, pi (votes: 0 no, 1 abstain, 2 yes, -1)."""
    both = (votes[i] >= 0) & (votes[j] >= 0)
    x, y = votes[i][both], votes[j][both]
    n = len(x)
    value = np.array([0.0, 0.5, 1.0])
    agree = 1 - np.abs(value[x] - value[y]).mean()
    p_o = float((x == y).mean())
    px = np.array([(x == c).mean() for c in range(3)])
    py = np.array([(y == c).mean() for c in range(3)])
    pe_k = float((px * py).sum())
    pe_p = float((((px + py) / 2) ** 2).sum())
    return n, float(agree), (p_o - pe_k) / (1 - pe_k), (p_o - pe_p) / (1 - pe_p)


def test_vectorised_matches_a_loop_on_random_votes(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    states = ["USA", "RUS", "CHN", "FRA", "GBR", "IND", "BRA", "ZAF", "PRK", "CUB"]
    votes = rng.choice([-1, 0, 1, 2], size=(len(states), 40), p=[0.1, 0.2, 0.2, 0.5])
    with Store(tmp_path / "random.duckdb") as store:
        for k in range(votes.shape[1]):
            cast = {
                s: "NAY"[v] if v >= 0 else "X" for s, v in zip(states, votes[:, k], strict=True)
            }
            add_roll_call(store, f"undl:{k}", "2010-05-05", cast)
        table = agreement(store, since=2010, until=2010, min_votes=1).to_pylist()
    got = {(r["a"], r["b"]): r for r in table}
    assert len(got) == len(states) * (len(states) - 1) // 2
    for i, a in enumerate(states):
        for j, b in enumerate(states):
            if a >= b:
                continue
            n, agree, kappa, pi = _naive(votes, i, j)
            row = got[(a, b)]
            assert row["n"] == n
            assert row["agree"] == pytest.approx(agree, abs=1e-12)
            assert row["kappa"] == pytest.approx(kappa, abs=1e-12)
            assert row["pi"] == pytest.approx(pi, abs=1e-12)
