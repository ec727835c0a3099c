"""Highlight styles: which style each entity type and mark is drawn in."""

from __future__ import annotations

from .analysis.model import ENTITY_TYPES

HIGHLIGHT_KEYS = (*ENTITY_TYPES, "quote", "fact", "search", "search-current", "cursor", "note")

# The dark default; theme files override every key.
DEFAULT_HIGHLIGHT = {
    "PERSON": "#7fb8ff", "ORG": "#f0a35e", "PLACE": "#8fd694", "NORP": "#d7a6f5", "EVENT": "#ff8f8f",
    "PRODUCT": "#66d9d0", "DATE": "#e6d36a", "MONEY": "#b5e06b", "PERCENT": "#f5b3d0", "QUANTITY": "#c2c7ff",
    "quote": "italic #e8c9a0", "fact": "underline", "search": "reverse", "search-current": "bold reverse #ffd75f",
    "cursor": "bold reverse", "note": "underline #ffb454",
}
