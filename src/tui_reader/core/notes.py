"""Notes: one YAML file per article that never loses a note.

The file is `<article file name>.notes.yaml` beside the article, or in a
notes folder. Saving takes an exclusive lock, re-reads the file, merges this
reader's changes into it by note id, writes a temporary file in the same
folder, fsyncs it and renames it over the old one: two readers annotating the
same article both keep their notes, and a crash leaves the old file or the new
one, never half of one. A file that does not parse is never overwritten.
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import os
import re
import secrets
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .anchoring import Anchor, anchor, context_of
from .files import MissingFile, ReadProblem, atomic_write, read_capped
from .safetext import one_line, strip_controls
from .yamlio import YamlProblem, parse_yaml

VERSION = 1
# One cap for reading and writing: a save that would pass it is refused, so the
# reader never locks itself out of a file it wrote.
MAX_NOTES_BYTES = 64 * 1024 * 1024
KINDS = ("quote", "entity", "fact", "selection")
SUFFIX = ".notes.yaml"


class NotesError(Exception):
    """A notes file that cannot be read or written; the message is fit to show as is."""


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    return "n-" + secrets.token_hex(4)


@dataclass(frozen=True)
class Target:
    kind: str
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0
    speaker: str | None = None  # for quotes: who said it (an extension of the contract)
    extra: dict = field(default_factory=dict, hash=False, repr=False)  # fields of a later version, kept

    def __post_init__(self) -> None:
        # Text that YAML could not hold or a terminal would obey never enters a note.
        for name in ("exact", "prefix", "suffix"):
            object.__setattr__(self, name, strip_controls(getattr(self, name)))
        if self.speaker is not None:
            object.__setattr__(self, "speaker", one_line(self.speaker) or None)

    @classmethod
    def at(cls, text: str, start: int, end: int, kind: str, speaker: str | None = None) -> Target:
        prefix, suffix = context_of(text, start, end)
        return cls(kind, text[start:end], prefix, suffix, start, end, speaker)


@dataclass(frozen=True)
class Note:
    id: str
    target: Target
    body: str = ""
    tags: tuple[str, ...] = ()
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)
    extra: dict = field(default_factory=dict, hash=False, repr=False)  # fields of a later version, kept

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", one_line(self.id))
        object.__setattr__(self, "body", strip_controls(self.body))
        object.__setattr__(self, "tags", tuple(t for t in (one_line(str(t)) for t in self.tags) if t))
        object.__setattr__(self, "created", one_line(self.created))
        object.__setattr__(self, "updated", one_line(self.updated))

    def edited(self, body: str, tags: tuple[str, ...]) -> Note:
        return replace(self, body=body, tags=tags, updated=now())


def parse_tags(raw: str) -> tuple[str, ...]:
    """'rhetoric, Russia ,,x' -> ('rhetoric', 'Russia', 'x'), no repeats."""
    out: list[str] = []
    for t in raw.split(","):
        t = " ".join(t.split())
        if t and t not in out:
            out.append(t)
    return tuple(out)


# -- paths ----------------------------------------------------------------------

def notes_path(article_path: str | Path, notes_dir: str | Path | None = None) -> Path:
    """Beside the article; in a notes folder, the name also carries a hash of the article's folder,
    so two articles of one name from different folders keep apart."""
    p = Path(article_path)
    if not notes_dir:
        return p.parent / (p.name + SUFFIX)
    where = str(p.resolve().parent).encode("utf-8", "surrogateescape")
    return Path(notes_dir) / f"{p.name}.{hashlib.blake2b(where, digest_size=4).hexdigest()}{SUFFIX}"


def legacy_notes_path(article_path: str | Path, notes_dir: str | Path) -> Path:
    """Where a notes folder kept an article's notes before names carried the folder."""
    return Path(notes_dir) / (Path(article_path).name + SUFFIX)


