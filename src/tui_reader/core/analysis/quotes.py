"""Direct quotations and reported speech, with speakers.

Direct quotes are found by pairing quotation marks (curly or straight,
double or single; a paragraph that opens with a mark continues an unclosed
quote). Short quoted words with no reporting verb near them are scare quotes
and skipped. A speaker is the subject of the reporting verb beside the
quote ("X said", inverted "said X", "according to X", "calling it"),
resolved through pronouns and roles to the person named before.
"""

from __future__ import annotations

import bisect
import re

from . import lexicon as lx
from .model import Entity, Quote
from .patterns import one_of
from .segment import ABBREVIATIONS, Coverage

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SPACE_BEFORE = set(" \t\n([{—–-/")

# Quotes are placed by verbs of saying, the nouns for a statement, and the verbs that name or label
# ("calling it a “farce”"), whose quotes are often terms rather than speech.
_NAMING = ("calling", "called", "described")
_CUE_WORDS = sorted(set(lx.SPEECH_VERBS) | set(lx.SPEECH_NOUNS) | set(_NAMING))
_CUE = one_of(_CUE_WORDS)
_CUE_RE = re.compile(rf"\b({_CUE})\b")
_SPEECH_NOUNS = frozenset(lx.SPEECH_NOUNS)
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "GROUP", "it": "GROUP", "we": "GROUP", "i": "PERSON"}
_ROLE_NP = re.compile(r"\b(?:the|a|an|this|that)\s+((?:[a-z-]+(?:[’']s)?\s+){0,3}([a-z-]+))$", re.I)
_SCARE_CUES = re.compile(
    r"\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|dubb(?:ed|ing)|term(?:ed|ing)|brand(?:ed|ing)|label+(?:ed|ing)|"
    r"refer(?:red|ring|s)? to|said|says|told|added|as an?|as the)\b[^.“”\"]{0,60}$",
    re.I,
)


_NEWLINE = re.compile("\n")
_MARK = re.compile(r"[“„«\"‘']")


def _pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotation marks; close is the closing mark's index."""
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while True:
        m = _MARK.search(text, pos)
        if m is None:
            break
        i = m.start()
        c = text[i]
        prev = text[i - 1] if i else " "
        kind = None
        if c in _DOUBLE_OPEN:
            kind = "d"
        elif c == '"' and (prev in _SPACE_BEFORE or prev in "“‘'"):
            kind = "d"
        elif c == "‘" and not prev.isalnum():
            kind = "s"
        elif c == "'" and prev in _SPACE_BEFORE and i + 1 < n and text[i + 1].isalnum():
            kind = "s"
        close = _find_close(text, i, kind) if kind else None
        if close is None:
            pos = i + 1
            continue
        out.append((i, close))
        pos = close + 1
    return out


_STOP_D = re.compile(r"[\n”»\"“„«]")
_STOP_S = re.compile(r"[\n’'“„«‘]")


def _find_close(text: str, start: int, kind: str) -> int | None:
    n = len(text)
    j = start + 1
    limit = min(n, start + _QUOTE_REACH)
    stops = _STOP_D if kind == "d" else _STOP_S
    while j < limit:
        m = stops.search(text, j, limit)
        if m is None:
            return None
        j = m.start()
        c = text[j]
        if c == "\n":
            # Paragraph break: the quote goes on only if the next paragraph opens with a mark.
            k = j
            while k < n and text[k] == "\n":
                k += 1
            nxt = text[k] if k < n else ""
            if kind == "d" and nxt in _DOUBLE_OPEN + '"':
                j = k + 1
                continue
            if kind == "s" and nxt in "‘'":
                j = k + 1
                continue
            return None if j - start < 2 else _unclosed(text, start, j)
        if kind == "d":
            if c in _DOUBLE_CLOSE:
                return j
            if c == '"':
                prev = text[j - 1]
                if prev in _SPACE_BEFORE and j + 1 < n and text[j + 1].isalnum():
                    k = j - 1
                    while k > start and text[k].isspace():
                        k -= 1
                    if text[k] in ".!?…" and _closes_later(text, j + 1):
                        j += 1
                        continue  # a run-in new paragraph of the same quote
                    return _unclosed(text, start, j)  # a new quote opens: the old one never closed
                return j
            if c in _DOUBLE_OPEN:
                return _unclosed(text, start, j)
        else:
            if c in "’'":
                after = text[j + 1] if j + 1 < n else " "
                before = text[j - 1]
                if after.isalnum():
                    j += 1
                    continue  # apostrophe inside a word
                if before == "s" and after == " " and j + 2 < n and text[j + 2].islower() and \
                        _has_close_later(text, j + 1):
                    j += 1
                    continue  # plural possessive ("the players’ union")
                if not before.isspace():
                    return j
            if c in _DOUBLE_OPEN or c == "‘" and not text[j - 1].isalnum():
                return None  # another quotation opens before this one closed
        j += 1
    return None


