"""The note editor: the annotated passage on top, a body, tags with completion."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Static, TextArea

from tui_reader.core.notes import parse_tags


@dataclass(frozen=True)
class NoteInput:
    body: str
    tags: tuple[str, ...]


class TagSuggester(Suggester):
    """Completes the last comma-separated tag from the tags used before."""

    def __init__(self, known: list[str]):
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        head, sep, last = value.rpartition(",")
        stem = last.lstrip()
        if not stem:
            return None
        typed = set(parse_tags(head))
        for tag in self.known:
            if tag.lower().startswith(stem.lower()) and tag != stem and tag not in typed:
                return f"{head}{sep}{last[:len(last) - len(stem)]}{tag}"
        return None


class Confirm(ModalScreen[bool]):
    """A yes/no question; y or enter says yes, n or escape says no."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    #confirm { width: 50; height: auto; border: thick $error; background: $surface; padding: 1 2; }
    #confirm-buttons { height: auto; margin-top: 1; }
    #confirm-buttons Button { margin-right: 2; }
    """

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def __init__(self, question: str):
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(Text(self.question))
            with Horizontal(id="confirm-buttons"):
                yield Button("Yes (y)", id="yes", variant="error")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class NoteEditor(ModalScreen[NoteInput | None]):
    """Returns the body and tags typed, or None when cancelled."""

    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    #note-editor { width: 80; max-width: 95%; height: auto; max-height: 90%; border: thick $accent; background: $surface; padding: 0 1; }
    #note-passage { max-height: 8; margin-bottom: 1; }
    #note-body { height: 8; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save-note"),
        Binding("escape", "cancel", "Cancel", id="cancel-note"),
        # Tab is the editor's own: body and tags, whatever had the focus last (a prompt, say)
        Binding("tab,shift+tab", "switch_field", "Body / tags", show=False, priority=True),
    ]

    def __init__(self, passage: str, speaker: str | None, kind: str, body: str = "",
                 tags: tuple[str, ...] = (), known_tags: list[str] | None = None, editing: bool = False):
        super().__init__()
        self.editing = editing
        self.passage = passage
        self.speaker = speaker
        self.kind = kind
        self.initial = NoteInput(body, tags)
        self.known_tags = known_tags or []

    def compose(self) -> ComposeResult:
        shown = " ".join(self.passage.split())
        if len(shown) > 400:
            shown = shown[:399] + "…"
        head = Text(f"“{shown}”" if self.kind == "quote" else shown, style="italic")
        if self.speaker:
            head.append(f"\n— {self.speaker}", style="bold")
        with Vertical(id="note-editor"):
            article = "an" if self.kind[:1] in "aeiou" else "a"
            title = f"Editing the note on {article} {self.kind}" if self.editing else f"Note on {article} {self.kind}"
            yield Label(Text(title, style="bold"), id="note-title")
            yield Static(head, id="note-passage")
            yield TextArea(self.initial.body, id="note-body", soft_wrap=True, show_line_numbers=False)
            yield Input(", ".join(self.initial.tags), placeholder="tags, comma separated",
                        suggester=TagSuggester(self.known_tags), id="note-tags", select_on_focus=False)
            yield Static(Text("ctrl+s saves · escape cancels · tab moves to the tags", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#note-body", TextArea).focus()

    def action_switch_field(self) -> None:
        # Keys typed right after the Tab go to the field it moves to: set_focus moves the focus now
        # (widget.focus() only asks for it), and the screen's `focused` is up to date at once
        # (a widget's `has_focus` only once it has handled its Focus event).
        body = self.query_one("#note-body", TextArea)
        self.set_focus(self.query_one("#note-tags", Input) if self.focused is body else body)

    def current(self) -> NoteInput:
        return NoteInput(self.query_one("#note-body", TextArea).text,
                         parse_tags(self.query_one("#note-tags", Input).value))

    def action_save(self) -> None:
        self.dismiss(self.current())

    @on(Input.Submitted, "#note-tags")
    def _tags_done(self) -> None:
        self.action_save()

    def action_cancel(self) -> None:
        if self.current() == self.initial:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(Confirm("Discard what you typed?"), answered)
