"""Helpers for Pilot tests: wait for the analysis worker and other conditions."""

from __future__ import annotations

import asyncio


async def wait_for(pilot, condition, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        if loop.time() > end:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


async def analysed(pilot):
    """The reader screen once its highlights are in."""
    await wait_for(pilot, lambda: getattr(pilot.app.screen, "highlights", None) is not None)
    await pilot.pause()
    return pilot.app.screen


async def type_at_once(pilot, *keys: str) -> None:
    """Send keys as a terminal does when they are typed fast or pasted: all queued before the first is
    handled (`pilot.press` waits for each key's handling before it sends the next)."""
    from textual import events

    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(pilot.app)
        pilot.app._driver.send_message(event)
    await pilot.pause()
    await pilot.pause()


def q_means(app) -> set[str]:
    """What q is named in the footer now: "Quit" or "Back"."""
    return {ab.binding.description for ab in app.active_bindings.values() if ab.binding.key == "q" and ab.enabled}


def cell_of(view, offset: int) -> tuple[int, int]:
    """The (x, y) cell of the article view where text offset `offset` is drawn (narrow text)."""
    line = view.lines.line_of(offset)
    return offset - view.lines.starts[line] + view.GUTTER, line - int(view.scroll_y)
