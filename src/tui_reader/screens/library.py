"""The library: the articles of a folder as a table, filtered by typing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static
from textual.worker import get_current_worker

from tui_reader.core.article import Article, ArticleError, load_article
from tui_reader.core.safetext import one_line

COLUMNS = (("Title", "title"), ("Source", "source"), ("Date", "date"), ("Entities", "entities"),
           ("Quotes", "quotes"), ("Notes", "notes"))


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


class LibraryScreen(Screen):
    """Articles as a table; enter opens one; typing filters."""

    BINDINGS = [
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("enter", "open", "Open", id="open"),
        Binding("j", "cursor(1)", "Down", show=False, id="library-down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="library-up"),
        Binding("r", "reload", "Reload", id="reload"),
        Binding("q,escape", "back", "Quit", id="library-back"),
    ]

    def __init__(self, files: list[Path], folders: list[Path]):
        super().__init__()
        self.files = files
        self.folders = folders
        self.rows: dict[str, Row] = {}

    def compose(self) -> ComposeResult:
        where = one_line(", ".join(str(f) for f in self.folders)) or "the articles given"
        yield Static(Text.assemble(("Library", "bold"), ("  " + where, "dim")), id="title-bar")
        yield Input(placeholder="type to filter by title or source", id="filter")
        yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="library-message")
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one("#table", DataTable)

    def on_mount(self) -> None:
        for label, key in COLUMNS:
            self.table.add_column(label, key=key)
        self.load_rows()
        self.table.focus()

    def load_rows(self) -> None:
        self.rows.clear()
        for path in self.files:
            self.rows[str(path)] = Row(path=path, title=one_line(path.name))
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
        """Load each article (titles first), then count what analysis finds."""
        worker = get_current_worker()
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
        for key, article in loaded:
            if worker.is_cancelled:
                return
            analysis = self.app.analysis_for(article)
            self.app.call_from_thread(self._row_counted, key, len(analysis.entities), len(analysis.quotes))

    def _row_loaded(self, key: str, article: Article) -> None:
        row = self.rows[key]
        row.title = article.title
        row.source = article.source or ""
        row.date = article.published or ""
        row.notes = str(self.app.note_count(article))
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

    def _cells(self, row: Row) -> list:
        title = Text("⚠ " + one_line(row.error), style="bold red") if row.error else Text(one_line(row.title))
        return [title, Text(one_line(row.source)), Text(one_line(row.date)), Text(row.entities, justify="right"),
                Text(row.quotes, justify="right"), Text(row.notes, justify="right")]

    def _update(self, key: str) -> None:
        table = self.table
        if key not in table.rows:
            return
        for (_, column), value in zip(COLUMNS, self._cells(self.rows[key])):
            table.update_cell(key, column, value)

    def _matches(self, row: Row, words: list[str]) -> bool:
        hay = f"{row.title} {row.source} {row.path.name} {row.error or ''}".lower()
        return all(w in hay for w in words)

    def _refill(self) -> None:
        table = self.table
        words = self.query_one("#filter", Input).value.lower().split()
        keep = table.cursor_row
        table.clear()
        for key, row in self.rows.items():
            if self._matches(row, words):
                table.add_row(*self._cells(row), key=key)
        last = self.app.reading_state.last_article
        if last in table.rows and not words:
            table.move_cursor(row=table.get_row_index(last))
        elif table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))

    @on(Input.Changed, "#filter")
    def _filtered(self) -> None:
        self._refill()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.table.focus()
        self.action_open()

    def on_key(self, event) -> None:
        """Type to filter: a printable key that is no binding goes to the filter box."""
        box = self.query_one("#filter", Input)
        if box.has_focus:
            if event.key in ("down", "up"):
                self.action_cursor(1 if event.key == "down" else -1)
                event.stop()
            return
        if event.is_printable and event.character and event.key not in ("j", "k", "r", "q", "slash",
                                                                        "question_mark", "l", "t", "e"):
            box.focus()
            box.insert_text_at_cursor(event.character)
            event.stop()

    @on(DataTable.RowSelected, "#table")
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        table = self.table
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        row = self.rows.get(key)
        if row is None:
            return
        if row.error:
            self.notify(row.error, severity="error", timeout=6)
            return
        self.app.open_article(row.path)

    def action_cursor(self, delta: int) -> None:
        table = self.table
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + delta)))

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

    def action_back(self) -> None:
        box = self.query_one("#filter", Input)
        if box.has_focus or box.value:
            box.value = ""
            self.table.focus()
            return
        self.app.exit(0)

    def refresh_notes(self, path: Path, count: int) -> None:
        key = str(path)
        if key in self.rows:
            self.rows[key].notes = str(count)
            self._update(key)
