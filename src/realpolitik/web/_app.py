"""The dashboard as a WSGI application: routing, JSON/CSV/HTML responses, errors, static files.

One read-only store is shared by every request; each request gets its own DuckDB cursor on it
(cursors of one database run in parallel threads). While the server holds the store open no
process can write to it, so results are memoised per request parameters (bounded LRU): the
network of a layer and year is computed once, not once per visitor.
"""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import Store
from realpolitik.web._cache import OnceCache
from realpolitik.web._dyad_years import DyadYears, dyad_years
from realpolitik.web._params import BadParameter, Params
from realpolitik.web._safety import HEADERS, json_ready, to_csv
from realpolitik.web._workers import NetworkWorker

STATIC = Path(__file__).parent / "static"
PAGES = "/network, /map, /dyad/A/B, /state/S, /documents, /events"
NOT_FOUND_CODES = {"E310", "E402", "E512", "E712"}
StartResponse = Callable[[str, list[tuple[str, str]]], Any]
Response = tuple[str, list[tuple[str, str]], bytes]
ANSWER_BYTES = 64 * 1024 * 1024  # whole API answers kept (bytes)


@dataclass
class Table:
    """An API answer with rows: JSON by default, CSV with ``?format=csv``."""

    rows: list[dict[str, Any]]
    columns: list[str]
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Html:
    text: str
    status: int = 200


@dataclass
class Redirect:
    location: str


Answer = Table | dict[str, Any] | Html | Redirect


class NotFound(RealpolitikError):
    pass


class _Cursor(Store):
    """A per-request view of the shared read-only store (its own DuckDB cursor)."""

    def __init__(self, parent: Store) -> None:  # shares the parent's open database
        self.path = parent.path
        self.read_only = True
        self.con = parent.cursor().con
        self._fresh = parent._fresh  # the summaries' freshness, checked once per server


@dataclass
class Request:
    path: str
    params: Params
    args: tuple[str, ...]
    store: Store
    app: Dashboard


Handler = Callable[[Request], Answer]


