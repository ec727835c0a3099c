"""Finding the spans that overlap a stretch of text, fast, for drawing one line."""

from __future__ import annotations

from bisect import bisect_left
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Spans sorted by start, with the running maximum of their ends.

    `overlapping(lo, hi)` walks back from the last span starting before `hi`
    only while some earlier span could still reach `lo`, so for spans that
    rarely overlap each other a query costs a bisect and a few steps.
    """

    def __init__(self, spans: Iterable[tuple[int, int, T]]):
        items = sorted((s for s in spans if s[1] > s[0]), key=lambda s: (s[0], s[1]))
        self.starts = [s for s, _, _ in items]
        self.ends = [e for _, e, _ in items]
        self.values = [v for _, _, v in items]
        reach: list[int] = []
        best = -1
        for e in self.ends:
            best = e if e > best else best
            reach.append(best)
        self._reach = reach

    @classmethod
    def from_sorted(cls, starts: list[int], ends: list[int], value: T) -> SpanIndex[T]:
        """Spans already sorted and not overlapping (search matches), all with one value."""
        self = cls.__new__(cls)
        self.starts, self.ends, self.values, self._reach = starts, ends, [value] * len(starts), ends
        return self

    def __len__(self) -> int:
        return len(self.starts)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlapping(self, lo: int, hi: int) -> list[int]:
        """Indices, in start order, of the spans with start < hi and end > lo."""
        out = []
        i = bisect_left(self.starts, hi) - 1
        reach = self._reach
        ends = self.ends
        while i >= 0 and reach[i] > lo:
            if ends[i] > lo:
                out.append(i)
            i -= 1
        out.reverse()
        return out
