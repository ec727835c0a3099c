"""Themes in the app: live picker, remembered choice, user themes, NO_COLOR."""

from __future__ import annotations

import subprocess
import sys

import yaml
from textual.color import Color

from tui_reader.core.config import config_dir
from tui_reader.core.themes import SHIPPED_DIR
from tui_reader.screens.theme_picker import ThemePicker

from pilot_helpers import analysed, wait_for


async def test_picker_previews_live_and_escape_restores(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        assert app.theme == "dark"
        before = screen.view._style_source["PERSON"]
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, ThemePicker))
        await pilot.press("down")
        await pilot.pause()
        assert app.theme != "dark"
        await wait_for(pilot, lambda: screen.view._style_source["PERSON"] != before)
        await pilot.press("escape")
        await pilot.pause()
        assert app.theme == "dark"
        await wait_for(pilot, lambda: screen.view._style_source["PERSON"] == before)
    assert not (config_dir() / "config.yaml").exists()


async def test_chosen_theme_is_remembered_for_next_start(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, ThemePicker))
        picker = app.screen
        option_list = picker.query_one("#theme-list")
        option_list.highlighted = option_list.get_option_index("newsprint")
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, ThemePicker))
        assert app.theme == "newsprint"
    saved = yaml.safe_load((config_dir() / "config.yaml").read_text(encoding="utf-8"))
    assert saved["theme"] == "newsprint"
    again = app_for(sample_path)
    async with again.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        assert again.theme == "newsprint"
        newsprint = yaml.safe_load((SHIPPED_DIR / "newsprint.yaml").read_text(encoding="utf-8"))
        assert screen.view._style_source["PERSON"] == newsprint["highlight"]["PERSON"]
        # the CSS is the remembered theme's from the first frame on (parsed once, with its colours)
        assert screen.view.styles.background == Color.parse(newsprint["colors"]["surface"])
        assert screen.query_one("#status").styles.background == Color.parse(newsprint["colors"]["panel"])
        assert again.has_class("-light-mode") and not again.has_class("-dark-mode")


async def test_broken_user_theme_is_reported_and_default_used(app_for, sample_path):
    user = config_dir() / "themes"
    user.mkdir(parents=True)
    (user / "broken.yaml").write_text("name: broken\ndark: true\ncolors: {primary: '#fff'}\n", encoding="utf-8")
    (config_dir() / "config.yaml").write_text("theme: broken\n", encoding="utf-8")
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        assert app.theme == "dark"
        assert any("broken.yaml: field 'colors.foreground': missing" in e for e in app.startup_errors)
        assert any("'broken' from the config file is not available" in e for e in app.startup_errors)


async def test_no_color_keeps_quotes_and_cursor_apart_without_colour(app_for, sample_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        styles = screen.view._style_source
        assert not any("#" in s for s in styles.values())
        assert "italic" in styles["quote"] and "reverse" in styles["cursor"]
        assert styles["quote"] != styles["cursor"] != styles["PERSON"]


def test_themes_command_lists_origin_and_skips_broken(tmp_path):
    user = config_dir() / "themes"
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text((SHIPPED_DIR / "newsprint.yaml").read_text(encoding="utf-8")
                                    .replace("name: newsprint", "name: mine"), encoding="utf-8")
    (user / "bad.yaml").write_text("name: bad\n: :\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "tui_reader", "themes"], capture_output=True, text=True)
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert any(line.split()[:2] == ["*", "dark"] and "shipped" in line for line in lines)
    assert any("mine" in line and "user" in line for line in lines)
    assert "bad.yaml" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_unknown_theme_on_the_command_line_is_a_usage_error(sample_path):
    out = subprocess.run([sys.executable, "-m", "tui_reader", "--theme", "nope", str(sample_path)],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert "unknown theme 'nope'" in out.stderr and "newsprint" in out.stderr


async def test_palette_offers_this_apps_themes_only(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert commands["Theme"].callback == app.action_pick_theme  # not Textual's list of its 20-odd themes
        commands["Theme"].callback()
        await wait_for(pilot, lambda: isinstance(app.screen, ThemePicker) and app.screen.query("#theme-list"))
        shown = [str(o.id) for o in app.screen.query_one("#theme-list").options]
        assert shown and all(name in app.themes for name in shown) and "textual-dark" not in shown


def _contrast(a, b) -> float:
    """The WCAG contrast ratio of two rich colours."""
    def lum(c):
        r, g, b = (x / 255 for x in c.get_truecolor())
        r, g, b = ((x / 12.92) if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in (r, g, b))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


async def test_pane_headings_and_the_shown_tab_are_legible_in_every_theme(app_for, sample_path):
    from tui_reader.widgets.side_pane import PaneTabs

    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        for name in sorted(p.stem for p in SHIPPED_DIR.glob("*.yaml")):
            app.theme = name
            await pilot.pause()
            heading = next(s for s in screen.pane.item_list.render_line(0) if s.text.strip())
            tabs = screen.query_one(PaneTabs)
            shown = next(s for s in tabs.render().render(app.console) if s.text.strip() == "Entities")
            for what, segment in (("heading", heading), ("shown tab", shown)):
                fg, bg = segment.style.color, segment.style.bgcolor or heading.style.bgcolor
                assert fg is not None and bg is not None, (name, what)
                assert _contrast(fg, bg) >= 3, (name, what, segment)
