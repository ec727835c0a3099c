"""Reader app speed: start-up against a minimal Textual app, and a 3 MB article.

    make bench        (or: .venv/bin/python bench/app.py; add --30mb for the memory of a 30 MB article)

Start-up and first frame are measured as a user sees them: the program is
launched in a tmux pane and the pane is polled until the article's first
words appear. Key timings run the app headless, with keys 0.15 s apart, and count the
work one key costs: the action, any layout, and drawing the frames it
causes (Textual's wait for its next 60 Hz refresh tick is not counted).
The side pane follows the current item 0.08 s after a key; that frame is
measured separately.
"""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen import news_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SAMPLE = ROOT / "articles" / "sco-qingdao-defence-talks.txt"


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def time_to_text(command: list[str], needle: str, size=(120, 40), timeout: float = 20.0) -> float:
    """Seconds from launching `command` in a tmux pane until `needle` is on screen."""
    session = f"bench{os.getpid()}"
    _tmux("kill-session", "-t", session)
    quoted = " ".join(f"'{c}'" for c in command)
    start = time.perf_counter()
    _tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), quoted)
    try:
        while time.perf_counter() - start < timeout:
            if needle in _tmux("capture-pane", "-p", "-t", session):
                return time.perf_counter() - start
            time.sleep(0.005)
        raise RuntimeError(f"{needle!r} not shown within {timeout} s")
    finally:
        _tmux("kill-session", "-t", session)


def startup(runs: int = 15) -> None:
    needle = "On the sidelines of the 2025"
    ours: list[float] = []
    base: list[float] = []
    for _ in range(runs):  # alternate, so that drift in machine load hits both alike
        ours.append(time_to_text([str(Path(PY).parent / "tui-reader"), str(SAMPLE)], needle))
        base.append(time_to_text([PY, str(ROOT / "bench" / "minimal_static.py"), str(SAMPLE)], needle))
    mo, mb = statistics.median(ours), statistics.median(base)
    print(f"start-up to first article frame (tmux, median of {runs}): tui-reader {mo * 1000:.0f} ms, "
          f"one-Static app {mb * 1000:.0f} ms, ratio {mo / mb:.2f}")


def first_frame_big(path: Path, runs: int = 3) -> None:
    with open(path, encoding="utf-8") as fh:
        needle = fh.readline()[:30]
    times = [time_to_text([str(Path(PY).parent / "tui-reader"), str(path)], needle) for _ in range(runs)]
    print(f"3 MB article, launch to first frame (tmux, median of {runs}): {statistics.median(times) * 1000:.0f} ms")


class FrameCost:
    """Records the app's work (actions, layout, drawing frames) with start times.

    One key's cost is its action plus the layout and drawing of the first frame
    after it; frames drawn later (the side pane catching up) are counted apart.
    """

    def __init__(self):
        from textual.app import App
        from textual.screen import Screen

        from tui_reader.widgets.side_pane import SidePane

        self.events: list[tuple[float, float, str]] = []
        self._depth = 0
        cost = self

        def timed(fn, kind):
            # A layout draws its frame inside it: work nested in another timed call is counted once, in the outer.
            def wrapper(*args, **kwargs):
                t = time.perf_counter()
                cost._depth += 1
                try:
                    return fn(*args, **kwargs)
                finally:
                    cost._depth -= 1
                    if not cost._depth:
                        cost.events.append((t, time.perf_counter() - t, kind))
            return wrapper

        def timed_async(fn, kind):
            async def wrapper(*args, **kwargs):
                t = time.perf_counter()
                try:
                    return await fn(*args, **kwargs)
                finally:
                    cost.events.append((t, time.perf_counter() - t, kind))
            return wrapper

        Screen._refresh_layout = timed(Screen._refresh_layout, "layout")
        Screen._compositor_refresh = timed(Screen._compositor_refresh, "frame")
        App.run_action = timed_async(App.run_action, "action")
        SidePane.follow = timed(SidePane.follow, "follow")

    def shown_after(self, pressed: float) -> float | None:
        """ms from a key's press to the end of the first frame drawn after its action: what the user waits."""
        events = sorted(self.events)
        actions = [t for t, _, kind in events if kind == "action"]
        if not actions:
            return None
        frames = [t + d for t, d, kind in events if kind in ("frame", "layout") and t >= actions[0]]
        return (frames[0] - pressed) * 1000 if frames else None

    def split(self) -> tuple[float, float]:
        """(ms for the key and its frame, ms for later frames) of the events so far."""
        key = later = 0.0
        framed = False
        for _, duration, kind in sorted(self.events):
            if not framed:
                key += duration
                framed = kind in ("frame", "layout")
            else:
                later += duration
        self.events.clear()
        return key * 1000, later * 1000


