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

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SPACE_BEFORE = set(" \t\n([{—–-/")

_CUE = (r"said|says|say|told|tells|added|adds|noted|notes|stated|states|wrote|writes|shared|shares|explained|"
        r"argued|argues|claimed|claims|insisted|insists|warned|warns|announced|announces|revealed|reveals|"
        r"confirmed|confirms|asked|asks|replied|replies|responded|declared|stressed|stresses|emphasised|"
        r"emphasized|suggested|suggests|admitted|admits|acknowledged|reported|reports|believes|believed|"
        r"thinks|concluded|concludes|tweeted|posted|urged|alleged|maintained|recalled|continued|agreed|"
        r"remarked|commented|described|calling|called|predicted|vowed|promised|countered|conceded|"
        r"explains|adds|joked|cautioned|observed|wrote|estimated|estimates")
_CUE_RE = re.compile(rf"\b({_CUE})\b")
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "GROUP", "it": "GROUP", "we": "GROUP", "i": "PERSON"}
_ROLE_NP = re.compile(r"\b(?:the|a|an|this|that)\s+((?:[a-z-]+\s+){0,3}([a-z-]+))$", re.I)
_SCARE_CUES = re.compile(
    r"\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|dubb(?:ed|ing)|term(?:ed|ing)|brand(?:ed|ing)|label+(?:ed|ing)|"
    r"refer(?:red|ring|s)? to|said|says|told|added|as an?|as the)\b[^.“”\"]{0,60}$",
    re.I,
)


def _pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotation marks; close is the closing mark's index."""
    out: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        kind = None
        if c in _DOUBLE_OPEN:
            kind = "d"
        elif c == '"' and (i == 0 or text[i - 1] in _SPACE_BEFORE or text[i - 1] in "“‘'"):
            kind = "d"
        elif c == "‘" and (i == 0 or not text[i - 1].isalnum()):
            kind = "s"
        elif c == "'" and (i == 0 or text[i - 1] in _SPACE_BEFORE) and i + 1 < n and text[i + 1].isalnum():
            kind = "s"
        if kind is None:
            i += 1
            continue
        close = _find_close(text, i, kind)
        if close is None:
            i += 1
            continue
        out.append((i, close))
        i = close + 1
    return out


def _find_close(text: str, start: int, kind: str) -> int | None:
    n = len(text)
    j = start + 1
    limit = min(n, start + 6000)
    while j < limit:
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
            if c in _DOUBLE_OPEN or c == "‘" and text[j - 1] in " \n":
                return None
        j += 1
    return None


def _has_close_later(text: str, pos: int) -> bool:
    end = text.find("\n", pos)
    seg = text[pos:end if end >= 0 else len(text)]
    return re.search(r"[^\s][’'](?![\w])", seg) is not None


def _unclosed(text: str, start: int, stop: int) -> int | None:
    """An unclosed quote ends before `stop`; return the index of a virtual closing mark."""
    k = stop
    while k > start + 1 and text[k - 1].isspace():
        k -= 1
    return k if k - start > 1 else None


