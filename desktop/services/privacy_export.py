"""The shape of a client's data export (JSON document, workbook sheets) and of the consent register table.

Headers and values are in the catalogue's language (French by default); the JSON keeps stable English keys
and codes, so that it can be read by a program as well as by the person who asked for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from desktop.core import catalogue
from desktop.core.agenda import Appointment, Notice, Order
from desktop.core.entities import Client, ConsentEvent, InboundMessage, Message
from desktop.services.exporter import Sheet, phone_cell
from desktop.storage.repositories.privacy import ERASURE, ClientDossier, ConsentAuditLine

#: The client's own fields, in the order of the export (the JSON keys are these names).
CLIENT_FIELDS = (
    "id", "civility", "first_name", "last_name", "mobile", "other_phone", "email", "address", "postal_code",
    "city", "birthday", "tags", "notes", "language", "region", "promotional_consent", "transactional_consent",
    "number_status", "last_visit", "created_at", "updated_at",
)  # fmt: skip


def _text(code: str) -> str:
    return catalogue.explain(f"privacy_{code}")


def _label(prefix: str, value: str) -> str:
    code = f"{prefix}_{value}"
    return catalogue.explain(code) if catalogue.has(code) else value


def _client_value(client: Client, name: str) -> Any:
    value = getattr(client, name)
    if name in ("mobile", "other_phone"):
        return value or ""
    if name == "tags":
        return list(value)
    return value


# ---------------------------------------------------------------------------------------- JSON


def dossier_json(found: ClientDossier, now: dt.datetime) -> dict[str, Any]:
    client = found.client
    return {
        "exported_at": now,
        "client": {name: _client_value(client, name) for name in CLIENT_FIELDS},
        "consent_events": [_consent_json(e) for e in found.consent_events],
        "suppression_list": found.suppressed_scopes,
        "messages": [_message_json(m) for m in found.messages],
        "replies": [_reply_json(r) for r in found.replies],
        "appointments": [_appointment_json(a) for a in found.appointments],
        "orders": [_order_json(o) for o in found.orders],
        "notices": [_notice_json(n) for n in found.notices],
    }


def _consent_json(event: ConsentEvent) -> dict[str, Any]:
    return {
        "at": event.at,
        "purpose": event.purpose,
        "state": event.state,
        "source": event.source,
        "wording": event.wording,
        "recorded_by": event.recorded_by,
    }


def _message_json(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "created_at": message.created_at,
        "to": message.to,
        "text": message.body,
        "purpose": message.purpose,
        "status": message.status,
        "segments": message.segments,
        "cost_cents": message.cost_cents,
        "sent_at": message.sent_at,
        "history": [{"status": h.status, "at": h.at} for h in message.history],
    }


def _reply_json(reply: InboundMessage) -> dict[str, Any]:
    return {
        "id": reply.id,
        "received_at": reply.received_at,
        "from": reply.from_number,
        "text": reply.text,
        "interpretation": reply.interpretation,
    }


def _appointment_json(appointment: Appointment) -> dict[str, Any]:
    return {
        "id": appointment.id,
        "start": appointment.start,
        "end": appointment.end,
        "with": appointment.staff,
        "kind": appointment.kind,
        "place": appointment.location,
        "reason": appointment.reason,
        "status": appointment.status,
        "created_at": appointment.created_at,
    }


def _notice_json(notice: Notice) -> dict[str, Any]:
    return {
        "id": notice.id,
        "kind": notice.kind,
        "appointment_id": notice.appointment_id,
        "order_id": notice.order_id,
        "due_at": notice.due_at,
        "status": notice.status,
        "template": notice.template,
        "values": dict(notice.values),
        "message_id": notice.message_id,
    }


def _order_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "label": order.label,
        "status": order.status,
        "amount_cents": order.amount_cents,
        "ready_at": order.ready_at,
        "collected_at": order.collected_at,
        "created_at": order.created_at,
    }


# ---------------------------------------------------------------------------------------- workbook


def dossier_sheets(found: ClientDossier) -> list[Sheet]:
    """One sheet per kind of data; a kind with nothing in it still has its sheet (and says so by being
    empty), so that the person sees everything that *could* be held."""
    client = found.client
    fields = [(_text(f"field_{name}"), _field_cell(client, name)) for name in CLIENT_FIELDS]
    if found.suppressed_scopes:
        scopes = ", ".join(_label("privacy_scope", s) for s in found.suppressed_scopes)
        fields.append((_text("field_suppression"), scopes))
    return [
        Sheet(_text("sheet_client"), [_text("col_field"), _text("col_value")], fields),
        Sheet(
            _text("sheet_consent"),
            [_text(c) for c in ("col_at", "col_purpose", "col_state", "col_source", "col_wording", "col_by")],
            [
                [
                    e.at,
                    _label("consent_purpose", e.purpose.value),
                    _label("consent_state", e.state.value),
                    _label("consent_source", e.source.value),
                    e.wording,
                    e.recorded_by,
                ]
                for e in found.consent_events
            ],
        ),
        Sheet(
            _text("sheet_messages"),
            [_text(c) for c in ("col_at", "col_to", "col_text", "col_purpose", "col_status", "col_segments")]
            + [_text("col_cost"), _text("col_sent_at")],
            [
                [
                    m.created_at,
                    phone_cell(m.to),
                    m.body,
                    _label("export_purpose", m.purpose.value),
                    _label("status", m.status.value),
                    m.segments,
                    Decimal(m.cost_cents) / 100,
                    m.sent_at,
                ]
                for m in found.messages
            ],
        ),
        Sheet(
            _text("sheet_replies"),
            [_text(c) for c in ("col_at", "col_from", "col_text")],
            [[r.received_at, phone_cell(r.from_number), r.text] for r in found.replies],
        ),
        Sheet(
            _text("sheet_appointments"),
            [_text(c) for c in ("col_start", "col_end", "col_with", "col_kind", "col_place", "col_reason")]
            + [_text("col_status")],
            [
                [
                    a.start,
                    a.end,
                    a.staff,
                    a.kind,
                    a.location,
                    a.reason,
                    _label("privacy_appointment", a.status),
                ]
                for a in found.appointments
            ],
        ),
        Sheet(
            _text("sheet_notices"),
            [_text(c) for c in ("col_due", "col_notice", "col_status", "col_template")],
            [
                [
                    n.due_at,
                    _label("privacy_notice", n.kind),
                    _label("privacy_notice_status", n.status),
                    n.template,
                ]
                for n in found.notices
            ],
        ),
        Sheet(
            _text("sheet_orders"),
            [_text(c) for c in ("col_label", "col_status", "col_amount", "col_ready_at", "col_collected_at")],
            [
                [
                    o.label,
                    _label("privacy_order", o.status),
                    None if o.amount_cents is None else Decimal(o.amount_cents) / 100,
                    o.ready_at,
                    o.collected_at,
                ]
                for o in found.orders
            ],
        ),
    ]


def _field_cell(client: Client, name: str) -> Any:
    value = getattr(client, name)
    if name in ("mobile", "other_phone"):
        return phone_cell(value)
    if name == "tags":
        return ", ".join(value)
    if name in ("promotional_consent", "transactional_consent"):
        return _label("consent_state", value.value)
    if name == "number_status":
        return _label("privacy_number", value.value)
    return value


# ---------------------------------------------------------------------------------------- register


def consent_register_sheet() -> str:
    return _text("sheet_register")


def consent_register_table(
    lines: Iterable[ConsentAuditLine],
) -> tuple[Sequence[str], Iterator[list[Any]]]:
    headers = [
        _text(c)
        for c in ("col_at", "col_client", "col_purpose", "col_state", "col_source", "col_wording", "col_by")
    ]

    def rows() -> Iterator[list[Any]]:
        for line in lines:
            yield [
                line.at,
                line.client_name if line.client_id is not None else _text("erased_client"),
                _label("consent_purpose", line.purpose.value),
                _label("consent_state", line.state.value),
                _label("consent_source", line.source.value)
                + (f" — {_text('erasure')}" if line.reference == ERASURE else ""),
                line.wording,
                line.recorded_by,
            ]

    return headers, rows()
