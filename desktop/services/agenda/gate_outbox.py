"""The agenda's notices handed to the message gate: the production side of :class:`ports.NoticeOutbox`.

Each notice becomes one addressee of a :class:`desktop.services.sending.requests.SendRequest`: the client,
the values the agenda computed (``date_rdv``, ``heure_rdv``, ``praticien``, ``lieu``, ``commande``…), the
appointment or order it is about and its idempotency key. Notices that share a template, a kind, a purpose,
urgency and a moment travel in one request (one gathering of facts for the whole batch). The gate renders,
checks consent, hours and caps, and queues; a refusal comes back as the gate's reasons, which the agenda
shows on the notice (blocked, and why).

Reminders are transactional but polite: outside the recipient's courtesy hours the gate makes them wait for
the next polite moment rather than leave at night (the agenda's rules already aim inside those hours).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

from desktop.core.compliance import Finding
from desktop.core.entities import MessageKind, Purpose, Template
from desktop.core.errors import KnownError
from desktop.services.agenda.ports import NoticeOutcome, NoticeRequest, Refusal
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, SendRequest

_Group = tuple[int, Purpose, MessageKind, bool, dt.datetime | None]


class GateNoticeOutbox:
    """Implements :class:`desktop.services.agenda.ports.NoticeOutbox` over the gate."""

    def __init__(self, gate: Gate, template: Callable[[int], Template]) -> None:
        self._gate = gate
        self._template = template

    def submit(self, requests: Sequence[NoticeRequest]) -> list[NoticeOutcome]:
        outcomes: list[NoticeOutcome | None] = [None] * len(requests)
        groups: dict[_Group, list[int]] = defaultdict(list)
        for index, request in enumerate(requests):
            key = (request.template_id, request.purpose, request.kind, request.urgent, request.due_at)
            groups[key].append(index)
        for (template_id, purpose, kind, urgent, due_at), indexes in groups.items():
            for index, outcome in zip(
                indexes,
                self._send(template_id, purpose, kind, urgent, due_at, requests, indexes),
                strict=True,
            ):
                outcomes[index] = outcome
        return [o for o in outcomes if o is not None]

    def _send(
        self,
        template_id: int,
        purpose: Purpose,
        kind: MessageKind,
        urgent: bool,
        due_at: dt.datetime | None,
        requests: Sequence[NoticeRequest],
        indexes: Sequence[int],
    ) -> list[NoticeOutcome]:
        try:
            template = self._template(template_id)
            outcome = self._gate.send(
                SendRequest(
                    template.body,
                    purpose,
                    tuple(_addressee(requests[i]) for i in indexes),
                    kind=kind,
                    template_id=template.id,
                    urgent=urgent,
                    at=due_at,
                    polite=not urgent,
                )
            )
        except KnownError as exc:  # the request itself cannot be taken: every notice of it says why
            refusal = Refusal(exc.code, {k: str(v) for k, v in exc.params.items()})
            return [NoticeOutcome(None, (refusal,)) for _ in indexes]
        answers: list[NoticeOutcome] = []
        for checked in outcome.checked:
            message = outcome.messages.get(checked.index)
            if message is not None:
                answers.append(NoticeOutcome(message.id))
            else:
                answers.append(NoticeOutcome(None, tuple(_refusal(f) for f in checked.reasons)))
        return answers


def _addressee(request: NoticeRequest) -> Addressee:
    return Addressee(
        client_id=request.client_id,
        values=dict(request.values),
        appointment_id=request.appointment_id,
        order_id=request.order_id,
        idempotency_key=request.idempotency_key,
    )


def _refusal(finding: Finding) -> Refusal:
    return Refusal(finding.code, dict(finding.params))
