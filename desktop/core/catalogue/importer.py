"""Texts for importing and exporting client files (the phone and field codes are in ``clients``)."""

TEXTS = {
    # ------------------------------------------------------------------ the file itself
    "import_file_not_found": (
        "Le fichier « {name} » est introuvable. Il a peut-être été déplacé ou renommé.",
        "The file “{name}” cannot be found. It may have been moved or renamed.",
    ),
    "import_file_is_folder": (
        "« {name} » est un dossier : choisissez le fichier des clients qu'il contient.",
        "“{name}” is a folder: choose the client file inside it.",
    ),
    "import_file_unreadable": (
        "Impossible de lire le fichier « {name} ». Vérifiez qu'il n'est pas ouvert dans un autre programme "
        "et que vous avez le droit de le lire.",
        "Cannot read the file “{name}”. Check that no other program holds it and that you may read it.",
    ),
    "import_file_empty": (
        "Le fichier « {name} » est vide : il n'y a rien à importer.",
        "The file “{name}” is empty: there is nothing to import.",
    ),
    "import_file_binary": (
        "« {name} » n'est ni un classeur (Excel, LibreOffice), ni un fichier CSV, ni une carte de visite "
        "(vCard). Enregistrez votre liste au format .xlsx ou .csv puis réessayez.",
        "“{name}” is neither a workbook (Excel, LibreOffice), a CSV file nor a vCard. Save your list as "
        ".xlsx or .csv and try again.",
    ),
    "import_file_truncated": (
        "Le classeur « {name} » est incomplet ou abîmé (copie interrompue ?). Ouvrez-le dans Excel ou "
        "LibreOffice, enregistrez-le à nouveau, puis réessayez.",
        "The workbook “{name}” is incomplete or damaged (interrupted copy?). Open it in Excel or "
        "LibreOffice, save it again, then try again.",
    ),
    "import_file_damaged": (
        "Le fichier « {name} » est abîmé et ne peut pas être lu entièrement. Ouvrez-le dans Excel ou "
        "LibreOffice, enregistrez-le à nouveau, puis réessayez.",
        "The file “{name}” is damaged and cannot be read entirely. Open it in Excel or LibreOffice, save it "
        "again, then try again.",
    ),
    "import_file_password_protected": (
        "Le classeur « {name} » est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, "
        "enregistrez-en une copie sans mot de passe, puis importez cette copie.",
        "The workbook “{name}” is password-protected. Open it in Excel or LibreOffice, save a copy without "
        "a password, then import that copy.",
    ),
    "import_file_not_spreadsheet": (
        "« {name} » n'est pas un tableur (c'est peut-être un document texte ou une archive). Choisissez le "
        "fichier de votre liste de clients (.xlsx, .ods, .csv…).",
        "“{name}” is not a spreadsheet (it may be a text document or an archive). Choose the file of your "
        "client list (.xlsx, .ods, .csv…).",
    ),
    "import_file_too_large": (
        "Le classeur « {name} » contient bien plus de données qu'une liste de clients ({size} Mo une fois "
        "décompressé ; Comptoir en lit au plus {limit} Mo). Vérifiez que c'est le bon fichier ; sinon, "
        "supprimez-en les feuilles et colonnes inutiles, ou enregistrez la liste au format CSV, puis réessayez.",
        "The workbook “{name}” holds far more data than a client list ({size} MB once unzipped; Comptoir "
        "reads at most {limit} MB). Check it is the right file; otherwise delete its unused sheets and "
        "columns, or save the list as CSV, then try again.",
    ),
    "import_file_too_complex": (
        "Le classeur « {name} » demande trop de mémoire pour être lu (plus de {limit} Mo) : il contient "
        "bien plus qu'une liste de clients (une cellule tout au bout de la feuille, un texte répété des "
        "milliers de fois…) ou il est abîmé. Copiez vos clients dans un nouveau classeur, ou enregistrez-les "
        "au format CSV, puis réessayez.",
        "The workbook “{name}” needs too much memory to be read (over {limit} MB): it holds far more than a "
        "client list (a cell at the far end of the sheet, a text repeated thousands of times…) or it is "
        "damaged. Copy your clients into a new workbook, or save them as CSV, then try again.",
    ),
    "import_cell_too_long": (
        "Cellule trop longue, ligne {row}, colonne {column} : une cellule peut contenir au plus {limit} "
        "caractères. Raccourcissez-la (ou videz-la) dans le fichier, puis réessayez.",
        "Cell too long, row {row}, column {column}: a cell may hold at most {limit} characters. Shorten (or "
        "empty) it in the file, then try again.",
    ),
    "import_line_too_long": (
        "Ligne {row} trop longue (plus de {limit} caractères) : ce n'est pas une ligne de liste de clients. "
        "Vérifiez le fichier (ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau), puis "
        "réessayez.",
        "Row {row} too long (more than {limit} characters): that is no row of a client list. Check the file "
        "(open it in Excel or LibreOffice and save it again), then try again.",
    ),
    "import_file_nul": (
        "Le fichier « {name} » contient, ligne {row}, un caractère qu'aucun fichier texte ne contient (caractère "
        "nul) : il est abîmé, ou ce n'est pas un export CSV. Ouvrez-le dans Excel ou LibreOffice, "
        "enregistrez-le à nouveau au format CSV, puis réessayez.",
        "The file “{name}” holds, on row {row}, a character no text file holds (NUL character): it is "
        "damaged, or it is not a CSV export. Open it in Excel or LibreOffice, save it again as CSV, then try "
        "again.",
    ),
    "import_format_mismatch": (
        "Ce fichier porte l'extension « {extension} » mais son contenu est au format {kind} : il a été lu "
        "comme tel.",
        "This file is named “{extension}” but its content is {kind}: it was read as such.",
    ),
    "import_sheet_not_found": (
        "La feuille « {sheet} » n'existe pas dans ce classeur. Feuilles disponibles : {sheets}.",
        "There is no sheet “{sheet}” in this workbook. Available sheets: {sheets}.",
    ),
    "import_sheet_empty": (
        "Ce classeur ne contient aucune feuille de données.",
        "This workbook holds no data sheet.",
    ),
    "import_too_many_columns": (
        "La feuille « {sheet} » a {count} colonnes ; Comptoir en lit au plus {limit}. Supprimez les "
        "colonnes inutiles (ou copiez vos clients dans une nouvelle feuille), puis réessayez.",
        "The sheet “{sheet}” has {count} columns; Comptoir reads at most {limit}. Delete the unused columns "
        "(or copy your clients into a new sheet), then try again.",
    ),
    "import_no_columns_mapped": (
        "Aucune colonne de la feuille « {sheet} » n'a été reconnue (nom, prénom, portable…). Indiquez "
        "quelle colonne contient quoi dans l'assistant d'import, ou ajoutez une ligne de titres.",
        "No column of the sheet “{sheet}” was recognised (name, first name, mobile…). Say which column "
        "holds what in the import assistant, or add a header row.",
    ),
    # ------------------------------------------------------------------ rows
    "import_phone_scientific": (
        "Numéro abîmé par Excel (affiché en notation scientifique, des chiffres sont perdus). Dans le "
        "classeur, mettez la colonne au format Texte et ressaisissez le numéro.",
        "Number damaged by Excel (shown in scientific notation, digits are lost). Format the column as Text "
        "in the workbook and type the number again.",
    ),
    "import_landline_moved": (
        "Numéro de fixe dans la colonne du portable : il a été enregistré comme « autre téléphone » ; le "
        "client n'a pas de portable pour les SMS.",
        "Landline number in the mobile column: it was saved as “other phone”; the client has no mobile for "
        "SMS.",
    ),
    "import_landline_ignored": (
        "Numéro de fixe dans la colonne du portable, et un autre téléphone est déjà indiqué : ce fixe n'a "
        "pas été enregistré.",
        "Landline number in the mobile column while another phone is already given: this landline was not "
        "saved.",
    ),
    "import_number_with_note": (
        "Le numéro était accompagné d'un texte : « {note} » a été mis dans les notes du client.",
        "The number came with some text: “{note}” was put in the client's notes.",
    ),
    "import_several_numbers": (
        "Plusieurs numéros dans la même case : le portable a été retenu, l'autre numéro est devenu "
        "« autre téléphone ».",
        "Several numbers in one cell: the mobile was kept, the other number became “other phone”.",
    ),
    "import_invalid_date": (
        "Date non reconnue (attendu : jj/mm/aaaa) : elle n'a pas été importée.",
        "Date not recognised (expected: dd/mm/yyyy): it was not imported.",
    ),
    "import_consent_unrecognised": (
        "Réponse de consentement non reconnue (attendu : oui / non) : le client n'a pas le consentement "
        "promotionnel.",
        "Consent answer not recognised (expected: yes / no): the client has no promotional consent.",
    ),
    "import_consent_suppressed": (
        "Ce numéro a demandé à ne plus recevoir de SMS promotionnels (liste d'opposition) : le "
        "consentement indiqué dans le fichier est ignoré.",
        "This number asked to receive no more promotional SMS (suppression list): the consent given in the "
        "file is ignored.",
    ),
    "import_email_dropped": (
        "Adresse e-mail non valide : elle n'a pas été importée (le client, si).",
        "Invalid e-mail address: it was not imported (the client was).",
    ),
    "import_other_phone_dropped": (
        "Autre téléphone non valide : il n'a pas été importé (le client, si).",
        "Invalid other phone: it was not imported (the client was).",
    ),
    "import_postal_code_dropped": (
        "Code postal non valide (5 chiffres attendus) : il n'a pas été importé (le client, si).",
        "Invalid postal code (5 digits expected): it was not imported (the client was).",
    ),
    "import_tags_dropped": (
        "Étiquettes non valides (50 caractères au plus chacune) : elles n'ont pas été importées.",
        "Invalid tags (50 characters at most each): they were not imported.",
    ),
    "import_value_truncated": (
        "Valeur trop longue : elle a été raccourcie.",
        "Value too long: it was shortened.",
    ),
    "import_duplicate_in_file": (
        "Doublon : la ligne {first_row} du fichier contient déjà ce client. Ligne ignorée.",
        "Duplicate: row {first_row} of the file already holds this client. Row skipped.",
    ),
    "import_already_exists": (
        "Ce client existe déjà dans Comptoir : rien n'a été modifié.",
        "This client already exists in Comptoir: nothing was changed.",
    ),
    "import_cancelled": (
        "Import annulé : seuls les lots déjà enregistrés ont été importés (voir le rapport).",
        "Import cancelled: only the batches already saved were imported (see the report).",
    ),
    # ------------------------------------------------------------------ export
    "export_unsupported_format": (
        "Format d'export non pris en charge « {extension} » : choisissez un nom de fichier en .xlsx ou .csv.",
        "Unsupported export format “{extension}”: choose a file name ending in .xlsx or .csv.",
    ),
    "export_write_failed": (
        "Impossible d'écrire « {name} ». Le fichier est peut-être ouvert dans Excel, ou le dossier est en "
        "lecture seule, ou le disque est plein.",
        "Cannot write “{name}”. The file may be open in Excel, or the folder is read-only, or the disk is "
        "full.",
    ),
    "export_unknown_table": (
        "Rien à exporter sous le nom « {table} » : choisissez clients ou messages.",
        "Nothing to export under the name “{table}”: choose clients or messages.",
    ),
    # ------------------------------------------------------------------ export column names
    # Client columns use names the import recognises, so an export can be imported again.
    "export_col_civility": ("Civilité", "Title"),
    "export_col_first_name": ("Prénom", "First name"),
    "export_col_last_name": ("Nom", "Last name"),
    "export_col_mobile": ("Portable", "Mobile"),
    "export_col_other_phone": ("Téléphone fixe", "Other phone"),
    "export_col_email": ("E-mail", "E-mail"),
    "export_col_address": ("Adresse", "Address"),
    "export_col_postal_code": ("Code postal", "Postal code"),
    "export_col_city": ("Ville", "City"),
    "export_col_birthday": ("Date de naissance", "Birthday"),
    "export_col_tags": ("Étiquettes", "Tags"),
    "export_col_notes": ("Notes", "Notes"),
    "export_col_promotional_consent": ("Consentement SMS", "SMS consent"),
    "export_col_transactional_consent": ("Messages de service", "Service messages"),
    "export_col_created_at": ("Créé le", "Created"),
    "export_col_updated_at": ("Modifié le", "Updated"),
    "export_col_id": ("N°", "No."),
    "export_col_client": ("Client", "Client"),
    "export_col_to": ("Numéro", "Number"),
    "export_col_purpose": ("Type", "Purpose"),
    "export_col_status": ("Statut", "Status"),
    "export_col_segments": ("SMS", "Segments"),
    "export_col_cost": ("Coût (€)", "Cost (€)"),
    "export_col_sent_at": ("Envoyé le", "Sent"),
    "export_col_error_code": ("Erreur", "Error"),
    "export_col_body": ("Texte", "Text"),
    "export_col_sheet_clients": ("Clients", "Clients"),
    "export_col_sheet_messages": ("Messages", "Messages"),
    "export_col_sheet_report": ("Rapport d'import", "Import report"),
    "export_col_report_row": ("Ligne", "Row"),
    "export_col_report_column": ("Colonne", "Column"),
    "export_col_report_kind": ("Type", "Kind"),
    "export_col_report_reason": ("Détail", "Detail"),
    "export_col_report_value": ("Valeur du fichier", "Value in the file"),
    "export_col_report_file": ("Fichier", "File"),
    "export_col_report_imported": ("Clients importés", "Clients imported"),
    "export_col_report_updated": ("Clients mis à jour", "Clients updated"),
    "export_col_report_skipped": ("Doublons ignorés", "Duplicates skipped"),
    "export_col_report_rejected": ("Lignes refusées", "Rows rejected"),
    "export_col_report_stopped": ("Import interrompu", "Import stopped"),
    "export_kind_error": ("Refusée", "Rejected"),
    "export_kind_warning": ("Avertissement", "Warning"),
    "export_kind_duplicate": ("Doublon", "Duplicate"),
    "export_purpose_transactional": ("Service", "Transactional"),
    "export_purpose_promotional": ("Promotion", "Promotional"),
    "export_purpose_survey": ("Enquête", "Survey"),
}
