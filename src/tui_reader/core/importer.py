"""News in: a web page (or a text file) becomes an article file in the library.

The body and most metadata come from trafilatura, the best-measured open
article extractor; the title is chosen here from what the page itself declares,
in the order publishers maintain them: the JSON-LD headline of an article, then
og:title and twitter:title, then the <title> without the site's name.
An imported article is Markdown with YAML front matter, named from its date and
a slug of its title. Pure: no Textual, no Rich.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .article import ARTICLE_SUFFIXES, ArticleError, parse_article, decode_bytes
from .files import ReadProblem, atomic_write, read_capped
from .safetext import one_line, strip_controls

MAX_HTML_BYTES = 20 * 1024 * 1024
MIN_BODY_WORDS = 25
FRONT_KEYS = ("title", "author", "published", "source", "url", "fetched", "feed", "language", "body_sha256")


class ImportProblem(Exception):
    """A page or file that cannot become an article; the message is one line, fit to show."""


@dataclass(frozen=True)
class Imported:
    title: str
    text: str
    author: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    fetched: str | None = None
    feed: str | None = None
    extra: dict = field(default_factory=dict, hash=False)

    @property
    def body_sha256(self) -> str:
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- titles -----------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·|/|\\)\s+")


def _text_of(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _jsonld_headline(tree) -> str | None:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if len(raw) > 2_000_000:
            continue
        raw = raw.removeprefix("<![CDATA[").removesuffix("]]>").strip()  # XHTML habit
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith(("Article", "NewsArticle", "Posting", "Report"))
                       for k in kinds) and isinstance(item.get("headline"), str) and item["headline"].strip():
                    return item["headline"]
                stack.extend(v for k, v in item.items() if k == "@graph")
    return None


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name"):
            for el in tree.xpath(f'//meta[@{attr}="{name}"]'):
                content = (el.get("content") or "").strip()
                if content:
                    return content
    return None


def _without_site_name(title: str, site: str | None) -> str:
    """A <title> without the site's name: the part after its last separator, when that is short."""
    title = re.sub(r"\s+(?:\||-|–|—|::|»|·)$", "", title)
    marks = list(_SEPARATORS.finditer(title))
    if not marks:
        return title
    last = title[marks[-1].end():]
    head = title[:marks[-1].start()].strip()
    if site and _norm(site) in _norm(last) and head:
        return head  # the site's own name, as the page declares it
    return head if len(last.split()) <= 4 and len(head.split()) >= 3 else title


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).lower().split())


def title_sources(tree) -> tuple[str | None, str | None, str | None]:
    """What the page declares as its title (JSON-LD or meta), its <title>, its first <h1>.

    Read before the page is pruned for extraction; the site's name, which trims
    the <title>, is known only after it."""
    declared = next((c for c in (_jsonld_headline(tree), _meta(tree, "og:title", "twitter:title"))
                     if c and c.strip()), None)
    titles, h1 = tree.xpath("//title"), tree.xpath("//h1")
    return declared, (_text_of(titles[0]) if titles else None) or None, (_text_of(h1[0]) if h1 else None) or None


def choose_title(sources: tuple[str | None, str | None, str | None], site: str | None,
                 fallback: str | None) -> str | None:
    declared, page_title, h1 = sources
    if declared:
        return one_line(declared)
    if page_title:
        return one_line(_without_site_name(page_title, site))
    if h1:
        return one_line(h1)
    return one_line(fallback) if fallback else None


# -- pages --------------------------------------------------------------------------

def _parse_tree(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ImportProblem(f"not an HTML page ({exc})") from None


# Page furniture that extractors glue to the story: galleries, carousels, lists of
# related or recommended stories, share bars, newsletter boxes, video-player dialogs.
# Matched as whole words of an element's class or id, never as parts of words.
_FURNITURE = frozenset("""gallery galleries slideshow carousel related recommended recommendations recirc
    recirculation outbrain taboola newsletter promo sharing share social sponsored vjs modal
    """.split())
_WORDS = re.compile(r"[a-z]+")


def _prune_furniture(tree) -> None:
    """Drop furniture before extraction. Never a page's main or article element, nor anything
    holding its headline; class names for scripts ("js-...") say nothing of what an element is."""
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article"):
            continue
        names = " ".join(c for c in (el.get("class") or "").lower().split() if not c.startswith("js"))
        if not names or not _FURNITURE.intersection(_WORDS.findall(names)):
            continue
        if el.getparent() is None or el.find(".//h1") is not None:
            continue
        el.drop_tree()


def from_html(html: str, url: str | None = None, feed: str | None = None, fetched: str | None = None) -> Imported:
    """The article of one page; ImportProblem when the page has no article body."""
    import trafilatura

    if "<" not in html:
        raise ImportProblem("not an HTML page")
    tree = _parse_tree(html)
    sources = title_sources(tree)
    site = _meta(tree, "og:site_name")
    _prune_furniture(tree)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True)
    if doc is None or not (doc.text or "").strip():
        raise ImportProblem("no article body found in the page")
    text = _paragraphs(doc.text)
    title = choose_title(sources, site or doc.sitename, doc.title) or "Untitled"
    text = _drop_repeated_headline(text, title)
    if len(text.split()) < MIN_BODY_WORDS:
        raise ImportProblem(f"no article body found in the page (only {len(text.split())} words of text)")
    return Imported(
        title=title, text=text,
        author=_clean(doc.author), published=_clean(doc.date), source=_site_name(site or doc.sitename, url or doc.url),
        url=_clean(doc.url) or url, language=_clean(doc.language) or _lang(tree),
        fetched=fetched or now(), feed=feed,
    )


