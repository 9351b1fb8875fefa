"""Reading client files: workbooks (:mod:`workbooks`), CSV/text (:mod:`text`), vCard — rows as the sheet
holds them.

The kind of a file is decided from its content, not its name: a ``.xlsx`` that is really a CSV is read as a
CSV (with a warning), a password-protected workbook or a truncated one gets its own error code. Every
problem with the file itself is an :class:`ImportFileError` carrying a code of the ``importer`` catalogue;
nothing else escapes from here.

Rows come out as ``(row_number, cells)`` where ``row_number`` is the number the user sees in the left
margin of Excel (1-based, blank rows counted) and cells are kept as the file stores them (a phone number
may be a ``float``, a birthday a ``datetime.date``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Final, Protocol

from desktop import logs
from desktop.core.errors import KnownError

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Row = tuple[int, list[Cell]]

log = logs.get("import")

#: A client list never needs more; a sheet wider than this is refused with a clear message.
MAX_COLUMNS: Final = 1000
#: The longest cell read (characters), in every kind of file: the limit Python's csv module has always had.
MAX_CELL_CHARS: Final = 128 * 1024
#: The most a workbook may unzip to, per part (a sheet, the shared strings…) and in all. python-calamine
#: holds a whole sheet in memory (about three times its XML): these keep any file under 1 GB of memory, and
#: are far above any client list (100 000 clients on 7 columns: a 40 MB sheet). Zip entries declare their
#: size, and the zip reader refuses an entry that inflates beyond what it declared.
MAX_PART_BYTES: Final = 128 * 1024 * 1024
MAX_UNZIPPED_BYTES: Final = 256 * 1024 * 1024
_SAMPLE_BYTES: Final = 64 * 1024
_CFB_MAGIC: Final = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED_STREAM: Final = "EncryptedPackage".encode("utf-16-le")
_ODS_MIME: Final = b"application/vnd.oasis.opendocument.spreadsheet"


class FileKind(StrEnum):
    XLSX = "xlsx"  # also .xlsm and .xlsb: calamine reads the three
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"
    VCF = "vcf"


_EXTENSIONS: Final[dict[str, FileKind]] = {
    ".xlsx": FileKind.XLSX,
    ".xlsm": FileKind.XLSX,
    ".xlsb": FileKind.XLSX,
    ".xls": FileKind.XLS,
    ".ods": FileKind.ODS,
    ".csv": FileKind.CSV,
    ".txt": FileKind.CSV,
    ".tsv": FileKind.CSV,
    ".vcf": FileKind.VCF,
    ".vcard": FileKind.VCF,
}
#: Extensions offered by the file dialog.
SUPPORTED_EXTENSIONS: Final = tuple(_EXTENSIONS)


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


class ImportFileError(KnownError):
    """The file cannot be read; ``code`` is explained by the ``importer`` catalogue with ``params``."""


@dataclass(frozen=True, slots=True)
class FileNotice:
    """Something about the whole file the user should know (it was still read)."""

    code: str
    params: dict[str, str] = field(default_factory=dict)


class Sheet(Protocol):
    name: str
    #: Number of columns (after the leading empty ones), for the column letters in messages.
    width: int
    #: Index of the first column in the file (0 = A): cells[i] is column ``first_column + i``.
    first_column: int
    #: Rows expected (for progress); an estimate for text files.
    height: int

    def rows(self) -> Iterator[Row]: ...


class Source(Protocol):
    path: Path
    kind: FileKind
    notices: list[FileNotice]

    @property
    def sheet_names(self) -> list[str]: ...

    def open_sheet(self, name: str | None = None) -> Sheet: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------- sniffing


def sniff(path: Path) -> FileKind:
    """The kind of file from its first bytes (and, for zip files, their table of contents)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
    except FileNotFoundError as exc:
        raise ImportFileError("import_file_not_found", name=path.name) from exc
    except IsADirectoryError as exc:
        raise ImportFileError("import_file_is_folder", name=path.name) from exc
    except OSError as exc:
        raise ImportFileError("import_file_unreadable", name=path.name) from exc
    if size == 0 or not head.strip():
        raise ImportFileError("import_file_empty", name=path.name)
    if head.startswith(b"PK"):
        return _sniff_zip(path)
    if head.startswith(_CFB_MAGIC):
        if size > MAX_PART_BYTES:  # read whole, like one workbook part (an .xls is not compressed)
            raise ImportFileError(
                "import_file_too_large",
                name=path.name,
                size=_megabytes(size),
                limit=_megabytes(MAX_PART_BYTES),
            )
        if _contains(path, _ENCRYPTED_STREAM):
            raise ImportFileError("import_file_password_protected", name=path.name)
        return FileKind.XLS
    text = _decode_sample(head)
    if text is None:
        raise ImportFileError("import_file_binary", name=path.name)
    if text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD":
        return FileKind.VCF
    return FileKind.CSV


