"""Helpers the provider adapters share: answers and error bodies, values read from JSON, error details.

Everything here is the same logic several adapters needed; what is specific to one provider's wire format
stays in its module. The HTTP helpers complete :mod:`desktop.providers.http` (they could live there).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import requests

from desktop import logs
from desktop.providers.base import PermanentError, ProviderError, TransientError
from desktop.providers.http import HttpClient, json_body, raise_for_common_status
from desktop.providers.registry import ProviderEnv

#: Builds the error of a non-2xx answer: ``error_for(response, method)``.
ErrorMapper = Callable[[requests.Response, str], ProviderError]

_NUMBER_RUN = re.compile(r"\+?\d[\d .()/-]*\d|\d")  # digits with the separators people write numbers with
_INTEGER = re.compile(r"[+-]?[0-9]+")
_MIN_INTERNATIONAL, _MAX_INTERNATIONAL = 6, 15
_MIN_PHONE_DIGITS = 7  # fewer digits: a short code, kept as it is


# ---------------------------------------------------------------------- HTTP answers


def client_for(
    base_url: str,
    env: ProviderEnv,
    *,
    headers: Mapping[str, str] | None = None,
    auth: tuple[str, str] | None = None,
) -> HttpClient:
    """The account's :class:`HttpClient`, with the environment's time-outs."""
    return HttpClient(
        base_url,
        connect_timeout=env.connect_timeout,
        read_timeout=env.read_timeout,
        headers=headers,
        auth=auth,
    )


def api_key_client(base_url: str, env: ProviderEnv, *, header: str, api_key: str) -> HttpClient:
    """The client of an account that authenticates with an API key in ``header``; the key is registered
    for redaction so that no log line ever shows it."""
    logs.register_secret(api_key)
    return client_for(base_url, env, headers={header: api_key})


def answer_json(response: requests.Response, method: str) -> Any:
    """:func:`~desktop.providers.http.json_body`, except that garbage in the answer to anything but a GET
    may hide a request the provider carried out: the ``bad_response`` is then ``may_have_been_sent``."""
    try:
        return json_body(response)
    except TransientError as exc:
        if method.upper() == "GET":
            raise
        raise TransientError(
            "bad_response", exc.detail, http_status=exc.http_status, may_have_been_sent=True
        ) from exc


def read_answer(response: requests.Response, method: str, error_for: ErrorMapper) -> Any:
    """The decoded JSON of a 2xx answer (see :func:`answer_json`); any other status raises
    ``error_for(response, method)``. The response is closed either way."""
    try:
        if not 200 <= response.status_code < 300:
            raise error_for(response, method)
        return answer_json(response, method)
    finally:
        response.close()


def common_status_error(response: requests.Response, method: str) -> TransientError | None:
    """The error :func:`~desktop.providers.http.raise_for_common_status` has for this answer (429, 5xx),
    returned rather than raised, or None."""
    try:
        raise_for_common_status(response, method=method)
    except TransientError as exc:
        return exc.with_traceback(None)
    return None


def error_json(response: requests.Response) -> Any:
    """The decoded body of an error answer, or None when it is not JSON."""
    try:
        return response.json()
    except ValueError:
        return None


def error_object(response: requests.Response) -> dict[str, Any]:
    """The body of an error answer when it is a JSON object, else ``{}``."""
    body = error_json(response)
    return body if isinstance(body, dict) else {}


# ---------------------------------------------------------------------- error details


def mask_numbers(text: str, *, min_digits: int = 6) -> str:
    """``text`` with every run of digits holding ``min_digits`` digits or more replaced by ``…``.

    A run may hold the separators numbers are written with (``+33 6 12 34 56 78``, ``06.12.34.56.78``), so
    that a recipient quoted by a provider's error message never reaches a detail or a log line.
    """

    def mask(match: re.Match[str]) -> str:
        run = match.group()
        return "…" if sum(char.isdigit() for char in run) >= min_digits else run

    return _NUMBER_RUN.sub(mask, text)


def error_detail(code: str, message: str, status: int, *, limit: int = 120) -> str:
    """``"<provider code or HTTP status>: <message>"``, numbers masked, the message cut to ``limit``."""
    text = mask_numbers(message)[:limit]
    return ": ".join(part for part in (code or f"HTTP {status}", text) if part)


def first_match(text: str, rules: Iterable[tuple[re.Pattern[str], str]]) -> str | None:
    """The code of the first ``(pattern, code)`` rule whose pattern is found in ``text``."""
    return next((code for pattern, code in rules if pattern.search(text)), None)


# ---------------------------------------------------------------------- values


def parse_iso_datetime(value: object, *, naive_zone: dt.tzinfo = dt.UTC) -> dt.datetime | None:
    """An ISO 8601 string (``Z`` or an offset; without one, read in ``naive_zone``) as an aware UTC
    datetime; None for anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=naive_zone)
    return when.astimezone(dt.UTC)


