"""Search inside one text: a true count, and narrowing that gives what a full search gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui_reader.core.search import Cancelled, search

letters = st.text(alphabet="abAB ", max_size=80)


@settings(max_examples=400, deadline=None)
@given(letters, st.text(alphabet="abAB", min_size=1, max_size=3), st.text(alphabet="abAB", min_size=1, max_size=3))
def test_narrowing_the_previous_matches_gives_the_full_search(text, first, more):
    longer = first + more
    narrowed = search(text, longer, previous=search(text, first))
    assert narrowed == search(text, longer)
    smart_case = 0 if any(c.isupper() for c in longer) else re.IGNORECASE
    assert list(narrowed) == [m.span() for m in re.finditer(re.escape(longer), text, smart_case)]


def test_a_query_that_overlaps_itself_is_searched_again_not_narrowed():
    text = "aaab"
    assert list(search(text, "aab", previous=search(text, "aa"))) == [(1, 4)]


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
