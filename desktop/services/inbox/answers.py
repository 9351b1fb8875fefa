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

from collections import defaultdict
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
#: The answers that travel in one request to the gate: the same text, kind and template.
_Group = tuple[str, MessageKind, int | None]


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
        """Ask the gate for every owed answer — the answers that share a text in one request (one reading
        of the facts for all of them) — and record what came of each; the ids of the messages queued."""
        with self._db.read() as session:
            owed = inbound_repo.owed_answers(session, limit)
        groups: dict[_Group, list[tuple[InboundMessage, Addressee]]] = defaultdict(list)
        results: dict[int, tuple[str, dict[str, str]]] = {}
        for reply in owed:
            planned = self._plan(reply)
            if isinstance(planned, str):
                results[reply.id] = (inbound_repo.ANSWER_REFUSED, {"answer_refusal": planned})
            else:
                group, addressee = planned
                groups[group].append((reply, addressee))
        for group, members in groups.items():
            results.update(self._send(group, members))
        queued: list[int] = []
        with self._db.session() as session:
            for reply_id, (answer, details) in results.items():
                settled = inbound_repo.settle_answer(session, reply_id, answer, details)
                if settled and answer == inbound_repo.ANSWER_QUEUED:
                    queued.append(int(details["answer_message"]))
        return queued

    def _send(
        self, group: _Group, members: list[tuple[InboundMessage, Addressee]]
    ) -> dict[int, tuple[str, dict[str, str]]]:
        body, kind, template_id = group
        try:
            outcome = self._gate.send(
                SendRequest(
                    body,
                    Purpose.TRANSACTIONAL,
                    tuple(addressee for _, addressee in members),
                    kind=kind,
                    template_id=template_id,
                    urgent=True,
                )
            )
        except KnownError as exc:
            _log.warning("%d answer(s) to replies cannot be queued: %s", len(members), exc.code)
            return {
                reply.id: (inbound_repo.ANSWER_REFUSED, {"answer_refusal": exc.code}) for reply, _ in members
            }
        results: dict[int, tuple[str, dict[str, str]]] = {}
        for checked in outcome.checked:
            reply = members[checked.index][0]
            message = outcome.messages.get(checked.index)
            if message is not None:
                results[reply.id] = (inbound_repo.ANSWER_QUEUED, {"answer_message": str(message.id)})
            else:
                code = checked.reasons[0].code if checked.reasons else "unknown_error"
                results[reply.id] = (inbound_repo.ANSWER_REFUSED, {"answer_refusal": code})
        return results

    def _plan(self, reply: InboundMessage) -> tuple[_Group, Addressee] | str:
        """The request (text, kind, template) this reply's answer belongs to and its addressee, or the code
        of why there is none."""
        key = f"reply-answer:{reply.id}"
        kind = reply.details.get("answer_kind", "")
        if kind == codes.ANSWER_KEYWORD:
            answer = self._settings().replies.keyword_answers().get(reply.details.get("keyword", ""))
            if answer is None:
                return codes.KEYWORD_REMOVED
            return (answer, MessageKind.AUTO_REPLY, None), Addressee(
                number=reply.from_number, idempotency_key=key
            )
        scopes = [s for s in reply.details.get("scopes", "").split(",") if s]
        total = not scopes or Scope.ALL in scopes
        name, body = _preset(TOTAL_KEY if total else PARTIAL_KEY)
        template = self._find_template(name) if name else None
        template_id = None
        if template is not None and template.active:
            body, template_id = template.body, template.id
        values = {} if total else {"sms_arretes": stopped_phrase(scopes)}
        addressee = Addressee(number=reply.from_number, values=values, idempotency_key=key)
        return (body, MessageKind.OPT_OUT_CONFIRMATION, template_id), addressee
