"""Polling the providers: delivery statuses of sent messages, and inbound replies.

- Delivery status: asked only of providers with the ``delivery_status`` capability, on the schedule of
  :func:`policy.next_status_poll`, until a final state (``delivered``, ``undelivered``, ``failed``,
  ``expired``) or 48 h after sending (the message then stays ``sent``).
- Replies: one ``poll_inbound`` per account with the ``inbound_polling`` capability and run. Each reply is
  stored once (unique per account and provider id) and matched to a client by number; the dispatcher's next
  step applies it (:mod:`desktop.services.inbox.applying`: what it means and what it does — an opt-out
  included — is decided there only). The cursor is saved only after the replies are committed (a crash in
  between re-reads them; the unique key drops the duplicates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from desktop import logs
from desktop.core import phones
from desktop.core.clock import Clock
from desktop.core.entities import MessageStatus, ProviderAccount
from desktop.providers.base import DeliveryState, InboundSms, Provider, ProviderError, StatusReport
from desktop.services.dispatch import policy
from desktop.services.dispatch.ports import AccountsPort
from desktop.services.dispatch.report import DispatchReport
from desktop.storage.db import Database
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import message_dispatch as claims
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.message_dispatch import Candidate
from desktop.storage.repositories.messages import Move

S = MessageStatus
_log = logs.get("dispatch")
STATUS_BATCH = 200

_FINAL: dict[DeliveryState, tuple[MessageStatus, str | None]] = {
    DeliveryState.DELIVERED: (S.DELIVERED, None),
    DeliveryState.UNDELIVERED: (S.UNDELIVERED, "undelivered"),
    DeliveryState.FAILED: (S.FAILED, "undelivered"),
    DeliveryState.EXPIRED: (S.EXPIRED, "expired"),
}


def final_move(message_id: int, status: StatusReport, now: dt.datetime) -> Move | None:
    """sent → the final status the provider reported (None while it is not final)."""
    target = _FINAL.get(status.state)
    if target is None:
        return None
    new_status, default_code = target
    code = (status.error_code or default_code) if new_status is not S.DELIVERED else None
    values: dict[str, object] = {
        "final_at": status.at or now,
        "error_code": code,
        "error_detail": status.provider_code or "",
        "next_attempt_at": None,
    }
    if status.segments:
        values["segments"] = status.segments
    return Move(message_id, new_status, frozenset({S.SENT}), code or "delivered", values)


def count_final(report: DispatchReport, status: MessageStatus) -> None:
    if status is S.DELIVERED:
        report.delivered += 1
    elif status is S.UNDELIVERED:
        report.undelivered += 1
    elif status is S.EXPIRED:
        report.expired += 1
    else:
        report.failed_later += 1


# ---------------------------------------------------------------------------------------- statuses


def poll_statuses(
    db: Database, accounts: AccountsPort, clock: Clock, report: DispatchReport, *, max_workers: int = 4
) -> None:
    with db.read() as session:
        due = claims.due_status_polls(session, clock.now(), STATUS_BATCH)
    if not due:
        return
    providers: dict[int | None, Provider | None] = {}
    work: list[tuple[Candidate, Provider]] = []
    stop_polling: dict[int, dt.datetime | None] = {}
    for candidate in due:
        provider = _provider_for(accounts, candidate.account_id, providers, report)
        if provider is None or not provider.capabilities.delivery_status:
            stop_polling[candidate.id] = None
        else:
            work.append((candidate, provider))
    with ThreadPoolExecutor(max(1, min(max_workers, len(work) or 1)), "dispatch-status") as pool:
        answers = list(pool.map(_fetch, work))
    now = clock.now()
    moves: list[Move] = []
    schedule: dict[int, dt.datetime | None] = dict(stop_polling)
    for (candidate, _), answer in zip(work, answers, strict=True):
        if isinstance(answer, ProviderError):
            report.errors[answer.code] += 1
            give_up = not answer.transient  # not_found, not_supported: asking again will not help
            schedule[candidate.id] = None if give_up else policy.next_status_poll(candidate.sent_at, now)
            continue
        move = final_move(candidate.id, answer, now)
        if move is None:
            schedule[candidate.id] = policy.next_status_poll(candidate.sent_at, now)
        else:
            moves.append(move)
    by_id = {c.id: c for c, _ in work}
    with db.session() as session:
        repo.set_next_attempts(session, schedule, now)
        done = set(repo.apply_moves(session, moves, now))
        for move in moves:
            if move.id not in done:
                continue
            count_final(report, move.to)
            report.messages.add(move.id)
            code = move.values.get("error_code")
            candidate = by_id[move.id]
            client_id = candidate.client_id
            if (
                client_id is not None
                and isinstance(code, str)
                and claims.apply_provider_verdict(session, client_id, candidate.to, code, now)
            ):
                report.clients.add(client_id)


def _fetch(item: tuple[Candidate, Provider]) -> StatusReport | ProviderError:
    candidate, provider = item
    try:
        return provider.fetch_status(candidate.provider_message_id or "")
    except ProviderError as exc:
        return exc


def _provider_for(
    accounts: AccountsPort,
    account_id: int | None,
    cache: dict[int | None, Provider | None],
    report: DispatchReport,
) -> Provider | None:
    if account_id not in cache:
        try:
            resolved = account_id if account_id is not None else accounts.default().id
            cache[account_id] = accounts.provider(resolved)
        except ProviderError as exc:
            report.errors[exc.code] += 1
            cache[account_id] = None
    return cache[account_id]


# ---------------------------------------------------------------------------------------- replies


def poll_inbound(db: Database, accounts: AccountsPort, clock: Clock, report: DispatchReport) -> None:
    for account in accounts.list():
        try:
            provider = accounts.provider(account.id)
            if not provider.capabilities.inbound_polling:
                continue
            cursor = accounts.inbound_cursor(account.id)
            page = provider.poll_inbound(cursor)
        except ProviderError as exc:
            if exc.code != "not_supported":
                report.errors[exc.code] += 1
            continue
        if page.messages:
            store_replies(db, clock, account, page.messages, report)
        if page.cursor != cursor:
            accounts.save_inbound_cursor(account.id, page.cursor)


def store_replies(
    db: Database,
    clock: Clock,
    account: ProviderAccount,
    messages: Sequence[InboundSms],
    report: DispatchReport,
) -> None:
    now = clock.now()
    with db.session() as session:
        for sms in messages:
            number = phones.normalize(sms.from_number).e164 or sms.from_number.strip()
            client_id = inbound_repo.client_for_number(session, number)
            new = inbound_repo.NewInbound(
                account_id=account.id,
                provider_id=sms.provider_id,
                from_number=number,
                to_number=sms.to,
                text=sms.text,
                received_at=sms.received_at,
            )
            if inbound_repo.insert_if_new(session, new, client_id, now) is None:
                continue
            report.inbound += 1
    _log.info("%d reply(ies) stored for account %s", len(messages), account.id)
