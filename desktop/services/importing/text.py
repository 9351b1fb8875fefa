"""CSV and text exports read as one sheet: encoding (UTF-8, UTF-8 with BOM, UTF-16, Windows-1252) and
delimiter (``;`` ``,`` tab ``|``) detected, rows streamed with the record number Excel would show."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final

from desktop import logs
from desktop.services.importing.formats import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    FileKind,
    FileNotice,
    ImportFileError,
    Row,
    cell_too_long,
)

log = logs.get("import")
_SAMPLE_CHARS: Final = 64 * 1024
#: The longest line read: far beyond a client's row, short enough to keep memory bounded whatever the file.
LINE_LIMIT: Final = 16 * MAX_CELL_CHARS
# The csv module's own limit on a field is the one every kind of file has.
csv.field_size_limit(MAX_CELL_CHARS)


def detect_encoding(path: Path) -> str:
    """``utf-8-sig``, ``utf-16``, ``utf-8`` or ``cp1252`` (what French Excel writes for « CSV (;) »)."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


DELIMITERS: Final = (";", ",", "\t", "|")


def detect_delimiter(sample: str) -> str:
    """The delimiter giving the most lines with the same number (> 1) of fields; ``;`` when none does."""
    lines = [line for line in sample.splitlines() if line.strip()]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line
    lines = lines[:200]
    best: tuple[int, int, int] = (0, 0, 0)
    chosen = ";"
    for rank, delimiter in enumerate(DELIMITERS):
        counts: dict[int, int] = {}
        try:
            for fields in csv.reader(lines, delimiter=delimiter):
                if len(fields) > 1:
                    counts[len(fields)] = counts.get(len(fields), 0) + 1
        except csv.Error:
            continue
        if not counts:
            continue
        width, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (frequency, width, -rank)
        if score > best:
            best, chosen = score, delimiter
    return chosen


class TextSource:
    """A CSV or text export: one sheet named after the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kind = FileKind.CSV
        self.notices: list[FileNotice] = []
        self.encoding = detect_encoding(path)
        try:
            with self._open() as handle:
                sample = handle.read(_SAMPLE_CHARS)
        except UnicodeDecodeError as exc:  # a UTF-16 file with bytes that are not UTF-16
            log.warning("unreadable text file %s: %s", path.name, exc)
            raise ImportFileError("import_file_damaged", name=path.name) from exc
        self.delimiter = detect_delimiter(sample)
        self._lines = _count_lines(path)

    def _open(self) -> IO[str]:
        errors = "replace" if self.encoding == "cp1252" else "strict"
        return self.path.open(encoding=self.encoding, errors=errors, newline="")

    @property
    def sheet_names(self) -> list[str]:
        return [self.path.stem]

    def open_sheet(self, name: str | None = None) -> TextSheet:
        if name not in (None, self.path.stem):
            raise ImportFileError("import_sheet_not_found", sheet=name, sheets=self.path.stem)
        return TextSheet(self, self._lines)

    def rows(self) -> Iterator[Row]:
        """The records, numbered as Excel would show them. Refused on the way: a cell longer than
        :data:`MAX_CELL_CHARS` or a line longer than :data:`LINE_LIMIT` (named by row and column, read no
        further), a NUL character (not text), too many columns, bytes the encoding cannot read."""
        number = 1  # the record being read
        current: list[str] = []  # the lines of that record read so far
        try:
            with self._open() as handle:
                reader = csv.reader(_lines(handle, current), delimiter=self.delimiter)
                for fields in reader:
                    current.clear()
                    if len(fields) > MAX_COLUMNS:
                        raise ImportFileError(
                            "import_too_many_columns",
                            sheet=self.path.stem,
                            count=len(fields),
                            limit=MAX_COLUMNS,
                        )
                    yield number, list(fields)
                    number += 1
        except _NulCharacterError as exc:
            raise ImportFileError("import_file_nul", name=self.path.name, row=number) from exc
        except _LineTooLongError as exc:
            raise self._too_long(number, current) from exc
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise self._too_long(number, current) from exc
            log.warning("unreadable text file %s: %s", self.path.name, exc)
            raise ImportFileError("import_file_damaged", name=self.path.name) from exc
        except UnicodeDecodeError as exc:
            log.warning("unreadable text file %s: %s", self.path.name, exc)
            raise ImportFileError("import_file_damaged", name=self.path.name) from exc

    def _too_long(self, number: int, lines: list[str]) -> ImportFileError:
        column = _long_field(lines, self.delimiter)
        if column is None:
            return ImportFileError("import_line_too_long", row=number, limit=LINE_LIMIT)
        return cell_too_long(number, column)

    def close(self) -> None:
        return None


class TextSheet:
    first_column = 0

    def __init__(self, source: TextSource, lines: int) -> None:
        self._source = source
        self.name = source.path.stem
        self.height = lines
        self.width = 0

    def rows(self) -> Iterator[Row]:
        for number, cells in self._source.rows():
            self.width = max(self.width, len(cells))
            yield number, cells


class _NulCharacterError(Exception):
    """A NUL character: what binary files hold, never a text export."""


class _LineTooLongError(Exception):
    """A line longer than :data:`LINE_LIMIT`: not read any further."""


def _lines(handle: IO[str], current: list[str]) -> Iterator[str]:
    """The file's lines for the csv reader, each kept in ``current`` (the record being read), at most
    :data:`LINE_LIMIT` characters each, refused when they hold a NUL character."""
    readline = handle.readline
    while line := readline(LINE_LIMIT):
        current.append(line)
        if "\x00" in line:
            raise _NulCharacterError
        if len(line) == LINE_LIMIT and line[-1] not in "\r\n":
            raise _LineTooLongError
        yield line


def _long_field(lines: list[str], delimiter: str) -> int | None:
    """The index of the first field of the record longer than :data:`MAX_CELL_CHARS`, read as the csv
    reader reads it (quoted fields, doubled quotes, line breaks inside quotes), or None when none is."""
    column = length = 0
    state = "start"  # start of a field, "plain" field, "quoted" field, "quote" seen inside a quoted one
    for line in lines:
        for char in line:
            if state == "quoted":
                if char == '"':
                    state = "quote"
                    continue
            elif state == "quote":  # a doubled quote, or the end of the quoted part
                if char == delimiter:
                    column, length, state = column + 1, 0, "start"
                    continue
                state = "quoted" if char == '"' else "plain"
            elif char == '"' and state == "start":
                state = "quoted"
                continue
            elif char == delimiter:
                column, length, state = column + 1, 0, "start"
                continue
            elif char in "\r\n":
                continue
            else:
                state = "plain"
            length += 1
            if length > MAX_CELL_CHARS:
                return column
    return None


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
    return count + 1


def read_text_file(path: Path) -> str:
    """A whole (small) text file with the detected encoding (vCard files)."""
    encoding = detect_encoding(path)
    errors = "replace" if encoding == "cp1252" else "strict"
    try:
        with path.open(encoding=encoding, errors=errors, newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise ImportFileError("import_file_damaged", name=path.name) from exc
