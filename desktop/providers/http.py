"""One shared ``requests.Session`` per account, with time-outs, TLS verification and error mapping.

Adapters call :meth:`HttpClient.request`; transport failures come back as :class:`TransientError` with
``may_have_been_sent`` set when the request may have reached the provider. HTTP status handling that is the
same for every provider (429 with ``Retry-After``, 5xx) is in :func:`raise_for_common_status`.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import threading
from collections.abc import Mapping
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import NewConnectionError

from desktop import __version__
from desktop.providers.base import TransientError

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0
USER_AGENT = f"Comptoir/{__version__}"


class HttpClient:
    """A thread-safe wrapper around one ``requests.Session`` (connection pooling per account)."""

    def __init__(
        self,
        base_url: str,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        pool_size: int = 8,
        headers: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()
        self.session.verify = True  # never disabled; a proxy with its own CA sets REQUESTS_CA_BUNDLE
        self.session.trust_env = True
        adapter = HTTPAdapter(pool_connections=pool_size, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        if headers:
            self.session.headers.update(headers)
        if auth:
            self.session.auth = auth
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Send one request; transport errors become TransientError (never leaking headers or bodies)."""
        kwargs.setdefault("timeout", self.timeout)
        kwargs["verify"] = True
        try:
            return self.session.request(method, self.url(path), **kwargs)
        except requests.exceptions.ConnectTimeout as exc:
            raise TransientError("timeout", "connection timed out") from exc
        except requests.exceptions.ReadTimeout as exc:
            raise TransientError(
                "timeout", "no answer in time", may_have_been_sent=method.upper() != "GET"
            ) from exc
        except requests.exceptions.SSLError as exc:
            raise TransientError("connection_error", "TLS certificate could not be verified") from exc
        except requests.exceptions.ConnectionError as exc:
            raise TransientError(
                "connection_error",
                type(exc).__name__,
                may_have_been_sent=method.upper() != "GET" and not _never_connected(exc),
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise TransientError("connection_error", type(exc).__name__) from exc

    def close(self) -> None:
        """Close every pooled connection (``Session.close`` alone leaves keep-alive sockets open while an
        exception or response still references their pool)."""
        for adapter in self.session.adapters.values():
            if isinstance(adapter, HTTPAdapter):
                pools = adapter.poolmanager.pools
                for key in list(pools.keys()):
                    pool = pools.get(key)
                    if pool is not None:
                        pool.close()
        self.session.close()


def _never_connected(exc: BaseException) -> bool:
    """True when the connection was never established (refused, DNS): nothing can have been sent."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, NewConnectionError | ConnectionRefusedError):
            return True
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException) and id(reason) not in seen:
            current = reason
            continue
        current = current.__cause__ or current.__context__
    return False


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


def raise_for_common_status(response: requests.Response, *, method: str = "POST") -> None:
    """429 → rate_limited (transient, Retry-After honoured); 5xx → server_error (transient).

    A 500 on a POST may hide a message the provider did create: it is flagged ``may_have_been_sent`` so the
    dispatcher reconciles before resending. 502/503/504 come from gateways in front of the API and mean the
    request was not processed.
    """
    status = response.status_code
    if status == 429:
        raise TransientError(
            "rate_limited",
            "too many requests",
            http_status=status,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    if status >= 500:
        raise TransientError(
            "server_error",
            f"HTTP {status}",
            http_status=status,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            may_have_been_sent=method.upper() != "GET" and status == 500,
        )


def json_body(response: requests.Response) -> Any:
    """The decoded JSON body, or TransientError("bad_response") when the provider sent garbage."""
    try:
        return response.json()
    except ValueError as exc:
        raise TransientError(
            "bad_response", f"HTTP {response.status_code}: body is not JSON", http_status=response.status_code
        ) from exc
