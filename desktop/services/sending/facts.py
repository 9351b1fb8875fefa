"""What the gate reads before it decides, in a few bulk queries for any number of addressees.

Who each addressee is (a client's card, or a number that is on nobody's card), their consent, suppression
scopes and number status, the messages that count for the frequency caps and the daily duplicates, the last
review request, the static facts of the account the message leaves through, and the business settings.

Caps count the promotions queued or sent in any 7-day (30-day) window that contains the new message's
departure, scheduled ones included (:func:`most_in_window`); duplicates count the same text leaving the same
local day. Cancelled, failed, undelivered and expired messages never reached anyone: not counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

from desktop.core import compliance, phones
from desktop.core.entities import Client, MessageKind, NumberStatus, ProviderAccount, Purpose
from desktop.core.outgoing import AccountFacts
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import conversation as repo

WEEK: Final = dt.timedelta(days=7)
MONTH: Final = dt.timedelta(days=30)
#: French regions whose non-mobile numbers are landlines that cannot receive SMS.
_FRENCH_REGIONS: Final = frozenset(phones.REGION_TIMEZONES)
LANDLINE: Final = "landline"
#: The variables the business settings fill (:func:`business_values`).
BUSINESS_VARIABLES: Final = frozenset(
    {"boutique", "adresse", "telephone_boutique", "lien_avis", "lien_enquete"}
)


def most_in_window(moments: Sequence[dt.datetime], at: dt.datetime, width: dt.timedelta) -> int:
    """The most `moments` any window ``[s, s + width)`` containing `at` holds (a sliding-window cap)."""
    starts = [m for m in moments if at - width < m <= at] + [at]
    return max(sum(1 for m in moments if s <= m < s + width) for s in starts)


@dataclass(frozen=True, slots=True)
class Person:
    """One addressee as compliance sees them, read once; the counters are worked out per departure."""

    client: Client | None  # None: a number that is on nobody's card
    recipient: compliance.Recipient  # counters at zero: see `recipient_at`
    promotions: tuple[dt.datetime, ...]  # departures of promotions queued or sent (recent and scheduled)
    others: tuple[tuple[dt.datetime, str], ...]  # (departure, exact text) of the other messages
    zone: ZoneInfo

    @property
    def to(self) -> str | None:
        return self.recipient.e164

    @property
    def name(self) -> str:
        if self.client is not None:
            return self.client.display_name
        return phones.format_national(self.to) if self.to else ""

    def client_values(self) -> dict[str, str | None] | None:
        """The client variables of the card; None for a number that is nobody's."""
        client = self.client
        if client is None:
            return None
        return {"prenom": client.first_name, "nom": client.last_name, "civilite": client.civility}

    def recipient_at(self, when: dt.datetime, text: str) -> compliance.Recipient:
        day = when.astimezone(self.zone).date()
        identical = sum(
            1 for m, body in self.others if body == text and m.astimezone(self.zone).date() == day
        )
        r = self.recipient  # built field by field: this runs for every addressee at every keystroke
        return compliance.Recipient(
            e164=r.e164,
            region=r.region,
            subdiv=r.subdiv,
            promotional_consent=r.promotional_consent,
            transactional_consent=r.transactional_consent,
            suppressed_scopes=r.suppressed_scopes,
            number_status=r.number_status,
            promotional_sent_7d=most_in_window(self.promotions, when, WEEK) if self.promotions else 0,
            promotional_sent_30d=most_in_window(self.promotions, when, MONTH) if self.promotions else 0,
            identical_sent_today=identical,
            last_review_request=r.last_review_request,
            last_survey=r.last_survey,
            is_client=r.is_client,
        )


@dataclass(frozen=True)
class Facts:
    """Everything :meth:`desktop.services.sending.gate.Gate.check` needs from the database, for one set of
    addressees and one account."""

    client_ids: tuple[int, ...]
    numbers: tuple[str, ...]  # the bare numbers asked for, as given
    account: ProviderAccount
    sending: AccountFacts  # what the account means for the text (static: no adapter, no keyring)
    settings: Settings
    business_values: Mapping[str, str | None]
    people: Mapping[int, Person]  # by client id; deleted clients are simply absent
    by_number: Mapping[str, Person | str]  # a bare number as given → the person, or why it is unusable
    gathered_at: dt.datetime

    def context(self) -> compliance.Context:
        """The business's part of the compliance context (the gate adds the message's own)."""
        settings = self.settings
        caps = settings.caps
        return compliance.Context(
            sector=settings.business.sector,
            business_name=settings.business.name,
            policy=settings.policy,
            promotional_per_week=caps.promotional_per_week,
            promotional_per_month=caps.promotional_per_month,
            identical_transactional_per_day=caps.identical_transactional_per_day,
            review_request_months=caps.review_request_months,
            survey_months=settings.surveys.months_between,
        )


