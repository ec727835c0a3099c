"""Named entities: capitalised phrases typed by gazetteers and context, and
numeric expressions (dates, money, percentages, quantities) found by pattern.

The rules, in the order they apply:
- a capitalised phrase may hold connectors ("of", "and", "&", "van") when a
  capitalised word follows; "and" joins only names known as one place or
  organisation ("Trinidad and Tobago", "Marks & Spencer");
- possessives end a name ("Peru’s Trade Minister" gives Peru);
- a sentence's first word is a name only when it is known (gazetteer, a name
  seen elsewhere mid-sentence) or starts a longer name;
- leading titles and roles ("Defense Minister", "Admiral", "Dr.") are
  stripped and kept as the entity's roles; a demonym before them is NORP;
- a parenthesised acronym after a name is its alias, and so is an acronym
  made of a name's initials; a surname or given name alone joins the full
  name seen in the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from . import lexicon as lx
from .document import HEADLINE_CHARS
from .model import Entity, Mention
from .patterns import KIN_SET_OFF_BEFORE_TITLE, SEAT_FOR, kin_before_name, one_of, titled_work
from .segment import UPPER, Coverage

# --- numeric expressions --------------------------------------------------------

_MONTHS = list(lx.MONTHS)
_MONTH_ABBREVIATIONS = "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.".split()
_WEEKDAYS = list(lx.WEEKDAYS)
_NUMBER_WORDS = ("a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
                 "fifty hundred several".split() + ["a hundred", "a thousand", "hundreds of", "thousands of", "dozens of"])
_DATE_WORDS = "early late mid spring summer autumn fall winter".split()

_MONTH = one_of(_MONTHS + _MONTH_ABBREVIATIONS)
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_WEEKDAY = one_of(_WEEKDAYS)
# Digits, thousands groups, decimals; possessive, so a failed match never re-reads a long number.
_NUM = r"\d++(?:,\d{3})*+(?:\.\d+)?+"
_NUMWORD = one_of(_NUMBER_WORDS)
_UNIT = (r"(?:square |cubic |nautical |light[- ])*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|cm|mm|"
         r"centimetres?|centimeters?|millimetres?|feet|foot|ft|inch(?:es)?|yards?|kg|kilos?|kilograms?|"
         r"grams?|tonnes?|tons?|lbs?|litres?|liters?|gallons?|barrels?|knots?|acres?|hectares?|mph|"
         r"km/h|kph|degrees?|°[CF]|megawatts?|MW|GW|kW|calories|mg|ml)")

# The letters a unit's name can start with: after "a" or "two" (words that start so many phrases)
# the next word is tried against the fifty units only when it could be one.
_UNIT_FIRST = "[abcdfghiklmnstyMG°]"

_MONEY = re.compile(
    rf"(?=[\d$£€¥₹]|{one_of(['US', 'A', 'C', 'HK', 'NZ', 'S', 'R'])}[$£€¥₹]|{one_of(['Rs', 'INR', 'USD', 'EUR', 'GBP'])})"
    rf"(?:(?:US|A|C|HK|NZ|S|R)?[$£€¥₹]\s?{_NUM}(?:\s?(?:million|billion|trillion|bn|m|k)\b)?"
    rf"|\b{_NUM}(?:\s(?:million|billion|trillion))?\s(?:dollars|pounds|euros|rupees|yuan|yen|pence|cents|rubles|roubles)\b"
    rf"|\b(?:Rs\.?|INR|USD|EUR|GBP)\s?{_NUM}(?:\s(?:million|billion|crore|lakh))?\b)"
)
_PERCENT = re.compile(rf"(?=\d)\b{_NUM}\s?(?:%|per\s?cent\b|percent\b|percentage points?\b)")
_QUANTITY = re.compile(  # the cheap first-letter check keeps the scan fast
    rf"\b(?=[\dadefhnostw])(?:{_NUM}(?:\s?(?:to|-|–)\s?{_NUM})?[- ]?{_UNIT}\b"
    rf"|{_NUMWORD}(?: or two)?[- ]?(?={_UNIT_FIRST}){_UNIT}\b(?! of\b))"
)
# Holidays are dates ("by Christmas", "since Ramadan"); "Christmas Day", "New Year's Eve" whole.
# Days named for what happens on them, in two words, are dates too ("on Memorial Day", "by Black Friday"), unless
# a name goes on after them ("the Good Friday Agreement").
_HOLIDAY = (r"(?:Christmas(?: Day| Eve)?|Easter(?: Sunday| Monday)?|Thanksgiving|Ramadan|Hanukkah|Diwali|Passover|"
            r"Eid(?: al-(?:Fitr|Adha))?|New Year(?:’s|'s)?(?: Day| Eve)?|Halloween|"
            r"(?:(?:Black|Good|Holy) Friday|Cyber Monday|Super Tuesday|Ash Wednesday|Palm Sunday|Boxing Day|"
            r"(?:Memorial|Labou?r|Independence|Veterans(?:’|')?|Presidents(?:’|')?|Election|Inauguration|Remembrance|"
            r"Armistice|Bastille|Anzac|Australia|Canada|Victory|Mother(?:’s|'s)|Father(?:’s|'s)|Valentine(?:’s|'s)) Day)"
            r"(?! [A-Z][a-z]))")
_DATE_WORD = one_of(_DATE_WORDS)
_DATE = re.compile(  # the forms that start with a digit, then those that start with a word
    rf"(?=\d)(?:\b{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"
    rf"|\b(?:1[5-9]|20)\d0s\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|(?=[12])(?<![\d,.$£€-]){_YEAR}\s?[-–]\s?(?:{_YEAR}|\d\d)(?![\d%-])"  # a span of years: "2000 - 2050", "2019-20"
    rf"|(?=[12])(?<![\d,.$£€-]){_YEAR}(?!\d|,\d|\.\d|\s?(?:%|per|-)))"
    rf"|(?=[A-Z]|{_DATE_WORD}|the\s)(?:\b(?:(?:early|late|mid)[- ])?{_MONTH}(?!\w)(?:\s+{_DAYNUM}\b)?(?:,?\s+{_YEAR}\b)?"
    rf"|\b(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+{_YEAR}\b"
    rf"|\bthe\s+(?:1[5-9]|20)\d0s\b"
    rf"|\b{_WEEKDAY}s?\b"  # ("on Saturdays": every one of them)
    rf"|\b{_HOLIDAY}\b)"
)
_MAY_OK = re.compile(r"(?:in|since|until|till|by|last|next|early|late|mid|of|during|from|through)[- ]$", re.I)


# Every numeric expression starts a word, with a digit, a currency sign, a capital or
# one of a few words; checking that first skips most positions at once.
_LEAD = one_of([w.split()[0] for w in _NUMBER_WORDS] + _DATE_WORDS + ["the"])
# No number starts at a digit right after "3," or "3.": that is inside a number, or a list of digits.
_NUMERIC = re.compile(rf"(?<!\w)(?<!\d[,.])(?=[\dA-Z$£€¥₹]|{_LEAD})(?:" + "|".join(f"(?P<{kind}>{p.pattern})" for p, kind in (
    (_MONEY, "MONEY"), (_PERCENT, "PERCENT"), (_QUANTITY, "QUANTITY"), (_DATE, "DATE"))) + ")")


def numeric_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, TYPE) of money, percentages, quantities and dates, not overlapping.

    One scan with the four patterns as alternatives: at a given start, money
    is tried first, then percentages, quantities and dates.
    """
    taken: list[tuple[int, int, str]] = []
    for m in _NUMERIC.finditer(text):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in " ,.":
            e -= 1
        if e <= s:
            continue
        word = text[s:e]
        if kind == "DATE" and word in ("May", "March") and not _MAY_OK.search(text[max(0, s - 8):s]):
            continue  # "May" the verb or the name; "March" the walk
        if kind == "QUANTITY" and not any(ch.isdigit() for ch in word) and word.split()[0].lower() in ("a", "an") \
                and len(word.split()) > 2:
            continue
        taken.append((s, e, kind))
    return taken


# --- tokens and capitalised phrases --------------------------------------------

_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"[A-Z][A-Za-z]*-?\d[\w-]*|\d+[A-Z][\w-]*")
# A job, then "at" before a name: the name is where the job is ("an analyst at ").
_JOB_AT = re.compile(r"\b(?:analyst|economist|strategist|professor|lecturer|researcher|scientist|engineer|"
                     r"executive|director|manager|partner|fellow|editor|reporter|lawyer|trader|banker)s? at $", re.I)
# What may end a word of the text split at white space: nothing, or a mark.
_WORD_ENDS = ("", ",", ".", ";", ":", "”", "?", "!")
# Letters after a person's name: an honour, a rank at the bar, a seat.
_POST_NOMINALS = frozenset("KC QC MP MSP MEP MLA OBE MBE CBE KBE DBE".split())
# Degrees set after a name by commas: "Dana Kerr, MD, PhD" (no bodies).
_DEGREES = frozenset("MD PhD DPhil MBA MPH RN DDS DVM JD LLB LLM MSc BSc FRCS FRCP".split())
# The half of the day and the time zones after an hour: "4 PM", "1030 GMT", "9 a.m. ET".
_CLOCK_WORDS = frozenset("AM PM GMT BST UTC CET CEST EST EDT ET CST CDT CT MST MDT MT PST PDT PT IST JST".split())
# Plurals that take "'s" ("Children's", "Women's"): their possessive inside a body's name.
_PLURALS_WITHOUT_S = frozenset("children women men people".split())
# An acronym in brackets after a name, or before a name in brackets: "(FDA)", "NEMA (".
_ACRONYM_IN_BRACKETS = re.compile(r" \(([A-Z]{2,8})\)")
_ACRONYM_BEFORE_BRACKET = re.compile(r"\b([A-Z]{2,8})\b[^().]{0,30} \($")
# Words in capitals opening a paragraph before a comma, a bracket or a dash: a wire story's dateline.
_CAPS_DATELINE = re.compile(r"[\s“\"]*([A-Z][A-Z’'.-]*(?: [A-Z][A-Z’'.-]*){0,3})(?=\s?,\s|\s+\(|\s+[—–-]\s|\s+\d{4}-\d\d-\d\d\s*$)", re.M)
# The state or country after a dateline's town, then the agency and the dash: ", N.Y. —", ", Calif. (AP) —";
# or the date, on a line of its own: ", England 1996-08-31", " 1996-08-31" (a comma may stand apart: " , ").
_DATELINE_STATE = re.compile(r"(?:\s?,\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*(?:\([^()]{1,40}\)\s*)?|\s+)?"
                             r"(?:[—–-]\s|\d{4}-\d\d-\d\d\s*$)", re.M)
_ARTICLE_JOINED = re.compile(r"(?:al|el)-[A-Z]")
_CONNECTORS = frozenset("of de la le du des van von der den al bin bint da di del dos das y".split())
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}s?|(?:[A-Z]\.){2,}")


class Span:
    """A candidate name: offsets, its words, and what its context says of its type."""

    __slots__ = ("start", "end", "text", "words", "kind", "cue", "roles", "sentence_initial")

    def __init__(self, start: int, end: int, text: str, words: list[str], kind: str | None = None,
                 sentence_initial: bool = False):
        self.start = start
        self.end = end
        self.text = text
        self.words = words
        self.kind = kind            # type decided by strong evidence
        self.cue: str | None = None  # weaker contextual evidence
        self.roles: list[str] = []
        self.sentence_initial = sentence_initial