# How far ahead a quotation may look for its closing mark: the reach of `_find_close`.
_QUOTE_REACH = 6000
# How far back from a quotation its attribution is looked for, whatever the length of the sentence.
_ATTRIBUTION_REACH = 300
# How many reporting verbs before a quotation are tried as its attribution, nearest first.
_CUES_TRIED = 4
# A cue after a quoted fragment attributes it only from near by: a verb at the far end of the
# sentence ("the word “irony” refers to the case ..., claiming that ...") belongs to another clause.
_SHORT_QUOTE_CUE_AFTER = 100


def _to_paragraph_end(text: str, pos: int) -> str:
    """The text from pos to the end of its paragraph, at most `_QUOTE_REACH` characters."""
    limit = min(len(text), pos + _QUOTE_REACH)
    end = text.find("\n", pos, limit)
    return text[pos:end if end >= 0 else limit]


def _closes_later(text: str, pos: int) -> bool:
    """True when a straight double quote that closes comes before the paragraph ends."""
    seg = _to_paragraph_end(text, pos)
    return re.search(r'[^\s]"', seg) is not None


def _has_close_later(text: str, pos: int) -> bool:
    seg = _to_paragraph_end(text, pos)
    return re.search(r"[^\s][’'](?![\w])", seg) is not None


def _unclosed(text: str, start: int, stop: int) -> int | None:
    """An unclosed quote ends before `stop`; return the index of a virtual closing mark."""
    k = stop
    while k > start + 1 and text[k - 1].isspace():
        k -= 1
    return k if k - start > 1 else None


_SPEAKER_TYPES = ("PERSON", "ORG", "PLACE", "NORP")
_STOP_THEN_CAPITAL = re.compile(r"([\w.]+)[.!?…][\"”’')]*\s+(?=[\"“‘(]*[A-Z])")


def _after_sentence_end(text: str, start: int, end: int) -> int:
    """Where a phrase starts once any part of it before a sentence end is left out
    ("Friday. She" gives "She"); abbreviations and initials do not end a sentence."""
    cut = start
    for m in _STOP_THEN_CAPITAL.finditer(text, start, end):
        word = m.group(1).lower().rstrip(".")
        if word in ABBREVIATIONS or len(word) == 1:
            continue
        cut = m.end()
    return cut


# How far back a pronoun or role looks for the one it stands for, and for a rival that
# would make it unclear (the sentence before, but never further than this).
_ANTECEDENT_REACH = 5000
_RIVAL_REACH = 600


