"""Wrapping text into screen lines by offsets, without building any text objects.

A 3 MB article has tens of thousands of screen lines; the view only ever
draws the visible ones, so all it needs is where each line starts and ends.
Greedy word wrap with `str.rfind` keeps this to milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass

from .spans import offsets

# Characters that take two cells or none; paragraphs with any of them are
# wrapped by measuring each character, the others by counting. Below U+2E80 they
# are a few small blocks (combining marks, Hangul jamo, zero-width spaces); from
# there on they are most characters, so any character that high is measured.
# (A class of all the wide blocks takes 8 ms to compile: at every start-up.)
_ODD_BELOW_CJK = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0e31-\u0e3a\u200b-\u200f"
    "\u1100-\u115f\u2329\u232a]"
)
_CJK_AND_UP = "\u2e80"


def _has_odd_width(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (not all ASCII) may hold a character that takes two cells or none."""
    return _ODD_BELOW_CJK.search(text, start, end) is not None or max(text[start:end], default=" ") >= _CJK_AND_UP


def char_width(ch: str) -> int:
    """Terminal cells a character takes: 0, 1 or 2."""
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\u200e\u200f\ufeff" or "\ufe00" <= ch <= "\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


@dataclass(frozen=True)
class Layout:
    """Screen lines of one text at one width: line i is text[starts[i]:ends[i]]."""

    width: int
    starts: array  # arrays of offsets: a 30 MB article has half a million lines
    ends: array

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The screen line holding a text offset (offsets between lines go to the line before)."""
        return max(0, bisect_right(self.starts, offset) - 1)


def wrap(text: str, width: int) -> Layout:
    """Greedy word wrap of every paragraph line of `text` to `width` cells."""
    width = max(1, width)
    starts, ends = offsets(), offsets()
    add_start, add_end = starts.append, ends.append
    pos = 0
    n = len(text)
    ascii_only = text.isascii()
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        odd = not ascii_only and _has_odd_width(text, pos, nl)
        if nl - pos <= width and not odd:
            add_start(pos)
            add_end(nl)
        elif odd:
            _wrap_measured(text, pos, nl, width, add_start, add_end)
        else:
            _wrap_narrow(text, pos, nl, width, add_start, add_end)
        pos = nl + 1
    return Layout(width, starts, ends)


def _wrap_narrow(text: str, pos: int, stop: int, width: int, add_start, add_end) -> None:
    while stop - pos > width:
        cut = text.rfind(" ", pos + 1, pos + width + 1)
        if cut <= pos:  # one word longer than the line: break it
            add_start(pos)
            add_end(pos + width)
            pos += width
            continue
        add_start(pos)
        add_end(cut)
        pos = cut + 1
        while pos < stop and text[pos] == " ":
            pos += 1
    add_start(pos)
    add_end(stop)


def _wrap_measured(text: str, pos: int, stop: int, width: int, add_start, add_end) -> None:
    start = pos
    cells = 0
    last_space = -1
    i = pos
    while i < stop:
        ch = text[i]
        w = char_width(ch)
        if cells + w > width and i > start:
            if last_space > start:
                add_start(start)
                add_end(last_space)
                i = last_space + 1
            else:
                add_start(start)
                add_end(i)
            start = i
            cells = 0
            last_space = -1
            continue
        if ch == " ":
            last_space = i
        cells += w
        i += 1
    add_start(start)
    add_end(stop)