async def keys_big(path: Path) -> None:
    cost = FrameCost()
    from tui_reader.app import make_app

    app = make_app([path])
    async with app.run_test(size=(120, 40)) as pilot:
        t = time.perf_counter()
        # Keys while the analysis runs: each press's work, and its wall time (a stalled loop shows there).
        during_work: list[float] = []
        during_shown: list[float] = []
        keys = ["pagedown", "G", "g", "pagedown", "pageup"]
        while getattr(app.screen, "highlights", None) is None:
            await pilot.pause(0.25)
            if getattr(app.screen, "highlights", None) is not None:
                break
            cost.events.clear()
            w = time.perf_counter()
            await pilot.press(keys[len(during_work) % len(keys)])
            shown = cost.shown_after(w)
            if shown is not None:
                during_shown.append(shown)
            during_work.append(cost.split()[0])
        print(f"3 MB article, highlights ready after {time.perf_counter() - t:.2f} s (analysed in a child process)")
        if during_work:
            print(f"keys while it was analysed (page-down, G, g, page-up; {len(during_work)} presses): work median "
                  f"{statistics.median(during_work):.1f} ms, max {max(during_work):.1f} ms; from the press to its "
                  f"frame on screen: median {statistics.median(during_shown):.1f} ms, max {max(during_shown):.1f} ms")
        screen = app.screen
        await pilot.pause(0.2)

        async def measure(key: str, n: int, after: list[float] | None = None) -> list[float]:
            out = []
            for _ in range(n):
                await pilot.pause(0.15)  # keys about as far apart as a reader presses them
                cost.events.clear()
                await pilot.press(key)
                await pilot.pause(0.15)
                key_ms, later_ms = cost.split()
                out.append(key_ms)
                if after is not None and later_ms:
                    after.append(later_ms)
            return out

        def p95(values: list[float]) -> float:
            return sorted(values)[max(0, int(len(values) * 0.95) - 1)]

        pg = await measure("pagedown", 200)
        print(f"page-down: median {statistics.median(pg):.1f} ms, p95 {p95(pg):.1f} ms ({len(pg)} presses)")
        await pilot.press("home")
        pane: list[float] = []
        br = await measure("right_square_bracket", 200, pane)
        print(f"] next highlight: median {statistics.median(br):.1f} ms, p95 {p95(br):.1f} ms ({len(br)} presses); "
              f"the pane's own frame after it: median {statistics.median(pane):.1f} ms, p95 {p95(pane):.1f} ms")
        end = await measure("G", 1) + await measure("g", 1) + await measure("G", 1)
        print(f"G (end): {max(end[0], end[2]):.1f} ms; g (top): {end[1]:.1f} ms")
        await pilot.press("g")
        await pilot.pause(0.15)
        await pilot.press("slash")
        await pilot.pause(0.15)
        typed: list[float] = []
        for letter in "the":
            cost.events.clear()
            t = time.perf_counter()
            await pilot.press(letter)
            typed.append(cost.split()[0])
            while screen.searching is not None:
                await asyncio.sleep(0.002)
            counted_ms = (time.perf_counter() - t) * 1000
            print(f"search: '{screen.search_query}' typed: the key {typed[-1]:.1f} ms; "
                  f"{len(screen.matches):,} matches counted and shown {counted_ms:.0f} ms after the key")
        await pilot.press("enter")
        await pilot.pause(0.15)
        nk = await measure("n", 20)
        print(f"n (next match): median {statistics.median(nk):.1f} ms, max {max(nk):.1f} ms")
        for tab in ("2", "3", "1"):
            cost.events.clear()
            await pilot.press(tab)
            await pilot.pause(0.15)
            shown_ms = sum(cost.split())
            print(f"tab {tab} (showing its list): {shown_ms:.1f} ms")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"memory: peak RSS {rss:.0f} MB (3 MB article, analysed, searched)")


async def _analysed_in_new_app(path: Path, poll: float, inside=None) -> float:
    """Seconds from a new app on `path` to its analysis shown; `inside(pilot)` runs before it closes."""
    from tui_reader.app import make_app

    app = make_app([path])
    t = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while getattr(app.screen, "highlights", None) is None:
            await pilot.pause(poll)
        seconds = time.perf_counter() - t
        if inside is not None:
            await inside(pilot)
    return seconds


async def reopen_big(path: Path) -> None:
    """A new app on the article analysed before: its analysis is read from the cache folder."""
    ms = await _analysed_in_new_app(path, 0.01) * 1000
    print(f"3 MB article re-opened, analysis cache warm: side pane filled {ms:.0f} ms after the app started")


async def memory_big(path: Path) -> None:
    """The reader's memory holding a big article and its analysis (VmHWM: this process only, which
    `memory_of` starts afresh: the text made for the benchmark is not counted)."""
    peak = {}

    async def read_peak(pilot) -> None:
        await pilot.pause(1)
        status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
        peak["MB"] = int(status["VmHWM"].split()[0]) / 1024
        peak["held"] = int(status["VmRSS"].split()[0]) / 1024

    ready = await _analysed_in_new_app(path, 0.5, read_peak)
    size = path.stat().st_size / 1e6
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{size:.0f} MB article: analysed after {ready:.1f} s; reader peak {peak['MB']:.0f} MB "
          f"({peak['MB'] / size:.1f}x the text), {peak['held']:.0f} MB held once shown; "
          f"analysis process peak {child:.0f} MB", flush=True)


def memory_of(path: Path) -> None:
    """`memory_big` in a new process."""
    subprocess.run([PY, __file__, "--memory-of", str(path)], check=True)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="tui-reader-bench-"))
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")  # a cold analysis cache, and the user's left alone
    big = tmp / "big-3mb.txt"
    big.write_text(news_text(3_000_000), encoding="utf-8")
    if shutil.which("tmux"):
        startup()
        first_frame_big(big)
    else:
        print("tmux not found: start-up and first-frame figures skipped")
    asyncio.run(keys_big(big))
    asyncio.run(reopen_big(big))
    if "--30mb" in sys.argv:  # slow: about a minute and a half of analysis
        huge = tmp / "big-30mb.txt"
        huge.write_text(news_text(30_000_000), encoding="utf-8")
        memory_of(huge)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory-of"]:
        asyncio.run(memory_big(Path(sys.argv[2])))
    else:
        main()
