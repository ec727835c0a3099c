"""The command line's library-wide commands: index, search, and notes of a whole library.

Progress goes to stderr (`n/N`), results to stdout as a table or JSON (the
shapes are documented in README's "Library index").
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from tui_reader.core.index import IndexError_, LibraryIndex
from tui_reader.core.library import library_dir
from tui_reader.core.safetext import json_dumps, one_line, strip_controls


from tui_reader.cli import _error as _say  # one line on stderr, controls stripped


def open_index(library: Path, rebuild: bool = False, quiet: bool = False, notes_said: bool = True) -> LibraryIndex:
    """The library's index, brought up to date, with n/N progress on stderr when it has work to do."""
    if not library.is_dir():
        raise IndexError_(f"{library}: no such library folder")
    index = LibraryIndex(library)
    if rebuild:
        index.close()
        index.path.unlink(missing_ok=True)
        index = LibraryIndex(library)
    if index.rebuilt:
        _say(index.rebuilt)
    tty = sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if quiet or total < 20:
            return
        if tty:
            print(f"\rindexing {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)
        elif done == total or done % 500 == 0:
            print(f"tui-reader: indexing {done}/{total}", file=sys.stderr)

    report = index.update(progress)
    if not quiet and (report.analysed or report.notes or report.removed):
        _say(f"index: {report.analysed} articles analysed, {report.notes} notes files read, "
             f"{report.removed} removed, {report.unchanged} unchanged")
    for line in report.errors or []:
        _say(f"skipped: {line}")
    if notes_said:
        for line in report.notes_problems or []:
            _say(f"notes not read: {line}")
    return index


def _one_line_errors(command):
    """An index problem (damaged folder, bad query) is one line and exit 1."""
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except IndexError_ as exc:
            _say(str(exc))
            return 1
    return run


@_one_line_errors
def cmd_index(args: argparse.Namespace) -> int:
    library = library_dir(args.library)
    index = open_index(library, args.rebuild)
    n = index.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    _say(f"{n} articles indexed in {index.path}")
    return 0


@_one_line_errors
def cmd_search(args: argparse.Namespace) -> int:
    library = library_dir(args.library)
    index = open_index(library, quiet=args.format == "json")
    if args.quotes_by:
        rows = [asdict(r) for r in index.quotes_by(args.quotes_by)]
        columns = ("published", "speaker", "kind", "text", "title")
    elif args.entity or args.type:
        rows = [asdict(r) for r in index.entities(args.query or None, args.type)]
        columns = ("name", "type", "articles", "mentions")
    elif args.notes or args.tag:
        rows = [asdict(r) for r in index.notes(args.query or None, args.tag)]
        columns = ("title", "tags", "exact", "body")
    else:
        if not args.query:
            _say("search needs a QUERY (or --entity, --quotes-by NAME, --notes)")
            return 2
        rows = [asdict(r) for r in index.search(args.query)]
        columns = ("published", "title", "snippet")
    if args.format == "json":
        sys.stdout.write(json_dumps(rows, indent=2) + "\n")
        return 0
    if not rows:
        _say("nothing found")
        return 0
    for row in rows:
        cells = []
        for c in columns:
            v = row.get(c)
            if isinstance(v, (list, tuple)):
                v = ", ".join(v)
            cells.append(one_line(str(v if v is not None else "—"))[:100])
        sys.stdout.write(strip_controls("  ".join(cells)) + "\n")
    return 0


@_one_line_errors
def cmd_library_notes(args: argparse.Namespace) -> int:
    """`notes DIR`: every note of a library, exported as one document."""
    library = Path(args.path)
    index = open_index(library, quiet=True, notes_said=False)
    for _path, problem in index.notes_problems():  # every time, not only when the file changed
        _say(f"notes not read: {problem}")
    rows = index.notes(None, getattr(args, "tag", None))
    if args.format == "json":
        sys.stdout.write(json_dumps([asdict(r) for r in rows], indent=2) + "\n")
        return 0
    if args.format in ("md", "w3c"):
        from tui_reader.core.notes_export import library_markdown, library_w3c

        title = f"Notes of {library.resolve().name}"
        if args.format == "md":
            sys.stdout.write(strip_controls(library_markdown(rows, title)))
        else:
            sys.stdout.write(json_dumps(library_w3c(rows, title), indent=2) + "\n")
        return 0
    import yaml

    sys.stdout.write(yaml.safe_dump([asdict(r) for r in rows], allow_unicode=True, sort_keys=False))
    return 0

