"""Readable text from Markdown: headings as paragraphs, markup removed."""

from __future__ import annotations

import re

# Markdown's inline forms, each bounded so that no pattern re-reads the text: a
# bracket's text holds no other bracket, emphasis stays within a line and a few
# hundred characters, a tag holds no other "<". Every pattern is linear in the text.
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)|\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,500}\]")
_MD_REFDEF = re.compile(r"^[ \t]{0,3}\[[^\[\]\n]{1,500}\]:[ \t]+\S.*$", re.MULTILINE)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$", re.MULTILINE)
_MD_SETEXT = re.compile(r"^(.+)\n(?:=++|-++)[ \t]*$", re.MULTILINE)
# Each alternative opens with its mark, and looks behind it only then: the engine skips to the
# next * or _ at once, where a leading look-behind had it try every position of the text.
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1"
                      r"|(\*)(?<![\w*]\*)(?=\S)([^\n*]{1,300}?)(?<=\S)\*(?![\w*])"
                      r"|(_)(?<![\w*]_)(?=\S)([^\n_]{1,300}?)(?<=\S)_(?![\w*])")
_MD_CODE = re.compile(r"`([^`]*+)`")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*+\1){2,}[ \t]*$", re.MULTILINE)
_MD_HTML = re.compile(r"</?[a-zA-Z][^<>]{0,2000}>")


# CommonMark's backslash escapes: any ASCII punctuation. While the patterns run, an
# escaped mark stands as a private-use character; afterwards it is the mark again.
_MD_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPE_BASE = 0xF780
_MD_HIDDEN = re.compile("[\uf7a1-\uf7fe]")


def _heading_text(line: str) -> str:
    """An ATX heading's text without its optional closing hashes ("Title ##" gives "Title", "C#" stays)."""
    line = line.rstrip(" \t")
    bare = line.rstrip("#")
    if bare != line and (not bare or bare[-1] in " \t"):
        line = bare.rstrip(" \t")
    return line


def markdown_to_text(md: str) -> str:
    """Readable text from Markdown: headings as paragraphs, markup removed.

    A backslash-escaped mark ("\\# not a heading") is kept out of every pattern
    below and comes back as the plain mark."""
    md = _MD_ESCAPED.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), md)
    md = _MD_RULE.sub("", md)
    md = _MD_REFDEF.sub("", md)
    md = _MD_SETEXT.sub(r"\1\n", md)
    md = _MD_HEADING.sub(lambda m: "\n" + _heading_text(m.group(1)) + "\n", md)
    md = _MD_QUOTE.sub("", md)
    md = _MD_IMAGE.sub(r"\1", md)
    md = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), md)
    md = _MD_CODE.sub(r"\1", md)
    for _ in range(2):  # nested emphasis such as ***x***: a second pass when the first took some
        md, taken = _MD_EMPH.subn(lambda m: next(g for g in (m.group(2), m.group(4), m.group(6)) if g is not None), md)
        if not taken:
            break
    md = _MD_HTML.sub("", md)
    return _MD_HIDDEN.sub(lambda m: chr(ord(m.group()) - _ESCAPE_BASE), md)
