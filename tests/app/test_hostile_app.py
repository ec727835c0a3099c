"""Outside text in the app: titles, file names, toasts and note text are shown, never obeyed."""

from __future__ import annotations

from pilot_helpers import analysed, wait_for

FRONT = ("---\ntitle: \"Talks \\e]0;PWNED\\a go on\"\nsource: \"Wire \\e]0;PWNED\\a\"\n"
         "author: \"\\e]52;c;SGk=\\a Ann\"\npublished: \"2026-01-02 \\e[2J\"\n---\n"
         "Maria Lopez met the council in Lima on Monday.\n\nShe said the plan “will work” in time.\n")


def _screen_text(app) -> str:
    return app.export_screenshot()


async def test_front_matter_codes_stay_out_of_the_title_bar(app_for, tmp_path):
    path = tmp_path / "evil\x1b]0;PWNED\x07.md"
    path.write_text(FRONT, encoding="utf-8")
    app = app_for(path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await analysed(pilot)
        title = screen.query_one("#title").render()
        plain = getattr(title, "plain", str(title))
        assert "Talks go on" in plain and "Wire" in plain and "Ann" in plain
        assert "\x1b" not in plain and "\x07" not in plain and "PWNED" not in plain
        assert "\x1b" not in _screen_text(app)


async def test_library_rows_show_file_names_without_codes(app_for, tmp_path):
    (tmp_path / "a\x1b[2Jname.txt").write_text("Plain words of one story here.", encoding="utf-8")
    (tmp_path / "b.md").write_text(FRONT, encoding="utf-8")
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#table") and app.screen.table.row_count == 2)
        await pilot.pause(0.3)
        shot = _screen_text(app)
        assert "\x1b[2J" not in shot and "PWNED" not in shot
        cells = [str(c) for row in range(2) for c in app.screen.table.get_row_at(row)]
        assert not any("\x1b" in c or "\x07" in c for c in cells)


async def test_toasts_are_plain_text(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        app.notify("note: [@click=app.quit]quit[/] and [/bold] [/] \x1b]0;PWNED\x07")
        await pilot.pause(0.3)
        from textual.widgets._toast import Toast

        shown = " ".join(Toast(n).render().plain for n in app._notifications)  # what a toast would draw
        assert "[@click=app.quit]quit[/]" in shown and "[/bold] [/]" in shown
        assert "PWNED" not in shown and "\x1b" not in shown
        assert all(not n.markup for n in app._notifications)


async def test_a_theme_value_that_looks_like_markup_is_reported_not_run(app_for, sample_path):
    import os
    import re
    from pathlib import Path

    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "tui-reader" / "themes"
    folder.mkdir(parents=True)
    shipped = (Path(__file__).resolve().parents[2] / "themes" / "dark.yaml").read_text(encoding="utf-8")
    bad = re.sub(r"(?m)^name: .*$", "name: broken", shipped)
    bad = re.sub(r'primary: "#[0-9a-fA-F]{6}"', 'primary: "[/bold] [/] [@click=app.quit]x"', bad)
    (folder / "broken.yaml").write_text(bad, encoding="utf-8")
    app = app_for(sample_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        messages = [n.message for n in app._notifications]
        assert any("broken.yaml" in m and "[/bold] [/]" in m for m in messages)
        assert "broken" not in app.themes
