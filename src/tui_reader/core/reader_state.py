"""What the reader shows besides the text, as plain data: the screen renders it.

`ReaderState` holds the current item, the layers shown, the entity being
stepped through, the search (query, matches, the current match), the counts of
the analysis and the selection. The status line is derived from it in one
place, `status_parts`; `n` / `N` move by `step_match`, as less does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .highlights import LAYERS
from .search import NO_MATCHES, Matches


def count(n: int, word: str) -> str:
    """ "1 fact", "2 facts", "1 entity", "3 entities"."""
    if n == 1:
        return f"1 {word}"
    plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{n} {plural}"


@dataclass
class EntityFocus:
    """Stepping through one entity's mentions: where the current item is among them."""

    name: str
    position: int  # counted from 1; 0 while the current item is elsewhere
    total: int


@dataclass
class ReaderState:
    shown_layers: set[str] = field(default_factory=lambda: set(LAYERS))
    focus_entity: int | None = None  # index into the analysis's entities
    counts: tuple[int, int, int] | None = None  # entities, quotes, facts; None until analysed
    analysis_error: str | None = None
    analysis_seconds: float = 0.0  # how long the analysis has been running
    query: str = ""
    matches: Matches = field(default_factory=lambda: NO_MATCHES)
    match_index: int | None = None
    searching: str | None = None  # the query a worker is searching for
    search_error: str | None = None
    selecting: str | None = None  # what the selection covers, while one is made

    # -- search -----------------------------------------------------------------------

    def clear_search(self) -> None:
        self.query = ""
        self.matches = NO_MATCHES
        self.match_index = None
        self.searching = None
        self.search_error = None

    def step_match(self, forward: bool, top: int, bottom: int) -> tuple[int | None, str | None]:
        """The match `n` (or `N`) goes to, with a notice when it wrapped.

        As in less: on from the current match while it is on screen (between the text
        offsets `top` and `bottom`), else from the screen: the first match below its top,
        or the last above its bottom; past either end, round to the other.
        """
        matches = self.matches
        if not matches:
            return None, None
        current = matches[self.match_index][0] if self.match_index is not None else None
        if current is not None and top <= current < bottom:
            k = self.match_index + (1 if forward else -1)
        else:
            k = matches.first_from(top) if forward else matches.first_from(bottom) - 1
        if k >= len(matches):
            return 0, "Search wrapped to the top"
        if k < 0:
            return len(matches) - 1, "Search wrapped to the bottom"
        return k, None

    # -- the status line --------------------------------------------------------------

    def status_parts(self, focus: EntityFocus | None = None) -> list[tuple[str, str]]:
        """The status line as (text, style) parts, in order."""
        parts: list[tuple[str, str]] = []
        if self.analysis_error:
            parts.append((f"No analysis: {self.analysis_error}", "bold red"))
        elif self.counts is None:
            parts.append((f"Finding entities, quotes and facts… {self.analysis_seconds:.1f} s", "italic"))
        else:
            entities, quotes, facts = self.counts
            parts.append((" · ".join((count(entities, "entity"), count(quotes, "quote"), count(facts, "fact"))),
                          "dim"))
        if focus is not None:
            parts.append((f"{focus.name}: mention {focus.position}/{focus.total} (] [ step, escape clears)", "bold"))
        if self.selecting:
            parts.append((self.selecting, "bold"))
        if self.search_error:
            parts.append((self.search_error, "bold red"))
        elif self.query and self.searching is not None:
            parts.append((f"/{self.query}  searching…", "bold"))
        elif self.query:
            n = len(self.matches)
            where = f"{(self.match_index or 0) + 1}/{n}" if n else "no matches"
            parts.append((f"/{self.query}  {where}", "bold"))
        return parts
