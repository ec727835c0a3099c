"""The library index agrees with a brute-force scan, survives damage and concurrent writers."""

from __future__ import annotations

import multiprocessing
import os
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui_reader.core.analysis import analyse
from tui_reader.core.article import find_articles, load_article
from tui_reader.core.index import IndexError_, LibraryIndex
from tui_reader.core.notes import Note, NoteStore, Target, new_id, notes_path

PEOPLE = ["Maria Lopez", "Tomas Lind", "Anna Berg", "Pat Lee"]
PLACES = ["Lima", "Oslo", "Quito", "Perth"]
WORDS = "harbour budget council bridge school ferry market".split()


def story(rnd: random.Random) -> str:
    person, place, word = rnd.choice(PEOPLE), rnd.choice(PLACES), rnd.choice(WORDS)
    return (f"{person} spoke in {place} on Monday about the {word}.\n\n"
            f"“The {word} will open in {rnd.randint(2026, 2030)},” {person.split()[1]} said.\n")


def brute_force(folder: Path) -> dict:
    """What the index should hold, computed from the files alone."""
    out = {}
    for f in find_articles(folder):
        article = load_article(f)
        a = analyse(article.text)
        out[str(f.resolve())] = {
            "entities": sorted((e.name, e.type) for e in a.entities),
            "quotes": sorted((q.speaker or "", q.text) for q in a.quotes),
            "notes": sorted(n.body for n in NoteStore(f).load().notes),
        }
    return out


def from_index(index: LibraryIndex) -> dict:
    out = {}
    for (path,) in index.db.execute("SELECT path FROM articles"):
        aid = index.db.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()[0]
        out[path] = {
            "entities": sorted(index.db.execute(
                "SELECT e.name, e.type FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
                "WHERE ae.article_id = ?", (aid,)).fetchall()),
            "quotes": sorted((s or "", t) for s, t in index.db.execute(
                "SELECT speaker, text FROM quotes WHERE article_id = ?", (aid,))),
            "notes": sorted(b for (b,) in index.db.execute("SELECT body FROM notes WHERE article_id = ?", (aid,))),
        }
    return out


edits = st.lists(st.tuples(st.sampled_from(["add", "change", "delete", "note", "touch"]), st.integers(0, 5)),
                 min_size=1, max_size=8)


@settings(max_examples=25, deadline=None)
@given(edits=edits, seed=st.integers(0, 10_000))
def test_index_agrees_with_a_scan_after_any_edits(tmp_path_factory, edits, seed):
    rnd = random.Random(seed)
    folder = tmp_path_factory.mktemp("lib")
    index = LibraryIndex(folder, folder / ".." / f"ix-{seed}.sqlite3")
    for op, k in edits:
        path = folder / f"a{k}.txt"
        if op in ("add", "change"):
            path.write_text(story(rnd), encoding="utf-8")
        elif op == "delete" and path.exists():
            path.unlink()
        elif op == "note" and path.exists():
            store = NoteStore(path).load()
            article = load_article(path)
            store.put(Note(new_id(), Target.at(article.text, 0, 5, "selection"), f"note {rnd.random()}"))
            store.save()
        elif op == "touch" and path.exists():
            os.utime(path)
        index.update()
        assert from_index(index) == brute_force(folder)
    index.close()


def _index_in_a_process(folder: str, db: str) -> None:
    index = LibraryIndex(Path(folder), Path(db))
    index.update()
    index.close()


def test_two_processes_indexing_at_once_leave_a_consistent_index(tmp_path):
    rnd = random.Random(1)
    folder = tmp_path / "lib"
    folder.mkdir()
    for k in range(30):
        (folder / f"a{k}.txt").write_text(story(rnd), encoding="utf-8")
    db = tmp_path / "ix.sqlite3"
    LibraryIndex(folder, db).close()
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_index_in_a_process, args=(str(folder), str(db))) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    index = LibraryIndex(folder, db)
    assert from_index(index) == brute_force(folder)
    assert index.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 30


