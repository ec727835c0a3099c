import pytest

from tui_reader.core.analysis import analyse


def test_fact_sentences_carry_values():
    text = "The attack took place on April 22 near the border. The weather was calm. “We lost 12 men,” he said."
    facts = analyse(text).facts
    assert len(facts) == 1
    assert facts[0].kind == "date"
    assert [v.text for v in facts[0].values] == ["April 22"]


def test_amounts_and_percentages():
    facts = analyse("Revenue rose 8 percent to $2 billion in 2023.").facts
    types = {v.type for v in facts[0].values}
    assert {"PERCENT", "MONEY", "DATE"} <= types


def test_a_fact_names_the_entity_it_is_about():
    from tui_reader.core.analysis import analyse

    text = "The port of Rotterdam handled 14 million containers last year, officials said."
    facts = analyse(text).facts
    assert facts and facts[0].about == "Rotterdam"


def test_identifiers_scores_and_years_in_names_are_not_facts():
    from tui_reader.core.analysis import analyse

    for text in ("The minister met officials at No 10 to discuss the budget.",
                 "Under Article 12 of the treaty, members must report.",
                 "The side drew 2-2 with their rivals.",
                 "Delegates met at the 2025 Harbour Forum to talk."):
        assert analyse(text).facts == (), text


def test_a_count_keeps_its_noun():
    from tui_reader.core.analysis import analyse

    facts = analyse("Rescuers found 239 people on the island.").facts
    assert [v.text for f in facts for v in f.values] == ["239 people"] and facts[0].kind == "count"


def test_a_fact_is_its_clause_not_the_whole_sentence():
    text = ("The storm closed the harbour for 3 days last winter; the ferry company, which lost money, "
            "still paid its 40 workers in full.")
    facts = analyse(text).facts
    assert [f.text for f in facts] == ["The storm closed the harbour for 3 days last winter",
                                       "the ferry company, which lost money, still paid its 40 workers in full."]
    assert all(text[f.start:f.end] == f.text for f in facts)


def test_a_short_piece_stays_with_its_clause():
    facts = analyse("On May 3, crews cleared the road to Dunmore within hours.").facts
    assert len(facts) == 1 and facts[0].text.startswith("On May 3, crews cleared")


def test_a_value_that_modifies_a_noun_is_about_the_name_that_noun_leads_to():
    text = "Ana Ruiz spoke of the March 9 flood in Kellow, and of what the council had promised."
    fact, = analyse(text).facts
    assert fact.about == "Kellow"


@pytest.mark.parametrize("sentence, value", [("At least three people have died.", "three people"),
                                             ("Twelve people were hurt in the crash.", "Twelve people"),
                                             ("Hundreds of homes were flooded.", "Hundreds of homes")])
def test_a_count_in_words_is_a_fact(sentence, value):
    assert [[v.text for v in f.values] for f in analyse(sentence).facts] == [[value]]


@pytest.mark.parametrize("sentence", ["The two sides met.", "One of them left.", "Three of the men fled.",
                                      "Nine tenths of the sea was claimed."])
def test_no_count_in_words_after_the_or_without_a_noun(sentence):
    assert analyse(sentence).facts == ()


@pytest.mark.parametrize("text, pieces", [
    ("The toll rose to 40 people  —  the worst in years — officials said",
     ["The toll rose to 40 people", "the worst in years — officials said"]),
    ("Prices rose by 4% in May ; wages fell by 2% in June", ["Prices rose by 4% in May", "wages fell by 2% in June"]),
    ("Rents rose by 9% last year ; — then fell back again this spring",
     ["Rents rose by 9% last year", "— then fell back again this spring"]),
    ("Sales fell by 3%, while costs rose by 5% over the year", ["Sales fell by 3%", "while costs rose by 5% over the year"]),
])
def test_clauses_leave_the_space_around_their_marks_out(text, pieces):
    """A clause ends before the white space of the mark that divides it; a dash divides only with
    white space of its own on both sides (none left over from the mark before it)."""
    from tui_reader.core.analysis.facts import clauses

    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == pieces


@pytest.mark.parametrize("text", ["Girls aged 12 got letters from the school.",
                                  "Adults aged 50 to 69 take the pills most often."])
def test_an_age_after_aged_counts_nothing(text):
    assert not [v for f in analyse(text).facts for v in f.values if v.type == "COUNT"]