class _Resolver:
    """Maps offsets to entities, and pronouns or roles to the person meant."""

    def __init__(self, text: str, entities: list[Entity]):
        self.text = text
        spans = []
        for e in entities:
            for m in e.mentions:
                spans.append((m.start, m.end, e))
        spans.sort(key=lambda x: x[0])
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.country_of = {}
        for alt, dem in lx._countryinfo_alts():
            if dem and alt and " " not in dem:
                self.country_of.setdefault(dem, alt)

    def entity_at(self, start: int, end: int) -> Entity | None:
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.spans[i][1] > start:
            s, e, ent = self.spans[i]
            if s < end and e > start:
                return ent
            i -= 1
        return None

    def last_before(self, pos: int, types: tuple[str, ...], floor: int = 0) -> Entity | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.spans[i][0] >= floor:
            ent = self.spans[i][2]
            if ent.type in types and self.spans[i][1] <= pos:
                return ent
            i -= 1
        return None

    def name(self, ent: Entity | None) -> str | None:
        if ent is None:
            return None
        if ent.type == "NORP":
            return self.country_of.get(ent.name, ent.name)
        return ent.name

    def speaker(self, start: int, end: int, floor: int) -> str | None:
        """The speaker named by the phrase text[start:end] (a subject)."""
        phrase = self.text[start:end].strip(" ,")
        if not phrase:
            return None
        low = phrase.lower()
        if low in _PRONOUNS:
            types = ("PERSON",) if _PRONOUNS[low] == "PERSON" else ("ORG", "PLACE", "NORP")
            return self.name(self.last_before(start, types, max(0, floor)))
        ent = self.entity_at(start, end)
        if ent is not None:
            # The subject is the last name in the phrase ("Russian Defense Minister Andrey Belousov").
            i = bisect.bisect_right(self.starts, end) - 1
            while i >= 0 and self.spans[i][0] >= start:
                if self.spans[i][1] <= end + 1:
                    cand = self.spans[i][2]
                    if cand.type in ("PERSON", "ORG", "PLACE", "NORP"):
                        if cand.type == "NORP" and re.search(r"\b(government|officials?|ministry|state)\b", low):
                            return self.name(cand)
                        if cand.type != "NORP":
                            # prefer the head of "X of Y": the first name in the phrase when it is a person
                            first = self._first_in(start, end)
                            if first is not None and first.type == "PERSON":
                                return first.name
                            return cand.name
                i -= 1
            return self.name(ent)
        m = _ROLE_NP.search(phrase)
        if m and m.group(2).lower() in lx.TITLE_HEADS:
            return self.name(self.last_before(start, ("PERSON",), max(0, floor)))
        return None

    def _first_in(self, start: int, end: int) -> Entity | None:
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][2].type in ("PERSON", "ORG", "PLACE"):
                return self.spans[i][2]
            i += 1
        return None


_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of|the|and|for|de|van|von|al)?\s*[A-Z][\w’'.-]*)*"
_NP = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,3}[a-z-]+"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
_SAY = _CUE.replace("|calling|called", "").replace("|described", "")
_SUBJECT_BEFORE_CUE = re.compile(
    rf"({_NAME}|\b{_PRON}\b|\b{_NP})\s*,?\s*(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+|was\s+)?"
    rf"({_SAY})\b[^“”\"]{{0,40}}$"
)
_INVERTED_AFTER = re.compile(rf"^[,]?\s*({_SAY})\s+({_NAME}|{_PRON}|{_NP})")
_SUBJECT_AFTER = re.compile(rf"^[,]?\s*({_NAME}|{_PRON}|{_NP})\s+(?:also\s+|later\s+|then\s+)?({_SAY})\b")
_ACCORDING = re.compile(r"according to\s+(.{2,60}?)\s*,?\s*$", re.I)
_CALLING = re.compile(r"\b(calling|called|describing|described|labelling|labeling|branding|dubbing|terming|"
                      r"referred to|referring to)\b[^“”\"]{0,50}$", re.I)


def find_direct(text: str, sentences: list[tuple[int, int]], res: _Resolver) -> list[Quote]:
    quotes: list[Quote] = []
    starts = [s for s, _ in sentences]
    prev_speaker: str | None = None
    prev_end = -10
    for o, c in _pairs(text):
        inner_s, inner_e = o + 1, c
        inner = text[inner_s:inner_e]
        body = inner.strip()
        if not body:
            continue
        inner_s += len(inner) - len(inner.lstrip())
        inner_e -= len(inner) - len(inner.rstrip())
        words = body.split()
        si = max(bisect.bisect_right(starts, o) - 1, 0)
        sent_s = sentences[si][0] if sentences else 0
        para_s = text.rfind("\n", 0, o) + 1
        para_e = text.find("\n", c)
        para_e = len(text) if para_e < 0 else para_e
        before = text[max(para_s, o - 160):o]
        after = text[c + 1:min(para_e, c + 160)]
        is_short = len(words) <= 4 and not re.search(r"[.!?…,;:]['’\"”]?$", body)
        if is_short and not (_SCARE_CUES.search(before) or _CUE_RE.match(after.lstrip(" ,"))):
            continue  # scare quotes or a quoted term
        speaker, cue = _attribute(text, o, c, before, after, sent_s, para_s, res)
        if speaker is None and cue is None and prev_speaker and o - prev_end < 400 and \
                (text[para_s:o].strip() == "" or text[prev_end:o].strip(" ,.") == "" or not re.search(r"[A-Za-z]", text[prev_end:o])):
            speaker = prev_speaker  # a quote that follows an attributed one continues it
        quotes.append(Quote("direct", text[inner_s:inner_e], inner_s, inner_e, speaker, cue))
        if speaker:
            prev_speaker = speaker
        prev_end = c + 1
    return quotes


