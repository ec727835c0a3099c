"""Resolving who a phrase names: the subject of a reporting verb, as a speaker.

A name is looked up in the document's mentions; a pronoun ("she", "it") goes
to the last entity before it that agrees in gender and kind, unless another
that also agrees was named in its sentence or the one before; a role ("the
minister") goes to the person titled so. When that is not clear the speaker is
None and the words that name them stay: a wrong name is worse than none.
"""

from __future__ import annotations

import bisect
import functools
import re

from . import lexicon as lx
from .document import SPEAKER_TYPES, Document
from .model import Entity
from .patterns import SEAT_FOR, kin_before_name, looks_past, one_of
from .segment import ABBREVIATIONS, UPPER, Coverage

_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "GROUP", "it": "GROUP", "we": "GROUP", "i": "PERSON"}
# The pronouns that may only be a clause's subject, in the text's own case ("it" may be an object; "I", the writer).
_SUBJECT_PRONOUNS = frozenset(p for p in _PRONOUNS if p not in ("it", "i"))
# "His" or "her", then a noun for what someone said, ending the phrase: "Her statement", "His message to voters".
_THEIR_WORDS = re.compile(rf"([Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?(?:{one_of(lx.SPEECH_NOUNS)})(?:\s+to\s+[a-z]+)?$")
# A possessive and the noun it owns end the phrase: the noun is the one meant ("Baker’s wife").
_POSSESSED_HEAD = re.compile(r"\w['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
_ROLE_NP = re.compile(r"\b(?:the|a|an|this|that)\s+((?:[a-z-]+(?:[’']s)?\s+){0,3}([a-z-]+))$", re.I)
# "the company", "the firm": a business, whose name may end in its legal form ("Harbor Logistics Inc").
_BUSINESS_HEADS = frozenset(("company", "firm"))
# A name after a preposition ends the phrase: "posted to Twitter" (before "asking").
NAME_AFTER_PREPOSITION = re.compile(r"\b(?:to|at|in|on|from|with|by|for|into|onto|via|of)\s+(?:the\s+)?"
                                    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*$")
# An apposition after a name: ", a nurse in Atlanta".
_APPOSITION = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:a|an|the|his|her|their)\s+[^,;:.“”\"]+")  # (an age first: ", 68,")
# A determiner, a name made an adjective with a hyphen ("California-based", "Iran-backed"), and the noun
# it describes, perhaps after a word more: "the San Jose, California-based chip company".
_NAME_AS_ADJECTIVE = re.compile(r"(?:([Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.’']*,?\s+)*[A-Z][\w.’']*-[a-z]+\s+(?:[a-z-]+\s+)?([a-z]+)")
_SPEECH_NOUNS = frozenset(lx.SPEECH_NOUNS)  # "a statement from ...": its source says it
# Titles of courtesy that say nothing of someone's office.
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lady lord madam".split())
# A noun after a place: the place is a modifier ("the U.S. military"), unless the noun is its government.
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?) $")
# The same with words that describe what follows ("a senior ", "one former "): the words are what the
# article must be read with, and a person's noun must follow the name ("a senior Lee aide").
_ARTICLE_AND_WORDS_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)(?: [a-z][a-z-]+){1,2} $")
# A phrase opening with one of several: "a ", "one ", "another " (before "GOP senator").
_ONE_OF = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
# One capitalised word after a sentence's end, then a small-letter word: "Kellan pounced" (see
# Resolver._unknown_name_opens); and the endings of nouns and adverbs that open sentences so
# ("Inflation eased", "Simply put").
_CAPITAL_THEN_PAST = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][”\"’] )|^)[“\"]?([A-Z][a-z]+) ([a-z]{3,})\b", re.M)
_NOT_NAME_ENDINGS = ("s", "tion", "sion", "ment", "ity", "ness", "ance", "ence", "ism", "ing", "ure", "ship", "age",
                     "ly")
# The small-letter word after a name, a person's noun when `modifies` asks ("aide" after "a senior Lee").
_PERSON_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
# A word in small letters (the text's, read once by `Resolver._written_small`).
_SMALL_WORD = re.compile(r"\b[a-z]+\b")
# A preposition of place right before a name: "outside ", "at the ".
_WHERE_BEFORE = re.compile(r"\b(?:at|outside|inside|near|into|across|around|opposite|beside|behind)\s+(?:the\s+)?$")
# Small-letter words that end a phrase after a body's name, the last its head: " deputy leader".
# People after a person's name, in small letters: "supporters" (of "Trask supporters"); the nouns for them.
_THEIR_PEOPLE_AFTER = re.compile(r"\s+([a-z]+)[\s,]*")
_PEOPLE_NOUNS = lx.PERSON_NOUNS | lx.TITLE_HEADS
# A subject that names no one, opening a sentence: a possessive and a noun ("Her family"), "the" and a
# plural ("The workers"), or a record that says things ("The report, written by ...", "A study found").
_UNNAMED_SUBJECT = re.compile(r"(?:(?:Her|His|Their|Its)\s+[a-z]+|The\s+(?:[a-z]+\s+)?[a-z]+s)\s+[a-z]+"
                              r"|(?:The|A|An)\s+(?:[a-z-]+\s+)?(?:report|study|survey|review|audit|poll|ruling|"
                              r"decision|statement|complaint|lawsuit|indictment|filing|memo)[\s,]")
_ROLE_AFTER_BODY = re.compile(r"\s+(?:[a-z-]+\s+){0,2}([a-z-]+)[\s,]*")
# Roles that speak for their body: what they say is the body's ("the Acme spokesman said").
_VOICES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials "
                    "representative representatives".split())
# Words that say a phrase is a clause, not a noun phrase naming someone.
_CLAUSE_WORDS = frozenset("that who which whom whose we they i you he she it is are was were be been".split())
_CONTRACTION = re.compile(r"[’'](?:re|ve|ll|m|d|t)$|n[’']t$", re.I)
# A word of the adverbs' shape, and the words after which such a word is a noun ("the family").
_ADVERB = re.compile(r"[A-Za-z]{2,}ly,?")
_NOT_BEFORE_AN_ADVERB = frozenset("the a an his her its their our my this that whose".split())
# Parts of a body that speak for it: "the local branch of the Sierra Club said".
_PARTS_OF_A_BODY = frozenset("branch branches chapter chapters affiliate office wing arm division unit board "
                             "leadership management".split())
_BODY_AFTER = re.compile(r"(?:the\s+)?")  # where the body's name starts after the preposition
# Demonyms that, after "the", name a whole people or its side ("the Chinese said", "the British"),
# where others name one person ("the Spaniard", "the Italian").
_COLLECTIVE_ENDINGS = ("ese", "ish", "French", "Dutch", "Swiss", "Irish", "Welsh")
# The words for a country's state and its voices: "the Chinese government", "U.S. authorities".
_STATE_VOICES = r"(?:government|officials?|ministry|authorities|state)\b"
# People of a nation or party, not its government: "Republican senators", "Chinese fishermen".
_PEOPLE_AFTER = re.compile(rf"\s+(?!{_STATE_VOICES})"
                           r"(?:[a-z]+(?:s|men)|people|children|police|staff|personnel)\b")
# The inflected verbs of saying and belief, as one trie ("said", "warns", "believed"), built once for
# every stage that looks for a cue.
REPORTING_VERB = one_of(sorted(lx.REPORTING_VERBS))
_ANY_CUE = re.compile(rf"\b{REPORTING_VERB}\b")
# A verb of saying right after a subject's name: " said", " told", " also said".
_SAID_RIGHT_AFTER = re.compile(rf",?\s+(?:also\s+|then\s+|later\s+)?(?:{REPORTING_VERB})\b")
# Someone's role, then the comma before their name: "Park's deputy, " (before "Mark Hughes"); the role
# may hold a party or a people ("the committee's top Republican, "). A role in small letters after "a" or
# "the" is set beside a name the same way: "A trade group, the Free Speech Coalition, sued".
_POSSESSED_ROLE_APPOSED = re.compile(r"(?:(?:(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*|[Tt]he\s+[a-z-]+)['’]s\s+"
                                     r"(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+"
                                     r"|(?:[Aa]n?|[Tt]he)\s+(?:[a-z’'-]+\s+){0,2}[a-z-]+),\s+(?:the\s+)?")
