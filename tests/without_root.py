"""Running test code as a user who cannot write everywhere, also when the suite runs as root (CI).

Root passes every permission check through CAP_DAC_OVERRIDE. Dropping that capability from the
bounding set (for commands a child runs) and from the effective set (for the child itself) makes
file permissions apply to it as to anyone. Linux only.
"""

from __future__ import annotations

import ctypes
import os
import traceback
from typing import Callable

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1
_CAPABILITY_VERSION_3 = 0x20080522


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_write_anywhere() -> None:
    """Take CAP_DAC_OVERRIDE from this process and from what it runs (a preexec_fn, or a forked child)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_CAPBSET_DROP, _CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    header, data = _Header(_CAPABILITY_VERSION_3, 0), (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    for field in ("effective", "permitted", "inheritable"):
        setattr(data[0], field, getattr(data[0], field) & ~(1 << _CAP_DAC_OVERRIDE))
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def run_without_write_anywhere(fn: Callable[[], None]) -> None:
    """Call fn in a forked child that cannot write where permissions forbid; its failure is raised here."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report, then leave without running the parent's cleanup
        os.close(read)
        status, message = 0, b""
        try:
            drop_write_anywhere()
            fn()
        except BaseException:
            status, message = 1, traceback.format_exc().encode()
        os.write(write, message)
        os._exit(status)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        message = fh.read().decode()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise AssertionError("in the child without write-anywhere:\n" + message)
