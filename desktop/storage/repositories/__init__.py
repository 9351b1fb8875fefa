"""Query functions over a session, returning plain records of :mod:`desktop.core.entities`."""
