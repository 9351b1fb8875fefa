"""Refusals of the agenda's services: a stable code and its parameters (texts in
:mod:`desktop.core.catalogue.agenda`)."""

from __future__ import annotations

from typing import Final


class AgendaError(Exception):
    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


CLIENT_UNKNOWN: Final = "agenda_client_unknown"
APPOINTMENT_UNKNOWN: Final = "appointment_unknown"
APPOINTMENT_CANCELLED: Final = "appointment_cancelled"
DURATION_INVALID: Final = "appointment_duration_invalid"
TEXT_TOO_LONG: Final = "agenda_text_too_long"
ORDER_UNKNOWN: Final = "order_unknown"
ORDER_LABEL_REQUIRED: Final = "order_label_required"
ORDER_CLOSED: Final = "order_closed"
ORDER_ALREADY_READY: Final = "order_already_ready"
ORDER_NOT_READY: Final = "order_not_ready"
NOTICE_TIME_PAST: Final = "notice_time_past"
