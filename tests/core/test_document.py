"""The Document every analysis stage reads: sentences, lines and the mention index."""

from tui_reader.core.analysis.document import Document
from tui_reader.core.analysis.model import Entity, Mention

TEXT = "Ana Ruiz came home. She spoke to Northwind Bank.\n\nThe bank said nothing."


def test_sentences_and_lines():
    doc = Document(TEXT)
    assert [TEXT[s:e] for s, e in doc.sentences] == ["Ana Ruiz came home.", "She spoke to Northwind Bank.",
                                                      "The bank said nothing."]
    she = TEXT.index("She")
    assert TEXT[slice(*doc.sentence_at(she + 2))].startswith("She") and doc.sentence_start(she + 2) == she
    bank = TEXT.index("The bank")
    s, e = doc.line_at(bank + 3)
    assert TEXT[s:e] == "The bank said nothing."


def test_mention_index():
    doc = Document(TEXT)
    ana = Entity("Ana Ruiz", "PERSON", (Mention(0, 8, "Ana Ruiz"),))
    nb = TEXT.index("Northwind")
    bank = Entity("Northwind Bank", "ORG", (Mention(nb, nb + 14, "Northwind Bank"),))
    doc.add_entities([bank, ana])
    assert doc.starts == [0, nb]  # sorted by offset, whatever order they came in
    assert doc.entity_at(2, 3) is ana and doc.entity_at(9, 12) is None
    assert doc.first_mention(1, len(TEXT))[2] is bank
    assert doc.first_mention(0, len(TEXT), ("ORG",))[2] is bank
    assert doc.mentions_of(("PERSON",))[0] == [0]
    assert doc.mention_text(bank, 0, len(TEXT)) == "Northwind Bank" and doc.mention_text(ana, 5, 50) is None


def test_no_abbreviates_a_number_only_before_one():
    from tui_reader.core.analysis.segment import sentence_bounds

    text = "Lee said no. Ruiz left at noon. She lives at No. 4 Mill Lane. See Fig. 2 in the report."
    assert [text[s:e] for s, e in sentence_bounds(text)] == [
        "Lee said no.", "Ruiz left at noon.", "She lives at No. 4 Mill Lane.", "See Fig. 2 in the report."]


def test_an_abbreviated_rank_or_a_plural_title_ends_no_sentence():
    from tui_reader.core.analysis.segment import sentence_bounds

    text = ("Maj. Gen. Ian Holt and Brig. Ann Ruiz spoke. Det. Sgt. Joe Kerr and Cpl. Dan Lee came. "
            "Sens. Ann Ruiz and Ian Holt voted no. Reps. Joe Kerr and Dan Lee did not.")
    assert [text[s:e] for s, e in sentence_bounds(text)] == [
        "Maj. Gen. Ian Holt and Brig. Ann Ruiz spoke.", "Det. Sgt. Joe Kerr and Cpl. Dan Lee came.",
        "Sens. Ann Ruiz and Ian Holt voted no.", "Reps. Joe Kerr and Dan Lee did not."]
