"""Rules of quote finding and attribution, each on a short text written for the test."""

import pytest

from tui_reader.core.analysis import analyse


def direct(text):
    return [q for q in analyse(text).quotes if q.kind == "direct"]


def reported(text):
    return [q for q in analyse(text).quotes if q.kind == "reported"]


def test_curly_quote_with_speaker_after():
    qs = direct("“We will rebuild the bridge by spring,” said Maria Lopez, the mayor.")
    assert len(qs) == 1
    assert qs[0].text == "We will rebuild the bridge by spring,"
    assert qs[0].speaker == "Maria Lopez"


def test_inverted_said_and_straight_quotes():
    qs = direct('Pierre Dubois visited. "The water is rising fast," said Dubois.')
    assert qs[0].speaker == "Pierre Dubois"


def test_pronoun_speaker_resolves_to_person():
    text = ("Aiko Tanaka spent the week at the fisheries fair. Writing online that night, she posted, "
            "“Tired but glad: the trawler crews were a joy to meet.”")
    qs = direct(text)
    assert qs[0].speaker == "Aiko Tanaka" and qs[0].cue == "posted"


def test_pronoun_gender_skips_the_other_person():
    text = ("Margaret Hale met John Carter on Friday. Mrs Hale was unhappy. "
            "“I cannot accept this plan at all,” she said.")
    assert direct(text)[0].speaker == "Margaret Hale"


def test_calling_it_gives_the_sentence_subject():
    text = "Olu Adeyemi rejected the new tariff, calling it a “tax on every family in the county.”"
    q = direct(text)[0]
    assert q.text == "tax on every family in the county." and q.speaker == "Olu Adeyemi"


def test_single_quotes_british_style():
    qs = direct("Fatima Khan said: ‘The players’ union will fight this decision.’ Nobody replied.")
    assert len(qs) == 1
    assert qs[0].text == "The players’ union will fight this decision."
    assert qs[0].speaker == "Fatima Khan"


def test_nested_quotes_stay_in_the_outer_quote():
    qs = direct("“He told me ‘never again’ and left the room,” said John Carter.")
    assert len(qs) == 1 and "‘never again’" in qs[0].text


def test_quote_across_paragraphs():
    text = ("“The first part of the statement goes on for a while.\n\n"
            "“And the second paragraph continues it,” said Sarah Okafor.")
    qs = direct(text)
    assert len(qs) == 1
    assert qs[0].text.startswith("The first part") and qs[0].text.endswith("continues it,")


def test_scare_quotes_are_not_quotes():
    assert direct("The so-called “reform” of the tax code passed on Monday.") == []
    assert direct("Ships may cross the “high seas” freely under the treaty.") == []


def test_short_quote_with_a_reporting_verb_is_a_quote():
    qs = direct("The government of Peru called the ruling “unlawful” on Monday.")
    assert len(qs) == 1 and qs[0].text == "unlawful"


def test_odd_number_of_quotation_marks_does_not_crash():
    text = "He said “this is unfinished. Another sentence.\n\nA new paragraph “with one more."
    analyse(text)
    analyse('"' * 7 + " text " + "“" * 3)


def test_reported_that_clause():
    qs = reported("The Ministry of Health noted that the new clinics will open across the country next year.")
    assert len(qs) == 1
    assert qs[0].speaker == "Ministry of Health" and qs[0].cue == "noted"
    assert qs[0].text == "the new clinics will open across the country next year"


def test_reported_parenthetical_and_trailing_cue():
    qs = reported("This decision, Chile argued, displayed a clear bias against small farmers.")
    assert qs[0].speaker == "Chile" and qs[0].cue == "argued"
    qs = reported("The search area will be widened to the north, Maria Lopez said on Monday.")
    assert qs[0].speaker == "Maria Lopez"
    assert qs[0].text == "The search area will be widened to the north"


def test_according_to():
    qs = reported("According to the World Bank, growth will slow sharply in the region next year.")
    assert qs[0].cue == "according to" and qs[0].speaker == "World Bank"


def test_a_pronoun_with_two_people_it_could_mean_gives_no_name():
    text = "Anna Berg and Clara Holm met in Oslo on Friday. She said: “We will not move.”"
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.speaker is None and q.speaker_mention == "She"
    # of two, one the subject and one not, the subject is meant
    text = "Anna Berg met her sister Clara Holm in Oslo on Friday. She said: “We will not move.”"
    assert next(q for q in analyse(text).quotes if q.kind == "direct").speaker == "Anna Berg"


def test_a_pronoun_with_one_person_it_can_mean_is_resolved():
    text = "Anna Berg spoke in Oslo on Friday about the port. She said: “We will not move.”"
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.speaker == "Anna Berg" and q.speaker_mention == "She"


def test_the_mention_is_the_name_as_written_here():
    text = "Tomas Lind, the harbour master, spoke on Monday. “The ships are late,” Lind said."
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.speaker == "Tomas Lind" and q.speaker_mention == "Lind"


def test_someone_named_by_a_possessive_is_not_the_possessor():
    text = "Senator Tom Hale faces two charges. “He did nothing wrong,” said the senator’s lawyer."
    q = direct(text)[0]
    assert q.speaker is None and q.speaker_mention == "the senator’s lawyer"


def test_it_with_two_organisations_it_could_mean_gives_no_name():
    text = "The Harbour Trust and the Port Authority met on Monday. It said: “We will invest.”"
    q = direct(text)[0]
    assert q.speaker is None and q.speaker_mention == "It"
    alone = direct("The Harbour Trust met on Monday. It said: “We will invest.”")[0]
    assert alone.speaker == "Harbour Trust"


def test_a_quote_with_its_attribution_is_not_reported_speech_too():
    text = "“We are ready,” said Pat Lee, a spokeswoman for the port, on Monday."
    assert reported(text) == [] and direct(text)[0].speaker == "Pat Lee"
    later = "“We are ready,” said Pat Lee, noting that the port had hired forty new workers."
    assert [q.text for q in reported(later)] == ["the port had hired forty new workers"]


def test_a_cue_word_used_as_a_noun_is_no_cue():
    assert reported("The claims were rejected by the court in Lyon on Monday after a long hearing.") == []


# --- passive cues, hearsay, appositions and participles ---------------------------------


def test_passive_cue_without_agent_names_no_speaker():
    """The subject of "was warned" heard the words; who said them is not named."""
    qs = direct("In a memo, Dana Whitfield was warned that the scheme was “a disaster in waiting”.")
    assert qs[0].speaker is None


def test_passive_cue_with_agent_gives_the_agent():
    text = "Ruth Okafor chairs the board. Tom Baker was told by Okafor that the plan was “dead in the water”."
    qs = direct(text)
    assert qs[0].speaker == "Ruth Okafor"


def test_passive_reported_speech_keeps_the_agent_words():
    rs = reported("Maria Lopez was told by the minister that the talks were over for the summer.")
    assert rs[0].speaker is None and rs[0].speaker_mention == "the minister"
    assert rs[0].text == "the talks were over for the summer"


def test_hearsay_is_said_to_keeps_the_subject():
    """"X is said to believe" reports X's view: not a passive cue."""
    text = "Colin Marsh, who left the cabinet in May, is said to believe the reform was a “grave error”."
    assert direct(text)[0].speaker == "Colin Marsh"


def test_speaker_before_an_apposition():
    """"In a letter, Pat Lee, then her adviser, said ...": the name before the apposition speaks."""
    text = "In a letter dated May 2, Pat Lee, then her senior adviser, said the plan would be “a disaster”."
    assert direct(text)[0].speaker == "Pat Lee"


def test_participle_takes_the_sentence_subject():
    text = "Northwind Bank issued a statement on Monday saying “we regret the delay to our customers”."
    qs = direct(text)
    assert qs[0].speaker == "Northwind Bank" and qs[0].cue == "saying"


def test_participle_with_a_pronoun_subject():
    text = ("Greta Holm spoke first. Later she visited Tom Baker at home, adding that the house was "
            "“far too cold for anyone”.")
    assert direct(text)[0].speaker == "Greta Holm"


def test_role_phrase_does_not_take_a_name_from_its_own_sentence():
    """"Lopez was told by the minister": the minister is someone other than Lopez."""
    text = "Maria Lopez was told by the minister that the deal was “off the table”."
    assert direct(text)[0].speaker != "Maria Lopez"


def test_role_phrase_finds_the_person_with_that_title():
    text = ("Minister Ana Ruiz opened the session. Carlos Mendez, a farmer, asked a question. "
            "“We will not retreat,” the minister said.")
    assert direct(text)[0].speaker == "Ana Ruiz"


def test_cue_that_introduces_a_quote_is_not_reported_speech():
    text = "Taking to the radio on Sunday, Kim Sato said, “The harbour will reopen by spring.”"
    assert reported(text) == []
    assert direct(text)[0].speaker == "Kim Sato"


def test_said_takes_no_object_the_noun_after_it_opens_the_clause():
    rs = reported("Officials said the search area near the islands would be widened on Monday.")
    assert rs[0].text.startswith("the search area near the islands would be widened")


def test_told_takes_its_hearer_before_the_clause():
    rs = reported("Ana Ruiz told reporters the harbour would reopen within a week.")
    assert rs[0].text.startswith("the harbour would reopen") and rs[0].speaker == "Ana Ruiz"


def test_a_clause_never_opens_with_a_preposition():
    assert reported("Ana Ruiz said between the two votes nothing had changed at all.") == []


def test_the_bank_is_the_bank_named_before():
    text = "Northwind Bank reported a loss on Friday. “This was a hard year,” the bank said in a statement."
    q = direct(text)[0]
    assert q.speaker == "Northwind Bank" and q.speaker_mention == "the bank"


def test_the_bank_with_two_banks_just_named_is_not_clear():
    text = ("Northwind Bank bought Kellow Savings Bank on Friday. “This was a hard year,” the bank said.")
    q = direct(text)[0]
    assert q.speaker is None and q.speaker_mention == "the bank"


def test_someone_of_a_person_is_not_that_person():
    """"Baker’s wife said": the words are hers, and she is not named."""
    q = direct("Tom Baker was not in court. “This is the end,” Baker’s wife said.")[0]
    assert q.speaker is None and q.speaker_mention == "Baker’s wife"


def test_said_in_a_statement_then_a_quote_is_direct_speech_only():
    text = "The ministry said in a statement: “The talks will resume on Monday.”"
    assert reported(text) == [] and direct(text)[0].speaker_mention == "The ministry"


def test_an_unnamed_speaker_beside_the_quote_is_no_one_not_the_last_speaker():
    """"said a spokesman for the firm": the words name someone, and no one named before."""
    text = ("“We are ready,” said Maria Lopez, the harbour master.\n\n"
            "“We are reviewing the plans,” said a spokesman for the ferry company.\n\n"
            "“Nothing will change,” one fisherman said.\n\n"
            "“The inquiry goes on,” police said.")
    qs = direct(text)
    assert [q.speaker for q in qs] == ["Maria Lopez", None, None, None]
    assert [q.speaker_mention for q in qs[1:]] == ["a spokesman for the ferry company", "one fisherman", "police"]


def test_an_organisation_then_a_role_then_a_name_gives_the_name():
    q = direct("“It is a warning sign,” said Harbour Trust spokeswoman Dana Black.")[0]
    assert q.speaker == "Dana Black"


def test_told_reporters_then_a_quote_is_direct_speech_only():
    text = "Maria Lopez told reporters: “The pier opens in May, and not a day later.”"
    assert reported(text) == [] and direct(text)[0].speaker == "Maria Lopez"


def test_said_in_a_long_statement_that_opens_the_clause_after_that():
    text = "Maria Lopez said in a letter to pilots, crews and owners that the pier would open in May."
    assert reported(text)[0].text == "the pier would open in May"


def test_a_subject_after_the_quote_may_hold_abbreviations():
    q = direct("“The bill fails,” Sen. Jane Roe (R-S.D.) said on the floor.")[0]
    assert q.speaker == "Jane Roe"
    assert reported("“The bill fails the people of this state,” Sen. Jane Roe (R-S.D.) said on the floor.") == []


def test_the_senator_is_the_person_titled_sen():
    text = "Sen. Jane Roe and Tom Baker met voters on Monday.\n\n“We will not give up,” the senator said."
    assert direct(text)[0].speaker == "Jane Roe"


def test_a_body_of_a_place_is_not_the_place():
    q = reported("The U.S. military said the destroyer would reach the harbour on Tuesday.")[0]
    assert q.speaker is None and q.speaker_mention == "The U.S. military"
    assert reported("The Peruvian government said the talks would resume on Monday.")[0].speaker == "Peru"


def test_reported_speech_takes_the_name_in_the_apposition():
    q = reported("A rebel spokesman, Pat Lee, said on the radio that the group had taken the port.")[0]
    assert q.speaker == "Pat Lee"


def test_unnamed_reporters_of_reported_speech_keep_their_words():
    q = reported("Floods closed the valley road on Sunday, officials said.")[0]
    assert q.speaker is None and q.speaker_mention == "officials"


def test_a_line_of_quotation_marks_is_not_read_as_thousands_of_quotes():
    text = "“We are ready,” said Maria Lopez.\n\n" + "calling it “" * 2000 + "\n\n“We are not,” said Tom Baker."
    qs = direct(text)
    assert (qs[0].text, qs[0].speaker) == ("We are ready,", "Maria Lopez")
    assert (qs[-1].text, qs[-1].speaker) == ("We are not,", "Tom Baker")
    assert len(qs) < 100


def test_a_cue_inside_another_quote_attributes_nothing():
    text = "Maria Lopez spoke. “I said no to them,” and then “they went away.”"
    qs = direct(text)
    assert qs[1].cue != "said"


def test_a_name_given_to_something_is_not_a_quote():
    assert direct("The crew named their boat “Sea Fox of the North,” and sailed at dawn.") == []
    assert direct("The team listed its home as “Harbour Town.” It won.") == []
    assert direct("She called the plan “a gift to the rich, nothing more,” on Monday.") != []


def test_stated_takes_a_clause_without_that():
    q = reported("Harbour officials have stated they have not received the letters.")[0]
    assert q.text.startswith("they have not received")


def test_a_pronoun_means_the_subject_over_a_name_later_in_the_sentence():
    text = ("The Harbour Trust warned boat owners about Kellow Marine.\n\n"
            "“Do not sign any contract yet,” it said in a statement.")
    assert direct(text)[0].speaker == "Harbour Trust"
    text = "Tom Baker met the mayor, Paul Adams, on Monday. “We talked for an hour,” he said."
    assert direct(text)[0].speaker == "Tom Baker"


def test_two_subjects_joined_by_and_leave_a_pronoun_unclear():
    text = "Tom Baker and Paul Adams shook hands after the vote. “It was a fair result,” he said."
    q = direct(text)[0]
    assert q.speaker is None and q.speaker_mention == "he"


def test_a_quote_opening_the_sentence_after_reported_speech_is_the_reporters():
    text = ("As Maria Lopez told the Kellow Gazette, the harbour has been dredged twice. "
            "“The channel is deeper than it has been for fifty years.”")
    assert direct(text)[0].speaker == "Maria Lopez"


def test_a_cue_word_in_the_subject_does_not_end_it():
    """"the report said": "report" is the subject's noun here, not the cue."""
    q = direct("The council published its findings. “This is alarming,” the report said.")[0]
    assert q.speaker is None and (q.speaker_mention, q.cue) == ("the report", "said")


def test_a_trailing_cue_may_name_who_was_told():
    q = reported("Divers had searched the wreck twice before dawn, Maria Lopez told Reuters.")[0]
    assert q.speaker == "Maria Lopez" and q.text.startswith("Divers had searched")


def test_a_phrase_of_when_before_that_opens_the_clause_after_it():
    q = reported("Maria Lopez warned six months before the vote that the pier would not open.")[0]
    assert q.text == "the pier would not open"
    assert reported("The agency warned people to avoid pills that contained the dye.")[0].text != \
        "contained the dye"
    assert not any(q.text.startswith("case") for q in reported(
        "Under a separate ruling in that case, Maria Lopez said the pier can open in May next year."))


def test_a_quote_after_one_whose_speaker_is_not_known_is_not_known_either():
    text = ("“The pier opens in May,” said Maria Lopez.\n\n"
            "In one letter the board was warned that “the pier is unsafe” and “needs new piles”.")
    qs = direct(text)
    assert qs[0].speaker == "Maria Lopez" and qs[1].speaker is None and qs[2].speaker is None


# Words beside a quote that name no one, or no one clear: the speaker stays None and the words stay.
NAMES_NO_ONE = {
    "an_indefinite_role_is_never_the_person_named_before": (
        "Maria Lopez toured the harbour. “No decision has been taken,” a ministry spokesman said.",
        0, "a ministry spokesman"),
    "a_possessive_subject_before_the_cue_names_no_one": (
        "Tom Baker's lawyer said: “My client was at home.”", 0, "Tom Baker's lawyer"),
    "it_and_they_mean_a_body_named_near_by_only": (
        "The Harbour Trust bought the pier in May.\n\nBoats came and went all summer. Crews were tired. "
        "The season ended.\n\nWorkers gathered outside. “They lied to us,” they said.", 0, "they"),
    "a_role_is_not_someone_named_before_with_another_office": (
        "Asked about the vote, Sen. Tom Baker said: “I have not decided.”\n\n"
        "“It is a political hit job,” the former president wrote.", 1, "the former president"),
    "a_quote_with_a_cue_beside_it_never_takes_the_last_speaker": (
        "“Two men were arrested,” said Maria Lopez, the harbour master.\n\n"
        "“I was terrified,” said one fan, who did not want to be named.", 1, "one fan"),
    "a_name_after_the_heads_preposition_is_where_the_speaker_is_from": (
        "Maria Lopez left Kellow on Monday.\n\n“It is too early to say,” a Western diplomat in Kellow said.",
        0, "a Western diplomat in Kellow"),
}


@pytest.mark.parametrize("text, index, mention", NAMES_NO_ONE.values(), ids=NAMES_NO_ONE.keys())
def test_words_that_name_no_one_are_kept_as_the_mention(text, index, mention):
    q = direct(text)[index]
    assert q.speaker is None and q.speaker_mention == mention


def test_words_quoted_again_take_the_speaker_of_the_full_quote():
    text = ("The harbour board called the dredging plan “simply unworkable from the start” on Monday.\n\n"
            "Its chair, Olu Adeyemi, spoke to reporters at the quay. “It was simply unworkable from the start, "
            "and everyone here knew it,” Adeyemi said.")
    lede, full = direct(text)
    assert full.speaker == "Olu Adeyemi"
    assert lede.text == "simply unworkable from the start" and lede.speaker == "Olu Adeyemi"


def test_words_quoted_by_two_speakers_or_too_few_words_give_no_speaker():
    text = ("Critics said the levy was “a tax on the poor and the sick” before the vote.\n\n"
            "“It is a tax on the poor and the sick,” said Maria Lopez. “A tax on the poor and the sick, "
            "nothing less,” said John Carter.\n\n"
            "Some residents told the board it was “unworkable from the start”. “It was unworkable from the "
            "start,” Lopez said.")
    qs = {q.text: q for q in direct(text)}
    assert qs["a tax on the poor and the sick"].speaker is None  # two speakers said these words
    assert qs["unworkable from the start"].speaker is None  # four words are no one's in particular


def test_inverted_cue_then_a_role_then_its_name_gives_the_name():
    text = ("The ferry ran late again. “We apologise to every passenger,” said the company's operations "
            "director, Aiko Tanaka. “It will not happen again,” said the port's new manager.")
    first, second = direct(text)
    assert first.speaker == "Aiko Tanaka"
    assert second.speaker is None and second.speaker_mention == "the port's new manager"


def test_an_apposition_before_a_cue_is_no_reported_clause():
    text = ("The bakery on the corner closed after forty years. Her brother, John Carter, agreed. "
            "Their cousin, Maria Lopez, nodded.")
    assert reported(text) == []


