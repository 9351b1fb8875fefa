"""Clients: validation of what the user typed, search for the big list, consent and opt-out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core import optout, phones
from desktop.core.clock import Clock, SystemClock
from desktop.core.consent import wording_missing
from desktop.core.entities import (
    Client,
    ClientDraft,
    ClientListItem,
    ClientQuery,
    ConsentEvent,
    ConsentPurpose,
    ConsentRecord,
    ConsentSource,
    ConsentState,
)
from desktop.core.errors import KnownError
from desktop.services.changes import ChangeHub, Changes
from desktop.storage.db import Database
from desktop.storage.errors import DuplicateError
from desktop.storage.repositories import clients as repo
from desktop.storage.repositories import consent as consent_repo

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTAL_RE = re.compile(r"^\d{5}$")


class ClientChangedError(KnownError):
    """Another desk (or an import) saved this client since the form was filled: nothing was written.

    ``current`` is the client as it is now, so the user can reload it or save over it knowingly."""

    def __init__(self, current: Client) -> None:
        # Who is known for a form saved on another desk; an import does not say.
        code = "client_changed_elsewhere" if current.updated_by else "client_changed_elsewhere_anonymous"
        super().__init__(code, by=current.updated_by)
        self.detail = f"client {current.id} is at version {current.version}"
        self.current = current


class ConsentWordingMissingError(KnownError):
    """A promotional consent given without the wording the client accepted: nothing was recorded."""

    code = "consent_wording_required"


def check_consent(purpose: ConsentPurpose, state: ConsentState, wording: str) -> None:
    """Refuse a consent a person records that cannot be recorded as it is (see
    :func:`desktop.core.consent.wording_missing`); the form and the consent dialog ask the same rule
    before saving, and the ``client`` command through this."""
    if wording_missing(purpose, state, wording):
        raise ConsentWordingMissingError()


class ValidationError(KnownError):
    """Field name → error code (explained by :mod:`desktop.core.catalogue`); ``code`` is the first of them,
    for a screen that shows one sentence (the client form shows each beside its field)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(next(iter(errors.values()), None))
        self.detail = ", ".join(f"{k}: {v}" for k, v in errors.items())
        self.errors = errors


def subdiv_for_postal_code(postal_code: str) -> str | None:
    """The département of a metropolitan postal code (only 57, 67 and 68 change holidays)."""
    code = postal_code.strip()
    return code[:2] if _POSTAL_RE.match(code) and not code.startswith("97") else None


def validate(draft: ClientDraft, default_region: str = "FR") -> repo.ClientValues:
    errors: dict[str, str] = {}
    mobile: str | None = None
    region = default_region
    if draft.mobile.strip():
        result = phones.normalize(draft.mobile, default_region)
        if result.error:
            errors["mobile"] = result.error
        elif not result.is_mobile:
            errors["mobile"] = "landline"
        else:
            mobile = result.e164
            region = result.region or default_region
    other: str | None = None
    if draft.other_phone.strip():
        result = phones.normalize(draft.other_phone, default_region)
        if result.error:
            errors["other_phone"] = result.error
        else:
            other = result.e164
    email = draft.email.strip()
    if email and not _EMAIL_RE.match(email):
        errors["email"] = "invalid_email"
    postal = draft.postal_code.strip()
    if postal and default_region == "FR" and region == "FR" and not _POSTAL_RE.match(postal):
        errors["postal_code"] = "invalid_postal_code"
    tags = tuple(dict.fromkeys(t.strip() for t in draft.tags if t.strip()))
    if any(len(t) > 50 or "," in t for t in tags):
        errors["tags"] = "invalid_tag"
    first, last = draft.first_name.strip(), draft.last_name.strip()
    if not (first or last or draft.mobile.strip()):
        errors["last_name"] = "name_or_mobile_required"
    if errors:
        raise ValidationError(errors)
    return repo.ClientValues(
        first_name=first,
        last_name=last,
        civility=draft.civility.strip(),
        mobile=mobile,
        other_phone=other,
        email=email,
        address=draft.address.strip(),
        postal_code=postal,
        city=draft.city.strip(),
        birthday=draft.birthday,
        tags=tags,
        notes=draft.notes.strip(),
        language=draft.language or "fr",
        region=region,
        subdiv=subdiv_for_postal_code(postal) if region == "FR" else None,
    )


