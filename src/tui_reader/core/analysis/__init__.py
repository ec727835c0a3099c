"""Analysis of one article's text: entities, quotes and facts.

`analyse(text)` is the single entry point. The text is read once into a
`Document` (sentences, paragraphs, and the mention index every stage reads and
adds to); then the stages run in this order, each an ordered list of small
named rules in its own module:

1. entities (`entities.py`): capitalised phrases, typed by `TYPING_RULES`,
   joined by alias; numeric expressions (dates, money, percentages, quantities);
2. direct quotes (`quotes.py`), their speakers by `attribution.RULES`, pronouns
   and roles resolved by `resolve.Resolver`;
3. reported speech (`reported.py`);
4. facts (`facts.py`): values with the clause they belong to.

A second backend only has to return the same `Analysis`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from tui_reader.core.collector import collector_paused

if TYPE_CHECKING:
    from .model import Analysis

# The entity types of the `extract` contract, in the order the side pane lists them.
ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "NORP", "EVENT", "PRODUCT", "DATE", "MONEY", "PERCENT", "QUANTITY")

__all__ = ["ENTITY_TYPES", "Analysis", "Entity", "Fact", "Mention", "Quote", "Value", "analyse", "analyser_version"]


def analyse(text: str) -> Analysis:
    """The analysis of one text: its `Document` read once, then the stages of `STAGES` in order."""
    from .document import Document
    from .entities import find_entities
    from .facts import find_facts
    from .model import Analysis
    from .quotes import find_quotes

    with collector_paused():
        doc = Document(text)
        doc.add_entities(find_entities(doc))
        quotes = find_quotes(doc)
        facts = find_facts(doc, quotes)
    return Analysis(entities=tuple(doc.entities), quotes=tuple(quotes), facts=tuple(facts),
                    sentences=tuple(doc.sentences))


def __getattr__(name: str):
    """The data classes, imported when first asked for: the reader's first frame needs none of them."""
    if name in ("Analysis", "Entity", "Fact", "Mention", "Quote", "Value"):
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.lru_cache(maxsize=1)
def analyser_version() -> str:
    """A short hash of the analyser's code and word lists: whatever keeps analyses (the library
    index) keys them on it, so a changed rule or word is never answered from an old result."""
    here = Path(__file__).parent
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(here.glob("*.py")) + sorted((here / "words").glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]