def test_reported_clause_ending_on_a_quote_keeps_its_closing_mark():
    text = 'The head teacher, Olu Adeyemi, says the new timetable is "simply not workable".'
    (r,) = reported(text)
    assert r.text == 'the new timetable is "simply not workable"' and r.speaker == "Olu Adeyemi"
    assert text[r.start:r.end] == r.text


def test_a_name_after_said_that_opens_a_clause_is_not_the_speaker():
    text = "Dr. Fatima Khan, the team doctor, said Carter had a minor knee injury. “He will play,” she said."
    (r,) = reported(text)
    assert r.speaker == "Fatima Khan" and r.text == "Carter had a minor knee injury"
    (q,) = direct(text)
    assert q.speaker == "Fatima Khan"  # the titled subject, not the name later in the sentence


def test_the_role_of_someone_brought_in_unnamed_names_no_one():
    text = ("Maria Lopez met the envoys twice, according to a diplomat briefed on the meetings.\n\n"
            "“The mood was good,” the diplomat said.")
    (q,) = direct(text)
    assert q.speaker is None and q.speaker_mention == "the diplomat"


def test_a_role_then_its_name_before_the_cue_gives_the_name():
    text = "“We came to sign,” the head of the delegation, Omar Haddad, told reporters outside."
    (q,) = direct(text)
    assert q.speaker == "Omar Haddad"


def test_a_cue_in_ing_after_a_comma_is_said_by_the_sentence_subject():
    text = ("LIMA (Wire) — Mayor Ana Ruiz on Monday closed the old bridge to lorries, saying the deck "
            "could no longer take their weight.\n\n"
            "John Carter arrived later. He praised the decision, adding that repairs would start soon.")
    first, second = reported(text)
    assert first.speaker == "Ana Ruiz" and first.text == "the deck could no longer take their weight"
    assert second.speaker == "John Carter" and second.speaker_mention == "He"


def test_a_reported_clause_ending_on_a_quoted_sentence_keeps_its_stop_and_mark():
    text = 'The nurses\' union said it was "deeply disappointed." Talks resume on Monday.'
    (r,) = reported(text)
    assert r.text == 'it was "deeply disappointed."' and text[r.start:r.end] == r.text


def test_a_body_named_in_apposition_is_the_subject_of_any_cue():
    text = "The ferry company, Lagoon Lines, announced in May that the winter route would close."
    (r,) = reported(text)
    assert r.speaker == "Lagoon Lines" and r.text == "the winter route would close"


def test_an_adverb_of_time_between_the_cue_and_that_is_not_said():
    (r,) = reported("John Carter met the mayor. He said afterwards that the talks had gone well.")
    assert r.text == "the talks had gone well" and r.speaker == "John Carter"


def test_she_after_two_women_as_one_subject_is_not_clear():
    text = ("Karen Dunn and Susan Clarke were at the hearing. Dr Clarke and Ms Dunn spoke on Tuesday. "
            "She said afterwards that the meeting had been useful.")
    (r,) = reported(text)
    assert r.speaker is None and r.speaker_mention == "She"


@pytest.mark.parametrize("text, content, speaker", [
    ("Maria Lopez asked city officials how the papers ended up on the street.",
     "how the papers ended up on the street", "Maria Lopez"),
    ("John Carter asked if the road would reopen before the winter.", "if the road would reopen before the winter",
     "John Carter"),
    ("Aiko Tanaka described how the water rose in minutes on Friday.", "how the water rose in minutes on Friday",
     "Aiko Tanaka"),
])
def test_a_question_or_account_opened_by_a_question_word_is_reported(text, content, speaker):
    (r,) = reported(text)
    assert (r.text, r.speaker) == (content, speaker)


def test_if_further_from_the_cue_is_a_condition_not_a_question():
    assert reported("The mayor asked for a delay if the rain went on for a week.") == []


@pytest.mark.parametrize("text, content", [
    ("The ferry was late again, she told aides.", "The ferry was late again"),
    ("The new timetable was workable at first, Pat Lee added, saying the delays came later.",
     "The new timetable was workable at first"),
])
def test_a_trailing_cue_with_a_bare_hearer_or_a_participle_after_it(text, content):
    assert reported(text)[0].text == content


def test_a_second_cue_joined_by_and_is_a_second_statement_of_the_same_speaker():
    text = "Mrs Lee warned in May that she did not like the new exam at all, and urged that its start be delayed."
    first, second = reported(text)
    assert first.text == "she did not like the new exam at all" and first.speaker == "Lee"
    assert second.text == "its start be delayed" and second.speaker == "Lee"


def test_a_participle_after_a_trailing_cue_says_more_for_the_same_speaker():
    first, second = reported("The standard was high at first, Pat Lee added, saying grades had fallen since.")
    assert (first.text, first.speaker) == ("The standard was high at first", "Pat Lee")
    assert (second.text, second.speaker) == ("grades had fallen since", "Pat Lee")


def test_a_clause_then_and_that_is_reported_whole():
    (r,) = reported("John Carter said the bridge would open in May and that tolls would be low.")
    assert r.text == "the bridge would open in May and that tolls would be low"


def test_a_three_word_clause_of_a_pronoun_and_a_verb_is_reported():
    (r,) = reported("Her lawyer, Simon Reed, said he would appeal.")
    assert (r.text, r.speaker) == ("he would appeal", "Simon Reed")
    assert reported("The council met and the mayor said on Monday.") == []


def test_he_after_a_name_that_is_a_person_by_shape_alone_is_not_clear():
    # "Tern Brook" has no given name, title or honorific: it may be a body; "she" is not clear
    text = "Tern Brook sent a letter. “We will not pay,” she said."
    (q,) = direct(text)
    assert q.speaker is None and q.speaker_mention == "she"
    (q,) = direct("Maria Lopez sent a letter. “We will not pay,” she said.")
    assert q.speaker == "Maria Lopez"


def test_a_name_ending_an_apposition_of_lower_case_words_is_the_subject():
    (r,) = reported("Her neighbour, retired teacher David Ames, said a tree had fallen on his roof.")
    assert r.speaker == "David Ames"
    (r,) = reported("Councillor Sarah Oakes, the leader of Kellow District Council, says the wall has failed.")
    assert r.speaker == "Sarah Oakes"  # the name opens the sentence: not the body at the apposition's end


def test_the_subject_is_meant_over_a_later_name_typed_a_person_on_its_shape_alone():
    text = "Forecaster Tom Lyle said gusts were recorded at Tern Brook. “That is rare,” he said."
    (q,) = direct(text)
    assert q.speaker == "Tom Lyle"


def test_a_role_does_not_name_the_last_person_when_the_text_gave_them_another():
    text = ("“Costs have doubled,” wrote analyst Dee Rowe in a note to clients.\n\n"
            "The mayor said the depot would stay open.")
    r = reported(text)[0]
    assert r.speaker is None and r.speaker_mention == "The mayor"  # Rowe is an analyst, not the mayor


def test_a_role_may_name_the_last_person_the_text_gave_no_role():
    text = ("Dee Rowe opened the depot in 2019.\n\n"
            "The mayor said the depot would stay open.")
    assert reported(text)[0].speaker == "Dee Rowe"


@pytest.mark.parametrize("role", ["MP", "CEO", "spokeswoman"])
def test_a_role_then_its_name_in_apposition_gives_the_name_of_reported_speech(role):
    text = f"Analyst Dee Rowe agreed. The local {role}, Gareth Lyle, said he would meet the managers."
    r = [q for q in reported(text) if "meet the managers" in q.text][0]
    assert r.speaker == "Gareth Lyle"


@pytest.mark.parametrize("where", ["of the Institute for Bird Studies", "from Kestrel Labs", "at Northgate University"])
def test_a_speaker_set_off_by_where_they_are_from_is_the_speaker(where):
    text = f'Others agreed. Dr Nadia Farouk, {where}, said: "Small brains can do surprising things."'
    assert direct(text)[0].speaker == "Nadia Farouk"


def test_he_after_an_unnamed_spokesman_names_no_one_earlier():
    text = ("Her son, Tom Reyes, said she had waited all night.\n\n"
            "A spokesman for the hospital said it had been a very busy week. "
            "He said nine ambulances had queued outside.")
    r = [q for q in reported(text) if "ambulances" in q.text][0]
    assert r.speaker is None and r.speaker_mention == "He"


def test_he_after_a_named_spokesman_is_him():
    text = ("Her son, Tom Reyes, said she had waited all night.\n\n"
            "A spokesman for the hospital, Dan Okoro, said it had been a very busy week. "
            "He said nine ambulances had queued outside.")
    r = [q for q in reported(text) if "ambulances" in q.text][0]
    assert r.speaker == "Dan Okoro"


def test_what_he_called_is_said_by_the_subject_of_called_not_the_first_name():
    text = ("HARWICK — Port Minister Owen Blake said on Monday that Harwick would reopen the docks once "
            "Leeds dropped what he called “impossible demands”.")
    qs = direct(text)
    assert qs[0].speaker == "Owen Blake" and qs[0].speaker_mention == "he"


def test_what_a_named_person_described_is_theirs():
    qs = direct("Dana Ruiz said the plan was what Sam Ray described as “a blueprint for ruin”.")
    assert qs[0].speaker == "Sam Ray"


@pytest.mark.parametrize("someone", ["A witness, who asked not to be named,", "One resident", "A passenger"])
def test_she_after_an_unnamed_witness_names_no_one_earlier(someone):
    text = (f"Inspector Jane Moss said the road would stay shut. {someone} said she saw the van. "
            "“It was terrifying,” she said.")
    qs = direct(text)
    assert qs[0].speaker is None and qs[0].speaker_mention == "she"


def test_a_clause_of_a_pronoun_a_verb_and_its_object_is_reported():
    qs = reported("A neighbour said she heard shouting.")
    assert [q.text for q in qs] == ["she heard shouting"] and qs[0].speaker is None


@pytest.mark.parametrize("where", ["of the University of Harwick", "from Harwick", "at Northfield College"])
def test_a_role_and_its_name_with_where_they_work_after_an_inverted_cue(where):
    qs = direct(f"“The loss is frightening,” said the study’s lead author, Dr. Pat Lee {where}.")
    assert qs[0].speaker == "Pat Lee"


@pytest.mark.parametrize("head", ["company", "firm"])
def test_the_company_is_the_last_business_named_with_its_legal_form(head):
    qs = reported(f"Harwick Freight Ltd said on Monday it would cut 300 jobs. The {head} said the cuts would save money.")
    assert [q.speaker for q in qs] == ["Harwick Freight Ltd", "Harwick Freight Ltd"]


def test_the_company_after_two_businesses_is_not_clear():
    text = ("Harwick Freight Ltd met Dunmore Holdings on Monday. The company said the cuts would save money.")
    assert reported(text)[0].speaker is None


@pytest.mark.parametrize("subject", ["Police in Harwick", "Residents of Harwick", "Engineers at Dunmore Holdings"])
def test_a_head_noun_then_a_preposition_is_not_the_name_after_it(subject):
    assert reported(f"{subject} said on Sunday they had arrested four people.")[0].speaker is None


def test_a_name_before_the_preposition_speaks_for_the_phrase():
    qs = reported("Dunmore Mining officials in Harwick said the plant would close next year.")
    assert qs[0].speaker == "Dunmore Mining" and qs[0].speaker_mention == "Dunmore Mining"
    qs = reported("Dunmore officials in Harwick said the plant would close next year.")  # (Dunmore: a town)
    assert qs[0].speaker is None and qs[0].speaker_mention == "Dunmore officials in Harwick"


def test_a_scene_setting_opener_is_not_the_subject():
    qs = reported("Speaking to Channel Nine on Tuesday, the bank’s governor, Helena Strand, said inflation was too high.")
    assert qs[0].speaker == "Helena Strand"


def test_a_name_in_apposition_then_a_relative_clause_is_the_subject():
    qs = reported("Their neighbour, Tom Reyes, who grows apples, said his orchard had lost a third of its fruit.")
    assert qs[0].speaker == "Tom Reyes"


@pytest.mark.parametrize("phrase", ["comment on reports that", "amid claims that", "despite warnings that"])
def test_a_cue_word_after_a_preposition_is_a_noun(phrase):
    assert reported(f"The ministry gave no {phrase} two clinics had closed in the north.") == []


def test_a_gerund_after_a_preposition_is_still_a_cue():
    assert [q.text for q in reported("Lee angered them by saying that the plan was dead.")] == ["the plan was dead"]


def test_he_after_her_unnamed_husband_spoke_names_no_one_earlier():
    text = ('Sam Lee met Tom Rix on Monday. Her husband said the insurer had refused to pay. '
            '“They told us nothing,” he said.')
    assert direct(text)[0].speaker is None


def test_a_hearer_of_several_capitalised_words_is_not_the_clause():
    qs = reported("Dave Price told BBC Radio Kent he had seen dead fish along the river.")
    assert [q.text for q in qs] == ["he had seen dead fish along the river"]


def test_a_name_given_mostly_to_women_is_no_antecedent_of_he():
    text = ('Anne Walsh spoke to reporters. “We lost everything,” Anne Walsh said. '
            '“They told us nothing,” he said.')
    assert direct(text)[1].speaker is None


def test_the_cue_nearest_the_quote_is_its_own():
    text = ('Gov. Ron Pike met Mayor Lisa Grant. Pike dismissed the criticism. '
            'Asked about Grant’s comments, he said, “Mayors always want more money.”')
    qs = direct(text)
    assert qs[-1].speaker == "Ron Pike" and qs[-1].cue == "said"


@pytest.mark.parametrize("day", ["Thursday", "Monday"])
def test_a_bare_weekday_after_the_cue_is_not_the_clause(day):
    qs = reported(f"Sen. Dana Crane said {day} that she would oppose the nominee.")
    assert [q.text for q in qs] == ["she would oppose the nominee"]


def test_a_participle_after_a_quote_s_trailing_cue_is_that_speaker_s():
    text = 'Kevin Marsh spoke. “This is not the answer,” Marsh said, adding that the plan was a mistake.'
    assert [(q.speaker, q.cue) for q in reported(text)] == [("Kevin Marsh", "adding")]


def test_they_after_people_of_a_party_names_no_one():
    text = 'Seven Republican senators urged a delay. “We need more time,” they wrote.'
    assert direct(text)[0].speaker is None


def test_it_after_a_nation_s_government_is_the_nation():
    text = 'The Chinese government opposed the ruling. “We reject it,” it said.'
    assert direct(text)[0].speaker == "China"


def test_a_scene_setting_phrase_before_a_trailing_cue_is_no_statement():
    assert reported("In a letter to the mayor, seven senators urged a delay.") == []


def test_a_second_verb_of_the_sentence_s_subject_is_said_by_it():
    text = ("Prime Minister Giulia Conti visited the area. She promised emergency funds and said the "
            "government would declare an emergency.")
    assert reported(text)[0].speaker == "Giulia Conti"


def test_the_subject_of_a_body_a_role_and_a_name_is_the_person():
    text = "Rovers manager Sir Sam Ray sympathised with Northfield and said the incident showed the need for video."
    assert reported(text)[0].speaker == "Sam Ray"


def test_a_word_opening_a_sentence_before_said_is_a_name():
    qs = reported("Zentrix said on Friday it would cut 300 jobs.")
    assert qs[0].speaker == "Zentrix"


@pytest.mark.parametrize("word", ["Critics", "Management", "Everyone"])
def test_a_common_noun_or_plural_before_said_is_no_name(word):
    assert reported(f"{word} said on Friday the plan was a mistake.")[0].speaker is None


def test_its_role_then_a_name_after_an_inverted_cue_is_the_name_not_it():
    text = 'The Harwick union said staff deserved more. “We had a pay cut,” said its national officer, Dave Kerr.'
    assert direct(text)[0].speaker == "Dave Kerr"


def test_his_lawyer_is_someone_not_named():
    qs = direct('Lee spoke first. “No,” said his lawyer.')
    assert qs[0].speaker is None and qs[0].speaker_mention == "his lawyer"


def test_a_role_of_capitalised_words_after_a_possessive_then_the_name():
    text = 'Amnesty criticised it. “Silence is not diplomacy,” said Amnesty’s Middle East director, Heba Morayef.'
    assert direct(text)[0].speaker == "Heba Morayef"


def test_according_to_after_a_quote_with_its_own_cue_adds_no_statement():
    qs = analyse("“France is a friend,” Dana Ruiz said, according to the official Harwick Press Agency.").quotes
    assert [q.kind for q in qs] == ["direct"] and qs[0].speaker == "Dana Ruiz"


def test_two_statements_either_side_of_a_semicolon():
    qs = reported("Democrats said she would weaken protections for workers; Republicans said she would cut red tape.")
    assert [(q.text, q.speaker, q.speaker_mention) for q in qs] == [
        ("she would weaken protections for workers", None, "Democrats"),
        ("she would cut red tape", None, "Republicans")]


def test_a_people_named_in_the_singular_speaks_for_its_country():
    assert reported("The Chinese said the talks had failed.")[0].speaker == "China"


def test_a_long_role_then_the_name_set_off_after_a_quote():
    text = ('Orbit said it would appeal. “This decision is flawed,” the company’s president of global affairs, '
            'Nick Green, wrote in a blog post.')
    assert direct(text)[0].speaker == "Nick Green"


def test_a_wire_dateline_is_not_part_of_a_reported_subject():
    qs = reported("HARWICK (Wire) - British police said on Tuesday they had charged a man with plotting an attack.")
    assert qs[0].speaker_mention == "British police"


def test_he_opening_a_paragraph_after_two_men_who_said_nothing_is_not_clear():
    text = ("Tom Baker and Steve Collins run the village shop.\n\nBaker opens up at six. Collins does the "
            "deliveries.\n\n“We have never had a serious argument,” he said.")
    assert direct(text)[0].speaker is None


def test_she_opening_a_paragraph_after_the_last_woman_spoke_is_her():
    text = ("Lin accused the minister of “betraying commuters”. Cole said fares would rise by less than "
            "inflation.\n\n“This is the lowest rise in a decade,” she said.")
    text = "Transport Secretary Anna Cole met Sarah Lin on Tuesday. " + text
    assert direct(text)[-1].speaker == "Anna Cole"


def test_a_possessor_opening_a_sentence_is_not_its_subject():
    text = ("Opposition leader David Park spoke first. Park’s deputy, Mark Hughes, said the party would vote "
            "against the budget. He said it cut too deeply into health spending.")
    assert [q.speaker for q in reported(text)] == ["Mark Hughes", "Mark Hughes"]


@pytest.mark.parametrize("sentence, cue, mention", [
    ("Police say the driver was not wearing a seat belt.", "say", "Police"),
    ("Officials believe the fire was started deliberately.", "believe", "Officials"),
    ("Critics say the plan is a mistake and will fail.", "say", "Critics")])
def test_a_base_form_after_a_plural_subject_reports(sentence, cue, mention):
    qs = reported(sentence)
    assert [(q.cue, q.speaker_mention) for q in qs] == [(cue, mention)]


@pytest.mark.parametrize("sentence", ["He declined to say when it would open.", "Officials would say nothing more.",
                                      "This say the pupils is wrong and will fail."])
def test_a_base_form_after_no_plural_subject_does_not(sentence):
    assert reported(sentence) == []


def test_admitted_and_suggested_take_a_clause_with_its_own_verb():
    text = ("The coach admitted his team had played badly on Saturday. Finch, 52, admitted fraud at an earlier "
            "hearing. Lee suggested a delay of two weeks.")
    assert [q.text for q in reported(text)] == ["his team had played badly on Saturday"]


def test_a_hearer_never_takes_the_clause_s_subject():
    assert [q.text for q in reported("Lee, 45, told the court he had acted in self-defence.")] == \
        ["he had acted in self-defence"]


def test_warned_of_is_no_clause():
    assert reported("The union warned of strikes if the offer was not improved.") == []


def test_a_participle_with_that_after_a_clause_is_a_second_statement_of_the_speaker():
    qs = reported("Pat Lee arrived. Lee warned that the talks could collapse, adding that elections might follow soon.")
    assert [(q.cue, q.speaker, q.text) for q in qs] == [("warned", "Pat Lee", "the talks could collapse"),
                                                        ("adding", "Pat Lee", "elections might follow soon")]


