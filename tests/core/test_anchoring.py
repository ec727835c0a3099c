"""Re-anchoring notes when the article's text changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui_reader.core.anchoring import anchor, context_of

TEXT = ("The summit opened on Monday in Qingdao. Belousov extended support and expressed solidarity over the "
        "tragic Pahalgam attack, calling it a “cowardly act of terror.” India, in turn, emphasized the urgency "
        "of bolstering bilateral defense efforts. Rajnath Singh described the interaction as productive.")


def target(text: str, passage: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    end = start + len(passage)
    prefix, suffix = context_of(text, start, end)
    return dict(exact=passage, prefix=prefix, suffix=suffix, start=start, end=end)


def placed(text, t):
    a = anchor(text, **t)
    return a.status, (text[a.start:a.end] if a.start is not None else None)


def test_unchanged_text_is_exact():
    t = target(TEXT, "cowardly act of terror.")
    assert placed(TEXT, t) == ("exact", "cowardly act of terror.")


def test_text_inserted_before_is_moved():
    t = target(TEXT, "cowardly act of terror.")
    changed = "A new opening paragraph was added by the editors.\n\n" + TEXT
    assert placed(changed, t) == ("moved", "cowardly act of terror.")


def test_word_changed_inside_passage_is_fuzzy():
    passage = "India, in turn, emphasized the urgency of bolstering bilateral defense efforts."
    t = target(TEXT, passage)
    changed = TEXT.replace("emphasized the urgency", "stressed the urgency")
    status, where = placed(changed, t)
    assert status == "fuzzy"
    assert where == "India, in turn, stressed the urgency of bolstering bilateral defense efforts."


def test_word_changed_in_short_quote_is_fuzzy_through_its_context():
    t = target(TEXT, "cowardly act of terror.")
    changed = TEXT.replace("cowardly act", "craven act")
    assert placed(changed, t) == ("fuzzy", "craven act of terror.")


def test_passage_deleted_is_orphaned():
    passage = "India, in turn, emphasized the urgency of bolstering bilateral defense efforts."
    t = target(TEXT, passage)
    changed = TEXT.replace(passage, "")
    assert placed(changed, t) == ("orphaned", None)


def test_rewritten_passage_is_orphaned_not_attached_elsewhere():
    t = target(TEXT, "cowardly act of terror.")
    changed = TEXT.replace("calling it a “cowardly act of terror.”", "without further comment.")
    assert placed(changed, t) == ("orphaned", None)


def test_same_text_twice_picks_the_one_with_matching_context():
    text = ("Officials said the talks went well. The minister left early. "
            "Later, critics said the talks went well only for one side.")
    second = target(text, "the talks went well", occurrence=1)
    changed = "Update: " + text  # both occurrences move
    status, _ = placed(changed, second)
    a = anchor(changed, **second)
    assert status == "moved"
    assert changed[:a.start].endswith("critics said ")
    first = target(text, "the talks went well", occurrence=0)
    a = anchor(changed, **first)
    assert changed[:a.start].endswith("Officials said ")


def test_short_quote_needs_matching_context():
    text = "He said no. Then she said no again, loudly."
    t = target(text, "no", occurrence=1)
    other = "Nothing here says no in the same way at all."
    assert placed(other, t) == ("orphaned", None)


words = st.sampled_from(["alpha", "beta", "gamma", "delta", "Qingdao", "said", "the", "“", "”", "\n\n", ","])


@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=8, max_size=60), st.data())
def test_placed_span_always_holds_text_like_the_passage(tokens, data):
    text = " ".join(tokens)
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 1, min(len(text), start + 40)))
    prefix, suffix = context_of(text, start, end)
    insert_at = data.draw(st.integers(0, len(text)))
    changed = text[:insert_at] + data.draw(st.sampled_from(["", "new words ", "x"])) + text[insert_at:]
    a = anchor(changed, text[start:end], prefix, suffix, start, end)
    if a.status in ("exact", "moved"):
        assert changed[a.start:a.end] == text[start:end]
    elif a.status == "fuzzy":
        assert 0 <= a.start < a.end <= len(changed)
    else:
        assert a.start is None and a.end is None
