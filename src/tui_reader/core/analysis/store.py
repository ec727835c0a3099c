"""The one owner of analyses: kept in memory, kept on disk, made once per text.

`Analyses.get(text, sha256)` answers from memory, then from the user's cache
folder, and only then runs the analyser (in a child process for a big text).
Results are keyed by the text's sha256 and `analyser_version()`: a changed rule
or word list is never answered from an old result. A cache file that is
missing, damaged or not ours is analysed again, never trusted.
"""

from __future__ import annotations

import functools
import marshal
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from tui_reader.core.collector import collector_paused

from . import analyser_version

if TYPE_CHECKING:
    from .model import Analysis

_MAGIC = b"tui-reader analysis 2\n"
# Texts shorter than this are analysed again faster than a file is read and checked.
CACHE_FROM = 16 * 1024
# The cache folder keeps the analyses of this many texts, the least recently read leaving first.
KEEP_ON_DISK = 300
# Memory keeps the analyses of the texts read last, up to this many characters of text in all.
KEEP_IN_MEMORY_CHARS = 8_000_000


def default_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tui-reader")) / "analyses"


def encode(analysis: Analysis, text: str) -> bytes:
    """The analysis of `text` as bytes: its columns (`columns.to_columns`), none of the text's words."""
    from .columns import to_columns

    return marshal.dumps(to_columns(analysis, text))


def decode(payload: bytes, text: str) -> Analysis:
    """The analysis `encode` made of `text`; ValueError when the bytes are not one, or not of this text."""
    return decode_dropping([payload], text)


def decode_dropping(holder: list, text: str) -> Analysis:
    """`decode` of the bytes in a one-item list, which it empties once they are read: the bytes of a
    big analysis are freed before its columns are made, not held beside them (a lower peak)."""
    from .columns import from_columns

    payload = holder.pop()
    if payload is None:
        raise ValueError("no bytes")
    try:
        record = marshal.loads(payload)
    except (EOFError, TypeError, ValueError) as exc:
        raise ValueError(f"not an analysis: {exc}") from None
    del payload
    try:
        return from_columns(record, text)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"not an analysis: {exc}") from None


class Analyses:
    """Analyses by text, safe to use from any thread."""

    def __init__(self, folder: Path | None = None, *, on_disk: bool = True):
        self._base = folder
        self._on_disk = on_disk
        self._memory: OrderedDict[str, tuple[Analysis, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._making: dict[str, threading.Lock] = {}
        self._pruned = False

    def cached(self, sha256: str) -> Analysis | None:
        """The analysis in memory, or None: never reads a file or analyses."""
        with self._lock:
            hit = self._memory.get(sha256)
            if hit is not None:
                self._memory.move_to_end(sha256)
            return hit[0] if hit else None

    def get(self, text: str, sha256: str, cancelled: Callable[[], bool] = lambda: False) -> Analysis | None:
        """The analysis of `text` (whose sha256 is given); None only when cancelled meanwhile."""
        from .process import PROCESS_THRESHOLD, AnalysisFailed, analyse_isolated, analysis_payload

        found = self.cached(sha256)
        if found is not None:
            return found
        with self._lock:
            making = self._making.setdefault(sha256, threading.Lock())
        with making:  # two readers of one text: the second waits for the first's result
            found = self.cached(sha256)
            if found is None:
                with collector_paused(freeze=True):
                    found = self._read(sha256, text)
                    if found is None and len(text) >= PROCESS_THRESHOLD:
                        payload = analysis_payload(text, cancelled)  # kept as it came: not encoded again
                        if payload is None:
                            return None
                        self._write(sha256, text, payload)
                        holder = [payload]
                        del payload  # the list holds the only reference, which decode_dropping lets go
                        try:
                            found = decode_dropping(holder, text)
                        except ValueError as exc:
                            raise AnalysisFailed(f"the analysis process gave no analysis ({exc})") from None
                    elif found is None:
                        found = analyse_isolated(text, cancelled)
                        if found is None:
                            return None
                        self._write(sha256, text, found)
                self._remember(sha256, found, len(text))
        with self._lock:
            self._making.pop(sha256, None)
        return found

    def _remember(self, sha256: str, analysis: Analysis, size: int) -> None:
        with self._lock:
            self._memory[sha256] = (analysis, size)
            self._memory.move_to_end(sha256)
            total = sum(n for _, n in self._memory.values())
            while len(self._memory) > 1 and total > KEEP_IN_MEMORY_CHARS:
                _, (_, n) = self._memory.popitem(last=False)
                total -= n

    # -- the cache folder ------------------------------------------------------------

    @functools.cached_property
    def folder(self) -> Path | None:
        """This analyser version's folder (worked out when first needed: not at start-up)."""
        return (self._base or default_folder()) / analyser_version() if self._on_disk else None

    def _path(self, sha256: str) -> Path | None:
        return self.folder / f"{sha256}.bin" if self.folder is not None else None

    def _read(self, sha256: str, text: str) -> Analysis | None:
        from ..files import read_sealed

        path = self._path(sha256)
        if path is None or len(text) < CACHE_FROM:
            return None
        try:
            analysis = decode_dropping([read_sealed(path, _MAGIC)], text)
        except ValueError:
            return None
        try:
            os.utime(path)  # recently read: the last to leave the folder
        except OSError:
            pass
        return analysis

    def _write(self, sha256: str, text: str, analysis: Analysis | bytes) -> None:
        """Keep an analysis of `text`, or the bytes that encode one, in the cache folder."""
        from ..files import write_sealed

        path = self._path(sha256)
        if path is None or len(text) < CACHE_FROM:
            return
        try:
            write_sealed(path, _MAGIC, analysis if isinstance(analysis, bytes) else encode(analysis, text))
            self._prune()
        except OSError:
            pass  # no cache folder to write to: the text is analysed again next time

    def _prune(self) -> None:
        """Keep `KEEP_ON_DISK` files, and none made by another version of the analyser."""
        folder = self.folder
        if not self._pruned:
            self._pruned = True
            for other in folder.parent.iterdir():
                if other.is_dir() and other != folder:
                    for f in other.glob("*.bin"):
                        f.unlink(missing_ok=True)
                    try:
                        other.rmdir()
                    except OSError:
                        pass
        files = list(os.scandir(folder))
        if len(files) > KEEP_ON_DISK:
            files.sort(key=lambda e: e.stat().st_mtime)
            for entry in files[: len(files) - KEEP_ON_DISK]:
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass
