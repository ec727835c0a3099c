import json
import subprocess
import sys

import pytest

from tui_reader.cli import main


def run_cli(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "tui_reader", *args], input=stdin, capture_output=True)


def test_extract_json_contract(sample_path):
    out = run_cli("extract", str(sample_path), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) == {"article", "text", "entities", "quotes", "facts"}
    assert set(doc["article"]) == {"id", "title", "path", "source", "published", "sha256"}
    text = doc["text"]
    assert "Add A Comment" not in text
    for e in doc["entities"]:
        assert set(e) == {"name", "type", "aliases", "mentions"}
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    direct = [q for q in doc["quotes"] if q["kind"] == "direct"]
    assert len(direct) == 2
    for q in doc["quotes"]:
        assert set(q) == {"kind", "text", "start", "end", "speaker", "speaker_mention", "cue"}
        if q["speaker_mention"]:
            assert q["speaker_mention"] in text
        assert text[q["start"]:q["end"]] == q["text"]
    assert doc["facts"]
    for f in doc["facts"]:
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["about"] is None or isinstance(f["about"], str)
        for v in f["values"]:
            assert text[v["start"]:v["end"]] == v["text"]


def test_extract_jsonl_and_stdin(sample_path):
    out = run_cli("extract", "-", str(sample_path), "--format", "jsonl", stdin=b"Pat Smith said the plan would work.")
    lines = out.stdout.decode().splitlines()
    assert out.returncode == 0 and len(lines) == 2
    assert json.loads(lines[0])["text"] == "Pat Smith said the plan would work."


def test_extract_table(sample_path):
    out = run_cli("extract", str(sample_path), "--format", "table")
    assert out.returncode == 0
    assert "Rajnath Singh" in out.stdout.decode()


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"\x00\x01binary\x00", "binary"),
])
def test_bad_input_exits_1_with_one_line(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    out = run_cli("extract", str(p))
    assert out.returncode == 1
    err = out.stderr.decode().strip().splitlines()
    assert len(err) == 1 and message in err[0] and "Traceback" not in out.stderr.decode()


def test_missing_file_exits_1(tmp_path):
    out = run_cli("extract", str(tmp_path / "missing.txt"))
    assert out.returncode == 1 and b"no such file" in out.stderr


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.txt", "--format", "xml"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract"])
    assert exc.value.code == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert "tui-reader" in capsys.readouterr().out


def test_folder_with_a_bad_file_extracts_the_rest(tmp_path, sample_path):
    (tmp_path / "a.txt").write_bytes(sample_path.read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    out = run_cli("extract", str(tmp_path), "--format", "jsonl")
    assert out.returncode == 1
    assert len(out.stdout.decode().splitlines()) == 1
    assert out.stderr.decode().count("\n") == 1 and "b.txt" in out.stderr.decode()


def test_markup_and_escapes_in_extract(tmp_path):
    p = tmp_path / "m.txt"
    p.write_bytes(b"\x1b]0;evil\x07\x1b[2JPat Smith said [bold]hi[/bold] and [@click=app.quit]bye[/].")
    out = run_cli("extract", str(p), "--format", "table")
    text = out.stdout.decode()
    assert "\x1b]0" not in text and "\x1b[2J" not in text and "evil" not in text
    doc = json.loads(run_cli("extract", str(p)).stdout)
    assert doc["text"] == "Pat Smith said [bold]hi[/bold] and [@click=app.quit]bye[/]."


def test_each_usage_names_its_own_command_and_the_top_one_lists_all(capsys):
    from tui_reader.cli import SUBCOMMANDS, main

    for argv, start in ((["open", "--help"], "usage: tui-reader open [-h]"), (["--help"], "usage: tui-reader [-h]")):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert out.startswith(start), out[:80]
    assert all(name in out for name in SUBCOMMANDS)


def test_the_parser_builds_every_subcommand_the_dispatcher_names_in_its_order():
    """cli.SUBCOMMANDS (read without importing the parser) and the parser's table stay one list."""
    from tui_reader.cli import SUBCOMMANDS
    from tui_reader.cli_parser import _SUBCOMMANDS

    assert tuple(_SUBCOMMANDS) == SUBCOMMANDS


def test_paths_alone_are_read_as_the_parser_reads_them():
    from tui_reader.cli import _paths_alone
    from tui_reader.cli_parser import build_parser

    for argv in (["open"], ["open", "a.txt"], ["open", "a.txt", "news"]):
        assert vars(_paths_alone(argv)) == vars(build_parser("open").parse_args(argv))
    for argv in (["open", "--theme", "paper", "a.txt"], ["open", "-"], ["extract", "a.txt"]):
        assert _paths_alone(argv) is None  # an option, stdin or another command: the parser reads it
