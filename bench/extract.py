"""Extraction speed: throughput on generated text, linearity, the sample article.

    make bench        (or: .venv/bin/python bench/extract.py)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import news_text  # noqa: E402

from tui_reader.core.analysis import analyse  # noqa: E402
from tui_reader.core.article import load_article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 5
_FIRST_CALL = (
    "import time; t = time.perf_counter()\n"
    "from tui_reader.core.analysis import analyse\n"
    "analyse('Rajnath Singh met Andrey Belousov in Qingdao.')\n"
    "print((time.perf_counter() - t) * 1000)\n"
)


def best_of(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:  # a fresh cache folder: build, then read
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        for what in ("builds the gazetteer tables", "reads them from the cache"):
            out = subprocess.run([sys.executable, "-c", _FIRST_CALL], env=env, capture_output=True, text=True, check=True)
            print(f"first call in a new process, {what}: {float(out.stdout):.0f} ms")
        os.environ["XDG_CACHE_HOME"] = cache  # measure below as any later run does: tables read from the cache
        analyse("Warm-up: Rajnath Singh met Andrey Belousov in Qingdao.")

    sample = load_article(ROOT / "articles" / "sco-qingdao-defence-talks.txt")
    ts = best_of(lambda: analyse(sample.text), 20)
    print(f"sample article ({len(sample.text.split())} words): {ts * 1000:.1f} ms")

    words5k = news_text(32_000)
    words5k = " ".join(words5k.split()[:5000])
    t5 = best_of(lambda: analyse(words5k), 5)
    print(f"5,000-word article: {t5 * 1000:.1f} ms")

    big = news_text(3_000_000)
    half = big[: len(big) // 2]
    halves, bigs, pairs = [], [], []
    for _ in range(ROUNDS):  # half, whole, half: the machine's drift hits both sizes alike
        before = best_of(lambda: analyse(half), 1)
        whole = best_of(lambda: analyse(big), 1)
        after = best_of(lambda: analyse(half), 1)
        halves += [before, after]
        bigs.append(whole)
        pairs.append(whole / ((before + after) / 2))
    mb = len(big.encode("utf-8")) / 1e6
    t_big, t_half = min(bigs), min(halves)
    med = statistics.median(bigs)
    print(f"3 MB text ({mb:.2f} MB), {ROUNDS} runs: best {t_big:.2f} s = {mb / t_big:.2f} MB/s; "
          f"median {med:.2f} s = {mb / med:.2f} MB/s")
    print(f"1.5 MB text: best {t_half:.2f} s; time ratio 2x text / 1x text = {statistics.median(pairs):.2f} "
          f"(median of {ROUNDS} half-whole-half rounds; rounds {min(pairs):.2f}-{max(pairs):.2f})")

if __name__ == "__main__":
    main()
