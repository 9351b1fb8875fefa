"""Named loggers, a rotating log file in the data folder, and redaction of personal data and secrets.

Every record passes through :class:`RedactingFilter` before any handler sees it: phone numbers are masked
(last two digits kept for support), message bodies are never logged (call sites log ids and lengths), and any
string registered with :func:`register_secret` is replaced wherever it appears.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5

# +33612345678, 0033 6-12-34-56-78, 06 12 34 56 78, 612345678 (Excel lost the 0) — not dates or ids.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d(?:[\s.\-()]?\d){7,14}|0[1-9](?:[\s.\-]?\d{2}){4}|[67]\d{8})(?![\w])"
)

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Make sure ``value`` never appears in a log line (credentials read from the keyring or stdin)."""
    if value and len(value) >= 4:
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return _PHONE_RE.sub(_mask_phone, text)


def _mask_phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return f"<tel …{digits[-2:]}>"


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"comptoir.{name}")


_configured_file: Path | None = None


def setup(log_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Configure the ``comptoir`` logger tree once: a rotating file (when a folder is given) and stderr."""
    global _configured_file
    root = logging.getLogger("comptoir")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    redactor = RedactingFilter()
    if not any(isinstance(f, RedactingFilter) for f in root.filters):
        root.addFilter(redactor)
    if log_dir is not None and _configured_file is None:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "comptoir.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(redactor)
        root.addHandler(handler)
        _configured_file = path
    if verbose and not any(type(h) is logging.StreamHandler for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        stream.addFilter(redactor)
        root.addHandler(stream)
    return _configured_file


def shutdown() -> None:
    """Close the file handlers (tests use it to release a temporary data folder)."""
    global _configured_file
    root = logging.getLogger("comptoir")
    for handler in list(root.handlers):
        handler.close()
        root.removeHandler(handler)
    _configured_file = None
