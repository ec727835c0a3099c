"""Snapshots of the library and reader screens for the sample article."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui_reader.app import make_app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "app"))
from pilot_helpers import analysed, wait_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
SIZES = [(120, 40), (80, 24)]


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)  # paths on screen are relative, the same on every machine


@pytest.mark.parametrize("size", SIZES, ids=["120x40", "80x24"])
def test_reader_screen(snap_compare, size):
    async def ready(pilot):
        screen = await analysed(pilot)
        # the pane follows the current item once stepping pauses (a timer): wait for it after each step, so
        # that the list is where it would be whether or not the timer fired between the two keys
        for _ in range(2):
            await pilot.press("right_square_bracket")
            await wait_for(pilot, lambda: screen.pane._following.get(screen.highlights.items[screen.current].layer)
                           == screen.highlights.items[screen.current].ref)
        await pilot.pause()

    app = make_app([Path("articles/sco-qingdao-defence-talks.txt")])
    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=["120x40", "80x24"])
def test_library_screen(snap_compare, size):
    async def ready(pilot):
        await analysed(pilot)  # one article in the folder: it opens at once
        await pilot.press("l")
        screen = pilot.app.screen
        await wait_for(pilot, lambda: all(r.quotes != "…" for r in screen.rows.values()))
        await pilot.pause()

    app = make_app([Path("articles")])
    assert snap_compare(app, terminal_size=size, run_before=ready)


def test_reader_search_and_help(snap_compare):
    async def ready(pilot):
        await analysed(pilot)
        await pilot.press("slash", *"Pahalgam")
        await pilot.pause()

    app = make_app([Path("articles/sco-qingdao-defence-talks.txt")])
    assert snap_compare(app, terminal_size=(120, 40), run_before=ready)


@pytest.mark.parametrize("theme", ["dark", "newsprint", "high-contrast", "okabe-ito"])
def test_reader_in_each_theme(snap_compare, theme):
    async def ready(pilot):
        await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "slash", *"Pahalgam", "enter")
        await pilot.pause()

    app = make_app([Path("articles/sco-qingdao-defence-talks.txt")], theme=theme)
    assert snap_compare(app, terminal_size=(120, 40), run_before=ready)
