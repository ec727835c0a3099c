"""The command line's parser (argparse), built only when a command line needs it: the reader opened
on files or folders alone (`tui-reader PATH...`) starts without it (cli.py)."""

from __future__ import annotations

import argparse
import sys

from tui_reader import __version__
from tui_reader.cli import SUBCOMMANDS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one line, as argparse does, but testable
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _notes_args(n: argparse.ArgumentParser) -> None:
    n.add_argument("path", metavar="PATH", help="the article file, or a library folder for all its notes")
    n.add_argument("--format", choices=("yaml", "json", "md", "w3c"), default="yaml")
    n.add_argument("--notes-dir", metavar="DIR")
    n.add_argument("--tag", metavar="T", help="only notes with this tag")


def _note_args(na: argparse.ArgumentParser) -> None:
    na_sub = na.add_subparsers(dest="note_command", parser_class=_Parser, required=True)
    add = na_sub.add_parser("add", help="annotate the first occurrence of a text")
    add.add_argument("path", metavar="PATH")
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("--exact", metavar="TEXT", help="the passage to annotate (target kind selection)")
    what.add_argument("--quote", metavar="TEXT", help="the quotation to annotate (target kind quote)")
    add.add_argument("--body", metavar="TEXT", required=True)
    add.add_argument("--tag", metavar="T", action="append", default=[])
    add.add_argument("--notes-dir", metavar="DIR")


def _extract_args(x: argparse.ArgumentParser) -> None:
    x.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, or - for stdin")
    x.add_argument("--format", choices=("json", "jsonl", "table"), default="json")


def _add_args(a: argparse.ArgumentParser) -> None:
    a.add_argument("source", metavar="URL|FILE|-")
    a.add_argument("--library", metavar="DIR")
    a.add_argument("--keep-html", action="store_true", help="keep the page's HTML beside the article")
    a.add_argument("--format", choices=("text", "json"), default="text",
                   help="json: print the article (title, text, path) on stdout")


def _feed_args(f: argparse.ArgumentParser) -> None:
    f_sub = f.add_subparsers(dest="feed_command", parser_class=_Parser, required=True)
    for name, arg, text in (("add", "url", "subscribe to an RSS or Atom feed"), ("remove", "url", "unsubscribe"),
                            ("import", "opml", "subscribe to every feed of an OPML file"),
                            ("list", None, "list the subscriptions"), ("export", None, "print the subscriptions as OPML")):
        fp = f_sub.add_parser(name, help=text)
        if arg:
            fp.add_argument(arg, metavar=arg.upper())
        fp.add_argument("--library", metavar="DIR")


def _library_arg(r: argparse.ArgumentParser) -> None:
    r.add_argument("--library", metavar="DIR")


def _index_args(ix: argparse.ArgumentParser) -> None:
    ix.add_argument("--library", metavar="DIR")
    ix.add_argument("--rebuild", action="store_true", help="build it afresh")


def _search_args(s: argparse.ArgumentParser) -> None:
    s.add_argument("query", nargs="?", default="", metavar="QUERY")
    s.add_argument("--library", metavar="DIR")
    s.add_argument("--entity", action="store_true", help="entities across the library (QUERY filters names)")
    s.add_argument("--type", metavar="TYPE", help="entities of one type: PERSON, ORG, PLACE, ...")
    s.add_argument("--quotes-by", metavar="NAME", help="every quote and statement by NAME, newest first")
    s.add_argument("--notes", action="store_true", help="notes (QUERY searches their text)")
    s.add_argument("--tag", metavar="T", help="notes with this tag")
    s.add_argument("--format", choices=("table", "json"), default="table")


# Each subcommand: its help line and what adds its arguments, in the order `--help` lists them.
_SUBCOMMANDS = {
    "open": ("open articles or folders in the reader (the default)", lambda o: _reader_args(o)),
    "themes": ("list the shipped and user themes", lambda _: None),
    "notes": ("show or export the notes of an article", _notes_args),
    "note": ("add a note from the command line: note add PATH --exact TEXT --body TEXT", _note_args),
    "extract": ("print the entities, quotes and facts of articles", _extract_args),
    "add": ("bring one article into the library: a URL, an HTML, text or Markdown file, or -", _add_args),
    "feed": ("subscriptions: feed add URL | list | remove URL | import OPML | export", _feed_args),
    "refresh": ("fetch every feed and bring new entries in", _library_arg),
    "index": ("bring the library index up to date", _index_args),
    "search": ("search the whole library (FTS5: words, \"phrases\", prefix*, AND OR NOT)", _search_args),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of `command` alone: the reader, opening an article, does
    not wait for the other nine (all ten take 15 ms to build)."""
    p = _Parser(prog="tui-reader", description="A terminal news reader for close reading.",
                usage=f"%(prog)s [-h] [--version] {{{','.join(SUBCOMMANDS)}}} ...")  # all ten, however many are built
    p.add_argument("--version", action="version", version=f"tui-reader {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    for name, (text, add_arguments) in _SUBCOMMANDS.items():
        if command is None or name == command:
            add_arguments(sub.add_parser(name, help=text, prog=f"tui-reader {name}"))  # not the usage above
    return p


def _reader_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--theme", metavar="NAME")
    p.add_argument("--notes-dir", metavar="DIR")
    p.add_argument("--library", metavar="DIR", help="the library folder (default: the user data folder)")
