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
    # ---- restoring a backup
    "restore_file_missing": (
        "Le fichier « {file} » est introuvable. Choisissez une sauvegarde existante.",
        "The file « {file} » cannot be found. Choose an existing backup.",
    ),
    "restore_damaged": (
        "La sauvegarde « {file} » est endommagée (la vérification d'intégrité a échoué) : elle n'a pas été "
        "restaurée. Choisissez une autre sauvegarde ; vos données actuelles n'ont pas changé.",
        "The backup « {file} » is damaged (the integrity check failed): it was not restored. Choose another "
        "backup; your current data has not changed.",
    ),
    "restore_not_comptoir": (
        "Le fichier « {file} » n'est pas une sauvegarde de Comptoir : rien n'a été restauré.",
        "The file « {file} » is not a Comptoir backup: nothing was restored.",
    ),
    "restore_too_new": (
        "La sauvegarde « {file} » a été faite par une version plus récente de Comptoir : installez la "
        "dernière version pour la restaurer. Rien n'a été restauré.",
        "The backup « {file} » was made by a newer version of Comptoir: install the latest version to "
        "restore it. Nothing was restored.",
    ),
    "restore_database_in_use": (
        "La base de données est ouverte par un autre programme (un autre Comptoir, ou l'envoi « python "
        "main.py dispatch ») : fermez-le, puis recommencez. Rien n'a été restauré.",
        "The database is open in another program (another Comptoir, or « python main.py dispatch »): close "
        "it, then try again. Nothing was restored.",
    ),
    "restore_not_sqlite": (
        "La base de données est sur un serveur : sauvegardez-la et restaurez-la avec les outils du serveur "
        "(pg_dump, pg_restore).",
        "The database is on a server: back it up and restore it with the server's own tools (pg_dump, "
        "pg_restore).",
    ),
    "restore_same_file": (
        "« {file} » est la base de données actuelle : choisissez une sauvegarde.",
        "« {file} » is the current database: choose a backup.",
    ),
    "restore_write_failed": (
        "La sauvegarde n'a pas pu être recopiée correctement sur le disque : rien n'a été restauré. "
        "Vérifiez la place libre sur le disque, puis recommencez.",
        "The backup could not be copied correctly onto the disk: nothing was restored. Check the free space "
        "on the disk, then try again.",
    ),
    "restore_no_backup": (
        "Aucune sauvegarde utilisable n'a été trouvée dans « {folder} ».",
        "No usable backup was found in « {folder} ».",
    ),
    "restored_unverified": (
        "Sauvegarde restaurée : Comptoir vérifie auprès du fournisseur si ce SMS était déjà parti avant de "
        "l'envoyer.",
        "Backup restored: Comptoir checks with the provider whether this SMS had already left before sending "
        "it.",
    ),
    # ---- the daily upkeep
    "backup_failed": (
        "La sauvegarde automatique n'a pas pu être écrite (dossier des sauvegardes absent, plein ou en "
        "lecture seule ?). Vérifiez-le dans Réglages › Données ; Comptoir réessaiera dans une heure.",
        "The automatic backup could not be written (backups folder missing, full or read-only?). Check it "
        "in Réglages › Données; Comptoir will try again in an hour.",
    ),
}
