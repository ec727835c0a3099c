"""The library: the articles of a folder as a table, filtered by typing."""

from __future__ import annotations

import functools
import gc
import time
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, ProgressBar, Static
from textual.worker import get_current_worker

from tui_reader.core.article import Article, ArticleError, load_article
from tui_reader.core.library import library_folder
from tui_reader.core.safetext import one_line
from tui_reader.messages import AnalysisReady, AnalysisWanted, ArticleRead, NotesChanged, OpenArticle
from tui_reader.screens.quit_or_back import QuitOrBack
from tui_reader.shared import Shared
from tui_reader.widgets.key_footer import KeyFooter
from tui_reader.widgets.row_table import RowTable

COLUMNS = (("", "unread"), ("Title", "title"), ("Source", "source"), ("Date", "date"), ("Entities", "entities"),
           ("Quotes", "quotes"), ("Notes", "notes"))
# Columns shown only when some row has something in them.
OPTIONAL = ("source", "date")
UNREAD_MARK = "●"
def _filter_words(title: str, source: str, name: str, error: str | None) -> str:
    return f"{title} {source} {name} {error or ''}".lower()


# Index progress shows once a check has taken this long, then a few times a second.
_PROGRESS_AFTER = 0.25
_PROGRESS_EVERY = 0.1
_WIDTHS = {"unread": 1, "source": 18, "date": 10, "entities": 8, "quotes": 6, "notes": 5}
MIN_TITLE_WIDTH = 30


@dataclass
class Row:
    path: Path
    title: str
    source: str = ""
    date: str = ""
    entities: str = "…"
    quotes: str = "…"
    notes: str = "0"
    error: str | None = None
    unread: bool = True


