"""What the app's screens share: handed to each screen when it is made, never reached through the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui_reader.core.config import ReadingState
from tui_reader.core.library import ReadState


@dataclass(frozen=True)
class Shared:
    """The reading and read-mark state, where feeds bring articles, and where notes are kept."""

    read_state: ReadState
    reading_state: ReadingState
    library_folder: Path  # --library, else the folder the reader was opened on, else the default
    notes_dir: Path | None = None  # None: each article's notes beside it

    def note_count(self, article_path: str | None) -> int:
        """Notes in an article's notes file (0 when it has none or it does not parse)."""
        from tui_reader.core.notes import NoteStore

        if not article_path:
            return 0
        return len(NoteStore(article_path, self.notes_dir).load().notes)
