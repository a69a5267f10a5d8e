"""The options every command shares, each defined once so it means the same everywhere.

Conventions (README "Conventions"): dates are YYYY, YYYY-MM or YYYY-MM-DD; states are codes,
names, aliases or capitals; rows go out as ``--format table|csv|jsonl|parquet``; charts with
``--plot FILE.png|svg``; lists are comma-separated. This module imports only click: every
command module must stay cheap to import, so that ``realpolitik --help`` starts at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from realpolitik.store import Store

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "csv", "jsonl", "parquet")
LAYERS = ("votes", "alliances", "arms", "trade", "events")
ORIGINS = ("text", "gdelt", "icews", "icews-counts")
FACTUALITIES = ("asserted", "reported", "possible", "negated")
DEFAULT_FACTUALITY = "asserted,reported"
ISSUES = ("me", "nu", "di", "hr", "co", "ec")
SORTS = ("strength", "degree", "pagerank", "eigenvector", "betweenness")
OBLIGATION_TYPES = ("defense", "offense", "neutral", "nonagg", "consult")
MIN_VOTES = 20
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


@dataclass
class Settings:
    db: str | None = None
    debug: bool = False


def settings(ctx: click.Context) -> Settings:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings()


def read_store(ctx: click.Context, db: str | None = None) -> Store:
    """Queries: read-only (never creates a file, never locks out another reader)."""
    from realpolitik.store import Store

    return Store(db or settings(ctx).db, read_only=True)


def write_store(ctx: click.Context, db: str | None = None) -> Store:
    """Loads: read-write, creating the file and bringing its schema up to date."""
    from realpolitik.store import Store

    return Store(db or settings(ctx).db)


# -- callbacks -----------------------------------------------------------------------------------
def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a date bound (YYYY, YYYY-MM, YYYY-MM-DD); keep the text, which says its precision."""
    if value is None:
        return None
    from realpolitik.errors import RealpolitikError
    from realpolitik.periods import parse_bound

    try:
        parse_bound(value, end=param.name == "until", option=f"--{param.name}")
    except RealpolitikError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _year(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    text = value.strip()
    if len(text) != 4 or not text.isdigit():
        from realpolitik.errors import Errors, RealpolitikError

        raise click.BadParameter(str(RealpolitikError(Errors.E911, value=text)))
    return int(text)


def choice_list(
    choices: Sequence[str], *, all_word: bool = False
) -> Callable[[click.Context, click.Parameter, str | None], tuple[str, ...] | None]:
    """A callback for comma-separated options: every item must be one of ``choices``."""

    def check(
        ctx: click.Context, param: click.Parameter, value: str | None
    ) -> tuple[str, ...] | None:
        if value is None:
            return None
        items = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
        if all_word and items == ("all",):
            return tuple(choices)
        bad = [v for v in items if v not in choices]
        if bad or not items:
            from realpolitik.errors import Errors, RealpolitikError

            accepted = ", ".join(choices) + (" or all" if all_word else "")
            raise click.BadParameter(
                str(RealpolitikError(Errors.E912, value=bad[0] if bad else value, choices=accepted))
            )
        return items

    return check


def _plot_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.lower().endswith((".png", ".svg")):
        from realpolitik.errors import Errors, RealpolitikError

        raise click.BadParameter(str(RealpolitikError(Errors.E913, value=value)))
    return value


# -- shared options ------------------------------------------------------------------------------
def db_option(func: F) -> F:
    """``--db`` on a subcommand; it overrides the global one."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False),
        default=None,
        help="Database file (default: $REALPOLITIK_DB or ./realpolitik.duckdb).",
    )(func)


def since_until(func: F) -> F:
    """``--since`` and ``--until``: YYYY, YYYY-MM or YYYY-MM-DD, both ends included."""
    func = click.option(
        "--until",
        callback=_date,
        default=None,
        metavar="DATE",
        help=f"Until this date, included: {DATE_FORMS} (2024 = to 31 December).",
    )(func)
    return click.option(
        "--since",
        callback=_date,
        default=None,
        metavar="DATE",
        help=f"From this date: {DATE_FORMS} (2024 = from 1 January).",
    )(func)


def year_option(func: F) -> F:
    return click.option(
        "--year", callback=_year, required=True, metavar="YYYY", help="The year (YYYY)."
    )(func)


def format_option(func: F) -> F:
    """``--format`` and ``--raw``: how rows are written."""
    func = click.option(
        "--raw",
        is_flag=True,
        help="CSV: write cells as stored (by default a cell starting with = + - @ tab or CR"
        " gets a leading ' so spreadsheets do not run it as a formula).",
    )(func)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="table (for people), csv (with header, even when empty), jsonl or parquet"
        " (binary, to a file or pipe).",
    )(func)


def plot_option(func: F) -> F:
    return click.option(
        "--plot",
        callback=_plot_file,
        default=None,
        metavar="FILE",
        help="Also draw the chart to FILE.png or FILE.svg.",
    )(func)


def layer_option(func: F) -> F:
    return click.option(
        "--layer",
        type=click.Choice(LAYERS),
        required=True,
        help="Which relation: votes (UN agreement), alliances (ATOP), arms (SIPRI), trade, events.",
    )(func)


def origin_option(func: F) -> F:
    return click.option(
        "--origin",
        "origins",
        callback=choice_list(ORIGINS, all_word=True),
        default="all",
        show_default=True,
        metavar="LIST",
        help="Event sources: " + ",".join(ORIGINS) + " or all.",
    )(func)


def factuality_option(func: F) -> F:
    return click.option(
        "--factuality",
        callback=choice_list(FACTUALITIES, all_word=True),
        default=DEFAULT_FACTUALITY,
        show_default=True,
        metavar="LIST",
        help="Extracted events counted: " + ",".join(FACTUALITIES) + " or all.",
    )(func)


def top_option(default: int | None) -> Callable[[F], F]:
    def add(func: F) -> F:
        return click.option(
            "--top",
            type=click.IntRange(1),
            default=default,
            show_default=default is not None,
            help="Show at most N rows (per year where rows are per year).",
        )(func)

    return add


def states_option(func: F) -> F:
    return click.option(
        "--states",
        default=None,
        metavar="LIST",
        help="States, comma-separated: codes, names, aliases or capitals (or all).",
    )(func)


def issue_option(func: F) -> F:
    return click.option(
        "--issue",
        callback=choice_list(ISSUES),
        default=None,
        metavar="LIST",
        help="UN votes: only roll calls on these issues (unvotes codes): me Middle East, nu"
        " nuclear, di disarmament, hr human rights, co colonialism, ec economic development.",
    )(func)


def min_votes_option(func: F) -> F:
    return click.option(
        "--min-votes",
        type=click.IntRange(1),
        default=MIN_VOTES,
        show_default=True,
        help="UN votes: leave out pairs of states with fewer shared roll calls in a year.",
    )(func)


def vote_options(func: F) -> F:
    """How UN votes are counted: body, abstentions, absences, seats, --min-votes, --issue."""
    func = issue_option(func)
    func = min_votes_option(func)
    func = click.option(
        "--merge",
        type=click.Choice(["successors", "seats", "none"]),
        default="successors",
        show_default=True,
        help="successors: USSR counted as Russia; seats: also the ROC seat as China's.",
    )(func)
    func = click.option(
        "--absent",
        type=click.Choice(["exclude", "abstain", "no"]),
        default="exclude",
        show_default=True,
        help="How absences / non-votes count.",
    )(func)
    func = click.option(
        "--abstain",
        type=click.FloatRange(0, 1),
        default=0.5,
        show_default=True,
        help="Value of an abstention between no (0) and yes (1).",
    )(func)
    return click.option(
        "--body",
        type=click.Choice(["GA", "SC", "all"]),
        default="GA",
        show_default=True,
        help="General Assembly, Security Council or both.",
    )(func)


def vote_settings(options: dict[str, Any]) -> dict[str, Any]:
    """The vote options of a command's keyword arguments, for ``analysis.alignment``."""
    keys = ("body", "abstain", "absent", "merge", "min_votes", "issue")
    return {k: options[k] for k in keys if k in options and options[k] is not None}


def split_list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def state(value: str, option: str) -> str:
    """ISO3 of the state ``value`` names (code, name, alias, capital), or a one-line error."""
    from realpolitik.actors.states import state_code

    return state_code(value, option=option)
