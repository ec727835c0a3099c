"""Writing files so that a crash leaves the old version or the new one, never half of one."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def temp_name(path: Path) -> Path:
    """`.<name>.<pid>.<random>.tmp` beside `path`: the pid tells a dead writer's leftovers."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(3)}.tmp")


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write a temp file in the same folder, flush, fsync, rename it over `path`, fsync the folder.

    Text is written as UTF-8; bytes as they are.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(path)
    try:
        with (open(tmp, "wb") if isinstance(data, bytes) else open(tmp, "w", encoding="utf-8")) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
