"""The article text: a Line-API view that draws only the visible lines.

Wrapping is done by offsets (`core.textlayout`), highlights are looked up per
line in `SpanIndex`es, and each drawn line is a `Strip` of plain segments: the
article text is never parsed as markup, so `[bold]` shows as written.
"""

from __future__ import annotations


from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui_reader.core.spans import SpanIndex
from tui_reader.core.textlayout import Layout, char_width, wrap

# Paint layers from bottom to top: a later layer's style wins where they overlap.
PAINT_ORDER = ("facts", "quotes", "entities", "notes", "search", "search-current", "selection", "cursor")


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, highlighted article text."""

    BINDINGS = [
        Binding("j,down", "line_down", "Line down", show=False, id="line-down"),
        Binding("k,up", "line_up", "Line up", show=False, id="line-up"),
        Binding("space,pagedown,f,ctrl+f", "page_down", "Page down", show=False, id="page-down"),
        Binding("b,pageup,ctrl+b", "page_up", "Page up", show=False, id="page-up"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="half-page-down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="half-page-up"),
        Binding("g,home", "top", "Top", show=False, id="top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="bottom"),
    ]

    DEFAULT_CSS = """
    ArticleView { background: $surface; color: $foreground; }
    """

    GUTTER = 2
    MEASURE = 88  # longest line in cells: comfortable reading on wide terminals

    class Clicked(Message):
        """The reader clicked at a text offset."""

        def __init__(self, view: ArticleView, offset: int):
            super().__init__()
            self.view = view
            self.offset = offset

    class Dragged(Message):
        """The reader selected text[start:end] with the mouse."""

        def __init__(self, view: ArticleView, start: int, end: int):
            super().__init__()
            self.view = view
            self.start = start
            self.end = end

    class SelectionStep(Message):
        """In selection mode, j / k (down / up) extend the selection instead of scrolling."""

        def __init__(self, step: int):
            super().__init__()
            self.step = step

    class Scrolled(Message):
        """The view moved; the reading progress changed."""

        def __init__(self, view: ArticleView):
            super().__init__()
            self.view = view

    def __init__(self, text: str, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        self.text = text.replace("\t", " ")  # same length: offsets stay valid
        self.lines: Layout | None = None
        self._paint: dict[str, SpanIndex[str]] = {}
        self._styles: dict[str, Style] = {}
        self._style_source: dict[str, str] = {}
        self._gutter_marks: SpanIndex[str] | None = None
        self._cache: dict[int, Strip] = {}
        self._pending_offset: int | None = None
        self._breaks: int | None = None  # newlines in the text, counted when first needed
        self._base_style: Style | None = None
        self.selecting = False
        self._drag_from: int | None = None
        self._drag_span: tuple[int, int] | None = None
        self._dragged = False

    # -- layout ---------------------------------------------------------------

    @property
    def text_width(self) -> int:
        width = self.scrollable_content_region.width or self.size.width
        if not self.show_vertical_scrollbar and self._longer_than_screen():
            # The scrollbar is coming. Wrapping for its width now saves wrapping the whole text
            # a second time when it appears (0.1 s at 3 MB).
            width -= self.styles.scrollbar_size_vertical
        return max(8, min(self.MEASURE, width - self.GUTTER - 1))

    def _longer_than_screen(self) -> bool:
        """True when the text surely takes more lines than the widget has: each paragraph break
        starts a line, and no line holds more than the width."""
        width, height = max(1, self.size.width), self.size.height
        if self._breaks is None:
            self._breaks = self.text.count("\n")
        return len(self.text) // width + self._breaks > height

    def _relayout(self) -> None:
        if not self.size.width:
            return  # not laid out yet: wrapping at a made-up width would be wasted work
        width = self.text_width
        if self.lines is not None and self.lines.width == width:
            return
        top = self._pending_offset if self._pending_offset is not None else self.top_offset
        self.lines = wrap(self.text, width)
        self._cache.clear()
        self.virtual_size = Size(width + self.GUTTER, len(self.lines))
        if top:
            self._keep_top(top)

    def _keep_top(self, offset: int) -> None:
        """Show `offset` at the top once the new virtual size has reached the scrollbars."""
        self._pending_offset = offset
        self.call_after_refresh(self._apply_top)

    def _apply_top(self) -> None:
        if self._pending_offset is None or self.lines is None:
            return
        offset, self._pending_offset = self._pending_offset, None
        self.scroll_to(y=self.lines.line_of(offset), animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def on_mount(self) -> None:
        super().on_mount()
        self._relayout()

    @property
    def top_offset(self) -> int:
        """Text offset of the first visible line (what a saved position refers to)."""
        if not self.lines or not len(self.lines):
            return 0
        y = min(int(self.scroll_y), len(self.lines) - 1)
        return self.lines.starts[y]

    @property
    def bottom_offset(self) -> int:
        """Text offset just past the last visible line."""
        if not self.lines or not len(self.lines):
            return 0
        y = int(self.scroll_y) + max(1, self.size.height)
        return self.lines.starts[y] if y < len(self.lines) else len(self.text)

    @property
    def progress(self) -> float:
        """Share of the text read, 0..1, by the last visible line."""
        if not self.lines or len(self.lines) <= self.size.height:
            return 1.0
        return min(1.0, (self.scroll_y + self.size.height) / len(self.lines))

    def go_to_offset(self, offset: int) -> None:
        """Show the line holding `offset` at the top (used to restore a position)."""
        self._keep_top(offset)

    def reveal(self, start: int, end: int) -> None:
        """Scroll so that text[start:end] is on screen, if it is not.

        Text below the screen comes in near the top and text above it near the
        bottom, like a page turned: stepping on in the same direction then
        finds the next items already on screen.
        """
        if self.lines is None or not self.size.width:
            self._pending_offset = start
            return
        first = self.lines.line_of(start)
        last = self.lines.line_of(max(start, end - 1))
        top = int(self.scroll_y)
        height = max(1, self.size.height)
        if first >= top and last < top + height:
            return
        margin = min(2, height // 4)
        if first >= top + height:
            y = first - margin
        elif last - first + 1 >= height:
            y = first - margin
        else:
            y = last - height + 1 + margin
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    # -- highlights -----------------------------------------------------------

    def set_highlight_styles(self, styles: dict[str, str]) -> None:
        """Highlight styles by key (entity types, quote, fact, search, cursor, note)."""
        self._style_source = dict(styles)
        self._styles.clear()
        self.refresh_all()

    def set_paint(self, layer: str, index: SpanIndex[str] | None,
                  changed: list[tuple[int, int]] | None = None) -> None:
        """Replace one paint layer; its span values are style keys.

        With `changed` (the text spans whose look changed) only those lines are
        redrawn; the cursor moving from one item to the next redraws two lines.
        """
        if index is None or not index:
            self._paint.pop(layer, None)
        else:
            self._paint[layer] = index
        if changed is None:
            self.refresh_all()
        else:
            for start, end in changed:
                self.refresh_span(start, end)

    def set_gutter_marks(self, index: SpanIndex[str] | None) -> None:
        self._gutter_marks = index
        self.refresh_all()

    def refresh_all(self) -> None:
        self._cache.clear()
        self.refresh()

    def refresh_span(self, start: int, end: int) -> None:
        """Redraw only the screen lines of text[start:end]."""
        if self.lines is None:
            return
        first = self.lines.line_of(start)
        last = self.lines.line_of(max(start, end - 1))
        for y in range(first, last + 1):
            self._cache.pop(y, None)
        self.refresh_lines(first, last - first + 1)

    def _style(self, key: str) -> Style:
        style = self._styles.get(key)
        if style is None:
            source = self._style_source.get(key, "")
            try:
                style = Style.parse(source) if source else Style()
            except Exception:  # a bad style string in a theme must not break drawing
                style = Style()
            self._styles[key] = style
        return style

    def notify_style_update(self) -> None:
        self._cache.clear()
        self._base_style = None
        super().notify_style_update()

    @property
    def base_style(self) -> Style:
        """The widget's own text style, looked up once: `rich_style` walks the DOM each time."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    # -- drawing --------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if self.lines is None or self.lines.width != self.text_width:
            self._relayout()
        index = int(self.scroll_y) + y
        width = self.size.width
        strip = self._cache.get(index)
        if strip is None or strip.cell_length != width:
            strip = self._build_line(index, width)
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[index] = strip
        return strip

    def _build_line(self, index: int, width: int) -> Strip:
        """One screen line as segments, padded to the widget's width."""
        base = self.base_style
        layout = self.lines
        if layout is None or index >= len(layout):
            return Strip([Segment(" " * width, base)], width)
        ls, le = layout.starts[index], layout.ends[index]
        gutter = " " * self.GUTTER
        gutter_style = base
        marks = self._gutter_marks
        if marks is not None:
            hits = marks.overlapping(ls, max(le, ls + 1))
            if hits:
                gutter = "▎ "
                gutter_style = base + self._style(marks.values[hits[0]])
        segments = [Segment(gutter, gutter_style)]
        text = self.text
        spans: list[tuple[int, int, Style]] = []
        for layer in PAINT_ORDER:
            idx = self._paint.get(layer)
            if idx is None:
                continue
            for i in idx.overlapping(ls, le):
                spans.append((max(ls, idx.starts[i]), min(le, idx.ends[i]), self._style(idx.values[i])))
        if not spans:
            segments.append(Segment(text[ls:le], base))
        else:
            points = sorted({ls, le, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
            for a, b in zip(points, points[1:]):
                if b <= a:
                    continue
                style = base
                for s, e, st in spans:
                    if s <= a and e >= b:
                        style = style + st
                segments.append(Segment(text[a:b], style))
        line = text[ls:le]
        cells = len(line) if line.isascii() else cell_len(line)
        used = self.GUTTER + cells
        if used < width:
            segments.append(Segment(" " * (width - used), base))
            return Strip(segments, width)
        return Strip(segments, used).crop(0, width)

    # -- mouse ----------------------------------------------------------------

    def offset_at(self, x: int, y: int, clamp: bool = False) -> int | None:
        """Text offset under a widget-relative cell, or None off the text.

        With `clamp`, a cell left or right of a line's text gives its first or last character.
        """
        if self.lines is None:
            return None
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self.lines):
            return None
        col = x - self.GUTTER
        ls, le = self.lines.starts[index], self.lines.ends[index]
        if col < 0:
            return ls if clamp else None
        cells = 0
        for pos in range(ls, le):
            cells += char_width(self.text[pos])
            if cells > col:
                return pos
        return max(ls, le - 1) if clamp and le > ls else None

    def on_click(self, event: events.Click) -> None:
        if self._dragged:
            self._dragged = False
            return  # the end of a drag, not a click
        offset = self.offset_at(event.x, event.y)
        if offset is not None:
            self.post_message(self.Clicked(self, offset))

    # Dragging with the mouse selects text (character by character) for a note.

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button == 1:
            self._drag_from = self.offset_at(event.x, event.y)
            self._dragged = False
            if self._drag_from is not None:
                self.capture_mouse()

    def _drag_to(self, x: int, y: int) -> None:
        here = self.offset_at(x, y, clamp=True)
        if here is None or here == self._drag_from:
            return
        start, end = sorted((self._drag_from, here))
        end = min(len(self.text), end + 1)
        self._dragged = True
        self.set_paint("selection", SpanIndex([(start, end, "cursor")]))
        self._drag_span = (start, end)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is not None:  # the mouse is captured only while button 1 is down
            self._drag_to(event.x, event.y)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag_from is None:
            return
        self._drag_to(event.x, event.y)
        self._drag_from = None
        self.release_mouse()
        if self._dragged and self._drag_span:
            self.post_message(self.Dragged(self, *self._drag_span))

    # -- actions --------------------------------------------------------------

    def action_line_down(self) -> None:
        if self.selecting:
            self.post_message(self.SelectionStep(1))
            return
        self.scroll_to(y=self.scroll_y + 1, animate=False, immediate=True)

    def action_line_up(self) -> None:
        if self.selecting:
            self.post_message(self.SelectionStep(-1))
            return
        self.scroll_to(y=self.scroll_y - 1, animate=False, immediate=True)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + max(1, self.size.height - 1), animate=False, immediate=True)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - max(1, self.size.height - 1), animate=False, immediate=True)

    def action_half_page(self, direction: int) -> None:
        """less's ctrl+d and ctrl+u: half a screen down or up."""
        step = max(1, self.size.height // 2)
        self.scroll_to(y=self.scroll_y + direction * step, animate=False, immediate=True)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
