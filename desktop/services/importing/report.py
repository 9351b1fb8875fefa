"""What an import was asked to do and what it did: options, progress, issues per row, the final report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core import catalogue


class DuplicatePolicy(StrEnum):
    """What to do with a row whose client is already in the database."""

    SKIP = "skip"
    FILL = "fill"  # only fill the fields the client does not have yet
    OVERWRITE = "overwrite"  # the file's non-empty values replace the client's


class IssueKind(StrEnum):
    ERROR = "error"  # the row was rejected
    WARNING = "warning"  # the row was imported, something was changed or left out
    DUPLICATE = "duplicate"  # the row was not imported: the client exists (in the file or the database)


class RunStatus(StrEnum):
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding about one row; ``column`` is "Portable (C)" as the user sees it."""

    row: int
    column: str
    code: str
    kind: IssueKind
    value: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def message(self, lang: str | None = None) -> str:
        return catalogue.explain(self.code, lang, **dict(self.params))

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "message": self.message("fr"),
            "value": self.value,
        }


@dataclass(frozen=True, slots=True)
class ImportOptions:
    on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP
    dry_run: bool = False
    #: Rows per transaction: a cancel or an error loses at most the batch in progress.
    batch_size: int = 5000


@dataclass(frozen=True, slots=True)
class Progress:
    rows_done: int
    rows_total: int  # an estimate (the sheet's height)
    imported: int
    updated: int
    skipped: int
    rejected: int
    batches: int

    @property
    def fraction(self) -> float:
        return min(self.rows_done / self.rows_total, 1.0) if self.rows_total else 0.0


@dataclass(frozen=True, slots=True)
class BatchInfo:
    """A committed batch: rows ``first_row``..``last_row`` of the sheet are in the database."""

    index: int
    first_row: int
    last_row: int
    imported: int
    updated: int


@dataclass
class ImportReport:
    file: str
    sheet: str
    on_duplicate: DuplicatePolicy
    dry_run: bool
    imported: int = 0
    updated: int = 0
    skipped_duplicates: int = 0
    rejected: int = 0
    blank_rows: int = 0
    issues: list[Issue] = field(default_factory=list)
    batches: list[BatchInfo] = field(default_factory=list)
    notices: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    status: RunStatus = RunStatus.COMPLETED
    error_code: str | None = None
    error_params: dict[str, str] = field(default_factory=dict)
    #: Seconds spent reading the file, checking rows, writing to the database.
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.kind is IssueKind.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.kind is IssueKind.WARNING]

    @property
    def duplicates(self) -> list[Issue]:
        return [i for i in self.issues if i.kind is IssueKind.DUPLICATE]

    @property
    def last_committed_row(self) -> int | None:
        return self.batches[-1].last_row if self.batches else None

    def error_message(self, lang: str | None = None) -> str:
        if self.error_code is None:
            return ""
        return catalogue.explain(self.error_code, lang, **self.error_params)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "status": self.status.value,
            "dry_run": self.dry_run,
            "on_duplicate": self.on_duplicate.value,
            "imported": self.imported,
            "updated": self.updated,
            "skipped_duplicates": self.skipped_duplicates,
            "rejected": self.rejected,
            "blank_rows": self.blank_rows,
            "errors": [i.to_json() for i in self.errors],
            "warnings": [i.to_json() for i in self.warnings],
            "duplicates": [i.to_json() for i in self.duplicates],
            "batches": [
                {"index": b.index, "first_row": b.first_row, "last_row": b.last_row} for b in self.batches
            ],
            "notices": [{"code": c, "message": catalogue.explain(c, "fr", **p)} for c, p in self.notices],
            "error": (
                {"code": self.error_code, "message": self.error_message("fr")} if self.error_code else None
            ),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }
