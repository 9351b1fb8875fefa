"""Texts for SMS provider accounts and the keyring that holds their secrets (services/accounts.py,
providers/credentials.py). Sender codes are in ``compliance``."""

_LINUX_KEYRING_FR = (
    "Sous Linux, installez et ouvrez le gestionnaire de mots de passe de votre bureau : « Trousseau de "
    "clés » sous GNOME, « Portefeuille » sous KDE, ou KeePassXC avec son intégration au bureau activée. "
    "Sous Windows et macOS, le trousseau du système est utilisé automatiquement."
)
_LINUX_KEYRING_EN = (
    "On Linux, install and open your desktop's password manager: “Keyring” on GNOME, “Wallet” on KDE, or "
    "KeePassXC with its desktop integration enabled. On Windows and macOS the system keyring is used "
    "automatically."
)

TEXTS = {
    "account_test_unreachable": (
        "{provider} n'a pas pu être joint : vérifiez la connexion Internet (et, dans « Avancé », l'adresse du "
        "serveur), puis relancez le test.",
        "{provider} could not be reached: check the Internet connection (and, under « Advanced », the server "
        "address), then run the test again.",
    ),
    "account_test_unavailable": (
        "{provider} ne répond pas correctement pour l'instant (panne passagère ou trop de demandes). Relancez "
        "le test dans un moment.",
        "{provider} is not answering properly right now (a passing outage or too many requests). Run the test "
        "again in a moment.",
    ),
    "account_not_found": (
        "Aucun compte SMS nommé « {name} ». La commande « account list » affiche les comptes configurés.",
        "No SMS account named “{name}”. The “account list” command shows the configured accounts.",
    ),
    "account_name_empty": (
        "Donnez un nom à ce compte SMS (par exemple « Twilio boutique »).",
        "Give this SMS account a name (for example “Shop Twilio”).",
    ),
    "account_name_too_long": (
        "Le nom du compte SMS est trop long : {max} caractères au plus.",
        "The SMS account name is too long: {max} characters at most.",
    ),
    "account_name_taken": (
        "Un compte SMS nommé « {name} » existe déjà. Choisissez un autre nom.",
        "An SMS account named “{name}” already exists. Choose another name.",
    ),
    "account_unknown_provider": (
        "Fournisseur SMS inconnu : « {provider} ». Fournisseurs possibles : {choices}.",
        "Unknown SMS provider: “{provider}”. Available providers: {choices}.",
    ),
    "account_field_missing": (
        "Champ obligatoire manquant pour {provider} : {field}.",
        "Required field missing for {provider}: {field}.",
    ),
    "account_secret_missing": (
        "Identifiant secret manquant pour {provider} : {field}. Le compte n'a pas été enregistré.",
        "Secret credential missing for {provider}: {field}. The account was not saved.",
    ),
    "account_secrets_missing": (
        "Les identifiants secrets du compte SMS « {name} » sont introuvables dans le trousseau de cet "
        "ordinateur (compte créé sur un autre poste ?). Saisissez-les à nouveau dans Réglages › Comptes SMS.",
        "The secret credentials of the SMS account “{name}” are not in this computer's keyring (account "
        "created on another desk?). Enter them again in Settings › SMS accounts.",
    ),
    "account_builtin": (
        "Le compte « {name} » est le simulateur intégré à Comptoir : il ne peut pas être supprimé.",
        "“{name}” is Comptoir's built-in simulator account: it cannot be removed.",
    ),
    "account_fallback_is_default": (
        "« {name} » est le compte par défaut : le compte de secours doit en être un autre.",
        "“{name}” is the default account: the fallback account must be another one.",
    ),
    "account_invalid_base_url": (
        "Adresse du serveur invalide : « {url} ». Elle doit commencer par https://.",
        "Invalid server address: “{url}”. It must start with https://.",
    ),
    "account_invalid_rate": (
        "Cadence d'envoi invalide ({rate}) : indiquez un nombre de SMS par seconde entre 0 et {max}.",
        "Invalid sending rate ({rate}): enter a number of SMS per second between 0 and {max}.",
    ),
    "account_invalid_price": (
        "Prix par SMS invalide ({price}) : indiquez un nombre de centimes positif ou nul.",
        "Invalid price per SMS ({price}): enter a number of cents, zero or more.",
    ),
    "keyring_unavailable": (
        "Aucun trousseau sécurisé n'est disponible pour garder les identifiants du compte SMS : le compte n'a "
        "pas été enregistré (Comptoir n'écrit jamais ces secrets en clair). " + _LINUX_KEYRING_FR,
        "No secure keyring is available to keep the SMS account's credentials: the account was not saved "
        "(Comptoir never writes these secrets in clear). " + _LINUX_KEYRING_EN,
    ),
    "keyring_unreadable": (
        "Impossible de lire les identifiants du compte SMS : aucun trousseau sécurisé n'est disponible. "
        + _LINUX_KEYRING_FR,
        "Cannot read the SMS account's credentials: no secure keyring is available. " + _LINUX_KEYRING_EN,
    ),
    "keyring_locked": (
        "Le trousseau du système est verrouillé : déverrouillez-le (mot de passe de votre session) puis "
        "réessayez. Rien n'a été modifié.",
        "The system keyring is locked: unlock it (your session password) and try again. Nothing was changed.",
    ),
}
