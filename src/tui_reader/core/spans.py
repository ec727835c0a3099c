"""Finding the spans that overlap a stretch of text, fast, for drawing one line."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")

# Text offsets, counts and indexes are kept in arrays of this machine type, 4 bytes each: an
# article is at most 64 MB (`article.MAX_BYTES`), far below 2**31 characters.
OFFSET = "i"


def offsets(values: Iterable[int] = ()) -> array:
    """An array of offsets."""
    return array(OFFSET, values)


def zeros(n: int) -> array:
    """An array of `n` zero offsets."""
    return array(OFFSET, bytes(array(OFFSET).itemsize * n))


class SpanIndex(Generic[T]):
    """Spans sorted by start, with the running maximum of their ends.

    `overlapping(lo, hi)` walks back from the last span starting before `hi`
    only while some earlier span could still reach `lo`, so for spans that
    rarely overlap each other a query costs a bisect and a few steps.
    """

    def __init__(self, spans: Iterable[tuple[int, int, T]]):
        items = sorted((s for s in spans if s[1] > s[0]), key=lambda s: (s[0], s[1]))
        # Offsets as arrays of machine integers: a layer of a big article has a million spans.
        self.starts = offsets(s for s, _, _ in items)
        self.ends = offsets(e for _, e, _ in items)
        self.values = [v for _, _, v in items]
        del items
        self._reach = _reach(self.ends)

    @classmethod
    def from_arrays(cls, starts: array, ends: array, values: list[T]) -> SpanIndex[T]:
        """Spans already sorted by start, as arrays of starts and ends (no empty span)."""
        self = cls.__new__(cls)
        self.starts, self.ends, self.values, self._reach = starts, ends, values, _reach(ends)
        return self

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


def _reach(ends: array) -> array:
    """The running maximum of the ends."""
    reach = zeros(len(ends))
    best = -1
    for i, e in enumerate(ends):
        best = e if e > best else best
        reach[i] = best
    return reach
