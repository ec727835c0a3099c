"""Notes files under hostile input: whatever a note holds, a save reads back or refuses, and loses nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui_reader.core.notes import (
    MAX_NOTES_BYTES, Note, NotesError, NoteStore, Target, new_id, notes_path, read_notes_file, to_markdown,
)

TEXT = "The council met on Tuesday. Its chair said the budget “will not pass” this year, and left."

# Any code point, surrogates and controls included, with the line shapes that break YAML blocks.
nasty = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=60)
lines = st.lists(st.sampled_from(["", " ", "  x", "x", "\t", " \n", "#", "- a", "> q", "\ufffe", "\udcff",
                                  "\x1b]0;T\x07", "\x85"]) | nasty, max_size=6).map("\n".join)


def _article(folder: Path) -> Path:
    path = folder / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@settings(max_examples=150, deadline=None)
@given(body=lines | nasty, tags=st.lists(nasty, max_size=4))
def test_any_body_and_tags_read_back_or_are_refused(body, tags):
    with tempfile.TemporaryDirectory() as tmp:
        article = _article(Path(tmp))
        s = TEXT.index("will")
        note = Note(new_id(), Target.at(TEXT, s, s + 13, "quote", "the chair"), body, tuple(tags))
        store = NoteStore(article).load()
        store.put(note)
        try:
            store.save()
        except NotesError:
            assert store.pending and note in store.notes  # refused: nothing lost, old file kept
            return
        _, back, _ = read_notes_file(notes_path(article))
        assert back == [note]
        again = NoteStore(article).load()
        assert again.error is None and again.notes == [note]


def test_text_that_breaks_yaml_blocks_is_saved_readably(tmp_path):
    article = _article(tmp_path)
    bodies = ["\n  indented after a blank\nshorter", "\ufffe in body", "tail spaces  \nnext", "a\udcffb"]
    store = NoteStore(article).load()
    for body in bodies:
        store.put(Note(new_id(), Target.at(TEXT, 0, 3, "selection"), body, ("t\udcff",)))
    store.save()
    back = NoteStore(article).load()
    assert back.error is None and len(back.notes) == len(bodies)
    assert {n.body for n in back.notes} >= {"\n  indented after a blank\nshorter", "tail spaces  \nnext", "a\ufffdb"}


def test_context_with_noncharacters_in_the_article(tmp_path):
    text = "Before \uffff the words \ufffe after."
    s = text.index("the")
    store = NoteStore(_article(tmp_path)).load()
    store.put(Note(new_id(), Target.at(text, s, s + 9, "selection"), "b"))
    store.save()
    assert NoteStore(tmp_path / "a.txt").load().error is None


def test_escape_codes_never_enter_a_note():
    note = Note("n-\x1b[2J1", Target("selection", "x", "", "", 0, 1, "\x1b]0;PWNED\x07Ann"),
                "body \x1b]52;c;AAAA\x07 \x9b31m end", ("ta\x1b[1mg",))
    assert "\x1b" not in note.body + note.id + "".join(note.tags) + note.target.speaker
    assert "\x9b" not in note.body


def test_two_notes_with_one_id_are_both_kept(tmp_path):
    article = _article(tmp_path)
    path = notes_path(article)
    entry = ("  - id: n-same\n    created: '2026-01-01T00:00:00Z'\n    updated: '2026-01-01T00:00:00Z'\n"
             "    target: {{kind: selection, exact: The, prefix: '', suffix: '', start: 0, end: 3}}\n"
             "    body: {body}\n    tags: []\n")
    path.write_text("version: 1\narticle: {path: a.txt}\nnotes:\n" + entry.format(body="one") + entry.format(body="two"),
                    encoding="utf-8")
    store = NoteStore(article).load()
    assert sorted(n.body for n in store.notes) == ["one", "two"]
    assert store.warning and "used twice" in store.warning
    store.put(Note(new_id(), Target.at(TEXT, 4, 11, "selection"), "three"))
    store.save()
    again = NoteStore(article).load()
    assert sorted(n.body for n in again.notes) == ["one", "three", "two"]
    assert len({n.id for n in again.notes}) == 3 and again.warning is None


def test_unknown_fields_are_kept_and_newer_versions_not_rewritten(tmp_path):
    article = _article(tmp_path)
    path = notes_path(article)
    path.write_text(
        "version: 1\narticle: {path: a.txt}\nreviewed_by: [ann, bob]\nnotes:\n"
        "  - id: n-1\n    created: '2026-01-01T00:00:00Z'\n    updated: '2026-01-01T00:00:00Z'\n"
        "    target: {kind: selection, exact: The, prefix: '', suffix: '', start: 0, end: 3, page: 4}\n"
        "    body: old\n    tags: []\n    colour: {r: 1, g: 2}\n", encoding="utf-8")
    store = NoteStore(article).load()
    store.put(Note(new_id(), Target.at(TEXT, 4, 11, "selection"), "new"))
    store.save()
    raw = path.read_text(encoding="utf-8")
    old = next(n for n in NoteStore(article).load().notes if n.body == "old")
    assert old.extra == {"colour": {"r": 1, "g": 2}} and old.target.extra == {"page": 4}
    assert "reviewed_by" in raw

    newer = tmp_path / "b.txt"
    newer.write_text(TEXT, encoding="utf-8")
    future = "version: 999\narticle: {path: b.txt}\nnotes: []\nshape: circles\n"
    notes_path(newer).write_text(future, encoding="utf-8")
    store = NoteStore(newer).load()
    assert "newer" in store.warning
    store.put(Note(new_id(), Target.at(TEXT, 0, 3, "selection"), "x"))
    with pytest.raises(NotesError, match="newer"):
        store.save()
    assert notes_path(newer).read_text(encoding="utf-8") == future and store.pending


def test_save_never_writes_past_the_read_cap(tmp_path, monkeypatch):
    monkeypatch.setattr("tui_reader.core.notes.MAX_NOTES_BYTES", 4096)
    article = _article(tmp_path)
    store = NoteStore(article).load()
    store.put(Note(new_id(), Target.at(TEXT, 0, 3, "selection"), "small"))
    store.save()
    store.put(Note(new_id(), Target.at(TEXT, 0, 3, "selection"), "x" * 5000))
    with pytest.raises(NotesError, match="not saved"):
        store.save()
    assert NoteStore(article).load().error is None  # the file we wrote is still ours to read
    assert MAX_NOTES_BYTES >= 10 * 1024 * 1024


def test_notes_dir_keeps_same_named_articles_apart_and_adopts_old_files(tmp_path):
    one, two = tmp_path / "x", tmp_path / "y"
    one.mkdir()
    two.mkdir()
    a1, a2 = _article(one), _article(two)
    notes = tmp_path / "notes"
    for article, body in ((a1, "first"), (a2, "second")):
        store = NoteStore(article, notes).load()
        store.put(Note(new_id(), Target.at(TEXT, 0, 3, "selection"), body))
        store.save()
    assert [n.body for n in NoteStore(a1, notes).load().notes] == ["first"]
    assert [n.body for n in NoteStore(a2, notes).load().notes] == ["second"]
    # A file of the old naming, for this very text, is taken over
    from tui_reader.core.notes import dump_notes, legacy_notes_path
    import hashlib

    three = tmp_path / "z"
    three.mkdir()
    a3 = three / "c.txt"
    a3.write_text(TEXT, encoding="utf-8")
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    legacy_notes_path(a3, notes).write_text(dump_notes(
        [Note("n-old", Target.at(TEXT, 0, 3, "selection"), "kept")], {"path": "c.txt", "sha256": sha}))
    assert [n.body for n in NoteStore(a3, notes, {"path": "c.txt", "sha256": sha}).load().notes] == ["kept"]


def test_markdown_report_keeps_body_text_as_text():
    note = Note("n-1", Target("selection", "x", "", "", 0, 1), "  indented first\n# not a heading\n> not a quote\n1. no list")
    anchored = [(note, type("A", (), {"status": "exact", "start": 0, "end": 1})())]
    md = to_markdown({"title": "T"}, anchored)
    lines = md.splitlines()
    assert "- \u00a0\u00a0indented first" in lines
    assert "  \\# not a heading" in lines and "  \\> not a quote" in lines and "  1\\. no list" in lines
