"""Notes: one YAML file per article that never loses a note.

The file is `<article file name>.notes.yaml` beside the article, or in a
notes folder. Saving takes an exclusive lock, re-reads the file, merges this
reader's changes into it by note id, writes a temporary file in the same
folder, fsyncs it and renames it over the old one: two readers annotating the
same article both keep their notes, and a crash leaves the old file or the new
one, never half of one. A file that does not parse is never overwritten.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .anchoring import Anchor, anchor, context_of
from .files import atomic_write
from .yamlio import YamlProblem, parse_yaml

VERSION = 1
MAX_NOTES_BYTES = 10 * 1024 * 1024
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
    p = Path(article_path)
    folder = Path(notes_dir) if notes_dir else p.parent
    return folder / (p.name + SUFFIX)


# -- YAML out: written by hand, so the key order is fixed and the text readable --

_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def _quoted(s: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are a subset of YAML's)."""
    out = json.dumps(s, ensure_ascii=False)
    return _NEEDS_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def _block(s: str, indent: str) -> str:
    """A literal block scalar for multi-line text, or a quoted one when a block cannot hold it."""
    if "\n" not in s or _NEEDS_ESCAPE.search(s) or "\r" in s or "\t" in s:
        return _quoted(s)
    lines = s.split("\n")
    if s.endswith("\n\n") or not s.strip():
        return _quoted(s)
    chomp = "" if s.endswith("\n") else "-"
    if s.endswith("\n"):
        lines = lines[:-1]
    indicator = "2" if lines[0].startswith(" ") else ""
    body = "\n".join(indent + "  " + line if line else "" for line in lines)
    return f"|{indicator}{chomp}\n{body}"


def dump_notes(notes: list[Note], article_meta: dict) -> str:
    out = [f"version: {VERSION}",
           "article: {" + ", ".join(f"{k}: {_quoted(str(v)) if v is not None else 'null'}"
                                     for k, v in article_meta.items()) + "}",
           "notes:" if notes else "notes: []"]
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
        out.append(f"    body: {_block(n.body, '    ')}")
        out.append("    tags: [" + ", ".join(_quoted(tag) for tag in n.tags) + "]")
    return "\n".join(out) + "\n"


# -- YAML in ----------------------------------------------------------------------

def parse_notes(raw: str, source: str) -> tuple[dict, list[Note]]:
    """The article header and notes of a file's text; NotesError when it is not a notes file."""
    if len(raw) > MAX_NOTES_BYTES:
        raise NotesError(f"{source}: larger than 10 MB, refused")
    try:
        data = parse_yaml(raw)
    except YamlProblem as exc:
        raise NotesError(f"{source}: {exc}; left as it is") from None
    except RecursionError:
        raise NotesError(f"{source}: nested too deeply, refused") from None
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        raise NotesError(f"{source}: not a notes file (expected version, article, notes); left as it is")
    items = data.get("notes") or []
    if not isinstance(items, list):
        raise NotesError(f"{source}: 'notes' must be a list; left as it is")
    seen_objects: set[int] = set()
    notes = []
    for k, item in enumerate(items):
        if id(item) in seen_objects:  # the same object twice: YAML aliases, as in an alias bomb
            raise NotesError(f"{source}: uses YAML aliases (repeated notes), refused; left as it is")
        seen_objects.add(id(item))
        notes.append(_note_from(item, f"{source}: note {k + 1}"))
    article = data.get("article") if isinstance(data.get("article"), dict) else {}
    return article, notes


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
    created = item.get("created")
    updated = item.get("updated")
    return Note(
        id=_str(item.get("id"), where, "id"),
        target=Target(kind=kind, exact=_str(t.get("exact"), where, "target.exact"),
                      prefix=_str(t.get("prefix"), where, "target.prefix", ""),
                      suffix=_str(t.get("suffix"), where, "target.suffix", ""),
                      start=_int(t.get("start", 0), where, "target.start"),
                      end=_int(t.get("end", 0), where, "target.end"),
                      speaker=speaker if isinstance(speaker, str) else None),
        body=_str(item.get("body"), where, "body", ""),
        tags=tuple(str(x) for x in tags),
        created=created.strftime("%Y-%m-%dT%H:%M:%SZ") if hasattr(created, "strftime") else
        _str(created, where, "created", ""),
        updated=updated.strftime("%Y-%m-%dT%H:%M:%SZ") if hasattr(updated, "strftime") else
        _str(updated, where, "updated", ""),
    )


