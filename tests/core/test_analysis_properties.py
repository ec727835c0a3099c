"""Property tests: analysis never crashes and every span indexes the text."""

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
