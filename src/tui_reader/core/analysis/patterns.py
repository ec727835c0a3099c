"""Regular-expression building blocks shared by the analysers."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import lexicon as lx

# Words right before a cue that say nothing was said: "has not said", "declined to say", "refused to comment".
NEGATED = re.compile(r"\b(?:not|n[’']t|never|declined\s+to|refused\s+to)\s+(?:yet\s+|publicly\s+)?$")

def one_of(words: Iterable[str]) -> str:
    """A regex matching any of the words, factored by common prefixes.

    `one_of(["said", "says", "shared"])` gives `s(?:a(?:id|ys)|hared)`: the
    engine tests one character per step instead of trying every word in turn,
    which matters when a pattern is tried at every word of a text. Where one
    word is a prefix of another the longer is tried first, so put a boundary
    (`\\b`) after the group when the choice matters.
    """
    tree: dict = {}
    for word in words:
        if not word:
            raise ValueError("one_of: empty word")
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here; longer words go on
        return f"(?:{body})?"
    return body


# A word for kin or a partner just before a name, perhaps after a possessive and one word: "her son,
# Jamie", "his wife Heidi", "Her adoptive mother, Ana". Group 1 is the possessive (or None), group 2
# the word for kin (its gender: `lexicon.KIN_RELATIONS`).
_KIN_WORD = r"\b(" + one_of(lx.KIN_RELATIONS) + r")"
KIN_BEFORE_NAME = re.compile(r"(?:\b([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:\w+\s+)?)?" + _KIN_WORD + r",?\s+$")
# The same with the possessive and a comma, then a title, before a surname alone: "his father, President "
# (before "Biden"). (Without a title the comma may end a clause: "when she called her brother, Lee was out".)
KIN_SET_OFF_BEFORE_TITLE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+)?" + _KIN_WORD
                                      + r",\s+(?:[A-Z][\w.’'-]*\s+){1,3}$")


# A member's title, then "for": the name after it is the seat, a place ("the MP for York Central").
SEAT_FOR = re.compile(r"\b(?:MP|MSP|MS|AM|MLA|TD|[Mm]ember)\s+for\s+$")


def looks_past(word: str) -> bool:
    """A small-letter word that is a verb in the past by its shape or the list of irregular ones: "pounced",
    "remained", "spoke" (a short word in "-ed", "red", "bed", is none)."""
    return word.endswith("ed") and len(word) > 4 or word in lx.IRREGULAR_PAST


def kin_before_name(text: str, start: int, reach: int) -> re.Match | None:
    """KIN_BEFORE_NAME searched in the `reach` characters before start, only where the word right before
    them is a word for kin (the pattern ends so): most names have none, and are not searched."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == start:
        return None
    if text[i - 1:i] == ",":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    if text[j:i] not in lx.KIN_RELATIONS or j < start - reach:
        return None
    return KIN_BEFORE_NAME.search(text, max(0, start - reach), start)


def last_clause_mark(head: str, marks: str = ",;:—") -> int:
    """Where the last mark in head that sets off a phrase stands (-1 for none): a comma, semicolon, colon
    or dash. A comma inside a number ("12,000 customers") sets nothing off."""
    i = len(head)
    while True:
        i = max(head.rfind(m, 0, i) for m in marks)
        if i <= 0 or head[i] != "," or not (head[i - 1].isdigit() and head[i + 1:i + 2].isdigit()):
            return i


# Auxiliaries and adverbs between a subject and its cue, to be left out of the subject: "Lee has also",
# "She has since", "the firm had previously".
AUX_AT_END = re.compile(r"\s+(?:has|have|had|also|previously|later|then|is|was|were|are|would|will)"
                        r"(?:\s+(?:also|been|to|since|already|long|often|[a-z]+ly))*\s*$")


# "to" and a verb after it, not a noun phrase: "to leave", "to support" (not "to the council", "to him").
TO_A_VERB = r"to\s+(?!(?:the|a|an|his|her|its|their|this|that|him|them|me|us|it)\b)[a-z]+\b"


