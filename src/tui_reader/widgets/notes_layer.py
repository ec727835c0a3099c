"""The notes of one article, a part of its reader that owns them: it reads them, saves changes and
watches the file, all off the UI thread, and tells the reader by messages when what it shows changes.

The reader paints and lists what `Updated` carries, and calls `put` and `delete`; it never reads
the notes file or the store itself.
"""

from __future__ import annotations

import os
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
    from tui_reader.core.notes import Note, NoteStore


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

    def __init__(self, article: Article, notes_dir: Path | None = None):
        super().__init__()
        self.article = article
        self.notes_dir = notes_dir
        self.store: NoteStore | None = None
        self.anchored: list[tuple[Note, Anchor]] = []
        self._seen: tuple[int, int] | None = None  # the file's (mtime, size) when last read or written
        self._saves = 0  # counts our saves: a load begun before one is older than what is shown

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
