"""The footer of keys: one widget drawing one line.

Textual's `Footer` is a widget per key, rebuilt (and restyled) whenever the focus
moves: on the reader that cost 150-180 ms after each Tab or pane switch
(bench/app.py), more than a key may take. This footer keeps the keys of the
screen's active bindings as one line of text and draws it again when they
change. A click on a key presses it. On a narrow screen the command palette's
hint gives way so that `? Help` stays in view (ctrl+p is listed in the help).
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

WIDE = 100  # columns from which the palette hint fits beside the keys
_ON, _OFF = Style(), Style(dim=True)  # a key that does nothing here is shown dim


class KeyFooter(Widget):
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--description"}
    DEFAULT_CSS = """
    KeyFooter { dock: bottom; height: 1; background: $footer-background; color: $footer-foreground; }
    KeyFooter > .key-footer--key { color: $footer-key-foreground; background: $footer-key-background;
        text-style: bold; }
    KeyFooter > .key-footer--description { color: $footer-description-foreground;
        background: $footer-description-background; }
    """

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        self._keys: list[tuple[int, int, str]] = []  # (first column, last column + 1, key) of each key shown
        self._line: Text | None = None  # None: to be made again when next drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def _bindings_changed(self, screen) -> None:
        if self.is_attached and screen is self.screen:
            self._line = None
            self.refresh()

    def on_resize(self) -> None:
        self._line = None

    def _build(self) -> Text:
        key_style = self.get_component_rich_style("key-footer--key", partial=True)
        text_style = self.get_component_rich_style("key-footer--description", partial=True)
        app = self.app
        active = self.screen.active_bindings
        shown: dict[str, tuple] = {}  # one entry per action, as Textual's footer does
        for _, binding, enabled, _tooltip in active.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = (binding, enabled)
        line = Text(no_wrap=True, overflow="crop")
        keys: list[tuple[int, int, str]] = []
        for binding, enabled in shown.values():
            off = _OFF if not enabled else _ON
            start = line.cell_len
            line.append(f" {app.get_key_display(binding)} ", key_style + off)
            line.append(f"{binding.description} ", text_style + off)
            keys.append((start, line.cell_len, binding.key))
        palette = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        width = self.size.width
        if palette is not None and width >= WIDE:
            _, binding, _, _ = palette
            hint = Text.assemble(("▏", "dim"), (f"{app.get_key_display(binding)}", key_style),
                                 (binding.description, text_style), " ")
            room = width - hint.cell_len
            if line.cell_len < room:
                line.append(" " * (room - line.cell_len))
                keys.append((room, width, binding.key))
                line.append_text(hint)
        self._keys = keys
        return line

    def render(self) -> Text:
        if self._line is None:
            self._line = self._build()
        return self._line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._keys:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._line = None  # a new theme: the keys' colours
