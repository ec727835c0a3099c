"""Command line: parses arguments, builds core objects, starts the app.

Exit status: 0 done, 1 bad input (one line on stderr), 2 usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

# The subcommands, in the order `--help` lists them (their arguments: cli_parser.py).
SUBCOMMANDS = ("open", "themes", "notes", "note", "extract", "add", "feed", "refresh", "index", "search")


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["open", *argv]
    args = _paths_alone(argv)
    if args is None:
        from tui_reader.cli_parser import build_parser

        args = build_parser(argv[0] if argv[0] in SUBCOMMANDS else None).parse_args(argv)
    try:
        code = _dispatch(args)
    except BrokenPipeError:
        code = 0
    except KeyboardInterrupt:
        code = 130
    raise SystemExit(code)


def _paths_alone(argv: list[str]) -> SimpleNamespace | None:
    """The arguments of `open` with paths and no option, the usual start, read without argparse (its
    import and parser took 8 ms of a 200 ms start); None for any other command line."""
    if argv[0] != "open" or any(a.startswith("-") for a in argv[1:]):
        return None
    return SimpleNamespace(command="open", paths=argv[1:], theme=None, notes_dir=None, library=None)


def _dispatch(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except Exception as exc:
        if not _is_input_error(exc):
            raise
        _error(str(exc))
        return 1


def _is_input_error(exc: Exception) -> bool:
    """An article or a notes file that cannot be read or written: one line, and status 1. The notes
    module is looked up, not imported: a command that raised its error has loaded it."""
    from tui_reader.core.article import ArticleError

    notes = sys.modules.get("tui_reader.core.notes")
    return isinstance(exc, ArticleError) or notes is not None and isinstance(exc, notes.NotesError)


def _run(args: argparse.Namespace) -> int:
    if args.command == "extract":
        return cmd_extract(args.paths, args.format)
    if args.command == "open":
        return cmd_open(args)
    if args.command == "themes":
        return cmd_themes()
    if args.command == "notes":
        return cmd_notes(args)
    if args.command == "note":
        return cmd_note_add(args)
    if args.command in ("add", "feed", "refresh"):
        from tui_reader import news

        return news.dispatch(args)
    if args.command in ("index", "search"):
        from tui_reader import library_cli

        return library_cli.cmd_index(args) if args.command == "index" else library_cli.cmd_search(args)
    return 2


def _error(message: str) -> None:
    """One line on stderr; file names and fields in it may come from outside, so no control reaches the terminal."""
    from tui_reader.core.safetext import one_line

    print(f"tui-reader: {one_line(message)}", file=sys.stderr)


def _out(text: str) -> None:
    """Text on stdout, never an escape sequence (JSON goes through `json_dumps` instead)."""
    from tui_reader.core.safetext import strip_controls

    sys.stdout.write(strip_controls(text))


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; folders become their article files."""
    from tui_reader.core.article import ArticleError, find_articles

    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = find_articles(path)
            if not found:
                raise ArticleError(f"{p}: no articles (.txt or .md files) in this folder")
            out.extend(str(f) for f in found)
        elif not path.exists() and not path.is_symlink():
            raise ArticleError(f"{p}: no such file")
        else:
            out.append(p)
    return out


def extract_document(article) -> dict:
    from tui_reader.core.analysis import analyse

    result = analyse(article.text)
    return {"article": article.meta(), "text": article.text, **result.to_dict()}


def cmd_extract(paths: list[str], fmt: str) -> int:
    """Extract every article given; a bad one is reported in one line and skipped."""
    from tui_reader.core.article import ArticleError, load_article, load_bytes
    from tui_reader.core.safetext import json_dumps

    files = expand_paths(paths)
    docs = []
    failed = 0
    for f in files:
        try:
            if f == "-":
                article = load_bytes(sys.stdin.buffer.read(), name="stdin")
            else:
                article = load_article(f)
        except ArticleError as exc:
            _error(str(exc))
            failed += 1
            continue
        docs.append(extract_document(article))
        if fmt == "jsonl":
            sys.stdout.write(json_dumps(docs.pop()) + "\n")
    if fmt == "json" and (docs or not failed):
        out = docs[0] if len(docs) == 1 else docs
        sys.stdout.write(json_dumps(out, indent=2) + "\n")
    elif fmt == "table":
        from tui_reader.tables import print_extraction

        for d in docs:
            print_extraction(d)
    return 1 if failed else 0


