"""Direct quotations and reported speech, with speakers.

Direct quotes are found by pairing quotation marks (curly or straight,
double or single; a paragraph that opens with a mark continues an unclosed
quote). Short quoted words with no reporting verb near them are scare quotes
and skipped. A speaker is the subject of the reporting verb beside the
quote ("X said", inverted "said X", "according to X", "calling it"),
resolved through pronouns and roles to the person named before.

The stages, in order: `find_direct` pairs the marks and asks the rules of
`attribution.RULES` who spoke; `reported.find_reported` finds reported
speech; a direct quote inside reported speech is then the reporter's.
"""

from __future__ import annotations

import bisect
import re

from .attribution import ATTRIBUTION_REACH, CUE_RE, JUDGED_AS, NON_SPACE, QuoteSite, attribute
from .document import Document
from .model import Quote
from .patterns import titled_work
from .reported import find_reported
from .resolve import Resolver
from .segment import Coverage

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SPACE_BEFORE = set(" \t\n([{—–-/")

_SCARE_CUES = re.compile(
    r"\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|dubb(?:ed|ing)|term(?:ed|ing)|brand(?:ed|ing)|label+(?:ed|ing)|"
    r"refer(?:red|ring|s)? to|said|says|told|added|as an?|as the)\b[^.“”\"]{0,60}$",
    re.I,
)


_SCARE_REACH = 80  # a scare-quote cue starts no further than this before the mark
_NEWLINE = re.compile("\n")
_MARK = re.compile(r"[“„«\"‘']")
# A clitic set apart from its word, as tokenised text writes it: "Harwick 's", "we 're", "I 've".
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m)\b")


def _pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotation marks; close is the closing mark's index."""
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    line_end, tried = -1, 0
    while True:
        m = _MARK.search(text, pos)
        if m is None:
            break
        i = m.start()
        if i > line_end:
            line_end, tried = text.find("\n", i), 0
            if line_end < 0:
                line_end = n  # the last line
        tried += 1
        if tried > _MARKS_PER_LINE:
            pos = line_end + 1  # a line of marks, not prose: the rest of it holds no quote
            continue
        c = text[i]
        prev = text[i - 1] if i else " "
        kind = None
        if c in _DOUBLE_OPEN:
            kind = "d"
        elif c == '"' and (prev in _SPACE_BEFORE or prev in "“‘'"):
            kind = "d"
        elif c == "‘" and not prev.isalnum():
            kind = "s"
        elif c == "'" and prev in _SPACE_BEFORE and i + 1 < n and text[i + 1].isalnum() and \
                not (prev == " " and _CLITIC.match(text, i)):  # (tokenised text: "Harwick 's", "they 're")
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
# A cue after a quoted fragment attributes it only from near by: a verb at the far end of the
# sentence ("the word “fair” is in the bill’s title ..., claiming that ...") belongs to another clause.
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

# Verbs that give a name, right before a quote: the quote is the name ("named their boat “Sea Fox”").
# ("called" and "described" are left out: "calling it “a farce”" is as often an opinion said.)
_NAMED_BEFORE = re.compile(r"\b(?:named|renamed|titled|entitled|nicknamed|dubbed|known\s+as|listed\s+(?:[\w’'-]+\s+){0,4}as)"
                           r"\s+(?:[\w’'-]+\s+){0,3}$")
_NAME_WORDS = 8  # a name is seldom longer
_ENDS_CLAUSE = re.compile(r"[.!?…,;:]['’\"”]?$")
# The quotation marks of one line that are looked at; a paragraph of news holds a few dozen.
_MARKS_PER_LINE = 512
# The quotes of one paragraph that are attributed; a long interview paragraph holds a dozen.
_PARAGRAPH_QUOTES = 64
# A cue right after the quote: the quote has its own attribution, found or not ("“...,” said one fan").
_CUE_BESIDE = re.compile(r"[\s,]*(?:[^\s.,;:“”\"]+\s+){0,4}?(?:" + CUE_RE.pattern + ")")


