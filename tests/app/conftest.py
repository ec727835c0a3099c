"""Fixtures for Pilot tests: the app for some paths, a long article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui_reader.app import ReaderApp, make_app


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    paras = []
    for i in range(60):
        paras.append(f"Paragraph {i}: Angela Merkel met Emmanuel Macron in Berlin on March {i % 28 + 1}, 2019. "
                     f"“We agree on {i} points,” Merkel said. The talks cost $4.{i} million, officials said.")
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paras), encoding="utf-8")
    return path


@pytest.fixture
def app_for():
    def build(*paths: Path) -> ReaderApp:
        return make_app(list(paths))
    return build
