"""A list of many rows that draws only the rows on screen: the side pane's lists.

A 3 MB article has tens of thousands of quotes and facts. Textual's
`OptionList` measures (wraps) every option when its list is first shown:
showing the Quotes tab of such an article held the screen for ten seconds.
Here each row has a height known without drawing it (its first line wraps
to at most `Row.wrap` screen lines, every other line takes one), so showing
or scrolling a list of any length draws only what is on screen.

The cursor is a row (`highlighted`, as in `OptionList`); headings are
disabled rows the cursor passes over; enter or a click chooses a row.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Callable

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

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
        self._rows: list[Row] = []
        self._tops: list[int] = [0]  # the first screen line of each row, and the total at the end
        self._ids: dict[str, int] | None = None
        self._highlighted: int | None = None
        self._strips: dict[int, list[Strip]] = {}
        self._strips_width = 0
        self.set_rows(list(rows))

    # -- contents (the subset of OptionList's interface the pane uses) ------------------

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows; the cursor goes to the first one it may rest on."""
        self._rows = rows
        self._tops = [0, *itertools.accumulate(r.height for r in rows)]
        self._ids = None
        self._strips.clear()
        self._highlighted = None
        self.virtual_size = Size(0, self._tops[-1])
        self.scroll_to(y=0, animate=False, immediate=True)
        first = self._enabled_from(0, 1)
        if first is not None:
            self.highlighted = first
        self.refresh()

    @property
    def option_count(self) -> int:
        return len(self._rows)

    def get_option_at_index(self, index: int) -> Row:
        return self._rows[index]

    def get_option_index(self, row_id: str) -> int:
        if self._ids is None:
            self._ids = {r.id: i for i, r in enumerate(self._rows) if r.id is not None}
        return self._ids[row_id]

    @property
    def highlighted_option(self) -> Row | None:
        return self._rows[self._highlighted] if self._highlighted is not None else None

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self._rows):
            index = None
        old, self._highlighted = self._highlighted, index
        for i in (old, index):
            if i is not None:
                self._strips.pop(i, None)
        if index is not None:
            self._scroll_to_row(index)
        self.refresh()

    # -- the cursor -------------------------------------------------------------------

    def _enabled_from(self, index: int, step: int) -> int | None:
        """The first row from `index` on (going by `step`) that the cursor may rest on."""
        while 0 <= index < len(self._rows):
            if not self._rows[index].disabled:
                return index
            index += step
        return None

    def _row_at_line(self, line: int) -> int:
        return max(0, min(len(self._rows) - 1, bisect.bisect_right(self._tops, line) - 1))

    def _scroll_to_row(self, index: int) -> None:
        top, bottom = self._tops[index], self._tops[index + 1]
        height = self.scrollable_content_region.height
        if not height:
            return  # not laid out yet: the first refresh shows the top
        y = int(self.scroll_y)
        if index > 0 and self._rows[index - 1].disabled and top - self._tops[index - 1] <= height // 2:
            top = self._tops[index - 1]  # the row's heading comes into view with it
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > y + height:
            self.scroll_to(y=max(top, bottom - height), animate=False, immediate=True)

    def _move_to(self, index: int, step: int) -> None:
        if not self._rows:
            return
        index = max(0, min(len(self._rows) - 1, index))
        target = self._enabled_from(index, step)
        if target is None:
            target = self._enabled_from(index, -step)
        if target is not None:
            self.highlighted = target

    def _move_lines(self, lines: int) -> None:
        here = self._highlighted if self._highlighted is not None else 0
        target = self._row_at_line(self._tops[here] + lines)
        if target == here:
            target = here + (1 if lines > 0 else -1)
        self._move_to(target, 1 if lines > 0 else -1)

    @property
    def _page_lines(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def action_line(self, rows: int) -> None:
        here = self._highlighted if self._highlighted is not None else -rows
        self._move_to(here + rows, 1 if rows > 0 else -1)

    def action_page(self, direction: int) -> None:
        self._move_lines(direction * self._page_lines)

    def action_half_page(self, direction: int) -> None:
        self._move_lines(direction * max(1, self._page_lines // 2))

    def action_end(self, direction: int) -> None:
        self._move_to(len(self._rows) - 1 if direction > 0 else 0, -1 if direction > 0 else 1)

    def action_select(self) -> None:
        row = self.highlighted_option
        if row is not None and not row.disabled:
            self.post_message(self.Selected(self, self._highlighted, row))

    def on_click(self, event: events.Click) -> None:
        line = int(self.scroll_y) + event.y
        if not self._rows or line >= self._tops[-1]:
            return
        index = self._row_at_line(line)
        if not self._rows[index].disabled:
            self.highlighted = index
            self.action_select()

    def on_focus(self) -> None:
        self._forget()

    def on_blur(self) -> None:
        self._forget()

    def _forget(self) -> None:
        """The cursor row's look depends on the focus: draw it again."""
        if self._highlighted is not None:
            self._strips.pop(self._highlighted, None)
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a new theme: every row's colours

    # -- drawing ----------------------------------------------------------------------

    def _row_strips(self, index: int, width: int) -> list[Strip]:
        if width != self._strips_width:
            self._strips.clear()
            self._strips_width = width
        strips = self._strips.get(index)
        if strips is not None:
            return strips
        row = self._rows[index]
        base = self.rich_style
        if index == self._highlighted:
            style = base + self.get_component_rich_style("item-list--cursor")
        elif row.disabled:
            style = base + self.get_component_rich_style("item-list--disabled", partial=True)
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
        if len(self._strips) > 500:
            self._strips.clear()
        self._strips[index] = strips
        return strips

    def _strip(self, line: Text, inner: int, width: int, style: Style) -> Strip:
        line = line.copy()
        line.truncate(inner, overflow="ellipsis")
        segments = [s for s in Text(" ").append_text(line).render(self.app.console) if s.text != "\n"]
        return Strip(segments).apply_style(style).adjust_cell_length(width, style)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        line = int(self.scroll_y) + y
        if line >= self._tops[-1]:
            return Strip.blank(width, self.rich_style)
        index = self._row_at_line(line)
        return self._row_strips(index, width)[line - self._tops[index]]
