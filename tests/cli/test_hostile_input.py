"""The command line under hostile input: one line and exit 1, or a clean result; never a hang,
a traceback or an escape code on the terminal.

Each run has a deadline (subprocess's timeout): a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DEADLINE = 30
# ESC and the 8-bit C1 controls (CSI, OSC, ST ...): what a terminal would obey.
TERMINAL_CONTROLS = re.compile("[\x1b\x80-\x9f\x07]")


def run(*args, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui_reader", *map(str, args)], input=stdin, capture_output=True,
                          timeout=DEADLINE, cwd=cwd, env={**os.environ, "COLUMNS": "200"})


def clean(out: subprocess.CompletedProcess) -> None:
    for stream in (out.stdout, out.stderr):
        text = stream.decode("utf-8", "replace")
        assert not TERMINAL_CONTROLS.search(text), text[:300]
        assert "Traceback" not in text


def one_line_error(out: subprocess.CompletedProcess) -> None:
    assert out.returncode == 1, out
    assert len(out.stderr.decode().strip().splitlines()) == 1, out.stderr
    clean(out)


# -- special files ------------------------------------------------------------------

def test_fifo_as_article_is_refused(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = run("extract", fifo)
    one_line_error(out)
    assert b"pipe" in out.stderr


def test_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    out = run("extract", link)
    one_line_error(out)
    assert b"device" in out.stderr


def test_symlink_loop_says_so(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    out = run("extract", tmp_path / "a.txt")
    one_line_error(out)
    assert b"link loop" in out.stderr


def test_fifo_in_the_themes_folder_does_not_hang(tmp_path):
    themes = Path(os.environ["XDG_CONFIG_HOME"]) / "tui-reader" / "themes"
    themes.mkdir(parents=True)
    os.mkfifo(themes / "stuck.yaml")
    out = run("themes")
    assert out.returncode == 0 and b"dark" in out.stdout
    assert b"stuck.yaml" in out.stderr and b"pipe" in out.stderr
    clean(out)


def test_fifo_as_notes_file_is_refused(tmp_path, sample_path):
    article = tmp_path / "a.txt"
    article.write_bytes(sample_path.read_bytes())
    os.mkfifo(tmp_path / "a.txt.notes.yaml")
    one_line_error(run("notes", article))


# -- escape codes from every field ---------------------------------------------------

HOSTILE_FIELDS = (
    "---\n"
    "title: \"Title \\e]0;PWNED\\a\"\n"
    "source: \"Wire \\e]0;PWNED\\a \\e[2J\"\n"
    "author: \"\\e]52;c;SGVsbG8=\\a Ann\"\n"
    "published: \"2026 \\x9b2J\"\n"
    "tags: [\"a\\e[31m\", \"\\x85b\"]\n"
    "---\n"
    "Maria Lopez said the plan “will work” in Lima on Monday.\n"
)


def test_front_matter_codes_never_reach_the_output(tmp_path):
    name = "evil\x1b]0;PWNED\x07.md"
    article = tmp_path / name
    article.write_text(HOSTILE_FIELDS, encoding="utf-8")
    for fmt in ("json", "jsonl", "table"):
        out = run("extract", article, "--format", fmt)
        assert out.returncode == 0, out.stderr
        clean(out)
    doc = json.loads(run("extract", article).stdout)
    assert doc["article"]["source"] == "Wire" and doc["article"]["title"] == "Title"
    assert "\x1b" in doc["article"]["path"]  # the real name, escaped by JSON, so the file can be found


def test_note_bodies_and_tags_never_reach_the_output(tmp_path, sample_path):
    article = tmp_path / "a.txt"
    article.write_bytes(sample_path.read_bytes())
    out = run("note", "add", article, "--exact", "Pahalgam", "--body", "see \x1b]0;PWNED\x07 this \x9b2J",
              "--tag", "t\x1b[1mag")
    assert out.returncode == 0, out.stderr
    for fmt in ("yaml", "json", "md", "w3c"):
        clean(run("notes", article, "--format", fmt))


def test_non_utf8_arguments_are_saved_readably(tmp_path, sample_path):
    article = tmp_path / "a.txt"
    article.write_bytes(sample_path.read_bytes())
    body = "caf\udce9 au lait"  # the byte 0xE9 of a Latin-1 terminal, as Python hands it over
    out = subprocess.run([sys.executable, "-m", "tui_reader", "note", "add", str(article), "--exact", "Pahalgam",
                          "--body", body, "--tag", "x\udcff"], capture_output=True, timeout=DEADLINE,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8:surrogateescape"})
    assert out.returncode == 0, out.stderr
    listed = run("notes", article, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["notes"][0]["body"] == "caf\ufffd au lait"


def test_c1_controls_are_escaped_in_json(tmp_path):
    article = tmp_path / "c1\x85name\x9d.txt"
    article.write_text("Maria Lopez spoke in Lima on Monday about the plan.", encoding="utf-8")
    out = run("extract", article)
    assert out.returncode == 0
    clean(out)
    assert json.loads(out.stdout)["article"]["path"].endswith("c1\x85name\x9d.txt")


# -- YAML that parses but is not what we expect ------------------------------------------

@pytest.mark.parametrize("front", [
    "published: 2020-13-45", "published: " + "9" * 5000, "tags: 5", "title: [1, [2, 3]]",
    "title: !!binary aGVsbG8=", "tags: {a: 1}", "? [a, b]\n: c",
])
def test_odd_front_matter_is_no_traceback(tmp_path, front):
    article = tmp_path / "a.md"
    article.write_text(f"---\n{front}\n---\nMaria Lopez spoke in Lima on Monday about the plan.\n", encoding="utf-8")
    out = run("extract", article)
    clean(out)
    assert out.returncode in (0, 1)
    if out.returncode == 1:
        one_line_error(out)


def test_alias_bomb_in_front_matter_is_refused(tmp_path):
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        bomb.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    bomb.append("title: *i")
    article = tmp_path / "bomb.md"
    article.write_text("---\n" + "\n".join(bomb) + "\n---\nSome words of the story follow here.\n", encoding="utf-8")
    out = run("extract", article)
    one_line_error(out)
    assert b"aliases" in out.stderr


@pytest.mark.parametrize("config", ["theme: [1, 2]", "theme: {a: b}", "theme: 2020-13-45", ": : :"])
def test_odd_config_is_no_traceback(config):
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "tui-reader"
    folder.mkdir(parents=True)
    (folder / "config.yaml").write_text(config + "\n", encoding="utf-8")
    out = run("themes")
    assert out.returncode == 0
    clean(out)


@pytest.mark.parametrize("value", ['"[@click=app.screenshot()]x"', '"[/bold] [/]"', "2020-13-45", "99" * 3000],
                         ids=["click-markup", "closing-tags", "bad-date", "huge-int"])
def test_bad_theme_values_are_one_line_each(value):
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "tui-reader" / "themes"
    folder.mkdir(parents=True)
    shipped = (Path(__file__).resolve().parents[2] / "themes" / "dark.yaml").read_text(encoding="utf-8")
    bad = re.sub(r"(?m)^name: .*$", "name: broken", shipped)
    bad = re.sub(r'primary: "#[0-9a-fA-F]{6}"', lambda m: "primary: " + value, bad)
    assert value in bad
    (folder / "broken.yaml").write_text(bad, encoding="utf-8")
    out = run("themes")
    assert out.returncode == 0 and b"broken" not in out.stdout
    assert b"broken.yaml" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    clean(out)


def test_theme_with_unreadable_text_is_warned(tmp_path):
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "tui-reader" / "themes"
    folder.mkdir(parents=True)
    shipped = (Path(__file__).resolve().parents[2] / "themes" / "dark.yaml").read_text(encoding="utf-8")
    same = re.sub(r"(?m)^name: .*$", "name: blind", shipped)
    bg = re.search(r'background: "(#[0-9a-fA-F]{6})"', same).group(1)
    same = re.sub(r'foreground: "#[0-9a-fA-F]{6}"', f'foreground: "{bg}"', same)
    (folder / "blind.yaml").write_text(same, encoding="utf-8")
    out = run("themes")
    assert b"blind" in out.stdout  # still usable: a warning, not a refusal
    assert b"contrast" in out.stderr


# -- messages ---------------------------------------------------------------------------

def test_utf16_without_bom_and_mixed_utf8_are_read(tmp_path):
    text = "Maria Lopez said the café “will open” in Lima on Monday."
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(text.encode("utf-16-be"))
    (tmp_path / "mixed.txt").write_bytes(text.encode("utf-8") + " Zoë agreed.".encode("cp1252"))
    for name in ("le.txt", "be.txt", "mixed.txt"):
        out = run("extract", tmp_path / name)
        assert out.returncode == 0, out.stderr
        assert "café" in json.loads(out.stdout)["text"]
    assert "Zoë" in json.loads(run("extract", tmp_path / "mixed.txt").stdout)["text"]


def test_when_every_input_fails_nothing_is_printed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    out = run("extract", tmp_path / "empty.txt", tmp_path / "bin.txt")
    assert out.returncode == 1 and out.stdout == b""
    assert len(out.stderr.strip().splitlines()) == 2


def test_raw_escape_codes_in_front_matter_do_not_refuse_the_article(tmp_path):
    article = tmp_path / "raw.md"
    article.write_bytes(b"---\ntitle: Plain\nsource: \"Wire \x1b]0;PWNED\x07\"\nauthor: Ann \x1b[2J\n---\n"
                        b"Maria Lopez spoke in Lima on Monday about the plan.\n")
    out = run("extract", article)
    assert out.returncode == 0, out.stderr
    clean(out)
    meta = json.loads(out.stdout)["article"]
    assert meta["source"] == "Wire" and meta["title"] == "Plain"
