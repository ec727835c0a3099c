"""The reader's notes layer: annotate, select by sentence, edit, delete, list.

A mixin of ReaderScreen, kept apart so the reader module stays readable; it
uses the screen's view, pane, article, highlights and current item.
"""

from __future__ import annotations

import os
from functools import partial
from bisect import bisect_right
from collections.abc import Sequence

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.widgets import Input

from tui_reader.core.anchoring import Anchor
from tui_reader.core.notes import Note, NotesError, NoteStore, Target, new_id, notes_path
from tui_reader.core.spans import SpanIndex
from tui_reader.widgets.article_view import ArticleView
from tui_reader.widgets.item_list import Row
from tui_reader.messages import NotesChanged


class ReaderNotes:
    """Notes actions for the reader screen."""

    NOTE_BINDINGS = [
        Binding("a", "annotate", "Annotate", id="annotate"),
        Binding("v", "select", "Select", show=False, id="select-sentences"),
        Binding("E", "edit_note", "Edit note", show=False, id="edit-note"),
        Binding("d", "delete_note", "Delete note", show=False, id="delete-note"),
    ]

    store: NoteStore | None = None
    anchored: list[tuple[Note, Anchor]] = []
    _notes_seen: tuple[int, int] | None = None  # the notes file's (mtime, size) when last read or written
    _notes_saves: int = 0  # counts our saves: a load begun before one is older than what is shown
    selection: tuple[int, int] | None = None  # sentence indices, inclusive
    mouse_span: tuple[int, int] | None = None  # text offsets selected with the mouse
    _selection_anchor: int = 0
    _sentences: list[tuple[int, int]] | None = None

    # -- loading ----------------------------------------------------------------

    def _article_meta(self) -> dict:
        a = self.article
        return {"path": (a.path and a.path.rsplit("/", 1)[-1]) or a.id, "title": a.title, "sha256": a.sha256}

    @work(thread=True, exclusive=True, group="notes")
    def _load_notes(self) -> None:
        if not self.article.path:
            return
        saves = self._notes_saves
        seen = self._notes_stat()  # before reading: a change made meanwhile is seen at the next check
        store = NoteStore(self.article.path, self.notes_dir, self._article_meta()).load()
        anchored = store.anchored(self.article.text)
        self.deliver(self._loaded_notes, store, anchored, seen, saves)

    def _loaded_notes(self, store: NoteStore, anchored: list, seen: tuple[int, int] | None, saves: int) -> None:
        if saves != self._notes_saves:
            return  # read before a save of ours: the list shown is newer
        self._notes_ready(store, anchored, seen)

    # How often the notes file is looked at for notes added by another process (`note add`, another reader).
    NOTES_CHECK_EVERY = 2.0

    def _notes_stat(self) -> tuple[int, int] | None:
        try:
            st = os.stat(notes_path(self.article.path, self.notes_dir))
        except (OSError, TypeError, ValueError):
            return None
        return (st.st_mtime_ns, st.st_size)

    def watch_notes_file(self) -> None:
        """Look at the notes file now and then: what another process wrote there appears here."""
        if self.article.path:
            self.set_interval(self.NOTES_CHECK_EVERY, self._check_notes_file)

    def _check_notes_file(self) -> None:
        if self.store is None or self.store.pending:
            return  # still loading, or our own unsaved notes come first
        seen = self._notes_stat()
        if seen != self._notes_seen:
            self._notes_seen = seen
            self._load_notes()

    def _notes_ready(self, store: NoteStore, anchored: list[tuple[Note, Anchor]],
                     seen: tuple[int, int] | None | bool = False) -> None:
        if seen is not False:
            self._notes_seen = seen
        first = self.store is None
        self.store = store
        self.anchored = anchored
        if first and store.error:
            self.notify(store.error, severity="error", timeout=12)
        elif first and store.warning:
            self.notify(store.warning, severity="warning", timeout=12)
        spans = [(a.start, a.end, "note") for _, a in anchored if a.start is not None]
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
        rows: list[Row] = []
        orphans: list[Row] = []
        for i, (note, a) in enumerate(self.anchored):
            if filt and not any(t.lower().startswith(filt) for t in note.tags):
                continue
            row = Row(partial(_note_lines, note, a.status), id=f"notes-{i}", wraps=(2, 2, 1))
            (orphans if a.start is None else rows).append(row)
        if orphans:
            rows.append(Row((Text("Orphaned: their text is no longer in the article", style="bold"),), disabled=True))
            rows.extend(orphans)
        if self.store is not None and self.store.error:
            empty = self.store.error
        elif filt:
            empty = f"No notes tagged “{filt}…”."
        else:
            empty = "No notes yet: press a to annotate the current item or sentence, v to select sentences."
        self.pane.show_notes(rows, empty)

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

        known = self.store.tags() if self.store else []

        def done(result) -> None:
            if result is None:
                return
            self.clear_selection()
            self._save(Note(new_id(), target, result.body, result.tags))

        self.app.push_screen(NoteEditor(target.exact, target.speaker, target.kind, known_tags=known), done)

    def _save(self, note: Note | None = None, delete: str | None = None) -> None:
        """Show the change at once; write it in a worker (lock, merge, fsync), which says if it failed."""
        if self.store is None:
            if not self.article.path:
                self.notify("This article has no file, so its notes cannot be saved", severity="error")
                return
            self.store = NoteStore(self.article.path, self.notes_dir, self._article_meta())
        if note is not None:
            self.store.put(note)
        if delete is not None:
            self.store.delete(delete)
        self._notes_saves += 1
        self._notes_ready(self.store, self._reanchor())
        self._write_notes(self.store)

    @work(thread=True, group="notes-save")
    def _write_notes(self, store: NoteStore) -> None:
        try:
            store.save()
        except NotesError as exc:
            self.deliver(self._not_saved, str(exc))
            return
        self.deliver(self._saved, store, self._notes_stat())

    def _saved(self, store: NoteStore, seen: tuple[int, int] | None) -> None:
        self._notes_seen = seen  # our own write: nothing to load again
        if store is self.store:
            self._notes_ready(store, self._reanchor())  # what the merge with the file brought in
        if self.article.path:
            self.post_message(NotesChanged(self.article.path, len(store.notes)))

    def _not_saved(self, error: str) -> None:
        rescue = self._rescue()
        where = f"; a copy is in {rescue}" if rescue else ""
        self.notify(f"{error}{where}", severity="error", timeout=15)

    def _reanchor(self) -> list[tuple[Note, Anchor]]:
        """Anchors after a save: the text has not changed, so only new or edited targets are placed again."""
        known = {(n.id, n.target): a for n, a in self.anchored}
        return self.store.anchored(self.article.text, known)

    def _rescue(self) -> str | None:
        """Keep unsaved notes where they cannot be lost: a copy in the user's state folder."""
        from tui_reader.core.config import state_dir

        if self.store is None:
            return None
        path = self.store.rescue(state_dir() / "unsaved")
        return str(path) if path else None

    def _selected_note(self) -> Note | None:
        """The note chosen in the Notes tab, else the one under the cursor; says so when there is none."""
        if self.pane.built and self.pane.active_tab == "notes":
            ref = self.pane.selected("notes")
            if ref is not None and ref < len(self.anchored):
                return self.anchored[ref][0]
        offset = self._cursor_offset()
        for note, a in self.anchored:
            if a.start is not None and a.start <= offset < a.end:
                return note
        self.notify("Choose a note in the Notes tab (4) first", timeout=3)
        return None

    def action_edit_note(self) -> None:
        note = self._selected_note()
        if note is None:
            return
        from tui_reader.screens.note_editor import NoteEditor

        def done(result) -> None:
            if result is not None:
                self._save(note.edited(result.body, result.tags))

        self.app.push_screen(NoteEditor(note.target.exact, note.target.speaker, note.target.kind, note.body,
                                        note.tags, self.store.tags() if self.store else [], editing=True), done)

    def action_delete_note(self) -> None:
        note = self._selected_note()
        if note is None:
            return
        from tui_reader.screens.note_editor import Confirm

        excerpt = " ".join(note.target.exact.split())
        excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"

        def answered(yes: bool | None) -> None:
            if yes:
                self._save(delete=note.id)

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


def _note_lines(note: Note, status: str) -> tuple[Text, Text, Text]:
    """A note's row in the Notes tab: its passage, its text, its tags and where it is anchored."""
    excerpt = " ".join(note.target.exact.split())
    excerpt = excerpt if len(excerpt) <= 90 else excerpt[:89] + "…"
    passage = Text("“" + excerpt + "”" if note.target.kind == "quote" else excerpt, style="italic")
    body = " ".join(note.body.split()) or "(no text)"
    meta = " · ".join([f"#{t}" for t in note.tags] + [status])
    return passage, Text(body if len(body) <= 160 else body[:159] + "…"), Text(meta, style="dim")
