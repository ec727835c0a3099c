"""Sentences and words with their offsets: the units every analyser shares."""

from __future__ import annotations

import re
from bisect import bisect_right

# Abbreviated titles, always followed by a name.
_TITLES = frozenset("""mr mrs ms dr prof st gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp
    maj brig cpl pvt pfc spc det fr msgr atty sens reps govs gens""".split())
ABBREVIATIONS = _TITLES | frozenset(
    """jr sr
    no nos vs etc inc corp ltd co bros dept univ est approx fig vol ch art sec ave rd blvd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo e.g i.e a.m p.m u.s u.k u.n""".split()
)

# Abbreviations that stand only before a number: "No. 10", "Vol. 2", "Fig. 3".
_BEFORE_A_NUMBER = frozenset("no nos vol fig ch art sec".split())
_DIGIT_NEXT = re.compile(r"\s+[\"“‘'(\[]*[0-9IVX]")
# Words that open sentences and never names.
_SENTENCE_OPENERS = frozenset("""the he she it they we i but and in on at after when this that these
    those there his her their its our a an as if while however meanwhile yet so""".split())
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]*([A-Za-z]+)\b")
# Capital letters: ASCII, Latin-1 and Latin Extended-A ("Émile", "Łódź", "Ángel"), for character classes.
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())

# A run of stops is taken whole, from its first mark, and never backtracked:
# a run of 100,000 dots costs one pass, not one pass per dot. The pattern opens with the stop
# itself (the mark before it is checked after), so the engine skips from stop to stop.
_BOUNDARY = re.compile(rf"[.!?…](?<![.!?…].)[.!?…]*+[\"”’')\]]*+(?=\s+[\"“‘'(\[]*+[{UPPER}0-9])")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for part in text.split("\n\n"):
        end = pos + len(part)
        if part.strip():
            spans.append((pos, end))
        pos = end + 2
    return spans


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence spans, never crossing a paragraph break; abbreviations kept whole."""
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_bounds(text):
        para = text[p_start:p_end]
        start = 0
        for m in _BOUNDARY.finditer(para):
            end = m.end()
            if para[m.start()] == ".":
                word = _word_before_stop(para, max(0, m.start() - 20), m.start()).lower().rstrip(".")
                if word in _BEFORE_A_NUMBER and not _DIGIT_NEXT.match(para, m.end()):
                    pass  # "She said no. Then ...": "No." abbreviates a number only before one ("No. 10")
                elif word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    # "in the U.S. The next day": a word that never starts a name opens a sentence,
                    # except after a title ("Gen. The ..." does not occur, "Dr. Who" may).
                    nxt = _NEXT_WORD.match(para, m.end())
                    if not (nxt and nxt.group(1).lower() in _SENTENCE_OPENERS and word not in _TITLES):
                        continue
            _append(out, para, p_start, start, end)
            start = end
        _append(out, para, p_start, start, len(para))
    return out


def _word_before_stop(para: str, lo: int, stop: int) -> str:
    """The run of word characters and full stops that ends with the stop at para[stop], from lo at
    the earliest ("U.S." in "in the U.S."; "." alone after a closing mark)."""
    i = stop
    while i > lo and (para[i - 1].isalnum() or para[i - 1] in "._"):
        i -= 1
    return para[i:stop + 1]


def _append(out: list, para: str, base: int, start: int, end: int) -> None:
    while start < end and para[start].isspace():
        start += 1
    while end > start and para[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((base + start, base + end))


class SentenceIndex:
    """Find the sentence holding an offset in O(log n)."""

    def __init__(self, bounds: list[tuple[int, int]]):
        self.bounds = bounds
        self.starts = [s for s, _ in bounds]

    def index_at(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        return max(i, 0)

    def at(self, pos: int) -> tuple[int, int]:
        if not self.bounds:
            return (0, 0)
        return self.bounds[self.index_at(pos)]


class Coverage:
    """How much of a range sorted, non-overlapping spans cover, in O(log n) per question.

    Prefix sums of the span lengths answer any range with two bisections, so
    asking once per cue or sentence stays linear however many spans a range holds.
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.before = [0]  # before[i]: characters covered by spans[:i]
        for s, e in spans:
            self.before.append(self.before[-1] + (e - s))

    def _upto(self, pos: int) -> int:
        """Characters covered before pos."""
        i = bisect_right(self.starts, pos)  # spans starting at or before pos
        n = self.before[i]
        if i and self.ends[i - 1] > pos:
            n -= self.ends[i - 1] - pos
        return n

    def of(self, s: int, e: int) -> int:
        """How many characters of [s, e) the spans cover."""
        return self._upto(e) - self._upto(s) if e > s else 0
