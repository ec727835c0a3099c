"""Pauses of the garbage collector nest across callers and leave it as they found it."""

from __future__ import annotations

import gc
import threading

import pytest

from tui_reader.core.collector import collector_paused, pause_collector, resume_collector


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_pauses_nest_and_the_collector_comes_back_after_the_last():
    pause_collector()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the first pause still holds
    resume_collector()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_a_pause_ended_in_another_thread_counts():
    pause_collector()
    ended = threading.Thread(target=resume_collector)
    ended.start()
    ended.join()
    assert gc.isenabled()


def test_freeze_puts_what_exists_out_of_reach():
    gc.unfreeze()
    try:
        with collector_paused(freeze=True):
            kept = [[i] for i in range(1000)]
        assert gc.get_freeze_count() >= len(kept)
    finally:
        gc.unfreeze()


def test_a_resume_without_a_pause_is_an_error():
    with pytest.raises(RuntimeError):
        resume_collector()
    assert gc.isenabled()
