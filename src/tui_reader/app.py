"""ReaderApp: which screen opens, global keys, shared state between screens."""

from __future__ import annotations

import os
import sys
import weakref
from functools import partial
from pathlib import Path
from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from tui_reader.core.analysis.store import Analyses
from tui_reader.core.article import Article, ArticleError, load_article
from tui_reader.core.collector import resume_collector
from tui_reader.core.config import ReadingState
from tui_reader.core.library import Goto, ReadState, library_dir, library_folder
from tui_reader.core.safetext import one_line, strip_controls
from tui_reader.core.config import ConfigError, load_config, save_config
from tui_reader.core.themes import DEFAULT_THEME, NO_COLOR_HIGHLIGHT, discover_themes
from tui_reader.core.themes import Theme as ThemeData
from tui_reader.messages import (
    AnalysisService, AnalysisWanted, ArticleRead, FindInLibrary, HighlightStyles, LeaveReader, NotesChanged,
    OpenArticle, OpenNeighbour, OpenUrl,
)
from tui_reader.shared import Shared


TERMINAL_CHECK_EVERY = 2.0  # seconds between looks at whether the terminal is still there


def _entity_commands():
    """The entity provider, imported when the palette first opens (not at start-up)."""
    from tui_reader.commands import EntityCommands

    return EntityCommands