def _adopt_legacy(path: Path, legacy: Path, meta: dict) -> None:
    """Move an old-style notes file to its new name when it is this article's (same text at its last save)."""
    if path.exists() or not legacy.is_file():
        return
    try:
        header, _, _ = read_notes_file(legacy)
    except NotesError:
        return
    if header.get("sha256") and header.get("sha256") == meta.get("sha256"):
        try:
            os.rename(legacy, path)
        except OSError:
            pass  # another reader moved it first, or the folder is read-only: the old name stays readable


# -- YAML out: written by hand, so the key order is fixed and the text readable --

_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
NOTE_KEYS = ("id", "created", "updated", "target", "body", "tags")
TARGET_KEYS = ("kind", "exact", "prefix", "suffix", "start", "end", "speaker")
FILE_KEYS = ("version", "article", "notes")


_json_string = json.encoder.encode_basestring  # json.dumps(s, ensure_ascii=False) for a str, without its overhead


def _quoted(s: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are a subset of YAML's)."""
    out = _json_string(s)
    return _NEEDS_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def _block(s: str, indent: str) -> str:
    """A literal block scalar for multi-line text, or a quoted one when a block cannot hold it."""
    if "\n" not in s or _NEEDS_ESCAPE.search(s) or "\r" in s or "\t" in s:
        return _quoted(s)
    if s.endswith("\n\n") or not s.strip() or any(ln != ln.rstrip() for ln in s.split("\n")):
        return _quoted(s)  # trailing blanks and white-space-only lines do not survive a block
    lines = s.split("\n")
    chomp = "" if s.endswith("\n") else "-"
    if s.endswith("\n"):
        lines = lines[:-1]
    # The first line with text sets a block's indentation unless an indicator does:
    # one is needed whenever that line starts with a space, blank lines before it or not.
    first_text = next(line for line in lines if line)
    indicator = "2" if first_text.startswith(" ") else ""
    body = "\n".join(indent + "  " + line if line else "" for line in lines)
    return f"|{indicator}{chomp}\n{body}"


def _value(v: object) -> str:
    """Any plain YAML value of a field we do not know, in flow style on one line."""
    import yaml

    out = yaml.safe_dump(v, default_flow_style=True, allow_unicode=True, width=float("inf"))
    out = out.rstrip("\n")
    if out.endswith("\n..."):
        out = out[:-4]
    return out.replace("\n", " ")


def dump_notes(notes: list[Note], article_meta: dict, extra: dict | None = None, plain: bool = False) -> str:
    """The notes file's text. `plain` writes every body quoted: longer, but readable whatever it holds."""
    body_of = (lambda b: _quoted(b)) if plain else (lambda b: _block(b, "    "))
    out = [f"version: {VERSION}",
           "article: {" + ", ".join(f"{k}: {_quoted(str(v)) if v is not None else 'null'}"
                                     for k, v in article_meta.items()) + "}"]
    out.extend(f"{_quoted(str(k))}: {_value(v)}" for k, v in (extra or {}).items())
    out.append("notes:" if notes else "notes: []")
    for n in notes:
        t = n.target
        out.append(f"  - id: {_quoted(n.id)}")
        out.append(f"    created: {_quoted(n.created)}")
        out.append(f"    updated: {_quoted(n.updated)}")
        out.append("    target:")
        out.append(f"      kind: {t.kind}")
        out.append(f"      exact: {_quoted(t.exact)}")
        out.append(f"      prefix: {_quoted(t.prefix)}")
        out.append(f"      suffix: {_quoted(t.suffix)}")
        out.append(f"      start: {int(t.start)}")
        out.append(f"      end: {int(t.end)}")
        if t.speaker:
            out.append(f"      speaker: {_quoted(t.speaker)}")
        out.extend(f"      {_quoted(str(k))}: {_value(v)}" for k, v in t.extra.items())
        out.append(f"    body: {body_of(n.body)}")
        out.append("    tags: [" + ", ".join(_quoted(tag) for tag in n.tags) + "]")
        out.extend(f"    {_quoted(str(k))}: {_value(v)}" for k, v in n.extra.items())
    return "\n".join(out) + "\n"


def dump_checked(notes: list[Note], article_meta: dict, extra: dict | None = None, source: str = "notes",
                 known_good: set[Note] | None = None) -> tuple[str, "NotesFile"]:
    """The file's text, proven to read back as these very notes, and what its header reads back as;
    NotesError when no form does.

    Each note is written on lines of its own at a fixed indentation, so the notes
    in `known_good` (read back before) need not be read again: the rest, with the
    header, are written alone and read back.
    """
    known_good = known_good or set()
    fresh = [n for n in notes if n not in known_good]
    for plain in (False, True):
        try:
            _, back, info = parse_notes(dump_notes(fresh, article_meta, extra, plain), source)
        except NotesError:
            continue
        if back == fresh and info.extra == (extra or {}):
            return dump_notes(notes, article_meta, extra, plain), info
    raise NotesError(f"{source}: these notes would not read back as written; the file was not changed")


# -- YAML in ----------------------------------------------------------------------

class NotesFile:
    """What a notes file holds besides its notes: its header, its version, fields we do not know."""

    def __init__(self, article: dict | None = None, version: int = VERSION, extra: dict | None = None,
                 renamed: list[str] | None = None):
        self.article = article or {}
        self.version = version
        self.extra = extra or {}
        self.renamed = renamed or []  # "old -> new" for ids that were used twice


def parse_notes(raw: str, source: str) -> tuple[dict, list[Note], NotesFile]:
    """The article header, notes and the rest of a file's text; NotesError when it is not a notes file."""
    try:
        data = parse_yaml(raw)
    except YamlProblem as exc:
        raise NotesError(f"{source}: {exc}; left as it is") from None
    if data is None:
        return {}, [], NotesFile()
    if not isinstance(data, dict):
        raise NotesError(f"{source}: not a notes file (expected version, article, notes); left as it is")
    version = data.get("version", VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        raise NotesError(f"{source}: 'version' must be a whole number; left as it is")
    items = data.get("notes") or []
    if not isinstance(items, list):
        raise NotesError(f"{source}: 'notes' must be a list; left as it is")
    notes = []
    seen_ids: set[str] = set()
    renamed: list[str] = []
    for k, item in enumerate(items):
        note = _note_from(item, f"{source}: note {k + 1}")
        if note.id in seen_ids:
            # Two notes with one id: keep both. The new id depends only on the note,
            # so every reader of this file gives the same one until it is saved.
            new = _derived_id(note, k)
            renamed.append(f"{note.id} -> {new}")
            note = replace(note, id=new)
        seen_ids.add(note.id)
        notes.append(note)
    article = data.get("article") if isinstance(data.get("article"), dict) else {}
    extra = {k: v for k, v in data.items() if k not in FILE_KEYS}
    return article, notes, NotesFile(article, version, extra, renamed)


def _derived_id(note: Note, index: int) -> str:
    seed = f"{note.id}\n{index}\n{note.created}\n{note.target.exact}\n{note.body}".encode("utf-8", "replace")
    return "n-" + hashlib.blake2b(seed, digest_size=4).hexdigest()


def _str(value: object, where: str, name: str, default: str | None = None) -> str:
    if value is None and default is not None:
        return default
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise NotesError(f"{where}: '{name}' must be text; file left as it is")
    return value


def _int(value: object, where: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise NotesError(f"{where}: '{name}' must be a whole number; file left as it is")
    return value


def _note_from(item: object, where: str) -> Note:
    if not isinstance(item, dict):
        raise NotesError(f"{where}: must be a mapping; file left as it is")
    t = item.get("target")
    if not isinstance(t, dict):
        raise NotesError(f"{where}: 'target' missing; file left as it is")
    kind = _str(t.get("kind"), where, "target.kind", "selection")
    if kind not in KINDS:
        raise NotesError(f"{where}: 'target.kind' must be one of {', '.join(KINDS)}; file left as it is")
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(x, (str, int, float)) for x in tags):
        raise NotesError(f"{where}: 'tags' must be a list of words; file left as it is")
    speaker = t.get("speaker")
    return Note(
        id=_str(item.get("id"), where, "id"),
        target=Target(kind=kind, exact=_str(t.get("exact"), where, "target.exact"),
                      prefix=_str(t.get("prefix"), where, "target.prefix", ""),
                      suffix=_str(t.get("suffix"), where, "target.suffix", ""),
                      start=_int(t.get("start", 0), where, "target.start"),
                      end=_int(t.get("end", 0), where, "target.end"),
                      speaker=speaker if isinstance(speaker, str) else None,
                      extra={k: v for k, v in t.items() if k not in TARGET_KEYS}),
        body=_str(item.get("body"), where, "body", ""),
        tags=tuple(str(x) for x in tags),
        created=_str(item.get("created"), where, "created", ""),
        updated=_str(item.get("updated"), where, "updated", ""),
        extra={k: v for k, v in item.items() if k not in NOTE_KEYS},
    )


def read_notes_file(path: Path) -> tuple[dict, list[Note], NotesFile]:
    """Header, notes and the rest of a notes file; empty when there is none yet."""
    try:
        data = read_capped(path, MAX_NOTES_BYTES)
    except MissingFile:
        return {}, [], NotesFile()
    except ReadProblem as exc:
        raise NotesError(f"{path}: {exc}; left as it is") from None
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotesError(f"{path}: not UTF-8 text; left as it is") from None
    return parse_notes(raw, str(path))


# -- what a notes file parsed to, kept in the user's cache ---------------------------
#
# A file of 10,000 notes is 4 MB of YAML, which takes seconds to parse. What it parsed to
# (or, for a file this program wrote, the notes it wrote and proved to read back) is kept
# under the hash of the file's bytes and of the code that reads them: the next reader of
# those very bytes, in this process or another (`tui-reader note add`), skips the parse.

_PARSED_MAGIC = b"tui-reader parsed notes 1\n"


@functools.lru_cache(maxsize=1)
def _reader_version() -> bytes:
    digest = hashlib.sha256()
    for module in (Path(__file__), Path(__file__).with_name("yamlio.py")):
        digest.update(module.read_bytes())
    return digest.digest()[:16]


def _parsed_path(notes_file: Path) -> Path:
    from platformdirs import user_cache_dir

    key = hashlib.sha256(str(notes_file.absolute()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return Path(user_cache_dir("tui-reader")) / "notes" / f"{key}.bin"


def _note_record(n: Note) -> tuple:
    t = n.target
    return (n.id, t.kind, t.exact, t.prefix, t.suffix, t.start, t.end, t.speaker, t.extra,
            n.body, n.tags, n.created, n.updated, n.extra)


def _note_of(r: tuple) -> Note:
    nid, kind, exact, prefix, suffix, start, end, speaker, t_extra, body, tags, created, updated, extra = r
    return Note(nid, Target(kind, exact, prefix, suffix, start, end, speaker, t_extra), body, tuple(tags),
                created, updated, extra)


def _keep_parsed(notes_file: Path, sig: tuple, notes: list[Note], info: NotesFile, verified: bool) -> None:
    from .files import write_sealed

    try:
        payload = marshal.dumps((_reader_version(), sig[0], sig[1], verified, info.article, info.version,
                                 info.extra, info.renamed, [_note_record(n) for n in notes]))
        write_sealed(_parsed_path(notes_file), _PARSED_MAGIC, payload)
    except (OSError, ValueError):
        pass  # nothing kept: the file is parsed again next time


def _kept_parse(notes_file: Path, sig: tuple) -> tuple[list[Note], NotesFile, bool] | None:
    """(notes, the rest, whether this program wrote them) for these very bytes, or None."""
    from .files import read_sealed

    try:
        payload = read_sealed(_parsed_path(notes_file), _PARSED_MAGIC)
        if payload is None:
            return None
        version, size, digest, verified, article, file_version, extra, renamed, records = marshal.loads(payload)
        if version != _reader_version() or (size, digest) != sig:
            return None
        notes = [_note_of(r) for r in records]
    except (OSError, EOFError, TypeError, ValueError):
        return None
    return notes, NotesFile(article, file_version, extra, renamed), bool(verified)


# -- the store ------------------------------------------------------------------------

def _sort_key(n: Note) -> tuple:
    return (n.target.start, n.created, n.id)


class NoteStore:
    """The notes of one article, with this reader's unsaved changes."""

    def __init__(self, article_path: str | Path, notes_dir: str | Path | None = None,
                 meta: dict | None = None):
        self.article_path = Path(article_path)
        self.meta = meta or {"path": self.article_path.name}
        self.path = notes_path(article_path, notes_dir)
        if notes_dir:
            _adopt_legacy(self.path, legacy_notes_path(article_path, notes_dir), self.meta)
        self.notes: list[Note] = []
        self.error: str | None = None  # the file is broken: shown, never overwritten
        self.warning: str | None = None  # the file was read, with something to say (ids used twice)
        self._changed: dict[str, Note] = {}
        self._deleted: set[str] = set()
        # What the file held when this store last read or wrote it, with a hash
        # of its bytes, so that an unchanged file need not be parsed again.
        self._disk_notes: list[Note] = []
        self._disk_file = NotesFile()
        self._disk_sig: tuple | None = None
        self._verified: set[Note] = set()  # notes this store wrote and read back
        # A reader saves in a worker thread while its UI thread may add the next note.
        self._lock = threading.RLock()

    def _read(self) -> tuple[tuple | None, list[Note], NotesFile]:
        """The file's signature (size and hash of its bytes), notes and the rest; NotesError if unreadable."""
        try:
            data = read_capped(self.path, MAX_NOTES_BYTES)
        except MissingFile:
            return None, [], NotesFile()
        except ReadProblem as exc:
            raise NotesError(f"{self.path}: {exc}; left as it is") from None
        sig = (len(data), hashlib.blake2b(data, digest_size=16).digest())
        if sig == self._disk_sig:
            return sig, self._disk_notes, self._disk_file  # unchanged since we last read or wrote it
        kept = _kept_parse(self.path, sig)
        if kept is not None:
            notes, info, verified = kept
            if verified:
                self._verified = set(notes)  # written and read back by a save: no need to prove them again
            return sig, notes, info
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raise NotesError(f"{self.path}: not UTF-8 text; left as it is") from None
        _, notes, info = parse_notes(raw, str(self.path))
        # A file exactly as this program writes these notes is proof that they read back as written.
        verified = not info.renamed and any(raw == dump_notes(notes, info.article, info.extra, plain)
                                            for plain in (False, True))
        if verified:
            self._verified = set(notes)
        _keep_parsed(self.path, sig, notes, info, verified)
        return sig, notes, info

    def load(self) -> NoteStore:
        with self._lock:
            return self._load()

    def _load(self) -> NoteStore:
        try:
            sig, notes, info = self._read()
            self.error = None
            self._disk_notes, self._disk_file, self._disk_sig = notes, info, sig
            self.warning = None
            if info.renamed:
                self.warning = (f"{self.path}: {len(info.renamed)} note id(s) were used twice; both notes kept, "
                                f"the second renamed ({', '.join(info.renamed[:3])})")
                for note in notes:
                    if any(r.endswith(f"-> {note.id}") for r in info.renamed):
                        self._changed.setdefault(note.id, note)  # the next save writes the new id
            if info.version > VERSION:
                self.warning = (f"{self.path}: written by a newer tui-reader (version {info.version}); "
                                "shown, but it will not be changed")
        except NotesError as exc:
            self.error = str(exc)
            notes = []
        self.notes = sorted(self._merge(notes), key=_sort_key)
        return self

    def _merge(self, on_disk: list[Note]) -> list[Note]:
        by_id = {n.id: n for n in on_disk}
        for nid in self._deleted:
            by_id.pop(nid, None)
        by_id.update(self._changed)
        return list(by_id.values())

    @property
    def pending(self) -> bool:
        return bool(self._changed or self._deleted)

    def put(self, note: Note) -> None:
        """Add or replace a note (by id); saved with the next `save`."""
        with self._lock:
            self._changed[note.id] = note
            self._deleted.discard(note.id)
            self.notes = sorted([n for n in self.notes if n.id != note.id] + [note], key=_sort_key)

    def delete(self, note_id: str) -> None:
        with self._lock:
            self._changed.pop(note_id, None)
            self._deleted.add(note_id)
            self.notes = [n for n in self.notes if n.id != note_id]

    def tags(self) -> list[str]:
        seen: dict[str, None] = {}
        for n in self.notes:
            for t in n.tags:
                seen.setdefault(t, None)
        return list(seen)

    def save(self) -> None:
        """Merge this reader's changes into the file on disk, atomically, under a lock.

        What is written is read back first and must give the same notes; a file
        of a newer version, or one over the size cap, is not written. On any
        failure the changes stay pending (nothing typed is lost), the old file
        stays as it was, and a NotesError says why in one line. Safe to call from a
        worker thread: other calls on this store wait for it.
        """
        with self._lock:
            self._save()

    def _save(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            lock_fd = os.open(folder / f".{self.path.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise NotesError(f"cannot save notes in {folder} ({exc.strerror or exc}); "
                             "start with --notes-dir DIR to keep them elsewhere") from None
        try:
            import fcntl

            fcntl.flock(lock_fd, fcntl.LOCK_EX)
            try:
                sig, on_disk, info = self._read()
                self.error = None
            except NotesError as exc:
                self.error = str(exc)
                raise NotesError(f"{exc} (notes not saved: fix or move that file)") from None
            if info.version > VERSION:
                raise NotesError(f"{self.path}: written by a newer tui-reader (version {info.version}); "
                                 "notes not saved, to keep what that version wrote")
            self._remove_stale_temp_files()
            merged = sorted(self._merge(on_disk), key=_sort_key)
            text, written = dump_checked(merged, self.meta, info.extra, str(self.path), self._verified)
            data = text.encode("utf-8")
            if len(data) > MAX_NOTES_BYTES:
                raise NotesError(f"{self.path}: notes would pass {MAX_NOTES_BYTES // (1024 * 1024)} MB; not saved")
            atomic_write(self.path, data)
            self._verified = set(merged)
            self._disk_notes, self._disk_file = merged, written
            self._disk_sig = (len(data), hashlib.blake2b(data, digest_size=16).digest())
            _keep_parsed(self.path, self._disk_sig, merged, written, verified=True)
            self.notes = merged
            self._changed.clear()
            self._deleted.clear()
        except OSError as exc:
            raise NotesError(f"cannot save notes to {self.path} ({exc.strerror or exc}); "
                             "start with --notes-dir DIR to keep them elsewhere") from None
        finally:
            os.close(lock_fd)  # closing releases the lock

    def rescue(self, folder: Path) -> Path | None:
        """Keep this reader's notes where they cannot be lost, when the notes file cannot take them.

        The copy is written with every body quoted, the form that reads back whatever it holds.
        """
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        path = folder / f"{self.path.name}.{stamp}.{secrets.token_hex(2)}"
        try:
            atomic_write(path, dump_notes(self.notes, self.meta, plain=True))
        except OSError:
            return None
        return path

    def _remove_stale_temp_files(self) -> None:
        """Temp files of writers that died between writing and renaming (we hold the lock)."""
        for tmp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            try:
                pid = int(tmp.name[len(self.path.name) + 2:].split(".")[0])
                os.kill(pid, 0)
            except ProcessLookupError:
                tmp.unlink(missing_ok=True)
            except (ValueError, OSError):
                continue

    def anchored(self, text: str, known: dict | None = None) -> list[tuple[Note, Anchor]]:
        """Each note with where it sits in `text` now, in reading order, orphans last.

        `known` maps (note id, target) to an anchor already found in this same text.
        """
        known = known or {}
        out = []
        for n in self.notes:
            a = known.get((n.id, n.target))
            if a is None:
                t = n.target
                a = anchor(text, t.exact, t.prefix, t.suffix, t.start, t.end)
            out.append((n, a))
        out.sort(key=lambda na: (na[1].start is None, na[1].start or 0, na[0].created))
        return out


# -- exports --------------------------------------------------------------------------

def to_json(article_meta: dict, anchored: list[tuple[Note, Anchor]]) -> dict:
    notes = []
    for n, a in anchored:
        t = n.target
        target = {"kind": t.kind, "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix,
                  "start": t.start, "end": t.end}
        if t.speaker:
            target["speaker"] = t.speaker
        notes.append({"id": n.id, "target": target, "body": n.body, "tags": list(n.tags),
                      "created": n.created, "updated": n.updated,
                      "anchor": {"status": a.status, "start": a.start, "end": a.end}})
    return {"article": article_meta, "notes": notes}


def to_markdown(article_meta: dict, anchored: list[tuple[Note, Anchor]]) -> str:
    """A report grouped by the passage annotated, quotes with their speakers; ready to paste."""
    title = article_meta.get("title") or article_meta.get("path") or "Article"
    lines = [f"# Notes on {title}", ""]
    groups: dict[tuple[str, str, str | None], list[tuple[Note, Anchor]]] = {}
    for n, a in anchored:
        groups.setdefault((n.target.kind, n.target.exact, n.target.speaker), []).append((n, a))
    orphans = []
    for (kind, exact, speaker), items in groups.items():
        if all(a.status == "orphaned" for _, a in items):
            orphans.append((kind, exact, speaker, items))
            continue
        lines.extend(_md_group(kind, exact, speaker, items))
    if orphans:
        lines += ["## Orphaned notes (their text is no longer in the article)", ""]
        for kind, exact, speaker, items in orphans:
            lines.extend(_md_group(kind, exact, speaker, items))
    if len(lines) == 2:
        lines.append("No notes yet.")
    return "\n".join(lines).rstrip() + "\n"


# A line that Markdown would read as a heading, quote, list item, rule, fence or table.
_MD_BLOCK_START = re.compile(r"^([ \t]*)([#>*+\-=|`~]|\d{1,9}[.)])")


def _md_line(line: str) -> str:
    """A line of a note body as text in the report, never as Markdown structure.

    Its leading spaces are kept (as no-break spaces, which Markdown does not
    swallow) and a mark that would open a block is escaped.
    """
    m = _MD_BLOCK_START.match(line)
    if m:
        mark = m.group(2)
        line = m.group(1) + (mark[:-1] + "\\" + mark[-1] if mark[0].isdigit() else "\\" + mark) + line[m.end():]
    stripped = line.lstrip(" ")
    return "\u00a0" * (len(line) - len(stripped)) + stripped


def _md_inline(s: str) -> str:
    return s.replace("`", "'")


def _md_group(kind: str, exact: str, speaker: str | None, items) -> list[str]:
    quoted = " ".join(exact.split())
    head = f"> “{quoted}”" if kind == "quote" else f"> {quoted}"
    out = [head]
    if speaker:
        out.append(f"> — {speaker}")
    out.append("")
    for n, _ in items:
        tags = " ".join(f"`#{_md_inline(t)}`" for t in n.tags)
        body = n.body.strip("\n").rstrip() or "(no text)"
        first, *rest = body.split("\n")
        out.append(f"- {_md_line(first)}" + (f" {tags}" if tags else ""))
        out.extend(f"  {_md_line(line)}" if line.strip() else "" for line in rest)
    out.append("")
    return out


def to_w3c(article_meta: dict, anchored: list[tuple[Note, Anchor]], source: str) -> dict:
    """W3C Web Annotation (JSON-LD): TextQuoteSelector plus TextPositionSelector."""
    items = []
    for n, a in anchored:
        t = n.target
        start, end = (a.start, a.end) if a.start is not None else (t.start, t.end)
        body = [{"type": "TextualBody", "value": n.body, "format": "text/plain", "purpose": "commenting"}]
        body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in n.tags]
        items.append({
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": f"urn:tui-reader:{n.id}",
            "type": "Annotation",
            "created": n.created,
            "modified": n.updated,
            "body": body,
            "target": {
                "source": source,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix},
                    {"type": "TextPositionSelector", "start": start, "end": end},
                ],
            },
        })
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
            "label": f"Notes on {article_meta.get('title') or source}", "total": len(items),
            "first": {"type": "AnnotationPage", "items": items}}