def _clean(v: object) -> str | None:
    if not isinstance(v, str):
        return None
    v = one_line(v)
    return v or None


def _site_name(declared: str | None, url: str | None) -> str | None:
    """The site's own name; its host name when it declares none, or only an address."""
    name = _clean(declared)
    if name and not name.lower().startswith(("http://", "https://", "www.")):
        return name
    return _host(url) or _host(name if name and "//" in name else None)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _lang(tree) -> str | None:
    lang = tree.get("lang") or ""
    return one_line(lang.split("-")[0]) or None if lang else None


def _paragraphs(text: str) -> str:
    paras = [" ".join(line.split()) for line in strip_controls(text).split("\n")]
    return "\n\n".join(p for p in paras if p)


def _drop_repeated_headline(text: str, title: str) -> str:
    first, _, rest = text.partition("\n\n")
    if rest and _norm(first) == _norm(title):
        return rest
    return text


def from_text(raw: str, name: str, markdown: bool) -> Imported:
    """A text or Markdown article given to `add`: kept with its front matter's fields."""
    try:
        article = parse_article(raw, name=name, markdown=markdown)
    except ArticleError as exc:
        raise ImportProblem(str(exc).split(": ", 1)[-1]) from None
    return Imported(title=article.title, text=article.text, author=article.author, published=article.published,
                    source=article.source, url=article.url, fetched=now())


def read_local(path: Path) -> Imported:
    """An HTML, text or Markdown file from disk."""
    try:
        data = read_capped(path, MAX_HTML_BYTES)
    except ReadProblem as exc:
        raise ImportProblem(str(exc)) from None
    name = path.name.lower()
    if name.endswith((".html", ".htm", ".xhtml")):
        return from_html(decode_html(data, None))
    try:
        raw = decode_bytes(data, path.name)
    except ArticleError as exc:
        raise ImportProblem(str(exc).split(": ", 1)[-1]) from None
    if name.endswith(ARTICLE_SUFFIXES) or not looks_like_html(raw):
        return from_text(raw, path.name, markdown=name.endswith((".md", ".markdown")))
    return from_html(raw)


def looks_like_html(raw: str) -> bool:
    head = raw[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in raw[:20000].lower()


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def decode_html(data: bytes, header_charset: str | None) -> str:
    """An HTML page's text: the HTTP header's charset, else the page's <meta>, else detection."""
    import codecs

    for candidate in (header_charset, _meta_charset(data)):
        if not candidate:
            continue
        try:
            codecs.lookup(candidate)
        except LookupError:
            continue
        enc = "cp1252" if candidate.lower() in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else candidate
        return data.decode(enc, errors="replace")
    try:
        return decode_bytes(data, "page")  # the articles' own decoding: BOMs, UTF-8, then cp1252 or a detector
    except ArticleError:
        return data.decode("cp1252", errors="replace")


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii") if m else None


# -- the library ----------------------------------------------------------------------

def file_name(imported: Imported) -> str:
    date = (imported.published or imported.fetched or now())[:10]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        date = now()[:10]
    slug = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", imported.title).lower()).strip("-")[:60].strip("-")
    return f"{date}-{slug or 'article'}.md"


def to_markdown(imported: Imported) -> str:
    from .notes import _quoted  # one YAML string writer for every file we write

    lines = ["---"]
    for key in FRONT_KEYS:
        value = imported.body_sha256 if key == "body_sha256" else getattr(imported, key)
        if value:
            lines.append(f"{key}: {_quoted(str(value))}")
    lines.append("---")
    body = "\n\n".join(_escape_markdown(p) for p in imported.text.split("\n\n"))
    return "\n".join(lines) + "\n\n" + body + "\n"


def _escape_markdown(paragraph: str) -> str:
    """Body text stays text when read back as Markdown: marks that would open a block are escaped."""
    if re.match(r"(?:[#>*+\-=|`~]|\d{1,9}[.)]\s)", paragraph):
        return "\\" + paragraph if not paragraph[0].isdigit() else re.sub(r"^(\d+)([.)])", r"\1\\\2", paragraph)
    return paragraph


@dataclass(frozen=True)
class Added:
    path: Path
    created: bool
    reason: str = ""  # why nothing was written: "same URL" / "same text"


def known_articles(library: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    """The library's articles by URL and by body hash, from their front matter."""
    by_url: dict[str, Path] = {}
    by_body: dict[str, Path] = {}
    if not library.is_dir():
        return by_url, by_body
    for path in sorted(library.glob("*.md")):
        try:
            head = read_capped(path, 16384, head=True).decode("utf-8", "replace")
        except ReadProblem:
            continue
        if not head.startswith("---"):
            continue
        for key, target in (("url", by_url), ("body_sha256", by_body)):
            m = re.search(rf'(?m)^{key}: "?([^"\n]+)"?$', head)
            if m:
                target.setdefault(m.group(1).strip(), path)
    return by_url, by_body


def add_to_library(imported: Imported, library: Path, known: tuple[dict, dict] | None = None) -> Added:
    """Write the article into the library, unless its URL or its text is there already."""
    by_url, by_body = known if known is not None else known_articles(library)
    if imported.url and imported.url in by_url:
        return Added(by_url[imported.url], False, "same URL")
    sha = imported.body_sha256
    if sha in by_body:
        return Added(by_body[sha], False, "same text")
    library.mkdir(parents=True, exist_ok=True)
    name = file_name(imported)
    path = library / name
    n = 2
    while path.exists():
        path = library / f"{name[:-3]}-{n}.md"
        n += 1
    atomic_write(path, to_markdown(imported))
    if imported.url:
        by_url[imported.url] = path
    by_body[sha] = path
    return Added(path, True)
