"""A list of many rows that draws only the rows on screen: the side pane's lists.

A 3 MB article has tens of thousands of quotes and facts. Textual's
`OptionList` measures (wraps) every option when its list is first shown:
showing the Quotes tab of such an article held the screen for ten seconds.
Here each row has a height known without drawing it (its first line wraps
to at most `Row.wrap` screen lines, every other line takes one), so showing
or scrolling a list of any length draws only what is on screen.

The cursor is a row (`highlighted`, as in `OptionList`); headings are
disabled rows the cursor passes over; enter or a click chooses a row.

The rows and the cursor are a `RowSet`; an `ItemList` shows one at a time.
The side pane keeps a set per tab in one list, so changing the tab draws
that list again and nothing else: showing another widget would lay out and
draw the whole screen, and moving the focus to it would draw it all again.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Callable

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui_reader.core.made import Made
from tui_reader.core.spans import offsets
from tui_reader.widgets.paging import PAGING, cursor_keys


@dataclass(slots=True)
class Row:
    """One row: its lines, its id (what it stands for), and whether the cursor may rest on it.

    `content` is the lines, or a function that makes them when the row is first drawn: a
    list of 40,000 quotes then makes the Text of the few on screen only. `wraps` gives the
    screen lines each line takes (1 each when not given; give it with a function, so the
    row's height is known without making its lines): a longer line is wrapped to that
    many and cut with "…", a shorter one leaves the rest blank.
    """

    content: tuple[Text, ...] | Callable[[], tuple[Text, ...]]
    id: str | None = None
    disabled: bool = False
    wraps: tuple[int, ...] | None = None

    @property
    def lines(self) -> tuple[Text, ...]:
        if callable(self.content):
            self.content = self.content()
        return self.content

    @property
    def height(self) -> int:
        return sum(self.wraps) if self.wraps else len(self.lines)

    @property
    def prompt(self) -> Text:
        return Text("\n").join(self.lines)


class MadeRows(Made):
    """`n` rows of one height, row k made by `make(k)` only when it is asked for (`Made`), its id
    `prefix` followed by k: a list of 200,000 quotes then holds no object per quote."""

    def __init__(self, n: int, make: Callable[[int], Row], height: int, prefix: str):
        super().__init__(n, make)
        self.height, self.prefix = height, prefix

    def index_of(self, row_id: str) -> int:
        """Row k for the id `prefix` + k; KeyError for another id."""
        tail = row_id[len(self.prefix):] if row_id.startswith(self.prefix) else ""
        if not tail.isdigit() or int(tail) >= self._n:
            raise KeyError(row_id)
        return int(tail)


class RowSet:
    """The rows of one list, its cursor row and where it was scrolled: what an `ItemList` shows.

    It answers the same questions shown or not (the subset of `OptionList`'s interface the pane
    uses), so a hidden tab's list can be filled and its cursor moved without drawing anything.
    """

    def __init__(self, rows: list[Row] | tuple[Row, ...] = ()):
        self.view: ItemList | None = None  # the list showing these rows, if any
        self.scroll_y = 0  # where the view stood when it last showed these rows
        self._cursor_to_view = False  # the cursor moved while hidden: bring it into view when shown
        self.strips: dict[int, list[Strip]] = {}  # each drawn row's screen lines
        self.strips_key: tuple[int, int] = (0, 0)  # the width and style those lines were drawn for
        self.set_rows(list(rows))

    def set_rows(self, rows: list[Row] | MadeRows) -> None:
        """Hold these rows; the cursor goes to the first one it may rest on."""
        self.rows = rows
        # Each row's first line, then the total.
        if isinstance(rows, MadeRows):
            self.tops: Sequence[int] = range(0, (len(rows) + 1) * rows.height, rows.height)
        else:
            self.tops = offsets([0, *itertools.accumulate(r.height for r in rows)])
        self._ids: dict[str, int] | None = None
        self.strips.clear()
        self.scroll_y = 0
        self._highlighted = self.enabled_from(0, 1)
        self._cursor_to_view = False
        if self.view is not None:
            self.view.rows_changed()

    @property
    def option_count(self) -> int:
        return len(self.rows)

    def get_option_at_index(self, index: int) -> Row:
        return self.rows[index]

    def get_option_index(self, row_id: str) -> int:
        if isinstance(self.rows, MadeRows):
            return self.rows.index_of(row_id)
        if self._ids is None:
            self._ids = {r.id: i for i, r in enumerate(self.rows) if r.id is not None}
        return self._ids[row_id]

    @property
    def highlighted_option(self) -> Row | None:
        return self.rows[self._highlighted] if self._highlighted is not None else None

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self.rows):
            index = None
        old, self._highlighted = self._highlighted, index
        for i in (old, index):
            if i is not None:
                self.strips.pop(i, None)
        if self.view is None:
            self._cursor_to_view = index is not None
        else:
            self.view.cursor_moved()

    @property
    def shown(self) -> bool:
        return self.view is not None

    def enabled_from(self, index: int, step: int) -> int | None:
        """The first row from `index` on (going by `step`) that the cursor may rest on."""
        while 0 <= index < len(self.rows):
            if not self.rows[index].disabled:
                return index
            index += step
        return None

    def row_at_line(self, line: int) -> int:
        return max(0, min(len(self.rows) - 1, bisect.bisect_right(self.tops, line) - 1))


class ItemList(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {"item-list--cursor", "item-list--disabled"}
    DEFAULT_CSS = """
    ItemList { background: $surface; }
    ItemList > .item-list--cursor { background: $block-cursor-blurred-background; }
    ItemList:focus > .item-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
        text-style: $block-cursor-text-style; }
    ItemList > .item-list--disabled { color: $text-muted; }
    """
    BINDINGS = PAGING + cursor_keys("Choose")

    class Selected(Message):
        """A row was chosen (enter, or a click)."""

        def __init__(self, item_list: "ItemList", index: int, row: Row):
            super().__init__()
            self.item_list = item_list
            self.index = index
            self.row = row

        @property
        def control(self) -> "ItemList":
            return self.item_list

    def __init__(self, *rows: Row, id: str | None = None):
        super().__init__(id=id)
        self._style_generation = 0  # counts theme changes: rows drawn before one are drawn again
        self.rows = RowSet()
        self.rows.view = self
        self.rows.set_rows(list(rows))

    # -- what it shows ----------------------------------------------------------------

    def show(self, rows: RowSet) -> None:
        """Show another set of rows, where its view last stood; the set shown before keeps its place."""
        if rows is self.rows:
            return
        old = self.rows
        old.scroll_y, old.view = int(self.scroll_y), None
        self.rows, rows.view = rows, self
        if rows.highlighted is not None:
            rows.strips.pop(rows.highlighted, None)  # the cursor row is drawn as the focus is now
        self._fit(rows.scroll_y)
        if rows._cursor_to_view and rows.highlighted is not None:
            self._scroll_to_row(rows.highlighted)
        rows._cursor_to_view = False

    def _fit(self, y: int) -> None:
        self.virtual_size = Size(0, self.rows.tops[-1])
        self.scroll_to(y=y, animate=False, immediate=True)
        self.refresh()

    def rows_changed(self) -> None:
        """The shown set has new rows: show their top."""
        self._fit(0)
        self.cursor_moved()

    def cursor_moved(self) -> None:
        if self.rows.highlighted is not None:
            self._scroll_to_row(self.rows.highlighted)
        self.refresh()

    # -- the shown set's contents (as in OptionList) ----------------------------------------

    def set_rows(self, rows: list[Row]) -> None:
        self.rows.set_rows(rows)

    @property
    def option_count(self) -> int:
        return self.rows.option_count

    def get_option_at_index(self, index: int) -> Row:
        return self.rows.get_option_at_index(index)

    def get_option_index(self, row_id: str) -> int:
        return self.rows.get_option_index(row_id)

    @property
    def highlighted_option(self) -> Row | None:
        return self.rows.highlighted_option

    @property
    def highlighted(self) -> int | None:
        return self.rows.highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        self.rows.highlighted = index

    # -- the cursor -------------------------------------------------------------------

    def _scroll_to_row(self, index: int) -> None:
        tops = self.rows.tops
        top, bottom = tops[index], tops[index + 1]
        height = self.scrollable_content_region.height
        if not height:
            return  # not laid out yet: the first refresh shows the top
        y = int(self.scroll_y)
        if index > 0 and self.rows.rows[index - 1].disabled and top - tops[index - 1] <= height // 2:
            top = tops[index - 1]  # the row's heading comes into view with it
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > y + height:
            self.scroll_to(y=max(top, bottom - height), animate=False, immediate=True)

    def _move_to(self, index: int, step: int) -> None:
        rows = self.rows
        if not rows.rows:
            return
        index = max(0, min(len(rows.rows) - 1, index))
        target = rows.enabled_from(index, step)
        if target is None:
            target = rows.enabled_from(index, -step)
        if target is not None:
            self.highlighted = target

    def _move_lines(self, lines: int) -> None:
        here = self.highlighted if self.highlighted is not None else 0
        target = self.rows.row_at_line(self.rows.tops[here] + lines)
        if target == here:
            target = here + (1 if lines > 0 else -1)
        self._move_to(target, 1 if lines > 0 else -1)

    @property
    def _page_lines(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def action_line(self, rows: int) -> None:
        here = self.highlighted if self.highlighted is not None else -rows
        self._move_to(here + rows, 1 if rows > 0 else -1)

    def action_page(self, direction: int) -> None:
        self._move_lines(direction * self._page_lines)

    def action_half_page(self, direction: int) -> None:
        self._move_lines(direction * max(1, self._page_lines // 2))

    def action_end(self, direction: int) -> None:
        self._move_to(self.option_count - 1 if direction > 0 else 0, -1 if direction > 0 else 1)

    def action_select(self) -> None:
        row = self.highlighted_option
        if row is not None and not row.disabled:
            self.post_message(self.Selected(self, self.highlighted, row))

    def on_click(self, event: events.Click) -> None:
        line = int(self.scroll_y) + event.y
        if not self.rows.rows or line >= self.rows.tops[-1]:
            return
        index = self.rows.row_at_line(line)
        if not self.rows.rows[index].disabled:
            self.highlighted = index
            self.action_select()

    def on_focus(self) -> None:
        self._forget()

    def on_blur(self) -> None:
        self._forget()

    def _forget(self) -> None:
        """The cursor row's look depends on the focus: draw it again."""
        if self.highlighted is not None:
            self.rows.strips.pop(self.highlighted, None)
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_generation += 1  # a new theme: every row's colours, in every set

    # -- drawing ----------------------------------------------------------------------

    def prepare(self, rows: RowSet) -> None:
        """Draw the first screen of a set that is not shown, in idle time: showing it then draws nothing new."""
        width = self.scrollable_content_region.width
        height = self.scrollable_content_region.height
        if rows is self.rows or not width or not rows.rows:
            return
        line = rows.scroll_y
        while line < min(rows.tops[-1], rows.scroll_y + height):
            index = rows.row_at_line(line)
            self._row_strips(index, width, rows)
            line = rows.tops[index + 1]

    def _row_strips(self, index: int, width: int, shown: RowSet | None = None) -> list[Strip]:
        shown = shown or self.rows
        if shown.strips_key != (width, self._style_generation):
            shown.strips.clear()
            shown.strips_key = (width, self._style_generation)
        strips = shown.strips.get(index)
        if strips is not None:
            return strips
        row = shown.rows[index]
        base = self.rich_style
        if index == shown.highlighted:
            style = base + self.get_component_rich_style("item-list--cursor")
        elif row.disabled:
            style = base + self.get_component_rich_style("item-list--disabled")
        else:
            style = base
        inner = max(1, width - 2)  # a column of space each side
        lines: list[Text] = []
        for line, wrap in zip(row.lines, row.wraps or (1,) * len(row.lines)):
            if wrap == 1:
                lines.append(line)
                continue
            wrapped = list(line.wrap(self.app.console, inner, overflow="fold"))
            if len(wrapped) > wrap:
                wrapped = wrapped[:wrap]
                wrapped[-1] = wrapped[-1] + Text("…")  # cut: the last line shown says so
            lines.extend(wrapped)
            lines.extend(Text("") for _ in range(wrap - len(wrapped)))
        strips = [self._strip(line, inner, width, style) for line in lines]
        if len(shown.strips) > 500:
            shown.strips.clear()
        shown.strips[index] = strips
        return strips

    def _strip(self, line: Text, inner: int, width: int, style: Style) -> Strip:
        line = line.copy()
        line.truncate(inner, overflow="ellipsis")
        segments = [s for s in Text(" ").append_text(line).render(self.app.console) if s.text != "\n"]
        return Strip(segments).apply_style(style).adjust_cell_length(width, style)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        line = int(self.scroll_y) + y
        if line >= self.rows.tops[-1]:
            return Strip.blank(width, self.rich_style)
        index = self.rows.row_at_line(line)
        return self._row_strips(index, width)[line - self.rows.tops[index]]
