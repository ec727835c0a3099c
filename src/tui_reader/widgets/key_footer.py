"""The footer of keys, which gives up the command palette's hint on a narrow screen so that `? Help`
stays in view (ctrl+p is listed in the help)."""

from __future__ import annotations

from textual.widgets import Footer

WIDE = 100  # columns from which the palette hint fits beside the keys


class KeyFooter(Footer):
    def on_resize(self) -> None:
        wide = self.size.width >= WIDE
        if wide != self.show_command_palette:
            self.show_command_palette = wide
            self.refresh(recompose=True)
