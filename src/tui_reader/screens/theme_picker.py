"""The theme picker: moving through the list restyles the reader at once."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui_reader.core.themes import Theme


class ThemePicker(ModalScreen[str | None]):
    """Returns the chosen theme's name, or None when escape restored the old one."""

    DEFAULT_CSS = """
    ThemePicker { align: right middle; }
    #theme-picker { width: 40; height: 16; border: thick $accent; background: $surface; padding: 0 1; margin-right: 2; }
    #theme-list { height: 1fr; }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-theme")]

    def __init__(self, themes: list[Theme], current: str):
        super().__init__()
        self.theme_list = themes
        self.original = current

    def compose(self) -> ComposeResult:
        with Vertical(id="theme-picker"):
            yield Static(Text("Theme  (enter keeps, escape restores)", style="bold"))
            options = []
            for t in self.theme_list:
                label = Text(t.name)
                label.append(f"  {'dark' if t.dark else 'light'}" + ("  user" if t.origin == "user" else ""),
                             style="dim")
                options.append(Option(label, id=t.name))
            yield OptionList(*options, id="theme-list")

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        try:
            option_list.highlighted = option_list.get_option_index(self.original)
        except Exception:
            option_list.highlighted = 0
        option_list.focus()

    @on(OptionList.OptionHighlighted, "#theme-list")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and self.app.theme != event.option.id:
            self.app.theme = event.option.id

    @on(OptionList.OptionSelected, "#theme-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.app.theme = event.option.id
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.app.theme = self.original
        self.dismiss(None)