class _Resolver:
    """Maps offsets to entities, and pronouns or roles to the person meant."""

    def __init__(self, text: str, entities: list[Entity], sentences: list[tuple[int, int]] | None = None):
        self.text = text
        self.sentence_starts = [s for s, _ in sentences or []]
        spans = []
        for e in entities:
            for m in e.mentions:
                spans.append((m.start, m.end, e))
        spans.sort(key=lambda x: x[0])
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.country_of = lx.country_of_demonym()
        self.genders = lx.first_name_genders()
        self._gender: dict[int, str] = {}
        self._by_types: dict[tuple[str, ...], tuple[list[int], list[tuple[int, int, Entity]]]] = {}

    def gender(self, ent: Entity) -> str:
        g = self._gender.get(id(ent))
        if g is None:
            roles = {r.split()[0].rstrip(".").lower() for r in ent.roles if r}
            if roles & {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "madam"}:
                g = "F"
            elif roles & {"mr", "sir", "lord", "king", "prince"}:
                g = "M"
            else:
                g = self.genders.get(ent.name.split()[0], "?")
            self._gender[id(ent)] = g
        return g

    def entity_at(self, start: int, end: int) -> Entity | None:
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.spans[i][1] > start:
            s, e, ent = self.spans[i]
            if s < end and e > start:
                return ent
            i -= 1
        return None

    def _of_types(self, types: tuple[str, ...]) -> tuple[list[int], list[tuple[int, int, Entity]]]:
        """The mentions of entities of these types only, with their starts (built once per types)."""
        found = self._by_types.get(types)
        if found is None:
            spans = [sp for sp in self.spans if sp[2].type in types]
            found = self._by_types[types] = ([sp[0] for sp in spans], spans)
        return found

    def last_before(self, pos: int, types: tuple[str, ...], floor: int = 0, gender: str | None = None,
                    skip: tuple[int, int] | None = None) -> Entity | None:
        """The entity of one of the types mentioned last before pos (and not before floor)."""
        starts, spans = self._of_types(types)
        floor = max(floor, pos - _ANTECEDENT_REACH)
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and spans[i][0] >= floor:
            s, e, ent = spans[i]
            i -= 1
            if e > pos or (skip and skip[0] <= s < skip[1]):
                continue
            if gender is None or ent.type != "PERSON":
                return ent
            if self.gender(ent) in (gender, "?"):
                return ent
        return None

    def _window_start(self, pos: int) -> int:
        """The start of the sentence before the one holding pos: how far a pronoun's rivals are looked for."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 2
        return self.sentence_starts[i] if i >= 0 else 0

    def antecedent(self, pos: int, types: tuple[str, ...], floor: int, gender: str | None,
                   skip: tuple[int, int] | None = None) -> Entity | None:
        """What a pronoun stands for: the last entity that agrees with it, unless another one that
        also agrees was named in this sentence or the one before (then it is not clear, and None)."""
        first = self.last_before(pos, types, floor, gender, skip)
        if first is None:
            return None
        window = max(self._window_start(pos), pos - _RIVAL_REACH)
        starts, spans = self._of_types(types)
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and spans[i][0] >= window:
            s, e, ent = spans[i]
            i -= 1
            if ent is first or ent.name == first.name or e > pos or (skip and skip[0] <= s < skip[1]):
                continue
            if ent.type != "PERSON" or gender is None or self.gender(ent) in (gender, "?"):
                return None  # two it could be: two people, or two organisations or places for "it"
        return first

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
        start = _after_sentence_end(self.text, start, end)  # a subject never reaches into the sentence before
        phrase = self.text[start:end].strip(" ,")
        words = phrase.split()
        while len(words) > 1 and (words[0].lower() in ("however", "but", "and", "so", "yet", "then", "also")
                                  or words[0].lower().endswith("ly")):
            start = self.text.index(words[1], start + len(words[0]))
            words = words[1:]
        while len(words) > 1 and (words[-1].lower().endswith("ly") or words[-1].lower() in ("also", "then", "therefore", "later")):
            words = words[:-1]
        phrase = " ".join(words)
        if not phrase:
            return None, None
        low = phrase.lower()
        if low in _PRONOUNS:
            types = ("PERSON",) if _PRONOUNS[low] == "PERSON" else ("ORG", "PLACE", "NORP")
            gender = {"he": "M", "she": "F"}.get(low)
            return self.name(self.antecedent(start, types, max(0, floor), gender, quote)), phrase
        ent = self.entity_at(start, end)
        if ent is not None:
            # The subject is the last name in the phrase ("Russian Defense Minister Andrey Belousov").
            i = bisect.bisect_right(self.starts, end) - 1
            while i >= 0 and self.spans[i][0] >= start:
                if self.spans[i][1] <= end + 1:
                    s, e, cand = self.spans[i]
                    if cand.type in ("PERSON", "ORG", "PLACE", "NORP"):
                        if cand.type == "NORP" and re.search(r"\b(government|officials?|ministry|state)\b", low):
                            return self.name(cand), self.text[s:e]
                        if cand.type != "NORP":
                            # prefer the head of "X of Y": the first name in the phrase when it is a person
                            first = self._first_span_in(start, end)
                            if first is not None and first[2].type == "PERSON":
                                return first[2].name, self.text[first[0]:first[1]]
                            return cand.name, self.text[s:e]
                i -= 1
            if ent.type not in _SPEAKER_TYPES:
                return None, None  # a date or an amount says nothing
            return self.name(ent), self._mention_text(ent, start, end) or phrase
        m = _ROLE_NP.search(phrase)
        if m and ("’s " in m.group(1) or "'s " in m.group(1)):
            return None, m.group(0)  # "the senator’s lawyer": someone other than the senator, not named
        if m and m.group(2).lower() in lx.TITLE_HEADS:
            return self.name(self.role_antecedent(start, m.group(2).lower(), max(0, floor))), m.group(0)
        return None, None

    def role_antecedent(self, pos: int, head: str, floor: int) -> Entity | None:
        """Who "the minister" at pos is: the last person titled so ("Minister Pat Lee"); else the
        person a pronoun would be, looked for before this sentence only: a definite description does
        not name someone named earlier in its own sentence ("Lee was told by the minister")."""
        starts, spans = self._of_types(("PERSON",))
        i = bisect.bisect_left(starts, pos) - 1
        lowest = max(floor, pos - _ANTECEDENT_REACH)
        while i >= 0 and spans[i][0] >= lowest:
            ent = spans[i][2]
            if any(head in role.lower().split() for role in ent.roles):
                return ent
            i -= 1
        j = bisect.bisect_right(self.sentence_starts, pos) - 1
        sentence_start = self.sentence_starts[j] if j >= 0 else 0
        return self.antecedent(sentence_start, ("PERSON",), floor, None)

    def _mention_text(self, ent: Entity, start: int, end: int) -> str | None:
        """The words of a mention of `ent` inside [start, end), found through the sorted spans."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, other = self.spans[i]
            if other is ent:
                return self.text[s:e]
            i += 1
        return None

    def _first_span_in(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][2].type in ("PERSON", "ORG", "PLACE", "NORP"):
                return self.spans[i]
            i += 1
        return None

    def _first_in(self, start: int, end: int) -> Entity | None:
        span = self._first_span_in(start, end)
        return span[2] if span else None


