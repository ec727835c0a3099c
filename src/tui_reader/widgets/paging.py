"""less and vim paging keys for every list and text that scrolls, beside the arrows and Page keys.

j / k a line, ctrl+d / ctrl+u half a page, ctrl+f / f / space and ctrl+b / b a page, g / G the
ends. The bindings live on the widget, so they apply only while it has the focus.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll

# The keys of a list that typing filters (the library) may not take letters; others take all.
CONTROL_PAGING = [
    Binding("ctrl+d", "half_page(1)", "Half page down", show=False),
    Binding("ctrl+u", "half_page(-1)", "Half page up", show=False),
    Binding("ctrl+f", "page(1)", "Page down", show=False),
    Binding("ctrl+b", "page(-1)", "Page up", show=False),
    Binding("g,home", "end(-1)", "Top", show=False),
    Binding("G,end", "end(1)", "Bottom", show=False),
]


def cursor_keys(choose: str) -> list[Binding]:
    """The arrows and Page keys of a list with a cursor row, and enter to choose it (`choose` names that)."""
    return [
        Binding("down", "line(1)", "Down", show=False),
        Binding("up", "line(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("enter", "select", choose, show=False),
    ]


PAGING = CONTROL_PAGING + [
    Binding("j", "line(1)", "Down", show=False),
    Binding("k", "line(-1)", "Up", show=False),
    Binding("f,space", "page(1)", "Page down", show=False),
    Binding("b", "page(-1)", "Page up", show=False),
]


class PagedScroll(VerticalScroll):
    """A scrolling container (the help) that pages with the paging keys too."""

    BINDINGS = PAGING

    def action_line(self, rows: int) -> None:
        self.scroll_relative(y=rows, animate=False)

    def action_half_page(self, direction: int) -> None:
        self.scroll_relative(y=direction * max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_page(self, direction: int) -> None:
        self.scroll_page_down(animate=False) if direction > 0 else self.scroll_page_up(animate=False)

    def action_end(self, direction: int) -> None:
        self.scroll_end(animate=False) if direction > 0 else self.scroll_home(animate=False)
