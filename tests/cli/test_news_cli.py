"""`add`, `feed` and `refresh` as a user runs them, against a server on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys

DEADLINE = 60


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "tui_reader", *map(str, args)], input=stdin, capture_output=True,
                          timeout=DEADLINE)


def test_add_a_url_then_the_same_again(web, story, tmp_path):
    url = web.route("/story", story("Council backs the plan"))
    first = run("add", url, "--library", tmp_path)
    assert first.returncode == 0 and first.stdout == b"", first.stderr
    assert b"added" in first.stderr
    files = list(tmp_path.glob("*.md"))
    assert len(files) == 1 and 'title: "Council backs the plan"' in files[0].read_text()
    second = run("add", url, "--library", tmp_path)
    assert second.returncode == 0 and b"already in the library" in second.stderr
    assert list(tmp_path.glob("*.md")) == files


def test_add_failures_are_one_line_and_touch_nothing(web, tmp_path):
    (tmp_path / "kept.md").write_text("---\ntitle: Kept\n---\nA story already here.\n")
    (tmp_path / "x.bin").write_bytes(bytes(range(256)))
    before = sorted(p.name for p in tmp_path.iterdir())
    web.route("/doc.pdf", b"%PDF-1.4 binary", content_type="application/pdf")
    web.route("/empty", "<html><body><nav>Home</nav></body></html>")
    for source in (web.base + "/missing", web.base + "/doc.pdf", web.base + "/empty", tmp_path / "x.bin",
                   tmp_path / "nothing.html"):
        out = run("add", source, "--library", tmp_path)
        assert out.returncode == 1, (source, out)
        assert len(out.stderr.strip().splitlines()) == 1 and b"Traceback" not in out.stderr, out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_add_a_file_and_stdin_with_json(tmp_path, story):
    page = tmp_path / "page.html"
    page.write_text(story("Harbour expands again"))
    out = run("add", page, "--library", tmp_path / "lib", "--format", "json")
    doc = json.loads(out.stdout)
    assert doc["title"] == "Harbour expands again" and doc["created"] and "Paragraph 3" in doc["text"]
    out = run("add", "-", "--library", tmp_path / "lib", stdin=b"Maria Lopez said the plan would work in Lima.")
    assert out.returncode == 0 and len(list((tmp_path / "lib").glob("*.md"))) == 2


def test_feed_commands_and_refresh(web, story, tmp_path):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Town Wire</title>
    <item><title>One</title><link>{web.base}/one</link></item>
    <item><title>Two</title><link>{web.base}/two</link></item></channel></rss>"""
    feed = web.route("/feed.xml", rss, content_type="application/rss+xml")
    web.route("/one", story("First story of the wire"))
    web.route("/two", story("Second story of the wire"))
    bad = web.route("/bad.xml", "<rss><channel><title>", content_type="application/xml")
    assert run("feed", "add", feed, "--library", tmp_path).returncode == 0
    assert run("feed", "add", bad, "--library", tmp_path).returncode == 1
    listed = run("feed", "list", "--library", tmp_path).stdout.decode()
    assert feed in listed and "Town Wire" in listed
    opml = run("feed", "export", "--library", tmp_path).stdout
    (tmp_path / "subs.opml").write_bytes(opml)
    other = tmp_path / "other"
    assert run("feed", "import", tmp_path / "subs.opml", "--library", other).returncode == 0
    assert feed in run("feed", "list", "--library", other).stdout.decode()
    out = run("refresh", "--library", tmp_path)
    assert out.returncode == 0, out.stderr
    err = out.stderr.decode()
    assert "[1/1] Town Wire: 2 new" in err and "1 feeds, 2 new articles" in err
    assert len(list(tmp_path.glob("*.md"))) == 2
    again = run("refresh", "--library", tmp_path).stderr.decode()
    assert "0 new articles" in again
    assert run("feed", "remove", feed, "--library", tmp_path).returncode == 0
    assert run("feed", "remove", feed, "--library", tmp_path).returncode == 1