# Capitalised words, with role words between them ("Rovers manager Sir Sam Ray"): one subject phrase.
_NAME_PHRASE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[a-z-]+\s+){0,2}[A-Z][\w’'.-]*)*")
# Small words after a body's name, before a capital: "fact checker and staff writer " (before "Dana Reyes").
_ROLE_WORDS_AFTER = re.compile(r"\s+((?:[a-z-]+\s+){1,6})(?=[A-Z])")
# A name of the form "X the Y" (perhaps after a kind of body): "Save the Children", "the charity Save the
# Children"; not a time or a preposition before "the" ("On Monday the Ministry", "In the City").
_X_THE_Y = re.compile(r"(?:[Tt]he\s+[a-z]+\s+)?([A-Z][a-z]+)\s+the\s+[A-Z][\w’'-]*")
_NOT_X = frozenset("On In At By For From With After Before During Since Until Yesterday Today Then When While As "
                   "Meanwhile However Later Earlier Also Still Now Here There Elsewhere Instead Thus So But And".split()
                   + list(lx.WEEKDAYS + lx.MONTHS))
_SMALL_WORD_AFTER = re.compile(r"\s+[a-z][\w-]*")
# A country's government or ministry, possessed: "China's foreign ministry", "Japan's government".
_COUNTRYS_GOVERNMENT = re.compile(r"[\s“\"]*(?:[Tt]he\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)['’]s\s+"
                                  r"(?:[a-z-]+\s+){0,2}(?:government|ministry|cabinet|embassy|presidency)[\s,]*$")
# A people's government speaks for its country: "the Chinese government", "the Russian foreign ministry".
_PEOPLES_GOVERNMENT = re.compile(r"\b(?:government|ministry|state)\b")
_GOVERNMENT_AFTER = re.compile(rf"\s+{_STATE_VOICES}")
# A noun phrase for a speaker it does not name: a determiner or a number and a few words
# ("a spokesman for the firm", "two residents"), or a plural noun for people ("police", "government sources").
# Words that open a noun phrase: articles, numbers and quantities ("the", "one", "several").
DETERMINERS = r"(?:the|a|an|one|two|three|four|five|several|some|many|other|another)"
# Plural nouns for people who speak for a body or a place without being named.
# (and nouns of people by what they do, with the endings English makes them with: "economists", "doctors",
# "teachers", "physicians", "consultants", "students")
_GROUP_NOUNS = (r"(?:police|officials|sources|witnesses|residents|experts|analysts|critics|officers|"
                r"investigators|prosecutors|diplomats|lawmakers|authorities|researchers|scientists|activists|"
                r"[a-z]{3,}(?:ists|ians|ors|ers|ants|ents))")
UNNAMED_SPEAKER = re.compile(
    rf"(?:(?:{DETERMINERS}|his|her|its|their)\s+"
    r"(?:(?!(?:who|which|that|he|she|they|it|we|I)\b)[\w’'-]+\s+){0,5}[\w-]+"
    rf"|(?:[\w.-]+\s+){{0,2}}{_GROUP_NOUNS})$",
    re.I)
# A name, then such a noun ends the phrase: "U.S. officials", "two Chinese diplomats" are people of it, not it.
# (Not police: "West Mercia police" is a force, which speaks as a body.)
_NAMED_GROUP = re.compile(rf"[A-Z][\w.’'-]*\s+(?:[a-z-]+\s+){{0,2}}(?!police\b){_GROUP_NOUNS}[\s,“”\"‘’]*$")
_DETERMINER = re.compile(rf"{DETERMINERS}\s", re.I)
# What may stand before a sentence's subject: marks, "The", and another subject joined by "and"
# ("Holm and Klein shook hands": both are subjects, and "he" is not clear).
# (after a word that joins the sentence to the one before: "But Pat Lee disputed that")
_SUBJECT_LEAD = re.compile(rf"[\s“\"‘'(]*(?:(?:But|And|Yet|Still|So)\s+)?(?:The\s+)?"
                           rf"(?:(?:[{UPPER}][\w.’'-]*\s+){{1,4}}(?:and|&)\s+(?:the\s+)?)?")
# A wire story's dateline before its first sentence: a place in capitals, an agency, a dash.
# (the place in capitals may have its state or country after it: "NAIROBI, Kenya —", "SAN JOSE, Calif. (Wire) -")
_DATELINE = re.compile(r"[A-Z][A-Z.,’' -]{1,40}(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*)?"
                       r"(?:\([^()\n]{1,30}\))?\s*[—–-]\s+")
# Endings of nouns for people by what they do: owner, sailor, activist, servant, student, historian.
_PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian")
# A word for kin or a partner right before a name: "son ", "wife, ", "daughter ".
# How far into a sentence titles before its subject may reach ("Senate Majority Leader Pat Lee").
_TITLES_BEFORE = 60
# What sets the scene before a sentence's subject: "Speaking to CNBC on Tuesday, ...", "In a statement, ...".
# (a number's comma: "a crowd of 1,500"; a participle's clause may be longer, and hold a title's stop: "Asked
# whether all of Mr. Lee's voters would follow him,")
SETTING = re.compile(r"(?:(?:Speaking|Writing|Talking|Asked)\b"
                     r"(?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z][a-z])\.(?= [A-Z])){0,100}"
                     r"|(?:In|On|At|After|Before|During|Later|Earlier|Outside|Inside|"
                     r"Afterwards?|Meanwhile|Separately|Yesterday|Today|Finally|Eventually)"
                     r"\b(?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){0,60}),\s*")
# "the president", "the regional health agency": a definite role or body, its head last.
_DEFINITE_ROLE = re.compile(r"[\s“\"]*([Tt]he\s+[\da-z-]+(?:\s+[a-z-]+){0,2})")  # ("the 70-year-old senator")
# "A" or "an" opening a sentence and the small-letter words after it: "A federal judge on".
_INDEFINITE_OPENS = re.compile(r"[\s“\"]*((?:[Aa]n?)(?:\s+[a-z][a-z-]*){1,4})")
# Words of a clause, not of a noun phrase: "is", "has", "that", "who".
_FINITE_WORDS = frozenset("is are was were has have had be been that which who whom would will can could".split())
# A head of nouns in small letters (the first may open the sentence), then a participle: "Families living".
_NOUNS_THEN_PARTICIPLE = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any)\s+)?((?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]*)"
                                   r"\s+(?!(?:during|according|including|concerning|regarding)\b)[a-z]{3,}ing\s")
_PRONOUN_LEAD = re.compile(r"[\s“\"‘'(]*(He|She|They|It|We)\b")
# A participle and its agent after a head noun: "a study commissioned by the city".
_PARTICIPLE_AGENT = re.compile(r"\s+[a-z]+(?:ed|en|wn)\s+by\s")
# The word after a name, in small letters: "the Republican governor", "a Kellish farmer".
_ROLE_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# Two words after a name, the second a role: "the White House press secretary".
_TWO_ROLE_WORDS_AFTER = re.compile(r"\s+[a-z]+\s+([a-z]+)\b")
_NAME_SET_OFF_AFTER = re.compile(r"(?:\s+[a-z]+){0,2},\s+")  # (the role may go on: "chief executive, ")
_PRONOUN_AFTER_SETTING = re.compile(r"\s*(he|she|they|it|we)\b")
_PREPOSITION = re.compile(r"\s+(?:for|of|at|from|with|in|on|to|close\s+to|familiar\s+with|near)\s+")
_STOP = re.compile(r"[.!?…]")
_STOP_THEN_CAPITAL = re.compile(r"([\w.]+)[.!?…][\"”’')]*\s+(?=[\"“‘(]*[A-Z])")


def after_sentence_end(text: str, start: int, end: int) -> int:
    """Where a phrase starts once any part of it before a sentence end is left out
    ("Friday. She" gives "She"); abbreviations and initials do not end a sentence."""
    cut = start
    if _STOP.search(text, start, end) is None:
        return cut  # no stop: no sentence end (the pattern below tries every word)
    for m in _STOP_THEN_CAPITAL.finditer(text, start, end):
        word = m.group(1).lower().rstrip(".")
        if word in ABBREVIATIONS or len(word) == 1:
            continue
        cut = m.end()
    return cut


def before_sentence_end(text: str, start: int, end: int) -> int:
    """Where a phrase after a quote ends once any part of it past a sentence end is left out
    ("said Pat Lee of Ohio. Ann Ruiz" gives "said Pat Lee of Ohio")."""
    if _STOP.search(text, start, end) is None:
        return end
    for m in _STOP_THEN_CAPITAL.finditer(text, start, end):
        word = m.group(1).lower().rstrip(".")
        if word in ABBREVIATIONS or len(word) == 1:
            continue
        return m.start(1) + len(m.group(1)) - (1 if m.group(1).endswith(".") else 0)
    return end


# How far back a pronoun or role looks for the one it stands for, and for a rival that
# would make it unclear (the sentence before, but never further than this).
_ANTECEDENT_REACH = 5000
_RIVAL_REACH = 600


# A title as abbreviated before a name, and the word for it in a role phrase ("Sen. Roe" is "the senator").
_TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                        "prof": "professor", "supt": "superintendent", "insp": "inspector", "capt": "captain",
                        "sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "adm": "admiral", "pres": "president",
                        "maj": "major", "brig": "brigadier", "cpl": "corporal", "det": "detective"}


# What else news calls a member of a legislature: "Rep. Pat Lee" is "the congressman", "the lawmaker".
_ROLE_ALSO = {"representative": ("congressman", "congresswoman", "lawmaker"), "senator": ("lawmaker",),
              "assemblyman": ("lawmaker",), "assemblywoman": ("lawmaker",)}


def _role_words(role: str) -> set[str]:
    """The words of a role, lower-cased, with abbreviated titles also spelled out, and what else a
    legislator is called."""
    words = {w.rstrip(".") for w in role.lower().split()}
    words |= {_TITLE_ABBREVIATIONS[w] for w in words if w in _TITLE_ABBREVIATIONS}
    return words.union(*(_ROLE_ALSO[w] for w in words if w in _ROLE_ALSO))


