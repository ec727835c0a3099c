import time

import pytest

from tui_reader.core.article import ArticleError, clean_text, load_article, load_bytes, parse_article


def test_sample_loads_and_drops_scraped_line(sample_path):
    a = load_article(sample_path)
    assert "Add A Comment" not in a.text
    assert a.text.startswith("On the sidelines of the 2025 Shanghai")
    assert a.text.endswith("amid rising regional tensions.")
    # single-newline paragraphs are kept as paragraphs
    assert len(a.paragraphs) == 7
    # The first line is story text, not a headline: its opening words stand for a title, never the file name
    assert a.title == "On the sidelines of the 2025 Shanghai Cooperation Organization (SCO) Defense…"


def test_headline_becomes_title_and_stays_in_text():
    a = parse_article("Ships collide off the coast\n\nTwo ships collided on Monday, officials said.\n", name="x.txt")
    assert a.title == "Ships collide off the coast"
    assert "Two ships collided" in a.text


def test_utf8_bom_and_utf16():
    assert load_bytes("\ufeffHello “world”.".encode("utf-8")).text == "Hello “world”."
    assert load_bytes("Grüße “aus” Köln.".encode("utf-16")).text == "Grüße “aus” Köln."


def test_cp1252_smart_quotes():
    raw = "The minister said \x93we will act\x94 and it\x92s final. Caf\xe9 cr\xe8me.".encode("latin-1")
    a = load_bytes(raw)
    assert "“we will act”" in a.text
    assert "it’s final" in a.text
    assert "Café crème" in a.text


def test_latin1_text():
    a = load_bytes("Der Bürgermeister von München sprach über Straßen.".encode("latin-1"))
    assert "München" in a.text and "Straßen" in a.text


def test_short_cp1252_text_a_detector_takes_for_another_code_page():
    text = "Café owner René Dubois said “we are open” in Paris."  # charset-normalizer guesses cp775
    assert load_bytes(text.encode("cp1252")).text == text


def test_8bit_cyrillic_is_left_to_the_detector():
    text = "Министр обороны России Андрей Белоусов встретился с коллегами в Циндао. " * 3
    assert load_bytes(text.encode("cp1251")).text.strip() == text.strip()


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00data", bytes(range(256)) * 20])
def test_binary_is_rejected(data):
    with pytest.raises(ArticleError, match="binary"):
        load_bytes(data, name="blob.bin")


@pytest.mark.parametrize("raw", [b"", b"   \n\n\t\n", b"Add A Comment\n\nAdvertisement\n"])
def test_empty_is_rejected(raw):
    with pytest.raises(ArticleError, match="empty"):
        load_bytes(raw, name="empty.txt")


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_escape_codes_stripped_markup_kept():
    raw = "Title\x1b]0;pwned\x07 here\n\n\x1b[2J\x1b[31mRed [bold]text[/bold] and [@click=app.quit]x[/]\x1b[0m.\x07\r\n"
    text = clean_text(raw)
    assert "\x1b" not in text and "\x07" not in text and "pwned" not in text
    assert "[bold]text[/bold]" in text and "[@click=app.quit]" in text
    assert text == "Title here\n\nRed [bold]text[/bold] and [@click=app.quit]x[/]."


def test_crlf_trailing_spaces_and_nfc():
    text = clean_text("Cafe\u0301 one.   \r\nTwo.\r\n")
    assert text == "Café one.\n\nTwo."


def test_boilerplate_is_conservative():
    raw = "Share this article\nThe board voted to share this article of faith.\nRead more\nFollow us on Twitter\n"
    assert clean_text(raw) == "The board voted to share this article of faith."


def test_hard_wrapped_paragraphs_are_joined():
    raw = "The first line of a\nwrapped paragraph.\n\nA second paragraph\nalso wrapped.\n"
    assert clean_text(raw) == "The first line of a wrapped paragraph.\n\nA second paragraph also wrapped."


def test_markdown_front_matter_and_markup(tmp_path):
    p = tmp_path / "story.md"
    p.write_text(
        "---\ntitle: Talks in Qingdao\nsource: Example Wire\npublished: 2025-06-26\ntags: [defence, india]\n---\n"
        "# Heading here\n\nSome **bold** and _italic_ text with a [link](http://example.com).\n",
        encoding="utf-8",
    )
    a = load_article(p)
    assert a.title == "Talks in Qingdao"
    assert a.source == "Example Wire" and a.published == "2025-06-26"
    assert a.tags == ("defence", "india")
    assert a.text == "Heading here\n\nSome bold and italic text with a link."


def test_broken_front_matter(tmp_path):
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="front matter"):
        load_article(p)


def test_one_megabyte_line_is_quick():
    raw = ("The ministers met in Qingdao and said “it went well” on April 22. " * 16000).encode()
    t = time.perf_counter()
    a = load_bytes(raw, name="long.txt")
    assert len(a.text) > 1_000_000
    assert time.perf_counter() - t < 10


def test_backslash_escapes_in_markdown_are_plain_marks():
    from tui_reader.core.markdown import markdown_to_text

    assert markdown_to_text("\\# not a heading\n\n\\- not a list, \\*not emphasis\\*") == \
        "# not a heading\n\n- not a list, *not emphasis*"


def test_an_imported_body_reads_back_as_it_was():
    from tui_reader.core.importer import Imported, to_markdown

    text = "# Hashtags are trending\n\n- A line that starts with a dash\n\n3. Third point made by the mayor"
    article = parse_article(to_markdown(Imported(title="T", text=text)), name="a.md", markdown=True)
    assert article.text == text


def test_the_sha256_is_that_of_the_whole_text_in_utf8_also_past_a_megabyte(tmp_path):
    import hashlib

    from tui_reader.core.article import load_article

    path = tmp_path / "long.txt"
    path.write_text("Ein Fluss – “über” die Ufer. " * 60_000, encoding="utf-8")  # 1.7 million characters
    article = load_article(path)
    assert article.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.paragraphs == ((0, len(article.text)),)
