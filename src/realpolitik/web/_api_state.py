"""API: one state — ideal points with bands, isolation and its rank, top partners per layer,
dependence (arms suppliers, trade partners, with HHI) and alliances."""

from __future__ import annotations

from typing import Any

from realpolitik.analysis._common import citation, state_name
from realpolitik.errors import RealpolitikError
from realpolitik.web._api_net import LAYERS, layer_years
from realpolitik.web._app import Request, Table
from realpolitik.web._params import state

TOP = 10


def _state(req: Request) -> str:
    return state("state", req.args[0])


def _empty_if_missing(exc: RealpolitikError) -> None:
    if exc.code not in ("E310", "E402", "E512", "E910"):
        raise exc


def idealpoints(req: Request) -> Table:
    """/api/state/S/idealpoints: stored ideal points per year with 95% bands."""
    from realpolitik.analysis.idealpoints import CITATION, ideal_points

    code = _state(req)
    try:
        points = ideal_points(req.store, states=[code])
    except RealpolitikError as exc:
        _empty_if_missing(exc)
        points = []
    rows = [{"year": p.year, "ideal_point": p.ideal_point, "low": p.ideal_point - 1.96 * p.sd,
             "high": p.ideal_point + 1.96 * p.sd, "n_votes": p.n_votes} for p in points]  # fmt: skip
    return Table(rows, ["year", "ideal_point", "low", "high", "n_votes"],
                 {"state": code, "citation": CITATION if rows else "",
                  "note": "" if rows else "No ideal points stored: run `realpolitik idealpoints`."})  # fmt: skip


def isolation(req: Request) -> Table:
    """/api/state/S/isolation: mean UN agreement with all others per year, and its rank."""
    from realpolitik.analysis.alignment import isolation as measure
    from realpolitik.analysis.alignment import vote_citation

    code = _state(req)

    def compute() -> list[dict[str, Any]]:
        try:
            return list(measure(req.store, code).to_pylist())
        except RealpolitikError as exc:
            _empty_if_missing(exc)
            return []

    rows: list[dict[str, Any]] = req.app.memo(("isolation", code), compute)
    cite = vote_citation(req.store) if rows else ""
    return Table(rows, ["year", "state", "mean", "rank", "states", "partners"],
                 {"state": code, "citation": cite})  # fmt: skip


def _partners(req: Request, code: str, layer: str, year: int) -> tuple[list[dict[str, Any]], str]:
    store = req.store
    if layer == "votes":
        from realpolitik.analysis.alignment import partners, vote_citation

        rows = partners(store, code, year, top=TOP).to_pylist()
        return [{"partner": r["b"], "value": r["agree"], "detail": f"{r['n']} shared votes"}
                for r in rows], vote_citation(store)  # fmt: skip
    if layer == "alliances":
        from realpolitik.analysis.alliances import allies

        return [{"partner": r["partner"], "value": r["weight"],
                 "detail": f"owes {r['owes'] or '-'}; owed {r['owed'] or '-'}"}
                for r in allies(store, code, year).to_pylist()[:TOP]], citation("atop")  # fmt: skip
    if layer == "arms":
        from realpolitik.analysis.dependence import arms_dependence

        dep = arms_dependence(store, code, windows=[(year - 4, year)], top=TOP)
        key = next((k for k in (dep.rows[0] if dep.rows else {}) if k.startswith("share_")), "")
        return [{"partner": r["supplier"], "value": r.get(key), "detail": "supplier share"}
                for r in dep.rows], dep.citation  # fmt: skip
    if layer == "trade":
        from realpolitik.analysis.dependence import trade_dependence

        dep = trade_dependence(store, code, since=year, until=year, top=TOP, claims=False)
        return [{"partner": r["partner"], "value": r["d_ij"], "detail": "share of trade"}
                for r in dep.rows], dep.citation  # fmt: skip
    from realpolitik.analysis._common import state_code
    from realpolitik.analysis.dyads import ORIGINS, event_citation

    # as event_dyads(store, code, since=year, until=year, directed=False, shares=False)
    found = req.app.dyad_years(store, ORIGINS).state_year(state_code(code), year)
    rows = sorted(found, key=lambda r: -r["events"])[:TOP]
    cite = req.app.memo(("citation", ORIGINS), lambda: event_citation(store))
    return [{"partner": r["target"] if r["source"] == code else r["source"], "value": r["events"],
             "detail": f"net cooperation {r['net_cooperation']:+.2f}"} for r in rows], cite  # fmt: skip


