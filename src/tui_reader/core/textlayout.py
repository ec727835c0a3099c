"""Wrapping text into screen lines by offsets, without building any text objects.

A 3 MB article has tens of thousands of screen lines; the view only ever
draws the visible ones, so all it needs is where each line starts and ends.
Greedy word wrap with `str.rfind` keeps this to milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Characters that take two cells or none; paragraphs with any of them are
# wrapped by measuring each character, the others by counting.
_ODD_WIDTH = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0e31-\u0e3a\u200b-\u200f"
    "\u1100-\u115f\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe00-\ufe0f\ufe10-\ufe19\ufe20-\ufe2f\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f000-\U0001faff\U00020000-\U0003fffd]"
)


def char_width(ch: str) -> int:
    """Terminal cells a character takes: 0, 1 or 2."""
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\u200e\u200f\ufeff" or "\ufe00" <= ch <= "\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


@dataclass(frozen=True)
class Layout:
    """Screen lines of one text at one width: line i is text[starts[i]:ends[i]]."""

    width: int
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The screen line holding a text offset (offsets between lines go to the line before)."""
        return max(0, bisect_right(self.starts, offset) - 1)


def wrap(text: str, width: int) -> Layout:
    """Greedy word wrap of every paragraph line of `text` to `width` cells."""
    width = max(1, width)
    starts: list[int] = []
    ends: list[int] = []
    add_start, add_end = starts.append, ends.append
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        if nl - pos <= width and not _ODD_WIDTH.search(text, pos, nl):
            add_start(pos)
            add_end(nl)
        elif _ODD_WIDTH.search(text, pos, nl):
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