_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of|the|and|for|de|van|von|al)?\s*[A-Z][\w’'.-]*)*"
_NP = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z-]+(?:[’']s)?\s+){0,3}[a-z-]+"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
_SAY = one_of(lx.SPEECH_VERBS)
_SUBJECT_BEFORE_CUE = re.compile(
    rf"({_NAME}|\b{_PRON}\b|\b{_NP})\s*,?\s*(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+|was\s+)?"
    rf"({_SAY})\b[^“”\"]{{0,40}}$"
)
_INVERTED_AFTER = re.compile(
    rf"^[,]?\s*({_SAY})\s+((?:[a-z]+\s+){{0,3}}?(?:(?:van|von|de|al|el|le|da)\s+)?{_NAME}|{_PRON}|{_NP})")
_SUBJECT_AFTER = re.compile(
    rf"^[,]?\s*([^.,;:“”\"!?]{{1,60}}?|[^.;:“”\"!?]{{1,40}},[^.;:“”\"!?]{{1,25}},)\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?({_SAY})\b")
_APPOSITION_AFTER = re.compile(rf"^[,]?\s*((?:(?:van|von|de|al)\s+)?{_NAME})\s*,\s+(?:a|an|the|who|[a-z]+\s+of)\b[^“”\"]*?\b({_SAY})\b")
_ACCORDING = re.compile(r"according to\s+(.{2,60}?)\s*,?\s*$", re.I)
_CALLING = re.compile(r"\b(calling|called|describing|described|labelling|labeling|branding|dubbing|terming|"
                      r"referred to|referring to)\b[^“”\"]{0,50}$", re.I)
_CALLING_REACH = len("referring to") + 50  # a match starts no further than this from the end


def find_direct(text: str, sentences: list[tuple[int, int]], res: _Resolver) -> list[Quote]:
    quotes: list[Quote] = []
    starts = [s for s, _ in sentences]
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    prev_speaker: str | None = None
    prev_end = -10
    for o, c in _pairs(text):
        inner_s, inner_e = o + 1, c
        inner = text[inner_s:inner_e]
        body = inner.strip()
        if not any(ch.isalnum() for ch in body):
            continue  # nothing said: marks alone, or only punctuation between them
        inner_s += len(inner) - len(inner.lstrip())
        inner_e -= len(inner) - len(inner.rstrip())
        words = body.split()
        si = max(bisect.bisect_right(starts, o) - 1, 0)
        sent_s = sentences[si][0] if sentences else 0
        b = bisect.bisect_left(breaks, o)
        para_s = breaks[b - 1] + 1 if b else 0
        b = bisect.bisect_left(breaks, c)
        para_e = breaks[b] if b < len(breaks) else len(text)
        before = text[max(para_s, o - 160):o]
        after = text[c + 1:min(para_e, c + 160)]
        is_short = len(words) <= 4 and not re.search(r"[.!?…,;:]['’\"”]?$", body)
        if is_short:
            sent_e = sentences[si][1] if sentences else len(text)
            around = text[max(sent_s, para_s, o - _ATTRIBUTION_REACH):o] + " " + \
                text[c + 1:min(sent_e, c + 1 + _SHORT_QUOTE_CUE_AFTER)]
            passive = re.search(r"\bbeen\s+(?:called|described|termed|dubbed|labell?ed|branded)\b|so-called\s*$",
                                text[max(sent_s, para_s, o - _ATTRIBUTION_REACH):o])
            if passive or not (_SCARE_CUES.search(before) or _CUE_RE.search(_strip_quoted(around))):
                continue  # scare quotes or a quoted term
        speaker, said, cue = _attribute(text, o, c, before, after, sent_s, para_s, res)
        if speaker is None and cue is None and prev_speaker and (
                prev_end > para_s or o - prev_end < 600 and _NON_SPACE.search(text, para_s, o) is None):
            speaker = prev_speaker  # a quote after an attributed one, in its paragraph or opening the next
        quotes.append(Quote("direct", text[inner_s:inner_e], inner_s, inner_e, speaker, cue, said))
        if speaker:
            prev_speaker = speaker
        prev_end = c + 1
    return quotes


def _strip_quoted(s: str) -> str:
    return _QUOTED_PART.sub(" ", s)


# An opening mark, then no other opening mark, then a closing one: linear however the marks nest.
_QUOTED_PART = re.compile(r"[“\"‘][^”\"’“‘]*+[”\"’]")


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """True when text[start:end] ends with "." or "…" and then only non-word characters."""
    k = end
    while k > start and not (text[k - 1].isalnum() or text[k - 1] == "_"):
        if text[k - 1] in ".…":
            return True
        k -= 1
    return False


def _attribute(text, o, c, before, after, sent_s, para_s, res: _Resolver) -> tuple[str | None, str | None, str | None]:
    """(speaker, the words naming them, cue) of a direct quote; the speaker is None when not clear."""
    base_after = c + 1
    if _ends_sentence(text, o + 1, c) and re.match(r"\s*[A-Z]", after):
        after = ""  # the quote ended its sentence: what follows is another one
    m = _INVERTED_AFTER.match(after)
    if m:
        sp, said = res.attribution(base_after + m.start(2), base_after + m.end(2), para_s - 2000)
        if sp or said:
            return sp, said, m.group(1)
    m = _SUBJECT_AFTER.match(after)
    if m and m.group(1).lower() not in ("the", "a", "an"):
        sp, said = res.attribution(base_after + m.start(1), base_after + m.end(1), para_s - 2000, (o, c))
        if sp or said:
            return sp, said, m.group(2)
    m = _APPOSITION_AFTER.match(after)
    if m:
        sp, said = res.attribution(base_after + m.start(1), base_after + m.end(1), para_s - 2000, (o, c))
        if sp or said:
            return sp, said, m.group(2)
    base_before = o - len(before)
    m = _ACCORDING.search(before)
    if m:
        sp, said = res.attribution(base_before + m.start(1), base_before + m.end(1), para_s - 2000)
        if sp:
            return sp, said, "according to"
    m = _CALLING.search(before, max(0, len(before) - _CALLING_REACH))
    if m:
        # "X ..., calling it a “...”": the subject is the first name of the sentence.
        start = max(sent_s, para_s, o - _ATTRIBUTION_REACH)
        ent = res._first_in(start, base_before + m.start())
        if ent is not None:
            return res.name(ent), res._mention_text(ent, start, base_before + m.start()), m.group(1)
    m = _SUBJECT_BEFORE_CUE.search(before)
    if m and _is_passive(text, base_before + m.end(1), base_before + m.start(2), base_before + m.end(2)):
        return _passive_speaker(text, base_before + m.end(2), o, para_s, (o, c), res) + (m.group(2),)
    if m:
        sp, said = res.attribution(base_before + m.start(1), base_before + m.end(1), para_s - 2000, (o, c))
        if sp or said:
            return sp, said, m.group(2)
    # A reporting verb anywhere earlier in the same sentence: its subject speaks.
    seg_s = max(sent_s, para_s)
    for cm in reversed(list(_CUE_RE.finditer(text, max(seg_s, o - _ATTRIBUTION_REACH), o))[-_CUES_TRIED:]):
        if cm.group(1) in _SPEECH_NOUNS:
            continue
        if cm.group(1).endswith("ing") and cm.group(1) not in _NAMING:
            # A participle (", adding ...", "a statement saying ...") has the sentence's subject.
            sp, said = _sentence_subject(text, seg_s, cm.start(), para_s, (o, c), res)
            if sp or said:
                return sp, said, cm.group(1)
            continue
        head = text[max(seg_s, cm.start() - 80):cm.start()]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("—"))
        subj_s = max(seg_s, cm.start() - 80) + cut + 1 if cut >= 0 else max(seg_s, cm.start() - 80)
        sub = text[subj_s:cm.start()]
        lead = re.match(r"^.*?\b(?:while|when|as|but|and|after|because|since|although|which|who|however|that)\s+", sub)
        if lead and lead.end() < len(sub):
            subj_s += lead.end()
        aux = re.search(r"\s+(?:has|have|had|also|then|is|was|were|are|would|will)(?:\s+(?:also|been|to))*\s*$",
                        text[subj_s:cm.start()])
        subj_e = subj_s + aux.start() if aux else cm.start()
        if _is_passive(text, subj_s, cm.start(), cm.end()):
            sp, said = _passive_speaker(text, cm.end(), o, para_s, (o, c), res)
            if sp or said:
                return sp, said, cm.group(1)
            continue
        if not text[subj_s:subj_e].strip() and cut >= 0 and cm.start() - seg_s <= _ATTRIBUTION_REACH:
            # ", said" after an apposition: the subject is the phrase before the apposition
            # ("The US, a key ally, said"; "In a memo, Pat Lee, then her adviser, said").
            sp, said = _before_apposition(text, seg_s, subj_s - 1, para_s, (o, c), res)
            if sp:
                return sp, said, cm.group(1)
            continue
        sp, said = res.attribution(subj_s, subj_e, para_s - 2000, (o, c))
        if sp:
            return sp, said, cm.group(1)
        ent = res.last_before(cm.start(), ("PERSON", "ORG", "PLACE", "NORP"), subj_s)
        if ent is not None:
            return res.name(ent), res._mention_text(ent, subj_s, cm.start()), cm.group(1)
    return None, None, None


# "she was warned that", "they were told": the cue is passive, its subject heard the words.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+)?$")
# "... by the policy unit to ...": the agent of a passive cue, who said the words.
_BY_AGENT = re.compile(r"\s+by\s+([^,.;:“”\"]{2,60}?)(?=\s+(?:to|that|in|on|at|for|with|about|over)\b|[,.;:“\"]|$)")


# Hearsay: "he is said to believe", "she was reported to favour": the subject holds the view.
_HEARSAY = frozenset("said reported believed thought understood known alleged claimed rumoured rumored".split())
_TO = re.compile(r"\s+to\s+[a-z]")


def _is_passive(text: str, subj_e: int, cue_s: int, cue_e: int) -> bool:
    """The cue is passive ("she was warned"), not hearsay ("he is said to believe")."""
    if not _PASSIVE_BEFORE.search(text, subj_e, cue_s):
        return False
    return not (text[cue_s:cue_e] in _HEARSAY and _TO.match(text, cue_e))


_BY_AGENT_THAT = re.compile(r"\s+by\s+[^,.;:“”\"]{2,60}?\s+that\s+")


def _passive_speaker(text: str, cue_end: int, limit: int, para_s: int, quote: tuple[int, int],
                     res: _Resolver) -> tuple[str | None, str | None]:
    """The speaker of a passive cue: its agent ("was advised by the unit") when named, else no one:
    the subject of "was warned" is who heard the words, not who said them."""
    m = _BY_AGENT.match(text, cue_end, limit)
    if m is None:
        return None, None
    sp, said = res.attribution(m.start(1), m.end(1), para_s - 2000, quote)
    return sp, said or m.group(1)


_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b")


def _sentence_subject(text: str, seg_s: int, end: int, para_s: int, quote: tuple[int, int],
                      res: _Resolver) -> tuple[str | None, str | None]:
    """The subject of the sentence that starts at seg_s: its first name, or a pronoun before it."""
    seg_s = max(seg_s, end - _ATTRIBUTION_REACH)
    span = res._first_span_in(seg_s, end)
    pron = _SUBJECT_PRONOUN.search(text, seg_s, span[0] if span else end)
    if pron is not None:
        return res.attribution(pron.start(), pron.end(), para_s - 2000, quote)
    if span is None:
        return None, None
    return res.name(span[2]), text[span[0]:span[1]]


def _before_apposition(text: str, seg_s: int, comma: int, para_s: int, quote: tuple[int, int],
                       res: _Resolver) -> tuple[str | None, str | None]:
    """The speaker named before an apposition that ends at `comma` ("Pat Lee, then her adviser, said"):
    the comma-separated phrases before the apposition, nearest first, the first that names someone."""
    seg_s = max(seg_s, comma - _ATTRIBUTION_REACH)
    apposition_s = text.rfind(",", seg_s, comma)
    end = apposition_s
    while end > seg_s:
        start = text.rfind(",", seg_s, end) + 1 or seg_s
        start = max(start, seg_s)
        sp, said = res.attribution(start, end, para_s - 2000, quote)
        if sp:
            return sp, said
        end = start - 1
    return None, None


# --- reported speech ---------------------------------------------------------------

_ANY_REPORT_CUE = re.compile(r"\b(?:" + one_of(sorted(lx.REPORTING_VERBS) + ["according to", "According to"]) + r")\b")
_BARE_OK = lx.BARE_CLAUSE_VERBS
_OBJECT = re.compile(
    r"(?:\s+(?:to\s+)?(?:reporters|journalists|the\s+\w+(?:\s+\w+)?|a\s+\w+(?:\s+\w+)?|local\s+\w+|him|her|them|us|me|"
    r"parliament|police|Reuters|AFP|[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)(?=[\s,]))?"
    r"(?:\s+(?:on|in|last|this|late|early)\s+\w+)?(?:\s+in\s+a\s+[\w\s]{1,40}?)?\s*,?\s+(?P<that>that\s+)?"
)
_TRAIL_TAIL = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early|yesterday|today|earlier|later)\b[\w\s]{0,30})?\s*$")
_CLAUSE_START = re.compile(r"(?:the\b|a\b|an\b|it\b|he|she|they|there|this|these|those|its|his|her|their|we|i|no|all|some|"
                           r"[A-Z0-9“\"])", re.I)
