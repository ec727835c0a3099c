"""One text as every stage of the analysis reads it, built once.

A `Document` holds the text, its sentences and paragraphs, and one index of
mentions: the entity stage adds its mentions, and the quote and fact stages
look names up by offset instead of scanning the text again.
"""

from __future__ import annotations

import bisect
import re

from .model import Entity
from .segment import sentence_bounds

# The kinds of entity that can say something.
SPEAKER_TYPES = ("PERSON", "ORG", "PLACE", "NORP")

_NEWLINE = re.compile("\n")
HEADLINE_CHARS = 160  # a first line no longer than this may be a headline

Span = tuple[int, int, Entity]  # (start, end, entity) of one mention


class Document:
    """The text, its sentences and line breaks, and the sorted mentions of its entities."""

    def __init__(self, text: str):
        self.text = text
        self.sentences: list[tuple[int, int]] = sentence_bounds(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.line_breaks = [m.start() for m in _NEWLINE.finditer(text)]
        # Where a headline ends: a short first line with no full stop at its end (else 0, no headline).
        first = self.line_breaks[0] if self.line_breaks else -1
        self.headline_end = first if 0 < first <= HEADLINE_CHARS and not text[:first].rstrip().endswith(".") else 0
        self.entities: list[Entity] = []
        self.spans: list[Span] = []
        self.starts: list[int] = []
        self._by_types: dict[tuple[str, ...], tuple[list[int], list[Span]]] = {}

    # -- where an offset is ------------------------------------------------------

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding pos (the one before it when pos is between two)."""
        if not self.sentences:
            return (0, len(self.text))
        return self.sentences[self.sentence_index(pos)]

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def line_at(self, pos: int) -> tuple[int, int]:
        """The line (a paragraph in news text) holding pos: [start, end) between line breaks."""
        b = bisect.bisect_left(self.line_breaks, pos)
        start = self.line_breaks[b - 1] + 1 if b else 0
        end = self.line_breaks[b] if b < len(self.line_breaks) else len(self.text)
        return start, end

    # -- the mention index ---------------------------------------------------------

    def add_entities(self, entities: list[Entity]) -> None:
        """The entities found; their mentions become the index the later stages read."""
        self.entities = list(entities)
        self.spans = sorted(((m.start, m.end, e) for e in self.entities for m in e.mentions), key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.spans]
        self._by_types.clear()

    def mention_start(self, start: int, end: int) -> int:
        """Where the mention overlapping [start, end) starts ("Mohammed Shia al-Sudani" for "Sudani"); start
        when none does."""
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.spans[i][1] > start:
            if self.spans[i][0] < end:
                return min(start, self.spans[i][0])
            i -= 1
        return start

    def entity_at(self, start: int, end: int) -> Entity | None:
        """An entity with a mention overlapping [start, end), the last starting one first."""
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.spans[i][1] > start:
            s, e, ent = self.spans[i]
            if s < end and e > start:
                return ent
            i -= 1
        return None

    def mentions_of(self, types: tuple[str, ...]) -> tuple[list[int], list[Span]]:
        """The mentions of entities of these types only, with their starts (built once per types)."""
        found = self._by_types.get(types)
        if found is None:
            spans = [sp for sp in self.spans if sp[2].type in types]
            found = self._by_types[types] = ([sp[0] for sp in spans], spans)
        return found

    def first_mention(self, start: int, end: int, types: tuple[str, ...] = SPEAKER_TYPES) -> Span | None:
        """The first mention starting in [start, end) of an entity of these types."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][2].type in types:
                return self.spans[i]
            i += 1
        return None

    def mention_text(self, ent: Entity, start: int, end: int) -> str | None:
        """The words of a mention of `ent` inside [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, other = self.spans[i]
            if other is ent:
                return self.text[s:e]
            i += 1
        return None
