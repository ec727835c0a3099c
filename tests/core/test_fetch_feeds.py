"""Fetching, importing and feeds against a real HTTP server on 127.0.0.1 (the `web` fixture)."""

from __future__ import annotations

import gzip
import json

import pytest

from tui_reader.core.feeds import FeedError, add_feed, load_feeds, read_opml, refresh, write_opml
from tui_reader.core.fetch import FetchError, fetch
from tui_reader.core.importer import (ImportProblem, add_to_library, decode_html, from_html, known_articles,
                                      read_local)


def test_redirects_are_followed_and_bounded(web, story):
    target = web.route("/story", story("Council backs the plan"))
    web.route("/old", status=301, headers={"Location": target})
    assert fetch(web.base + "/old").url == target
    web.route("/loop", status=302, headers={"Location": web.base + "/loop"})
    with pytest.raises(FetchError, match="redirect"):
        fetch(web.base + "/loop")


def test_404_and_slow_answers_are_one_line_errors(web):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(web.base + "/missing")
    web.route("/slow", "late", delay=2.0)
    with pytest.raises(FetchError, match="no answer within"):
        fetch(web.base + "/slow", timeout=0.3)


def test_gzip_and_size_cap(web, story):
    page = story("Gzip works")
    web.route("/gz", gzip.compress(page.encode()), headers={"Content-Encoding": "gzip"})
    assert fetch(web.base + "/gz").body.decode() == page
    web.route("/bomb", gzip.compress(b"a" * 3_000_000), headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="decompressed"):
        fetch(web.base + "/bomb", max_bytes=1_000_000)
    with pytest.raises(FetchError, match="larger"):
        fetch(web.route("/big", b"x" * 2_000_000), max_bytes=1_000_000)


def test_latin1_page_declared_in_meta(web, story):
    page = story("Café owners protest").replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    resp = fetch(web.route("/latin", page.encode("latin-1"), content_type="text/html"))
    imported = from_html(decode_html(resp.body, resp.charset), url=resp.url)
    assert imported.title == "Café owners protest" and "café owners protest" in imported.text


def test_page_without_a_body_and_non_html_are_refused():
    with pytest.raises(ImportProblem, match="no article body"):
        from_html("<html><head><title>Only a title</title></head><body><nav>Home</nav></body></html>")
    with pytest.raises(ImportProblem):
        from_html("just some words")


def test_gallery_beside_the_story_is_left_out(story):
    gallery = "<div class=\"media-gallery\"><ul>" + "".join(
        f"<li><h2>{i}/30 Picture</h2><p>A long caption about picture {i} that has nothing to do with the story, "
        f"with many words in it to outweigh the story if glued on.</p></li>" for i in range(30)) + "</ul></div>"
    imported = from_html(story("Council backs the plan", extra=gallery))
    assert "caption" not in imported.text and "Paragraph 5" in imported.text


def test_title_without_site_name_and_library_dedup(tmp_path, story):
    imported = from_html(story("Council backs the road plan", site="Example News"))
    assert imported.title == "Council backs the road plan"
    first = add_to_library(imported, tmp_path)
    again = add_to_library(imported, tmp_path)
    assert first.created and not again.created and again.path == first.path and again.reason
    assert first.path.name.endswith("-council-backs-the-road-plan.md")
    assert list(known_articles(tmp_path)[1].values()) == [first.path]


@pytest.mark.parametrize("page", ["ars-1", "tmz-1", "bug-1255978"])
def test_real_pages_import_with_their_titles(page):
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "data" / "readability" / page
    imported = read_local(folder / "source.html")
    expected = json.loads((folder / "expected-metadata.json").read_text())["title"]
    assert " ".join(imported.title.split()) == " ".join(expected.split())
    assert len(imported.text.split()) > 100
    if page == "bug-1255978":
        assert "1/50" not in imported.text  # the gallery


RSS2 = """<?xml version="1.0"?><rss version="2.0"><channel><title>Town Wire</title><link>{base}</link>
<item><title>Council backs the plan</title><link>{base}/a</link><guid>a</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
<item><title>Bridge reopens</title><link>{base}/b</link><guid>b</guid></item>
<item><title>No link, full text</title><guid isPermaLink="false">urn:item-c</guid><description>{long}</description></item>
<item><title>No link, no text</title><guid isPermaLink="false">urn:item-d</guid></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<id>urn:x</id><updated>2026-12-01T10:00:00Z</updated>
<entry><title>Harbour expands</title><id>urn:e1</id><link href="{base}/c"/><updated>2026-11-30T10:00:00Z</updated></entry>
</feed>"""
RSS1 = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="{base}/rss1"><title>Old Format</title><link>{base}</link><description>d</description></channel>
<item rdf:about="{base}/d"><title>School opens</title><link>{base}/d</link></item></rdf:RDF>"""


def test_refresh_brings_in_rss2_atom_and_rss1_and_skips_what_it_has(web, story, tmp_path):
    long = "Full text carried by the feed itself. " * 10
    for path, title in (("/a", "Council backs the plan"), ("/b", "Bridge reopens"), ("/c", "Harbour expands"),
                        ("/d", "School opens")):
        web.route(path, story(title))
    feeds = {"/rss2": RSS2.format(base=web.base, long=long), "/atom": ATOM.format(base=web.base),
             "/rss1": RSS1.format(base=web.base), "/broken": "<rss><channel><title>oops"}
    for path, xml in feeds.items():
        web.route(path, xml, content_type="application/xml", etag=f'"{path}-1"')
        add_feed(tmp_path, web.base + path)
    seen = []
    results = refresh(tmp_path, lambda done, total, r: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    new = sorted(p.name for r in results for p in r.new)
    assert len(new) == 5  # a, b, c, d and the linkless entry with its own text
    by_url = {r.url.rsplit("/", 1)[-1]: r for r in results}
    assert any("no link and no text" in e for e in by_url["rss2"].errors)
    assert by_url["broken"].errors and not by_url["broken"].new
    assert "published: \"2026-12-01\"" in next(tmp_path.glob("2026-12-01-*.md")).read_text()
    hits = {p: web.routes[p].hits for p in ("/a", "/b", "/c", "/d")}
    again = refresh(tmp_path)
    assert not any(r.new for r in again)
    assert all(r.not_modified for r in again if not r.url.endswith("/broken"))
    assert {p: web.routes[p].hits for p in hits} == hits  # no page fetched twice
    assert load_feeds(tmp_path)[0].title == "Town Wire"


def test_opml_round_trip(tmp_path):
    opml = b"""<?xml version="1.0"?><opml version="1.0"><head/><body><outline text="News">
      <outline text="One" xmlUrl="http://127.0.0.1:1/one.xml"/><outline title="Two &amp; more" xmlUrl="http://127.0.0.1:1/two"/>
    </outline></body></opml>"""
    found = read_opml(opml)
    assert found == [("http://127.0.0.1:1/one.xml", "One"), ("http://127.0.0.1:1/two", "Two & more")]
    for url, title in found:
        add_feed(tmp_path, url, title)
    assert read_opml(write_opml(load_feeds(tmp_path)).encode()) == found
    with pytest.raises(FeedError):
        read_opml(b"<opml><body><outline")
