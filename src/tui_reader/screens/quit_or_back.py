"""`q` that quits on the top screen and goes back elsewhere, with the footer naming which."""

from __future__ import annotations

from textual.screen import ModalScreen


class QuitOrBack:
    """A screen mixin: two bindings of `q`, to `BACK_ACTION` ("Back") and to `quit_top` ("Quit");
    only the one that applies is enabled, so the footer shows what the key does here."""

    BACK_ACTION = "back"

    def _is_top(self) -> bool:
        """The default screen and this one, with any dialog open over it (a note being written)."""
        return sum(not isinstance(s, ModalScreen) for s in self.app.screen_stack) <= 2

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == self.BACK_ACTION:
            return not self._is_top()
        if action == "quit_top":
            return self._is_top()
        return True
