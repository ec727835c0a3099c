"""Facts: checkable values (dates, amounts, percentages, quantities, and counts
with their noun, "162 people", "three men") with the clause they belong to and the entity
they are about. A sentence that is mostly a direct quotation is speech, not a
fact. A number that names something is not a value: identifiers ("No 10",
"Article 12", "Flight 370"), scores and ranges glued by a dash ("0-0"), and a
year inside a name ("the 2024 Harbour Trade Forum").
"""

from __future__ import annotations

import bisect
import re

from . import lexicon as lx
from .document import Document
from .model import Fact, Quote, Value
from .patterns import one_of
from .segment import Coverage

# A count: a number not glued to a word, a decimal point, a currency sign or a dash,
# an optional scale word, then the noun it counts. The digit comes first and the
# check looks back from it, so the engine can skip to digits.
_COUNT = re.compile(r"\d(?<![\w.,$£€–-]\d)\d*+(?:,\d++)*+(?:\.\d++)?+(?![\w%]|[-–]\d)"
                    r"(?:\s(?:hundred|thousand|million|billion|trillion))?\s([a-z][a-z-]*)")
# A count in words: "three people", "Twelve men", "hundreds of homes"; never after "the" ("the two
# sides" points back at things already counted) and never "one" (a pronoun as often as a number).
_COUNT_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_WORD_COUNT = re.compile(  # a check of the first letter fails fast at most positions, before the lookbehinds
    rf"(?=[tTfFsSeEnNhHmMdD])(?<![\w-])(?<!the )(?<!The )(?i:{one_of(_COUNT_WORDS)}"
    r"|(?:hundreds|thousands|millions|dozens)\sof)\s([a-z][a-z-]*)")
# "aged " or "ages ", perhaps a range's first age, before a number: the number is an age.
_AGED_BEFORE = re.compile(r"\b(?:aged|ages)\s+(?:\d{1,3}\s*(?:to|and|-|–)\s*)?$")
_FRACTIONS = frozenset("halves thirds quarters fifths sixths sevenths eighths ninths tenths hundredths".split())
# Nouns that turn a following number into a name: parts of documents, numbered places and vehicles.
_NUMBERED = frozenset("""no number article articles section sections clause paragraph chapter part page pages
    rule resolution item flight route road room platform gate level grade channel episode season
    series version model""".split())
_VALUE_TYPES = ("DATE", "MONEY", "PERCENT", "QUANTITY")
_ABOUT_TYPES = ("PERSON", "ORG", "PLACE", "NORP", "EVENT", "PRODUCT")
_KIND = {"DATE": "date", "MONEY": "amount", "PERCENT": "percentage", "QUANTITY": "quantity", "COUNT": "count"}
_YEAR = re.compile(r"\d{4}")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)\s+)$", re.I)


_NON_SPACE = re.compile(r"[^\s“\"‘(]")


def _names_something(text: str, start: int, sentence_start: int) -> bool:
    """A number right after a capitalised word in mid-sentence ("Flight 370") or a numbering noun."""
    if start < 2 or text[start - 1] not in " #":
        return False
    j = text.rfind(" ", max(0, start - 30), start - 1)
    before = text[j + 1:start - 1].rstrip(".:#")
    if not before:
        return False
    if before.lower() in _NUMBERED:
        return True
    first_word = _NON_SPACE.search(text, sentence_start, max(sentence_start, j)) is None
    return before[0].isupper() and not first_word and before.lower() not in lx.STOPWORDS


def _year_in_a_name(text: str, start: int, end: int) -> bool:
    """ "the 2024 Harbour ... Forum": a year between a determiner and a capitalised name."""
    if not _YEAR.fullmatch(text[start:end]):
        return False
    after = text[end:end + 2]
    return len(after) == 2 and after[0] == " " and after[1].isupper() and \
        _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None


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


def _counts(text: str) -> list[re.Match]:
    """The counts of the text, in figures and in words, in order."""
    return sorted([*_COUNT.finditer(text), *_WORD_COUNT.finditer(text)], key=lambda m: m.start())