class Resolver:
    """Who a phrase names: a name through the document's mentions, a pronoun or a role through
    the person or body meant before it, or no one when that is not clear."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.country_of = lx.country_of_demonym()
        self.titles = lx.title_words()
        self.genders = lx.first_name_genders()
        self._gender: dict[int, str] = {}
        self._no_sign: dict[int, bool] = {}  # _no_sign_of_a_person, once per entity
        self._bounds: dict[int, tuple[list[int], list[int]]] = {}
        self._roles_before: dict[int, list[frozenset[str]]] = {}
        self._first_described: dict[int, int] = {}
        self._marked: dict[str, tuple[list[int], list[Entity]]] = {}  # _people_marked, once per people
        self._indefinite: dict[str, list[tuple[int, int]]] = {}  # _indefinite_between, once per role
        self._small_words: frozenset[str] | None = None  # _written_small's words, read once
        self._clause_people: dict[tuple[int, int, int], tuple | None] = {}  # clause_person's answers, asked again
        self._agreeing: dict[tuple, tuple] = {}  # _mentions_agreeing's answers, once per types and gender
        # Where the direct quotes are, once found: a name said inside one is no antecedent of "he" or "she"
        # ("“Mayor Holt opened doors,” she said. “...” "), set by the quote finder.
        self.quoted: Coverage | None = None

    def _mention_bounds(self, ent: Entity) -> tuple[list[int], list[int]]:
        """The starts and ends of ent's mentions, in order (built once per entity): a question about
        the mentions before an offset is two bisections, not a walk through all of them."""
        found = self._bounds.get(id(ent))
        if found is None:
            found = self._bounds[id(ent)] = ([m.start for m in ent.mentions], [m.end for m in ent.mentions])
        return found

    def _person_ends(self, start: int, end: int) -> bool:
        """A person's name ends text[start:end] ("U.S. District Judge Sean Jordan")."""
        named = self.doc.first_mention(max(start, end - 60), end, ("PERSON",))
        return named is not None and named[1] == end

    def _only_where(self, ent: Entity, pos: int) -> int | None:
        """Where ent's last mention before pos starts, when it says where something was ("outside Leeds
        Crown Court", "at Acme headquarters"): a body or place named so is not what "it" stands for by
        that mention."""
        starts, ends = self._mention_bounds(ent)
        i = bisect.bisect_right(ends, pos) - 1
        return starts[i] if i >= 0 and _WHERE_BEFORE.search(self.text, max(0, starts[i] - 12), starts[i]) else None

    def _last_end_before(self, ent: Entity, pos: int) -> int | None:
        """The end of ent's last mention that ends at or before pos."""
        _, ends = self._mention_bounds(ent)
        i = bisect.bisect_right(ends, pos) - 1
        return ends[i] if i >= 0 else None

    def _mentioned_in(self, ent: Entity, start: int, end: int) -> bool:
        starts, _ = self._mention_bounds(ent)
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def gender(self, ent: Entity) -> str:
        g = self._gender.get(id(ent))
        if g is None:
            roles = {r.split()[0].rstrip(".").lower() for r in ent.roles if r}
            if roles & {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "madam"}:
                g = "F"
            elif roles & {"mr", "sir", "lord", "king", "prince"}:
                g = "M"
            elif " " not in ent.name and not self._named_as_kin(ent):
                g = "?"  # a name never given in full may be a surname, whatever given name it is too ("Clement")
            else:
                g = self._given_gender(ent.name.split()[0])
                if g == "?":
                    g = self._kin_gender(ent)  # "her son, Jamie": a boy, though Jamie may be a girl's name
            self._gender[id(ent)] = g
        return g

    def _no_name_at(self, word: str, start: int) -> bool:
        """The word, found from start on, is no part of a name ("Separately", not "Italy")."""
        at = self.text.find(word, start)
        return self.doc.entity_at(at, at + len(word)) is None

    def _given_gender(self, word: str) -> str:
        """The gender a given name says, "?" if none; of two joined, the first's ("Hans-Otto")."""
        return self.genders.get(word) or self.genders.get(word.split("-")[0]) or "?"

    def _named_as_kin(self, ent: Entity) -> bool:
        """A name said after a word for someone's kin or partner ("her son Daniel", "his wife, Heidi"):
        a given name, whose gender is the name's."""
        return any(kin_before_name(self.text, m.start, 20) for m in ent.mentions)

    def _kin_of_the_same_gender(self, ent: Entity, pos: int, gender: str) -> bool:
        """ent's last mention before pos names someone's kin by a pronoun of the gender asked for ("Her
        mother, Ana", before "she"): the one whose kin it is was spoken of as well."""
        starts, ends = self._mention_bounds(ent)
        i = bisect.bisect_right(ends, pos) - 1
        if i < 0:
            return False
        kin = kin_before_name(self.text, starts[i], 40)
        return kin is not None and kin.group(1) is not None and _POSSESSIVE_GENDER.get(kin.group(1).lower()) == gender

    def _kin_gender(self, ent: Entity) -> str:
        """The gender the kin words before ent's mentions say ("son": M, "wife": F), if they agree; else "?"."""
        said = {lx.KIN_RELATIONS[k.group(2)] for m in ent.mentions
                if (k := kin_before_name(self.text, m.start, 20)) is not None} - {"?"}
        return said.pop() if len(said) == 1 else "?"

    def _no_sign_of_a_person(self, ent: Entity) -> bool:
        """A PERSON of several words with no given name, no title, no honorific and no noun only a person
        is ("Ajmo Kellun, a nurse,"): typed so on its shape alone ("Kellow Brothers", "Harbour Marlow"), as
        often a body as a person. (A surname alone is most often someone named in full elsewhere.)"""
        found = self._no_sign.get(id(ent))
        if found is None:
            words = ent.name.split()
            found = self._no_sign[id(ent)] = ent.type == "PERSON" and len(words) > 1 and not ent.roles and \
                not any(w in self.genders or w.split("-")[0] in self.genders for w in words[:-1]) and \
                not self._roles_given(ent, len(self.text)) and \
                not self._roles_said_before(ent, len(self.text)) & lx.PERSON_NOUNS and \
                not any(self.text.startswith(", who ", m.end) for m in ent.mentions)  # "Prescott, who threw"
        return found

    def last_before(self, pos: int, types: tuple[str, ...], floor: int = 0, gender: str | None = None,
                    skip: tuple[int, int] | None = None) -> Entity | None:
        """The entity of one of the types mentioned last before pos (and not before floor)."""
        starts, spans = self._mentions_agreeing(types, gender)
        floor = max(floor, pos - _ANTECEDENT_REACH)
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and spans[i][0] >= floor:
            s, e, ent = spans[i]
            i -= 1
            if e > pos or (skip and skip[0] <= s < skip[1]) or self._outside_the_story(s, e, pos) or \
                    gender is not None and self._said_in_a_quote(s, e):
                continue
            return ent
        return None

    def _mentions_agreeing(self, types: tuple[str, ...], gender: str | None) -> tuple[list[int], list]:
        """The mentions of the types (starts, spans) whose entity may be "he" or "she" of the gender: a person of
        that gender or of none known, or no person. Filtered once per question, not at every mention passed."""
        if gender is None:
            return self.doc.mentions_of(types)
        of_types = self.doc.mentions_of(types)
        found = self._agreeing.get((types, gender))
        if found is None or found[0] is not of_types:  # (read again if the document's mentions changed)
            spans = [sp for sp in of_types[1] if sp[2].type != "PERSON" or self.gender(sp[2]) in (gender, "?")]
            found = self._agreeing[(types, gender)] = (of_types, [sp[0] for sp in spans], spans)
        return found[1], found[2]

    def _rivals_in_paragraph_before(self, pos: int, types: tuple[str, ...], gender: str, first: Entity) -> bool:
        """A paragraph that names no one before its pronoun ("“...,” he said" opening it) follows one
        whose sentences had two or more agreeing subjects, the last of whom said nothing ("Baker opens
        up. Collins does the deliveries."): either may speak. The last one's own statement would name him."""
        para_s = self.doc.line_at(pos)[0]
        if self._mentioned_in(first, para_s, pos):
            return False
        before = self._paragraph_before(para_s)
        starts, spans = self.doc.mentions_of(types)
        subjects: dict[str, int] = {}
        for i in range(bisect.bisect_left(starts, before), bisect.bisect_left(starts, para_s)):
            s, e, ent = spans[i]
            if ent.type == "PERSON" and self.gender(ent) in (gender, "?") and self._opens_sentence(s, e):
                subjects[ent.name] = s
        if len(subjects) < 2:
            return False
        sent_s, sent_e = self.doc.sentence_at(max(subjects.values()))
        return _ANY_CUE.search(self.text, sent_s, sent_e) is None

    def _paragraph_before(self, para_s: int) -> int:
        """The start of the paragraph before the one starting at para_s."""
        prev = para_s - 1
        while prev > 0 and self.text[prev - 1] in "\n ":
            prev -= 1
        return self.doc.line_at(max(prev - 1, 0))[0] if prev > 0 else 0

    def _window_start(self, pos: int) -> int:
        """The start of the sentence before the one holding pos: how far a pronoun's rivals are looked for."""
        starts = self.doc.sentence_starts
        i = bisect.bisect_right(starts, pos) - 2
        return starts[i] if i >= 0 else 0

    def antecedent(self, pos: int, types: tuple[str, ...], floor: int, gender: str | None,
                   skip: tuple[int, int] | None = None, chained: bool = False) -> Entity | None:
        """What a pronoun stands for: the last entity that agrees with it, unless another one that
        also agrees was named in this sentence or the one before (then it is not clear, and None)."""
        first = self.last_before(pos, types, floor, gender, skip)
        if first is not None and gender is not None and not chained:
            lead = self._pronoun_opens_sentence_before(first, pos, gender, skip)
            if lead is not None:
                # "Lee was unmoved. He pointed to records showing that Ruiz owned a house. “...,” he said": the
                # "he" that opens the sentence before is the topic, and this one goes on with it
                return self.antecedent(lead, types, floor, gender, skip, chained=True)
        at = pos
        where_only: set[str] = set()  # named only as where something was, since `at`
        while first is not None and gender is None and (where := self._only_where(first, at)) is not None:
            # "a statement read outside Leeds Crown Court. “...,” it said": the court said nothing; an
            # earlier mention, of it or of another, may still be meant
            where_only.add(first.name)
            at = where
            first = self.last_before(at, types, floor, gender, skip)
        if first is None:
            return None
        # "he" after "Kellow Brothers": a name typed a person on its shape alone is no sure antecedent. Only
        # a person who is the subject of a sentence near by, and the one such, is meant over it.
        dubious = gender is not None and self._no_sign_of_a_person(first)
        window = max(self._window_start(pos), pos - _RIVAL_REACH)
        if gender is not None and self._rivals_in_paragraph_before(pos, types, gender, first):
            return None
        starts, spans = self._mentions_agreeing(types, gender)
        i = bisect.bisect_left(starts, pos) - 1
        subjects: dict[str, Entity] = {}  # the agreeing names with a mention that opens its sentence
        subject_at: list[tuple[int, int, str]] = []  # where they open, the nearest first
        others = False  # another agreeing name, not a subject
        while i >= 0 and spans[i][0] >= window:
            s, e, ent = spans[i]
            i -= 1
            if e > pos or (skip and skip[0] <= s < skip[1]) or gender is not None and self._said_in_a_quote(s, e):
                continue
            if self._opens_sentence(s, e) or self._opens_clause(s, e):
                subjects.setdefault(ent.name, ent)
                subject_at.append((s, e, ent.name))
            elif ent.name != first.name and not (ent.name in where_only and s >= at):
                others = True
        if dubious:
            sure = [ent for ent in subjects.values() if not self._no_sign_of_a_person(ent)]
            return sure[0] if len(sure) == 1 and len(subjects) == 1 else None
        if not others and set(subjects) <= {first.name}:
            found = first
        else:
            # Two it could be: two people, or two bodies for "it". The subject of a sentence is meant over
            # a name in the rest of one ("The agency warned of DNP. “...,” it said"); two subjects: not clear.
            found = next(iter(subjects.values())) if len(subjects) == 1 else None
            if found is None and gender is not None and subject_at and \
                    self._spoke_alone_last(subject_at, skip[0] if skip and skip[0] < pos else pos, types):
                # "Lee and Ruiz clashed. ... Lee said Ruiz was “...”. / “...,” he said": the one who spoke last,
                # the only subject of the nearest sentence, goes on speaking
                found = subjects[subject_at[0][2]]
        if found is not None and gender is None and found.name not in subjects and self._unnamed_subject_since(found, pos, skip):
            return None  # "Her family wrote in a note released through Northshire Police ... “...,” they said"
        if found is not None and gender is not None and found.name not in subjects:
            role = self._role_subject_since(found, pos, skip)
            if role is not None:
                # "The outgoing president did not mention Kerr. But he said ...": the president, the subject,
                # is meant over Kerr; who that is, if the role says (else no one is clear)
                meant = self.role_antecedent(role[0], role[1], floor)
                # (not found itself, named in the role's own sentence as someone else: "did not mention Kerr"; but
                # found when the role opens a later sentence and is theirs: "Lee disputed it. The senator said")
                last = self._last_end_before(found, pos)
                later = last is not None and self.doc.sentence_index(role[0]) > self.doc.sentence_index(last - 1)
                if meant is found and later and (any(role[1] in _role_words(r) for r in found.roles)
                                                 or self._said_to_be(found, role[1], pos)):
                    return found
                return meant if meant is not None and meant is not found and self.gender(meant) in (gender, "?") \
                    else None
        if found is not None and gender is not None and self._kin_of_the_same_gender(found, pos, gender):
            return None  # "Her mother, Ana, had told her ... “...,” she said": the daughter, or Ana
        if found is not None and gender is not None and self._other_person_opens_near(found, pos, window, skip, gender):
            return None  # "Trump responded later. “...,” he said": Trump, typed a body on no evidence, may be meant
        return found

    def _pronoun_opens_sentence_before(self, found: Entity, pos: int, gender: str,
                                       skip: tuple[int, int] | None) -> int | None:
        """Where a pronoun of the gender opens the sentence before pos's (past a setting), when found's last
        mention before pos stands later in that sentence: the pronoun is that sentence's subject, and found
        only named inside it. None otherwise."""
        k = self.doc.sentence_index(skip[0] if skip and skip[0] < pos else pos)
        if k < 1:
            return None
        s, e = self.doc.sentences[k - 1]
        setting = SETTING.match(self.text, s, e)
        lead = _PRONOUN_AFTER_SETTING.match(self.text, setting.end(), e) if setting else \
            _PRONOUN_LEAD.match(self.text, s, e)
        if lead is None or lead.group(1).lower() != ("he" if gender == "M" else "she"):
            return None
        last = self._last_end_before(found, e)
        return lead.start(1) if last is not None and lead.end(1) < last <= e else None

    def _spoke_alone_last(self, subject_at: list[tuple[int, int, str]], end: int, types: tuple[str, ...]) -> bool:
        """The nearest subject before end (subject_at[0]) is followed by a verb of saying, is the only
        subject of its sentence, and no name of the types stands in a sentence after it before end."""
        s, e, name = subject_at[0]
        sent_s, sent_e = self.doc.sentence_at(s)
        return _SAID_RIGHT_AFTER.match(self.text, e) is not None and \
            all(other == name or not sent_s <= at < sent_e for at, _, other in subject_at) and \
            self.doc.first_mention(max(e, sent_e), end, types) is None

    def _sentence_of_last_mention(self, found: Entity, pos: int,
                                  skip: tuple[int, int] | None) -> tuple[int | None, int]:
        """(end, where its words begin) of found's last mention before pos (or the quote at skip) and of
        its sentence, past a dateline; (None, 0) when found was not named before."""
        last = self._last_end_before(found, skip[0] if skip and skip[0] < pos else pos)
        if last is None:
            return None, 0
        return last, self.after_dateline(self.doc.sentence_start(last - 1), last)

    def _unnamed_subject_since(self, found: Entity, pos: int, skip: tuple[int, int] | None) -> bool:
        """The sentence of found's last mention before pos opens with people or a body not named ("Her family
        said ... through Northshire Police", "The workers told Acme ..."): "they" or "it" after it is them."""
        last, sent_s = self._sentence_of_last_mention(found, pos, skip)
        if last is None:
            return False
        opens = _UNNAMED_SUBJECT.match(self.text, sent_s, last)
        return opens is not None and self.doc.first_mention(sent_s, opens.end()) is None

    def _role_subject_since(self, found: Entity, pos: int, skip: tuple[int, int] | None) -> tuple[int, str] | None:
        """(where, head) of a role that opens the sentence of found's last mention before pos ("The outgoing
        president did not mention Kerr"), or a sentence after it, past a setting ("At one point, the chair
        called a recess"): a person not named, the subject over found; the nearest such, or None."""
        last, sent_s = self._sentence_of_last_mention(found, pos, skip)
        if last is None:
            return None
        starts = self.doc.sentence_starts
        k = bisect.bisect_right(starts, pos) - 1  # pos's own sentence: its subject is the pronoun
        j = bisect.bisect_right(starts, last - 1)
        while k > j:  # the sentences after found's, the nearest first
            k -= 1
            s = starts[k]
            e = self.doc.sentences[k][1]
            setting = SETTING.match(self.text, s, e)
            role = self._opening_role(setting.end() if setting else s, e, capital=setting is None)
            if role is not None:
                return role
        role = self._opening_role(sent_s, last, capital=True)
        if role is None:
            return None
        named = self.doc.first_mention(role[2], last)
        if named is not None and named[2] is found and self.text[named[0] - 2:named[0]] == ", ":
            return None  # "The mayor of the town, Joaquim Barros, has promised ...": the role is found's
        return role[0], role[1]

    def _opening_role(self, start: int, end: int, capital: bool) -> tuple[int, str, int] | None:
        """(where, head, end) of a role that opens text[start:end] with "the" and names no one: "The outgoing
        president", "the council chair" (not "the president's plan", whose head is the plan)."""
        role = _DEFINITE_ROLE.match(self.text, start, end)
        if role is None or role.start(1) != start or capital and not role.group(1)[:1].isupper():
            return None  # (not a role inside a quote that opens the sentence: "“The president has ...,” she said")
        words = role.group(1).split()
        k = _person_head(words)
        if k < 1 or self.doc.first_mention(start, role.end(1)) is not None:
            return None
        if k == len(words) - 1 and self.text.startswith(("’s", "'s"), role.end(1)):
            return None
        return role.start(1), words[k], role.end(1)

    def _other_person_opens_near(self, found: Entity, pos: int, window: int, skip: tuple[int, int] | None,
                                 gender: str) -> bool:
        """A name that may be a person's, though not typed one, opens a sentence between found's last
        mention and pos: it may be the one a pronoun means. Either one word typed an organisation on no
        sign of one ("Trump", "Varga": no acronym, no kind of body, no known place), or a name typed a
        place or a body that opens with a given name of the pronoun's gender ("Linda Park, whose son
        ..., said"), or a word found as no name at all before a verb in the past ("Varga pounced")."""
        last = self._last_end_before(found, skip[0] if skip and skip[0] < pos else pos) or 0
        starts, spans = self.doc.mentions_of(("ORG", "PLACE"))
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and spans[i][0] >= max(window, last):
            s, e, ent = spans[i]
            i -= 1
            if skip and skip[0] <= s < skip[1]:
                continue
            words = ent.name.split()
            bare = ent.type == "ORG" and len(words) == 1 and not ent.name.isupper() and \
                ent.name.lower() not in lx.ORG_WORDS and ent.name not in lx.places()
            given = 2 <= len(words) <= 3 and self.genders.get(words[0], "?") == gender
            if (bare or given) and self._opens_sentence(s, e):
                return True
        return self._unknown_name_opens(max(window, last), pos)

    def _unknown_name_opens(self, start: int, pos: int) -> bool:
        """A sentence between start and pos opens with one capitalised word found as no name, then a verb in
        the past: "Kellan pounced on the emails." The word is a name (no common noun: it is never written in
        small letters in the text, and has no noun's or adverb's ending) that the text did not introduce."""
        for m in _CAPITAL_THEN_PAST.finditer(self.text, start, pos):
            low = m.group(1).lower()
            if looks_past(m.group(2)) and low not in lx.STOPWORDS and \
                    low not in _PEOPLE_NOUNS and not low.endswith(_NOT_NAME_ENDINGS) and \
                    self.doc.entity_at(m.start(1), m.end(1)) is None and not self._written_small(low):
                return True
        return False

    def _said_in_a_quote(self, s: int, e: int) -> bool:
        return self.quoted is not None and self.quoted.of(s, e) > 0

    def _outside_the_story(self, s: int, e: int, pos: int) -> bool:
        """The mention [s, e) is in the headline, read before a pronoun at pos in the story, or is the place of
        a wire dateline ("VIENNA — Ministers ..."): neither is what the story's "they" or "it" points back to."""
        return s < self.doc.headline_end < pos or \
            (s == 0 or self.text[s - 1] == "\n") and self.after_dateline(s, e + 60) > e

    def after_dateline(self, start: int, limit: int) -> int:
        """Where a sentence's own words begin, past a wire dateline ("GENEVA (Wire) - Pat Lee said")."""
        dateline = _DATELINE.match(self.text, start, limit)
        return start if dateline is None else dateline.end()

    def sentence_subject(self, start: int, limit: int, floor: int) -> tuple[str | None, str | None]:
        """(speaker, words) of the subject that opens the sentence at start, before limit: a name
        ("Gov. Pat Lee on Friday vetoed the bill, saying ...") or a pronoun; else (None, None)."""
        start = self.after_dateline(start, limit)
        lead = _PRONOUN_LEAD.match(self.text, start, limit)
        if lead is None:  # "Afterward, he thanked the council and said ...": the pronoun after the setting
            setting = SETTING.match(self.text, start, limit)
            lead = _PRONOUN_AFTER_SETTING.match(self.text, setting.end(), limit) if setting else None
        if lead is not None:
            return self.attribution(lead.start(1), lead.end(1), floor)
        found = self.past_possessed_role(start, self.doc.first_mention(start, limit), limit)
        if found is None or not self._opens_sentence(found[0], found[1]):
            named = self.indefinite_named(start, limit)
            if named is not None:
                return self.name(named[2]), self.text[named[0]:named[1]]  # "A union official, Pat Lee, ..., saying"
            someone = self.indefinite_subject(start, found[0] if found is not None else limit)
            if someone is not None:
                return None, someone  # "A federal judge on Friday blocked a Texas law, saying": not named
            # "Speaking in Lima later, the president vetoed the bill and said ...": the role after the setting
            setting = SETTING.match(self.text, start, limit)
            role = _DEFINITE_ROLE.match(self.text, setting.end() if setting else start, limit)
            if role is None:
                return None, None
            words = role.group(1).split()
            for k, w in enumerate(words):  # the head is the first role or body word ("the health agency")
                if w in lx.TITLE_HEADS or w in lx.ORG_WORDS:
                    return self.attribution(role.start(1), role.start(1) + len(" ".join(words[:k + 1])), floor)
            return None, None
        found = self.phrase_head(found, limit)
        if self.modifies(found[0], found[1], limit):
            return None, self.modified(found[0], found[1])
        role = self.role_after_name(start, found, limit, floor)
        if role is not None:
            return role
        return self.name(found[2]), self.text[found[0]:found[1]]

    def indefinite_subject(self, start: int, limit: int) -> str | None:
        """The words of a sentence's subject that opens at start (after any setting) with "a" or "an" and
        a person's noun within four words, before limit: "A federal judge", "An aide" (of "An aide to the
        governor"). Someone not named; None when the sentence opens otherwise. (Whether a name set off after
        the subject names them, "A party spokesman, Pat Lee,", is `indefinite_named`'s to say: ask it first.)"""
        setting = SETTING.match(self.text, start, limit)
        m = _INDEFINITE_OPENS.match(self.text, setting.end() if setting else start, limit)
        if m is None:
            return None
        words = m.group(1).split()
        for k, w in enumerate(words[1:], 1):
            if w in _PEOPLE_NOUNS:
                return " ".join(words[:k + 1])
        return None

    def indefinite_named(self, start: int, limit: int) -> tuple | None:
        """The person's mention set off after a subject that opens with "a" or "an" at start (past a setting):
        "A party spokesman, Pat Lee,", "A representative of the dockers' union, Pat Lee,". None otherwise."""
        setting = SETTING.match(self.text, start, limit)
        m = _INDEFINITE_OPENS.match(self.text, setting.end() if setting else start, limit)
        if m is None:
            return None
        comma = self.text.find(", ", m.end(1), min(limit, m.end(1) + 40))
        if comma < 0 or _STOP.search(self.text, m.end(1), comma):
            return None
        named = self.doc.first_mention(comma + 2, min(limit, comma + 80), ("PERSON",))
        if named is None or named[0] != comma + 2 or not self.text.startswith(",", named[1]):
            return None
        return named

    def clause_person(self, start: int, limit: int, floor: int) -> tuple[str | None, str | None] | None:
        """The person a clause opens with, as its subject: a person's name ("Ana Ruiz called him"), or "the"
        and a role ("the mayor called him", "the former mayor"). None when it opens otherwise ("prices
        rose", "he called"). (A statement joined by "and" is asked of twice: the answer is kept.)"""
        key = (start, limit, floor)
        if key not in self._clause_people:
            self._clause_people[key] = self._clause_person(start, limit, floor)
        return self._clause_people[key]

    def _clause_person(self, start: int, limit: int, floor: int) -> tuple[str | None, str | None] | None:
        named = self.doc.first_mention(start, limit, ("PERSON",))
        if named is not None and self.titles_between(start, named[0]) and \
                not self.text.startswith(("’s", "'s"), named[1]):
            return self.name(named[2]), self.text[named[0]:named[1]]
        role = _DEFINITE_ROLE.match(self.text, start, limit)
        if role is None:
            return None
        words = role.group(1).split()
        k = _person_head(words)
        if k < 1 or not all(w in lx.TITLE_MODIFIERS for w in words[1:k]):
            return None
        return self.attribution(role.start(1), role.start(1) + len(" ".join(words[:k + 1])), floor)

    def role_after_name(self, start: int, found: tuple, limit: int, floor: int) -> tuple[str | None, str | None] | None:
        """A sentence's subject that opens with a name not a person's, then a role or a person's noun:
        "The Republican governor vetoed ...", "A Harwick farmer said ...". The phrase to its noun is the
        subject, read as such; None when no such word follows the name."""
        if found[2].type == "PERSON":
            return None
        role = _ROLE_WORD_AFTER.match(self.text, found[1], limit)
        if role is not None and role.group(1) not in lx.TITLE_HEADS and role.group(1) not in lx.PERSON_NOUNS:
            # "the White House press secretary, Pat Lee,": a role of two words, read only with the name set off
            role = _TWO_ROLE_WORDS_AFTER.match(self.text, found[1], limit)
            if role is None or role.group(1) not in lx.TITLE_HEADS or \
                    not self.text.startswith(",", role.end()):
                return None
        if role is None or role.group(1) not in lx.TITLE_HEADS and role.group(1) not in lx.PERSON_NOUNS:
            return None
        apposed = _NAME_SET_OFF_AFTER.match(self.text, role.end(), limit)
        if apposed is not None:
            named = self.doc.first_mention(apposed.end(), limit, ("PERSON",))
            if named is not None and named[0] == apposed.end() and self.text.startswith(",", named[1]):
                # "The Acme chief executive, Ann Cole, declined ..., saying": the one so named
                return self.name(named[2]), self.text[named[0]:named[1]]
        return self.attribution(start, role.end(), floor)

    def past_possessed_role(self, start: int, found: tuple | None, limit: int) -> tuple | None:
        """The first mention of a sentence opening at start, `found`, unless it is the possessor or a
        party in a possessed role set off before a name: then that name ("The FBI's top lawyer, Pat
        Lee, ...", "The panel's top Republican, Pat Lee, ...")."""
        possessed = _POSSESSED_ROLE_APPOSED.match(self.text, start, limit)
        if found is None or possessed is None or found[1] > possessed.end():
            return found
        named = self.doc.first_mention(possessed.end(), limit)
        return named if named is not None and self.titles_between(possessed.end(), named[0]) else found

    def modifies(self, s: int, e: int, limit: int) -> bool:
        """The person named at [s, e) stands between an article and a noun, which is what is meant: "the Lee
        administration", "the Ruiz campaign", "a Ruiz aide", "a senior Ruiz aide" (its people, not the
        person). With words between the article and the name, the noun is a person's ("one former Ruiz
        adviser"), so that a role before the name is not read so ("the former mayor Pat Lee said")."""
        return self.doc.entity_at(s, e).type == "PERSON" and self._modifier_start(s, e, limit) is not None

    def _modifier_start(self, s: int, e: int, limit: int) -> int | None:
        """Where the phrase of which the name at [s, e) is a modifier opens, or None (see `modifies`)."""
        article = _ARTICLE_BEFORE.search(self.text, max(0, s - 4), s)
        if article is not None:
            return article.start() if _NOUN_AFTER.match(self.text, e, limit) is not None else None
        described = _ARTICLE_AND_WORDS_BEFORE.search(self.text, max(0, s - 40), s)
        noun = _PERSON_NOUN_AFTER.match(self.text, e, limit) if described is not None else None
        if noun is None or not (noun.group(1) in _PEOPLE_NOUNS or _singular(noun.group(1)) in _PEOPLE_NOUNS) or \
                any(w in _PEOPLE_NOUNS for w in described.group().split()):
            return None
        return described.start()

    def modified(self, s: int, e: int) -> str:
        """The words "the <name> <noun>" when `modifies` says so: "the Lee administration"."""
        return self.text[self._modifier_start(s, e, len(self.text)):_SMALL_WORD_AFTER.match(self.text, e).end()]

    def phrase_head(self, found: tuple, limit: int) -> tuple:
        """The person a name phrase opening with a body names: "Rovers manager Sir Sam Ray",
        "FBI Director Pat Lee", "House Minority Leader Ana Ruiz" are the person, not the body.
        `found` is the phrase's first mention (start, end, entity); it is kept otherwise."""
        if found[2].type == "PERSON":
            return found
        phrase = _NAME_PHRASE.match(self.text, found[0], limit)  # (none for "eBay", "al-Assad")
        if phrase is not None and phrase.end() > found[1]:
            person = self.doc.first_mention(found[1], phrase.end(), ("PERSON",))
            if person is not None:
                return person
        # "Veritas fact checker and staff writer Dana Reyes": a longer role of small words, ending in one
        roles = _ROLE_WORDS_AFTER.match(self.text, found[1], limit)
        if roles is not None:
            words = roles.group(1).split()
            if (words[-1] in lx.TITLE_HEADS or words[-1] in lx.PERSON_NOUNS) and \
                    not any(w != "and" and w in lx.STOPWORDS or w in lx.REPORTING_VERBS for w in words):
                person = self.doc.first_mention(roles.end(), min(limit, roles.end() + 2), ("PERSON",))
                if person is not None and person[0] == roles.end():
                    return person
        return found

    def _opens_sentence(self, s: int, e: int | None = None) -> bool:
        """The mention [s, e) opens its sentence (after "The", quotation marks or titles at most:
        "Dr. Pat Lee said", "Senate Majority Leader Pat Lee said"), or is the name set beside a
        possessed role that does ("Park's deputy, Mark Hughes, said"). A possessor is no subject."""
        if e is not None and self.text.startswith(("’s", "'s"), e):
            return False  # "Park's deputy ...": the deputy is the subject, not Park
        start = self.after_dateline(self.doc.sentence_start(s), s)
        setting = SETTING.match(self.text, start, s)  # "Speaking to Radio Harwick, Ms Reeves said"
        if setting is not None:
            start = setting.end()
        possessed = _POSSESSED_ROLE_APPOSED.match(self.text, start, s)
        if possessed is not None and self.titles_between(possessed.end(), s):
            return True  # "Park's deputy, Mark Hughes", "Lee's running mate, Ohio Gov. Ana Ruiz"
        lead = _SUBJECT_LEAD.match(self.text, start, s)  # always matches, perhaps nothing
        if s - lead.end() > _TITLES_BEFORE:
            return False  # far into the sentence: more than a few titles stand before it
        return self.titles_between(lead.end(), s)  # titles at most: "Dr. Pat Lee", "Lee and Ms Ruiz"


    def _in_a_title(self, start: int, end: int) -> bool:
        """The preposition text[start:end] stands between a title and a capitalised word, perhaps after "the":
        "Secretary of State", "Minister for Health", "Commissioner to the Northwind Union"."""
        before = self.text[max(0, start - 20):start].split()
        if self.text.startswith("the ", end):
            end += 4
        return bool(before) and before[-1][:1].isupper() and before[-1].lower().rstrip(".") in lx.TITLE_HEADS and \
            self.text[end:end + 1].isupper()

    def _opens_clause(self, s: int, e: int) -> bool:
        """The mention [s, e) is the subject of a clause joined to its sentence (titles at most before it):
        "..., and manager Pat Lee felt ...", "...; Ana Ruiz said ...". A possessor is no subject."""
        if self.text.startswith(("’s", "'s"), e):
            return False
        joint = _CLAUSE_JOINT.search(self.text, max(0, s - 60), s)
        return joint is not None and self.titles_between(joint.end(), s)

    def titles_between(self, start: int, end: int) -> bool:
        """Nothing but a title stands in text[start:end], at most four words: the words before a name
        that are its own ("Dr.", "Ohio Gov.", "Former House Speaker"). A body, place or people may
        stand in it before a title word, and modifiers ("Former", "Deputy")."""
        titles = named = 0
        pos = start
        words = self.text[start:end].split()
        for w in words:
            pos = self.text.index(w, pos)
            low = w.lower().rstrip(".,")  # ("The Premier, Pat Lee": a title set off before the name)
            if low in self.titles:
                titles += 1
            elif low not in lx.TITLE_MODIFIERS:
                ent = self.doc.entity_at(pos, pos + len(w))
                if (ent is None or ent.type not in ("ORG", "PLACE", "NORP")) and not (w[:1].isupper() and low in lx.ORG_WORDS):
                    return False  # (a body may be no name of its own there: "Senate Minority Leader")
                named += 1
            pos += len(w)
        return len(words) <= 4 and (titles > 0 or not named)

    def name(self, ent: Entity | None) -> str | None:
        if ent is None:
            return None
        if ent.type == "NORP":
            return self.country_of.get(ent.name, ent.name)
        return ent.name

    def attribution(self, start: int, end: int, floor: int,
                    quote: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
        """(speaker, the words that name them) for the subject phrase text[start:end].

        The words stay when the speaker cannot be told ("she", with two women
        just named): a wrong name is worse than none.
        """
        start = after_sentence_end(self.text, start, end)  # a subject never reaches into the sentence before
        phrase = self.text[start:end].strip(" ,“”\"‘’")
        words = phrase.split()
        while len(words) > 1 and (words[0].lower() in ("however", "but", "and", "so", "yet", "then", "also", "though",
                                                       "although", "while", "whereas", "because", "since")
                                  or _ADVERB.fullmatch(words[0]) and self._no_name_at(words[0], start)):
            start = self.text.index(words[1], start + len(words[0]))
            words = words[1:]
        while len(words) > 1 and (_ADVERB.fullmatch(words[-1]) and words[-1].islower()
                                  and words[-2].lower() not in _NOT_BEFORE_AN_ADVERB
                                  or words[-1].lower() in ("also", "then", "therefore", "later")):
            words = words[:-1]  # ("Lee separately said"; not "the family", "an ally")
        phrase = " ".join(words)
        if not phrase:
            return None, None
        if len(words) > 1 and words[-1] in _SUBJECT_PRONOUNS:
            # "In a letter obtained by the Tribune she warned": a setting with no comma, then the subject
            at = self.text.rindex(words[-1], start, end)
            return self.attribution(at, at + len(words[-1]), floor, quote)
        low = phrase.lower()
        if low == "i":
            return None, phrase  # outside the quote, "I" is the writer: no one named in the text
        owner = _THEIR_WORDS.match(phrase)
        if owner is not None:
            # "Her statement said", "His message was blunt:": the words are the one the pronoun means
            return self._pronoun_speaker("he" if owner.group(1).lower() == "his" else "she", start, floor, quote), phrase
        if low in _PRONOUNS:
            return self._pronoun_speaker(low, start, floor, quote), phrase
        head_then_participle = _NOUNS_THEN_PARTICIPLE.match(phrase) if "ing " in phrase else None
        if head_then_participle is not None and _FINITE_WORDS.isdisjoint(low.split()) and \
                self.doc.first_mention(start, start + head_then_participle.end(1)) is None:
            # "Families living beside the wall", "A man working at the plant": people of no name, and a
            # name after the participle is where they are, not who
            return None, phrase
        determined = _DETERMINER.match(phrase) is not None
        if determined:
            named = self._apposed_name(start, end)
            if named is not None:
                return named  # "the head of the delegation, Pat Lee": the role, then its name
        described = _NAME_AS_ADJECTIVE.fullmatch(phrase)
        if described is not None:
            # "the San Jose, California-based company", "an Iran-backed militia": the name says what the noun
            # after it is like; the noun says who, as "the company" alone would
            noun = described.group(2).lower()
            if (described.group(1) or "the").lower() != "the":  # (the determiner may be before a comma)
                return None, phrase
            if noun in _BUSINESS_HEADS or noun in lx.ORG_WORDS:
                return self.name(self.body_antecedent(start, noun, max(0, floor))), phrase
            if noun in lx.TITLE_HEADS:
                return self.name(self.role_antecedent(start, noun, max(0, floor))), phrase
            return None, phrase
        government = _COUNTRYS_GOVERNMENT.match(self.text, start, end)
        if government is not None:
            named = self.doc.first_mention(government.start(1), government.end(1))
            if named is not None and named[2].type == "PLACE" and named[1] == government.end(1):
                return self.name(named[2]), phrase  # "China's foreign ministry said": the country speaks
        if _POSSESSED_HEAD.search(phrase):
            named = self.doc.first_mention(start, end, ("PERSON",))
            if named is not None and named[0] == start and self.text.startswith(", ", named[1]):
                # "Pat Lee, Mr. Ruiz's campaign manager": the name, then what it is to someone
                return self.name(named[2]), self.text[named[0]:named[1]]
            return None, phrase  # "Baker’s wife": someone of Baker's, not Baker, and not named
        group = _NAMED_GROUP.search(self.text, start, end)
        if group is not None:
            named = self.doc.first_mention(group.start(), group.end())
            if named is not None and named[2].type in ("PLACE", "NORP"):
                # "U.S. officials said": people of the country, not named (nor the country); a body's
                # officials speak for it ("Acme officials said"), as its spokesman does
                return None, phrase
        if len(words) > 2 and "," in phrase:
            set_off = self._person_set_off(start, end)
            if set_off is not None:
                # "its author, state Sen. Pat Lee, a Harwick Democrat,", "her editor at Knopf, Gary Fisk": the
                # person set off, not the party, nor the body after a preposition in the role
                return set_off
        if len(words) > 2:
            prep = _PREPOSITION.search(self.text, start, end)
            if prep is not None and self._in_a_title(prep.start(), prep.end()):
                prep = None  # "Secretary of State Pat Lee": the preposition is the title's own
            head = self.text[start:prep.start()].split() if prep is not None else []
            if prep is not None and head and head[-1].lower() in _SPEECH_NOUNS and len(head) <= 3 and \
                    prep.group().strip() in ("from", "by", "of"):
                # "a statement from the Port Authority": what was said is the body's, who said it
                return self.attribution(prep.end(), end, floor, quote)
            if prep is not None and head and (head[-1].lower() in _VOICES or head[-1].lower() in _PARTS_OF_A_BODY) \
                    and prep.group().strip() in ("for", "of", "at", "from") and len(head) <= 3:
                # "a spokesman for the Sierra Club", "the Ohio chapter of the Sierra Club": the body speaks,
                # as in "a Sierra Club spokesman"; no one named when what follows is no body
                body_s = _BODY_AFTER.match(self.text, prep.end(), end).end()
                named = self.doc.first_mention(body_s, end)
                if named is not None and named[0] == body_s and named[2].type == "ORG":
                    return self.name(named[2]), phrase
            if prep is not None and self.doc.entity_at(prep.start(), prep.end()) is None and (
                    len(self.text[start:prep.start()].split()) <= 4 or self._person_ends(start, prep.start())):
                # (however long the head, when a person's name ends it: "U.S. District Judge Sean Jordan in Sherman")
                # "a diplomat in Kabul", "the senator from Ohio": a name after the head's preposition
                # is where the speaker is from, not who; the head alone says who, if anyone.
                sp, said = self.attribution(start, prep.start(), floor, quote)
                if sp and self.doc.first_mention(start, prep.start(), ("PERSON",)) is None and \
                        not self._bears_role_of(sp, prep.end(), end, start):
                    return None, phrase  # "the chairman of the Oversight Committee": not a chairman of something else
                if sp or said:
                    return sp, said if sp else phrase
                # "Members of the Sierra Club": people of the body, not named, but said to speak (a noun
                # phrase, not words of a clause: "siding with groups that", "We know they were in")
                noun_phrase = bool(head) and head[-1].isalpha() and head[-1][1:].islower() and not head[0].endswith("ing") \
                    and len(words) <= 8 and not any(w.lower().strip(",") in _CLAUSE_WORDS or _CONTRACTION.search(w)
                                                    for w in words)
                return (None, phrase) if noun_phrase else (None, None)
        if "," in phrase:
            # (a phrase of three words or more was asked above, before its preposition was read)
            set_off = self._person_set_off(start, end) if len(words) <= 2 else None
            if set_off is not None:
                return set_off  # "its author, state Sen. Pat Lee, a Harwick Democrat,": the person, not the party
            comma = self.text.find(",", start, end)
            if self.text[start:comma].strip():
                # "her lawyer, a Harwick Democrat,": what is set off after the subject's head says more of it
                return self.attribution(start, comma, floor, quote)
        ent = self.doc.entity_at(start, end)
        x_the_y = _X_THE_Y.fullmatch(phrase) if ent is not None else None
        if x_the_y is not None and x_the_y.group(1) not in _NOT_X and not x_the_y.group(1).endswith("ly"):
            return None, phrase  # "Save the Children said": one name of the form "X the Y", not the last word's
        if ent is not None:
            # The subject is the last name in the phrase ("Peruvian Deputy Trade Minister Ana Ruiz").
            i = bisect.bisect_right(self.doc.starts, end) - 1
            while i >= 0 and self.doc.spans[i][0] >= start:
                if self.doc.spans[i][1] <= end + 1:
                    s, e, cand = self.doc.spans[i]
                    if cand.type in ("PERSON", "ORG", "PLACE", "NORP"):
                        if cand.type == "NORP" and _PEOPLES_GOVERNMENT.search(low):
                            return self.name(cand), self.text[s:e]
                        if cand.type == "NORP" and determined and e >= end - 1 and \
                                not self.text[s:e].endswith(_COLLECTIVE_ENDINGS):
                            # "the Kentucky Republican": one member of the party, not named; "the Italian", the one
                            # person just said to be of that nation
                            return self.name(self._person_of_people(cand, start, floor)), phrase
                        if cand.type == "PLACE" and _NOUN_AFTER.match(self.text, e, end) and \
                                not _GOVERNMENT_AFTER.match(self.text, e, end):
                            role = _ROLE_AFTER_BODY.fullmatch(self.text, e, end) if low.startswith("the ") else None
                            if role is not None and role.group(1) in lx.TITLE_HEADS and role.group(1) not in _VOICES:
                                # "the Ohio senator": the person so titled or said to be, as "the senator"
                                return self.name(self.role_antecedent(start, role.group(1), max(0, floor))), phrase
                            return None, phrase  # "the U.S. military": a body of the place, not named
                        if self.modifies(s, e, end):
                            return None, phrase  # "the Lee campaign": people of Lee's, not Lee
                        people = _THEIR_PEOPLE_AFTER.fullmatch(self.text, e, end)
                        if people is not None and people.group(1) not in _VOICES and \
                                (cand.type == "PERSON" and people.group(1) in _PEOPLE_NOUNS or
                                 people.group(1).endswith("s") and _singular(people.group(1)) in _PEOPLE_NOUNS):
                            # "Trask supporters chanted", "Lee aides said", "Lee aide says": people of theirs
                            # (but "Acme officials said": the body's voices speak for it)
                            return None, phrase
                        last = phrase.rsplit(None, 1)[-1].lower()
                        if cand.type != "PERSON" and _NOUN_AFTER.match(self.text, e, end) and (
                                last in lx.PERSON_NOUNS or last in lx.TITLE_HEADS and last not in _VOICES
                                and _ONE_OF.match(phrase)):
                            # "a Harwick man", "an Acme engineer", "one GOP senator": someone of it, not named
                            # (but "an Acme spokesman" speaks for it)
                            return None, phrase
                        role = _ROLE_AFTER_BODY.fullmatch(self.text, e, end) \
                            if cand.type != "PERSON" and low.startswith("the ") else None
                        if role is not None and role.group(1) in lx.TITLE_HEADS and role.group(1) not in _VOICES:
                            # "the Christian Democrat leader", "the Acme chairman": a person of the body,
                            # named only when the role was said of them; the body's voice speaks for it
                            return self.name(self.role_antecedent(start, role.group(1), max(0, floor))), phrase
                        if cand.type == "PLACE" and SEAT_FOR.search(self.text, max(start, s - 12), s):
                            return None, phrase  # "MP for York Central": whoever holds the seat, not the place
                        if cand.type != "NORP":
                            # prefer the head of "X of Y": the first name in the phrase when it is a person
                            # ("Harmon spokesman Pat Lee" has no "of": its head is the last name)
                            first = self.doc.first_mention(start, end)
                            if first is not None and first[2].type == "PERSON" and \
                                    _PREPOSITION.search(self.text, first[1], s) is not None:
                                return first[2].name, self.text[first[0]:first[1]]
                            return cand.name, self.text[s:e]
                i -= 1
            if ent.type not in SPEAKER_TYPES:
                return None, None  # a date or an amount says nothing
            if ent.type == "NORP" and words[-1][:1].islower():
                return None, phrase  # "a Western diplomat", "Chinese fishermen": people of it, not named
            said = self.doc.mention_text(ent, start, end) or phrase
            if ent.type == "NORP" and said.endswith("s"):
                return None, said  # "Democrats said", "Palestinians say": people of a party or nation, no one named
            if ent.type == "NORP" and determined and not said.endswith(_COLLECTIVE_ENDINGS):
                # "the Czech said": one person of the nation, the one just said to be of it ("Czech Pat Lee",
                # "Czechia's Pat Lee", "Pat Lee of Czechia"), else not named
                return self.name(self._person_of_people(ent, start, floor)), phrase
            return self.name(ent), said
        # The head of "a spokesman for the ferry company" is before its preposition; of "a study
        # commissioned by the city", before its participle and agent (the city did not find it).
        head_words = _PREPOSITION.split(phrase, 1)[0]
        agent = _PARTICIPLE_AGENT.search(head_words)
        if agent is not None:
            head_words = head_words[:agent.start()]
        m = _ROLE_NP.search(head_words)
        if m and ("’s " in m.group(1) or "'s " in m.group(1)):
            return None, m.group(0)  # "the senator’s lawyer": someone other than the senator, not named
        if m and m.group(2).lower() in lx.TITLE_HEADS:
            if m.group(0)[:2].lower() in ("a ", "an"):
                return None, phrase  # "a ministry spokesman": one of several, never someone named before
            return self.name(self.role_antecedent(start, m.group(2).lower(), max(0, floor))), m.group(0)
        if m and m.group(0)[:3].lower() == "the" and (m.group(2).lower() in lx.ORG_WORDS
                                                     or m.group(2).lower() in _BUSINESS_HEADS):
            return self.name(self.body_antecedent(start, m.group(2).lower(), max(0, floor))), m.group(0)
        return (None, phrase) if agent is not None and m is not None else (None, None)

    def _pronoun_speaker(self, low: str, start: int, floor: int, quote: tuple[int, int] | None) -> str | None:
        """Who the pronoun low (in lower case) at start means, as a speaker; None when not clear."""
        types = ("PERSON",) if _PRONOUNS[low] == "PERSON" else ("ORG", "PLACE", "NORP")
        gender = {"he": "M", "she": "F"}.get(low)
        if types != ("PERSON",):
            # "it" and "they" stand for many things that are not names (a report, the workers):
            # a body is meant only when named in this paragraph or the sentence before.
            floor = max(floor, min(self._window_start(start), self.doc.line_at(start)[0]))
        ent = self.antecedent(start, types, max(0, floor), gender, quote)
        # (a name inside the quote itself is no mention before it: "“Mark is a good man,” he said")
        before = quote[0] if quote is not None and quote[0] < start else start
        if ent is not None and gender is not None and self._unnamed_speaker_since(ent, before):
            return None  # "A spokesman for the trust said ... He said": the spokesman, not named
        if ent is not None and ent.type == "NORP" and self._last_mention_modifies(ent, start):
            return None  # "seven Republican senators ... they wrote": people of it, not named
        return self.name(ent)

    def _bears_role_of(self, name: str, start: int, end: int, pos: int) -> bool:
        """The person `name`, found for a role whose preposition names a body in [start, end) ("the chairman
        of the Oversight Committee"), was named with that body in one sentence before pos ("Pat Lee, the
        chairman of the committee,"); true when no body is named there. (A place says less: "former Mayor Pat
        Lee" is "the former mayor of Granton" in a story about one town.)"""
        qual = self.doc.first_mention(start, end, ("ORG",))
        if qual is None:
            return True
        person = next((e for e in self.doc.entities if e.name == name and e.type == "PERSON"), None)
        if person is None:
            return True
        index = self.doc.sentence_index
        theirs = {index(m.start) for m in person.mentions if m.start < pos}
        return any(m.start < pos and index(m.start) in theirs for m in qual[2].mentions)

    def _person_of_people(self, people: Entity, pos: int, floor: int) -> Entity | None:
        """The one person named before pos as one of a nation's people: "Italy's Pat Lee", "Pat Lee of Italy",
        "Italian Pat Lee" for "the Italian". None for a party ("the Ohio Republican") or when not one."""
        marked = self._people_marked(people.name)
        i = bisect.bisect_left(marked[0], pos) - 1
        lowest = max(floor, pos - _ANTECEDENT_REACH)
        found: dict[int, Entity] = {}
        while i >= 0 and marked[0][i] >= lowest and len(found) < 2:
            person = marked[1][i]
            found[id(person)] = person
            i -= 1
        return next(iter(found.values())) if len(found) == 1 else None

    def _people_marked(self, demonym: str) -> tuple[list[int], list[Entity]]:
        """(starts, persons) of the person mentions said to be of the nation the demonym names, built once."""
        marked = self._marked.get(demonym)
        if marked is None:
            country = self.country_of.get(demonym)
            starts: list[int] = []
            persons: list[Entity] = []
            if country is not None:
                before = (demonym + " ", country + "'s ", country + "’s ")
                after = " of " + country
                for s, e, person in self.doc.mentions_of(("PERSON",))[1]:
                    if any(self.text.endswith(b, 0, s) for b in before) or self.text.startswith(after, e):
                        starts.append(s)
                        persons.append(person)
            marked = self._marked[demonym] = (starts, persons)
        return marked

    def _person_set_off(self, start: int, end: int) -> tuple[str, str] | None:
        """(name, its words) of the first part of a subject set off by commas that is a person's name, titles
        at most before it: "its author, state Sen. Pat Lee, a Democrat". None if no part is."""
        at = start
        while at < end:
            comma = self.text.find(",", at, end)
            part_e = comma if comma >= 0 else end
            named = self.doc.first_mention(at, part_e, ("PERSON",))
            if named is not None and named[1] >= part_e - 1 and self.titles_between(at, named[0]):
                return self.name(named[2]), self.text[named[0]:named[1]]
            if comma < 0:
                return None
            at = comma + 1
        return None

    def _last_mention_modifies(self, ent: Entity, pos: int) -> bool:
        """ent's last mention before pos stands before a noun ("Republican senators", "Chinese fishermen")."""
        last = self._last_end_before(ent, pos)
        return last is not None and _PEOPLE_AFTER.match(self.text, last) is not None

    def _unnamed_speaker_since(self, ent: Entity, pos: int) -> bool:
        """Someone not named ("a spokesman for the trust", "the officer") spoke after ent's last
        mention before pos, or before it in its sentence when it is not the subject ("the president said
        he trusted Lee"): a "he" or "she" then may be either."""
        starts, ends = self._mention_bounds(ent)
        i = bisect.bisect_right(ends, pos) - 1
        last = pos if i < 0 else ends[i]
        if i >= 0 and not self._opens_sentence(starts[i], ends[i]):
            last = self.doc.sentence_start(starts[i])
        if _CUE_AFTER_SPACE.search(self.text, last, pos) is None:
            return False  # both patterns below end in a cue: without one, the slow scan finds nothing
        for m in _UNNAMED_SPEAKER.finditer(self.text, last, pos):
            head = m.group(1)
            if i >= 0 and m.start() == ends[i] + 2 and self.text.startswith(", ", ends[i]):
                continue  # "Pat Lee, the president of the trust, said": her role, set off after her name
            if m.group("apposed") and self.doc.first_mention(m.start("apposed"), m.end("apposed"), ("PERSON",)):
                continue  # "A spokesman for Acme, Pat Lee, said": he is named
            if head in lx.TITLE_HEADS and m.group().lower().startswith("the ") and \
                    self.role_antecedent(m.start(), head, 0) is ent:
                continue  # "Lee disputed that. The senator said ... “...,” he said": the senator is Lee
            if head in lx.TITLE_HEADS and head not in _HONORIFICS or head in lx.PERSON_NOUNS:
                return True
        return _ONE_OF_THEM.search(self.text, last, pos) is not None

    def _written_small(self, low: str) -> bool:
        """The small-letter word low stands somewhere in the text. The text's small-letter words are read
        once, when first asked: a long text asked about many words is not searched once per word."""
        if self._small_words is None:
            self._small_words = frozenset(_SMALL_WORD.findall(self.text))
        return low in self._small_words

    def _apposed_name(self, start: int, end: int) -> tuple[str, str] | None:
        """(name, its words) when text[start:end] ends in ", <a name>" and nothing else: "the head of the
        delegation, Pat Lee", "the ferry company, Lagoon Lines"."""
        tail_e = end
        while tail_e > start and self.text[tail_e - 1] in " ,":
            tail_e -= 1
        comma = self.text.rfind(",", start, tail_e)
        if comma < 0:
            return None
        tail_s = comma + 1
        while tail_s < tail_e and self.text[tail_s].isspace():
            tail_s += 1
        found = self.doc.first_mention(tail_s, tail_e)
        if found is None or found[0] != tail_s or found[1] != tail_e:
            return None
        return self.name(found[2]), self.text[tail_s:tail_e]

    def body_antecedent(self, pos: int, head: str, floor: int) -> Entity | None:
        """Which body "the bank" at pos is: the last organisation before it whose name has that word
        ("Northwind Bank"; for "the company" or "the firm", a legal form or a trade: "Harbor Logistics
        Inc", "Norvale Semiconductor"), unless another such was named since the sentence before, or
        shortly before that one (then not clear: "the Appeals Court ruled ... would appeal to the Supreme
        Court ... the court noted")."""
        starts, spans = self.doc.mentions_of(("ORG",))
        i = bisect.bisect_left(starts, pos) - 1
        lowest = max(floor, pos - _ANTECEDENT_REACH)
        found = None
        window = self._window_start(pos)
        while i >= 0 and spans[i][0] >= lowest:
            ent = spans[i][2]
            i -= 1
            words = ent.name.lower().split()
            if head not in words and not (head in _BUSINESS_HEADS and (words[-1].rstrip(".") in lx.LEGAL_FORMS
                                                                      or words[-1] in lx.BUSINESS_WORDS)):
                continue
            if found is None:
                found = ent
                window = min(window, spans[i + 1][0] - _RIVAL_REACH)
            elif ent.name != found.name and spans[i + 1][0] >= window:
                return None  # two banks just named, or one named shortly before the other
            if spans[i + 1][0] < window:
                break
        return found

    def role_antecedent(self, pos: int, head: str, floor: int) -> Entity | None:
        """Who "the minister" at pos is: the last person titled so ("Minister Pat Lee"); else the
        person a pronoun would be, looked for before this sentence only (a definite description does
        not name someone named earlier in its own sentence: "Lee was told by the minister"), and
        only when the role was said of them ("Lee, the minister for ports,", "minister Pat Lee"):
        "the MP" after a quote from an analyst is someone else, not named."""
        starts, spans = self.doc.mentions_of(("PERSON",))
        i = bisect.bisect_left(starts, pos) - 1
        lowest = max(floor, pos - _ANTECEDENT_REACH)
        asked: set[int] = set()  # (each person once: what is asked depends on the person, not the mention)
        while i >= 0 and spans[i][0] >= lowest:
            ent = spans[i][2]
            i -= 1
            if id(ent) in asked:
                continue
            asked.add(id(ent))
            if any(head in _role_words(role) for role in ent.roles) or self._said_to_be(ent, head, pos):
                # titled so, or said to be so ("The mayor of Granton, Paul Whitaker,"); but not when another
                # person titled so was named shortly before ("Sen. Pat Lee and Sen. Ann Ruiz met")
                if self._titled_so_before(head, spans, i, spans[i + 1][0] - _RIVAL_REACH, ent) and \
                        not self._subject_just_before(spans[i + 1][0], spans[i + 1][1], pos):
                    return None
                # ("Sen. Pat Lee and Sen. Ann Ruiz met. Ms. Ruiz left early. The senator said": Ruiz, the subject
                # of the sentence just before, goes on)
                return ent
        if self._indefinite_between(head, max(floor, pos - _ANTECEDENT_REACH), pos):
            return None  # "a diplomat briefed on the talks" ... "the diplomat said": someone not named
        sent_s = self.doc.sentence_start(pos)
        ent = self.antecedent(sent_s, ("PERSON",), floor, None)
        if ent is None or any(r.split()[0].rstrip(".").lower() not in _HONORIFICS for r in ent.roles if r):
            return None  # "the former president" is not the person titled "Sen." before it
        given = self._roles_given(ent, pos)
        if not given and self.doc.first_mention(sent_s, pos, ("PERSON",)) is not None:
            return None  # "Lee drew a crowd, according to the fire marshal": someone else, not Lee, and not named
        if not given and self._described(ent, pos):
            return None  # "café owner Pat Lee ... the mayor said": the text said what Lee is, and it is not that
        return ent if not given or head in given else None  # "analyst Pat Lee" is not "the MP"

    def _subject_just_before(self, s: int, e: int, pos: int) -> bool:
        """The mention [s, e) opens the sentence right before the one holding pos, and a role opens pos's."""
        k = self.doc.sentence_index(pos)
        if k < 1 or self.doc.sentence_index(s) != k - 1 or not self._opens_sentence(s, e):
            return False
        return not self.text[self.doc.sentences[k][0]:pos].strip(" \n“\"")

    def relative_antecedent(self, sent_s: int, comma: int, pronoun: str) -> Entity | None:
        """Who or what ", who" or ", which" at `comma` hangs on: the name right before the comma ("the Trade
        Commission, which says"). "who" is no place, nor a body after a preposition ("the mayor of Harwick,
        who said"): it is the person before their apposition, if any ("Pat Lee, a nurse in Atlanta, who")."""
        named = self.doc.entity_at(comma - 1, comma)
        if pronoun == "who" and (named is None or named.type != "PERSON" and (
                named.type == "PLACE" or NAME_AFTER_PREPOSITION.search(self.text, max(sent_s, comma - 80), comma))):
            named = self._apposed_before(sent_s, comma)  # (or "Pat Lee, 68, a retired nurse, who said")
        return named if named is not None and named.type in ("PERSON", "ORG", "PLACE") else None

    def _apposed_before(self, start: int, comma: int) -> Entity | None:
        """The person named before an apposition that ends at comma: "Pat Lee, a nurse in Atlanta,"; None
        when the apposition is not right after a person's name."""
        starts, spans = self.doc.mentions_of(("PERSON",))
        i = bisect.bisect_left(starts, comma) - 1
        if i < 0 or spans[i][0] < start:
            return None
        return spans[i][2] if _APPOSITION.fullmatch(self.text, spans[i][1], comma) is not None else None

    def _titled_so_before(self, head: str, spans: list, i: int, lowest: int, ent: Entity) -> bool:
        """A person other than ent, titled head, is mentioned at spans[i] or before it, from lowest on."""
        while i >= 0 and spans[i][0] >= lowest:
            other = spans[i][2]
            i -= 1
            if other is not ent and other.name != ent.name and any(head in _role_words(r) for r in other.roles):
                return True
        return False

    def _indefinite_between(self, head: str, start: int, end: int) -> bool:
        """Someone brought in by the role head and not named ("a diplomat") stands in text[start:end]. The
        text's such phrases are found once per role, not once per question."""
        found = self._indefinite.get(head)
        if found is None:
            found = self._indefinite[head] = [(m.start(), m.end()) for m in _indefinite_role(head).finditer(self.text)]
        i = bisect.bisect_left(found, (start, 0))
        return i < len(found) and found[i][1] <= end

    def _described(self, ent: Entity, pos: int) -> bool:
        """A noun for a person stands right before a mention of ent before pos: the text said what the
        person is ("café owner Pat Lee", "resident Pat Lee", "activist Pat Lee")."""
        first = self._first_described.get(id(ent))
        if first is None:  # the first mention so described (len(mentions) for none), found once per entity
            first = len(ent.mentions)
            for i, m in enumerate(ent.mentions):
                word = _ROLE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                if word is None or word.group(1) in lx.STOPWORDS:
                    continue
                noun = word.group(1)
                if noun in lx.PERSON_NOUNS or len(noun) > 4 and noun.endswith(_PERSON_NOUN_ENDINGS):
                    first = i
                    break
            self._first_described[id(ent)] = first
        starts, _ = self._mention_bounds(ent)
        return first < bisect.bisect_left(starts, pos)

    def _said_to_be(self, ent: Entity, head: str, pos: int) -> bool:
        """The role word head (a title's head) was said of ent next to a mention before pos."""
        return head not in _HONORIFICS and head in self._roles_said_before(ent, pos)

    def _roles_given(self, ent: Entity, pos: int) -> set[str]:
        """The role words said of ent next to its mentions before pos, and its titles: just before one
        ("analyst Pat Lee", "The mayor of Granton, Pat Lee") or in an apposition after it ("Lee, the
        party's leader,")."""
        given = set().union(*map(_role_words, ent.roles)) | self._roles_said_before(ent, pos)
        return (given & lx.TITLE_HEADS) - _HONORIFICS  # "Mrs" says nothing of a role

    def _roles_said_before(self, ent: Entity, pos: int) -> frozenset[str]:
        """The role words said next to ent's mentions that start before pos (any words, not only titles)."""
        prefix = self._roles_before.get(id(ent))
        if prefix is None:  # prefix[i]: the role words said at ent's first i mentions, built once
            prefix = self._roles_before[id(ent)] = [frozenset()]
            for m in ent.mentions:
                said: set[str] = set()
                before = _ROLE_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                if before:
                    said.add(before.group(1))
                comma = m.start
                while comma > 0 and self.text[comma - 1].isspace():
                    comma -= 1
                # (the pattern ends in a comma and white space: where there is none it is not searched)
                of_place = _ROLE_OF_BEFORE.search(self.text, max(0, m.start - 120), m.start) \
                    if comma < m.start and self.text[comma - 1:comma] == "," else None
                if of_place:
                    said |= _role_words(of_place.group(1))
                after = _ROLE_APPOSED.match(self.text, m.end)
                if after:
                    said |= _role_words(after.group(1))
                prefix.append(prefix[-1] | said if said - prefix[-1] else prefix[-1])
        starts, _ = self._mention_bounds(ent)
        return prefix[bisect.bisect_left(starts, pos)]


# A role word in lower case right before a name ("analyst Pat Lee"), and a role in an apposition
# after one (", the party's deputy leader,"): what the text says the person is.
_ROLE_BEFORE = re.compile(r"\b([a-z]+),?\s+$")
# A role of a place or body, then the name in apposition: "The mayor of Granton, Paul Whitaker".
# ("The president of the island nation of Valoa, Teuila Fonoti": the role is the words before the first "of")
_ROLE_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z-]+\s+){0,2}?[a-z]+)\s+(?:of|for|at)\s+"
                             r"(?:[\w.’'-]+\s+){0,6}?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s+$")
