"""The library as a news reader: unread marks, order, J K U o, and R bringing feeds in."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import analysed, wait_for

from tui_reader.app import make_app
from tui_reader.core.feeds import add_feed
from tui_reader.screens.library import UNREAD_MARK, LibraryScreen
from tui_reader.screens.reader import ReaderScreen


def _article(folder: Path, name: str, title: str, date: str | None, source: str | None = "Wire") -> Path:
    front = [f"title: {title}"] + ([f"published: {date}"] if date else []) + ([f"source: {source}"] if source else [])
    path = folder / name
    path.write_text("---\n" + "\n".join(front) + "\n---\n" +
                    f"Maria Lopez spoke about {title.lower()} in Lima on Monday.\n", encoding="utf-8")
    return path


def _library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    _article(lib, "a.md", "Oldest story", "2024-01-01")
    _article(lib, "b.md", "Newest story", "2026-05-01")
    _article(lib, "c.md", "Middle story", "2025-03-01")
    return lib


async def _rows_loaded(pilot, count: int) -> LibraryScreen:
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and
                   all(r.date for r in app.screen.rows.values()) and app.screen.table.row_count == count)
    await pilot.pause(0.1)
    return app.screen


def _titles(screen: LibraryScreen) -> list[str]:
    return [str(screen.table.get_row_at(i)[1]) for i in range(screen.table.row_count)]


async def test_newest_first_unread_marks_and_u(tmp_path):
    lib = _library(tmp_path)
    app = make_app([lib])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _rows_loaded(pilot, 3)
        assert _titles(screen) == ["Newest story", "Middle story", "Oldest story"]
        assert all(str(screen.table.get_row_at(i)[0]) == UNREAD_MARK for i in range(3))
        await pilot.press("u")
        assert str(screen.table.get_row_at(0)[0]) == " " and app.read_state.is_read(lib / "b.md")
        await pilot.press("u")
        assert str(screen.table.get_row_at(0)[0]) == UNREAD_MARK


async def test_empty_columns_are_hidden(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    _article(lib, "a.md", "One", None, None)
    _article(lib, "b.md", "Two", None, None)
    app = make_app([lib])
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.table.row_count == 2)
        await pilot.pause(0.3)
        labels = [label for label, _, _ in app.screen.table.columns]
        assert "Source" not in labels and "Date" not in labels and "Title" in labels


async def test_opening_marks_read_and_j_k_u_move_between_articles(tmp_path):
    lib = _library(tmp_path)
    app = make_app([lib])
    async with app.run_test(size=(120, 30)) as pilot:
        library = await _rows_loaded(pilot, 3)
        await pilot.press("enter")
        reader = await analysed(pilot)
        assert reader.article.title == "Newest story"
        assert not library.rows[str(lib / "b.md")].unread
        def shown(title):  # the reader for that article, mounted and analysed: ready for the next key
            return lambda: isinstance(app.screen, ReaderScreen) and app.screen.article.title == title \
                and app.screen.highlights is not None

        await pilot.press("J")
        await wait_for(pilot, shown("Middle story"))
        await pilot.press("K")
        await wait_for(pilot, shown("Newest story"))
        await pilot.press("U")  # the next unread one after this: the oldest (middle is read now)
        await wait_for(pilot, shown("Oldest story"))
        await pilot.press("J")  # the last one: says so and stays
        await pilot.pause(0.2)
        assert app.screen.article.title == "Oldest story"
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert not any(r.unread for r in app.screen.rows.values())


async def test_o_opens_the_articles_url(tmp_path, monkeypatch):
    lib = tmp_path / "lib"
    lib.mkdir()
    path = lib / "a.md"
    path.write_text("---\ntitle: T\nurl: http://127.0.0.1:1/story\n---\nWords of the story go here.\n")
    app = make_app([path])
    opened = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("o")
        assert opened == ["http://127.0.0.1:1/story"]


async def test_r_refreshes_feeds_and_new_articles_appear(tmp_path, web, story):
    lib = _library(tmp_path)
    web.route("/new", story("Harbour reopens after storm"))
    feed = web.route("/feed.xml", f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Port News</title>
        <item><title>Harbour</title><link>{web.base}/new</link></item></channel></rss>""",
                     content_type="application/rss+xml")
    add_feed(lib, feed)
    app = make_app([lib])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _rows_loaded(pilot, 3)
        await pilot.press("R")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen) and app.screen.table.row_count == 4)
        # a new row shows its file's name until the scan reads its title, as every row of the library does
        await wait_for(pilot, lambda: any("Harbour reopens after storm" in t for t in _titles(app.screen)))
        assert screen is app.screen and app.is_running


async def test_j_pressed_twice_fast_moves_two_articles(tmp_path):
    """The second J can reach the app before the next reader is on screen: it still steps on."""
    from textual import events

    lib = _library(tmp_path)
    app = make_app([lib])
    async with app.run_test(size=(120, 30)) as pilot:
        await _rows_loaded(pilot, 3)
        await pilot.press("enter")
        reader = await analysed(pilot)
        assert reader.article.title == "Newest story"
        for _ in range(2):  # typed faster than a screen is built: no wait between the keys
            app.post_message(events.Key("J", "J"))
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen)
                       and app.screen.article.title == "Oldest story" and app.screen.highlights is not None)
