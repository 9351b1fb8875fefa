"""OVHcloud SMS adapter: signed JSON calls to ``/sms/{serviceName}/…``.

Every authenticated call carries ``X-Ovh-Signature = "$1$" + sha1(AS+CK+METHOD+URL+BODY+TIMESTAMP)`` where the
timestamp is the *server's* time: the offset is read once from ``GET /auth/time`` and cached; when OVH refuses
a timestamp ("Query out of time", e.g. after the computer's clock jumped) the offset is read again and the call
retried once. ``account.base_url`` replaces the endpoint's API root entirely (``https://eu.api.ovh.com/1.0``).

Decisions (the wire format itself is in :mod:`desktop.providers.ovh_protocol`):
- sender: ``sms.sender`` (or the account's); with no sender, or with the ``replies`` option on, the message goes
  out with ``senderForResponse: true`` (OVH's reply-capable short code; OVH blocks links on short codes).
- ``noStopClause`` is false only for promotional messages: OVH then appends its own STOP mention.
- ``tag`` = our reference when it is a short plain token, else a hash of it (``tag_for``).
- a receiver refused in ``invalidReceivers`` is ``opted_out`` when OVH has it on the account blacklist
  (the recipient replied STOP), ``invalid_number`` otherwise; same for a status with ptt 23.
- costs are reported in OVH credits (``currency="credits"``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import threading
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import quote, urlencode

import requests

from desktop.core.entities import ProviderAccount
from desktop.providers.base import (
    AccountCheck,
    Capabilities,
    DeliveryState,
    FieldSpec,
    InboundPage,
    InboundSms,
    OutgoingSms,
    PermanentError,
    ProviderSpec,
    SendResult,
    StatusReport,
    TransientError,
)
from desktop.providers.http import json_body, raise_for_common_status
from desktop.providers.ovh_protocol import (
    InboundCursor,
    OvhCredentials,
    credits,
    error_fields,
    error_for,
    format_time,
    inbound_sms,
    job_payload,
    outgoing_result,
    ovh_number,
    parse_time,
    record_matches,
    service_missing,
    signed_headers,
    status_report,
    tag_for,
    timestamp_refused,
)
from desktop.providers.registry import ProviderEnv
from desktop.providers.wire import answer_json, as_decimal, as_int, client_for, error_object

log = logging.getLogger("sms")

ENDPOINTS = {
    "ovh-eu": "https://eu.api.ovh.com/1.0",
    "ovh-ca": "https://ca.api.ovh.com/1.0",
    "ovh-us": "https://api.us.ovhcloud.com/1.0",
}
LOOKUP_MARGIN = dt.timedelta(minutes=5)
_TRUE = {"1", "true", "yes", "oui", "on"}

CAPABILITIES = Capabilities(
    delivery_status=True,
    inbound_polling=True,
    reconciliation=True,
    balance=True,
    provider_stop_mention=True,
    default_rate_per_second=5.0,
)
SPEC = ProviderSpec(
    key="ovh",
    name="OVHcloud",
    capabilities=CAPABILITIES,
    fields=(
        FieldSpec(
            "service_name",
            ("Nom du service SMS", "SMS service name"),
            hint=(
                "Par exemple sms-xx12345-1 (espace client OVHcloud).",
                "For example sms-xx12345-1 (OVHcloud control panel).",
            ),
        ),
        FieldSpec("application_key", "Application key (AK)"),
        FieldSpec(
            "endpoint",
            ("Point d'accès", "Endpoint"),
            required=False,
            default="ovh-eu",
            hint=("ovh-eu, ovh-ca ou ovh-us.", "ovh-eu, ovh-ca or ovh-us."),
        ),
        FieldSpec(
            "replies",
            ("Recevoir les réponses", "Receive replies"),
            required=False,
            default="",
            hint=(
                "« oui » : envoi par numéro court OVH pour que les clients puissent répondre "
                "(l'expéditeur est alors ignoré et les liens sont bloqués par OVH).",
                "« yes »: sent from an OVH short number so that clients can reply "
                "(the sender name is then ignored and OVH blocks links).",
            ),
        ),
        FieldSpec("application_secret", "Application secret (AS)", secret=True),
        FieldSpec("consumer_key", "Consumer key (CK)", secret=True),
    ),
    default_base_url=ENDPOINTS["ovh-eu"],
    price_estimate_cents_fr=7,  # estimate, not checked against the live page: OVHcloud's small SMS packs for France, ~0.07 € HT an SMS (2024)
)


class _TimestampRefusedError(Exception):
    """OVH said "Query out of time": our cached clock offset is stale."""


class OvhProvider:
    """One OVHcloud SMS service (``serviceName``) reached with one application's credentials."""

    capabilities = CAPABILITIES
    max_details_per_poll = 200  # detail calls per inbound poll; the rest waits for the next poll

    def __init__(
        self,
        name: str,
        api_root: str,
        service_name: str,
        credentials: OvhCredentials,
        *,
        default_sender: str = "",
        replies: bool = False,
        env: ProviderEnv,
    ) -> None:
        self.name = name
        self._root = api_root.rstrip("/")
        self._sn = quote(service_name, safe="")
        self._credentials = credentials
        self._default_sender = default_sender
        self._replies = replies
        self._clock = env.clock
        self._http = client_for(self._root, env)
        self._delta: int | None = None
        self._delta_lock = threading.Lock()

    # ------------------------------------------------------------------ signing and calls
    def _local_time(self) -> int:
        return int(self._clock.now().timestamp())

    def time_delta(self) -> int:
        """Seconds to add to our clock to get OVH's (``GET /auth/time``, read once and cached)."""
        with self._delta_lock:
            if self._delta is None:
                response = self._http.request("GET", self._root + "/auth/time")
                raise_for_common_status(response, method="GET")
                if response.status_code != 200:
                    detail = f"no OVH API at this address (/auth/time: HTTP {response.status_code})"
                    raise PermanentError("not_found", detail, http_status=response.status_code)
                server = json_body(response)
                if not isinstance(server, int) or isinstance(server, bool):
                    raise TransientError("bad_response", "/auth/time did not return a timestamp")
                self._delta = server - self._local_time()
                log.debug("OVH clock offset: %d s", self._delta)
            return self._delta

    def _forget_delta(self, stale: int) -> None:
        with self._delta_lock:
            if self._delta == stale:
                self._delta = None

    def _call(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        data: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Any:
        """One signed call; the decoded JSON, or None on a 404 for an object when ``missing_ok``."""
        url = self._root + path + ("?" + urlencode(query) if query else "")
        body = "" if data is None else json.dumps(data, separators=(",", ":"))
        for attempt in (1, 2):
            delta = self.time_delta()
            timestamp = self._local_time() + delta
            headers = signed_headers(
                self._credentials, method=method, url=url, body=body, timestamp=timestamp
            )
            response = self._http.request(method, url, data=body.encode("utf-8") or None, headers=headers)
            try:
                return self._decode(response, method, missing_ok)
            except _TimestampRefusedError:
                if attempt == 2:
                    break
                log.info("OVH refused our timestamp; reading its clock again")
                self._forget_delta(delta)
        raise TransientError("server_error", "OVH refused the request timestamp twice", http_status=400)

    @staticmethod
    def _decode(response: requests.Response, method: str, missing_ok: bool) -> Any:
        """Raise the stable error of a refused call, else decode the answer."""
        raise_for_common_status(response, method=method)
        status = response.status_code
        if status >= 400:
            code, message = error_fields(error_object(response))
            if missing_ok and status == 404 and not service_missing(message):
                return None
            if timestamp_refused(code, message):
                raise _TimestampRefusedError
            raise error_for(status, code, message)
        if status == 204 or not response.content:
            return None
        return answer_json(response, method)

    # ------------------------------------------------------------------ Provider
    def send(self, sms: OutgoingSms) -> SendResult:
        payload = job_payload(sms, sms.sender or self._default_sender, replies=self._replies)
        report = self._call("POST", f"/sms/{self._sn}/jobs", data=payload)
        if not isinstance(report, dict):
            raise TransientError("bad_response", "unexpected sending report", may_have_been_sent=True)
        ids = [i for i in report.get("ids") or [] if as_int(i) is not None]
        invalid = {ovh_number(n) for n in report.get("invalidReceivers") or []}
        if ovh_number(sms.to) in invalid:
            raise self._refusal(sms.to)
        if not ids:
            raise TransientError(
                "bad_response", "no message id in the sending report", may_have_been_sent=True
            )
        cost, currency = credits(report.get("totalCreditsRemoved"))
        return SendResult(str(ids[0]), DeliveryState.ACCEPTED, cost=cost, currency=currency)

    def _refusal(self, number: str) -> PermanentError:
        """Why OVH refused a receiver: on the account blacklist (STOP) or not a valid number."""
        try:
            blacklisted = self.is_blacklisted(number)
        except PermanentError:
            blacklisted = False
        if blacklisted:
            return PermanentError(
                "opted_out", "number is on the OVH blacklist (STOP)", provider_code="blacklist"
            )
        return PermanentError("invalid_number", "receiver refused by OVH", provider_code="invalidReceivers")

    def is_blacklisted(self, number: str) -> bool:
        record = self._call(
            "GET", f"/sms/{self._sn}/blacklists/{quote(ovh_number(number), safe='')}", missing_ok=True
        )
        return record is not None

    def blacklisted_numbers(self) -> list[str]:
        """Numbers on the account blacklist (recipients who replied STOP), E.164, sorted."""
        numbers = self._call("GET", f"/sms/{self._sn}/blacklists")
        if not isinstance(numbers, list):
            raise TransientError("bad_response", "blacklist is not a list")
        return sorted({ovh_number(n) for n in numbers if n})

    def _record(self, kind: str, message_id: int | str) -> dict[str, Any] | None:
        record = self._call("GET", f"/sms/{self._sn}/{kind}/{message_id}", missing_ok=True)
        if record is not None and not isinstance(record, dict):
            raise TransientError("bad_response", f"{kind} record is not an object")
        return cast("dict[str, Any] | None", record)

    def _ids(self, path: str, query: Mapping[str, str] | None = None) -> list[int]:
        ids = self._call("GET", path, query=query)
        if not isinstance(ids, list):
            raise TransientError("bad_response", "id list expected")
        return sorted({i for i in ids if as_int(i) is not None})

    def fetch_status(self, provider_id: str) -> StatusReport:
        """``/outgoing/{id}``; a message still queued is only under ``/jobs/{id}`` (→ accepted)."""
        if not provider_id.isdigit():
            raise PermanentError("not_found", "not an OVH message id")
        for kind in ("outgoing", "jobs", "outgoing"):  # the job may leave the queue between two calls
            record = self._record(kind, provider_id)
            if record is not None:
                break
        else:
            raise PermanentError("not_found", "no such message at OVH")
        if kind == "jobs":
            return StatusReport(
                provider_id, DeliveryState.ACCEPTED, segments=as_int(record.get("numberOfSms"))
            )
        report = status_report(provider_id, record)
        if report.error_code == "invalid_number" and self._blacklisted_quietly(record.get("receiver")):
            report = dataclasses.replace(report, error_code="opted_out")  # the recipient replied STOP
        return report

    def _blacklisted_quietly(self, number: object) -> bool:
        try:
            return bool(number) and self.is_blacklisted(str(number))
        except PermanentError:
            return False

    def poll_inbound(self, cursor: str | None) -> InboundPage:
        """``/incoming?creationDatetime.from=…`` then each new id; dedupe by id across polls."""
        state = InboundCursor.load(cursor)
        if state is None:
            state = InboundCursor(since=self.server_now() - dt.timedelta(hours=24))
        query = {"creationDatetime.from": format_time(state.query_from())}
        fresh = [i for i in self._ids(f"/sms/{self._sn}/incoming", query) if not state.has_seen(i)]
        messages: list[InboundSms] = []
        for message_id in fresh[: self.max_details_per_poll]:
            record = self._record("incoming", message_id)
            if record is None:  # deleted between the two calls
                state.mark_seen(message_id, state.since)
                continue
            received = parse_time(record.get("creationDatetime")) or self.server_now()
            messages.append(inbound_sms(message_id, record, received))
            state.mark_seen(message_id, received)
        state.prune()
        return InboundPage(messages, state.dump())

    def server_now(self) -> dt.datetime:
        """OVH's idea of now (our clock plus the cached offset)."""
        return self._clock.now() + dt.timedelta(seconds=self.time_delta())

    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        """Pending jobs first, then ``/outgoing`` filtered by receiver, tag and date: a job leaving the queue
        between the two calls is then seen in outgoing. OVH keeps 6 months of history: ``[]`` = not sent."""
        since_server = since + dt.timedelta(seconds=self.time_delta()) - LOOKUP_MARGIN
        to = ovh_number(sms.to)
        found: dict[str, SendResult] = {}
        for job_id in self._ids(f"/sms/{self._sn}/jobs"):
            job = self._record("jobs", job_id)
            if job is not None and record_matches(job, sms, to, since_server):
                found[str(job_id)] = SendResult(str(job_id), DeliveryState.ACCEPTED)
        query = {"receiver": to, "creationDatetime.from": format_time(since_server)}
        if sms.reference:
            query["tag"] = tag_for(sms.reference)
        for out_id in self._ids(f"/sms/{self._sn}/outgoing", query):
            record = self._record("outgoing", out_id)
            if record is not None and record_matches(record, sms, to, since_server):
                found[str(out_id)] = outgoing_result(str(out_id), record)
        return [found[key] for key in sorted(found, key=int)]

    def check_account(self) -> AccountCheck:
        """``GET /sms/{serviceName}``: credentials, service name and ``creditsLeft`` (0 → detail says so)."""
        info = self._call("GET", f"/sms/{self._sn}")
        if not isinstance(info, dict):
            raise TransientError("bad_response", "service description is not an object")
        balance = as_decimal(info.get("creditsLeft"))
        detail = str(info.get("description") or info.get("name") or "")
        if balance is not None and balance <= 0:
            detail = "no credit left"
        return AccountCheck(ok=True, balance=balance, balance_unit="credits", detail=detail)

    def close(self) -> None:
        self._http.close()


def api_root(account: ProviderAccount) -> str:
    """``account.base_url`` when set (the full API root), else the URL of the ``endpoint`` option."""
    if account.base_url:
        return account.base_url
    endpoint = (account.options.get("endpoint") or "ovh-eu").strip().lower()
    if endpoint not in ENDPOINTS:
        raise PermanentError("bad_request", f"unknown OVH endpoint {endpoint!r} (ovh-eu, ovh-ca, ovh-us)")
    return ENDPOINTS[endpoint]


def create(account: ProviderAccount, secrets: Mapping[str, str], env: ProviderEnv) -> OvhProvider:
    service_name = (account.options.get("service_name") or "").strip()
    application_key = (account.options.get("application_key") or "").strip()
    if not service_name:
        raise PermanentError("bad_request", "missing OVH service name")
    if not application_key:
        raise PermanentError("auth_failed", "missing application key")
    return OvhProvider(
        account.name,
        api_root(account),
        service_name,
        OvhCredentials(
            application_key, secrets.get("application_secret", ""), secrets.get("consumer_key", "")
        ),
        default_sender=account.sender,
        replies=(account.options.get("replies") or "").strip().lower() in _TRUE,
        env=env,
    )
