"""Texts of the ``client`` command (a client's card from the command line)."""

TEXTS = {
    "cli_client_unknown": (
        "Aucun client n° {id}. Cherchez son numéro avec « clients --search NOM ».",
        "No client number {id}. Look up the number with « clients --search NAME ».",
    ),
    "cli_client_unknown_ids": (
        "Aucun client n° {ids} : rien n'a été supprimé. Vérifiez les numéros avec « clients ».",
        "No client number {ids}: nothing was deleted. Check the numbers with « clients ».",
    ),
    "cli_client_nothing_saved": (
        "Rien n'a été enregistré : corrigez et recommencez.",
        "Nothing was saved: correct it and try again.",
    ),
    "cli_client_changed_hint": (
        "Rien n'a été enregistré. La fiche est maintenant à la version {version} : relisez-la "
        "(client show {id}), puis recommencez avec --version {version} pour enregistrer par-dessus.",
        "Nothing was saved. The client is now at version {version}: read it again (client show {id}), then "
        "run the command again with --version {version} to save over it.",
    ),
    "cli_client_added": ("Client n° {id} créé : {name}.", "Client number {id} created: {name}."),
    "cli_client_saved": (
        "Client n° {id} enregistré : {name} (version {version}).",
        "Client number {id} saved: {name} (version {version}).",
    ),
    "cli_client_opt_out_needs_yes": (
        "Désinscrire {name} ? Ce client ne recevra plus aucun SMS, ni promotion ni message pratique, et son "
        "numéro reste en liste d'opposition. Pour confirmer, ajoutez --yes.",
        "Opt {name} out? This client will receive no more text messages, neither promotions nor practical "
        "ones, and the number stays on the opt-out list. To confirm, add --yes.",
    ),
    "cli_client_opted_out": (
        "{name} est désinscrit : plus aucun SMS ne lui sera envoyé.",
        "{name} is opted out: no more text messages will be sent.",
    ),
    "cli_client_already_opted_out": (
        "{name} est déjà désinscrit : rien n'a changé.",
        "{name} is already opted out: nothing changed.",
    ),
    "cli_client_delete_needs_yes": (
        "Supprimer {count} client(s) ? Leurs messages seront conservés sans leur nom. Pour confirmer, "
        "ajoutez --yes.",
        "Delete {count} client(s)? Their messages are kept without their name. To confirm, add --yes.",
    ),
    "cli_client_deleted": (
        "{count} client(s) supprimé(s) ; leurs messages sont conservés sans leur nom.",
        "{count} client(s) deleted; their messages are kept without their name.",
    ),
    "cli_client_number_invalid": (
        "Numéro invalide : les SMS ne partent plus vers ce numéro. Vérifiez-le.",
        "Invalid number: no more text messages go to this number. Check it.",
    ),
    "cli_client_number_unreachable": (
        "Injoignable : les derniers SMS n'ont pas été distribués.",
        "Unreachable: the last text messages were not delivered.",
    ),
}