def _last_name_of(words: list[str]) -> list[str]:
    """The words of a run after its last "and" or "&": the name next to what follows ("Labour and Peru")."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in ("and", "&"):
            return words[i + 1:]
    return words


def _is_cap(tok: str) -> bool:
    c = tok[0]
    if c.isupper():
        return True
    if c.isdigit():
        return _CODE.fullmatch(tok) is not None
    if tok[:3] in _ARABIC_ARTICLES and len(tok) > 3 and tok[3].isupper():
        return True  # "al-Assad", "el-Sisi"
    return len(tok) > 2 and c.islower() and any(ch.isupper() for ch in tok[1:3]) and tok.isalnum()


# The Arabic article joined to a surname by a hyphen: "Bashar al-Assad", "el-Sisi".
_ARABIC_ARTICLES = ("al-", "el-")
_UP = UPPER  # capitals of names, accented ones too
# A word of a name; an apostrophe joins only when it is not a possessive or a clitic ("O’Neill", not
# "China’s", "I'm", "We're", "Don't").
_APOSTROPHE_IN_NAME = r"['’](?!(?:s|m|re|ve|ll|d|t)\b)\w+"
_CAPWORD = (rf"(?:(?:[{_UP}]\.){{2,}}|[{_UP}]\.(?= (?:[{_UP}]\. )*[{_UP}][a-z])|St\.(?= [A-Z])"
            rf"|[{_UP}]\w*(?:[-&]\w+|{_APOSTROPHE_IN_NAME})*"
            rf"|\d+[A-Z][\w-]*|[a-z]{{1,2}}[A-Z]\w*|[ae]l-[{_UP}][\w’'-]*)")
_CONN = r"(?:of|de|la|le|du|des|van|von|der|den|al|bin|bint|da|di|del|dos|das|y|and|&|for)"
_DAY_AND_MONTH_NAMES = frozenset(_MONTHS + _WEEKDAYS)
_CALENDAR = _DAY_AND_MONTH_NAMES | {a.rstrip(".") for a in _MONTH_ABBREVIATIONS}
# A run of capitalised words, joined by single spaces and connectors; it ends at a possessive.
# The pattern opens with the run's first capital or digit, so the engine can skip to those,
# then looks back: the run starts a word, or (as in "eBay") one or two small letters do.
_RUN = re.compile(
    rf"[{_UP}\d](?:(?<![\w’'-].)(?:(?<=[{_UP}])\.(?:(?:[{_UP}]\.)+|(?= (?:[{_UP}]\. )*[{_UP}][a-z]))|(?<=S)t\.(?= [A-Z])"
    rf"|(?<=[{_UP}])\w*(?:[-&]\w+|{_APOSTROPHE_IN_NAME})*"
    rf"|(?<=\d)\d*[A-Z][\w-]*)|(?<=(?<![\w’'-])[a-z][A-Z])\w*|(?<=(?<![\w’'-])[a-z][a-z][A-Z])\w*"
    rf"|(?<=(?<![\w’'-])[ae]l-[{_UP}])[\w’'-]*)"
    rf"(?: (?:for an? |{_CONN} (?:(?:the|la|le|los|las|der|den|de) )?)?{_CAPWORD})*"
)
# A line of a match's result: a side, its score, the other side and its score ("Blackburn 1 Tottenham 2"); or
# of several, after a label ("Results: Arsenal 2 Chelsea 2, Everton 0 Leeds 1.").
_RESULT = r"[A-Z][^\d\n,;:]{0,40}? \d{1,3}(?: - | )[A-Z][^\d\n,;:]{0,40}? \d{1,3}"
_RESULTS_CHARS = 1000
_SCORE_THEN_SIDE = re.compile(r" \d{1,3}(?: - | )[A-Z][a-z]")
_RESULT_LINE = re.compile(rf"\s*(?:[A-Z][a-z]+:\s*)?{_RESULT}(?:[,;]\s*{_RESULT})*[\s.]*")
_NO_SMALL_LETTER = re.compile(r"[^a-z]*")
_LETTER_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
# Longer capitalised runs are headings or shouting, not names; shaping one costs its length squared.
_MAX_RUN_CHARS = 200
# A US politician's party and state after the name: "(R-Texas)", ", D-N.Y.,". No entity.
_PARTY_TAG = re.compile(r"(?<![\w-])[DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?(?=[),;]| *$)")
# Where one may start, found once in the whole text (the letter first: the engine skips to it).
_PARTY_TAG_START = re.compile(r"[DRI](?=-[A-Z])")
# A verb of saying and "it" or "its" right after a name: "Acme said it would appeal", "said on Monday its".
_SAYS_OF_ITSELF = re.compile(r" (?:said|says|announced|confirmed|denied|stated)(?: on [A-Z][a-z]+)? its?\b")
# A verb of saying right after a word: "Acme said", "Dunmore announced".
# (perhaps after a phrase of small-letter words set off by commas: "Lee, campaigning in Ohio, said")
_SAYS_AFTER = re.compile(r"(?:, [a-z][\w’'-]*(?: [^,.;:“”\"]{1,50})?,)? "
                         r"(?:said|says|told|announced|added|confirmed|denied|warned|stated|insisted|noted|argued|"
                         r"explained|claimed|admitted|acknowledged|replied|responded|wrote|testified|conceded|"
                         r"countered|cautioned|complained|urged|vowed)\b")
# The period of an abbreviated title, then a name: ". Dan Hurst".
_ABBREVIATED_TITLE_THEN_NAME = re.compile(rf"\. [{_UP}]")
# A side's result after it: ", who lost 3-0", ", who were held 1-1 by", ", who beat Everton 2-0" (one score, not
# a player's sets).
_WHO_SCORED = re.compile(r", who (?:[a-z]+ ){1,3}(?:[A-Z][\w.’'-]* ){0,3}\d{1,2}-\d{1,2}\b(?! \d{1,2}-\d{1,2})")
# An age set off after a name, or the kin of a person: ", 45,", ", whose son" (not ", who": a club is
# "Harlow City, who drew 0-0").
_PERSON_AFTER = re.compile(rf",\s+(?:\d{{1,3}},|whose\s+(?:{one_of(sorted(lx.KIN_RELATIONS))})s?\b)")
# The people of a place after its name: "Dunmore residents", "Westbury police" (a town's, as often as a body's).
_PEOPLE_OF_A_PLACE_AFTER = re.compile(r" (?:residents|villagers|townspeople|voters|police|officials|authorities|"
                                      r"councillors|councilors|lawmakers)\b")
# A kind of land or water after a name: the name is of a place ("the Baltic region").
_PLACE_NOUN_AFTER = re.compile(r" (?:region|area|district|suburb|neighbourhood|neighborhood|station|airport|valley|coast|coastline|"
                               r"peninsula|basin|delta|highlands|lowlands|mountains|"
                               r"plateau|desert|steppe|archipelago|estuary|island|islands|bay|lake|strait|harbour|harbor)\b")
# Kinds of outlet before a name: "newspaper O Globo".
_OUTLET_NOUNS = frozenset("newspaper broadcaster magazine channel station network agency website daily tabloid "
                          "journal publisher".split())
# An illness named after the one who described it, after that name: "’s disease", "'s syndrome".
_ILLNESS_AFTER = re.compile(r"(?:’s|'s)\s+(?:disease|syndrome)\b")
# What is on the air, then "on": the name after it is a broadcaster ("an interview on Fox Business").
_ON_AIR_BEFORE = re.compile(r"\b(?:interview|interviews|appearance|appearances|broadcast|segment)\s+on\s+$")
# What a person did to a body, after its kind and the person's name: "the firm Pat Lee founded".
_WHAT_SOMEONE_DID_TO_A_BODY = re.compile(r"\s+(?:founded|started|built|ran|runs|owns|owned|leads|led|set up|created|"
                                         r"bought|sold|joined|left|co-founded)\b")
# A kind of news outlet right after a name: "Interfax news agency", "Kellan Post newspaper".
_OUTLETS_AFTER = "news agency|news service|newspaper|broadcaster"
_OUTLET_AFTER = re.compile(rf" (?:{_OUTLETS_AFTER})\b")
# A kind of body or outlet after a name: the name is an organisation's ("France Inter radio"); or people who
# serve a body ("Coast Guard officers", "Harbour Watch agents").
_BODY_NOUN_AFTER = re.compile(rf" (?:{_OUTLETS_AFTER}|radio|television|magazine|channel|party|agency|website"
                              r"|agents|officers|employees|staffers|troopers|guards)\b")
# A role held in a body, then "of": what follows is the body ("the executive director of ...").
_ROLE_IN_A_BODY_OF = re.compile(r"\b(?:founder|co-?founder|director|executive|chairman|chairwoman|chair|president|"
                                r"spokesman|spokeswoman|spokesperson|members?|trustees?|treasurer|employees?)\s+of\s+"
                                r"(?:the\s+)?$")
_TO_THE = re.compile(r"\bto\s+(?:the\s+)?$")
_LIST_MARK = re.compile(r"(?<![\w)])[a-z0-9]{1,2}\)\s$")
# A quotation opening with a capital, short enough to be a title.
_QUOTED_WORDS = re.compile(r"[“\"]([A-Z][^“”\"\n]{1,60}?)[”\"]")
_OPENERS = frozenset("“‘\"'«(:—–")
# A part of a wire story's credit line: a verb form, or a word and one, before "by" and a person's name
# ("Reporting by", "Editing by", "Additional reporting by", "Compiled by").
_CREDIT_PART = re.compile(r"[A-Z][a-z]+(?:(?:ing|ed)|\s+[a-z]+ing)\s+by\s+[A-Z][\w’'.-]*\s+[A-Z]")


def _phrases(text: str, start: int, end: int, party_tags: bool = True) -> list[tuple[int, list[str], bool, str]]:
    """Runs of capitalised words in one sentence: (offset, words, sentence-initial, word before).

    The words of a run stand one space apart, so the offset of each follows from the first.
    `party_tags` False says the sentence holds no party tag: it is not looked for.
    """
    out = []
    first = start
    while first < end and not text[first].isalnum():
        first += 1
    tags = [(t.start(), t.end()) for t in _PARTY_TAG.finditer(text, start, end)] if party_tags else []
    skip_to = -1  # (the end of an acronym joined across a hyphen: a run inside it is read already)
    for m in _RUN.finditer(text, start, end):
        if m.end() - m.start() > _MAX_RUN_CHARS or m.start() < skip_to:
            continue  # a name is never this long: a line in capitals or title case
        s = m.start()
        if tags and any(a <= s < b for a, b in tags):
            continue
        if s > start and "a" <= text[s - 1] <= "z":  # "eBay", "iPhone": the run began before its capital
            s -= 2 if s - 1 > start and "a" <= text[s - 2] <= "z" else 1
        elif s - 3 >= start and text[s - 3:s] in _ARABIC_ARTICLES and (s == start + 3 or not text[s - 4].isalnum()):
            s -= 3  # "al-Assad said": the article opens the name
        words = text[s:m.end()].split(" ")
        if not words[-1][0].isupper() and not _is_cap(words[-1]):  # only a short small-letter-first word fails
            words.pop()
            while words and not _is_cap(words[-1]):
                words.pop()
            if not words:
                continue
        if s == first:
            initial = True
            before = ""
        else:
            c = text[s - 1]
            # after a colon or a dash between spaces a new sentence may begin ("JAKARTA (Reuters) - Countries")
            initial = c in _OPENERS or text[max(start, s - 2):s] in (": ", "— ", "– ", "- ") \
                or text[s - 2:s - 1] == ")" and _LIST_MARK.search(text, max(start, s - 5), s) is not None  # "a) Leaving"
            before = text[max(start, s - 30):s].rsplit(None, 1)
            before = before[-1].strip(",;") if before else ""
        if text.startswith(".-", m.end() - 1):
            acronym = _ACRONYM_AFTER_HYPHEN.match(text, m.end() + 1, end)
            if acronym is not None:
                # "the A.F.L.-C.I.O.": two acronyms of stops joined by a hyphen are one name
                words = words[:-1] + [words[-1] + "-" + acronym.group()]
                skip_to = acronym.end()
                out.append((s, words, initial, before))
                continue
            out.append((s, words, initial, before))
            # "the U.S.-Mexico border": the run stops at the abbreviation's stop; the name after the hyphen is one too
            after = _NAME_AFTER_HYPHEN.match(text, m.end() + 1, end)
            if after is not None:
                out.append((after.start(), after.group().split(" "), False, words[-1]))
            continue
        out.append((s, words, initial, before))
    return out


_NAME_AFTER_HYPHEN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_ACRONYM_AFTER_HYPHEN = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")


def _is_law(words: list[str]) -> bool:
    """A name whose head is a law word: last (a "Harbour Safety Act"), or with "of", "on" or "against"
    after it ("Convention on the Rights of the Child"). A convention that ends a name is as often a
    gathering ("the Party's National Convention"): only the second shape makes it a law."""
    for i, w in enumerate(words):
        low = w.lower()
        if low in _LAW_WORDS and w[0].isupper() and w[1:].islower():
            if i + 1 < len(words) and words[i + 1] in ("of", "on", "against"):
                return True
            if i == len(words) - 1 and i > 0 and low not in lx.EVENT_WORDS and not low.startswith("convention"):
                return True
    return False


# Between a law's name and more capitalised words of its title ("Convention on the Law of the Sea").
_LAW_TITLE_GAP = re.compile(r" (?:on|of|against|for) (?:the )?")


def _without_laws(text: str, runs: list) -> list:
    """Runs of one sentence without the names of laws and treaties, and without the rest of such a
    title when its first run ends in a law word before "on the" ("... Convention" + "Law of the
    Sea"): a law is none of the entity types, and its words would be taken for people and
    organisations."""
    out = []
    law_end = None
    for run in runs:
        start, words = run[0], run[1]
        end = start + len(" ".join(words))
        titled = words[-1].lower() in _LAW_WORDS and _LAW_TITLE_GAP.match(text, end) is not None
        if titled or _is_law(words) or (law_end is not None and _LAW_TITLE_GAP.fullmatch(text[law_end:start])):
            law_end = end
            continue
        law_end = None
        out.append(run)
    return out


# Bodies whose names go on with "on" and what they deal with: "Commission on Human Rights".
_ON_HEADS = frozenset("commission committee council office conference panel institute forum centre center "
                      "board agency taskforce project program programme initiative coalition alliance network".split())


def _joined_on(text: str, runs: list) -> list:
    """Runs of one sentence, a body's name and the capitalised words after its "on" joined as one:
    "Kenya National Commission" + "on" + "Human Rights" is one name; and a body "of" or "for" fields
    listed with a comma: "Department for Environment" + ", " + "Food and Rural Affairs"."""
    out: list = []
    for run in runs:
        if out:
            s0, words0, initial0, before0 = out[-1]
            end0 = s0 + len(" ".join(words0))
            if words0[-1].lower() in _ON_HEADS and text[end0:run[0]] == " on " and run[1][0][:1].isupper() \
                    and run[1][0] not in _CALENDAR:
                out[-1] = (s0, words0 + ["on"] + run[1], initial0, before0)
                continue
            if len(words0) >= 3 and words0[-2] in ("of", "for") and words0[-3].lower() in lx.ORG_OF_HEADS and \
                    text[end0:run[0]] == ", " and "and" in run[1] and len(run[1]) <= 4:
                out[-1] = (s0, words0[:-1] + [words0[-1] + ","] + run[1], initial0, before0)
                continue
            k = _fields_listed_before(text, out, run) if run[1][-1].lower() in lx.ORG_WORDS else None
            if k is not None:
                # "the Senate Health, Education, Labor and Pensions Committee": a body named by the fields it
                # deals with, listed with commas
                words: list[str] = []
                for s1, words1, _, _ in out[k:]:
                    words += words1[:-1] + [words1[-1] + ","]
                    if text.startswith(", and ", s1 + len(" ".join(words1))):
                        words.append("and")
                s0, _, initial0, before0 = out[k]
                out[k:] = [(s0, words + run[1], initial0, before0)]
                continue
        out.append(run)
    return out


_FIELDS_LISTED = 4  # a committee deals with a few fields


def _fields_listed_before(text: str, out: list, run: tuple) -> int | None:
    """Where, in the runs before `run`, the fields of a body named by what it deals with begin, when `run`
    ends in a kind of body and names the last field after "and" ("Labor and Pensions Committee"), and one
    to four runs of a few words each stand before it, set apart by commas alone ("Health, Education, "),
    the first after "the" or opening with a kind of body ("Senate Health"). None otherwise."""
    words = run[1]
    if words[-1].lower() not in lx.ORG_WORDS or words[-1].lower().rstrip(".") in lx.LEGAL_FORMS:
        return None  # (a business is not named by fields: "Acme Project, Vale Foods and Rise Inc" are three)
    has_and = "and" in words
    k, nxt = len(out), run[0]
    while k > 0 and len(out) - k < _FIELDS_LISTED:
        s0, words0 = out[k - 1][0], out[k - 1][1]
        gap = text[s0 + len(" ".join(words0)):nxt]
        if len(words0) > 3 or gap not in (", ", ", and ") or gap == ", and " and nxt != run[0]:
            break
        has_and = has_and or gap == ", and "
        k, nxt = k - 1, s0
    if k == len(out) or not has_and:
        return None
    first = out[k]
    if text[max(0, first[0] - 4):first[0]] not in ("the ", "The ") and first[1][0].lower() not in lx.ORG_WORDS:
        return None
    return k


def _drop(start: int, words: list[str], k: int) -> tuple[int, list[str]]:
    """A run without its first k words: (new offset, words)."""
    for w in words[:k]:
        start += len(w) + 1
    return start, words[k:]


def _drop_lead(start: int, words: list[str]) -> tuple[int, list[str]]:
    """A run without its first word and the connectors after it ("The of India" gives "India")."""
    start, words = _drop(start, words, 1)
    while words and not _is_cap(words[0]):
        start, words = _drop(start, words, 1)
    return start, words


_HEADLINE_SPAN = 6  # words of a name asked for at most, in a headline in title case


class EntityFinder:
    """Finds and merges the entities of one text."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self.places = lx.places()
        self.strong_places = lx.strong_places()
        self.minor_towns = lx.minor_towns()
        self.demonyms = lx.demonyms()
        self.first_names = lx.first_names()
        self.titles = lx.title_words()
        self._typed: dict[tuple[str, str | None], tuple[str, int]] = {}
        self._speaking_bodies: set[str] = set()  # names of small places that speak of themselves: bodies
        self._small_words: frozenset[str] | None = None
        first_line = text.find("\n")
        # Where a headline ends: a short first line (a title), else nowhere.
        self._headline_end = first_line if 0 <= first_line <= HEADLINE_CHARS else -1

    # -- candidate spans ------------------------------------------------------

    def spans(self) -> list[Span]:
        raw = []
        text = self.text
        tag_starts = [m.start() for m in _PARTY_TAG_START.finditer(text)]
        datelines: list[Span] = []
        for s, e in self.sentences:
            i = bisect.bisect_left(tag_starts, s)
            runs = _phrases(text, s, e, i < len(tag_starts) and tag_starts[i] < e)
            if _NO_SMALL_LETTER.fullmatch(text, s, e) and len(_LETTER_WORD.findall(text, s, e)) >= 3:
                # a headline in capitals ("CRICKET - PAKISTAN WIN BY 10 WICKETS."): every word has the shape of
                # an acronym, so none is a name on its shape; only a known one is
                runs = [r for r in runs if self._known(" ".join(r[1]))]
            dateline = self._dateline(s, e) if s == 0 or text[s - 1] == "\n" else None  # (opening a paragraph)
            if dateline is not None:
                datelines.append(dateline)
                runs = [r for r in runs if r[0] >= dateline.end]
            raw.extend(_joined_on(text, _without_laws(text, self._possessive_names(runs))))
        if self._title_case_headline():
            raw = self._headline_names(raw)
        titles = self._quoted_titles()
        if titles:
            # the words of a title in quotes ("“The Old Oak”", "“Triangle of Sadness”") are no names, but
            # a known one, or a person's named in it ("“Jeanne du Barry”")
            raw = [r for r in raw if not titles.of(r[0], r[0] + 1) or self._known(" ".join(r[1]))
                   or r[1][0] in self.first_names]
        # Words seen capitalised away from a sentence start are names anywhere.
        seen: list[str] = []
        for _, words, initial, _ in raw:
            seen.extend(words[1:] if initial else words)
        self.mid_caps = Counter(seen)
        # Words seen alone, capitalised, away from a sentence start ("met Patient"): a name by itself.
        self.solo_caps = Counter(words[0] for _, words, initial, _ in raw if len(words) == 1 and not initial)
        self._raw = raw
        self._tails: set[str] | None = None
        self._named_alone: dict[str, bool] = {}
        self._dateline_starts = {sp.start for sp in datelines}
        out: list[Span] = datelines
        stopwords = lx.STOPWORDS
        for start, words, initial, before in raw:
            if initial and len(words) == 1 and words[0].lower() in stopwords and not words[0].isupper() \
                    and not self._known(words[0]):
                continue  # "The", "He", "But" opening a sentence: what `_shape` drops first, not asked of it
            if len(words) == 1 and (initial or self.text.startswith("; ", start - 2)) and \
                    _CREDIT_PART.match(self.text, start) is not None:
                continue  # "(Reporting by Pat Lee; Editing by Dana Kerr)": a part of a wire story's credits
            out.extend(self._shape(start, words, initial, before))
        if datelines:
            out.sort(key=lambda sp: sp.start)
        return out

    def _title_case_headline(self) -> bool:
        """The headline is in title case ("Council Backs Plan to Close Two Libraries"): every word but the
        small ones is capitalised, four words at least. Its capitals say nothing of names."""
        end = self._headline_end
        if end <= 0 or _NO_SMALL_LETTER.fullmatch(self.text, 0, end):
            return False
        words = [w for w in _LETTER_WORD.findall(self.text, 0, end) if w.lower() not in lx.STOPWORDS]
        return len(words) >= 3 and all(not w[0].islower() or not w[1:].islower() for w in words)

    def _headline_names(self, raw: list) -> list:
        """In a headline in title case only what is a name elsewhere is one: the longest words of each run
        that the story writes capitalised away from a sentence's start ("Hartley" of "Hartley Strikes Late
        as Rovers Win", the story's "Callum Hartley"), or a known place or people ("Chipmaker Slashes
        Forecast as China Sales Slump" keeps "China")."""
        end = self._headline_end
        head = [r for r in raw if r[0] < end]
        asked = {w for r in head for w in r[1]}
        seen: set[str] = set()
        for start, words, initial, _ in raw:
            if start < end:
                continue
            # a run's opening or closing words ("Callum" or "Hartley" of "Callum Hartley"), not its inner
            # ones ("Public" of "Corporation for Public Broadcasting")
            n = len(words)
            for k in range(1, min(n, _HEADLINE_SPAN) + 1):
                if all(w in asked for w in words[:k]) and not (k == 1 and initial):  # (an opening word may be any)
                    seen.add(" ".join(words[:k]))
                if all(w in asked for w in words[n - k:]) and not (n == 1 and initial):
                    seen.add(" ".join(words[n - k:]))
        out = [r for r in raw if r[0] >= end]
        kept = []
        for start, words, initial, before in head:
            i = 0
            while i < len(words):
                j = min(len(words), i + _HEADLINE_SPAN)
                while j > i and not (_is_cap(words[i]) and _is_cap(words[j - 1]) and self._named_in_story(
                        " ".join(words[i:j]), seen)):
                    j -= 1
                if j == i:
                    i += 1
                    continue
                offset = start + len(" ".join(words[:i])) + (1 if i else 0)
                kept.append((offset, words[i:j], initial and i == 0, before if i == 0 else words[i - 1]))
                i = j
        return kept + out

    def _named_in_story(self, name: str, seen: set[str]) -> bool:
        """A headline's words are a name: written so in the story, or a known name that is no common word
        too (a place of one word may be one: "Sale", "Bath")."""
        return name in seen or (self._known(name) if " " in name else name in self.strong_places or name in self.demonyms)

    def _quoted_titles(self) -> Coverage | None:
        """Where the titles in quotation marks are: a few words in title case, all the quote holds."""
        found = [(m.start(1), m.end(1)) for m in _QUOTED_WORDS.finditer(self.text)
                 if titled_work(self.text, m.start(), m.group(1).split())]
        return Coverage(found) if found else None

    def _dateline(self, start: int, end: int) -> Span | None:
        """A place of several words in capitals opening a wire story ("NEW YORK (Wire) -", "ST. LOUIS —",
        "DES MOINES, Iowa —"): one place, known in its usual case; or any town in capitals, of one word
        or more, before its state or country ("KELLSBURG, N.Y. —", "SACRAMENTO, Calif. (AP) —")."""
        m = _CAPS_DATELINE.match(self.text, start, end)
        if m is None:
            return None
        tail = _DATELINE_STATE.match(self.text, m.end(1), end)
        state = tail.group(1) if tail is not None else None
        if state is not None:  # ", N.Y. —", ", England 1996-08-31": a state or country known as one
            in_a_state = state.rstrip(".") in _ANY_STATE_ABBREVIATION or state in self.strong_places
        else:  # " 1996-08-31": a date alone after the town (not a dash alone: "HARWICK -" says nothing)
            in_a_state = tail is not None and tail.group().strip()[:1].isdigit()
        if " " not in m.group(1) and "." not in m.group(1) and not in_a_state:
            return None
        name = m.group(1)
        title = " ".join(w.capitalize() for w in name.split())
        usual = " ".join(w.lower() if w.lower() in _CONNECTORS else w.capitalize() for w in name.split())
        saint = title.replace("St. ", "Saint ")
        if not (in_a_state or self._known(title) or self._known(usual) or self._known(saint)):
            return None  # "Des Moines", "Rio de Janeiro"; any town before its state ("KELLSBURG, N.Y. —")
        return Span(m.start(1), m.end(1), name, name.split(), kind="PLACE")

    def _possessive_names(self, runs: list) -> list:
        """A possessive joins a name when one organisation noun follows it ("St. Dunmore’s Press",
        "King’s College"), or a name ending in one follows a saint's ("St. Mary's Medical Center");
        after a place or people it is the place's ("Peru’s Parliament")."""
        text = self.text
        out: list = []
        for run in runs:
            if out:
                s0, words0, initial0, before0 = out[-1]
                end0 = s0 + len(" ".join(words0))
                gap = text[end0:run[0]]
                words = run[1]
                # (after a saint's name up to three words: "St. Mary's Medical Center", a body named after one;
                # and the place a body is in: "King's College London")
                in_place = len(words) >= 2 and words[0].lower() in lx.ORG_WORDS and " ".join(words[1:]) in self.places
                if gap in ("’s ", "'s ") and (words[-1].lower() in lx.ORG_WORDS or in_place) and \
                        (len(words) == 1 or len(words) <= 3 and words0[0] in ("St.", "St", "Saint") or in_place) \
                        and not self._country_or_people(" ".join(_last_name_of(words0))):
                    out[-1] = (s0, words0[:-1] + [words0[-1] + gap[:-1], *words], initial0, before0)
                    continue
                # a plural's possessive before a kind of body: "Carrow Magistrates' Court", "the Teachers' Union",
                # "Kelmsford Children's Research Institute" (a plural not ending in "s")
                if (gap in ("' ", "’ ") and words0[-1].endswith("s")
                        or gap in ("’s ", "'s ") and words0[-1].lower() in _PLURALS_WITHOUT_S) and \
                        len(words) <= 3 and words[-1].lower() in lx.ORG_WORDS:
                    out[-1] = (s0, words0[:-1] + [words0[-1] + gap[:-1], *words], initial0, before0)
                    continue
                if gap in ("’s ", "'s "):  # a known place with a possessive in it ("People's Republic of China")
                    joined = words0[:-1] + [words0[-1] + gap[:-1]] + words
                    for i in range(len(words0)):  # the place may start inside the run ("envoys of the People's")
                        if " ".join(joined[i:]).replace("’", "'") not in self.places:
                            continue
                        head = words0[:i]
                        while head and head[-1] in ("of", "the", "and", "for"):
                            head = head[:-1]
                        place_s = s0 + len(" ".join(words0[:i])) + (1 if i else 0)
                        out[-1:] = ([(s0, head, initial0, before0)] if head else []) + \
                            [(place_s, joined[i:], initial0 and not i, words0[i - 1] if i else before0)]
                        break
                    else:
                        out.append(run)
                    continue
            out.append(run)
        return out

    @staticmethod
    def _body_words(words: list[str], k: int) -> list[str]:
        """The words of a body's name that end before the "of" at k: after the first "of" when there
        are two ("Dr Pat Lee of the University of Zurich": not "Pat Lee"), else all of them."""
        first = words.index("of")
        return words[first + 1:k] if first < k else words[:k]

    def _named_by_itself(self, w: str) -> bool:
        """The word is a name wherever it stands, a sentence's start included: a known place (not only a
        small town's) or people, a word seen in capitals inside a sentence (not a plural that only ends a
        body's name), a code or an acronym, or the people of a state or city ("Texans")."""
        return self._known(w) and w not in self.minor_towns \
            or self.mid_caps[w] and not (w.endswith("s") and w in self._plural_tails()) \
            or _CODE.fullmatch(w) is not None or _ACRONYM.fullmatch(w) is not None \
            or w[-1] in "nrs" and _people_of_a_place(self, w)

    def _plural_tails(self) -> set[str]:
        """Words ending in "s" seen capitalised only after the first word of a body's name ("Association of
        British Insurers", "Northshire Patients Forum"): no name alone, but a plural noun. A surname is one
        after a given name or a title ("Serena Williams", "Chief Ana Ramos"); a name's first word is one
        ("Siemens Energy")."""
        if self._tails is not None:
            return self._tails
        raw = self._raw
        tails: set[str] = set()
        kept: set[str] = set()
        for _, words, initial, _ in raw:
            if not any(w[-1] == "s" for w in words):
                continue  # (only words ending in "s" are asked about)
            name: list[str] = []
            for w in words + ["and"]:  # each name of a run joined by connectors ("Tom Baker and Steve Collins")
                if w not in _CONNECTORS and w not in ("and", "&", "the", "for"):
                    name.append(w)
                    continue
                if len(name) == 1 and initial and name[0] is words[0]:
                    name = []  # one word opening a sentence says nothing ("Growers said")
                    continue
                if len(name) == 1 or name and any(w in self.first_names or w.lower().rstrip(".") in lx.TITLE_HEADS
                                                  for w in name[:-1]):
                    kept.add(name[-1])  # (a person's name after a title: "Chief Ana Ramos", "Gov. Ramos")
                elif name:
                    kept.add(name[0])
                    tails.update(x for x in name[1:] if x.endswith("s"))
                name = []
        self._tails = tails - kept
        return self._tails

    def _two_fields(self, words: list[str], k: int) -> bool:
        """The run is one body of two fields joined by the "and" at k ("Department of Health and Human
        Services", "Centers for Disease Control and Prevention"): a head that takes "of" or "for", one or two
        words, "and", one to three more; not when a person or a place follows ("Ministry of Defence and Pat
        Lee")."""
        j = next((i for i in range(1, k) if words[i] in ("of", "for")), -1)
        if j < 1:
            return False
        head, after = words[j - 1].lower(), words[k + 1:]
        return (head in lx.ORG_OF_HEADS or head.rstrip("s") in lx.ORG_WORDS) \
            and 1 <= k - j - 1 - (words[j + 1] == "the") <= 2 and 1 <= len(after) <= 3 \
            and not {"of", "and", "&"} & set(after) and after[0] not in self.first_names \
            and not self._known(" ".join(after))

    def _office_words(self, words: list[str]) -> bool:
        """Every capitalised word is a title's ("State", "Staff", "Trade" of "Secretary of State for Trade")."""
        return all(self._is_title(w.lower().rstrip(".")) or not _is_cap(w) for w in words)

    def _person_or_country(self, words: list[str]) -> bool:
        """The words are a person's name (a given name and one or two more) or a country's."""
        name = " ".join(words)
        return name in self.strong_places or 2 <= len(words) <= 3 and words[0] in self.first_names and \
            all(w[0].isupper() and w.replace("-", "").isalpha() for w in words) and not self._known(name)

    def _country_or_people(self, name: str) -> bool:
        return name in self.strong_places or name in self.demonyms

    def _written_small(self, word: str) -> bool:
        """The word stands in small letters somewhere in the text, or its plural does ("campaign", "rain",
        "patients"): a common word."""
        if self._small_words is None:
            self._small_words = frozenset(self.text.split())  # (what is asked is seldom asked again: no stripping)
        low = word.lower()
        return any(low + mark in self._small_words or low + "s" + mark in self._small_words for mark in _WORD_ENDS)

    def _known(self, name: str) -> bool:
        return name in self.places or name in self.demonyms or "’" in name and name.replace("’", "'") in self.places

    def _is_headline(self, words: list[str]) -> bool:
        """A run with a capitalised common word after its first, outside any known place of two or three
        words in it: title case ("Pier Opens After Long Wait"), not a name ("Bank of New Zealand"); nor
        a surname after a given name ("Prime Minister Theresa May")."""
        common = [i for i, w in enumerate(words) if i and w.lower() in lx.STOPWORDS and not w.isupper()
                  and w not in _CONNECTORS and w not in ("and", "the", "for") and words[i - 1] not in self.first_names
                  and not (w in ("a", "an") and words[i - 1] == "for")  # ("Committee for a Free Press")
                  and w.lower().rstrip(".") not in lx.PERSON_CUE_BEFORE]  # "Dr Lee and Ms Ruiz" is two names
        if not common:
            return False
        inside: set[int] = set()
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                if " ".join(words[i:i + n]) in self.places:
                    inside.update(range(i, i + n))
        return any(i not in inside for i in common)

    def _kin_titled_before(self, start: int) -> bool:
        """A relative set off before the title of the surname at start ("his father, President " before "Biden"),
        unless the title's gender is not the relative's: in "In addition to his daughter, Mr. Hale is survived
        by", Mr. Hale is no daughter."""
        kin = KIN_SET_OFF_BEFORE_TITLE.search(self.text, max(0, start - 60), start)
        if kin is None:
            return False
        said = self._honorific_gender(start)
        return said is None or lx.KIN_RELATIONS.get(kin.group(2).lower(), "?") in (said, "?")

    def _honorific_gender(self, start: int) -> str | None:
        """The gender an honorific right before start says ("Mr. ": M; "Mrs. ", "Ms. ", "Miss ": F), or None."""
        m = _HONORIFIC_BEFORE.search(self.text, max(0, start - 6), start)
        return None if m is None else "M" if m.group(1) == "Mr" else "F"

    def _member_of_body(self, words: list[str], k: int) -> int:
        """Where a person's name starts after kinds of body from k, then "Member" ("City Council Member Ana
        Ruiz"); 0 when the words are not so."""
        j = k
        while j < len(words) - 1 and words[j].lower() in lx.ORG_WORDS:
            j += 1
        return j + 1 if j > k and words[j] == "Member" and self._person_follows(words, j + 1) else 0

    def _person_follows(self, words: list[str], k: int) -> bool:
        """words[k:] is a name of a person or more title words: a given name, or a title, comes next.
        A country's name alone is no person's ("Air India", "Radio France"), whatever given name it is too."""
        if k == len(words) - 1 and words[k] in self.strong_places:
            return False
        return k < len(words) and (words[k] in self.first_names or words[k].lower().rstrip(".") in self.titles
                                   or _INITIAL.fullmatch(words[k]) is not None)

    def _leads_someone(self, end: int) -> bool:
        """A role and a name follow the word ending at end: "Northwind chief executive Pat Lee", "Rovers
        manager Sam Ray". The word names the body they lead."""
        m = _ROLE_AFTER.match(self.text, end)
        return m is not None and any(w in lx.TITLE_HEADS for w in m.group(1).split())

    def _title_follows(self, end: int) -> bool:
        """A title in capitals follows the word ending at end: "Transportation Secretary", "Health Minister"."""
        m = _NEXT_WORD.match(self.text, end)
        return m is not None and m.group(1).lower() in lx.TITLE_HEADS

    def _speaks(self, word: str, end: int) -> bool:
        """A word opening its sentence, then a verb of saying: "Acme said on Friday ...". A plural
        ("Critics said") is people of some kind, not a name."""
        low = word.lower()
        # (a given name is no abstract noun, whatever its ending: "Clement", "Trinity")
        return (word in self.first_names or not low.endswith(("s", "ment", "ity", "ship", "ness"))) and \
            low not in lx.STOPWORDS and \
            low not in lx.PERSON_NOUNS and not _ABSTRACT_NOUN.search(low) and \
            _SAYS_AFTER.match(self.text, end) is not None

    def _titled_name_before(self, words: list[str], before: str) -> bool:
        """Title words (in the run or just before it), then one to three words of a name opening with a first
        name: "Prof. Dana Kerr", "President Ana Ruiz". A title with no name ("Secretary") is not one."""
        t = 0
        while t < len(words) and self._is_title(words[t].lower().rstrip(".")):
            t += 1
        titled = t > 0 or before.lower().rstrip(".") in lx.TITLE_HEADS
        name = words[t:]
        return titled and 1 <= len(name) <= 3 and name[0] in self.first_names and all(_is_cap(w) for w in name)

    def _capitalised_to_open(self, word: str, low: str) -> bool:
        """A word opening a sentence that is capitalised only for that: no given name, no title, and never
        capitalised away from a sentence's start ("Sensitive", "Born")."""
        return word not in self.first_names and not self._is_title(low) and not self.mid_caps[word]

    def _is_title(self, low: str) -> bool:
        """A lower-cased word that is a title, a title's modifier or a plural title."""
        return low in self.titles or low in lx.TITLE_MODIFIERS or low.rstrip("s") in self.titles

    def _shape(self, start: int, words: list[str], initial: bool, before: str) -> list[Span]:
        """Split one capitalised run (its offset and words) into entity spans, stripping titles."""
        # A known name that spans the whole run stays whole ("Trinidad and Tobago").
        full = words[0] if len(words) == 1 else " ".join(words)
        if len(words) >= 3 and self._spelled_out(start, start + len(full), words):
            if words[0] == "The":
                start, words = _drop(start, words, 1)
            return [self._span(start, words, False)]  # "Food and Drug Administration (FDA)": one name
        if initial:
            if len(words) >= 3 and words[1] == "for" and words[0].endswith("s") and (
                    words[0][:-1].lower() in lx.PERSON_NOUNS or words[0][:-1].lower() in lx.TITLE_HEADS):
                # "Lawyers for Tom Vale said", "Representatives for Acme declined": people acting for the name
                start, words = _drop(start, words, 2)
                initial = False
                full = " ".join(words)
            while words and words[0].lower() in lx.STOPWORDS and not self._known(full) and \
                    not (len(words) > 1 and words[0].lower().rstrip(".") in lx.PERSON_CUE_BEFORE) and \
                    not (words[0].isupper() and len(words[0]) > 1 and self._known(words[0])) and \
                    not any(self._known(" ".join(words[:n])) for n in (2, 3) if n < len(words)):  # "New York"
                start, words = _drop(start, words, 1)
                while words and not _is_cap(words[0]):
                    start, words = _drop(start, words, 1)
                initial = False
                full = " ".join(words)
            if len(words) == 2 and initial and self._country_or_people(words[1]) and not self._known(full) \
                    and self._capitalised_to_open(words[0], words[0].lower()):
                # "Sensitive Canadian documents": a word capitalised only to open the sentence, then a people
                start, words = _drop(start, words, 1)
                initial = False
                full = words[0]
            if len(words) >= 3 and initial and words[1] in self.first_names and words[0].isalpha() \
                    and self._capitalised_to_open(words[0], words[0].lower()) and not self._known(words[0]) \
                    and not any(self._known(" ".join(words[:n])) for n in range(2, len(words) + 1)):
                # "Born Ruth Ann Carver in Dayton": a word capitalised only to open the sentence, then a name
                start, words = _drop(start, words, 1)
                initial = False
                full = " ".join(words)
            if not words:
                return []
            if len(words) == 1 and initial:
                w = words[0]
                if not self.solo_caps[w] and w not in self.strong_places and self._written_small(w):
                    return []  # "Campaign manager Pat Lee": the word is written in small letters elsewhere
                # (a word known only as a small town's name is no sign of one, "Sales rose 2%", unless its
                # people follow: "Dunmore residents")
                named = self._named_alone.get(w)
                if named is None:
                    named = self._named_alone[w] = self._named_by_itself(w)
                if not (named or w in self.minor_towns and _PEOPLE_OF_A_PLACE_AFTER.match(self.text, start + len(w))
                        or self._leads_someone(start + len(w)) or self._speaks(w, start + len(w))
                        or _SCORE_THEN_SIDE.match(self.text, start + len(w))  # "Harwick 1 Kellan 2"
                        or _AGE_AFTER.match(self.text, start + len(w))  # "Hollis, 78, who has lived ..."
                        or _OUTLET_AFTER.match(self.text, start + len(w))  # "Interfax news agency quoted"
                        or "-" in w and all(self._known(p) for p in w.split("-"))  # "India-Russia ties grew"
                        or self.text.startswith(", who ", start + len(w)) and not w.endswith("s")
                        and w.lower() not in lx.STOPWORDS):  # "Ostrow, who arrived late, ..."
                    return []
        if not words:
            return []
        # "4 PM Wednesday", "10:30 GMT": the half of the day and the time zone of an hour are no names;
        # "Dana Kerr, MD, PhD": nor is a degree
        while words and words[0] in _CLOCK_WORDS and start >= 2 and (
                self.text[start - 2].isdigit() or self.text[max(0, start - 3):start - 1] in ("AM", "PM")):
            start, words = _drop(start, words, 1)
            initial = False
        if not words:
            return []
        if len(words) == 1 and words[0] in _DEGREES and self.text.startswith(", ", start - 2):
            return []
        # An exam or qualification is a kind of thing, no organisation ("three GCSEs"); "Mum" is no name.
        if len(words) == 1 and (words[0].lower() in _EXAM_NAMES or words[0].lower() in lx.KIN_WORDS):
            return []
        # "Parkinson's disease", "Tourette's syndrome": an illness named after someone names no one in the story
        if len(words) == 1 and _ILLNESS_AFTER.match(self.text, start + len(words[0])):
            return []
        # A numbered part of a document is no entity ("Part XV", "Article 12", "Section 5").
        if words[0].lower() in _DOCUMENT_PARTS and (
                len(words) == 1 and _NUMBER_AFTER.match(self.text, start + len(words[0]))
                or len(words) == 2 and _PART_NUMBER.fullmatch(words[1])):
            return []
        # "House Bill 18", "Senate Resolution 4": a bill as a chamber numbers it points into its texts, no name
        if len(words) == 2 and words[0] in _CHAMBERS and words[1] in ("Bill", "Resolution") and \
                _NUMBER_AFTER.match(self.text, start + len(full)):
            return []
        # "Pat Lee KC", "Ann Ruiz MP": letters after a name say what the person is, and are no part of it
        # (after a given name only: "an Ottawa Labour MP" is a title)
        if len(words) >= 3 and words[-1] in _POST_NOMINALS and words[0] in self.first_names:
            words = words[:-1]
            full = " ".join(words)
        # "Conservative MPs", "Democratic Senators": a plural title after a people or party says what they
        # are, and is no part of a name.
        if len(words) >= 2 and words[-1].endswith("s") and words[-1][:-1].lower() in self.titles and \
                " ".join(words[:-1]) in self.demonyms:  # (a place's are its own: "Texas Rangers")
            words = words[:-1]
            full = " ".join(words)
        # "Add A Comment", "Sign In To Vote": an article in capitals inside a short run is title case (a line
        # of site furniture or a heading), unless the run opens with a given name ("Kenneth A Jones").
        if 3 <= len(words) <= 4 and any(w in ("A", "An") for w in words[1:-1]) and words[0] not in self.first_names:
            return []
        # "Plan B", "Protected B", "Group A": a word and a lone capital letter is a grade, a class or a
        # choice, no name, unless the word is a given name ("Malcolm X").
        if len(words) == 2 and len(words[1]) == 1 and words[1].isupper() and words[0] not in self.first_names \
                and not self._known(words[0]):
            return []
        # "Dana I don't know": the pronoun after a name in speech, not a regnal number.
        if len(words) >= 2 and words[-1] == "I" and \
                _FIRST_PERSON_VERB.match(self.text, start + len(" ".join(words))):
            words = words[:-1]
            full = " ".join(words)
        # "Peru-based Acme Foods": the place a compound adjective names, then the name it describes.
        lead = 1 if words[0] in ("the", "The") and len(words) > 2 else 0
        head, dash, tail = words[lead].partition("-") if "-" in words[lead] else (words[lead], "", "")
        if len(words) > lead + 1 and dash and tail[:1].islower() and head[:1].isupper() and len(head) > 1 \
                and not _CODE.fullmatch(words[lead]):
            head_start = _drop(start, words, lead)[0]
            rest_start, rest = _drop(start, words, lead + 1)
            while rest and not _is_cap(rest[0]) and rest[0] not in _NAME_PARTICLES:
                rest_start, rest = _drop(rest_start, rest, 1)
            return self._shape(head_start, [head], initial and not lead, before) + \
                (self._shape(rest_start, rest, False, words[lead]) if rest else [])
        # "Texas Gov. Dan Hurst": a place, then the abbreviated title of the name after the run.
        if len(words) >= 2 and words[-1].lower() in lx.TITLE_HEADS and \
                _ABBREVIATED_TITLE_THEN_NAME.match(self.text, start + len(" ".join(words))):
            return self._shape(start, words[:-1], initial, before)
        # "the Northern Ireland Secretary", "the Texas governor": a known place and the title of an office in it,
        # with no name after: the place is the name ("the Dallas Sheriff's office" is the office's)
        lead = 1 if words[0] in ("The", "the") else 0
        if len(words) >= lead + 2 and words[-1].lower() in lx.TITLE_HEADS and \
                " ".join(words[lead:-1]) in self.places and not self.text.startswith(("’s", "'s"), start + len(full)):
            return self._shape(*_drop(start, words[:-1], lead), initial and not lead, before)
        # "Former Hawks general manager Lou Santos": "former" with no title in the run goes with the role
        # after it, in small letters; the run names the body.
        if len(words) >= 2 and words[0] in ("Former", "Ex") and not any(
                w.lower().rstrip(".") in self.titles for w in words[1:]):
            return self._shape(*_drop(start, words, 1), False, words[0])
        # A day or month before a name is a date, not part of the name ("Monday Angela Merkel").
        # ("Jan Egeland": a month's short form that is a given name, with no full stop, is the name's)
        while len(words) > 1 and words[0] in _CALENDAR and _is_cap(words[1]) and not (
                len(words[0]) <= 4 and words[0] in self.first_names and words[0] not in _DAY_AND_MONTH_NAMES):
            start, words = _drop(start, words, 1)
            initial = False
            full = " ".join(words)
        if len(words) == 1:
            w = words[0]
            # a stopword in capitals is an acronym when short ("US", "IT"), emphasis when longer ("UNLESS")
            if w.lower().replace("’", "'").split("'")[0] in lx.STOPWORDS and not (w.isupper() and 1 < len(w) <= 3) \
                    or w in _CALENDAR:
                return []
        else:
            if sum(1 for w in words if w.isupper() and len(w) > 2) >= 2 and not self._known(full):
                return []  # a subheading in capitals ("FLOODS CLOSE THE VALLEY ROAD")
            # ("Project On Government Oversight": a body's "on" may be written with a capital)
            on = next((i for i, w in enumerate(words) if i and w in ("on", "On")), 0)
            if len(words) >= 4 and not (on and words[on - 1].lower() in _ON_HEADS) and self._is_headline(words):
                # A name, then "of" and a body written in title case ("Pat Lee of the Friends Of The Earth"):
                # the name before "of" stands; the rest, like a headline in title case ("Mayor Opens
                # New Bridge After Long Delay"), is no entity.
                k = words.index("of", 1) if "of" in words[1:] else 0
                if k >= 2 and not self._is_headline(words[:k]):
                    return self._shape(start, words[:k], initial, before)
                return []
            if words[0] in ("The", "the") and not self._known(full):
                start, words = _drop_lead(start, words)
                if not words:
                    return []
                full = " ".join(words)
        if len(words) == 1:
            w = words[0]
            if "-" in w:
                if not _CODE.fullmatch(w):
                    head, _, tail = w.partition("-")
                    if tail[:1].islower() and head[:1].isupper():  # "Germany-based"
                        # a lone letter is no name ("O-level", "U-turn", "X-ray")
                        return self._shape(start, [head], initial, before) if len(head) > 1 else []
                if self._is_title(w.lower().rstrip(".")):
                    return []
                parts = w.split("-")
                if all(self._known(p) or self.mid_caps[p] for p in parts):  # "India-Russia ties"
                    out, pos = [], start
                    for p in parts:
                        out.append(Span(pos, pos + len(p), p, [p]))
                        pos += len(p) + 1
                    return out
            elif self._is_title(w.lower().rstrip(".")) and (
                    not self._known(w) or w not in self.strong_places and self.text.startswith(". ", start + len(w))):
                return []  # a title with no name ("Minister"), or abbreviated ("Sens. Ana Ruiz and ...")
        elif all(self._is_title(w.lower().rstrip(".")) for w in words) and not self._known(full) and \
                not (len(words) > 1 and words[-1].lower() in lx.ORG_WORDS):
            # a title with no name ("Defense Ministers"); "United States" is a place, and "Metropolitan
            # Police" a body (its words are titles in some church or force)
            return []
        if "and" in words or "&" in words:
            # "the Trust and the Authority": two names, unless a known place ("Saint Vincent and the Grenadines")
            k = next((i for i in range(len(words) - 1) if words[i] == "and" and words[i + 1] == "the"), -1)
            and_the = k >= 0 and not self._known(full)
            if not and_the:
                k = words.index("and") if "and" in words else words.index("&")
            # "Harbor Logistics Inc and Dunmore Holdings": a whole name of a body before it, then another
            two_bodies = words[k] == "and" and k >= 2 and len(words) - k > 2 and \
                words[k - 1].lower().rstrip(".") in lx.ORG_WORDS and not self._known(full)
            two_fields = not and_the and words[k] == "and" and self._two_fields(words, k)
            # (an office named by its fields, no name in it, stays whole: "Work and Pensions Secretary")
            office = words[-1].lower().rstrip(".") in lx.TITLE_HEADS and not any(w in self.first_names for w in words)
            if not two_fields and not office and (and_the or two_bodies or not (
                    self._known(full) or words[-1].lower() in lx.ORG_WORDS or "&" in words)):
                right = self._shape(*_drop(start, words, k + 1), False, "and")
                if k == 1 and words[0] in self.first_names and len(words) - k > 2 and words[k + 1] in self.first_names \
                        and not self._known(" ".join(words[k + 1:])):
                    # "Peter and Anne Walsh": two given names sharing one surname; the first is a person too
                    # (not places: "Dallas and Des Moines")
                    return [Span(start, start + len(words[0]), words[0], [words[0]], kind="PERSON")] + right
                return self._shape(start, words[:k], initial, before) + right
        of_title = "of" in words and (k := words.index("of")) > 0 and \
            words[k - 1].lower().rstrip(".") in lx.TITLE_HEADS and self._name_after_title(words, k - 1) is not None
        if "of" in words and not of_title:  # (a title's own "of", before a name, is read with the titles below)
            # "Lakeside State University of the US": a named body, then the country it is in. A body's
            # name seldom names two places, so the last "of (the) <place>" after a place is apart.
            k = len(words) - 1 - words[::-1].index("of")
            tail = words[k + 2:] if k + 1 < len(words) and words[k + 1] == "the" else words[k + 1:]
            if k >= 2 and tail and not self._known(full) and " ".join(tail) in self.strong_places and \
                    words[k - 1].lower() not in lx.PLACE_WORDS and \
                    any(self._known(w) and w.lower() not in lx.ORG_WORDS for w in self._body_words(words, k)):
                return self._shape(start, words[:k], initial, before) + \
                    self._shape(*_drop(start, words, len(words) - len(tail)), False, "of")
            k = words.index("of")
            head = words[k - 1].lower() if k else ""
            keep = (head in lx.ORG_OF_HEADS or head in lx.PLACE_WORDS or head in lx.EVENT_WORDS
                    or words[0].lower() in lx.EVENT_FIRST or self._known(full) or head in lx.ORG_WORDS)
            # "Prof. Dana Kerr of Lakeside University": a titled person, then where they work, apart
            if keep and k + 1 < len(words) and self._titled_name_before(words[:k], before):
                keep = False
            if not keep and k > 0:
                left = self._shape(start, words[:k], initial, before)
                right_start, right = _drop(start, words, k + 1)
                while right and not _is_cap(right[0]):
                    right_start, right = _drop(right_start, right, 1)
                # ("the Minister of State for Trade": the words of an office after its title are no name)
                right = self._shape(right_start, right, False, "of") if right and not (
                    head in lx.TITLE_HEADS and self._office_words(right)) else []
                return left + right
        if "for" in words and not self._known(full):
            k = words.index("for")
            if k and self._person_or_country(words[:k]):
                # "Ana Ruiz for Senate", "Britain for Brexit": a person or a country, then what they stand or
                # ask for; a body is named for what it is for ("Alliance for Safer Roads")
                right_start, right = _drop(start, words, k + 1)
                while right and not _is_cap(right[0]):
                    right_start, right = _drop(right_start, right, 1)
                return self._shape(start, words[:k], initial, before) + \
                    (self._shape(right_start, right, False, "for") if right else [])
        # Leading "The" is not part of most names ("The Ministry"), but is of some ("The Hague").
        if words[0] == "The" and len(words) > 1 and not self._known(full):
            start, words = _drop_lead(start, words)
            if not words:
                return []
        # "Kentucky Republican", "New York Democrats": a place, then a member of a people or party from it
        if len(words) >= 2 and words[-1] in self.demonyms and words[-1][0].isupper():
            for n in range(len(words) - 1):
                place = " ".join(words[n:-1])
                if place in self.strong_places or place in self.places and n < len(words) - 2:
                    end_s, last = _drop(start, words, len(words) - 1)
                    return self._shape(*_drop(start, words[:-1], n), initial and not n, before) + \
                        [Span(end_s, end_s + len(last[0]), last[0], last, kind="NORP")]
        # "Afghan Ambassador" with the name further on ("... to the United States Pat Lee"): a people and a
        # title, no name; the people is NORP.
        if len(words) >= 2 and words[-1].lower() in lx.TITLE_HEADS and words[0] in self.demonyms and \
                all(w.lower() in lx.TITLE_MODIFIERS for w in words[1:-1]):
            return [Span(start, start + len(words[0]), words[0], [words[0]], kind="NORP")]
        # "United States Pat Lee" (after "Ambassador to the"): a country, then a name of its own; or a body
        # ("the Harwick Council Pat Lee"), then a name opening with a given name.
        if len(words) >= 3 and not self._known(full):
            for n in (3, 2, 1):
                head = " ".join(words[:n])
                rest = words[n:]
                body = n >= 2 and bool(rest) and words[n - 1].lower() in lx.ORG_WORDS and rest[0] in self.first_names
                if (head in self.strong_places or body) and 2 <= len(rest) <= 3 \
                        and rest[-1].lower() not in lx.ORG_WORDS and rest[-1].lower() not in lx.PLACE_WORDS and not self._known(" ".join(rest)) \
                        and all(w.isalpha() for w in rest) and (
                            rest[0] in self.first_names or _TO_THE.search(self.text, max(0, start - 8), start)):
                    return self._shape(start, words[:n], initial, before) + \
                        self._shape(*_drop(start, words, n), False, words[n - 1])
        # "Democrat Dana Kerr", "Republican Ana Ruiz": a party or people, then a person named by it
        if 3 <= len(words) <= 4 and words[0] in self.demonyms and words[1] in self.first_names and \
                all(w[0].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words[1:]) and \
                not self._known(full) and words[-1].lower() not in lx.ORG_WORDS:
            norp = Span(start, start + len(words[0]), words[0], [words[0]], kind="NORP")
            return [norp] + self._shape(*_drop(start, words, 1), False, words[0])
        # Titles and roles before a name.
        k = 0
        roles: list[str] = []
        norp: list[int] = []  # indices of demonyms before a title
        has_head = False
        known = self._known(full)  # "United Kingdom": no title in a known place's name
        while not known and k < len(words) - 1:
            w = words[k]
            lw = w.lower().rstrip(".")
            if lw in self.titles and (lw in lx.TITLE_HEADS or w.endswith(".") or len(words) - k <= 3) and (
                    lw in lx.TITLE_HEADS or w.endswith(".") or self._person_follows(words, k + 1)):
                # (a word only the long title list knows, "Financial", "United", "Royal", is a title only
                # before a name: "Financial Ledger" and "United Auto Workers" are bodies)
                has_head = has_head or lw in lx.TITLE_HEADS or lw in self.titles
                k += 1
            elif lw in lx.TITLE_MODIFIERS:
                k += 1
            elif lw in lx.ORG_WORDS and (seat := self._member_of_body(words, k)):
                # "Council Member Ana Ruiz", "City Council Member Pat Lee": a seat on a body, said with its kind
                has_head = True
                k = seat
            elif has_head and w in ("of", "for") and k + 2 < len(words) and _is_cap(words[k + 1]) and (
                    self._person_follows(words, k + 2) or words[k + 2] in ("of", "for") and k + 4 < len(words)
                    and _is_cap(words[k + 3]) and self._person_follows(words, k + 4)):
                # "Secretary of State Ana Ruiz", "Chief of Staff Pat Lee": the title goes on, by one more "for"
                # at most ("Secretary of State for Health Ana Ruiz")
                k += 2
            elif w in self.demonyms and k + 1 < len(words) and (words[k + 1].lower() in lx.TITLE_MODIFIERS
                                                                or words[k + 1].lower() in lx.TITLE_HEADS):
                norp.append(k)
                k += 1
            else:
                break
        if not has_head and not known and not norp:  # no title yet, perhaps modifiers ("Former")
            for h in range(max(k, 1), len(words) - 1):
                if words[h].lower().rstrip(".") in lx.TITLE_HEADS and words[-1].lower() not in lx.ORG_WORDS \
                        and words[h + 1].rstrip(".") not in _GENERATIONS:  # ("Larry King Jr.": a surname)
                    m = h  # the title's modifiers go with it ("Senate Majority Leader", "Acme Deputy Chief")
                    while m > k and words[m - 1].lower() in lx.TITLE_MODIFIERS:
                        m -= 1
                    n = self._name_after_title(words, h)
                    if m == k or n is None:
                        continue
                    # (the modifiers before the body are the person's: "Former House Speaker Pat Lee")
                    left = self._shape(*_drop(start, words[:m], k), initial and not k, before)
                    right = self._shape(*_drop(start, words, n), False, words[n - 1])
                    for sp in right:
                        sp.kind = sp.kind or "PERSON"
                        sp.roles.append(" ".join(words[m:n]))
                    return left + right
        spans: list[Span] = []
        # A word that only the title lists know ("National") before one plural word is no title:
        # "National Archives" is a body, not a person called Archives.
        weak_title = k == len(words) - 1 and not any(w.lower().rstrip(".") in lx.TITLE_HEADS for w in words[:k]) \
            and words[-1].endswith("s") and words[-1] not in self.first_names
        if has_head and k < len(words) and words[k] in ("of", "for"):
            # a title with its own "of" and no name ("the Secretary of State", "the Chief of Staff"); what
            # the office is of may be a name ("the President of Harwick University")
            rest_start, rest = _drop(start, words, k + 1)
            while rest and not _is_cap(rest[0]):
                rest_start, rest = _drop(rest_start, rest, 1)
            if self._office_words(rest):
                return []
            return self._shape(rest_start, rest, False, words[k])
        if has_head and k < len(words) and not weak_title and not (
                words[-1].lower() in lx.ORG_WORDS or words[-1].lower() in lx.EVENT_WORDS
                or any(w.lower() in ("ministry", "department") for w in words)):
            roles.append(" ".join(w for w in words[len(norp):k]))
            for i in norp:
                a, _ = _drop(start, words, i)
                spans.append(Span(a, a + len(words[i]), words[i], [words[i]], kind="NORP"))
            start, words = _drop(start, words, k)
            sp = self._span(start, words, initial=False)
            sp.kind = sp.kind or "PERSON"
            sp.roles = roles
            spans.append(sp)
            return spans
        sp = self._span(start, words, initial)
        low_before = before.lower().rstrip(".")
        if before == "of":
            prev2 = self.text[max(0, start - 20):start].split()
            if len(prev2) >= 2 and prev2[-2] in ("islands", "island", "city", "town", "village", "province", "region",
                                                 "county", "state", "capital", "district", "port"):
                before = prev2[-2]
        apposed_body = self.text.startswith(",", start - 2) and words[-1].lower() in lx.ORG_WORDS
        if (low_before in lx.TITLE_HEADS or low_before in lx.PERSON_CUE_BEFORE) and not apposed_body:
            # (after a comma, a name ending in a kind of body is no person: "the candidate, Green Party member")
            sp.cue = "PERSON"
            if low_before in lx.TITLE_HEADS and before[:1].isupper():
                sp.roles.append(before)  # "Sen. Jane Roe": the title stands apart, before the name's run
        elif before in ("in", "near", "off", "across", "islands", "island", "city", "town", "village", "province",
                        "region", "county", "district",
                        "capital", "to") and sp.cue is None:
            sp.cue = "PLACE"
        if sp.cue is None and before == "for" and SEAT_FOR.search(self.text, max(0, start - 12), start):
            sp.kind = "PLACE"  # "the MP for York Central": the seat a member holds, whatever names it bears
        elif sp.cue is None and (low_before in _OUTLET_NOUNS or before in _KINDS_NAMED_AFTER
                                 and self.text.startswith(before + " ", start - len(before) - 1)
                                 and not _WHAT_SOMEONE_DID_TO_A_BODY.match(self.text, sp.end)):
            sp.cue = "ORG"  # "Brazilian newspaper O Globo", "the accountancy firm Grant Thornton" (not "the firm
            # Pat Lee founded")
        elif sp.cue is None and before == "on" and _ON_AIR_BEFORE.search(self.text, max(0, start - 30), start):
            sp.cue = "ORG"  # "in an interview on Fox Business", "an appearance on Kellnet": a broadcaster
        elif sp.cue is None and before == "at" and _JOB_AT.search(self.text, max(0, start - 30), start):
            sp.cue = "ORG"  # "an analyst at Morgan Stanley", "a professor at Harvard": where they work
        elif sp.cue is None and before == "of" and _ROLE_IN_A_BODY_OF.search(self.text, max(0, start - 40), start) \
                and not self.text.startswith(("’s", "'s"), sp.end):  # (not "the chair of Pat Lee's campaign")
            sp.cue = "ORG"  # "the founder of Kellan Works", "the president of Open Harbour": the body they lead
        elif sp.cue is None and self.text.startswith(" ", sp.end) and self.text[sp.end + 1:sp.end + 2].isdigit():
            # (a line of results is short: a longer one is looked at no further)
            line_s = self.text.rfind("\n", max(0, start - _RESULTS_CHARS), start) + 1
            line_e = self.text.find("\n", sp.end, sp.end + _RESULTS_CHARS)
            if line_e < 0 and sp.end + _RESULTS_CHARS >= len(self.text):
                line_e = len(self.text)
            if (line_s > 0 or start < _RESULTS_CHARS) and line_e >= 0 and \
                    _RESULT_LINE.fullmatch(self.text, line_s, line_e):
                sp.kind = "ORG"  # "Blackburn 1 West Ham 2": a line of results names teams, not towns, however known
        if sp.cue is None and len(words) >= 2 and words[0] in self.first_names and \
                _PERSON_AFTER.match(self.text, sp.end):
            sp.cue = "PERSON"  # "Linda Park, 45,", "Linda Park, whose son ...": a person, whatever her last word
        if sp.cue is None and (_PLACE_NOUN_AFTER.match(self.text, sp.end) or sp.text in self.minor_towns
                               and _PEOPLE_OF_A_PLACE_AFTER.match(self.text, sp.end)):
            sp.cue = "PLACE"  # "the Baltic region", "the Swat valley"; "Dunmore residents" of a small town
        elif sp.cue is None and _BODY_NOUN_AFTER.match(self.text, sp.end):
            sp.cue = "ORG"  # "France Inter radio", "the Labour party"; "Coast Guard officers": the body's people
        return spans + [sp]

    def _spelled_out(self, start: int, end: int, words: list[str]) -> bool:
        """The run text[start:end] is an acronym spelled out beside it: "Food and Drug Administration (FDA)",
        "NEMA (National Emergency Management Agency)". Its capitalised words' initials are the acronym's
        letters, so its "and" and "of" join one name."""
        after = _ACRONYM_IN_BRACKETS.match(self.text, end)
        if after is not None:
            letters = after.group(1)
        else:
            before = _ACRONYM_BEFORE_BRACKET.search(self.text, max(0, start - 42), start)
            if before is None or not self.text.startswith(")", end):
                return False
            letters = before.group(1)
        initials = "".join(w[0] for w in words[words[0] == "The":] if w[0].isupper())
        return initials == letters.replace(".", "")

    def _name_after_title(self, words: list[str], h: int) -> int | None:
        """Where the name after the title words[h] starts: right after it, or after the title's own
        "of" phrase when a given name opens what follows ("Secretary of State Pat Lee"). None when
        nothing after "of" is a person's name ("Office of the Director of National Intelligence")."""
        if words[h + 1] not in ("of", "for"):
            return h + 1
        for n in range(h + 2, len(words)):
            if words[n] in self.first_names and len(words) - n <= 3 and all(_is_cap(w) for w in words[n:]):
                return n
        # "Chief of Staff Reince Priebus": one word of the title's own after "of", then two words shaped
        # as a name (no place, body or title among them), whatever the given name
        rest = words[h + 3:]
        if len(rest) == 2 and h + 2 < len(words) and words[h + 2][:1].isupper() and \
                all(w.isalpha() and w[0].isupper() and w[1:].islower() and not self._known(w)
                    and w.lower() not in lx.ORG_WORDS and not self._is_title(w.lower()) for w in rest):
            return h + 3
        return None

    def _span(self, start: int, words: list[str], initial: bool) -> Span:
        name = words[0] if len(words) == 1 else " ".join(words)
        return Span(start, start + len(name), name, words, sentence_initial=initial)

    # -- typing -----------------------------------------------------------------

    def type_of(self, sp: Span) -> tuple[str, int]:
        """(TYPE, confidence 0-3) from the span's own words and context: the first of
        `TYPING_RULES` that applies; a phrase no rule types is a weak ORG."""
        if sp.kind:
            return sp.kind, 3
        # The rules read only the span's words, its cue and whether it opens its sentence (for a small
        # town's name or a word in capitals only), so a name met again is typed once.
        opens = sp.sentence_initial and (sp.text in self.minor_towns or sp.text.isupper())
        key = (sp.text, sp.cue, opens)
        found = self._typed.get(key)
        if found is None:
            found = next((t for t in (rule(self, sp) for rule in TYPING_RULES) if t is not None), ("ORG", 0))
            self._typed[key] = found
        return found

    # -- merging ---------------------------------------------------------------

    def entities(self) -> list[Entity]:
        spans = self.spans()
        typed = [(sp, *self.type_of(sp)) for sp in spans]
        self._context_cues(typed)
        groups: dict[str, dict] = {}
        order: list[str] = []

        def key_of(sp: Span) -> str:
            return _merge_key(sp.text)

        for sp, kind, conf in typed:
            k = key_of(sp)
            g = groups.get(k)
            if g is None:
                g = groups[k] = {"spans": [], "votes": Counter(), "roles": [], "aliases": set(), "sure": set()}
                order.append(k)
            g["spans"].append(sp)
            g["votes"][kind] += 1 + conf * 2
            if conf >= 2:
                g["sure"].add(kind)
            g["roles"].extend(sp.roles)
        # Acronyms: "(SCO)" after a name, or a name's initials.
        parent: dict[str, str] = {}
        by_end = {other.end: other for other, _, _ in typed if len(other.words) > 1}
        for sp, kind, conf in typed:
            if not _ACRONYM.fullmatch(sp.text) or not self.text[max(0, sp.start - 2):sp.start].endswith("("):
                continue
            other = by_end.get(sp.start - 2) or by_end.get(sp.start - 1)
            if other is not None:
                parent[key_of(sp)] = key_of(other)
        initials: dict[str, str] = {}
        for k in order:
            sp = groups[k]["spans"][0]
            caps = [w for w in sp.words if w[0].isupper() and w.lower() not in _CONNECTORS]
            if len(caps) >= 2:
                initials.setdefault("".join(w[0] for w in caps), k)
        for k in order:
            sp = groups[k]["spans"][0]
            bare = sp.text.replace(".", "")
            if k not in parent and _ACRONYM.fullmatch(sp.text) and bare in initials and initials[bare] != k \
                    and bare not in self.strong_places and not (  # "US" is the country, not "University of Sheffield"
                        _top(groups[k]["votes"]) == "PLACE" and _top(groups[initials[bare]]["votes"]) == "PERSON"):
                parent[k] = initials[bare]  # (but "MANCHESTER, N.H." is the state, not Nikki Haley)
        # A business named without its legal form ("Harbor Logistics" after "Harbor Logistics Inc").
        for k in order:
            words = k.split()
            if len(words) > 2 and words[-1] in lx.LEGAL_FORMS:
                base = " ".join(words[:-1]).rstrip(",")
                if base in groups and base not in parent and base != k:
                    parent[base] = k
        # A person named without the initial of a middle name ("Ana Ruiz" after "Ana M. Ruiz"), when one
        # person of the text bears that initial.
        with_initial: dict[str, list[str]] = defaultdict(list)
        for k in order:
            words = groups[k]["spans"][0].words
            if len(words) == 3 and _INITIAL.fullmatch(words[1]) and _top(groups[k]["votes"]) == "PERSON":
                with_initial[_merge_key(f"{words[0]} {words[2]}")].append(k)
        for short, fulls in with_initial.items():
            if len(fulls) == 1 and short in groups and short not in parent and _top(groups[short]["votes"]) == "PERSON":
                parent[short] = fulls[0]
        # Surnames and given names alone, and plural demonyms.
        shared: dict[str, list[str]] = {}  # a name alone that two people bear -> their keys
        by_word: dict[str, list[str]] = defaultdict(list)
        of_body: dict[str, list[str]] = defaultdict(list)  # a word of what a body is of or for -> the body
        for mk in order:
            msp = groups[mk]["spans"][0]
            if len(msp.words) < 2:
                continue
            mkind = _top(groups[mk]["votes"])
            if mkind == "PERSON":
                # (a generation after the surname is no surname: "Dale Okafor Jr." is "Okafor")
                last = msp.words[-2] if msp.words[-1].rstrip(".") in _GENERATIONS and len(msp.words) > 2 \
                    else msp.words[-1]
                for w in {msp.words[0], last}:
                    by_word[w].append(mk)
            elif mkind == "ORG":
                # a body's own words, not those of what it is of or for: "Budget" alone is no short form of the
                # "Office for Budget Responsibility", nor "Management" of the "Office of Management"
                # ("Transportation Secretary Ana Ruiz" is still of the "Department of Transportation")
                head = next((i for i, w in enumerate(msp.words) if i and w.islower()), len(msp.words))
                for w in set(msp.words[:head]):
                    by_word[w].append(mk)
                for w in set(msp.words[head:]) - set(msp.words[:head]):
                    of_body[w].append(mk)
        for k in order:
            if k in parent:
                continue
            sp = groups[k]["spans"][0]
            if len(sp.words) != 1:
                continue
            w = sp.words[0]
            if w in self.demonyms and w.endswith("s") and w[:-1].lower() in groups:
                parent[k] = w[:-1].lower()
                continue
            if _PLURAL_ACRONYM.fullmatch(w) and w[:-1].lower() in groups:
                parent[k] = w[:-1].lower()  # "GCSEs" is the plural of "GCSE": one thing
                continue
            if w.endswith("s") and w not in by_word and not groups[k]["sure"] - {"PERSON"} and any(
                    _top(groups[c]["votes"]) == "PERSON" and groups[c]["spans"][0].words[-1] == w[:-1]
                    for c in by_word.get(w[:-1], ())):
                groups[k]["votes"] = Counter({"PERSON": 1})  # "the Kesslers": a family, people of the surname
                continue
            if w in self.demonyms or w in self.strong_places and (
                    any(x.cue == "PLACE" for x in groups[k]["spans"]) or not any(
                        _top(groups[c]["votes"]) == "PERSON" and groups[c]["spans"][0].words[-1] == w
                        for c in by_word.get(w, ()))):
                continue  # (a country's name is a surname only when said of no place: "Sean Jordan ... Jordan wrote")
            if w in self.places and all(x.cue == "PLACE" for x in groups[k]["spans"]) and \
                    not any(_top(groups[c]["votes"]) == "PERSON" for c in by_word.get(w, ())):
                continue  # "in Leeds" is the town, not "Leeds Crown Court" named after it
            cands = list(dict.fromkeys(by_word.get(w, ())))
            if "PLACE" in groups[k]["sure"] and groups[k]["sure"] <= {"PLACE"}:
                # a town said for sure to be one ("of Kellby Road, Harwick") is not the body named after it
                # ("Harwick Crown Court"); a state's abbreviation ("KELLOW, Mo. —") is no person's name either
                not_it = ("ORG", "PERSON") if w in _ANY_STATE_ABBREVIATION else ("ORG",)
                cands = [c for c in cands if _top(groups[c]["votes"]) not in not_it]
            if not cands and w in of_body and any(self._title_follows(x.end) for x in groups[k]["spans"]):
                cands = list(dict.fromkeys(of_body[w]))
            people = [c for c in cands if _top(groups[c]["votes"]) == "PERSON"
                      and groups[c]["spans"][0].words[-1] == w]
            if len(cands) > 1 and len(people) == len(cands):
                shared[k] = cands  # "Ms Dunn" with "Karen Dunn" and "Mary Dunn" named: each mention its own
            elif len(people) == 1:
                # "Whitfield" alone is Margaret Whitfield, not the Whitfield Foundation; but not when it is
                # said before her full name, past a headline: "Obama said ... Michelle Obama" are two people
                # (the headline's own mention, if any, says nothing either way).
                alone = next((sp.start for sp in groups[k]["spans"] if sp.start > self._headline_end), None)
                if alone is not None and alone < groups[people[0]]["spans"][0].start:
                    continue
                if any(self._kin_titled_before(sp.start) for sp in groups[k]["spans"]):
                    continue  # "Hunter Biden ... his father, President Biden": a relative of the same name

                parent[k] = people[0]
            elif cands:
                parent[k] = max(cands, key=lambda c: len(groups[c]["spans"]))
        # A surname of two words, or with its particle ("Bautista Agut", "Le Tissier", "Von der Leyen"): the
        # person named in full with it.
        ends: dict[str, list[str]] = defaultdict(list)  # the last words of a person's name -> that name
        for mk in order:
            parts = mk.split()
            if len(parts) > 2 and _top(groups[mk]["votes"]) == "PERSON":
                for n in range(1, len(parts) - 1):
                    ends[" ".join(parts[n:])].append(mk)
        for k in order:
            words = groups[k]["spans"][0].words
            if k in parent or len(words) < 2 or k not in ends or _top(groups[k]["votes"]) != "PERSON" and \
                    groups[k]["sure"] and words[0].lower() not in _NAME_PARTICLES:
                continue  # (a name typed a body or a place for sure is no surname)
            if len(ends[k]) == 1:
                parent[k] = ends[k][0]
        # Resolve chains and merge.
        def root(k: str) -> str:
            seen = set()
            while k in parent and k not in seen:
                seen.add(k)
                k = parent[k]
            return k

        merged: dict[str, dict] = {}

        def into(r: str) -> dict:
            m = merged.get(r)
            if m is None:
                m = merged[r] = {"spans": [], "votes": Counter(), "roles": [], "forms": [], "sure": set()}
            return m

        for k in order:
            if k in shared:
                # News names a person in full, then by one name: a mention is of the one last named
                # in full before it (or, before any, the first named after it). But a surname already used
                # alone for one of them while no other was named ("Ruth Ellery ... Ellery wrote ... her
                # husband, Walter Ellery, ... Ellery said") stays that person's short name.
                named = [(c, [o.start for o in groups[c]["spans"]]) for c in shared[k]]
                first_named = {c: min(starts) for c, starts in named}
                established = None
                for sp in sorted(groups[k]["spans"], key=lambda x: x.start):
                    owner = self._by_honorific(sp, shared[k], groups) or established or _last_named(sp.start, named)
                    if established is None and first_named[owner] < sp.start and \
                            all(first_named[c] > sp.start for c in first_named if c != owner):
                        established = owner
                    into(root(owner))["spans"].append(sp)
                continue
            m = into(root(k))
            m["spans"].extend(groups[k]["spans"])
            m["votes"].update(groups[k]["votes"])
            m["sure"] |= groups[k]["sure"]
            m["roles"].extend(groups[k]["roles"])
            m["forms"].append(k)
        out = []
        for r, m in merged.items():
            rsp = groups[r]["spans"][0]
            kind = _top(m["votes"])
            if r in groups and len(rsp.words) > 1:
                kind = _top(groups[r]["votes"])
                if kind not in groups[r]["sure"] and m["sure"] == {"PERSON"}:
                    kind = "PERSON"  # "Dak Prescott" guessed a body, and "Prescott, who ..." or "Mr Prescott" said who
            if kind == "PLACE" and rsp.text in self._speaking_bodies:
                kind = "ORG"  # (one name, one kind: the body that said so is the body everywhere)
            town = [sp for sp in m["spans"] if sp.start in self._dateline_starts] if kind == "ORG" else []
            if town and len(town) < len(m["spans"]):
                # "NEWCASTLE, England —" opening a story of Newcastle's side: the dateline is the town
                m["spans"] = [sp for sp in m["spans"] if sp.start not in self._dateline_starts]
                out.append(Entity(name=town[0].text, type="PLACE",
                                  mentions=tuple(Mention(sp.start, sp.end, sp.text) for sp in town)))
            mentions = sorted({(sp.start, sp.end) for sp in m["spans"]})
            texts = {}
            for sp in m["spans"]:
                texts.setdefault(sp.text, 0)
                texts[sp.text] += 1
            name = max(texts, key=lambda t: (len(t.split()), len(t), texts[t]))
            if kind == "NORP" and name.endswith("s") and name[:-1] in texts:
                name = name[:-1]
            aliases = sorted(t for t in texts if t != name)
            out.append(Entity(
                name=name,
                type=kind,
                mentions=tuple(Mention(s, e, self.text[s:e]) for s, e in mentions),
                aliases=tuple(aliases),
                roles=tuple(dict.fromkeys(x for x in m["roles"] if x)),
            ))
        return out

    def _by_honorific(self, sp: Span, keys: list[str], groups: dict) -> str | None:
        """Of the people who bear the surname sp names alone, the one of the gender its honorific says ("Mr.
        Whitfield" of Margaret and Bill Whitfield), when one only is."""
        gender = self._honorific_gender(sp.start)
        if gender is None:
            return None
        genders = lx.first_name_genders()
        fits = [c for c in keys if genders.get(groups[c]["spans"][0].words[0]) == gender]
        return fits[0] if len(fits) == 1 else None

    _LIST_JOIN = frozenset((" and ", ", ", " or ", ", and "))

    def _coordinated(self, typed: list) -> None:
        """A name no rule could type, joined by "and", "or" or a comma to a name typed from its own
        words or the gazetteers, is of the same kind: a list holds things of one kind."""
        text = self.text
        for i, (sp, kind, conf) in enumerate(typed):
            if conf != 0:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(typed):
                    continue
                other, other_kind, other_conf = typed[j]
                between = text[other.end:sp.start] if j < i else text[sp.end:other.start]
                # "in", "islands of" (a cue's place, not a name only a small place bears: "Meta, Google and ...")
                sure = other_conf == 3 or other_conf >= 1 and other_kind == "PLACE" and not (
                    other.text in self.places and other.text not in self.strong_places)
                if sure and other_kind in ("PLACE", "ORG", "PERSON") and between in self._LIST_JOIN:
                    typed[i] = (sp, other_kind, 1)
                    break

    def _context_cues(self, typed: list) -> None:
        """Upgrade weak guesses with what follows a name (", a spokesman", "said"), and with the names
        it is listed with ("ferries between Kellow and Varnholm": the same kind as the known one)."""
        text = self.text
        self._coordinated(typed)
        for i, (sp, kind, conf) in enumerate(typed):
            if len(sp.words) == 1 and sp.text in self.places and sp.text not in self.strong_places and \
                    _SAYS_OF_ITSELF.match(text, sp.end) and \
                    not _PLACE_PREPOSITION.search(text, max(0, sp.start - 20), sp.start):  # ("police in Meta said")
                # "Meta said it would appeal": a name only a small place or a region bears, saying something of
                # itself, is a body's, wherever else it stands
                typed[i] = (sp, "ORG", 2)
                self._speaking_bodies.add(sp.text)
                continue
            if conf >= 2:
                continue
            kin = kin_before_name(text, sp.start, 25)
            if kind != "PERSON" and len(sp.words) <= 2 and kin is not None and kin.group(1) is not None:
                typed[i] = (sp, "PERSON", 2)  # "her husband, Craig": kin are people, whatever place bears the name
                continue
            after = text[sp.end:sp.end + 40]
            m = _APPOSED_WORD.match(after) if not _TITLED_NAME_SET_OFF.match(after) else None
            if kind != "PLACE" and m and (m.group(1).lower() in lx.TITLE_HEADS or m.group(1).lower() in lx.TITLE_MODIFIERS
                                          or m.group(1).isdigit()) and \
                    not (m.group(2) and m.group(2).lower() in lx.BODY_NOUNS):  # (", an industry group": a body)
                typed[i] = (sp, "PERSON", 2)
                continue
            if kind != "ORG" and after.startswith(",") and _APPOSED_BODY.match(after) is not None:
                typed[i] = (sp, "ORG", 2)  # "AdVista, a firm that tracks ...": a body, whatever cue stood before
                continue
            if conf <= 1 and kind in ("ORG", "PLACE") and _WHO_SCORED.match(text, sp.end) is not None:
                typed[i] = (sp, "ORG", 2)  # "Colchester, who lost 3-0 at home": a side (a player's sets are two)
                continue
            if conf <= 1 and kind in ("ORG", "PLACE") and len(sp.words) <= 3 and after.startswith(", who ") and \
                    not sp.words[-1].endswith("s") and not _ACRONYM.fullmatch(sp.text) and \
                    not _PLACE_PREPOSITION.search(text, max(0, sp.start - 20), sp.start):
                typed[i] = (sp, "PERSON", 2)  # "Trask, who entered late": bodies take "which" (not "voters in Ohio, who")
                continue
            m = _NEXT_WORD.match(after)
            if m and m.group(1) in _SAID_AFTER_PERSON and len(sp.words) <= 3 and not _ACRONYM.fullmatch(sp.text) and (
                    conf == 0 and sp.words[0] in self.first_names
                    or kind == "PLACE" and len(sp.words) == 1
                    and not _PLACE_PREPOSITION.search(text, max(0, sp.start - 20), sp.start)):
                typed[i] = (sp, "PERSON", 1)
                continue
            m = _PERSON_OWNS.match(after)
            if m and kind == "PLACE" and len(sp.words) == 1:
                typed[i] = (sp, "PERSON", 1)  # "Jones's lawyer": places have no lawyers or wives
                continue
            if len(sp.words) <= 2 and kind != "PERSON" and _LEADER_OF_AFTER.match(after) and \
                    text[max(0, sp.start - 4):sp.start] in ("the ", "The ") and sp.text not in self.strong_places \
                    and sp.text not in self.demonyms:
                typed[i] = (sp, "PERSON", 1)  # "the Lee administration", "the Ruiz campaign": a leader's
                continue
            # (the pattern ends in a comma: a window with none is not searched)
            m = _BODY_BEFORE.search(text, max(0, sp.start - 40), sp.start) \
                if text.find(",", max(0, sp.start - 40), sp.start) >= 0 else None
            if m and m.group(1).lower() in lx.BODY_NOUNS:
                typed[i] = (sp, "ORG", 2)  # "the ferry company, Lagoon Lines,": the name of the body
                continue
            if kind != "PERSON" and self._leads_someone(sp.end):
                typed[i] = (sp, "ORG", 2)  # "Rovers manager Sam Ray": the body Ray leads


def _top(votes: Counter) -> str:
    """The kind with most votes, the first to get it on a tie (as `Counter.most_common` gives)."""
    return max(votes, key=votes.__getitem__)


def _last_named(pos: int, named: list[tuple[str, list[int]]]) -> str:
    """Of several (key, starts of its mentions), the one named last before pos, else the first after it."""
    before = [(max(x for x in starts if x < pos), k) for k, starts in named if any(x < pos for x in starts)]
    if before:
        return max(before)[1]
    return min((min(starts), k) for k, starts in named)[1]


# Lower-case particles that open a surname ("von Holtzbrinck", "de Souza").
_NAME_PARTICLES = frozenset("von van de da di du del della le la al el bin ibn".split())
# Lower-case words of a role, then a capitalised name: "chief executive Pat", "boss Sam".
_ROLE_AFTER = re.compile(r"\s+((?:[a-z-]+\s+){1,3})[A-Z]")
# After a name: a comma and the word that says what it is (", a spokesman", ", 45,"); the next word.
_APPOSED_WORD = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[A-Z][\w-]+\s+(?=[a-z]))?|who\s+|\d+,)?(\w+)"
                           r"(?:\s+([a-z]+)(?=[,.;]|\s+(?:whose|that|which|of|for|with|based|representing)\b))?")
