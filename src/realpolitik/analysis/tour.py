"""The demo's closing tour: a few of the field's questions answered from the store, cited.

``make demo`` runs ``python -m realpolitik.analysis.tour DB [REPORT]`` after ingesting the
example articles, loading the starter pack and estimating ideal points. Each section uses the
public measures (``partners``, ``isolation``, ``agreement``, ``arms_dependence``, ``allies``)
and says where its numbers come from; a layer that is not loaded says how to get it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from realpolitik.analysis._common import citation, state_name
from realpolitik.errors import RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store import Store

TARGET_YEAR = 2023
MIN_ROLL_CALLS = 20  # a year with fewer GA roll calls is too thin to rank partners


@dataclass
class Section:
    title: str
    lines: list[str] = field(default_factory=list)
    source: str = ""


def tour(store: Store, report: str | Path | None = None) -> list[Section]:
    """The tour's sections, in order."""
    parts: list[Callable[[Store], Section]] = [
        _partners, _trend, _ideal_points, _arms, _alliances, _text,
    ]  # fmt: skip
    out = [part(store) for part in parts]
    if report is not None:
        out.append(Section("Report", [f"open {Path(report).resolve()} in a browser"]))
    return out


def render(sections: list[Section]) -> str:
    lines: list[str] = []
    for section in sections:
        lines.append(f"\n== {section.title}")
        lines.extend("  " + line for line in section.lines)
        if section.source:
            lines.append(f"  Source: {section.source}")
    return "\n".join(lines).lstrip("\n")


def _vote_year(store: Store) -> int | None:
    """2023, or the latest year before it with enough General Assembly roll calls."""
    rows = store.rows(
        "SELECT year FROM un_roll_calls WHERE body = 'GA' AND year <= ? GROUP BY year"
        " HAVING count(*) >= ? ORDER BY year DESC LIMIT 1",
        [TARGET_YEAR, MIN_ROLL_CALLS],
    )
    return int(rows[0][0]) if rows else None