def partners(req: Request) -> Table:
    """/api/state/S/partners?layer=&year=: the state's top partners in one layer and year."""
    code = _state(req)
    layer = req.params.choice("layer", LAYERS, "events")
    known = layer_years(req, layer)
    year = req.params.year("year", known[-1] if known else None)
    rows: list[dict[str, Any]] = []
    cite = ""
    if year is not None:
        try:
            rows, cite = req.app.memo(("partners", code, layer, year),
                                      lambda: _partners(req, code, layer, year))  # fmt: skip
        except RealpolitikError as exc:
            _empty_if_missing(exc)
    for r in rows:
        r["name"] = state_name(str(r["partner"])) if len(str(r["partner"])) == 3 else r["partner"]
    return Table(rows, ["partner", "name", "value", "detail"],
                 {"state": code, "layer": layer, "year": year, "citation": cite})  # fmt: skip


def arms(req: Request) -> Table:
    """/api/state/S/arms: arms suppliers' shares in the two latest five-year windows, and HHI."""
    from realpolitik.analysis.dependence import arms_dependence

    code = _state(req)
    try:
        dep = arms_dependence(req.store, code, top=TOP)
    except RealpolitikError as exc:
        _empty_if_missing(exc)
        return Table([], [], {"state": code, "summary": [], "citation": ""})
    columns = list(dep.rows[0]) if dep.rows else []
    return Table(
        dep.rows, columns, {"state": code, "summary": dep.summary, "citation": dep.citation}
    )


def trade(req: Request) -> Table:
    """/api/state/S/trade: per year the partner HHI and top partner; latest year's partners."""
    from realpolitik.analysis.dependence import trade_dependence

    code = _state(req)
    try:
        dep = trade_dependence(req.store, code, top=TOP)
    except RealpolitikError as exc:
        _empty_if_missing(exc)
        return Table([], [], {"state": code, "summary": [], "citation": ""})
    years = sorted({r["year"] for r in dep.rows if r["year"] is not None})
    rows = [r for r in dep.rows if years and r["year"] == years[-1]]
    columns = ["year", "partner", "d_ij", "d_ji", "asymmetry", "salience", "basis", "source"]
    return Table(rows, columns, {"state": code, "summary": dep.summary, "citation": dep.citation})


def alliances(req: Request) -> Table:
    """/api/state/S/alliances?year=: every ally in the year with obligations each way."""
    from realpolitik.analysis.alliances import allies

    code = _state(req)
    known = layer_years(req, "alliances")
    year = req.params.year("year", known[-1] if known else None)
    rows: list[dict[str, Any]] = []
    if year is not None:
        try:
            rows = allies(req.store, code, year).to_pylist()
        except RealpolitikError as exc:
            _empty_if_missing(exc)
    columns = ["partner", "partner_name", "year", "owes", "owed", "weight", "atopids"]
    return Table(
        rows, columns, {"state": code, "year": year, "citation": citation("atop") if rows else ""}
    )


ROUTES = [
    (r"/api/state/([^/]+)/idealpoints", idealpoints),
    (r"/api/state/([^/]+)/isolation", isolation),
    (r"/api/state/([^/]+)/partners", partners),
    (r"/api/state/([^/]+)/arms", arms),
    (r"/api/state/([^/]+)/trade", trade),
    (r"/api/state/([^/]+)/alliances", alliances),
]
