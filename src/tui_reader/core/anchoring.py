"""Placing a note's target in a (possibly changed) text, the way web annotation tools do.

A target remembers its exact text, up to 32 characters either side (prefix,
suffix) and its old position. Placing it tries, in order:

1. exact:    the old position still holds the exact text;
2. moved:    the exact text elsewhere, the occurrence whose context fits best
             (then the nearest); a short exact text must have matching context;
3. fuzzy:    an approximate match of the exact text near its context, accepted
             only above a similarity threshold;
4. orphaned: nothing fits well enough. The note is kept, never attached to
             the wrong text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

CONTEXT = 32
SHORT = 16  # an exact text this short is too common to trust without context
FUZZY_MIN = 80.0  # rapidfuzz similarity (0..100) of the exact text
FUZZY_MIN_SHORT = 92.0


@dataclass(frozen=True)
class Anchor:
    status: str  # exact | moved | fuzzy | orphaned
    start: int | None
    end: int | None


def context_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix stored with a target."""
    return text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


def _common_suffix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """Characters of the stored context that still stand next to text[start:end]."""
    before = text[max(0, start - len(prefix)):start]
    after = text[end:end + len(suffix)]
    return _common_suffix(before, prefix) + _common_prefix(after, suffix)


def anchor(text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None,
           end: int | None = None) -> Anchor:
    """Where the target is now (see the module docstring for the order of tries)."""
    if not exact:
        return Anchor("orphaned", None, None)
    n = len(exact)
    if start is not None and 0 <= start and start + n <= len(text) and text.startswith(exact, start):
        return Anchor("exact", start, start + n)

    hits = []
    i = text.find(exact)
    while i >= 0 and len(hits) < 10_000:
        hits.append(i)
        i = text.find(exact, i + 1)
    if hits:
        old = start if start is not None else 0
        best = max(hits, key=lambda h: (_context_score(text, h, h + n, prefix, suffix), -abs(h - old)))
        score = _context_score(text, best, best + n, prefix, suffix)
        if n >= SHORT or score >= min(8, len(prefix) + len(suffix)) or (not prefix and not suffix and len(hits) == 1):
            return Anchor("moved", best, best + n)

    return _fuzzy(text, exact, prefix, suffix, start)


def _fuzzy(text: str, exact: str, prefix: str, suffix: str, start: int | None) -> Anchor:
    from rapidfuzz import fuzz

    n = len(exact)
    threshold = FUZZY_MIN_SHORT if n < SHORT else FUZZY_MIN
    windows = []
    if start is not None:
        windows.append((max(0, start - 4 * n - 2000), min(len(text), start + 5 * n + 2000)))
    windows.append((0, len(text)))
    needle = prefix + exact + suffix
    for lo, hi in windows:
        window = text[lo:hi]
        # First the passage with its context: a changed word weighs less against 64 more characters.
        if prefix and suffix:
            whole = fuzz.partial_ratio_alignment(needle, window, score_cutoff=85)
            if whole is not None:
                r0 = max(0, lo + whole.dest_start - 8)
                r1 = min(len(text), lo + whole.dest_end + 8)
                inner = fuzz.partial_ratio_alignment(exact, text[r0:r1], score_cutoff=60)
                if inner is not None:
                    s, e = _trim(text, exact, *_snap_to_words(text, r0 + inner.dest_start, r0 + inner.dest_end))
                    if fuzz.ratio(exact, text[s:e]) >= 60:
                        return Anchor("fuzzy", s, e)
        found = fuzz.partial_ratio_alignment(exact, window, score_cutoff=threshold)
        if found is None:
            continue
        s, e = _trim(text, exact, *_snap_to_words(text, lo + found.dest_start, lo + found.dest_end))
        # A short passage must have some of its context too.
        if n < 40 and (prefix or suffix) and _context_score(text, s, e, prefix, suffix) < 4:
            continue
        if fuzz.ratio(exact, text[s:e]) >= threshold:
            return Anchor("fuzzy", s, e)
    return Anchor("orphaned", None, None)


def _trim(text: str, exact: str, s: int, e: int) -> tuple[int, int]:
    """Drop spaces and stray punctuation the alignment took in at either end."""
    while e > s and (text[e - 1].isspace() or (not text[e - 1].isalnum() and not exact.endswith(text[e - 1]))):
        e -= 1
    while s < e and (text[s].isspace() or (not text[s].isalnum() and not exact.startswith(text[s]))):
        s += 1
    return s, e


def _snap_to_words(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a fuzzy span to whole words, so a note never starts mid-word."""
    while s > 0 and text[s - 1].isalnum() and text[s].isalnum():
        s -= 1
    while e < len(text) and e > 0 and text[e - 1].isalnum() and text[e].isalnum():
        e += 1
    return s, e