def read_notes_file(path: Path) -> tuple[dict, list[Note]]:
    """Header and notes of a notes file; ({}, []) when there is none yet."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return {}, []
    except OSError as exc:
        raise NotesError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > MAX_NOTES_BYTES:
        raise NotesError(f"{path}: larger than 10 MB, refused; left as it is")
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise NotesError(f"{path}: not UTF-8 text; left as it is") from None
    except OSError as exc:
        raise NotesError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_notes(raw, str(path))


# -- the store ------------------------------------------------------------------------

def _sort_key(n: Note) -> tuple:
    return (n.target.start, n.created, n.id)


class NoteStore:
    """The notes of one article, with this reader's unsaved changes."""

    def __init__(self, article_path: str | Path, notes_dir: str | Path | None = None,
                 meta: dict | None = None):
        self.article_path = Path(article_path)
        self.path = notes_path(article_path, notes_dir)
        self.meta = meta or {"path": self.article_path.name}
        self.notes: list[Note] = []
        self.error: str | None = None  # the file is broken: shown, never overwritten
        self._changed: dict[str, Note] = {}
        self._deleted: set[str] = set()
        # What the file held when this store last read or wrote it, with a hash
        # of its bytes, so that an unchanged file need not be parsed again.
        self._disk_notes: list[Note] = []
        self._disk_sig: tuple | None = None

    def _signature(self) -> tuple | None:
        """Size and hash of the file's bytes: cheap next to parsing them again."""
        import hashlib

        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        return (len(data), hashlib.blake2b(data, digest_size=16).digest())

    def load(self) -> NoteStore:
        try:
            sig = self._signature()
            _, notes = read_notes_file(self.path)
            self.error = None
            self._disk_notes, self._disk_sig = notes, sig
        except NotesError as exc:
            self.error = str(exc)
            notes = []
        self.notes = sorted(self._merge(notes), key=_sort_key)
        return self

    def _read_under_lock(self) -> list[Note]:
        sig = self._signature()
        if sig is not None and sig == self._disk_sig:
            return self._disk_notes  # unchanged since we last read or wrote it
        _, notes = read_notes_file(self.path)
        return notes

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
        self._changed[note.id] = note
        self._deleted.discard(note.id)
        self.notes = sorted([n for n in self.notes if n.id != note.id] + [note], key=_sort_key)

    def delete(self, note_id: str) -> None:
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

        On failure the changes stay pending (nothing typed is lost) and a
        NotesError says why in one line.
        """
        if self.error and self.path.exists():
            # Re-check: the reader may have fixed the file by hand meanwhile.
            try:
                read_notes_file(self.path)
                self.error = None
            except NotesError as exc:
                self.error = str(exc)
                raise NotesError(f"{exc} (notes not saved: fix or move that file)") from None
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
            on_disk = self._read_under_lock()
            self._remove_stale_temp_files()
            merged = sorted(self._merge(on_disk), key=_sort_key)
            data = dump_notes(merged, self.meta)
            atomic_write(self.path, data)
            self._disk_notes, self._disk_sig = merged, self._signature()
            self.notes = merged
            self._changed.clear()
            self._deleted.clear()
        except OSError as exc:
            raise NotesError(f"cannot save notes to {self.path} ({exc.strerror or exc}); "
                             "start with --notes-dir DIR to keep them elsewhere") from None
        finally:
            os.close(lock_fd)  # closing releases the lock

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


def _md_group(kind: str, exact: str, speaker: str | None, items) -> list[str]:
    quoted = " ".join(exact.split())
    head = f"> “{quoted}”" if kind == "quote" else f"> {quoted}"
    out = [head]
    if speaker:
        out.append(f"> — {speaker}")
    out.append("")
    for n, _ in items:
        tags = " ".join(f"`#{t}`" for t in n.tags)
        body = n.body.strip() or "(no text)"
        first, *rest = body.split("\n")
        out.append(f"- {first}" + (f" {tags}" if tags else ""))
        out.extend(f"  {line}" for line in rest)
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
