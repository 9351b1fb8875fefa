"""Log redaction: numbers masked, registered secrets never written."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop import logs


def test_phone_numbers_are_masked_but_dates_and_ids_are_kept() -> None:
    text = "to +33612345678 and 06 12 34 56 78 / 0033 6-12-34-56-78 on 2026-11-23 18:23 message 12345678"
    redacted = logs.redact(text)
    assert "612345678" not in redacted and "56 78" not in redacted
    assert redacted.count("<tel …78>") == 3
    assert "2026-11-23 18:23" in redacted and "12345678" in redacted


def test_registered_secrets_never_reach_the_log_file(tmp_path: Path) -> None:
    logs.setup(tmp_path)
    logs.register_secret("tok_s3cr3t_value")
    log = logs.get("sms")
    log.info("auth with %s", "tok_s3cr3t_value")
    try:
        raise RuntimeError("failed with tok_s3cr3t_value for +33612345678")
    except RuntimeError:
        log.exception("send failed")
    logs.shutdown()
    content = (tmp_path / "comptoir.log").read_text(encoding="utf-8")
    assert "tok_s3cr3t_value" not in content
    assert "+33612345678" not in content
    assert "send failed" in content and "***" in content


def test_records_of_other_libraries_are_not_captured(tmp_path: Path) -> None:
    logs.setup(tmp_path)
    logging.getLogger("urllib3").warning("noise")
    logs.shutdown()
    assert "noise" not in (tmp_path / "comptoir.log").read_text(encoding="utf-8")
