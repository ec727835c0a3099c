"""Big texts are analysed in a child process: the same result, and a cancel stops it at once."""

from __future__ import annotations

import time

from tui_reader.core.analysis import analyse
from tui_reader.core.analysis.process import PROCESS_THRESHOLD, analyse_isolated


def _big_text() -> str:
    para = ("Maria Lopez met Tomas Lind in Lima on Monday. “We will open the port,” Lopez said. "
            "The council noted that 120 workers were hired in 2025.")
    return "\n\n".join(f"{para} Part {i}." for i in range(PROCESS_THRESHOLD // len(para) + 10))


def test_child_process_gives_the_same_analysis():
    text = _big_text()
    assert len(text) >= PROCESS_THRESHOLD
    assert analyse_isolated(text) == analyse(text)


def test_cancel_returns_at_once():
    text = _big_text() * 4
    start = time.monotonic()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2
    assert analyse_isolated(text, cancelled) is None
    assert time.monotonic() - start < 30  # a deadline for a hang, not a speed figure
