"""Fetching pages and feeds over HTTP: timeouts, bounded redirects, gzip, a size cap,
conditional requests, and one clear line per failure.

The standard library's client does the work; what it lacks (a byte cap that
holds for compressed bodies, a redirect bound, 304 as an answer rather than an
error) is added here. Pure: no Textual, no Rich.
"""

from __future__ import annotations

import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit

from tui_reader import __version__

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = 15.0
MAX_REDIRECTS = 5
USER_AGENT = f"tui-reader/{__version__} (terminal news reader)"


class FetchError(Exception):
    """A page or feed that could not be fetched; the message is one line, fit to show."""


@dataclass(frozen=True)
class Response:
    url: str                      # after redirects
    status: int                   # 200, or 304 for a conditional request that found nothing new
    body: bytes = b""
    headers: dict = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> str | None:
        msg = Message()
        msg["content-type"] = self.headers.get("content-type", "")
        return msg.get_content_charset()

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(f"{req.full_url}: redirected to a {urlsplit(newurl).scheme or 'relative'} address, refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_Redirects())


def fetch(url: str, *, etag: str | None = None, modified: str | None = None, timeout: float = TIMEOUT,
          max_bytes: int = MAX_BYTES) -> Response:
    """GET a URL. With etag/modified, a server that has nothing new answers 304 (not an error)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http or https address")
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate",
               "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                         "application/xml;q=0.9,*/*;q=0.8"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with _opener().open(request, timeout=timeout) as resp:
            got = {k.lower(): v for k, v in resp.headers.items()}
            body = _read(resp, got.get("content-encoding", ""), max_bytes, url)
            return Response(resp.geturl(), resp.status, body, got)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Response(url, 304, b"", {k.lower(): v for k, v in exc.headers.items()})
        if 300 <= exc.code < 400:
            raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(f"{url}: no answer within {timeout:g} s") from None
        raise FetchError(f"{url}: cannot connect ({getattr(reason, 'strerror', None) or reason})") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # reset connections, bad chunking, malformed URLs
        raise FetchError(f"{url}: {exc.__class__.__name__}: {exc}") from None


def _read(resp, encoding: str, max_bytes: int, url: str) -> bytes:
    """The body, decompressed, refusing more than max_bytes either side of decompression."""
    raw = resp.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise FetchError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB, refused")
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        wbits = 16 + zlib.MAX_WBITS if encoding != "deflate" else zlib.MAX_WBITS
        d = zlib.decompressobj(wbits)
        try:
            out = d.decompress(raw, max_bytes + 1)
        except zlib.error:
            if encoding == "deflate":  # some servers send raw deflate
                try:
                    d = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = d.decompress(raw, max_bytes + 1)
                except zlib.error:
                    raise FetchError(f"{url}: broken compressed body") from None
            else:
                raise FetchError(f"{url}: broken gzip body") from None
        if len(out) > max_bytes or d.unconsumed_tail:
            raise FetchError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB once decompressed, refused")
        return out
    return raw

