"""Import clients from a spreadsheet, a CSV or a vCard file.

``analyse`` opens a file and proposes a mapping from its first rows; ``preview`` gives each of the first
rows its verdict; ``run`` streams the whole sheet in batches — each batch is one transaction, so a cancel or
an error leaves only whole batches behind, all listed in the report. Duplicates are found on the
normalised mobile (or name + e-mail without a number) inside the file and against the database, so the
same file imported twice adds nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from desktop import logs
from desktop.core.clock import Clock, SystemClock
from desktop.core.text import readable
from desktop.services.changes import ChangeHub, Changes
from desktop.services.importing.batches import BatchState, ProgressCallback, run_batches
from desktop.services.importing.formats import (
    FileKind,
    ImportFileError,
    Prefetch,
    Row,
    Sheet,
    open_source,
)
from desktop.services.importing.mapping import ColumnMapping, Field, build_mapping
from desktop.services.importing.report import (
    ImportOptions,
    ImportReport,
    Issue,
)
from desktop.services.importing.rows import Candidate, RowChecker, text
from desktop.storage.db import Database
from desktop.storage.repositories import imports as repo

log = logs.get("import")

SAMPLE_ROWS: Final = 200


@dataclass(frozen=True)
class SheetAnalysis:
    """A file opened once: its sheets, the chosen sheet's first rows and the automatic mapping."""

    path: Path
    kind: FileKind
    sheet_names: tuple[str, ...]
    sheet: str
    sample: tuple[Row, ...]
    mapping: ColumnMapping
    rows_estimate: int
    notices: tuple[tuple[str, dict[str, str]], ...] = ()


class Verdict(StrEnum):
    NEW = "new"
    WARNING = "warning"  # new, with a warning
    EXISTS = "exists"  # the client is already in the database
    DUPLICATE = "duplicate"  # an earlier row of the file has the same client
    REJECTED = "rejected"


@dataclass(frozen=True)
class PreviewRow:
    row: int
    cells: tuple[str, ...]
    verdict: Verdict
    issues: tuple[Issue, ...] = ()


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during an import.

    A run allocates hundreds of thousands of short-lived, acyclic objects (rows, values, tuples) that
    reference counting frees; the cyclic collector would scan them over and over (≈ 15 % of an import).
    Nested or concurrent pauses are counted; the collector is re-enabled by the last one, if it was on.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


class Importer:
    """The import use case; safe to call from a worker thread (no Qt, short sessions)."""

    def __init__(
        self, db: Database, hub: ChangeHub, default_region: str = "FR", clock: Clock | None = None
    ) -> None:
        self._db = db
        self._hub = hub
        self.default_region = default_region
        self._clock = clock or SystemClock()

    # ---------------------------------------------------------------- understanding the file
    def sheet_names(self, path: str | os.PathLike[str]) -> list[str]:
        source = open_source(path)
        try:
            return source.sheet_names
        finally:
            source.close()

    def analyse(self, path: str | os.PathLike[str], sheet: str | None = None) -> SheetAnalysis:
        """Open the file, read the first rows of ``sheet`` (default: the first visible one), map columns."""
        source = open_source(path)
        try:
            opened = source.open_sheet(sheet)
            sample = tuple(itertools.islice(opened.rows(), SAMPLE_ROWS))
            mapping = build_mapping(sample, self.default_region, opened.first_column)
            return SheetAnalysis(
                path=Path(path),
                kind=source.kind,
                sheet_names=tuple(source.sheet_names),
                sheet=opened.name,
                sample=sample,
                mapping=mapping,
                rows_estimate=opened.height,
                notices=tuple((n.code, dict(n.params)) for n in source.notices),
            )
        finally:
            source.close()

    def preview(self, analysis: SheetAnalysis, mapping: ColumnMapping, limit: int = 50) -> list[PreviewRow]:
        """The verdict of the first ``limit`` data rows under ``mapping`` (the database is only read)."""
        checker = RowChecker(mapping, self.default_region, self._today())
        start = mapping.header_row if mapping.header_row is not None else -1
        data = [(n, c) for n, c in analysis.sample if n > start and not checker.is_blank(c)][:limit]
        results = [(n, c, checker.check(n, c)) for n, c in data]
        candidates = [r for _n, _c, r in results if isinstance(r, Candidate)]
        with self._db.read() as session:
            existing = repo.find_existing(
                session,
                [c.key for c in candidates if c.mobile],
                [c.key for c in candidates if not c.mobile],
                {},
            )
        rows: list[PreviewRow] = []
        seen: set[str] = set()
        for number, cells, result in results:
            shown = tuple(text(c) for c in cells)  # as the sheet shows them: 612345678, not 612345678.0
            if not isinstance(result, Candidate):
                rows.append(PreviewRow(number, shown, Verdict.REJECTED, tuple(result)))
                continue
            if result.key in existing:
                verdict = Verdict.EXISTS
            elif result.key in seen:
                verdict = Verdict.DUPLICATE
            else:
                verdict = Verdict.WARNING if result.warnings else Verdict.NEW
            seen.add(result.key)
            rows.append(PreviewRow(number, shown, verdict, tuple(result.warnings)))
        return rows

    # ---------------------------------------------------------------- importing
    def run(
        self,
        path: str | os.PathLike[str],
        *,
        sheet: str | None = None,
        mapping: ColumnMapping | None = None,
        options: ImportOptions | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        prefetched: Prefetch | None = None,
    ) -> ImportReport:
        """Import the sheet; raises ImportFileError when the file cannot be used at all, else reports."""
        options = options or ImportOptions()
        started = time.perf_counter()
        if prefetched is not None:
            source, opened = prefetched.result()
        else:
            source = open_source(path)
            try:
                opened = source.open_sheet(sheet)
            except BaseException:
                source.close()
                raise
        try:
            report = ImportReport(
                file=readable(Path(path).name),
                sheet=readable(opened.name),
                on_duplicate=options.on_duplicate,
                dry_run=options.dry_run,
                notices=[(n.code, dict(n.params)) for n in source.notices],
            )
            report.timings["read"] = time.perf_counter() - started
            with repo.connection_kept(self._db), collector_paused():
                self._run(opened, mapping, options, report, progress, cancel)
        finally:
            source.close()
        if report.batches and not options.dry_run:
            self._hub.publish(Changes(clients_reset=True))
        log.info(
            "import %s: %s, %d imported, %d updated, %d duplicates, %d rejected in %.2f s",
            report.status,
            "dry run" if options.dry_run else "written",
            report.imported,
            report.updated,
            report.skipped_duplicates,
            report.rejected,
            time.perf_counter() - started,
        )
        return report

    def _run(
        self,
        sheet: Sheet,
        mapping: ColumnMapping | None,
        options: ImportOptions,
        report: ImportReport,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
    ) -> None:
        rows: Iterator[Row] = sheet.rows()
        if mapping is None:
            head = list(itertools.islice(rows, SAMPLE_ROWS))
            mapping = build_mapping(head, self.default_region, sheet.first_column)
            rows = itertools.chain(head, rows)
        if not mapping.usable:
            raise ImportFileError("import_no_columns_mapped", sheet=sheet.name)
        checker = RowChecker(mapping, self.default_region, self._today())
        state = BatchState(self._db, report.file, options, self._clock, checker.label(Field.CONSENT))
        run_batches(
            rows,
            checker,
            state,
            report,
            header_row=mapping.header_row,
            batch_size=max(options.batch_size, 1),
            rows_total=sheet.height,
            progress=progress,
            cancel=cancel,
        )

    # ---------------------------------------------------------------- helpers
    def _today(self) -> dt.date:
        return self._clock.now().date()
