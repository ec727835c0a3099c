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


if __name__ == "__main__":
    main()
