"""The command line's news-in commands: add, feed, refresh.

Status and progress go to stderr, one line each, so that stdout carries only
what was asked for (the OPML of `feed export`, the JSON of `add --format json`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui_reader.core.fetch import FetchError, fetch
from tui_reader.core.feeds import FeedError, add_feed, load_feeds, read_opml, refresh, remove_feed, write_opml
from tui_reader.core.importer import (ImportProblem, add_to_library, decode_html, from_html, from_text,
                                      looks_like_html, read_local)
from tui_reader.core.library import library_dir
from tui_reader.core.safetext import json_dumps, one_line, strip_controls


from tui_reader.cli import _error as _say  # one line on stderr, controls stripped


def dispatch(args: argparse.Namespace) -> int:
    library = library_dir(getattr(args, "library", None))
    try:
        if args.command == "add":
            return cmd_add(args, library)
        if args.command == "refresh":
            return cmd_refresh(library)
        return cmd_feed(args, library)
    except (FetchError, ImportProblem, FeedError) as exc:
        _say(str(exc))
        return 1
    except OSError as exc:
        _say(f"{library}: {exc.strerror or exc}")
        return 1


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def cmd_add(args: argparse.Namespace, library: Path) -> int:
    source = args.source
    html: bytes | None = None
    if _is_url(source):
        resp = fetch(source)
        kind = resp.content_type
        text = decode_html(resp.body, resp.charset)
        if kind in ("text/plain", "text/markdown") or (not kind.endswith("html") and not looks_like_html(text)):
            if kind and not kind.startswith("text/"):
                raise ImportProblem(f"{source}: not a web page ({kind})")
            imported = from_text(text, Path(source).name or "page", markdown=kind == "text/markdown")
        else:
            imported = from_html(text, url=resp.url)
        html = resp.body
    elif source == "-":
        data = sys.stdin.buffer.read()
        text = decode_html(data, None)
        imported = from_html(text) if looks_like_html(text) else from_text(text, "stdin", markdown=False)
    else:
        path = Path(source)
        try:
            imported = read_local(path)
        except ImportProblem as exc:
            raise ImportProblem(f"{source}: {exc}") from None
        if path.suffix.lower() in (".html", ".htm", ".xhtml"):
            html = path.read_bytes()
    added = add_to_library(imported, library)
    if added.created and args.keep_html and html is not None:
        added.path.with_suffix(".html").write_bytes(html)
    if args.format == "json":
        print(json_dumps({"path": str(added.path), "created": added.created, "title": imported.title,
                          "text": imported.text, "source": imported.source, "published": imported.published,
                          "url": imported.url}))
    if added.created:
        _say(f"added {added.path.name}: {imported.title}")
    else:
        _say(f"already in the library ({added.reason}): {added.path.name}; nothing changed")
    return 0


def cmd_feed(args: argparse.Namespace, library: Path) -> int:
    which = args.feed_command
    if which == "list":
        for f in load_feeds(library):
            sys.stdout.write(strip_controls(f"{f.url}\t{f.title}\n"))
        return 0
    if which == "export":
        sys.stdout.write(write_opml(load_feeds(library)))
        return 0
    if which == "remove":
        if not remove_feed(library, args.url):
            _say(f"{args.url}: not subscribed")
            return 1
        _say(f"unsubscribed from {args.url}")
        return 0
    if which == "import":
        try:
            data = Path(args.opml).read_bytes()
        except OSError as exc:
            raise FeedError(f"{args.opml}: {exc.strerror or exc}") from None
        try:
            found = read_opml(data)
        except FeedError as exc:
            raise FeedError(f"{args.opml}: {exc}") from None
        new = sum(add_feed(library, url, title) for url, title in found)
        _say(f"{new} new subscription{'s' if new != 1 else ''} of {len(found)} in {args.opml}")
        return 0
    # add: check that it is a feed, and take its title
    import feedparser

    resp = fetch(args.url)
    parsed = feedparser.parse(resp.body)
    if parsed.bozo and not parsed.entries and not parsed.feed.get("title"):
        raise FeedError(f"{args.url}: not an RSS or Atom feed")
    title = one_line(parsed.feed.get("title", ""))
    if not add_feed(library, args.url, title):
        _say(f"already subscribed to {args.url}")
        return 0
    _say(f"subscribed to {title or args.url} ({len(parsed.entries)} entries; `tui-reader refresh` brings them in)")
    return 0


def cmd_refresh(library: Path) -> int:
    feeds = load_feeds(library)
    if not feeds:
        _say(f"no feeds in {library}; add one with: tui-reader feed add URL")
        return 0

    def progress(done: int, total: int, result) -> None:
        name = result.title or result.url
        state = "not modified" if result.not_modified else f"{len(result.new)} new"
        _say(f"[{done}/{total}] {name}: {state}" + (f", {len(result.errors)} failed" if result.errors else ""))
        for line in result.errors:
            _say(f"  {line}")

    results = refresh(library, progress)
    new = sum(len(r.new) for r in results)
    failed = sum(1 for r in results if r.errors and not r.new and not r.not_modified)
    _say(f"{len(results)} feeds, {new} new article{'s' if new != 1 else ''}, "
         f"{sum(len(r.errors) for r in results)} errors")
    return 1 if results and failed == len(results) else 0

