"""Named loggers, a rotating log file in the data folder, and redaction of personal data and secrets.

Every record passes through :class:`RedactingFilter` before any handler writes it: phone numbers are masked
(last two digits kept for support), message bodies are never logged (call sites log ids and lengths), and any
string registered with :func:`register_secret` is replaced wherever it appears.

Logging can never stop Comptoir:

- from the first import of this module, records are kept (redacted, at most :data:`EARLY_RECORDS`) until
  :func:`setup` knows where the log file is, then written there — so a thread that logs before start-up has
  chosen its folder (the import's prefetch, say) never prints to the terminal through Python's last-resort
  handler, unredacted;
- a log folder that cannot be written (read-only disk, no rights, a file in the way, disk full — at start-up
  or later) sends the records to stderr instead, warnings and errors only, one line each (everything, with
  tracebacks, with ``--verbose``), still redacted, and says so once, in French, on stderr
  (:func:`problem` tells the window).
"""

from __future__ import annotations

import collections
import contextlib
import logging
import logging.handlers
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
LOG_FILENAME = "comptoir.log"
#: Records kept before the log file is known (the oldest are dropped beyond).
EARLY_RECORDS = 500

# A phone number, in the ways numbers reach a log line — not dates, times or ids:
#   international: +33612345678, 0033 6-12-34-56-78, +33 (0)6 12 34 56 78, %2B33612345678 (URL-encoded);
#   national: 06 12 34 56 78, 06.12.34.56.78, 0612 345 678;
#   33612345678 (E.164 without its +, as Brevo and smsmode write it); 612345678 (Excel lost the 0).
_PHONE_RE = re.compile(
    r"(?<![\w+%])(?:"
    r"(?:\+|(?i:%2B)|00)\d(?:[\s.\-]?(?:\(0\)[\s.\-]?)?\d){7,14}"
    r"|0[1-9](?:(?:[\s.\-]?\d{2}){4}|\d{2}[\s.\-]?\d{3}[\s.\-]?\d{3})"
    r"|33[1-9]\d{8}"
    r"|[67]\d{8}"
    r")(?!\w)"
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
        if getattr(record, "_comptoir_redacted", False):
            return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.stack_info = redact(record.stack_info) if record.stack_info else None
        record._comptoir_redacted = True
        return True


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"comptoir.{name}")


@dataclass(frozen=True)
class LogProblem:
    """Why the log file is not written: the folder, and the system's error (for its errno)."""

    folder: Path
    error: OSError