_NEXT_WORD = re.compile(r"\s+(\w+)")
# After a comma, a title and a name: someone else, the subject of what follows ("In an interview on Kellnet, Mr.
# Lee said"), not a word for what the name before is.
_TITLED_NAME_SET_OFF = re.compile(r",\s+[A-Z][a-z]*\.?\s+[A-Z]")
_KINDS_OF_BODY = frozenset("group agency company organization organisation union party coalition network association "
                           "foundation institute".split())
# Kinds of body in small letters right before the name of one: "the accountancy firm Grant Thornton", or
# set off after it: ", a firm that", ", an industry group".
# (not every word that ends a body's name: "chief of staff Pat Lee", "the veterinary committee Pat Lee";
# org_words holds "city" and "town" too, which end clubs' names)
_KINDS_NAMED_AFTER = frozenset(lx.word_list("body_nouns")) | _KINDS_OF_BODY
_APPOSED_BODY = re.compile(r",\s+(?:a|an)\s+(?:(?!of\b)[a-z-]+\s+){0,2}?"
                           rf"(?:{one_of(sorted(_KINDS_NAMED_AFTER))})\b")
# A kind of body, then a comma: the name after it is that body's ("its parent firm, Acme Holdings", "Lee's
# former company, Acme Data").
_BODY_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|[A-Z][\w-]*(?:’s|'s|’|'))\s+"
                          r"(?:[\w-]+\s+){0,2}?([a-z]+),\s+$")