def is_work_title(words: list[str]) -> bool:
    """A few words in title case, each long word capitalised and nothing but a full stop at the end:
    the title of a book, show or film. A shout ("Lock the Gates!") or question is words said."""
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper() or words[-1][-1:] in "!?":
        return False
    long = [w.rstrip(".,") for w in words if len(w.rstrip(".,")) >= 4]
    # (a small word that title case would capitalise, a verb or "not", says it is a sentence: "Secretary
    # Lee was not."; short words all capitalised are a title too: "The Old Oak")
    return (len(long) >= 2 or sum(1 for w in words if w[:1].isupper()) >= 3) and \
        all(w[:1].isupper() for w in long) and \
        not any(ch in w for w in words[:-1] for ch in ".,;:") and \
        all(w[:1].isupper() or w.rstrip(".,") in TITLE_SMALL_WORDS for w in words[1:])


# A kind of work right before a quote: what the quote holds is its title ("her new book, “Zoned Out,”").
_WORK_BEFORE = re.compile(r"\b(?:book|novel|memoir|film|movie|documentary|album|song|single|series|play|musical|"
                          r"opera|poem|essay|podcast|painting|exhibition)s?,?\s+$")


def titled_work(text: str, open_at: int, words: list[str]) -> bool:
    """The quote opening at open_at, of these words, is the title of a work: a few words in title case, or a
    few words after the kind of work ("the film “Up”", "her book, “Zoned Out,”")."""
    return is_work_title(words) or 1 <= len(words) <= 8 and words[0][:1].isupper() and \
        _WORK_BEFORE.search(text, max(0, open_at - 20), open_at) is not None


# The small words a title in title case leaves in small letters, and the particles of names in it
# ("Jeanne du Barry").
TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor with by from as vs via into upon "
                              "du de la le da di del von van".split())


_WITH_AFTER_COMMA = re.compile(r",\s+with\s+")
_ING_WORD = re.compile(r"\s[a-z]+ing\b")
_AND_SUBJECT = re.compile(r"\s+and\s+(?=(?:the|a|an|his|her|their|its)\b|[A-Z])")


def with_subject(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """Where the subject of a participle in ", with <subject> -ing" stands, before the first participle
    after it: "..., with several justices joining liberals in questioning ..." gives "several justices".
    None when the sentence has no such "with"."""
    found = None
    for found in _WITH_AFTER_COMMA.finditer(text, start, cue_start):
        pass
    if found is None:
        return None
    subject_s = found.end()
    for joined in _AND_SUBJECT.finditer(text, subject_s, cue_start):
        if _ING_WORD.search(text, joined.end(), cue_start) is None and \
                _ING_WORD.search(text, subject_s, joined.start()) is not None:
            # "..., with the senator accusing Lee of ... and the former mayor warning that ...": the participle
            # after "and" has its own subject
            subject_s = joined.end()
    participle = _ING_WORD.search(text, subject_s, cue_start + 1)
    end = participle.start() if participle is not None else cue_start
    return (subject_s, end) if text[subject_s:end].strip(" ,") else None


# A sentence's head (to its first comma), then phrases set off, the first opening with a participle or
# "with", to the cue: "The nominee, appearing with her running mate, Sen. Pat Lee, " (before "said").
_HEAD_THEN_PARTICIPLE = re.compile(
    r"[\s“\"‘]*((?:[Tt]he|[Aa]n?|[A-Z])[^,;:“”\"]{0,60}?),\s+"
    r"(?:(?!(?:during|according|including|something|nothing|morning|evening|building|king|thing)\b)[a-z]+ing"
    r"|[a-z]+ed|with|alongside|along\s+with)\s[^,;:“”\"]{1,80},[^;:“”\"]{1,80},\s*")


def head_before_participle(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """The span of the sentence's head when a participle's phrase set off after it holds a name set off in
    turn, right before the cue at cue_start: in "The nominee, appearing with her running mate, Sen. Pat Lee,
    said", Lee is apposed to the running mate, and the nominee is the subject."""
    m = _HEAD_THEN_PARTICIPLE.fullmatch(text, start, cue_start)
    return m.span(1) if m is not None else None
