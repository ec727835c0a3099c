"""Articles: reading bytes from disk or stdin, decoding, cleaning, titles.

Every offset the rest of the program uses indexes `Article.text`, the cleaned
body, so cleaning happens once, here, and is deterministic.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .files import ReadProblem, read_capped
from .safetext import one_line, strip_controls
from .yamlio import YamlProblem, parse_yaml

MAX_BYTES = 64 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")


class ArticleError(Exception):
    """An article that cannot be read; the message is fit to show as is."""


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    path: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()

    @functools.cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """Each paragraph's (start, end) in the text (found when first asked for)."""
        return paragraph_spans(self.text)

    @functools.cached_property
    def sha256(self) -> str:
        """The sha256 of the text in UTF-8, worked out once, a slice at a time (no copy of a big text)."""
        import hashlib  # (not at import: the reader's first frame needs no hash)

        digest = hashlib.sha256()
        text, step = self.text, 1 << 20
        for i in range(0, len(text), step):
            digest.update(text[i:i + step].encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def meta(self) -> dict:
        """The `article` object of the extract JSON contract."""
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "source": self.source,
            "published": self.published,
            "sha256": self.sha256,
        }


# --- decoding ---------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode article bytes: BOMs first, then UTF-8, then a detector.

    NUL bytes outside a UTF-16/32 file mean binary data, not an article.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"{name}: not valid {encoding} text") from exc
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise ArticleError(f"{name}: binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        mixed = _mostly_utf8(data)
        if mixed is not None:
            return mixed
    # Legacy 8-bit text. Western news text that is not UTF-8 is nearly always
    # cp1252 (Latin-1 plus smart quotes), but detectors often name another
    # code page for short texts (cp1250, even the Baltic cp775 for "René").
    # So cp1252 wins whenever the text is Latin script: mostly ASCII letters,
    # or a detector's western guess; otherwise the detector decides.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    western = best is not None and best.encoding.replace("-", "_").startswith(_WESTERN)
    if western or _mostly_ascii_letters(data):
        try:
            text = data.decode("cp1252")
            if _plausible(text):
                return text
        except UnicodeDecodeError:
            pass
    if best is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{name}: cannot detect the text encoding (binary file?)") from exc
    else:
        text = str(best)
    if not _plausible(text):
        raise ArticleError(f"{name}: binary file, not an article")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no byte-order mark: the NULs are the high bytes of ASCII letters.

    In such text nearly every other byte is NUL, all on the same side; binary
    data has NULs scattered anywhere.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros >= 0.6 * half and min(even, odd) <= 0.02 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if _plausible(text) else None
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes of an 8-bit code page (a file edited with two tools).

    When the text holds real UTF-8 sequences and the bad bytes are few, each
    bad byte is read as cp1252 and the rest as UTF-8; otherwise None, and the
    detector decides.
    """
    stray: list[int] = []

    def as_cp1252(exc: UnicodeDecodeError) -> tuple[str, int]:
        bad = exc.object[exc.start:exc.end]
        stray.append(len(bad))
        return bad.decode("cp1252", errors="replace"), exc.end

    codecs.register_error("tui-reader-stray-cp1252", as_cp1252)
    text = data.decode("utf-8", errors="tui-reader-stray-cp1252")
    bad = sum(stray)
    # Every stray byte is one character; the rest of the non-ASCII bytes came in UTF-8 sequences.
    multibyte_chars = sum(1 for ch in text if ord(ch) >= 0x80) - bad
    if multibyte_chars <= 0 or bad > 64 and bad > len(data) // 200:
        return None
    return text if _plausible(text) else None


_WESTERN = ("latin_1", "iso8859_1", "iso8859_15", "cp1252", "cp1250", "cp1254", "cp1257",
            "mac_roman", "mac_latin2", "iso8859_2", "iso8859_9", "cp850", "cp437")


def _mostly_ascii_letters(data: bytes) -> bool:
    """Latin-script text in an 8-bit code page: bytes above 127 are the few accented letters and quotes."""
    letters = sum(1 for b in data if 65 <= b <= 90 or 97 <= b <= 122)
    high = sum(1 for b in data if b >= 128)
    return high <= 0.25 * letters


def _plausible(text: str) -> bool:
    """Text, not binary: few control characters, mostly letters and spaces."""
    if not text:
        return True
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\x1b")
    return controls <= len(text) * 0.01


# --- cleaning ---------------------------------------------------------------

# ANSI CSI, OSC (ended by BEL or ST), DCS/SOS/PM/APC strings, and two-byte ESC codes.
_BOILERPLATE = re.compile(
    r"(?:add a comment|\d* ?comments?|leave a comment|share (?:this|the) (?:article|story|post)"
    r"|share on \w+|share|tweet|advertisement|advertising|sponsored( content)?|ad"
    r"|sign up (?:for|to) (?:our|the) \w+(?: \w+)?|subscribe(?: now| to our \w+)?"
    r"|read more(?: here)?|continue reading|click here|related(?: articles| stories)?"
    r"|follow us(?: on [\w ,&]+)?|skip to (?:main )?content|print|email"
    r"|all rights reserved\.?|copyright .{0,60}|© .{0,60}|recommended(?: stories)?)"
    r"[.:!]?",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """A whole line that is site furniture, never a sentence of the story."""
    s = line.strip()
    return len(s) <= 60 and _BOILERPLATE.fullmatch(s) is not None


def clean_text(raw: str) -> str:
    """Normalise raw text into the body every offset indexes.

    Paragraphs are joined by a blank line. Single newlines are paragraph
    breaks (scraped text uses them so) unless the text is hard-wrapped:
    blank-line separated blocks of short lines, whose newlines are joined.
    """
    return _clean_taking([raw])


# The `_taking` functions take their text in a one-item list, which they empty: when the caller keeps
# no other reference, a big text is freed as soon as it has been read, not held beside its next copy
# (loading a 30 MB article peaked at 215 MB of objects before, 126 MB since: tracemalloc).

def _clean_taking(holder: list[str]) -> str:
    text = holder.pop().replace("\r\n", "\n").replace("\r", "\n")
    text = strip_controls(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    del text
    paragraphs = _paragraphs(lines)
    del lines
    paragraphs = [p for p in paragraphs if not is_boilerplate(p)]
    return "\n\n".join(paragraphs)


def _paragraphs(lines: list[str]) -> list[str]:
    blocks: list[list[str]] = [[]]
    for ln in lines:
        if ln.strip():
            blocks[-1].append(ln)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    nonblank = [ln for b in blocks for ln in b]
    multi = [b for b in blocks if len(b) > 1]
    hard_wrapped = (
        len(blocks) > 1
        and multi
        and sum(len(ln) <= 100 for ln in nonblank) >= 0.9 * len(nonblank)
        and sum(len(b) for b in multi) >= 0.5 * len(nonblank)
    )
    out: list[str] = []
    for block in blocks:
        if hard_wrapped:
            out.append(" ".join(ln.strip() for ln in block))
        else:
            out.extend(ln.strip() for ln in block)
    return [p for p in out if p]


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    pos = 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return tuple(s for s in spans if s[1] > s[0])


# --- front matter (Markdown itself is read by `markdown.py`) ------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(raw: str, name: str = "input") -> tuple[dict, str]:
    m = _FRONT_MATTER.match(raw)
    if not m:
        return {}, raw
    try:
        # Controls are not YAML, and not wanted in any field: gone before parsing, so they cannot refuse the article.
        meta = parse_yaml(strip_controls(m.group(1)), first_line=2) or {}
    except YamlProblem as exc:
        raise ArticleError(f"{one_line(name)}: front matter: {exc}") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: front matter must be a mapping of fields")
    return meta, raw[m.end():]


# --- titles and ids -----------------------------------------------------------

def _headline(text: str) -> str | None:
    """The first paragraph when it reads as a headline: short, no final stop."""
    paras = text.split("\n\n", 1)
    if len(paras) < 2:
        return None
    first = paras[0].strip()
    words = first.split()
    if not (1 <= len(words) <= 20) or len(first) > 160:
        return None
    if first[-1] in ".!?:;,…\"”’" or not first[0].isupper() and not first[0].isdigit():
        return None
    return first


def _lead_title(text: str, limit: int = 80) -> str | None:
    """The story's opening words as its title, when it names none and opens with no headline:
    its first sentence, cut at a word before `limit` characters."""
    first = text.split("\n\n", 1)[0].strip()
    m = re.search(r"[.!?…](?:[\"”’)]*)\s", first)
    sentence = first[:m.start() + 1] if m else first
    if len(sentence) <= limit:
        return sentence.rstrip(".") or None
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    return (cut + "…") if cut else None


def title_from_name(name: str) -> str:
    stem = Path(name).name
    for suffix in (".notes.yaml",) + ARTICLE_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    words = re.sub(r"[-_.]+", " ", one_line(stem)).split()
    if not words:
        return "Untitled"
    title = " ".join(words)
    return title[0].upper() + title[1:]


def slug(name: str) -> str:
    stem = Path(name).name
    for suffix in ARTICLE_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    s = re.sub(r"[^\w]+", "-", stem.lower()).strip("-")
    return s or "article"


# --- loading ------------------------------------------------------------------

def _meta_str(meta: dict, key: str) -> str | None:
    """A front-matter field as one clean line; lists are joined; anything else is ignored."""
    value = meta.get(key)
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)) and not isinstance(v, bool))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    elif hasattr(value, "isoformat"):
        value = value.isoformat()
    if not isinstance(value, str):
        return None
    return one_line(value)[:1000] or None


def parse_article(raw: str, name: str = "input", path: str | None = None, markdown: bool = False) -> Article:
    """Build an Article from decoded text. Raises ArticleError when nothing is left."""
    return _parse_taking([raw], name, path, markdown)


def _parse_taking(holder: list[str], name: str, path: str | None, markdown: bool) -> Article:
    raw = holder.pop()
    meta: dict = {}
    if markdown or raw.startswith("---"):
        meta, body = split_front_matter(raw, name)
        if not meta and raw.startswith("---") and not markdown:
            body = raw
    else:
        body = raw
    if markdown:
        from .markdown import markdown_to_text  # its patterns are compiled for Markdown files only

        body = markdown_to_text(body.replace("\r\n", "\n"))
    del raw
    holder.append(body)
    del body
    text = _clean_taking(holder)
    if not text.strip():
        raise ArticleError(f"{name}: empty article (no text left after cleaning)")
    title = _meta_str(meta, "title")
    title = title or _headline(text) or _lead_title(text) or title_from_name(name)
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = tags.split(",")
    elif not isinstance(tags, (list, tuple)):
        tags = ()
    tags = [one_line(str(t)) for t in tags if isinstance(t, (str, int, float)) and not isinstance(t, bool)]
    return Article(
        id=slug(name),
        title=title,
        text=text,
        path=path,
        source=_meta_str(meta, "source"),
        url=_meta_str(meta, "url"),
        published=_meta_str(meta, "published") or _meta_str(meta, "date"),
        author=_meta_str(meta, "author"),
        tags=tuple(t for t in tags if t),
    )


def load_bytes(data: bytes, name: str = "input", path: str | None = None) -> Article:
    return _load_taking([data], name, path)


def _load_taking(holder: list[bytes], name: str, path: str | None) -> Article:
    is_md = name.lower().endswith((".md", ".markdown"))
    return _parse_taking([decode_bytes(holder.pop(), name)], name, path, is_md)


def load_article(path: str | Path) -> Article:
    """Read one article file. Every failure is an ArticleError with one line."""
    name = str(path)
    try:
        data = read_capped(path, MAX_BYTES)
    except ReadProblem as exc:
        raise ArticleError(f"{one_line(name)}: {exc}") from None
    holder = [data]
    del data
    return _load_taking(holder, name, name)


def find_articles(folder: str | Path) -> list[Path]:
    """Article files in a folder (not recursive), sorted by name; notes files skipped."""
    p = Path(folder)
    with os.scandir(p) as entries:  # the listing tells files apart without a stat per entry
        names = [e.name for e in entries
                 if not e.name.startswith(".") and e.name.lower().endswith(ARTICLE_SUFFIXES) and is_file_entry(e)]
    return [p / name for name in sorted(names)]


def is_file_entry(entry: os.DirEntry) -> bool:
    """A folder entry that is a file (following a link); False when it cannot be told."""
    try:
        return entry.is_file()
    except OSError:
        return False
