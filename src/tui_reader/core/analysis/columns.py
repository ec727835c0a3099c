"""An analysis kept as columns of numbers, its objects made only when they are asked for.

A big article's analysis is hundreds of thousands of mentions, quotes, facts and
sentences. As one object each (and a string each for a quote's or a fact's words)
a 10 MB article's analysis held ten times the text in memory; as columns (an array
of starts, one of ends, one of string numbers) it holds a fraction of the text.

Every word an analysis reports for a span is the text's own words there, so the
columns keep no words of the text: a quote's, a fact's, a value's or a mention's
`text` is cut from the article's text when the object is made. The few words that
are not the text's own (speakers, cues, names, types) are kept once each in a table.

`to_columns(analysis, text)` gives the record `marshal` stores; `from_columns(record,
text)` gives back an `Analysis` whose sequences make their items on demand.
"""

from __future__ import annotations

from array import array
from typing import Any, Callable, Iterator

from ..made import Made
from ..spans import OFFSET, offsets as _q
from .model import Analysis, Entity, Fact, Mention, Quote, Value

_NONE = -1  # the string number of None


class Column(Made):
    """Items made when asked for (`Made`), equal to a tuple of the same items, as the tuples of an
    analysis made by `analyse` are.

    `spans()` gives each item's (start, end, kind) without making the items (kind None for mentions):
    what the highlights of a big article are built from."""

    __slots__ = ("_spans",)

    def __init__(self, n: int, make: Callable[[int], Any], spans: Callable[[], Iterator[tuple]] | None = None):
        super().__init__(n, make)
        self._spans = spans

    def spans(self) -> Iterator[tuple[int, int, str | None]]:
        return self._spans()

    def __eq__(self, other) -> bool:
        if isinstance(other, (tuple, Column)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Column({self._n} items)"


class _Strings:
    """A table of the strings a record names: each kept once, None as `_NONE`."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._number: dict[str, int] = {}

    def __call__(self, s: str | None) -> int:
        if s is None:
            return _NONE
        k = self._number.get(s)
        if k is None:
            k = self._number[s] = len(self.items)
            self.items.append(s)
        return k


def to_columns(analysis: Analysis, text: str) -> tuple:
    """The analysis as a record of strings, numbers and array bytes (what `marshal` writes fast)."""
    number = _Strings()
    own = {}  # (part, index) -> words that are not the text's own there (none, from `analyse`)

    def words(part: str, k: int, item) -> None:
        if item.text != text[item.start:item.end]:
            own[(part, k)] = item.text

    entities = []
    m_start, m_end = _q(), _q()
    for e in analysis.entities:
        entities.append((number(e.name), number(e.type), len(m_start), tuple(e.aliases), tuple(e.roles)))
        for m in e.mentions:
            words("m", len(m_start), m)
            m_start.append(m.start)
            m_end.append(m.end)
    q_cols = [_q() for _ in range(6)]  # start, end, kind, speaker, cue, speaker_mention
    for k, q in enumerate(analysis.quotes):
        words("q", k, q)
        for col, v in zip(q_cols, (q.start, q.end, number(q.kind), number(q.speaker), number(q.cue),
                                   number(q.speaker_mention))):
            col.append(v)
    f_cols = [_q() for _ in range(5)]  # start, end, kind, about, first value
    v_cols = [_q() for _ in range(3)]  # start, end, type
    for k, f in enumerate(analysis.facts):
        words("f", k, f)
        for col, v in zip(f_cols, (f.start, f.end, number(f.kind), number(f.about), len(v_cols[0]))):
            col.append(v)
        for v in f.values:
            words("v", len(v_cols[0]), v)
            for col, x in zip(v_cols, (v.start, v.end, number(v.type))):
                col.append(x)
    s_start = _q(s for s, _ in analysis.sentences)
    s_end = _q(e for _, e in analysis.sentences)
    return (OFFSET, tuple(number.items), tuple(entities), len(text),
            tuple(c.tobytes() for c in (m_start, m_end, *q_cols, *f_cols, *v_cols, s_start, s_end)),
            tuple((part, k, w) for (part, k), w in own.items()))


def from_columns(record: tuple, text: str) -> Analysis:
    """The analysis a record holds, read against the text it was made from; ValueError or TypeError
    when the record is not one, or was made from a text of another length."""
    typecode, strings, entities, length, blobs, own_list = record
    if typecode != OFFSET:
        raise ValueError("the record was made with other numbers")
    if length != len(text):
        raise ValueError("the record was made from another text")
    cols = []
    for blob in blobs:
        col = array(OFFSET)
        col.frombytes(blob)
        cols.append(col)
    if len(cols) != 18:
        raise ValueError("a record has 18 columns")
    m_start, m_end, q_start, q_end, q_kind, q_speaker, q_cue, q_said, \
        f_start, f_end, f_kind, f_about, f_first, v_start, v_end, v_type, s_start, s_end = cols
    own = {(part, k): w for part, k, w in own_list}
    strings = tuple(strings)

    def s(k: int) -> str | None:
        return None if k == _NONE else strings[k]

    def words(part: str, k: int, start: int, end: int) -> str:
        if own:
            w = own.get((part, k))
            if w is not None:
                return w
        return text[start:end]

    def mention(k: int) -> Mention:
        return Mention(m_start[k], m_end[k], words("m", k, m_start[k], m_end[k]))

    def quote(k: int) -> Quote:
        a, b = q_start[k], q_end[k]
        return Quote(strings[q_kind[k]], words("q", k, a, b), a, b, s(q_speaker[k]), s(q_cue[k]), s(q_said[k]))

    def value(k: int) -> Value:
        a, b = v_start[k], v_end[k]
        return Value(words("v", k, a, b), strings[v_type[k]], a, b)

    def fact(k: int) -> Fact:
        a, b = f_start[k], f_end[k]
        last = f_first[k + 1] if k + 1 < len(f_first) else len(v_start)
        return Fact(strings[f_kind[k]], words("f", k, a, b), a, b,
                    tuple(value(j) for j in range(f_first[k], last)), s(f_about[k]))

    def spans(starts: array, ends: array, kinds: array | None, lo: int, hi: int):
        if kinds is None:
            return lambda: ((starts[k], ends[k], None) for k in range(lo, hi))
        return lambda: ((starts[k], ends[k], strings[kinds[k]]) for k in range(lo, hi))

    ents = []
    for i, (name, etype, first, aliases, roles) in enumerate(entities):
        last = entities[i + 1][2] if i + 1 < len(entities) else len(m_start)
        mentions = Column(last - first, lambda j, first=first: mention(first + j),
                          spans(m_start, m_end, None, first, last))
        ents.append(Entity(strings[name], strings[etype], mentions, tuple(aliases), tuple(roles)))
    return Analysis(entities=tuple(ents),
                    quotes=Column(len(q_start), quote, spans(q_start, q_end, q_kind, 0, len(q_start))),
                    facts=Column(len(f_start), fact, spans(f_start, f_end, f_kind, 0, len(f_start))),
                    sentences=Column(len(s_start), lambda k: (s_start[k], s_end[k])))