class LibraryScreen(QuitOrBack, Screen):
    """Articles as a table; enter opens one; typing filters."""

    DEFAULT_CSS = """
    #filter { margin: 0 1; }
    #table { height: 1fr; }
    #library-message { height: auto; padding: 1 2; }
    """

    BINDINGS = [
        Binding("slash", "app.search_library", "Search", id="library-search"),
        Binding("e", "app.library_entities", "Entities", id="library-entities"),
        Binding("Q", "app.quote_ledger", "Quotes by", id="library-quotes"),
        Binding("N", "app.library_notes", "Notes", id="library-notes"),
        Binding("enter", "open", "Open", id="open"),
        Binding("j", "cursor(1)", "Down", show=False, id="library-down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="library-up"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="toggle-read"),
        Binding("r", "reload", "Reload", show=False, id="reload"),
        Binding("R", "refresh_feeds", "Refresh", id="refresh-feeds"),
        Binding("q", "back", "Back", id="library-back"),
        Binding("q", "quit_top", "Quit", id="library-quit"),  # the same key, named for what it does here
        Binding("escape", "clear_filter", "Clear filter / back", show=False, id="library-clear"),
    ]

    def __init__(self, files: list[Path], folders: list[Path], shared: Shared, prefetch=None):
        super().__init__()
        self.shared = shared
        self.files = files
        self.folders = folders
        self.rows: dict[str, Row] = {}
        self._prefetch = prefetch  # the index read ahead (core.index.IndexPrefetch), used once
        self._counting: dict[str, str] = {}  # sha256 -> row key, for the analyses asked for counts

    def compose(self) -> ComposeResult:
        where = one_line(", ".join(str(f) for f in self.folders)) or "the articles given"
        yield Static(Text.assemble(("Library", "bold"), ("  " + where, "dim")), id="title-bar")
        yield Input(placeholder="type to filter by title or source", id="filter", select_on_focus=False)
        yield RowTable(self._row_cells, id="table")
        yield ProgressBar(id="refresh-progress", show_eta=False)
        yield Static("", id="library-message")
        yield KeyFooter()

    @property
    def table(self) -> RowTable:
        return self.query_one("#table", RowTable)

    def _row_cells(self, key: str) -> dict:
        return self._cells(self.rows[key])

    def on_mount(self) -> None:
        self._columns: tuple[str, ...] = ()
        self._hays: dict[str, str] = {}
        self._last_filter: tuple[str, list[str]] = ("", [])
        self.query_one("#refresh-progress", ProgressBar).display = False
        self.load_rows()
        self.table.focus()

    def load_rows(self) -> None:
        self.rows.clear()
        self._forget_filter()
        state = self.shared.read_state
        keys = state.keys(self.files)  # each file's resolved path: its read mark's key and its index key
        self._index_keys = {key: str(path) for key, path in keys.items()}
        read = {path for key, path in keys.items() if key in state.read}
        # Imported articles are named from their date: by name, newest first, until the dates are read.
        for path in sorted(self.files, key=lambda p: p.name, reverse=True):
            self.rows[str(path)] = Row(path=path, title=one_line(path.name), unread=path not in read)
        self._refill()
        message = self.query_one("#library-message", Static)
        if not self.files:
            message.update(Text(
                f"No articles here. Put .txt or .md files in {one_line(self._folder_hint())} and press r to reload; "
                "or open one directly: tui-reader path/to/article.txt"))
        else:
            message.update("")
        self._scan()

    def _folder_hint(self) -> str:
        return str(self.folders[0]) if self.folders else "the articles folder"

    @work(thread=True, exclusive=True, group="library-scan")
    def _scan(self) -> None:
        """Titles and counts: from the library index for a library folder, else by loading each article."""
        worker = get_current_worker()
        if library_folder(self.files, self.folders) is not None and self._scan_with_index(worker):
            return
        loaded: list[tuple[str, Article]] = []
        errors = 0
        for key in list(self.rows):
            if worker.is_cancelled:
                return
            row = self.rows[key]
            try:
                article = load_article(row.path)
            except ArticleError as exc:
                errors += 1
                self.app.call_from_thread(self._row_failed, key, str(exc))
                continue
            loaded.append((key, article))
            self.app.call_from_thread(self._row_loaded, key, article)
        if errors:
            self.app.call_from_thread(
                self.notify, f"{errors} article{'s' if errors > 1 else ''} could not be read; see the table",
                severity="error", timeout=6)
        self.app.call_from_thread(self._sort_newest_first)
        for key, article in loaded:
            self._counting[article.sha256] = key
            self.post_message(AnalysisWanted(article, self, background=True))

    def on_analysis_ready(self, ready: AnalysisReady) -> None:
        key = self._counting.pop(ready.article.sha256, None)
        if key is not None and key in self.rows and ready.analysis is not None:
            self._row_counted(key, len(ready.analysis.entities), len(ready.analysis.quotes))

    def _scan_with_index(self, worker) -> bool:
        """Show what the index knows at once (a second launch analyses nothing), then bring it up to date."""
        import sqlite3

        from tui_reader.core.index import IndexError_, LibraryIndex

        prefetch, self._prefetch = self._prefetch, None
        try:
            index, rows, counts = prefetch.take() if prefetch else (LibraryIndex(self.folders[0]), None, None)
        except (IndexError_, sqlite3.Error, OSError):
            return False
        try:
            by_path = self._index_keys  # worked out once, by load_rows
            self._send_index_rows(index, by_path, rows, counts)

            started = last = time.monotonic()

            def progress(done: int, total: int, name: str) -> None:
                # A few updates a second, and none for a check that ends quickly: every update is
                # UI-thread work between the user's keys.
                nonlocal last
                now = time.monotonic()
                if now - started >= _PROGRESS_AFTER and (now - last >= _PROGRESS_EVERY or done == total):
                    last = now
                    self.app.call_from_thread(self._index_progress, done, total)

            report = index.update(progress, cancelled=lambda: worker.is_cancelled)
            if worker.is_cancelled:
                return True
            if report.analysed or report.notes or report.removed:
                self._send_index_rows(index, by_path)
            failed = [(k, m) for m in report.errors or [] for k in self.rows if m.startswith(one_line(k) + ":")]
            for key, message in failed:
                self.app.call_from_thread(self._row_failed, key, message)
            if index.rebuilt:
                self.app.call_from_thread(self.notify, index.rebuilt, severity="warning", timeout=6)
            self.app.call_from_thread(self._index_progress, 0, 0)
        except (IndexError_, sqlite3.Error, OSError) as exc:
            self.app.call_from_thread(self.notify, f"library index: {exc}", severity="error", timeout=8)
        finally:
            index.close()
        return True

    def _send_index_rows(self, index, by_path: dict[str, str], rows: list | None = None,
                         counts: dict | None = None) -> None:
        counts = counts if counts is not None else index.counts()
        items = []
        for path, title, source, published in rows if rows is not None else index.article_rows():
            key = by_path.get(path)
            if key is not None:
                title, source = title or "", source or ""
                # The filter's words, lower-cased here in the worker rather than at the first keystroke.
                hay = _filter_words(title, source, Path(key).name, None)
                items.append((key, title, source, published or "", counts.get(path, (0, 0, 0)), hay))
        self.app.call_from_thread(self._rows_from_index, items)

    def _rows_from_index(self, items: list) -> None:
        self._forget_filter()
        for key, title, source, published, (entities, quotes, notes), hay in items:
            row = self.rows.get(key)
            if row is None:
                continue
            row.title, row.source, row.date = title, source, published
            row.entities, row.quotes, row.notes = str(entities), str(quotes), str(notes)
            if not row.error:
                self._hays[key] = hay
        self._sort_newest_first()
        # Tens of thousands of long-lived row objects: left to the cyclic collector, a full
        # collection in the middle of a filter keystroke would stall it (measured: bench/library.py).
        gc.freeze()

    def _index_progress(self, done: int, total: int) -> None:
        bar = self.query_one("#refresh-progress", ProgressBar)
        message = self.query_one("#library-message", Static)
        if not total:
            if bar.display:  # clear only what indexing showed
                bar.display = False
                message.update("")
            return
        bar.display = True
        bar.update(total=total, progress=done)
        message.update(Text(f"Indexing the library: {done}/{total}"))

    def _row_loaded(self, key: str, article: Article) -> None:
        row = self.rows[key]
        row.title = article.title
        row.source = article.source or ""
        row.date = article.published or ""
        row.notes = str(self.shared.note_count(article.path))
        self._update(key)

    def _row_failed(self, key: str, message: str) -> None:
        row = self.rows[key]
        row.error = message
        row.entities = row.quotes = row.notes = "–"
        self._update(key)

    def _row_counted(self, key: str, entities: int, quotes: int) -> None:
        row = self.rows[key]
        row.entities, row.quotes = str(entities), str(quotes)
        self._update(key)

    def _sort_newest_first(self) -> None:
        """Rows by date, newest first (undated last, by name); the reader's J and K follow this order."""
        dated = sorted((r for r in self.rows.values() if r.date), key=lambda r: (r.date, r.path.name), reverse=True)
        undated = [r for r in self.rows.values() if not r.date]
        self.rows = {str(r.path): r for r in dated + undated}
        self._last_filter = ("", [])  # the kept rows are in the old order
        self._refill()

    def ordered_paths(self) -> list[Path]:
        return [r.path for r in self.rows.values() if not r.error]

    def _cells(self, row: Row) -> dict:
        title = Text("⚠ " + one_line(row.error), style="bold red") if row.error else \
            Text(one_line(row.title), style="bold" if row.unread else "")
        return {"unread": Text(UNREAD_MARK if row.unread and not row.error else " ", style="bold"),
                "title": title, "source": Text(one_line(row.source)), "date": Text(one_line(row.date)[:10]),
                "entities": Text(row.entities, justify="right"), "quotes": Text(row.quotes, justify="right"),
                "notes": Text(row.notes, justify="right")}

    def _wanted_columns(self) -> tuple[str, ...]:
        wanted = [key for _, key in COLUMNS if key not in OPTIONAL or any(getattr(r, key) for r in self.rows.values())]
        # On a narrow screen the title keeps room to be read: source goes first, then date.
        width = self.size.width or self.app.size.width
        for key in OPTIONAL:
            if width - sum(_WIDTHS[k] + 2 for k in wanted if k != "title") - 4 >= MIN_TITLE_WIDTH:
                break
            if key in wanted:
                wanted.remove(key)
        return tuple(wanted)

    def _set_columns(self) -> bool:
        """Hide columns empty for every row; the title takes the width the others leave. True if changed."""
        wanted = self._wanted_columns()
        if wanted == self._columns:
            return False
        others = sum(_WIDTHS[k] + 2 for k in wanted if k != "title")
        title_width = max(MIN_TITLE_WIDTH, (self.size.width or self.app.size.width) - others - 4)
        self.table.set_columns([(label, key, title_width if key == "title" else _WIDTHS[key])
                                for label, key in COLUMNS if key in wanted])
        self._columns = wanted
        return True

    def _update(self, key: str) -> None:
        self._forget_filter(key)
        row = self.rows[key]
        # A row can only bring a hidden column back; checking that needs this row alone, not every row.
        if any(getattr(row, k) and k not in self._columns for k in OPTIONAL) and self._set_columns():
            self._refill()
            return
        self.table.refresh_row(key)

    def _forget_filter(self, key: str | None = None) -> None:
        """A row changed (or all did): its filter words are made again, and no narrowing from before."""
        if key is None:
            self._hays.clear()
        else:
            self._hays.pop(key, None)
        self._last_filter = ("", [])

    def _hay(self, key: str) -> str:
        """The words a row is filtered on, lower-cased once per change of the row."""
        hay = self._hays.get(key)
        if hay is None:
            row = self.rows[key]
            hay = self._hays[key] = _filter_words(row.title, row.source, row.path.name, row.error)
        return hay

    def _refill(self) -> None:
        """Show the rows the filter keeps; only the rows on screen are drawn."""
        table = self.table
        query = self.query_one("#filter", Input).value.lower()
        words = query.split()
        self._set_columns()
        last_query, last_keys = self._last_filter
        if words and last_query and query.startswith(last_query):
            candidates = last_keys  # a letter added: only the rows kept so far can match
        else:
            candidates = list(self.rows)
        hay = self._hay
        keys = [key for key in candidates if all(w in hay(key) for w in words)] if words else candidates
        self._last_filter = (query if words else "", keys)
        last = self.shared.reading_state.last_article
        index = keys.index(last) if not words and last in self.rows and last in keys else None
        table.set_rows(keys, cursor=index)

    @on(Input.Changed, "#filter")
    def _filtered(self) -> None:
        self._refill()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.table.focus()
        self.action_open()

    def on_key(self, event) -> None:
        """Type to filter, with the focus left on the table.

        A printable key that is no command starts the filter; once it has text,
        every printable key (commands' letters included) and backspace edit it,
        and enter opens the row under the cursor. Moving the focus to the box
        instead would lose letters typed fast: keys already on their way to the
        table would find the box focused and be taken for commands.
        """
        box = self.query_one("#filter", Input)
        if box.has_focus:
            if event.key in ("down", "up"):
                self.action_cursor(1 if event.key == "down" else -1)
                event.stop()
            return
        if box.value and event.key in ("backspace", "ctrl+h"):
            box.value = box.value[:-1]
            event.stop()
        elif event.is_printable and event.character and (box.value or event.character not in self._command_keys):
            box.value += event.character
            box.cursor_position = len(box.value)
            event.stop()

    @functools.cached_property
    def _command_keys(self) -> frozenset[str]:
        """The characters that are commands here while no filter is open (this screen's, its table's, g and
        G as in less, and the app's); worked out once, not at every key."""
        chars = {"/": "slash", "?": "question_mark"}
        keys = {k.strip() for b in (*self.BINDINGS, *self.table.BINDINGS, *self.app.BINDINGS) for k in b.key.split(",")}
        return frozenset({k for k in keys if len(k) == 1} | {c for c, name in chars.items() if name in keys})

    @on(RowTable.RowSelected, "#table")
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        key = self.table.cursor_key
        row = self.rows.get(key) if key else None
        if row is None:
            return
        if row.error:
            self.notify(row.error, severity="error", timeout=6)
            return
        self.post_message(OpenArticle(row.path))

    def action_cursor(self, delta: int) -> None:
        self.table.move_cursor(self.table.cursor_row + delta)

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_reload(self) -> None:
        from tui_reader.core.article import find_articles

        files: list[Path] = []
        for folder in self.folders:
            try:
                files.extend(find_articles(folder))
            except OSError:
                pass
        if self.folders:
            self.files = files
        self.load_rows()

    def _close_filter(self) -> bool:
        """Clear and leave an open filter; False when none was open."""
        box = self.query_one("#filter", Input)
        if not (box.has_focus or box.value):  # (a q typed into an open filter never gets here)
            return False
        box.value = ""
        self.table.focus()
        return True

    def action_back(self) -> None:
        if not self._close_filter():
            self.dismiss()

    def action_quit_top(self) -> None:
        if not self._close_filter():
            self.app.exit(0)

    def action_clear_filter(self) -> None:
        """Escape clears the filter and returns to the table; with none open, back to the article
        below (if the library was opened over one). It never quits."""
        if not self._close_filter() and not self._is_top():
            self.dismiss()

    def _current_key(self) -> str | None:
        return self.table.cursor_key

    def action_toggle_read(self) -> None:
        key = self._current_key()
        row = self.rows.get(key) if key else None
        if row is None:
            return
        row.unread = not self.shared.read_state.toggle(row.path)
        self.shared.read_state.save()
        self._update(key)

    def on_article_read(self, message: ArticleRead) -> None:
        self.mark_read(message.path)

    def mark_read(self, path: Path) -> None:
        key = str(path)
        if key in self.rows and self.rows[key].unread:
            self.rows[key].unread = False
            self._update(key)

    def action_refresh_feeds(self) -> None:
        from tui_reader.core.feeds import FeedError, load_feeds

        folder = self.shared.library_folder
        try:
            feeds = load_feeds(folder)
        except FeedError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        if not feeds:
            self.notify(f"No feeds in {folder}; add one with: tui-reader feed add URL", timeout=6)
            return
        bar = self.query_one("#refresh-progress", ProgressBar)
        bar.update(total=len(feeds), progress=0)
        bar.display = True
        self._refresh(folder)

    @work(thread=True, exclusive=True, group="feeds")
    def _refresh(self, folder: Path) -> None:
        from tui_reader.core.feeds import FeedError, refresh

        worker = get_current_worker()

        def progress(done: int, total: int, result) -> None:
            self.app.call_from_thread(self._refresh_progress, done, total, result.title or result.url)

        try:
            results = refresh(folder, progress, cancelled=lambda: worker.is_cancelled)
        except (FeedError, OSError) as exc:
            self.app.call_from_thread(self._refresh_done, [], str(exc))
            return
        self.app.call_from_thread(self._refresh_done, results, None)

    def _refresh_progress(self, done: int, total: int, name: str) -> None:
        self.query_one("#refresh-progress", ProgressBar).update(progress=done)
        self.query_one("#library-message", Static).update(Text(f"Refreshing {done}/{total}: {one_line(name)}"))

    def _refresh_done(self, results: list, error: str | None) -> None:
        self.query_one("#refresh-progress", ProgressBar).display = False
        self.query_one("#library-message", Static).update("")
        if error:
            self.notify(error, severity="error", timeout=8)
            return
        new = sum(len(r.new) for r in results)
        errors = [e for r in results for e in r.errors]
        self.notify(f"{len(results)} feeds, {new} new article{'s' if new != 1 else ''}"
                    + (f", {len(errors)} errors (first: {errors[0]})" if errors else ""),
                    severity="warning" if errors else "information", timeout=8)
        folder = self.shared.library_folder
        if folder not in self.folders:
            self.folders.append(folder)
        self.action_reload()

    def on_notes_changed(self, changed: NotesChanged) -> None:
        changed.stop()  # heard here; it does not go back up to the app
        key = str(Path(changed.article_path))
        count = changed.count
        if key in self.rows:
            self.rows[key].notes = str(count)
            self._update(key)