@pytest.mark.parametrize("people", ["Spaniard", "Czech", "Italian"])
def test_the_one_person_of_a_nation_is_not_the_nation(people):
    text = (f"Carlos Moya beat Jan Novak to reach the final.\n\n“I played my best tennis,” the {people} said. "
            "“The crowd helped me.”")
    qs = direct(text)
    assert [(q.speaker, q.speaker_mention) for q in qs] == [(None, f"the {people}")] * 2


def test_the_chinese_as_a_side_is_its_country():
    assert reported("The Chinese said the talks had failed.")[0].speaker == "China"


def test_a_quote_inside_a_statement_is_its_speaker_s_not_a_possessor_s():
    text = 'Harwick Freight said the commission’s claims were “false on the facts and the law”.'
    qs = direct(text)
    assert qs[0].speaker == "Harwick Freight"


def test_a_noun_after_a_determiner_is_no_cue_for_a_quote():
    text = 'A Treasury source said the report “ignores the support we have given families”.'
    assert direct(text)[0].cue == "said"


def test_which_says_after_a_name_is_said_by_the_name():
    text = "Dunmore faces a lawsuit from the Harwick Trade Commission, which says the firm used tricks on customers."
    assert reported(text)[0].speaker == "Harwick Trade Commission"


def test_a_name_after_a_preposition_in_the_subject_before_a_quote_is_not_the_speaker():
    text = ('Party leader Keir Stannard has yet to comment. A spokesman for Mr Stannard said he backed the '
            'plan “completely”.')
    qs = direct(text)
    assert qs[0].speaker is None and qs[0].speaker_mention == "A spokesman for Mr Stannard"


def test_the_actor_is_the_person_the_text_called_an_actor():
    text = ('The actor Daniel Frost has said he will not return to the role. Frost, 58, played a detective '
            'for 12 years. “I said goodbye to him long ago,” the actor told a newspaper.')
    assert direct(text)[0].speaker == "Daniel Frost"


def test_she_added_goes_on_from_the_last_woman_who_spoke():
    text = ("Mia Rowe, 19, was taken to hospital in May.\n\n“The doctors did all they could,” her mother, "
            "Jane Rowe, said in a statement.\n\nMia Rowe died two days later.\n\nShe added: “We will never "
            "understand it.”")
    assert direct(text)[-1].speaker == "Jane Rowe"


def test_she_added_after_a_man_spoke_is_resolved_as_before():
    text = ("Jane Rowe chairs the board.\n\n“We are ready,” said Tom Hale, its treasurer.\n\n"
            "She added: “The vote is on Monday.”")
    assert direct(text)[-1].speaker == "Jane Rowe"


def test_that_as_the_subject_of_the_clause_stays_in_it():
    qs = reported("Mayor Joan Ellis spoke. Ellis said that was simply untrue and unfair.")
    assert [q.text for q in qs] == ["that was simply untrue and unfair"] and qs[0].speaker == "Joan Ellis"


def test_a_quote_inside_a_statement_of_someone_unnamed_keeps_their_words():
    qs = direct("Their lawyer said the brothers had “made terrible mistakes” in the last year.")
    assert [(q.speaker, q.speaker_mention, q.cue) for q in qs] == [(None, "Their lawyer", "said")]


def test_a_quote_inside_a_named_speaker_s_statement_is_still_theirs():
    text = "Harlan’s spokeswoman, Amy Ross, said the leader was “confident” the nominee would be confirmed."
    assert direct(text)[0].speaker == "Amy Ross"


def test_a_body_then_a_role_then_a_name_opening_the_sentence_is_the_person():
    """"Port Authority Director Ana Ruiz ..., telling ..." and "... called it": the person, never the body."""
    text = ("Port Authority Director Ana Ruiz on Monday defended the new tolls, telling the Harbor Commission "
            "that she had “no other way” to pay for repairs.")
    assert direct(text)[0].speaker == "Ana Ruiz"
    text = "Harbor Commission Chair Leo Marsh, a Democrat, called the tolls “a tax on fishermen.”"
    assert direct(text)[0].speaker == "Leo Marsh"


def test_a_capitalised_hearer_of_several_words_is_not_the_clause():
    found = reported("Ana Ruiz defended the tolls on Monday, telling the Harbor Safety Board that the pier "
                     "had been inspected twice.")
    assert found[0].text == "the pier had been inspected twice"


def test_a_cue_word_inside_a_name_is_no_cue():
    """"Trask" holds "ask": a cue is a whole word."""
    text = "The crowd cheered as Bartask supporters chanted “Four more years!” in the hall."
    assert direct(text)[0].speaker is None


def test_a_name_ending_a_phrase_set_off_by_commas_is_not_the_subject():
    text = ("Fenwick, speaking in Toledo, said the tolls were “unfair.” She said: “Nobody asked "
            "the fishermen what they could pay.”")
    qs = direct(text)
    assert [q.speaker for q in qs] == ["Fenwick", "Fenwick"]


def test_a_name_given_only_alone_has_no_gender():
    """A surname that is also a given name ("Clement") says nothing of who bears it."""
    text = ("Marta Diaz, the mayor, met the press on Monday. Clement said the tolls were unfair. "
            "“Nobody asked us,” she said.")
    assert direct(text)[0].speaker == "Clement"


def test_a_pronoun_after_a_possessed_role_and_a_titled_name_goes_to_that_name():
    text = ("Tom Baker's running mate, Ohio Gov. Dale Hurst, told voters in Akron that the race was close. "
            "He added that Baker “knows these towns by heart.”")
    assert direct(text)[0].speaker == "Dale Hurst"


def test_a_pronoun_after_a_subject_with_a_body_and_title_before_the_name():
    text = ("Former Harbor Board Chairman Dale Hurst, who followed Ana Ruiz to the stage, calmed the hall. "
            "He told the crowd that the vote “was never in doubt.”")
    assert direct(text)[0].speaker == "Dale Hurst"


def test_the_preposition_of_a_title_keeps_the_name_after_it():
    text = "Oregon Secretary of State Dale Hurst, a Republican, said he could “vouch for every ballot.”"
    assert direct(text)[0].speaker == "Dale Hurst"


def test_the_head_of_a_name_phrase_that_opens_with_a_small_letter_is_its_first_name():
    """"eBay": no phrase of capitalised words starts there; the mention itself is the head."""
    from tui_reader.core.analysis.document import Document
    from tui_reader.core.analysis.entities import find_entities
    from tui_reader.core.analysis.resolve import Resolver

    doc = Document("He met eBay staff in Lima.")
    doc.add_entities(find_entities(doc))
    first = doc.first_mention(0, len(doc.text))
    assert Resolver(doc).phrase_head(first, len(doc.text)) == first


def test_the_place_and_party_of_a_speaker_name_no_one():
    """"the Oregon Republican" is one member of the party, named by neither word."""
    text = "Dale Hurst left the chamber. “We will try again,” the Oregon Republican told reporters."
    q = direct(text)[0]
    assert q.speaker is None and q.speaker_mention == "the Oregon Republican"


def test_a_role_in_a_sentence_that_names_someone_before_it_is_someone_else():
    text = ("Ana Ruiz spoke on Sunday.\n\n"
            "In Reno, Dale Hurst drew about 900 people, according to the fire marshal.")
    q = reported(text)[0]
    assert q.speaker is None and q.speaker_mention == "the fire marshal"


def test_a_surname_that_is_a_title_is_no_role_before_an_apposition():
    """"Pat King, a Democrat from Ohio, said": King is her name, not a title set beside one."""
    q = reported("Pat King, a Toledo Democrat, said the plan would fail in the spring.")[0]
    assert q.speaker == "Pat King"


def test_the_noun_phrase_before_called_names_who_called_it():
    text = ("Governor Ana Ruiz lost the case on Friday. Speaking at the Lima harbour later, the governor "
            "called the ruling “a disgrace.”")
    assert direct(text)[0].speaker == "Ana Ruiz"


def test_a_second_verb_of_a_role_after_a_setting_is_that_role_s():
    text = ("Governor Ana Ruiz met voters in Lima. Speaking at the Lima harbour, the governor vetoed the bill "
            "and said it was too costly for the port.")
    q = reported(text)[0]
    assert (q.speaker, q.speaker_mention) == ("Ana Ruiz", "the governor")


def test_a_cue_word_after_other_or_previous_is_a_noun():
    assert reported("The parts came from a supplier, Harwick Ltd, which has faced other recalls.") == []
    assert reported("The firm rejected the claims, as it had rejected previous warnings.") == []


def test_a_cue_said_not_to_have_been_spoken_reports_nothing():
    found = reported("The ferry firm has not said whether the pier will reopen, but Ana Ruiz says the pilings had rotted.")
    assert [(q.speaker, q.text) for q in found] == [("Ana Ruiz", "the pilings had rotted")]
    assert reported("The mayor declined to say whether the pier would reopen in the spring.") == []


def test_a_participle_after_an_inverted_cue_is_that_speaker_s():
    text = ("Dale Hurst studied the harbour for years. “It is shallower than it looks,” said Hurst, "
            "noting that the silt had built up since the storm.")
    q = reported(text)[0]
    assert q.speaker == "Dale Hurst" and q.text.startswith("the silt")


def test_a_pronoun_opening_a_quote_is_not_the_sentence_subject():
    text = ("The Kellow Channel was dredged in May. “It is deep enough now,” the pilots agreed, adding that "
            "the larger ships could come in.")
    assert all(q.speaker != "Kellow Channel" for q in reported(text))


def test_a_cue_word_after_a_verb_in_the_past_is_its_object():
    assert reported("The harbour board's spokeswoman, Ana Ruiz, referred questions to the statement.") == []


def test_the_hearer_of_a_quote_of_several_sentences_is_no_reported_clause():
    text = "“The pier is safe. We checked it twice,” Dale Hurst told Harbour Radio's Ann Cole last week."
    assert reported(text) == []
    assert direct(text)[0].speaker == "Dale Hurst"


def test_the_name_after_an_inverted_cue_ends_with_its_sentence():
    text = ("“Every pilot knows this,” said Sen. Dale Hurst of Oregon. Ana Ruiz, speaking in Lima, "
            "called it “a fair point.”")
    assert direct(text)[0].speaker == "Dale Hurst"


def test_a_name_a_role_and_a_name_after_an_inverted_cue_is_the_last_name():
    text = "Ana Ruiz ran again. “You can change the staff,” said Ruiz spokesman Dale Hurst."
    assert direct(text)[0].speaker == "Dale Hurst"


def test_a_name_after_a_preposition_after_a_cue_is_not_its_subject():
    text = "Ana Ruiz said the tolls “break the deal” agreed in Kellow last spring."
    assert direct(text)[0].speaker == "Ana Ruiz"


def test_a_pronoun_after_a_name_apposed_to_a_role_of_an_unnamed_body():
    """"The union's chief negotiator, Omar Haddad, said ...": Haddad opens the sentence, and his role
    is a sign of a person, though his given name is unknown to the name lists."""
    text = ("The union's chief negotiator, Nasr Haddad, said the talks had failed. "
            "“We cannot bargain with an empty chair,” he told reporters.")
    assert direct(text)[0].speaker == "Nasr Haddad"


def test_a_base_form_cue_after_a_name_is_a_noun():
    text = "“Every nominee has done it,” said Dale Hurst in a Facebook post. “It is a test of character.”"
    assert [q.speaker for q in direct(text)] == ["Dale Hurst", "Dale Hurst"]
    assert direct("Pat Lee and Ana Ruiz say: “We agree.”")[0].cue == "say"  # two people: a plural subject


def test_a_person_between_the_and_a_noun_is_not_the_speaker():
    """"The Varga administration" and "the Ostrow campaign" are their people, not named."""
    text = ("The Varga administration on Friday blamed the harbour board, saying the delays were "
            "“entirely avoidable.” The Ostrow campaign said the blame was misplaced.")
    found = analyse(text).quotes
    assert [(q.speaker, q.speaker_mention) for q in found if q.kind == "direct"] == \
        [(None, "The Varga administration")]
    assert all(q.speaker is None for q in found)


def test_a_title_in_quotes_inside_prose_is_not_words_said():
    text = ("“We will win,” Dale Hurst said on Sunday on the network's “Face the Harbour.” "
            "Ana Ruiz read from her memoir, “The Long Way Home”, at the fair.")
    assert [q.text for q in direct(text)] == ["We will win,"]


def test_words_in_title_case_quoted_in_a_headline_are_words_said():
    assert [q.text for q in direct("Mother Says Pills “Burned Her From Within”\n\nThe inquest heard evidence.")] \
        == ["Burned Her From Within"]


def test_a_name_inside_the_subject_before_a_relative_clause_is_not_its_head():
    text = ("A longtime friend of Hurst's, who asked not to be named, said the mayor “listens to the last "
            "person he talked to.”")
    assert direct(text)[0].speaker is None


def test_one_of_a_group_names_no_one_and_ends_the_last_speaker_s_run():
    text = ("“We are ready,” Dale Hurst said. Three aides disagreed. One said the mayor would “wing it” "
            "on the night.")
    q = direct(text)[1]
    assert (q.speaker, q.speaker_mention) == (None, "One")


def test_a_name_ending_in_a_kind_of_body_after_a_role_and_a_comma_is_no_person():
    text = ("The third candidate, Green Party member Tom Fisk, kept out of it. "
            "He said both women meant well but that the ward needed “fresh thinking.”")
    assert direct(text)[0].speaker == "Tom Fisk"


def test_a_title_set_off_by_a_comma_before_the_name_opens_the_sentence():
    text = "The Premier, Dana Kerr, rejected the calls on Monday, saying she had broken no rule of the house."
    q = reported(text)[0]
    assert q.speaker == "Dana Kerr" and q.text.startswith("she had broken")


def test_a_cue_then_a_colon_then_a_single_quote_opens_direct_speech():
    text = "Asked whether she had met him, Dana Kerr told the radio station: 'Not that I recall.'"
    assert reported(text) == []
    assert direct(text)[0].speaker == "Dana Kerr"


def test_he_after_a_name_known_as_a_person_by_who_is_that_person():
    text = ("Dak Prescott, who threw for 287 yards, was sacked five times. Asked about it, he declined to "
            "blame anyone. “That's on all of us,” he said.")
    assert direct(text)[0].speaker == "Dak Prescott"


def test_a_given_name_said_after_a_word_for_kin_keeps_its_gender():
    text = ("Grace Ebo ends her shift at eight. Her son Daniel texts to ask if she will be home. "
            "She will, she says. “Some days that's the best part.”")
    assert direct(text)[0].speaker == "Grace Ebo"


def test_words_after_a_quote_that_end_its_sentence_before_the_cue():
    text = "“The old board is to blame, because it was careless” while in office, Pia Lund said."
    assert direct(text)[0].speaker == "Pia Lund"


def test_a_role_of_a_body_then_the_apposed_name_is_the_subject_of_a_participle():
    text = "The chair of Marsh Rovers, Dana Kerr, condemned the vandals, saying they “will not stop the season.”"
    assert direct(text)[0].speaker == "Dana Kerr"


def test_a_cue_word_before_a_verb_is_a_noun():
    text = "The mill is not “the part of the firm that earns its keep” – the Harwick shares being sold are worth more."
    assert direct(text)[0].speaker is None


def test_a_thing_claimed_is_no_reported_speech():
    assert reported("The rebels claimed victory in the valley after two days of shelling.") == []
    assert [q.text for q in reported("The church claimed Dana Kerr left the order with two computer drives.")] \
        == ["Dana Kerr left the order with two computer drives"]


def test_an_inverted_noun_phrase_after_a_comma_is_the_subject_of_said():
    q = reported("The new ferries burn half the fuel, said the harbour officials, who added that two more were due.")[0]
    assert (q.speaker_mention, q.text) == ("the harbour officials", "The new ferries burn half the fuel")
    q = reported("Another resident, Tom Price, said the street was in shock.")[0]
    assert (q.speaker, q.text) == ("Tom Price", "the street was in shock")


def test_an_inverted_name_after_a_quote_closing_with_a_comma_is_no_clause():
    text = ("The harbour is costly to dredge, “because the silt comes back every spring,” said Ivo Brandt, a "
            "lecturer in hydrology at Kellow University.")
    assert all(not q.text.startswith("Ivo Brandt") for q in reported(text))


def test_a_passive_cue_without_a_clause_reports_nothing():
    assert reported("More berths have been added gradually over the years by the port.") == []


def test_a_quoted_term_near_an_infinitive_after_an_adjective_is_no_quote():
    assert direct("The delays are hard to explain, and “stop-start” repairs make them worse.") == []


def test_a_base_form_cue_after_a_place_ending_in_s_names_no_place():
    (r,) = reported("Regulators in Dallas and Des Moines say the ferry firm misled its passengers.")
    assert r.speaker is None and r.speaker_mention == "Regulators in Dallas and Des Moines"
    assert reported("Senate Democrats say the bill is dead.")[0].speaker_mention == "Democrats"


def test_a_name_set_off_after_a_possessed_role_speaks_a_quote_in_its_clause():
    text = ("Ohio's governor, Dale Hurst, told a news conference in Akron that voters “should not have to "
            "choose between their jobs and their health.”")
    assert direct(text)[0].speaker == "Dale Hurst"


def test_a_name_set_off_after_a_role_in_a_place_is_the_subject_of_reported_speech():
    q = reported("Her counterpart in Oregon, Dana Kerr, said the state would enforce it fully.")[0]
    assert q.speaker == "Dana Kerr"


def test_a_conjunction_opening_a_sentence_is_not_part_of_its_subject():
    q = reported("But experts warned that the floods were getting worse every year.")[0]
    assert q.speaker_mention == "experts"


def test_a_relative_that_after_a_cue_is_no_clause_of_its_own():
    q = reported("Dana Kerr said her firm backed a bill that would require ferries to carry more lifeboats.")[0]
    assert q.text == "her firm backed a bill that would require ferries to carry more lifeboats"
    assert reported("They held up photos of children they said had been hurt by the wake.") == []


def test_a_name_set_off_with_where_the_person_is_from_is_the_subject():
    q = reported("His Democratic counterpart, Sen. Dale Hurst of Oregon, said the firms had failed the children.")[0]
    assert q.speaker == "Dale Hurst"


def test_a_cue_word_after_a_participle_set_off_is_its_object():
    assert reported("He sat still in the dock all morning, taking notes.") == []
    assert reported("The ruling says the firm must pay its workers in full.")[0].speaker_mention == "The ruling"


def test_a_setting_outside_opens_the_sentence_before_its_subject():
    q = reported("Outside court, his wife, Helen Grant, said the family was confident of the verdict.")[0]
    assert q.speaker == "Helen Grant"


def test_accusing_someone_of_quoted_words_attributes_them():
    text = "Dale Hurst, a city councilman, accused his rival of “fearmongering” over crime."
    assert direct(text)[0].speaker == "Dale Hurst"


def test_a_role_never_said_of_someone_the_text_described_otherwise_names_no_one():
    text = "Café owner Rémi Dubin said the rent had doubled.\n\nThe mayor said the town would help."
    q = reported(text)[1]
    assert (q.speaker, q.speaker_mention) == (None, "The mayor")


def test_a_diplomat_of_a_people_named_by_its_short_demonym_is_not_named():
    q = reported("One Saudi diplomat, who spoke on condition of anonymity, said the talks had offered nothing new.")[0]
    assert (q.speaker, q.speaker_mention) == (None, "One Saudi diplomat")
    assert q.text == "the talks had offered nothing new"


def test_a_name_of_the_form_x_the_y_names_no_one_by_its_last_word():
    q = reported("The charity Save the Harbour said the camps were full.")[0]
    assert (q.speaker, q.speaker_mention) == (None, "The charity Save the Harbour")
    assert reported("Meanwhile the Harbour Board said it was ready to act.")[0].speaker == "Harbour Board"


