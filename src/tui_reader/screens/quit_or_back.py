"""`q` that quits on the top screen and goes back elsewhere, with the footer naming which."""

from __future__ import annotations


class QuitOrBack:
    """A screen mixin: two bindings of `q`, to `BACK_ACTION` ("Back") and to `quit_top` ("Quit");
    only the one that applies is enabled, so the footer shows what the key does here."""

    BACK_ACTION = "back"

    def _is_top(self) -> bool:
        return len(self.app.screen_stack) <= 2  # the default screen and this one

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == self.BACK_ACTION:
            return not self._is_top()
        if action == "quit_top":
            return self._is_top()
        return True
