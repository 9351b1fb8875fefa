"""``message show|retry|cancel|now|mark-sent`` from the command line: the Messages screen's buttons on the
same outbox calls, allowed in the same statuses, confirmed with ``--yes``, refused with the reason (exit 1).

Commands run in-process (``desktop.app.main``) at a fixed moment; the effect is read through the outbox the
window uses."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.app import main
from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import MessageStatus, Purpose
from desktop.core.message_actions import Action, actions_for
from desktop.paths import resolve
from desktop.storage.repositories import messages as repo
from tests.services.stored import Storer

S = MessageStatus
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)  # a Tuesday, 10:00 in Paris


@pytest.fixture
def ctx(tmp_path: Path, mem_keyring: Any) -> Iterator[AppContext]:
    context = open_context(resolve(tmp_path / "data"), clock=FakeClock(NOW))
    yield context
    context.accounts.close()
    context.close()


def run(capsys: pytest.CaptureFixture[str], ctx: AppContext, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(ctx.paths.data_dir), *args], clock=FakeClock(NOW))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], ctx: AppContext, *args: str) -> Any:
    code, out, err = run(capsys, ctx, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def _queue(ctx: AppContext, **kwargs: Any) -> int:
    return Storer.of(ctx).store("06 12 34 56 78", "Vos lunettes sont prêtes.", **kwargs).id


def _force(ctx: AppContext, message_id: int, *path: MessageStatus, **values: Any) -> None:
    """Drive a message through the state machine as the dispatcher would, values on the last step."""
    with ctx.db.session() as session:
        for i, status in enumerate(path):
            last = i == len(path) - 1
            detail = str(values.get("error_code") or status.value) if last else status.value
            repo.transition(session, message_id, status, NOW, detail, **(values if last else {}))


def _failed(ctx: AppContext) -> int:
    message_id = _queue(ctx)
    _force(
        ctx, message_id, S.SENDING, S.FAILED,
        error_code="invalid_number", error_detail="invalid_number: 21211 not a mobile number",
    )  # fmt: skip
    return message_id


def test_show_gives_the_detail_panels_content(capsys: pytest.CaptureFixture[str], ctx: AppContext) -> None:
    message_id = _failed(ctx)
    shown = run_json(capsys, ctx, "message", "show", str(message_id))
    assert shown["id"] == message_id and shown["status"] == "failed" and shown["status_label"] == "Échec"
    assert shown["text"] == ctx.outbox.get(message_id).body
    assert shown["error"].startswith("Ce numéro n'est pas valide")
    assert shown["error_detail"] == "invalid_number: 21211 not a mobile number"
    assert [h["status"] for h in shown["history"]] == ["queued", "sending", "failed"]
    assert shown["history"][0]["reading"] == "Mis en file d'attente"
    assert shown["history"][0]["at"] == "2026-12-01T10:00:00+01:00"  # the business's time zone
    code, out, _ = run(capsys, ctx, "message", "show", str(message_id))
    assert code == 0 and "06 12 34 56 78" in out and "Code pour le support : invalid_number (" in out


def test_retry_needs_yes_then_queues_the_message_again(
    capsys: pytest.CaptureFixture[str], ctx: AppContext
) -> None:
    message_id = _failed(ctx)
    code, _, err = run(capsys, ctx, "message", "retry", str(message_id))
    assert code == 1 and "Renvoyer le message" in err and "--yes" in err
    assert ctx.outbox.get(message_id).status is S.FAILED  # nothing done without --yes

    done = run_json(capsys, ctx, "message", "retry", str(message_id), "--yes")
    assert done["action"] == "retry" and done["status"] == "queued"
    message = ctx.outbox.get(message_id)
    assert message.status is S.QUEUED and message.history[-1].detail == "user_retry"


def test_mark_sent_and_cancel_an_uncertain_message(
    capsys: pytest.CaptureFixture[str], ctx: AppContext
) -> None:
    first, second = _queue(ctx), _queue(ctx, idempotency_key="second")
    for message_id in (first, second):
        _force(ctx, message_id, S.SENDING, S.UNCERTAIN, error_code="interrupted")
    code, _, err = run(capsys, ctx, "message", "cancel", str(second))
    assert code == 1 and "peut-être déjà parti" in err  # the window's warning for an uncertain message

    assert run_json(capsys, ctx, "message", "mark-sent", str(first), "--yes")["status"] == "sent"
    assert run_json(capsys, ctx, "message", "cancel", str(second), "--yes")["status"] == "cancelled"
    assert ctx.outbox.get(first).status is S.SENT and ctx.outbox.get(second).status is S.CANCELLED


def test_an_action_not_allowed_in_the_status_is_refused(
    capsys: pytest.CaptureFixture[str], ctx: AppContext
) -> None:
    message_id = _queue(ctx)  # queued and due now
    assert actions_for(ctx.outbox.get(message_id), NOW) == {Action.CANCEL}  # the window's buttons
    code, _, err = run(capsys, ctx, "message", "retry", str(message_id), "--yes")
    assert code == 1 and "ce message est « En file d'attente »" in err
    code, _, err = run(capsys, ctx, "message", "now", str(message_id))
    assert code == 1 and "part déjà au prochain passage" in err
    assert ctx.outbox.get(message_id).status is S.QUEUED and len(ctx.outbox.get(message_id).history) == 1


def test_send_now_brings_a_scheduled_message_forward(
    capsys: pytest.CaptureFixture[str], ctx: AppContext
) -> None:
    message_id = _queue(ctx, due_at=NOW + dt.timedelta(days=2))
    done = run_json(capsys, ctx, "message", "now", str(message_id))  # no confirmation, as in the window
    assert done["due_at"] == "2026-12-01T10:00:00+01:00"
    assert ctx.outbox.get(message_id).due_at == NOW


def test_send_now_of_a_promotion_outside_legal_hours_says_why(
    capsys: pytest.CaptureFixture[str], ctx: AppContext
) -> None:
    sunday = dt.datetime(2026, 12, 6, 11, 0, tzinfo=dt.UTC)
    message_id = _queue(ctx, purpose=Purpose.PROMOTIONAL, due_at=sunday + dt.timedelta(days=1), deferred=True)
    code = main(
        ["--data-dir", str(ctx.paths.data_dir), "message", "now", str(message_id)], clock=FakeClock(sunday)
    )
    err = capsys.readouterr().err
    assert code == 1 and "les heures d'envoi légales sont fermées" in err and "lundi 7 décembre" in err
    assert ctx.outbox.get(message_id).status is S.DEFERRED


def test_an_unknown_message_is_a_french_error(capsys: pytest.CaptureFixture[str], ctx: AppContext) -> None:
    for action in ("show", "retry", "cancel", "now", "mark-sent"):
        code, out, err = run(capsys, ctx, "message", action, "4242")
        assert code == 1 and out == "" and "Aucun message n° 4242" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as caught:
        run(capsys, ctx, "message", "retry", "abc")
    assert caught.value.code == 2
