"""The notes layer on its own: it owns an article's notes and tells its parent by messages."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui_reader.core.article import load_article
from tui_reader.core.notes import Note, NoteStore, Target, new_id
from tui_reader.widgets.notes_layer import NotesLayer

from pilot_helpers import wait_for


class LayerApp(App):
    def __init__(self, article):
        super().__init__()
        self.article = article
        self.updates: list[int] = []

    def compose(self) -> ComposeResult:
        yield NotesLayer(self.article)

    def on_mount(self) -> None:
        self.query_one(NotesLayer).start()

    def on_notes_layer_updated(self, event: NotesLayer.Updated) -> None:
        self.updates.append(len(event.layer.anchored))


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
