"""The library folder, and the read / unread state of its articles.

The library is a folder of article files: `--library DIR`, else the
platform's user data folder (`tui-reader/library`). Read state is kept in the
user's state folder, keyed by the article's resolved path, never inside the
article. Pure: no Textual, no Rich.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .files import ReadProblem, atomic_write, read_capped


def library_dir(given: str | Path | None = None) -> Path:
    if given:
        return Path(given)
    from platformdirs import user_data_dir

    return Path(user_data_dir("tui-reader")) / "library"


def _links_in(folder: str) -> set[str]:
    """The names of the symbolic links in a folder (the listing says so without a call per file)."""
    try:
        with os.scandir(folder) as it:
            return {e.name for e in it if e.is_symlink()}
    except OSError:
        return set()


def library_folder(files: list[Path], folders: list[Path]) -> Path | None:
    """The one folder the app was given when every article comes from it: a library with an index."""
    if len(folders) == 1 and all(f.parent == folders[0] for f in files):
        return folders[0]
    return None


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

    def keys(self, paths: Iterable[Path]) -> dict[str, Path]:
        """`key(path)` of many paths, with each folder resolved once and listed once to find the
        linked files, rather than every path resolved in full (10,000 resolves take a quarter of a second)."""
        folders: dict[str, tuple[str, set[str]]] = {}
        out: dict[str, Path] = {}
        for path in paths:
            folder, name = os.path.split(str(path))
            known = folders.get(folder)
            if known is None:
                known = folders[folder] = (str(Path(folder or ".").resolve()), _links_in(folder or "."))
            if name in known[1]:
                out[self.key(path)] = path
            else:
                out[os.path.join(known[0], name)] = path
        return out


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
