"""The side pane's list: rows of known height, drawn only when on screen."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.app import App, ComposeResult

from tui_reader.widgets.item_list import ItemList, MadeRows, Row, RowSet


def _rows(n: int) -> list[Row]:
    rows = [Row((Text("Heading"),), disabled=True)]
    for i in range(n):
        rows.append(Row((Text(f"quote {i} " + "word " * 30), Text(f"— speaker {i}")), id=f"q-{i}", wraps=(2, 1)))
    return rows


class ListApp(App):
    def __init__(self, rows: list[Row]):
        super().__init__()
        self.rows = rows
        self.chosen: list[str] = []

    def compose(self) -> ComposeResult:
        yield ItemList(*self.rows, id="list")

    def on_item_list_selected(self, event: ItemList.Selected) -> None:
        self.chosen.append(event.row.id)


async def test_rows_take_their_height_and_long_lines_are_cut_with_an_ellipsis():
    app = ListApp(_rows(3))
    async with app.run_test(size=(30, 12)) as pilot:
        lst = app.query_one(ItemList)
        await pilot.pause()
        lines = [lst.render_line(y).text.rstrip() for y in range(8)]
        assert lines[0] == " Heading"
        assert lines[1].startswith(" quote 0 word")
        assert lines[2].endswith("…")  # two screen lines of thirty words: the second says it is cut
        assert lines[3] == " — speaker 0"
        assert lines[4].startswith(" quote 1")
        assert lst.virtual_size.height == 1 + 3 * 3


async def test_a_short_line_leaves_its_second_screen_line_blank():
    app = ListApp([Row((Text("short"), Text("who")), id="a", wraps=(2, 1))])
    async with app.run_test(size=(30, 6)) as pilot:
        lst = app.query_one(ItemList)
        await pilot.pause()
        assert [lst.render_line(y).text.rstrip() for y in range(3)] == [" short", "", " who"]


async def test_the_cursor_skips_headings_and_pages_by_screen_lines():
    app = ListApp(_rows(100))
    async with app.run_test(size=(30, 12)) as pilot:
        lst = app.query_one(ItemList)
        lst.focus()
        await pilot.pause()
        assert lst.highlighted == 1  # the first row the cursor may rest on, not the heading
        await pilot.press("j")
        assert lst.highlighted == 2
        await pilot.press("k", "k")
        assert lst.highlighted == 1  # never up onto the heading
        await pilot.press("ctrl+f")
        assert lst.highlighted == 1 + 12 // 3  # a page of 12 screen lines is four 3-line rows
        await pilot.press("G")
        assert lst.highlighted == 100
        top = int(lst.scroll_y)
        assert top <= 1 + 99 * 3 < top + 12  # the last row is on screen
        await pilot.press("g")
        assert lst.highlighted == 1 and lst.scroll_y == 0  # back at the top, its heading shown


async def test_enter_and_a_click_choose_a_row():
    app = ListApp(_rows(5))
    async with app.run_test(size=(30, 12)) as pilot:
        lst = app.query_one(ItemList)
        lst.focus()
        await pilot.press("j", "enter")
        assert app.chosen == ["q-1"]
        await pilot.click(ItemList, offset=(3, 1))  # the first quote's first line
        await pilot.pause()
        assert app.chosen == ["q-1", "q-0"] and lst.highlighted == 1
        await pilot.click(ItemList, offset=(3, 0))  # the heading: nothing to choose
        await pilot.pause()
        assert app.chosen == ["q-1", "q-0"]


async def test_a_list_of_a_hundred_thousand_rows_draws_only_its_screen():
    rows = _rows(100_000)
    app = ListApp(rows)
    async with app.run_test(size=(30, 12)) as pilot:
        lst = app.query_one(ItemList)
        await pilot.pause()
        assert len(lst.rows.strips) <= 12  # the rows on screen, not the hundred thousand
        assert lst.get_option_index("q-99999") == 100_000
        lst.highlighted = 100_000
        await pilot.pause()
        assert lst.render_line(11).text.strip() == "— speaker 99999"


async def test_made_rows_are_made_when_drawn_and_found_by_id():
    made: list[int] = []

    def make(k: int) -> Row:
        made.append(k)
        return Row((Text(f"“words {k}”"), Text(f"— speaker {k}")), id=f"q-{k}")

    app = ListApp([])
    async with app.run_test(size=(30, 12)) as pilot:
        lst = app.query_one(ItemList)
        lst.set_rows(MadeRows(200_000, make, 2, "q-"))
        await pilot.pause()
        assert len(set(made)) <= 12 and lst.rows.tops[-1] == 400_000  # heights known without making rows
        assert lst.get_option_index("q-150000") == 150_000
        lst.highlighted = 150_000
        await pilot.pause()
        assert "— speaker 150000" in [lst.render_line(y).text.strip() for y in range(12)]
        assert len(set(made)) <= 30
        for bad in ("q-200000", "x-1", "q-"):
            with pytest.raises(KeyError):
                lst.get_option_index(bad)


async def test_a_list_shows_one_set_of_rows_at_a_time_and_each_keeps_its_place():
    app = ListApp(_rows(50))
    async with app.run_test(size=(30, 12)) as pilot:
        lst = app.query_one(ItemList)
        lst.focus()
        first = lst.rows
        await pilot.press("ctrl+f", "ctrl+f")
        place = (first.highlighted, int(lst.scroll_y))
        assert place[1] > 0
        other = RowSet([Row((Text(f"fact {i}"),), id=f"f-{i}") for i in range(40)])
        other.highlighted = other.get_option_index("f-30")  # moved while hidden: nothing to draw yet
        assert not other.shown and other.strips == {}
        lst.show(other)
        await pilot.pause()
        assert lst.virtual_size.height == 40 and lst.highlighted == 30
        assert int(lst.scroll_y) <= 30 < int(lst.scroll_y) + 12  # its cursor came into view
        await pilot.press("enter")
        assert app.chosen == ["f-30"]
        lst.show(first)
        await pilot.pause()
        assert (first.highlighted, int(lst.scroll_y)) == place and not other.shown
        first.set_rows(_rows(3))  # new rows in the shown set: its top
        await pilot.pause()
        assert lst.scroll_y == 0 and lst.virtual_size.height == 10


async def test_a_hidden_set_prepared_in_idle_time_is_drawn_already_when_shown():
    app = ListApp(_rows(50))
    async with app.run_test(size=(30, 12)) as pilot:
        lst = app.query_one(ItemList)
        await pilot.pause()
        other = RowSet(_rows(40))
        lst.prepare(other)
        drawn = set(other.strips)
        assert drawn and max(drawn) <= 12 // 3 + 1  # the first screen's rows, no more
        lst.show(other)
        await pilot.pause()
        assert lst.render_line(1).text.startswith(" quote 0") and set(other.strips) - drawn <= {other.highlighted}
