"""The notes of one article, the part of its reader that owns them and their actions.

It reads the notes, saves changes and watches the file, all off the UI thread; it keeps the
selection a note is made on (by sentence, or dragged with the mouse) and runs the note actions
(select, annotate, edit, delete). It tells the reader by messages what to show: `Updated` when the
notes change, `SelectionChanged` when the selection does. The reader forwards its keys here with
where it is (`Here`), paints and lists what the messages carry, and never reads the notes file,
the store or the selection's sentences itself.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.message import Message
from textual.widget import Widget

from tui_reader.core.article import Article
from tui_reader.messages import NotesChanged, deliver
from tui_reader.widgets.item_list import Row

if TYPE_CHECKING:  # the notes code is loaded by the first read, after the reader's first frame
    from tui_reader.core.anchoring import Anchor
    from tui_reader.core.notes import Note, NoteStore, Target


@dataclass(frozen=True)
class Here:
    """Where the reader is, which decides what a note is on."""

    top: int  # the text offset at the top of the screen
    item: tuple[int, int, str, str | None] | None = None  # the current highlight: start, end, kind, speaker
    chosen: int | None = None  # the note chosen in the Notes tab, while that tab is shown

    @property
    def offset(self) -> int:
        return self.item[0] if self.item is not None else self.top


class NotesLayer(Widget):
    """An article's notes: loaded in a worker, each change written in a worker (lock, merge, fsync),
    the file looked at now and then for notes another process added."""

    DEFAULT_CSS = "NotesLayer { display: none; }"
    CHECK_EVERY = 2.0  # seconds between looks at the notes file

    class Updated(Message):
        """The notes to show changed (read, saved, or added by another process)."""

        def __init__(self, layer: "NotesLayer"):
            super().__init__()
            self.layer = layer

        @property
        def control(self) -> "NotesLayer":
            return self.layer

    class SelectionChanged(Message):
        """The passage selected for a note changed: paint `span` (None: no selection), show `reveal`."""

        def __init__(self, layer: "NotesLayer", span: tuple[int, int] | None,
                     reveal: tuple[int, int] | None, by_sentence: bool):
            super().__init__()
            self.layer = layer
            self.span = span
            self.reveal = reveal
            self.by_sentence = by_sentence  # ] [ and j k extend it

        @property
        def control(self) -> "NotesLayer":
            return self.layer

    def __init__(self, article: Article, notes_dir: Path | None = None):
        super().__init__()
        self.article = article
        self.notes_dir = notes_dir
        self.store: NoteStore | None = None
        self.anchored: list[tuple[Note, Anchor]] = []
        self._seen: tuple[int, int] | None = None  # the file's (mtime, size) when last read or written
        self._saves = 0  # counts our saves: a load begun before one is older than what is shown
        self.selection: tuple[int, int] | None = None  # sentence indices, inclusive
        self.mouse_span: tuple[int, int] | None = None  # text offsets selected with the mouse
        self._selection_anchor = 0
        self._sentences: Sequence[tuple[int, int]] | None = None

    def start(self) -> None:
        """Read the notes, then keep looking at the file (the reader calls this after its first frame)."""
        self._load()
        if self.article.path:
            self.set_interval(self.CHECK_EVERY, self._check_file)

    # -- what the reader asks -------------------------------------------------------

    def tags(self) -> list[str]:
        return self.store.tags() if self.store else []

    def note_at(self, offset: int) -> Note | None:
        """The note whose passage holds this text offset."""
        for note, a in self.anchored:
            if a.start is not None and a.start <= offset < a.end:
                return note
        return None

    def rows(self, tag_filter: str = "") -> tuple[list[Row], str]:
        """The Notes tab's rows (id "notes-N" for the Nth note), orphans last, and what to say when none."""
        rows: list[Row] = []
        orphans: list[Row] = []
        for i, (note, a) in enumerate(self.anchored):
            if tag_filter and not any(t.lower().startswith(tag_filter) for t in note.tags):
                continue
            row = Row(partial(_note_lines, note, a.status), id=f"notes-{i}", wraps=(2, 2, 1))
            (orphans if a.start is None else rows).append(row)
        if orphans:
            rows.append(Row((Text("Orphaned: their text is no longer in the article", style="bold"),), disabled=True))
            rows.extend(orphans)
        if self.store is not None and self.store.error:
            empty = self.store.error
        elif tag_filter:
            empty = f"No notes tagged “{tag_filter}…”."
        else:
            empty = "No notes yet: press a to annotate the current item or sentence, v to select sentences."
        return rows, empty

    def anchor_of(self, index: int) -> tuple[int, int] | None:
        """Where the Nth note is in the text; None (and says why) when it is no longer there."""
        if index >= len(self.anchored):
            return None
        note, a = self.anchored[index]
        if a.start is None:
            self.notify(f"Orphaned: “{' '.join(note.target.exact.split())[:80]}” is no longer in the article",
                        timeout=5)
            return None
        return a.start, a.end

    # -- what to annotate -----------------------------------------------------------

    def use_sentences(self, sentences: Sequence[tuple[int, int]]) -> None:
        """The analysis's sentence spans, once it is in."""
        self._sentences = sentences

    def sentences(self) -> Sequence[tuple[int, int]]:
        """Sentence spans: the analysis's, or found here if it has not arrived yet."""
        if self._sentences is None:
            from tui_reader.core.analysis.segment import sentence_bounds

            self._sentences = sentence_bounds(self.article.text)
        return self._sentences

    def _sentence_index_at(self, offset: int) -> int:
        sents = self.sentences()
        return max(0, min(len(sents) - 1, bisect_right(sents, (offset, len(self.article.text) + 1)) - 1))

    def target(self, here: Here) -> Target | None:
        """What a note made now is on: the mouse selection, the sentences selected, the current
        highlight, else the first sentence that begins on screen."""
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
        if here.item is not None:
            start, end, kind, speaker = here.item
            return Target.at(text, start, end, kind, speaker)
        sents = self.sentences()
        if not sents:
            return None
        k = self._sentence_index_at(here.top)
        if sents[k][0] < here.top and k + 1 < len(sents):  # the sentence began above the screen: the next one
            k += 1
        s, e = sents[k]
        return Target.at(text, s, e, "selection")

    # -- the selection ------------------------------------------------------------------

    def select(self, here: Here) -> None:
        """Select the sentence at the cursor; ] [ (or j k) then extend the selection."""
        if not self.sentences():
            return
        k = self._sentence_index_at(here.offset)
        self._selection_anchor = k
        self.selection = (k, k)
        self._selection_changed()
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
        self._selection_changed()

    def select_span(self, start: int, end: int) -> None:
        """Text dragged over with the mouse."""
        self.mouse_span = (start, end)
        self.notify("Text selected: a annotates it, escape cancels", timeout=3)
        self.post_message(self.SelectionChanged(self, None, None, by_sentence=False))

    def clear_selection(self) -> None:
        self.selection = None
        self.mouse_span = None
        self.post_message(self.SelectionChanged(self, None, None, by_sentence=False))

    @property
    def has_selection(self) -> bool:
        return self.selection is not None or self.mouse_span is not None

    def _selection_changed(self) -> None:
        sents = self.sentences()
        a, b = self.selection
        s, e = sents[a][0], sents[b][1]
        self.post_message(self.SelectionChanged(self, (s, e), (s, e) if a == b else (sents[b][0], e),
                                                by_sentence=True))

    def selection_status(self) -> str | None:
        if self.mouse_span is not None:
            return f"Selection: {self.mouse_span[1] - self.mouse_span[0]} characters (a annotates, escape cancels)"
        if self.selection is None:
            return None
        a, b = self.selection
        count = b - a + 1
        return f"Selection: {count} sentence{'s' if count > 1 else ''} (a annotates, escape cancels)"

    # -- the note actions -----------------------------------------------------------------

    def annotate(self, here: Here) -> None:
        """Write a note on what `target` gives, in the note editor."""
        target = self.target(here)
        if target is None:
            self.notify("Nothing to annotate here", timeout=2)
            return
        from tui_reader.screens.note_editor import NoteEditor

        def done(result) -> None:
            if result is None:
                return
            from tui_reader.core.notes import Note, new_id

            self.clear_selection()
            self.put(Note(new_id(), target, result.body, result.tags))

        self.app.push_screen(NoteEditor(target.exact, target.speaker, target.kind, known_tags=self.tags()), done)

    def _chosen_note(self, here: Here) -> Note | None:
        """The note chosen in the Notes tab, else the one under the cursor; says so when there is none."""
        if here.chosen is not None and here.chosen < len(self.anchored):
            return self.anchored[here.chosen][0]
        note = self.note_at(here.offset)
        if note is None:
            self.notify("Choose a note in the Notes tab (4) first", timeout=3)
        return note

    def edit_note(self, here: Here) -> None:
        note = self._chosen_note(here)
        if note is None:
            return
        from tui_reader.screens.note_editor import NoteEditor

        def done(result) -> None:
            if result is not None:
                self.put(note.edited(result.body, result.tags))

        self.app.push_screen(NoteEditor(note.target.exact, note.target.speaker, note.target.kind, note.body,
                                        note.tags, self.tags(), editing=True), done)

    def delete_note(self, here: Here) -> None:
        note = self._chosen_note(here)
        if note is None:
            return
        from tui_reader.screens.note_editor import Confirm

        excerpt = " ".join(note.target.exact.split())
        excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"

        def answered(yes: bool | None) -> None:
            if yes:
                self.delete(note.id)

        self.app.push_screen(Confirm(f"Delete the note on “{excerpt}”?"), answered)

    # -- changes ----------------------------------------------------------------------

    def put(self, note: Note) -> None:
        """Add a note, or replace the one with its id."""
        self._change(note=note)

    def delete(self, note_id: str) -> None:
        self._change(delete=note_id)

    def _change(self, note: Note | None = None, delete: str | None = None) -> None:
        """Show the change at once; write it in a worker, which says if it failed."""
        if self.store is None:
            if not self.article.path:
                self.notify("This article has no file, so its notes cannot be saved", severity="error")
                return
            from tui_reader.core.notes import NoteStore

            self.store = NoteStore(self.article.path, self.notes_dir, self._article_meta())
        if note is not None:
            self.store.put(note)
        if delete is not None:
            self.store.delete(delete)
        self._saves += 1
        self._ready(self.store, self._reanchor())
        self._write(self.store)

    # -- reading and writing, off the UI thread ------------------------------------------

    def _article_meta(self) -> dict:
        a = self.article
        return {"path": (a.path and a.path.rsplit("/", 1)[-1]) or a.id, "title": a.title, "sha256": a.sha256}

    @work(thread=True, exclusive=True, group="notes")
    def _load(self) -> None:
        from tui_reader.core.notes import NoteStore

        if not self.article.path:
            return
        saves = self._saves
        seen = self._stat()  # before reading: a change made meanwhile is seen at the next check
        store = NoteStore(self.article.path, self.notes_dir, self._article_meta()).load()
        anchored = store.anchored(self.article.text)
        deliver(self, self._loaded, store, anchored, seen, saves)

    def _loaded(self, store: NoteStore, anchored: list, seen: tuple[int, int] | None, saves: int) -> None:
        if saves != self._saves:
            return  # read before a save of ours: the notes shown are newer
        self._ready(store, anchored, seen)

    def _stat(self) -> tuple[int, int] | None:
        from tui_reader.core.notes import notes_path

        try:
            st = os.stat(notes_path(self.article.path, self.notes_dir))
        except (OSError, TypeError, ValueError):
            return None
        return (st.st_mtime_ns, st.st_size)

    def _check_file(self) -> None:
        if self.store is None or self.store.pending:
            return  # still loading, or our own unsaved notes come first
        seen = self._stat()
        if seen != self._seen:
            self._seen = seen
            self._load()

    def _ready(self, store: NoteStore, anchored: list[tuple[Note, Anchor]],
               seen: tuple[int, int] | None | bool = False) -> None:
        if seen is not False:
            self._seen = seen
        first = self.store is None
        self.store = store
        self.anchored = anchored
        if first and store.error:
            self.notify(store.error, severity="error", timeout=12)
        elif first and store.warning:
            self.notify(store.warning, severity="warning", timeout=12)
        self.post_message(self.Updated(self))

    @work(thread=True, group="notes-save")
    def _write(self, store: NoteStore) -> None:
        from tui_reader.core.notes import NotesError

        try:
            store.save()
        except NotesError as exc:
            deliver(self, self._not_saved, str(exc))
            return
        deliver(self, self._saved, store, self._stat())

    def _saved(self, store: NoteStore, seen: tuple[int, int] | None) -> None:
        self._seen = seen  # our own write: nothing to load again
        if store is self.store:
            self._ready(store, self._reanchor())  # what the merge with the file brought in
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


def _note_lines(note: Note, status: str) -> tuple[Text, Text, Text]:
    """A note's row in the Notes tab: its passage, its text, its tags and where it is anchored."""
    excerpt = " ".join(note.target.exact.split())
    excerpt = excerpt if len(excerpt) <= 90 else excerpt[:89] + "…"
    passage = Text("“" + excerpt + "”" if note.target.kind == "quote" else excerpt, style="italic")
    body = " ".join(note.body.split()) or "(no text)"
    meta = " · ".join([f"#{t}" for t in note.tags] + [status])
    return passage, Text(body if len(body) <= 160 else body[:159] + "…"), Text(meta, style="dim")
