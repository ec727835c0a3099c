"""Shipped themes load, are readable (WCAG contrast) and tell entity types apart."""

from __future__ import annotations

import itertools

import pytest

from tui_reader.core.analysis import ENTITY_TYPES
from tui_reader.core.themes import (
    SHIPPED_DIR, ThemeError, contrast_ratio, discover_themes, load_theme_file, parse_hex, style_attributes,
    style_color,
)

SHIPPED = sorted(SHIPPED_DIR.glob("*.yaml"))
MIN_DELTA_E = 15.0  # CIE76 distance below which two small text colours are easily confused


def _linear(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _lab(rgb_linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb_linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


# Machado, Oliveira and Fernandes (2009), full-severity simulation matrices, linear RGB.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def lab_of(color: str, vision: str | None = None) -> tuple[float, float, float]:
    lin = tuple(_linear(c) for c in parse_hex(color))
    if vision:
        m = CVD[vision]
        lin = tuple(min(1.0, max(0.0, sum(m[i][j] * lin[j] for j in range(3)))) for i in range(3))
    return _lab(lin)


def delta_e(a: str, b: str, vision: str | None = None) -> float:
    la, lb = lab_of(a, vision), lab_of(b, vision)
    return sum((x - y) ** 2 for x, y in zip(la, lb)) ** 0.5


@pytest.fixture(scope="module")
def themes():
    return [load_theme_file(p) for p in SHIPPED]


def test_the_four_kinds_of_theme_ship(themes):
    names = {t.name for t in themes}
    assert "dark" in names and "newsprint" in names
    assert any("contrast" in n for n in names)
    assert "okabe-ito" in names
    assert any(not t.dark for t in themes)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_text_is_readable(path):
    theme = load_theme_file(path)
    need = 7.0 if "contrast" in theme.name else 4.5
    fg = theme.colors["foreground"]
    for ground in ("background", "surface", "panel"):
        if ground in theme.colors:
            assert contrast_ratio(fg, theme.colors[ground]) >= need, (theme.name, ground)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_entity_colour_stands_out_from_the_page(path):
    theme = load_theme_file(path)
    for etype in ENTITY_TYPES:
        color = style_color(theme.highlight[etype])
        assert color, (theme.name, etype, "needs a colour")
        for ground in ("background", "surface"):
            ratio = contrast_ratio(color, theme.colors.get(ground, theme.colors["background"]))
            assert ratio >= 3.0, (theme.name, etype, ground, round(ratio, 2))


def _confusable(theme, vision=None):
    out = []
    for a, b in itertools.combinations(ENTITY_TYPES, 2):
        sa, sb = theme.highlight[a], theme.highlight[b]
        if style_attributes(sa) != style_attributes(sb):
            continue  # told apart by italic / bold / underline as well as by colour
        d = delta_e(style_color(sa), style_color(sb), vision)
        if d < MIN_DELTA_E:
            out.append((a, b, round(d, 1)))
    return out


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_entity_colours_are_distinguishable(path):
    theme = load_theme_file(path)
    assert _confusable(theme) == []


@pytest.mark.parametrize("vision", sorted(CVD))
def test_colour_blind_theme_stays_distinguishable_for_colour_blind_readers(vision):
    theme = load_theme_file(SHIPPED_DIR / "okabe-ito.yaml")
    assert _confusable(theme, vision) == []


def test_marks_are_styled_in_every_theme(themes):
    for theme in themes:
        styles = theme.highlight_styles()
        assert "italic" in styles["quote"] or style_color(styles["quote"])
        assert style_attributes(styles["cursor"]) & {"reverse", "bold", "underline"}
        assert "search-current" in styles


def test_broken_user_theme_is_reported_and_skipped(tmp_path):
    user = tmp_path / "themes"
    user.mkdir()
    (user / "bad-yaml.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    (user / "no-person.yaml").write_text(
        (SHIPPED_DIR / "dark.yaml").read_text(encoding="utf-8").replace('  PERSON: "#7fb8ff"\n', "")
        .replace("name: dark", "name: no-person"), encoding="utf-8")
    (user / "bad-colour.yaml").write_text(
        (SHIPPED_DIR / "dark.yaml").read_text(encoding="utf-8").replace('"#1b1d23"', '"darkish"')
        .replace("name: dark", "name: bad-colour"), encoding="utf-8")
    (user / "mine.yaml").write_text(
        (SHIPPED_DIR / "newsprint.yaml").read_text(encoding="utf-8").replace("name: newsprint", "name: mine"),
        encoding="utf-8")
    themes, errors = discover_themes(user=user)
    assert "mine" in themes and themes["mine"].origin == "user"
    assert {"bad-yaml", "no-person", "bad-colour"}.isdisjoint(themes)
    assert len(errors) == 3
    joined = "\n".join(errors)
    assert "bad-yaml.yaml: not valid YAML" in joined
    assert "no-person.yaml: field 'highlight.PERSON': missing" in joined
    assert "bad-colour.yaml: field 'colors.background': bad colour 'darkish'" in joined
    assert all("\n" not in e for e in errors)


def test_bad_style_word_names_the_field(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text((SHIPPED_DIR / "dark.yaml").read_text(encoding="utf-8")
                    .replace('quote: "italic #e8c9a0"', 'quote: "slanted #e8c9a0"'), encoding="utf-8")
    with pytest.raises(ThemeError, match=r"field 'highlight.quote': unknown style word 'slanted'"):
        load_theme_file(path)