class _EarlyBuffer(logging.Handler):
    """Keeps the (redacted) records logged before :func:`setup` chose where they go."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: collections.deque[logging.LogRecord] = collections.deque(maxlen=EARLY_RECORDS)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def replay(self, handler: logging.Handler) -> None:
        self.acquire()
        try:
            records, self.records = list(self.records), collections.deque(maxlen=EARLY_RECORDS)
        finally:
            self.release()
        for record in records:
            if record.levelno >= handler.level:
                handler.handle(record)


class _FileHandler(logging.handlers.RotatingFileHandler):
    """The log file; when writing to it fails (disk full, folder gone…), stderr takes over for good."""

    broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last lines could not be written either (the disk is full): stderr had them
            self.stream = None

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if self.broken or not isinstance(error, OSError):
            super().handleError(record)
            return
        self.broken = True
        # The stderr handler is appended to the logger's handlers, which the logger is iterating over
        # right now: it receives this very record after this handler.
        _fall_back(Path(self.baseFilename).parent, error)


_lock = threading.RLock()
_redactor = RedactingFilter()
_early = _EarlyBuffer()
_configured_file: Path | None = None
_fallback: logging.Handler | None = None
_verbose_stream: logging.Handler | None = None
_problem: LogProblem | None = None
_notified = False
_verbose = False


def _root() -> logging.Logger:
    """The ``comptoir`` logger, with the redactor and (until set up) the early buffer attached."""
    root = logging.getLogger("comptoir")
    if root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    if _redactor not in root.filters:
        root.addFilter(_redactor)
    if not root.handlers:
        _early.addFilter(_redactor)
        root.addHandler(_early)
    return root


class _BriefFormatter(logging.Formatter):
    """One line per record, without the traceback (a user's terminal is not the place for it)."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def _stderr_handler(level: int) -> logging.Handler:
    """Records on stderr: everything, with tracebacks, at DEBUG (``--verbose``); one line each above."""
    stream = logging.StreamHandler(sys.stderr)
    stream.setLevel(level)
    stream.setFormatter(logging.Formatter(_FORMAT) if level <= logging.DEBUG else _BriefFormatter(_FORMAT))
    stream.addFilter(_redactor)
    return stream


def setup(log_dir: Path | None = None, *, verbose: bool | None = None) -> Path | None:
    """Configure the ``comptoir`` logger tree: a rotating file in ``log_dir`` (once, when given) and, with
    ``verbose``, everything on stderr too. ``verbose=None`` keeps what an earlier call chose (the command
    line sets it at start-up, opening the data folder later adds the file). Never raises: an unusable
    folder sends the log to stderr (see the module's docstring). Returns the log file, if any."""
    global _configured_file, _verbose, _verbose_stream
    with _lock:
        root = _root()
        if verbose is not None:
            _verbose = verbose
        root.setLevel(logging.DEBUG if _verbose else logging.INFO)
        root.propagate = False
        if _verbose and _verbose_stream is None:
            _verbose_stream = _stderr_handler(logging.DEBUG)
            root.addHandler(_verbose_stream)
        if log_dir is not None and _configured_file is None and _fallback is None:
            try:
                log_dir.mkdir(parents=True, exist_ok=True)
                handler = _FileHandler(
                    log_dir / LOG_FILENAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
                )
            except OSError as exc:
                _fall_back(log_dir, exc)
            else:
                handler.setFormatter(logging.Formatter(_FORMAT))
                handler.addFilter(_redactor)
                root.addHandler(handler)
                _configured_file = Path(handler.baseFilename)
                _early.replay(handler)
                root.removeHandler(_early)
        return _configured_file


def _fall_back(folder: Path, error: OSError) -> None:
    """The log file cannot be written: stderr from now on, and the user told once, in French."""
    global _fallback, _problem, _configured_file
    with _lock:
        root = _root()
        _problem = LogProblem(folder, error)
        _configured_file = None
        _notify(folder, error)
        if _fallback is None:
            _fallback = _stderr_handler(logging.DEBUG if _verbose else logging.WARNING)
            if _verbose_stream is None:  # --verbose already shows every record on stderr
                root.addHandler(_fallback)
            _early.replay(_fallback)
            root.removeHandler(_early)


def _notify(folder: Path, error: OSError) -> None:
    global _notified
    if _notified:
        return
    _notified = True
    from desktop.core import catalogue
    from desktop.paths import folder_reason

    reason = catalogue.explain(folder_reason(error))
    notice = catalogue.explain("log_folder_unusable", folder=str(folder), reason=reason)
    # No usable stderr either (a window started without a console): nothing more can be done.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(notice + "\n")
        sys.stderr.flush()


def problem() -> LogProblem | None:
    """Why the log is not written to its file (None while it is): the window shows it."""
    return _problem


def log_file() -> Path | None:
    return _configured_file


def shutdown() -> None:
    """Close the handlers and return to the state before :func:`setup` (tests release their folder)."""
    global _configured_file, _fallback, _verbose_stream, _problem, _notified, _verbose
    with _lock:
        root = logging.getLogger("comptoir")
        for handler in list(root.handlers):
            if handler is not _early:
                handler.close()
            root.removeHandler(handler)
        root.propagate = True
        root.setLevel(logging.INFO)
        _configured_file = None
        _fallback = None
        _verbose_stream = None
        _problem = None
        _notified = False
        _verbose = False
        _early.records.clear()
        _root()


_root()