def _attribute(text, o, c, before, after, sent_s, para_s, res: _Resolver) -> tuple[str | None, str | None]:
    base_after = c + 1
    m = _INVERTED_AFTER.match(after)
    if m:
        sp = res.speaker(base_after + m.start(2), base_after + m.end(2), para_s - 2000)
        if sp:
            return sp, m.group(1)
    m = _SUBJECT_AFTER.match(after)
    if m and m.group(1).lower() not in ("the", "a", "an"):
        sp = res.speaker(base_after + m.start(1), base_after + m.end(1), para_s - 2000)
        if sp:
            return sp, m.group(2)
    base_before = o - len(before)
    m = _ACCORDING.search(before)
    if m:
        sp = res.speaker(base_before + m.start(1), base_before + m.end(1), para_s - 2000)
        if sp:
            return sp, "according to"
    m = _CALLING.search(before)
    if m:
        # "X ..., calling it a “...”": the subject is the first name of the sentence.
        start = max(sent_s, para_s)
        ent = res._first_in(start, base_before + m.start())
        if ent is not None:
            return res.name(ent), m.group(1)
    m = _SUBJECT_BEFORE_CUE.search(before)
    if m:
        sp = res.speaker(base_before + m.start(1), base_before + m.end(1), para_s - 2000)
        if sp:
            return sp, m.group(2)
    # A reporting verb anywhere earlier in the same sentence, with a name before it.
    seg_s = max(sent_s, para_s)
    seg = text[seg_s:o]
    cues = list(_CUE_RE.finditer(seg))
    if cues:
        cm = cues[-1]
        ent = res.last_before(seg_s + cm.start(), ("PERSON", "ORG", "PLACE", "NORP"), seg_s)
        if ent is not None:
            return res.name(ent), cm.group(1)
    return None, None


# --- reported speech ---------------------------------------------------------------

_REPORT_CUE = (r"said|says|noted|notes|stated|states|argued|argues|claimed|claims|revealed|reveals|announced|"
               r"announces|confirmed|confirms|warned|warns|insisted|insists|explained|explains|added|believes|"
               r"believed|concluded|concludes|reported|reports|acknowledged|admitted|admits|suggested|suggests|"
               r"estimated|estimates|predicted|denied|denies|alleged|maintained|maintains|stressed|emphasised|"
               r"emphasized|told|tells|wrote|writes|thinks|thought|feared|fears|hoped|hopes|expects|expected|"
               r"found|determined|ruled|decided|deemed|agreed|indicated|indicates|contended|asserted|"
               r"acknowledged|recalled|urged|assured|informed")