@pytest.mark.parametrize("damage", [b"", b"garbage" * 100, None])
def test_a_damaged_index_is_rebuilt_and_notes_are_untouched(tmp_path, damage):
    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(story(random.Random(2)), encoding="utf-8")
    store = NoteStore(path).load()
    store.put(Note(new_id(), Target.at(load_article(path).text, 0, 5, "selection"), "keep me", ("t",)))
    store.save()
    before = notes_path(path).read_bytes()
    db = tmp_path / "ix.sqlite3"
    index = LibraryIndex(folder, db)
    index.update()
    index.close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3] if damage is None else damage)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    index = LibraryIndex(folder, db)
    index.update()
    assert [n.body for n in index.notes()] == ["keep me"] and index.notes(tag="t")
    assert notes_path(path).read_bytes() == before
    if damage:
        assert index.rebuilt


def test_queries_search_entities_quotes_and_bad_syntax(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("Maria Lopez spoke in Lima on Monday.\n\n“The ferry will run,” Lopez said.\n")
    (folder / "b.txt").write_text("Maria Lopez visited Quito on Friday.\n\n“The bridge is safe,” she said.\n")
    index = LibraryIndex(folder, tmp_path / "ix.sqlite3")
    index.update()
    assert [h.path.endswith("a.txt") for h in index.search("ferry")] == [True]
    assert len(index.search('"Maria Lopez"')) == 2 and len(index.search("fer*")) == 1
    people = {e.name: e.articles for e in index.entities(type="PERSON")}
    assert people["Maria Lopez"] == 2
    assert sorted(q.text for q in index.quotes_by("maria lopez")) == ["The bridge is safe,", "The ferry will run,"]
    with pytest.raises(IndexError_, match="bad search"):
        index.search('"unclosed')


def test_a_snippet_is_found_in_its_article_and_the_query_highlights_what_matched(tmp_path):
    from tui_reader.core.index import SNIPPET_MARKS, fts_terms, locate_snippet, reader_query
    from tui_reader.core.search import find_all

    folder = tmp_path / "lib"
    folder.mkdir()
    text = ("The ferry left Oslo at dawn. " * 30) + "Later the harbour budget was cut by the council. " + \
        ("Nothing else happened that day. " * 30)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    index = LibraryIndex(folder, tmp_path / "ix.sqlite3")
    index.update()
    hit, = index.search("budget", marks=SNIPPET_MARKS)
    article = load_article(folder / "a.txt")
    start, end = locate_snippet(article.text, hit.snippet)
    assert article.text[start:end] == "budget"
    assert locate_snippet(article.text, "no marks here") is None
    assert fts_terms('"harbour  budget" OR coun* NOT ferry') == [("harbour budget", False), ("coun", True)]
    assert reader_query("Budget") == "budget"
    spans = find_all(article.text, reader_query('"harbour budget" OR coun*'))
    assert [article.text[s:e] for s, e in spans] == ["harbour budget", "council"]


def test_entity_articles_and_speakers_across_the_library(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    for k, day in enumerate(("2026-01-02", "2026-03-04")):
        (folder / f"a{k}.md").write_text(
            f"---\ntitle: Story {k}\npublished: {day}\n---\n\nMaria Lopez spoke in Lima on Monday.\n\n"
            f"“The bridge will open in 2027,” Lopez said.\n", encoding="utf-8")
    index = LibraryIndex(folder, tmp_path / "ix.sqlite3")
    index.update()
    rows = index.entity_articles("Maria Lopez", "PERSON")
    assert [r.title for r in rows] == ["Story 1", "Story 0"]  # newest first
    text = load_article(folder / "a1.md").text
    assert text[rows[0].first_start:].startswith("Maria Lopez")
    speaker, = index.speakers("lop")
    assert (speaker.speaker, speaker.quotes, speaker.articles) == ("Maria Lopez", 2, 2)
    assert index.speakers("nobody") == []


def test_an_index_made_by_another_analyser_is_rebuilt(tmp_path, monkeypatch):
    from tui_reader.core import analysis

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("Ana Ruiz visited Lima on Monday.\n", encoding="utf-8")
    db = tmp_path / "index.sqlite3"
    first = LibraryIndex(folder, db)
    first.update()
    first.close()
    again = LibraryIndex(folder, db)
    assert again.rebuilt is None  # the same code: kept
    again.close()
    monkeypatch.setattr(analysis, "analyser_version", lambda: "a-changed-rule")
    changed = LibraryIndex(folder, db)
    assert changed.rebuilt and "another version" in changed.rebuilt
    assert changed.update().analysed == 1
