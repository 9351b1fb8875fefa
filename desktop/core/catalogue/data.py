"""Texts for a shop's data: several desks editing one client, backups and restore, privacy, the server."""

TEXTS = {
    "client_changed_elsewhere": (
        "Cette fiche a été modifiée entre-temps par le poste « {by} ». Rechargez-la pour voir ses "
        "changements, ou enregistrez la vôtre par-dessus.",
        "This client was changed in the meantime by the desk « {by} ». Reload it to see those changes, or "
        "save yours over them.",
    ),
    "client_changed_elsewhere_anonymous": (
        "Cette fiche a été modifiée entre-temps (par un autre poste ou un import). Rechargez-la pour voir "
        "ses changements, ou enregistrez la vôtre par-dessus.",
        "This client was changed in the meantime (by another desk or an import). Reload it to see those "
        "changes, or save yours over them.",
    ),
}
