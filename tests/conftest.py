"""Shared fixtures: every test runs with HOME and XDG folders inside tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "articles" / "sco-qingdao-defence-talks.txt"


@pytest.fixture(scope="session")
def _gazetteer_cache(tmp_path_factory) -> Path:
    """The gazetteer tables, built once per test session (per worker) in a folder of its own."""
    import os

    from tui_reader.core.analysis import lexicon

    cache = tmp_path_factory.mktemp("shared-cache")
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        path = lexicon.cache_file()
        if not path.exists():
            lexicon._write_cache(path, {name: build() for name, build in lexicon._BUILDERS.items()})
    finally:
        if saved is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = saved
    return path


@pytest.fixture(autouse=True)
def _isolated_home(request, tmp_path_factory, monkeypatch, _gazetteer_cache):
    """HOME and XDG folders of the test's own; the cache starts with the session's gazetteer tables
    (a copy, so that a test may damage it), unless the test is about building them."""
    import shutil

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("NO_COLOR", raising=False)
    if request.node.get_closest_marker("fresh_cache") is None:
        folder = home / ".cache" / "tui-reader"
        folder.mkdir(parents=True)
        shutil.copyfile(_gazetteer_cache, folder / _gazetteer_cache.name)
    yield home


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


class _Route:
    def __init__(self, body: bytes = b"", status: int = 200, headers: dict | None = None, delay: float = 0.0,
                 etag: str | None = None):
        self.body, self.status, self.headers, self.delay, self.etag = body, status, headers or {}, delay, etag
        self.hits = 0


class WebServer:
    """A real HTTP server on 127.0.0.1 for the tests, with routes set per test.

    A route with an ETag answers 304 to a request that names it; `hits` counts requests.
    """

    def __init__(self):
        import http.server
        import threading

        routes = self.routes = {}

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the standard library's name)
                import time

                route = routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                route.hits += 1
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                if route.etag:
                    self.send_header("ETag", route.etag)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def route(self, path: str, body: bytes | str = b"", status: int = 200, content_type: str = "text/html; charset=utf-8",
              headers: dict | None = None, **kw) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = _Route(data, status, {"Content-Type": content_type, **(headers or {})}, **kw)
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def web():
    server = WebServer()
    yield server
    server.close()


DATA = Path(__file__).resolve().parent / "data"


def story_page(title: str, paragraphs: int = 6, site: str = "Example News", extra: str = "") -> str:
    """A small news page of our own making: a headline, a byline, paragraphs, and furniture around them."""
    body = "".join(
        f"<p>Paragraph {i} of the story about {title.lower()}: the council met on Tuesday and "
        f"members argued for a long time about the budget, the roads and the new library.</p>"
        for i in range(paragraphs))
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {site}</title>"
            f"<meta property=\"og:site_name\" content=\"{site}\"></head><body>"
            f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{title}</h1><p class=\"byline\">By Ann Writer</p>{body}</article>{extra}"
            f"<footer>Copyright {site}</footer></body></html>")


@pytest.fixture
def story():
    return story_page
