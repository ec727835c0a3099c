"""Reading YAML the one safe way: plain data only, libyaml when present, errors with a line number."""

from __future__ import annotations


class YamlProblem(Exception):
    """Text that is not valid YAML; `where` is " (line N)" or ""."""

    def __init__(self, where: str):
        super().__init__(f"not valid YAML{where}")
        self.where = where


def parse_yaml(raw: str, first_line: int = 1) -> object:
    """Parse with a safe loader (no Python objects); `first_line` numbers the first line of `raw`."""
    import yaml

    try:
        return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlProblem(f" (line {mark.line + first_line})" if mark else "") from None
