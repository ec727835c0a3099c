"""The entity finder: type part of a name, pick an entity, jump to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from tui_reader.core.analysis.model import Analysis



LIBRARY_SCOPE = "library"


def step_highlight(option_list: OptionList, delta: int) -> None:
    """Move a finder list's highlight by `delta` rows, stopping at its ends (the keys stay in the input)."""
    if option_list.option_count:
        current = option_list.highlighted or 0
        option_list.highlighted = max(0, min(option_list.option_count - 1, current + delta))


class EntityFinder(ModalScreen["int | tuple[str, str] | None"]):
    """Fuzzy list of the article's entities; returns the chosen entity's index, or
    (LIBRARY_SCOPE, what was typed) when ctrl+l asks for the whole library."""

    BINDINGS = [
        Binding("escape", "dismiss_none", "Close", id="close"),
        Binding("down", "cursor(1)", "Down", show=False, id="finder-down"),
        Binding("up", "cursor(-1)", "Up", show=False, id="finder-up"),
        Binding("ctrl+l", "library_scope", "Whole library", show=False, id="finder-library-scope"),
    ]

    def __init__(self, analysis: Analysis):
        super().__init__()
        self.analysis = analysis

    def compose(self) -> ComposeResult:
        with Vertical(id="finder"):
            yield Static(Text.assemble(("Find an entity in this article", "bold"),
                                       ("   ctrl+l: the whole library", "dim")), id="finder-title")
            yield Input(placeholder="name, part of a name, or initials", id="finder-input")
            yield OptionList(id="finder-list")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#finder-input", Input).focus()

    def ranked(self, query: str) -> list[tuple[float, int]]:
        """(score, entity index), best first; all entities by mentions when empty."""
        ents = self.analysis.entities
        if not query.strip():
            return sorted(((float(len(e.mentions)), i) for i, e in enumerate(ents)), key=lambda t: (-t[0], t[1]))
        matcher = Matcher(query.strip())
        out = []
        for i, e in enumerate(ents):
            score = max([matcher.match(e.name)] + [matcher.match(a) for a in e.aliases])
            if score > 0:
                out.append((score + min(len(e.mentions), 20) * 0.001, i))
        out.sort(key=lambda t: (-t[0], t[1]))
        return out

    def _fill(self, query: str) -> None:
        option_list = self.query_one("#finder-list", OptionList)
        option_list.clear_options()
        ranked = self.ranked(query)
        if not ranked:
            option_list.add_option(Option(Text(f"“{query}” is not in this article"), id="none", disabled=True))
            return
        options = []
        for _, i in ranked[:200]:
            e = self.analysis.entities[i]
            label = Text(e.name, style="bold")
            label.append(f"  {e.type}  {len(e.mentions)}", style="dim")
            options.append(Option(label, id=f"entity-{i}"))
        option_list.add_options(options)
        option_list.highlighted = 0

    @on(Input.Changed, "#finder-input")
    def _typed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#finder-input")
    def _submitted(self) -> None:
        self._choose(self.query_one("#finder-list", OptionList).highlighted_option)

    @on(OptionList.OptionSelected, "#finder-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option)

    def _choose(self, option: Option | None) -> None:
        if option is None or not option.id or not option.id.startswith("entity-"):
            self.notify("That name is not in this article", severity="warning", timeout=2)
            return
        self.dismiss(int(option.id.removeprefix("entity-")))

    def action_cursor(self, delta: int) -> None:
        step_highlight(self.query_one("#finder-list", OptionList), delta)

    def action_library_scope(self) -> None:
        self.dismiss((LIBRARY_SCOPE, self.query_one("#finder-input", Input).value))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
