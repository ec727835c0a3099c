"""The article view shows text as written: no markup, no escape codes."""

from __future__ import annotations

from pilot_helpers import analysed


async def test_markup_in_article_is_shown_literally(app_for, tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text("Text with [bold]tags[/bold] and [@click=app.quit]links[/] stays literal.\n"
                    "Escape \x1b[2J\x1b]0;title\x07codes are gone.", encoding="utf-8")
    app = app_for(path)
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await analysed(pilot)
        view = screen.view
        shown = " ".join(" ".join("".join(seg.text for seg in view.render_line(y)).split()) for y in range(8))
        assert "[bold]tags[/bold]" in shown
        assert "[@click=app.quit]links[/]" in shown
        assert "\x1b" not in shown and "title" not in shown
        assert "Escape codes are gone." in shown
        await pilot.click(view, offset=(40, 0))  # on the literal "[@click=app.quit]": nothing happens
        assert app.is_running and app.screen is screen


async def test_long_single_line_wraps_and_scrolls(app_for, tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_text(("word " * 40_000).strip(), encoding="utf-8")
    app = app_for(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        assert len(screen.view.lines) > 2000
        await pilot.press("G")
        assert screen.view.scroll_y == screen.view.max_scroll_y


async def test_narrow_terminal_keeps_text_readable(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        assert screen.view.size.width >= 36
        await pilot.press("right_square_bracket", "slash")
        await pilot.press(*"Pahalgam")
        assert len(screen.matches) == 3


async def test_a_long_text_is_wrapped_once_before_its_first_frame(app_for, long_article, monkeypatch):
    import tui_reader.widgets.article_view as article_view

    widths = []
    real = article_view.wrap

    def counted(text, width):
        widths.append(width)
        return real(text, width)
    monkeypatch.setattr(article_view, "wrap", counted)
    app = app_for(long_article)
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        assert len(widths) == 1  # already at the width the scrollbar leaves, not once without it
        view = app.screen.view
        assert view.show_vertical_scrollbar and widths[0] == view.text_width


async def test_a_start_that_paused_the_collector_resumes_it_once_shown(app_for, long_article):
    """The command line pauses the garbage collector for the start; the first frame brings it back."""
    import gc

    from tui_reader.core.collector import pause_collector

    pause_collector()
    app = app_for(long_article)
    app.collector_paused_until_shown = True
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
            assert app.collector_paused_until_shown is False
    finally:
        gc.unfreeze()
        gc.enable()
