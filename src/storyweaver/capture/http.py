"""The one network layer every capture goes through.

http and https only, TLS verification always on, a total deadline per request (not
just per read: a server trickling a byte a second still ends on time), a byte cap
read as a stream, at most five redirects with each hop checked, and retries with
backoff only for idempotent GETs on connection errors and 429/503.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from storyweaver import __version__
from storyweaver.capture.address_guard import allowed_by_environment, is_public, literal_host
from storyweaver.capture.politeness import HostGate, host_of
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PAGE_LIMIT = 5 * 1024 * 1024
MEDIA_LIMIT = 25 * 1024 * 1024
USER_AGENT = f"StoryWeaver/{__version__} (story curation; +https://storyweaver.invalid/bot)"
RETRY_STATUSES = {429, 503}
CHUNK = 64 * 1024


def check_address(url: str) -> str:
    """Refuse anything but absolute http(s) addresses, before any connection is opened."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise CaptureError("scheme", url=url)
    if not parts.hostname:
        raise CaptureError("bad-url", url=url)
    return url.strip()


def _limit_text(limit: int) -> str:
    return f"{limit / (1024 * 1024):.0f} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"


@dataclass(slots=True)
class HttpResponse:
    url: str  # final address, after redirects
    status: int
    headers: dict[str, str]  # lower-cased names
    content: bytes
    history: list[str] = field(default_factory=list)
    truncated: bool = False  # only the first part was read (``html_prefix``)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the server declared, if it declared one."""
        raw = self.headers.get("content-type")
        if not raw:
            return None
        message = Message()
        message["content-type"] = raw
        value = message.get_param("charset")
        return value.strip().lower() if isinstance(value, str) else None

    def json(self) -> Any:
        import json

        return json.loads(self.content)


