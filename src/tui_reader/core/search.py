"""Search inside one text: plain words with smart case, or `re:` regular expressions."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from typing import Callable, Iterator


class SearchError(ValueError):
    """A query that cannot be searched for; the message is fit to show as is."""


def compile_query(query: str) -> re.Pattern[str] | None:
    """The pattern for a query; None for an empty one.

    Smart case as in less and vim: a query with no capital letter matches any case.
    A query starting with `re:` is a regular expression.
    """
    if query.startswith("re:"):
        source = query[3:]
        if not source:
            return None
        flags = 0 if any(ch.isupper() for ch in re.sub(r"\\.", "", source)) else re.IGNORECASE
        try:
            return re.compile(source, flags)
        except re.error as exc:
            raise SearchError(f"invalid regular expression: {exc}") from None
    if not query:
        return None
    flags = 0 if any(ch.isupper() for ch in query) else re.IGNORECASE
    return re.compile(re.escape(query), flags)


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every non-empty match of the query, in order."""
    return list(search(text, query))


class Cancelled(Exception):
    """A search given up because a newer query came."""


class Matches:
    """Every match of one query: (start, end) pairs kept as two arrays of offsets, since a
    word in a 30 MB text can occur millions of times (all of them are counted)."""

    def __init__(self, query: str, starts: array, ends: array):
        self.query = query
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, Matches)):
            return len(self) == len(other) and all(a == tuple(b) for a, b in zip(self, other))
        return NotImplemented

    def first_from(self, offset: int) -> int:
        """The index of the first match starting at or after `offset` (len(self) when none)."""
        return bisect_left(self.starts, offset)


NO_MATCHES = Matches("", array("q"), array("q"))
_CHECK_EVERY = 20_000  # matches between looks at `cancelled`
_SCAN_PER_TRY = 100  # characters scanned by a full search in the time one place is tried again


def _has_border(word: str) -> bool:
    """True when a proper prefix of `word` is also its suffix ("abab", "aa"): two of its
    occurrences can overlap."""
    return any(word[:k] == word[-k:] for k in range(1, len(word)))


def _narrows(previous: Matches | None, query: str) -> bool:
    """True when the matches of `query` are exactly those of `previous` that go on to match it:
    both plain, the new one longer with the same case rule, and neither able to overlap itself
    (an overlap would hide a match of the longer one inside a match of the shorter)."""
    if previous is None or not previous.query or query.startswith("re:") or previous.query.startswith("re:"):
        return False
    old = previous.query
    if not query.startswith(old) or len(query) == len(old):
        return False
    fold = not any(ch.isupper() for ch in query)
    if fold != (not any(ch.isupper() for ch in old)):
        return False
    a, b = (old.lower(), query.lower()) if fold else (old, query)
    return not _has_border(a) and not _has_border(b)


def search(text: str, query: str, previous: Matches | None = None,
           cancelled: Callable[[], bool] | None = None) -> Matches:
    """Every non-empty match of `query` in `text`, in order.

    Given the matches of the query typed before it (one letter shorter, say), only those
    places are tried again when that gives the same answer. `cancelled` is asked now and
    then; when it says so, Cancelled is raised.
    """
    pattern = compile_query(query)
    if pattern is None:
        return Matches(query, array("q"), array("q"))
    starts, ends = array("q"), array("q")
    # Trying a place costs about what scanning a hundred characters does: narrow only when
    # the places are fewer than that (a first letter matches too often to be worth it).
    if _narrows(previous, query) and len(previous) * _SCAN_PER_TRY < len(text):
        match = pattern.match
        for n, s in enumerate(previous.starts):
            m = match(text, s)
            if m is not None:
                starts.append(s)
                ends.append(m.end())
            if cancelled is not None and n % _CHECK_EVERY == 0 and cancelled():
                raise Cancelled
        return Matches(query, starts, ends)
    add_start, add_end = starts.append, ends.append
    for n, m in enumerate(pattern.finditer(text)):
        s, e = m.span()
        if e > s:
            add_start(s)
            add_end(e)
        if cancelled is not None and n % _CHECK_EVERY == 0 and cancelled():
            raise Cancelled
    return Matches(query, starts, ends)
