"""The notes layer on its own: it owns an article's notes and tells its parent by messages."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui_reader.core.article import load_article
from tui_reader.core.notes import Note, NoteStore, Target, new_id
from tui_reader.widgets.notes_layer import Here, NotesLayer

from pilot_helpers import wait_for


class LayerApp(App):
    def __init__(self, article):
        super().__init__()
        self.article = article
        self.updates: list[int] = []
        self.selections: list[tuple] = []

    def compose(self) -> ComposeResult:
        yield NotesLayer(self.article)

    def on_mount(self) -> None:
        self.query_one(NotesLayer).start()

    def on_notes_layer_updated(self, event: NotesLayer.Updated) -> None:
        self.updates.append(len(event.layer.anchored))

    def on_notes_layer_selection_changed(self, event: NotesLayer.SelectionChanged) -> None:
        self.selections.append((event.span, event.reveal, event.by_sentence))


async def test_the_layer_reads_saves_and_tells_its_parent(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The river rose overnight. Residents left their homes before dawn.\n", encoding="utf-8")
    article = load_article(path)
    app = LayerApp(article)
    async with app.run_test() as pilot:
        layer = app.query_one(NotesLayer)
        await wait_for(pilot, lambda: app.updates == [0])  # read: no notes yet
        assert layer.store is not None and layer.rows()[0] == []
        text = article.text
        s = text.index("Residents")
        layer.put(Note(new_id(), Target.at(text, s, s + len("Residents left"), "selection"), "who?", ("flood",)))
        assert len(layer.anchored) == 1 and layer.store.pending  # shown at once, written in a worker
        await wait_for(pilot, lambda: app.updates[-1] == 1 and not layer.store.pending)
        assert [n.body for n in NoteStore(path).load().notes] == ["who?"]
        assert layer.note_at(s + 2).body == "who?" and layer.note_at(0) is None
        assert layer.tags() == ["flood"]
        rows, empty = layer.rows("fl")
        assert len(rows) == 1 and rows[0].id == "notes-0"
        assert layer.rows("x") == ([], "No notes tagged “x…”.")
        layer.delete(layer.anchored[0][0].id)
        await wait_for(pilot, lambda: not layer.store.pending and app.updates[-1] == 0)
        assert NoteStore(path).load().notes == []


async def test_what_a_note_is_on_and_the_selection_by_sentence(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The ferry left at noon. It was full. Gulls followed it out. The sea was calm.\n", encoding="utf-8")
    article = load_article(path)
    text = article.text
    starts = [text.index(w) for w in ("The ferry", "It was", "Gulls", "The sea")]
    app = LayerApp(article)
    async with app.run_test() as pilot:
        layer = app.query_one(NotesLayer)
        # Nothing current: the first sentence that begins on screen, not one begun above it.
        assert layer.target(Here(top=starts[1])).exact == "It was full."
        assert layer.target(Here(top=starts[1] + 2)).exact == "Gulls followed it out."
        # The current highlight, with its kind and speaker.
        quote = layer.target(Here(top=0, item=(starts[2], starts[2] + 5, "quote", "A. Sailor")))
        assert (quote.exact, quote.kind, quote.speaker) == ("Gulls", "quote", "A. Sailor")
        # v at the cursor, then two steps on and one back: the selection is the sentences between.
        layer.select(Here(top=0, item=(starts[1], starts[1] + 2, "entity", None)))
        layer.extend_selection(1)
        layer.extend_selection(1)
        layer.extend_selection(-1)
        await pilot.pause()
        assert layer.selection == (1, 2)
        assert layer.selection_status() == "Selection: 2 sentences (a annotates, escape cancels)"
        assert app.selections[-1] == ((starts[1], starts[3] - 1), (starts[2], starts[3] - 1), True)
        assert layer.target(Here(top=0)).exact == "It was full. Gulls followed it out."
        # A mouse drag wins over the sentences; its blanks at either end are left out.
        layer.select_span(starts[3] - 1, len(text))
        assert layer.target(Here(top=0)).exact == "The sea was calm."
        layer.clear_selection()
        await pilot.pause()
        assert not layer.has_selection and app.selections[-1] == (None, None, False)
