"""Who said a direct quote: an ordered list of rules, each one pattern of English news.

`attribute(site)` tries `RULES` in order; the first that applies decides,
also when it decides that no one can be named (the passive "Lee heard from aides that “...”" names no one).
A rule gives (speaker, the words that name the speaker, cue) or None when its
pattern is not there. Each rule reads the document's mentions through the
resolver; none reads the text beyond the quote's paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from . import lexicon as lx
from .document import SPEAKER_TYPES, Document
from .patterns import (AUX_AT_END, NEGATED, TO_A_VERB, head_before_participle, last_clause_mark, one_of,
                       with_subject)
from .resolve import (DETERMINERS, NAME_AFTER_PREPOSITION, SETTING, UNNAMED_SPEAKER, Resolver, after_sentence_end,
                      before_sentence_end, is_passive, passive_speaker)
from .segment import UPPER, Coverage

Attribution = tuple["str | None", "str | None", "str | None"]  # speaker, speaker_mention, cue

# Quotes are placed by verbs of saying, the nouns for a statement, and the verbs that name or label
# ("calling it a “farce”"), whose quotes are often terms rather than speech.
NAMING = ("calling", "called", "described")
# ("(?<!\w)" is "\b" before a word: the engine tries it faster than a boundary that opens a pattern)
CUE_RE = re.compile(r"(?<!\w)(" + one_of(sorted(set(lx.SPEECH_VERBS) | set(lx.SPEECH_NOUNS) | set(NAMING))) + r")\b")
_SPEECH_NOUNS = frozenset(lx.SPEECH_NOUNS)

# How far from a quote its attribution is looked for, and how many cues before it are tried.
ATTRIBUTION_REACH = 300
_CUES_TRIED = 4
_FLOOR = 2000  # how far before the paragraph a pronoun's antecedent may be

_NAME = rf"[{UPPER}][\w’'.-]*(?:\s+(?:of|the|and|for|de|van|von|al)?\s*[{UPPER}][\w’'.-]*)*"
# (no determiner among its words: of "a remark the company", the phrase is "the company")
_NP = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:(?!(?:the|a|an|this|that)\s)[a-z-]+(?:[’']s)?\s+){0,3}[a-z-]+"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
_SAY = one_of(lx.SPEECH_VERBS)
_CUE_AT_END = rf"\b({_SAY})\b[^“”\"]{{0,40}}$"  # (a whole word: "Trask" holds no "ask")
_SUBJECT_BEFORE_CUE = re.compile(
    rf"({_NAME}|\b{_PRON}\b|\b{_NP})\s*,?\s*(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+|was\s+)?"
    + _CUE_AT_END)
# Its end alone, a cue near the end: a much cheaper scan, and where it finds nothing neither can the whole.
_CUE_NEAR_END = re.compile(_CUE_AT_END)
# Lower-case words between an organisation and a name: "Acme spokeswoman Pat Lee", never a preposition.
_ROLE_WORDS = r"(?:\s+(?!(?:in|on|at|of|for|to|from|with|by|and|or|after|before|during|as|when|while)\b)[a-z-]+){1,3}"
# After an inverted cue the subject runs to the clause's end: "said a spokesman for the ferry company".
_NP_AFTER = rf"(?i:{DETERMINERS}|this|that|its|his|her|their)\s+(?:[a-z-]+(?:[’']s)?\s+){{0,5}}[a-z-]+"
# Small words after an inverted cue that put the name after them out of the subject ("agreed in Astana").
_NOT_BEFORE_SUBJECT = r"(?:in|on|at|of|for|to|from|with|by|after|before|during|last|this|next|upon|since)\b"
_INVERTED_AFTER = re.compile(
    rf"^[,]?\s*({_SAY})\s+({_NAME}{_ROLE_WORDS}\s+{_NAME}|(?:(?!{_NOT_BEFORE_SUBJECT})[a-z]+\s+){{0,3}}?(?:(?:van|von|de|al|el|le|da)\s+)?{_NAME}|{_PRON}\b(?![’'])|{_NP_AFTER})")
# An article, then a name: the start of "a Harwick man", "the Lee campaign", "a senior Lee aide"; and the
# nouns that may follow such a name, before any preposition, relative or conjunction (or a participle).
_ARTICLE_THEN_NAME = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z][a-z-]+\s+){0,2}[A-Z]")
_NOUN_AFTER_NAME = re.compile(r"(?:\s+(?!(?:in|on|at|of|for|to|from|with|by|after|before|during|who|whose|which|"
                              r"that|and|or|but|as|when|while)\b|[a-z]+ed\b)[a-z][a-z-]*){1,2}(?=[\s,.;:!?]|$)")
# A character of a subject phrase; a period only after an abbreviation or initial ("Sen.", "S.D.").
_SUBJ_CH = r"(?:[A-Z][a-z]{0,3}\.|[^.,;:“”\"!?])"
_SUBJ_CH_COMMA = r"(?:[A-Z][a-z]{0,3}\.|[^.;:“”\"!?])"
_SUBJECT_AFTER = re.compile(
    rf"^[,]?\s*((?:(?:[Tt]he|[Aa]n?)\s+)?{_SUBJ_CH}{{1,60}}?|{_SUBJ_CH_COMMA}{{1,60}},{_SUBJ_CH_COMMA}{{1,40}},)\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?({_SAY})\b")
_APPOSITION_AFTER = re.compile(
    rf"^[,]?\s*((?:(?:van|von|de|al)\s+)?{_NAME})\s*,\s+(?:a|an|the|who|[a-z]+\s+of)\b[^“”\"]*?\b({_SAY})\b")
# After a name in apposition: the clause's end, or where the person works ("Pat Lee of Acme").
_NAME_END = r"(?=[,.;]|\s*$|\s+(?:of|from|at)\s)"
_POSSESSOR_AFTER = re.compile(
    rf"^[,]?\s*({_SAY})\s+({_NAME}['’]s\s+(?:[\w-]+\s+){{0,3}}[a-z-]+)(?:,\s+({_NAME}){_NAME_END})?")
# A name in apposition after a role, ending the clause: "the firm's chief, Pat Lee."
_APPOSED_NAME = re.compile(rf",\s+((?:[a-z-]+\s+){{0,2}})({_NAME}){_NAME_END}")  # (titles before: "state Sen. Pat Lee")
_NAME_RE = re.compile(rf"\s*{_NAME}")
# "“...,” read a statement from Acme", "read a statement issued by the council": written words, then their source.
_READ_FROM_AFTER = re.compile(rf"^[,]?\s*(reads?)\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}(?:{one_of(sorted(lx.SPEECH_NOUNS))})"
                              rf"\s+(?:[a-z]+\s+){{0,2}}(?:from|by)\s+(?:the\s+)?({_NAME})")
_ACCORDING_AFTER = re.compile(rf"^,?\s*(according to)\s+({_NAME}|{_NP})")
# "Pat Lee, who chairs the board, said:" / "Pat Lee, the board's chair, told reporters:" — the name
# before a phrase set off by commas is the subject, not the noun at the phrase's end.
_NAME_SET_OFF_CUE = re.compile(
    rf"({_NAME})\s*,\s*(?:who\b|whose\b|an?\s|the\s|then\s|now\s)[^,;:“”\"]*,\s*(?:also\s+|later\s+|then\s+)?"
    rf"({_SAY})\b[^“”\"]{{0,40}}$")
_ACCORDING = re.compile(r"according to\s+(.{2,60}?)\s*,?\s*$", re.I)
_CALLING = re.compile(r"\b(calling|called|calls|describing|described|describes|labelling|labeling|branding|dubbing|terming|"
                      r"referred to|referring to)\b(?:[^“”\"‘’.!?]|\.(?![\s”’\"])){0,50}$", re.I)  # (in its sentence)
_CALLING_REACH = len("referring to") + 50  # a match starts no further than this from the end
# A verb of judging, then what it judges and "as" right before the quote: "dismissed the bill as “...”".
JUDGED_AS = re.compile(rf"\b({one_of(sorted(lx.verb_forms('judging_verbs')[0]))})\b[^“”\"‘’.!?]{{0,50}}?"
                       r"\bas\s+(?:an?\s+|the\s+)?$", re.I)
_JUDGED_REACH = len("characterizing") + 70
_AS_AT_END = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$")
# The subject just before a cue in the past tense: "what he called", "what Pat Lee described as".
_SUBJECT_OF_CALLED = re.compile(rf"(?<![\w’'])((?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|{_NAME}))\s+"
                                r"(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?$")  # ("what Acme is calling")
_NP_OF_CALLED = re.compile(rf"(?<![\w’'])({_NP})\s+$")
_LEAD_CLAUSE = re.compile(r"^.*?\b(?:while|when|as|but|and|after|because|since|although|which|who|however|that)\s+")
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b")
# A predicate with no subject of its own, joined to a second verb: "praised the plan and" (before
# "predicted"). Its subject stands before it, set off by commas ("The chair, Sen. Pat Lee, praised ...").
_PREDICATE_THEN_AND = re.compile(r"\s*[a-z]+ed\s+(?:(?!(?:he|she|they|we|I|who|which|that)\b)[^,;:\s]+\s+)*?"
                                r"(?:and|but)\s*")
# A relative pronoun as the whole subject of a cue, perhaps with an adverb or auxiliary: ", who later said".
_RELATIVE_SUBJECT = re.compile(r"\s*(who|which)(?:\s+(?:also|later|then|has|had|have|previously|[a-z]+ly))*\s*")
_THEN_AND = re.compile(r"\s(?:and|but)\s*$")
_THAT = re.compile(r"\bthat\s+")
_PRONOUN_OPENS = re.compile(r"\s*(he|she|they|He|She|They)\s+[a-z]+(?:ed|[^s\s]s)?\b")
_SAID_BETWEEN = re.compile(rf"\b(?:and|but|then)\s+(?:{_SAY})\b")
_STARTS_CAPITAL = re.compile(r"\s*[A-Z]")
_QUOTE_MARKS = "“”\""
# A preposition (and a title) right before a name: "for Mr", "of the".
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|at|from|with|to|by|in|near|outside)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|the)\.?\s+)?$")
# A determiner or possessive right before a cue word: it is a noun ("the report", "the FTC's claims").
_TO_A_VERB = re.compile(rf"\s+{TO_A_VERB}")
_NOUN_BEFORE_CUE = re.compile(r"(?:\b(?:the|a|an|these|those|his|its|their|our|such)|\w['’]s)\s+$", re.I)
# A preposition right before a cue word: the word is a noun or a noun's modifier ("carried by state media",
# "in reply"), unless it is a verb's "-ing" form ("by saying", "after telling").
_PREPOSITION_BEFORE_CUE = re.compile(r"\b(?:by|of|in|on|at|from|with|for|into|about|under|over)\s+$", re.I)
NON_SPACE = re.compile(r"\S")
# After a quote, a few words that end its sentence, then a name (perhaps after its role) or pronoun and the
# cue closing it: "” while in office, Lee said.", "” for more aid, spokesman Pat Lee said."
_TAIL_THEN_SUBJECT = re.compile(
    rf"^\s+[a-z][^“”\"\n.;:,]{{0,40}},\s+((?:[a-z]+\s+){{0,3}}{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+({_SAY})\b(?=\s*[.,;]|\s*$)")
# A verb right after a cue word: the cue word was a noun, its subject ("shares being sold", "claims were").
_NOUN_CUE_NEXT = re.compile(r"\s+(?:being|are|were|is|was|have|had|will|would|rose|fell)\b")
# A word of a subject's head before its preposition ("The embassy" of "The embassy in Lisbon").
_HEAD_WORD = re.compile(r"[A-Za-z]{2,}")
# A role of a body opening a sentence, before the body's name: "The head of ", "The chair of the ".
# ("The president of the island nation of Valoa": the head is the word before the first "of")
_ROLE_OF_OPENS = re.compile(r"[\s“\"]*([Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+of\s+(?:[a-z-]+\s+){0,6}?)$")
# Pronouns for someone of a group named before: "One said ...", "Another added ...".
_SOMEONE = frozenset("one another others some several many".split())



@dataclass
class QuoteSite:
    """A direct quote in its document: the marks at o and c, and the words around it in its paragraph."""

    doc: Document
    res: Resolver
    o: int  # the opening mark
    c: int  # the closing mark
    sent_s: int  # start of the sentence the quote opens in
    para_s: int  # start of its paragraph
    before: str  # up to 160 characters of the paragraph before the opening mark
    after: str  # up to 160 characters after the closing mark; "" when the quote ended its sentence
    quoted: Coverage | None = None  # the text inside the document's quotation marks

    @classmethod
    def at(cls, doc: Document, res: Resolver, o: int, c: int, quoted: Coverage | None = None) -> "QuoteSite":
        text = doc.text
        sent_s = doc.sentence_at(o)[0]
        para_s = doc.line_at(o)[0]
        para_e = doc.line_at(c)[1]
        before = text[max(para_s, o - 160):o]
        after = text[c + 1:min(para_e, c + 160)]
        if _ends_sentence(text, o + 1, c) and _STARTS_CAPITAL.match(after):
            after = ""  # the quote ended its sentence: what follows is another one
        return cls(doc, res, o, c, sent_s, para_s, before, after, quoted)

    @property
    def quote(self) -> tuple[int, int]:
        return (self.o, self.c)

    @property
    def floor(self) -> int:
        return self.para_s - _FLOOR

    @property
    def base_before(self) -> int:
        return self.o - len(self.before)

    @property
    def base_after(self) -> int:
        return self.c + 1

    def who(self, start: int, end: int, skip_quote: bool = True) -> tuple[str | None, str | None]:
        """(speaker, words) for the subject phrase text[start:end]; after the quote, it ends with its sentence."""
        if start > self.c:
            end = before_sentence_end(self.doc.text, start, end)
        return self.res.attribution(start, end, self.floor, self.quote if skip_quote else None)


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """True when text[start:end] ends with "." or "…" and then only non-word characters."""
    k = end
    while k > start and not (text[k - 1].isalnum() or text[k - 1] == "_"):
        if text[k - 1] in ".…":
            return True
        k -= 1
    return False


# --- the rules, in the order they are tried -------------------------------------------


def _after(site: QuoteSite, m: re.Match | None, subject: int, cue: int, skip_quote: bool = True) -> Attribution | None:
    """The attribution a pattern matched right after the quote found: its subject group's speaker."""
    if m is None:
        return None
    b = site.base_after
    sp, said = site.who(b + m.start(subject), b + m.end(subject), skip_quote)
    if not (sp or said):
        # Right beside the quote, the phrase is the cue's subject for certain: when it names no one
        # ("said a spokesman for the firm", "one resident said"), no one is named.
        unnamed = UNNAMED_SPEAKER.match(m.group(subject).strip())
        said = unnamed.group(0) if unnamed else None
    return (sp, said, m.group(cue)) if sp or said else None


