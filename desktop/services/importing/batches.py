"""The batches of an import: checking rows, writing them in one transaction each, the writer thread.

Each batch is one transaction: rows are checked, looked up in bulk, then inserted or merged, and the
batch joins the report only once committed. A cancel or an error stops the run between batches (or drops
the batch in progress), so the database holds whole batches only, all listed in the report.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Final

from desktop import logs
from desktop.core.clock import Clock
from desktop.core.entities import ConsentPurpose, ConsentSource, ConsentState
from desktop.core.phones import hash_number
from desktop.services.importing.fast import QuickCheck, quick_checker
from desktop.services.importing.formats import ImportFileError, Row
from desktop.services.importing.report import (
    BatchInfo,
    DuplicatePolicy,
    ImportOptions,
    ImportReport,
    Issue,
    IssueKind,
    Progress,
    RunStatus,
)
from desktop.services.importing.rows import Candidate, RowChecker
from desktop.storage.db import Database
from desktop.storage.errors import StorageError
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories import imports as repo
from desktop.storage.repositories.clients import ClientValues

log = logs.get("import")

#: Wording of the consent events that carry an opt-out found in the suppression list over to a new client.
SUPPRESSION_WORDING: Final = "liste d'opposition"
_CANCEL_CHECK_EVERY: Final = 256
_MERGED_FIELDS: Final = (
    "civility",
    "first_name",
    "last_name",
    "other_phone",
    "email",
    "address",
    "postal_code",
    "city",
    "birthday",
    "notes",
)

ProgressCallback = Callable[[Progress], None]


@dataclass
class Batch:
    """Rows of one transaction: what the checks found, then what the write did."""

    first_row: int = 0
    last_row: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    blank: int = 0
    issues: list[Issue] = field(default_factory=list)
    accepted: list[Candidate] = field(default_factory=list)


class CancelledError(Exception):
    """The user cancelled: the batch in progress is dropped."""


class BatchState:
    """What a run remembers across batches: rows already accepted, suppressed numbers, name keys."""

    def __init__(
        self, db: Database, reference: str, options: ImportOptions, clock: Clock, consent_label: str = ""
    ) -> None:
        self.db = db
        self.reference = reference
        self.options = options
        self.clock = clock
        self.consent_label = consent_label
        self.seen: dict[str, int] = {}
        self.name_keys: dict[str, int] = {}
        with db.read() as session:
            # An empty table holds, batch after batch, only this run's clients, all in ``seen``: no lookup
            # is needed until the count says another desk (or the window) added one.
            self.only_ours = repo.count_clients(session) == 0
            self.inserted = self.pending_inserted = 0
            self.suppressed_promo = consent_repo.suppressed_hashes(session, consent_repo.SCOPE_PROMOTIONAL)
            self.suppressed_all = consent_repo.suppressed_hashes(session, consent_repo.SCOPE_ALL)
        self.batches = 0

    def check(
        self,
        checker: RowChecker,
        chunk: list[Row],
        cancel: threading.Event | None,
        quick_check: QuickCheck | None = None,
    ) -> Batch:
        """Check a chunk; ``quick_check`` (:func:`.fast.quick_checker` of ``checker``) answers for the
        common rows, ``checker`` for the others."""
        batch = Batch(first_row=chunk[0][0], last_row=chunk[-1][0])
        issues = batch.issues
        seen = self.seen  # keys accepted so far; a failed batch stops the run, so no need to undo
        accepted = batch.accepted
        for count, (number, cells) in enumerate(chunk):
            if cancel is not None and count % _CANCEL_CHECK_EVERY == 0 and cancel.is_set():
                raise CancelledError
            # The quick path answers for most rows; a row it accepts has a name or a number (not blank).
            result: Candidate | list[Issue] | None = None
            if quick_check is not None:
                result = quick_check(number, cells)
            if result is None:
                if checker.is_blank(cells):
                    batch.blank += 1
                    continue
                result = checker.check(number, cells)
            if not isinstance(result, Candidate):
                batch.rejected += 1
                issues.extend(result)
                continue
            first = seen.get(result.key)
            if first is not None:
                batch.skipped += 1
                issues.append(
                    Issue(number, checker.key_label(result), "import_duplicate_in_file", IssueKind.DUPLICATE,
                          result.key if result.mobile else "", (("first_row", str(first)),))
                )  # fmt: skip
                continue
            seen[result.key] = number
            if result.warnings:
                issues.extend(result.warnings)
            accepted.append(result)
        return batch

    def write(self, batch: Batch) -> None:
        """Look up the accepted rows, insert the new clients, merge the existing ones: one transaction."""
        now = self.clock.now()
        accepted = batch.accepted
        open_session = self.db.read if self.options.dry_run else self.db.session
        with open_session() as session:
            if self.only_ours and repo.count_clients(session) != self.inserted:
                self.only_ours = False  # someone else added clients meanwhile: look them up from now on
            existing: dict[str, int] = {}
            if not self.only_ours:
                existing = repo.find_existing(
                    session,
                    [c.key for c in accepted if c.mobile],
                    [c.key for c in accepted if not c.mobile],
                    self.name_keys,
                )
            new = [c for c in accepted if c.key not in existing]
            merges = [(c, existing[c.key]) for c in accepted if c.key in existing]
            clients, new_consents = self._plan_inserts(new, batch)
            current = {}
            if merges and self.options.on_duplicate is not DuplicatePolicy.SKIP:
                current = repo.fetch_existing(session, [client_id for _c, client_id in merges])
            updates, tags, consents = self._plan_merges(merges, current, batch)
            if self.options.dry_run:
                return
            ids = repo.insert_clients(session, clients, now)
            self.pending_inserted = len(ids)
            for candidate, client_id in zip(new, ids, strict=True):
                repo.remember(self.name_keys, candidate.key, client_id)
            inserted = [
                repo.ConsentChange(ids[i], new[i].mobile, purpose, state, wording)
                for i, purpose, state, wording in new_consents
            ]
            # New clients were inserted with their consent state: only the events are written for them.
            repo.record_consents(
                session, inserted, ConsentSource.IMPORT, self.reference, now, set_state=False
            )
            repo.update_clients(session, updates, now)
            repo.add_tags(session, tags)
            repo.record_consents(session, consents, ConsentSource.IMPORT, self.reference, now)

    def _plan_inserts(
        self, new: list[Candidate], batch: Batch
    ) -> tuple[list[repo.NewClient], list[tuple[int, ConsentPurpose, ConsentState, str]]]:
        """The rows to insert (consent state included) and the consent events they need (by index)."""
        batch.imported += len(new)
        clients: list[repo.NewClient] = []
        consents: list[tuple[int, ConsentPurpose, ConsentState, str]] = []
        screen = bool(self.suppressed_promo or self.suppressed_all)
        for index, candidate in enumerate(new):
            promo = transactional = ConsentState.UNKNOWN
            mobile = candidate.mobile
            blocked_all = blocked_promo = False
            if screen and mobile:
                digest = hash_number(mobile)
                blocked_all = digest in self.suppressed_all
                blocked_promo = blocked_all or digest in self.suppressed_promo
            if blocked_promo:
                # The number opted out before (the client may have been erased): it stays opted out.
                promo = ConsentState.WITHDRAWN
                consents.append((index, ConsentPurpose.PROMOTIONAL, promo, SUPPRESSION_WORDING))
                if candidate.consent is ConsentState.GRANTED:
                    batch.issues.append(
                        Issue(
                            candidate.row, self.consent_label, "import_consent_suppressed", IssueKind.WARNING
                        )
                    )
            elif candidate.consent is ConsentState.GRANTED:
                promo = ConsentState.GRANTED
                consents.append((index, ConsentPurpose.PROMOTIONAL, promo, ""))
            if blocked_all:
                transactional = ConsentState.WITHDRAWN
                consents.append((index, ConsentPurpose.TRANSACTIONAL, transactional, SUPPRESSION_WORDING))
            clients.append((candidate.record, promo, transactional))
        return clients, consents

    def _plan_merges(
        self,
        merges: list[tuple[Candidate, int]],
        current: dict[int, repo.ExistingClient],
        batch: Batch,
    ) -> tuple[list[tuple[int, ClientValues]], list[tuple[int, str]], list[repo.ConsentChange]]:
        """What changes for clients already in the database (nothing with SKIP)."""
        policy = self.options.on_duplicate
        updates: list[tuple[int, ClientValues]] = []
        tags: list[tuple[int, str]] = []
        consents: list[repo.ConsentChange] = []
        for candidate, client_id in merges:
            before = current.get(client_id)
            if policy is DuplicatePolicy.SKIP or before is None:
                batch.skipped += 1
                batch.issues.append(_exists_issue(candidate))
                continue
            incoming = candidate.values
            merged = merge_values(before.values, incoming, policy)
            new_tags = [t for t in incoming.tags if t not in before.tags]
            consent = self._consent_change(candidate, before, policy)
            if merged is None and not new_tags and consent is None:
                batch.skipped += 1
                batch.issues.append(_exists_issue(candidate))
                continue
            batch.updated += 1
            if merged is not None:
                updates.append((client_id, merged))
            tags.extend((client_id, t) for t in new_tags)
            if consent is not None:
                consents.append(consent)
        return updates, tags, consents

    def _consent_change(
        self, candidate: Candidate, before: repo.ExistingClient, policy: DuplicatePolicy
    ) -> repo.ConsentChange | None:
        wanted = candidate.consent
        current = before.promotional_consent
        if wanted is None or wanted is current:
            return None
        mobile = before.values.mobile
        if wanted is ConsentState.GRANTED:
            digest = hash_number(mobile) if mobile else None
            if digest is not None and (digest in self.suppressed_promo or digest in self.suppressed_all):
                return None
            if policy is DuplicatePolicy.FILL and current is not ConsentState.UNKNOWN:
                return None
        elif not (policy is DuplicatePolicy.OVERWRITE and current is ConsentState.GRANTED):
            return None
        return repo.ConsentChange(before.id, mobile, ConsentPurpose.PROMOTIONAL, wanted)

    def commit(self, batch: Batch, report: ImportReport) -> None:
        """The batch's transaction is committed: its counts and issues join the report."""
        self.inserted += self.pending_inserted
        self.pending_inserted = 0
        self.batches += 1
        report.imported += batch.imported
        report.updated += batch.updated
        report.skipped_duplicates += batch.skipped
        report.rejected += batch.rejected
        report.blank_rows += batch.blank
        report.issues.extend(sorted(batch.issues, key=lambda issue: issue.row))
        report.batches.append(
            BatchInfo(self.batches, batch.first_row, batch.last_row, batch.imported, batch.updated)
        )

    def progress(self, report: ImportReport, row: int, total: int) -> Progress:
        return Progress(
            rows_done=row,
            rows_total=max(total, row),
            imported=report.imported,
            updated=report.updated,
            skipped=report.skipped_duplicates,
            rejected=report.rejected,
            batches=self.batches,
        )


