"""The side pane: tabs of the article's entities, quotes, facts and notes."""

from __future__ import annotations

from functools import partial
from collections.abc import Sequence
from typing import TYPE_CHECKING, Callable

from rich.text import Text
from textual import events, on
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input

from tui_reader.core.highlights import entities_by_type
from tui_reader.widgets.item_list import ItemList, MadeRows, Row, RowSet

if TYPE_CHECKING:
    from tui_reader.core.analysis.model import Analysis, Entity, Fact, Quote

TABS = ("entities", "quotes", "facts", "notes")
TITLES = ("Entities", "Quotes", "Facts", "Notes")
SHORT_TITLES = ("Ent", "Quot", "Fact", "Note")  # each the start of its name
TYPE_LABELS = {
    "PERSON": "People", "ORG": "Organisations", "PLACE": "Places", "NORP": "Groups and nationalities",
    "EVENT": "Events", "PRODUCT": "Products", "DATE": "Dates", "MONEY": "Money", "PERCENT": "Percentages",
    "QUANTITY": "Quantities",
}


def _note(text: str) -> Row:
    """A greyed line in a list that holds nothing yet."""
    return Row((Text(text),), disabled=True)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PaneTabs(Widget):
    """The pane's tab names on one line, the shown one marked; a click on a name shows its tab.

    Changing the tab draws this line and the pane's list again, and nothing else on screen.
    """

    COMPONENT_CLASSES = {"pane-tabs--active"}
    DEFAULT_CSS = """
    PaneTabs { height: 1; color: $text-muted; background: $surface; }
    PaneTabs > .pane-tabs--active { color: $text; background: $surface-lighten-1; text-style: bold underline; }
    """
    active: reactive[str] = reactive("entities")

    class Clicked(Message):
        """A tab's name was clicked."""

        def __init__(self, tab: str):
            super().__init__()
            self.tab = tab

    def _titles(self) -> tuple[tuple[str, ...], int]:
        """The names and the spaces each side of one that fit the pane's width: all four names always show."""
        width = self.size.width or 44
        for titles, pad in ((TITLES, 1), (TITLES, 0), (SHORT_TITLES, 0)):
            if sum(len(t) + 2 * pad for t in titles) + len(titles) - 1 <= width:
                return titles, pad
        return SHORT_TITLES, 0

    def _labels(self) -> list[tuple[str, str, int, int]]:
        """(tab, its label as drawn, first column, column after) of each name, one space apart."""
        titles, pad = self._titles()
        out, x = [], 0
        for tab, title in zip(TABS, titles):
            label = " " * pad + title + " " * pad
            out.append((tab, label, x, x + len(label)))
            x += len(label) + 1
        return out

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="crop")
        active = self.get_component_rich_style("pane-tabs--active")
        for tab, label, _, _ in self._labels():
            line.append(label, style=active if tab == self.active else "")
            line.append(" ")
        return line

    def on_click(self, event: events.Click) -> None:
        for tab, _, start, end in self._labels():
            if start <= event.x < end:
                self.post_message(self.Clicked(tab))