class HttpClient:
    """A small, strict client over one ``requests.Session`` (thread-safe enough for GETs)."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        page_limit: int = PAGE_LIMIT,
        media_limit: int = MEDIA_LIMIT,
        max_redirects: int = 5,
        retries: int = 2,
        backoff: float = 0.5,
        user_agent: str = USER_AGENT,
        proxy: str | None = None,
        allow_local: bool | None = None,
    ) -> None:
        import requests

        # Local and private addresses are refused unless the user allowed them (see address_guard).
        self.allow_local = allowed_by_environment() if allow_local is None else allow_local or allowed_by_environment()

        self.timeout = timeout
        self.page_limit = page_limit
        self.media_limit = media_limit
        self.max_redirects = max_redirects
        self.retries = retries
        self.backoff = backoff
        self.gate = HostGate()
        self._session = requests.Session()
        self._session.headers["User-Agent"] = user_agent
        self._session.trust_env = proxy is None  # an explicit proxy wins over the environment
        if proxy:
            self._session.proxies = {"http": proxy, "https": proxy}
        adapter = _watched_adapter()(pool_connections=16, pool_maxsize=16, max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        self._session.close()

    def get(
        self,
        url: str,
        *,
        media: bool = False,
        max_bytes: int | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        timeout: float | None = None,
        html_prefix: bool = False,
    ) -> HttpResponse:
        """GET ``url`` and return its body; any failure is a :class:`CaptureError` with one code.

        With ``html_prefix`` an HTML answer longer than the page limit is not an error: its
        first ``page_limit`` bytes are returned (``truncated``), since a page's metadata sits
        at its start; any other answer keeps ``max_bytes`` (or the media limit) as a hard cap.
        """
        limit = max_bytes or (self.media_limit if media or html_prefix else self.page_limit)
        seconds = timeout or self.timeout
        deadline = time.monotonic() + seconds
        request = _Request(url, limit, deadline, seconds, headers or {}, params, html_prefix)
        attempt = 0
        while True:
            try:
                return self._follow(request)
            except _Retryable as retry:
                attempt += 1
                if retry.wait is not None:  # every worker leaves that host alone until then
                    self.gate.hold_off(host_of(retry.error.facts.get("url", url)), retry.wait, retry.error)
                wait = retry.wait if retry.wait is not None else self.backoff * (2 ** (attempt - 1))
                if attempt > self.retries or time.monotonic() + wait >= request.deadline:
                    raise retry.error from None
                time.sleep(wait)

    def post_json(
        self,
        url: str,
        payload: Any,
        *,
        headers: dict[str, str] | None = None,
        max_bytes: int | None = None,
        timeout: float | None = None,
    ) -> HttpResponse:
        """POST a JSON body once (no retry, no redirect: a POST is not idempotent), e.g. a login."""
        seconds = timeout or self.timeout
        request = _Request(url, max_bytes or self.page_limit, time.monotonic() + seconds, seconds,
                           headers or {}, None, False, method="POST", json_body=payload)
        try:
            return self._follow(request)
        except _Retryable as retry:
            raise retry.error from None

    def _timeout(self, request: _Request) -> CaptureError:
        return CaptureError("timeout", url=request.url, seconds=f"{request.seconds:g}")

    def _follow(self, request: _Request) -> HttpResponse:
        original = current = check_address(request.url)
        seen: list[str] = []
        while True:
            # The watchdog shuts the socket when the total deadline passes, so a server
            # trickling its headers or body a byte at a time cannot hold us past it.
            self._refuse_literal(current)
            with self.gate.slot(current, request.deadline) as waited:
                request.deadline += waited  # our own politeness is not the server's slowness
                remaining = request.deadline - time.monotonic()
                if remaining <= 0:
                    raise self._timeout(request)
                watch = _Watchdog(remaining)
                _active.watch = watch
                _active.guard = None if self.allow_local else current
                try:
                    result = self._hop(request, current, remaining, first=not seen, watch=watch)
                except CaptureError:
                    if watch.fired:
                        raise self._timeout(request) from None
                    raise
                finally:
                    watch.cancel()
                    _active.watch = None
                    _active.guard = None
            if isinstance(result, HttpResponse):
                result.history = seen
                return result
            if request.method != "GET":
                raise CaptureError("too-many-redirects", url=original, limit=0)
            seen.append(current)
            if result in seen:
                raise CaptureError("redirect-loop", url=original)
            if len(seen) > self.max_redirects:
                raise CaptureError("too-many-redirects", url=original, limit=self.max_redirects)
            current = check_address(result)  # each hop is checked: a redirect to file: is refused here

    def _refuse_literal(self, url: str) -> None:
        """Refuse at once an address that names a local or private host itself."""
        if self.allow_local:
            return
        host = (urlsplit(url).hostname or "").lower()
        literal = literal_host(host)
        if host == "localhost" or host.endswith(".localhost") or (literal is not None and not is_public(literal)):
            raise CaptureError("local-address", url=url)

    def _hop(self, request: _Request, current: str, remaining: float, *, first: bool,
             watch: _Watchdog) -> HttpResponse | str:
        """One request without following redirects: the response, or the next address."""
        import requests

        try:
            response = self._session.request(
                request.method,
                current,
                json=request.json_body,
                headers=request.headers,
                params=request.params if first else None,
                stream=True,
                allow_redirects=False,
                timeout=(min(remaining, 10.0), remaining),
                verify=True,
            )
        except requests.exceptions.SSLError as exc:
            raise CaptureError("tls", url=current, reason=type(exc).__name__) from None
        except requests.exceptions.Timeout:
            raise self._timeout(request) from None
        except requests.exceptions.ConnectionError as exc:
            if isinstance(_cause(exc), _LocalAddress):
                raise CaptureError("local-address", url=current) from None
            if watch.fired:
                raise self._timeout(request) from None
            raise _Retryable(CaptureError("connection", url=current, reason=_reason(exc))) from None
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema):
            raise CaptureError("bad-url", url=current) from None
        except (requests.exceptions.RequestException, ValueError, OSError) as exc:
            if watch.fired:
                raise self._timeout(request) from None
            raise CaptureError("connection", url=current, reason=_reason(exc)) from None
        with response:
            status = response.status_code
            if 300 <= status < 400 and status != 304:
                location = response.headers.get("location")
                if not location:
                    raise _status_error(current, status, response.reason)
                return urljoin(response.url or current, location.strip())
            if status in RETRY_STATUSES:
                raise _Retryable(
                    _status_error(current, status, response.reason),
                    wait=_retry_after(response.headers.get("retry-after")),
                )
            if status >= 400:
                raise _status_error(current, status, response.reason)
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            prefix = request.html_prefix and kind in HTML_TYPES
            limit = min(request.limit, self.page_limit) if prefix else request.limit
            declared = response.headers.get("content-length", "").strip()
            if not prefix and declared.isdigit() and int(declared) > limit:
                raise CaptureError("too-large", url=current, limit=_limit_text(limit))
            body, truncated = self._read(response, limit, request, watch, prefix=prefix)
            return HttpResponse(
                url=response.url or current,
                status=status,
                headers={k.lower(): v for k, v in response.headers.items()},
                content=body,
                truncated=truncated,
            )

    def _read(self, response: Any, limit: int, request: _Request, watch: _Watchdog,
              *, prefix: bool) -> tuple[bytes, bool]:
        import requests

        chunks: list[bytes] = []
        size = 0
        try:
            # iter_content decodes gzip/deflate incrementally, so a compression bomb is
            # stopped by the same cap on decoded bytes.
            for chunk in response.iter_content(CHUNK):
                if watch.fired or time.monotonic() > request.deadline:
                    raise self._timeout(request)
                if size + len(chunk) > limit:
                    if prefix:
                        chunks.append(chunk[: limit - size])
                        return b"".join(chunks), True
                    raise CaptureError("too-large", url=response.url, limit=_limit_text(limit))
                size += len(chunk)
                chunks.append(chunk)
        except (requests.exceptions.RequestException, ValueError, OSError) as exc:
            if watch.fired or "timed out" in str(exc).lower() or isinstance(exc, requests.exceptions.Timeout):
                raise self._timeout(request) from None
            raise CaptureError("connection", url=response.url, reason=_reason(exc)) from None
        if watch.fired:  # the socket was shut at the deadline: what we have is not the whole body
            raise self._timeout(request)
        return b"".join(chunks), False


HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(slots=True)
class _Request:
    url: str
    limit: int
    deadline: float
    seconds: float
    headers: dict[str, str]
    params: dict[str, str] | None
    html_prefix: bool
    method: str = "GET"
    json_body: Any = None


class _Watchdog:
    """Shuts one request's socket down when its total deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if self.fired:
                _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            _shut(self._sock)

    def cancel(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._sock = None


def _shut(sock: socket.socket | None) -> None:
    if sock is None:
        return
    try:
        # The plain socket's shutdown, also for TLS sockets: ssl.SSLSocket.shutdown would
        # unwrap the TLS object under the reading thread's feet.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except (OSError, ValueError):
        pass


_active = threading.local()


class _LocalAddress(OSError):
    """The connection reached a local or private address the user has not allowed."""


def _cause(exc: BaseException) -> BaseException | None:
    seen: BaseException | None = exc
    for _hop in range(8):  # requests wraps urllib3's error, which wraps ours
        if seen is None or isinstance(seen, _LocalAddress):
            return seen
        reason = getattr(seen, "reason", None)
        seen = reason if isinstance(reason, BaseException) else (seen.__context__ or seen.__cause__)
    return None


def _checked_socket(sock: Any, host: str) -> Any:
    """Close and refuse a socket connected to a local or private address, before a byte is sent."""
    if getattr(_active, "guard", None) is None or sock is None:
        return sock
    try:
        peer = sock.getpeername()[0]
    except OSError:
        return sock
    if not is_public(str(peer)):
        sock.close()
        raise _LocalAddress(f"{host} is a local address")
    return sock


def _watched_connection(base: type[Any]) -> type[Any]:
    class Watched(base):  # type: ignore[misc]
        def _new_conn(self) -> Any:
            # Through a proxy the peer is the proxy; the destination's name was checked by the hop.
            if getattr(self, "_tunnel_host", None) or getattr(self, "proxy", None):
                return super()._new_conn()
            return _checked_socket(super()._new_conn(), str(self.host))

        def getresponse(self) -> Any:
            watch = getattr(_active, "watch", None)
            if watch is not None:
                watch.attach(self.sock)
            return super().getresponse()

    Watched.__name__ = f"Watched{base.__name__}"
    return Watched


@cache
def _watched_pools() -> dict[str, type[Any]]:
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class WatchedHTTPPool(HTTPConnectionPool):
        ConnectionCls = _watched_connection(HTTPConnection)

    class WatchedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = _watched_connection(HTTPSConnection)

    return {"http": WatchedHTTPPool, "https": WatchedHTTPSPool}


@cache
def _watched_adapter() -> type[Any]:
    """requests' adapter with connections the deadline watchdog can reach (made on first use,
    so importing this module does not import requests)."""
    import requests.adapters

    class WatchedAdapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = _watched_pools()

        def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
            manager = super().proxy_manager_for(proxy, **proxy_kwargs)
            manager.pool_classes_by_scheme = _watched_pools()
            return manager

    return WatchedAdapter


class _Retryable(Exception):
    def __init__(self, error: CaptureError, wait: float | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.wait = wait


def _status_error(url: str, status: int, given: str | None) -> CaptureError:
    return CaptureError("http-status", url=url, status=status, reason=_phrase(status, given))


def _phrase(status: int, given: str | None) -> str:
    """The standard reason phrase ("Not Found"), whatever wording the server chose."""
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return (given or "").strip()[:80]


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait, from either form of ``Retry-After`` (RFC 9110 10.2.3): a number of
    seconds or an HTTP date."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    from datetime import UTC, datetime

    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _reason(exc: Exception) -> str:
    # The system words these in English whatever the user's language: say them in ours.
    text = str(exc)
    reasons = {
        "Connection refused": _("connection refused"),
        "Name or service not known": _("name or service not known"),
        "Temporary failure in name resolution": _("temporary failure in name resolution"),
        "Connection reset": _("connection reset"),
        "Remote end closed connection": _("the server closed the connection"),
    }
    for marker, reason in reasons.items():
        if marker in text:
            return reason
    return type(exc).__name__
