"""Wrapping, span lookup, search and highlight stepping: the pure parts of the view."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui_reader.core.analysis import analyse
from tui_reader.core.highlights import Highlights, entities_by_type
from tui_reader.core.search import SearchError, find_all
from tui_reader.core.spans import SpanIndex
from tui_reader.core.textlayout import char_width, wrap

texts = st.lists(st.sampled_from(list("ab cd\n  éf中文—") + ["word ", "\n\n"]), max_size=120).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=1, max_value=40))
def test_wrap_covers_text_and_fits_width(text, width):
    lines = wrap(text, width)
    prev_end = -1
    for s, e in zip(lines.starts, lines.ends):
        assert prev_end <= s <= e <= len(text)
        assert sum(char_width(c) for c in text[s:e]) <= max(width, 2)
        assert "\n" not in text[s:e]
        prev_end = e
    # nothing but spaces and newlines is lost between lines
    kept = "".join(text[s:e] for s, e in zip(lines.starts, lines.ends))
    assert kept.replace(" ", "") == text.replace(" ", "").replace("\n", "")
    for offset in range(len(text)):
        line = lines.line_of(offset)
        assert lines.starts[line] <= offset


def test_wrap_breaks_at_spaces_and_splits_long_words():
    text = "hello world this is\n\n" + "x" * 25
    lines = wrap(text, 10)
    assert [text[s:e] for s, e in zip(lines.starts, lines.ends)] == [
        "hello", "world this", "is", "", "x" * 10, "x" * 10, "x" * 5]


def test_wrap_counts_wide_characters_as_two_cells():
    text = "中文字符测试一下"
    lines = wrap(text, 6)
    assert [text[s:e] for s, e in zip(lines.starts, lines.ends)] == ["中文字", "符测试", "一下"]


spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60)).map(lambda t: (t[0], t[0] + t[1], "x")),
                 max_size=40)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 260), st.integers(1, 50))
def test_span_index_finds_exactly_the_overlapping_spans(items, lo, length):
    index = SpanIndex(items)
    hi = lo + length
    found = sorted((index.starts[i], index.ends[i]) for i in index.overlapping(lo, hi))
    expected = sorted((s, e) for s, e, _ in items if s < hi and e > lo)
    assert found == expected


def test_search_smart_case_regex_and_errors():
    text = "India and india; INDIA. Defence, defense."
    assert len(find_all(text, "india")) == 3
    assert find_all(text, "India") == [(0, 5)]
    assert [text[s:e] for s, e in find_all(text, "re:defen[cs]e")] == ["Defence", "defense"]
    assert find_all(text, "re:x*") == []  # empty matches are not matches
    assert find_all(text, "") == []
    with pytest.raises(SearchError, match="invalid regular expression"):
        find_all(text, "re:(unclosed")
    assert find_all(text, "[bold]") == []  # a plain query is literal, not a pattern


def test_highlights_step_in_reading_order_and_through_one_entity():
    text = ("Angela Merkel met Emmanuel Macron in Berlin on Monday. “We agree,” Merkel said. "
            "Macron left Berlin on Tuesday. Merkel stayed.")
    analysis = analyse(text)
    hl = Highlights(analysis)
    seen = []
    k = None
    while (k := hl.step(k, True, {"entities", "quotes", "facts"})) is not None:
        seen.append(hl.items[k].start)
    assert seen == sorted(seen) and len(seen) == len(hl)
    merkel = next(i for i, e in enumerate(analysis.entities) if e.name == "Angela Merkel")
    steps = []
    k = None
    while (k := hl.step(k, True, set(), only=("entities", merkel))) is not None:
        steps.append(text[hl.items[k].start:hl.items[k].end])
    assert steps == ["Angela Merkel", "Merkel", "Merkel"]
    back = hl.step(None, False, {"entities"}, from_offset=len(text))
    assert text[hl.items[back].start:hl.items[back].end] == "Merkel"
    quote_only = hl.step(None, True, {"quotes"})
    assert hl.items[quote_only].layer == "quotes"


def test_highlights_are_every_mention_quote_and_fact_in_reading_order_widest_first():
    """The items, built as columns, are the analysis's spans in order of start, facts before quotes
    before mentions at one start, the wider first; each thing's items are its own, in order."""
    text = ("Angela Merkel met Emmanuel Macron in Berlin on Monday, when 40 people marched. “We agree on "
            "Berlin,” Merkel said. Macron left Berlin on Tuesday; Merkel said she would stay until May 2.")
    analysis = analyse(text)
    hl = Highlights(analysis)
    order = {"facts": 0, "quotes": 1, "entities": 2}
    expected = sorted([(m.start, order["entities"], -m.end, "entities", i, e.type)
                       for i, e in enumerate(analysis.entities) for m in e.mentions]
                      + [(q.start, order["quotes"], -q.end, "quotes", i, q.kind) for i, q in enumerate(analysis.quotes)]
                      + [(f.start, order["facts"], -f.end, "facts", i, f.kind) for i, f in enumerate(analysis.facts)])
    assert [tuple(it) for it in hl.items] == [(s, -e, layer, ref, kind) for s, _, e, layer, ref, kind in expected]
    assert len(hl) == len(expected) and hl.items[-1] == hl.items[len(hl) - 1]
    for layer, things in (("entities", analysis.entities), ("quotes", analysis.quotes), ("facts", analysis.facts)):
        for ref in range(len(things)):
            assert list(hl.of_thing(layer, ref)) == \
                [k for k, it in enumerate(hl.items) if it.layer == layer and it.ref == ref]
    assert list(hl.of_thing("quotes", len(analysis.quotes))) == []


