"""Fill a data folder with N realistic clients quickly (shared by the benchmarks and the screenshots)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from desktop.paths import resolve
from desktop.storage.db import Database
from desktop.storage.schema import upgrade

FIRST = ["Claire", "Jean", "Élodie", "Marc", "Sophie", "Luc", "Chloé", "Hugo", "Inès", "Paul", "Léa", "Noé"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"]
CITIES = ["Paris", "Lyon", "Metz", "Nantes", "Lille", "Brest", "Nice", "Annecy", "Strasbourg", "Rennes"]


def seed(data_dir: Path, count: int, *, seed_value: int = 42) -> Path:
    """Create (or reuse) a migrated database in ``data_dir`` holding ``count`` clients; returns its file."""
    paths = resolve(data_dir)
    paths.ensure()
    database = Database(paths.db_url)
    upgrade(database, None)
    database.dispose()
    path = paths.db_file
    assert path is not None
    connection = sqlite3.connect(path)
    existing = connection.execute("SELECT count(*) FROM clients").fetchone()[0]
    rng = random.Random(seed_value)
    rows = []
    for i in range(existing, count):
        first, last, city = rng.choice(FIRST), f"{rng.choice(LAST)}{i % 997}", rng.choice(CITIES)
        mobile = f"+336{i:08d}"
        email = f"{first.lower()}.{last.lower()}@exemple.fr"
        key = f"{last} {first} {email} {city} {mobile} 06{i:08d}".lower()
        consent = rng.choice(["granted", "unknown", "unknown", "withdrawn"])
        rows.append(
            (
                first,
                last,
                mobile,
                email,
                city,
                consent,
                key,
                "2026-01-01 09:00:00.000000",
                "2026-01-01 09:00:00.000000",
            )
        )
    connection.executemany(
        "INSERT INTO clients(civility, first_name, last_name, mobile, email, address, postal_code, city, notes,"
        " language, region, promotional_consent, transactional_consent, number_status, search_key,"
        " created_at, updated_at) VALUES ('', ?, ?, ?, ?, '', '', ?, '', 'fr', 'FR', ?, 'unknown', 'ok', ?, ?, ?)",
        rows,
    )
    connection.commit()
    connection.close()
    return path
