"""A table of many rows that draws only the rows on screen.

The library can hold 10,000 articles. A `DataTable` measures every cell of
every row it is given, so refilling it at each filter keystroke costs a
tenth of a second per thousand rows; this table keeps the shown rows as a
list of keys, asks for a row's cells only when the row is drawn, and caches
the drawn line until the row changes. Columns have fixed widths; the cursor
is a row; enter or a click on the cursor row selects it.
"""

from __future__ import annotations

from typing import Callable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui_reader.widgets.paging import CONTROL_PAGING, cursor_keys

Cells = Callable[[str], dict[str, Text]]


class RowTable(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {"row-table--header", "row-table--cursor", "row-table--even"}
    DEFAULT_CSS = """
    RowTable { background: $surface; }
    RowTable > .row-table--header { text-style: bold; background: $panel; color: $foreground; }
    RowTable > .row-table--cursor { background: $block-cursor-blurred-background; }
    RowTable:focus > .row-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
        text-style: $block-cursor-text-style; }
    RowTable > .row-table--even { background: $surface-lighten-1; }
    """
    BINDINGS = CONTROL_PAGING + cursor_keys("Open")  # no letters but g G: typing a letter filters the library

    class RowSelected(Message):
        def __init__(self, table: "RowTable", key: str):
            super().__init__()
            self.table = table
            self.key = key

        @property
        def control(self) -> "RowTable":
            return self.table

    def __init__(self, cells: Cells, *, id: str | None = None):
        super().__init__(id=id)
        self._cells = cells
        self.columns: list[tuple[str, str, int]] = []  # (label, key, width)
        self.keys: list[str] = []
        self._index: dict[str, int] | None = None
        self.cursor_row = 0
        self._lines: dict[str, Strip] = {}
        self._width = 0

    # -- contents ---------------------------------------------------------------

    def set_columns(self, columns: list[tuple[str, str, int]]) -> None:
        self.columns = list(columns)
        self._lines.clear()
        self._width = sum(w + 2 for _, _, w in self.columns)
        self._resize()
        self.refresh()

    def set_rows(self, keys: list[str], cursor: int | None = None) -> None:
        """Show these rows in this order; the cursor stays on its row number (or goes to `cursor`)."""
        self.keys = list(keys)
        self._index = None
        self._lines.clear()  # a row's stripe follows its place
        self._resize()
        self.move_cursor(row=self.cursor_row if cursor is None else cursor)
        self.refresh()

    def refresh_row(self, key: str) -> None:
        """A row's cells changed: draw it again if it is on screen."""
        self._lines.pop(key, None)
        row = self.get_row_index(key)
        if row is not None:
            self.refresh_lines(row + 1 - int(self.scroll_y), 1)

    def forget(self) -> None:
        """Every row's cells may have changed (a column came or went)."""
        self._lines.clear()
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.keys)

    @property
    def rows(self) -> dict[str, int]:
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self.keys)}
        return self._index

    def get_row_index(self, key: str) -> int | None:
        return self.rows.get(key)

    @property
    def cursor_key(self) -> str | None:
        return self.keys[self.cursor_row] if self.keys else None

    def get_row_at(self, row: int) -> list[Text]:
        cells = self._cells(self.keys[row])
        return [cells[key] for _, key, _ in self.columns]

    def _resize(self) -> None:
        self.virtual_size = Size(self._width, len(self.keys) + 1)

    # -- cursor -----------------------------------------------------------------

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def move_cursor(self, row: int) -> None:
        old = self.cursor_row
        self.cursor_row = max(0, min(len(self.keys) - 1, row)) if self.keys else 0
        top = int(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + self._page:
            self.scroll_to(y=self.cursor_row - self._page + 1, animate=False, immediate=True)
        for r in {old, self.cursor_row}:
            if r < len(self.keys):
                self._lines.pop(self.keys[r], None)
        self.refresh()

    def action_line(self, delta: int) -> None:
        self.move_cursor(self.cursor_row + delta)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * self._page)

    def action_half_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self._page // 2))

    def action_end(self, direction: int) -> None:
        self.move_cursor(len(self.keys) - 1 if direction > 0 else 0)

    def action_select(self) -> None:
        if self.keys:
            self.post_message(self.RowSelected(self, self.keys[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_y) + event.y - 1
        if event.y < 1 or not 0 <= row < len(self.keys):
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.move_cursor(row)

    def on_focus(self) -> None:
        self.forget()

    def on_blur(self) -> None:
        self.forget()

    # -- drawing ----------------------------------------------------------------

    def _line(self, texts: list[Text], style: Style) -> Strip:
        segments: list[Segment] = []
        console = self.app.console
        for (_, _, width), text in zip(self.columns, texts):
            cell = text
            if cell.justify == "right" and cell.cell_len < width:
                cell = Text(" " * (width - cell.cell_len)) + cell
            else:
                cell = cell.copy()
            cell.truncate(width, overflow="ellipsis", pad=True)
            segments.append(Segment(" ", style))
            segments.extend(Segment(s.text, style + s.style if s.style else style)
                            for s in cell.render(console) if s.text != "\n")
            segments.append(Segment(" ", style))
        return Strip(segments).adjust_cell_length(max(self._width, self.size.width), style)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x = int(self.scroll_x)
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("row-table--header")
            strip = self._line([Text(label, justify="right" if w <= 8 and label else "left")
                                for label, _, w in self.columns], style)
            return strip.crop(scroll_x, scroll_x + width)
        row = int(self.scroll_y) + y - 1
        if row >= len(self.keys):
            return Strip.blank(width, base)
        key = self.keys[row]
        strip = self._lines.get(key)
        if strip is None or strip.cell_length < width:
            style = base
            if row == self.cursor_row:
                style = base + self.get_component_rich_style("row-table--cursor")
            elif row % 2:
                style = base + self.get_component_rich_style("row-table--even")
            strip = self._line(self.get_row_at(row), style)
            if len(self._lines) > 2000:
                self._lines.clear()
            self._lines[key] = strip
        return strip.crop(scroll_x, scroll_x + width)
