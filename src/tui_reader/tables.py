"""`extract --format table`: the extraction rendered for people with Rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tui_reader.core.safetext import one_line


def print_extraction(doc: dict, console: Console | None = None) -> None:
    console = console or Console()
    meta = doc["article"]
    console.print(Text(one_line(meta["title"] or ""), style="bold"), Text(f"  {one_line(meta['path'] or '')}", style="dim"))
    ents = Table(title="Entities", show_lines=False, expand=False)
    ents.add_column("type")
    ents.add_column("name")
    ents.add_column("mentions", justify="right")
    ents.add_column("aliases")
    for e in sorted(doc["entities"], key=lambda e: (e["type"], -len(e["mentions"]))):
        ents.add_row(e["type"], Text(e["name"]), str(len(e["mentions"])), Text(", ".join(e["aliases"])))
    console.print(ents)
    quotes = Table(title="Quotes")
    quotes.add_column("kind")
    quotes.add_column("speaker")
    quotes.add_column("cue")
    quotes.add_column("text", overflow="fold")
    for q in doc["quotes"]:
        quotes.add_row(q["kind"], Text(q["speaker"] or "—"), Text(q["cue"] or ""), Text(q["text"]))
    console.print(quotes)
    facts = Table(title="Facts")
    facts.add_column("kind")
    facts.add_column("values")
    facts.add_column("sentence", overflow="fold")
    for f in doc["facts"]:
        facts.add_row(f["kind"], Text(", ".join(v["text"] for v in f["values"])), Text(f["text"]))
    console.print(facts)
