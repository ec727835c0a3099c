"""The user's config and reading state: small files in platformdirs folders.

`config.yaml` (config dir) holds choices such as the theme; `state.json`
(state dir) remembers the last article and the reading position in each one.
Both are written atomically; a broken file is reported, never overwritten
for config, and for state simply started afresh (it is only a convenience).
"""

from __future__ import annotations

import json
from pathlib import Path

from .files import MissingFile, ReadProblem, atomic_write, read_capped

from .yamlio import YamlProblem, parse_yaml_kept

APP = "tui-reader"
MAX_CONFIG_BYTES = 1024 * 1024


class ConfigError(Exception):
    """A config file that cannot be read; the message is fit to show as is."""


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP))


def state_dir() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP))


def _read_yaml(path: Path) -> dict:
    try:
        raw = read_capped(path, MAX_CONFIG_BYTES).decode("utf-8")
    except MissingFile:
        return {}
    except ReadProblem as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    try:
        data = parse_yaml_kept(raw)
    except YamlProblem as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def load_config() -> dict:
    return _read_yaml(config_dir() / "config.yaml")


def save_config(values: dict) -> None:
    """Merge `values` into config.yaml; refuses to overwrite a file it cannot read."""
    import yaml

    path = config_dir() / "config.yaml"
    data = _read_yaml(path)
    data.update(values)
    atomic_write(path, yaml.safe_dump(data, sort_keys=True, allow_unicode=True))


class ReadingState:
    """The last article opened and where the reader was in each article.

    Kept as JSON (`state.json`): it is read before the first frame, and the
    json module loads faster than a YAML parser.
    """

    MAX_ARTICLES = 500

    def __init__(self, path: Path | None = None):
        self.path = path or state_dir() / "state.json"
        data: object = {}
        try:
            data = json.loads(read_capped(self.path, 16 * MAX_CONFIG_BYTES).decode("utf-8"))
        except (ReadProblem, UnicodeDecodeError, ValueError, RecursionError):
            data = {}  # no state yet, or a broken one: start afresh, it is only a convenience
        if not isinstance(data, dict):
            data = {}
        positions = data.get("positions")
        self.positions: dict[str, int] = {
            str(k): int(v) for k, v in (positions.items() if isinstance(positions, dict) else ())
            if isinstance(v, int) and v >= 0
        }
        last = data.get("last_article")
        self.last_article: str | None = last if isinstance(last, str) else None

    @staticmethod
    def key(path: str | Path) -> str:
        return str(Path(path).resolve())

    def position(self, path: str | Path) -> int:
        return self.positions.get(self.key(path), 0)

    def remember(self, path: str | Path, offset: int) -> None:
        k = self.key(path)
        self.positions.pop(k, None)
        self.positions[k] = max(0, int(offset))
        while len(self.positions) > self.MAX_ARTICLES:
            self.positions.pop(next(iter(self.positions)))
        self.last_article = k

    def save(self) -> None:
        try:
            atomic_write(self.path, json.dumps(
                {"last_article": self.last_article, "positions": self.positions}, ensure_ascii=False, indent=1))
        except OSError:
            pass  # reading positions are a convenience; never stop the reader for them
