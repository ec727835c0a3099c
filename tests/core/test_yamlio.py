"""Reading YAML: what a small file read at every start parsed to is kept, and bad YAML is never kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui_reader.core import yamlio
from tui_reader.core.yamlio import YamlProblem, parse_yaml, parse_yaml_kept

TEXT = "name: ink\ncolors:\n  primary: '#112233'\nsizes: [1, 2.5, true, null]\nwhen: 2020-13-45\n"


def _kept_files():
    return list((Path(os.environ["XDG_CACHE_HOME"]) / "tui-reader" / "yaml").glob("*.bin"))


def test_the_second_read_of_the_same_bytes_is_not_parsed(monkeypatch):
    first = parse_yaml_kept(TEXT)
    assert first == parse_yaml(TEXT) and first["when"] == "2020-13-45"

    def no_parse(raw, first_line=1):
        raise AssertionError("parsed again")

    monkeypatch.setattr(yamlio, "parse_yaml", no_parse)
    assert parse_yaml_kept(TEXT) == first
    with pytest.raises(AssertionError):
        parse_yaml_kept(TEXT + "more: 1\n")  # other bytes are parsed


def test_bad_yaml_is_refused_every_time_and_not_kept():
    for _ in range(2):
        with pytest.raises(YamlProblem):
            parse_yaml_kept("a: [unclosed\n")
    assert _kept_files() == []


def test_a_damaged_kept_file_is_parsed_again():
    parse_yaml_kept(TEXT)
    (kept,) = _kept_files()
    kept.write_bytes(kept.read_bytes()[:-3] + b"xyz")
    assert parse_yaml_kept(TEXT) == parse_yaml(TEXT)