def said_then_speaker(site: QuoteSite) -> Attribution | None:
    """“...,” said Pat Lee / “...,” said the minister: an inverted cue right after the quote.
    “...,” said Lee’s brother, Sam: someone of Lee's, named by the apposition or not at all.
    “...,” said the club's coach, Sam Ray: the role named by the apposition.
    “...,” read a statement from Acme: what was written says it, and its source is the speaker."""
    read = _READ_FROM_AFTER.match(site.after)
    if read is not None:
        b = site.base_after
        sp, said = site.who(b + read.start(2), b + read.end(2), skip_quote=False)
        return (sp, said, read.group(1)) if sp or said else None
    m = _POSSESSOR_AFTER.match(site.after)
    if m:
        b = site.base_after
        if m.group(3):
            sp, said = site.who(b + m.start(3), b + m.end(3), skip_quote=False)
            if sp:
                return sp, said, m.group(1)
        return None, m.group(2), m.group(1)
    m = _INVERTED_AFTER.match(site.after)
    if m is not None and (m.group(1).endswith("ing") or m.group(2).startswith("that ")):
        return None  # "“...,” noting that the Senate ...": a participle, or a clause after it, has no subject there
    if m is not None and _ARTICLE_THEN_NAME.match(m.group(2)):
        noun = _NOUN_AFTER_NAME.match(site.after, m.end(2))
        if noun is not None:  # “...,” said a Harwick man / a Lee aide: the noun is who, read with the name
            b = site.base_after
            sp, said = site.who(b + m.start(2), b + noun.end(), skip_quote=False)
            return (sp, said, m.group(1)) if sp or said else None
    role_end = m.end(2) if m else 0
    if m and m.group(2).rsplit(None, 1)[-1] in ("at", "of", "for", "from", "with"):
        # "said her longtime editor at Knopf, Gary Fisk": the role reads on through the body it is of
        body = _NAME_RE.match(site.after, role_end)
        role_end = body.end() if body is not None else role_end
    named = _APPOSED_NAME.match(site.after, role_end) if m and re.match(_NP_AFTER, m.group(2)) else None
    b = site.base_after
    if named and site.res.titles_between(b + named.start(1), b + named.end(1)):
        # “...,” said the firm's chief, Pat Lee: the role and its name, read as one subject phrase
        sp, said = site.who(b + m.start(2), b + named.end(2), skip_quote=False)
        if sp:
            return sp, said, m.group(1)
    return _after(site, m, 2, 1, skip_quote=False)


