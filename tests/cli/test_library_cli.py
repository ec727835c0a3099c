"""`tui-reader index`, `search` and `notes DIR` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui_reader", *map(str, args)], capture_output=True, text=True)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for k, (day, thing) in enumerate((("2026-01-05", "bridge"), ("2026-02-07", "tunnel"))):
        (folder / f"s{k}.md").write_text(
            f"---\ntitle: The {thing}\npublished: {day}\n---\n\nTomas Lind visited Perth on Friday.\n\n"
            f"“The {thing} is late,” Lind said.\n", encoding="utf-8")
    out = run("note", "add", folder / "s0.md", "--exact", "visited Perth", "--body", "which Perth?", "--tag", "place")
    assert out.returncode == 0, out.stderr
    return folder


def test_search_entity_quotes_and_a_bad_query(library):
    out = run("search", "tunnel", "--library", library, "--format", "json")
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    assert [h["title"] for h in hits] == ["The tunnel"] and "[tunnel]" in hits[0]["snippet"]
    rows = json.loads(run("search", "--entity", "lind", "--library", library, "--format", "json").stdout)
    assert rows[0]["name"] == "Tomas Lind" and rows[0]["articles"] == 2
    quotes = json.loads(run("search", "--quotes-by", "Tomas Lind", "--library", library, "--format", "json").stdout)
    assert [q["title"] for q in quotes] == ["The tunnel", "The bridge"]  # newest first
    bad = run("search", '"unclosed', "--library", library)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1 and "bad search" in bad.stderr


def test_notes_of_a_library_in_every_format(library):
    md = run("notes", library, "--format", "md")
    assert md.returncode == 0, md.stderr
    assert "which Perth?" in md.stdout and "## Notes on The bridge" in md.stdout
    w3c = json.loads(run("notes", library, "--format", "w3c").stdout)
    item, = w3c["first"]["items"]
    assert item["target"]["source"].endswith("/s0.md")
    assert item["target"]["selector"][0]["exact"] == "visited Perth"
    assert json.loads(run("notes", library, "--format", "json").stdout)[0]["tags"] == ["place"]
    assert run("notes", library, "--tag", "nope", "--format", "json").stdout.strip() == "[]"


def test_a_notes_file_that_does_not_parse_is_said_every_time_and_left_alone(library):
    broken = library / "s1.md.notes.yaml"
    broken.write_text("notes: [ {oops\n", encoding="utf-8")
    for _ in range(2):  # the second run finds nothing changed, and still says it
        out = run("notes", library, "--format", "json")
        assert out.returncode == 0
        assert "notes not read" in out.stderr and "s1.md.notes.yaml" in out.stderr
        assert [r["body"] for r in json.loads(out.stdout)] == ["which Perth?"]
    assert broken.read_text(encoding="utf-8") == "notes: [ {oops\n"