class ClientService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        default_region: str = "FR",
        clock: Clock | None = None,
        *,
        desk: str = "",
    ) -> None:
        self._db = db
        self._hub = hub
        self.default_region = default_region
        self._clock: Clock = clock or SystemClock()
        #: This desk's name, recorded with each edit (« modifié entre-temps par … » on the other desks).
        self.desk = desk

    # ---------------------------------------------------------------- reading
    def search_ids(self, query: ClientQuery) -> list[int]:
        with self._db.read() as session:
            return repo.search_ids(session, query)

    def list_items(self, ids: Sequence[int]) -> dict[int, ClientListItem]:
        with self._db.read() as session:
            return repo.list_items(session, ids)

    def count(self) -> int:
        with self._db.read() as session:
            return repo.count(session)

    def get(self, client_id: int) -> Client:
        with self._db.read() as session:
            return repo.get(session, client_id)

    def get_many(self, ids: Sequence[int]) -> list[Client]:
        with self._db.read() as session:
            return repo.get_many(session, ids)

    def find_by_mobile(self, raw: str) -> Client | None:
        result = phones.normalize(raw, self.default_region)
        if result.e164 is None:
            return None
        with self._db.read() as session:
            return repo.find_by_mobile(session, result.e164)

    def tags(self) -> list[str]:
        with self._db.read() as session:
            return repo.all_tags(session)

    def consent_history(self, client_id: int) -> list[ConsentEvent]:
        with self._db.read() as session:
            return consent_repo.history(session, client_id)

    # ---------------------------------------------------------------- writing
    def create(self, draft: ClientDraft, consent: ConsentRecord | None = None) -> int:
        """Add a client, with the consent the form recorded, in one transaction (both or neither)."""
        values = validate(draft, self.default_region)
        try:
            with self._db.session() as session:
                client_id = repo.insert(session, values)
                if consent is not None:
                    consent_repo.record(
                        session,
                        client_id,
                        consent.purpose,
                        consent.state,
                        consent.source,
                        wording=consent.wording,
                        recorded_by=consent.recorded_by,
                        at=self._clock.now(),
                    )
        except DuplicateError as exc:
            raise ValidationError({"mobile": "duplicate_mobile"}) from exc
        self._hub.publish(Changes(clients=frozenset({client_id}), clients_reset=True))
        return client_id

    def update(self, client_id: int, draft: ClientDraft, *, expected_version: int | None = None) -> int:
        """Save the client's fields; returns the new version.

        ``expected_version`` is the version the form was filled from: when someone saved the client since,
        nothing is written and :class:`ClientChangedError` says who. None saves whatever happened meanwhile
        (« Écraser »)."""
        values = validate(draft, self.default_region)
        try:
            with self._db.session() as session:
                version = repo.update(
                    session, client_id, values, expected_version=expected_version, by=self.desk
                )
        except DuplicateError as exc:
            raise ValidationError({"mobile": "duplicate_mobile"}) from exc
        except repo.StaleClientError as exc:
            raise ClientChangedError(exc.current) from exc
        self._hub.publish(Changes(clients=frozenset({client_id})))
        return version

    def delete(self, client_id: int) -> None:
        with self._db.session() as session:
            repo.delete_client(session, client_id)
        self._hub.publish(Changes(clients=frozenset({client_id}), clients_reset=True))

    def delete_many(self, client_ids: Sequence[int]) -> int:
        """Delete a selection in one transaction and one change notice; clients another desk deleted
        meanwhile are simply not counted. Returns how many were deleted."""
        with self._db.session() as session:
            deleted = repo.delete_clients(session, client_ids)
        self._hub.publish(Changes(clients=frozenset(client_ids), clients_reset=True))
        return deleted

    def record_consent(
        self,
        client_id: int,
        purpose: ConsentPurpose,
        state: ConsentState,
        source: ConsentSource,
        *,
        wording: str = "",
        recorded_by: str = "",
    ) -> ConsentEvent:
        with self._db.session() as session:
            event = consent_repo.record(
                session,
                client_id,
                purpose,
                state,
                source,
                wording=wording,
                recorded_by=recorded_by,
                at=self._clock.now(),
            )
        self._hub.publish(Changes(clients=frozenset({client_id})))
        return event

    def stopped(self, client_id: int) -> tuple[str, ...]:
        """What the client asked to stop (:class:`desktop.core.optout.Scope` values, everything first): from
        their consent and their number's suppression list."""
        with self._db.read() as session:
            client = repo.get(session, client_id)
            scopes = consent_repo.suppressed_scopes(session, client.mobile) if client.mobile else set()
        found = optout.stopped(client.promotional_consent, client.transactional_consent, scopes)
        return tuple(scope.value for scope in optout.ordered(found))

    def opt_out(
        self, client_id: int, source: ConsentSource = ConsentSource.USER, recorded_by: str = ""
    ) -> None:
        """Withdraw promotional consent and object to every message (the client asked to hear nothing)."""
        now = self._clock.now()
        with self._db.session() as session:
            for purpose in (ConsentPurpose.PROMOTIONAL, ConsentPurpose.TRANSACTIONAL):
                consent_repo.record(
                    session,
                    client_id,
                    purpose,
                    ConsentState.WITHDRAWN,
                    source,
                    recorded_by=recorded_by,
                    at=now,
                )
        self._hub.publish(Changes(clients=frozenset({client_id})))
