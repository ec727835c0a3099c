"""`tui-reader notes` and `tui-reader note add` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from without_root import drop_write_anywhere


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


def test_read_only_folder_as_a_user_who_cannot_write(tmp_path):
    """`note add` where the article's folder cannot be written: one line naming --notes-dir, nothing
    written, and --notes-dir works. When the suite runs as root, as CI does, the command runs without
    root's power to write anywhere (the capability is dropped in the child), so the folder's
    permissions hold for it as for any user."""
    import os

    base = str(tmp_path)
    try:
        os.chmod(base, 0o755)
        folder = os.path.join(base, "ro")
        os.mkdir(folder)
        article = os.path.join(folder, "a.txt")
        with open(article, "w", encoding="utf-8") as fh:
            fh.write("The ferry to Dunmore left at noon with 40 people on board.\n")
        os.chmod(folder, 0o555)
        home = os.path.join(base, "home")
        os.mkdir(home)
        os.chmod(home, 0o777)
        env = dict(os.environ, HOME=home, XDG_CACHE_HOME=home, XDG_STATE_HOME=home, XDG_DATA_HOME=home,
                   XDG_CONFIG_HOME=home)


        def note_add(*extra):
            return subprocess.run([sys.executable, "-m", "tui_reader", "note", "add", article, "--exact",
                                   "40 people", "--body", "how many crew?", *extra],
                                  capture_output=True, text=True, env=env, preexec_fn=drop_write_anywhere)

        out = note_add()
        assert out.returncode == 1, out.stdout + out.stderr
        assert "--notes-dir" in out.stderr and len(out.stderr.strip().splitlines()) == 1
        assert os.listdir(folder) == ["a.txt"]
        elsewhere = os.path.join(home, "notes")
        out = note_add("--notes-dir", elsewhere)
        assert out.returncode == 0, out.stderr
        assert any(name.endswith(".notes.yaml") for name in os.listdir(elsewhere))
    finally:
        os.chmod(os.path.join(base, "ro"), 0o755)

