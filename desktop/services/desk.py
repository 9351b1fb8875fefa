"""This computer as the other desks name it (« modifié entre-temps par ACCUEIL »)."""

from __future__ import annotations

import socket

_MAX = 100  # clients.updated_by


def desk_name() -> str:
    """The computer's short host name (``ACCUEIL`` of ``ACCUEIL.local``), or "" when it has none."""
    try:
        name = socket.gethostname()
    except OSError:
        return ""
    return name.split(".", 1)[0][:_MAX]
