"""Pilot tests for the library-wide lists: search, entities, quote ledger, notes view and export."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui_reader.app import make_app
from tui_reader.core.article import load_article
from tui_reader.core.notes import Note, NoteStore, Target, new_id
from tui_reader.screens.entity_finder import EntityFinder
from tui_reader.screens.library import LibraryScreen
from tui_reader.screens.library_find import LibraryFinder, export_folder
from tui_reader.screens.reader import ReaderScreen

from pilot_helpers import analysed, wait_for

FILLER = "The council met for three hours and talked about the roads. " * 12


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "harbour.md").write_text(
        "---\ntitle: Harbour plans\npublished: 2026-02-01\n---\n\n"
        f"{FILLER}\n\nMaria Lopez visited Lima on Monday to see the new pier.\n\n"
        "“The pier will open in the spring,” Lopez said.\n\n"
        f"{FILLER}\n\nThe harbour ferry runs twice a day.\n", encoding="utf-8")
    (folder / "budget.md").write_text(
        "---\ntitle: Budget vote\npublished: 2026-03-01\n---\n\n"
        f"{FILLER}\n\nThe mayor, Maria Lopez, defended the budget in Lima.\n\n"
        "“We cannot spend what we do not have,” Lopez said.\n", encoding="utf-8")
    store = NoteStore(folder / "harbour.md").load()
    text = load_article(folder / "harbour.md").text
    start = text.index("harbour ferry")
    store.put(Note(new_id(), Target.at(text, start, start + len("harbour ferry"), "selection"),
                   "check the timetable", ("transport",)))
    store.save()
    return folder


def finder_rows(app) -> list[str]:
    return [item.label.plain for item in app.screen.items]


async def open_list(pilot, key: str) -> LibraryFinder:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen) and pilot.app.screen.table.row_count)
    await pilot.press(key)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, LibraryFinder) and pilot.app.screen._ready)
    return pilot.app.screen


async def test_slash_searches_the_library_and_enter_opens_at_the_hit(library):
    app = make_app([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await open_list(pilot, "slash")
        await pilot.press(*"ferry")
        await wait_for(pilot, lambda: finder_rows(app))
        rows = finder_rows(app)
        assert len(rows) == 1 and rows[0].startswith("Harbour plans") and "ferry" in rows[0]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.matches)
        reader = app.screen
        s, e = reader.matches[reader.match_index]
        assert reader.article.text[s:e].lower() == "ferry"
        assert reader.article.text[s - 8:s] == "harbour "
        assert reader.search_query == "ferry"


async def test_a_bad_search_says_so_in_one_line(library):
    app = make_app([library])
    async with app.run_test(size=(120, 40)) as pilot:
        finder = await open_list(pilot, "slash")
        await pilot.press(*'"unclosed')
        await wait_for(pilot, lambda: "bad search" in str(finder.query_one("#finder-status").render()))


async def test_library_entities_list_articles_and_open_on_the_first_mention(library):
    app = make_app([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await open_list(pilot, "e")
        await pilot.press(*"lopez")
        await wait_for(pilot, lambda: finder_rows(app))
        assert finder_rows(app)[0].startswith("Maria Lopez  PERSON  2 articles")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(finder_rows(app)) == 2)
        assert [r.split("  ")[0] for r in finder_rows(app)] == ["Budget vote", "Harbour plans"]
        await pilot.press("escape")  # back up to the entities, with what was typed
        await wait_for(pilot, lambda: finder_rows(app) and finder_rows(app)[0].startswith("Maria Lopez"))
        assert app.screen.query_one("#finder-input").value == "lopez"
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(finder_rows(app)) == 2)
        await pilot.press("down", "enter")
        reader = await analysed(pilot)
        await wait_for(pilot, lambda: reader.focus_entity is not None)
        assert reader.analysis.entities[reader.focus_entity].name == "Maria Lopez"
        item = reader.highlights.items[reader.current]
        assert reader.article.text[item.start:item.end] == "Maria Lopez"
        await pilot.press("right_square_bracket")
        item = reader.highlights.items[reader.current]
        assert reader.article.text[item.start:item.end] == "Lopez"


async def test_entity_finder_switches_to_the_library_scope_and_back(library):
    app = make_app([library / "harbour.md"])
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityFinder))
        await pilot.press(*"lim", "ctrl+l")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryFinder) and finder_rows(app))
        assert "Lima  PLACE  2 articles" in finder_rows(app)[0]
        await pilot.press("ctrl+l")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityFinder))


async def test_quote_ledger_from_the_current_entity_opens_at_the_quote(library):
    app = make_app([library / "harbour.md"])
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await analysed(pilot)
        await pilot.press("Q")
        assert isinstance(app.screen, ReaderScreen)  # nothing current yet: a hint, no list
        lopez = next(i for i, e in enumerate(reader.analysis.entities) if e.name == "Maria Lopez")
        reader.jump_to_entity(lopez)
        await pilot.press("Q")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryFinder) and len(finder_rows(app)) == 2)
        rows = finder_rows(app)
        assert rows[0].startswith("“We cannot spend") and "Budget vote" in rows[0]  # newest first
        assert rows[1].startswith("“The pier will open")
        await pilot.press("enter")
        other = await analysed(pilot)
        assert other is not reader and other.article.title == "Budget vote"
        await wait_for(pilot, lambda: other.current is not None)
        item = other.highlights.items[other.current]
        assert item.layer == "quotes" and other.article.text[item.start:item.end].startswith("We cannot")
        await pilot.press("q")
        assert app.screen is reader


async def test_notes_view_filters_by_tag_opens_at_the_note_and_exports(library):
    app = make_app([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await open_list(pilot, "N")
        await wait_for(pilot, lambda: finder_rows(app))
        assert "check the timetable" in finder_rows(app)[0] and "#transport" in finder_rows(app)[0]
        await pilot.press(*"#trans")
        assert len(finder_rows(app)) == 1
        await pilot.press("ctrl+u", *"#nope")
        assert finder_rows(app) == []
        await pilot.press("ctrl+u", *"timetable", "ctrl+s")
        await pilot.press("m")
        out = export_folder()
        await wait_for(pilot, lambda: out.is_dir() and any(out.glob("*.md")))
        report = next(out.glob("*.md")).read_text(encoding="utf-8")
        assert "check the timetable" in report and "Harbour plans" in report
        await pilot.press("ctrl+s", "w")
        await wait_for(pilot, lambda: any(out.glob("*.jsonld")))
        await pilot.press("enter")
        reader = await analysed(pilot)
        assert reader.article.title == "Harbour plans"
        s = reader.article.text.index("harbour ferry")
        assert reader.view.top_offset <= s


async def test_notes_view_says_which_notes_file_cannot_be_read(library):
    broken = library / "budget.md.notes.yaml"
    broken.write_text("notes: [ {oops\n", encoding="utf-8")
    app = make_app([library])
    async with app.run_test(size=(120, 40)) as pilot:
        finder = await open_list(pilot, "N")
        await wait_for(pilot, lambda: finder_rows(app))
        status = str(finder.query_one("#finder-status").render())
        assert "1 row" in status and "not read" in status and "budget.md.notes.yaml" in status
    assert broken.read_text(encoding="utf-8") == "notes: [ {oops\n"
