"""A read-only sequence whose items are made only when they are asked for.

A big article's analysis and its side pane hold hundreds of thousands of quotes,
facts and rows: as a number and a function that makes item k, they hold no object
per item (`analysis.columns.Column`, `widgets.item_list.MadeRows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Callable


class Made(Sequence):
    """`n` items, item k made by `make(k)` each time it is asked for."""

    __slots__ = ("_n", "_make")

    def __init__(self, n: int, make: Callable[[int], Any]):
        self._n = n
        self._make = make

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(map(self._make, range(*k.indices(self._n))))
        if k < 0:
            k += self._n
        if not 0 <= k < self._n:
            raise IndexError("index out of range")
        return self._make(k)

    def __iter__(self):
        return map(self._make, range(self._n))