def _sniff_zip(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            mime = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, KeyError, OSError) as exc:
        raise ImportFileError("import_file_truncated", name=path.name) from exc
    _check_unzipped_size(path, entries)
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return FileKind.XLSX
    if mime == _ODS_MIME or (mime.startswith(b"application/vnd.oasis") and "content.xml" in names):
        if mime != _ODS_MIME:
            raise ImportFileError("import_file_not_spreadsheet", name=path.name)
        return FileKind.ODS
    raise ImportFileError("import_file_not_spreadsheet", name=path.name)


def _check_unzipped_size(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    """Refuse a workbook that would unzip to more than :data:`MAX_PART_BYTES` in one part or
    :data:`MAX_UNZIPPED_BYTES` in all, before anything is inflated (sizes from the zip's directory)."""
    largest = max((entry.file_size for entry in entries), default=0)
    total = sum(entry.file_size for entry in entries)
    if largest > MAX_PART_BYTES or total > MAX_UNZIPPED_BYTES:
        log.warning("workbook %s refused: unzips to %d bytes (largest part %d)", path.name, total, largest)
        raise ImportFileError(
            "import_file_too_large",
            name=path.name,
            size=_megabytes(max(total, largest)),
            limit=_megabytes(MAX_UNZIPPED_BYTES),
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def _contains(path: Path, needle: bytes) -> bool:
    overlap = len(needle)
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if needle in tail + chunk:
                return True
            tail = chunk[-overlap:]
    return False


def _decode_sample(head: bytes) -> str | None:
    """The sample as text, or None when it looks binary."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    if b"\x00" in head:
        return None
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13, 12))
    if controls > len(head) // 100 + 1:
        return None
    return head.decode("utf-8", errors="replace")


def open_source(path: str | os.PathLike[str]) -> Source:
    """Open a client file of any supported kind; raises :class:`ImportFileError` for unusable files."""
    file_path = Path(path)
    kind = sniff(file_path)
    expected = _EXTENSIONS.get(file_path.suffix.lower())
    notices: list[FileNotice] = []
    if expected is not None and expected is not kind:
        notices.append(
            FileNotice("import_format_mismatch", {"extension": file_path.suffix, "kind": kind.value})
        )
    source: Source
    if kind is FileKind.CSV:
        from desktop.services.importing.text import TextSource

        source = TextSource(file_path)
    elif kind is FileKind.VCF:
        from desktop.services.importing.vcard import VCardSource

        source = VCardSource(file_path)
    else:
        from desktop.services.importing.workbooks import WorkbookSource

        source = WorkbookSource(file_path, kind, by_name=expected is kind)
    source.notices[:0] = notices
    return source


# ---------------------------------------------------------------------------------------- cells


def cell_too_long(row: int, column: int) -> ImportFileError:
    """A cell longer than :data:`MAX_CELL_CHARS`: named by its row and column letter."""
    return ImportFileError(
        "import_cell_too_long", row=row, column=column_letter(column), limit=MAX_CELL_CHARS
    )


# ---------------------------------------------------------------------------------------- prefetch


class Prefetch:
    """Open a file and load one sheet in a background thread while the caller does something else.

    python-calamine parses a sheet without holding the GIL, so the command line overlaps it with opening
    the database. ``result()`` returns ``(source, sheet)`` or raises what the loading raised.
    """

    def __init__(self, path: str | os.PathLike[str], sheet: str | None = None) -> None:
        self._path = path
        self._sheet = sheet
        self._value: tuple[Source, Sheet] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="import-prefetch", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            source = open_source(self._path)
            try:
                self._value = (source, source.open_sheet(self._sheet))
            except BaseException:
                source.close()
                raise
        except BaseException as exc:
            self._error = exc

    def result(self) -> tuple[Source, Sheet]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value

    def discard(self) -> None:
        """Wait for the thread and close what it opened (when the import did not take it)."""
        self._thread.join()
        if self._value is not None:
            self._value[0].close()


__all__ = [
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_PART_BYTES",
    "MAX_UNZIPPED_BYTES",
    "SUPPORTED_EXTENSIONS",
    "Cell",
    "FileKind",
    "FileNotice",
    "ImportFileError",
    "Prefetch",
    "Row",
    "Sheet",
    "Source",
    "cell_too_long",
    "column_letter",
    "open_source",
    "sniff",
]