def test_highlights_and_layers_of_an_analysis_read_back_from_its_columns_are_the_same():
    from tui_reader.core.analysis.store import decode, encode

    text = ("Ana Ruiz met Tomas Lind in Quito on Monday. “We will open the mill,” Ruiz said. Lind said the "
            "board hired 80 workers in 2024.\n\nRuiz told reporters that the mill would open in May.")
    analysis = analyse(text)
    back = decode(encode(analysis, text), text)
    assert not isinstance(back.quotes, tuple)  # columns, made into objects when asked for
    ours, theirs = Highlights(analysis), Highlights(back)
    assert list(ours.items) == list(theirs.items)
    for layer in ("entities", "quotes", "facts"):
        a, b = ours.layer_index(layer), theirs.layer_index(layer)
        assert (list(a.starts), list(a.ends), a.values) == (list(b.starts), list(b.ends), b.values)
    spans = ours.layer_index("entities")
    assert len(spans) == sum(len(e.mentions) for e in analysis.entities)
    assert list(spans.starts) == sorted(spans.starts)
    assert set(spans.values) == {e.type for e in analysis.entities}
    assert ours.layer_index("quotes").values == ["quote"] * len(analysis.quotes)


def test_entities_grouped_by_type_most_mentioned_first():
    text = "On Monday Angela Merkel met Olaf Scholz in Paris. Merkel spoke. Merkel left, officials said."
    analysis = analyse(text)
    groups = dict(entities_by_type(analysis, len(text)))
    people = [analysis.entities[i].name for i in groups["PERSON"]]
    assert people[0] == "Angela Merkel"


def test_read_state_keys_follow_linked_files_and_resolve_each_folder_once(tmp_path):
    from tui_reader.core.library import ReadState

    real = tmp_path / "real"
    real.mkdir()
    (real / "a.md").write_text("A", encoding="utf-8")
    (real / "b.md").write_text("B", encoding="utf-8")
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "link.md").symlink_to(real / "b.md")
    via = tmp_path / "via"
    via.symlink_to(real, target_is_directory=True)
    state = ReadState(tmp_path / "read.json")
    paths = [via / "a.md", lib / "link.md"]
    assert state.keys(paths) == {state.key(p): p for p in paths}  # the same keys as one by one
    state.mark(real / "b.md")
    assert {p for k, p in state.keys(paths).items() if k in state.read} == {lib / "link.md"}