def cmd_open(args: argparse.Namespace) -> int:
    """Open the reader: one file opens it, folders or several files open the library."""
    from tui_reader.core.article import ArticleError, load_article
    from tui_reader.core.collector import pause_collector

    paths = args.paths
    if not paths:
        from tui_reader.core.article import find_articles
        from tui_reader.core.library import library_dir

        library = library_dir(args.library)
        if library.is_dir() and find_articles(library):
            paths = [str(library)]
        elif args.library:
            raise ArticleError(f"{args.library}: no articles in this library yet (tui-reader add URL --library DIR)")
        else:
            paths = ["articles"] if Path("articles").is_dir() else [str(Path(__file__).parent / "sample")]
    for p in paths:
        if not Path(p).exists() and not Path(p).is_symlink():
            raise ArticleError(f"{p}: no such file or folder")
    if args.theme:
        from tui_reader.core.themes import discover_themes

        themes, _ = discover_themes()
        if args.theme not in themes:
            _error(f"unknown theme {args.theme!r}; available: {', '.join(sorted(themes))}")
            return 2
    article = None
    if len(paths) == 1 and not Path(paths[0]).is_dir():
        article = load_article(paths[0])  # a bad single article is bad input: one line, exit 1
    # Start-up (Textual's import, the stylesheet, the first frame) makes objects that all live on:
    # no collection scans them until the first frame is out, and then they are frozen out of reach.
    pause_collector()
    from tui_reader.app import make_app

    app = make_app([Path(p) for p in paths], article=article, theme=args.theme,
                   notes_dir=Path(args.notes_dir) if args.notes_dir else None,
                   library=Path(args.library) if args.library else None)
    app.collector_paused_until_shown = True
    result = app.run()
    return result or 0


def cmd_themes() -> int:
    """List themes with their origin; each broken theme file is one line on stderr."""
    from tui_reader.core.config import load_config, ConfigError
    from tui_reader.core.safetext import one_line
    from tui_reader.core.themes import DEFAULT_THEME, discover_themes

    themes, errors = discover_themes()
    try:
        chosen = load_config().get("theme")
    except ConfigError:
        chosen = None
    if not isinstance(chosen, str) or chosen not in themes:
        chosen = DEFAULT_THEME
    width = max((len(n) for n in themes), default=4)
    for name in sorted(themes, key=lambda n: (themes[n].origin, n)):
        t = themes[name]
        mark = "*" if name == chosen else " "
        _out(f"{mark} {name:<{width}}  {'dark ' if t.dark else 'light'}  {t.origin:<7}  {one_line(str(t.path))}\n")
    for line in errors:
        _error(f"skipped theme: {line}")
    return 0


def _store_for(path: str, notes_dir: str | None):
    from tui_reader.core.article import load_article
    from tui_reader.core.notes import NoteStore

    article = load_article(path)
    meta = {"path": Path(path).name, "title": article.title, "sha256": article.sha256}
    store = NoteStore(path, notes_dir, meta).load()
    return article, store


def cmd_notes(args: argparse.Namespace) -> int:
    from tui_reader.core.notes import NotesError, dump_notes, to_json, to_markdown, to_w3c
    from tui_reader.core.safetext import json_dumps

    if Path(args.path).is_dir():
        from tui_reader import library_cli

        return library_cli.cmd_library_notes(args)

    article, store = _store_for(args.path, args.notes_dir)
    if store.error:
        raise NotesError(store.error)
    anchored = store.anchored(article.text)
    meta = {"path": Path(args.path).name, "title": article.title, "sha256": article.sha256}
    if args.format == "yaml":
        sys.stdout.write(dump_notes([n for n, _ in anchored], meta))
    elif args.format == "json":
        sys.stdout.write(json_dumps(to_json(meta, anchored), indent=2) + "\n")
    elif args.format == "md":
        _out(to_markdown(meta, anchored))
    else:
        source = Path(args.path).resolve().as_uri()
        sys.stdout.write(json_dumps(to_w3c(meta, anchored, source), indent=2) + "\n")
    return 0


def cmd_note_add(args: argparse.Namespace) -> int:
    from tui_reader.core.notes import Note, NotesError, Target, new_id

    article, store = _store_for(args.path, args.notes_dir)
    if store.error:
        raise NotesError(store.error)
    exact = args.quote if args.quote is not None else args.exact
    if not exact:
        _error("the text to annotate is empty")
        return 2
    start = article.text.find(exact)
    if start < 0:
        squeezed = " ".join(exact.split())
        start = article.text.find(squeezed)
        exact = squeezed
    if start < 0:
        _error(f"{args.path}: the text {exact[:60]!r} is not in the article")
        return 1
    kind = "quote" if args.quote is not None else "selection"
    speaker = None
    if kind == "quote":
        from tui_reader.core.analysis import analyse

        for q in analyse(article.text).quotes:
            if q.start <= start and start + len(exact) <= q.end + 1:
                speaker = q.speaker
                break
    tags = tuple(t.strip() for t in args.tag if t.strip())
    note = Note(new_id(), Target.at(article.text, start, start + len(exact), kind, speaker), args.body, tags)
    store.put(note)
    try:
        store.save()
    except NotesError as exc:
        from tui_reader.core.config import state_dir

        copy = store.rescue(state_dir() / "unsaved")
        raise NotesError(f"{exc}" + (f"; the note is kept in {copy}" if copy else "")) from None
    if store.warning:
        _error(store.warning)
    _out(f"{note.id} added to {store.path}\n")
    return 0