def test_a_name_after_a_preposition_in_an_apposition_is_not_the_subject():
    q = reported("The review, led by the midwife Dana Kerr, found that staff had ignored the mothers.")[0]
    assert (q.speaker, q.speaker_mention) == (None, "The review")
    assert reported("Her neighbour, retired teacher Dale Hurst, said the street was quiet.")[0].speaker == "Dale Hurst"


def test_an_accusation_joined_by_and_goes_on_with_the_statement():
    q = reported("The board said it was disappointed and accused the union of walking away from a fair offer.")[0]
    assert q.text == "it was disappointed and accused the union of walking away from a fair offer"


def test_a_name_set_off_after_a_possessed_role_holding_a_party_is_the_subject():
    """"The panel's top Republican, Sen. Pat Orme of Utah, said ...": Orme, not the party or the panel."""
    text = ("The hearing ran late. The panel's top Republican, Sen. Dale Orme of Utah, said he would back "
            "the nominee. The board's senior Democrat, Nina Vell, warned that the vote was rushed.")
    assert [(q.speaker, q.cue) for q in reported(text)] == [("Dale Orme", "said"), ("Nina Vell", "warned")]


def test_a_participle_after_a_possessed_role_is_said_by_the_name_set_off_or_by_no_one():
    named = ("The Harbour Authority's top lawyer, Marta Quell, on Friday rejected the report, saying it was "
             "“a work of fiction.”")
    assert [q.speaker for q in analyse(named).quotes] == ["Marta Quell", "Marta Quell"]
    unnamed = "The Harbour Authority's director on Friday rejected the report, saying it was “a work of fiction.”"
    assert [q.speaker for q in analyse(unnamed).quotes] == [None, None]  # someone of the authority's, not named


def test_a_speaker_before_of_and_a_body_written_in_title_case_is_kept():
    """A body's name may capitalise its small words ("Project On Fair Courts"); that is no headline, and
    the name before "of" stays a speaker even when what follows looks like one."""
    text = "“The rules were bent,” said Dana Kerr of the Project On Fair Courts."
    assert [q.speaker for q in direct(text)] == ["Dana Kerr"]
    assert ("Project On Fair Courts", "ORG") in [(e.name, e.type) for e in analyse(text).entities]
    text = "“It is a poor plan,” said Olu Brand of the Friends Of The Moorland."
    assert [q.speaker for q in direct(text)] == ["Olu Brand"]


def test_one_of_a_group_speaking_leaves_a_later_she_unclear():
    """"One, who asked not to be named, said ..." between a named woman and "she said": either may speak."""
    text = ("Union leader Rosa Pell said members would vote on Monday. Some cleaners were unhappy. One, who "
            "asked not to be named because she feared for her job, said the deal was thin. “It is a start,” "
            "she said.")
    assert [q.speaker for q in direct(text)] == [None]
    said = ("Union leader Rosa Pell said members would vote on Monday. No one said otherwise. “It is a start,” "
            "she said.")
    assert [q.speaker for q in direct(said)] == ["Rosa Pell"]


def test_a_base_form_cue_after_a_phrase_set_off_after_a_plural_subject_reports():
    text = ("The growers, led by the farmer Tova Renn, say the levy would “ruin the valley.” "
            "Officials, however, say the levy is fair.")
    found = reported(text)
    assert [(q.cue, q.speaker_mention) for q in found] == [("say", "The growers"), ("say", "Officials")]
    assert all(q.speaker is None for q in found)


def test_a_cue_after_a_quote_that_opens_a_clause_of_its_own_is_not_the_quotes():
    """"X called it “...,” and Y said ...": Y's cue is the next clause's; the quote is X's."""
    text = ("Council leader Bram Otley called the budget “a betrayal of the town,” and Sen. Ina Marr of Kent "
            "said it would “gut the libraries.”")
    assert [(q.speaker, q.cue) for q in direct(text)] == [("Bram Otley", "called"), ("Ina Marr", "said")]
    text = "Bram Otley called it “a betrayal,” but Ina Marr said it was “fair.”"
    assert [q.speaker for q in direct(text)] == ["Bram Otley", "Ina Marr"]


def test_officials_of_a_country_are_not_named_but_a_bodys_speak_for_it():
    text = ("“The border stays open,” Peruvian officials said. Talks will resume in May, according to two "
            "U.S. diplomats. Norvale Mining officials said the mine would reopen in June.")
    found = analyse(text).quotes
    assert [(q.kind, q.speaker, q.speaker_mention) for q in found] == [
        ("direct", None, "Peruvian officials"), ("reported", None, "two U.S. diplomats"),
        ("reported", "Norvale Mining", "Norvale Mining")]


def test_the_subject_of_a_joined_clause_is_meant_over_a_name_after_a_preposition():
    """"..., from Tom Vale, and manager Ben Ashe felt ...": "he" is Ashe, who is a subject; Vale is not."""
    text = ("Kelso had led through a penalty from Tom Vale, and manager Ben Ashe felt his side deserved more. "
            "“We were the better team,” he said.")
    assert [q.speaker for q in direct(text)] == ["Ben Ashe"]
    two = "Ben Ashe met Tom Vale on Monday, and Vale said the deal was close. “We are ready,” he said."
    assert [q.speaker for q in direct(two)] == [None]  # two subjects: not clear


def test_a_short_quote_with_a_verb_in_small_letters_is_words_said_not_a_title():
    text = ("Ruiz spoke first at the hearing on Tuesday. “I was on the picket line against the treaty,” "
            "Ruiz said. “Governor Okafor was not.”")
    assert [q.text for q in direct(text)][-1] == "Governor Okafor was not."
    titled = "Ruiz said on Tuesday that she would appear again on “Meet the Voters.”"
    assert "Meet the Voters." not in [q.text for q in direct(titled)]


def test_a_source_close_to_someone_is_not_them():
    text = ("Governor Ivo Marek vetoed the bill. A source close to the governor said he had been urged by "
            "allies to take a hard line.")
    assert [(q.speaker, q.speaker_mention) for q in reported(text)] == [(None, "A source close to the governor")]


def test_a_quote_inside_anothers_statement_does_not_go_on_from_the_last_speaker():
    text = ("Ivo Marek wrote that he would “not sign a budget that cuts schools.” The teachers union praised "
            "the decision, saying the governor had “stood up for students.”")
    assert [q.speaker for q in direct(text)] == ["Ivo Marek", None]


def test_an_adverb_between_a_name_set_off_and_the_cue_keeps_the_name_the_subject():
    text = "Reed's spokesman, Arlo Fenn, later said the caucus was open to talks."
    assert [q.speaker for q in reported(text)] == ["Arlo Fenn"]


def test_a_kin_word_says_the_gender_of_a_name_that_may_be_either():
    """"her son, Jamie": a boy. Then "she said" is his mother, not Jamie."""
    text = ("Tara Wynn said her son, Jamie, had gone swimming with friends on a hot afternoon in July when he "
            "got into difficulty. “He was a strong swimmer. He just did not know how cold it was,” she said.")
    assert [q.speaker for q in direct(text)] == ["Tara Wynn"]


def test_a_pronoun_after_someones_kin_of_the_same_gender_is_not_clear():
    """"Her adoptive mother, Ana, had told her ... “...,” she said": the daughter or Ana; a wrong
    name is worse than none."""
    text = ("Rosa Vale said she had always felt something was missing. Her adoptive mother, Ines, had told "
            "her she was an only child. “My mother was protecting me,” she said.")
    assert [q.speaker for q in direct(text)] == [None]
    other = ("Rosa Vale said she had always felt something was missing. Her adoptive father, Tomas, had told "
             "her she was an only child. “My father was protecting me,” she said.")
    assert [q.speaker for q in direct(other)] == ["Rosa Vale"]


def test_a_quote_whose_own_sentence_has_a_cue_is_not_given_the_cue_of_the_sentence_before():
    text = ("Campaign chairman Dale Hurst said the files were stolen. “We will not comment on them,” he said. "
            "Varga, meanwhile, said: “She should answer for it.”")
    assert [q.speaker_mention for q in direct(text)] == ["he", "Varga"]


def test_a_surname_said_before_someone_else_is_named_in_full_is_not_them():
    """"Varga said ... Ilona Varga made a similar point": the first Varga is not Ilona Varga."""
    text = ("Varga, in an interview on Monday, said the vote was “a test of decency.” Ilona Varga made a "
            "similar point. “When they go low, we go high,” she said.")
    found = analyse(text).quotes
    assert [q.speaker for q in found if q.kind == "direct"] == ["Varga", "Ilona Varga"]


def test_a_pronoun_is_not_clear_when_a_bare_name_typed_a_body_opens_a_sentence_near_it():
    """"Ostrow responded later. “...,” he said": Ostrow may be a person, so "he" is not surely the man
    named before."""
    text = ("Dale Hurst declined to endorse Ostrow on Thursday. Ostrow responded hours later. "
            "“I am not ready to back his agenda,” he said in a statement.")
    assert [q.speaker for q in direct(text)] == [None]


@pytest.mark.parametrize("text", [
    "“We will appeal the ruling,” said Dana Cole, a teacher who wrote the petition.",
    "The fund is empty, said Omar Haddad, an accountant who wrote the audit.",
    "“Prices must come down,” said the group, which wrote the report.",
])
def test_a_cue_in_a_relative_clause_does_not_report_what_came_before(text):
    """"who wrote the petition" says what the person wrote; the words before were said, not written."""
    assert reported(text) == [] or all(r.cue == "said" for r in reported(text))


@pytest.mark.parametrize("text, speaker", [
    ("Union leader Omar Haddad called the offer “an insult to every nurse,” arguing that pay had fallen for years.",
     "Omar Haddad"),
    ('The mayor, Ann Ruiz, called the plan "a farce," adding that the council had not read it.', "Ann Ruiz"),
])
def test_a_participle_after_a_quoted_phrase_is_the_sentence_subjects(text, speaker):
    """The quote's closing mark between the comma and "arguing" leaves the participle's speaker the
    sentence's subject, as it is without a quote."""
    (r,) = reported(text)
    assert r.cue in ("arguing", "adding") and r.speaker == speaker


@pytest.mark.parametrize("text, content", [
    ("Rep. Ana Ruiz, R-Texas, said at least a dozen members would vote no.",
     "at least a dozen members would vote no"),
    ("The coastguard said about 200 people had been taken off the island.",
     "about 200 people had been taken off the island"),
    ("Firefighters said as many as 30 homes were lost overnight.", "as many as 30 homes were lost overnight"),
])
def test_a_clause_opening_with_an_amount_after_a_cue_is_reported(text, content):
    """"at least", "about 200", "as many as": a preposition that opens an amount opens the clause's subject."""
    (r,) = reported(text)
    assert r.text == content


def test_a_preposition_after_a_cue_still_opens_no_clause():
    (r,) = reported("She said at the meeting that the budget was too small.")
    assert r.text == "the budget was too small"


def test_a_role_of_a_place_said_before_a_name_lets_the_role_name_them_later():
    text = ("The mayor of Granton, Paul Whitaker, met the police chief, Andrea Solis, on Monday. "
            "The council's finance chair, Rob Haney, proposed a smaller cut. "
            "Asked about the plan, the mayor said he was open to it.")
    (r,) = [q for q in reported(text) if q.text == "he was open to it"]
    assert r.speaker == "Paul Whitaker" and r.speaker_mention == "the mayor"


def test_a_role_said_of_no_one_still_names_no_one():
    text = ("The chief executive of Varn Foods, Ana Ruiz, met Rob Haney on Monday. "
            "Later the mayor said the deal was close.")
    (r,) = reported(text)
    assert r.speaker is None and r.speaker_mention == "the mayor"


def test_the_company_names_the_last_business_named_by_its_trade():
    text = ("Corran Semiconductor said on Monday it would delay a new plant. "
            "The company said demand had cooled since the spring.")
    assert reported(text)[1].speaker == "Corran Semiconductor"


def test_the_company_is_no_body_that_is_not_a_business():
    text = ("Corran City Council said on Monday it would delay a new plant. "
            "The company said demand had cooled since the spring.")
    assert reported(text)[1].speaker is None


@pytest.mark.parametrize("text, first, second", [
    ("Ruiz said the plan was sound, but Okafor said it would fail within a year.",
     ("Ruiz", "the plan was sound"), ("Okafor", "it would fail within a year")),
    ("Farmers said the rain came too late, while the ministry said the harvest would be normal.",
     (None, "the rain came too late"), (None, "the harvest would be normal")),
])
def test_a_statement_of_someone_else_joined_to_a_clause_is_its_own(text, first, second):
    """", but Okafor said", ", while the ministry said": another subject's statement ends the first clause."""
    got = [(r.speaker, r.text) for r in reported(text)]
    assert got[0] == first and got[1][1] == second[1]
    if second[0]:
        assert got[1][0] == second[0]


def test_a_cue_in_a_relative_clause_inside_the_statement_does_not_cut_it():
    (r,) = reported("The audit said the bridge, which engineers said was safe, needed new bearings by spring.")
    assert r.text == "the bridge, which engineers said was safe, needed new bearings by spring"


def test_a_dateline_with_its_country_is_no_subject_of_the_sentence_after_it():
    text = ('KAMPALA, Uganda — The head of the Lakes Authority, Okello Wanyama, rejected the plan, '
            'telling reporters that "the lake is not for sale."')
    (q,) = direct(text)
    assert q.speaker == "Okello Wanyama"


def test_a_role_of_a_place_opening_the_sentence_with_no_name_after_it_names_no_one():
    text = ('The president of the island state of Korvu asked for help on Tuesday, '
            'telling the summit that "we are running out of time."')
    (q,) = direct(text)
    assert q.speaker is None and q.speaker_mention == "The president of the island state of Korvu"


def test_a_pronoun_finds_a_person_whose_role_was_said_before_the_name():
    """An unknown given name ("Teuila") says nothing of a person; "The president of ..., Teuila Fonoti,"
    does, so a later "she" may be her."""
    text = ("The president of the island nation of Valoa, Teuila Fonoti, asked for funds on Tuesday. "
            "Fonoti said the sea had taken 4% of the land. "
            "She said the country needed $300 million over ten years.")
    assert [r.speaker for r in reported(text)] == ["Teuila Fonoti", "Teuila Fonoti"]


@pytest.mark.parametrize("text, content", [
    ('Ana Ruiz, a lawyer for the tenants, said the fine "does nothing for the families who lost their homes".',
     'the fine "does nothing for the families who lost their homes"'),
    ("The union said it “will never accept a cut of this kind in any form”.",
     "it “will never accept a cut of this kind in any form”"),
])
def test_a_clause_with_its_subject_before_a_long_quote_is_reported(text, content):
    """The quote says most of the clause, but the subject before it is the reporter's own words."""
    assert [r.text for r in reported(text)] == [content]


def test_a_clause_that_is_all_quote_is_not_reported_too():
    assert reported('Quinn said "the plan is a disaster for everyone in this town".') == []


def test_in_two_phrases_set_off_in_turn_the_name_is_the_one_that_is_a_name():
    text = ("The bill's author, Assemblymember Josh Keller, a Democrat from Santa Rosa, "
            "said teachers had begged lawmakers for help.")
    (r,) = reported(text)
    assert r.speaker == "Josh Keller"
    (r,) = reported("Under questioning, the witness, Paul Hendry, acknowledged that he had misled the inquiry.")
    assert r.speaker == "Paul Hendry"


def test_a_she_after_a_woman_typed_a_place_opening_a_sentence_names_no_one():
    """"Linda Park" reads as a park; opening the sentence before "she", she may be the one meant, so
    the governor named paragraphs before is not given."""
    text = ("Gov. Maria Torres signed the bill on Tuesday.\n\n"
            "Some parents objected. Linda Park, whose son attends school in Ashby, said the rule went too far. "
            "“What happens if there is a lockdown?” she asked.")
    (q,) = direct(text)
    assert q.speaker != "Maria Torres"


@pytest.mark.parametrize("text, speaker", [
    ("According to a statement from the Kellow Port Authority, the terminal will reopen on Monday.",
     "Kellow Port Authority"),
    ("A statement from Ana Ruiz said the terminal would reopen after the storm.", "Ana Ruiz"),
])
def test_a_statement_from_someone_is_theirs(text, speaker):
    """A noun for something said, then "from" or "by" and a name: the name is who said it."""
    assert reported(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("A Peruvian official said the talks at the border had been useful.", None),
    ("The Peruvian government said the talks at the border had been useful.", "Peru"),
])
def test_one_official_of_a_country_is_not_the_country_but_its_government_is(text, speaker):
    """"A Peruvian official said": one person of the country, not named; "the Peruvian government said": the country."""
    (r,) = reported(text)
    assert r.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Sen. Laura Finch (R-Neb.) told reporters the vote would slip to next week.", "Laura Finch"),
    ("Harlow Foods (LSE: HLW) said on Tuesday that sales had fallen for a third quarter.", "Harlow Foods"),
    ("The rain would not stop the parade, Mayor Tom Greer (D) said on Sunday.", "Tom Greer"),
])
def test_a_bracket_after_the_subject_says_more_of_it(text, speaker):
    """A party or a ticker in brackets between the subject and its cue is not where the subject opens,
    nor who it is."""
    (r,) = reported(text)
    assert r.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("A parents’ group, the Kelmsford School Alliance, sued, arguing that the closure broke state law.",
     "Kelmsford School Alliance"),
    ("The new coach, Sam Ortiz, scrapped the plan, saying it cost far too much for a small club.", "Sam Ortiz"),
])
def test_a_name_set_beside_a_role_that_opens_the_sentence_is_its_subject(text, speaker):
    """"A trade group, the X Coalition, sued, arguing ...": the role in small letters and the name beside it
    are one subject; the participle's speaker is the name."""
    (r,) = reported(text)
    assert r.speaker == speaker


def test_a_hearer_of_several_words_before_that():
    (r,) = reported("The mayor defended the cuts, telling a crowded Town Hall meeting that the savings were real.")
    assert r.text == "the savings were real"
    (r,) = reported("Lee told his fellow board members that the vote was a mistake.")
    assert r.text == "the vote was a mistake"


@pytest.mark.parametrize("text, speaker", [
    ('The board’s chair, Rep. Nora Vance, D-Ore., praised the audit and predicted it would pass "without much of a fight."',
     "Nora Vance"),
    ("Harbour master Dan Briggs, who ran the port for a decade, welcomed the money but warned “it will not last.”",
     "Dan Briggs"),
])
def test_a_second_verb_after_a_predicate_is_the_subject_set_off_befores(text, speaker):
    """"praised the audit and predicted “...”": the predicate before the cue has no subject of its own;
    the subject is the name set off before it."""
    (q,) = direct(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Party chairman Tom Ellery spoke first. “We will win the seat back,” the Green Party chairman said.", "Tom Ellery"),
    ("The vote was close. “We will win the seat back,” the Harbour Alliance leader said.", None),
])
def test_a_role_after_a_bodys_name_is_a_person_of_it_not_the_body(text, speaker):
    """"the Acme chairman": the chairman, named only when the role was said of someone; not Acme."""
    (q,) = direct(text)
    assert q.speaker == speaker


def test_a_bodys_spokesman_still_speaks_for_it():
    (q,) = direct("The vote was close. “We will win the seat back,” the Harbour Alliance spokesman said.")
    assert q.speaker == "Harbour Alliance"


@pytest.mark.parametrize("where", ["outside", "at"])
def test_it_is_no_body_named_only_as_where_something_happened(where):
    text = (f"The families gave a statement {where} Granton Magistrates’ Court on Monday. "
            "“Nothing will bring our sons back,” it said.")
    (q,) = direct(text)
    assert q.speaker is None and q.speaker_mention == "it"


def test_it_is_still_a_body_that_was_a_subject():
    text = ("Harbour Freight said profits fell. Its chief met analysts at Granton Hall. "
            "“We are ready for a hard year,” it said.")
    assert direct(text)[0].speaker == "Harbour Freight"