def _partners(store: Store) -> Section:
    from realpolitik.analysis.alignment import isolation, partners, vote_citation

    year = _vote_year(store)
    if year is None:
        return Section("Russia at the UN", ["no UN votes loaded: `realpolitik data load starter`"])
    title = f"Russia's closest UN General Assembly partners in {year}"
    section = Section(title, source=vote_citation(store))
    if year < TARGET_YEAR:
        section.lines.append(
            f"(the loaded votes end before {TARGET_YEAR}: the starter pack's UN votes run to"
            " 2019; load the UN Digital Library's for 2020-2024, see docs/data.md)"
        )
    calls = store.rows("SELECT count(*) FROM un_roll_calls WHERE body = 'GA' AND year = ?", [year])[
        0
    ][0]
    enough = max(MIN_ROLL_CALLS // 2, int(calls) // 2)  # partners that voted on half of them
    section.lines.append(
        f"(partners that voted with Russia on at least {enough} of {calls} roll calls)"
    )
    for row in partners(store, "RUS", year, top=5, min_votes=enough).to_pylist():
        section.lines.append(
            f"{row['rank']}. {state_name(str(row['b']))} ({row['b']}): agreement"
            f" {row['agree']:.3f} over {row['n']} roll calls"
        )
    (iso,) = isolation(store, "RUS", since=year, until=year).to_pylist()
    section.lines.append(
        f"Isolation: Russia ranks {iso['rank']} of {iso['states']} by mean agreement with every"
        f" other member ({iso['mean']:.3f}; rank 1 = closest to the rest)"
    )
    return section


def _trend(store: Store) -> Section:
    from realpolitik.analysis.alignment import agreement, vote_citation

    section = Section("Russia-North Korea agreement, 2016-2023", source=vote_citation(store))
    rows = agreement(store, "RUS", "PRK", since=2016, until=TARGET_YEAR).to_pylist()
    if not rows:
        section.lines.append("no UN votes of both in 2016-2023: `realpolitik data load starter`")
        section.source = ""  # nothing shown, nothing to cite
        return section
    for row in rows:
        bar = "#" * round(float(row["agree"]) * 40)
        section.lines.append(f"{row['year']}  {row['agree']:.3f}  {bar}  (n={row['n']})")
    covered = {int(r["year"]) for r in rows}
    missing = [y for y in range(2016, TARGET_YEAR + 1) if y not in covered]
    if missing:
        section.lines.append(f"no shared roll calls loaded for {missing[0]}-{missing[-1]}")
    return section


def _ideal_points(store: Store) -> Section:
    from realpolitik.analysis.alignment import vote_citation
    from realpolitik.analysis.idealpoints import MODEL

    rows = store.rows(
        "SELECT year, iso3, ideal_point FROM ideal_points WHERE model = ? AND iso3 IN"
        " ('USA', 'CHN', 'RUS', 'PRK', 'VNM') AND year = (SELECT max(year) FROM ideal_points"
        " WHERE model = ? AND year <= ?) ORDER BY ideal_point DESC",
        [MODEL, MODEL, TARGET_YEAR],
    )
    model = "Model after Bailey, Strezhnev & Voeten (2017), Journal of Conflict Resolution 61(2)."
    section = Section(
        "UN ideal points (higher = closer to the US-led order)",
        source=f"{vote_citation(store)} {model}",
    )
    if not rows:
        section.lines.append("none stored: run `realpolitik idealpoints --since 2000`")
        section.source = ""
        return section
    section.title += f", {rows[0][0]}"
    section.lines.append("  ".join(f"{iso3} {value:+.2f}" for _, iso3, value in rows))
    return section


def _arms(store: Store) -> Section:
    from realpolitik.analysis.dependence import arms_dependence

    title = "Vietnam's arms suppliers, 2010-14 vs 2020-23 (share of SIPRI TIV)"
    try:
        dep = arms_dependence(store, "VNM", windows=[(2010, 2014), (2020, 2023)], top=5)
    except RealpolitikError:
        return Section(
            title,
            [
                "SIPRI's arms transfers are not in the starter pack: SIPRI's terms allow"
                " reproducing less than 10% of the database, for non-commercial use only.",
                "Export it from https://armstrade.sipri.org (all suppliers, recipients,"
                " 2000-2023), then `realpolitik data load sipri FILE`, or run"
                " `make demo DATASETS=FOLDER` with the publishers' files.",
            ],
        )
    section = Section(title, source=dep.citation)
    for row in dep.rows:
        first, last = row.get("share_2010-2014"), row.get("share_2020-2023")
        section.lines.append(f"{row['supplier_name']:<16} {_pct(first):>6} -> {_pct(last):>6}")
    for summary in dep.summary:
        section.lines.append(
            f"{summary['window']}: {summary['suppliers']} suppliers, HHI {summary['hhi']:.2f},"
            f" total TIV {summary['tiv']:,.0f}"
        )
    return section


def _pct(value: object) -> str:
    return f"{float(str(value)) * 100:.0f}%" if value is not None else "-"


def _alliances(store: Store) -> Section:
    from realpolitik.analysis.alliances import allies

    section = Section("Alliances in 2018 (ATOP obligations, either way)", source=citation("atop"))
    for state in ("PRK", "RUS"):
        try:
            rows = allies(store, state, 2018).to_pylist()
        except RealpolitikError as exc:
            section.lines.append(str(exc).removeprefix(f"[{exc.code}] "))  # a hint, not a failure
            section.source = ""
            return section
        defence = [r["partner_name"] for r in rows if "defense" in f"{r['owes']},{r['owed']}"]
        others = len(rows) - len(defence)
        section.lines.append(
            f"{state_name(state)}: defence pacts with {', '.join(defence) or 'none'};"
            f" {others} more states bound by consultation, neutrality or non-aggression"
        )
    return section


def _text(store: Store) -> Section:
    rows = store.rows("SELECT count(DISTINCT doc_id), count(*) FROM events WHERE origin = 'text'")
    docs, events = rows[0] if rows else (0, 0)
    claims = store.rows("SELECT count(*) FROM claims")[0][0]
    top = store.rows(
        "SELECT source_country, target_country, count(*) FROM events WHERE origin = 'text'"
        " AND source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country <> target_country GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT 3"
    )
    section = Section("Read from the example articles", source=citation("text"))
    section.lines.append(f"{events} events and {claims} claims from {docs} documents")
    if not events and not claims:
        section.source = ""
    if top:
        section.lines.append(
            "busiest directed dyads: " + ", ".join(f"{a}->{b} ({n})" for a, b, n in top)
        )
    return section


def main(argv: list[str] | None = None) -> int:
    from realpolitik.store import Store

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m realpolitik.analysis.tour DB [REPORT]", file=sys.stderr)
        return 2
    with Store(args[0], read_only=True) as store:
        print(render(tour(store, args[1] if len(args) > 1 else None)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
