"""Regular-expression building blocks shared by the analysers."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
