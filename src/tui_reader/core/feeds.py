"""Feeds: RSS (0.9x, 1.0, 2.0) and Atom subscriptions of a library, refreshed into articles.

Subscriptions live in the library folder (`.feeds.json`), with what each
feed's server said last (ETag, Last-Modified) so that a refresh that finds
nothing new costs one conditional request per feed, and the entries already
seen so that none is fetched twice. One bad feed or page never stops the
others: each failure is one line in the result. Pure: no Textual, no Rich.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import quoteattr

from .fetch import FetchError, fetch
from .files import MissingFile, ReadProblem, atomic_write, read_capped
from .importer import (MIN_BODY_WORDS, Imported, ImportProblem, add_to_library, decode_html, from_html,
                       known_articles, now)
from .safetext import one_line, strip_controls

FEEDS_FILE = ".feeds.json"
MAX_SEEN = 5000


class FeedError(Exception):
    """A feed list or OPML file that cannot be used; one line, fit to show."""


@dataclass
class Feed:
    url: str
    title: str = ""
    etag: str | None = None
    modified: str | None = None
    seen: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"url": self.url, "title": self.title, "etag": self.etag, "modified": self.modified,
                "seen": self.seen[-MAX_SEEN:]}


def feeds_path(library: Path) -> Path:
    return library / FEEDS_FILE


def load_feeds(library: Path) -> list[Feed]:
    try:
        data = json.loads(read_capped(feeds_path(library), 64 * 1024 * 1024).decode("utf-8"))
    except MissingFile:
        return []
    except (ReadProblem, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FeedError(f"{feeds_path(library)}: cannot read the feed list ({exc}); left as it is") from None
    feeds = []
    for item in data.get("feeds", []) if isinstance(data, dict) else []:
        if isinstance(item, dict) and isinstance(item.get("url"), str):
            seen = item.get("seen") if isinstance(item.get("seen"), list) else []
            feeds.append(Feed(item["url"], str(item.get("title") or ""), _opt(item.get("etag")),
                              _opt(item.get("modified")), [s for s in seen if isinstance(s, str)]))
    return feeds


def _opt(v: object) -> str | None:
    return v if isinstance(v, str) and v else None


def save_feeds(library: Path, feeds: list[Feed]) -> None:
    library.mkdir(parents=True, exist_ok=True)
    atomic_write(feeds_path(library), json.dumps({"feeds": [f.to_dict() for f in feeds]}, ensure_ascii=False,
                                                 indent=1))


def add_feed(library: Path, url: str, title: str = "") -> bool:
    """Subscribe; False when already subscribed."""
    feeds = load_feeds(library)
    if any(f.url == url for f in feeds):
        return False
    feeds.append(Feed(url, one_line(title)))
    save_feeds(library, feeds)
    return True


def remove_feed(library: Path, url: str) -> bool:
    feeds = load_feeds(library)
    kept = [f for f in feeds if f.url != url]
    if len(kept) == len(feeds):
        return False
    save_feeds(library, kept)
    return True


# -- OPML ------------------------------------------------------------------------------

def read_opml(data: bytes) -> list[tuple[str, str]]:
    """(url, title) of every feed outline in an OPML file."""
    try:
        root = ET.fromstring(data)  # the standard parser does not fetch external entities
    except ET.ParseError as exc:
        raise FeedError(f"not an OPML file ({exc})") from None
    out = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if url:
            out.append((url.strip(), one_line(outline.get("title") or outline.get("text") or "")))
    return out


def write_opml(feeds: list[Feed]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             "  <head><title>tui-reader subscriptions</title></head>", "  <body>"]
    for f in feeds:
        title = f.title or f.url
        lines.append(f'    <outline type="rss" text={quoteattr(title)} title={quoteattr(title)} '
                     f'xmlUrl={quoteattr(f.url)}/>')
    lines += ["  </body>", "</opml>"]
    return "\n".join(lines) + "\n"


# -- refresh ---------------------------------------------------------------------------

@dataclass
class FeedResult:
    url: str
    title: str = ""
    new: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    not_modified: bool = False


Progress = Callable[[int, int, FeedResult], None]


def refresh(library: Path, progress: Progress | None = None, timeout: float | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[FeedResult]:
    """Fetch every feed of the library and bring its new entries in as articles.

    `progress(done, total, result)` is called after each feed. The feed list is
    saved after each feed, so an interrupted refresh keeps what it did.
    """
    feeds = load_feeds(library)
    known = known_articles(library)
    results = []
    for i, feed in enumerate(feeds, 1):
        if cancelled and cancelled():
            break
        result = _refresh_one(library, feed, known, timeout)
        results.append(result)
        try:
            save_feeds(library, feeds)
        except OSError as exc:
            result.errors.append(f"{feeds_path(library)}: cannot save the feed list ({exc.strerror or exc})")
        if progress:
            progress(i, len(feeds), result)
    return results


def _refresh_one(library: Path, feed: Feed, known, timeout: float | None) -> FeedResult:
    import feedparser

    result = FeedResult(feed.url, feed.title)
    kwargs = {"timeout": timeout} if timeout else {}
    try:
        resp = fetch(feed.url, etag=feed.etag, modified=feed.modified, **kwargs)
    except FetchError as exc:
        result.errors.append(str(exc))
        return result
    if resp.not_modified:
        result.not_modified = True
        return result
    parsed = feedparser.parse(resp.body, response_headers={"content-type": resp.headers.get("content-type", ""),
                                                          "content-location": resp.url})
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or str(parsed.get("bozo_exception"))
        result.errors.append(f"{feed.url}: not a readable feed ({one_line(reason)[:120]})")
        return result
    feed.title = one_line(parsed.feed.get("title", "") or feed.title)
    result.title = feed.title
    feed.etag = resp.headers.get("etag") or None
    feed.modified = resp.headers.get("last-modified") or None
    seen = set(feed.seen)
    for entry in parsed.entries:
        key = entry.get("id") or entry.get("link") or entry.get("title")
        if not key or key in seen:
            continue
        link = entry.get("link")
        label = one_line(entry.get("title", "") or key)[:80]
        if not link:
            imported = _from_entry(entry, feed)
            if imported is None:
                result.errors.append(f"{feed.url}: entry {label!r} has no link and no text, skipped")
            else:
                _add(library, imported, known, result)
            _mark_seen(feed, seen, key)
            continue
        try:
            page = fetch(link, **kwargs)
            imported = from_html(decode_html(page.body, page.charset), url=page.url, feed=feed.title or feed.url)
        except (FetchError, ImportProblem) as exc:
            imported = _from_entry(entry, feed, link)
            if imported is None:
                result.errors.append(f"{link}: {str(exc).removeprefix(link + ': ')}")
                continue  # not marked seen: the next refresh tries again
        if not imported.published:
            imported = replace(imported, published=_entry_date(entry))
        _add(library, imported, known, result)
        _mark_seen(feed, seen, key)
    return result


def _mark_seen(feed: Feed, seen: set[str], key: str) -> None:
    seen.add(key)
    feed.seen.append(key)
    del feed.seen[:-MAX_SEEN]


def _add(library: Path, imported: Imported, known, result: FeedResult) -> None:
    try:
        added = add_to_library(imported, library, known)
    except OSError as exc:
        result.errors.append(f"{library}: cannot write the article ({exc.strerror or exc})")
        return
    if added.created:
        result.new.append(added.path)


def _entry_date(entry) -> str | None:
    t = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}" if t else None


def _from_entry(entry, feed: Feed, link: str | None = None) -> Imported | None:
    """The entry's own full text (content:encoded, Atom content), when the feed carries it."""
    import lxml.html

    html = ""
    for c in entry.get("content", []) or []:
        if isinstance(c, dict) and len(c.get("value", "")) > len(html):
            html = c["value"]
    html = html or entry.get("summary", "")
    if not html:
        return None
    try:
        text = " ".join(lxml.html.fromstring(html).itertext()) if "<" in html else html
    except (ValueError, lxml.etree.ParserError):
        text = html
    paras = [" ".join(p.split()) for p in strip_controls(text).split("\n")]
    text = "\n\n".join(p for p in paras if p)
    if len(text.split()) < MIN_BODY_WORDS:
        return None
    return Imported(title=one_line(entry.get("title", "")) or "Untitled", text=text,
                    author=one_line(entry.get("author", "")) or None, published=_entry_date(entry),
                    source=feed.title or None, url=link, fetched=now(), feed=feed.title or feed.url)

