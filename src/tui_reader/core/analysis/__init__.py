"""Analysis of one article's text: entities, quotes and facts.

`analyse(text)` is the single entry point; each part lives in its own module
so it can be improved alone. A second backend only has to return the same
`Analysis`.
"""

from __future__ import annotations

import gc

from .model import ENTITY_TYPES, Analysis, Entity, Fact, Mention, Quote, Value
from .segment import sentence_bounds

__all__ = ["ENTITY_TYPES", "Analysis", "Entity", "Fact", "Mention", "Quote", "Value", "analyse"]


def analyse(text: str) -> Analysis:
    from .entities import find_entities
    from .facts import find_facts
    from .quotes import find_quotes

    # Analysis makes many small acyclic objects; the cyclic collector would
    # rescan them all again and again, making big texts superlinear.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        sentences = sentence_bounds(text)
        entities = find_entities(text, sentences)
        quotes = find_quotes(text, sentences, entities)
        facts = find_facts(text, sentences, entities, quotes)
    finally:
        if was_enabled:
            gc.enable()
    return Analysis(entities=tuple(entities), quotes=tuple(quotes), facts=tuple(facts), sentences=tuple(sentences))