def speaker_then_said(site: QuoteSite) -> Attribution | None:
    """“...,” Pat Lee said / “...,” the senator’s lawyer, Jane Roe, said: a subject, then the cue."""
    m = _SUBJECT_AFTER.match(site.after)
    if m is not None and _NOUN_CUE_NEXT.match(site.after, m.end(2)):
        return None  # "“...” – the Acme shares being sold": the cue word is a noun before its verb
    if m is not None and _woven(site) and not _CLAUSE_ENDS_NEAR.match(site.after, m.end(2)):
        # "Lee said the mayor was “confident” the council would confirm her": a fragment woven into its
        # sentence, which goes on after it; the verb there has an object of its own, and is no cue of the quote
        return None
    if m is None:  # "“...” in the budget, Lee said.": the words after the quote end its sentence first
        m = _TAIL_THEN_SUBJECT.match(site.after)
    if m is not None and (m.group(1).split(None, 1)[0].lower() in _CLAUSE_JOINERS or _THAN.search(m.group(1))):
        # "X called it “...,” and Pat Lee said ...": Lee's cue opens a clause of its own; "“trillions” more
        # than Lee admits": a comparison
        return None
    if m is not None and (NEGATED.search(site.after, max(0, m.start(2) - 20), m.start(2))
                          or m.group(1).split(None, 1)[0].lower() in _PREPOSITIONS):
        return None  # "“...” on the plan but declined to say": nothing said, and no subject after a preposition
    return _after(site, m if m and m.group(1).lower() not in ("the", "a", "an") else None, 1, 2)