_ROLE_APPOSED = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+((?:[\w’'-]+\s+){0,4}?[a-z]+)(?=[,.;]|\s+(?:of|for|at|in)\b)")


# A person not named, by their role, then a reporting verb: "A spokesman for the trust said",
# "the officer told". (A role followed by a name, "the chief nurse, Dr Hart, said", is not matched.)
_POSSESSIVE_GENDER = {"his": "M", "her": "F"}
# Where a clause joined to a sentence begins: ", and ", ", but ", "; ".
_CLAUSE_JOINT = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:[Tt]he\s+)?(?=[^,;]*$)")
# One of a group named before spoke: "One, who asked not to be named, said", "another added".
_ONE_OF_THEM = re.compile(rf"(?<![Nn]o )\b(?:[Oo]ne|[Aa]nother)(?:\s*,\s+(?:who|whose)\b[^,.;:“”\"]{{1,80}},)?"
                          rf"\s+{REPORTING_VERB}\b")
# A cue after white space, as both patterns above and below end.
_CUE_AFTER_SPACE = re.compile(rf"\s{REPORTING_VERB}\b")
_UNNAMED_SPEAKER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)"
                              r"(?:\s+(?:for|of|at|from|with|in)\s+[^,.;:“”\"]{1,40}?"
                              r"(?P<apposed>\s*,\s+[^,.;:“”\"]{1,40},)?)?"  # ("for the mall's owner, Acme Ltd,")
                              r"(?:\s*,\s+(?:who|whose|which)\b[^,.;:“”\"]{1,100},)?"  # ", who asked not to be named,"
                              r"(?:\s+(?:himself|herself))?(?:\s+(?:has|had|have|also|then|later|would|will))*"  # "has"
                              rf"\s+{REPORTING_VERB}\b")


