"""The reader's state: the status line made from it, and n / N as in less."""

from __future__ import annotations

from tui_reader.core.reader_state import EntityFocus, ReaderState, count
from tui_reader.core.search import search

TEXT = "one harbour, two harbours; " * 10  # 20 matches of "harbour", 27 characters a line


def test_counts_say_one_and_many():
    assert count(1, "fact") == "1 fact" and count(2, "fact") == "2 facts"
    assert count(1, "entity") == "1 entity" and count(0, "entity") == "0 entities"


def test_status_while_analysing_then_the_counts():
    st = ReaderState(analysis_seconds=2.04)
    assert st.status_parts() == [("Finding entities, quotes and facts… 2.0 s", "italic")]
    st.counts = (3, 1, 0)
    assert st.status_parts()[0] == ("3 entities · 1 quote · 0 facts", "dim")
    st.analysis_error = "the analysis process ended without a result"
    assert st.status_parts()[0] == ("No analysis: the analysis process ended without a result", "bold red")


def test_status_shows_the_entity_stepped_through_the_selection_and_the_search():
    st = ReaderState(counts=(1, 0, 0), query="harbour")
    st.matches = search(TEXT, "harbour")
    st.match_index = 4
    st.selecting = "2 sentences selected"
    parts = st.status_parts(EntityFocus("Ana Ruiz", 2, 5))
    assert [t for t, _ in parts] == ["1 entity · 0 quotes · 0 facts",
                                     "Ana Ruiz: mention 2/5 (] [ step, escape clears)",
                                     "2 sentences selected", "/harbour  5/20"]


def test_status_while_a_worker_searches_and_with_no_match_and_a_bad_pattern():
    st = ReaderState(counts=(0, 0, 0), query="harb", searching="harb")
    assert st.status_parts()[-1] == ("/harb  searching…", "bold")
    st.searching = None
    assert st.status_parts()[-1] == ("/harb  no matches", "bold")
    st.search_error = "invalid regular expression: missing )"
    assert st.status_parts()[-1] == ("invalid regular expression: missing )", "bold red")
    st.clear_search()
    assert len(st.status_parts()) == 1


def _at(match_index=None):
    st = ReaderState(query="harbour", matches=search(TEXT, "harbour"), match_index=match_index)
    return st


def test_n_steps_on_from_the_current_match_while_it_is_on_screen():
    st = _at(2)
    top, bottom = st.matches[2][0] - 5, st.matches[2][0] + 50
    assert st.step_match(True, top, bottom) == (3, None)
    assert st.step_match(False, top, bottom) == (1, None)


def test_n_starts_from_the_screen_when_the_current_match_is_off_it():
    st = _at(0)
    top = st.matches[10][0] - 1  # the screen was scrolled down past the current match
    bottom = st.matches[13][0] - 1
    assert st.step_match(True, top, bottom) == (10, None)  # the first match below the top
    assert st.step_match(False, top, bottom) == (12, None)  # the last match above the bottom


def test_n_wraps_at_either_end_with_a_notice():
    st = _at(19)
    assert st.step_match(True, 0, len(TEXT)) == (0, "Search wrapped to the top")
    st.match_index = 0
    assert st.step_match(False, 0, len(TEXT)) == (19, "Search wrapped to the bottom")
    assert ReaderState().step_match(True, 0, 10) == (None, None)  # nothing to step through
