"""Alembic environment and versions; run at start-up by :mod:`desktop.storage.schema`."""