def _woven(site: QuoteSite) -> bool:
    """The quote is a fragment inside its sentence: words of the sentence before the opening mark, none
    of them a colon's or comma's end, and no mark of punctuation at the quote's close."""
    text = site.doc.text
    last = text[site.c - 1] if site.c > site.o + 1 else ""
    if not last.isalnum():
        return False
    head = text[max(site.sent_s, site.para_s):site.o].rstrip()
    return bool(head) and head[-1].isalnum()


# The cue's clause ends within a few words of it: "“...” Lee said on Monday." ("Lee told reporters.")
_CLAUSE_ENDS_NEAR = re.compile(r"(?:\s+[\w’'-]+){0,3}\s*(?:[.,;!?]|$)")

_CLAUSE_JOINERS = frozenset("and but while whereas although though as".split())
_PREPOSITIONS = frozenset("on in at of for to from with about by over against".split())


def name_apposition_said(site: QuoteSite) -> Attribution | None:
    """“...,” Pat Lee, a farmer from the valley, told reporters: a name, its apposition, the cue."""
    return _after(site, _APPOSITION_AFTER.match(site.after), 1, 2)


def according_to(site: QuoteSite) -> Attribution | None:
    """According to the agency, “...” / “...,” according to Pat Lee: the named source speaks."""
    found = _after(site, _ACCORDING_AFTER.match(site.after), 2, 1, skip_quote=False)
    if found is not None:
        return found
    m = _ACCORDING.search(site.before)
    if m:
        b = site.base_before
        sp, said = site.who(b + m.start(1), b + m.end(1), skip_quote=False)
        if sp:
            return sp, said, "according to"
    return None


def calling_it(site: QuoteSite) -> Attribution | None:
    """Pat Lee condemned the plan, calling it a “...” / Pat Lee dismissed the plan as “...”: the sentence's
    subject names or judges the thing."""
    before = site.before
    m = _CALLING.search(before, max(0, len(before) - _CALLING_REACH)) or \
        (JUDGED_AS.search(before, max(0, len(before) - _JUDGED_REACH)) if _AS_AT_END.search(before) else None)
    if m and _SAID_BETWEEN.search(before, m.end(1)):
        return None  # "the mayor called her in and said “...”": the nearer cue says who said it
    if m:
        subject = _SUBJECT_OF_CALLED.search(before, max(0, m.start() - 40), m.start())
        if subject is not None and _after_preposition(site, subject.start(1), subject.end(1)):
            subject = None  # "The embassy in Lisbon called it": the name is where the subject is, not the subject
        if subject is not None:  # "what he called", "what Lee described as": the subject names the thing
            b = site.base_before
            sp, said = site.who(b + subject.start(1), b + subject.end(1), skip_quote=False)
            return (sp, said, m.group(1)) if sp or said else None
        subject = _NP_OF_CALLED.search(before, max(0, m.start() - 60), m.start())
        if subject is not None and _after_preposition(site, subject.start(1), subject.end(1)):
            subject = None
        if subject is not None:  # "the president called the ruling": that noun phrase, if it names anyone
            b = site.base_before
            sp, said = site.who(b + subject.start(1), b + subject.end(1), skip_quote=False)
            if sp or said:
                return sp, said, m.group(1)
        # else the sentence's subject: "Lee's spokesman, Pat Dunn, called it": Dunn, not Lee
        sp, said = _participle_subject(site, max(site.sent_s, site.para_s), site.base_before + m.start())
        if sp or said:
            return sp, said, m.group(1)
    return None


# A preposition, then titles at most, before a name: "a spokesman for Prime Minister ".
_PREPOSITION_THEN_TITLES = re.compile(r"\b(?:to|at|in|on|from|with|by|for|into|onto|via|of)\s+(?:the\s+)?"
                                      r"(?:[A-Z][\w.’'-]*\s+){0,4}$")


def _after_preposition(site: QuoteSite, start: int, end: int) -> bool:
    """The name at site.before[start:end] stands after a preposition, in the whole of its mention ("The embassy
    in Lisbon", "a spokesman for Prime Minister Mohammed Shia al-Sudani" for "Sudani"): where, or whose, the
    subject is, not the subject."""
    b = site.base_before
    if NAME_AFTER_PREPOSITION.search(site.before, max(0, start - 12), end):
        return True
    if site.doc.entity_at(b + start, b + end) is None:
        return False
    ms = site.doc.mention_start(b + start, b + end)
    return _PREPOSITION_THEN_TITLES.search(site.doc.text, max(ms - 60, site.sent_s, 0), ms) is not None


