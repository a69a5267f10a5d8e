"""CLI command: ``realpolitik serve`` — the web dashboard over the store, read-only."""

from __future__ import annotations

import click

from realpolitik.cli._common import Settings, db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; a non-loopback one needs --public.")  # fmt: skip
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port (0 picks a free one).")  # fmt: skip
@click.option("--open", "open_browser", is_flag=True, help="Open the dashboard in a browser.")
@click.option(
    "--public", is_flag=True, help="Allow a non-loopback --host (others can read the store)."
)
@click.pass_context
def serve_command(
    ctx: click.Context, db: str | None, host: str, port: int, open_browser: bool, public: bool
) -> None:
    """Serve the dashboard (network, dyads, states, map, documents) at http://HOST:PORT/."""
    from realpolitik.web import serve

    settings: Settings = ctx.find_root().obj or Settings()
    try:
        serve(db or settings.db, host=host, port=port, open_browser=open_browser, public=public)
    except KeyboardInterrupt:
        click.echo("realpolitik: server stopped", err=True)


COMMANDS = [serve_command]
