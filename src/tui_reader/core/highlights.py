"""The highlights of an article in reading order, and moving through them.

A highlight is one entity mention, one quote or one fact. The reader's
"current item" is an index into `Highlights.items`; `]` and `[` step through
the items of the layers that are switched on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

from .analysis import ENTITY_TYPES

if TYPE_CHECKING:
    from .analysis.model import Analysis, Entity

LAYERS = ("entities", "quotes", "facts")
_LAYER_ORDER = {"facts": 0, "quotes": 1, "entities": 2}  # at one offset the wider thing comes first


class Item(NamedTuple):  # a tuple: a big article has a hundred thousand, made in one go
    start: int
    end: int
    layer: str  # "entities" | "quotes" | "facts"
    ref: int  # index into analysis.entities / quotes / facts
    kind: str  # entity type, quote kind or fact kind


class Highlights:
    """All items of one analysis, sorted by start, with lookups by thing."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        items: list[Item] = []
        for i, ent in enumerate(analysis.entities):
            for m in ent.mentions:
                items.append(Item(m.start, m.end, "entities", i, ent.type))
        for i, q in enumerate(analysis.quotes):
            items.append(Item(q.start, q.end, "quotes", i, q.kind))
        for i, f in enumerate(analysis.facts):
            items.append(Item(f.start, f.end, "facts", i, f.kind))
        items.sort(key=lambda it: (it.start, _LAYER_ORDER[it.layer], -it.end))
        self.items = items
        self.starts = [it.start for it in items]
        self._by_thing: dict[tuple[str, int], list[int]] = {}
        for k, it in enumerate(items):
            self._by_thing.setdefault((it.layer, it.ref), []).append(k)

    def __len__(self) -> int:
        return len(self.items)

    def of_thing(self, layer: str, ref: int) -> list[int]:
        """Item indices of one entity (its mentions), quote or fact, in reading order."""
        return self._by_thing.get((layer, ref), [])

    def step(self, current: int | None, forward: bool, layers: frozenset[str] | set[str],
             from_offset: int = 0, only: tuple[str, int] | None = None) -> int | None:
        """The next (or previous) item after `current` in an active layer, no wrap.

        With no current item, the search starts at `from_offset` (the top of
        the screen). With `only`, steps through that one thing's items.
        """
        if only is not None:
            seq = self.of_thing(*only)
            if not seq:
                return None
            if current is None:
                pos = bisect_left([self.items[k].start for k in seq], from_offset)
                if forward:
                    return seq[pos] if pos < len(seq) else None
                return seq[pos - 1] if pos > 0 else None
            j = bisect_left(seq, current)
            if forward:
                j = j + 1 if j < len(seq) and seq[j] == current else j
                return seq[j] if j < len(seq) else None
            return seq[j - 1] if j > 0 else None
        if current is None:
            k = bisect_left(self.starts, from_offset) if forward else bisect_right(self.starts, from_offset) - 1
        else:
            k = current + (1 if forward else -1)
        while 0 <= k < len(self.items):
            if self.items[k].layer in layers:
                return k
            k += 1 if forward else -1
        return None

    def at(self, offset: int, layers: frozenset[str] | set[str]) -> int | None:
        """The narrowest active item containing `offset` (a mention before its sentence)."""
        best = None
        k = bisect_right(self.starts, offset) - 1
        # items are few per sentence; look back a bounded way for wide items (facts, quotes)
        steps = 0
        while k >= 0 and steps < 400:
            it = self.items[k]
            if it.layer in layers and it.start <= offset < it.end:
                if best is None or (it.end - it.start) < (self.items[best].end - self.items[best].start):
                    best = k
            k -= 1
            steps += 1
        return best


def salience(entity: Entity, text_length: int) -> float:
    """How central an entity is: its mentions, and a little for appearing early."""
    first = entity.mentions[0].start if entity.mentions else text_length
    early = 1.0 - first / max(1, text_length)
    return len(entity.mentions) + early


def entities_by_type(analysis: Analysis, text_length: int) -> list[tuple[str, list[int]]]:
    """Entity indices grouped by type (in the contract's type order), most salient first."""
    groups: dict[str, list[int]] = {}
    for i, ent in enumerate(analysis.entities):
        groups.setdefault(ent.type, []).append(i)
    out = []
    for t in ENTITY_TYPES:
        if t in groups:
            idx = sorted(groups[t], key=lambda i: (-salience(analysis.entities[i], text_length),
                                                   analysis.entities[i].name))
            out.append((t, idx))
    return out
