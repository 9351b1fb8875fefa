"""CSV and text exports read as one sheet: encoding (UTF-8, UTF-8 with BOM, UTF-16, Windows-1252) and
delimiter (``;`` ``,`` tab ``|``) detected, rows streamed with the record number Excel would show."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final

from desktop import logs
from desktop.services.importing.formats import MAX_COLUMNS, FileKind, FileNotice, ImportFileError, Row

log = logs.get("import")
_SAMPLE_CHARS: Final = 64 * 1024


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
        with self._open() as handle:
            sample = handle.read(_SAMPLE_CHARS)
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
        try:
            with self._open() as handle:
                reader = csv.reader(handle, delimiter=self.delimiter)
                for index, fields in enumerate(reader):
                    if len(fields) > MAX_COLUMNS:
                        raise ImportFileError(
                            "import_too_many_columns",
                            sheet=self.path.stem,
                            count=len(fields),
                            limit=MAX_COLUMNS,
                        )
                    yield index + 1, list(fields)
        except (csv.Error, UnicodeDecodeError) as exc:
            log.warning("unreadable text file %s: %s", self.path.name, exc)
            raise ImportFileError("import_file_damaged", name=self.path.name) from exc

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
