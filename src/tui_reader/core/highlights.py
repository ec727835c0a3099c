"""The highlights of an article in reading order, and moving through them.

A highlight is one entity mention, one quote or one fact. The reader's
"current item" is an index into `Highlights.items`; `]` and `[` step through
the items of the layers that are switched on.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from .analysis import ENTITY_TYPES
from .spans import SpanIndex, offsets, zeros

if TYPE_CHECKING:
    from .analysis.model import Analysis, Entity

LAYERS = ("entities", "quotes", "facts")
# What one item of each layer is: the value a painted span carries, and the kind of a note's target.
ITEM_KIND = {"entities": "entity", "quotes": "quote", "facts": "fact"}
_WIDEST = (1 << 32) - 1  # no item is longer: the widest at one start sorts first
_LAYER_ORDER = {"facts": 0, "quotes": 1, "entities": 2}  # at one offset the wider thing comes first


class Item(NamedTuple):  # a tuple: a big article has a hundred thousand, made in one go
    start: int
    end: int
    layer: str  # "entities" | "quotes" | "facts"
    ref: int  # index into analysis.entities / quotes / facts
    kind: str  # entity type, quote kind or fact kind


class _Items:
    """The items as a sequence: each `Item` is made when asked for, from the columns of `Highlights`."""

    __slots__ = ("_hl",)

    def __init__(self, hl: "Highlights"):
        self._hl = hl

    def __len__(self) -> int:
        return len(self._hl.starts)

    def __getitem__(self, k: int) -> Item:
        hl = self._hl
        if k < 0:
            k += len(hl.starts)
        return Item(hl.starts[k], hl.ends[k], LAYERS[hl.layer_codes[k]], hl.refs[k], hl.kind_names[hl.kind_codes[k]])

    def __iter__(self):
        return (self[k] for k in range(len(self)))


class Highlights:
    """All items of one analysis, sorted by start, with lookups by thing.

    The items are kept as columns of numbers (starts, ends, layers, refs, kinds), not as an object
    each: a 30 MB article has over a million.
    """

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        things = (analysis.entities, analysis.quotes, analysis.facts)
        # One column each, in the order the things come; then one sort of packed keys (start, the
        # layer's order at a start, widest first, and the item's place), never an object per item.
        starts, ends, layers, refs, kinds = offsets(), offsets(), bytearray(), offsets(), bytearray()
        kind_code: dict[str, int] = {}
        for layer, group in enumerate(things):
            for ref, (kind, spans) in enumerate(_kinds_and_spans(layer, group)):
                code = kind_code.setdefault(kind, len(kind_code))
                for start, end in spans:
                    starts.append(start)
                    ends.append(end)
                    layers.append(layer)
                    refs.append(ref)
                    kinds.append(code)
        kind_names = list(kind_code)
        n = len(starts)
        width = max(n, 1).bit_length()
        ordered = sorted(((starts[k] * 3 + _LAYER_ORDER[LAYERS[layers[k]]]) << 32 | (_WIDEST - (ends[k] - starts[k])))
                         << width | k for k in range(n))
        mask = (1 << width) - 1
        perm = offsets(key & mask for key in ordered)
        del ordered
        self.starts = offsets(starts[k] for k in perm)
        self.ends = offsets(ends[k] for k in perm)
        self.layer_codes = bytes(layers[k] for k in perm)
        self.refs = offsets(refs[k] for k in perm)
        self.kind_codes = bytes(kinds[k] for k in perm)
        self.kind_names = tuple(kind_names)
        self.items = _Items(self)
        # Each thing's items in reading order: the inverse of `perm` taken in the order things came
        # (layer by layer, thing by thing, mention by mention, which is reading order within a thing),
        # and where each thing's run of it begins.
        inverse = zeros(n)
        for pos, k in enumerate(perm):
            inverse[k] = pos
        self._order = inverse
        self._thing_start: list[array] = []
        pos = 0
        for layer, group in enumerate(things):
            bounds = zeros(len(group) + 1)
            for ref, thing in enumerate(group):
                bounds[ref] = pos
                pos += len(thing.mentions) if layer == 0 else 1
            bounds[len(group)] = pos
            self._thing_start.append(bounds)

    def __len__(self) -> int:
        return len(self.items)

    def layer_index(self, layer: str) -> SpanIndex[str]:
        """The spans of one layer, for painting: valued by entity type, or "quote" or "fact"."""
        code = LAYERS.index(layer)
        starts, ends = self.starts, self.ends
        picked = offsets(k for k, c in enumerate(self.layer_codes) if c == code and ends[k] > starts[k])
        if layer == "entities":
            names, kinds = self.kind_names, self.kind_codes
            values = [names[kinds[k]] for k in picked]
        else:
            values = [ITEM_KIND[layer]] * len(picked)
        return SpanIndex.from_arrays(offsets(starts[k] for k in picked), offsets(ends[k] for k in picked), values)

    def of_thing(self, layer: str, ref: int) -> array:
        """Item indices of one entity (its mentions), quote or fact, in reading order."""
        bounds = self._thing_start[LAYERS.index(layer)]
        if not 0 <= ref < len(bounds) - 1:
            return offsets()
        return self._order[bounds[ref]:bounds[ref + 1]]

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
                pos = bisect_left([self.starts[k] for k in seq], from_offset)
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
        codes = {LAYERS.index(layer) for layer in layers if layer in LAYERS}
        n = len(self.starts)
        while 0 <= k < n:
            if self.layer_codes[k] in codes:
                return k
            k += 1 if forward else -1
        return None

    def at(self, offset: int, layers: frozenset[str] | set[str]) -> int | None:
        """The narrowest active item containing `offset` (a mention before its sentence)."""
        best = None
        k = bisect_right(self.starts, offset) - 1
        # items are few per sentence; look back a bounded way for wide items (facts, quotes)
        steps = 0
        codes = {LAYERS.index(layer) for layer in layers if layer in LAYERS}
        starts, ends = self.starts, self.ends
        while k >= 0 and steps < 400:
            if self.layer_codes[k] in codes and starts[k] <= offset < ends[k]:
                if best is None or ends[k] - starts[k] < ends[best] - starts[best]:
                    best = k
            k -= 1
            steps += 1
        return best


def _kinds_and_spans(layer: int, group: Sequence) -> Iterator[tuple[str, Iterable[tuple[int, int]]]]:
    """Each thing's kind (entity type, quote or fact kind) and its spans: an entity's mentions, or
    the quote or fact itself. Read from an analysis's columns when it has them (no object made)."""
    if layer == 0:
        for entity in group:
            mentions = entity.mentions
            if hasattr(mentions, "spans"):
                yield entity.type, ((s, e) for s, e, _ in mentions.spans())
            else:
                yield entity.type, ((m.start, m.end) for m in mentions)
    elif hasattr(group, "spans"):
        for start, end, kind in group.spans():
            yield kind, ((start, end),)
    else:
        for thing in group:
            yield thing.kind, ((thing.start, thing.end),)


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
