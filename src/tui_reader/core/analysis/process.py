"""Analysis in a separate process, for big texts: the reader's event loop never waits on it.

A thread would share the interpreter lock with the UI, and a thread cannot be
stopped: quitting while a 3 MB article was analysed waited for the analysis to
end. A child process is killed on cancel, and the UI thread keeps the lock.
The child is a plain `python -m` of this module, talking over its standard
input and output: no multiprocessing machinery, which needs the real stderr
that a running Textual app has replaced.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from typing import Callable

from . import Analysis, analyse
from .store import decode, encode

# Below this many characters a text is analysed in the caller's thread: starting a
# process costs more than the analysis.
PROCESS_THRESHOLD = 256 * 1024


class AnalysisFailed(Exception):
    """The analysis process ended without a result; one line, fit to show."""


def analyse_isolated(text: str, cancelled: Callable[[], bool] = lambda: False, poll: float = 0.05) -> Analysis | None:
    """The analysis of `text`, computed in a child process for big texts; None when cancelled."""
    if len(text) < PROCESS_THRESHOLD:
        return analyse(text)
    out = analysis_payload(text, cancelled, poll)
    if out is None:
        return None
    try:
        return decode(out, text)
    except ValueError as exc:
        raise AnalysisFailed(f"the analysis process gave no analysis ({exc})") from None


def analysis_payload(text: str, cancelled: Callable[[], bool] = lambda: False, poll: float = 0.05) -> bytes | None:
    """The encoded analysis of `text` (what `store.decode` reads), made in a child process; None when
    cancelled. The bytes are what a cache keeps: no second encoding of a big analysis."""
    proc = subprocess.Popen([sys.executable, "-m", "tui_reader.core.analysis.process"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    result: dict[str, bytes] = {}

    def talk() -> None:
        try:
            proc.stdin.write(text.encode("utf-8", "surrogatepass"))
            proc.stdin.close()
            result["out"] = proc.stdout.read()
        except OSError:
            pass  # killed on cancel

    talker = threading.Thread(target=talk, daemon=True)
    talker.start()
    try:
        while talker.is_alive():
            talker.join(poll)
            if cancelled():
                return None
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    out = result.pop("out", b"")
    if proc.returncode != 0 or not out:
        raise AnalysisFailed(f"the analysis process ended without a result (exit code {proc.returncode})")
    return out


def _main() -> None:
    text = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
    sys.stdout.buffer.write(encode(analyse(text), text))
    sys.stdout.flush()


if __name__ == "__main__":
    _main()
