"""The reader: one article, its highlights, the side pane, search and the current item."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import Reactive, reactive
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui_reader.core.article import Article
from tui_reader.core.highlights import ITEM_KIND, LAYERS, Highlights
from tui_reader.core.library import Goto
from tui_reader.core.reader_state import EntityFocus, ReaderState
from tui_reader.messages import (
    AnalysisReady, AnalysisWanted, FindInLibrary, HighlightStyles, LeaveReader, OpenNeighbour, OpenUrl, deliver,
)
from tui_reader.core.search import NO_MATCHES, Cancelled, Matches, SearchError, search
from tui_reader.core.spans import SpanIndex
from tui_reader.widgets.article_view import ArticleView
from tui_reader.screens.quit_or_back import QuitOrBack
from tui_reader.widgets.key_footer import KeyFooter
from tui_reader.widgets.notes_layer import Here, NotesLayer
from tui_reader.widgets.side_pane import SidePane, pane_options

if TYPE_CHECKING:
    from tui_reader.core.analysis.model import Analysis

BIG_ARTICLE = 200_000  # characters; above this the status line shows analysis progress
SEARCH_IN_WORKER = 256 * 1024  # characters; a longer text is searched in a worker, not at each keystroke
SEARCH_PAUSE = 0.06  # seconds of no typing before a worker searches a long text


def _state_field(name: str, doc: str) -> property:
    """An attribute of the screen that is the reader state's field of that name."""
    return property(lambda self: getattr(self.state, name), lambda self, value: setattr(self.state, name, value),
                    doc=doc)