def find_facts(doc: Document, quotes: list[Quote]) -> list[Fact]:
    """One fact per sentence that holds a value, unless the sentence is mostly a direct quote."""
    text, sentences, entities = doc.text, doc.sentences, doc.entities
    values = sorted(
        (m.start, m.end, e.type) for e in entities if e.type in _VALUE_TYPES for m in e.mentions
    )
    values = [v for v in values if not _year_in_a_name(text, v[0], v[1])]
    taken = [(s, e) for s, e, _ in values]
    starts = [s for s, _, _ in values]
    sentence_starts = [s for s, _ in sentences]
    for m in _counts(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and taken[i][1] > m.start():
            continue
        if m.group(1) in lx.STOPWORDS or m.group(1) in _FRACTIONS:
            continue  # "5 of the", "10 to": no noun, so nothing counted; "nine tenths" is a share
        sentence_start = sentence_starts[max(bisect.bisect_right(sentence_starts, m.start()) - 1, 0)] \
            if sentence_starts else 0
        if _names_something(text, m.start(), sentence_start):
            continue
        if _AGED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "girls aged 12 got", "adults aged 50 to 69 take": an age, no count of the word after it
        values.append((m.start(), m.end(), "COUNT"))
    values.sort()
    starts = [s for s, _, _ in values]
    quoted = Coverage(sorted((q.start, q.end) for q in quotes if q.kind == "direct")).of
    named = sorted((m.start, m.end, e.name) for e in entities if e.type in _ABOUT_TYPES for m in e.mentions)
    named_starts = [s for s, _, _ in named]
    facts: list[Fact] = []
    for sentence_s, sentence_e in sentences:
        first = bisect.bisect_left(starts, sentence_s)
        if first == len(values) or values[first][0] >= sentence_e:
            continue  # no value in this sentence: no clause to look for
        if quoted(sentence_s, sentence_e) > 0.5 * (sentence_e - sentence_s):
            continue
        for s, e in clauses(text, sentence_s, sentence_e):
            i = bisect.bisect_left(starts, s)
            vals = []
            while i < len(values) and values[i][0] < e:
                vs, ve, vt = values[i]
                if ve <= e:
                    vals.append(Value(text[vs:ve], vt, vs, ve))
                i += 1
            if not vals:
                continue
            kinds = [v.type for v in vals]
            primary = next(k for k in ("DATE", "MONEY", "PERCENT", "QUANTITY", "COUNT") if k in kinds)
            value = next(v for v in vals if v.type == primary)
            # what the value is about: the name its noun phrase leads to, a name of its clause,
            # else of its sentence
            about = _about_in_noun_phrase(text, named, named_starts, value, e) or \
                _nearest_name(named, named_starts, s, e, value.start) or \
                _nearest_name(named, named_starts, sentence_s, sentence_e, value.start)
            facts.append(Fact(_KIND[primary], text[s:e], s, e, tuple(vals), about))
    return facts


# "the April 22 attack in Kellow", "a $2 billion deal with Northwind": a value that modifies the
# noun after it, which a preposition ties to a name.
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|last|that)\s+$", re.I)
_NOUN_THEN_PREPOSITION = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?:in|at|on|of|near|with|for|against|by)\s+(?:the\s+)?")


def _about_in_noun_phrase(text: str, named: list, starts: list[int], value: Value, limit: int) -> str | None:
    """The name in the value's own noun phrase ("the April 22 attack in Kellow" is about Kellow)."""
    if _MODIFIER_BEFORE.search(text, max(0, value.start - 8), value.start) is None:
        return None
    m = _NOUN_THEN_PREPOSITION.match(text, value.end, limit)
    if m is None:
        return None
    i = bisect.bisect_left(starts, m.end())
    if i < len(named) and named[i][0] == m.end() and named[i][1] <= limit:
        return named[i][2]
    return None


# Where a sentence divides into clauses that each say something of their own: a semicolon, a
# colon, a dash between spaces, or a comma before a conjunction that opens a new clause ("..., while
# ..."). A relative clause (", which ...") tells of the noun before it and stays with it.
# (The pattern opens with the mark itself, so the engine skips from mark to mark; the white space
# before it is left out of the clause by hand.)
_CLAUSE_BREAK = re.compile(r"(?:;|:(?=\s)|[—–](?<=\s[—–])(?=\s)|,\s+(?=(?:and|but|while|whereas|although|though)\s))\s*")
_MIN_CLAUSE_WORDS = 4


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence text[start:end], as spans; a piece too short to say something
    alone (fewer than four words) stays with the clause before it, or the one after at the start."""
    pieces: list[list[int]] = []
    pos = start
    m = _CLAUSE_BREAK.search(text, pos, end)
    while m is not None:
        if m.start() - 1 < pos and text[m.start()] in "—–":  # (the space before the dash is the last break's)
            m = _CLAUSE_BREAK.search(text, m.start() + 1, end)
            continue
        cut = m.start()
        while cut > pos and text[cut - 1].isspace():
            cut -= 1
        if cut > pos:
            pieces.append([pos, cut])
        pos = m.end()
        m = _CLAUSE_BREAK.search(text, pos, end)
    if pos < end:
        pieces.append([pos, end])
    merged: list[list[int]] = []
    for piece in pieces:
        short = len(text[piece[0]:piece[1]].split()) < _MIN_CLAUSE_WORDS
        if merged and (short or len(text[merged[-1][0]:merged[-1][1]].split()) < _MIN_CLAUSE_WORDS):
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    return [(s, e) for s, e in merged] or [(start, end)]
