"""Report section: measures (alignment, isolation, dependence, alliances, event dyads, networks).

One sub-section per measure whose data is loaded, each with a chart or table and the citation of
the data producer. Every text is escaped; charts are inline SVG drawn by matplotlib.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

import duckdb

from realpolitik.errors import RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store import Store

KEY_DYADS = (("RUS", "PRK"), ("RUS", "CHN"), ("USA", "VNM"))
KEY_STATES = ("RUS", "PRK", "CHN", "USA", "VNM")
ARMS_RECIPIENTS = ("VNM", "IND", "PRK")
TRADE_STATES = ("PRK", "RUS")
ALLIANCE_STATES = ("PRK", "RUS")


def section(store: Store) -> str | None:
    """HTML fragment for the report, or None when there is nothing to show."""
    have = {
        "votes": store.exists("un_votes"),
        "arms": store.exists("arms_transfers"),
        "trade": store.exists("trade_flows") or _has_share_claims(store),
        "alliances": store.exists("alliance_dyad_years") or store.exists("alliance_members"),
        "events": store.exists("events"),
    }
    if not any(have.values()):
        return None
    parts: list[str] = ["<h2>Measures</h2>"]
    builders: list[tuple[str, Callable[[Store], str]]] = []
    if have["votes"]:
        builders += [("votes", _alignment), ("isolation", _isolation)]
    if have["arms"]:
        builders.append(("arms", _arms))
    if have["trade"]:
        builders.append(("trade", _trade))
    if have["alliances"]:
        builders.append(("alliances", _alliances))
    if have["events"]:
        builders.append(("events", _events))
    if have["votes"] or have["alliances"]:
        builders.append(("network", _network))
    for name, build in builders:
        try:
            parts.append(build(store))
        except (RealpolitikError, duckdb.Error, ValueError) as exc:
            message = str(exc).splitlines()[0]
            parts.append(f"<p class='note'>{escape(name)}: not available ({escape(message)}).</p>")
    return "\n".join(p for p in parts if p)


# -- pieces --------------------------------------------------------------------------------------
def _has_share_claims(store: Store) -> bool:
    from realpolitik.analysis.dependence import SHARE_MEASURES

    marks = ", ".join("?" for _ in SHARE_MEASURES)
    return store.exists("claims", f"measure IN ({marks})", list(SHARE_MEASURES))


def _cite(text: str) -> str:
    return f"<p class='note'>Source: {escape(text)}</p>" if text else ""


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        return f"{value:,.0f}" if abs(value) >= 10_000 else f"{value:.3f}"
    return str(value)


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    if not rows:
        return "<p class='note'>(none)</p>"
    head = "".join(f"<th>{escape(label)}</th>" for _, label in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(_fmt(r.get(k)))}</td>" for k, _ in columns) + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _svg(series: Mapping[str, Sequence[tuple[Any, float]]], title: str, ylabel: str) -> str:
    """A small line chart as an inline <svg> element."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7.5, 2.8))
    for name, points in series.items():
        ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", markersize=2.5,
                linewidth=1.2, label=name)  # fmt: skip
    ax.set_title(title, fontsize=10)
    ax.set_ylabel(ylabel, fontsize=9)
    ax.tick_params(labelsize=8)
    ax.grid(alpha=0.3)
    if len(series) > 1:
        ax.legend(fontsize=8)
    fig.tight_layout()
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.find("<svg") :]


def _latest_vote_year(store: Store) -> int | None:
    """The last year with enough General Assembly roll calls to measure (a year the loaded
    votes cover only in part, say to March, is passed over)."""
    from realpolitik.analysis.alignment import MIN_VOTES

    row = store.row(
        "SELECT max(year) FROM (SELECT r.year FROM un_roll_calls r WHERE r.body = 'GA'"
        " AND EXISTS (SELECT 1 FROM un_votes v WHERE v.rcid = r.rcid)"
        " GROUP BY r.year HAVING count(*) >= ?)",
        [MIN_VOTES],
    )
    return int(row[0]) if row and row[0] is not None else None


