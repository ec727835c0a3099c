"""The library index: every article's entities, quotes, facts and notes in one SQLite
database with FTS5, so that a question about the whole library is one query.

It is a cache of the article files and their notes files, never the only copy
of anything: deleting it is always safe, and a damaged or old-schema file is
rebuilt (with a one-line message). It is updated incrementally: an article is
analysed again only when its bytes change (size and mtime first, then its
sha256), its notes only when the notes file's mtime changes, and a removed
article leaves the index. Each article is written in its own transaction, in
WAL mode, so two processes indexing at once leave a consistent index.

`LibraryIndex` is the one small interface (update, query, remove); another
store (a newsroom search engine) would sit behind the same methods. Pure: no
Textual, no Rich.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .article import ARTICLE_SUFFIXES, MAX_BYTES, ArticleError, is_file_entry, load_bytes
from .safetext import one_line
from .files import ReadProblem, read_capped
from .notes import SUFFIX as NOTES_SUFFIX
from .notes import NoteStore

SCHEMA_VERSION = 5

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    notes_mtime_ns INTEGER, title TEXT, source TEXT, published TEXT, url TEXT, notes_error TEXT,
    n_entities INTEGER DEFAULT 0, n_quotes INTEGER DEFAULT 0, n_notes INTEGER DEFAULT 0);
CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, UNIQUE (name, type));
CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id), aliases TEXT, mentions INTEGER, first_start INTEGER,
    PRIMARY KEY (article_id, entity_id));
CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, entity_id INTEGER NOT NULL,
    start INTEGER, "end" INTEGER);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT, speaker TEXT, speaker_mention TEXT, cue TEXT, text TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE facts (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT, text TEXT, vals TEXT, about TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    note_id TEXT, kind TEXT, exact TEXT, speaker TEXT, body TEXT, tags TEXT, start INTEGER, "end" INTEGER);
CREATE INDEX mentions_by_entity ON mentions (entity_id);
CREATE INDEX mentions_by_article ON mentions (article_id);
CREATE INDEX article_entities_by_entity ON article_entities (entity_id);
CREATE INDEX quotes_by_speaker ON quotes (speaker COLLATE NOCASE);
CREATE INDEX quotes_by_article ON quotes (article_id);
CREATE INDEX facts_by_article ON facts (article_id);
CREATE INDEX notes_by_article ON notes (article_id);
CREATE VIRTUAL TABLE article_text USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quote_text USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE note_text USING fts5 (body, exact, tokenize = 'unicode61 remove_diacritics 2');
"""


_QUOTE_COLUMNS = 'a.path, a.title, a.published, q.kind, q.speaker, q.speaker_mention, q.text, q.start, q."end"'


class IndexError_(Exception):
    """An index that cannot be used, or a query it cannot run; one line, fit to show."""


@dataclass(frozen=True)
class Hit:
    path: str
    title: str
    source: str | None
    published: str | None
    snippet: str
    start: int | None = None  # offset of the first match in the article's text, when known


@dataclass(frozen=True)
class EntityRow:
    name: str
    type: str
    articles: int
    mentions: int


@dataclass(frozen=True)
class QuoteRow:
    path: str
    title: str
    published: str | None
    kind: str
    speaker: str | None
    speaker_mention: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class NoteRow:
    path: str
    title: str
    note_id: str
    kind: str
    exact: str
    body: str
    tags: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class EntityArticle:
    path: str
    title: str
    published: str | None
    mentions: int
    first_start: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class SpeakerRow:
    speaker: str
    quotes: int
    articles: int


# Marks around a snippet's matched words that article text cannot hold (controls are stripped on the way in).
SNIPPET_MARKS = ("\x02", "\x03")


def locate_snippet(text: str, snippet: str) -> tuple[int, int] | None:
    """Where a snippet made with SNIPPET_MARKS sits in the article text: the span of its first marked word."""
    open_, close = SNIPPET_MARKS
    body = snippet.removeprefix("…").removesuffix("…")
    i = body.find(open_)
    if i < 0:
        return None
    plain = body.replace(open_, "").replace(close, "")
    at = text.find(plain)
    if at < 0:
        return None
    j = body.find(close, i)
    start = at + i
    return start, start + (j - i - 1 if j > i else 0)


_FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def fts_terms(query: str) -> list[tuple[str, bool]]:
    """The words and phrases of an FTS5 query, each with whether it is a prefix (word*): what to highlight."""
    out: list[tuple[str, bool]] = []
    negated = False
    for m in re.finditer(r'"([^"]*)"(\*?)|([^\s"()]+)', query):
        if m.group(3) == "NOT":
            negated = True
            continue
        if negated:  # what NOT excludes is not in the hits
            negated = False
            continue
        if m.group(1) is not None:
            phrase = " ".join(m.group(1).split())
            if phrase:
                out.append((phrase, bool(m.group(2))))
            continue
        word = m.group(3)
        if word in _FTS_OPERATORS or word.startswith("NEAR("):
            continue
        word = word.split(":", 1)[1] if ":" in word else word  # a column filter, title:word
        prefix = word.endswith("*")
        word = word.rstrip("*").lstrip("^+-")
        if word:
            out.append((word, prefix))
    return out


def reader_query(query: str) -> str:
    """The in-article search (core.search syntax) that highlights what an FTS5 query matched."""
    terms = fts_terms(query)
    if not terms:
        return ""
    if len(terms) == 1 and not terms[0][1]:
        return terms[0][0].lower()
    parts = [r"\b" + r"\s+".join(re.escape(w) for w in t.split()) + (r"\w*" if prefix else r"\b")
             for t, prefix in terms]
    return "re:(?i:" + "|".join(parts) + ")"


@dataclass
class UpdateReport:
    analysed: int = 0
    notes: int = 0
    removed: int = 0
    unchanged: int = 0
    errors: list[str] | None = None  # articles that could not be read
    rebuilt: str | None = None  # why the index was built afresh
    notes_problems: list[str] | None = None  # notes files read now that do not parse (their articles are in)


Progress = Callable[[int, int, str], None]


def _version() -> str:
    """The schema's version and the analyser's: an index made by other code is rebuilt."""
    from .analysis import analyser_version

    return f"{SCHEMA_VERSION}.{analyser_version()}"