def test_an_age_after_the_hearer_is_passed_over():
    (r,) = reported("The judge told Dana Kerr, 41, that she had abused the trust of her patients.")
    assert r.text == "she had abused the trust of her patients"


def test_an_auxiliary_alone_is_no_subject_of_a_cue_after_a_comma():
    assert reported("Dana Kerr, of Granton, had denied the charges.") == []


@pytest.mark.parametrize("text", [
    "The firm agreed to pay $9 million to settle claims that it underpaid its drivers.",
    "Police will investigate reports that shots were fired near the school on Monday.",
])
def test_a_cue_word_after_a_bare_verb_is_its_object(text):
    """"to settle claims that", "will investigate reports that": a noun, no verb of saying."""
    assert all(r.cue not in ("claims", "reports") for r in reported(text))


def test_a_pronoun_after_someone_unnamed_spoke_of_a_person_is_not_that_person():
    """"the governor said she trusted Tillman. “...,” she said": the governor spoke; Tillman is only
    spoken of, and the name inside the quote is no mention before it."""
    text = ("Sen. Ruth Tillman faces an inquiry. Asked on Tuesday, the governor said she trusted Tillman. "
            "“Ruth is a good woman,” she said.")
    (q,) = direct(text)
    assert q.speaker is None and q.speaker_mention == "she"


def test_a_pronoun_after_a_named_subject_still_names_them():
    text = "A spokesman said Mark Tillman would attend. Tillman arrived late. “I am sorry,” he said."
    assert direct(text)[0].speaker == "Mark Tillman"


@pytest.mark.parametrize("text", [
    "The central bank held rates at 4 percent on Thursday, as expected, and kept its outlook.",
    "Shares in the group fell sharply on Monday, as predicted.",
])
def test_as_expected_is_no_statement(text):
    assert reported(text) == []


def test_a_possessed_role_calling_something_a_name_is_the_name_set_beside_it():
    text = ("Sen. Ruth Tillman has faced an inquiry since March.\n\n"
            "Tillman’s spokesman, Eric Dunn, called the inquiry “a fishing expedition.”")
    (q,) = direct(text)
    assert q.speaker == "Eric Dunn"


@pytest.mark.parametrize("text, content", [
    ("Surgeons warned the waiting list was far too long to clear by spring.",
     "the waiting list was far too long to clear by spring"),
    ("She told the council the plan would cost far too much money.", "the plan would cost far too much money"),
])
def test_a_noun_phrase_followed_by_a_verb_after_the_cue_opens_the_clause_and_is_no_hearer(text, content):
    (r,) = reported(text)
    assert r.text == content


@pytest.mark.parametrize("text, mention", [
    ("Economists said the bank would cut rates in the autumn.", "Economists"),
    ("Campaigners said the fine was far too small for a firm that size.", "Campaigners"),
])
def test_people_named_by_what_they_do_are_someone_not_named(text, mention):
    (r,) = reported(text)
    assert r.speaker is None and r.speaker_mention == mention


def test_a_comma_inside_a_number_sets_off_no_subject():
    (r,) = reported("About 12,000 officials said the plan would fail in the spring.")
    assert not (r.speaker_mention or "").startswith("000")


def test_and_after_a_preposition_joins_its_objects_not_two_subjects():
    (r,) = reported("Analysts at Harlow Capital and Barrow Securities said the shares were cheap.")
    assert r.speaker is None


def test_i_outside_a_quote_is_the_writer_not_the_last_person_named():
    text = ("Ana Ruiz reviewed the headset. I was not allowed to use the keyboard, and the ability to take "
            "what is called “spatial” photos was switched off.")
    assert all(q.speaker != "Ana Ruiz" for q in direct(text))


def test_what_a_body_is_calling_something_is_the_bodys_word():
    text = "Ana Ruiz said the ability to take what Harlow is calling “spatial” photos was switched off."
    (q,) = direct(text)
    assert q.speaker == "Harlow"


def test_a_long_role_between_a_body_and_a_name_ends_in_the_person():
    text = ("The claim was checked by Veritas. Veritas fact checker and staff writer Dana Reyes posted to "
            "Twitter asking if there were “any fans left?”")
    (q,) = direct(text)
    assert q.speaker == "Dana Reyes"


def test_a_participle_without_a_comma_is_the_subjects_not_a_name_after_a_preposition():
    text = ("The claim was checked by Veritas. Veritas fact checker and staff writer Dana Reyes posted to "
            "Twitter asking if there were any fans left at all.")
    (r,) = reported(text)
    assert r.cue == "asking" and r.speaker == "Dana Reyes"
    (r,) = reported("Ana Ruiz wrote to the board on Monday urging that the vote be delayed by a week.")
    assert r.speaker == "Ana Ruiz"


def test_according_to_after_a_trailing_cue_is_no_clause():
    (r,) = reported("These deals take a long time to close, Lee said according to a transcript of the trial.")
    assert r.text == "These deals take a long time to close"


def test_a_parenthetical_cue_after_direct_speech_reports_nothing_more():
    text = ('"I thought a lot before writing this," developer Ana Ruiz wrote in a post published 21 months, '
            'she said, after she first told the firm.')
    assert reported(text) == []


def test_a_place_after_a_persons_name_however_long_the_title_is_where_they_are():
    (r,) = reported("U.S. District Judge Sean Holt in Sherman ruled that the department had gone too far.")
    assert r.speaker == "Sean Holt"


@pytest.mark.parametrize("cue", ["has since said", "has repeatedly said", "had already said"])
def test_adverbs_after_an_auxiliary_are_no_part_of_the_subject(cue):
    text = f"Governor Ruth Lane voted against the bill in 2019. She {cue} the vote was a mistake."
    (r,) = reported(text)
    assert r.speaker == "Ruth Lane"


@pytest.mark.parametrize("text, content", [
    ("Court records show Dana Kerr was arrested twice in 2019.", "Dana Kerr was arrested twice in 2019"),
    ("Figures published on Tuesday showed that prices fell for a third month.", "prices fell for a third month"),
    ("The council tried to sell the park in secret, emails released this week reveal.",
     "The council tried to sell the park in secret"),
])
def test_documents_and_figures_report_what_they_show(text, content):
    (r,) = reported(text)
    assert r.text == content and r.speaker is None


@pytest.mark.parametrize("text", [
    "The video shows a man running from the bank.",
    "Images of the storm show a boat turning over near the pier.",
    "The new show opens in May and runs until the end of the year.",
])
def test_a_thing_shown_is_no_statement(text):
    assert reported(text) == []


def test_what_documents_show_may_hold_a_statement_of_its_own():
    rs = reported("Newly released papers show the minister warned in 1986 that the plan would fail.")
    assert [r.cue for r in rs] == ["show", "warned"]


@pytest.mark.parametrize("text, content", [
    ("The mayor urged residents to leave their homes before the storm arrived.",
     "to leave their homes before the storm arrived"),
    ("The union advised its members to reject the offer at Friday's vote.", "to reject the offer at Friday's vote"),
    ("She asked for the inquiry to be delayed until the autumn.", "for the inquiry to be delayed until the autumn"),
])
def test_what_a_verb_with_a_hearer_asks_for_is_reported(text, content):
    (r,) = reported(text)
    assert r.text == content


def test_a_passive_request_reports_nothing():
    assert reported("Kerr was asked to leave the meeting after the row with the chairman.") == []


def test_a_request_to_someone_with_a_long_name():
    (r,) = reported("Governor Ana Ruiz asked the Kellow County Water Supply Board to cut prices for farmers.")
    assert r.text == "to cut prices for farmers" and r.speaker == "Ana Ruiz"


def test_a_passive_request_with_the_one_who_asked():
    (r,) = reported("He was urged by his own lawyers to appeal the ruling before the deadline.")
    assert r.text == "to appeal the ruling before the deadline" and r.speaker_mention == "his own lawyers"


@pytest.mark.parametrize("text, content", [
    ("The inquiry concluded the harbour master ignored three warnings about the crane.",
     "the harbour master ignored three warnings about the crane"),
    ("The firm claimed its former chief left the company with two hard drives.",
     "its former chief left the company with two hard drives"),
])
def test_a_clause_without_that_after_a_verb_that_also_takes_an_object(text, content):
    (r,) = reported(text)
    assert r.text == content


@pytest.mark.parametrize("text", [
    "The panel concluded the talks on Friday with a long dinner in the old town.",
    "Groups claiming land along the river, said the ruling was a step forward.",
])
def test_an_object_after_such_a_verb_is_no_clause(text):
    assert all(r.cue not in ("concluded", "claiming") for r in reported(text))


@pytest.mark.parametrize("text, mention", [
    ("The bay is shallow, making wreckage easier to spot from the air, say oceanographers.", "oceanographers"),
    ("The old town is safe at night, say local police.", "local police"),
])
def test_a_base_form_cue_before_a_plural_subject_ends_the_sentence(text, mention):
    (r,) = reported(text)
    assert r.speaker is None and r.speaker_mention == mention


def test_according_to_a_name_with_no_comma_before_the_clause():
    (r,) = reported("According to Okafor the ledger was found in a locked drawer at the depot.")
    assert r.speaker == "Okafor" and r.text == "the ledger was found in a locked drawer at the depot"


def test_according_to_a_title_then_a_preposition_is_no_name_before_a_clause():
    (r,) = reported("According to Kellan Envoy to Brazil Dana Reyes, the trade fair was a great success.")
    assert r.speaker == "Dana Reyes"


def test_a_statement_of_plural_people_joined_by_but_is_their_own():
    rs = reported("The minister promised to cut waiting lists within two years, but doctors' leaders warned the "
                  "target was unrealistic.")
    assert [r.text for r in rs] == ["to cut waiting lists within two years", "the target was unrealistic"]


@pytest.mark.parametrize("text, speaker", [
    ("Peru's foreign ministry said the talks had failed because of the other side.", "Peru"),
    ("Japan's government said the plan was sound and would go ahead next year.", "Japan"),
])
def test_a_countrys_possessed_government_speaks_for_it(text, speaker):
    (r,) = reported(text)
    assert r.speaker == speaker


def test_someone_elses_possessed_role_still_names_no_one():
    (r,) = reported("Acme's board said the plan was sound and would go ahead next year.")
    assert r.speaker is None


@pytest.mark.parametrize("between", ["himself has", "has", "herself had"])
def test_someone_unnamed_who_has_said_something_makes_a_pronoun_after_not_clear(between):
    text = (f"The club's owner, Dana Pérez, was cautious. “Nobody is bigger than this club,” Pérez said. "
            f"The player {between} said little. After the win, she told reporters only that she was “happy here.”")
    assert direct(text)[-1].speaker is None


@pytest.mark.parametrize("subject, body", [
    ("A spokeswoman for the Tarrow Valley Trust", "Tarrow Valley Trust"),
    ("Officials at the Harbour Alliance", "Harbour Alliance"),
    ("The Kent branch of the Harbour Alliance", "Harbour Alliance"),
    ("The regional office of the Tarrow Valley Trust", "Tarrow Valley Trust"),
])
def test_a_bodys_voice_or_part_named_before_its_preposition_speaks_for_it(subject, body):
    """"a spokeswoman for the X Trust said" is the trust speaking, as "an X Trust spokeswoman" is."""
    (r,) = reported(f"{subject} said the new rules would apply from March.")
    assert (r.speaker, r.speaker_mention) == (body, subject)


@pytest.mark.parametrize("subject", ["A spokeswoman for Senator Dana Kerr", "A spokeswoman for the family"])
def test_a_voice_for_no_body_names_no_one(subject):
    (r,) = reported(f"{subject} said the new rules would apply from March.")
    assert (r.speaker, r.speaker_mention) == (None, subject)


def test_people_of_a_body_are_said_to_speak_though_not_named():
    (r,) = reported("Members of the Tarrow Valley Trust said the new rules would apply from March.")
    assert (r.speaker, r.speaker_mention) == (None, "Members of the Tarrow Valley Trust")


def test_the_court_after_two_courts_named_close_together_is_not_clear():
    text = ("The Kellan Court of Appeals upheld the fine on Tuesday. The mayor said the city would take the case "
            "to the Kellan Supreme Court.\n\n"
            "Residents were divided. Some shops closed early.\n\n"
            "The court said the fine was lawful and had been properly set.")
    assert reported(text)[-1].speaker is None


def test_the_court_after_one_court_named_is_that_court():
    text = ("The Kellan Court of Appeals upheld the fine on Tuesday. The mayor said he was disappointed.\n\n"
            "Residents were divided. Some shops closed early.\n\n"
            "The court said the fine was lawful and had been properly set.")
    assert reported(text)[-1].speaker == "Kellan Court of Appeals"


def test_who_after_an_apposition_ending_in_a_place_is_the_person_before_it():
    (r,) = reported("Among the crowd was Nadia Kerr, a bus driver in Harwick, who said she had lost a week's pay.")
    assert r.speaker == "Nadia Kerr"


def test_who_after_a_place_with_no_person_apposed_names_no_one():
    (r,) = reported("Lee met the mayor of Harwick, who said the town was ready to help.")
    assert r.speaker is None


def test_who_after_a_person_after_a_preposition_is_that_person():
    (r,) = reported("Kerr drove to Harwick to meet with Tom Okafor, who had told her the mill would reopen.")
    assert r.speaker == "Tom Okafor"


@pytest.mark.parametrize("text, mention", [
    ("Dana Kerr spoke first. A Kerr aide said later that the deal was close.", "A Kerr aide"),
    ("Dana Kerr spoke first. “The deal is close,” a Kerr aide said.", "a Kerr aide"),
    ("Dana Kerr spoke first. “The deal is close,” said a Kerr spokesman.", "a Kerr spokesman"),
    ("Dana Kerr of Harwick spoke first. “The deal is close,” said a Harwick man.", "a Harwick man"),
    ("Dana Kerr spoke first. A senior Kerr aide, who asked not to be named, said the deal was close.",
     "A senior Kerr aide"),
    ("Dana Kerr spoke first. “The deal is close,” said one former Kerr adviser.", "one former Kerr adviser"),
    ("Harwick Rail cut jobs. One Harwick Rail director, who spoke on condition of anonymity, said the "
     "deal was close.", "One Harwick Rail director"),
    ("Kellco Foods shut a plant. A Kellco executive said the deal was close.", "A Kellco executive"),
])
def test_someone_of_a_person_or_a_place_named_as_a_modifier_is_not_named(text, mention):
    (q,) = analyse(text).quotes
    assert (q.speaker, q.speaker_mention) == (None, mention)


@pytest.mark.parametrize("text, speaker", [
    ("Dana Kerr spoke first. The former mayor Dana Kerr said the deal was close.", "Dana Kerr"),
    ("Kellco Foods shut a plant. A Kellco spokesman said the deal was close.", "Kellco Foods"),
])
def test_a_role_before_a_name_and_a_bodys_voice_still_name_the_speaker(text, speaker):
    assert analyse(text).quotes[0].speaker == speaker


def test_a_bodys_spokesman_after_an_inverted_cue_still_speaks_for_it():
    (q,) = direct("“The deal is close,” said the Harwick Rail spokesman.")
    assert q.speaker == "Harwick Rail"


@pytest.mark.parametrize("text", [
    "Tom Okafor arrived late. Afterward, he thanked the board and said the works would begin in spring.",
    "Tom Okafor arrived late. On Monday, he thanked Dana Kerr and said the works would begin in spring.",
])
def test_a_second_verb_after_a_setting_and_a_pronoun_is_the_pronouns(text):
    (r,) = reported(text)
    assert (r.speaker, r.speaker_mention) == ("Tom Okafor", "he")


def test_a_body_named_as_the_agent_of_a_participle_in_the_subject_did_not_speak():
    text = ("The Harwick Town Council met on Monday. A survey paid for by the council was published. "
            "A study commissioned by the council found that the bridge would last ten more years.")
    r = reported(text)[-1]
    assert (r.speaker, r.speaker_mention) == (None, "A study commissioned by the council")


def test_continue_before_to_and_a_verb_is_no_cue():
    text = ("Foreign Minister Dana Kerr said Harwick would continue to back the rebels' fight against "
            "“bandits.” She spoke after the talks.")
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("Dana Kerr", "said")


def test_two_given_names_joined_by_a_hyphen_make_a_person_a_pronoun_can_mean():
    text = ("“The sea is rising,” said Dana Kerr, who chairs the panel.\n\n"
            "Hans-Otto Brenner, a German biologist who co-wrote the report, said the findings were grim. "
            "“This is no far-off worry for our grandchildren,” he told a news conference.")
    assert direct(text)[-1].speaker == "Hans-Otto Brenner"


def test_and_then_a_clause_ending_than_expected_is_no_other_speakers_statement():
    (r,) = reported("The survey said that glaciers in Norway and Iceland were shrinking faster than expected.")
    assert r.text == "glaciers in Norway and Iceland were shrinking faster than expected"


@pytest.mark.parametrize("text, content", [
    ("Kerr said Harwick expected full repayment of the loans, a government statement said.",
     "Harwick expected full repayment of the loans"),
    ("Kerr said Harwick expected “full repayment,” the ministry said on Monday.", "Harwick expected “full repayment,”"),
])
def test_a_source_after_the_statement_ends_it(text, content):
    assert reported(text)[0].text == content


def test_a_relative_clause_with_a_cue_word_after_a_comma_is_no_source():
    (r,) = reported("Officials said the lake had frozen hard this winter, which the rangers would welcome in "
                    "announcing the skating season.")
    assert r.text.endswith("announcing the skating season")


def test_any_participle_after_a_trailing_cue_leaves_the_statement_before_it():
    text = "Nurses at three hospitals have voted to strike, the union said on Monday, setting up a long winter."
    (r,) = reported(text)
    assert r.text == "Nurses at three hospitals have voted to strike"


@pytest.mark.parametrize("title", ["The Old Oak", "Jeanne du Barry", "Big Red Door"])
def test_a_title_of_short_words_or_with_a_names_particle_is_no_quote(title):
    text = f"The festival opened with his film, “{title},” which was shown twice on Tuesday night."
    assert direct(text) == []


def test_testify_reports_what_a_witness_said():
    text = "Dana Kerr, the driver, took the stand. Kerr testified that the lights had been green."
    (r,) = reported(text)
    assert (r.speaker, r.cue, r.text) == ("Dana Kerr", "testified", "the lights had been green")


@pytest.mark.parametrize("sentence, speaker", [
    ("The Republican governor vetoed the bill, calling it “a tax hike.”", "Dana Kerr"),
    ("The Republican governor vetoed the bill, saying it was a tax hike.", "Dana Kerr"),
    ("A Harwick farmer watched the vote, calling it “a farce.”", None),
])
def test_a_subject_of_a_people_or_place_and_a_role_is_the_person_of_the_role(sentence, speaker):
    text = f"Gov. Dana Kerr spoke on Monday.\n\n{sentence}"
    (q,) = analyse(text).quotes
    assert q.speaker == speaker


def test_words_of_a_clause_before_a_preposition_are_no_speakers_mention():
    (r,) = reported("The court ruled for the firms, siding with business groups that said the rule went too far.")
    assert r.speaker_mention is None or "that" not in r.speaker_mention.split()


def test_a_person_named_with_a_noun_only_a_person_is_a_sure_antecedent():
    text = ("Ajmo Kellun, a nurse at the Harwick clinic, said he had worked all night.\n\n"
            "“We have nothing left to give,” he said of himself and his colleagues.")
    assert direct(text)[0].speaker == "Ajmo Kellun"


def test_calls_it_in_the_present_names_the_thing_as_calling_it_does():
    (q,) = direct("The council backs the bridge. Its leader, Councillor Nadia Kerr, calls it “the project of a generation.”")
    assert (q.speaker, q.cue) == ("Nadia Kerr", "calls")


@pytest.mark.parametrize("hearer", ["people", "children", "staff"])
def test_a_plural_hearer_without_s_before_a_request(hearer):
    (r,) = reported(f"Dana Kerr advised {hearer} to check the new timetable before travelling.")
    assert r.text == "to check the new timetable before travelling"


