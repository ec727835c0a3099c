"""Facts: sentences that carry checkable specifics (dates, numbers, amounts,
percentages, named events), with those specifics as values. A sentence that
is mostly a direct quotation is speech, not a fact.
"""

from __future__ import annotations

import bisect
import re

from .model import Entity, Fact, Quote, Value
from .segment import Coverage

# A number not glued to a word, a decimal point or a currency sign. The digit comes
# first and the check looks back from it, so the engine can skip to digits.
_NUMBER = re.compile(r"\d(?<![\w.,$£€-]\d)\d*+(?:,\d++)*+(?:\.\d++)?+(?![\w%])")
_VALUE_TYPES = ("DATE", "MONEY", "PERCENT", "QUANTITY", "EVENT")
_ABOUT_TYPES = ("PERSON", "ORG", "PLACE", "NORP", "EVENT", "PRODUCT")
_KIND = {"DATE": "date", "MONEY": "amount", "PERCENT": "percentage", "QUANTITY": "quantity",
         "NUMBER": "number", "EVENT": "event"}


def _nearest_name(named: list, starts: list[int], s: int, e: int, at: int) -> str | None:
    """The named entity of the sentence [s, e) nearest the value at `at`, before it on a tie."""
    i = bisect.bisect_left(starts, s)
    best, best_d = None, None
    while i < len(named) and named[i][0] < e:
        ns, ne, name = named[i]
        if ne <= e and not (ns <= at < ne):
            d = at - ne if ne <= at else ns - at + 0.5
            if best_d is None or d < best_d:
                best, best_d = name, d
        i += 1
    return best


def find_facts(text: str, sentences: list[tuple[int, int]], entities: list[Entity], quotes: list[Quote]) -> list[Fact]:
    values = sorted(
        (m.start, m.end, e.type) for e in entities if e.type in _VALUE_TYPES for m in e.mentions
    )
    taken = [(s, e) for s, e, _ in values]
    starts = [s for s, _, _ in values]
    for m in _NUMBER.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and taken[i][1] > m.start():
            continue
        values.append((m.start(), m.end(), "NUMBER"))
    values.sort()
    starts = [s for s, _, _ in values]
    quoted = Coverage(sorted((q.start, q.end) for q in quotes if q.kind == "direct")).of
    named = sorted((m.start, m.end, e.name) for e in entities if e.type in _ABOUT_TYPES for m in e.mentions)
    named_starts = [s for s, _, _ in named]
    facts: list[Fact] = []
    for s, e in sentences:
        i = bisect.bisect_left(starts, s)
        vals = []
        while i < len(values) and values[i][0] < e:
            vs, ve, vt = values[i]
            if ve <= e:
                vals.append(Value(text[vs:ve], vt, vs, ve))
            i += 1
        if not vals:
            continue
        if quoted(s, e) > 0.5 * (e - s):
            continue
        kinds = [v.type for v in vals]
        primary = next((k for k in ("DATE", "MONEY", "PERCENT", "QUANTITY", "EVENT", "NUMBER") if k in kinds), "NUMBER")
        value = next(v for v in vals if v.type == primary)
        facts.append(Fact(_KIND[primary], text[s:e], s, e, tuple(vals),
                          _nearest_name(named, named_starts, s, e, value.start)))
    return facts
