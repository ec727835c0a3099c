"""Search inside one text: plain words with smart case, or `re:` regular expressions."""

from __future__ import annotations

import re


class SearchError(ValueError):
    """A query that cannot be searched for; the message is fit to show as is."""


MAX_MATCHES = 200_000


def compile_query(query: str) -> re.Pattern[str] | None:
    """The pattern for a query; None for an empty one.

    Smart case as in less and vim: a query with no capital letter matches any case.
    A query starting with `re:` is a regular expression.
    """
    if query.startswith("re:"):
        source = query[3:]
        if not source:
            return None
        flags = 0 if any(ch.isupper() for ch in re.sub(r"\\.", "", source)) else re.IGNORECASE
        try:
            return re.compile(source, flags)
        except re.error as exc:
            raise SearchError(f"invalid regular expression: {exc}") from None
    if not query:
        return None
    flags = 0 if any(ch.isupper() for ch in query) else re.IGNORECASE
    return re.compile(re.escape(query), flags)


def find_all(text: str, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """Every non-empty match of the query, in order, at most `limit` of them."""
    pattern = compile_query(query)
    if pattern is None:
        return []
    out: list[tuple[int, int]] = []
    add = out.append
    for m in pattern.finditer(text):
        s, e = m.span()
        if e > s:
            add((s, e))
            if len(out) >= limit:
                break
    return out
