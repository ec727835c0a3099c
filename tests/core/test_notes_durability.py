"""Durability with real processes: concurrent writers, and writers killed mid-save."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from tui_reader.core.notes import NoteStore, notes_path, read_notes_file

TEXT = "Belousov expressed solidarity, calling it a “cowardly act of terror.” India, in turn, agreed."

WRITER = r"""
import sys
from tui_reader.core.notes import Note, NoteStore, Target, new_id
article, count, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(article, encoding="utf-8").read()
store = NoteStore(article).load()
for i in range(count):
    note = Note(new_id(), Target.at(text, 10, 40, "selection"), f"{tag} note {i}\nsecond line", (tag,))
    store.put(note)
    store.save()
    print(note.id, flush=True)
"""


def _writer(article, count, tag):
    return subprocess.Popen([sys.executable, "-c", WRITER, str(article), str(count), tag],
                            stdout=subprocess.PIPE, text=True)


def test_two_processes_adding_100_notes_each_leave_200(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    first, second = _writer(article, 100, "one"), _writer(article, 100, "two")
    out1, _ = first.communicate(timeout=120)
    out2, _ = second.communicate(timeout=120)
    assert first.returncode == second.returncode == 0
    ids = set(out1.split()) | set(out2.split())
    assert len(ids) == 200
    on_disk = {n.id for n in NoteStore(article).load().notes}
    assert on_disk == ids


def test_writer_killed_at_random_moments_never_breaks_the_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    path = notes_path(article)
    rnd = random.Random(2026)
    saved: set[str] = set()
    for _ in range(25):
        proc = _writer(article, 1000, "k")
        first = proc.stdout.readline()  # the writer is saving (however slow the machine is to start it)
        time.sleep(rnd.uniform(0.0, 0.06))  # then dies at some moment of a later save
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        saved |= set((first + out).split())  # ids whose save() had returned before the kill
        _, notes, _ = read_notes_file(path)  # parses, or raises and fails the test
        on_disk = {n.id for n in notes}
        missing = saved - on_disk
        assert not missing, f"{len(missing)} saved notes lost"
    assert len(saved) >= 25
    final = NoteStore(article).load()
    final.save()  # the next save clears temp files that killed writers left behind
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert saved <= {n.id for n in final.notes}
