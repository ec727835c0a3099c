"""Feed refresh: 50 feeds x 20 entries served on 127.0.0.1, refreshed into an empty library,
then refreshed again with nothing new (conditional GET: the server answers 304).

    .venv/bin/python bench/refresh.py     (also in make bench)
"""

from __future__ import annotations

import http.server
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from tui_reader.core.feeds import add_feed, refresh  # noqa: E402

FEEDS, ENTRIES = 50, 20
WORDS = ("council budget road library harbour bridge school minister election court report "
         "market price water energy transport housing police hospital museum").split()


def page(feed: int, entry: int) -> bytes:
    paras = "".join(
        f"<p>Report {feed}-{entry}-{i}: " + " ".join(WORDS[(feed * 7 + entry * 3 + i * 5 + k * k) % len(WORDS)]
                                                   for k in range(40)) + ".</p>"
        for i in range(8))
    title = f"Story {entry} of feed {feed}: the {WORDS[entry % len(WORDS)]} question"
    return (f"<!doctype html><html><head><title>{title} | Feed {feed} News</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paras}</article></body></html>").encode()


def feed_xml(base: str, feed: int) -> bytes:
    items = "".join(f"<item><title>Story {e}</title><link>{base}/p/{feed}/{e}</link><guid>{feed}-{e}</guid></item>"
                    for e in range(ENTRIES))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>{items}'
            f"</channel></rss>").encode()


def serve():
    counts = {"feed": 0, "feed304": 0, "page": 0}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            parts = self.path.strip("/").split("/")
            if parts[0] == "f":
                tag = f'"feed-{parts[1]}-v1"'
                if self.headers.get("If-None-Match") == tag:
                    counts["feed304"] += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                counts["feed"] += 1
                body, kind, extra = feed_xml(base, int(parts[1])), "application/rss+xml", {"ETag": tag}
            elif parts[0] == "p":
                counts["page"] += 1
                body, kind, extra = page(int(parts[1]), int(parts[2])), "text/html; charset=utf-8", {}
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base, counts


def main() -> None:
    server, base, counts = serve()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lib = Path(tmp)
            for f in range(FEEDS):
                add_feed(lib, f"{base}/f/{f}")
            t = time.perf_counter()
            first = refresh(lib)
            t1 = time.perf_counter() - t
            new = sum(len(r.new) for r in first)
            print(f"first refresh: {FEEDS} feeds x {ENTRIES} entries -> {new} articles in {t1:.2f} s "
                  f"({t1 / max(new, 1) * 1000:.1f} ms per article; {counts['page']} pages fetched)")
            before = dict(counts)
            t = time.perf_counter()
            second = refresh(lib)
            t2 = time.perf_counter() - t
            print(f"second refresh, nothing new: {t2 * 1000:.0f} ms ({t2 / t1 * 100:.1f}% of the first; "
                  f"{counts['feed304'] - before['feed304']} answered 304, "
                  f"{counts['page'] - before['page']} pages fetched, {sum(len(r.new) for r in second)} new)")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
