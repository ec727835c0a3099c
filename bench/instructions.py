"""Instructions executed by one analysis, counted by valgrind: a steady figure for A/B work.

    .venv/bin/python bench/instructions.py [BYTES]      (default 100000; needs valgrind)

Wall-clock figures on a shared machine swing by a quarter from run to run;
the instruction count of the same code on the same text does not. Only the
call of `analyse` is counted (callgrind collects inside `functools.reduce`,
which wraps it), not start-up or the generation of the text. Not part of
`make bench`.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measured(size: int) -> None:
    sys.path.insert(0, str(HERE))
    from gen import news_text

    from tui_reader.core.analysis import analyse

    analyse("Warm-up: Rajnath Singh met Andrey Belousov in Qingdao.")
    text = news_text(size)
    functools.reduce(lambda _, __: analyse(text), [0, 1])


def main() -> None:
    if sys.argv[1:2] == ["--measured"]:
        measured(int(sys.argv[2]))
        return
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    if shutil.which("valgrind") is None:
        sys.exit("bench/instructions.py: valgrind is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
             f"--callgrind-out-file={out}", sys.executable, __file__, "--measured", str(size)],
            check=True, capture_output=True,
        )
        totals = next(line for line in out.read_text().splitlines() if line.startswith(("summary:", "totals:")))
    print(f"analyse of {size:,} bytes of generated text: {int(totals.split()[1]) / 1e6:.0f} M instructions")


if __name__ == "__main__":
    main()
