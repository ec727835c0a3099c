"""Analyses kept in memory and on disk: the same result, the analyser run once per text and version."""

from __future__ import annotations

import hashlib

import pytest

from tui_reader.core.analysis import analyse, analyser_version
from tui_reader.core.analysis import process, store
from tui_reader.core.analysis.store import CACHE_FROM, Analyses, decode, encode


def _text(size: int = CACHE_FROM + 1000) -> str:
    para = ("Ana Ruiz met Tomas Lind in Quito on Monday. “We will open the mill,” Ruiz said. "
            "The board noted that 80 workers were hired in 2024, and Lind agreed.")
    return "\n\n".join(f"{para} Part {i}." for i in range(size // len(para) + 1))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture
def runs(monkeypatch):
    """How many times the analyser itself ran (the real one runs each time)."""
    calls = []
    real = process.analyse_isolated

    def counted(text, cancelled=lambda: False, poll=0.05):
        calls.append(len(text))
        return real(text, cancelled, poll)
    monkeypatch.setattr(process, "analyse_isolated", counted)
    return calls


def test_a_record_gives_back_the_same_analysis():
    text = _text(3000)
    a = analyse(text)
    back = decode(encode(a, text), text)
    assert back == a
    assert back.quotes[-1] == a.quotes[-1] and back.facts[1:3] == a.facts[1:3] and back.sentences[-2] == a.sentences[-2]
    assert list(back.entities[0].mentions) == list(a.entities[0].mentions)


def test_a_record_holds_columns_and_each_name_once():
    text = _text(3000)
    back = decode(encode(analyse(text), text), text)
    ruiz = next(e for e in back.entities if e.name == "Ana Ruiz")
    assert len(ruiz.mentions) > 10 and not isinstance(ruiz.mentions, tuple)  # made when asked for
    assert not isinstance(back.quotes, tuple) and not isinstance(back.sentences, tuple)
    speakers = [q.speaker for q in back.quotes if q.speaker]
    assert speakers and len({id(s) for s in speakers}) == len(set(speakers))


def test_words_that_are_not_the_texts_own_are_kept():
    from tui_reader.core.analysis.model import Analysis, Entity, Mention, Quote

    text = "Ana said: \u201cWe will open the mill.\u201d"
    a = Analysis(entities=(Entity("Ana", "PERSON", (Mention(0, 3, "Ana"),)),),
                 quotes=(Quote("direct", "we will open the mill", 11, 32, "Ana", "said"),))
    back = decode(encode(a, text), text)
    assert back == a and back.quotes[0].text == "we will open the mill"


def test_bytes_that_are_not_a_record_of_this_text_are_refused():
    with pytest.raises(ValueError):
        decode(b"\x00not marshal", "text")
    text = _text(3000)
    with pytest.raises(ValueError):
        decode(encode(analyse(text), text), text + " More.")


def test_a_second_instance_reads_the_analysis_from_disk(tmp_path, runs):
    text = _text()
    first = Analyses(tmp_path).get(text, _sha(text))
    assert runs == [len(text)]
    again = Analyses(tmp_path).get(text, _sha(text))  # a new launch: memory is empty
    assert again == first == analyse(text)
    assert runs == [len(text)]  # not analysed again
    assert list((tmp_path / analyser_version()).glob("*.bin"))


def test_a_damaged_cache_file_is_analysed_again(tmp_path, runs):
    text = _text()
    Analyses(tmp_path).get(text, _sha(text))
    (path,) = (tmp_path / analyser_version()).glob("*.bin")
    blob = bytearray(path.read_bytes())
    blob[-10] ^= 0xFF
    path.write_bytes(bytes(blob))
    assert Analyses(tmp_path).get(text, _sha(text)) == analyse(text)
    assert len(runs) == 2


def test_short_texts_stay_out_of_the_folder(tmp_path, runs):
    text = _text(2000)
    assert len(text) < CACHE_FROM
    cache = Analyses(tmp_path)
    cache.get(text, _sha(text))
    cache.get(text, _sha(text))
    assert len(runs) == 1  # memory answered the second time
    assert not (tmp_path / analyser_version()).exists() or not list((tmp_path / analyser_version()).iterdir())


def test_another_analyser_versions_files_are_removed(tmp_path):
    old = tmp_path / "0123456789ab"
    old.mkdir()
    (old / "x.bin").write_bytes(b"old")
    text = _text()
    Analyses(tmp_path).get(text, _sha(text))
    assert not old.exists()


def test_the_folder_keeps_a_bounded_number_of_files(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "KEEP_ON_DISK", 2)
    cache = Analyses(tmp_path)
    for i in range(4):
        text = _text() + f" Extra {i}."
        cache.get(text, _sha(text))
    assert len(list((tmp_path / analyser_version()).glob("*.bin"))) == 2


def test_memory_keeps_the_latest_texts_up_to_its_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "KEEP_IN_MEMORY_CHARS", 3000)
    cache = Analyses(tmp_path, on_disk=False)
    texts = [_text(2000) + f" Extra {i}." for i in range(3)]
    for t in texts:
        cache.get(t, _sha(t))
    assert cache.cached(_sha(texts[-1])) is not None
    assert cache.cached(_sha(texts[0])) is None


def test_an_unwritable_cache_folder_still_gives_the_analysis(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    text = _text()
    assert Analyses(blocker).get(text, _sha(text)) == analyse(text)


def test_a_big_text_s_analysis_is_kept_as_the_child_process_wrote_it(tmp_path, monkeypatch):
    """Above the process threshold the child's bytes go to the cache folder as they came, and both the
    first answer and the one read back are the analysis itself."""
    monkeypatch.setattr(process, "PROCESS_THRESHOLD", 1000)
    text = _text()
    first = Analyses(tmp_path).get(text, _sha(text))
    assert first == analyse(text)
    kept = list(tmp_path.rglob("*.bin"))
    assert len(kept) == 1
    assert Analyses(tmp_path).get(text, _sha(text)) == first


def test_decoding_lets_go_of_the_bytes_and_refuses_what_is_no_analysis():
    text = _text(3000)
    holder = [encode(analyse(text), text)]
    store.decode_dropping(holder, text)
    assert holder == []
    with pytest.raises(ValueError):
        store.decode_dropping([b"not marshal"], text)
    with pytest.raises(ValueError):
        store.decode_dropping([None], text)
