"""The SMS a reply is owed: the confirmation of an opt-out, the answer to a keyword — always through the gate.

Applying a reply writes, in its own transaction, that an answer is owed (``answer = "owed"``); this module
then asks the gate for it and records what came of it (queued, with the message's id, or refused with the
gate's first reason). The gate's idempotency key is the reply's, so a desk that dies between the two steps,
or two desks settling the same answer, queue it once.

- **Opt-out confirmation** (kind ``opt_out_confirmation``, transactional, no promotion): the template
  « Confirmation de désinscription » says what was stopped (``{sms_arretes}``: « nos promotions et nos
  rappels de rendez-vous ») and how to stop everything (« STOP TOUT »); after « STOP TOUT », « Confirmation de
  désinscription totale ». The shop's own template of that name is used when it has one, else the shipped
  preset. The setting ``ReplySettings.confirm_opt_out`` turns it off (then nothing is owed).
- **Keyword answer** (kind ``auto_reply``, transactional): the answer configured for the keyword, with the
  business's values only when the number is nobody's.

Both are answers to what the client just wrote: they leave at once, whatever the courtesy hours (urgent).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

from desktop import logs
from desktop.core import catalogue
from desktop.core.entities import InboundMessage, MessageKind, Purpose, Template
from desktop.core.errors import KnownError
from desktop.core.optout import Scope
from desktop.core.templates import join_fr
from desktop.services.inbox import codes
from desktop.services.presets import PresetError, all_presets
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, SendRequest
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.repositories import inbound as inbound_repo

_log = logs.get("dispatch")

PARTIAL_KEY: Final = "common_opt_out_confirmation"
TOTAL_KEY: Final = "common_opt_out_all_confirmation"

TemplateLookup = Callable[[str], Template | None]


@cache
def _preset(key: str) -> tuple[str, str]:
    """(name, body) of a shipped preset."""
    try:
        found = {p.key: p for p in all_presets()}
    except PresetError:
        return "", ""
    preset = found.get(key)
    return (preset.name, preset.body) if preset is not None else ("", "")


def stopped_phrase(scopes: list[str]) -> str:
    """« nos promotions et nos rappels de rendez-vous »: what an opt-out stopped, in the client's words."""
    return join_fr([catalogue.explain(f"stopped_{s}", "fr") for s in scopes if s != Scope.ALL])


class ReplyAnswers:
    def __init__(
        self,
        db: Database,
        gate: Gate,
        settings_provider: Callable[[], Settings],
        find_template: TemplateLookup,
    ) -> None:
        self._db = db
        self._gate = gate
        self._settings = settings_provider
        self._find_template = find_template

    def settle(self, limit: int = 100) -> list[int]:
        """Ask the gate for every owed answer; the ids of the messages queued."""
        with self._db.read() as session:
            owed = inbound_repo.owed_answers(session, limit)
        queued: list[int] = []
        for reply in owed:
            answer, details = self._send(reply)
            with self._db.session() as session:
                settled = inbound_repo.settle_answer(session, reply.id, answer, details)
            if settled and answer == inbound_repo.ANSWER_QUEUED:
                queued.append(int(details["answer_message"]))
        return queued

    def _send(self, reply: InboundMessage) -> tuple[str, dict[str, str]]:
        request = self._request(reply)
        if isinstance(request, str):
            return inbound_repo.ANSWER_REFUSED, {"answer_refusal": request}
        try:
            outcome = self._gate.send(request)
        except KnownError as exc:
            _log.warning("the answer to reply %s cannot be queued: %s", reply.id, exc.code)
            return inbound_repo.ANSWER_REFUSED, {"answer_refusal": exc.code}
        message = outcome.messages.get(0)
        if message is None:
            reasons = outcome.checked[0].reasons if outcome.checked else ()
            code = reasons[0].code if reasons else "unknown_error"
            return inbound_repo.ANSWER_REFUSED, {"answer_refusal": code}
        return inbound_repo.ANSWER_QUEUED, {"answer_message": str(message.id)}

    def _request(self, reply: InboundMessage) -> SendRequest | str:
        """The gate's request for this reply's answer, or the code of why there is none."""
        key = f"reply-answer:{reply.id}"
        kind = reply.details.get("answer_kind", "")
        if kind == codes.ANSWER_KEYWORD:
            answer = self._settings().replies.keyword_answers().get(reply.details.get("keyword", ""))
            if answer is None:
                return codes.KEYWORD_REMOVED
            return SendRequest(
                answer,
                Purpose.TRANSACTIONAL,
                (Addressee(number=reply.from_number, idempotency_key=key),),
                kind=MessageKind.AUTO_REPLY,
                urgent=True,
            )
        scopes = [s for s in reply.details.get("scopes", "").split(",") if s]
        total = not scopes or Scope.ALL in scopes
        name, body = _preset(TOTAL_KEY if total else PARTIAL_KEY)
        template = self._find_template(name) if name else None
        if template is not None and template.active:
            body = template.body
        values = {} if total else {"sms_arretes": stopped_phrase(scopes)}
        return SendRequest(
            body,
            Purpose.TRANSACTIONAL,
            (Addressee(number=reply.from_number, values=values, idempotency_key=key),),
            kind=MessageKind.OPT_OUT_CONFIRMATION,
            template_id=template.id if template is not None and template.active else None,
            urgent=True,
        )