@pytest.mark.parametrize("people", ["Scot", "Serb", "Croat"])
def test_one_person_of_a_people_after_the_is_not_named(people):
    (q,) = direct(f"Dana Kerr won in four sets. “It means a lot,” the {people} told reporters.")
    assert (q.speaker, q.speaker_mention) == (None, f"the {people}")


def test_a_clitic_set_apart_in_tokenised_text_opens_no_quote():
    text = ("Harwick 's envoy to the Kellan Union 's trade committee said on Wednesday the talks had failed .\n\n"
            "\" We do n't see any grounds for it , \" the Union 's chief spokesman Dana Kerr told a briefing .")
    qs = direct(text)
    assert [q.text.strip() for q in qs] == ["We do n't see any grounds for it ,"]


def test_calling_earlier_in_another_sentence_is_no_cue():
    qs = direct("Dana Kerr called it ‘sad’ and left. Tom Okafor said ‘stop’ twice.")
    assert [(q.speaker, q.cue) for q in qs] == [("Dana Kerr", "called"), ("Tom Okafor", "said")]


def test_a_long_subject_names_its_speaker_by_the_name_that_ends_it():
    text = ("Harwick's envoy to the Kellan Union's standing veterinary committee Werner Brandt said on Wednesday "
            "consumers should buy lamb from other countries.")
    assert reported(text)[0].speaker == "Werner Brandt"


def test_a_long_subject_ending_inside_a_bodys_name_names_no_one():
    text = ("In a joint statement on Friday, the Department of Harbour Safety and the Office of the Inspector "
            "of Coastal Shipping said they were confident the ferry was sound.")
    assert reported(text)[0].speaker is None


def test_she_after_a_voice_for_a_body_set_off_by_its_name_is_not_clear():
    text = ("Mayor Dana Kerr said the city would pay for more guards. "
            "A spokeswoman for the mall's owner, Harwick Estates, said the company was helping the police. "
            "The mall will stay closed on Monday, she said.")
    assert reported(text)[-1].speaker is None


def test_she_after_a_voice_named_in_the_apposition_is_that_voice():
    text = ("Mayor Dana Kerr said the city would pay for more guards. "
            "A spokeswoman for Harwick Estates, Nadia Okafor, said the company was helping the police. "
            "The mall will stay closed on Monday, she said.")
    assert reported(text)[-1].speaker == "Nadia Okafor"


@pytest.mark.parametrize("text, content", [
    ("Chief Dana Kerr asked anyone with information to call the tip line.", "to call the tip line"),
    ("Dana Kerr told anyone who would listen that the bridge was unsafe.", "the bridge was unsafe"),
])
def test_anyone_as_a_hearer(text, content):
    assert reported(text)[0].text == content


def test_people_named_by_a_word_of_a_body_s_field_do_not_speak_for_the_body():
    text = ("The Office of Housing and Budget sent its figures on Monday. Budget analysts said the plan "
            "would not close the gap.")
    (q,) = reported(text)
    assert q.speaker is None and q.speaker_mention == "Budget analysts"


@pytest.mark.parametrize("setting", ["Speaking to Radio Harwick's breakfast show with Dana Kerr",
                                     "In an interview with Dana Kerr on Sunday"])
def test_a_name_in_a_setting_before_the_subject_is_not_who_she_is(setting):
    text = (f"Nadia Okafor ruled out a rise. {setting}, Ms Okafor said she would keep her promise. "
            "“I will not write the budget on your programme,” she said.")
    (q,) = direct(text)
    assert q.speaker == "Nadia Okafor"


def test_a_second_verb_of_saying_in_a_statement_is_of_the_person_it_opens_with():
    text = ("Mayor Ian Holt faces trial. Dana Kerr told jurors that the mayor called her in and said the "
            "files could be misread.")
    qs = {q.text: q for q in reported(text)}
    assert qs["the files could be misread"].speaker == "Ian Holt"
    assert qs["the files could be misread"].speaker_mention == "the mayor"


def test_a_second_verb_of_saying_after_a_statement_about_things_is_the_first_speaker_s():
    text = "Dana Kerr said that prices rose sharply in March and warned that rents would follow."
    qs = {q.text: q for q in reported(text)}
    assert qs["rents would follow"].speaker == "Dana Kerr"


def test_a_titled_name_set_off_after_a_role_and_before_a_party_member_is_the_speaker():
    text = "The ferry law passed. Its author, state Sen. Dana Kerr, a Harwick Democrat, said it would help."
    (q,) = reported(text)
    assert q.speaker == "Dana Kerr"


@pytest.mark.parametrize("attributed", ["said its author, state Sen. Dana Kerr, a Harwick Democrat.",
                                        "its author, state Sen. Dana Kerr, a Harwick Democrat, said."])
def test_a_quote_s_speaker_set_off_with_a_title_after_a_role(attributed):
    (q,) = direct(f"The ferry law passed. “It will cut fares,” {attributed}")
    assert q.speaker == "Dana Kerr"


@pytest.mark.parametrize("text", [
    "Ana Ruiz came. “It will cut fares,” her lawyer, a Harwick Democrat, said.",
    "The ferry law passed. Its author, a Harwick Democrat, said it would help.",
    "The ferry law passed. The senators, led by Dana Kerr, a Harwick Democrat, and Ana Ruiz, said it would help.",
])
def test_a_party_member_or_a_leader_set_off_after_the_subject_is_not_the_speaker(text):
    (q,) = analyse(text).quotes
    assert q.speaker is None


def test_though_opens_no_speaker_s_words():
    text = "The survey found more damage in older hulls, though the inspectors noted that salt speeds the rust."
    (q,) = reported(text)
    assert q.speaker_mention == "the inspectors"


@pytest.mark.parametrize("text", [
    "Ministers end talks in Vienna without a deal\n\nForeign ministers ended two days of talks on Saturday, "
    "though they said they would meet again soon.",
    "VIENNA — Foreign ministers ended two days of talks on Saturday. They said they would meet again soon.",
])
def test_a_place_in_the_headline_or_dateline_is_not_who_they_are(text):
    (q,) = reported(text)
    assert q.speaker is None


@pytest.mark.parametrize("first", ["Holt said", "the Harwick senator said"])
def test_a_quote_after_one_whose_speaker_answered_a_clause_is_not_the_clause_s(first):
    text = (f"Sen. Ian Holt and Dana Kerr met on stage. “I wrote the bill,” {first} when Kerr suggested that "
            "his plan would raise taxes. “Let me be clear: people will pay less.”")
    q = direct(text)[1]
    assert q.speaker != "Dana Kerr"


def test_a_quote_after_a_reported_statement_with_the_same_speaker_s_words_goes_on():
    text = "Dana Kerr spoke. Kerr said the plan was “a disaster” and argued that rents would rise. “It is over.”"
    assert direct(text)[1].speaker == "Dana Kerr"


@pytest.mark.parametrize("after", ["on Harbour Care but declined to say whether she would raise taxes.",
                                   "on the levy but refused to say how she would pay for it."])
def test_words_quoted_in_a_statement_are_not_given_by_a_refused_cue_after_them(after):
    text = f"Ana Ruiz spoke on Monday. Asked about the levy, she said she was “with Dana” {after}"
    (q,) = direct(text)
    assert q.speaker == "Ana Ruiz"


def test_the_place_and_title_of_someone_titled_so_before_is_that_person():
    text = "Sen. Ian Holt spoke on Monday. “We will win this vote,” the Ohio senator said."
    assert direct(text)[0].speaker == "Ian Holt"


def test_a_body_of_a_place_is_still_no_one_named():
    text = "Sen. Ian Holt spoke on Monday. “We will hold the line,” the Chile navy said."
    assert direct(text)[0].speaker is None


def test_a_person_s_supporters_are_not_the_person():
    text = ("Dana Kerr spoke first. “Vote your conscience,” Sen. Ian Holt said, as Kerr supporters chanted "
            "“Back Kerr!” from the floor.")
    q = direct(text)[1]
    assert q.speaker is None and q.speaker_mention == "Kerr supporters" and q.cue == "chanted"


@pytest.mark.parametrize("cue", ["shouted", "yelled", "chanted", "screamed"])
def test_words_cried_out_are_attributed(cue):
    (q,) = direct(f"Dana Kerr climbed onto the bench. “Shame on you all!” she {cue}.")
    assert q.speaker == "Dana Kerr" and q.cue == cue


@pytest.mark.parametrize("work", ["her new book, “Zoned Out,”", "the documentary “Low Tide”"])
def test_a_title_after_the_kind_of_work_is_no_quote_and_no_speaker(work):
    text = (f"The housing debate has a new voice this spring, and {work} argues that the shortage of homes "
            "is the result of policy.")
    found = analyse(text)
    assert not [q for q in found.quotes if q.kind == "direct"]
    assert all(q.speaker is None for q in found.quotes)
    assert not found.entities


def test_a_name_said_inside_an_earlier_quote_is_no_rival_for_she():
    text = ("Holt was mayor for twelve years. Mayor Karen Liu ordered flags lowered. “Mayor Holt opened doors "
            "that had been shut,” she wrote in a tribute. “Every one of us walked through them.”")
    assert [q.speaker for q in direct(text)] == ["Karen Liu", "Karen Liu"]


def test_he_added_goes_on_from_a_statement_reported_after_the_last_quote():
    text = ("Paul Denny spoke first. “I pick the team,” he told reporters. Webb's agent, Tony Carver, said his "
            "client would not ask for a transfer. He added that the pair would “sort it out like adults.”")
    assert direct(text)[1].speaker == "Tony Carver"


@pytest.mark.parametrize("text, speaker", [
    ("President Ian Holt gave his farewell address. The outgoing president did not mention Dan Kerr by name. "
     "But he said voters should be wary of the few.", "Ian Holt"),
    ("Dan Kerr spoke first. The outgoing chairman did not mention Kerr by name. But he said members should be "
     "wary of the plan.", None),
    ("The mayor of the town, Ian Holt, has promised to fight the closure. He told a meeting that the council "
     "would go to court.", "Ian Holt"),
])
def test_a_role_that_opens_the_sentence_is_meant_by_he_over_the_person_it_names(text, speaker):
    assert reported(text)[-1].speaker == speaker


@pytest.mark.parametrize("opening", ["Her family wrote in a note released through Northshire Police",
                                     "The residents told Harwick Council in a letter"])
def test_they_after_an_unnamed_subject_is_not_the_body_named_after_it(opening):
    text = f"{opening} that the road was dangerous. “We are heartbroken,” they said."
    assert direct(text)[0].speaker is None


def test_they_after_a_named_body_that_opens_the_sentence_is_the_body():
    text = "Harwick Council wrote on Monday that the road was safe. “We have checked it,” they said."
    assert direct(text)[0].speaker == "Harwick Council"


@pytest.mark.parametrize("text, speaker", [
    ("Dan Kerr beat Italy's Marco Venti in four sets. “My legs were gone,” the Italian told reporters.", "Marco Venti"),
    ("Dan Kerr will face Ian Holt of Australia next. “It is a dream,” the Australian said.", "Ian Holt"),
    ("Italy's Marco Venti beat Italy's Luca Brera in four sets. “My legs were gone,” the Italian said.", None),
    ("Republican Ian Holt spoke first. “We will win,” the Ohio Republican said.", None),
])
def test_one_of_a_nation_is_the_one_person_just_said_to_be_of_it(text, speaker):
    assert direct(text)[0].speaker == speaker


@pytest.mark.parametrize("text, clause", [
    ("Some families of people who died in the floods said the deal did not go far enough.", "died in the floods"),
    ("Parents of pupils who left the school said the plan had failed them.", "the school"),
])
def test_a_relative_clause_inside_the_subject_is_not_who_spoke(text, clause):
    (q,) = reported(text)
    assert q.speaker is None and q.speaker_mention != clause


@pytest.mark.parametrize("text", [
    "A senior official, in comments carried by local radio warned of “grave risks to the town.”",
    "The minister, in an interview with the station on Monday warned of “grave risks to the town.”",
])
def test_a_subject_that_opens_with_a_preposition_gives_no_speaker_and_no_error(text):
    (q,) = direct(text)
    assert q.speaker is None


@pytest.mark.parametrize("text", [
    "Footage of Dana Kerr aired on state television: “We will not bow.”",
    "Dana Kerr met the board. Officials, in remarks carried by state radio, accused the port of “lying to us.”",
])
def test_a_cue_word_right_after_a_preposition_is_no_verb_of_saying(text):
    (q,) = direct(text)
    assert q.speaker is None and q.cue is None


def test_a_verb_of_saying_after_by_in_its_ing_form_still_attributes():
    text = "Dana Kerr answered the board by saying “the port will stay open.”"
    assert direct(text)[0].speaker == "Dana Kerr"


@pytest.mark.parametrize("text, speaker", [
    ("“We will act,” Harwick Police spokesman Maj. Ian Holt said at a briefing.", "Ian Holt"),
    ("“We will act,” Army spokeswoman Brig. Gen. Ann Ruiz said.", "Ann Ruiz"),
    ("Det. Joe Bloggs led the inquiry, with Ann Ruiz. “We found nothing,” the detective said.", "Joe Bloggs"),
])
def test_an_abbreviated_rank_before_the_name_after_a_body_and_a_role(text, speaker):
    assert direct(text)[0].speaker == speaker


def test_a_comma_in_the_paragraph_before_sets_off_nothing_of_the_subject():
    """'state' after ', ' reads as a verb only after a plural subject set off by commas in its own sentence."""
    text = ("“We listened to the towns,” Ian Holt said. “That is the job.”\n\n"
            "The plan's author, state Sen. Dana Kerr, said the law would add homes.")
    (q,) = reported(text)
    assert (q.speaker, q.cue, q.text) == ("Dana Kerr", "said", "the law would add homes")


@pytest.mark.parametrize("text, speaker, mention", [
    ("Rep. Ian Holt is on trial. Ann Ruiz told jurors that the congressman had walked into her office and "
     "said, “Make these work.”", "Ian Holt", "the congressman"),
    ("Ann Ruiz told jurors that the mayor had come in and said, “Keep it quiet.”", None, "the mayor"),
    ("Ann Ruiz walked into the room and said, “Keep it quiet.”", "Ann Ruiz", "Ann Ruiz"),
])
def test_a_second_verb_of_saying_in_a_statement_before_a_quote_is_the_statement_subjects(text, speaker, mention):
    q = direct(text)[0]
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    ("Rep. Ian Holt faces trial. “I am innocent,” the congressman said.", "Ian Holt"),
    ("Sen. Ian Holt faces trial. “I am innocent,” the lawmaker said.", "Ian Holt"),
    ("Rep. Ann Ruiz and Sen. Ian Holt met. “We agree,” the congresswoman said.", "Ann Ruiz"),
    ("Rep. Ann Ruiz and Sen. Ian Holt met. “We agree,” the lawmaker said.", None),
    ("Sen. Ann Ruiz and Sen. Ian Holt met. “We agree,” the senator said.", None),
])
def test_a_legislator_is_also_the_congressman_or_the_lawmaker(text, speaker):
    assert direct(text)[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "Tenants marched. One of them, Dana Kerr of the group Fair Rents, said she had been evicted twice.",
    "Tenants marched. Her neighbour, Dana Kerr at the law firm Holt Ruiz, said she had been evicted twice.",
])
def test_a_name_set_off_with_the_kind_of_body_they_work_for_is_the_speaker(text):
    (q,) = reported(text)
    assert q.speaker == "Dana Kerr"


@pytest.mark.parametrize("text", [
    "Dana Kerr of the charity Open Doors said: “We won.”",
    "Tenants marched. One of them, Dana Kerr of the group Fair Rents, said: “We won.”",
    "Dana Kerr at Harwick Bank told reporters: “Rates will fall.”",
])
def test_a_person_then_the_body_they_work_for_before_the_cue_is_the_speaker(text):
    assert direct(text)[0].speaker == "Dana Kerr"


@pytest.mark.parametrize("text", [
    "The raids have been claimed by a coalition of gangs that say they are avenging the arrests.",
    "The fire was claimed by a group that said it wanted the mine closed.",
])
def test_a_passive_cue_whose_agent_has_a_relative_clause_of_saying_is_no_statement(text):
    assert all(q.cue != "claimed" and not q.text.startswith(("say ", "said ")) for q in reported(text))


def test_a_passive_cue_with_it_and_a_that_clause_is_still_a_statement():
    (q,) = reported("It was claimed by the firm that the files had been lost in the flood.")
    assert q.text == "the files had been lost in the flood"


@pytest.mark.parametrize("text, speaker", [
    ("Harwick Foods cut jobs. The Leeds, England-based company said sales would fall this year.", "Harwick Foods"),
    ("Harwick Foods cut jobs. The Ohio-based firm said sales would fall this year.", "Harwick Foods"),
    ("Harwick Foods cut jobs. Ohio-based companies said sales would fall this year.", None),
    ("The raids went on. An Ohio-backed group said the talks had failed.", None),
])
def test_a_name_made_an_adjective_is_not_the_speaker_its_noun_says_who(text, speaker):
    q = reported(text)[-1]
    assert q.speaker == speaker


def test_a_name_made_an_adjective_before_a_role_is_no_speaker_in_a_direct_quote():
    q = direct("Ian Holt was hired. “I am happy,” the Harvard-educated lawyer said.")[0]
    assert q.speaker is None and q.speaker_mention == "the Harvard-educated lawyer"


@pytest.mark.parametrize("setting", ["In a letter obtained by the Harwick Courier", "But in a memo to the Kellow Trust"])
def test_a_pronoun_after_a_setting_with_no_comma_is_the_subject_not_the_body_in_the_setting(setting):
    text = f"Chief Ann Grant stayed quiet. {setting} she warned that the cut would force the force to reduce patrols."
    (q,) = reported(text)
    assert (q.speaker, q.speaker_mention) == ("Ann Grant", "she")


@pytest.mark.parametrize("text, speaker, mention", [
    ("The court seemed wary of the law, with several judges joining the chair in asking whether the town had "
     "gone too far.", None, "several judges"),
    ("Harwick Bank cut rates, with its chief executive, Ann Ruiz, saying that inflation had eased.", "Ann Ruiz", "Ann Ruiz"),
    ("Harwick Bank cut rates, with leading analysts warning that inflation had not eased.", None, "leading analysts"),
])
def test_the_subject_of_a_participle_after_with_is_the_one_who_said_it(text, speaker, mention):
    (q,) = reported(text)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker, mention", [
    ("Harwick Bank cut rates, with its chief executive, Ann Ruiz, saying “inflation is beaten.”", "Ann Ruiz", "Ann Ruiz"),
    ("Harwick Bank cut rates, with analysts calling the move “overdue.”", None, "analysts"),
])
def test_the_subject_of_a_participle_after_with_says_the_quote(text, speaker, mention):
    q = direct(text)[0]
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    ("The drive is led by activist Dana Kerr, who said in a radio interview last week that “nobody is safe.”",
     "Dana Kerr"),
    ("The plan was drafted by Harwick Council, which later said it was “a mistake.”", "Harwick Council"),
    ("Ian Holt met the mayor of Harwick, who said the town was “ready.”", None),
])
def test_a_relative_clause_after_a_name_gives_the_quote_to_the_name(text, speaker):
    assert direct(text)[-1].speaker == speaker


def test_a_given_name_with_an_age_opens_the_sentence_and_speaks():
    text = ("Tom and Dan Kessler grew up on a farm. Tom, 61, a retired welder, says he will vote for the mayor. "
            "“I'm voting for my wallet,” he said.")
    assert reported(text)[0].speaker == "Tom" and direct(text)[0].speaker == "Tom"


@pytest.mark.parametrize("text, speaker", [
    ("Dan Kerr quit the board. Its chair, Hilary Quennell, urged him to stay. “Walking away helps nobody,” he said.",
     "Hilary Quennell"),
    ("Sen. Lindsey Quennell spoke first. “We will act,” he said.", "Lindsey Quennell"),
    ("Taylor Quennell won the race. “I was lucky,” she said.", "Taylor Quennell"),
])
def test_a_given_name_borne_by_men_and_women_takes_he_or_she(text, speaker):
    assert direct(text)[0].speaker == speaker