def find_direct(doc: Document, res: Resolver) -> list[Quote]:
    """Direct quotes: paired marks with something said between them, scare quotes left out,
    each with the speaker the attribution rules find (or the previous quote's, when it follows one)."""
    text = doc.text
    quotes: list[Quote] = []
    prev_speaker: str | None = None
    prev_end = -10
    pairs = _pairs(text)
    quoted = Coverage([(o + 1, c) for o, c in pairs])
    res.quoted = quoted
    para_start, in_para = -1, 0
    for o, c in pairs:
        inner_s, inner_e = o + 1, c
        inner = text[inner_s:inner_e]
        body = inner.strip()
        if not any(ch.isalnum() for ch in body):
            continue  # nothing said: marks alone, or only punctuation between them
        inner_s += len(inner) - len(inner.lstrip())
        inner_e -= len(inner) - len(inner.rstrip())
        words = body.split()
        is_short = len(words) <= 4 and not _ENDS_CLAUSE.search(body)
        para_s = doc.line_at(o)[0]
        if para_s != para_start:
            para_start, in_para = para_s, 0
        in_para += 1
        if in_para > _PARAGRAPH_QUOTES:
            # Not prose: no paragraph of news holds this many quotes. The rest are kept as quotes,
            # unattributed, so that text built of quotation marks costs little per mark.
            if not is_short:
                quotes.append(Quote("direct", text[inner_s:inner_e], inner_s, inner_e, None, None, None))
            continue
        if len(words) <= _NAME_WORDS and _NAMED_BEFORE.search(text, max(0, o - 40), o):
            continue  # a name given to something ("a robot named “Blue Fin”"), not words said
        if titled_work(text, o, words) and _in_prose(text, para_s, o) and \
                not (body.endswith(",") and not NON_SPACE.search(text, max(para_s, doc.sentence_at(o)[0]), o)
                     and _CUE_BESIDE.match(text, c + 1)):
            # a title ("on “Meet the Press.”", "his book “The Art of the Deal”"), not words said; words in title
            # case that open a sentence and end at a comma before a cue are said ("“It's Over,” Lee said")
            continue
        site = QuoteSite.at(doc, res, o, c, quoted)
        sent_s, before = site.sent_s, site.before
        if is_short:
            sent_e = doc.sentence_at(o)[1]
            around = text[max(sent_s, para_s, o - ATTRIBUTION_REACH):o] + " " + \
                text[c + 1:min(sent_e, c + 1 + _SHORT_QUOTE_CUE_AFTER)]
            passive = re.search(r"\bbeen\s+(?:called|described|termed|dubbed|labell?ed|branded)\b|so-called\s*$",
                                text[max(sent_s, para_s, o - ATTRIBUTION_REACH):o])
            cue_before = _SCARE_CUES.search(before, max(0, len(before) - _SCARE_REACH)) or \
                JUDGED_AS.search(before, max(0, len(before) - _SCARE_REACH))
            if passive or not (cue_before or _said_around(_strip_quoted(around))):
                continue  # scare quotes or a quoted term
        speaker, said, cue = attribute(site)
        # (not inside a statement another made in this sentence: "X praised it, saying Y had “...”")
        if speaker is None and cue is None and prev_speaker and not _CUE_BESIDE.match(site.after) and (
                prev_end > para_s or o - prev_end < 600 and NON_SPACE.search(text, para_s, o) is None) \
                and not CUE_RE.search(text, max(sent_s, prev_end), o):
            speaker = prev_speaker  # a quote after an attributed one, in its paragraph or opening the next
        quotes.append(Quote("direct", text[inner_s:inner_e], inner_s, inner_e, speaker, cue, said))
        prev_speaker = speaker  # the quote just before: when its speaker is not known, neither is the next's
        prev_end = c + 1
    return quotes


def _said_around(around: str) -> bool:
    """A verb of saying stands in the words around a short quote, not as an infinitive after an
    adjective ("hard to explain"): someone said the quoted words."""
    for m in CUE_RE.finditer(around):
        if not _INFINITIVE_BEFORE.search(around, max(0, m.start() - 20), m.start()):
            return True
    return False


_INFINITIVE_BEFORE = re.compile(r"\b(?:tough|hard|easy|difficult|impossible|possible|safe|fair)\s+to\s+$")