def name_set_off_said_before(site: QuoteSite) -> Attribution | None:
    """Pat Lee, who chairs the board, said: “...” / Pat Lee, the board’s chair, told reporters: “...”:
    a name, a phrase about them set off by commas, then the cue."""
    before = site.before
    m = _NAME_SET_OFF_CUE.search(before, max(before.rfind(q) for q in _QUOTE_MARKS) + 1)
    if m is None:
        return None
    b = site.base_before
    name_s = _in_its_sentence(site, m.start(1), m.end(1))
    if m.group(1).endswith(("’s", "'s")) or _PREPOSITION_BEFORE.search(before, max(0, name_s - 30), name_s):
        return None  # "A friend of Lee's, who ..., said": the name is inside the subject, not its head
    sp, said = site.who(b + name_s, b + m.end(1))
    return (sp, said, m.group(2)) if sp else None


def speaker_said_before(site: QuoteSite) -> Attribution | None:
    """Pat Lee said: “...” / She told reporters that the plan was “...”: subject and cue before the quote.
    A passive cue ("Lee was cautioned that “...”") names its agent, or no one."""
    # No part of the pattern crosses a quotation mark, so the search starts after the last one:
    # the same match, found without trying every position of text full of quotes.
    before = site.before
    after_marks = max(before.rfind(q) for q in _QUOTE_MARKS) + 1
    if _CUE_NEAR_END.search(before, after_marks) is None:
        return None
    m = _SUBJECT_BEFORE_CUE.search(before, after_marks)
    if not m:
        return None
    # The cue nearest the quote is its own: "Asked about Lee's comments, he said, “...”".
    later = _SUBJECT_BEFORE_CUE.search(before, m.end(2))
    while later is not None:
        if not later.group(1).endswith(("’s", "'s")):  # "the FTC's claims were": a noun, not a cue
            m = later
        later = _SUBJECT_BEFORE_CUE.search(before, later.end(2))
    if m.group(1).endswith(("’s", "'s")):
        return None
    if _THAN_BEFORE.search(before, max(0, m.start(1) - 8), m.start(1)):
        return None  # "would cost “trillions” more than Lee admits": a comparison, not who said the quote
    if _adds_the_quote(m.group(2), before[m.end(2):]):
        return None
    if any(c.group(1) not in _SPEECH_NOUNS and not c.group(1).endswith("ing") for c in CUE_RE.finditer(before, m.end(2))):
        return None  # "Holt said, as Kerr supporters chanted “...”": a verb nearer the quote, of another subject
    if site.base_before + m.start(1) < site.sent_s and CUE_RE.search(site.doc.text, site.sent_s, site.o):
        return None  # "“...,” he said. Lee, meanwhile, said: “...”": the quote's own sentence has its cue
    if m.group(2).endswith("ing") and "," in before[m.end(1):m.start(2)]:
        return None  # "blamed the harbour board, saying": the participle is the sentence subject's
    if _NOUN_CUE_NEXT.match(before, m.end(2)):
        return None  # "the Acme shares being sold": the cue word is a noun before its verb
    if m.group(2) in lx.REPORTING_BASES and m.group(1)[:1].isupper() and not m.group(1).endswith("s") \
            and " and " not in m.group(1):
        return None  # "in a Facebook post": a name is no plural subject, so its base form is a noun
    name_s = _in_its_sentence(site, m.start(1), m.end(1))
    if _PREPOSITION_BEFORE.search(before, max(0, name_s - 30), name_s):
        return None  # "A spokesman for Mr Lee said": the name is inside the subject; its head says who
    if _SUBORDINATE_BEFORE.search(before, max(0, m.start(1) - 12), m.start(1)) and \
            _STOP_BETWEEN.search(before, m.end(2)):
        return None  # "“...,” Holt said when Kerr suggested that .... “...”": Kerr's cue is of a clause, done
    b, text = site.base_before, site.doc.text
    if is_passive(text, b + m.end(1), b + m.start(2), b + m.end(2)):
        return passive_speaker(site.res, b + m.end(2), site.o, site.floor, site.quote) + (m.group(2),)
    if "," in before[m.end(1):m.start(2)]:
        found = _participle_head(site, max(site.sent_s, site.para_s), b + m.start(2))
        if found is not None:
            return (*found, m.group(2)) if found[0] or found[1] else None
    where = _WHERE_FROM.search(text, max(0, b + m.start(1) - 20), b + m.start(1))
    if where is None and "," in before[m.end(1):m.start(2)]:
        where = _SET_OFF_BEFORE.search(before, max(0, m.start(1) - 60), m.start(1))
        if where is not None:  # "Lee, campaigning in Ohio, said": the name ends a phrase set off by commas
            sp, said = _before_apposition(site, max(site.sent_s, site.para_s), b + where.start())
            return (sp, said, m.group(2)) if sp else None
    if where is None:
        # "Pat Lee of the charity Open Doors said:": a person, then the body they work for or are from
        works = _WORKS_FOR_BEFORE.search(text, max(0, b + m.start(1) - 40), b + m.start(1))
        person = site.doc.entity_at(works.start() - 1, works.start()) if works is not None else None
        if person is not None and person.type == "PERSON":
            return site.res.name(person), site.doc.mention_text(person, works.start() - 60, works.start()), m.group(2)
    if where is None and before.endswith(", ", 0, m.start(1)) and "," in before[m.end(1):m.start(2)]:
        # "Sen. Ana Ruiz, Republican of Ohio, said": a phrase set off by commas that names no person (a party,
        # a place, a body) says more of the person before it
        first = site.doc.first_mention(b + m.start(1), b + m.end(1))
        if first is not None and first[2].type != "PERSON":
            comma = b + before.index(",", m.end(1))
            sp, said = _before_apposition(site, max(site.sent_s, site.para_s), comma)
            if sp:
                return sp, said, m.group(2)
    if where is not None:
        # "Dr Lee, of the Institute for X, said:": the body is where the speaker is from
        sp, said = _before_apposition(site, max(site.sent_s, site.para_s), where.start())
        return (sp, said, m.group(2)) if sp else None
    subj_s = m.start(1)
    if before[max(0, subj_s - 4):subj_s].lower() == "the ":
        subj_s -= 4  # "the Spaniard said": the whole noun phrase, not a name
    sp, said = site.who(b + subj_s, b + m.end(1))
    if sp or said:
        return sp, said, m.group(2)
    return None


