"""The one network layer every capture goes through.

http and https only, TLS verification always on, a total deadline per request (not
just per read: a server trickling a byte a second still ends on time), a byte cap
read as a stream, at most five redirects with each hop checked, and retries with
backoff only for idempotent GETs on connection errors and 429/503.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

from storyweaver import __version__
from storyweaver.errors import CaptureError

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
    ) -> None:
        import requests

        self.timeout = timeout
        self.page_limit = page_limit
        self.media_limit = media_limit
        self.max_redirects = max_redirects
        self.retries = retries
        self.backoff = backoff
        self._session = requests.Session()
        self._session.headers["User-Agent"] = user_agent
        self._session.trust_env = proxy is None  # an explicit proxy wins over the environment
        if proxy:
            self._session.proxies = {"http": proxy, "https": proxy}
        adapter = requests.adapters.HTTPAdapter(pool_connections=16, pool_maxsize=16, max_retries=0)
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
    ) -> HttpResponse:
        """GET ``url`` and return its body; any failure is a :class:`CaptureError` with one code."""
        limit = max_bytes or (self.media_limit if media else self.page_limit)
        deadline = time.monotonic() + (timeout or self.timeout)
        attempt = 0
        while True:
            try:
                return self._follow(url, limit, deadline, headers or {}, params)
            except _Retryable as retry:
                attempt += 1
                wait = retry.wait if retry.wait is not None else self.backoff * (2 ** (attempt - 1))
                if attempt > self.retries or time.monotonic() + wait >= deadline:
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
        import requests

        target = check_address(url)
        limit = max_bytes or self.page_limit
        seconds = timeout or self.timeout
        deadline = time.monotonic() + seconds
        try:
            response = self._session.post(
                target, json=payload, headers=headers or {}, stream=True, allow_redirects=False,
                timeout=(min(seconds, 10.0), seconds), verify=True,
            )
        except requests.exceptions.SSLError as exc:
            raise CaptureError("tls", url=target, reason=type(exc).__name__) from None
        except requests.exceptions.Timeout:
            raise CaptureError("timeout", url=target, seconds=f"{seconds:g}") from None
        except requests.exceptions.RequestException as exc:
            raise CaptureError("connection", url=target, reason=_reason(exc)) from None
        with response:
            if response.status_code >= 400:
                raise CaptureError("http-status", url=target, status=response.status_code,
                                   reason=response.reason or "")
            body = self._read(response, limit, deadline, target)
            return HttpResponse(url=response.url, status=response.status_code,
                                headers={k.lower(): v for k, v in response.headers.items()}, content=body)

    def _follow(
        self, url: str, limit: int, deadline: float, headers: dict[str, str], params: dict[str, str] | None
    ) -> HttpResponse:
        import requests

        original = current = check_address(url)
        seen: list[str] = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CaptureError("timeout", url=original, seconds=f"{self.timeout:g}")
            try:
                response = self._session.get(
                    current,
                    headers=headers,
                    params=params if not seen else None,
                    stream=True,
                    allow_redirects=False,
                    timeout=(min(remaining, 10.0), remaining),
                    verify=True,
                )
            except requests.exceptions.SSLError as exc:
                raise CaptureError("tls", url=current, reason=type(exc).__name__) from None
            except requests.exceptions.Timeout:
                raise CaptureError("timeout", url=original, seconds=f"{self.timeout:g}") from None
            except requests.exceptions.ConnectionError as exc:
                raise _Retryable(CaptureError("connection", url=current, reason=_reason(exc))) from None
            except requests.exceptions.InvalidURL:
                raise CaptureError("bad-url", url=current) from None
            with response:
                if response.is_redirect or response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("location")
                    if location:
                        target = urljoin(response.url, location)
                        seen.append(current)
                        if target in seen:
                            raise CaptureError("redirect-loop", url=original)
                        if len(seen) > self.max_redirects:
                            raise CaptureError("too-many-redirects", url=original, limit=self.max_redirects)
                        current = check_address(target)  # a redirect to file: is refused here
                        continue
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(
                        CaptureError("http-status", url=current, status=response.status_code,
                                     reason=response.reason or ""),
                        wait=_retry_after(response.headers.get("retry-after")),
                    )
                if response.status_code >= 400:
                    raise CaptureError("http-status", url=current, status=response.status_code,
                                       reason=response.reason or "")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise CaptureError("too-large", url=current, limit=_limit_text(limit))
                body = self._read(response, limit, deadline, original)
                return HttpResponse(
                    url=response.url,
                    status=response.status_code,
                    headers={k.lower(): v for k, v in response.headers.items()},
                    content=body,
                    history=seen,
                )

    def _read(self, response: Any, limit: int, deadline: float, original: str) -> bytes:
        import requests

        chunks: list[bytes] = []
        size = 0
        try:
            # iter_content decodes gzip/deflate incrementally, so a compression bomb is
            # stopped by the same cap on decoded bytes.
            for chunk in response.iter_content(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise CaptureError("too-large", url=response.url, limit=_limit_text(limit))
                if time.monotonic() > deadline:
                    raise CaptureError("timeout", url=original, seconds=f"{self.timeout:g}")
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            if "timed out" in str(exc).lower() or isinstance(exc, requests.exceptions.Timeout):
                raise CaptureError("timeout", url=original, seconds=f"{self.timeout:g}") from None
            raise CaptureError("connection", url=response.url, reason=_reason(exc)) from None
        return b"".join(chunks)


class _Retryable(Exception):
    def __init__(self, error: CaptureError, wait: float | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.wait = wait


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return min(float(value.strip()), 10.0)
    return None


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "Temporary failure in name resolution",
                   "Connection reset", "Remote end closed connection"):
        if marker in text:
            return marker.lower()
    return type(exc).__name__
