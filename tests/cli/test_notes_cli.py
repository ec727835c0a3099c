"""`tui-reader notes` and `tui-reader note add` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys


def run(*args):
    return subprocess.run([sys.executable, "-m", "tui_reader", *args], capture_output=True, text=True)


def test_note_add_then_export_in_every_format(tmp_path, sample_path):
    article = tmp_path / sample_path.name
    shutil.copy(sample_path, article)
    out = run("note", "add", str(article), "--quote", "cowardly act of terror.", "--body", "Strong words.",
              "--tag", "rhetoric")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / (article.name + ".notes.yaml")).exists()
    doc = json.loads(run("notes", str(article), "--format", "json").stdout)
    note = doc["notes"][0]
    assert note["target"]["kind"] == "quote" and note["target"]["exact"] == "cowardly act of terror."
    assert note["anchor"]["status"] == "exact"
    text = json.loads(run("extract", str(article)).stdout)["text"]
    assert text[note["anchor"]["start"]:note["anchor"]["end"]] == "cowardly act of terror."
    md = run("notes", str(article), "--format", "md").stdout
    assert "> “cowardly act of terror.”" in md and "Belousov" in md and "`#rhetoric`" in md
    w3c = json.loads(run("notes", str(article), "--format", "w3c").stdout)
    assert w3c["first"]["items"][0]["target"]["selector"][0]["type"] == "TextQuoteSelector"
    assert run("notes", str(article)).stdout.startswith("version: 1\n")


def test_note_add_for_missing_text_exits_1(tmp_path, sample_path):
    article = tmp_path / sample_path.name
    shutil.copy(sample_path, article)
    out = run("note", "add", str(article), "--exact", "words that are not there", "--body", "x")
    assert out.returncode == 1
    assert "not in the article" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert not (tmp_path / (article.name + ".notes.yaml")).exists()


def test_notes_dir_and_broken_notes_file(tmp_path, sample_path):
    article = tmp_path / sample_path.name
    shutil.copy(sample_path, article)
    notes_dir = tmp_path / "notes"
    assert run("note", "add", str(article), "--exact", "Pahalgam", "--body", "place", "--notes-dir",
               str(notes_dir)).returncode == 0
    assert list(notes_dir.glob(article.name + ".*.notes.yaml"))
    broken = tmp_path / (article.name + ".notes.yaml")
    broken.write_text("notes: [oops\n", encoding="utf-8")
    out = run("notes", str(article))
    assert out.returncode == 1 and "not valid YAML" in out.stderr
    assert broken.read_text(encoding="utf-8") == "notes: [oops\n"
