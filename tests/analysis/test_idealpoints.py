"""Ideal points: recovery of known positions, degenerate input, store round-trip, CLI."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pytest
from cli_inprocess import run_cli
from row_inserts import insert_rows

from realpolitik.analysis._idealpoints_bridges import bridge_groups, normalise_title, part_of
from realpolitik.analysis.idealpoints import (
    Settings,
    alignment,
    estimate,
    export,
    fit_dynamic_ordinal_irt,
    ideal_points,
    idealpoint_distance,
)
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

N_STATES, N_YEARS, PER_YEAR, FIRST = 40, 15, 30, 1990


def simulate(seed: int = 0) -> dict[str, np.ndarray]:
    """Random-walk positions; a third of each year's roll calls recur with fixed parameters."""
    rng = np.random.default_rng(seed)
    theta = rng.normal(0, 1, (N_STATES, 1)) + np.cumsum(
        rng.normal(0, 0.15, (N_STATES, N_YEARS)), axis=1
    )
    theta[0] += 2.0  # state 0 plays the US: clearly positive
    recurring = [(rng.normal(0, 1.5), rng.normal(-0.8, 0.8)) for _ in range(PER_YEAR // 3)]
    s, j, y, years, groups = [], [], [], [], []
    item = 0
    for t in range(N_YEARS):
        for k in range(PER_YEAR):
            if k < len(recurring):
                beta, c1 = recurring[k]
                group = k
            else:
                beta, c1 = rng.normal(0, 1.5), rng.normal(-0.8, 0.8)
                group = -1
            c2 = c1 + 0.7
            latent = beta * theta[:, t] + rng.normal(size=N_STATES)
            votes = np.where(latent < c1, 0, np.where(latent < c2, 1, 2))
            present = rng.random(N_STATES) > 0.1
            s += list(np.flatnonzero(present))
            y += list(votes[present])
            j += [item] * int(present.sum())
            years.append(FIRST + t)
            groups.append(group)
            item += 1
    return {
        "theta": theta,
        "s": np.array(s),
        "j": np.array(j),
        "y": np.array(y),
        "years": np.array(years),
        "groups": np.array(groups),
    }


@pytest.fixture(scope="module")
def sim() -> dict[str, np.ndarray]:
    return simulate()


def test_recovers_known_positions(sim: dict[str, np.ndarray]) -> None:
    fit = fit_dynamic_ordinal_irt(
        sim["s"], sim["j"], sim["y"], sim["years"], bridges=sim["groups"], anchor=0
    )
    truth = sim["theta"][fit.state, fit.year - FIRST]
    assert np.corrcoef(truth, fit.theta)[0, 1] >= 0.95
    assert fit.theta[fit.state == 0].mean() > 0  # direction fixed by the anchor
    assert len(fit.theta) == N_STATES * N_YEARS
    assert np.all(fit.sd > 0) and np.all(fit.sd < 1.0)
    # Bridged roll calls share their parameters across years.
    first, again = np.flatnonzero(sim["groups"] == 0)[:2]
    assert fit.beta[first] == fit.beta[again] and fit.cut1[first] == fit.cut1[again]


def test_sd_covers_truth_roughly(sim: dict[str, np.ndarray]) -> None:
    fit = fit_dynamic_ordinal_irt(
        sim["s"], sim["j"], sim["y"], sim["years"], bridges=sim["groups"], anchor=0
    )
    truth = sim["theta"][fit.state, fit.year - FIRST]
    # Align the arbitrary location/scale before comparing errors with the reported sd.
    slope, intercept = np.polyfit(fit.theta, truth, 1)
    z = (truth - (slope * fit.theta + intercept)) / (abs(slope) * fit.sd)
    assert 0.3 < float(np.mean(np.abs(z) < 1.96)) <= 1.0


def test_year_with_one_roll_call_is_e501(sim: dict[str, np.ndarray]) -> None:
    years = sim["years"].copy()
    years[-1] = FIRST + N_YEARS + 5  # a year with a single roll call
    with pytest.raises(RealpolitikError) as err:
        fit_dynamic_ordinal_irt(sim["s"], sim["j"], sim["y"], years, bridges=sim["groups"])
    assert err.value.code == "E501" and str(FIRST + N_YEARS + 5) in str(err.value)
    pooled = fit_dynamic_ordinal_irt(
        sim["s"], sim["j"], sim["y"], years, bridges=sim["groups"],
        settings=Settings(pool_sparse_years=True),
    )  # fmt: skip
    assert pooled.year.max() == FIRST + N_YEARS - 1


def test_state_that_never_voted_is_e502(sim: dict[str, np.ndarray]) -> None:
    with pytest.raises(RealpolitikError) as err:
        fit_dynamic_ordinal_irt(
            sim["s"],
            sim["j"],
            sim["y"],
            sim["years"],
            bridges=sim["groups"],
            n_states=N_STATES + 1,
        )
    assert err.value.code == "E502" and f"#{N_STATES}" in str(err.value)


def test_no_contested_votes_is_e503() -> None:
    with pytest.raises(RealpolitikError) as err:
        fit_dynamic_ordinal_irt(
            np.array([0, 1]), np.array([0, 0]), np.array([2, 2]), np.array([2000])
        )
    assert err.value.code == "E503"


def test_too_few_iterations_is_e504(sim: dict[str, np.ndarray]) -> None:
    with pytest.raises(RealpolitikError) as err:
        fit_dynamic_ordinal_irt(
            sim["s"], sim["j"], sim["y"], sim["years"], settings=Settings(max_iter=1, tol=0.0)
        )
    assert err.value.code == "E504"


def test_bad_vote_code_is_e511() -> None:
    with pytest.raises(RealpolitikError) as err:
        fit_dynamic_ordinal_irt(np.array([0]), np.array([0]), np.array([3]), np.array([2000]))
    assert err.value.code == "E511"


def test_titles_bridge_across_years() -> None:
    assert normalise_title(
        "Question of Antarctica : resolution / adopted by the General Assembly"
    ) == normalise_title("Question of Antarctica, 1986 : resolutions / adopted by the 41st session")
    assert part_of("A/RES/40/156C") == "c" and part_of("A/RES/181(II)[A]") == "a"
    assert part_of("A/RES/40/150") == ""
    texts = ["Question of Antarctica", "Question of Antarctica", "Nuclear war", "Nuclear war"]
    groups = bridge_groups(
        texts, ["A/RES/40/1", "A/RES/41/2", "A/RES/40/3", "A/RES/40/4"], np.array([1985, 1986, 1985, 1985])
    )  # fmt: skip
    assert groups[0] == groups[1] >= 0
    assert list(groups[2:]) == [-1, -1]  # same title twice in one year, never again: no bridge


# -- store and CLI -------------------------------------------------------------------------------


def _load_sim_votes(con: duckdb.DuckDBPyConnection, sim: dict[str, np.ndarray]) -> None:
    """The simulated votes as the UN votes loader would store them (state 0 is the US)."""
    codes = ["USA", "CHN", "RUS", "PRK", "VNM"] + [f"S{k:02d}" for k in range(5, N_STATES)]
    words = [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliett",
        "kilo",
        "lima",
    ]
    titles = {k: f"Question of {words[k]} : resolution" for k in range(PER_YEAR // 3)}
    rolls = [
        (
            f"undl:{j}", "GA", f"A/RES/{year - 1945}/{j}", f"{year}-10-01", int(year),
            titles.get(int(g), f"One-off matter {j}") if g >= 0 else f"One-off matter {j}",
            "undl",
        )
        for j, (year, g) in enumerate(zip(sim["years"], sim["groups"], strict=True))
    ]  # fmt: skip
    insert_rows(
        con,
        "INSERT INTO un_roll_calls (rcid, body, symbol, date, year, title, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rolls,
    )
    votes = [
        (f"undl:{j}", codes[s], "NAY"[v])
        for s, j, v in zip(sim["s"], sim["j"], sim["y"], strict=True)
    ]
    votes += [(f"undl:{j}", "ABS", "X") for j in range(3)]  # present, never voting: ignored
    table = pa.table({k: [v[i] for v in votes] for i, k in enumerate(("rcid", "iso3", "vote"))})
    con.register("_sim_votes", table)
    con.execute("INSERT INTO un_votes (rcid, iso3, vote) SELECT * FROM _sim_votes")
    con.unregister("_sim_votes")


def test_store_round_trip(db_path: Path, sim: dict[str, np.ndarray], tmp_path: Path) -> None:
    with Store(db_path) as store:
        _load_sim_votes(store.con, sim)
        est = estimate(store)
        assert est.n_bridge_groups == PER_YEAR // 3 and est.since == FIRST
        estimate(store)  # a second run replaces the first
    with Store(db_path) as store:
        points = ideal_points(store)
        assert len(points) == N_STATES * N_YEARS == store.count("ideal_points")
        assert store.count("ideal_point_runs") == 1
        usa = [p for p in points if p.iso3 == "USA"]
        assert all(p.ideal_point > 0 for p in usa)
        dist = idealpoint_distance(store, "usa", "CHN")
        assert len(dist) == N_YEARS and all(d.value >= 0 and d.se for d in dist)
        align = alignment(store, "USA")
        assert all(abs(a.value - 1.0) < 1e-9 for a in align)
        assert {round(a.value, 6) for a in alignment(store, "CHN")} == {0.0}
        with pytest.raises(RealpolitikError) as err:
            ideal_points(store, model="other")
        assert err.value.code == "E512"
        out = export(points, tmp_path / "points.parquet")
        n = duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()
        assert n is not None and n[0] == len(points)


def test_estimate_on_empty_store_is_e503(store: Store) -> None:
    with pytest.raises(RealpolitikError) as err:
        estimate(store, since=1990, until=1995)
    assert err.value.code == "E503" and "1990" in str(err.value)


@pytest.mark.slow
def test_cli_estimates_exports_and_plots(
    db_path: Path, sim: dict[str, np.ndarray], tmp_path: Path
) -> None:
    with Store(db_path) as store:
        _load_sim_votes(store.con, sim)
    png_out = tmp_path / "ip.png"
    # What the command prints, stores and exits with, run in this process (cli_inprocess).
    cmd = ["--db", str(db_path), "idealpoints"]
    run = run_cli(*cmd, "--since", "1992", "--format", "csv", "--plot", str(png_out),
                  "--states", "USA,China")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Bailey, Strezhnev & Voeten (2017)" in run.stderr
    rows = run.stdout.splitlines()
    assert rows[0] == "iso3,year,ideal_point,sd,n_votes"
    assert {r.split(",")[0] for r in rows[1:]} == {"USA", "CHN"}
    assert png_out.read_bytes()[:4] == b"\x89PNG"
    stored = run_cli(*cmd, "--stored", "--states", "all", "--format", "jsonl")
    assert stored.returncode == 0 and len(stored.stdout.splitlines()) == N_STATES * (N_YEARS - 2)
    bad = run_cli(*cmd, "--stored", "--plot", str(tmp_path / "x.txt"))
    assert bad.returncode == 2 and "FILE.png or FILE.svg" in bad.stderr