def index_path(library: Path) -> Path:
    """One database per library, in the user's cache folder (deleting it is always safe)."""
    from platformdirs import user_cache_dir

    key = hashlib.sha256(str(library.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return Path(user_cache_dir("tui-reader")) / "index" / f"{key}.sqlite3"


class LibraryIndex:
    """The embedded SQLite index of one library folder."""

    def __init__(self, library: Path, path: Path | None = None):
        self.library = Path(library)
        self.path = path or index_path(self.library)
        self.rebuilt: str | None = None
        self._problems: list[str] = []
        self.db = self._open()

    # -- opening ----------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._connect()
            version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if version is None or version[0] != _version():
                db.close()
                self.rebuilt = "the index was made by another version; rebuilt"
                return self._fresh()
            db.execute("SELECT count(*) FROM articles").fetchone()
            return db
        except sqlite3.DatabaseError as exc:
            if "no such table" in str(exc):
                # A new file, perhaps being made by another reader this moment: add the tables if
                # still missing, never delete what the other one is writing.
                db.close()
                db = self._connect()
                self._create_tables(db)
                return db
            self.rebuilt = f"the index file was damaged ({exc}); rebuilt"
            return self._fresh()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
        return db

    def _fresh(self) -> sqlite3.Connection:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.unlink(str(self.path) + suffix)
            except FileNotFoundError:
                pass
        db = self._connect()
        self._create_tables(db)
        return db

    @staticmethod
    def _create_tables(db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT name FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO meta VALUES ('schema', ?)", (_version(),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    # -- updating ---------------------------------------------------------------

    def update(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> UpdateReport:
        """Bring the index up to the library folder: new, changed and removed articles and notes."""
        report = UpdateReport(errors=[], rebuilt=self.rebuilt, notes_problems=[])
        self._problems = report.notes_problems
        try:
            # One listing of the folder: its entries carry what is needed to skip unchanged articles.
            with os.scandir(self.library) as it:
                entries = {e.name: e for e in it}
            folder = self.library.resolve()
        except OSError as exc:
            raise IndexError_(f"{self.library}: cannot read the library ({exc.strerror or exc})") from None
        files = sorted(name for name, e in entries.items()
                       if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".") and is_file_entry(e))
        known = {row[0]: row[1:] for row in self.db.execute(
            "SELECT path, id, size, mtime_ns, sha256, notes_mtime_ns FROM articles")}
        present = set()
        prefix = os.path.join(str(folder), "")  # plain strings: a Path per file costs more than the stat
        for i, name in enumerate(files, 1):
            if cancelled and cancelled():
                break
            key = prefix + name
            present.add(key)
            notes = entries.get(name + NOTES_SUFFIX)
            try:
                self._update_one(key, known.get(key), report, entries[name], notes)
            except (ArticleError, ReadProblem) as exc:
                report.errors.append(str(exc))
            if progress:
                progress(i, len(files), name)
        if not (cancelled and cancelled()):
            for key in set(known) - present:
                self.remove(key)
                report.removed += 1
        return report

    def _update_one(self, key: str, row: tuple | None, report: UpdateReport, entry, notes_entry) -> None:
        st = entry.stat()
        try:
            notes_mtime = notes_entry.stat().st_mtime_ns if notes_entry is not None else 0
        except OSError:
            notes_mtime = 0
        if row is not None and row[1] == st.st_size and row[2] == st.st_mtime_ns:
            if row[4] != notes_mtime:
                self._index_notes(row[0], self.library / entry.name, None, notes_mtime)
                report.notes += 1
            else:
                report.unchanged += 1
            return
        f = self.library / entry.name
        data = read_capped(f, MAX_BYTES)
        sha = hashlib.sha256(data).hexdigest()
        if row is not None and row[3] == sha:
            self.db.execute("UPDATE articles SET size = ?, mtime_ns = ? WHERE id = ?",
                            (st.st_size, st.st_mtime_ns, row[0]))
            if row[4] != notes_mtime:
                self._index_notes(row[0], f, None, notes_mtime)
                report.notes += 1
            else:
                report.unchanged += 1
            return
        article = load_bytes(data, name=str(f), path=str(f))
        self.index_article(key, article, st.st_size, st.st_mtime_ns, sha, notes_mtime)
        report.analysed += 1

    def index_article(self, key: str, article, size: int, mtime_ns: int, sha: str, notes_mtime: int,
                      analysis=None) -> None:
        """Write one article's analysis and notes, replacing what was there, in one transaction."""
        from .analysis import analyse

        analysis = analysis or analyse(article.text)
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            old = db.execute("SELECT id FROM articles WHERE path = ?", (key,)).fetchone()
            if old:
                self._delete_rows(old[0])
            cur = db.execute(
                "INSERT INTO articles (path, size, mtime_ns, sha256, notes_mtime_ns, title, source, published, url)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, size, mtime_ns, sha, notes_mtime, article.title, article.source, article.published, article.url))
            aid = cur.lastrowid
            db.execute("INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)", (aid, article.title, article.text))
            for ent in analysis.entities:
                db.execute("INSERT OR IGNORE INTO entities (name, type) VALUES (?, ?)", (ent.name, ent.type))
                eid = db.execute("SELECT id FROM entities WHERE name = ? AND type = ?", (ent.name, ent.type)).fetchone()[0]
                first = min((m.start for m in ent.mentions), default=0)
                db.execute("INSERT OR REPLACE INTO article_entities VALUES (?, ?, ?, ?, ?)",
                           (aid, eid, json.dumps(list(ent.aliases), ensure_ascii=False), len(ent.mentions), first))
                db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)",
                               [(aid, eid, m.start, m.end) for m in ent.mentions])
            for q in analysis.quotes:
                cur = db.execute("INSERT INTO quotes (article_id, kind, speaker, speaker_mention, cue, text, start, \"end\")"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 (aid, q.kind, q.speaker, q.speaker_mention, q.cue, q.text, q.start, q.end))
                db.execute("INSERT INTO quote_text (rowid, text) VALUES (?, ?)", (cur.lastrowid, q.text))
            # the library screen's counts, kept with the article: one table read shows them all
            db.execute("UPDATE articles SET n_entities = (SELECT count(*) FROM article_entities WHERE article_id = ?),"
                       " n_quotes = ? WHERE id = ?", (aid, len(analysis.quotes), aid))
            db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [(aid, f.kind, f.text, json.dumps([v.to_dict() for v in f.values], ensure_ascii=False),
                             f.about, f.start, f.end) for f in analysis.facts])
            self._write_notes(aid, Path(key), article)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _index_notes(self, aid: int, f: Path, article, notes_mtime: int) -> None:
        if article is None:
            data = read_capped(f, MAX_BYTES)
            article = load_bytes(data, name=str(f), path=str(f))
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._delete_notes(aid)
            self._write_notes(aid, f, article)
            db.execute("UPDATE articles SET notes_mtime_ns = ? WHERE id = ?", (notes_mtime, aid))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _write_notes(self, aid: int, f: Path, article) -> None:
        store = NoteStore(f).load()
        # A notes file that does not parse is kept as it is, and said: its notes are in no list.
        problem = one_line(store.error) if store.error else None
        count = len(store.notes) if not store.error else 0
        self.db.execute("UPDATE articles SET notes_error = ?, n_notes = ? WHERE id = ?", (problem, count, aid))
        if problem:
            self._problems.append(problem)
        if store.error or not store.notes:
            return
        for note, anchor in store.anchored(article.text):
            t = note.target
            start, end = (anchor.start, anchor.end) if anchor.start is not None else (-1, -1)
            cur = self.db.execute(
                "INSERT INTO notes (article_id, note_id, kind, exact, speaker, body, tags, start, \"end\")"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (aid, note.id, t.kind, t.exact, t.speaker, note.body, json.dumps(list(note.tags), ensure_ascii=False),
                 start, end))
            self.db.execute("INSERT INTO note_text (rowid, body, exact) VALUES (?, ?, ?)",
                            (cur.lastrowid, note.body + " " + " ".join(note.tags), t.exact))

    def _delete_notes(self, aid: int) -> None:
        self.db.execute("DELETE FROM note_text WHERE rowid IN (SELECT id FROM notes WHERE article_id = ?)", (aid,))
        self.db.execute("DELETE FROM notes WHERE article_id = ?", (aid,))

    def _delete_rows(self, aid: int) -> None:
        self._delete_notes(aid)
        self.db.execute("DELETE FROM quote_text WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)", (aid,))
        self.db.execute("DELETE FROM article_text WHERE rowid = ?", (aid,))
        for table in ("mentions", "article_entities", "quotes", "facts"):
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (aid,))

    def remove(self, key: str) -> None:
        """Take an article (by its resolved path) out of the index."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT id FROM articles WHERE path = ?", (key,)).fetchone()
            if row:
                self._delete_rows(row[0])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # -- queries ----------------------------------------------------------------

    def _run(self, sql: str, args: tuple, shown: str | None = None) -> list:
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            raise IndexError_(f"bad search {shown if shown is not None else args[0]!r}: {exc}") from None

    def search(self, query: str, limit: int = 50, marks: tuple[str, str] = ("[", "]")) -> list[Hit]:
        """Articles matching an FTS5 query (words, "phrases", prefix*, AND/OR/NOT), best first.

        Each hit's snippet has its matched words between `marks`; `locate_snippet`
        finds a snippet made with `SNIPPET_MARKS` in the article's text.
        """
        rows = self._run(
            "SELECT a.path, a.title, a.source, a.published, snippet(article_text, 1, ?, ?, '…', 12) "
            "FROM article_text JOIN articles a ON a.id = article_text.rowid "
            "WHERE article_text MATCH ? ORDER BY bm25(article_text, 5.0, 1.0) LIMIT ?",
            (marks[0], marks[1], query, limit), shown=query)
        return [Hit(*r) for r in rows]

    def entity_articles(self, name: str, type: str, limit: int = 500) -> list[EntityArticle]:
        """The articles that name one entity, newest first, with where it is first mentioned."""
        rows = self.db.execute(
            "SELECT a.path, a.title, a.published, ae.mentions, ae.first_start, ae.aliases FROM entities e "
            "JOIN article_entities ae ON ae.entity_id = e.id JOIN articles a ON a.id = ae.article_id "
            "WHERE e.name = ? AND e.type = ? ORDER BY a.published DESC, a.path LIMIT ?", (name, type, limit))
        return [EntityArticle(p, t, d, m, f, tuple(json.loads(al or "[]"))) for p, t, d, m, f, al in rows]

    def speakers(self, name: str | None = None, limit: int = 200) -> list[SpeakerRow]:
        """Who is quoted across the library (direct and reported), most quoted first."""
        sql = ("SELECT q.speaker, count(*), count(DISTINCT q.article_id) FROM quotes q "
               "WHERE q.speaker IS NOT NULL")
        args: list = []
        if name:
            sql += " AND q.speaker LIKE ?"
            args.append(f"%{name}%")
        sql += " GROUP BY q.speaker COLLATE NOCASE ORDER BY count(*) DESC, q.speaker LIMIT ?"
        args.append(limit)
        return [SpeakerRow(*r) for r in self.db.execute(sql, args)]

    def entities(self, name: str | None = None, type: str | None = None, limit: int = 200) -> list[EntityRow]:
        """Entities across the library with the number of articles that name them."""
        sql = ("SELECT e.name, e.type, count(ae.article_id), sum(ae.mentions) FROM entities e "
               "JOIN article_entities ae ON ae.entity_id = e.id WHERE 1 = 1")
        args: list = []
        if name:
            # the small table of distinct names is searched, never every article's row
            sql += " AND e.id IN (SELECT id FROM entities WHERE name LIKE ?)"
            args.append(f"%{name}%")
        if type:
            sql += " AND e.type = ?"
            args.append(type.upper())
        sql += " GROUP BY e.id ORDER BY count(ae.article_id) DESC, sum(ae.mentions) DESC, e.name LIMIT ?"
        args.append(limit)
        return [EntityRow(*r) for r in self.db.execute(sql, args)]

    def quotes_by(self, speaker: str, limit: int = 500) -> list[QuoteRow]:
        """Every quote and reported statement by a speaker across the library, newest first."""
        rows = self.db.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.speaker = ? COLLATE NOCASE "
            "ORDER BY a.published DESC, a.path, q.start LIMIT ?", (speaker, limit))
        return [QuoteRow(*r) for r in rows]

    def notes(self, query: str | None = None, tag: str | None = None, limit: int = 1000) -> list[NoteRow]:
        """Notes across the library, in reading order per article; by text (FTS5) and or tag."""
        sql = ("SELECT a.path, a.title, n.note_id, n.kind, n.exact, n.body, n.tags, n.start, n.\"end\" "
               "FROM notes n JOIN articles a ON a.id = n.article_id")
        args: list = []
        if query:
            sql += " JOIN note_text ON note_text.rowid = n.id WHERE note_text MATCH ?"
            args.append(query)
        else:
            sql += " WHERE 1 = 1"
        sql += " ORDER BY a.published DESC, a.path, n.start LIMIT ?"
        args.append(limit)
        rows = self._run(sql, tuple(args))
        out = [NoteRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6] or "[]")), r[7], r[8]) for r in rows]
        if tag:
            out = [n for n in out if tag in n.tags]
        return out

    def article_rows(self) -> list[tuple[str, str | None, str | None, str | None]]:
        """(path, title, source, published) of every article indexed."""
        return self.db.execute("SELECT path, title, source, published FROM articles").fetchall()

    def notes_problems(self) -> list[tuple[str, str]]:
        """(article path, one line) for every notes file that could not be read."""
        return self.db.execute("SELECT path, notes_error FROM articles WHERE notes_error IS NOT NULL"
                               " ORDER BY path").fetchall()

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """(entities, quotes, notes) per article path: the library screen's columns."""
        return {path: (ents, quotes, notes) for path, ents, quotes, notes in self.db.execute(
            "SELECT path, n_entities, n_quotes, n_notes FROM articles")}



class IndexPrefetch:
    """A library's index opened and its article rows and counts read in a thread, started as early
    as the caller likes (the app starts it before its screens exist), taken once with `take()`."""

    def __init__(self, library: Path):
        import threading

        self._result: tuple | BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(Path(library),), daemon=True,
                                        name="tui-reader index prefetch")
        self._thread.start()

    def _run(self, library: Path) -> None:
        try:
            index = LibraryIndex(library)
            rows = index.article_rows()
            self._result = (index, rows, index.counts())
        except (IndexError_, sqlite3.Error, OSError) as exc:
            self._result = exc

    def take(self) -> tuple["LibraryIndex", list, dict]:
        """(index, article rows, counts), waiting for the thread; raises what opening it raised."""
        self._thread.join()
        if isinstance(self._result, BaseException):
            raise self._result
        return self._result