def test_a_role_before_the_name_that_closes_the_quote_s_sentence():
    text = ("Ian Holt spoke by phone with the minister on Saturday, the Harwick Council said. Holt “stressed the urgent "
            "need” for more aid, spokesman Tom Reed said.")
    q = direct(text)[0]
    assert (q.speaker, q.cue) == ("Tom Reed", "said")


def test_add_with_the_quote_as_its_object_is_no_cue_of_the_quote():
    text = "The Kellan Front wrote in a post that the Harwick Council had added “new conditions” late on Friday."
    q = direct(text)[0]
    assert (q.speaker, q.cue) == ("Kellan Front", "wrote")


@pytest.mark.parametrize("text", [
    "“She wrote well,” said her longtime editor at Kellco Press, Gary Fisk.",
    "“She wrote well,” said the head of Kellco Press, Gary Fisk.",
])
def test_an_inverted_cue_then_a_role_of_a_body_then_the_name_set_off(text):
    assert direct(text)[0].speaker == "Gary Fisk"


@pytest.mark.parametrize("text, said", [
    ("Dana Kerr said prices were rising.", "prices were rising"),
    ("Dana Kerr said talks had stalled.", "talks had stalled"),
])
def test_a_short_clause_of_a_noun_and_its_verb_is_a_statement(text, said):
    (q,) = reported(text)
    assert (q.speaker, q.text) == ("Dana Kerr", said)


@pytest.mark.parametrize("text", ["Dana Kerr said thank you.", "Dana Kerr said the word.", "Dana Kerr said no more."])
def test_a_short_object_of_said_is_no_statement(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, speaker, said", [
    ("Quennell insisted talks had not stalled.", "Quennell", "talks had not stalled"),
    ("Quennell noted sales had fallen sharply.", "Quennell", "sales had fallen sharply"),
    ("Officials said two people died.", None, "two people died"),
])
def test_a_name_opening_a_sentence_before_a_verb_of_saying_and_a_short_clause(text, speaker, said):
    (q,) = reported(text)
    assert (q.speaker, q.text) == (speaker, said)


@pytest.mark.parametrize("text, speaker", [
    ("“We regret the error,” read a statement from Kellco Foods.", "Kellco Foods"),
    ("“We regret the error,” read a statement issued by the Harwick Council.", "Harwick Council"),
    ("“Stop,” read the sign.", None),
])
def test_read_after_a_quote_gives_it_to_the_source_of_what_was_written(text, speaker):
    assert direct(text)[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "Sen. Dana Kerr, Republican of Ohio, said: “The deal is close.”",
    "Dana Kerr, Democrat of Harwick County, said the deal was “close to done.”",
    "Dana Kerr, Kellco Foods' chief, told reporters: “The deal is close.”",
])
def test_a_party_place_or_body_set_off_after_a_name_says_more_of_the_person(text):
    assert direct(text)[0].speaker == "Dana Kerr"


def test_a_plural_subject_after_a_setting_set_off_is_still_no_one():
    (q,) = direct("In Harwick, Democrats said: “The deal is close.”")
    assert (q.speaker, q.speaker_mention) == (None, "Democrats")


@pytest.mark.parametrize("text", [
    "The letters went to aides of Kellan. Dana Kerr, a spokeswoman, said: “We will not comment.”",
    "The letter went to the office of Kellan. Dana Kerr, who speaks for the firm, said: “We will not comment.”",
])
def test_a_name_set_off_before_the_cue_opens_its_own_sentence_after_a_name_after_a_preposition(text):
    assert direct(text)[0].speaker == "Dana Kerr"


@pytest.mark.parametrize("text", [
    "Dana Kerr said: “We will not comment.” Kellan pounced on the letters at a rally. “She lied,” he told the crowd.",
    "Ann Kerr said: “We will not comment.” Okafor struck back within hours. “He lied,” she wrote.",
])
def test_he_or_she_after_a_sentence_opened_by_a_name_not_introduced_names_no_one(text):
    q = direct(text)[-1]
    assert (q.speaker, q.speaker_mention) == (None, text.split("” ")[-1].split()[0])


@pytest.mark.parametrize("text", [
    "Dana Kerr spoke first. Inflation eased in March. “It is good news,” she said.",
    "Dana Kerr spoke first. Simply put, the plan failed. “It is bad news,” she said.",
    "Dana Kerr spoke first. Turnout rose in the spring, and turnout fell later. “It is good news,” she said.",
])
def test_he_or_she_after_a_sentence_opened_by_a_common_word_keeps_its_antecedent(text):
    assert direct(text)[-1].speaker == "Dana Kerr"


@pytest.mark.parametrize("text, said", [
    ("In a talk to bankers in 2019, according to the transcripts, she spoke of lower taxes for all firms.",
     "In a talk to bankers in 2019, according to the transcripts, she spoke of lower taxes for all firms"),
    ("On Friday night, according to the police, two men were held at the Harwick depot.",
     "On Friday night, according to the police, two men were held at the Harwick depot"),
    ("By noon, the river had risen two metres, according to the agency, which said more rain was due.",
     "By noon, the river had risen two metres"),
])
def test_according_to_set_off_after_a_setting_reports_the_whole_sentence(text, said):
    assert reported(text)[0].text == said


@pytest.mark.parametrize("text", [
    "Ann Ruiz, appearing with her husband, Dr. Tom Holt, said: “We are ready.”",
    "Ann Ruiz, flanked by her deputy, Tom Holt, said the town was “ready for anything.”",
    "On Monday, Ann Ruiz, standing beside the chief constable, Tom Holt, said: “We are ready.”",
])
def test_a_name_set_off_inside_a_participles_phrase_is_not_the_subject(text):
    assert direct(text)[0].speaker == "Ann Ruiz"


def test_a_participles_phrase_after_the_head_keeps_the_head_of_a_reported_statement():
    text = "Ann Ruiz spoke first. The mayor, appearing with her deputy, Tom Holt, said the town was ready."
    (r,) = reported(text)
    assert r.speaker_mention == "The mayor" and r.speaker != "Tom Holt"


@pytest.mark.parametrize("text, mention", [
    ("HARWICK — A federal judge on Monday struck down a Kellan rule, calling it “plainly unlawful.”",
     "A federal judge"),
    ("On Friday, an aide to the mayor wrote to the Harwick Council, saying the plan “cannot work.”", "an aide"),
])
def test_a_participles_subject_opening_with_a_and_a_persons_noun_is_someone_not_named(text, mention):
    q = direct(text)[0]
    assert (q.speaker, q.speaker_mention) == (None, mention)


def test_a_reported_statement_after_a_participle_of_an_indefinite_subject_is_not_the_later_names():
    (r,) = reported("A state judge in Harwick blocked the Kellan plan, saying it broke the law.")
    assert (r.speaker, r.speaker_mention) == (None, "A state judge")


def test_a_role_set_off_after_the_speakers_name_is_no_other_unnamed_speaker():
    text = ("Ann Holt, the president of the Kellan Trust, which runs four homes in the county, said the rules "
            "were unclear.\n\n“We are hopeful,” she said.")
    assert direct(text)[0].speaker == "Ann Holt"


def test_a_statement_in_a_relative_clause_set_off_ends_at_its_comma_and_the_main_cue_says_its_own():
    text = "Dana Kerr, who had urged members to reject the deal, said the vote was “a grave mistake.”"
    assert [(r.cue, r.text, r.speaker) for r in reported(text)] == [
        ("urged", "to reject the deal", "Dana Kerr"),
        ("said", "the vote was “a grave mistake.”", "Dana Kerr"),
    ]


def test_another_then_a_name_set_off_is_that_person():
    text = ("One of them, Dana Kerr, said the deal was close. Another, Rep. Tom Holt of Ohio, told reporters that "
            "he would vote against it.")
    assert [r.speaker for r in reported(text)] == ["Dana Kerr", "Tom Holt"]


def test_a_name_after_known_as_set_off_is_what_the_head_is_called_not_the_speaker():
    (r,) = reported("Backers of the bill, known as the Kellan Act, said it would pass by June.")
    assert (r.speaker, r.speaker_mention) == (None, "Backers of the bill")


@pytest.mark.parametrize("text, mention", [
    ("A former aide to Gov. Tom Holt testified on Monday that she had warned him twice.",
     "A former aide to Gov. Tom Holt"),
    ("An adviser to Mayor Ann Ruiz said the budget would be cut by June.", "An adviser to Mayor Ann Ruiz"),
])
def test_someone_to_a_named_person_is_not_that_person(text, mention):
    (r,) = reported(text)
    assert (r.speaker, r.speaker_mention) == (None, mention)


def test_a_title_with_to_the_before_a_name_is_still_the_persons():
    (r,) = reported("Trade Commissioner to the Northwind Union Tom Holt said the talks had failed.")
    assert r.speaker == "Tom Holt"


def test_a_participle_after_and_in_a_with_phrase_has_its_own_subject():
    text = ("Dana Kerr and Tom Holt clashed on Friday, with Kerr accusing Holt of lying about the plan and "
            "Holt warning that it would cost far more than promised.")
    (r,) = reported(text)
    assert (r.speaker, r.speaker_mention, r.cue) == ("Tom Holt", "Holt", "warning")


@pytest.mark.parametrize("text", [
    "Tom Holt spoke first. The plan would cost “far more” than Kerr admits.",
    "Tom Holt spoke first. The plan would cost “billions” more than Kerr says.",
])
def test_a_cue_after_than_is_a_comparison_not_the_quotes_attribution(text):
    assert direct(text)[0].speaker != "Kerr"


@pytest.mark.parametrize("text, speaker", [
    ("Rivals trade barbs\n\nTom Holt and Sam Reed traded barbs on Friday.\n\nSpeaking to a crowd of 1,500 in Ames, Holt said Reed was "
     "“not being straight with voters.”\n\n“Sam knows better,” he said.", "Tom Holt"),
    ("Rivals trade barbs\n\nTom Holt and Sam Reed traded barbs on Friday.\n\nHolt told reporters that Reed was “not being straight.”\n\n"
     "“Sam knows better,” he said.", "Tom Holt"),
    ("Rivals trade barbs\n\nTom Holt and Sam Reed traded barbs on Friday.\n\nHolt left the hall early, and Reed stayed.\n\n"
     "“Sam knows better,” he said.", None),
])
def test_he_after_two_subjects_is_the_one_who_spoke_in_the_nearest_sentence(text, speaker):
    assert direct(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    "Ann Ruiz called the plan “meaningless,” noting that the Harwick Council would vote on it in May.",
    "Ann Ruiz called the plan “meaningless,” adding that Tom Holt had never read it.",
])
def test_a_participle_after_a_quote_has_no_subject_after_it(text):
    assert direct(text)[0].speaker == "Ann Ruiz"


def test_a_participle_after_a_message_someone_sent_is_the_senders():
    text = ("Ann Ruiz took the stand. A lawyer, Tom Holt, pressed Ruiz on why she had sent an email saying "
            "“Close the road at noon.”")
    assert direct(text)[0].speaker == "Ann Ruiz"


def test_a_spokesman_then_the_name_set_off_is_a_participles_subject():
    text = "A party spokesman, Tom Holt, went further, calling the rebels “a few sore losers.”"
    assert direct(text)[0].speaker == "Tom Holt"


def test_the_office_then_the_name_set_off_is_the_person():
    text = "The Work and Pensions Secretary, Dana Kerr, told MPs that the system was broken. She said more was needed."
    assert [r.speaker for r in reported(text)] == ["Dana Kerr", "Dana Kerr"]


def test_a_second_verb_after_a_question_the_first_took_is_the_subjects():
    text = ("Tom Holt took the stand. Sen. Ann Ruiz was blunt. She asked Holt why he had not resigned and noted "
            "that his pay had doubled.")
    assert [(r.cue, r.speaker) for r in reported(text)] == [("asked", "Ann Ruiz"), ("noted", "Ann Ruiz")]


def test_a_second_statement_joined_by_and_keeps_the_speaker_of_the_first():
    text = ("Tom Holt took the stand. Ann Ruiz spoke next. Holt replied that he was \"proud\" of the company's work "
            "and said he would stay until June.")
    assert [(r.cue, r.speaker) for r in reported(text)] == [("replied", "Tom Holt"), ("said", "Tom Holt")]


def test_a_gerund_after_of_is_no_statement():
    text = "Talks stalled on Sunday, with each side accusing the other of adding new demands, according to aides."
    assert [r.cue for r in reported(text)] == ["according to"]


@pytest.mark.parametrize("text, said, speaker", [
    ("In Harwick, the council's spokesman, Tom Holt, said the town remained \"fully open.\"",
     'the town remained "fully open."', "Tom Holt"),
    ("The road was closed, said a man who declined to be named.", "The road was closed", None),
])
def test_said_then_a_clause_is_no_inverted_subject_but_a_relative_clause_may_follow_one(text, said, speaker):
    (r,) = reported(text)
    assert (r.text, r.speaker) == (said, speaker)


def test_a_name_after_including_set_off_is_one_of_the_subject_not_its_speaker():
    (r,) = reported("The mayor's advisers, including the banker Tom Holt, said the cuts would pay for themselves.")
    assert (r.speaker, r.speaker_mention) == (None, "The mayor's advisers")


def test_a_long_first_clause_before_and_said_keeps_the_sentences_subject():
    text = ("Harwick Council press secretary Ann Ruiz called the ruling “deeply troubling for every tenant” and said "
            "the mayor would appeal.")
    (r,) = reported(text)
    assert r.speaker == "Ann Ruiz"


def test_letters_of_a_sign_are_no_speech_around_a_quoted_word():
    text = "The piece uses blue “neon” letters to spell out a word in cursive on the gallery wall."
    assert direct(text) == []


@pytest.mark.parametrize("text, said", [
    ("Dana Kerr predicted the vote would be close.", "the vote would be close"),
    ("Dana Kerr conceded the race was lost.", "the race was lost"),
    ("Dana Kerr confirmed she would sign the bill.", "she would sign the bill"),
    ("Dana Kerr vowed to repeal the tax.", "to repeal the tax"),
    ("Dana Kerr pledged to cut fares by June.", "to cut fares by June"),
    ("Dana Kerr hinted that she would run again.", "she would run again"),
    ("Dana Kerr reiterated that she would not resign.", "she would not resign"),
])
def test_more_verbs_of_saying_report_a_statement(text, said):
    (r,) = reported(text)
    assert (r.speaker, r.text) == ("Dana Kerr", said)


@pytest.mark.parametrize("text", [
    "Officials confirmed the death of a worker.",
    "The figures indicated a sharp fall in sales.",
    "A crisis that had threatened to bring down the government was averted.",
    "The new bridge signals a change of course for the port and its owners.",
    "Dana Kerr conceded defeat on Tuesday night.",
])
def test_an_object_or_a_thing_threatening_is_no_statement(text):
    assert reported(text) == []


def test_it_after_a_record_opening_the_sentence_before_is_not_a_body_named_inside_it():
    text = ("The report, written by a panel of the Harwick Council, found many failures. It did not blame anyone "
            "but said the chief had failed to take command.")
    r = reported(text)[-1]
    assert (r.speaker, r.speaker_mention) == (None, "It")


def test_early_opening_a_bare_clause_is_part_of_it_not_a_time():
    (r,) = reported("Dana Kerr said early turnout among young voters was encouraging.")
    assert r.text == "early turnout among young voters was encouraging"


@pytest.mark.parametrize("text", ["Dana Kerr said only that the talks would go on.",
                                  "Dana Kerr said simply that the talks would go on."])
def test_an_adverb_before_that_is_no_part_of_the_statement(text):
    (r,) = reported(text)
    assert r.text == "the talks would go on"


def test_a_surname_alone_in_the_headline_and_the_story_before_a_full_name_is_another_person():
    text = ("Kerr Pardons Son, Reversing Pledge\n\nPresident Kerr on Sunday pardoned his son Tom. Mr. Kerr said "
            "his son had been treated unfairly. Tom Kerr, in a statement, said he was grateful.")
    assert [r.speaker for r in reported(text)] == ["Kerr", "Tom Kerr"]


def test_a_titled_surname_set_off_after_a_word_for_kin_is_a_relative_not_the_one_named_in_full():
    text = ("Tom Kerr was pardoned on Sunday by his father, President Kerr. Mr. Kerr said the case was political. "
            "Tom Kerr said he was grateful.")
    assert [r.speaker for r in reported(text)] == ["Kerr", "Tom Kerr"]


def test_a_surname_after_a_word_for_kin_ending_a_clause_is_still_the_one_named_in_full():
    text = ("Tom Kerr rang home twice. Each time he asked for his sister, Kerr got no answer at all. "
            "Kerr said the line was dead.")
    assert {e.name for e in analyse(text).entities if e.type == "PERSON"} == {"Tom Kerr"}


def test_a_fragment_woven_into_reported_speech_is_the_reporters_not_a_later_verbs_subject():
    text = "The harbour master, Ann Cole, said the mayor was “confident” the Harbour Council would confirm her choice within a month."
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("Ann Cole", "said")


def test_a_fragment_with_no_comma_may_still_end_before_its_cue():
    (q,) = direct("The old pier is “falling apart” Tom Vale said on Monday.")
    assert q.speaker == "Tom Vale"


@pytest.mark.parametrize("opening", ["“It's Over,”", '"It\'s Over,"'])
def test_words_in_title_case_opening_a_sentence_before_a_cue_are_said(opening):
    text = f"Fans left the stadium in a hurry and in silence. {opening} said Tom Vale, who has gone for years."
    assert [(q.text, q.speaker) for q in direct(text)] == [("It's Over,", "Tom Vale")]


def test_a_title_in_title_case_inside_a_sentence_is_still_no_quote():
    assert direct("She spent the summer reading “The Long Harbour Road” before the storm came.") == []


@pytest.mark.parametrize("subject, speaker", [("The Trade Ministry in Velmora", "Trade Ministry"),
                                              ("The embassy in Velmora", None)])
def test_a_place_after_the_subjects_preposition_is_not_who_called_it(subject, speaker):
    (q,) = direct(f"{subject} called the blockade “an act of piracy.”")
    assert q.speaker == speaker and q.speaker_mention != "Velmora"


def test_the_nearest_determiner_opens_the_phrase_before_called():
    text = ("Shares of Northwind Bank fell after Tom Vale wrote that he would sell, a claim the bank called "
            "“false.”")
    (q,) = direct(text)
    assert (q.speaker, q.speaker_mention) == ("Northwind Bank", "the bank")


def test_a_role_opening_a_later_sentence_is_meant_by_she_over_a_name_before_it():
    text = ("Board chair Ann Cole said a vote was due. Two members, Tom Vale and Ruth Pike, oppose the plan.\n\n"
            "At one point, the board chair called a recess. When the meeting resumed, she warned that she would "
            "clear the room.")
    assert [r.speaker for r in reported(text)][-1] == "Ann Cole"


def test_a_role_opening_a_later_sentence_with_no_one_of_that_title_named_gives_no_one():
    text = ("Ruth Pike said a vote was due.\n\nAt one point, the board chair called a recess. Later she warned that "
            "she would clear the room.")
    assert [r.speaker for r in reported(text)] == ["Ruth Pike", None]


def test_a_list_of_verbs_ending_in_a_plural_noun_is_no_trailing_cue():
    text = ("The bill would close two ports, end a program that lets ferries dock at night while repairs are made, "
            "and sharply limit fishing claims.")
    assert reported(text) == []


@pytest.mark.parametrize("text", ["The Harbour Board, which had added the fee in the last week of talks, was split.",
                                  "Tom Vale added two clauses to the lease in the last week of talks."])
def test_added_with_a_noun_object_says_nothing(text):
    assert reported(text) == []


def test_added_with_a_clause_is_still_said():
    (r,) = reported("Tom Vale added the lease would run for ten more years.")
    assert (r.speaker, r.text) == ("Tom Vale", "the lease would run for ten more years")


