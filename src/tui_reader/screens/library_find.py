"""Library-wide lists from the index: search hits, entities, quotes by a speaker, notes.

One modal shows one `Source` at a time. Typing asks the index again (a live
source) or narrows the rows already loaded (a fixed one); Enter opens the
article at the row's place, or goes one level down (an entity to its
articles, a speaker to their quotes), and escape comes back up. The index is
brought up to date once when the list opens, in a worker, with its progress
shown; every query runs in a worker too, so keys never wait on the database.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui_reader.core.library import Goto
from tui_reader.core.safetext import one_line

ARTICLE_SCOPE = "article"  # what the entity list returns to ask for the article's own finder


def _clip(text: str, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _dated(title: str, published: str | None) -> Text:
    line = Text(_clip(title or "(untitled)", 60), style="bold")
    if published:
        line.append("  " + one_line(published)[:10], style="dim")
    return line


@dataclass
class Item:
    label: Text
    goto: Goto | None = None
    drill: "Source | None" = None
    words: str = ""  # what a fixed list's typing matches
    data: object = None


@dataclass
class Source:
    """One list: how to title it and where its rows come from."""

    title: str
    placeholder: str
    empty: str = "Nothing found"
    live: bool = True  # True: each query goes to the index; False: loaded once, typing narrows
    scope_key: bool = False  # ctrl+l goes to the article's own finder
    query: str = field(default="", compare=False)  # what was typed, kept when coming back up
    note: str = field(default="", compare=False)  # a line the status shows beside the count (set by rows())

    def rows(self, index, query: str) -> list[Item]:
        raise NotImplementedError


class SearchSource(Source):
    def __init__(self):
        super().__init__("Search the library", 'words, "a phrase", prefix*, AND / OR / NOT',
                         "No article matches")

    def rows(self, index, query: str) -> list[Item]:
        from tui_reader.core.index import SNIPPET_MARKS, reader_query

        if not query.strip():
            return []
        highlight = reader_query(query)
        out = []
        for hit in index.search(query, limit=100, marks=SNIPPET_MARKS):
            label = _dated(hit.title, hit.published)
            label.append("\n")
            label.append_text(_snippet(hit.snippet))
            out.append(Item(label, Goto(hit.path, "search", query=highlight, snippet=hit.snippet)))
        return out


def _snippet(snippet: str) -> Text:
    """A snippet with its matched words in bold reverse (marks are control characters, never shown)."""
    from tui_reader.core.index import SNIPPET_MARKS

    open_, close = SNIPPET_MARKS
    out = Text(style="dim")
    rest = " ".join(snippet.split())
    while rest:
        i = rest.find(open_)
        if i < 0:
            out.append(rest)
            break
        out.append(rest[:i])
        j = rest.find(close, i)
        j = len(rest) if j < 0 else j
        out.append(rest[i + 1:j], style="bold reverse")
        rest = rest[j + 1:]
    return out


class EntitySource(Source):
    def __init__(self, scope_key: bool = False):
        super().__init__("Entities in the library", "name or part of a name",
                         "No entity of that name in the library", scope_key=scope_key)

    def rows(self, index, query: str) -> list[Item]:
        out = []
        for e in index.entities(query.strip() or None, limit=300):
            label = Text(_clip(e.name, 50), style="bold")
            label.append(f"  {e.type}  {e.articles} article{'s' if e.articles != 1 else ''}"
                         f" · {e.mentions} mention{'s' if e.mentions != 1 else ''}", style="dim")
            out.append(Item(label, drill=EntityArticlesSource(e.name, e.type)))
        return out


class EntityArticlesSource(Source):
    def __init__(self, name: str, type: str):
        super().__init__(f"Articles naming {one_line(name)} ({type})", "type to narrow by title",
                         live=False)
        self.name, self.type = name, type

    def rows(self, index, query: str) -> list[Item]:
        out = []
        for a in index.entity_articles(self.name, self.type):
            label = _dated(a.title, a.published)
            label.append(f"  {a.mentions} mention{'s' if a.mentions != 1 else ''}", style="dim")
            others = [x for x in a.aliases if x != self.name]
            if others:
                label.append(f"  as {_clip(', '.join(others), 40)}", style="dim italic")
            out.append(Item(label, Goto(a.path, "entity", a.first_start, None, entity=(self.name, self.type)),
                            words=f"{a.title} {a.published or ''}"))
        return out


class SpeakerSource(Source):
    def __init__(self):
        super().__init__("Quotes by…", "a speaker's name or part of it", "Nobody of that name is quoted")

    def rows(self, index, query: str) -> list[Item]:
        out = []
        for s in index.speakers(query.strip() or None):
            label = Text(_clip(s.speaker, 50), style="bold")
            label.append(f"  {s.quotes} quote{'s' if s.quotes != 1 else ''} in {s.articles} "
                         f"article{'s' if s.articles != 1 else ''}", style="dim")
            out.append(Item(label, drill=QuoteSource(s.speaker)))
        return out


class QuoteSource(Source):
    def __init__(self, speaker: str):
        super().__init__(f"Quotes by {one_line(speaker)}, newest first", "type to narrow by the quote's words",
                         f"No quote by {one_line(speaker)} in the library", live=False)
        self.speaker = speaker

    def rows(self, index, query: str) -> list[Item]:
        out = []
        for q in index.quotes_by(self.speaker):
            label = Text("“" + _clip(q.text, 160) + "”" if q.kind != "reported" else _clip(q.text, 160))
            label.append("\n")
            label.append_text(_dated(q.title, q.published))
            said = f"  {q.kind}" + (f", as “{one_line(q.speaker_mention)}”" if q.speaker_mention else "")
            label.append(said, style="dim")
            out.append(Item(label, Goto(q.path, "quote", q.start, q.end), words=f"{q.text} {q.title}"))
        return out


class NotesSource(Source):
    def __init__(self):
        super().__init__("Notes in the library", "words of a note or its passage; #tag (or its start) for a tag",
                         "No note matches", live=False)

    def rows(self, index, query: str) -> list[Item]:
        problems = index.notes_problems()
        self.note = ""
        if problems:
            n = len(problems)
            path, problem = problems[0]
            short = problem.replace(os.path.dirname(path) + os.sep, "")  # the file's name is enough here
            self.note = f"{n} notes file{'s' if n > 1 else ''} not read, left as {'they are' if n > 1 else 'it is'}: {short}"
        out = []
        for n in index.notes(limit=20_000):
            label = Text(_clip(n.exact, 100), style="italic")
            if n.start < 0:
                label.append("  (orphaned)", style="dim")
            label.append("\n")
            label.append(_clip(n.body.split("\n", 1)[0] or "(no text)", 80))
            if n.tags:
                label.append("  " + " ".join("#" + one_line(t) for t in n.tags), style="bold")
            label.append("  ")
            label.append_text(_dated(n.title, None))
            goto = Goto(n.path, "note", n.start if n.start >= 0 else None, n.end if n.start >= 0 else None,
                        note_id=n.note_id)
            out.append(Item(label, goto, words=f"{n.exact} {n.body} {n.title}", data=n))
        return out


def narrow(items: list[Item], query: str) -> list[Item]:
    """A fixed list narrowed by what was typed: every word in the row's words; `#tag` a tag of a note."""
    words = query.lower().split()
    if not words:
        return items
    tags = [w[1:] for w in words if w.startswith("#") and len(w) > 1]
    plain = [w for w in words if not w.startswith("#")]
    out = []
    for item in items:
        hay = item.words.lower()
        if not all(w in hay for w in plain):
            continue
        if tags:
            have = [t.lower() for t in getattr(item.data, "tags", ())]
            if not all(any(h.startswith(t) for h in have) for t in tags):
                continue
        out.append(item)
    return out