def _in_prose(text: str, para_s: int, o: int) -> bool:
    """The words before the mark at o in its paragraph are prose, not a headline in title case:
    some long words among them start with a small letter."""
    return len(_SMALL_LONG_WORD.findall(text, max(para_s, o - 200), o)) >= 3


_SMALL_LONG_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]{3,}\b")


def _strip_quoted(s: str) -> str:
    return _QUOTED_PART.sub(" ", s)


# An opening mark, then no other opening mark, then a closing one: linear however the marks nest.
_QUOTED_PART = re.compile(r"[“\"‘][^”\"’“‘]*+[”\"’]")


def find_quotes(doc: Document) -> list[Quote]:
    """Direct quotes and reported speech of a document whose entities are found."""
    res = Resolver(doc)
    direct = find_direct(doc, res)
    reported = find_reported(doc, res, direct)
    direct = _speakers_from_reported(direct, reported)
    direct = _quotes_after_reported(doc, direct, reported)
    direct = _same_words_same_speaker(direct)
    direct = _added_goes_on(doc, res, direct, reported)
    return sorted(direct + reported, key=lambda q: (q.start, q.end))


# Cues that say the speaker goes on: "She added: ...", "he continued".
_GOING_ON = frozenset(("added", "adds", "continued", "continues"))
# How far back the quote that one goes on from may be.
_GOING_ON_REACH = 1500


def _added_goes_on(doc: Document, res: Resolver, direct: list[Quote], reported: list[Quote]) -> list[Quote]:
    """“...,” said Jane Rowe, the club's treasurer. Her son left the club in May. She added: “...”: "he"
    or "she" with a cue of going on is the speaker of the quote before, when one of that gender spoke
    just before; the person last made a subject is not meant over them. A statement reported after that
    quote is said after it ("Carver said his client would stay. He added that they would “...”")."""
    by_name = {e.name: e for e in doc.entities if e.type == "PERSON"}
    statements = sorted((r for r in reported if r.speaker), key=lambda r: r.end)
    ends = [r.end for r in statements]
    out: list[Quote] = []
    last: Quote | None = None
    for q in direct:
        i = bisect.bisect_right(ends, q.start) - 1
        if i >= 0 and (last is None or statements[i].end > last.end):
            last = statements[i]  # (one that holds the quote ends after it: not before it)
        if q.cue in _GOING_ON and q.speaker_mention in ("he", "she", "He", "She") and last is not None \
                and q.start - last.end <= _GOING_ON_REACH and last.speaker != q.speaker:
            before = by_name.get(last.speaker)
            if before is not None and res.gender(before) == ("M" if q.speaker_mention.lower() == "he" else "F"):
                q = Quote(q.kind, q.text, q.start, q.end, last.speaker, q.cue, q.speaker_mention)
        out.append(q)
        if q.speaker is not None:
            last = q
    return out


# Words a quote must have for its repetition elsewhere to identify it: fewer are a common phrase.
_SAME_WORDS = 5
# Words that open more quotes than this are a refrain or boilerplate, not one speaker's (and checking
# each would cost the square of a long text's quotes).
_SAME_WORDS_QUOTES = 50
_QUOTE_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _same_words_same_speaker(direct: list[Quote]) -> list[Quote]:
    """The same words quoted twice are the same speaker's. A headline or an opening paragraph often
    quotes a few words of a quote given in full, with its speaker, further on ("the plan was “simply
    unworkable from the start”" ... “It was simply unworkable from the start,” Lee said). A quote with
    no speaker whose words (five or more) stand word for word in quotes of one speaker gets that
    speaker; words found in quotes of two speakers give none."""
    words = [" ".join(_QUOTE_WORD.findall(q.text.lower())) for q in direct]
    # the openings looked for: the first _SAME_WORDS words of each quote with no speaker
    wanted = {" ".join(words[i].split()[:_SAME_WORDS]) for i, q in enumerate(direct)
              if q.speaker is None and len(words[i].split()) >= _SAME_WORDS}
    firsts = {opening.split(" ", 1)[0] for opening in wanted}
    by_opening: dict[str, set[int]] = {}  # each such opening -> the attributed quotes that hold it
    for i, q in enumerate(direct):
        if q.speaker and firsts:
            w = words[i].split()
            for k in range(len(w) - _SAME_WORDS + 1):
                if w[k] in firsts:
                    run = " ".join(w[k:k + _SAME_WORDS])
                    if run in wanted:
                        by_opening.setdefault(run, set()).add(i)
    if not by_opening:
        return direct
    out = []
    for i, q in enumerate(direct):
        w = words[i].split()
        if q.speaker is None and len(w) >= _SAME_WORDS:
            inside = f" {words[i]} "
            holders = by_opening.get(" ".join(w[:_SAME_WORDS]), ())
            speakers = {direct[j].speaker for j in holders if inside in f" {words[j]} "} \
                if len(holders) <= _SAME_WORDS_QUOTES else ()
            if len(speakers) == 1:
                q = Quote(q.kind, q.text, q.start, q.end, speakers.pop(), q.cue, q.speaker_mention)
        out.append(q)
    return out


