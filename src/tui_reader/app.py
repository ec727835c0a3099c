"""ReaderApp: which screen opens, global keys, shared state between screens."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from tui_reader.core.analysis.model import Analysis
from tui_reader.core.article import Article, ArticleError, load_article
from tui_reader.core.config import ReadingState
from tui_reader.core.themes import DEFAULT_HIGHLIGHT


def _entity_commands():
    """The entity provider, imported when the palette first opens (not at start-up)."""
    from tui_reader.commands import EntityCommands

    return EntityCommands


class ReaderApp(App[int]):
    """A terminal news reader for close reading."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_entity_commands}
    TITLE = "tui-reader"
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("l", "library", "Library", id="library"),
    ]

    def __init__(self, files: list[Path], folders: list[Path], start: Path | None = None,
                 start_article: Article | None = None):
        super().__init__()
        self.start_article = start_article
        self.files = files
        self.folders = folders
        self.start = start
        self.animation_level = "none"  # a reader wants the page to move at once
        self.reading_state = ReadingState()
        self.highlight_styles = dict(DEFAULT_HIGHLIGHT)
        self._analyses: dict[str, Analysis] = {}
        self._analysis_lock = threading.Lock()

    def on_mount(self) -> None:
        opened = self.start is not None and self.open_article(self.start, self.start_article)
        self.start_article = None
        if not opened:
            self.push_screen(self._library())

    def _library(self) -> Screen:
        from tui_reader.screens.library import LibraryScreen

        return LibraryScreen(self.files, self.folders)

    # -- shared data ----------------------------------------------------------

    def analysis_for(self, article: Article) -> Analysis:
        """Analysis of an article, computed once per text (safe from worker threads)."""
        from tui_reader.core.analysis import analyse

        key = article.sha256
        with self._analysis_lock:
            cached = self._analyses.get(key)
        if cached is None:
            cached = analyse(article.text)
            with self._analysis_lock:
                self._analyses[key] = cached
        return cached

    def cached_analysis(self, article: Article) -> Analysis | None:
        with self._analysis_lock:
            return self._analyses.get(article.sha256)

    def note_count(self, article: Article) -> int:
        return 0

    # -- moving between screens -----------------------------------------------

    def open_article(self, path: Path, article: Article | None = None) -> bool:
        """Push a reader for one article; a bad article is reported and False returned."""
        from tui_reader.screens.reader import ReaderScreen

        if article is None:
            try:
                article = load_article(path)
            except ArticleError as exc:
                self.notify(str(exc), severity="error", timeout=8)
                return False
        position = self.reading_state.position(path)
        self.reading_state.remember(path, position)
        self.push_screen(ReaderScreen(article, position=position, analysis=self.cached_analysis(article)))
        return True

    def leave_reader(self, screen: Screen) -> None:
        self._remember(screen)
        if len(self.screen_stack) > 2:
            self.pop_screen()
        else:
            self.exit(0)

    def _remember(self, screen: Screen) -> None:
        from tui_reader.screens.reader import ReaderScreen

        if isinstance(screen, ReaderScreen) and screen.article.path:
            self.reading_state.remember(screen.article.path, screen.view.top_offset)
            self.reading_state.save()

    def action_library(self) -> None:
        from tui_reader.screens.library import LibraryScreen

        if isinstance(self.screen, LibraryScreen):
            return
        self._remember(self.screen)
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                while not isinstance(self.screen, LibraryScreen):
                    self.pop_screen()
                return
        # Opened on one file: its folder becomes the library.
        from tui_reader.core.article import find_articles

        if self.start is not None and not self.folders:
            folder = self.start.parent
            try:
                self.files = find_articles(folder)
            except OSError:
                self.files = [self.start]
            self.folders = [folder]
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(self._library())

    def action_help(self) -> None:
        from tui_reader.screens.help import HelpScreen, binding_rows
        from tui_reader.screens.library import LibraryScreen
        from tui_reader.screens.reader import ReaderScreen
        from tui_reader.widgets.article_view import ArticleView

        groups = [
            ("Reading", binding_rows(ArticleView.BINDINGS)),
            ("Article: highlights, pane, search", binding_rows(ReaderScreen.BINDINGS) + [
                ("tab / shift+tab", "Move focus between the article and the side pane"),
                ("enter (in the pane)", "Jump to the item; again: its next mention"),
                ("mouse click", "Make a highlight or a pane row current"),
            ]),
            ("Library", binding_rows(LibraryScreen.BINDINGS) + [("letters", "Type to filter")]),
            ("Everywhere", binding_rows(self.BINDINGS) + [("ctrl+p", "Command palette"),
                                                          ("ctrl+q", "Quit")]),
        ]
        self.push_screen(HelpScreen(groups))

    # -- command palette ------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from tui_reader.screens.reader import ReaderScreen

        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Show every key", self.action_help)
        yield SystemCommand("Library", "Show the articles of the library", self.action_library)
        if isinstance(screen, ReaderScreen):
            for layer in ("entities", "quotes", "facts"):
                yield SystemCommand(f"Toggle {layer} layer", f"Show or hide the {layer} highlights",
                                    lambda layer=layer: screen.toggle_layer(layer))
            yield SystemCommand("Find entity", "Fuzzy list of this article's entities", screen.action_entity_finder)
            yield SystemCommand("Toggle side pane", "Show or hide the side pane", screen.action_toggle_pane)
        for path in self.files[:500]:
            yield SystemCommand(f"Open {path.name}", f"Open the article {path}",
                                lambda path=path: self.open_article(path))


def make_app(paths: list[Path], article: Article | None = None) -> ReaderApp:
    """The app for what the command line named: one file opens it, else the library."""
    from tui_reader.core.article import find_articles

    files: list[Path] = []
    folders: list[Path] = []
    for p in paths:
        if p.is_dir():
            folders.append(p)
            files.extend(find_articles(p))
        else:
            files.append(p)
    # One article, named or alone in its folder, opens at once; `l` shows the library.
    start = files[0] if len(files) == 1 and len(paths) == 1 else None
    return ReaderApp(files, folders, start, start_article=article if start is not None else None)