class LibraryFinder(ModalScreen["Goto | str | None"]):
    """A library-wide list; dismisses with the Goto chosen (or None)."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="library-find-back"),
        Binding("down", "cursor(1)", "Down", show=False, id="library-find-down"),
        Binding("up", "cursor(-1)", "Up", show=False, id="library-find-up"),
        Binding("pagedown", "cursor(10)", "Page down", show=False, id="library-find-page-down"),
        Binding("pageup", "cursor(-10)", "Page up", show=False, id="library-find-page-up"),
        Binding("ctrl+l", "scope", "This article", show=False, id="library-find-scope"),
        Binding("ctrl+s", "export", "Export", show=False, id="library-find-export"),
    ]

    def __init__(self, library: Path, source: Source, query: str = ""):
        super().__init__()
        self.library = library
        self.stack: list[Source] = [source]
        self.initial_query = query
        self.items: list[Item] = []
        self._loaded: list[Item] = []  # a fixed source's rows
        self._index = None
        self._lock = threading.Lock()
        self._ready = False
        self._generation = 0

    @property
    def source(self) -> Source:
        return self.stack[-1]

    def compose(self) -> ComposeResult:
        with Vertical(id="finder", classes="library-finder"):
            yield Static("", id="finder-title")
            yield Input(placeholder=self.source.placeholder, id="finder-input", select_on_focus=False)
            yield OptionList(id="finder-list")
            yield Static("", id="finder-status")

    def on_mount(self) -> None:
        self._show_title()
        box = self.query_one("#finder-input", Input)
        if self.initial_query:
            with box.prevent(Input.Changed):
                box.value = self.initial_query
        box.focus()
        self._set_status("Opening the library index…")
        self._prepare()

    def _show_title(self) -> None:
        title = Text(self.source.title, style="bold")
        hints = ["enter: open" if not isinstance(self.source, (EntitySource, SpeakerSource)) else "enter: list"]
        if len(self.stack) > 1:
            hints.append("escape: back")
        if self.source.scope_key:
            hints.append("ctrl+l: this article")
        if isinstance(self.source, NotesSource):
            hints.append("ctrl+s: export")
        title.append("   " + " · ".join(hints), style="dim")
        self.query_one("#finder-title", Static).update(title)
        self.query_one("#finder-input", Input).placeholder = self.source.placeholder

    def _set_status(self, message: str) -> None:
        self.query_one("#finder-status", Static).update(Text(message, style="dim"))

    # -- the index, in workers ----------------------------------------------------

    @work(thread=True, exclusive=True, group="library-find-prepare")
    def _prepare(self) -> None:
        import sqlite3

        from tui_reader.core.index import IndexError_, LibraryIndex

        worker = get_current_worker()
        try:
            index = LibraryIndex(self.library)
            if index.rebuilt:
                self.app.call_from_thread(self.notify, index.rebuilt, severity="warning", timeout=6)

            def progress(done: int, total: int, name: str) -> None:
                if done % 10 == 0 or done == total:
                    self.app.call_from_thread(self._set_status, f"Indexing the library: {done}/{total}")

            with self._lock:
                index.update(progress, cancelled=lambda: worker.is_cancelled)
        except (IndexError_, sqlite3.Error, OSError) as exc:
            self.app.call_from_thread(self._set_status, f"The library index cannot be used: {exc}")
            return
        if worker.is_cancelled:
            index.close()
            return
        self._index = index
        self.app.call_from_thread(self._index_ready)

    def _index_ready(self) -> None:
        self._ready = True
        self._load(self.source, self.query_one("#finder-input", Input).value)

    def _load(self, source: Source, query: str) -> None:
        """Ask for a source's rows: a live one for this query, a fixed one all at once."""
        self._generation += 1
        if source.live:
            self._query(source, query, self._generation)
        else:
            self._loaded = []
            self._query(source, "", self._generation, load=True)

    def on_unmount(self) -> None:
        index, self._index = self._index, None
        if index is not None:
            with self._lock:
                index.close()

    def _ask(self, query: str) -> None:
        """A keystroke: a live source asks the index again, a fixed one narrows what it loaded."""
        if not self._ready:
            return
        if self.source.live:
            self._load(self.source, query)
        else:
            self._generation += 1  # an answer still on its way is for the old text
            self._fill(narrow(self._loaded, query), query)

    @work(thread=True, exclusive=True, group="library-find-query")
    def _query(self, source: Source, query: str, generation: int, load: bool = False) -> None:
        import sqlite3

        from tui_reader.core.index import IndexError_

        index = self._index
        if index is None:
            return
        try:
            with self._lock:
                items = source.rows(index, query)
        except IndexError_ as exc:
            self.app.call_from_thread(self._query_failed, generation, str(exc))
            return
        except sqlite3.Error as exc:
            self.app.call_from_thread(self._query_failed, generation, f"library index: {exc}")
            return
        self.app.call_from_thread(self._query_done, source, query, generation, items, load)

    def _query_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._set_status(message)

    def _query_done(self, source: Source, query: str, generation: int, items: list[Item], load: bool) -> None:
        if source is not self.source or generation != self._generation:
            return  # an answer to an older keystroke, or to a list left meanwhile
        if load:
            self._loaded = items
            items = narrow(items, self.query_one("#finder-input", Input).value)
        self._fill(items, query)

    def _fill(self, items: list[Item], query: str) -> None:
        self.items = items
        option_list = self.query_one("#finder-list", OptionList)
        option_list.clear_options()
        if items:
            option_list.add_options([Option(item.label, id=f"row-{i}") for i, item in enumerate(items[:500])])
            option_list.highlighted = 0
        if not items:
            live_empty = isinstance(self.source, SearchSource) and not query.strip()
            status = "Type to search every article of the library" if live_empty else self.source.empty
        else:
            more = f" (first {len(option_list.options)})" if len(items) > option_list.option_count else ""
            status = f"{len(items)} row{'s' if len(items) != 1 else ''}{more}"
        self._set_status(status + (f" · {self.source.note}" if self.source.note else ""))

    # -- keys -----------------------------------------------------------------------

    @on(Input.Changed, "#finder-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._ask(event.value)

    @on(Input.Submitted, "#finder-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose(self.query_one("#finder-list", OptionList).highlighted)

    @on(OptionList.OptionSelected, "#finder-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is None or index >= len(self.items):
            return
        item = self.items[index]
        if item.drill is not None:
            self.source.query = self.query_one("#finder-input", Input).value
            self._enter(item.drill, "")
        elif item.goto is not None:
            self.dismiss(item.goto)

    def _enter(self, source: Source, query: str) -> None:
        if source is not self.source:
            self.stack.append(source)
        box = self.query_one("#finder-input", Input)
        with box.prevent(Input.Changed):
            box.value = query
        self._show_title()
        self.query_one("#finder-list", OptionList).clear_options()
        self.items = []
        self._set_status("…")
        if self._ready:
            self._load(source, query)

    def action_back(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()
            self._enter(self.source, self.source.query)
            return
        self.dismiss(None)

    def action_cursor(self, delta: int) -> None:
        from tui_reader.screens.entity_finder import step_highlight

        step_highlight(self.query_one("#finder-list", OptionList), delta)

    def action_scope(self) -> None:
        if self.source.scope_key and len(self.stack) == 1:
            self.dismiss(ARTICLE_SCOPE)

    def action_export(self) -> None:
        if not isinstance(self.source, NotesSource):
            return
        rows = [item.data for item in self.items if item.data is not None]
        if not rows:
            self.notify("No notes to export", timeout=3)
            return

        def chosen(fmt: str | None) -> None:
            if fmt:
                self._export(rows, fmt)

        self.app.push_screen(ExportChoice(len(rows)), chosen)

    @work(thread=True, group="library-find-export")
    def _export(self, rows: list, fmt: str) -> None:
        from tui_reader.core.files import atomic_write
        from tui_reader.core.notes_export import library_markdown, library_w3c
        from tui_reader.core.safetext import json_dumps

        title = f"Notes of {self.library.resolve().name}"
        folder = export_folder()
        stem = f"notes-{self.library.resolve().name}-{date.today().isoformat()}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if fmt == "md":
                path = folder / f"{stem}.md"
                data = library_markdown(rows, title)
            else:
                path = folder / f"{stem}.jsonld"
                data = json_dumps(library_w3c(rows, title), indent=2) + "\n"
            atomic_write(path, data.encode("utf-8"))
        except OSError as exc:
            self.app.call_from_thread(self.notify, f"export failed: {exc}", severity="error", timeout=8)
            return
        plural = "s" if len(rows) != 1 else ""
        self.app.call_from_thread(self.notify, f"{len(rows)} note{plural} exported to {path}", timeout=8)


def export_folder() -> Path:
    """Where the Notes view writes its exports: the user's data folder, never the library (it would be read
    back as an article)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("tui-reader")) / "exports"


class ExportChoice(ModalScreen[str | None]):
    """Markdown or W3C: one key."""

    DEFAULT_CSS = """
    #export-choice { width: 50; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    ExportChoice { align: center middle; }
    """

    BINDINGS = [
        Binding("m", "pick('md')", "Markdown", id="export-md"),
        Binding("w", "pick('w3c')", "W3C JSON-LD", id="export-w3c"),
        Binding("escape", "pick('')", "Cancel", id="export-cancel"),
    ]

    def __init__(self, count: int):
        super().__init__()
        self.count = count

    def compose(self) -> ComposeResult:
        with Vertical(id="export-choice"):
            yield Static(Text(f"Export {self.count} note{'s' if self.count != 1 else ''} as:\n\n"
                              "  m  Markdown report\n  w  W3C Web Annotation (JSON-LD)\n\n  escape  cancel"))

    def action_pick(self, fmt: str) -> None:
        self.dismiss(fmt or None)