def _speakers_from_reported(direct: list[Quote], reported: list[Quote]) -> list[Quote]:
    """A quote inside reported speech ("Lee said the plan was “a disaster”") is the reporter's; when
    the reporter is someone not named ("Their lawyer said they had “...”"), the quote keeps those words.
    A statement with a speaker is looked for first."""
    direct = _inside_reported(direct, [r for r in reported if r.speaker], unnamed_too=True)
    return _inside_reported(direct, [r for r in reported if not r.speaker and r.speaker_mention], unnamed_too=False)


def _inside_reported(direct: list[Quote], reported: list[Quote], unnamed_too: bool) -> list[Quote]:
    """Each direct quote with no speaker (and, unless `unnamed_too`, no words for one) inside one of these
    statements takes theirs."""
    if not reported:
        return direct
    spoken = sorted(((r.start, r.end, r.speaker, r.cue, r.speaker_mention) for r in reported),
                    key=lambda item: (item[0], item[1]))
    starts = [s for s, _, _, _, _ in spoken]
    out = []
    for q in direct:
        if q.speaker is None and (unnamed_too or q.speaker_mention is None):
            i = bisect.bisect_right(starts, q.start + 2) - 1
            while i >= 0 and spoken[i][0] >= q.start - 2000:
                s, e, speaker, cue, said = spoken[i]
                if s - 2 <= q.start and q.end <= e + 2:
                    q = Quote(q.kind, q.text, q.start, q.end, speaker, cue, said)
                    break
                i -= 1
        out.append(q)
    return out


_OPENS_WITH_MARKS = re.compile(r"[\s“\"‘']*")


def _quotes_after_reported(doc: Document, direct: list[Quote], reported: list[Quote]) -> list[Quote]:
    """A quote with no attribution that opens the sentence after reported speech, in its paragraph,
    goes on the reporter's words ("As Lee told the paper, ozone has fallen. “Despite more cars, ...”")."""
    by_sentence = {doc.sentence_index(r.start): r for r in reversed(reported) if r.speaker}
    if not by_sentence:
        return direct
    text = doc.text
    quoted: dict[int, set[str | None]] = {}  # sentence -> the speakers it quotes
    for q in direct:
        quoted.setdefault(doc.sentence_index(q.start), set()).add(q.speaker)
    out = []
    for q in direct:
        if q.speaker is None and q.cue is None and q.speaker_mention is None:
            k = doc.sentence_index(q.start)
            ss = doc.sentences[k][0] if doc.sentences else 0
            r = by_sentence.get(k - 1)
            if r is not None and quoted.get(k - 1, {r.speaker}) != {r.speaker}:
                r = None  # "“...,” the senator said when Kerr suggested that .... “...”": the senator goes on
            if r is not None and _OPENS_WITH_MARKS.match(text, ss).end() >= q.start and \
                    doc.line_at(r.start)[0] == doc.line_at(q.start)[0]:
                q = Quote(q.kind, q.text, q.start, q.end, r.speaker, r.cue, r.speaker_mention)
        out.append(q)
    return out
