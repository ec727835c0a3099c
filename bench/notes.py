"""Notes speed: saving 1,000 notes, loading and anchoring them on a 100 KB article.

    make bench        (or: .venv/bin/python bench/notes.py)
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import news_text  # noqa: E402

from tui_reader.core.notes import Note, NoteStore, Target, new_id  # noqa: E402


def timed(fn, runs: int = 7) -> float:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return statistics.median(out) * 1000


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="tui-reader-notes-"))
    article = folder / "article.txt"
    text = news_text(100_000)
    article.write_text(text, encoding="utf-8")
    rnd = random.Random(3)
    store = NoteStore(article, meta={"path": article.name, "title": "Bench", "sha256": "-"})
    for i in range(1000):
        s = rnd.randrange(0, len(text) - 300)
        e = s + rnd.randrange(20, 200)
        kind = rnd.choice(["quote", "fact", "entity", "selection"])
        store.put(Note(new_id(), Target.at(text, s, e, kind), f"Note {i}\nwith a second line", ("tag", f"t{i % 7}")))
    store.save()
    size = store.path.stat().st_size

    def save_again():
        store.put(Note(new_id(), Target.at(text, 10, 60, "selection"), "one more"))
        store.save()

    save_ms = timed(save_again)
    print(f"save with {len(store.notes):,} notes ({size / 1024:.0f} KB file, lock + re-read + merge + fsync): "
          f"{save_ms:.1f} ms (median of 7)")

    def load_and_anchor(t: str):
        s = NoteStore(article).load()
        return s.anchored(t)

    ms = timed(lambda: load_and_anchor(text))
    statuses = [a.status for _, a in load_and_anchor(text)]
    print(f"load and anchor {len(statuses):,} notes on a {len(text) / 1000:.0f} KB article: {ms:.0f} ms "
          f"(all {statuses[0]})")
    changed = "An editor's note added at the top of the article.\n\n" + text
    ms2 = timed(lambda: load_and_anchor(changed), runs=3)
    counts = {k: 0 for k in ("exact", "moved", "fuzzy", "orphaned")}
    for _, a in load_and_anchor(changed):
        counts[a.status] += 1
    print(f"same, after text was inserted at the top: {ms2:.0f} ms ({counts})")
    edited = changed.replace(" said ", " stated ")
    ms3 = timed(lambda: load_and_anchor(edited), runs=3)
    counts = {k: 0 for k in ("exact", "moved", "fuzzy", "orphaned")}
    for _, a in load_and_anchor(edited):
        counts[a.status] += 1
    print(f"same, after every ' said ' became ' stated ': {ms3:.0f} ms ({counts})")


def at_scale(n: int = 10_000) -> None:
    """n notes on one article: a new process's load, `tui-reader note add`, the app's Notes tab and save."""
    import asyncio
    import os
    import subprocess

    from app import FrameCost

    folder = Path(tempfile.mkdtemp(prefix="tui-reader-notes-"))
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    article = folder / "article.txt"
    text = news_text(100_000)
    article.write_text(text, encoding="utf-8")
    rnd = random.Random(5)
    store = NoteStore(article, meta={"path": article.name, "title": "Bench", "sha256": "-"})
    for i in range(n):
        s = rnd.randrange(0, len(text) - 300)
        store.put(Note(new_id(), Target.at(text, s, s + rnd.randrange(20, 200), "selection"), f"Note {i}", ("t",)))
    t = time.perf_counter()
    store.save()
    size = store.path.stat().st_size / 1e6
    print(f"{n:,} notes ({size:.1f} MB file): first save, every note proven to read back: "
          f"{time.perf_counter() - t:.2f} s")
    ms = timed(lambda: NoteStore(article).load(), runs=3)
    print(f"load by a new store (another process): {ms:.0f} ms (what the file parsed to is kept in the cache)")
    cli = Path(sys.executable).with_name("tui-reader")
    walls = []
    for i in range(3):
        t = time.perf_counter()
        subprocess.run([str(cli), "note", "add", str(article), "--exact", text[100:140], "--body", f"cli {i}"],
                       check=True, capture_output=True)
        walls.append(time.perf_counter() - t)
    print(f"tui-reader note add with {n:,} notes: median {statistics.median(walls) * 1000:.0f} ms "
          "(the whole process)")

    async def in_app() -> None:
        from tui_reader.app import make_app
        from tui_reader.core.notes import Target as T

        cost = FrameCost()
        app = make_app([article])
        async with app.run_test(size=(120, 40)) as pilot:
            while getattr(app.screen, "store", None) is None or getattr(app.screen, "highlights", None) is None:
                await pilot.pause(0.05)
            screen = app.screen
            await pilot.pause(0.3)
            cost.events.clear()
            await pilot.press("4")
            await pilot.pause(0.2)
            print(f"app: Notes tab of {len(screen.anchored):,} notes shown: {sum(cost.split()):.1f} ms")
            cost.events.clear()
            t = time.perf_counter()
            screen.notes.put(Note(new_id(), T.at(text, 200, 260, "selection"), "one more"))
            ui_ms = (time.perf_counter() - t) * 1000
            await pilot.pause(0.05)
            while screen.store.pending:
                await pilot.pause(0.01)
            print(f"app: a note saved: UI thread {ui_ms:.1f} ms, and its frame {sum(cost.split()):.1f} ms; "
                  f"written (lock, merge, fsync) in a worker {(time.perf_counter() - t) * 1000:.0f} ms later")
    asyncio.run(in_app())


if __name__ == "__main__":
    main()
    at_scale()
