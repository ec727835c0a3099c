"""What the Quotes tab says of a speaker: the name, or the words that stand for one."""

from tui_reader.core.analysis import analyse
from tui_reader.widgets.side_pane import _quote_lines


def who(text: str) -> list[str]:
    return [_quote_lines(q)[1].plain for q in analyse(text).quotes]


def test_named_unnamed_and_unclear_speakers_are_told_apart():
    text = ("“The pier opens in May,” said Maria Lopez.\n\n"
            "Maria Lopez and Ann Berg met the crews. “We are ready,” she said.\n\n"
            "“Nothing will change,” one fisherman said.")
    assert who(text) == ["— Maria Lopez · direct", "— “she”, not clear who · direct",
                         "— “one fisherman”, not named · direct"]