def as_int(value: object, *, loose: bool = False) -> int | None:
    """A JSON integer (never a boolean), else None. ``loose`` also reads integral floats (``2.0``) and
    integer strings (``"12"``, ``" -3 "``), for APIs that write counts and codes as text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if loose and isinstance(value, float) and value.is_integer():
        return int(value)
    if loose and isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value)
    return None


def as_decimal(value: object) -> Decimal | None:
    """A finite amount from a JSON number or numeric string (``"-0.0075"``), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def only_digits(value: object) -> str:
    """The digits of ``value`` (``None`` → ``""``)."""
    return re.sub(r"\D", "", str(value or ""))


def international_digits(value: object) -> str | None:
    """The digits of an international number (country code first, 6 to 15 digits), or None."""
    digits = only_digits(value)
    return digits if _MIN_INTERNATIONAL <= len(digits) <= _MAX_INTERNATIONAL else None


def recipient_digits(number: str) -> str:
    """The recipient's digits without ``+``, as some APIs want them; PermanentError("invalid_number")
    when ``number`` is not an international number."""
    digits = international_digits(number)
    if digits is None:
        raise PermanentError("invalid_number", "recipient is not an international number")
    return digits


def inbound_number(value: object) -> str:
    """The sender of a reply as E.164 (``"33612345678"`` → ``"+33612345678"``); a short code or a name
    stays as the provider wrote it."""
    digits = only_digits(value)
    return "+" + digits if len(digits) >= _MIN_PHONE_DIGITS else str(value or "")


# ---------------------------------------------------------------------- inbound cursor


class FloorCursor:
    """Inbound polling state for APIs listed by date: a floor and the keys of the replies seen since.

    A poll reads the replies dated at/after :attr:`floor` and skips the keys already seen. The next floor
    stays ``late_margin`` behind ``now`` (a reply may be listed late); only the keys dated at/after it are
    kept. JSON form: ``{"v": 1, "floor": "<ISO date>", "seen": [keys]}``; a missing or unreadable cursor
    starts ``start`` before ``now``.
    """

    def __init__(
        self, cursor: str | None, *, now: dt.datetime, start: dt.timedelta, late_margin: dt.timedelta
    ) -> None:
        self.floor, self._seen = _read_floor_cursor(cursor, now - start)
        self.next_floor = max(self.floor, now - late_margin)
        self._keep: set[str] = set()

    def is_new(self, key: str, when: dt.datetime) -> bool:
        """Whether the reply ``key`` dated ``when`` is to be returned now (and remember it)."""
        if when >= self.next_floor:
            self._keep.add(key)
        if key in self._seen or when < self.floor:
            return False
        self._seen.add(key)
        return True

    def dump(self) -> str:
        return json.dumps({"v": 1, "floor": self.next_floor.isoformat(), "seen": sorted(self._keep)})


def _read_floor_cursor(cursor: str | None, default_floor: dt.datetime) -> tuple[dt.datetime, set[str]]:
    if cursor:
        try:
            data = json.loads(cursor)
            floor = parse_iso_datetime(data["floor"])
            seen = data.get("seen", [])
            if floor is not None and isinstance(seen, list):
                return floor, {str(key) for key in seen}
        except (ValueError, KeyError, TypeError):
            pass
    return default_floor, set()