def _alignment(store: Store) -> str:
    from realpolitik.analysis.alignment import agreement, vote_citation

    last = _latest_vote_year(store)
    if last is None:
        return ""
    series: dict[str, list[tuple[int, float]]] = {}
    latest: list[dict[str, Any]] = []
    for a, b in KEY_DYADS:
        rows = agreement(store, a, b, since=last - 30, until=last).to_pylist()
        if rows:
            series[f"{a}-{b}"] = [(r["year"], r["agree"]) for r in rows]
            latest.append(rows[-1])
    if not series:
        return ""
    chart = _svg(series, "UN General Assembly voting agreement", "agreement")
    table = _table(latest, [("a", "A"), ("b", "B"), ("year", "year"), ("n", "votes"),
                            ("agree", "agreement"), ("s", "S"), ("kappa", "kappa"),
                            ("pi", "pi"), ("note", "note")])  # fmt: skip
    return (
        "<h3>UN voting alignment</h3><p>Agreement = 1 - mean |x - y| over roll calls both"
        " voted (yes 1, abstain 0.5, no 0); S = 1 - 2 mean |x - y|; kappa and pi correct for"
        f" chance agreement (Haege 2011).</p>{chart}{table}{_cite(vote_citation(store))}"
    )


def _isolation(store: Store) -> str:
    from realpolitik.analysis.alignment import isolation, vote_citation

    last = _latest_vote_year(store)
    if last is None:
        return ""
    rows = sorted(
        isolation(store, None, since=last, until=last).to_pylist(), key=lambda r: r["rank"]
    )
    if not rows:
        return ""
    bottom = rows[-8:][::-1]
    keys = [r for r in rows if r["state"] in KEY_STATES and r not in bottom]
    shown = [{**r, "name": _name(r["state"])} for r in bottom + keys]
    table = _table(shown, [("state", "state"), ("name", "name"), ("mean", "mean agreement"),
                           ("rank", "rank"), ("states", "of")])  # fmt: skip
    return (
        f"<h3>Isolation in the General Assembly, {last}</h3><p>Mean agreement with every"
        " other voting member; rank 1 = closest to all. The most isolated states first, then"
        f" the key states.</p>{table}{_cite(vote_citation(store))}"
    )


def _name(iso3: str) -> str:
    from realpolitik.analysis._common import state_name

    return state_name(iso3)


def _arms(store: Store) -> str:
    from realpolitik.analysis._common import citation
    from realpolitik.analysis.dependence import arms_dependence

    blocks: list[str] = []
    for recipient in ARMS_RECIPIENTS:
        try:
            dep = arms_dependence(store, recipient, top=5)
        except RealpolitikError:
            continue
        share_cols = [(k, k.replace("share_", "share ")) for k in dep.rows[0] if
                      k.startswith("share_")] if dep.rows else []  # fmt: skip
        blocks.append(
            f"<h4>{escape(_name(recipient))}</h4>"
            + _table(
                dep.rows,
                [
                    ("supplier", "supplier"),
                    ("supplier_name", "name"),
                    *share_cols,
                    ("change", "change"),
                ],
            )  # fmt: skip
            + _table(
                dep.summary,
                [
                    ("window", "window"),
                    ("tiv", "TIV (m)"),
                    ("suppliers", "suppliers"),
                    ("hhi", "HHI"),
                    ("top_supplier", "top supplier"),
                ],
            )  # fmt: skip
        )
    if not blocks:
        return ""
    return (
        "<h3>Arms dependence</h3><p>Supplier shares of a recipient's imports of major"
        " conventional weapons (SIPRI trend-indicator values) and their concentration"
        " (HHI = sum of squared shares).</p>" + "".join(blocks) + _cite(citation("sipri"))
    )


def _trade(store: Store) -> str:
    from realpolitik.analysis.dependence import trade_dependence

    blocks: list[str] = []
    cites: list[str] = []
    for state in TRADE_STATES:
        try:
            dep = trade_dependence(store, state, top=5)
        except RealpolitikError:
            continue
        years = sorted({r["year"] for r in dep.rows if r["year"] is not None})
        recent = [r for r in dep.rows if years and r["year"] in years[-2:]]
        blocks.append(
            f"<h4>{escape(_name(state))}</h4>"
            + _table(
                recent,
                [
                    ("year", "year"),
                    ("partner", "partner"),
                    ("d_ij", "D_ij"),
                    ("d_ji", "D_ji"),
                    ("asymmetry", "asymmetry"),
                    ("salience", "salience"),
                    ("basis", "basis"),
                    ("source", "source"),
                ],
            )  # fmt: skip
            + _table(
                dep.summary[-3:],
                [
                    ("year", "year"),
                    ("partners", "partners"),
                    ("hhi", "HHI"),
                    ("top_partner", "top partner"),
                    ("top_share", "top share"),
                ],
            )  # fmt: skip
        )
        cites.append(dep.citation)
    if not blocks:
        return ""
    return (
        "<h3>Trade dependence</h3><p>D_ij = trade with the partner / all trade of the state;"
        " asymmetry = D_ji - D_ij (above 0: the partner depends more); salience ="
        " sqrt(D_ij D_ji); HHI of partner shares (Barbieri 1996). Rows marked 'claim' are"
        " shares stated in the stored documents.</p>"
        + "".join(blocks)
        + _cite(" ".join(dict.fromkeys(c for c in cites if c)))
    )


