"""The web dashboard: ``realpolitik serve`` — the store's networks, dyads, states, map and
evidence as local pages and a JSON API, read-only, offline (every script and map is shipped).

Python: ``make_app(db)`` gives the WSGI application; ``serve(db, host=..., port=...)`` runs it;
``make_dashboard_server`` binds one without running it (tests, embedding).
"""

from realpolitik.web._app import Dashboard
from realpolitik.web._server import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    make_app,
    make_dashboard_server,
    open_read_only,
    serve,
    url_of,
)

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "Dashboard",
    "make_app",
    "make_dashboard_server",
    "open_read_only",
    "serve",
    "url_of",
]
