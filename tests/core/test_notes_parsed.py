"""What a notes file parsed to is kept under the hash of its bytes: the next reader skips the parse."""

from __future__ import annotations

import pytest

from tui_reader.core import notes as notes_module
from tui_reader.core.notes import Note, NoteStore, Target, new_id

TEXT = "Ana Ruiz said the mill would reopen. “We will hire 80 people,” she said on Monday."


def _note(i: int) -> Note:
    s = TEXT.index("mill")
    return Note(new_id(), Target.at(TEXT, s, s + 4, "selection"), f"note {i}\nsecond line", ("t",))


@pytest.fixture
def parses(monkeypatch):
    """Each YAML parse of a notes file (the real parser runs)."""
    calls = []
    real = notes_module.parse_notes

    def counted(raw, source):
        calls.append(raw.count("  - id:"))
        return real(raw, source)
    monkeypatch.setattr(notes_module, "parse_notes", counted)
    return calls


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _saved(article, n: int) -> NoteStore:
    store = NoteStore(article)
    for i in range(n):
        store.put(_note(i))
    store.save()
    return store


def test_a_file_this_program_wrote_is_read_again_without_parsing(article, parses):
    store = _saved(article, 30)
    parses.clear()
    again = NoteStore(article).load()  # another process: nothing in memory
    assert again.notes == store.notes
    assert parses == []


def test_adding_to_a_file_this_program_wrote_proves_only_the_new_note(article, parses):
    _saved(article, 30)
    parses.clear()
    other = NoteStore(article).load()
    other.put(_note(99))
    other.save()
    assert parses == [1]  # the new note written alone and read back; the thirty were proven before
    assert len(NoteStore(article).load().notes) == 31


def test_a_file_edited_by_hand_is_parsed_again(article, parses):
    store = _saved(article, 1)
    path = store.path
    path.write_text(path.read_text(encoding="utf-8").replace("note 0", "edited by hand"), encoding="utf-8")
    parses.clear()
    again = NoteStore(article).load()
    assert parses == [1] and again.notes[0].body.startswith("edited by hand")


def test_a_damaged_kept_parse_is_not_used(article, parses):
    store = _saved(article, 1)
    kept = notes_module._parsed_path(store.path)
    blob = bytearray(kept.read_bytes())
    blob[-5] ^= 0xFF
    kept.write_bytes(bytes(blob))
    parses.clear()
    assert NoteStore(article).load().notes == store.notes
    assert parses == [1]
