"""Each attribution rule on its own, with sentences written for the test: it applies to its
pattern, says nothing elsewhere, and the rules are tried in the documented order."""

import pytest

from tui_reader.core.analysis import attribution as at
from tui_reader.core.analysis.document import Document
from tui_reader.core.analysis.entities import find_entities
from tui_reader.core.analysis.resolve import Resolver


def site(text: str) -> at.QuoteSite:
    doc = Document(text)
    doc.add_entities(find_entities(doc))
    o = text.index("“")
    return at.QuoteSite.at(doc, Resolver(doc), o, text.index("”", o))


CASES = [
    (at.said_then_speaker, "“The pier opens in May,” said Maria Lopez.", ("Maria Lopez", "said")),
    (at.speaker_then_said, "“The pier opens in May,” Maria Lopez told reporters.", ("Maria Lopez", "told")),
    (at.name_apposition_said, "“The pier opens in May,” Maria Lopez, a harbour pilot, told reporters.",
     ("Maria Lopez", "told")),
    (at.according_to, "According to Maria Lopez, “the pier opens in May.”", ("Maria Lopez", "according to")),
    (at.name_set_off_said_before, "Maria Lopez, who runs the harbour board, told the council: “The pier opens in May.”",
     ("Maria Lopez", "told")),
    (at.calling_it, "Maria Lopez praised the plan on Friday, calling it “a fine day for the harbour”.",
     ("Maria Lopez", "calling")),
    (at.speaker_said_before, "Maria Lopez said: “The pier opens in May.”", ("Maria Lopez", "said")),
    (at.clause_introduces, "Maria Lopez put it simply: “The pier opens in May.”", ("Maria Lopez", "put it")),
    (at.paragraph_before_introduces, "The pilot, Maria Lopez, was blunt. She told the board:\n\n“The pier opens in May.”",
     ("Maria Lopez", "told")),
    (at.cue_earlier_in_sentence, "Maria Lopez said on the radio on Friday morning that the pier was “nearly done”.",
     ("Maria Lopez", "said")),
]


@pytest.mark.parametrize("rule, text, expected", CASES, ids=[c[0].__name__ for c in CASES])
def test_rule_finds_its_pattern(rule, text, expected):
    speaker, _mention, cue = rule(site(text))
    assert (speaker, cue) == expected


@pytest.mark.parametrize("rule", at.RULES, ids=[r.__name__ for r in at.RULES])
def test_rule_is_silent_without_a_cue(rule):
    assert rule(site("The harbour was quiet. “The pier opens in May.” Boats came in.")) is None


def test_every_rule_says_what_it_captures_and_is_tested():
    assert {c[0] for c in CASES} == set(at.RULES)
    assert all(rule.__doc__ and len(rule.__doc__) > 30 for rule in at.RULES)


def test_first_rule_that_applies_decides():
    """Both an inverted cue after the quote and a cue before it: the one right after wins."""
    text = "Maria Lopez spoke first. “The pier opens in May,” said Tom Baker."
    assert at.attribute(site(text))[0] == "Tom Baker"


def test_a_passive_cue_decides_for_no_one():
    speaker, _mention, cue = at.speaker_said_before(site("Maria Lopez was warned: “The pier will not open.”"))
    assert speaker is None and cue == "warned"


def test_according_to_after_the_quote():
    speaker, _mention, cue = at.according_to(site("“The pier opens in May,” according to Maria Lopez, the pilot."))
    assert (speaker, cue) == ("Maria Lopez", "according to")


def test_a_name_before_an_apposition_and_its_cue():
    text = "Maria Lopez, the harbour board’s chair, told the council: “The pier opens in May.”"
    assert at.name_set_off_said_before(site(text))[0] == "Maria Lopez"


def test_a_name_in_the_relative_clause_is_not_the_subject():
    text = "Tom Baker met Maria Lopez, who then said: “The pier opens in May.”"
    assert at.name_set_off_said_before(site(text)) is None


def test_someone_of_a_person_after_an_inverted_cue():
    assert at.said_then_speaker(site("“We knew,” said Tom Lane’s lawyer, Ann Cole."))[0] == "Ann Cole"
    speaker, mention, _cue = at.said_then_speaker(site("Tom Lane left. “We knew,” said Lane’s brother."))
    assert speaker is None and mention == "Lane’s brother"


def test_a_name_then_whose_clause_then_the_cue():
    text = "Tom Lane, whose boat sank in May, told the inquiry: “Nobody warned us.”"
    assert at.name_set_off_said_before(site(text))[0] == "Tom Lane"


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_after_it():
    text = "Maria Lopez was blunt:\n\n“The pier opens in May.”"
    assert at.paragraph_before_introduces(site(text))[0] == "Maria Lopez"
    assert at.paragraph_before_introduces(site("The result was clear:\n\n“The pier opens in May.”")) is None
    assert at.paragraph_before_introduces(site("Maria Lopez was blunt.\n\n“The pier opens in May.”")) is None
