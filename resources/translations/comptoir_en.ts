<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="67"/>
        <source>Nouveau compte SMS</source>
        <translation>New SMS account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="67"/>
        <source>Modifier le compte SMS</source>
        <translation>Edit SMS account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="72"/>
        <source>Fournisseur SMS</source>
        <translation>SMS provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="77"/>
        <source>Nom du compte</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="79"/>
        <source>Expéditeur du compte</source>
        <translation>Account sender name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="85"/>
        <source>Prix par SMS</source>
        <translation>Price per SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="89"/>
        <source>&amp;Fournisseur</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="92"/>
        <source>&amp;Nom du compte</source>
        <translation>Account &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="93"/>
        <source>E&amp;xpéditeur</source>
        <translation>Sen&amp;der</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="98"/>
        <source>Vide : l&apos;expéditeur configuré chez le fournisseur.</source>
        <translation>Empty: the sender set up with the provider.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="104"/>
        <source>&amp;Prix par SMS</source>
        <translation>P&amp;rice per SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="108"/>
        <source>Prix d&apos;un SMS (d&apos;un segment) chez ce fournisseur : sert aux estimations de coût.</source>
        <translation>Price of one SMS (one segment) with this provider, used for cost estimates.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="113"/>
        <source>&amp;Avancé</source>
        <translation>&amp;Advanced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="121"/>
        <source>Adresse de l&apos;API</source>
        <translation>API address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="125"/>
        <source> SMS/s</source>
        <translation> SMS/s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="126"/>
        <source>Cadence d&apos;envoi</source>
        <translation>Sending rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="129"/>
        <source>par exemple STOP au 36180</source>
        <translation>e.g. STOP au 36180</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="130"/>
        <source>Mention STOP</source>
        <translation>STOP notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="131"/>
        <source>Adresse de l&apos;AP&amp;I</source>
        <translation>AP&amp;I address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="132"/>
        <source>&amp;Cadence d&apos;envoi</source>
        <translation>S&amp;ending rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="133"/>
        <source>Mention ST&amp;OP</source>
        <translation>ST&amp;OP notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="137"/>
        <source>Ajoutée à la fin des promotions (numéro court fourni par votre fournisseur).</source>
        <translation>Added at the end of promotions (short number supplied by your provider).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="143"/>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="158"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="159"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="207"/>
        <source>aucune (pas de réseau)</source>
        <translation>none (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="227"/>
        <source>Le nom d&apos;un compte ne change pas : créez-en un autre au besoin.</source>
        <translation>An account&apos;s name cannot be changed: create another account if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/account_dialog.py" line="279"/>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="28"/>
        <source>crédits</source>
        <translation>credits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="39"/>
        <source>Le fournisseur répond, mais ce compte n&apos;est pas actif</source>
        <translation>The provider responds, but this account is not active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="41"/>
        <source>Connexion réussie.</source>
        <translation>Connection successful.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="44"/>
        <source>Solde : %s.</source>
        <translation>Balance: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="48"/>
        <source>Plus de crédit : rechargez le compte chez le fournisseur.</source>
        <translation>No credit left: top up the account with the provider.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="95"/>
        <source>Simulateur intégré : aucun SMS réel ne part. Il ne peut pas être supprimé.</source>
        <translation>Built-in simulator: no real SMS is sent. It cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="72"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="73"/>
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="74"/>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="75"/>
        <source>Par défaut</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="76"/>
        <source>Secours</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="106"/>
        <source>(celui du fournisseur)</source>
        <translation>(provider&apos;s own)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="108"/>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="110"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="78"/>
        <source>Prix par SMS</source>
        <translation>Price per SMS</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="149"/>
        <source>Comptes SMS</source>
        <translation>SMS accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="150"/>
        <source>&amp;Ajouter…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="151"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="152"/>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="153"/>
        <source>Définir par &amp;défaut</source>
        <translation>Set as &amp;default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="154"/>
        <source>&amp;Secours</source>
        <translation>&amp;Fallback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="156"/>
        <source>Le compte de secours prend le relais quand le compte par défaut échoue plusieurs fois.</source>
        <translation>The fallback account takes over when the default account fails several times.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="158"/>
        <source>S&amp;upprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="186"/>
        <source>Les changements de comptes s&apos;appliquent tout de suite. Les identifiants secrets sont gardés dans le trousseau sécurisé de cet ordinateur, jamais dans la base de données. Le prix par SMS sert aux estimations de coût avant l&apos;envoi.</source>
        <translation>Account changes apply immediately. Secret credentials are kept in this computer&apos;s secure keychain, never in the database. The price per SMS is used for cost estimates before sending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="230"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : le simulateur fonctionne, mais un compte SMS réel ne peut pas être enregistré (Comptoir n&apos;écrit jamais ses identifiants en clair). Sous Linux, installez et ouvrez GNOME Keyring, KWallet ou KeePassXC (intégration Secret Service), puis rouvrez ces réglages.</source>
        <translation>No secure keychain is available on this computer: the simulator works, but a real SMS account cannot be saved (Comptoir never stores credentials in plain text). On Linux, install and open GNOME Keyring, KWallet or KeePassXC (Secret Service integration), then reopen these settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="263"/>
        <source>Retirer le &amp;secours</source>
        <translation>Remove &amp;fallback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="263"/>
        <source>Compte de &amp;secours</source>
        <translation>&amp;Fallback account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="275"/>
        <source>Compte « %s » ajouté.</source>
        <translation>Account “%s” added.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="284"/>
        <source>Compte « %s » enregistré.</source>
        <translation>Account “%s” saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="291"/>
        <source>Test de « %s » en cours…</source>
        <translation>Testing “%s”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="310"/>
        <source>« %s » est le compte par défaut.</source>
        <translation>“%s” is the default account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="319"/>
        <source>Plus de compte de secours.</source>
        <translation>No fallback account any more.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="322"/>
        <source>« %s » est le compte de secours.</source>
        <translation>“%s” is the fallback account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="331"/>
        <source>Supprimer le compte SMS</source>
        <translation>Delete SMS account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="333"/>
        <source>Supprimer le compte « %s » ? Ses identifiants seront effacés du trousseau ; les messages déjà envoyés restent dans l&apos;historique.</source>
        <translation>Delete the account “%s”? Its credentials will be erased from the keychain; messages already sent stay in the history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_accounts.py" line="342"/>
        <source>Compte « %s » supprimé.</source>
        <translation>Account “%s” deleted.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="135"/>
        <source>Où est votre commerce ?</source>
        <translation>Where is your business?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="136"/>
        <source>La zone fixe les jours fériés et le fuseau horaire des envois.</source>
        <translation>The area sets the public holidays and the time zone for sending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="143"/>
        <source>&amp;Zone</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="154"/>
        <source>Fuseau horaire %s ; jours fériés de cette zone.</source>
        <translation>Time zone %s; public holidays of this area.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="70"/>
        <source>Votre commerce</source>
        <translation>Your business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="71"/>
        <source>Le nom est repris dans vos SMS ; le reste peut attendre.</source>
        <translation>The name appears in your SMS; the rest can wait.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="83"/>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="111"/>
        <source>Du mardi au samedi, 9h30–12h30 et 14h–19h</source>
        <translation>Tuesday to Saturday, 9:30–12:30 and 14:00–19:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="85"/>
        <source>&amp;Nom du commerce *</source>
        <translation>Business na&amp;me *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="86"/>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="124"/>
        <source>A&amp;dresse</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="91"/>
        <source>Télép&amp;hone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="94"/>
        <source>Horaires d&apos;&amp;ouverture</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="112"/>
        <source>Horaires d&apos;ouverture</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="123"/>
        <source>&amp;Nom du commerce</source>
        <translation>Business &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="125"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="130"/>
        <source>&amp;Secteur</source>
        <translation>Business &amp;type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="133"/>
        <source>&amp;Horaires d&apos;ouverture</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="139"/>
        <source>&amp;Zone</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="142"/>
        <source>Lien d&apos;&amp;avis (Google…)</source>
        <translation>Re&amp;view link (Google…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="143"/>
        <source>Lien d&apos;en&amp;quête</source>
        <translation>Surve&amp;y link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="160"/>
        <source>(À l&apos;enregistrement, les modèles de ce métier qui manquent sont ajoutés ; les vôtres ne changent pas.)</source>
        <translation>(On saving, any missing templates for this trade are added; yours are left unchanged.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="168"/>
        <source>Fuseau horaire %s ; jours fériés de cette zone.</source>
        <translation>Time zone %s; public holidays of this area.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="84"/>
        <source>← &amp;Clients</source>
        <translation>← &amp;Clients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="85"/>
        <source>Retour à la liste des clients</source>
        <translation>Back to the client list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="88"/>
        <source>&amp;Envoyer un SMS</source>
        <translation>&amp;Send SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="89"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="90"/>
        <source>Enregistrer un c&amp;onsentement</source>
        <translation>Record co&amp;nsent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="91"/>
        <source>&amp;Désinscrire</source>
        <translation>Opt &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="93"/>
        <source>Le client ne recevra plus aucun SMS (promotions et messages pratiques).</source>
        <translation>The client will no longer receive any SMS (promotions or service messages).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="116"/>
        <source>Historique des consentements</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="127"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="128"/>
        <source>État du numéro</source>
        <translation>Number status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="129"/>
        <source>Autre téléphone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="130"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="131"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="132"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="133"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="137"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="140"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="141"/>
        <source>Messages de service</source>
        <translation>Service messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="150"/>
        <source>Consentement aux SMS</source>
        <translation>SMS consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="157"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="229"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="248"/>
        <source>Numéro invalide : les SMS ne partent plus vers ce numéro. Vérifiez-le.</source>
        <translation>Invalid number: SMS are no longer sent to this number. Please check it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="250"/>
        <source>Injoignable : les derniers SMS n&apos;ont pas été distribués.</source>
        <translation>Unreachable: the last SMS were not delivered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="267"/>
        <source>Ce client n&apos;a pas de numéro de portable.</source>
        <translation>This client has no mobile number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="336"/>
        <source>Désinscrire</source>
        <translation>Opt out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/client_card.py" line="338"/>
        <source>Désinscrire %1 ? Ce client ne recevra plus aucun SMS, ni promotion ni message pratique. Son numéro reste en liste d&apos;opposition, même si la fiche est supprimée.</source>
        <translation>Opt out %1? This client will no longer receive any SMS, neither promotions nor service messages. The number stays on the opt-out list, even if the client record is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="93"/>
        <source>Autorisé par défaut</source>
        <translation>Allowed by default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="88"/>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="90"/>
        <source>Refusé — aucun envoi</source>
        <translation>Declined — nothing is sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="92"/>
        <source>Inconnu — pas de promotion sans accord</source>
        <translation>Unknown — no promotions without consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="51"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="52"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="53"/>
        <source>Accord</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="54"/>
        <source>Recueilli par</source>
        <translation>Collected via</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="55"/>
        <source>Enregistré par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/consent_history.py" line="56"/>
        <source>Texte montré</source>
        <translation>Wording shown</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="35"/>
        <source>Nouveau client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="35"/>
        <source>Modifier le client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="53"/>
        <source>Connue</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="61"/>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="66"/>
        <source>&amp;Civilité</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="67"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="68"/>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="69"/>
        <source>Por&amp;table</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="70"/>
        <source>A&amp;utre téléphone</source>
        <translation>&amp;Other phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="71"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="72"/>
        <source>A&amp;dresse</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="73"/>
        <source>Code p&amp;ostal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="74"/>
        <source>&amp;Ville</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="78"/>
        <source>Date de &amp;naissance</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="81"/>
        <source>Éti&amp;quettes</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="82"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="92"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="93"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="50"/>
        <source>&amp;Importer un fichier…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="52"/>
        <source>Importer des clients depuis Excel, LibreOffice, un CSV ou des fiches contact (vCard)</source>
        <translation>Import clients from Excel, LibreOffice, a CSV file or contact cards (vCard)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="54"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="55"/>
        <source>Télécharger le &amp;modèle</source>
        <translation>Download the &amp;template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="56"/>
        <source>Un fichier Excel avec les colonnes attendues et un exemple</source>
        <translation>An Excel file with the expected columns and an example</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="102"/>
        <source>Importer des clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="104"/>
        <source>Fichiers de clients (%1)</source>
        <translation>Client files (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="112"/>
        <source>Exporter les clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="112"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="119"/>
        <source>Enregistrer le modèle d&apos;import</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="119"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_area.py" line="135"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="40"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="41"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="42"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="43"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="44"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="45"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="145"/>
        <source>Oui</source>
        <extracomment>The view asked for another order: the owner runs the query again in SQL (ClientSort, descending).</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="146"/>
        <source>Refusé</source>
        <translation>Declined</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="46"/>
        <source>Rechercher un nom, un numéro, un e-mail…</source>
        <translation>Search by name, number, email…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="48"/>
        <source>Recherche de clients</source>
        <translation>Client search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="50"/>
        <source>Filtre consentement</source>
        <translation>Consent filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="51"/>
        <source>Tous les clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="52"/>
        <source>Promotions acceptées</source>
        <translation>Promotions accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="53"/>
        <source>Promotions refusées</source>
        <translation>Promotions declined</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="54"/>
        <source>Consentement inconnu</source>
        <translation>Consent unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="56"/>
        <source>Filtre étiquette</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="57"/>
        <location filename="../../desktop/ui/views/clients_view.py" line="173"/>
        <source>Toutes les étiquettes</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="58"/>
        <source>&amp;Nouveau client</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="59"/>
        <source>Ajouter un client (Ctrl+N)</source>
        <translation>Add a client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="60"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="61"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="62"/>
        <source>&amp;Envoyer un SMS…</source>
        <translation>&amp;Send SMS…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="64"/>
        <source>Écrire un SMS aux clients sélectionnés (Ctrl+A : toute la liste)</source>
        <translation>Write an SMS to the selected clients (Ctrl+A: the whole list)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="82"/>
        <source>Liste des clients</source>
        <translation>Client list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/clients_view.py" line="159"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="227"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/clients_view.py" line="228"/>
        <source>Supprimer %n client(s) ? Leurs messages seront conservés sans leur nom.</source>
        <translation>
            <numerusform>Delete %n client? Their messages will be kept without their name.</numerusform>
            <numerusform>Delete %n clients? Their messages will be kept without their names.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="242"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>ComposeEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="34"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="37"/>
        <source>Bonjour {prenom}, …</source>
        <translation>Hello {prenom}, …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="38"/>
        <source>Texte du message</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="42"/>
        <source>Variables à insérer</source>
        <translation>Variables to insert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="44"/>
        <source>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</source>
        <translation>Click (or press Enter) to insert the variable at the cursor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="56"/>
        <source>Erreurs dans le message</source>
        <translation>Errors in the message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="58"/>
        <source>O&amp;ptimiser pour SMS</source>
        <translation>O&amp;ptimise for SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="61"/>
        <source>Remplacer les caractères qui font passer le SMS en Unicode (annulable avec Ctrl+Z).</source>
        <translation>Replace the characters that switch the SMS to Unicode (undo with Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="65"/>
        <source>Effet de l&apos;optimisation</source>
        <translation>Effect of the optimisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_editor.py" line="130"/>
        <source>Ce caractère fait passer le SMS en Unicode.</source>
        <translation>This character switches the SMS to Unicode.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="72"/>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="115"/>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="116"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="95"/>
        <source>Hors des heures d&apos;envoi : départ prévu %1 (%n message(s)).</source>
        <translation>
            <numerusform>Outside sending hours: will be sent %1 (%n message).</numerusform>
            <numerusform>Outside sending hours: will be sent %1 (%n messages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="77"/>
        <source>Ce client ne recevra pas ce message.</source>
        <translation>This client will not receive this message.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="101"/>
        <source>%n destinataire(s) hors des heures de politesse : « Envoyer au prochain créneau autorisé » attend le matin.</source>
        <translation>
            <numerusform>%n recipient outside courtesy hours: “Send at the next allowed time” waits until morning.</numerusform>
            <numerusform>%n recipients outside courtesy hours: “Send at the next allowed time” waits until morning.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="82"/>
        <source>coût estimé %1</source>
        <translation>estimated cost %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="119"/>
        <source>%1 pour %n client(s)</source>
        <translation>
            <numerusform>%1 for %n client</numerusform>
            <numerusform>%1 for %n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="75"/>
        <source>Coût estimé : %1 (%2)</source>
        <translation>Estimated cost: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="69"/>
        <source>Écrivez le message ou choisissez un modèle.</source>
        <translation>Write the message or choose a template.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="80"/>
        <source>%n destinataire(s) sur %1</source>
        <translation>
            <numerusform>%n recipient of %1</numerusform>
            <numerusform>%n recipients of %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="91"/>
        <source>entre %1 et %2</source>
        <translation>between %1 and %2</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="74"/>
        <source>Envoyer un SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="91"/>
        <source>Type de message</source>
        <translation>Message type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="93"/>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="94"/>
        <location filename="../../desktop/ui/dialogs/composer.py" line="211"/>
        <source>Message libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="95"/>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="98"/>
        <source>Un message urgent part à toute heure et peut être renvoyé le même jour (messages pratiques).</source>
        <translation>An urgent message is sent at any hour and may be sent again the same day (service messages).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="104"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="106"/>
        <source>Résumé de l&apos;envoi</source>
        <translation>Sending summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="107"/>
        <source>Ne recevront pas ce message :</source>
        <translation>Will not receive this message:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="111"/>
        <source>Destinataire affiché</source>
        <translation>Recipient shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="112"/>
        <source>&amp;Destinataire</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="119"/>
        <source>&amp;Envoyer</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="120"/>
        <source>Mettre en file d&apos;envoi maintenant (Ctrl+Entrée)</source>
        <translation>Queue for sending now (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="121"/>
        <source>P&amp;rogrammer…</source>
        <translation>Sc&amp;hedule…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="122"/>
        <source>Envoyer au prochain &amp;créneau autorisé</source>
        <translation>Send at the next &amp;allowed time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="123"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="129"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="131"/>
        <source>Mo&amp;dèle</source>
        <translation>Temp&amp;late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="297"/>
        <source> (exclu)</source>
        <translation> (excluded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="329"/>
        <source>Coût estimé : %1</source>
        <translation>Estimated cost: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/composer.py" line="393"/>
        <source>Mise en file d&apos;envoi…</source>
        <translation>Queueing…</translation>
    </message>
</context>
<context>
    <name>ConnectBanner</name>
    <message>
        <location filename="../../desktop/ui/widgets/connect_banner.py" line="36"/>
        <source>Vous utilisez le simulateur : aucun SMS réel ne part.</source>
        <translation>You are using the simulator: no real SMS is sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/connect_banner.py" line="38"/>
        <source>&amp;Connecter un compte SMS…</source>
        <translation>Connect an SMS acco&amp;unt…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="57"/>
        <source>Consentement de %1</source>
        <translation>Consent of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="59"/>
        <source>notre commerce</source>
        <translation>notre commerce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="65"/>
        <source>&amp;Accepte de recevoir ces SMS</source>
        <translation>&amp;Agrees to receive these SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="66"/>
        <source>&amp;Refuse ou retire son accord</source>
        <translation>&amp;Declines or withdraws consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="73"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="74"/>
        <source>Papier signé</source>
        <translation>Signed paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="75"/>
        <source>Oral en boutique</source>
        <translation>Verbally, in store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="76"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="82"/>
        <source>Texte montré au client</source>
        <translation>Wording shown to the client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="93"/>
        <source>&amp;Pour</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="94"/>
        <source>Le client</source>
        <translation>The client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="95"/>
        <source>&amp;Recueilli par</source>
        <translation>&amp;Collected via</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="96"/>
        <source>&amp;Texte montré au client</source>
        <translation>&amp;Wording shown to the client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="97"/>
        <source>&amp;Enregistré par</source>
        <translation>Recorded &amp;by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="101"/>
        <source>E&amp;nregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="102"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="123"/>
        <source>J&apos;accepte de recevoir par SMS les offres de %1. Je peux me désinscrire à tout moment en répondant STOP.</source>
        <translation>J&apos;accepte de recevoir par SMS les offres de %1. Je peux me désinscrire à tout moment en répondant STOP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="128"/>
        <source>J&apos;accepte de recevoir par SMS les informations pratiques de %1 (rendez-vous, commandes).</source>
        <translation>J&apos;accepte de recevoir par SMS les informations pratiques de %1 (rendez-vous, commandes).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/consent_dialog.py" line="150"/>
        <source>Indiquez le texte que le client a accepté : c&apos;est la preuve de son accord.</source>
        <translation>Enter the wording the client agreed to: it is the proof of consent.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../desktop/ui/widgets/conversation.py" line="56"/>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/conversation.py" line="47"/>
        <source>partira %1</source>
        <translation>will be sent on %1</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../desktop/ui/widgets/conversation.py" line="72"/>
        <source>Conversation avec le client</source>
        <translation>Conversation with the client</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/conversation.py" line="90"/>
        <source>Seuls les %n derniers messages sont affichés.</source>
        <translation>
            <numerusform>Only the last message is shown.</numerusform>
            <numerusform>Only the last %n messages are shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/conversation.py" line="95"/>
        <source>Aucun message échangé avec ce client pour l&apos;instant.</source>
        <translation>No messages with this client yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/conversation.py" line="129"/>
        <source>Message envoyé</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/conversation.py" line="129"/>
        <source>Réponse du client</source>
        <translation>Client reply</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="64"/>
        <source>Comptoir — problème</source>
        <translation>Comptoir — problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="70"/>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas perdues.
Le détail a été noté dans le journal ; vous pouvez le transmettre au support.</source>
        <translation>An unexpected error occurred. Your saved data is not lost.
The details were written to the log; you can send it to support.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="85"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="89"/>
        <source>par défaut : %s</source>
        <translation>default: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="90"/>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="165"/>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="91"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="92"/>
        <source>Par &amp;défaut</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="93"/>
        <source>Ou&amp;vrir</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="94"/>
        <source>Ouvrir le dossier des sauvegardes</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="97"/>
        <source> sauvegardes</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="101"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="114"/>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="116"/>
        <source>Dossier des &amp;sauvegardes</source>
        <translation>&amp;Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="119"/>
        <source>&amp;Garder les</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="123"/>
        <source>Garder le texte des &amp;messages</source>
        <translation>Keep message &amp;text for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="131"/>
        <source>Au-delà, le texte des anciens messages est effacé (les statistiques restent). Une sauvegarde est faite chaque jour ; choisissez de préférence un dossier sur un autre disque ou une clé USB.</source>
        <translation>After that, the text of older messages is erased (statistics remain). A backup is made every day; preferably choose a folder on another disk or a USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="148"/>
        <source>Base de données : %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="150"/>
        <source>Base de données sur un serveur (%s), partagée entre les postes.</source>
        <translation>Database on a server (%s), shared between workstations.</translation>
    </message>
</context>
<context>
    <name>DispatcherRunner</name>
    <message>
        <location filename="../../desktop/ui/dispatch_runner.py" line="68"/>
        <source>Envoi des SMS en cours…</source>
        <extracomment>The state shown when the desk&apos;s dispatcher runs in another process.</extracomment>
        <translation>Sending SMS…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dispatch_runner.py" line="70"/>
        <source>Envois : prêt</source>
        <translation>Sending: ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dispatch_runner.py" line="73"/>
        <source>Envois en erreur : </source>
        <translation>Sending error: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dispatch_runner.py" line="75"/>
        <source>Envois assurés par un autre Comptoir de ce poste</source>
        <translation>Sending handled by another Comptoir on this workstation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dispatch_runner.py" line="76"/>
        <source>Envois arrêtés</source>
        <translation>Sending stopped</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="71"/>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="74"/>
        <source>Classeur Excel ou LibreOffice (.xlsx, .xls, .ods), fichier CSV ou carte de visite (.vcf).</source>
        <translation>Excel or LibreOffice workbook (.xlsx, .xls, .ods), CSV file or contact card (.vcf).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="78"/>
        <source>Chemin du fichier</source>
        <translation>File path</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="79"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="99"/>
        <source>Choisir le fichier des clients</source>
        <translation>Choose the client file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="101"/>
        <source>Fichiers de clients (%1)</source>
        <translation>Client files (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="112"/>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="124"/>
        <source>%n feuille(s), environ %1 ligne(s).</source>
        <translation>
            <numerusform>%n sheet, about %1 rows.</numerusform>
            <numerusform>%n sheets, about %1 rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsLabel</name>
    <message>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="53"/>
        <source>Vérifications avant envoi</source>
        <translation>Pre-send checks</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="300"/>
        <source>Premier démarrage de Comptoir</source>
        <translation>Welcome to Comptoir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="303"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="304"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="305"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="306"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="56"/>
        <source>Début des envois de promotions</source>
        <translation>Start of promotion sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="57"/>
        <source>Fin des envois de promotions</source>
        <translation>End of promotion sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="59"/>
        <source>Envoyer aussi les jours &amp;fériés (déconseillé)</source>
        <translation>Also send on public &amp;holidays (not recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="60"/>
        <source>Début des heures de politesse</source>
        <translation>Start of courtesy hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="61"/>
        <source>Fin des heures de politesse</source>
        <translation>End of courtesy hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="65"/>
        <source>&amp;Valeurs recommandées</source>
        <translation>Recommended &amp;values</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="67"/>
        <source>Promotions et enquêtes</source>
        <translation>Promotions and surveys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="71"/>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="99"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="74"/>
        <source>Pl&amp;age horaire</source>
        <translation>&amp;Time window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="81"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="88"/>
        <source>Heure locale de chaque client. Recommandé : du lundi au samedi, 8h00–20h00, jamais le dimanche ni les jours fériés ; la charte af2m permet jusqu&apos;à 21h30. Hors de ces heures, les messages attendent le prochain créneau permis.</source>
        <translation>Each client&apos;s local time. Recommended: Monday to Saturday, 8:00–20:00, never on Sundays or public holidays; the af2m charter allows up to 21:30. Outside these hours, messages wait for the next allowed time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="95"/>
        <source>Messages de service (rendez-vous, commandes)</source>
        <translation>Service messages (appointments, orders)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="102"/>
        <source>Heures de &amp;politesse</source>
        <translation>&amp;Courtesy hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_hours.py" line="107"/>
        <source>Hors de ces heures, Comptoir avertit et propose de différer l&apos;envoi.</source>
        <translation>Outside these hours, Comptoir warns you and offers to delay sending.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="77"/>
        <source>Importer des clients</source>
        <extracomment>Rows per transaction (a cancel keeps whole batches only).</extracomment>
        <translation>Import clients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="80"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="81"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="82"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="83"/>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="84"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="170"/>
        <source>Annulation… le lot en cours se termine.</source>
        <translation>Cancelling… the current batch is finishing.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="43"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="46"/>
        <source>La langue choisie prendra effet au prochain démarrage de Comptoir. Elle ne concerne que cet ordinateur ; vos SMS restent rédigés dans vos modèles.</source>
        <translation>The chosen language takes effect the next time Comptoir starts. It applies to this computer only; your SMS are still written as in your templates.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_data.py" line="52"/>
        <source>Lan&amp;gue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="251"/>
        <source> par 7 jours</source>
        <translation> per 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="252"/>
        <source> par 30 jours</source>
        <translation> per 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="253"/>
        <source> par jour</source>
        <translation> per day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="254"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="257"/>
        <source>&amp;Promotions par client</source>
        <translation>&amp;Promotions per client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="258"/>
        <source>… et au plus</source>
        <translation>… and at most</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="259"/>
        <source>Même message de &amp;service</source>
        <translation>Same service &amp;message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="260"/>
        <source>Une demande d&apos;&amp;avis tous les</source>
        <translation>One re&amp;view request every</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="266"/>
        <source>0 = pas de limite. Les clients qui dépasseraient une limite sont listés avant l&apos;envoi et ne reçoivent pas le message. « Urgent » permet de renvoyer un message de service.</source>
        <translation>0 = no limit. Clients who would exceed a limit are listed before sending and do not receive the message. “Urgent” lets you send a service message again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="33"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="92"/>
        <source>Ouverture de la base de données…</source>
        <extracomment>When set, ``--smoke`` prints when the window was shown and when the list answered (bench/startup.py).</extracomment>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="220"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="222"/>
        <source>Vérifiez ce que contient chaque colonne ; l&apos;aperçu montre le sort des premières lignes.</source>
        <translation>Check what each column contains; the preview shows what happens to the first rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="225"/>
        <source>— ne pas importer —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="226"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="227"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="228"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="229"/>
        <source>Nom complet (à séparer)</source>
        <translation>Full name (to split)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="230"/>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="231"/>
        <source>Autre téléphone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="232"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="233"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="234"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="235"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="236"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="237"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="238"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="239"/>
        <source>Consentement SMS promotionnel</source>
        <translation>Promotional SMS consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="242"/>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="243"/>
        <source>Nouveau, avec remarque</source>
        <translation>New, with a note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="244"/>
        <source>Déjà connu</source>
        <translation>Already known</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="245"/>
        <source>Doublon dans le fichier</source>
        <translation>Duplicate in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="246"/>
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="250"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="250"/>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="250"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="254"/>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="257"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="318"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="318"/>
        <source>Verdict</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="318"/>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="340"/>
        <source>Aperçu des %n première(s) ligne(s) — </source>
        <translation>
            <numerusform>Preview of the first row — </numerusform>
            <numerusform>Preview of the first %n rows — </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="352"/>
        <source>Indiquez au moins la colonne du nom ou celle du portable.</source>
        <translation>Choose at least the name column or the mobile column.</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="74"/>
        <source>Mis en file d&apos;attente</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="75"/>
        <source>Renvoi demandé</source>
        <translation>Resend requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="76"/>
        <source>Marqué comme envoyé à la main</source>
        <translation>Manually marked as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="77"/>
        <source>Annulé à la main</source>
        <translation>Manually cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="78"/>
        <source>Envoi immédiat demandé</source>
        <translation>Immediate sending requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="79"/>
        <source>Accepté par le fournisseur</source>
        <translation>Accepted by the provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="80"/>
        <source>Remis en file d&apos;attente</source>
        <translation>Queued again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="81"/>
        <source>Accusé de réception reçu</source>
        <translation>Delivery receipt received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="82"/>
        <source>Retrouvé chez le fournisseur : il est bien parti</source>
        <translation>Found at the provider: it was sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="83"/>
        <source>Absent chez le fournisseur : remis en file d&apos;attente</source>
        <translation>Not found at the provider: queued again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="86"/>
        <source>Retenu jusqu&apos;aux heures d&apos;envoi légales</source>
        <translation>Held until legal sending hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="94"/>
        <source>Pris en charge pour l&apos;envoi</source>
        <translation>Picked up for sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="96"/>
        <source>Envoyé par le compte de secours</source>
        <translation>Sent through the fallback account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="98"/>
        <source>Nouvel essai prévu — {reason}</source>
        <translation>Retry scheduled — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="100"/>
        <source>Problème de compte SMS — {reason}</source>
        <translation>SMS account problem — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="255"/>
        <source>Code pour le support : {code}</source>
        <translation>Code for support: {code}</translation>
    </message>
</context>
<context>
    <name>MessageDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="284"/>
        <source>Message n° {id}</source>
        <translation>Message no. {id}</translation>
    </message>
</context>
<context>
    <name>MessageDetailPanel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="127"/>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="191"/>
        <source>Sélectionnez un message pour voir son historique.</source>
        <translation>Select a message to see its history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="130"/>
        <source>Statut du message</source>
        <translation>Message status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="150"/>
        <source>Texte du message</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="153"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="153"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="153"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="154"/>
        <source>Historique des statuts</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="165"/>
        <source>Destinataire :</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="166"/>
        <source>Compte SMS :</source>
        <translation>SMS account:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="167"/>
        <source>Catégorie :</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="168"/>
        <source>Taille :</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="169"/>
        <source>Créé :</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="170"/>
        <source>Départ prévu :</source>
        <translation>Scheduled for:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="171"/>
        <source>Envoyé :</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="172"/>
        <source>Identifiant fournisseur :</source>
        <translation>Provider ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="180"/>
        <source>Texte :</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="182"/>
        <source>Historique :</source>
        <translation>History:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="215"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="230"/>
        <source>Comptoir ne sait pas si ce SMS est parti et ne le renverra jamais de lui-même. Vérifiez l&apos;historique de votre compte SMS, puis choisissez « Marquer comme envoyé », « Réessayer » ou « Annuler l&apos;envoi ».</source>
        <translation>Comptoir does not know whether this SMS was sent and will never resend it on its own. Check your SMS account&apos;s history, then choose “Mark as sent”, “Retry” or “Cancel sending”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="236"/>
        <source>Ce SMS n&apos;est pas parti. Corrigez la cause ci-dessous, puis choisissez « Réessayer ».</source>
        <translation>This SMS was not sent. Fix the cause below, then choose “Retry”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="239"/>
        <source>Promotion retenue hors des heures d&apos;envoi légales : elle partira {when}.</source>
        <translation>Promotion held outside legal sending hours: it will be sent on {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="243"/>
        <source>Programmé : partira {when}.</source>
        <translation>Scheduled: will be sent on {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/message_detail.py" line="245"/>
        <source>Accepté par le fournisseur ; en attente de l&apos;accusé de réception.</source>
        <translation>Accepted by the provider; waiting for the delivery receipt.</translation>
    </message>
</context>
<context>
    <name>MessageFilters</name>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="36"/>
        <source>Filtre statut</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="37"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="38"/>
        <source>À traiter (échec, incertain)</source>
        <translation>Needs attention (failed, uncertain)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="42"/>
        <source>Filtre période</source>
        <translation>Period filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="43"/>
        <source>Toutes les dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="44"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="45"/>
        <source>7 derniers jours</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="46"/>
        <source>30 derniers jours</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="47"/>
        <source>Période choisie…</source>
        <translation>Custom period…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="51"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="51"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="57"/>
        <source>Filtre compte SMS</source>
        <translation>SMS account filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="58"/>
        <location filename="../../desktop/ui/views/messages_filters.py" line="107"/>
        <source>Tous les comptes</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="60"/>
        <source>Filtre modèle</source>
        <translation>Template filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_filters.py" line="61"/>
        <location filename="../../desktop/ui/views/messages_filters.py" line="111"/>
        <source>Tous les modèles</source>
        <translation>All templates</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="46"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="47"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="48"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="49"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="50"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="51"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="52"/>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/messages_model.py" line="379"/>
        <source>{status} · prévu le {when}</source>
        <extracomment>Sizes of the pages read so far (tests check the model never reads everything at once).</extracomment>
        <translation>{status} · due {when}</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="108"/>
        <source>Résumé des envois</source>
        <translation>Sending summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="114"/>
        <source>Liste des messages</source>
        <translation>Message list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="129"/>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="130"/>
        <source>&amp;Marquer comme envoyé</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="131"/>
        <source>&amp;Envoyer maintenant</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="132"/>
        <source>A&amp;nnuler l&apos;envoi</source>
        <translation>&amp;Cancel sending</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="209"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="240"/>
        <source>%n à traiter</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="245"/>
        <source>%n en file</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="246"/>
        <source>%n livré(s) ce mois</source>
        <translation>
            <numerusform>%n delivered this month</numerusform>
            <numerusform>%n delivered this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="305"/>
        <source>%n messages sélectionnés.</source>
        <translation>
            <numerusform>%n message selected.</numerusform>
            <numerusform>%n messages selected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="366"/>
        <location filename="../../desktop/ui/views/messages_view.py" line="409"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="369"/>
        <source>Comptoir ne sait pas si ce message est parti. Il a peut-être déjà été reçu. Le renvoyer quand même ?</source>
        <translation>Comptoir does not know whether this message was sent. It may already have been received. Resend it anyway?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="374"/>
        <source>Comptoir ne sait pas si %n de ces messages sont partis : ils ont peut-être déjà été reçus. Les renvoyer quand même ?</source>
        <translation>
            <numerusform>Comptoir does not know whether %n of these messages was sent: it may already have been received. Resend it anyway?</numerusform>
            <numerusform>Comptoir does not know whether %n of these messages were sent: they may already have been received. Resend them anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="380"/>
        <source>Renvoyer %n message(s) maintenant ?</source>
        <translation>
            <numerusform>Resend %n message now?</numerusform>
            <numerusform>Resend %n messages now?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="382"/>
        <location filename="../../desktop/ui/views/messages_view.py" line="410"/>
        <source>Marquer comme envoyé</source>
        <translation>Mark as sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="383"/>
        <source>Marquer %n message(s) comme envoyé(s) ? Comptoir ne les renverra pas.</source>
        <translation>
            <numerusform>Mark %n message as sent? Comptoir will not resend it.</numerusform>
            <numerusform>Mark %n messages as sent? Comptoir will not resend them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="385"/>
        <location filename="../../desktop/ui/views/messages_view.py" line="412"/>
        <source>Annuler l&apos;envoi</source>
        <translation>Cancel sending</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="386"/>
        <source>Annuler l&apos;envoi de %n message(s) ? Ils ne partiront pas.</source>
        <translation>
            <numerusform>Cancel sending %n message? It will not be sent.</numerusform>
            <numerusform>Cancel sending %n messages? They will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="389"/>
        <source>Un message incertain est peut-être déjà parti : l&apos;annuler le retire seulement des messages à traiter.</source>
        <translation>An uncertain message may already have been sent: cancelling it only removes it from the messages that need attention.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/messages_view.py" line="407"/>
        <source>%n message(s) n&apos;ont pas pu être modifiés.</source>
        <translation>
            <numerusform>%n message could not be changed.</numerusform>
            <numerusform>%n messages could not be changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="411"/>
        <source>Envoyer maintenant</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="426"/>
        <source>dès que possible</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="430"/>
        <source>Impossible d&apos;envoyer maintenant : les heures d&apos;envoi légales sont fermées.</source>
        <translation>Cannot send now: it is outside legal sending hours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/messages_view.py" line="441"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="361"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="362"/>
        <source>Que faire des clients déjà enregistrés dans Comptoir (même portable) ?</source>
        <translation>What should happen to clients already in Comptoir (same mobile)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="364"/>
        <source>Les &amp;ignorer (recommandé)</source>
        <translation>&amp;Skip them (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="365"/>
        <source>&amp;Compléter leurs champs vides</source>
        <translation>Fill in their &amp;empty fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="366"/>
        <source>&amp;Remplacer leurs informations par celles du fichier</source>
        <translation>&amp;Replace their details with the file&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="376"/>
        <source>&amp;Vérifier seulement (ne rien enregistrer)</source>
        <translation>&amp;Check only (save nothing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="388"/>
        <source>Le consentement aux SMS promotionnels sera lu dans la colonne « %1 » (oui, x, 1…), sauf pour les numéros qui s&apos;y sont opposés.</source>
        <translation>Consent to promotional SMS will be read from the “%1” column (yes, x, 1…), except for numbers that have opted out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="391"/>
        <source>Aucune colonne de consentement : les clients importés ne recevront pas de SMS promotionnels tant qu&apos;ils ne l&apos;auront pas accepté.</source>
        <translation>No consent column: imported clients will not receive promotional SMS until they have agreed to them.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="216"/>
        <source>Import en cours</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="221"/>
        <source>Annuler l&apos;&amp;import</source>
        <translation>Cancel &amp;import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="237"/>
        <source>Lecture et vérification des lignes…</source>
        <translation>Reading and checking rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="243"/>
        <source>Ligne %1 sur environ %2 — %3 importé(s), %4 refusé(s).</source>
        <translation>Row %1 of about %2 — %3 imported, %4 rejected.</translation>
    </message>
</context>
<context>
    <name>ProviderFields</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="78"/>
        <source>Identifiants %s</source>
        <translation>%s credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="86"/>
        <source>laisser vide pour ne pas changer</source>
        <translation>leave empty to keep unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="88"/>
        <location filename="../../desktop/ui/widgets/settings_provider_fields.py" line="94"/>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="200"/>
        <source>Compte SMS</source>
        <translation>SMS account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="201"/>
        <source>Pour envoyer de vrais SMS, il faut un compte chez un fournisseur.</source>
        <translation>To send real SMS, you need an account with a provider.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="202"/>
        <source>&amp;Garder le simulateur pour essayer (aucun SMS réel ne part)</source>
        <translation>&amp;Keep the simulator to try things out (no real SMS is sent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="204"/>
        <source>&amp;Connecter mon compte SMS (Twilio, Brevo, OVHcloud, smsmode)</source>
        <translation>&amp;Connect my SMS account (Twilio, Brevo, OVHcloud, smsmode)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="207"/>
        <source>Sa&amp;isir les identifiants…</source>
        <translation>&amp;Enter credentials…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="223"/>
        <source>Les identifiants sont gardés dans le trousseau sécurisé de cet ordinateur. Vous pourrez connecter un compte plus tard : un bandeau vous le rappellera.</source>
        <translation>Credentials are kept in this computer&apos;s secure keychain. You can connect an account later: a banner will remind you.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="243"/>
        <source>Compte « %s » connecté : vos SMS partiront par lui.</source>
        <translation>Account “%s” connected: your SMS will be sent through it.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="268"/>
        <source>Rapport d&apos;import</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="273"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="273"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="273"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="273"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="278"/>
        <source>&amp;Exporter le rapport…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="295"/>
        <source>%n client(s) importé(s)</source>
        <translation>
            <numerusform>%n client imported</numerusform>
            <numerusform>%n clients imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="296"/>
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="297"/>
        <source>%n doublon(s) ignoré(s)</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="298"/>
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="302"/>
        <source>Vérification seulement : rien n&apos;a été enregistré.</source>
        <translation>Check only: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="308"/>
        <source>Lignes enregistrées jusqu&apos;à la ligne %1.</source>
        <translation>Rows saved up to row %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="313"/>
        <source>Refusée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="314"/>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="315"/>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="328"/>
        <source>Exporter le rapport</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="330"/>
        <source>Classeur Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard.py" line="336"/>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/compose_schedule.py" line="27"/>
        <source>Programmer l&apos;envoi</source>
        <translation>Schedule sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_schedule.py" line="37"/>
        <source>Date et heure d&apos;envoi</source>
        <translation>Sending date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_schedule.py" line="40"/>
        <source>Heure de votre commerce. Les promotions ne partent jamais hors des heures autorisées : elles attendent le créneau suivant.</source>
        <translation>Your business&apos;s time. Promotions are never sent outside the allowed hours: they wait for the next allowed time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_schedule.py" line="48"/>
        <source>&amp;Programmer</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_schedule.py" line="49"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/compose_schedule.py" line="53"/>
        <source>&amp;Partira le</source>
        <translation>Send &amp;on</translation>
    </message>
</context>
<context>
    <name>SectorPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="114"/>
        <source>Votre métier</source>
        <translation>Your trade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="115"/>
        <source>Comptoir prépare les modèles de SMS qui vont avec.</source>
        <translation>Comptoir prepares the matching SMS templates.</translation>
    </message>
</context>
<context>
    <name>SenderField</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="167"/>
        <source>Nom d&apos;expéditeur</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="168"/>
        <source>par exemple OPTMARTIN</source>
        <translation>e.g. OPTMARTIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="172"/>
        <source>Vérification du nom d&apos;expéditeur</source>
        <translation>Sender name check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="210"/>
        <source>Nom d&apos;expéditeur valide.</source>
        <translation>Valid sender name.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="161"/>
        <source>Nom d&apos;expéditeur</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="163"/>
        <source>Le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients.</source>
        <translation>The name shown instead of a number on your clients&apos; phones.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="169"/>
        <source>&amp;Expéditeur</source>
        <translation>&amp;Sender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="176"/>
        <source>3 à 11 lettres ou chiffres, sans accent ni espace. Proposé d&apos;après le nom de votre commerce ; laissez vide pour décider plus tard.</source>
        <translation>3 to 11 letters or digits, without accents or spaces. Suggested from your business name; leave empty to decide later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="207"/>
        <source>&amp;Nom d&apos;expéditeur</source>
        <translation>Sender &amp;name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_pages.py" line="214"/>
        <source>C&apos;est le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients : 3 à 11 lettres ou chiffres, sans accent ni espace, avec au moins une lettre. Les comptes SMS qui utilisaient l&apos;ancien nom prennent le nouveau à l&apos;enregistrement. Vos clients ne peuvent pas répondre à un nom : pour recevoir des réponses (STOP, confirmations), utilisez le numéro fourni par votre compte SMS.</source>
        <translation>This is the name shown instead of a number on your clients&apos; phones: 3 to 11 letters or digits, without accents or spaces, with at least one letter. SMS accounts that used the old name switch to the new one when you save. Clients cannot reply to a name: to receive replies (STOP, confirmations), use the number supplied with your SMS account.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="85"/>
        <source>Lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="86"/>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="87"/>
        <source>Mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="88"/>
        <source>Jeu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="89"/>
        <source>Ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="90"/>
        <source>Sam</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="91"/>
        <source>Dim</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="35"/>
        <source>Métropole</source>
        <translation>Mainland France</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="36"/>
        <source>Alsace-Moselle</source>
        <translation>Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="37"/>
        <source>La Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="38"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="39"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="40"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="41"/>
        <source>Guyane</source>
        <translation>French Guiana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="42"/>
        <source>Saint-Pierre-et-Miquelon</source>
        <translation>Saint Pierre and Miquelon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="43"/>
        <source>Saint-Barthélemy</source>
        <translation>Saint Barthélemy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="44"/>
        <source>Saint-Martin</source>
        <translation>Saint Martin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="45"/>
        <source>Nouvelle-Calédonie</source>
        <translation>New Caledonia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="46"/>
        <source>Polynésie française</source>
        <translation>French Polynesia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="47"/>
        <source>Wallis-et-Futuna</source>
        <translation>Wallis and Futuna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="59"/>
        <source>Opticien</source>
        <translation>Optician</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="60"/>
        <source>Cabinet médical, clinique</source>
        <translation>Medical practice, clinic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="61"/>
        <source>Artisan</source>
        <translation>Tradesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="62"/>
        <source>Autre commerce</source>
        <translation>Other business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="69"/>
        <source>Modèles : Lunettes prêtes, Lentilles disponibles, Rappel retrait…</source>
        <translation>French templates: Lunettes prêtes, Lentilles disponibles, Rappel retrait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="72"/>
        <source>Modèles : Rappel RDV la veille, Rappel RDV le jour même, Confirmation de RDV…</source>
        <translation>French templates: Rappel RDV la veille, Rappel RDV le jour même, Confirmation de RDV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="75"/>
        <source>Modèles : Arrivée du technicien, Devis envoyé, Retard…</source>
        <translation>French templates: Arrivée du technicien, Devis envoyé, Retard…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="76"/>
        <source>Modèles communs : Enquête de satisfaction, Demande d&apos;avis, Promotion…</source>
        <translation>Common French templates: Enquête de satisfaction, Demande d&apos;avis, Promotion…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="99"/>
        <source>Indiquez le nom de votre commerce : il apparaît dans vos SMS.</source>
        <translation>Enter your business name: it appears in your SMS.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="102"/>
        <source>Choisissez la zone de votre commerce dans la liste.</source>
        <translation>Choose your business&apos;s area from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="103"/>
        <source>La charte af2m n&apos;autorise les promotions qu&apos;entre 8h00 et 21h30 : restez dans cette plage.</source>
        <translation>The af2m charter only allows promotions between 8:00 and 21:30: stay within this window.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="107"/>
        <source>L&apos;heure de fin doit être après l&apos;heure de début.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="108"/>
        <source>Cochez au moins un jour où les promotions peuvent partir.</source>
        <translation>Tick at least one day on which promotions can be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="109"/>
        <source>La fin des heures de politesse doit être après leur début.</source>
        <translation>The end of courtesy hours must be after their start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="112"/>
        <source>Une limite ne peut pas être négative (0 la désactive).</source>
        <translation>A limit cannot be negative (0 turns it off).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="113"/>
        <source>Conservez les messages entre {min} et {max} mois.</source>
        <translation>Keep messages between {min} and {max} months.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="116"/>
        <source>Gardez entre {min} et {max} sauvegardes.</source>
        <translation>Keep between {min} and {max} backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="128"/>
        <source>Après 20h00 : permis par la charte af2m (jusqu&apos;à 21h30), mais beaucoup de clients trouvent ces SMS tardifs.</source>
        <translation>After 20:00: allowed by the af2m charter (until 21:30), but many clients find these SMS too late.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="133"/>
        <source>Le dimanche : toléré par la charte af2m, mais déconseillé.</source>
        <translation>On Sundays: tolerated by the af2m charter, but not recommended.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/settings_fields.py" line="136"/>
        <source>Les jours fériés : tolérés par la charte af2m, mais déconseillés.</source>
        <translation>On public holidays: tolerated by the af2m charter, but not recommended.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="77"/>
        <source>Rubriques des réglages</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="79"/>
        <source>Commerce</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="80"/>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="81"/>
        <source>Horaires d&apos;envoi</source>
        <translation>Sending hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="82"/>
        <source>Limites</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="83"/>
        <source>Comptes SMS</source>
        <translation>SMS accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="84"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="85"/>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="104"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="105"/>
        <source>Enregistrer les réglages (Ctrl+S)</source>
        <translation>Save the settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="106"/>
        <source>Annu&amp;ler</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="107"/>
        <source>Revenir aux réglages enregistrés</source>
        <translation>Go back to the saved settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="214"/>
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="217"/>
        <source>Nouvel expéditeur appliqué aux comptes : %s.</source>
        <translation>New sender name applied to the accounts: %s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/settings_view.py" line="222"/>
        <source>%n modèle(s) de SMS ajouté(s) pour ce métier.</source>
        <translation>
            <numerusform>%n SMS template added for this trade.</numerusform>
            <numerusform>%n SMS templates added for this trade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="228"/>
        <source>La nouvelle langue prendra effet au prochain démarrage.</source>
        <translation>The new language will take effect the next time Comptoir starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_view.py" line="255"/>
        <source>Rien n&apos;a été enregistré : corrigez ce qui est signalé.</source>
        <translation>Nothing was saved: fix what is flagged.</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <location filename="../../desktop/ui/widgets/sheet_grid.py" line="32"/>
        <source>Premières lignes de la feuille</source>
        <translation>First rows of the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sheet_grid.py" line="33"/>
        <source>Cliquez sur la ligne qui porte les titres des colonnes.</source>
        <translation>Click the row that holds the column titles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sheet_grid.py" line="66"/>
        <source>titres</source>
        <translation>titles</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="136"/>
        <source>Feuille et ligne des titres</source>
        <translation>Sheet and header row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="138"/>
        <source>Choisissez la feuille qui contient vos clients et la ligne des titres de colonnes.</source>
        <translation>Choose the sheet that holds your clients and the row with the column headers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="141"/>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="144"/>
        <source>aucune (les données commencent tout de suite)</source>
        <translation>none (the data starts straight away)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="145"/>
        <source>Ligne des titres</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="150"/>
        <source>&amp;Feuille :</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="151"/>
        <source>&amp;Ligne des titres :</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_wizard_pages.py" line="160"/>
        <source>Le début de la feuille (la ligne des titres en bleu ; cliquez sur une autre ligne pour la choisir) :</source>
        <translation>The start of the sheet (the title row in blue; click another row to choose it):</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../desktop/ui/shell.py" line="81"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="82"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="83"/>
        <source>Modèles</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="84"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="121"/>
        <source>Sauvegarde automatique impossible : </source>
        <translation>Automatic backup failed: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="143"/>
        <source>Compte SMS : %2</source>
        <translation>SMS account: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="143"/>
        <source>Compte SMS : %1 (%2)</source>
        <translation>SMS account: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="162"/>
        <source>Ouvrir Comptoir</source>
        <translation>Open Comptoir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="163"/>
        <source>Quitter Comptoir (arrête les envois)</source>
        <translation>Quit Comptoir (stops sending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell.py" line="187"/>
        <source>Comptoir continue d&apos;envoyer les SMS programmés. Quittez-le depuis cette icône.</source>
        <translation>Comptoir keeps sending scheduled SMS. Quit it from this icon.</translation>
    </message>
</context>
<context>
    <name>SkippedTree</name>
    <message>
        <location filename="../../desktop/ui/widgets/compose_panels.py" line="136"/>
        <source>Destinataires qui ne recevront pas le message</source>
        <translation>Recipients who will not receive the message</translation>
    </message>
</context>
<context>
    <name>SmsBubble</name>
    <message>
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="60"/>
        <source>Le message apparaîtra ici.</source>
        <translation>The message will appear here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="72"/>
        <source>Aperçu du SMS</source>
        <translation>SMS preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="76"/>
        <source>Taille du SMS</source>
        <translation>SMS size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="136"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="138"/>
        <source>%n caractère</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="138"/>
        <source>%n caractères</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="145"/>
        <source>%1 unités : %2 tiennent dans un SMS seul, %3 par partie au-delà.</source>
        <translation>%1 units: %2 fit in a single SMS, %3 per part beyond that.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="151"/>
        <source>Encore %n unité(s) avant le SMS suivant.</source>
        <translation>
            <numerusform>%n more unit before the next SMS.</numerusform>
            <numerusform>%n more units before the next SMS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sms_bubble.py" line="154"/>
        <source>Caractères qui imposent l&apos;Unicode : %1</source>
        <translation>Characters that force Unicode: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="257"/>
        <source>C&apos;est prêt</source>
        <translation>All set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="258"/>
        <source>Vérifiez, puis « Terminer ».</source>
        <translation>Check, then click “Finish”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="275"/>
        <source>Commerce : %s</source>
        <translation>Business: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="276"/>
        <source>Métier : %s</source>
        <translation>Trade: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="277"/>
        <source>Zone : %s</source>
        <translation>Area: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="278"/>
        <source>Expéditeur : %s</source>
        <translation>Sender name: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="278"/>
        <source>à choisir plus tard</source>
        <translation>to be chosen later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="279"/>
        <source>Compte SMS : %s</source>
        <translation>SMS account: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="281"/>
        <source>Compte SMS : simulateur (aucun SMS réel ne part)</source>
        <translation>SMS account: simulator (no real SMS is sent)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="139"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="141"/>
        <source>Texte du message</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="142"/>
        <source>Bonjour {prenom}, …</source>
        <translation>Hello {prenom}, …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="147"/>
        <source>Erreurs dans le message</source>
        <translation>Errors in the message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="155"/>
        <source>Conseils de conformité</source>
        <translation>Compliance advice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="160"/>
        <source>O&amp;ptimiser pour SMS</source>
        <translation>O&amp;ptimise for SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="162"/>
        <source>Remplacer les caractères qui font passer le SMS en Unicode (annulable avec Ctrl+Z).</source>
        <translation>Replace the characters that switch the SMS to Unicode (undo with Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="169"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="171"/>
        <source>Variables à insérer</source>
        <translation>Variables to insert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="173"/>
        <source>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</source>
        <translation>Click (or press Enter) to insert the variable at the cursor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="177"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="245"/>
        <source>exemple : %1</source>
        <translation>example: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="320"/>
        <source>Ces caractères font passer le SMS en Unicode (70 caractères par SMS au lieu de 160) : %1</source>
        <translation>These characters switch the SMS to Unicode (70 characters per SMS instead of 160): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/template_editor.py" line="335"/>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="336"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/template_editor.py" line="377"/>
        <source>Ce caractère fait passer le SMS en Unicode.</source>
        <translation>This character switches the SMS to Unicode.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../../desktop/ui/models/templates_model.py" line="46"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/templates_model.py" line="47"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/templates_model.py" line="48"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/templates_model.py" line="67"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/templates_model.py" line="69"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="79"/>
        <source>Liste des modèles</source>
        <translation>Template list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="80"/>
        <source>Modèle&amp;s</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="82"/>
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="83"/>
        <source>Nouveau modèle (Ctrl+N)</source>
        <translation>New template (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="84"/>
        <source>&amp;Dupliquer</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="85"/>
        <source>S&amp;upprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="88"/>
        <source>Nom du modèle</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="95"/>
        <source>Catégorie du modèle</source>
        <translation>Template category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="100"/>
        <source>Transactionnel : rendez-vous, commande prête… sans aucune promotion.
Promotionnel : offres, soldes ; seulement aux clients qui l&apos;ont accepté, avec la mention STOP.
Enquête : satisfaction, demande d&apos;avis.</source>
        <translation>Transactional: appointments, order ready… with no promotion at all.
Promotional: offers, sales; only to clients who agreed to them, with the STOP notice.
Survey: satisfaction, review request.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="105"/>
        <source>&amp;Actif (proposé à l&apos;envoi)</source>
        <translation>&amp;Active (offered when sending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="113"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="114"/>
        <source>Enregistrer le modèle (Ctrl+S)</source>
        <translation>Save the template (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="115"/>
        <source>Annu&amp;ler</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="116"/>
        <source>Revenir à la dernière version enregistrée</source>
        <translation>Go back to the last saved version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="135"/>
        <source>N&amp;om</source>
        <translation>Nam&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="137"/>
        <source>&amp;Catégorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="302"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="303"/>
        <source>Le modèle a été modifié. Abandonner les modifications ?</source>
        <translation>The template was changed. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="357"/>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="358"/>
        <source>%1 (copie)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="361"/>
        <source>%1 (copie %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="387"/>
        <source>Modèle « %1 » enregistré.</source>
        <translation>Template “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="424"/>
        <source>Supprimer le modèle</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/templates_view.py" line="425"/>
        <source>Supprimer le modèle « %1 » ?</source>
        <translation>Delete the template “%1”?</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/ui/texts.py" line="69"/>
        <source>En file d&apos;attente</source>
        <extracomment>The order statuses are offered in filters: from waiting to leave, to the end of the road. Statuses a person has to look at (&quot;À traiter&quot;): never resent or settled without someone deciding. Spelled ``translate(&quot;Texts&quot;, &quot;…&quot;)`` at each call so that pyside6-lupdate extracts the strings.</extracomment>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="70"/>
        <source>En cours d&apos;envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="71"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="72"/>
        <source>Livré</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="73"/>
        <source>Non livré</source>
        <translation>Undelivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="74"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="75"/>
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="76"/>
        <source>Incertain</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="77"/>
        <location filename="../../desktop/ui/texts.py" line="202"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="78"/>
        <source>Reporté (heures légales)</source>
        <translation>Deferred (legal hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="125"/>
        <source>Transactionnel</source>
        <extracomment>Text colours of each family (readable on a light background; the icon repeats them).</extracomment>
        <translation>Transactional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="126"/>
        <source>Promotionnel</source>
        <translation>Promotional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="127"/>
        <source>Enquête</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="139"/>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="140"/>
        <source>Refusé</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="141"/>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="150"/>
        <source>Messages de service</source>
        <translation>Service messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="151"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="160"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="161"/>
        <source>Papier signé</source>
        <translation>Signed paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="162"/>
        <source>Import de fichier</source>
        <translation>File import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="163"/>
        <source>Réponse par SMS</source>
        <translation>SMS reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="164"/>
        <source>Saisie au comptoir</source>
        <translation>Entered in store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="165"/>
        <source>Fournisseur SMS</source>
        <translation>SMS provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="174"/>
        <source>Valide</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="175"/>
        <source>Numéro invalide</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="176"/>
        <source>Injoignable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="185"/>
        <source>Opticien</source>
        <translation>Optician</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="186"/>
        <source>Cabinet de santé</source>
        <translation>Health practice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="187"/>
        <source>Artisan</source>
        <translation>Tradesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="188"/>
        <source>Autre commerce</source>
        <translation>Other business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="200"/>
        <source>Prévu</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="201"/>
        <source>Confirmé</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="203"/>
        <source>Honoré</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="204"/>
        <source>Absent</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="213"/>
        <source>En préparation</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="214"/>
        <source>Prête</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="215"/>
        <source>Retirée</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="216"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="225"/>
        <source>Désinscription</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="226"/>
        <source>Réinscription</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="227"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="228"/>
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="229"/>
        <source>Note de satisfaction</source>
        <translation>Satisfaction score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="230"/>
        <source>Mot-clé</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="231"/>
        <source>À traiter</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="266"/>
        <source>{day} à {time}</source>
        <translation>{day} at {time}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="52"/>
        <source>Bienvenue dans Comptoir</source>
        <translation>Welcome to Comptoir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run.py" line="55"/>
        <source>Quelques questions sur votre commerce, et Comptoir est prêt : une minute suffit. Vous pourrez tout changer ensuite dans Réglages.

Sans compte SMS, Comptoir utilise son simulateur : vous essayez tout, aucun SMS réel ne part.</source>
        <translation>A few questions about your business, and Comptoir is ready: it takes a minute. You can change everything later in Settings.

Without an SMS account, Comptoir uses its simulator: you can try everything, and no real SMS is sent.</translation>
    </message>
</context>
</TS>