class SidePane(Vertical):
    """Lists of what the article holds; choosing a row moves the reader there.

    One list shows the rows of the tab chosen; each tab's rows and cursor are a `RowSet`
    that is filled, and follows the reader, whether its tab is shown or not.
    """

    class ItemChosen(Message):
        """A row was chosen (enter or click): layer is entities, quotes, facts or notes."""

        def __init__(self, layer: str, ref: int):
            super().__init__()
            self.layer = layer
            self.ref = ref

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        self._following: dict[str, int] = {}
        self._sets = {tab: RowSet([_note("Finding entities, quotes and facts…")]) for tab in TABS}
        self._active = "entities"

    @property
    def built(self) -> bool:
        return bool(self.children)

    async def build(self) -> None:
        """Mount the tabs. The reader calls this after the first frame, so the text shows first."""
        if not self.built:
            item_list = ItemList(id="pane-list")
            item_list.show(self._sets[self._active])
            await self.mount_all([PaneTabs(), Input(placeholder="filter by tag", id="notes-filter"), item_list])

    @property
    def item_list(self) -> ItemList:
        """The list on screen, showing the shown tab's rows."""
        return self.query_one("#pane-list", ItemList)

    def list_for(self, tab: str) -> RowSet:
        return self._sets[tab]

    @property
    def active_tab(self) -> str:
        return self._active

    def show_tab(self, tab: str, focus: bool = False) -> None:
        if not self.built:
            return
        if tab != self._active:
            self._active = tab
            self.query_one(PaneTabs).active = tab
            notes_filter = self.query_one("#notes-filter", Input)
            if notes_filter.display != (tab == "notes"):
                notes_filter.display = tab == "notes"
            self.item_list.show(self._sets[tab])
        if focus:
            self.item_list.focus()

    def show_options(self, options: dict[str, list[Row] | MadeRows]) -> None:
        """Fill the lists with rows made by `pane_options` (in a worker, for a big article)."""
        for tab, empty in (("entities", "No entities found."), ("quotes", "No quotes found."),
                           ("facts", "No facts found.")):
            self._fill(tab, options[tab], empty)
            if tab in self._following:
                self.follow(tab, self._following[tab])
        self.set_timer(0.3, partial(self._prepare_hidden, ["entities", "quotes", "facts"]))

    def _prepare_hidden(self, tabs: list[str]) -> None:
        """Draw the first screen of each hidden tab, one a tick, so that no tab is slow to show first."""
        if not tabs or not self.built:
            return
        tab, rest = tabs[0], tabs[1:]
        if tab != self._active:
            self.item_list.prepare(self._sets[tab])
        if rest:
            self.set_timer(0.1, partial(self._prepare_hidden, rest))

    def _fill(self, tab: str, rows: list[Row] | MadeRows, empty: str) -> RowSet:
        """Replace a tab's rows (a greyed line saying so when there are none); the first is selected."""
        row_set = self._sets[tab]
        row_set.set_rows(rows or [_note(empty)])
        return row_set

    def show_notes(self, rows: list[Row], empty: str) -> None:
        """The Notes list: a row per note (its id "notes-N"), headings disabled; the cursor stays put."""
        keep = self._sets["notes"].highlighted
        notes = self._fill("notes", rows, empty)
        if keep is not None and keep < notes.option_count and not notes.get_option_at_index(keep).disabled:
            notes.highlighted = keep

    def follow(self, layer: str, ref: int) -> None:
        """Select the row of one thing in its tab, without choosing it.

        The tab itself stays as the reader left it: stepping through the text
        with ] and [ would otherwise flip between tabs at every step. A hidden
        tab's cursor moves too, and is in view when its tab is shown.
        """
        self._following[layer] = ref
        rows = self._sets[layer]
        try:
            index = rows.get_option_index(f"{layer}-{ref}")
        except KeyError:
            return
        if rows.highlighted != index:
            rows.highlighted = index

    def selected(self, layer: str) -> int | None:
        option = self._sets[layer].highlighted_option
        if option is None or not option.id or not option.id.startswith(f"{layer}-"):
            return None
        return int(option.id.rsplit("-", 1)[1])

    @on(PaneTabs.Clicked)
    def _tab_clicked(self, event: PaneTabs.Clicked) -> None:
        self.show_tab(event.tab, focus=True)

    @on(ItemList.Selected)
    def _chosen(self, event: ItemList.Selected) -> None:
        event.stop()
        option_id = event.row.id or ""
        layer, _, ref = option_id.rpartition("-")
        if layer in TABS and ref.isdigit():
            self.post_message(self.ItemChosen(layer, int(ref)))


def _entity_lines(ent: Entity) -> tuple[Text]:
    label = Text(ent.name)
    label.append(f"  {len(ent.mentions)}", style="dim")
    return (label,)


def _quote_lines(q: Quote) -> tuple[Text, Text]:
    said = Text("“" + _clip(q.text, 220) + "”" if q.kind == "direct" else _clip(q.text, 220))
    return said, Text(f"— {_who(q)} · {q.kind}", style="dim")


_PRONOUNS = frozenset("he she it they we i".split())


def _who(q: Quote) -> str:
    """The speaker; else the words that stand for them: a pronoun that is not clear, or someone not named."""
    if q.speaker:
        return q.speaker
    if not q.speaker_mention:
        return "speaker unknown"
    unclear = "not clear who" if q.speaker_mention.lower() in _PRONOUNS else "not named"
    return f"“{q.speaker_mention}”, {unclear}"


def _fact_lines(f: Fact) -> tuple[Text, Text]:
    # The value first, then what it is about, then the words that say what it measures.
    value = Text(" · ".join(v.text for v in f.values), style="bold")
    if f.about:
        value.append(f" — {f.about}")
    return value, Text(_clip(f.text, 220), style="dim")


def pane_options(analysis: Analysis, text_length: int) -> dict[str, list[Row] | MadeRows]:
    """The rows of the Entities, Quotes and Facts lists. A row's lines are made when it is first
    drawn; the rows themselves are plain objects, so a worker can make them."""
    entities: list[Row] = []
    for etype, indices in entities_by_type(analysis, text_length):
        entities.append(Row((Text(f"{TYPE_LABELS[etype]} ({len(indices)})", style="bold"),),
                            id=f"type-{etype}", disabled=True))
        entities.extend(Row(partial(_entity_lines, analysis.entities[i]), id=f"entities-{i}", wraps=(1,))
                        for i in indices)
    return {"entities": entities, "quotes": _made_rows("quotes", analysis.quotes, _quote_lines, (3, 1)),
            "facts": _made_rows("facts", analysis.facts, _fact_lines, (1, 2))}


def _made_rows(layer: str, things: Sequence, lines: Callable, wraps: tuple[int, ...]) -> MadeRows:
    """A row per quote or fact (id "quotes-N"), made when it is drawn: none is held before."""
    return MadeRows(len(things), lambda i: Row(partial(lines, things[i]), id=f"{layer}-{i}", wraps=wraps),
                    sum(wraps), f"{layer}-")
