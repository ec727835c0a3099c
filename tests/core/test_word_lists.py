"""The word lists are data files, each saying what class of words it holds."""

from pathlib import Path

import pytest

from tui_reader.core.analysis import lexicon

FILES = sorted((Path(lexicon.__file__).parent / "words").glob("*.txt"))


def test_there_are_word_lists():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_each_list_opens_with_what_it_holds_and_repeats_nothing(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 30
    words = lexicon.name_list(path.stem) if path.stem.endswith("_names") else lexicon.word_list(path.stem)
    assert words and len(set(words) - {"+"}) == len([w for w in words if w != "+"])


@pytest.mark.parametrize("name", ["speech_verbs", "thought_verbs"])
def test_verb_lists_give_every_form(name):
    forms, inflected, bare = lexicon.verb_forms(name)
    lines = [line.split() for line in (lexicon._WORDS / f"{name}.txt").read_text().splitlines()
             if line and not line.startswith("#")]
    assert all(len([w for w in ws if w != "+"]) >= 3 for ws in lines)  # base, -s, past, -ing
    assert set(inflected) < set(forms) and set(bare) <= set(forms)
    assert not {ws[0] for ws in lines} & set(inflected)  # base forms open no reported speech


def test_grammar_words_and_titles_are_never_first_names():
    genders = lexicon.first_name_genders()
    for word in ("Both", "The", "Minister", "General", "North"):
        assert word not in genders


def test_a_name_is_of_the_gender_that_far_outweighs_the_other_else_unknown():
    from tui_reader.core.analysis import lexicon as lx

    genders = lx.first_name_genders()
    assert genders["Anne"] == "F" and genders["Peter"] == "M"  # a few men abroad do not make Anne "?"
    assert genders["Sam"] == "?" and genders["Robin"] == "?"  # given to both, in English too