class Dashboard:
    """WSGI callable serving the pages and ``/api/...`` over one read-only store."""

    def __init__(self, store: Store, *, cache_size: int = 512) -> None:
        self.store = store
        self.routes: list[tuple[re.Pattern[str], Handler, bool]] = []
        self.networks = NetworkWorker(store.path)
        self._memo: OnceCache[Any] = OnceCache(cache_size)
        self._tables: OnceCache[DyadYears] = OnceCache(8)  # per set of origins
        # Whole API answers by path and query: a repeated request costs no query and no JSON.
        self._answers: OnceCache[Response] = OnceCache(
            cache_size * 16, budget=ANSWER_BYTES, size=lambda r: len(r[2])
        )
        from realpolitik.web import _api_docs, _api_dyad, _api_net, _api_state, _pages

        for module in (_api_net, _api_dyad, _api_state, _api_docs, _pages):
            for pattern, handler in module.ROUTES:
                self.route(pattern, handler)

    def route(self, pattern: str, handler: Handler) -> None:
        self.routes.append((re.compile(pattern), handler, pattern.startswith("/api")))

    def memo(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The cached result for ``key``, computing it once (the store cannot change under us)."""
        return self._memo.get(key, compute)

    def dyad_years(self, store: Store, origins: Sequence[str]) -> DyadYears:
        """Every dyad's yearly event figures for ``origins``, computed once per server."""
        return self._tables.get(tuple(origins), lambda: dyad_years(store, origins))

    # -- WSGI ------------------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        raw = str(environ.get("PATH_INFO") or "/")
        try:
            path = raw.encode("latin-1").decode("utf-8")
        except UnicodeError:
            path = raw
        method = str(environ.get("REQUEST_METHOD") or "GET")
        status, headers, body = self.respond(method, path, str(environ.get("QUERY_STRING") or ""))
        start_response(status, headers)
        return [b""] if method == "HEAD" else [body]

    def respond(self, method: str, path: str, query: str) -> Response:
        """(status line, headers, body) for one GET."""
        if path.startswith("/api") and method in ("GET", "HEAD"):
            return self._answers.get(
                (path, query), lambda: self._respond(method, path, query),
                keep=lambda r: r[0].startswith("200"),
            )  # fmt: skip
        return self._respond(method, path, query)

    def _respond(self, method: str, path: str, query: str) -> Response:
        is_api = path.startswith("/api")
        if method not in ("GET", "HEAD"):
            return _json(
                405,
                _error(
                    "E710", f"method {method} is not allowed; the dashboard only reads", "method"
                ),
            )
        if path.startswith("/static/"):
            return _static(path[len("/static/") :])
        cursor: Store | None = None
        try:
            params = Params(query)
            for pattern, handler, _api in self.routes:
                match = pattern.fullmatch(path)
                if match is None:
                    continue
                cursor = _Cursor(self.store)
                answer = handler(Request(path, params, match.groups(), cursor, self))
                return _render(answer, params)
            raise NotFound(Errors.E711, path=path, pages=PAGES)
        except BadParameter as exc:
            return _failure(is_api, 400, _error(exc.code, str(exc), exc.parameter))
        except RealpolitikError as exc:
            status = 404 if isinstance(exc, NotFound) or exc.code in NOT_FOUND_CODES else 400
            return _failure(is_api, status, _error(exc.code, str(exc)))
        except duckdb.Error as exc:
            err = RealpolitikError(Errors.E713, path=path, reason=str(exc).splitlines()[0])
            return _failure(is_api, 500, _error(err.code, str(err)))
        finally:
            if cursor is not None:
                cursor.close()


def _error(code: str, message: str, parameter: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if parameter:
        error["parameter"] = parameter
    return {"error": error}


def _status(code: int) -> str:
    reasons = {200: "OK", 302: "Found", 400: "Bad Request", 404: "Not Found",
               405: "Method Not Allowed", 500: "Internal Server Error"}  # fmt: skip
    return f"{code} {reasons.get(code, '')}".strip()


def _json(code: int, payload: Any) -> tuple[str, list[tuple[str, str]], bytes]:
    if code >= 400 and isinstance(payload, dict) and "error" in payload:
        payload["error"]["status"] = code
    body = json.dumps(json_ready(payload), ensure_ascii=False, separators=(",", ":")).encode()
    return _status(code), [("Content-Type", "application/json; charset=utf-8"), *HEADERS], body


def _failure(
    is_api: bool, code: int, payload: dict[str, Any]
) -> tuple[str, list[tuple[str, str]], bytes]:
    if is_api:
        return _json(code, payload)
    from realpolitik.web._pages import error_page

    html = error_page(code, str(payload["error"]["message"]))
    return _status(code), [("Content-Type", "text/html; charset=utf-8"), *HEADERS], html.encode()


def _render(answer: Answer, params: Params) -> tuple[str, list[tuple[str, str]], bytes]:
    if isinstance(answer, Html):
        headers = [("Content-Type", "text/html; charset=utf-8"), *HEADERS]
        return _status(answer.status), headers, answer.text.encode("utf-8")
    if isinstance(answer, Redirect):
        return _status(302), [("Location", quote(answer.location, safe="/?=&")), *HEADERS], b""
    if isinstance(answer, Table):
        if params.output() == "csv":
            body = to_csv(answer.rows, answer.columns).encode("utf-8")
            headers = [("Content-Type", "text/csv; charset=utf-8"),
                       ("Content-Disposition", "attachment; filename=realpolitik.csv"), *HEADERS]  # fmt: skip
            return _status(200), headers, body
        return _json(200, {**answer.meta, "columns": answer.columns, "rows": answer.rows})
    params.output()  # validates ?format even where only JSON exists
    return _json(200, answer)


def _static(name: str) -> tuple[str, list[tuple[str, str]], bytes]:
    root = STATIC.resolve()
    target = (root / name).resolve()
    if not name or root not in target.parents or not target.is_file():
        return _json(
            404,
            _error("E711", str(RealpolitikError(Errors.E711, path="/static/" + name, pages=PAGES))),
        )
    kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
        kind += "; charset=utf-8"
    headers = [("Content-Type", kind), ("Cache-Control", "max-age=3600"), *HEADERS]
    return _status(200), headers, target.read_bytes()
