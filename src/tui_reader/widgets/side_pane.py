"""The side pane: tabs of the article's entities, quotes, facts and notes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, TabbedContent, TabPane
from textual.widgets.tabbed_content import ContentTabs

from tui_reader.core.analysis.model import Analysis, Entity, Fact, Quote
from tui_reader.core.highlights import entities_by_type
from tui_reader.widgets.item_list import ItemList, Row

TABS = ("entities", "quotes", "facts", "notes")
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


class _PaneTabs(Vertical):
    def compose(self) -> ComposeResult:
        with TabbedContent(id="pane-tabs"):
            for tab, title in zip(TABS, ("Entities", "Quotes", "Facts", "Notes")):
                with TabPane(title, id=f"tab-{tab}"):
                    if tab == "notes":
                        yield Input(placeholder="filter by tag", id="notes-filter")
                    yield ItemList(_note("Finding entities, quotes and facts…"), id=f"list-{tab}")

    def on_mount(self) -> None:
        # The tab strip is no stop of its own: Tab goes from the article to the list and back,
        # and 1-4 (or a click) change the tab.
        for tabs in self.query(ContentTabs):
            tabs.can_focus = False


class SidePane(Vertical):
    """Lists of what the article holds; choosing a row moves the reader there."""

    @dataclass
    class ItemChosen(Message):
        """A row was chosen (enter or click): layer is entities, quotes, facts or notes."""

        layer: str
        ref: int

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        self._following: dict[str, int] = {}

    @property
    def built(self) -> bool:
        return bool(self.children)

    async def build(self) -> None:
        """Mount the tabs. The reader calls this after the first frame, so the text shows first."""
        if not self.built:
            await self.mount(_PaneTabs())

    def list_for(self, tab: str) -> ItemList:
        return self.query_one(f"#list-{tab}", ItemList)

    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active.removeprefix("tab-")

    def show_tab(self, tab: str, focus: bool = False) -> None:
        if not self.built:
            return
        self.query_one(TabbedContent).active = f"tab-{tab}"
        if focus:
            self.list_for(tab).focus()

    def show_options(self, options: dict[str, list[Row]]) -> None:
        """Fill the lists with rows made by `pane_options` (in a worker, for a big article)."""
        for tab, empty in (("entities", "No entities found."), ("quotes", "No quotes found."),
                           ("facts", "No facts found.")):
            self._fill(tab, options[tab], empty)

    def _fill(self, tab: str, rows: list[Row], empty: str) -> ItemList:
        """Replace a tab's rows (a greyed line saying so when there are none); the first is selected."""
        item_list = self.list_for(tab)
        item_list.set_rows(rows or [_note(empty)])
        return item_list

    def show_notes(self, rows: list[Row], empty: str) -> None:
        """The Notes list: a row per note (its id "notes-N"), headings disabled; the cursor stays put."""
        keep = self.list_for("notes").highlighted
        notes = self._fill("notes", rows, empty)
        if keep is not None and keep < notes.option_count and not notes.get_option_at_index(keep).disabled:
            notes.highlighted = keep

    def follow(self, layer: str, ref: int) -> None:
        """Select the row of one thing in its tab, without choosing it.

        The tab itself stays as the reader left it: stepping through the text
        with ] and [ would otherwise flip between tabs at every step.
        """
        if not self.built:
            return
        self._following[layer] = ref
        if self.active_tab != layer:
            return  # a hidden list catches up when its tab is shown
        option_list = self.list_for(layer)
        try:
            index = option_list.get_option_index(f"{layer}-{ref}")
        except Exception:
            return
        if option_list.highlighted != index:
            option_list.highlighted = index

    def selected(self, layer: str) -> int | None:
        option = self.list_for(layer).highlighted_option
        if option is None or not option.id or not option.id.startswith(f"{layer}-"):
            return None
        return int(option.id.rsplit("-", 1)[1])

    @on(TabbedContent.TabActivated)
    def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        tab = self.active_tab
        if tab in self._following:
            self.follow(tab, self._following[tab])

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


def pane_options(analysis: Analysis, text_length: int) -> dict[str, list[Row]]:
    """The rows of the Entities, Quotes and Facts lists. A row's lines are made when it is first
    drawn; the rows themselves are plain objects, so a worker can make them."""
    entities: list[Row] = []
    for etype, indices in entities_by_type(analysis, text_length):
        entities.append(Row((Text(f"{TYPE_LABELS[etype]} ({len(indices)})", style="bold"),),
                            id=f"type-{etype}", disabled=True))
        entities.extend(Row(partial(_entity_lines, analysis.entities[i]), id=f"entities-{i}", wraps=(1,))
                        for i in indices)
    quotes = [Row(partial(_quote_lines, q), id=f"quotes-{i}", wraps=(3, 1)) for i, q in enumerate(analysis.quotes)]
    facts = [Row(partial(_fact_lines, f), id=f"facts-{i}", wraps=(1, 2)) for i, f in enumerate(analysis.facts)]
    return {"entities": entities, "quotes": quotes, "facts": facts}
