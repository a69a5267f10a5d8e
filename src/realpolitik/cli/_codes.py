"""CLI command: codes (the CAMEO / PLOVER ontology; twin of ``realpolitik.ontology.search``)."""

from __future__ import annotations

from typing import Any

import click

from realpolitik.cli._common import format_option
from realpolitik.cli._output import emit

CAMEO_FIELDS: tuple[str, ...] = ("code", "name", "root", "goldstein", "quad_class", "penta", "plover", "mode",
                "description")  # fmt: skip
PLOVER_FIELDS: tuple[str, ...] = (
    "plover",
    "quad_class",
    "score",
    "default_cameo",
    "modes",
    "description",
)


def cameo_rows(query: str) -> list[dict[str, Any]]:
    from realpolitik import ontology

    return [{f: getattr(c, f) for f in CAMEO_FIELDS} for c in ontology.search(query)]


def plover_rows(query: str) -> list[dict[str, Any]]:
    from realpolitik import ontology

    q = query.strip().lower()
    out = []
    for p in ontology.plover_types():
        text = f"{p.name} {p.description} {' '.join(p.mode_names)}".lower()
        if q and q not in text:
            continue
        out.append(
            {
                "plover": p.name,
                "quad_class": p.quad_class,
                "score": p.score,
                "default_cameo": p.default_cameo,
                "modes": "|".join(p.mode_names),
                "description": p.description,
            }
        )
    return out


@click.command()
@click.argument("query", required=False, default="")
@click.option("--plover", "show_plover", is_flag=True, help="List PLOVER event types instead.")
@format_option
def codes(query: str, show_plover: bool, fmt: str, raw: bool) -> None:
    """List or search CAMEO event codes (or PLOVER types with --plover).

    QUERY is a code prefix ("19", "057") or words found in the name or description
    ("sanction", "military aid"). Shows Goldstein weight, QuadClass, penta class, PLOVER
    type and mode.
    """
    if show_plover:
        rows, fields = plover_rows(query), PLOVER_FIELDS
        title = "PLOVER event types"
    else:
        rows, fields = cameo_rows(query), CAMEO_FIELDS
        title = f"CAMEO event codes matching {query!r}" if query else "CAMEO event codes"
    view = [(f, f) for f in fields if f != "root"]  # the root is obvious from the code
    emit(rows, fmt, fields=fields, columns=view, title=title, raw=raw)


COMMANDS = [codes]
