"""Outside text made safe to show, print and store.

Text from outside (article bodies, front matter, file names, note bodies and
tags, theme files) may hold terminal escape sequences, control characters, lone
surrogates (undecodable bytes of a command-line argument) and Unicode
noncharacters. Escape sequences and controls would reach the terminal: clear
the screen, set the window title, write the clipboard. Surrogates and
noncharacters cannot be written as UTF-8 or read back from YAML. Everything
that enters passes through `strip_controls` or `one_line`; everything printed
passes through them again, or `json_dumps`.
"""

from __future__ import annotations

import re

# ANSI CSI, OSC and the other string sequences (ended by BEL or ST, or where the
# next escape begins, as a terminal ends them), their 8-bit C1 forms, and
# two-byte ESC codes. Possessive and bounded by the next ESC: linear in the text.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*+[ -/]*+[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*+(?:\x07|\x1b\\|\x9c)?"
    r"|\x9b[0-?]*+[ -/]*+[@-~]?"
    r"|[\x90\x98\x9d-\x9f][^\x07\x1b\x9c]*+(?:\x07|\x9c|\x1b\\)?"
    r"|\x1b[ -/]*+[0-~]?"
)
# Control characters other than newline and tab (C0, DEL, C1), the invisible
# format characters that change text direction, and noncharacters.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Any of the above: text without one (nearly all text) is returned as it is, after one search.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
# What JSON may leave raw but a terminal or a YAML reader may not: C1 controls, line separators.
_JSON_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def strip_controls(text: str) -> str:
    """Remove escape sequences and control characters (keep \\n and \\t); a lone surrogate becomes U+FFFD."""
    if not _UNSAFE.search(text):
        return text  # every escape sequence starts with a control character
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """Text for a label, a field or a message line: no controls, runs of white space as one space."""
    return _SPACES.sub(" ", strip_controls(text)).strip()


def json_dumps(obj: object, **kwargs) -> str:
    """JSON with non-ASCII text kept readable, but C1 controls and line separators escaped."""
    import json  # (loaded when first needed: the reader's first frame never is)

    out = json.dumps(obj, ensure_ascii=False, **kwargs)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