def business_values(settings: Settings) -> dict[str, str | None]:
    """The business variables, from the settings (the phone in its national form)."""
    business = settings.business
    phone = business.phone.strip()
    if phone.startswith("+"):
        phone = phones.format_national(phone)
    return {
        "boutique": business.name.strip(),
        "adresse": business.address.strip(),
        "telephone_boutique": phone,
        "lien_avis": business.review_link.strip(),
        "lien_enquete": business.survey_link.strip(),
    }


def usable_number(raw: str, region: str) -> phones.PhoneResult | str:
    """The number normalised, or the code of why no SMS can go to it (not a number, a landline…)."""
    number = phones.normalize(raw, region)
    if number.e164 is None:
        return number.error or phones.INVALID
    if number.region in _FRENCH_REGIONS and not number.is_mobile:
        return LANDLINE
    return number


def gather(
    db: Database,
    settings: Settings,
    account: ProviderAccount,
    sending: AccountFacts,
    now: dt.datetime,
    client_ids: Collection[int] = (),
    numbers: Collection[str] = (),
) -> Facts:
    """Read what the rules need about these clients and bare numbers (a handful of queries for any count)."""
    ids = tuple(dict.fromkeys(client_ids))
    raw_numbers = tuple(dict.fromkeys(numbers))
    region = settings.business.region
    parsed = {raw: usable_number(raw, region) for raw in raw_numbers}
    usable = {
        raw: (p.e164, p.region) for raw, p in parsed.items() if isinstance(p, phones.PhoneResult) and p.e164
    }
    with db.read() as session:
        owners = clients_repo.ids_by_mobiles(session, sorted({e164 for e164, _ in usable.values()}))
        owned = {raw: owners.get(e164) for raw, (e164, _) in usable.items()}
        wanted = tuple(dict.fromkeys([*ids, *(i for i in owned.values() if i is not None)]))
        clients = clients_repo.get_many(session, wanted)
        bare = sorted({e164 for raw, (e164, _) in usable.items() if owned[raw] is None})
        numbers_of = {c.id: c.mobile for c in clients if c.mobile}
        hashes = {e164: phones.hash_number(e164) for e164 in [*numbers_of.values(), *bare]}
        scopes = repo.suppression_scopes(session, hashes.values())
        recent = repo.recent_messages(
            session,
            wanted,
            numbers=bare,
            promotional_since=now - MONTH,
            other_since=now - dt.timedelta(days=2),
        )
        reviews = repo.last_messages_containing(session, wanted, settings.business.review_link.strip())
        surveys = repo.last_messages_of_kind(session, wanted, MessageKind.SURVEY)
    promotions: dict[int | str, list[dt.datetime]] = {}
    others: dict[int | str, list[tuple[dt.datetime, str]]] = {}
    asked = set(wanted)
    for m in recent:
        key: int | str = m.client_id if m.client_id is not None and m.client_id in asked else m.to
        if m.purpose is Purpose.PROMOTIONAL:
            promotions.setdefault(key, []).append(m.moment)
        else:
            others.setdefault(key, []).append((m.moment, m.body))

    def person(key: int | str, client: Client | None, recipient: compliance.Recipient) -> Person:
        return Person(
            client,
            recipient,
            tuple(sorted(promotions.get(key, ()))),
            tuple(others.get(key, ())),
            ZoneInfo(phones.region_timezone(recipient.region)),
        )

    people: dict[int, Person] = {}
    for client in clients:
        status = str(client.number_status)
        if client.mobile and phones.normalize(client.mobile).e164 is None:
            status = NumberStatus.INVALID
        recipient = compliance.Recipient(
            e164=client.mobile,
            region=client.region,
            subdiv=client.subdiv,
            promotional_consent=client.promotional_consent,
            transactional_consent=client.transactional_consent,
            suppressed_scopes=scopes.get(hashes.get(client.mobile or "", ""), frozenset()),
            number_status=status,
            last_review_request=reviews.get(client.id),
            last_survey=surveys.get(client.id),
        )
        people[client.id] = person(client.id, client, recipient)
    by_number: dict[str, Person | str] = {}
    for raw, number in parsed.items():
        if raw not in usable:
            by_number[raw] = number if isinstance(number, str) else phones.INVALID
            continue
        owner = owned[raw]
        if owner is not None and owner in people:
            by_number[raw] = people[owner]
            continue
        e164, number_region = usable[raw]
        recipient = compliance.Recipient(
            e164=e164,
            region=number_region or region,
            suppressed_scopes=scopes.get(hashes.get(e164, ""), frozenset()),
            is_client=False,
        )
        by_number[raw] = person(e164, None, recipient)
    return Facts(
        client_ids=ids,
        numbers=raw_numbers,
        account=account,
        sending=sending,
        settings=settings,
        business_values=MappingProxyType(business_values(settings)),
        people=MappingProxyType({cid: people[cid] for cid in wanted if cid in people}),
        by_number=MappingProxyType(by_number),
        gathered_at=now,
    )
