"""The library folder, and the read / unread state of its articles.

The library is a folder of article files: `--library DIR`, else the
platform's user data folder (`tui-reader/library`). Read state is kept in the
user's state folder, keyed by the article's resolved path, never inside the
article. Pure: no Textual, no Rich.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .files import ReadProblem, atomic_write, read_capped


def library_dir(given: str | Path | None = None) -> Path:
    if given:
        return Path(given)
    from platformdirs import user_data_dir

    return Path(user_data_dir("tui-reader")) / "library"


class ReadState:
    """Which articles have been opened; `toggle` marks one unread again."""

    def __init__(self, path: Path | None = None):
        if path is None:
            from .config import state_dir

            path = state_dir() / "read.json"
        self.path = path
        try:
            data = json.loads(read_capped(path, 64 * 1024 * 1024).decode("utf-8"))
        except (ReadProblem, UnicodeDecodeError, ValueError, RecursionError):
            data = {}
        read = data.get("read") if isinstance(data, dict) else None
        self.read: set[str] = {k for k in read if isinstance(k, str)} if isinstance(read, list) else set()

    @staticmethod
    def key(path: str | Path) -> str:
        return str(Path(path).resolve())

    def is_read(self, path: str | Path) -> bool:
        return self.key(path) in self.read

    def mark(self, path: str | Path, read: bool = True) -> None:
        k = self.key(path)
        if read:
            self.read.add(k)
        else:
            self.read.discard(k)

    def toggle(self, path: str | Path) -> bool:
        """Flip the state; the new state (True: read)."""
        now_read = not self.is_read(path)
        self.mark(path, now_read)
        return now_read

    def save(self) -> None:
        try:
            atomic_write(self.path, json.dumps({"read": sorted(self.read)}, ensure_ascii=False))
        except OSError:
            pass  # a convenience: never stop the reader for it


@dataclass(frozen=True)
class Goto:
    """Where to open an article from a library-wide list: a search hit, an entity, a quote or a note.

    `start`/`end` are text offsets when known; `query` is the in-article
    search that highlights a hit; `entity` is (name, type) to step through.
    """

    path: str
    kind: str  # "search", "entity", "quote", "note"
    start: int | None = None
    end: int | None = None
    query: str = ""
    snippet: str = ""
    entity: tuple[str, str] | None = None
    note_id: str | None = None
