import subprocess
import sys


def test_core_imports_neither_textual_nor_rich():
    code = (
        "import sys\n"
        "import tui_reader.core.article, tui_reader.core.analysis\n"
        "from tui_reader.core.analysis import analyse\n"
        "analyse('Rajnath Singh met Andrey Belousov in Qingdao on April 22, 2025.')\n"
        "import pkgutil, importlib, tui_reader.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'tui_reader.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
