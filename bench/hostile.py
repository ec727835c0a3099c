"""Hostile inputs through `tui-reader extract`: wall time and exit status of each.

    .venv/bin/python bench/hostile.py     (also in make bench)

The inputs are the classes an adversarial review found slow or hanging, at the
sizes it reported and larger. Each run has a 60 s deadline; the goal is every
one answered within 5 s with a clean result or one line and exit 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = [sys.executable, "-m", "tui_reader", "extract"]
DEADLINE = 60


def _repeat(piece: str, size: int) -> str:
    return "An opening line.\n\n" + piece * (size // len(piece)) + "\n\nThe end."


CASES = [
    ("dots 20 KB", "a.txt", lambda: _repeat(".", 20_000)),
    ("dots 200 KB", "a.txt", lambda: _repeat(".", 200_000)),
    ("dots 1 MB", "a.txt", lambda: _repeat(".", 1_000_000)),
    ("ellipses 200 KB", "a.txt", lambda: _repeat("…", 200_000)),
    ('"He said, x 22 KB', "a.txt", lambda: _repeat('"He said, ', 22_000)),
    ('"He said, x 1 MB', "a.txt", lambda: _repeat('"He said, ', 1_000_000)),
    ("nested “‘ 300 KB", "a.txt", lambda: _repeat("“‘", 300_000)),
    ("nested “‘ 1 MB", "a.txt", lambda: _repeat("“‘", 1_000_000)),
    ("“x,” he said. x 1 MB", "a.txt", lambda: _repeat("“x,” he said. ", 1_000_000)),
    ("*a emphasis 20 KB (md)", "a.md", lambda: _repeat("*a ", 20_000)),
    ("*a emphasis 1 MB (md)", "a.md", lambda: _repeat("*a ", 1_000_000)),
    ("links 150 KB (md)", "a.md", lambda: _repeat("[a](b ", 150_000)),
    ("brackets 1 MB (md)", "a.md", lambda: _repeat("[", 1_000_000)),
    ("digits and commas 1 MB", "a.txt", lambda: _repeat("1,", 1_000_000)),
    ("capital A x 1 MB", "a.txt", lambda: _repeat("A ", 1_000_000)),
    ("unterminated OSC 1 MB", "a.txt", lambda: _repeat("\x1b]0;x", 1_000_000)),
    ("one line of 1 MB", "a.txt", lambda: ("word " * 200_000).strip()),
    # the shapes the speaker and name rules of issue 10 read, 0.9 MB each
    ("title-case headline, names 0.9 MB", "a.txt", lambda: "Council Backs Plan to Close Two Harbour Libraries\n\n"
     + _repeat("Dana Kerr met Harbour Council Leader Ian Holt in Kellby. ", 900_000)),
    ("told jurors that ... and said 0.9 MB", "a.txt",
     lambda: _repeat("Kerr told jurors that the mayor called her in and said the files could be misread. ", 900_000)),
    ("the Italian said 0.9 MB", "a.txt",
     lambda: _repeat("Italy's Marco Venti beat Dan Kerr. “Yes, it was hard,” the Italian said. ", 900_000)),
    ("he added after statements 0.9 MB", "a.txt", lambda: _repeat(
        "Kerr said the plan was sound. “It works,” he said. Holt said it was not. He added that it would “fail.” ",
        900_000)),
    ("set-off subject, one sentence 0.9 MB", "a.txt", lambda: "Its author, "
     + "state Sen. Dana Kerr, a Harwick Democrat, " * 21_000 + "said it would help."),
    ("as X put it, X was blunt: 0.9 MB", "a.txt", lambda: _repeat(
        "As Tom Vale put it, “the pier is finished.” Ann Cole was blunt: “We lost.”\n\n", 900_000)),
    ("role, name set off, participle 0.9 MB", "a.txt", lambda: _repeat(
        "The Acme chief executive, Ann Cole, declined to comment, saying that she would not “get into it.”\n\n", 900_000)),
    ("though an aide in X, who ..., said 0.9 MB", "a.txt", lambda: _repeat(
        "Members stayed silent, though one aide in Kellby, who spoke on condition of anonymity, said the board "
        "was “watching closely.”\n\n", 900_000)),
    ("told that ... and predicted that 0.9 MB", "a.txt", lambda: _repeat(
        "He told the crowd that Ms. Cole had “misled the town” and predicted that the files would show “bad "
        "things.”\n\n", 900_000)),
    ("MP for a seat, who ..., told 0.9 MB", "a.txt", lambda: _repeat(
        "Ann Cole, the MP for Kellby Central, who led the revolt, told the BBC that ministers had “misjudged” "
        "it.\n\n", 900_000)),
]


def _time(path: Path) -> tuple[float, int, int]:
    t = time.perf_counter()
    try:
        out = subprocess.run(EXE + [str(path)], capture_output=True, timeout=DEADLINE)
    except subprocess.TimeoutExpired:
        return DEADLINE, -1, 0
    return time.perf_counter() - t, out.returncode, len(out.stderr.decode().strip().splitlines())


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = []
        for label, name, make in CASES:
            path = folder / name
            path.write_text(make(), encoding="utf-8")
            rows.append((label, *_time(path)))
        fifo = folder / "fifo.txt"
        os.mkfifo(fifo)
        rows.append(("FIFO as the article", *_time(fifo)))
        zero = folder / "zero.txt"
        zero.symlink_to("/dev/zero")
        rows.append(("link to /dev/zero", *_time(zero)))
    width = max(len(r[0]) for r in rows)
    print(f"{'input':<{width}}  seconds  exit  stderr lines")
    for label, secs, code, lines in rows:
        shown = "TIMEOUT" if code == -1 else f"{secs:7.2f}"
        print(f"{label:<{width}}  {shown}  {code:4d}  {lines}")
    print(f"slowest: {max(r[1] for r in rows):.2f} s")


if __name__ == "__main__":
    main()
