"""Messages between the screens and the app: a screen asks by posting one, never by calling the app."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from textual.message import Message
from textual.message_pump import MessagePump
from textual.worker import get_current_worker

from tui_reader.core.article import Article
from tui_reader.core.collector import collector_paused

if TYPE_CHECKING:
    from tui_reader.core.analysis.model import Analysis
    from tui_reader.core.analysis.store import Analyses

Prepare = Callable[["Analysis"], Any]


def deliver(node: MessagePump, method: Callable, *args) -> None:
    """From a worker thread: call `method(*args)` on the UI thread, unless `node` (a screen or widget)
    was closed or replaced meanwhile."""
    def if_attached() -> None:
        if node.is_attached:
            method(*args)
    node.app.call_from_thread(if_attached)


class AnalysisWanted(Message):
    """A screen wants an article's analysis: the app answers the requester with `AnalysisReady`.

    `prepare`, when given, runs in the worker on the analysis (rows, span indexes: whatever
    would hold the UI thread if made there); its result comes back as `prepared`.
    `background` requests (library counts) take their turn one at a time behind any reader's.
    """

    def __init__(self, article: Article, requester: MessagePump, prepare: Prepare | None = None,
                 background: bool = False):
        super().__init__()
        self.article = article
        self.requester = requester
        self.prepare = prepare
        self.background = background


class AnalysisReady(Message, bubble=False):
    """An article's analysis, to the screen that asked; `error` (one line) when it could not be made."""

    def __init__(self, article: Article, analysis: Analysis | None, prepared: Any = None, error: str | None = None):
        super().__init__()
        self.article = article
        self.analysis = analysis
        self.prepared = prepared
        self.error = error


class NotesChanged(Message):
    """An article's notes were saved: the app passes this on to every library screen (its count)."""

    def __init__(self, article_path: str, count: int):
        super().__init__()
        self.article_path = article_path
        self.count = count


class HighlightStyles(Message, bubble=False):
    """The theme changed: the styles readers draw highlights with, by key (entity types, quote, note ...)."""

    def __init__(self, styles: dict[str, str]):
        super().__init__()
        self.styles = styles


class ArticleRead(Message, bubble=False):
    """An article was opened in a reader: the app tells every screen, and a library shows it as read."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path


class LeaveReader(Message):
    """q or escape in a reader: back to the screen below, or quit from the top one."""

    def __init__(self, reader):
        super().__init__()
        self.reader = reader


class OpenArticle(Message):
    """Open this article in a reader over the asking screen."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path


class OpenNeighbour(Message):
    """J / K / U in a reader: the next or previous article of the library, or the next unread one."""

    def __init__(self, current: Path, step: int, unread_only: bool = False, screen: object | None = None):
        super().__init__()
        self.current = current
        self.step = step
        self.unread_only = unread_only
        self.screen = screen  # the reader that asks: its keys may still arrive after it was replaced


class OpenUrl(Message):
    """o in a reader: the article's page in the browser."""

    def __init__(self, url: str):
        super().__init__()
        self.url = url


class FindInLibrary(Message):
    """Open a library-wide list (a `screens.library_find` source), with `query` typed in it."""

    def __init__(self, source, query: str = ""):
        super().__init__()
        self.source = source
        self.query = query


class AnalysisService:
    """Answers `AnalysisWanted` from worker threads: memory, the disk cache, or the analyser."""

    def __init__(self, analyses: Analyses):
        self.analyses = analyses
        self._background = threading.Semaphore(1)

    def serve(self, wanted: AnalysisWanted) -> None:
        """Run in a thread worker: post the requester its `AnalysisReady`, unless it went away."""
        from tui_reader.core.analysis.process import AnalysisFailed

        worker = get_current_worker()
        requester = wanted.requester

        def cancelled() -> bool:
            return worker.is_cancelled or not requester.is_attached

        if wanted.background:
            self._background.acquire()
        try:
            article = wanted.article
            try:
                analysis = self.analyses.get(article.text, article.sha256, cancelled)
            except AnalysisFailed as exc:
                requester.post_message(AnalysisReady(article, None, error=str(exc)))
                return
            if analysis is None or cancelled():
                return
            prepared = None
            if wanted.prepare is not None:
                with collector_paused(freeze=True):
                    prepared = wanted.prepare(analysis)
            if not cancelled():
                requester.post_message(AnalysisReady(article, analysis, prepared))
        finally:
            if wanted.background:
                self._background.release()