_LEAD = re.compile(r"^.*?\b(?:while|when|as|but|and|after|because|since|although|which|who|however)\s+", re.S)


def find_reported(text: str, sentences: list[tuple[int, int]], res: _Resolver, direct: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    quoted = Coverage(sorted((q.start - 1, q.end + 1) for q in direct)).of
    spans = sorted((q.end + 1, q.start - 1) for q in direct)  # (just past the closing mark, the opening mark)
    quote_ends = [e for e, _ in spans]
    quote_opens = [o for _, o in spans]

    cues = list(_ANY_REPORT_CUE.finditer(text))  # one scan; a cue never spans a sentence's edge
    cue_starts = [m.start() for m in cues]
    for s, e in sentences:
        body_e = e
        while body_e > s and text[body_e - 1] in ".!?…”\"’":
            body_e -= 1
        if body_e - s < 20:
            continue
        first = bisect.bisect_left(cue_starts, s)
        last = bisect.bisect_left(cue_starts, body_e, first)
        for cm in cues[first:last]:
            if cm.end() > body_e:
                break
            if _attributes_a_quote(text, quote_ends, quote_opens, s, cm.start()) or _is_noun_use(text, cm.start()):
                continue
            if _OPENS_A_QUOTE.match(text, cm.end()):
                continue  # 'he said, “...”': the cue introduces direct speech
            found = _reported_at(text, s, body_e, cm)
            if found is None:
                continue
            cs, ce, ss, se = found
            while cs < ce and text[cs] in " ,":
                cs += 1
            while ce > cs and text[ce - 1] in " ,":
                ce -= 1
            if ce - cs < 12 or len(text[cs:min(ce, cs + 200)].split()) < 3:
                continue
            if quoted(cm.start(), cm.end()) or quoted(cs, ce) > 0.8 * (ce - cs):
                continue  # the cue belongs to a direct quote, or the clause is one
            speaker = said = None
            if _is_passive(text, s, cm.start(), cm.end()):
                # "Lee was told by the minister that ...": the agent speaks, or no one named does.
                speaker, said = _passive_speaker(text, cm.end(), ce, s - 1000, (cs, ce), res)
                agent = _BY_AGENT_THAT.match(text, cm.end(), ce)
                if agent:
                    cs = agent.end()
            elif se > ss:
                sub = text[ss:se]
                lead = _LEAD.match(sub)
                if lead and lead.end() < len(sub):
                    ss += lead.end()
                speaker, said = res.attribution(ss, se, s - 3000)
            cue = cm.group()
            out.append(Quote("reported", text[cs:ce], cs, ce, speaker,
                             cue.lower() if cue.lower() == "according to" else cue, said))
            break
    return out


# Between a closing quotation mark and the verb that attributes it: commas, spaces and a
# subject of a few words ("“...,” the senator’s lawyer, Jane Roe, said").
_QUOTE_TO_CUE = re.compile(r"[\s,”\"’»]*(?:[^\s“”\"‘’.!?;:]+[\s,]+){0,7}")
# Words before a cue that make it a noun ("the claims", "their reports", "such fears").
# ("her" and "that" are left out: "told her insisting", "a ruling that said" are verbs.)
_DETERMINERS = frozenset("the a an these those his its their our my your such many new "
                         "some several recent earlier".split())


def _attributes_a_quote(text: str, quote_ends: list[int], quote_opens: list[int], sentence_start: int,
                        cue_start: int) -> bool:
    """The cue attributes the direct quote that opens its sentence ("“We are ready,” said Pat Lee"):
    that is direct speech, not reported speech as well. A second cue after it ("..., said
    Lee, noting that ...") does open reported speech."""
    i = bisect.bisect_right(quote_ends, cue_start) - 1
    if i < 0 or cue_start - quote_ends[i] > 120 or quote_opens[i] < sentence_start:
        return False
    if _WORD_CHAR.search(text, sentence_start, quote_opens[i]):
        return False  # the quote is inside the sentence ("was initially “high”, Baker added")
    m = _QUOTE_TO_CUE.match(text, quote_ends[i], cue_start)
    if m is None or m.end() != cue_start:
        return False
    return _ANY_REPORT_CUE.search(text, quote_ends[i], cue_start) is None


def _is_noun_use(text: str, cue_start: int) -> bool:
    """A cue word used as a noun, after a determiner or possessive: not a verb of saying."""
    before = text[max(0, cue_start - 20):cue_start].split()
    return bool(before) and (before[-1].lower() in _DETERMINERS or before[-1].endswith(("’s", "'s")))


# The patterns after a cue read only a few words of the sentence, never the rest of it.
_ACCORDING_SUBJECT = re.compile(r"\s+([^,.;]{2,60}?)\s*(?:,|$)")
_ONLY_COMMAS = re.compile(r"[ ,]*+")
_OPENS_A_QUOTE = re.compile(r"\s*[,:]\s*[“\"‘«]")
_NON_SPACE = re.compile(r"\S")
_WORD_CHAR = re.compile(r"[^\s“\"‘'(—–-]")
_SAID_SUBJECT = re.compile(r"\s+([^,]{2,60}?)(?=,|$)")


def _reported_at(text: str, s: int, e: int, cm: re.Match) -> tuple[int, int, int, int] | None:
    """(content start, content end, subject start, subject end) for a cue, or None."""
    cue = cm.group().lower() if cm.group().lower() == "according to" else cm.group()
    c0, c1 = cm.start(), cm.end()
    if cue == "according to":
        m = _ACCORDING_SUBJECT.match(text, c1, e)
        if not m:
            return None
        subj = (m.start(1), m.end(1))
        if _ONLY_COMMAS.fullmatch(text, s, c0):
            return m.end(), e, *subj
        return s, c0, *subj
    # the subject: the phrase before the cue, back to the last comma or clause mark
    head = text[max(s, c0 - 90):c0]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind("—"), head.rfind("("))
    subj_s = max(s, c0 - 90) + cut + 1 if cut >= 0 else max(s, c0 - 90)
    subj = (subj_s, c0)
    aux = re.search(r"\s+(?:has|have|had|also|previously|later|then|is|was|were|are)(?:\s+(?:also|been|to))*\s*$",
                    text[subj_s:c0])
    if aux:
        subj = (subj_s, subj_s + aux.start())
    # "..., X said." / "..., said X."
    if cut >= 0 and _TRAIL_TAIL.fullmatch(text, c1, e) and len(text[subj_s:c0].split()) <= 6:
        content_end = subj_s - 1
        return s, content_end, *subj
    if cut >= 0 and text[subj_s - 1] == "," and text[subj_s:c0].strip() == "" and cue in ("said", "says", "added"):
        m = _SAID_SUBJECT.match(text, c1, e)
        ws = m.group(1).split() if m else []
        if ws and len(ws) <= 6 and any(w[0].isupper() for w in ws) and \
                ws[0].lower() not in ("it", "that", "there", "this", "he", "she", "they", "we", "i"):
            return s, subj_s - 1, m.start(1), m.end(1)
        first_comma = text.find(",", s, min(c0, s + _ATTRIBUTION_REACH))
        if first_comma > s:  # "The US, a key ally, said it was ...": the subject opens the sentence
            subj = (s, first_comma)
    # "This exclusion, India argued, displayed ..."
    if text.startswith(",", c1, e) and cut >= 0 and 1 <= len(text[subj_s:c0].split()) <= 4 and subj_s - s > 3:
        return s, e, *subj
    m = _OBJECT.match(text, c1, e)
    if not m:
        return None
    rest_s = m.end()
    if not m.group("that"):
        if cue not in _BARE_OK or not _CLAUSE_START.match(text, rest_s, e):
            return None
        if len(text[rest_s:min(e, rest_s + 200)].split()) < 4:
            return None
    if subj[1] - subj[0] > 80:
        subj = (subj[1], subj[1])
    return rest_s, e, *subj


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    res = _Resolver(text, entities, sentences)
    direct = find_direct(text, sentences, res)
    reported = find_reported(text, sentences, res, direct)
    direct = _speakers_from_reported(direct, reported)
    return sorted(direct + reported, key=lambda q: (q.start, q.end))


def _speakers_from_reported(direct: list[Quote], reported: list[Quote]) -> list[Quote]:
    """A quote inside reported speech ("she warned that it was “workable”") is the reporter's."""
    spoken = sorted(((r.start, r.end, r.speaker, r.cue, r.speaker_mention) for r in reported if r.speaker),
                    key=lambda item: (item[0], item[1]))
    starts = [s for s, _, _, _, _ in spoken]
    out = []
    for q in direct:
        if q.speaker is None:
            i = bisect.bisect_right(starts, q.start + 2) - 1
            while i >= 0 and spoken[i][0] >= q.start - 2000:
                s, e, speaker, cue, said = spoken[i]
                if s - 2 <= q.start and q.end <= e + 2:
                    q = Quote(q.kind, q.text, q.start, q.end, speaker, cue, said)
                    break
                i -= 1
        out.append(q)
    return out
