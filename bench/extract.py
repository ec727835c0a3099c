"""Extraction speed: throughput on real news and on generated text, linearity, the sample article.

Real news is the shared eval articles and the article bodies of the fixture pages, where the
shared folder is beside the project. The generated text is denser than news (nine sentences in ten
name a person, place or body, seven in ten quote or report someone): it is the harder case, and
big enough to show whether time grows with the text's length and no faster.

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
SHARED = ROOT.parent / "shared"  # real news, beside the project where it is checked out with it
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
    news_throughput()

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
    print(f"3 MB of generated text ({mb:.2f} MB), {ROUNDS} runs: best {t_big:.2f} s = {mb / t_big:.2f} MB/s; "
          f"median {med:.2f} s = {mb / med:.2f} MB/s")
    print(f"1.5 MB text: best {t_half:.2f} s; time ratio 2x text / 1x text = {statistics.median(pairs):.2f} "
          f"(median of {ROUNDS} half-whole-half rounds; rounds {min(pairs):.2f}-{max(pairs):.2f})")

def real_news() -> list[tuple[str, str]]:
    """(name, text) of real news: the eval articles' texts and the article bodies imported from the
    fixture pages. Empty where the shared folder is not beside the project."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((SHARED / "eval" / "articles").glob("*.txt"))]
    from tui_reader.core.importer import ImportProblem, from_html

    for page in sorted((SHARED / "fixtures" / "html").glob("*/source.html")):
        try:
            texts.append((page.parent.name, from_html(page.read_text(encoding="utf-8", errors="replace")).text))
        except ImportProblem:
            pass
    return texts


def news_throughput() -> None:
    """Real articles, each analysed alone as the reader does (best of 7 each), then all of them as one text."""
    texts = real_news()
    if not texts:
        print(f"real news: none found ({SHARED} is not there)")
        return
    size = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    alone = sum(best_of(lambda t=t: analyse(t), 7) for _, t in texts)
    whole = "\n\n".join(t for _, t in texts)
    joined = best_of(lambda: analyse(whole), 5)
    print(f"real news, {len(texts)} articles ({size * 1000:.0f} KB): each alone {size / alone:.2f} MB/s; "
          f"as one text {size / joined:.2f} MB/s")


if __name__ == "__main__":
    main()