def _merge_key(name: str) -> str:
    """What two spellings of one name share: "St. Ann's" and "St Ann’s" are one."""
    return name.replace("’", "'").replace(".", "").lower()


def find_entities(doc) -> list[Entity]:
    """All entities of a text: names and numeric expressions, mentions never overlapping.

    A numeric expression wins over a name inside it ("April" in "April 22");
    a name wins over a number inside it ("40" in "Zephyr X-40").
    """
    import bisect

    text = doc.text
    named = EntityFinder(text, doc.sentences).entities()
    numbers = numeric_mentions(text)
    n_starts = [s for s, _, _ in numbers]

    def in_number(s: int, e: int) -> bool:
        i = bisect.bisect_right(n_starts, s) - 1
        return i >= 0 and numbers[i][1] >= e

    kept: list[Entity] = []
    for ent in named:
        ms = tuple(m for m in ent.mentions if not in_number(m.start, m.end))
        if len(ms) == len(ent.mentions):
            kept.append(ent)
        elif ms:
            kept.append(Entity(ent.name, ent.type, ms, ent.aliases, ent.roles))
    spans_named = sorted((m.start, m.end) for e in kept for m in e.mentions)
    starts = [s for s, _ in spans_named]
    numeric: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for s, e, kind in numbers:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and spans_named[i][1] >= e:
            continue
        key = " ".join(text[s:e].split()).lower()
        numeric[(kind, key)].append((s, e))
    for (kind, _), spans in numeric.items():
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in spans)
        kept.append(Entity(name=mentions[0].text, type=kind, mentions=mentions))
    kept.sort(key=lambda e: e.mentions[0].start)
    return _drop_overlaps(kept)


