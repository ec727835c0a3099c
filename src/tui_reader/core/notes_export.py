"""Notes of a whole library as one document: a Markdown report or a W3C annotation collection.

The index says which notes match (by text or tag); the notes files themselves
are read again here, so an export carries every field the file holds
(prefix, suffix, dates) and never what a stale index remembers. Pure: no
Textual, no Rich.
"""

from __future__ import annotations

from pathlib import Path

from .article import ArticleError, load_article
from .files import ReadProblem
from .notes import NoteStore, to_markdown, to_w3c

FORMATS = ("md", "w3c")


def _by_article(rows) -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for r in rows:
        wanted.setdefault(r.path, set()).add(r.note_id)
    return wanted


def _anchored(rows, notes_dir: Path | None = None):
    """(path, article, anchored notes) per article, in the rows' order, only the notes the rows name."""
    for path, ids in _by_article(rows).items():
        try:
            article = load_article(path)
        except (ArticleError, ReadProblem):
            continue
        store = NoteStore(path, notes_dir).load()
        anchored = [(n, a) for n, a in store.anchored(article.text) if n.id in ids]
        if anchored:
            yield path, article, anchored


def library_markdown(rows, title: str = "", notes_dir: Path | None = None) -> str:
    parts = [f"# {title}\n" if title else ""]
    for path, article, anchored in _anchored(rows, notes_dir):
        parts.append(to_markdown({"title": article.title, "path": Path(path).name}, anchored).replace(
            "# Notes on", "## Notes on", 1))
    if len(parts) == 1:
        parts.append("No notes.\n")
    return "\n".join(p for p in parts if p)


def library_w3c(rows, title: str = "", notes_dir: Path | None = None) -> dict:
    items = []
    for path, article, anchored in _anchored(rows, notes_dir):
        one = to_w3c({"title": article.title}, anchored, Path(path).resolve().as_uri())
        items.extend(one["first"]["items"])
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
            "label": title or "Notes of a library", "total": len(items),
            "first": {"type": "AnnotationPage", "items": items}}