_REPORTED_THAT = re.compile(
    rf"(?P<subj>[^,;:]{{1,80}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|previously\s+|later\s+)?(?P<cue>{_REPORT_CUE})"
    rf"(?P<obj>\s+(?:[A-Z][\w.]*|reporters|journalists|the\s+\w+|a\s+\w+|him|her|them|us|me|parliament|police)"
    rf"(?:\s+(?:[A-Z][\w.]*|\w+))?)?(?:\s+(?:on|last|this|in)\s+\w+)?\s*,?\s+that\s+(?P<content>.+)$"
)
_REPORTED_BARE = re.compile(
    rf"(?P<subj>[^,;:]{{1,80}}?)\s+(?:also\s+|later\s+)?(?P<cue>said|says|told\s+[\w\s]{{1,30}}?|believes|thinks|estimated|warned|"
    rf"predicted|argued|claimed|insisted|noted|added)(?:\s+on\s+\w+)?\s+(?P<content>(?:the|a|an|it|he|she|they|there|this|"
    rf"[A-Z]\w*)\s.+)$"
)
_REPORTED_TRAIL = re.compile(
    rf"^(?P<content>.{{15,}}?),\s*(?:(?P<subj>[^,]{{2,60}}?)\s+(?P<cue>{_REPORT_CUE})|(?P<cue2>said|says|added|"
    rf"noted|explained)\s+(?P<subj2>[^,]{{2,60}}?))(?:\s+(?:on|in|at|last)\s+[\w\s]{{1,25}})?\s*[.!]?$"
)
_REPORTED_PAREN = re.compile(
    rf"^(?P<a>.{{2,}}?),\s*(?P<subj>[^,]{{2,50}}?)\s+(?P<cue>{_REPORT_CUE}),\s*(?P<b>.{{5,}})$"
)
_REPORTED_ACCORDING = re.compile(r"according to\s+(?P<subj>[^,.]{2,60}?)\s*(?:,|\.|$)", re.I)


def find_reported(text: str, sentences: list[tuple[int, int]], res: _Resolver, direct: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    dq = sorted((q.start - 1, q.end + 1) for q in direct)
    dq_starts = [s for s, _ in dq]

    def overlaps_direct(s: int, e: int) -> bool:
        i = bisect.bisect_right(dq_starts, e) - 1
        while i >= 0:
            a, b = dq[i]
            if b > s and a < e:
                return True
            if b <= s:
                break
            i -= 1
        return False

    for s, e in sentences:
        sent = text[s:e]
        if len(sent) < 20 or not any(ch.isalpha() for ch in sent):
            continue
        body_e = e
        while body_e > s and text[body_e - 1] in ".!?…":
            body_e -= 1
        body = text[s:body_e]
        found = None
        m = _REPORTED_PAREN.match(body)
        if m and len(m.group("subj").split()) <= 4:
            found = ("paren", s, body_e, m.start("subj"), m.end("subj"), m.group("cue"))
        if found is None:
            m = _REPORTED_THAT.search(body)
            if m:
                found = ("that", s + m.start("content"), body_e, m.start("subj"), m.end("subj"), m.group("cue"))
        if found is None:
            m = _REPORTED_TRAIL.match(body)
            if m:
                subj = "subj" if m.group("subj") else "subj2"
                cue = m.group("cue") or m.group("cue2")
                found = ("trail", s + m.start("content"), s + m.end("content"), m.start(subj), m.end(subj), cue)
        if found is None:
            m = _REPORTED_ACCORDING.search(body)
            if m:
                if m.start() <= 2:
                    cs = s + m.end()
                    while cs < body_e and text[cs] in " ,":
                        cs += 1
                    found = ("according", cs, body_e, m.start("subj"), m.end("subj"), "according to")
                else:
                    ce = s + m.start()
                    while ce > s and text[ce - 1] in " ,":
                        ce -= 1
                    found = ("according", s, ce, m.start("subj"), m.end("subj"), "according to")
        if found is None:
            m = _REPORTED_BARE.search(body)
            if m and len(m.group("content").split()) >= 4:
                found = ("bare", s + m.start("content"), body_e, m.start("subj"), m.end("subj"), m.group("cue").split()[0])
        if found is None:
            continue
        _, cs, ce, ss, se, cue = found
        if ce - cs < 12 or overlaps_direct(cs, ce):
            continue
        subj_text = body[ss:se]
        # The subject is the end of the phrase before the cue: drop leading clauses.
        sub_s = s + ss
        lead = re.search(r"^(?:.*?\b(?:while|when|as|but|and|after|because|since|although)\s+)", subj_text)
        if lead and lead.end() < len(subj_text):
            sub_s += lead.end()
        speaker = res.speaker(sub_s, s + se, s - 3000)
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if text.startswith("that ", cs):
            cs += 5
        out.append(Quote("reported", text[cs:ce], cs, ce, speaker, cue))
    return out


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    res = _Resolver(text, entities)
    direct = find_direct(text, sentences, res)
    reported = find_reported(text, sentences, res, direct)
    return sorted(direct + reported, key=lambda q: (q.start, q.end))