def _alliances(store: Store) -> str:
    from realpolitik.analysis._common import citation
    from realpolitik.analysis.alliances import allies

    row = store.row(
        "SELECT max(year) FROM (SELECT year FROM alliance_dyad_years UNION ALL"
        " SELECT coalesce(year_end, year_start) FROM alliance_members)"
    )
    if not row or row[0] is None:
        return ""
    year = int(row[0])
    blocks = []
    for state in ALLIANCE_STATES:
        try:
            found = allies(store, state, year).to_pylist()
        except RealpolitikError:
            continue
        rows = [r for r in found if r["weight"] >= 0.5][:10]
        if rows:
            blocks.append(
                f"<h4>{escape(_name(state))}, {year}</h4>"
                + _table(
                    rows,
                    [
                        ("partner", "partner"),
                        ("partner_name", "name"),
                        ("owes", "obligations owed by the state"),
                        ("owed", "obligations owed to it"),
                        ("weight", "weight"),
                        ("alliances", "ATOP alliances"),
                    ],
                )  # fmt: skip
            )
    if not blocks:
        return ""
    return (
        "<h3>Alliances</h3><p>ATOP obligations; a tie's weight is its strongest obligation"
        " (defense 1.0, offense 0.8, neutrality 0.5, non-aggression 0.4, consultation 0.3);"
        " ties of weight 0.5 and above shown.</p>" + "".join(blocks) + _cite(citation("atop"))
    )


def _events(store: Store) -> str:
    from realpolitik.analysis.dyads import event_citation, event_dyads, used_origins

    found = event_dyads(store)
    rows = sorted(found.to_pylist(), key=lambda r: -r["events"])[:12]
    if not rows:
        return ""
    table = _table(rows, [("period", "year"), ("source", "source"), ("target", "target"),
                          ("events", "events"), ("vc", "VC"), ("mc", "MC"), ("vk", "VK"),
                          ("mk", "MK"), ("mean_goldstein", "mean Goldstein"),
                          ("net_cooperation", "net cooperation"),
                          ("share_source", "share of source's events")])  # fmt: skip
    cite = event_citation(store, used_origins(found))
    return (
        "<h3>Event dyads</h3><p>The busiest directed dyad-years across the project's own"
        " events (asserted or reported) and loaded GDELT/ICEWS events; net cooperation ="
        f" (VC + MC - VK - MK) / events.</p>{table}{_cite(cite)}"
    )


def _network(store: Store) -> str:
    from realpolitik.analysis.network import network_table

    blocks: list[str] = []
    cites: list[str] = []
    last_votes = _latest_vote_year(store)
    candidates: list[tuple[str, int | None]] = [("votes", last_votes)]
    row = store.row("SELECT max(year) FROM alliance_dyad_years")
    candidates.append(("alliances", int(row[0]) if row and row[0] is not None else None))
    for layer, year in candidates:
        if year is None:
            continue
        try:
            found, graph = network_table(store, layer, year, top=10)
            rows = found.to_pylist()
        except RealpolitikError:
            continue
        blocks.append(
            f"<h4>{escape(layer)} {year}: {graph.number_of_nodes()} states,"
            f" {graph.number_of_edges()} ties</h4>"
            + _table(
                rows,
                [
                    ("state", "state"),
                    ("name", "name"),
                    ("bloc", "bloc"),
                    ("strength", "strength"),
                    ("degree", "ties"),
                    ("pagerank", "PageRank"),
                    ("eigenvector", "eigenvector"),
                    ("betweenness", "betweenness"),
                ],
            )  # fmt: skip
        )
        cites.append(str(graph.graph.get("citation", "")))
    if not blocks:
        return ""
    return (
        "<h3>Network centrality</h3><p>The ten most central states by weighted strength (the"
        " sum of their ties' weights; `realpolitik network --sort`), with their Louvain bloc"
        " (votes: agreement-weighted ties; alliances: obligation-weighted).</p>"
        + "".join(blocks)
        + _cite(" ".join(dict.fromkeys(c for c in cites if c)))
    )
