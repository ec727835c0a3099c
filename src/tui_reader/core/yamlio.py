"""Reading YAML the one safe way: plain data only, libyaml when present, errors with a line number.

Every file we read (front matter, notes, themes, config) is outside input, so
besides refusing Python objects the loader keeps dates as text (an impossible
date such as 2020-13-45 is a string, not a crash), keeps an integer too long
for Python's conversion limit as text, and refuses a mapping or list used
twice: YAML aliases let 300 bytes stand for billions of items.
"""

from __future__ import annotations

from functools import lru_cache

MAX_DEPTH = 100


class YamlProblem(Exception):
    """Text that is not valid YAML, or not plain data; the message says which."""

    def __init__(self, where: str, what: str = "not valid YAML"):
        super().__init__(f"{what}{where}")
        self.where = where


@lru_cache(maxsize=1)
def _loader() -> type:
    import yaml
    from yaml.constructor import SafeConstructor

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class PlainLoader(base):  # type: ignore[misc, valid-type]
        """Safe loading, with dates as text and over-long integers as text."""

    def as_text(loader, node):
        return loader.construct_scalar(node)

    def int_or_text(loader, node):
        try:
            return SafeConstructor.construct_yaml_int(loader, node)
        except ValueError:
            return loader.construct_scalar(node)

    PlainLoader.add_constructor("tag:yaml.org,2002:timestamp", as_text)
    PlainLoader.add_constructor("tag:yaml.org,2002:int", int_or_text)
    return PlainLoader


def parse_yaml(raw: str, first_line: int = 1) -> object:
    """Parse with a safe loader (no Python objects); `first_line` numbers the first line of `raw`."""
    import yaml

    try:
        data = yaml.load(raw, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlProblem(f" (line {mark.line + first_line})" if mark else "") from None
    except RecursionError:
        raise YamlProblem("", "nested too deeply") from None
    except Exception as exc:  # a constructor's own failure on odd input: still bad input, not a crash
        raise YamlProblem(f" ({exc.__class__.__name__})") from None
    _check_plain(data)
    return data


# -- small files read at every start, parsed once -------------------------------------
#
# The themes and the config are read before the first frame, and importing a YAML parser
# costs more than reading them. What a file's very bytes parsed to is kept in the user's
# cache, under the hash of those bytes and of this module: an unchanged file is not parsed
# again, and the parser is not imported.

_KEPT_MAGIC = b"tui-reader parsed yaml 1\n"


@lru_cache(maxsize=1)
def _parser_version() -> bytes:
    import hashlib
    from pathlib import Path

    return hashlib.sha256(Path(__file__).read_bytes()).digest()


def parse_yaml_kept(raw: str) -> object:
    """`parse_yaml(raw)`, answered from the cache when these bytes were parsed before."""
    import hashlib
    import marshal
    from pathlib import Path

    from platformdirs import user_cache_dir

    from .files import read_sealed, write_sealed

    key = hashlib.sha256(_parser_version() + raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    kept = Path(user_cache_dir("tui-reader")) / "yaml" / f"{key}.bin"
    payload = read_sealed(kept, _KEPT_MAGIC)
    if payload is not None:
        try:
            return marshal.loads(payload)
        except (EOFError, TypeError, ValueError):
            pass  # parsed again below
    data = parse_yaml(raw)  # bad YAML raises, and nothing is kept
    try:
        write_sealed(kept, _KEPT_MAGIC, marshal.dumps(data))
    except (OSError, ValueError):
        pass  # nothing kept: parsed again next time
    return data


def _check_plain(data: object) -> None:
    """Refuse a container that appears twice (an alias) or nesting deeper than MAX_DEPTH."""
    seen: set[int] = set()
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        if id(item) in seen:
            raise YamlProblem("", "uses YAML aliases (a repeated list or mapping), refused")
        if depth > MAX_DEPTH:
            raise YamlProblem("", "nested too deeply")
        seen.add(id(item))
        stack.extend((c, depth + 1) for c in children)
