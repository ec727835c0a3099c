"""Pilot tests for the reader's keys: each asserts on state, not on pixels."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, OptionList

from tui_reader.screens.entity_finder import EntityFinder
from tui_reader.screens.help import HelpScreen
from tui_reader.screens.library import LibraryScreen
from tui_reader.screens.reader import ReaderScreen

from pilot_helpers import analysed, cell_of, q_means, wait_for


async def test_sample_opens_with_text_and_entities_pane(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        assert isinstance(screen, ReaderScreen)
        assert screen.pane.active_tab == "entities"
        names = [screen.analysis.entities[i].name for i in range(len(screen.analysis.entities))]
        assert "Rajnath Singh" in names
        assert app.focused is screen.view


async def test_line_keys_scroll_one_line(app_for, long_article):
    app = app_for(long_article)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await analysed(pilot)
        view = screen.view
        for key, expected in (("j", 1), ("down", 2), ("k", 1), ("up", 0)):
            await pilot.press(key)
            assert view.scroll_y == expected, key


async def test_page_keys_scroll_a_screen(app_for, long_article):
    app = app_for(long_article)
    async with app.run_test(size=(100, 30)) as pilot:
        view = (await analysed(pilot)).view
        page = view.size.height - 1
        await pilot.press("space")
        assert view.scroll_y == page
        await pilot.press("pagedown")
        assert view.scroll_y == 2 * page
        await pilot.press("b")
        assert view.scroll_y == page
        await pilot.press("pageup")
        assert view.scroll_y == 0


async def test_top_and_bottom(app_for, long_article):
    app = app_for(long_article)
    async with app.run_test(size=(100, 30)) as pilot:
        view = (await analysed(pilot)).view
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0
        assert view.progress < 1.0


async def test_brackets_step_through_highlights_and_pane_follows(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        hl = screen.highlights
        await pilot.press("right_square_bracket")
        first = screen.current
        assert first == 0
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert screen.current == 2
        item = hl.items[screen.current]
        screen.pane.show_tab(item.layer)
        await wait_for(pilot, lambda: screen.pane.selected(item.layer) == item.ref)
        screen.pane.show_tab("entities")
        await pilot.pause()
        while hl.items[screen.current].layer != "entities":
            await pilot.press("right_square_bracket")
        item = hl.items[screen.current]
        await wait_for(pilot, lambda: screen.pane.selected("entities") == item.ref)  # the shown tab follows
        await pilot.press("left_square_bracket")
        assert screen.current == 1
        starts = [hl.items[k].start for k in (0, 1, 2)]
        assert starts == sorted(starts)


async def test_brackets_scroll_the_current_item_into_view(app_for, long_article):
    app = app_for(long_article)
    async with app.run_test(size=(100, 14)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("G")
        await pilot.press("g")
        view = screen.view
        for _ in range(40):
            await pilot.press("right_square_bracket")
            item = screen.highlights.items[screen.current]
            line = view.lines.line_of(item.start)
            assert view.scroll_y <= line < view.scroll_y + view.size.height
        assert view.scroll_y > 0


async def test_tab_moves_focus_between_article_and_pane(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        assert app.focused is screen.view
        await pilot.press("tab")
        assert app.focused is not screen.view and screen.pane in app.focused.ancestors_with_self
        await pilot.press("shift+tab")
        assert app.focused is screen.view


async def test_number_keys_switch_pane_tabs(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        for key, tab in (("2", "quotes"), ("3", "facts"), ("4", "notes"), ("1", "entities")):
            await pilot.press(key)
            assert screen.pane.active_tab == tab and screen.pane.list_for(tab).shown
            assert app.focused is screen.pane.item_list


async def test_enter_in_pane_jumps_then_steps_mentions(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("1")
        entities = screen.pane.list_for("entities")
        entities.highlighted = entities.get_option_index(
            f"entities-{[e.name for e in screen.analysis.entities].index('Rajnath Singh')}")
        await pilot.press("enter")
        ref = screen.pane.selected("entities")
        seq = screen.highlights.of_thing("entities", ref)
        assert len(seq) == 5
        assert screen.current == seq[0]
        await pilot.press("enter")
        assert screen.current == seq[1]
        assert screen.focus_entity == ref
        await pilot.press("2", "enter")
        quote = screen.highlights.items[screen.current]
        assert quote.layer == "quotes"


async def test_search_counts_and_moves(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(app.focused, Input))
        await pilot.press(*"Pahalgam")
        assert len(screen.matches) == 3
        assert screen.match_index == 0
        assert "1/3" in str(screen.query_one("#status").render())
        await pilot.press("enter")
        assert app.focused is screen.view
        await pilot.press("n")
        assert screen.match_index == 1
        await pilot.press("n", "n")
        assert screen.match_index == 0  # wrapped around
        await pilot.press("N")
        assert screen.match_index == 2
        await pilot.press("escape")
        assert screen.matches == [] and screen.search_query == ""


async def test_a_big_article_is_searched_in_a_worker_with_a_true_count(app_for, tmp_path):
    from tui_reader.screens.reader import SEARCH_IN_WORKER

    para = "Rana Osei met the press in Accra. The harbour reopened on Monday, the council said.\n\n"
    big = tmp_path / "big.txt"
    big.write_text(para * (SEARCH_IN_WORKER // len(para) + 50), encoding="utf-8")
    occurrences = big.read_text(encoding="utf-8").lower().count("the")
    app = app_for(big)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: getattr(screen, "pane", None) is not None and screen.pane.built)
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(app.focused, Input))
        await pilot.press("t", "h")
        await pilot.press("e")
        await wait_for(pilot, lambda: screen.searching is None and screen.matches.query == "the")
        assert len(screen.matches) == occurrences  # every match, found by narrowing "th"
        assert f"1/{occurrences}" in str(screen.query_one("#status").render())
        await pilot.press("backspace", "backspace", "backspace")
        await wait_for(pilot, lambda: screen.searching is None and screen.search_query == "")
        assert screen.matches == []


async def test_letters_typed_right_after_slash_are_the_query(app_for, sample_path):
    from textual import events

    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        # Keys that reach the app in one read, as a fast typist's do: each is routed as it comes,
        # so / must have moved the focus before "I" is (n, d, i and a are commands in the article).
        for key, char in [("slash", "/"), ("I", "I"), ("n", "n"), ("d", "d"), ("i", "i"), ("a", "a")]:
            app.post_message(events.Key(key, char))
        await pilot.pause(0.3)
        assert screen.search_query == "India" and len(screen.matches) > 0
        assert app.screen is screen and (screen.notes.store is None or not screen.notes.store.pending)
        await pilot.press("slash")  # in the box, / is text
        assert screen.search_query == "India/"
        await pilot.press("backspace")
        for key, char in [("enter", "\r"), ("n", "n")]:  # enter keeps the query; n is the next match
            app.post_message(events.Key(key, char))
        await pilot.pause(0.3)
        assert screen.search_query == "India" and app.focused is screen.view and screen.match_index == 1
        await pilot.press("slash")
        await pilot.press("escape")
        assert not screen.query_one("#search").display and screen.search_query == ""


async def test_a_search_typed_before_the_reader_has_its_search_box_keeps_every_letter(app_for, sample_path):
    from textual import events

    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, ReaderScreen):
            await pilot.pause(0.01)
        screen = app.screen
        assert not screen.query("#search")  # no box yet: it is mounted after the first frame
        for key, char in [("slash", "/"), ("I", "I"), ("n", "n"), ("d", "d"), ("i", "i"), ("a", "a")]:
            app.post_message(events.Key(key, char))
        await wait_for(pilot, lambda: screen.search_query == "India" and len(screen.matches) > 0)
        assert len(screen.query("#search")) == 1  # one box, though the reader mounts one after its first frame too


async def test_search_smart_case_and_bad_regex(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        screen.run_search("india")
        lower = len(screen.matches)
        screen.run_search("India")
        assert lower >= len(screen.matches) > 0
        screen.run_search("INDIA")
        assert screen.matches == []
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(app.focused, Input))
        await pilot.press(*"re:(Singh")
        assert screen.search_error and "invalid regular expression" in screen.search_error
        await pilot.press(*["backspace"] * 6, *"def\\w+")
        assert screen.search_error is None and len(screen.matches) > 3


async def test_entity_finder_jumps_and_sets_current_entity(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityFinder))
        await pilot.press(*"belo", "enter")
        await wait_for(pilot, lambda: app.screen is screen)
        ref = screen.focus_entity
        assert screen.analysis.entities[ref].name == "Andrey Belousov"
        seq = screen.highlights.of_thing("entities", ref)
        assert screen.current == seq[0]
        await pilot.press("right_square_bracket")
        assert screen.current == seq[1]
        await pilot.press("right_square_bracket")
        assert screen.current == seq[2]
        await pilot.press("escape")
        assert screen.focus_entity is None


async def test_entity_finder_says_when_a_name_is_not_in_the_article(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityFinder))
        await pilot.press(*"zxqv")
        options = app.screen.query_one("#finder-list", OptionList)
        assert options.option_count == 1
        assert "is not in this article" in str(options.get_option_at_index(0).prompt)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_help_lists_every_key(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        shown = " ".join(k + " " + d for _, rows in app.screen.groups for k, d in rows)
        for key in ("j / down", "space / pgdn", "g / home", "]", "[", "/", "n", "N", "e", "1", "4", "p",
                    "tab / shift+tab", "ctrl+p", "q", "l", "?"):
            assert key in shown, key
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_command_palette_opens_and_jumps_to_entity(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"Jump to Dong")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.analysis.entities[screen.focus_entity].name == "Dong Jun"


async def test_pane_toggles_and_resizes(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        width = screen.pane_width
        await pilot.press("less_than_sign")
        assert screen.pane_width == width + 4
        await pilot.press("greater_than_sign", "greater_than_sign")
        assert screen.pane_width == width - 4
        await pilot.press("p")
        assert not screen.pane.display
        await pilot.press("p")
        assert screen.pane.display


async def test_click_on_a_highlight_makes_it_current(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        view = screen.view
        text = screen.article.text
        col, line = cell_of(view, text.index("Qingdao"))
        await pilot.click(view, offset=(col + 1, line))
        item = screen.highlights.items[screen.current]
        assert text[item.start:item.end] == "Qingdao"


async def test_q_quits_with_status_zero(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("q")
    assert app.return_code == 0


async def test_l_opens_library_and_enter_opens_article(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await analysed(pilot)
        await pilot.press("l")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("enter")
        screen = await analysed(pilot)
        assert isinstance(screen, ReaderScreen) and screen is not first
        await pilot.press("q")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("q")  # the library was opened over the first article: back to it
        await wait_for(pilot, lambda: app.screen is first)
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_library_opened_over_an_article_goes_back_to_it_with_escape(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        first = await analysed(pilot)
        await pilot.press("l")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert q_means(app) == {"Back"}
        await pilot.press("s")  # typing filters; escape clears the filter first, then goes back
        await pilot.pause()
        assert app.screen.query_one("#filter").value == "s"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and app.screen.query_one("#filter").value == ""
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is first)
        assert app.is_running and q_means(app) == {"Quit"}


async def test_less_paging_keys_in_the_article(app_for, long_article):
    from pilot_helpers import analysed

    app = app_for(long_article)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await analysed(pilot)
        view = screen.view
        height = view.size.height
        await pilot.press("ctrl+d")
        assert view.scroll_y == height // 2
        await pilot.press("ctrl+u")
        assert view.scroll_y == 0
        await pilot.press("f")
        assert view.scroll_y == height - 1
        await pilot.press("ctrl+b")
        assert view.scroll_y == 0
        await pilot.press("ctrl+f")
        assert view.scroll_y == height - 1


async def test_n_and_N_continue_from_the_screen_as_less_does(app_for, long_article):
    app = app_for(long_article)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("slash", *"Macron", "enter")
        assert screen.match_index == 0 and len(screen.matches) == 60
        await pilot.press("G")  # the last page: the next match is the first one on it, not the second
        top = screen.view.top_offset
        await pilot.press("n")
        k = screen.match_index
        assert k > 1 and screen.matches[k][0] >= top and (k == 0 or screen.matches[k - 1][0] < top)
        await pilot.press("n")
        assert screen.match_index == k + 1  # on from a match on screen
        await pilot.press("g")  # back to the top: N is the last match on the first page
        bottom = screen.view.bottom_offset
        await pilot.press("N")
        k = screen.match_index
        assert screen.matches[k][0] < bottom and (k + 1 == len(screen.matches) or screen.matches[k + 1][0] >= bottom)


async def test_tab_has_two_stops_and_the_pane_list_pages_like_less(app_for, long_article):
    app = app_for(long_article)
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("tab")
        pane_list = app.focused
        assert pane_list is screen.pane.item_list and screen.pane.list_for(screen.pane.active_tab).shown
        await pilot.press("tab")
        assert app.focused is screen.view  # article, pane list, article: no hidden stop between
        await pilot.press("2")  # the quotes, a long list, with the focus on it
        pane_list = screen.pane.item_list
        assert app.focused is pane_list and pane_list.rows is screen.pane.list_for("quotes")
        start = pane_list.highlighted or 0
        await pilot.press("j")
        assert pane_list.highlighted == start + 1
        await pilot.press("k")
        assert pane_list.highlighted == start
        await pilot.press("G")
        assert pane_list.highlighted == pane_list.option_count - 1
        await pilot.press("ctrl+u")
        half = pane_list.highlighted
        assert 0 < half < pane_list.option_count - 1
        await pilot.press("g")
        assert pane_list.highlighted < half and screen.view.scroll_y == 0  # the article did not move


async def test_help_pages_like_less(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: app.screen.query("#help-body") and app.screen.query_one("#help-body").has_focus)
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 0
        await pilot.press("j")
        assert body.scroll_y == 1
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("ctrl+u")
        assert 0 < body.scroll_y < body.max_scroll_y
        await pilot.press("g")
        assert body.scroll_y == 0


async def test_the_footer_says_quit_on_the_top_screen_and_back_elsewhere(app_for, sample_path):
    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        assert q_means(app) == {"Quit"}  # the article opened on its own is the top screen
        await pilot.press("right_square_bracket", "a")  # a dialog over it: the reader is still the top screen
        await wait_for(pilot, lambda: app.screen is not screen)
        assert screen.check_action("quit_top", ()) and not screen.check_action("leave", ())  # its footer: q Quit
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("l")  # the library over the reader, then an article over both
        await pilot.pause()
        await pilot.press("enter")
        other = await analysed(pilot)
        assert other is not screen and q_means(app) == {"Back"}
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and app.screen is not other


async def test_the_app_quits_when_its_terminal_is_gone(app_for, sample_path, monkeypatch):
    import termios

    app = app_for(sample_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)

        def hung_up(fd):
            raise termios.error(5, "Input/output error")
        monkeypatch.setattr(termios, "tcgetattr", hung_up)
        app._check_terminal()
        await pilot.pause()
    assert app.return_code == 1


async def test_a_click_on_a_tab_name_shows_that_tab(app_for, sample_path):
    from tui_reader.widgets.side_pane import PaneTabs

    app = app_for(sample_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        labels = {tab: start for tab, _, start, _ in screen.query_one(PaneTabs)._labels()}
        await pilot.click(PaneTabs, offset=(labels["facts"] + 2, 0))
        await wait_for(pilot, lambda: screen.pane.active_tab == "facts")
        assert screen.pane.list_for("facts").shown and app.focused is screen.pane.item_list
        await pilot.click(PaneTabs, offset=(labels["quotes"], 0))
        await wait_for(pilot, lambda: screen.pane.active_tab == "quotes")


async def test_every_tab_name_shows_however_narrow_the_pane(app_for, sample_path):
    from tui_reader.widgets.side_pane import PaneTabs

    app = app_for(sample_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        tabs = screen.query_one(PaneTabs)
        for presses in (0, 3):  # as it opens, then made narrower with ">"
            for _ in range(presses):
                await pilot.press("greater_than_sign")
            await pilot.pause()
            shown = tabs.render().plain
            assert len(shown.rstrip()) <= tabs.size.width
            assert all(any(name.startswith(word) for word in shown.split())
                       for name in ("Entities", "Quotes", "Facts", "Notes")), shown
