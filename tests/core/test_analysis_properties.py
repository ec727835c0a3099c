"""Property tests: analysis never crashes and every span indexes the text."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui_reader.core.analysis import analyse

_pieces = st.sampled_from([
    "Rajnath Singh", "said", "“", "”", '"', "'", "‘", "’", " ", "\n\n", ".", ",", "The", "India’s",
    "according to", "Dr.", "Minister", "April 22", "2025", "$5 million", "30 per cent", "(SCO)", "SCO",
    "he", "she", "told", "Shanghai Cooperation Organization", "50 km", "calling it a", "Operation X",
    "and", "of", "&", "eBay", "O’Neill", "St.", "U.S.", "Su-30 MKI", "mid-April", "US$5",
])
_texts = st.one_of(
    st.text(max_size=300),
    st.lists(_pieces, max_size=60).map(" ".join),
    st.lists(_pieces, max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_spans_index_the_text(text):
    _check_spans(text)


def _check_spans(text: str) -> None:
    r = analyse(text)
    for e in r.entities:
        assert e.mentions
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start:m.end] == m.text
    for q in r.quotes:
        assert text[q.start:q.end] == q.text
    for f in r.facts:
        assert text[f.start:f.end] == f.text
        for v in f.values:
            assert text[v.start:v.end] == v.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab. ’", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(alphabet="ab. ’", max_size=6))
def test_one_of_matches_exactly_its_words(words, other):
    import re

    from tui_reader.core.analysis.patterns import one_of

    pattern = re.compile(one_of(words))
    for w in words:
        assert pattern.fullmatch(w)
    assert bool(pattern.fullmatch(other)) == (other in words)


_SAMPLE = (Path(__file__).resolve().parents[2] / "src" / "tui_reader" / "sample" / "sco-qingdao-defence-talks.txt")
_edits = st.lists(st.tuples(st.sampled_from(["cut", "insert", "swap"]), st.integers(0, 10_000),
                            st.integers(0, 80), st.sampled_from(["“", "”", '"', "’s", ". ", "\n\n", ", said",
                                                                  " he ", "Dr. ", " and ", "—", "According to"])),
                  max_size=12)


@settings(max_examples=150, deadline=None)
@given(_edits)
def test_spans_index_a_mutated_article(edits):
    """A real article cut, spliced and with its quotation marks moved: every span still indexes it."""
    text = _SAMPLE.read_text(encoding="utf-8")
    for kind, at, n, piece in edits:
        at %= len(text) + 1
        if kind == "cut":
            text = text[:at] + text[at + n:]
        elif kind == "insert":
            text = text[:at] + piece + text[at:]
        else:  # move n characters from here to the end
            text = text[:at] + text[at + n:] + text[at:at + n]
    _check_spans(text)
