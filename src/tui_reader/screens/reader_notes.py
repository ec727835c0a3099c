"""The reader's note actions: select by sentence or with the mouse, annotate, edit, delete, list.

A mixin of ReaderScreen, kept apart so the reader module stays readable; it
uses the screen's view, pane, article, highlights and current item. The notes
themselves (reading, saving, watching the file) are the screen's `NotesLayer`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import Input

from tui_reader.core.spans import SpanIndex
from tui_reader.widgets.article_view import ArticleView
from tui_reader.widgets.notes_layer import NotesLayer

if TYPE_CHECKING:  # the notes code is loaded by the notes layer's first read, after the first frame
    from tui_reader.core.anchoring import Anchor
    from tui_reader.core.notes import Note, NoteStore, Target


class ReaderNotes:
    """Notes actions for the reader screen."""

    NOTE_BINDINGS = [
        Binding("a", "annotate", "Annotate", id="annotate"),
        Binding("v", "select", "Select", show=False, id="select-sentences"),
        Binding("E", "edit_note", "Edit note", show=False, id="edit-note"),
        Binding("d", "delete_note", "Delete note", show=False, id="delete-note"),
    ]

    selection: tuple[int, int] | None = None  # sentence indices, inclusive
    mouse_span: tuple[int, int] | None = None  # text offsets selected with the mouse
    _selection_anchor: int = 0
    _sentences: list[tuple[int, int]] | None = None

    # -- the notes, owned by the screen's NotesLayer ----------------------------------

    @property
    def notes(self) -> NotesLayer:
        return self.query_one(NotesLayer)

    @property
    def store(self) -> NoteStore | None:
        return self.notes.store

    @property
    def anchored(self) -> list[tuple[Note, Anchor]]:
        return self.notes.anchored

    def on_notes_layer_updated(self, event: NotesLayer.Updated) -> None:
        """Paint the notes in the text, mark them in the gutter and list them."""
        spans = [(a.start, a.end, "note") for _, a in self.anchored if a.start is not None]
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
        except Exception:
            pass
        self.pane.show_notes(*self.notes.rows(filt))

    # Handlers by name: @on in a mixin is not seen by Textual, which collects it per class.

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "notes-filter":
            self._show_notes_list()

    # -- what to annotate -----------------------------------------------------------

    def sentences(self) -> Sequence[tuple[int, int]]:
        """Sentence spans: the analysis's, or found here if it has not arrived yet."""
        if self.analysis is not None:
            return self.analysis.sentences
        if self._sentences is None:
            from tui_reader.core.analysis.segment import sentence_bounds

            self._sentences = sentence_bounds(self.article.text)
        return self._sentences

    def _sentence_index_at(self, offset: int) -> int:
        sents = self.sentences()
        return max(0, min(len(sents) - 1, bisect_right(sents, (offset, len(self.article.text) + 1)) - 1))

    def _cursor_offset(self) -> int:
        if self.current is not None and self.highlights is not None:
            return self.highlights.items[self.current].start
        return self.view.top_offset

    def _target_for_annotation(self) -> Target | None:
        from tui_reader.core.notes import Target

        text = self.article.text
        if self.mouse_span is not None:
            s, e = self.mouse_span
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                return Target.at(text, s, e, "selection")
        if self.selection is not None:
            sents = self.sentences()
            a, b = self.selection
            return Target.at(text, sents[a][0], sents[b][1], "selection")
        if self.current is not None and self.highlights is not None:
            item = self.highlights.items[self.current]
            if item.layer == "quotes":
                q = self.analysis.quotes[item.ref]
                return Target.at(text, item.start, item.end, "quote", q.speaker)
            if item.layer == "facts":
                return Target.at(text, item.start, item.end, "fact")
            return Target.at(text, item.start, item.end, "entity")
        sents = self.sentences()
        if not sents:
            return None
        s, e = sents[self._sentence_index_at(self.view.top_offset)]
        if s < self.view.top_offset:  # the sentence began above the screen: take the next one
            k = self._sentence_index_at(self.view.top_offset) + 1
            if k < len(sents):
                s, e = sents[k]
        return Target.at(text, s, e, "selection")

    # -- selection by sentence -------------------------------------------------------

    def action_select(self) -> None:
        if not self.sentences():
            return
        k = self._sentence_index_at(self._cursor_offset())
        self._selection_anchor = k
        self.selection = (k, k)
        self.view.selecting = True
        self._paint_selection()
        self.notify("Selecting: ] [ or j k extend by sentence, a annotates, escape cancels", timeout=4)

    def extend_selection(self, step: int) -> None:
        if self.selection is None:
            return
        a, b = self.selection
        n = len(self.sentences())
        if step > 0:
            if a < self._selection_anchor:
                a += 1
            else:
                b = min(n - 1, b + 1)
        else:
            if b > self._selection_anchor:
                b -= 1
            else:
                a = max(0, a - 1)
        self.selection = (a, b)
        self._paint_selection()

    def clear_selection(self) -> None:
        self.selection = None
        self.mouse_span = None
        self.view.selecting = False
        self.view.set_paint("selection", None)
        self._show_status()

    def _paint_selection(self) -> None:
        sents = self.sentences()
        a, b = self.selection
        s, e = sents[a][0], sents[b][1]
        self.view.set_paint("selection", SpanIndex([(s, e, "cursor")]))
        self.view.reveal(s, e) if b == a else self.view.reveal(sents[b][0], e)
        self._show_status()

    def selection_status(self) -> str | None:
        if self.mouse_span is not None:
            return f"Selection: {self.mouse_span[1] - self.mouse_span[0]} characters (a annotates, escape cancels)"
        if self.selection is None:
            return None
        a, b = self.selection
        count = b - a + 1
        return f"Selection: {count} sentence{'s' if count > 1 else ''} (a annotates, escape cancels)"

    def on_article_view_dragged(self, event: ArticleView.Dragged) -> None:
        self.mouse_span = (event.start, event.end)
        self.notify("Text selected: a annotates it, escape cancels", timeout=3)
        self._show_status()

    def on_article_view_selection_step(self, event: ArticleView.SelectionStep) -> None:
        self.extend_selection(event.step)

    # -- writing notes ------------------------------------------------------------------

    def action_annotate(self) -> None:
        target = self._target_for_annotation()
        if target is None:
            self.notify("Nothing to annotate here", timeout=2)
            return
        from tui_reader.screens.note_editor import NoteEditor

        known = self.notes.tags()

        def done(result) -> None:
            if result is None:
                return
            from tui_reader.core.notes import Note, new_id

            self.clear_selection()
            self.notes.put(Note(new_id(), target, result.body, result.tags))

        self.app.push_screen(NoteEditor(target.exact, target.speaker, target.kind, known_tags=known), done)

    def _selected_note(self) -> Note | None:
        """The note chosen in the Notes tab, else the one under the cursor; says so when there is none."""
        if self.pane.built and self.pane.active_tab == "notes":
            ref = self.pane.selected("notes")
            if ref is not None and ref < len(self.anchored):
                return self.anchored[ref][0]
        note = self.notes.note_at(self._cursor_offset())
        if note is None:
            self.notify("Choose a note in the Notes tab (4) first", timeout=3)
        return note

    def action_edit_note(self) -> None:
        note = self._selected_note()
        if note is None:
            return
        from tui_reader.screens.note_editor import NoteEditor

        def done(result) -> None:
            if result is not None:
                self.notes.put(note.edited(result.body, result.tags))

        self.app.push_screen(NoteEditor(note.target.exact, note.target.speaker, note.target.kind, note.body,
                                        note.tags, self.notes.tags(), editing=True), done)

    def action_delete_note(self) -> None:
        note = self._selected_note()
        if note is None:
            return
        from tui_reader.screens.note_editor import Confirm

        excerpt = " ".join(note.target.exact.split())
        excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"

        def answered(yes: bool | None) -> None:
            if yes:
                self.notes.delete(note.id)

        self.app.push_screen(Confirm(f"Delete the note on “{excerpt}”?"), answered)

    def jump_to_note(self, index: int) -> None:
        if index >= len(self.anchored):
            return
        note, a = self.anchored[index]
        if a.start is None:
            self.notify(f"Orphaned: “{' '.join(note.target.exact.split())[:80]}” is no longer in the article",
                        timeout=5)
            return
        self.current = None
        self.view.set_paint("cursor", SpanIndex([(a.start, a.end, "cursor")]))
        self.view.reveal(a.start, a.end)

