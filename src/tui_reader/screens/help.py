"""Help: every key, grouped by where it works, built from the real bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from tui_reader.widgets.paging import PagedScroll

KEY_NAMES = {
    "right_square_bracket": "]", "left_square_bracket": "[", "slash": "/", "question_mark": "?",
    "less_than_sign": "<", "greater_than_sign": ">", "space": "space", "pagedown": "pgdn", "pageup": "pgup",
    "escape": "esc", "enter": "enter", "comma": ",", "full_stop": ".",
}


def key_display(keys: str) -> str:
    """'j,down' -> 'j / down'."""
    return " / ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def binding_rows(bindings: list) -> list[tuple[str, str]]:
    rows = []
    for b in bindings:
        if isinstance(b, Binding):
            rows.append((key_display(b.key), b.description or b.action))
        elif isinstance(b, tuple) and len(b) >= 3:
            rows.append((key_display(b[0]), b[2]))
    return rows


class HelpScreen(ModalScreen[None]):

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    #help-body { width: 84; max-width: 95%; height: 90%; border: thick $accent; background: $surface; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close help", id="close-help"),
    ]

    def __init__(self, groups: list[tuple[str, list[tuple[str, str]]]]):
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for title, rows in self.groups:
            table.add_row(Text(title, style="bold underline"), "")
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
            table.add_row("", "")
        with PagedScroll(id="help-body"):
            yield Static(Text("tui-reader keys", style="bold"), id="help-title")
            yield Static(table)
            yield Static(Text("esc closes this help · ctrl+p opens the command palette", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()  # the paging keys scroll the help at once

    def action_close(self) -> None:
        self.dismiss(None)
