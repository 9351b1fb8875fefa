"""Texts for generic and storage codes."""

TEXTS = {
    "data_folder_unusable": (
        "Comptoir ne peut pas utiliser le dossier des données[ « {folder} »][ : {reason}]. Vérifiez ce dossier ou "
        "choisissez-en un autre (option --data-dir ou variable COMPTOIR_DATA_DIR). Rien n'a été modifié.",
        "Comptoir cannot use the data folder[ « {folder} »][: {reason}]. Check this folder or choose another one "
        "(--data-dir option or COMPTOIR_DATA_DIR variable). Nothing was changed.",
    ),
    "log_folder_unusable": (
        "Attention : le journal de Comptoir ne peut pas être écrit dans « {folder} » : {reason}. Comptoir "
        "fonctionne quand même ; les messages importants du journal s'affichent ici, sur la sortie d'erreur.",
        "Warning: Comptoir's log cannot be written in « {folder} »: {reason}. Comptoir works all the same; "
        "the log's important messages are shown here, on the error output.",
    ),
    "folder_reason_denied": ("accès refusé", "access denied"),
    "folder_reason_read_only": ("le disque est en lecture seule", "the disk is read-only"),
    "folder_reason_disk_full": ("le disque est plein", "the disk is full"),
    "folder_reason_not_a_folder": (
        "un fichier porte déjà ce nom (ou celui d'un dossier parent)",
        "a file already has this name (or a parent folder's)",
    ),
    "folder_reason_missing": (
        "son emplacement n'existe pas (disque ou partage débranché ?)",
        "its location does not exist (disk or share disconnected?)",
    ),
    "folder_reason_other": (
        "le système refuse de le créer ou d'y écrire",
        "the system refuses to create or write it",
    ),
    "environment_refused": (
        "Comptoir n'a pas pu lire ou écrire un fichier : {reason}. Corrigez cela (place libre, droits, disque "
        "branché) puis recommencez.",
        "Comptoir could not read or write a file: {reason}. Fix that (free space, permissions, disk "
        "connected) and start again.",
    ),
    "command_failed": (
        "La commande n'a pas pu aboutir.",
        "The command could not be completed.",
    ),
    "unknown_error": (
        "Une erreur inattendue s'est produite[ (code {code})]. Elle a été notée dans le journal.",
        "An unexpected error occurred[ (code {code})]. It has been written to the log.",
    ),
    "schema_too_new": (
        "Cette base de données a été créée par une version plus récente de Comptoir. Installez la dernière "
        "version de Comptoir pour l'ouvrir ; elle n'a pas été modifiée.",
        "This database was created by a newer version of Comptoir. Install the latest version to open it; "
        "it has not been modified.",
    ),
    "foreign_database": (
        "Ce fichier n'est pas une base de données Comptoir. Choisissez un autre dossier de données.",
        "This file is not a Comptoir database. Choose another data folder.",
    ),
    "backup_disk_full": (
        "La sauvegarde n'a pas pu être écrite : le disque du dossier des sauvegardes est plein. Libérez de la "
        "place (ou choisissez un autre dossier dans Réglages › Données) puis réessayez. La base de données n'a "
        "pas été modifiée et aucune copie incomplète n'a été laissée.",
        "The backup could not be written: the disk of the backup folder is full. Free some space (or choose "
        "another folder in Settings › Data) and try again. The database was not changed and no incomplete "
        "copy was left behind.",
    ),
    "backup_folder_unusable": (
        "La sauvegarde n'a pas pu être écrite : le dossier des sauvegardes refuse l'écriture (en lecture "
        "seule, sans droits ou débranché). Vérifiez-le (ou choisissez-en un autre dans Réglages › Données) "
        "puis réessayez. La base de données n'a pas été modifiée.",
        "The backup could not be written: the backup folder refuses writing (read-only, no rights or "
        "disconnected). Check it (or choose another one in Settings › Data) and try again. The database was "
        "not changed.",
    ),
    "database_locked": (
        "La base de données est occupée par un autre poste ou programme. Réessayez dans un instant.",
        "The database is busy (another desk or program is using it). Try again in a moment.",
    ),
    "database_readonly": (
        "La base de données est en lecture seule. Vérifiez les droits du dossier de données.",
        "The database is read-only. Check the permissions of the data folder.",
    ),
    "disk_full": (
        "Le disque est plein : libérez de la place puis réessayez. Rien n'a été perdu.",
        "The disk is full: free some space and try again. Nothing was lost.",
    ),
    "database_corrupt": (
        "La base de données est endommagée. Restaurez une sauvegarde (Réglages › Données, ou « python "
        "main.py restore FICHIER ») : la base actuelle est d'abord gardée dans le dossier des sauvegardes.",
        "The database is damaged. Restore a backup (Réglages › Données, or « python main.py restore FILE »): "
        "the current database is first kept in the backups folder.",
    ),
    "database_empty_file": (
        "Le fichier de la base de données (comptoir.sqlite3, dans le dossier des données) est vide : la base "
        "a été perdue ou mal copiée. Comptoir ne la remplace pas par une base neuve. Comptoir fermé, remplacez "
        "ce fichier par la copie la plus récente de son dossier « backups » ; s'il n'y en a aucune et que "
        "Comptoir n'a jamais servi dans ce dossier, supprimez ce fichier vide pour repartir de zéro.",
        "The database file (comptoir.sqlite3, in the data folder) is empty: the database was lost or badly "
        "copied. Comptoir does not replace it with a new one. With Comptoir closed, replace this file by the "
        "latest copy in its « backups » folder; if there is none and Comptoir was never used in this folder, "
        "delete this empty file to start afresh.",
    ),
    "database_url_invalid": (
        "L'adresse de la base de données (option --db ou variable COMPTOIR_DB) n'est pas utilisable. Comptoir "
        "accepte un fichier SQLite (sqlite:///chemin/comptoir.sqlite3) ou un serveur PostgreSQL "
        "(postgresql+psycopg://utilisateur@serveur/base).",
        "The database address (--db option or COMPTOIR_DB variable) cannot be used. Comptoir accepts a SQLite "
        "file (sqlite:///path/comptoir.sqlite3) or a PostgreSQL server "
        "(postgresql+psycopg://user@server/database).",
    ),
    "database_unavailable": (
        "Impossible d'ouvrir la base de données. Vérifiez le dossier de données ou l'adresse du serveur.",
        "Cannot open the database. Check the data folder or the server address.",
    ),
    "storage_error": (
        "La base de données a renvoyé une erreur. Réessayez ; si cela persiste, contactez le support.",
        "The database returned an error. Try again; if it persists, contact support.",
    ),
    "duplicate": (
        "Cet enregistrement existe déjà.",
        "This record already exists.",
    ),
    "not_found": (
        "Cet élément n'existe plus (il a peut-être été supprimé depuis un autre poste).",
        "This item no longer exists (it may have been deleted from another desk).",
    ),
}
