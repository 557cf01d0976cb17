"""A local preview server: the versions of a release side by side, segment by segment.

Officers check a release by reading its three versions next to each other; the page puts
each segment's versions in one table row with its status, and marks on the text the
excerpt each checker finding concerns. It listens on 127.0.0.1 only and answers only
requests addressed to a loopback host name (a web page elsewhere cannot reach it through
DNS rebinding). The page polls a small state endpoint — a hash of the sources' sizes and
modification times — and reloads itself when an editor saves a file.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from press.errors import PressError
from press.model import Release
from press.preview.page import render_error, render_index, render_release
from press.project import Project

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
Checker = Callable[[Release], Any]
"""Takes a release, returns a report with .findings (press.check.check_release)."""


def default_checker() -> Checker | None:
    try:
        from press.check import check_release
    except ImportError:  # the checker is an optional stage until installed
        return None
    return check_release


@dataclass
class PreviewApp:
    """What the server shows; kept apart from HTTP so tests can render pages directly."""

    project: Project
    releases: list[str] = field(default_factory=list)
    checker: Checker | None = field(default_factory=default_checker)

    def folders(self) -> dict[str, Path]:
        return {folder.name: folder for folder in self.project.release_folders(self.releases)}

    def state(self, release_id: str) -> str:
        """Changes whenever a source of the release (or the termbase) is saved."""
        folder = self.folders()[release_id]
        termbase = self.project.resource("locales/termbase.yaml")
        digest = hashlib.sha256()
        for path in sorted([*folder.glob("*.yaml"), termbase]):
            if path.exists():
                info = path.stat()
                digest.update(f"{path.name}:{info.st_mtime_ns}:{info.st_size};".encode())
        return digest.hexdigest()[:16]

    def page(self, release_id: str) -> str:
        from press.errors import SourceError

        folder = self.folders()[release_id]
        state = self.state(release_id)
        try:
            self.project.__dict__.pop("termbase", None)  # re-read: it may have been edited
            release = self.project.load(folder)
        except SourceError as exc:
            return render_error(self.project, release_id, str(exc), state)
        report = self.checker(release) if self.checker else None
        findings = list(getattr(report, "findings", []) or [])
        return render_release(self.project, release, findings, state, checked=report is not None)

    def index(self) -> str:
        return render_index(self.project, sorted(self.folders()))


def _handler(app: PreviewApp) -> type[BaseHTTPRequestHandler]:
    static = app.project.resource("templates/preview")

    class Handler(BaseHTTPRequestHandler):
        server_version = "press-preview"

        def do_GET(self) -> None:  # noqa: N802 (the http.server interface)
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
            if host not in LOOPBACK_HOSTS:
                return self._send(HTTPStatus.FORBIDDEN, "text/plain", b"loopback only\n")
            path = unquote(urlsplit(self.path).path)
            parts = [p for p in path.split("/") if p]
            try:
                self._route(parts)
            except KeyError:
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found\n")

        def _route(self, parts: list[str]) -> None:
            folders = app.folders()
            if not parts:
                if len(folders) == 1:
                    return self._redirect(f"/release/{next(iter(folders))}")
                return self._html(app.index())
            if parts[0] == "static" and len(parts) == 2 and parts[1] in ("preview.css", "preview.js"):
                kind = "text/css" if parts[1].endswith(".css") else "text/javascript"
                return self._send(HTTPStatus.OK, f"{kind}; charset=utf-8", (static / parts[1]).read_bytes())
            if parts[0] == "release" and len(parts) in (2, 3) and parts[1] in folders:
                if len(parts) == 2:
                    return self._html(app.page(parts[1]))
                if parts[2] == "state":
                    body = json.dumps({"state": app.state(parts[1])}).encode()
                    return self._send(HTTPStatus.OK, "application/json", body)
            raise KeyError(parts)

        def _html(self, text: str) -> None:
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", text.encode("utf-8"))

        def _redirect(self, location: str) -> None:
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _send(self, status: HTTPStatus, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; style-src 'self'; script-src 'self'; "
                             "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # the terminal shows the address once; per-request logs would bury it

    return Handler


def serve(app: PreviewApp, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A server bound to loopback (port 0: any free port); call serve_forever() on it."""
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise PressError(f"--host {host}: the preview listens on loopback only (127.0.0.1)")
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), _handler(app))
    except OSError as exc:
        raise PressError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}; try --port 0") from None
    server.daemon_threads = True
    return server


def start_in_thread(app: PreviewApp, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """The server running in a background thread, and its base URL (for tests and tools)."""
    server = serve(app, port=port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"