class ReaderApp(App[int]):
    """A terminal news reader for close reading."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_entity_commands}
    TITLE = "tui-reader"
    # True when the command line paused the garbage collector for the start: it resumes after the first frame.
    collector_paused_until_shown = False
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("l", "library", "Library", id="library"),
        Binding("t", "pick_theme", "Theme", show=False, id="pick-theme"),
    ]

    def __init__(self, files: list[Path], folders: list[Path], start: Path | None = None,
                 start_article: Article | None = None, theme: str | None = None,
                 notes_dir: Path | None = None, library: Path | None = None):
        # Read before App.__init__, which takes NO_COLOR out of the environment.
        self.no_color = "NO_COLOR" in os.environ
        super().__init__()
        self.start_article = start_article
        self.notes_dir = notes_dir
        self.files = files
        self.folders = folders
        self.start = start
        self._replaced_by: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # reader -> where J/K/U went
        # A library folder's index is read in a thread while Textual starts: its counts show sooner.
        self.index_prefetch = None
        library = library_folder(files, folders) if start is None else None
        if library is not None:
            from tui_reader.core.index import IndexPrefetch

            self.index_prefetch = IndexPrefetch(library)
        self.animation_level = "none"  # a reader wants the page to move at once
        self.reading_state = ReadingState()
        self.read_state = ReadState()
        self.library = library
        self.shared = Shared(self.read_state, self.reading_state, self.library_folder(), notes_dir)
        self.analysis_service = AnalysisService(Analyses())
        self.startup_errors: list[str] = []
        self.themes = self._register_themes()
        default_theme = self.theme
        self.theme = self._initial_theme(theme)
        # The stylesheet was made with the default theme's colours, and setting the theme queued a
        # second parse of all the CSS with this one's (15-25 ms of every start). Given this theme's
        # colours before anything is parsed, the first parse is right and the queued one has nothing to do.
        self.stylesheet.set_variables(self.get_css_variables())
        self._parsed_theme: str | None = self.theme if self.theme != default_theme else None

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = True) -> None:
        """Every toast is plain text: messages carry file names, note text and theme values from outside."""
        super().notify(strip_controls(message), title=one_line(title), severity=severity, timeout=timeout,
                       markup=False)

    def _register_themes(self) -> dict[str, ThemeData]:
        from textual.theme import Theme as TextualTheme

        themes, errors = discover_themes()
        self.startup_errors.extend(errors)
        for t in themes.values():
            self.register_theme(TextualTheme(name=t.name, dark=t.dark, **t.colors))
        return themes

    def _initial_theme(self, requested: str | None) -> str:
        """--theme, else the remembered choice, else the default."""
        if requested:
            return requested
        try:
            remembered = load_config().get("theme")
        except ConfigError as exc:
            self.startup_errors.append(str(exc))
            remembered = None
        if isinstance(remembered, str) and remembered in self.themes:
            return remembered
        if remembered:
            self.startup_errors.append(f"theme {remembered!r} from the config file is not available; using "
                                       f"{DEFAULT_THEME!r}")
        return DEFAULT_THEME if DEFAULT_THEME in self.themes else "textual-dark"

    @property
    def highlight_styles(self) -> dict[str, str]:
        if self.no_color:
            return dict(NO_COLOR_HIGHLIGHT)
        theme = self.themes.get(self.theme) or self.themes.get(DEFAULT_THEME)
        return theme.highlight_styles() if theme else dict(NO_COLOR_HIGHLIGHT)

    def refresh_css(self, animate: bool = True) -> None:
        parsed, self._parsed_theme = self._parsed_theme, None
        if parsed is not None and parsed == self.theme:
            return  # the call queued by setting the start-up theme: its colours are parsed already
        super().refresh_css(animate)

    def watch_theme(self, name: str) -> None:
        styles = self.highlight_styles
        for screen in self.screen_stack:
            screen.post_message(HighlightStyles(styles))  # a reader draws its article again with them

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        """`l` is not offered where it would do nothing: on the library itself."""
        if action == "library":
            library = sys.modules.get("tui_reader.screens.library")  # not loaded yet: no library on screen
            return library is None or not isinstance(self.screen, library.LibraryScreen)
        return True

    def action_pick_theme(self) -> None:
        from tui_reader.screens.theme_picker import ThemePicker

        def chosen(name: str | None) -> None:
            if name is None:
                return
            try:
                save_config({"theme": name})
            except (ConfigError, OSError) as exc:
                self.notify(f"theme {name!r} used, but not remembered: {exc}", severity="warning")

        self.push_screen(ThemePicker(sorted(self.themes.values(), key=lambda t: (t.origin, t.name)), self.theme),
                         chosen)

    def on_mount(self) -> None:
        if not self.is_headless:
            self.set_interval(TERMINAL_CHECK_EVERY, self._check_terminal)
        for message in self.startup_errors:
            self.notify(message, severity="error", timeout=10)
        opened = self.start is not None and self.open_article(self.start, self.start_article)
        self.start_article = None
        if not opened:
            self.push_screen(self._library())
        if self.collector_paused_until_shown:
            self.collector_paused_until_shown = False
            self.call_after_refresh(resume_collector, freeze=True)

    def _library(self) -> Screen:
        from tui_reader.screens.library import LibraryScreen

        prefetch, self.index_prefetch = self.index_prefetch, None
        return LibraryScreen(self.files, self.folders, self.shared, prefetch)

    # -- shared data ----------------------------------------------------------

    def on_analysis_wanted(self, wanted: AnalysisWanted) -> None:
        """A screen asked for an article's analysis: it gets an AnalysisReady message back."""
        self.run_worker(partial(self.analysis_service.serve, wanted), thread=True, group="analysis",
                        exit_on_error=False)

    def _check_terminal(self) -> None:
        """Quit when the terminal is gone. Closing a terminal window hangs up its tty, but a reader
        started by `make run` got no hang-up signal and spun on the dead tty, a core at full load."""
        import termios

        try:
            termios.tcgetattr(sys.__stdin__.fileno())
        except (OSError, ValueError, termios.error):
            self.exit(return_code=1)

    # -- what screens ask for, by message ------------------------------------------

    def on_leave_reader(self, message: LeaveReader) -> None:
        self.leave_reader(message.reader)

    def on_open_article(self, message: OpenArticle) -> None:
        self.open_article(message.path)

    def on_open_neighbour(self, message: OpenNeighbour) -> None:
        # A key typed before the next reader was on screen comes from the one it replaced: it steps on
        # from the article that reader went to, so no J of a fast "JJ" is lost.
        current = self._replaced_by.get(message.screen, message.current) if message.screen else message.current
        opened = self.open_neighbour(current, message.step, unread_only=message.unread_only)
        if opened is not None and message.screen is not None:
            self._replaced_by[message.screen] = opened

    def on_open_url(self, message: OpenUrl) -> None:
        self.open_url(message.url)

    def on_find_in_library(self, message: FindInLibrary) -> None:
        self.find_in_library(message.source, message.query)

    def on_notes_changed(self, changed: NotesChanged) -> None:
        """A reader saved notes: each library screen hears of it and shows the new count."""
        from tui_reader.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.post_message(NotesChanged(changed.article_path, changed.count))

    # -- moving between screens -----------------------------------------------

    def open_article(self, path: Path, article: Article | None = None, replace: bool = False,
                     goto: Goto | None = None) -> bool:
        """Push a reader for one article (or put it in place of the open one); a bad article is
        reported and False returned. With `goto`, it opens at that place (a hit, a mention, a quote, a note)."""
        from tui_reader.screens.reader import ReaderScreen

        if article is None:
            try:
                article = load_article(path)
            except ArticleError as exc:
                self.notify(str(exc), severity="error", timeout=8)
                return False
        position = self.reading_state.position(path) if goto is None or goto.start is None else goto.start
        self.reading_state.remember(path, position)
        self._mark_read(path)
        reader = ReaderScreen(article, position=position, goto=goto, highlight_styles=self.highlight_styles,
                              notes_dir=self.notes_dir)
        if replace:
            self.switch_screen(reader)
        else:
            self.push_screen(reader)
        return True

    def _mark_read(self, path: Path) -> None:
        self.read_state.mark(path)
        self.call_after_refresh(self.read_state.save)  # written once the article is on screen
        for screen in self.screen_stack:
            screen.post_message(ArticleRead(Path(path)))

    def index_folder(self) -> Path | None:
        """The folder the library index covers: the one folder opened, or the folder of the one file."""
        if len(self.folders) == 1:
            return self.folders[0]
        if not self.folders and self.start is not None:
            return self.start.parent
        if not self.folders and self.files and len({p.parent for p in self.files}) == 1:
            return self.files[0].parent
        return None

    def find_in_library(self, source, query: str = "") -> None:
        """Open a library-wide list (search, entities, quotes, notes); its choice opens the article there."""
        from tui_reader.screens.library_find import ARTICLE_SCOPE, LibraryFinder

        folder = self.index_folder()
        if folder is None:
            self.notify("The library index covers one folder: open the reader on a single folder", timeout=6)
            return
        origin = self.screen

        def chosen(result) -> None:
            if result == ARTICLE_SCOPE:
                action = getattr(origin, "action_entity_finder", None)
                if action is not None and origin is self.screen:
                    action()
                return
            if isinstance(result, Goto):
                self.open_goto(result)

        self.push_screen(LibraryFinder(folder, source, query), chosen)

    def open_goto(self, goto: Goto) -> None:
        """The article of a library-wide row, at its place: the open reader if it shows it, else a new one."""
        from tui_reader.screens.reader import ReaderScreen

        screen = self.screen
        if isinstance(screen, ReaderScreen) and screen.article.path and \
                Path(screen.article.path).resolve() == Path(goto.path).resolve():
            screen.apply_goto(goto)
            return
        self._remember(screen)
        self.open_article(Path(goto.path), goto=goto)

    def library_folder(self) -> Path:
        """Where feeds bring articles: --library, else the folder the reader was opened on, else the default."""
        if self.library is not None:
            return self.library
        if self.folders:
            return self.folders[0]
        return library_dir()

    def article_order(self) -> list[Path]:
        """The articles in the library's order (newest first once dates are known)."""
        from tui_reader.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                return screen.ordered_paths()
        if self.start is not None and not self.folders:
            from tui_reader.core.article import find_articles

            try:
                return sorted(find_articles(self.start.parent), key=lambda p: p.name, reverse=True)
            except OSError:
                return [self.start]
        return sorted(self.files, key=lambda p: p.name, reverse=True)

    def open_neighbour(self, current: Path, step: int, unread_only: bool = False) -> Path | None:
        """Replace the open article with the next (step 1) or previous (-1) one, or the next unread one;
        the path opened, or None."""
        order = self.article_order()
        here = order.index(current) if current in order else -1
        if step > 0:
            candidates = order[here + 1:] + (order[:max(here, 0)] if unread_only else [])
        else:
            candidates = order[:max(here, 0)][::-1]
        self._remember(self.screen)
        for path in candidates:
            if unread_only and self.read_state.is_read(path):
                continue
            if self.open_article(path, replace=True):
                return path
        self.notify("No unread article left" if unread_only else
                    ("No article after this one" if step > 0 else "No article before this one"), timeout=3)
        return None

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
        self.push_screen(self._library())  # over the article: escape or q goes back to it

    def action_search_library(self) -> None:
        from tui_reader.screens.library_find import SearchSource

        self.find_in_library(SearchSource())

    def action_quote_ledger(self, speaker: str | None = None) -> None:
        from tui_reader.screens.library_find import QuoteSource, SpeakerSource

        self.find_in_library(QuoteSource(speaker) if speaker else SpeakerSource())

    def action_library_entities(self) -> None:
        from tui_reader.screens.library_find import EntitySource

        self.find_in_library(EntitySource())

    def action_library_notes(self) -> None:
        from tui_reader.screens.library_find import NotesSource

        self.find_in_library(NotesSource())

    def action_help(self) -> None:
        from tui_reader.screens.help import HelpScreen, binding_rows
        from tui_reader.screens.library import LibraryScreen
        from tui_reader.screens.reader import ReaderScreen
        from tui_reader.widgets.article_view import ArticleView
        from tui_reader.widgets.item_list import ItemList

        groups = [
            ("Reading", binding_rows(ArticleView.BINDINGS)),
            ("Article: highlights, pane, search", binding_rows(ReaderScreen.BINDINGS) + [
                ("tab / shift+tab", "Move focus between the article and the side pane"),
                ("enter (in the pane)", "Jump to the item; again: its next mention"),
                ("mouse click", "Make a highlight or a pane row current"),
            ]),
            ("Side pane lists and this help", binding_rows(ItemList.BINDINGS)),
            ("Library", binding_rows(LibraryScreen.BINDINGS) + [("letters", "Type to filter")]),
            ("Library-wide lists (/ e Q N)", [
                ("typing", "Search, or narrow the list (#tag for a note's tag)"),
                ("enter", "Open the article at the row, or list what the row holds"),
                ("escape", "Back up one list, or close"),
                ("ctrl+l", "Entities: switch between this article and the whole library"),
                ("ctrl+s", "Notes: export what is listed as Markdown or W3C"),
            ]),
            ("Everywhere", binding_rows(self.BINDINGS) + [("ctrl+p", "Command palette"),
                                                          ("ctrl+q", "Quit")]),
        ]
        self.push_screen(HelpScreen(groups))

    # -- command palette ------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from tui_reader.screens.reader import ReaderScreen

        for command in super().get_system_commands(screen):
            if command.callback == self.action_change_theme:
                # Textual's picker offers its own themes too; ours offers this app's, with a preview
                yield SystemCommand("Theme", "Change the theme (this app's themes, previewed)", self.action_pick_theme)
            else:
                yield command
        yield SystemCommand("Help", "Show every key", self.action_help)
        yield SystemCommand("Library", "Show the articles of the library", self.action_library)
        yield SystemCommand("Search the library", "Every article's text, as you type", self.action_search_library)
        yield SystemCommand("Quotes by ...", "Everything someone was quoted saying, across the library",
                            self.action_quote_ledger)
        yield SystemCommand("Entities in the library", "Every person, organisation and place, with their "
                            "articles", self.action_library_entities)
        yield SystemCommand("Notes in the library", "Every note of every article; export them",
                            self.action_library_notes)
        if isinstance(screen, ReaderScreen):
            for layer in ("entities", "quotes", "facts"):
                yield SystemCommand(f"Toggle {layer} layer", f"Show or hide the {layer} highlights",
                                    lambda layer=layer: screen.toggle_layer(layer))
            yield SystemCommand("Find entity", "Fuzzy list of this article's entities", screen.action_entity_finder)
            yield SystemCommand("Toggle side pane", "Show or hide the side pane", screen.action_toggle_pane)
        for path in self.files[:500]:
            yield SystemCommand(f"Open {one_line(path.name)}", f"Open the article {one_line(str(path))}",
                                lambda path=path: self.open_article(path))


def make_app(paths: list[Path], article: Article | None = None, theme: str | None = None,
             notes_dir: Path | None = None, library: Path | None = None) -> ReaderApp:
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
    return ReaderApp(files, folders, start, start_article=article if start is not None else None, theme=theme,
                     notes_dir=notes_dir, library=library)
