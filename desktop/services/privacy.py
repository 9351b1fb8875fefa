"""A client's rights over their data (GDPR access and erasure), the consent register, quiet prospects.

- :meth:`PrivacyService.export_client`: everything held about one client, as ``.xlsx`` (one sheet per kind
  of data) or ``.json``;
- :meth:`PrivacyService.erase`: the client is gone, their messages and replies stay as anonymous counts,
  their consent events as anonymous audit lines, and their number's hash in the suppression list (see
  :mod:`desktop.storage.repositories.privacy`);
- :meth:`PrivacyService.consent_register`: every consent event (who, when, source, wording), exportable;
- :meth:`PrivacyService.quiet_prospects`: prospects with no contact from them for three years, to review.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from desktop import logs
from desktop.core.clock import Clock
from desktop.services.changes import ChangeHub, Changes
from desktop.services.exporter import ExportError, export_json, export_table, export_workbook
from desktop.services.privacy_export import (
    consent_register_sheet,
    consent_register_table,
    dossier_json,
    dossier_sheets,
)
from desktop.services.retention import months_before
from desktop.storage.db import Database
from desktop.storage.repositories import privacy as repo
from desktop.storage.repositories.privacy import (
    ERASURE,
    ClientDossier,
    ConsentAuditLine,
    Erasure,
    ErasureBlockedError,
    Prospect,
)

__all__ = [
    "ERASURE",
    "ClientDossier",
    "ConsentAuditLine",
    "Erasure",
    "ErasureBlockedError",
    "ExportError",
    "PrivacyService",
    "Prospect",
]

log = logs.get("db")
#: CNIL: a prospect's data is kept three years from the last contact coming from them.
PROSPECT_YEARS = 3


class PrivacyService:
    def __init__(self, db: Database, hub: ChangeHub, clock: Clock, timezone: str = "Europe/Paris") -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self.timezone = timezone

    # ---------------------------------------------------------------- access
    def dossier(self, client_id: int) -> ClientDossier:
        with self._db.read() as session:
            return repo.dossier(session, client_id)

    def export_client(self, client_id: int, path: str | os.PathLike[str]) -> Path:
        """Write everything held about the client to ``path``: ``.xlsx`` or ``.json`` (by extension).

        NotFoundError for a client that no longer exists; ExportError when the file cannot be written."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".xlsx", ".json"):
            raise ExportError("export_unsupported_format", extension=target.suffix or "?")
        found = self.dossier(client_id)
        if suffix == ".json":
            export_json(dossier_json(found, self._clock.now()), target)
        else:
            export_workbook(dossier_sheets(found), target, timezone=self.timezone)
        log.info("client %d exported (%s)", client_id, suffix)
        return target

    # ---------------------------------------------------------------- erasure
    def erase(self, client_id: int, recorded_by: str = "") -> Erasure:
        """Erase the client. NotFoundError; ErasureBlockedError while a message to them is in flight."""
        with self._db.session() as session:
            done = repo.erase(session, client_id, self._clock.now(), recorded_by)
        log.info(
            "client %d erased: %d message(s) and %d reply(ies) anonymised, %d consent event(s) kept",
            client_id,
            done.messages_anonymised,
            done.replies_anonymised,
            done.consent_events_kept,
        )
        self._hub.publish(
            Changes(clients=frozenset({client_id}), clients_reset=True, inbound=done.replies_anonymised > 0)
        )
        return done

    # ---------------------------------------------------------------- register
    def consent_register(
        self, *, before_id: int | None = None, limit: int = 500, client_id: int | None = None
    ) -> list[ConsentAuditLine]:
        with self._db.read() as session:
            return repo.consent_register(session, before_id=before_id, limit=limit, client_id=client_id)

    def consent_event_count(self) -> int:
        with self._db.read() as session:
            return repo.count_consent_events(session)

    def export_consent_register(self, path: str | os.PathLike[str]) -> int:
        """The whole register to ``.xlsx`` or ``.csv``, newest first; returns the number of lines."""

        def lines() -> Iterator[ConsentAuditLine]:
            with self._db.read() as session:
                yield from repo.iter_consent_register(session)

        headers, rows = consent_register_table(lines())
        return export_table(headers, rows, path, sheet_title=consent_register_sheet(), timezone=self.timezone)

    # ---------------------------------------------------------------- prospects
    def quiet_prospects(self, years: int = PROSPECT_YEARS) -> list[Prospect]:
        """Prospects without any contact from them for ``years`` years (to ask again, or erase)."""
        before = months_before(self._clock.now(), 12 * years)
        with self._db.read() as session:
            return repo.quiet_prospects(session, before)
