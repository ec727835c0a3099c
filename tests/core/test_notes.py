"""Notes files: round trips, merging, refusing what is not a notes file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest
from without_root import run_without_write_anywhere

from tui_reader.core.notes import (
    Note, NotesError, NoteStore, Target, dump_notes, new_id, notes_path, parse_notes, parse_tags, to_markdown,
    to_w3c,
)

TEXT = "Belousov expressed solidarity, calling it a “cowardly act of terror.” India, in turn, agreed."


def quote_note(body="Strong words.", tags=("rhetoric",)):
    s = TEXT.index("cowardly")
    return Note(new_id(), Target.at(TEXT, s, s + len("cowardly act of terror."), "quote", "Andrey Belousov"),
                body, tags)


any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(any_text, any_text, st.lists(any_text.filter(lambda t: t.strip() == t and t), max_size=4), any_text)
def test_any_note_survives_a_round_trip(body, exact, tags, speaker):
    note = Note("n-1", Target("selection", exact, exact[:5], exact[-5:], 3, 3 + len(exact), speaker or None),
                body, tuple(tags))
    _, back, _ = parse_notes(dump_notes([note], {"path": "a.txt", "title": "T: [x] #y", "sha256": "0"}), "t")
    assert back == [note]


def test_file_is_readable_with_stable_key_order(tmp_path):
    text = dump_notes([quote_note("Line one.\nLine two.")], {"path": "a.txt", "title": "A", "sha256": "x"})
    lines = text.splitlines()
    assert lines[0] == "version: 1"
    keys = [line.strip().split(":")[0] for line in lines[3:]]
    assert keys[:6] == ["- id", "created", "updated", "target", "kind", "exact"]
    assert "    body: |-" in lines and "      Line two." in lines


def test_tags_are_parsed_from_commas():
    assert parse_tags(" rhetoric, Russia ,, rhetoric,big  idea") == ("rhetoric", "Russia", "big idea")


def test_notes_path_beside_article_or_in_notes_dir(tmp_path):
    assert notes_path(tmp_path / "a.txt") == tmp_path / "a.txt.notes.yaml"
    in_dir = notes_path(tmp_path / "a.txt", tmp_path / "n")
    assert in_dir.parent == tmp_path / "n" and in_dir.name.startswith("a.txt.") and in_dir.name.endswith(".notes.yaml")
    other = notes_path(tmp_path / "elsewhere" / "a.txt", tmp_path / "n")
    assert other != in_dir  # two a.txt from two folders keep their own notes


def test_two_stores_merge_by_id(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    one, two = NoteStore(article).load(), NoteStore(article).load()
    a, b = quote_note("from one"), quote_note("from two")
    one.put(a)
    one.save()
    two.put(b)
    two.save()  # re-reads, keeps a
    assert {n.id for n in NoteStore(article).load().notes} == {a.id, b.id}
    one.delete(a.id)
    one.save()
    assert [n.id for n in NoteStore(article).load().notes] == [b.id]


def test_corrupt_file_is_never_overwritten(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    path = notes_path(article)
    garbage = b"notes: [ {id: broken\n\x00 not yaml at all: : :\n"
    path.write_bytes(garbage)
    store = NoteStore(article).load()
    assert store.error and "not valid YAML" in store.error
    store.put(quote_note())
    with pytest.raises(NotesError, match="not saved"):
        store.save()
    assert path.read_bytes() == garbage
    assert store.pending  # the note is still there to save elsewhere


def test_alias_bomb_is_refused(tmp_path):
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        bomb.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    bomb.append("notes: *i")
    with pytest.raises(NotesError, match="refused|must be a mapping"):
        parse_notes("\n".join(bomb) + "\n", "bomb.yaml")
    one_note = dump_notes([quote_note()], {"path": "a"}).replace("  - id:", "  - &n\n    id:", 1)
    with pytest.raises(NotesError, match="aliases"):
        parse_notes(one_note + "  - *n\n  - *n\n", "repeat.yaml")


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("tui_reader.core.notes.MAX_NOTES_BYTES", 1024 * 1024)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    path = notes_path(article)
    with open(path, "wb") as fh:
        fh.write(b"# " + b"x" * (1024 * 1024 + 10) + b"\n")
    store = NoteStore(article).load()
    assert store.error and "1 MB" in store.error


def test_read_only_folder_says_so_and_keeps_the_note(tmp_path):
    import os

    folder = tmp_path / "ro"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    folder.chmod(0o555)

    def save_in_a_read_only_folder():
        assert not os.access(folder, os.W_OK)
        store = NoteStore(article).load()
        store.put(quote_note())
        with pytest.raises(NotesError, match="--notes-dir"):
            store.save()
        assert store.pending
        elsewhere = NoteStore(article, tmp_path / "notes").load()
        for n in store.notes:
            elsewhere.put(n)
        elsewhere.save()
        assert len(NoteStore(article, tmp_path / "notes").load().notes) == 1

    try:
        run_without_write_anywhere(save_in_a_read_only_folder)  # as root too (CI), without its override
    finally:
        folder.chmod(0o755)
    assert [p.name for p in folder.iterdir()] == ["a.txt"]


def test_markdown_report_groups_by_quote_with_speaker_and_tags():
    store_notes = [quote_note("First thought.", ("rhetoric",)), quote_note("Second.", ("russia",))]
    anchored = [(n, type("A", (), {"status": "exact", "start": 0, "end": 1})()) for n in store_notes]
    md = to_markdown({"title": "SCO talks"}, anchored)
    assert md.count("> “cowardly act of terror.”") == 1
    assert "> — Andrey Belousov" in md and "`#rhetoric`" in md and "- Second." in md


def test_w3c_export_has_quote_and_position_selectors():
    note = quote_note()
    anchored = [(note, type("A", (), {"status": "moved", "start": 10, "end": 33})())]
    doc = to_w3c({"title": "T"}, anchored, "file:///a.txt")
    ann = doc["first"]["items"][0]
    kinds = {s["type"]: s for s in ann["target"]["selector"]}
    assert kinds["TextQuoteSelector"]["exact"] == "cowardly act of terror."
    assert kinds["TextPositionSelector"] == {"type": "TextPositionSelector", "start": 10, "end": 33}
    assert ann["type"] == "Annotation" and ann["@context"] == "http://www.w3.org/ns/anno.jsonld"