class ReaderScreen(QuitOrBack, Screen):
    """One article with its side pane."""

    BACK_ACTION = "leave"
    BINDINGS = [
        Binding("right_square_bracket", "next_item", "Next", id="next-item"),
        Binding("left_square_bracket", "previous_item", "Previous", id="previous-item"),
        # A priority binding runs as the key arrives, before the keys typed after it are routed:
        # letters typed fast after / then reach the search box, never the article's commands.
        Binding("slash", "search", "Search", id="search", priority=True),
        # Enter in the search box keeps the query; as a priority binding the focus is back on the
        # article before the keys typed after it are routed ("Enter n" goes to the next match).
        Binding("enter", "keep_search", "Keep the search", show=False, priority=True, id="keep-search"),
        Binding("n", "next_match", "Next match", show=False, id="next-match"),
        Binding("N", "previous_match", "Previous match", show=False, id="previous-match"),
        Binding("e", "entity_finder", "Entities", id="entity-finder"),
        Binding("Q", "quote_ledger", "Quotes by", show=False, id="quote-ledger"),
        Binding("1", "pane('entities')", "Entities tab", show=False, id="pane-entities"),
        Binding("2", "pane('quotes')", "Quotes tab", show=False, id="pane-quotes"),
        Binding("3", "pane('facts')", "Facts tab", show=False, id="pane-facts"),
        Binding("4", "pane('notes')", "Notes tab", show=False, id="pane-notes"),
        Binding("p", "toggle_pane", "Pane", id="toggle-pane"),
        Binding("less_than_sign", "resize_pane(4)", "Wider pane", show=False, id="pane-wider"),
        Binding("greater_than_sign", "resize_pane(-4)", "Narrower pane", show=False, id="pane-narrower"),
        Binding("a", "annotate", "Annotate", id="annotate"),
        Binding("v", "select", "Select", show=False, id="select-sentences"),
        Binding("E", "edit_note", "Edit note", show=False, id="edit-note"),
        Binding("d", "delete_note", "Delete note", show=False, id="delete-note"),
        Binding("J", "neighbour(1)", "Next article", show=False, id="next-article"),
        Binding("K", "neighbour(-1)", "Previous article", show=False, id="previous-article"),
        Binding("U", "next_unread", "Next unread", show=False, id="next-unread"),
        Binding("o", "open_url", "Open in browser", show=False, id="open-url"),
        Binding("q", "leave", "Back", id="leave"),
        Binding("q", "quit_top", "Quit", id="quit-top"),  # the same key, named for what it does here
        Binding("escape", "back", "Clear / back", show=False, id="back"),
    ]

    # Textual draws the whole screen again when the focus moves. Here the widgets whose look depends on
    # the focus (the lists' cursor row, the search box) draw themselves again, and nothing else changes.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    current: reactive[int | None] = reactive(None, init=False, repaint=False)
    shown_layers = _state_field("shown_layers", "The highlight layers switched on.")
    focus_entity = _state_field("focus_entity", "The entity whose mentions ] and [ step through.")
    matches = _state_field("matches", "Every match of the search.")
    match_index = _state_field("match_index", "The current match.")
    searching = _state_field("searching", "The query a worker is searching for.")
    search_error = _state_field("search_error", "Why the query cannot be searched for.")
    analysis_error = _state_field("analysis_error", "Why there is no analysis.")
    pane_width: reactive[int] = reactive(44, init=False)

    def __init__(self, article: Article, *, position: int = 0, goto: Goto | None = None,
                 highlight_styles: dict[str, str] | None = None, notes_dir: Path | None = None):
        super().__init__()
        self.notes_dir = notes_dir
        self._highlight_styles = highlight_styles or {}
        self.article = article
        self._goto = goto  # a place to open at, from a library-wide list; applied once the text is shown
        self.position = position
        self.analysis: Analysis | None = None
        self.highlights: Highlights | None = None
        self.state = ReaderState()  # what is shown besides the text; the status line is made from it
        self._search_timer = None
        self._search_input: Input | None = None
        self._search_mounted = None
        self._analysis_started = 0.0
        self._pane_resized = False
        self._follow_timer = None
        self._progress_timer = None
        self.notes = NotesLayer(article, notes_dir)  # the notes, the selection and the note actions

    # -- building -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="title-bar"):
            yield Static(self._title_text(), id="title")
            yield Static("", id="progress")
        with Horizontal(id="body"):
            yield ArticleView(self.article.text, id="article")
            yield SidePane(id="pane")
        yield Static("", id="status")
        yield self.notes

    def _title_text(self) -> Text:
        a = self.article
        line = Text(a.title, style="bold")
        extra = " · ".join(x for x in (a.source, a.author, a.published) if x)
        if extra:
            line.append("  " + extra, style="dim")
        return line

    def on_highlight_styles(self, message: HighlightStyles) -> None:
        self._highlight_styles = message.styles
        self.view.set_highlight_styles(message.styles)

    @property
    def view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def pane(self) -> SidePane:
        return self.query_one("#pane", SidePane)

    def on_mount(self) -> None:
        self.view.set_highlight_styles(self._highlight_styles)
        if self.position:
            self.view.go_to_offset(self.position)
        self.view.focus()
        self._fit_pane(self.app.size.width)  # before the first layout: the text is wrapped at its final width
        self.pane.styles.width = self.pane_width
        self._analysis_started = time.monotonic()
        if len(self.article.text) > BIG_ARTICLE:
            self._progress_timer = self.set_interval(0.25, self._show_status)
        # The text is the first frame; the pane's tabs, the footer and the analysis
        # follow a moment later. Work started at once would hold back the first
        # frame on its way to the terminal (measured: bench/app.py, start-up).
        self.set_timer(0.1, self._after_first_frame)
        self._show_status()

    async def _after_first_frame(self) -> None:
        # J, K or q may have replaced this screen before its first frame: then nothing is left to do.
        if not self.is_attached:
            return
        await self.pane.build()
        if not self.is_attached:
            return
        await self._search_box()
        await self.mount(KeyFooter())
        self.refresh_bindings()  # a footer mounted late learns the keys from this
        if self._goto is not None:
            self.apply_goto(self._goto)
        self.notes.start()
        self.post_message(AnalysisWanted(self.article, self, partial(_prepare, text_length=len(self.article.text))))

    def on_analysis_ready(self, ready: AnalysisReady) -> None:
        if ready.analysis is None:
            self._stop_progress_timer()
            self.analysis_error = ready.error
            self._show_status()
            return
        self._analysis_ready(ready.analysis, *ready.prepared)

    def deliver(self, method, *args) -> None:
        """Hand a worker's result to the UI thread, unless this reader was closed or replaced meanwhile."""
        deliver(self, method, *args)

    def _analysis_ready(self, analysis: Analysis, highlights: Highlights, options: dict, layers: dict) -> None:
        if not self.pane.built:
            return
        self.analysis = analysis
        self.highlights = highlights
        self._layers = layers
        self.notes.use_sentences(analysis.sentences)
        self.pane.show_options(options)
        self._paint_layers()
        self._show_status()
        if self._goto is not None:
            self._goto_highlight(self._goto)

    def _paint_layers(self) -> None:
        if self.analysis is None:
            return
        for layer in ("entities", "quotes", "facts"):
            self.view.set_paint(layer, self._layers[layer] if layer in self.shown_layers else None)

    # -- status ---------------------------------------------------------------

    def _show_status(self) -> None:
        """Draw the status line from the reader state (brought up to date here first)."""
        st = self.state
        st.query = self.search_query
        st.selecting = self.notes.selection_status()
        a = self.analysis
        if a is None:
            st.counts = None
            st.analysis_seconds = time.monotonic() - self._analysis_started if self._analysis_started else 0.0
        else:
            self._stop_progress_timer()
            st.counts = (len(a.entities), len(a.quotes), len(a.facts))
        if st.analysis_error:
            self._stop_progress_timer()
        focus = None
        if self.focus_entity is not None and a is not None and self.highlights is not None:
            seq = self.highlights.of_thing("entities", self.focus_entity)
            focus = EntityFocus(a.entities[self.focus_entity].name,
                                seq.index(self.current) + 1 if self.current in seq else 0, len(seq))
        parts = st.status_parts(focus)
        status = Text("  ·  ").join(Text(t, style=s) for t, s in parts)
        try:
            line, progress = self.query_one("#status", Static), self.query_one("#progress", Static)
        except NoMatches:
            return  # a scroll or analysis message that arrived as the screen was taken down
        line.update(status, layout=False)
        progress.update(f"{round(self.view.progress * 100)}%", layout=False)

    def _stop_progress_timer(self) -> None:
        if self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    @on(ArticleView.Scrolled)
    def _scrolled(self) -> None:
        self._show_status()

    # -- current item ---------------------------------------------------------

    def watch_current(self, old: int | None, new: int | None) -> None:
        view = self.view
        hl = self.highlights
        changed = [] if hl is None else [(hl.items[k].start, hl.items[k].end) for k in (old, new) if k is not None]
        if hl is None or new is None:
            view.set_paint("cursor", None, changed)
        else:
            item = hl.items[new]
            view.set_paint("cursor", SpanIndex([(item.start, item.end, "cursor")]), changed)
            view.reveal(item.start, item.end)
            self._follow_soon(item.layer, item.ref)
        self._show_status()

    FOLLOW_DELAY = 0.08  # seconds

    def _follow_soon(self, layer: str, ref: int) -> None:
        """The pane follows the current item once stepping pauses.

        Redrawing a long list at every step would double the cost of a key; held
        down, `]` moves the text at once and the pane catches up when it stops.
        """
        if self._follow_timer is not None:
            self._follow_timer.stop()
        self._follow_timer = self.set_timer(self.FOLLOW_DELAY, lambda: self.pane.follow(layer, ref))

    def _step(self, forward: bool) -> None:
        if self.notes.selection is not None:
            self.notes.extend_selection(1 if forward else -1)
            return
        hl = self.highlights
        if hl is None:
            self.notify("Still finding entities, quotes and facts…", timeout=2)
            return
        only = ("entities", self.focus_entity) if self.focus_entity is not None else None
        nxt = hl.step(self.current, forward, self.shown_layers, from_offset=self.view.top_offset, only=only)
        if nxt is None:
            if only is not None:
                self.notify("Last mention" if forward else "First mention", timeout=2)
            else:
                self.notify("No more highlights " + ("below" if forward else "above"), timeout=2)
            return
        self.current = nxt

    def action_next_item(self) -> None:
        self._step(True)

    def action_previous_item(self) -> None:
        self._step(False)

    def choose(self, layer: str, ref: int) -> None:
        """Make a thing current: its first item, or the next one when it is current already."""
        hl = self.highlights
        if hl is None or layer not in LAYERS:
            return
        seq = hl.of_thing(layer, ref)
        if not seq:
            return
        self.focus_entity = ref if layer == "entities" else None
        if self.current in seq:
            k = seq.index(self.current)
            self.current = seq[(k + 1) % len(seq)]
        else:
            self.current = seq[0]
        self._show_status()

    @on(SidePane.ItemChosen)
    def _pane_chosen(self, event: SidePane.ItemChosen) -> None:
        if event.layer == "notes":
            span = self.notes.anchor_of(event.ref)
            if span is not None:
                self.current = None
                self.view.set_paint("cursor", SpanIndex([(*span, "cursor")]))
                self.view.reveal(*span)
        else:
            self.choose(event.layer, event.ref)

    @on(ArticleView.Clicked)
    def _clicked(self, event: ArticleView.Clicked) -> None:
        if self.highlights is None:
            return
        k = self.highlights.at(event.offset, self.shown_layers)
        if k is not None:
            self.focus_entity = None
            self.current = k

    def toggle_layer(self, layer: str) -> None:
        if layer in self.shown_layers:
            self.shown_layers.discard(layer)
        else:
            self.shown_layers.add(layer)
        if self.current is not None and self.highlights and self.highlights.items[self.current].layer not in self.shown_layers:
            self.current = None
        self._paint_layers()
        self.notify(f"{layer.capitalize()} {'shown' if layer in self.shown_layers else 'hidden'}", timeout=2)

    # -- pane -----------------------------------------------------------------

    def action_pane(self, tab: str) -> None:
        pane = self.pane
        if not pane.built:
            return
        if not pane.display:
            pane.display = True
        pane.show_tab(tab, focus=True)

    def action_toggle_pane(self) -> None:
        pane = self.pane
        pane.display = not pane.display
        if not pane.display:
            self.view.focus()

    def action_resize_pane(self, delta: int) -> None:
        self._pane_resized = True
        self.pane_width = max(20, min(self.size.width - 30, self.pane_width + delta))

    def watch_pane_width(self, width: int) -> None:
        self.pane.styles.width = width

    def on_resize(self) -> None:
        self._fit_pane(self.size.width)

    def _fit_pane(self, width: int) -> None:
        # Narrow terminals: the text keeps most of the width.
        if width and not self._pane_resized:
            self.pane_width = 44 if width >= 120 else max(33, int(width * 0.36))
        elif width and self.pane_width > width - 40:
            self.pane_width = max(20, width - 40)

    # -- search ---------------------------------------------------------------

    @property
    def search_query(self) -> str:
        return self._search_input.value if self._search_input is not None else ""

    async def _search_box(self) -> Input:
        """The search box, mounted after the first frame (or by a / typed before it): not styled at start-up."""
        if self._search_input is None:
            self._search_input = Input(placeholder="search (re: for a regular expression; enter keeps, escape clears)",
                                       id="search")
            self._search_mounted = self.mount(self._search_input, before=self.notes)
        if not self._search_input.is_mounted:
            await self._search_mounted  # a / typed while it was being mounted
        return self._search_input

    async def action_search(self) -> None:
        if isinstance(self.focused, Input):
            self.focused.insert_text_at_cursor("/")  # a / typed into a box is text
            return
        box = await self._search_box()
        box.display = True
        self.set_focus(box)  # at once: letters typed right after / are the query, never commands

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    def run_search(self, query: str, near: int | None = None) -> None:
        """Find every match; the current one is the first from `near` (default: the top of the screen).

        A big text is searched in a worker, so typing never waits: the count shows when it is ready,
        and a letter typed meanwhile starts the next search."""
        previous = self.matches if self.matches.query and not self.searching else None
        if len(self.article.text) < SEARCH_IN_WORKER:
            try:
                matches = search(self.article.text, query, previous)
            except SearchError as exc:
                self._show_matches(None, near, str(exc))
                return
            self._show_matches(matches, near)
            return
        self.searching = query
        self._show_status()
        # The worker starts once typing pauses: a search running while the next letter is typed
        # would take the interpreter from that letter's frame.
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_PAUSE, partial(self._search_in_worker, query, previous, near))

    @work(thread=True, exclusive=True, group="search")
    def _search_in_worker(self, query: str, previous: Matches | None, near: int | None) -> None:
        worker = get_current_worker()
        try:
            matches = search(self.article.text, query, previous, lambda: worker.is_cancelled)
        except Cancelled:
            return
        except SearchError as exc:
            self.deliver(self._searched, query, None, near, str(exc))
            return
        if not worker.is_cancelled:
            self.deliver(self._searched, query, matches, near)

    def _searched(self, query: str, matches: Matches | None, near: int | None, error: str | None = None) -> None:
        """A worker's matches: shown if they are still for the query last asked for."""
        if query == self.searching:
            self._show_matches(matches, near, error)

    def _show_matches(self, matches: Matches | None, near: int | None, error: str | None = None) -> None:
        self.searching = None
        view = self.view
        self.matches = matches if matches is not None else NO_MATCHES
        self.search_error = error
        if self.matches:
            view.set_paint("search", SpanIndex.from_sorted(self.matches.starts, self.matches.ends, "search"))
            k = self.matches.first_from(view.top_offset if near is None else near)
            self.match_index = None
            self._set_match(k if k < len(self.matches) else 0)
        else:
            view.set_paint("search", None)
            view.set_paint("search-current", None)
            self.match_index = None
        self._show_status()

    def _set_match(self, k: int) -> None:
        previous = self.matches[self.match_index] if self.match_index is not None and \
            self.match_index < len(self.matches) else None
        self.match_index = k
        s, e = self.matches[k]
        self.view.set_paint("search-current", SpanIndex([(s, e, "search-current")]),
                            [(s, e)] + ([previous] if previous else []))
        self.view.reveal(s, e)
        self._show_status()

    def action_keep_search(self) -> None:
        if self._search_input is not None:
            self._search_input.display = False
        self.set_focus(self.view)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "keep_search":
            return self.focused is not None and self.focused.id == "search"  # else enter is the pane's
        return super().check_action(action, parameters)

    def _move_match(self, forward: bool) -> None:
        """n / N as in less (`ReaderState.step_match`)."""
        if not self.matches:
            if self.search_query:
                self.notify("Still searching…" if self.searching else "No matches", timeout=2)
            return
        k, wrapped = self.state.step_match(forward, self.view.top_offset, self.view.bottom_offset)
        if wrapped:
            self.notify(wrapped, timeout=2)
        self._set_match(k)

    def action_next_match(self) -> None:
        self._move_match(True)

    def action_previous_match(self) -> None:
        self._move_match(False)

    def clear_search(self) -> None:
        box = self._search_input
        if box is not None:
            box.value = ""
            box.display = False
        self.state.clear_search()
        self.view.set_paint("search", None)
        self.view.set_paint("search-current", None)
        self.view.focus()
        self._show_status()

    # -- opening at a place ---------------------------------------------------

    def apply_goto(self, goto: Goto) -> None:
        """Show a library-wide row's place: a search hit highlighted as the current match, or the
        mention, quote or note under the cursor (made a highlight once the analysis is in)."""
        from tui_reader.core.index import locate_snippet

        self._goto = goto
        start, end = goto.start, goto.end
        if goto.kind == "search" and goto.snippet:
            span = locate_snippet(self.article.text, goto.snippet)
            if span is not None:
                start, end = span
        text_length = len(self.article.text)
        if start is not None and not 0 <= start <= text_length:
            start = end = None
        if goto.kind == "search" and goto.query:
            box = self._search_input  # mounted before a goto is applied
            with box.prevent(Input.Changed):
                box.value = goto.query
            self.run_search(goto.query, near=start)
            self._goto = None
            return
        if start is not None:
            end = start if end is None else min(max(end, start), text_length)
            if end > start:
                self.view.set_paint("cursor", SpanIndex([(start, end, "cursor")]))
            self.view.reveal(start, end)
        if self.highlights is not None:
            self._goto_highlight(goto)

    def _goto_highlight(self, goto: Goto) -> None:
        """Once the analysis is in: the row's entity becomes the one stepped through, its quote current."""
        self._goto = None
        a = self.analysis
        if a is None or self.highlights is None:
            return
        if goto.kind == "entity" and goto.entity:
            name, type_ = goto.entity
            for i, ent in enumerate(a.entities):
                if ent.name == name and ent.type == type_:
                    self.current = None
                    self.choose("entities", i)
                    return
            self.notify(f"{name} is no longer found in this article", timeout=4)
        elif goto.kind == "quote" and goto.start is not None:
            for i, q in enumerate(a.quotes):
                if q.start == goto.start:
                    seq = self.highlights.of_thing("quotes", i)
                    if seq:
                        self.focus_entity = None
                        self.current = seq[0]
                    return

    def action_quote_ledger(self) -> None:
        """Every quote by the person or organisation under the cursor (or chosen in the pane), library-wide."""
        name = self._speaker_here()
        if name is None:
            self.notify("Put the cursor on a person or organisation first (] or the Entities tab), "
                        "or use the command palette: Quotes by …", timeout=5)
            return
        from tui_reader.screens.library_find import QuoteSource

        self.post_message(FindInLibrary(QuoteSource(name)))

    def _speaker_here(self) -> str | None:
        a, hl = self.analysis, self.highlights
        if a is None or hl is None:
            return None
        if self.pane.display and self.focused is not None and self.focused is not self.view:
            tab = self.pane.active_tab
            ref = self.pane.selected(tab) if tab in ("entities", "quotes") else None
            if ref is not None:
                return self._speaker_of(tab, ref)
        if self.current is not None:
            item = hl.items[self.current]
            return self._speaker_of(item.layer, item.ref)
        return None

    def _speaker_of(self, layer: str, ref: int) -> str | None:
        a = self.analysis
        if layer == "entities":
            ent = a.entities[ref]
            return ent.name if ent.type in ("PERSON", "ORG") else None
        if layer == "quotes":
            return a.quotes[ref].speaker
        return None

    # -- notes: the NotesLayer owns them and their actions; the screen shows what it says -----------

    def here(self) -> Here:
        """Where the reader is, for the note actions."""
        hl, a = self.highlights, self.analysis
        item = None
        if self.current is not None and hl is not None and a is not None:
            it = hl.items[self.current]
            item = (it.start, it.end, ITEM_KIND[it.layer], a.quotes[it.ref].speaker if it.layer == "quotes" else None)
        chosen = None
        if self.pane.built and self.pane.active_tab == "notes":
            chosen = self.pane.selected("notes")
        return Here(self.view.top_offset, item, chosen)

    def action_annotate(self) -> None:
        self.notes.annotate(self.here())

    def action_select(self) -> None:
        self.notes.select(self.here())

    def action_edit_note(self) -> None:
        self.notes.edit_note(self.here())

    def action_delete_note(self) -> None:
        self.notes.delete_note(self.here())

    @on(NotesLayer.Updated)
    def _notes_updated(self) -> None:
        """Paint the notes in the text, mark them in the gutter and list them."""
        spans = [(a.start, a.end, "note") for _, a in self.notes.anchored if a.start is not None]
        index = SpanIndex(spans)
        self.view.set_paint("notes", index)
        self.view.set_gutter_marks(index if spans else None)
        self._show_notes_list()

    def _show_notes_list(self) -> None:
        if not self.pane.built:
            return
        filt = ""
        try:
            filt = self.pane.query_one("#notes-filter", Input).value.strip().lower()
        except NoMatches:
            pass
        self.pane.show_notes(*self.notes.rows(filt))

    @on(Input.Changed, "#notes-filter")
    def _notes_filter_changed(self) -> None:
        self._show_notes_list()

    @on(NotesLayer.SelectionChanged)
    def _selection_changed(self, event: NotesLayer.SelectionChanged) -> None:
        self.view.selecting = event.by_sentence
        if event.span is not None:
            self.view.set_paint("selection", SpanIndex([(*event.span, "cursor")]))
            self.view.reveal(*event.reveal)
        elif not self.notes.has_selection:
            self.view.set_paint("selection", None)
        self._show_status()

    @on(ArticleView.Dragged)
    def _dragged(self, event: ArticleView.Dragged) -> None:
        self.notes.select_span(event.start, event.end)

    @on(ArticleView.SelectionStep)
    def _selection_step(self, event: ArticleView.SelectionStep) -> None:
        self.notes.extend_selection(event.step)

    # -- finder and leaving ---------------------------------------------------

    def action_entity_finder(self) -> None:
        if self.analysis is None:
            self.notify("Still finding entities…", timeout=2)
            return
        from tui_reader.screens.entity_finder import LIBRARY_SCOPE, EntityFinder

        def chosen(ref) -> None:
            if isinstance(ref, tuple) and ref[0] == LIBRARY_SCOPE:
                from tui_reader.screens.library_find import EntitySource

                self.post_message(FindInLibrary(EntitySource(scope_key=True), ref[1]))
            elif ref is not None:
                self.jump_to_entity(ref)

        self.app.push_screen(EntityFinder(self.analysis), chosen)

    def jump_to_entity(self, ref: int) -> None:
        """Make an entity current from its first mention (finder, command palette)."""
        self.current = None
        self.choose("entities", ref)

    def action_back(self) -> None:
        if self.notes.has_selection:
            self.notes.clear_selection()
            return
        box = self._search_input
        if box is not None and (box.has_focus or box.display or box.value):
            self.clear_search()
            return
        if self.focus_entity is not None:
            self.focus_entity = None
            self._show_status()
            return
        if self.focused is not None and self.focused is not self.view and self.pane.display:
            self.view.focus()
            return
        self.action_leave()

    def action_leave(self) -> None:
        self.post_message(LeaveReader(self))

    def action_quit_top(self) -> None:
        self.post_message(LeaveReader(self))  # on the top screen leaving is quitting

    def action_neighbour(self, step: int) -> None:
        if self.article.path:
            self.post_message(OpenNeighbour(Path(self.article.path), step, screen=self))

    def action_next_unread(self) -> None:
        if self.article.path:
            self.post_message(OpenNeighbour(Path(self.article.path), 1, unread_only=True, screen=self))

    def action_open_url(self) -> None:
        if self.article.url:
            self.post_message(OpenUrl(self.article.url))
            self.notify(f"Opening {self.article.url}", timeout=3)
        else:
            self.notify("This article has no web address", timeout=3)


def _prepare(analysis: Analysis, text_length: int) -> tuple[Highlights, dict, dict[str, SpanIndex]]:
    """What showing an analysis needs beside it, made in the analysis worker: on the UI thread the
    pane's rows and the layers' span indexes held it for 2 s on a 3 MB article (bench/app.py)."""
    highlights = Highlights(analysis)
    return highlights, pane_options(analysis, text_length), {layer: highlights.layer_index(layer) for layer in LAYERS}
