"""Pauses of Python's cyclic garbage collector, shared by every thread that wants one.

Analysis and start-up make hundreds of thousands of small objects and no cyclic
garbage. Left on, the collector rescans them again and again: that makes big
texts superlinear, and each full collection holds the interpreter lock, so a
worker's collection stalls the UI thread (100-400 ms each while a 3 MB article's
analysis was read back); at start-up it costs 13 ms before the first frame.
Pauses nest: the collector comes back when the last one ends, as it was before
the first began.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import Iterator

_lock = threading.Lock()
_holds = 0
_was_enabled = True


def pause_collector() -> None:
    """One more pause: no collection until each pause has its `resume_collector`."""
    global _holds, _was_enabled
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1


def resume_collector(freeze: bool = False) -> None:
    """End one pause. With `freeze`, what exists now is moved out of the collector's reach for
    good, so no later collection scans it (what the pause made is kept, not garbage)."""
    global _holds
    with _lock:
        if _holds == 0:
            raise RuntimeError("resume_collector without a pause")
        if freeze:
            gc.freeze()
        _holds -= 1
        if _holds == 0 and _was_enabled:
            gc.enable()


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """No cyclic garbage collection while the block runs, in any thread (see the module's note)."""
    pause_collector()
    try:
        yield
    finally:
        resume_collector(freeze)
