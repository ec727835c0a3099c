"""Writing files so that a crash leaves the old version or the new one, never half of one."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class ReadProblem(Exception):
    """Why a file could not be read, fit to show after its name ("no such file")."""


class MissingFile(ReadProblem):
    """There is no file at that path (often fine: no config or notes yet)."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "not a regular file"


def read_capped(path: str | Path, cap: int, head: bool = False) -> bytes:
    """The bytes of a regular file, refusing anything else and anything over `cap` bytes.

    The file is opened without blocking (a FIFO with no writer would wait
    forever) and checked after opening, through the descriptor, so a link to
    /dev/zero is refused however it was reached; the cap counts bytes read, not
    the size the file claims. With `head`, the first `cap` bytes are enough: no error past them.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise MissingFile("no such file") from None
    except IsADirectoryError:
        raise ReadProblem("is a folder, not a file") from None
    except PermissionError:
        raise ReadProblem("permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadProblem("symbolic link loop") from None
        raise ReadProblem(f"cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise ReadProblem(_kind(mode))
        try:
            os.set_blocking(fh.fileno(), True)
            data = fh.read(cap if head else cap + 1)
        except OSError as exc:
            raise ReadProblem(f"cannot read ({exc.strerror or exc})") from None
    if len(data) > cap:
        raise ReadProblem(f"too large (the limit is {_size(cap)})")
    return data


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def temp_name(path: Path) -> Path:
    """`.<name>.<pid>.<random>.tmp` beside `path`: the pid tells a dead writer's leftovers."""
    import secrets  # (hashlib and secrets load when first written or read: not before the first frame)

    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(3)}.tmp")


def atomic_write(path: Path, data: str | bytes, durable: bool = True) -> None:
    """Write a temp file in the same folder, flush, fsync, rename it over `path`, fsync the folder.

    Text is written as UTF-8; bytes as they are. Without `durable` (a cache, which a checksum
    guards), the fsyncs are left out: after a crash the file may be gone or damaged, which its
    checksum tells.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(path)
    try:
        with (open(tmp, "wb") if isinstance(data, bytes) else open(tmp, "w", encoding="utf-8")) as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if not durable:
        return
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def write_sealed(path: Path, magic: bytes, payload: bytes) -> None:
    """Write a cache file: `magic`, the sha256 of the payload, the payload (atomically; not synced
    to disk, since a lost or damaged cache file is only work to do again)."""
    import hashlib

    atomic_write(path, magic + hashlib.sha256(payload).digest() + payload, durable=False)


def read_sealed(path: Path, magic: bytes) -> bytes | None:
    """The payload of a file `write_sealed` wrote; None when it is missing, not ours or damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    n = len(magic)
    payload = blob[n + 32:]
    import hashlib

    if blob[:n] != magic or hashlib.sha256(payload).digest() != blob[n:n + 32]:
        return None
    return payload
