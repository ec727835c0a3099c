"""Themes: YAML files that give the app's colours and the highlight styles.

A theme file names the ten Textual base colours and a style for each entity
type and mark. Files come from the package's `themes/` folder and then from
`<config dir>/tui-reader/themes/`; a user theme with a shipped theme's name
replaces it. A broken file is reported in one line naming the file and the
field, and skipped. Pure: no Textual, no Rich; colours are checked here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import ENTITY_TYPES
from .files import ReadProblem, read_capped
from .yamlio import YamlProblem, parse_yaml_kept

COLOR_KEYS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel",
              "success", "warning", "error")
REQUIRED_COLORS = ("primary", "foreground", "background")
MARK_KEYS = ("quote", "fact", "search", "cursor", "note")
HIGHLIGHT_KEYS = (*ENTITY_TYPES, *MARK_KEYS)
DEFAULT_THEME = "dark"
SHIPPED_DIR = Path(__file__).resolve().parent.parent / "themes"

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_ATTRIBUTES = frozenset({"bold", "italic", "underline", "reverse", "dim", "strike", "overline", "blink",
                         "underline2", "not"})

# Without colour (NO_COLOR), marks are told apart by attributes alone.
NO_COLOR_HIGHLIGHT = {
    **{t: "bold" for t in ENTITY_TYPES},
    "quote": "italic", "fact": "underline", "search": "reverse", "search-current": "reverse bold underline",
    "cursor": "bold reverse", "note": "underline",
}


class ThemeError(Exception):
    """A theme file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool
    colors: dict[str, str]
    highlight: dict[str, str]
    origin: str = "shipped"  # "shipped" | "user"
    path: str | None = field(default=None, compare=False)

    def highlight_styles(self) -> dict[str, str]:
        """Styles for the article view, with the current search match derived when not given."""
        styles = dict(self.highlight)
        styles.setdefault("search-current", f"bold underline {self.highlight['search']}")
        return styles


# -- colours ---------------------------------------------------------------------

def parse_hex(color: str) -> tuple[int, int, int]:
    if not _HEX.fullmatch(color):
        raise ValueError(f"not a colour: {color!r} (use #rrggbb)")
    h = color[1:]
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = parse_hex(color)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def style_color(style: str) -> str | None:
    """The foreground colour of a style string ("italic #6c3483" -> "#6c3483")."""
    words = style.split()
    for i, w in enumerate(words):
        if _HEX.fullmatch(w) and (i == 0 or words[i - 1] != "on"):
            return w
    return None


def style_attributes(style: str) -> frozenset[str]:
    return frozenset(w for w in style.split() if w in _ATTRIBUTES)


def check_style(style: str) -> str | None:
    """Why a style string is not valid, or None when it is."""
    words = style.split()
    if not words:
        return "empty style"
    for i, w in enumerate(words):
        if w in _ATTRIBUTES or _HEX.fullmatch(w):
            continue
        if w == "on" and i + 1 < len(words) and _HEX.fullmatch(words[i + 1]):
            continue
        return f"unknown style word {w!r} (use bold, italic, underline, reverse, dim, #rrggbb, on #rrggbb)"
    return None


# -- files -----------------------------------------------------------------------

def parse_theme(data: object, source: str, origin: str = "shipped") -> Theme:
    """Validate the mapping of one theme file; every problem names its field."""
    if not isinstance(data, dict):
        raise ThemeError(f"{source}: a theme file must be a mapping (name, dark, colors, highlight)")
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][\w.-]*", name):
        raise ThemeError(f"{source}: field 'name': missing or not a simple name")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeError(f"{source}: field 'dark': must be true or false")
    colors = data.get("colors")
    if not isinstance(colors, dict):
        raise ThemeError(f"{source}: field 'colors': missing or not a mapping")
    for key in REQUIRED_COLORS:
        if key not in colors:
            raise ThemeError(f"{source}: field 'colors.{key}': missing")
    checked_colors: dict[str, str] = {}
    for key, value in colors.items():
        if key not in COLOR_KEYS:
            raise ThemeError(f"{source}: field 'colors.{key}': unknown colour name (known: {', '.join(COLOR_KEYS)})")
        if not isinstance(value, str) or not _HEX.fullmatch(value):
            raise ThemeError(f"{source}: field 'colors.{key}': bad colour {value!r} (use #rrggbb)")
        checked_colors[key] = value
    highlight = data.get("highlight")
    if not isinstance(highlight, dict):
        raise ThemeError(f"{source}: field 'highlight': missing or not a mapping")
    checked: dict[str, str] = {}
    for key in HIGHLIGHT_KEYS:
        if key not in highlight:
            raise ThemeError(f"{source}: field 'highlight.{key}': missing")
    for key, value in highlight.items():
        if key not in HIGHLIGHT_KEYS and key != "search-current":
            raise ThemeError(f"{source}: field 'highlight.{key}': unknown (known: {', '.join(HIGHLIGHT_KEYS)})")
        if not isinstance(value, str):
            raise ThemeError(f"{source}: field 'highlight.{key}': must be a style string")
        problem = check_style(value)
        if problem:
            raise ThemeError(f"{source}: field 'highlight.{key}': {problem}")
        checked[key] = value
    return Theme(name=name, dark=dark, colors=checked_colors, highlight=checked, origin=origin, path=source)


MIN_TEXT_CONTRAST = 3.0  # WCAG's floor for large text; body text wants 4.5


def contrast_warnings(theme: Theme) -> list[str]:
    """Colour pairs a reader could not read: text on the backgrounds it is drawn on, below 3:1."""
    fg = theme.colors["foreground"]
    out = []
    for key in ("background", "surface", "panel"):
        bg = theme.colors.get(key)
        if bg is None:
            continue
        ratio = contrast_ratio(fg, bg)
        if ratio < MIN_TEXT_CONTRAST:
            out.append(f"{theme.path}: field 'colors.foreground': contrast with {key} is {ratio:.1f}:1, "
                       f"below {MIN_TEXT_CONTRAST:.0f}:1; text may be unreadable")
    return out


MAX_THEME_BYTES = 256 * 1024


def load_theme_file(path: Path, origin: str = "shipped") -> Theme:
    try:
        raw = read_capped(path, MAX_THEME_BYTES).decode("utf-8")
    except ReadProblem as exc:
        raise ThemeError(f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise ThemeError(f"{path}: not UTF-8 text") from None
    try:
        data = parse_yaml_kept(raw)
    except YamlProblem as exc:
        raise ThemeError(f"{path}: {exc}") from None
    return parse_theme(data, str(path), origin)


def user_themes_dir() -> Path:
    from .config import config_dir

    return config_dir() / "themes"


def discover_themes(shipped: Path = SHIPPED_DIR, user: Path | None = None) -> tuple[dict[str, Theme], list[str]]:
    """All usable themes by name, and one error line for each broken file."""
    themes: dict[str, Theme] = {}
    errors: list[str] = []
    user = user_themes_dir() if user is None else user
    for folder, origin in ((shipped, "shipped"), (user, "user")):
        try:
            files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
        except OSError:
            continue
        for path in files:
            try:
                theme = load_theme_file(path, origin)
            except ThemeError as exc:
                errors.append(str(exc))
                continue
            errors.extend(contrast_warnings(theme))
            themes[theme.name] = theme
    return themes, errors
