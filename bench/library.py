"""The library index at scale: build, update and query figures, with ripgrep side by side.

    .venv/bin/python bench/library.py [N ...]     (default: 1000 10000; make bench runs 1000)

Generates N news-like articles of our own (bench/gen.py, names and dates varied,
about 3 KB each), builds the index from nothing, changes one article and
updates, then runs 100 mixed queries (words, phrases, prefixes, an entity,
quotes by a speaker) and times `rg -l` for the same words when ripgrep is
installed.
"""

from __future__ import annotations

import asyncio
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

STARTED = time.perf_counter()  # the --screen run counts from here: the process's start, imports included
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from gen import news_text  # noqa: E402

from tui_reader.core.index import LibraryIndex  # noqa: E402

RARE = [f"{a}{b}" for a in ("vel", "mor", "tak", "sun", "bri", "qua", "lom", "dre") for b in
        ("ant", "ex", "ora", "ium", "ello", "ard", "ine", "ux", "ada", "ost")]


def make_library(folder: Path, n: int) -> None:
    rnd = random.Random(n)
    for i in range(n):
        body = news_text(2800, seed=i)
        rare = " ".join(rnd.sample(RARE, 3))
        date = f"20{rnd.randint(10, 26)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        (folder / f"{date}-story-{i}.md").write_text(
            f"---\ntitle: Story {i} on {rare}\npublished: {date}\nsource: Bench Wire\n---\n\n"
            f"{body}\n\nThe {rare} question came up again.\n", encoding="utf-8")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "lib"
        folder.mkdir()
        make_library(folder, n)
        size_mb = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")  # the index where the app looks for it
        os.environ["XDG_STATE_HOME"] = str(Path(tmp) / "state")
        t = time.perf_counter()
        index = LibraryIndex(folder)
        db = index.path
        index.update()
        build = time.perf_counter() - t
        db_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6
        print(f"{n} articles ({size_mb:.0f} MB): full build {build:.1f} s, index {db_mb:.0f} MB")

        t = time.perf_counter()
        index.update()
        print(f"  second update, nothing changed: {(time.perf_counter() - t) * 1000:.0f} ms")
        victim = sorted(folder.iterdir())[n // 2]
        victim.write_text(victim.read_text(encoding="utf-8") + "\nA late paragraph about the velant harbour.\n",
                          encoding="utf-8")
        t = time.perf_counter()
        index.update()
        print(f"  one article changed, update: {(time.perf_counter() - t) * 1000:.0f} ms")

        rnd = random.Random(5)
        words = [rnd.choice(RARE) for _ in range(40)]
        queries = ([("word", w) for w in words] + [("phrase", f'"{rnd.choice(RARE)} question"') for _ in range(20)]
                   + [("prefix", rnd.choice(RARE)[:4] + "*") for _ in range(10)]
                   + [("entity", name) for name in ("Maria Lopez", "Rajnath Singh", "Aiko Tanaka", "Berlin",
                                                    "World Bank") * 3][:15]
                   + [("quotes", name) for name in ("Maria Lopez", "Rajnath Singh", "John Carter") * 5][:15])
        times = []
        for kind, q in queries:
            t = time.perf_counter()
            if kind == "entity":
                index.entities(q)
            elif kind == "quotes":
                index.quotes_by(q)
            else:
                index.search(q)
            times.append((time.perf_counter() - t) * 1000)
        word_times = times[:40]
        print(f"  100 queries: p50 {statistics.median(times):.1f} ms, p95 {pct(times, 95):.1f} ms, "
              f"max {max(times):.1f} ms (words alone: p50 {statistics.median(word_times):.1f} ms)")
        rg = shutil.which("rg")
        if rg:
            rg_times = []
            for w in words[:20]:
                t = time.perf_counter()
                subprocess.run([rg, "-l", "-F", w, str(folder)], capture_output=True)
                rg_times.append((time.perf_counter() - t) * 1000)
            ours = statistics.median(word_times[:20])
            print(f"  rg -l for the same 20 words: p50 {statistics.median(rg_times):.1f} ms "
                  f"(index {statistics.median(rg_times) / max(ours, 1e-6):.0f}x faster)")
        else:
            print("  ripgrep (rg) is not installed: no side-by-side figure")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak memory of this process so far: {peak:.0f} MB")
        index.close()
        # A second launch is a new process: the screen is timed in one, as a user starts it.
        subprocess.run([sys.executable, __file__, "--screen", str(folder)], check=False)


def _peak_mb() -> float:
    """This process's peak memory; VmHWM, since ru_maxrss carries over a parent's peak across exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def library_screen(folder: Path) -> None:
    """The library screen on a second launch (the index is built): time until every row has its counts,
    then filter keystrokes (typing a title's words, then clearing)."""
    from tui_reader.app import make_app
    from tui_reader.screens.library import LibraryScreen

    start = STARTED
    app = make_app([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        def counted() -> bool:
            screen = app.screen
            return isinstance(screen, LibraryScreen) and bool(screen.rows) and \
                all(r.quotes != "…" for r in screen.rows.values()) and screen.table.row_count == len(screen.rows)

        while not counted():
            await asyncio.sleep(0.005)
        shown = time.perf_counter() - start

        def checking() -> bool:  # the index is still being compared with the folder
            return any(w.group == "library-scan" and not w.is_finished for w in app.workers)

        while checking():
            await asyncio.sleep(0.005)
        checked = time.perf_counter() - start
        await pilot.pause(0.3)  # the frame with the counts is drawn before the user's first key
        # A keystroke's cost is the CPU it takes (the filter, layout, drawing the frame); the wall time of
        # pilot.press adds the pilot's own pauses and Textual's wait for its next refresh tick.
        keys = []
        for key in ["s", "t", "o", "r", "y", "space", "1", "2"] + ["backspace"] * 8:
            t = time.process_time()
            await pilot.press(key)
            keys.append((time.process_time() - t) * 1000)
        t = time.process_time()
        await pilot.press("escape")
        clear = (time.process_time() - t) * 1000
        peak = _peak_mb()
        print(f"  library screen, second launch: every row with its counts after {shown * 1000:.0f} ms "
              f"(index checked against the folder after {checked * 1000:.0f} ms); "
              f"filter keystroke (CPU) p50 {statistics.median(keys):.0f} ms, max {max(keys):.0f} ms; "
              f"escape clears in {clear:.0f} ms; peak memory {peak:.0f} MB")


def main() -> None:
    if sys.argv[1:2] == ["--screen"]:
        asyncio.run(library_screen(Path(sys.argv[2])))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    for n in sizes:
        run(n)


if __name__ == "__main__":
    main()