def merge_values(
    before: ClientValues, incoming: ClientValues, policy: DuplicatePolicy
) -> ClientValues | None:
    """The client's values after merging a row (FILL: only empty fields; OVERWRITE: every non-empty one);
    None when nothing changes. Empty cells never erase anything."""
    changes: dict[str, object] = {}
    for name in _MERGED_FIELDS:
        new = getattr(incoming, name)
        if new in ("", None):
            continue
        old = getattr(before, name)
        if old == new:
            continue
        if policy is DuplicatePolicy.OVERWRITE or old in ("", None):
            changes[name] = new
    if not changes:
        return None
    if "postal_code" in changes:
        changes["subdiv"] = incoming.subdiv
    tags = tuple(dict.fromkeys((*before.tags, *incoming.tags)))
    return replace(before, **changes, tags=tags)  # type: ignore[arg-type]


def _exists_issue(candidate: Candidate) -> Issue:
    return Issue(candidate.row, "", "import_already_exists", IssueKind.DUPLICATE, candidate.mobile or "")


# ---------------------------------------------------------------------------------------- the run


def run_batches(
    rows: Iterator[Row],
    checker: RowChecker,
    state: BatchState,
    report: ImportReport,
    *,
    header_row: int | None,
    batch_size: int,
    rows_total: int,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Read, check and write batch after batch on this thread.

    (A writer thread overlapping the writes with the checks was measured slower: sqlite3 releases the
    GIL for every row it steps, and the checking thread then holds it for a whole switch interval. A
    thread finishing each commit — the wait for the disk — while the next batch is checked was measured
    no faster overall: what the commits stop costing, the checks lose to the switches.)
    """
    header = header_row if header_row is not None else -1
    rows = itertools.dropwhile(lambda row: row[0] <= header, rows)  # title rows and the header itself
    timer = time.perf_counter
    read = check = write = 0.0
    quick_check = quick_checker(checker)
    try:
        while True:
            t0 = timer()
            chunk = list(itertools.islice(rows, batch_size))
            t1 = timer()
            read += t1 - t0
            if not chunk:
                break
            batch = state.check(checker, chunk, cancel, quick_check)
            t2 = timer()
            check += t2 - t1
            if cancel is not None and cancel.is_set():
                raise CancelledError
            state.write(batch)
            state.commit(batch, report)
            write += timer() - t2
            if progress is not None:
                progress(state.progress(report, batch.last_row, rows_total))
    except CancelledError:
        report.status = RunStatus.CANCELLED
    except ImportFileError as exc:
        report.status, report.error_code, report.error_params = RunStatus.FAILED, exc.code, exc.params
    except StorageError as exc:
        log.warning("import stopped by the database: %s", exc.code)
        report.status, report.error_code = RunStatus.FAILED, exc.code
    report.timings["read"] = report.timings.get("read", 0.0) + read
    report.timings["validate"] = check
    report.timings["write"] = write
