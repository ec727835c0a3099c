"""The least Textual app that shows an article: one Static. The start-up baseline.

    python bench/minimal_static.py FILE
"""

import sys

from rich.text import Text
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Static


class Minimal(App):
    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def compose(self):
        with VerticalScroll():
            yield Static(Text(self.text))


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        Minimal(fh.read()).run()
