"""Serving the dashboard: the read-only store, loopback by default, a threaded WSGI server."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
import webbrowser
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import Store, resolve_db_path
from realpolitik.web._app import Dashboard

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def open_read_only(db: str | os.PathLike[str] | None) -> Store:
    """The store, read-only; E018 when missing, E701 when a writer holds it."""
    path = resolve_db_path(db)
    try:
        return Store(path, read_only=True)
    except RealpolitikError as exc:
        reason = str(exc.kwargs.get("reason", ""))
        if exc.code == "E101" and "lock" in reason.lower():
            raise RealpolitikError(
                Errors.E701, path=path, reason=reason.split(". See")[0]
            ) from None
        raise


def make_app(db: str | os.PathLike[str] | None = None) -> Dashboard:
    """The dashboard as a WSGI application over the store at ``db`` (read-only)."""
    return Dashboard(open_read_only(db))


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_dashboard_server(
    db: str | os.PathLike[str] | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    public: bool = False,
) -> WSGIServer:
    """A bound, not yet running server (``serve_forever()`` runs it; port 0 picks a free one)."""
    if not public and not is_loopback(host):
        raise RealpolitikError(Errors.E702, host=host)
    app = make_app(db)
    try:
        server = make_server(host, port, app, server_class=_Server, handler_class=_Quiet)
    except (OSError, socket.gaierror) as exc:
        app.store.close()
        raise RealpolitikError(
            Errors.E703, host=host, port=port, reason=exc.strerror or exc
        ) from None
    server.dashboard = app  # type: ignore[attr-defined]
    return server


def url_of(server: WSGIServer) -> str:
    host, port = server.server_address[:2]
    text = host.decode() if isinstance(host, bytes) else str(host)
    shown = f"[{text}]" if ":" in text else text
    return f"http://{shown}:{port}/"


def serve(
    db: str | os.PathLike[str] | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    open_browser: bool = False,
    public: bool = False,
    ready: threading.Event | None = None,
) -> None:
    """Serve until interrupted: ``realpolitik serve`` in Python."""
    server = make_dashboard_server(db, host=host, port=port, public=public)
    url = url_of(server)
    print(
        f"realpolitik: serving {resolve_db_path(db)} read-only at {url} (Ctrl-C stops)",
        file=sys.stderr,
        flush=True,
    )
    if open_browser:
        webbrowser.open(url)
    app = server.dashboard  # type: ignore[attr-defined]
    if app.networks.used(app.store):  # a big store: its networks before the first visitor
        from realpolitik.web import _api_dyad, _api_net

        threading.Thread(target=_api_net.prewarm, args=(app,), daemon=True).start()
        threading.Thread(target=_api_dyad.prewarm, args=(app,), daemon=True).start()
    if ready is not None:
        ready.set()
    try:
        server.serve_forever()
    finally:
        server.server_close()
        server.dashboard.networks.close()  # type: ignore[attr-defined]
        server.dashboard.store.close()  # type: ignore[attr-defined]