def _drop_overlaps(entities: list[Entity]) -> list[Entity]:
    """A name inside a date ("April" in "April 22") is dropped; mentions never overlap.

    Of overlapping mentions the one that starts first (then the longer) stays.
    """
    spans = sorted((m.start, -m.end, i) for i, ent in enumerate(entities) for m in ent.mentions)
    dropped: set[tuple[int, int, int]] = set()
    last_end = -1
    for s, neg_e, i in spans:
        if s >= last_end:
            last_end = -neg_e
        else:
            dropped.add((i, s, -neg_e))
    if not dropped:
        return entities
    out = []
    for i, ent in enumerate(entities):
        ms = tuple(m for m in ent.mentions if (i, m.start, m.end) not in dropped)
        if len(ms) == len(ent.mentions):
            out.append(ent)
        elif ms:
            out.append(Entity(ent.name, ent.type, ms, ent.aliases, ent.roles))
    return out


# --- typing: the rules in the order they are tried ---------------------------------------
# Each gives (TYPE, confidence 0-3) or None; confidence 3 is the phrase's own form, 2 a strong
# cue, 1 a guess that context (", a spokesman", "said") may still change.


def event_by_first_word(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Operation Northwind", "Battle of Hastings": a word that opens an event's name."""
    if len(sp.words) > 1 and sp.words[0].lower() in lx.EVENT_FIRST:
        return "EVENT", 3
    return None


# The forms of peoples' names that join another's with a hyphen: "Anglo-Dutch", "Sino-Japanese".
_COMBINING_PEOPLES = frozenset("Anglo Franco Sino Indo Afro Euro Russo Greco Italo Austro Judeo Hispano Luso".split())


# How English names the people of a state or city from its name: the ending, and what the name may have
# ended in before it ("Iowa"+"ns", "Ohio"+"ans", "Texas" -> "Texans", "Florida" -> "Floridians", "London"+"ers").
_PEOPLE_ENDINGS = (("ians", ("", "a")), ("ans", ("", "a", "as", "o")), ("ns", ("",)), ("ers", ("", "e")),
                   ("ian", ("", "a")), ("an", ("", "a", "as", "o")), ("n", ("",)), ("er", ("", "e")),
                   ("ites", ("",)), ("ite", ("",)))  # ("Wisconsinites", "Michiganite")


def _people_of_a_place(f: "EntityFinder", name: str) -> bool:
    """The name is the people of a country, a state or a city of some size: "Iowans", "Floridian", "New
    Yorkers". A city's people keep its whole name ("Londoners", "Bostonian"): a name cut short and
    restored could be any of the world's many small districts ("Guardian" is no "Guarda" people)."""
    for ending, restored in _PEOPLE_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 3:
            stem = name[:-len(ending)]
            for tail in restored:
                place = stem + tail
                if len(place) >= 4 and place in f.strong_places:
                    return True
            if len(ending) > 2 and stem in f.places and stem not in f.minor_towns:
                return True
    return False


def known_people(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Chinese", "Republicans", "South Koreans": a nationality, religion or political group; also two
    joined ("Anglo-Australian", "Sino-Indian"), of a part of a land ("Northern Irish"), and the people of a
    state or city ("Iowans", "New Yorker")."""
    if sp.text in f.demonyms and sp.text not in f.strong_places:  # not "Djibouti"
        return "NORP", 3
    first, dash, last = sp.text.partition("-")
    if dash and last in f.demonyms and (first in _COMBINING_PEOPLES or first in f.demonyms):
        return "NORP", 3
    if len(sp.words) <= 3 and sp.text[-1] in "nrse" and sp.text not in f.places and _people_of_a_place(f, sp.text):
        return "NORP", 2
    # "Free Democrats", "Senate Republicans", "Christian Democrat": a party's or people's members, so named
    words = sp.words
    if 2 <= len(words) <= 3 and words[-1] in f.demonyms and not any(w in f.places for w in words[:-1]) and \
            (words[-1].endswith("s") or all(w in f.demonyms for w in words[:-1])):
        return "NORP", 2
    if len(words) == 2 and words[0] in _COMPASS and words[1] in f.demonyms:
        return "NORP", 3  # "Northern Irish", "West African": the people of a part of a land
    return None


_COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())
_DISTRICT_FIRST = _COMPASS | frozenset("Northeast Northwest Southeast Southwest Upper Lower Far".split())


def organisation_by_head(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Northwind Bank", "Ministry of Transport", "Volvo AB": a name that ends in (or opens with) a kind of
    body, or ends in a business's legal form; a kind of body, then what it is of or for ("Alliance for
    Automotive Innovation", "Council on Foreign Relations")."""
    first, last = sp.words[0].lower(), sp.words[-1].lower()
    if (last in lx.ORG_WORDS or last in lx.BUSINESS_WORDS or last.replace(".", "") in lx.LEGAL_FORMS) and len(sp.words) > 1 or \
            first in ("ministry", "department", "university") or \
            len(sp.words) > 2 and sp.words[1] in ("of", "for", "on") and first in lx.ORG_WORDS:
        return "ORG", 3
    return None


def event_by_head(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Harbour Summit", "Coastal Games": a name that ends in a kind of event."""
    if len(sp.words) > 1 and sp.words[-1].lower() in lx.EVENT_WORDS:
        return "EVENT", 3
    return None


def product_by_code(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Zephyr X-40", "Boeing 737", "HMS Kellow": model codes and ships' prefixes."""
    words = sp.words
    if _DIGIT.search(sp.text) and any(_CODE.fullmatch(w) for w in words) or words[0] in ("USS", "HMS"):
        return "PRODUCT", 3
    return None


def known_place(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """A country, region or city of the gazetteers ("Peru", "U.S." as "US", "LIMA" in a dateline)."""
    name = sp.text
    if name in f.places or name.replace(".", "") in f.places or name.replace("’", "'") in f.places:
        # One word that only a small place of the gazetteers bears is often a surname ("Lee", "Jones"):
        # what follows it may still make it a person.
        if len(sp.words) == 1 and name not in f.strong_places:
            # "Dr. Evans": the title says who; "a professor at Harvard": the job says where they work
            if sp.cue in ("PERSON", "ORG"):
                return None
            if sp.sentence_initial and sp.cue is None and name in f.minor_towns:
                return None  # "Westbury had led", "Ask him": a small town's name opening a sentence may be anything
            return "PLACE", 1
        return "PLACE", 3
    if len(name) > 3 and name.isupper() and name.title() in f.places and sp.sentence_initial:
        return "PLACE", 3  # a dateline; elsewhere a word in capitals is an acronym ("NATO", not "Nato")
    return None


def state_after_town(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Tampa, Fla.", "PINEDALE, Calif. (AP)": a US state's abbreviation after a town and a comma, and the town."""
    text = f.text
    if text[max(0, sp.start - 2):sp.start] == ", " and (
            sp.text in _STATE_ABBREVIATIONS and text.startswith(".", sp.end)
            or sp.text.endswith(".") and sp.text[:-1] in _STATE_ABBREVIATIONS):  # ("Albany, N.Y.")
        return "PLACE", 3
    if sp.text in _DATELINE_STATES and text.startswith(".", sp.end) and _CAPS_TOWN_BEFORE.search(text, 0, sp.start):
        return "PLACE", 3  # "KANSAS CITY, Mo. —": a state only after a town in a dateline
    state = _STATE_AFTER.match(text, sp.end)
    if state is not None and state.group(1) in _STATE_ABBREVIATIONS:
        return "PLACE", 3
    return None


_CAPS_TOWN_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z.’' -]+, $")


_STATE_AFTER = re.compile(r", ([A-Z][A-Za-z.]*?)\.(?![A-Za-z])")


def town_after_street(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"of Kellby Road, Harwick": an address, a street's name then a comma, and the town."""
    if _STREET_BEFORE.search(f.text, max(0, sp.start - 16), sp.start) is not None:
        return "PLACE", 3
    return None


_STREET_BEFORE = re.compile(r"[A-Z][\w’'-]* (?:Road|Street|Avenue|Lane|Drive|Close|Crescent|Terrace|Gardens|Square|"
                            r"Rd|St|Ave),\s$")


def place_by_head(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Red River", "Main Street": a name that ends in a geographic noun; "Lake Merrow", "Mount Kerr",
    "River Severn", "Port Talbot": one that opens with a lake's, mountain's, river's or harbour's."""
    words = sp.words
    if len(words) == 2 and words[0] in f.first_names and words[-1].lower() in lx.PLACE_WORDS and \
            re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{re.escape(words[-1])}\b", f.text):
        return None  # "Kari Lake" with "Ms. Lake" in the text: a given name and a surname, not a lake
    if len(words) > 1 and (words[-1].lower() in lx.PLACE_WORDS or words[0].lower() in _PLACE_FIRST):
        return "PLACE", 3
    if 2 <= len(words) <= 3 and words[0] in _DISTRICT_FIRST and (words[-1] in ("Side", "End", "Pole") or
                                                                " ".join(words[1:]) in f.strong_places):
        return "PLACE", 3  # "South Side", "Upper West Side", "East End": a part of a city; "North Africa", "South Pole"
    # "Democratic Republic of Congo", "Gulf of Mexico", "Isle of Wight": a kind of place or state, "of" and
    # which one
    if "of" in words and (k := words.index("of")) > 0 and words[k - 1].lower() in lx.PLACE_WORDS:
        return "PLACE", 3
    return None


def street_by_last_word(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Mill Lane", "Abbey Close", "Capitol Hill": a road or a hill whose word is a surname too ("Tom Lane",
    "Glenn Close"): a place when no given name opens it."""
    words = sp.words
    if 2 <= len(words) <= 3 and words[-1] in _STREET_OR_SURNAME and words[0] not in f.first_names \
            and not f._is_title(words[0].lower().rstrip(".")):
        return "PLACE", 2
    return None


# An age set off by commas after a name: ", 78,".
_AGE_AFTER = re.compile(r",\s+\d{1,3},\s")
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? $")
_CHAMBERS = frozenset(("House", "Senate", "Assembly"))
_STREET_OR_SURNAME = frozenset("Lane Way Close Row Crescent Grove Walk Mews Hill".split())
_PLACE_FIRST = frozenset("lake mount mt mt. mont loch isle cape river gulf bay port fort strait straits plaza".split())


def organisation_by_leading_acronym(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"BBC Radio Manchester", "NBC News": an acronym of three or more letters opening a longer name,
    with no given name after it, is a body's (a person's initials are two letters: "JD Vance")."""
    words = sp.words
    if len(words) >= 2 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() \
            and not f._known(words[0]) and not any(w in f.first_names or w.lower().rstrip(".") in lx.TITLE_HEADS
                                                   for w in words[1:]) \
            and event_by_head(f, sp) is None and product_by_code(f, sp) is None:  # ("FIRST Global Games", "USS Ohio")
        return "ORG", 2
    return None


# Verbs in the imperative that open the names of campaigns: "Save Kelmsford Fields", "Protect Corran Woods".
_CAMPAIGN_VERBS = frozenset("Save Stop Keep Protect Defend Reclaim Fight Ban".split())


def organisation_by_campaign_verb(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Save Kelmsford Fields", "Keep Harwick Green": a name that opens with a verb telling people to
    act is a campaign's, a body; no person's name opens so."""
    return ("ORG", 2) if len(sp.words) >= 2 and sp.words[0] in _CAMPAIGN_VERBS else None


def person_by_cue(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Mr Lee", "Senator Jane Roe": an honorific or title stood before the name. It outranks the
    name's last word: "Dr. Ana Park" and "Sen. Carl Bank" are people, not a park and a bank."""
    return ("PERSON", 2) if sp.cue == "PERSON" else None


def organisation_by_cue(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"France Inter radio", "the Labour party": a kind of body or outlet right after the name. It
    outranks a first name at its start ("France")."""
    return ("ORG", 2) if sp.cue == "ORG" else None


def person_by_first_name(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Maria Lopez": a known given name, then capitalised words, and no acronym among them. A given name
    may be two joined by a hyphen ("Hans-Otto Lenz"); an Arabic surname may have its article joined to it
    ("Khalid al-Amiri")."""
    words = sp.words
    if len(words) >= 2 and (words[0] in f.first_names or _joined_given_names(f, words[0])) and \
            all(w[0].isupper() or w in _CONNECTORS or _ARTICLE_JOINED.match(w) and sp.cue != "PLACE" for w in words) \
            and not any(w.isupper() and len(w) > 1 for w in words) and not _after_the(f, sp):
        return "PERSON", 2
    return None


def _joined_given_names(f: "EntityFinder", word: str) -> bool:
    """Two given names joined by a hyphen: "Hans-Otto", "Anna-Lena"."""
    first, dash, second = word.partition("-")
    return bool(dash) and first in f.first_names and second in f.first_names


def _after_the(f: "EntityFinder", sp: Span, modified: bool = False) -> bool:
    """"the" stands right before the name: a body, a ship or a paper ("the Maria Grazia", "the Daily
    Ledger"), not a person, who is named without it. `modified`: also with words that say what kind of
    body between ("the far-right National Rally"), none of them a role ("the former chief Pat Lee")."""
    if f.text[max(0, sp.start - 4):sp.start] in ("the ", "The ") or \
            _ORDINAL_BEFORE.search(f.text, max(0, sp.start - 8), sp.start):
        return True  # (a numbered thing is no one: "the 14th Ward", "the 3rd Precinct")
    m = _THE_AND_MODIFIERS.search(f.text, max(0, sp.start - 40), sp.start) if modified else None
    return m is not None and not any(w in lx.TITLE_HEADS or w in lx.TITLE_MODIFIERS or w in lx.PERSON_NOUNS
                                     or w in _NOT_A_KIND for w in m.group(1).replace("-", " ").split())


_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")
# "the" and one or two words in small letters before a name: "the far-right ", "the ruling ".
_THE_AND_MODIFIERS = re.compile(r"\b[Tt]he\s+((?:[a-z]+(?:-[a-z]+)*\s+){1,2})$")
# Words before a name that say it is someone's: "the late Pat Lee", "the young Pat Lee".
_NOT_A_KIND = frozenset("late young old great legendary celebrated veteran famous".split())


def organisation_by_word(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Police", "Parliament" alone, "City Council": a kind of body as the name's only or last word."""
    first, last = sp.words[0].lower(), sp.words[-1].lower()
    if last in lx.ORG_WORDS or first in lx.ORG_WORDS and len(sp.words) == 1:
        return "ORG", 2
    return None


def organisation_by_acronym(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"NATO", "F.B.I.": an acronym, most often a body."""
    return ("ORG", 1) if _ACRONYM.fullmatch(sp.text) else None


def place_by_cue(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"in Dunmore", "the town of Kellow": a preposition of place or a place noun before the name."""
    return ("PLACE", 1) if sp.cue == "PLACE" and not _ABSTRACT_NOUN.search(sp.words[-1]) else None


def organisation_by_place_word(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Peru Telecom", "Chinese Navy": a longer name holding a place or nationality. A small place's
    name last is as often a surname ("Dak Prescott", "Ann Lancaster"): a country's is not ("Air India")."""
    words = sp.words
    if len(words) >= 2 and any(w in f.places or w in f.demonyms for w in words[:-1]) or \
            len(words) >= 2 and (words[-1] in f.strong_places or words[-1] in f.demonyms):
        return "ORG", 1
    return None


def organisation_by_inner_capital(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"YouTube", "PetroChina": a capital inside a word is a brand."""
    return ("ORG", 1) if any(_INNER_CAPITAL.search(w) for w in sp.words) else None


def person_by_shape(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """Two or three capitalised words with nothing else known: most often a person's name. Never one
    that opens with a kind of body ("International Seed Fund" is no one's name), nor one holding an
    acronym ("Photo ID", "Roadster GT"; initials first are none: "TJ Okafor", nor is a generation's
    number: "Dale Okafor III")."""
    words = sp.words
    if 2 <= len(words) <= 3 and all(w[0].isupper() and w.isalpha() or _is_cap(w) and w[3:].isalpha() for w in words) \
            and words[0].lower() not in lx.ORG_WORDS and not _after_the(f, sp, modified=True) \
            and not _ABSTRACT_NOUN.search(words[-1]) \
            and not any(len(w) > 1 and w.isupper() and not _ROMAN.fullmatch(w) for w in words[len(words[0]) == 2:]):
        return "PERSON", 1
    return None


_ROMAN = re.compile(r"[IVX]+")
# A generation after a person's surname: "Jr.", "Sr.", "III".
_GENERATIONS = frozenset("Jr Sr II III IV".split())
# The endings of abstract nouns, and of plural ones, which end titles of journals and bodies ("Nature
# Geoscience", "Applied Robotics", "Barclaycard Payments", "Acme Communications") and no surname.
_ABSTRACT_NOUN = re.compile(r"(?:ology|ologies|ography|iences?|ics|isms?|tions?|sions?|ments|ities|ances|ences)$")


def office_by_title(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"the Dallas Sheriff's department": a known place and a title with no name, before "'s", is an office
    (with no "'s", the place is the name: "the Ohio Governor said")."""
    words = sp.words
    last = words[-1].lower()
    if len(words) >= 2 and (last in lx.TITLE_HEADS or last in f.titles) and " ".join(words[:-1]) in f.places:
        return "ORG", 2
    return None


def person_by_initial(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"J. K. Rowling", "Pat R. Lee": a single initial with its period in a name of words."""
    words = sp.words
    if 2 <= len(words) <= 4 and any(_INITIAL.fullmatch(w) for w in words[:-1]) and words[-1].isalpha():
        return "PERSON", 2
    return None


def person_by_lone_first_name(f: "EntityFinder", sp: Span) -> tuple[str, int] | None:
    """"Maria" alone: a known given name; not after "the" ("the Libor rate", "the Maria")."""
    return ("PERSON", 1) if len(sp.words) == 1 and sp.words[0] in f.first_names and not _after_the(f, sp) else None


_SAID_AFTER_PERSON = frozenset(("said", "says", "told", "added", "explained", "wrote", "argued"))
# A possessive and a noun that only people have.
_PERSON_OWNS = re.compile(r"['’]s\s+(?:lawyer|attorney|wife|husband|son|daughter|mother|father|brother|sister|"
                          r"spokesman|spokeswoman|spokesperson|family|widow|girlfriend|boyfriend|partner)\b")
# After a name, what a leader or candidate has: "the Lee administration", "the Ruiz campaign".
_LEADER_OF_AFTER = re.compile(r"\s+(?:administration|presidency|campaign)\b")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|to|near|of|outside|across)\s+(?:the\s+)?\Z")
_INITIAL = re.compile(rf"[{UPPER}]\.")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_DOCUMENT_PARTS = frozenset(lx.word_list("document_parts"))
_LAW_WORDS = frozenset(lx.word_list("law_words"))
_EXAM_NAMES = frozenset(lx.word_list("exam_names"))
_STATE_ABBREVIATIONS = frozenset(lx.word_list("state_abbreviations"))
_DATELINE_STATES = frozenset(lx.word_list("dateline_states"))
_ANY_STATE_ABBREVIATION = _STATE_ABBREVIATIONS | _DATELINE_STATES
_PART_NUMBER = re.compile(r"[IVXLC]+|\d+[A-Za-z]?")
_NUMBER_AFTER = re.compile(r"\s+(?:\d|[IVXLC]+\b)")
_FIRST_PERSON_VERB = re.compile(r"\s+(?:do|don['’]t|did|didn['’]t|think|thought|am|have|haven['’]t|had|will|won['’]t|would|"
                                r"can|can['’]t|could|know|knew|want|wanted|believe|feel|felt|hope|mean|just|never|"
                                r"really|guess|suppose)\b|['’](?:m|ve|ll|d)\b")

TYPING_RULES = (
    event_by_first_word,
    known_people,
    known_place,
    state_after_town,
    town_after_street,
    organisation_by_leading_acronym,
    organisation_by_campaign_verb,
    person_by_cue,
    organisation_by_cue,
    organisation_by_head,
    event_by_head,
    product_by_code,
    place_by_head,
    office_by_title,
    person_by_initial,
    person_by_first_name,
    street_by_last_word,
    organisation_by_word,
    organisation_by_acronym,
    place_by_cue,
    organisation_by_place_word,
    organisation_by_inner_capital,
    person_by_shape,
    person_by_lone_first_name,
)
