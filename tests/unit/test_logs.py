"""Log redaction: numbers masked, registered secrets never written."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    "written",
    [
        "33612345678",  # E.164 without its +, as Brevo and smsmode write it
        "%2B33612345678",  # URL-encoded +
        "%2b33612345678",
        "+33 (0)6 12 34 56 78",
        "0612 345 678",
        "06.12.34.56.78",
        "+33612345678",
    ],
)
def test_every_way_a_number_is_written_is_masked(written: str) -> None:
    redacted = logs.redact(f"POST to={written}&text=x done")
    assert redacted == "POST to=<tel …78>&text=x done"


def test_dates_times_amounts_and_ids_are_not_numbers() -> None:
    text = "at 2026-11-23 18:23:01,123 message 12345678 batch 336 cost 1234 id 3361234567890123 SM1234567"
    assert logs.redact(text) == text


def test_records_logged_before_setup_reach_the_file_redacted_and_never_stderr(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    def early() -> None:  # the import's prefetch thread, before the command has opened its data folder
        try:
            raise ValueError("bad cell for +33612345678")
        except ValueError:
            logs.get("import").warning("unreadable workbook", exc_info=True)

    thread = threading.Thread(target=early)
    thread.start()
    thread.join()
    assert capfd.readouterr().err == ""

    assert logs.setup(tmp_path / "logs") == tmp_path / "logs" / "comptoir.log"
    logs.shutdown()
    content = (tmp_path / "logs" / "comptoir.log").read_text(encoding="utf-8")
    assert "unreadable workbook" in content and "ValueError: bad cell for <tel …78>" in content
    assert "+33612345678" not in content


def test_an_unusable_log_folder_sends_the_log_to_stderr_and_says_so_once(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "logs").write_text("a file where the folder should be")
    log = logs.get("dispatch")
    log.info("before setup")
    log.warning("early warning for +33612345678")

    assert logs.setup(tmp_path / "logs") is None  # no exception
    assert logs.setup(tmp_path / "logs") is None  # asked again (the window opens a second context)
    try:
        raise OSError("provider down")
    except OSError:
        log.exception("send failed for 0612 345 678")
    log.info("routine line")

    err = capfd.readouterr().err
    assert err.count("le journal de Comptoir ne peut pas être écrit") == 1
    assert "un fichier porte déjà ce nom" in err
    assert "early warning for <tel …78>" in err and "send failed for <tel …78>" in err
    assert "Traceback" not in err  # one line per record on a user's terminal
    assert "routine line" not in err and "before setup" not in err  # warnings and errors only
    problem = logs.problem()
    assert problem is not None and problem.folder == tmp_path / "logs"


def test_verbose_shows_everything_on_stderr_even_without_a_log_file(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    logs.setup(verbose=True)
    logs.setup(tmp_path / "logs")  # opening the data folder later keeps --verbose
    logs.get("db").debug("detail for support")
    err = capfd.readouterr().err
    assert "detail for support" in err
    assert "detail for support" in (tmp_path / "logs" / "comptoir.log").read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a device that is always full)")
def test_a_log_file_on_a_full_disk_falls_back_to_stderr_without_a_logging_error(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "comptoir.log").symlink_to("/dev/full")  # every write: ENOSPC
    assert logs.setup(tmp_path / "logs") is not None  # opening works; writing will not
    log = logs.get("dispatch")
    log.warning("first warning")
    log.warning("second warning")

    err = capfd.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("le journal de Comptoir ne peut pas être écrit") == 1
    assert "le disque est plein" in err
    assert "first warning" in err and "second warning" in err
    assert logs.problem() is not None and logs.log_file() is None
