"""Pilot tests for the library: listing, filtering, errors, remembering."""

from __future__ import annotations

import shutil

from textual.widgets import Input

from tui_reader.screens.library import LibraryScreen
from tui_reader.screens.reader import ReaderScreen

from pilot_helpers import analysed, wait_for


def _library_with(tmp_path, sample_path, long_article=None):
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copy(sample_path, folder / sample_path.name)
    if long_article is not None:
        shutil.copy(long_article, folder / "merkel-macron.txt")
    return folder


async def test_library_lists_articles_with_counts(app_for, tmp_path, sample_path, long_article):
    folder = _library_with(tmp_path, sample_path, long_article)
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for(pilot, lambda: all(r.quotes != "…" for r in screen.rows.values()))
        assert screen.table.row_count == 2
        row = screen.rows[str(folder / sample_path.name)]
        assert int(row.entities) >= 15 and int(row.quotes) >= 2


async def test_typing_filters_and_enter_opens(app_for, tmp_path, sample_path, long_article):
    folder = _library_with(tmp_path, sample_path, long_article)
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press(*"merkel")
        assert app.focused is screen.table and screen.query_one("#filter", Input).value == "merkel"
        assert screen.table.row_count == 1
        await pilot.press("enter")
        reader = await analysed(pilot)
        assert isinstance(reader, ReaderScreen)
        assert reader.article.path.endswith("merkel-macron.txt")


async def test_bad_article_shows_error_and_app_keeps_running(app_for, tmp_path, sample_path):
    folder = _library_with(tmp_path, sample_path)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.rows[str(folder / "broken.txt")].error is not None
                       and screen.rows[str(folder / "empty.txt")].error is not None)
        assert "binary" in screen.rows[str(folder / "broken.txt")].error
        screen.table.move_cursor(row=screen.table.get_row_index(str(folder / "broken.txt")))
        await pilot.press("enter")
        assert app.screen is screen  # not opened, still running
        screen.table.move_cursor(row=screen.table.get_row_index(str(folder / sample_path.name)))
        await pilot.press("enter")
        assert isinstance(await analysed(pilot), ReaderScreen)


async def test_empty_folder_says_how_to_add_articles(app_for, tmp_path):
    folder = tmp_path / "nothing"
    folder.mkdir()
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        message = str(app.screen.query_one("#library-message").render())
        assert "No articles here" in message and ".txt or .md" in message
        (folder / "new.txt").write_text("Angela Merkel visited Paris on Monday.", encoding="utf-8")
        await pilot.press("r")
        await wait_for(pilot, lambda: app.screen.table.row_count == 1)


async def test_last_article_and_position_are_remembered(app_for, tmp_path, sample_path, long_article):
    folder = _library_with(tmp_path, sample_path, long_article)
    app = app_for(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"merkel", "enter")
        reader = await analysed(pilot)
        await pilot.press("space", "space")
        offset = reader.view.top_offset
        assert offset > 0
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("escape", "q")
    assert app.return_code == 0

    again = app_for(folder)
    async with again.run_test(size=(100, 30)) as pilot:
        library = again.screen
        await pilot.pause()
        key = library.table.cursor_key
        assert key.endswith("merkel-macron.txt")
        await pilot.press("enter")
        reader = await analysed(pilot)
        assert reader.view.top_offset == offset


async def test_folder_with_one_bad_article_shows_the_library_with_the_error(app_for, tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x00binary")
    app = app_for(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen)
                       and app.screen.rows[str(folder / "bad.txt")].error is not None)
        row = app.screen.rows[str(folder / "bad.txt")]
        assert "bad.txt" in row.error and row.entities == row.quotes == "–"
        assert app.screen.table.row_count == 1 and app.is_running


async def test_library_note_count_follows_a_new_note(app_for, tmp_path, sample_path, long_article):
    from tui_reader.screens.note_editor import NoteEditor

    folder = _library_with(tmp_path, sample_path, long_article)
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.screen
        await wait_for(pilot, lambda: all(r.quotes != "…" for r in library.rows.values()))
        await pilot.press(*"merkel", "enter")
        await analysed(pilot)
        await pilot.press("right_square_bracket", "a")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.press(*"noted", "ctrl+s")
        await wait_for(pilot, lambda: library.rows[str(folder / "merkel-macron.txt")].notes == "1")


async def test_filter_keeps_every_letter_and_escape_never_quits(app_for, tmp_path, sample_path, long_article):
    folder = _library_with(tmp_path, sample_path, long_article)
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.screen.table.row_count == 2)
        await pilot.press("s", "o", "u", "t", "h")  # typed on the table: the filter opens with the first letter
        assert app.screen.query_one("#filter").value == "south"
        await pilot.press("escape")
        assert app.screen.query_one("#filter").value == "" and app.screen.table.has_focus
        await pilot.press("escape", "escape")
        assert app.is_running and app.return_code is None
        await pilot.press("x", "q", "u", "t")  # letters that are keys elsewhere go to the open filter
        assert app.screen.query_one("#filter").value == "xqut"
        await pilot.press("backspace", "backspace", "backspace", "backspace", "escape")
        assert app.is_running and not app.screen.query_one("#filter").value


async def test_letters_typed_faster_than_the_screen_draws_all_reach_the_filter(app_for, tmp_path, sample_path,
                                                                             long_article):
    from textual import events

    folder = _library_with(tmp_path, sample_path, long_article)
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.screen.table.row_count == 2)
        for ch in "stupid":  # one read from the terminal: queued together, u and t among them
            app.post_message(events.Key(ch, ch))
        await pilot.pause(0.2)
        assert app.screen.query_one("#filter").value == "stupid"
        assert isinstance(app.screen, LibraryScreen) and app.read_state.is_read(folder / sample_path.name) is False


async def test_g_and_G_go_to_the_first_and_last_article_as_in_less(app_for, tmp_path, sample_path, long_article):
    folder = _library_with(tmp_path, sample_path, long_article)
    for i in range(3):
        shutil.copy(sample_path, folder / f"copy-{i}.txt")
    app = app_for(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("G")
        assert screen.table.cursor_row == screen.table.row_count - 1
        assert screen.query_one("#filter", Input).value == ""
        await pilot.press("g")
        assert screen.table.cursor_row == 0
        await pilot.press(*"xmerkel")  # a letter that is no command still opens the filter, and keeps every letter
        assert screen.query_one("#filter", Input).value == "xmerkel"