@pytest.mark.parametrize("text", ["If confirmed, she would be the first harbour master from the island.",
                                  "Once approved, the pier would open in May and close in October."])
def test_a_past_participle_after_a_subordinator_with_no_subject_is_no_cue(text):
    assert reported(text) == []


def test_a_participle_after_while_is_still_the_subjects_statement():
    (r,) = reported("Tom Vale cut his fares, while claiming the cuts had nothing to do with the strike.")
    assert r.speaker == "Tom Vale"


def test_a_second_cue_joined_by_and_after_a_body_and_title_before_the_name():
    text = ("Council Minority Leader Ann Cole argued that the plan relied on “rosy” forecasts and warned that the "
            "port would run short of money.")
    assert [r.speaker for r in reported(text)] == ["Ann Cole", "Ann Cole"]


@pytest.mark.parametrize("verb", ["dismissed", "derided", "hailed", "characterized"])
def test_a_verb_of_judging_with_as_before_the_quote_gives_its_subject(verb):
    (q,) = direct(f"Tom Vale, the harbour master, {verb} the plan as “a pier to nowhere.”")
    assert (q.speaker, q.cue) == ("Tom Vale", verb)


def test_a_short_judgement_after_as_is_a_quote_but_a_word_after_the_verb_alone_is_not():
    assert [q.speaker for q in direct("Tom Vale hailed the deal as “historic” on Monday.")] == ["Tom Vale"]
    assert direct("Tom Vale criticized the “reform” bill on Monday.") == []


def test_a_body_named_after_a_noun_for_a_body_speaks():
    (r,) = reported("A local monitoring group, the Harwick Observatory for Rights, said two boats had sunk.")
    assert r.speaker == "Harwick Observatory for Rights"


def test_he_after_an_unnamed_agent_who_spoke_with_a_long_relative_clause_is_not_a_man_named_before():
    text = ("Tom Vale said the fence would be built.\n\nOfficers in the valley were divided. One agent, who asked "
            "that his name not be used because he had no leave to speak, said the fence worked in towns. "
            "“Out in the hills, it does nothing,” he said.")
    (q,) = direct(text)
    assert q.speaker is None and q.speaker_mention == "he"


def test_a_name_with_a_longer_party_and_state_set_off_before_told():
    text = "“You have wrecked the harbour,” Senator Ann Cole, Republican of North Carolina, told the board."
    assert [(q.speaker, q.cue) for q in direct(text)] == [("Ann Cole", "told")]


def test_a_clause_with_a_verb_of_showing_before_that_is_said_whole():
    (r,) = reported("Tom Vale said the vote showed that the harbour board had lost its way.")
    assert r.text == "the vote showed that the harbour board had lost its way"


def test_a_late_that_after_words_of_when_still_opens_the_statement():
    (r,) = reported("Ann Cole warned late last week before the ballot that turnout would fall.")
    assert r.text == "turnout would fall"


def test_one_of_a_party_set_off_before_the_name_is_that_person():
    (r,) = reported("Two members objected. A Democrat, Representative Tom Vale, said he would file a bill.")
    assert r.speaker == "Tom Vale"


def test_a_hearer_named_with_fields_listed_by_commas_is_no_part_of_the_statement():
    (r,) = reported("Ann Cole told the Senate Harbour, Fisheries, Coast and Ports Committee that the pier was safe.")
    assert (r.speaker, r.text) == ("Ann Cole", "the pier was safe")


def test_a_name_inside_the_quote_opening_the_sentence_is_not_the_subject_of_a_participle_after_it():
    text = ("Ed Hovde, a banker, nodded. “Tom is right about that,” he said, before adding that Tom Vale’s party had "
            "“done nothing” to stop it.")
    (r,) = reported(text)
    assert r.speaker == "Ed Hovde"
    assert [q.speaker for q in direct(text)] == ["Ed Hovde", "Ed Hovde"]


def test_a_second_verb_after_a_long_first_predicate_is_the_sentence_subjects():
    text = ("Mr. Hovde accused Mr. Vale of siding with the harbour board “nine times out of ten” and said he would be "
            "“a rubber stamp” for the mayor.")
    assert [q.speaker for q in direct(text)] == ["Hovde", "Hovde"]


def test_a_verb_of_naming_before_a_nearer_cue_of_saying_gives_way_to_it():
    (q,) = direct("Ann Cole told jurors that the mayor had called her in and said “you are done here.”")
    assert q.speaker is None and q.speaker_mention == "the mayor"


def test_he_goes_on_with_the_he_that_opens_the_sentence_before_over_a_man_named_inside_it():
    text = ("Tom Vale was unmoved. He pointed to records showing that Ed Hovde owned a house in Kellan. "
            "“You can’t live in two towns,” he said.")
    assert direct(text)[0].speaker == "Tom Vale"


def test_a_hearer_then_of_is_no_statement():
    assert reported("Engineers had warned the council of the risk of collapse two years ago.") == []


def test_a_plural_head_with_a_phrase_of_where_they_are_says_with_a_bare_verb():
    (r,) = reported("Critics of the harbour plan say it will fail.")
    assert r.speaker is None and r.speaker_mention == "Critics of the harbour plan"
    (r,) = reported("Families living beside the old sea wall in Kellan say they were never told.")
    assert r.speaker is None and r.speaker_mention.startswith("Families living")


def test_a_bare_verb_after_to_in_a_sentence_of_a_plural_subject_is_no_statement():
    text = "Senators pressed the harbour board on Tuesday to explain how it spends its money."
    assert reported(text) == []


def test_a_second_cue_joined_by_and_after_a_statement_about_oneself_keeps_the_speaker():
    text = "The board's chair, Ann Cole, said she supported the plan and urged members to back it."
    assert [r.speaker for r in reported(text)] == ["Ann Cole", "Ann Cole"]


@pytest.mark.parametrize("text", ["The talks will go on, her lawyer, Tom Vale, said outside the courthouse.",
                                  "The talks will go on, Tom Vale, the union leader, said on Monday."])
def test_a_name_set_off_with_its_role_after_the_statement_is_the_speaker(text):
    (r,) = reported(text)
    assert (r.speaker, r.text) == ("Tom Vale", "The talks will go on")


def test_a_subject_with_a_participles_phrase_set_off_before_its_cue_is_no_statement():
    text = "The lawsuit, filed in May by the harbour board, says the ferry firm, Kellan Lines, broke the lease."
    (r,) = reported(text)
    assert r.speaker_mention == "The lawsuit" and r.text.startswith("the ferry firm")


@pytest.mark.parametrize("subject", ["The Harbour Board press secretary, Ann Cole,", "The Acme chief executive, Ann Cole,"])
def test_a_role_after_a_body_then_a_name_set_off_is_that_person_for_a_participle(subject):
    text = f"{subject} on Monday declined to comment, telling reporters that she would not “get into it.”"
    (r,) = reported(text)
    assert r.speaker == "Ann Cole" and direct(text)[0].speaker == "Ann Cole"


def test_a_longer_role_of_small_words_before_a_name_still_names_the_person():
    text = "Veritas fact checker and staff writer Dana Reyes posted online asking if the pier was “really safe?”"
    assert direct(text)[0].speaker == "Dana Reyes"


def test_who_after_an_inverted_speakers_age_and_apposition_is_that_speaker():
    text = ("“The pier will fall,” said Tom Vale, 68, a retired ferry pilot, who said he would vote against the "
            "board.")
    assert reported(text)[0].speaker == "Tom Vale"


def test_several_after_but_opens_another_speakers_statement():
    text = "Many sailors said the fees were too high, but several captains said the pier was worth it."
    assert [r.text for r in reported(text)] == ["the fees were too high", "the pier was worth it"]


def test_a_name_after_in_before_a_cue_is_where_the_subject_is():
    text = "Judge Ann Cole of the District Court in Kellan wrote that the law “cannot stand as written.”"
    assert direct(text)[0].speaker == "Ann Cole"


def test_she_opening_a_clause_then_and_said_is_the_speaker_over_a_name_after_her_verb():
    text = ("Ann Cole replied within minutes. Online, she called Mr. Vale “a failed mayor” and said the town had "
            "“rejected him” long ago.")
    assert [q.speaker for q in direct(text)] == ["Ann Cole", "Ann Cole"]


def test_a_late_that_before_a_verb_in_the_past_is_a_relative_not_a_statement():
    assert reported("Tom Vale announced his bid in a video that made no mention of the mayor.") == []


def test_according_to_a_source_with_a_relative_clause_after_it():
    text = ("The board has set aside $2 million, according to a person familiar with its plans who was not "
            "allowed to discuss them.")
    (r,) = reported(text)
    assert r.speaker_mention == "a person familiar with its plans" and r.text.startswith("The board has set aside")


def test_a_title_opening_the_sentence_after_its_bearer_opens_one_goes_on_with_them():
    text = ("Sen. Ann Cole and Sen. Tom Vale have fought for a year over the harbour bill. Mr. Vale disputed her "
            "account. The senator said he had never agreed to the text. “That was never the deal,” he said.")
    assert [r.speaker for r in reported(text)] == ["Tom Vale"]
    assert direct(text)[0].speaker == "Tom Vale"


def test_a_title_two_people_bear_with_neither_the_subject_just_before_names_no_one():
    text = "Sen. Ann Cole and Sen. Tom Vale met on Monday. The talks ran late. The senator said the talks went well."
    assert reported(text)[0].speaker is None


@pytest.mark.parametrize("subject", ["A representative of the dockers' union, Tom Vale,", "An official of the union, Tom Vale,"])
def test_a_subject_opening_with_a_role_then_a_name_set_off_is_that_person_for_a_participle(subject):
    (r,) = reported(f"{subject} testified in favor, saying the fee would create jobs.")
    assert r.speaker == "Tom Vale"


@pytest.mark.parametrize("text, speaker", [
    ("As Tom Vale put it, “the pier is finished.”", "Tom Vale"),
    ("Ann Cole had a warning for the board: “Do not test me.”", "Ann Cole"),
    ("The mayor, Ann Cole, spoke first. The mayor was blunt: “We lost.”", "Ann Cole"),
    ("The sign on the gate read: “Keep out.”", None),
    ("Tom Vale pointed to a line in the report: “The pier is unsafe.”", None),
])
def test_a_short_clause_of_the_subject_before_a_colon_introduces_the_quote(text, speaker):
    assert direct(text)[-1].speaker == speaker


def test_a_persons_aide_in_a_headline_is_someone_of_theirs_not_them():
    (r,) = reported("Vale aide says harbour talks to resume\n\nTom Vale left for the coast on Monday.")
    assert r.speaker is None and r.speaker_mention == "Vale aide"


@pytest.mark.parametrize("text, speaker, mention", [
    ("The agency quoted a harbour pilot as saying the pier was unsafe.", None, "a harbour pilot"),
    ("The paper quoted Ann Cole, a harbour pilot, as saying the pier was unsafe.", "Ann Cole", "Ann Cole"),
    ("Ann Cole was quoted as saying the pier was unsafe.", "Ann Cole", "Ann Cole"),
])
def test_quoted_as_saying_gives_the_one_quoted(text, speaker, mention):
    (r,) = reported(text)
    assert (r.speaker, r.speaker_mention, r.text) == (speaker, mention, "the pier was unsafe")


@pytest.mark.parametrize("text, cue", [
    ("Tom Vale has made clear that he will not run again.", "made clear"),
    ("Ann Cole made the case that the fee would hurt families.", "made the case"),
    ("Tom Vale pointed out that the bill had passed twice.", "pointed out"),
    ("Ann Cole expressed confidence that the bill would pass.", "expressed confidence"),
    ("Tom Vale repeated his claim that the vote was rigged.", "repeated his claim"),
])
def test_a_phrase_of_saying_before_that_reports_the_clause(text, cue):
    (r,) = reported(text)
    assert r.cue == cue and r.speaker in ("Tom Vale", "Ann Cole")


def test_someone_elses_claim_that_is_not_the_subjects_statement():
    assert reported("Ann Cole rejected their argument that the fee was fair.") == []


def test_asked_set_off_after_the_subject_is_no_statement_of_theirs():
    (r,) = reported("Tom Vale, asked whether he would run, said he had not decided.")
    assert (r.cue, r.text) == ("said", "he had not decided")


def test_an_unnamed_aide_in_a_place_after_though_names_no_place():
    text = ("Members stayed silent, though one senior aide in Kellby, who spoke on the condition of anonymity, said "
            "the board was “watching closely.”")
    (r,) = reported(text)
    assert r.speaker is None and r.speaker_mention == "one senior aide in Kellby"
    assert direct(text)[0].speaker is None


def test_a_name_after_but_opening_a_sentence_is_its_subject_for_he():
    text = ("Ann Cole said Mayor Tom Vale was unwell. But Ed Hale, who served as Mr. Vale's aide until last year, "
            "disputed that account. He said the mayor was fine.")
    assert reported(text)[-1].speaker == "Ed Hale"


@pytest.mark.parametrize("text", [
    "“We are sorry to all our riders,” the ferry firm’s chief executive, Tom Vale, said in a video posted on "
    "social media.",
    "The statement was read out in a letter sent to every member of the harbour board.",
])
def test_a_participle_modifying_a_noun_is_no_cue(text):
    assert [r for r in reported(text) if r.cue in ("posted", "sent")] == []


def test_posted_with_a_clause_is_still_a_cue():
    (r,) = reported("Tom Vale posted online that the pier would close.")
    assert (r.speaker, r.cue) == ("Tom Vale", "posted")


def test_a_late_that_after_a_hearer_with_a_number_and_a_place():
    (r,) = reported("Ann Cole told a crowd of about 2,000 supporters in Kellby that the race was tied.")
    assert (r.speaker, r.text) == ("Ann Cole", "the race was tied")


def test_a_name_set_off_with_the_place_it_is_from_speaks_for_the_role_before_it():
    text = ("Ann Ruiz's campaign chairman, Tom Vale, told reporters that he expected nothing new. “We want it all "
            "out,” he said.\n\nRivals were less calm. The chairman of the Harbour Safety Committee, Dan Cole of Ohio, "
            "wrote in a statement on Friday that the committee would “read every page” and might call more witnesses.")
    q = direct(text)[-1]
    assert (q.speaker, q.speaker_mention) == ("Dan Cole", "Dan Cole")


def test_a_role_of_a_body_is_not_someone_given_the_role_of_another():
    text = ("The campaign's chairman, Tom Vale, said he expected nothing new. “We want it all out,” he said.\n\n"
            "The chairman of the Harbour Safety Committee wrote in a statement on Friday that the board would “read "
            "every page.”")
    q = direct(text)[-1]
    assert q.speaker is None and q.speaker_mention.startswith("The chairman of the Harbour Safety Committee")


def test_a_role_of_a_body_is_the_person_named_with_that_body_before():
    text = ("Ann Cole, the chairman of the Harbour Safety Committee, opened the hearing.\n\n"
            "Later the chairman of the Harbour Safety Committee said the board would “read every page.”")
    assert direct(text)[-1].speaker == "Ann Cole"


def test_a_that_after_each_of_two_joined_cues_leaves_the_second_speaker_unsaid():
    text = ("Tom Vale spoke in Kellby on Friday. He told the crowd that Ms. Cole had “misled the town” and predicted "
            "that the records would show “a lot of bad things.”")
    q = direct(text)[-1]
    r = reported(text)[-1]
    assert (q.text, q.speaker, r.cue, r.speaker) == ("a lot of bad things.", None, "predicted", None)


def test_a_second_cue_with_no_that_after_a_statement_is_still_of_the_person_it_opens_with():
    text = "Dana Kerr told jurors that Ms. Cole called her in and warned the files could be misread."
    assert reported(text)[-1].speaker == "Cole"


def test_a_name_then_what_it_is_to_someone_else_speaks():
    (q,) = direct("“She has prepared all her life,” Ann Cole, Mr. Vale's campaign manager, said on Sunday.")
    assert (q.speaker, q.speaker_mention) == ("Ann Cole", "Ann Cole")


def test_someone_of_a_persons_named_after_them_is_still_not_them():
    (q,) = direct("“She has prepared all her life,” Mr. Vale's campaign manager said on Sunday.")
    assert q.speaker is None


def test_a_role_with_an_age_opening_the_sentence_before_is_meant_by_he_over_a_man_named_earlier():
    text = ("“The polls were wrong before,” said Tom Vale, a retired machinist.\n\n"
            "The 70-year-old candidate ended the speech with a promise. “We will win this state,” he said.")
    q = direct(text)[-1]
    assert (q.speaker, q.speaker_mention) == (None, "he")


def test_a_long_setting_with_a_titled_name_in_it_is_no_rival_of_the_subject_after_it():
    text = ("Tom Vale, Mr. Hale's campaign manager, said the senator was pleased. Asked whether all of Mr. Hale's "
            "voters would follow him, Mr. Vale was cautious. “Some will need time,” he said.")
    assert direct(text)[-1].speaker == "Tom Vale"


def test_advocates_named_by_a_word_of_a_body_are_not_the_body():
    text = ("The state runs the buses through the Kellby Transit Administration. Transit advocates said the plan "
            "was a good start.")
    r = reported(text)[-1]
    assert (r.speaker, r.speaker_mention) == (None, "Transit advocates")


def test_a_member_for_a_seat_set_off_is_no_speaker_the_seat_is():
    text = ("But Ann Cole, the MP for Kellby Central, who has led the revolt, told the BBC that ministers had "
            "“completely misjudged” the mood.")
    assert direct(text)[0].speaker == "Ann Cole"


def test_a_backbencher_opening_the_sentence_before_is_a_rival_for_he():
    text = ("“MPs are right to stand up to this,” said Tom Vale, a charity director.\n\n"
            "One senior backbencher predicted a climbdown. “They will blink,” he said.")
    assert direct(text)[-1].speaker is None


@pytest.mark.parametrize("text, cue, clause", [
    ("Tom Vale announced he would not seek a third term.", "announced", "he would not seek a third term"),
    ("Ann Cole signaled that she would allow a vote on the bill.", "signaled", "she would allow a vote on the bill"),
])
def test_announcing_and_signalling_report_a_statement(text, cue, clause):
    (r,) = reported(text)
    assert (r.cue, r.text) == (cue, clause)


@pytest.mark.parametrize("text", [
    "Kellby Foods announced plans for a new plant on Monday.",
    "The move signals a shift in the council's strategy.",
])
def test_announcing_or_signalling_a_thing_is_no_statement(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, mention", [
    ("The memo shows that officials knew about the leak.", "The memo"),
    ("A new study shows that the drug works.", "A new study"),
])
def test_one_document_shows_what_is_so(text, mention):
    (r,) = reported(text)
    assert (r.cue, r.speaker, r.speaker_mention) == ("shows", None, mention)


def test_where_opening_a_clause_is_no_word_of_its_subject():
    (r,) = reported("The rock came from Kell Crater, where scientists believe a lake existed long ago.")
    assert (r.speaker_mention, r.text) == ("scientists", "a lake existed long ago")


@pytest.mark.parametrize("text, speaker", [
    ("Ann Cole spoke in Kellby on Tuesday. Her message to voters was blunt: “Choose change.”", "Ann Cole"),
    ("Tom Vale met Ann Cole in Kellby. His statement said: “We will win.”", "Tom Vale"),
])
def test_his_or_her_words_are_the_one_the_pronoun_means(text, speaker):
    assert direct(text)[-1].speaker == speaker


def test_a_spokesman_for_a_titled_person_calling_it_is_not_that_person():
    text = ("The government condemned the strike. In a statement, a spokesman for Prime Minister Tom Abu al-Vale "
            "called it “a flagrant violation” of the law.")
    q = direct(text)[0]
    assert (q.speaker, q.speaker_mention) == (None, "a spokesman")


def test_a_letter_to_a_titled_name_before_that_still_opens_the_statement():
    (r,) = reported("Ann Cole wrote in a letter to Mr. Vale that the mayor had told her not to testify.")
    assert (r.speaker, r.text) == ("Ann Cole", "the mayor had told her not to testify")