def _person_head(words: list[str]) -> int:
    """Where the head of a role phrase is, a title or a noun for a person ("the former mayor": 2), or -1."""
    return next((k for k, w in enumerate(words) if w in lx.TITLE_HEADS or w in lx.PERSON_NOUNS), -1)


def _singular(word: str) -> str:
    """A plural noun's singular, by its ending: "allies" -> "ally", "aides" -> "aide"."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


@functools.lru_cache(maxsize=256)
def _indefinite_role(head: str) -> re.Pattern:
    """Someone brought in by their role and not named: "a diplomat", "one senior official", "another aide"."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b")


# --- the voice of a reporting verb -----------------------------------------------------

# "Lee was cautioned that", "crews were informed": the cue is passive, its subject heard the words.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+)?$")
# "... by the policy unit to ...": the agent of a passive cue, who said the words.
_BY_AGENT = re.compile(r"\s+by\s+([^,.;:“”\"]{2,60}?)(?=\s+(?:to|that|in|on|at|for|with|about|over)\b|[,.;:“\"]|$)")
# Hearsay: "Lee is understood to favour", "Ruiz was thought to oppose": the subject holds the view.
_HEARSAY = frozenset("said reported believed thought understood known alleged claimed rumoured rumored".split())
_TO = re.compile(r"\s+to\s+[a-z]")


def is_passive(text: str, subj_e: int, cue_s: int, cue_e: int) -> bool:
    """The cue text[cue_s:cue_e] is passive ("Lee was cautioned"), not hearsay ("Lee is understood to favour")."""
    if not _PASSIVE_BEFORE.search(text, subj_e, cue_s):
        return False
    return not (text[cue_s:cue_e] in _HEARSAY and _TO.match(text, cue_e))


def passive_speaker(res: Resolver, cue_end: int, limit: int, floor: int,
                    quote: tuple[int, int] | None) -> tuple[str | None, str | None]:
    """The speaker of a passive cue: its agent ("was cautioned by the harbour board") when named, else no one:
    the subject of "was warned" is who heard the words, not who said them."""
    m = _BY_AGENT.match(res.text, cue_end, limit)
    if m is None:
        return None, None
    sp, said = res.attribution(m.start(1), m.end(1), floor, quote)
    return sp, said or m.group(1)