# A clause's subject, its verb and a message, right before a participle: "she had sent an email " (before
# "saying"), "Lee posted a statement " (the subject a pronoun or a name).
_SENT_A_MESSAGE_BEFORE = re.compile(
    rf"\b((?:he|she|they|we|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}))\s+(?:had\s+|has\s+|have\s+|also\s+)?"
    rf"[a-z]+\s+(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){{0,2}}(?:{one_of(sorted(lx.SPEECH_NOUNS))})\s*,?\s+$")
# "than" before a cue's subject, or among its words: "more than Lee admits".
_THAN = re.compile(r"\bthan\b")
_THAN_BEFORE = re.compile(r"\bthan\s+$")
# A conjunction that makes what follows a clause of another's sentence: "when ", "after " (before "Kerr said").
_SUBORDINATE_BEFORE = re.compile(r"\b(?:when|after|as|before|while|because|since|if|until|once|although|though)\s+$")
# A sentence's end: a stop and a space.
_STOP_BETWEEN = re.compile(r"[.!?]\s")
# An apposition that says where someone is from: ", of the Institute", ", from Acme".
_WHERE_FROM = re.compile(r",\s+(?:of|from|at|with)\s+(?:the\s+)?$")
# Without a comma, the same after a name, with a word or two of what the body is: " of the charity ",
# " at the bank ", " of " (before "Open Doors said").
_WORKS_FOR_BEFORE = re.compile(r"(?<=\w)\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
# A phrase set off by a comma that opens with a small-letter word and ends before a name:
# ", campaigning in " (before "Ohio, said").
_SET_OFF_BEFORE = re.compile(r",\s+[a-z][^,;:“”\"]*\s+$")


def clause_introduces(site: QuoteSite) -> Attribution | None:
    """Pat Lee was blunt: “...” / Lee put it simply: “...” / As Lee put it, “...”: a short clause of the
    sentence's subject introduces the quote after a colon, or "as", a subject and "put it" (or "said",
    "noted", "wrote") set off before it."""
    text = site.doc.text
    seg_s = max(site.sent_s, site.para_s)
    m = _INTRODUCED.search(text, max(seg_s, site.o - 100), site.o)
    if m is None or _QUOTE_MARK_IN.search(text, seg_s, site.o):
        return None
    if m.group("as"):
        sp, said = site.who(m.start("as"), m.end("as"))
    else:
        sp, said = _sentence_subject(site, seg_s, m.start())
        if not (sp or said) and len(text[seg_s:m.start()].split()) <= 4:
            sp, said = site.who(seg_s, m.start())  # "The mayor was blunt:": the role, if it says who
    return (sp, said, m.group("cue") or m.group("cue2")) if sp or said else None


# A short clause before the quote: "was blunt:", "put it simply:", "had a warning for the board:"; or "As Pat
# Lee put it, ".
_INTRODUCED = re.compile(
    r"(?:\s(?P<cue>put\s+it|summed\s+(?:it\s+)?up|(?:was|were)\s+(?:blunt|clear|direct|emphatic|succinct|frank|"
    r"defiant|unapologetic|more\s+\w+)|had\s+(?:a|an|this|some)\s+(?:message|warning|advice|answer|reply|"
    r"prediction|word))(?:\s+for\s+[\w\s]{1,30}?)?(?:\s+[a-z]+ly)?\s*:"
    r"|\b[Aa]s\s+(?P<as>[^,;:“”\"]{2,40}?)\s+(?P<cue2>put\s+it|said|noted|wrote)\s*,)\s*$")
_QUOTE_MARK_IN = re.compile(r"[“”\"]")


def paragraph_before_introduces(site: QuoteSite) -> Attribution | None:
    """Lee was blunt: / Lee stated, — and the quote opens the next paragraph: the introducer speaks."""
    text = site.doc.text
    if NON_SPACE.search(text, site.para_s, site.o):
        return None  # the quote does not open its paragraph
    pe = site.para_s - 1
    while pe >= 0 and text[pe].isspace():
        pe -= 1
    if pe < 0 or text[pe] not in ":,":
        return None
    tail_s = max(0, pe - 160)
    tail = text[tail_s:pe + 1]
    m = _SUBJECT_BEFORE_CUE.search(tail, max(tail.rfind(q) for q in _QUOTE_MARKS) + 1)
    if m is not None and not is_passive(text, tail_s + m.end(1), tail_s + m.start(2), tail_s + m.end(2)):
        sp, said = site.who(tail_s + m.start(1), tail_s + m.end(1))
        if sp or said:
            return sp, said, m.group(2)
    if text[pe] == ":":
        sp, said = _sentence_subject(site, site.doc.sentence_start(pe), pe)
        if sp:
            return sp, said, None
    return None


def cue_earlier_in_sentence(site: QuoteSite) -> Attribution | None:
    """A reporting verb earlier in the quote's sentence, the nearest first: its subject speaks.
    A participle (", adding ...", "a statement saying ...") has the sentence's subject; a passive
    cue its agent; ", said" after an apposition the name before the apposition."""
    doc, res, text = site.doc, site.res, site.doc.text
    seg_s = max(site.sent_s, site.para_s)
    cues = list(CUE_RE.finditer(text, max(seg_s, site.o - ATTRIBUTION_REACH), site.o))[-_CUES_TRIED:]
    quoted = site.quoted
    for cm in reversed(cues):
        cue = cm.group(1)
        if cue in _SPEECH_NOUNS or quoted is not None and quoted.of(cm.start(), cm.end()) or \
                _NOUN_BEFORE_CUE.search(text, max(seg_s, cm.start() - 20), cm.start()):
            continue  # a noun ("the FTC's claims", "the report"), or the words of another quote
        if not cue.endswith("ing") and _PREPOSITION_BEFORE_CUE.search(text, max(seg_s, cm.start() - 8), cm.start()):
            continue  # "carried by state media": a noun's modifier, no verb
        if _adds_the_quote(cue, text[cm.end():site.o]):
            continue  # "had added “new conditions”": the quote is what was added
        if cue.startswith("continu") and _TO_A_VERB.match(text, cm.end()):
            continue  # "would continue to support": what someone goes on doing ("..., he continued" says)
        if cue.endswith("ing") and cue not in NAMING:
            sp, said = _participle_subject(site, seg_s, cm.start())
            if sp or said:
                return sp, said, cue
            continue
        head_s = max(seg_s, cm.start() - 80)
        head = text[head_s:cm.start()]
        cut = last_clause_mark(head)
        subj_s = head_s + cut + 1 if cut >= 0 else head_s
        relative = _RELATIVE_SUBJECT.fullmatch(text, subj_s, cm.start()) if cut >= 0 and text[subj_s - 1] == "," else None
        if relative is not None:
            # "activist Pat Lee, who said in an interview that “...”": the name the relative clause hangs on
            named = res.relative_antecedent(seg_s, subj_s - 1, relative.group(1))
            if named is not None:
                return res.name(named), doc.mention_text(named, seg_s, subj_s), cue
            continue
        lead = _LEAD_CLAUSE.match(text[subj_s:cm.start()])
        if lead and lead.end() < cm.start() - subj_s:
            subj_s += lead.end()
        aux = AUX_AT_END.search(text[subj_s:cm.start()])
        subj_e = subj_s + aux.start() if aux else cm.start()
        if is_passive(text, subj_s, cm.start(), cm.end()):
            sp, said = passive_speaker(res, cm.end(), site.o, site.floor, site.quote)
            if sp or said:
                return sp, said, cue
            continue
        if not text[subj_s:subj_e].strip() and cut >= 0 and cm.start() - seg_s <= ATTRIBUTION_REACH:
            found = _participle_head(site, seg_s, cm.start())
            if found is not None:
                if found[0] or found[1]:
                    return (*found, cue)
                continue
            sp, said = _before_apposition(site, seg_s, subj_s - 1)
            if sp:
                return sp, said, cue
            continue
        if cut >= 0 and _PREDICATE_THEN_AND.fullmatch(text, subj_s, subj_e):
            # "The chair, Sen. Pat Lee, R-Ohio, praised the plan and predicted “...”": the second verb of
            # a subject set off before the first
            sp, said = _before_apposition(site, seg_s, subj_s - 1)
            if sp:
                return sp, said, cue
            continue
        if _THEN_AND.search(text, subj_s, subj_e):
            # "told jurors that the mayor had walked in and said": the second verb of the clause's subject
            # (when no mark was found in reach, from the last "that" of the sentence, or from its start)
            clause_s = subj_s
            reported_that = False
            if cut < 0:
                clause_s = seg_s
                for that in _THAT.finditer(text, seg_s, cm.start()):
                    clause_s = that.end()
                # (a second "that" after the second cue, as after the first: "told the crowd that ... and predicted
                # that ..."; but "had walked in and said, “...”" tells what the one told of did)
                reported_that = clause_s > seg_s and text.startswith(" that ", cm.end()) and \
                    CUE_RE.search(text, seg_s, clause_s) is not None
            opener = res.clause_person(clause_s, cm.start(), site.floor)
            if opener is not None and (opener[0] or opener[1]):
                if reported_that and opener[0] != _sentence_subject(site, seg_s, clause_s)[0]:
                    # "He told the crowd that Lee had lied and predicted that ...": the teller, or the one told of,
                    # goes on; the words do not say which
                    return None, None, cue
                return (*opener, cue)
            pronoun = _PRONOUN_OPENS.match(text, clause_s, cm.start())
            if pronoun is not None:
                # "she called Lee “a failed mayor” and said ...": the pronoun that opens the clause, not a name
                # after its first verb
                sp, said = site.who(pronoun.start(1), pronoun.end(1))
                if sp or said:
                    return sp, said, cue
        sp, said = site.who(subj_s, subj_e)
        if sp:
            return sp, said, cue
        if said:
            return None, said, cue  # a subject that names no one ("Lee's lawyer said"), not a name inside it
        ent = res.last_before(cm.start(), SPEAKER_TYPES, subj_s)
        if ent is not None:
            return res.name(ent), doc.mention_text(ent, subj_s, cm.start()), cue
        subject = text[subj_s:subj_e].strip(" ,")
        if (subject.lower() in _SOMEONE or UNNAMED_SPEAKER.fullmatch(subject)) and \
                cm.start() - seg_s <= ATTRIBUTION_REACH:
            return None, subject, cue  # "One said the candidate could “wing it”": someone, not named
    return None


RULES: tuple[Callable[[QuoteSite], Attribution | None], ...] = (
    said_then_speaker,
    speaker_then_said,
    name_apposition_said,
    according_to,
    calling_it,
    name_set_off_said_before,
    speaker_said_before,
    clause_introduces,
    paragraph_before_introduces,
    cue_earlier_in_sentence,
)


def attribute(site: QuoteSite) -> Attribution:
    """(speaker, the words naming them, cue) of a direct quote; the speaker is None when not clear."""
    for rule in RULES:
        found = rule(site)
        if found is not None:
            return found
    return None, None, None


# --- helpers of the rules ------------------------------------------------------------


def _participle_head(site: QuoteSite, seg_s: int, cue_s: int) -> tuple[str | None, str | None] | None:
    """(speaker, words) of the head of a sentence opening at seg_s (after any setting) when a participle's
    phrase set off after it holds a name set off in turn, right before the cue at cue_s: "The nominee,
    appearing with her running mate, Sen. Pat Lee, said" is the nominee's, not Lee's. None otherwise."""
    text = site.doc.text
    opener = SETTING.match(text, seg_s, cue_s)
    head = head_before_participle(text, opener.end() if opener is not None else seg_s, cue_s)
    return site.who(*head) if head is not None else None


def _in_its_sentence(site: QuoteSite, start: int, end: int) -> int:
    """Where a run of capitalised words at site.before[start:end] opens in its own sentence: a name
    pattern may run on from the sentence before ("... aides to Trump. Glen Caplin, a spokesman, said")."""
    b = site.base_before
    return after_sentence_end(site.doc.text, b + start, b + end) - b


def _adds_the_quote(cue: str, between: str) -> bool:
    """"had added “new conditions”": "add" with the quote right after it, no comma or colon between, takes the
    quoted words as its object; it is no verb of saying ("he added: “...”", "“...,” he added" are)."""
    return cue in ("add", "adds", "added", "adding") and not between.strip()


def _participle_subject(site: QuoteSite, seg_s: int, end: int) -> tuple[str | None, str | None]:
    """Who says what a participle at `end` says: the subject after ", with" ("..., with its chief, Pat
    Lee, saying"), or else the sentence's."""
    sender = _SENT_A_MESSAGE_BEFORE.search(site.doc.text, max(seg_s, end - 120), end)
    if sender is not None:
        # "... pressed Kerr on why she had sent an email saying “...”": the one who sent it says it
        return site.who(sender.start(1), sender.end(1))
    found = with_subject(site.doc.text, seg_s, end)
    if found is None:
        return _sentence_subject(site, seg_s, end)
    sp, said = site.who(*found)
    return (sp, said) if sp or said else (None, site.doc.text[found[0]:found[1]].strip(" ,"))


def _sentence_subject(site: QuoteSite, seg_s: int, end: int) -> tuple[str | None, str | None]:
    """The subject of the sentence that starts at seg_s: its first name, or a pronoun before it."""
    seg_s = max(site.res.after_dateline(seg_s, end), end - ATTRIBUTION_REACH)  # ("NAIROBI, Kenya — The ...")
    first = site.doc.first_mention(seg_s, end)
    while first is not None and site.quoted is not None and site.quoted.of(first[0], first[1]):
        first = site.doc.first_mention(first[1], end)  # (a name said in a quote is no subject: "“Lee is right,” he said")
    span = site.res.past_possessed_role(seg_s, first, end)
    pron = _SUBJECT_PRONOUN.search(site.doc.text, seg_s, span[0] if span else end)
    if pron is not None:
        return site.who(pron.start(), pron.end())
    named = site.res.indefinite_named(seg_s, end)
    if named is not None:
        return site.res.name(named[2]), site.doc.text[named[0]:named[1]]  # "A union official, Pat Lee, ..., saying"
    someone = site.res.indefinite_subject(seg_s, span[0] if span is not None else end)
    if someone is not None:
        return None, someone  # "A federal judge on Friday blocked a Texas law, calling it ...": not named
    if span is None:
        return None, None
    span = site.res.phrase_head(span, end)
    text = site.doc.text
    if text.startswith(("’s ", "'s "), span[1]):
        return None, None  # "The FBI's director ..., saying": someone of the FBI's, not named
    role_of = _ROLE_OF_OPENS.match(text, seg_s, span[0])
    if role_of is not None:  # "The head of Acme, Pat Lee, condemned ..., saying"
        comma = text.find(",", span[1], min(end, span[1] + 80))  # (the "of" phrase may go on: "of the nation of X,")
        named = site.doc.first_mention(comma + 1, min(end, comma + 80), ("PERSON",)) if comma >= 0 else None
        if named is not None and not text[comma + 1:named[0]].strip() and text.startswith(",", named[1]):
            return site.res.name(named[2]), text[named[0]:named[1]]
        if role_of.group(2) in lx.TITLE_HEADS:  # "The president of Valoa said": a person of the place, not named
            return None, text[role_of.start(1):span[1]]
    located = NAME_AFTER_PREPOSITION.search(text, max(seg_s, span[0] - 12), span[1])
    if located is not None and located.start() < span[0] and _HEAD_WORD.search(text, seg_s, located.start()):
        # "The embassy in Lisbon called it ...": the first name is where the subject is, or whose; the head
        # before the preposition, read with it, says who
        return site.who(seg_s, span[1])
    if site.res.modifies(span[0], span[1], end):
        return None, site.res.modified(span[0], span[1])  # "The Lee administration ..., saying": not Lee
    role = site.res.role_after_name(seg_s, span, end, site.floor)
    if role is not None:
        return role  # "The Republican governor vetoed it, calling it ...": the governor
    return site.res.name(span[2]), site.doc.text[span[0]:span[1]]


_OF_THEN = re.compile(r" of (?=[A-Z])")


def _place_is_the_rest(doc: Document, start: int, end: int) -> bool:
    """From `start` to `end` stands " of " and one place: where the person named before is from."""
    of = _OF_THEN.match(doc.text, start, end)
    place = doc.first_mention(of.end(), end, ("PLACE",)) if of is not None else None
    return place is not None and place[0] == of.end() and place[1] == end


def _before_apposition(site: QuoteSite, seg_s: int, comma: int) -> tuple[str | None, str | None]:
    """The speaker named before an apposition that ends at `comma` ("Pat Lee, then her adviser, said"):
    the comma-separated phrases before the apposition, nearest first, the first that names someone."""
    text = site.doc.text
    seg_s = max(seg_s, comma - ATTRIBUTION_REACH)
    end = text.rfind(",", seg_s, comma)
    # "Florida's governor, Ron DeSantos, told": the phrase set off is itself a person's name after a role,
    # perhaps with the place the person is from ("the chair, Pat Lee of Utah, said")
    if end > seg_s:
        named = site.doc.first_mention(end + 1, comma, ("PERSON",))
        if named is not None and not text[end + 1:named[0]].strip() and (
                not text[named[1]:comma].strip() or _place_is_the_rest(site.doc, named[1], comma)):
            return site.res.name(named[2]), text[named[0]:named[1]]
    while end > seg_s:
        start = max(text.rfind(",", seg_s, end) + 1, seg_s)
        sp, said = site.who(start, end)
        if sp:
            return sp, said
        end = start - 1
    return None, None
