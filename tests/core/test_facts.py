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
