"""Texts built to make patterns backtrack: each must finish, not merely be fast.

Every call runs in a child process with a generous deadline: a pattern that is
quadratic on these inputs takes minutes, a linear one well under a second. The
deadline catches the class of mistake without timing anything the machine's
speed decides.
"""

from __future__ import annotations

import multiprocessing

import pytest

from tui_reader.core.analysis import analyse
from tui_reader.core.article import parse_article

DEADLINE = 60  # seconds; the quadratic versions of these took from minutes to hours at this size
SIZE = 200_000


def _analyse_markdown(raw: str) -> None:
    article = parse_article(raw, name="hostile.md", markdown=True)
    analyse(article.text)


def finishes(fn, *args, deadline: float = DEADLINE) -> bool:
    ctx = multiprocessing.get_context("fork")
    proc = ctx.Process(target=fn, args=args)
    proc.start()
    proc.join(deadline)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return False
    return proc.exitcode == 0


def _repeat(piece: str) -> str:
    return "An opening line of the story.\n\n" + piece * (SIZE // len(piece)) + "\n\nThe last line."


HOSTILE = {
    "run of dots": ".",
    "run of exclamation marks": "!",
    "run of question marks": "?",
    "run of ellipses": "…",
    "open quote and a cue, never closed": '"He said, ',
    "nested curly quotes, never closed": "“‘",
    "single quotes after punctuation": "*‘?",
    "quote then cue, no sentence break": "“no,” she said. ",
    "markdown emphasis never closed": "*a ",
    "markdown underscores never closed": "_a ",
    "markdown brackets never closed": "[",
    "markdown links never closed": "[a](b ",
    "html tags never closed": "<a ",
    "heading with long trailing space": "# a" + " " * 50,
    "digits and commas": "1,",
    "capitalised words": "A ",
    "calling it, never closed": "calling it “",
    "apostrophes and cues": "' said ",
    "unterminated OSC": "\x1b]0;",
    "unterminated CSI": "\x1b[1",
}


@pytest.mark.parametrize("piece", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_analysed(piece):
    assert finishes(_analyse_markdown, _repeat(piece))


def test_long_sentence_of_quotes_keeps_attribution():
    """Bounding how far back attribution looks must not lose the ordinary case."""
    text = "Filler words go on here. " * 40 + "“We will stay,” Maria Lopez said."
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in quotes] == [("We will stay,", "Maria Lopez")]
