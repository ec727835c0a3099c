"""Search inside one text: a true count, and narrowing that gives what a full search gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unittest.mock import patch

from tui_reader.core import search as search_module
from tui_reader.core.search import Cancelled, search


class _CountingPattern:
    """A compiled pattern that notes which of its methods were used."""

    def __init__(self, pattern, log):
        self.pattern, self.log = pattern, log

    def match(self, text, pos):
        self.log.append("match")
        return self.pattern.match(text, pos)

    def finditer(self, text):
        self.log.append("finditer")
        return self.pattern.finditer(text)

letters = st.text(alphabet="abAB ", max_size=80)


@settings(max_examples=400, deadline=None)
@given(letters, st.text(alphabet="abAB", min_size=1, max_size=3), st.text(alphabet="abAB", min_size=1, max_size=3))
def test_narrowing_the_previous_matches_gives_the_full_search(text, first, more):
    longer = first + more
    with patch.object(search_module, "_SCAN_PER_TRY", 0):  # narrow whenever it is exact, however short the text
        narrowed = search(text, longer, previous=search(text, first))
    assert narrowed == search(text, longer)
    smart_case = 0 if any(c.isupper() for c in longer) else re.IGNORECASE
    assert list(narrowed) == [m.span() for m in re.finditer(re.escape(longer), text, smart_case)]


def test_a_query_that_overlaps_itself_is_searched_again_not_narrowed():
    text = "aaab"
    with patch.object(search_module, "_SCAN_PER_TRY", 0):
        assert list(search(text, "aab", previous=search(text, "aa"))) == [(1, 4)]


def test_narrowing_tries_only_the_places_of_the_shorter_query():
    tried = []
    text = "harbour " * 10 + "x" * 5000
    previous = search(text, "harb")
    with patch.object(search_module, "compile_query", lambda q: _CountingPattern(re.compile(re.escape(q)), tried)):
        narrowed = search(text, "harbo", previous=previous)
    assert len(narrowed) == 10 and tried == ["match"] * 10  # no scan of the text, ten places tried


def test_every_match_is_counted():
    text = "the " * 300_000
    assert len(search(text, "the")) == 300_000


def test_a_search_gives_up_when_cancelled():
    with pytest.raises(Cancelled):
        search("x " * 100_000, "x", cancelled=lambda: True)


def test_matches_index_from_an_offset():
    matches = search("ab ab ab", "ab")
    assert matches.first_from(0) == 0 and matches.first_from(1) == 1 and matches.first_from(7) == 3
    assert matches[1] == (3, 5)
