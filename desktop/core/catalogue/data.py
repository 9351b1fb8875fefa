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
    "size_kb": ("{n} Ko", "{n} KB"),
    "size_mb": ("{n} Mo", "{n} MB"),
    "restore_latest_hint": (
        "Dernière sauvegarde utilisable : {when} ({clients} clients). Pour la restaurer : {command}",
        "Latest usable backup: {when} ({clients} clients). To restore it: {command}",
    ),
    "use_local_hint": (
        "Pour travailler sur la base de cet ordinateur en attendant : python main.py database use-local",
        "To work on this computer's database meanwhile: python main.py database use-local",
    ),
    "restored_unverified": (
        "Sauvegarde restaurée : Comptoir vérifie auprès du fournisseur si ce SMS était déjà parti avant de "
        "l'envoyer.",
        "Backup restored: Comptoir checks with the provider whether this SMS had already left before sending "
        "it.",
    ),
    # ---- the daily upkeep
    "daily_backup_failed": (
        "La sauvegarde automatique n'a pas pu être écrite (dossier des sauvegardes absent, plein ou en "
        "lecture seule ?). Vérifiez-le dans Réglages › Données ; Comptoir réessaiera dans une heure.",
        "The automatic backup could not be written (backups folder missing, full or read-only?). Check it "
        "in Réglages › Données; Comptoir will try again in an hour.",
    ),
    "backup_failed": (
        "La sauvegarde n'a pas pu être écrite dans « {folder} » (dossier absent, plein ou en lecture "
        "seule ?). Vérifiez ce dossier dans Réglages › Données, puis recommencez.",
        "The backup could not be written to « {folder} » (folder missing, full or read-only?). Check this "
        "folder in Réglages › Données, then try again.",
    ),
    # ---- privacy: erasure
    "erase_message_in_flight": (
        "Un SMS à ce client est en cours d'envoi ou attend d'être vérifié auprès du fournisseur : attendez "
        "qu'il soit réglé (écran Messages), puis recommencez. Rien n'a été effacé.",
        "An SMS to this client is being sent or awaits verification with the provider: wait until it is "
        "settled (Messages screen), then try again. Nothing was erased.",
    ),
    "erase_needs_confirmation": (
        "L'effacement est définitif : ajoutez --yes pour confirmer.",
        "Erasing cannot be undone: add --yes to confirm.",
    ),
    # ---- privacy: a client's export
    "privacy_sheet_client": ("Fiche", "Client"),
    "privacy_sheet_consent": ("Consentements", "Consent"),
    "privacy_sheet_messages": ("SMS envoyés", "SMS sent"),
    "privacy_sheet_replies": ("Réponses reçues", "Replies received"),
    "privacy_sheet_appointments": ("Rendez-vous", "Appointments"),
    "privacy_sheet_orders": ("Commandes", "Orders"),
    "privacy_sheet_notices": ("Rappels et avis", "Reminders and notices"),
    "privacy_col_place": ("Lieu", "Place"),
    "privacy_col_due": ("Prévu le", "Due"),
    "privacy_col_notice": ("Message", "Message"),
    "privacy_col_template": ("Modèle", "Template"),
    "privacy_appointment_planned": ("prévu", "planned"),
    "privacy_appointment_confirmed": ("confirmé", "confirmed"),
    "privacy_appointment_cancelled": ("annulé", "cancelled"),
    "privacy_appointment_done": ("honoré", "done"),
    "privacy_appointment_no_show": ("absent", "no-show"),
    "privacy_order_in_progress": ("en cours", "in progress"),
    "privacy_order_ready": ("prête", "ready"),
    "privacy_order_collected": ("retirée", "collected"),
    "privacy_order_cancelled": ("annulée", "cancelled"),
    "privacy_notice_day_before": ("rappel de rendez-vous", "appointment reminder"),
    "privacy_notice_morning_of": ("rappel du matin", "morning reminder"),
    "privacy_notice_confirmation": ("confirmation de rendez-vous", "appointment confirmation"),
    "privacy_notice_ready": ("commande prête", "order ready"),
    "privacy_notice_pickup": ("rappel de retrait", "pickup reminder"),
    "privacy_notice_survey": ("enquête de satisfaction", "satisfaction survey"),
    "privacy_notice_on_the_way": ("technicien en route", "technician on the way"),
    "privacy_notice_delay": ("retard", "delay"),
    "privacy_notice_quote_date": ("date du devis", "quote date"),
    "privacy_notice_status_planned": ("prévu", "planned"),
    "privacy_notice_status_queued": ("envoyé à la file", "queued"),
    "privacy_notice_status_blocked": ("bloqué", "blocked"),
    "privacy_notice_status_cancelled": ("annulé", "cancelled"),
    "privacy_notice_status_skipped": ("abandonné", "skipped"),
    "privacy_sheet_register": ("Registre des consentements", "Consent register"),
    "privacy_col_field": ("Donnée", "Field"),
    "privacy_col_value": ("Valeur", "Value"),
    "privacy_col_at": ("Date", "Date"),
    "privacy_col_client": ("Client", "Client"),
    "privacy_col_purpose": ("Pour", "For"),
    "privacy_col_state": ("Accord", "Consent"),
    "privacy_col_source": ("Recueilli par", "Collected through"),
    "privacy_col_wording": ("Texte montré", "Wording shown"),
    "privacy_col_by": ("Enregistré par", "Recorded by"),
    "privacy_col_to": ("Numéro", "Number"),
    "privacy_col_from": ("Numéro", "Number"),
    "privacy_col_text": ("Texte", "Text"),
    "privacy_col_status": ("Statut", "Status"),
    "privacy_col_segments": ("SMS", "Segments"),
    "privacy_col_cost": ("Coût (€)", "Cost (€)"),
    "privacy_col_sent_at": ("Envoyé le", "Sent"),
    "privacy_col_start": ("Début", "Start"),
    "privacy_col_end": ("Fin", "End"),
    "privacy_col_with": ("Avec", "With"),
    "privacy_col_kind": ("Type", "Kind"),
    "privacy_col_reason": ("Motif", "Reason"),
    "privacy_col_label": ("Commande", "Order"),
    "privacy_col_amount": ("Montant (€)", "Amount (€)"),
    "privacy_col_ready_at": ("Prête le", "Ready"),
    "privacy_col_collected_at": ("Retirée le", "Collected"),
    "privacy_field_id": ("N° de fiche", "Client no."),
    "privacy_field_civility": ("Civilité", "Title"),
    "privacy_field_first_name": ("Prénom", "First name"),
    "privacy_field_last_name": ("Nom", "Last name"),
    "privacy_field_mobile": ("Portable", "Mobile"),
    "privacy_field_other_phone": ("Autre téléphone", "Other phone"),
    "privacy_field_email": ("E-mail", "E-mail"),
    "privacy_field_address": ("Adresse", "Address"),
    "privacy_field_postal_code": ("Code postal", "Postal code"),
    "privacy_field_city": ("Ville", "City"),
    "privacy_field_birthday": ("Date de naissance", "Birthday"),
    "privacy_field_tags": ("Étiquettes", "Tags"),
    "privacy_field_notes": ("Notes", "Notes"),
    "privacy_field_language": ("Langue", "Language"),
    "privacy_field_region": ("Région du numéro", "Number's region"),
    "privacy_field_promotional_consent": ("Accord pour les promotions", "Consent to promotions"),
    "privacy_field_transactional_consent": (
        "Accord pour les messages de service",
        "Consent to service messages",
    ),
    "privacy_field_number_status": ("État du numéro", "Number status"),
    "privacy_field_last_visit": ("Dernière visite", "Last visit"),
    "privacy_field_created_at": ("Fiche créée le", "Created"),
    "privacy_field_updated_at": ("Fiche modifiée le", "Updated"),
    "privacy_field_suppression": ("Liste d'opposition", "Suppression list"),
    "privacy_scope_promotional": ("promotions", "promotions"),
    "privacy_scope_all": ("tous les SMS", "every SMS"),
    "privacy_scope_reminders": ("rappels", "reminders"),
    "privacy_number_ok": ("valide", "valid"),
    "privacy_number_invalid": ("invalide", "invalid"),
    "privacy_number_unreachable": ("injoignable", "unreachable"),
    "privacy_erased_client": ("(client effacé)", "(erased client)"),
    "privacy_erasure": ("effacement des données", "data erased"),
    "consent_state_granted": ("Accepté", "Granted"),
    "consent_state_withdrawn": ("Refusé", "Withdrawn"),
    "consent_state_unknown": ("Inconnu", "Unknown"),
    "consent_purpose_promotional": ("Promotions", "Promotions"),
    "consent_purpose_transactional": ("Messages de service", "Service messages"),
    "consent_source_form": ("Formulaire", "Form"),
    "consent_source_paper": ("Papier signé", "Signed paper"),
    "consent_source_import": ("Import de fichier", "File import"),
    "consent_source_sms_reply": ("Réponse par SMS", "SMS reply"),
    "consent_source_user": ("Saisie au comptoir", "Entered at the desk"),
    "consent_source_provider": ("Fournisseur SMS", "SMS provider"),
    # ---- several desks: the database server
    "server_unreachable": (
        "Le serveur de base de données ne répond pas. Vérifiez son adresse et son port, qu'il est allumé "
        "et que ce poste est bien sur le même réseau, puis réessayez.",
        "The database server does not answer. Check its address and port, that it is on and that this desk "
        "is on the same network, then try again.",
    ),
    "server_auth_failed": (
        "Le serveur refuse la connexion : l'utilisateur ou le mot de passe est incorrect. Vérifiez-les (le "
        "mot de passe est gardé dans le trousseau du système).",
        "The server refuses the connection: the user or the password is wrong. Check them (the password is "
        "kept in the system keyring).",
    ),
    "server_database_missing": (
        "Le serveur ne connaît pas cette base de données : vérifiez son nom, ou créez-la sur le serveur "
        "(CREATE DATABASE), puis réessayez.",
        "The server has no database of that name: check the name, or create it on the server (CREATE "
        "DATABASE), then try again.",
    ),
    "server_foreign_database": (
        "Cette base du serveur contient déjà les tables d'un autre programme : choisissez une base vide ou "
        "celle de Comptoir.",
        "This database on the server already holds another program's tables: choose an empty one or "
        "Comptoir's.",
    ),
    "server_address_incomplete": (
        "Adresse du serveur incomplète ou incorrecte (champ « {field} ») : indiquez le serveur, le port, le "
        "nom de la base et l'utilisateur.",
        "Incomplete or wrong server address (field « {field} »): give the server, the port, the database "
        "name and the user.",
    ),
    "database_choice_imposed": (
        "L'adresse de la base est imposée au démarrage (option --db ou variable COMPTOIR_DB) : retirez-la "
        "pour choisir la base ici.",
        "The database address is imposed at start-up (--db option or COMPTOIR_DB variable): remove it to "
        "choose the database here.",
    ),
    "database_choice_unreadable": (
        "Le fichier database.json du dossier des données (le choix du serveur de base de données) est "
        "illisible : supprimez-le pour revenir à la base de cet ordinateur, puis choisissez à nouveau le "
        "serveur dans Réglages › Données.",
        "The file database.json of the data folder (the choice of database server) cannot be read: delete "
        "it to go back to this computer's database, then choose the server again in Réglages › Données.",
    ),
    "database_keyring_unavailable": (
        "Aucun trousseau sécurisé n'est disponible pour garder le mot de passe du serveur : rien n'a été "
        "changé (Comptoir n'écrit jamais ce mot de passe en clair).",
        "No secure keyring is available to keep the server's password: nothing was changed (Comptoir never "
        "writes this password in clear).",
    ),
}
