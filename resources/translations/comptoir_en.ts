<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Nouveau compte SMS</source>
        <translation>New SMS account</translation>
    </message>
    <message>
        <source>Modifier le compte SMS</source>
        <translation>Edit SMS account</translation>
    </message>
    <message>
        <source>Fournisseur SMS</source>
        <translation>SMS provider</translation>
    </message>
    <message>
        <source>Nom du compte</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Expéditeur du compte</source>
        <translation>Account sender name</translation>
    </message>
    <message>
        <source>Prix par SMS</source>
        <translation>Price per SMS</translation>
    </message>
    <message>
        <source>&amp;Fournisseur</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>&amp;Nom du compte</source>
        <translation>Account &amp;name</translation>
    </message>
    <message>
        <source>E&amp;xpéditeur</source>
        <translation>Sen&amp;der</translation>
    </message>
    <message>
        <source>Vide : l&apos;expéditeur configuré chez le fournisseur.</source>
        <translation>Empty: the sender set up with the provider.</translation>
    </message>
    <message>
        <source>Ajoutée à la fin des promotions pour que vos clients puissent se désinscrire : le numéro court est indiqué dans l&apos;espace client de votre fournisseur.</source>
        <translation>Added at the end of promotions so that your clients can unsubscribe: the short number is shown in your provider&apos;s customer area.</translation>
    </message>
    <message>
        <source>&amp;Prix par SMS</source>
        <translation>P&amp;rice per SMS</translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Adresse du ser&amp;veur</source>
        <translation>Ser&amp;ver address</translation>
    </message>
    <message>
        <source>&amp;Avancé</source>
        <translation>&amp;Advanced</translation>
    </message>
    <message>
        <source> SMS/s</source>
        <translation> SMS/s</translation>
    </message>
    <message>
        <source>Cadence d&apos;envoi</source>
        <translation>Sending rate</translation>
    </message>
    <message>
        <source>par exemple STOP au 36180</source>
        <translation>e.g. STOP au 36180</translation>
    </message>
    <message>
        <source>Mention STOP</source>
        <translation>STOP notice</translation>
    </message>
    <message>
        <source>&amp;Cadence d&apos;envoi</source>
        <translation>S&amp;ending rate</translation>
    </message>
    <message>
        <source>Mention ST&amp;OP</source>
        <translation>ST&amp;OP notice</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>aucune (pas de réseau)</source>
        <translation>none (no network)</translation>
    </message>
    <message>
        <source>Indiquez votre tarif : il sert aux estimations de coût.</source>
        <translation>Enter your own rate: it is used for cost estimates.</translation>
    </message>
    <message>
        <source>Prix public estimé chez ce fournisseur pour la France : %1.</source>
        <translation>Estimated public price at this provider for France: %1.</translation>
    </message>
    <message>
        <source>Le nom d&apos;un compte ne change pas : créez-en un autre au besoin.</source>
        <translation>An account&apos;s name cannot be changed: create another account if needed.</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>crédits</source>
        <translation>credits</translation>
    </message>
    <message>
        <source>Le fournisseur répond, mais ce compte n&apos;est pas actif</source>
        <translation>The provider responds, but this account is not active</translation>
    </message>
    <message>
        <source>Connexion réussie.</source>
        <translation>Connection successful.</translation>
    </message>
    <message>
        <source>Solde : %s.</source>
        <translation>Balance: %s.</translation>
    </message>
    <message>
        <source>Plus de crédit : rechargez le compte chez le fournisseur.</source>
        <translation>No credit left: top up the account with the provider.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Simulateur intégré : aucun SMS réel ne part. Il ne peut pas être supprimé.</source>
        <translation>Built-in simulator: no real SMS is sent. It cannot be deleted.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fournisseur</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Par défaut</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Secours</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>(celui du fournisseur)</source>
        <translation>(provider&apos;s own)</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Prix par SMS</source>
        <translation>Price per SMS</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Comptes SMS</source>
        <translation>SMS accounts</translation>
    </message>
    <message>
        <source>&amp;Ajouter…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Définir par &amp;défaut</source>
        <translation>Set as &amp;default</translation>
    </message>
    <message>
        <source>&amp;Secours</source>
        <translation>&amp;Fallback</translation>
    </message>
    <message>
        <source>Le compte de secours prend le relais quand le compte par défaut échoue plusieurs fois.</source>
        <translation>The fallback account takes over when the default account fails several times.</translation>
    </message>
    <message>
        <source>S&amp;upprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Les changements de comptes s&apos;appliquent tout de suite. Les identifiants secrets sont gardés dans le trousseau sécurisé de cet ordinateur, jamais dans la base de données. Le prix par SMS sert aux estimations de coût avant l&apos;envoi.</source>
        <translation>Account changes apply immediately. Secret credentials are kept in this computer&apos;s secure keychain, never in the database. The price per SMS is used for cost estimates before sending.</translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : le simulateur fonctionne, mais un compte SMS réel ne peut pas être enregistré (Comptoir n&apos;écrit jamais ses identifiants en clair). Sous Linux, installez et ouvrez le gestionnaire de mots de passe de votre bureau (« Trousseau de clés » sous GNOME, « Portefeuille » sous KDE, ou KeePassXC), puis rouvrez ces réglages.</source>
        <translation>No secure keychain is available on this computer: the simulator works, but a real SMS account cannot be saved (Comptoir never stores credentials in plain text). On Linux, install and open your desktop&apos;s password manager (“Keyring” on GNOME, “Wallet” on KDE, or KeePassXC), then reopen these settings.</translation>
    </message>
    <message>
        <source>Retirer le &amp;secours</source>
        <translation>Remove &amp;fallback</translation>
    </message>
    <message>
        <source>Compte de &amp;secours</source>
        <translation>&amp;Fallback account</translation>
    </message>
    <message>
        <source>Compte « %s » ajouté.</source>
        <translation>Account “%s” added.</translation>
    </message>
    <message>
        <source>Compte « %s » enregistré.</source>
        <translation>Account “%s” saved.</translation>
    </message>
    <message>
        <source>Test de « %s » en cours…</source>
        <translation>Testing “%s”…</translation>
    </message>
    <message>
        <source>« %s » est le compte par défaut.</source>
        <translation>“%s” is the default account.</translation>
    </message>
    <message>
        <source>Plus de compte de secours.</source>
        <translation>No fallback account any more.</translation>
    </message>
    <message>
        <source>« %s » est le compte de secours.</source>
        <translation>“%s” is the fallback account.</translation>
    </message>
    <message>
        <source>Supprimer le compte SMS</source>
        <translation>Delete SMS account</translation>
    </message>
    <message>
        <source>Supprimer le compte « %s » ? Ses identifiants seront effacés du trousseau ; les messages déjà envoyés restent dans l&apos;historique.</source>
        <translation>Delete the account “%s”? Its credentials will be erased from the keychain; messages already sent stay in the history.</translation>
    </message>
    <message>
        <source>Compte « %s » supprimé.</source>
        <translation>Account “%s” deleted.</translation>
    </message>
</context>
<context>
    <name>AgendaAreas</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Sans attribution</source>
        <extracomment>Tints of the slots an appointment lasts, by status (light: the text stays readable).</extracomment>
        <translation>Nobody in particular</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Un rappel est bloqué : ouvrez le rendez-vous pour savoir pourquoi.</source>
        <translation>A reminder is blocked: open the appointment to see why.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Dr Morel
Dr Petit
Salle 2</source>
        <translation>Dr Morel
Dr Petit
Room 2</translation>
    </message>
    <message>
        <source>Équipe, une personne par ligne</source>
        <translation>Team, one person per line</translation>
    </message>
    <message>
        <source>Types de rendez-vous</source>
        <translation>Kinds of appointment</translation>
    </message>
    <message>
        <source>A&amp;jouter un type</source>
        <translation>Add a &amp;kind</translation>
    </message>
    <message>
        <source>Supprimer ce t&amp;ype</source>
        <translation>Remove this k&amp;ind</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Envoyer un rappel par SMS</source>
        <translation>Send an SMS reminder</translation>
    </message>
    <message>
        <source> jour(s) avant</source>
        <translation> day(s) before</translation>
    </message>
    <message>
        <source>Heure du rappel</source>
        <translation>Reminder time</translation>
    </message>
    <message>
        <source>Le dimanche aussi (sinon la veille ouvrée)</source>
        <translation>On Sundays too (otherwise the working day before)</translation>
    </message>
    <message>
        <source>Un jour plus tôt si le rendez-vous a été pris plus de 7 jours avant</source>
        <translation>One day earlier when the appointment was booked more than 7 days ahead</translation>
    </message>
    <message>
        <source>Rappel le matin même pour les rendez-vous de l&apos;après-midi, à</source>
        <translation>Reminder on the morning of afternoon appointments, at</translation>
    </message>
    <message>
        <source>Heure du rappel du matin</source>
        <translation>Time of the morning reminder</translation>
    </message>
    <message>
        <source>Rendez-vous pris trop tard pour le rappel : confirmer aussitôt</source>
        <translation>Booked too late for the reminder: confirm at once</translation>
    </message>
    <message>
        <source>Modèle du rappel</source>
        <translation>Reminder template</translation>
    </message>
    <message>
        <source>Modèle du rappel du matin</source>
        <translation>Morning reminder template</translation>
    </message>
    <message>
        <source>Modèle de la confirmation</source>
        <translation>Confirmation template</translation>
    </message>
    <message>
        <source>Prévenir le client aussitôt</source>
        <translation>Tell the client at once</translation>
    </message>
    <message>
        <source>Me proposer de prévenir le client</source>
        <translation>Offer to tell the client</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source> jour(s) après</source>
        <translation> day(s) later</translation>
    </message>
    <message>
        <source>pas d&apos;enquête</source>
        <translation>no survey</translation>
    </message>
    <message>
        <source>Heure des rappels de commande</source>
        <translation>Time of order reminders</translation>
    </message>
    <message>
        <source>Modèle « prête »</source>
        <translation>“Ready” template</translation>
    </message>
    <message>
        <source>Modèle du rappel de retrait</source>
        <translation>Pick-up reminder template</translation>
    </message>
    <message>
        <source>Modèle de l&apos;enquête</source>
        <translation>Survey template</translation>
    </message>
    <message>
        <source>Modèle « technicien en route »</source>
        <translation>“Technician on the way” template</translation>
    </message>
    <message>
        <source>Modèle « retard »</source>
        <translation>“Delay” template</translation>
    </message>
    <message>
        <source>Modèle « date du devis »</source>
        <translation>“Quote date” template</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Praticiens, techniciens ou salles (un par ligne)</source>
        <translation>&amp;Practitioners, technicians or rooms (one per line)</translation>
    </message>
    <message>
        <source>Types de rendez-vous et rappels</source>
        <translation>Kinds of appointment and reminders</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Durée habituelle</source>
        <translation>Usual &amp;length</translation>
    </message>
    <message>
        <source>à</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;Rappel</source>
        <translation>&amp;Reminder</translation>
    </message>
    <message>
        <source>&amp;Modèle du rappel</source>
        <translation>Reminder te&amp;mplate</translation>
    </message>
    <message>
        <source>Modèle du ma&amp;tin</source>
        <translation>Mor&amp;ning template</translation>
    </message>
    <message>
        <source>Modèle de la &amp;confirmation</source>
        <translation>&amp;Confirmation template</translation>
    </message>
    <message>
        <source>Les rappels respectent les heures de politesse du client (Horaires d&apos;envoi) et ne partent jamais après le début du rendez-vous. Plusieurs rendez-vous du même client le même jour : un seul SMS.</source>
        <translation>Reminders keep the client&apos;s courtesy hours (Sending hours) and never leave after the appointment has started. Several appointments of one client on the same day: one SMS.</translation>
    </message>
    <message>
        <source>Commandes et interventions</source>
        <translation>Orders and jobs</translation>
    </message>
    <message>
        <source>Commande p&amp;rête</source>
        <translation>Order &amp;ready</translation>
    </message>
    <message>
        <source>Rappel si pas re&amp;tirée</source>
        <translation>Reminder if not &amp;collected</translation>
    </message>
    <message>
        <source>&amp;Enquête de satisfaction</source>
        <translation>Satisfaction &amp;survey</translation>
    </message>
    <message>
        <source>À l&apos;&amp;heure de</source>
        <translation>At &amp;time</translation>
    </message>
    <message>
        <source>Modèle « en route »</source>
        <translation>“On the way” template</translation>
    </message>
    <message>
        <source>Nouveau type</source>
        <translation>New kind</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Aujo&amp;urd&apos;hui</source>
        <translation>To&amp;day</translation>
    </message>
    <message>
        <source>Période suivante</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Pour qui</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>&amp;Nouveau rendez-vous…</source>
        <translation>&amp;New appointment…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Semaine du %1 au %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rappel(s) bloqué(s) ces 7 derniers jours : ouvrez le rendez-vous (⚠) pour savoir pourquoi.</source>
        <translation>
            <numerusform>%n reminder blocked in the last 7 days: open the appointment (⚠) to see why.</numerusform>
            <numerusform>%n reminders blocked in the last 7 days: open the appointment (⚠) to see why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annuler le rendez-vous de %1, %2 ? Ses rappels qui ne sont pas encore partis ne partiront pas.</source>
        <translation>Cancel %1&apos;s appointment, %2? Its reminders that have not left yet will not leave.</translation>
    </message>
    <message>
        <source>Annuler le rendez-vous</source>
        <translation>Cancel the appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentDetail</name>
    <message>
        <source>Choisissez un rendez-vous dans l&apos;agenda, ou double-cliquez un créneau libre.</source>
        <extracomment>The statuses offered in the combo (cancelling has its own button).</extracomment>
        <translation>Choose an appointment in the agenda, or double-click a free slot.</translation>
    </message>
    <message>
        <source>Rendez-vous de ce créneau</source>
        <translation>Appointments of this slot</translation>
    </message>
    <message>
        <source>Rendez-vous annulé.</source>
        <translation>Appointment cancelled.</translation>
    </message>
    <message>
        <source>Fiche du &amp;client</source>
        <translation>&amp;Client card</translation>
    </message>
    <message>
        <source>&amp;Modifier ou déplacer…</source>
        <translation>&amp;Edit or move…</translation>
    </message>
    <message>
        <source>Annu&amp;ler le rendez-vous</source>
        <translation>Cance&amp;l the appointment</translation>
    </message>
    <message>
        <source>Rappels du rendez-vous</source>
        <translation>Reminders of the appointment</translation>
    </message>
    <message>
        <source>Aucun rappel : trop tard pour en envoyer un, ou rappels désactivés pour ce type.</source>
        <translation>No reminder: too late to send one, or reminders are switched off for this kind.</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Rappels par SMS</source>
        <translation>SMS reminders</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 min)</source>
        <translation>%1 – %2 (%3 min)</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Modifier le rendez-vous</source>
        <translation>Edit the appointment</translation>
    </message>
    <message>
        <source>Nouveau rendez-vous</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>L&apos;adresse du commerce, sinon</source>
        <translation>The business&apos;s address, otherwise</translation>
    </message>
    <message>
        <source>Pour l&apos;équipe seulement : jamais envoyé par SMS</source>
        <translation>For the team only: never sent by SMS</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Jour</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Heure</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Du&amp;rée</source>
        <translation>&amp;Length</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Avec</source>
        <translation>&amp;With</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Note interne</source>
        <translation>Internal &amp;note</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Prendre le rendez-vous</source>
        <translation>Book the appointment</translation>
    </message>
    <message>
        <source>Choisissez le client dans la liste (tapez une partie de son nom).</source>
        <translation>Choose the client in the list (type part of their name).</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Où est votre commerce ?</source>
        <translation>Where is your business?</translation>
    </message>
    <message>
        <source>La zone fixe les jours fériés et le fuseau horaire des envois.</source>
        <translation>The area sets the public holidays and the time zone for sending.</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Fuseau horaire %s ; jours fériés de cette zone.</source>
        <translation>Time zone %s; public holidays of this area.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Rattacher à un client</source>
        <translation>Attach to a client</translation>
    </message>
    <message>
        <source>Les réponses du %1 appartiennent à quel client ?</source>
        <translation>Which client do the replies from %1 belong to?</translation>
    </message>
    <message>
        <source>Enregistrer ce numéro comme portable du client s&apos;il n&apos;en a pas</source>
        <translation>Record this number as the client&apos;s mobile if they have none</translation>
    </message>
    <message>
        <source>Rattacher</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Quotidienne</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Manuelle</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Avant mise à jour</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <source>Avant restauration</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Base endommagée (gardée)</source>
        <translation>Damaged database (kept)</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Sauvegarder maintenan&amp;t</source>
        <translation>Back up no&amp;w</translation>
    </message>
    <message>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>&amp;Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Restaurer un autre &amp;fichier…</source>
        <translation>Restore another &amp;file…</translation>
    </message>
    <message>
        <source>La base de données est sur un serveur : elle se sauvegarde et se restaure avec les outils du serveur (pg_dump, pg_restore).</source>
        <translation>The database is on a server: it is backed up and restored with the server&apos;s own tools (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <source>Sauvegarde écrite : %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Sauvegardes Comptoir (*.sqlite3);;Tous les fichiers (*)</source>
        <translation>Comptoir backups (*.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BatchNames</name>
    <message>
        <source>Noms avec accents</source>
        <translation>Names with accents</translation>
    </message>
    <message>
        <source>Pour ce message seulement : les fiches des clients ne changent pas.</source>
        <translation>For this message only: the clients&apos; cards do not change.</translation>
    </message>
    <message>
        <source>Écrire sans accents pour tous les destinataires concernés</source>
        <translation>Write without accents for every recipient concerned</translation>
    </message>
    <message>
        <source>Remettre les accents</source>
        <translation>Put the accents back</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Votre commerce</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>Le nom est repris dans vos SMS ; le reste peut attendre.</source>
        <translation>The name appears in your SMS; the rest can wait.</translation>
    </message>
    <message>
        <source>Du mardi au samedi, 9h30–12h30 et 14h–19h</source>
        <translation>Tuesday to Saturday, 9:30–12:30 and 14:00–19:00</translation>
    </message>
    <message>
        <source>&amp;Nom du commerce *</source>
        <translation>Business na&amp;me *</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Télép&amp;hone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Horaires d&apos;&amp;ouverture</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>Horaires d&apos;ouverture</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>&amp;Nom du commerce</source>
        <translation>Business &amp;name</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Secteur</source>
        <translation>Business &amp;type</translation>
    </message>
    <message>
        <source>&amp;Horaires d&apos;ouverture</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Lien d&apos;&amp;avis (Google…)</source>
        <translation>Re&amp;view link (Google…)</translation>
    </message>
    <message>
        <source>Lien d&apos;en&amp;quête</source>
        <translation>Surve&amp;y link</translation>
    </message>
    <message>
        <source>(À l&apos;enregistrement, les modèles de ce métier qui manquent sont ajoutés ; les vôtres ne changent pas.)</source>
        <translation>(On saving, any missing templates for this trade are added; yours are left unchanged.)</translation>
    </message>
    <message>
        <source>Fuseau horaire %s ; jours fériés de cette zone.</source>
        <translation>Time zone %s; public holidays of this area.</translation>
    </message>
</context>
<context>
    <name>ChipEdit</name>
    <message>
        <source>%1, sinon « %2 »</source>
        <translation>%1, otherwise “%2”</translation>
    </message>
</context>
<context>
    <name>ClientAgendaPanel</name>
    <message>
        <source>Rendez-vous et commandes</source>
        <translation>Appointments and orders</translation>
    </message>
    <message>
        <source>Rendez-vous du client</source>
        <translation>The client&apos;s appointments</translation>
    </message>
    <message>
        <source>Commandes du client</source>
        <translation>The client&apos;s orders</translation>
    </message>
    <message>
        <source>Aucun rendez-vous ni commande.</source>
        <translation>No appointment and no order.</translation>
    </message>
    <message>
        <source>Prendre un &amp;rendez-vous…</source>
        <translation>Book an &amp;appointment…</translation>
    </message>
    <message>
        <source>Nouvelle comma&amp;nde…</source>
        <translation>New or&amp;der…</translation>
    </message>
    <message>
        <source>Impossible de lire les rendez-vous pour l&apos;instant.</source>
        <translation>The appointments cannot be read right now.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>← &amp;Clients</source>
        <extracomment>Columns of the consent history said under the table (how, by whom, the wording): the card is narrow.</extracomment>
        <translation>← &amp;Clients</translation>
    </message>
    <message>
        <source>Retour à la liste des clients</source>
        <translation>Back to the client list</translation>
    </message>
    <message>
        <source>&amp;Envoyer un SMS</source>
        <translation>&amp;Send SMS</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Enregistrer un c&amp;onsentement</source>
        <translation>Record co&amp;nsent</translation>
    </message>
    <message>
        <source>&amp;Désinscrire</source>
        <translation>Opt &amp;out</translation>
    </message>
    <message>
        <source>Le client ne recevra plus aucun SMS (promotions et messages pratiques).</source>
        <translation>The client will no longer receive any SMS (promotions or service messages).</translation>
    </message>
    <message>
        <source>Aucun consentement enregistré pour l&apos;instant.</source>
        <translation>No consent recorded yet.</translation>
    </message>
    <message>
        <source>Historique des consentements</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>Détail du consentement choisi</source>
        <translation>Details of the selected consent</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>État du numéro</source>
        <translation>Number status</translation>
    </message>
    <message>
        <source>Autre téléphone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Messages de service</source>
        <translation>Service messages</translation>
    </message>
    <message>
        <source>Consentement aux SMS</source>
        <translation>SMS consent</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>A demandé l&apos;arrêt de : %1.</source>
        <translation>Asked to stop: %1.</translation>
    </message>
    <message>
        <source>(réponse SMS « %1 », %2)</source>
        <translation>(SMS reply “%1”, %2)</translation>
    </message>
    <message>
        <source>Numéro invalide : les SMS ne partent plus vers ce numéro. Vérifiez-le.</source>
        <translation>Invalid number: SMS are no longer sent to this number. Please check it.</translation>
    </message>
    <message>
        <source>Injoignable : les derniers SMS n&apos;ont pas été distribués.</source>
        <translation>Unreachable: the last SMS were not delivered.</translation>
    </message>
    <message>
        <source>Ce client n&apos;a pas de numéro de portable.</source>
        <translation>This client has no mobile number.</translation>
    </message>
    <message>
        <source>Données du client exportées dans %1</source>
        <translation>Client data exported to %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Recueilli par</source>
        <translation>Collected via</translation>
    </message>
    <message>
        <source>Enregistré par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Texte montré</source>
        <translation>Wording shown</translation>
    </message>
    <message>
        <source>Recueilli : %1</source>
        <translation>Collected: %1</translation>
    </message>
    <message>
        <source>Enregistré par : %1</source>
        <translation>Recorded by: %1</translation>
    </message>
    <message>
        <source>Texte montré : « %1 »</source>
        <translation>Text shown: “%1”</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Nouveau client</source>
        <extracomment>Saving a new client: the draft and the consent recorded with it (None: not asked yet).</extracomment>
        <translation>New client</translation>
    </message>
    <message>
        <source>Modifier le client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Connue</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>&amp;Civilité</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Por&amp;table</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <source>A&amp;utre téléphone</source>
        <translation>&amp;Other phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Code p&amp;ostal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;Ville</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>Date de &amp;naissance</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>Éti&amp;quettes</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Abandonner ce que vous avez saisi pour ce client ?</source>
        <translation>Discard what you entered for this client?</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Nom, numéro ou e-mail du client</source>
        <translation>The client&apos;s name, number or e-mail</translation>
    </message>
    <message>
        <source>Rechercher un client</source>
        <translation>Search for a client</translation>
    </message>
    <message>
        <source>Clients trouvés</source>
        <translation>Clients found</translation>
    </message>
    <message>
        <source>Aucun client ne correspond.</source>
        <translation>No client matches.</translation>
    </message>
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <source>&amp;Importer un fichier…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <source>Importer des clients depuis Excel, LibreOffice, un CSV ou des fiches contact (vCard)</source>
        <translation>Import clients from Excel, LibreOffice, a CSV file or contact cards (vCard)</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Télécharger le &amp;modèle</source>
        <translation>Download the &amp;template</translation>
    </message>
    <message>
        <source>Un fichier Excel avec les colonnes attendues et un exemple</source>
        <translation>An Excel file with the expected columns and an example</translation>
    </message>
    <message>
        <source>Importer des clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Fichiers de clients (%1)</source>
        <translation>Client files (%1)</translation>
    </message>
    <message>
        <source>Exporter les clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Les clients sont exportés dans ce fichier :</source>
        <translation>The clients were exported to this file:</translation>
    </message>
    <message>
        <source>Enregistrer le modèle d&apos;import</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Le modèle d&apos;import est enregistré dans ce fichier :</source>
        <translation>The import template was saved to this file:</translation>
    </message>
    <message>
        <source>Le fichier est enregistré ici :</source>
        <translation>The file was saved here:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Open the &amp;folder</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Oui</source>
        <extracomment>The view asked for another order: the owner runs the query again in SQL (ClientSort, descending).</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Declined</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Rechercher un nom, un numéro, un e-mail…</source>
        <translation>Search by name, number, email…</translation>
    </message>
    <message>
        <source>Recherche de clients</source>
        <translation>Client search</translation>
    </message>
    <message>
        <source>Filtre consentement</source>
        <translation>Consent filter</translation>
    </message>
    <message>
        <source>Tous les clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>Promotions acceptées</source>
        <translation>Promotions accepted</translation>
    </message>
    <message>
        <source>Promotions refusées</source>
        <translation>Promotions declined</translation>
    </message>
    <message>
        <source>Consentement inconnu</source>
        <translation>Consent unknown</translation>
    </message>
    <message>
        <source>Filtre étiquette</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <source>Toutes les étiquettes</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>&amp;Nouveau client</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>Ajouter un client (Ctrl+N)</source>
        <translation>Add a client (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Envoyer un SMS…</source>
        <translation>&amp;Send SMS…</translation>
    </message>
    <message>
        <source>Écrire un SMS aux clients sélectionnés (Ctrl+A : toute la liste)</source>
        <translation>Write an SMS to the selected clients (Ctrl+A: the whole list)</translation>
    </message>
    <message>
        <source>Liste des clients</source>
        <translation>Client list</translation>
    </message>
    <message>
        <source>Importez votre fichier clients</source>
        <translation>Import your client file</translation>
    </message>
    <message>
        <source>Un fichier Excel, LibreOffice ou CSV : Comptoir reconnaît les colonnes (nom, prénom, portable…) et vous montre tout avant d&apos;importer. Vous pouvez aussi ajouter vos clients un par un.</source>
        <translation>An Excel, LibreOffice or CSV file: Comptoir recognises the columns (name, first name, mobile…) and shows you everything before importing. You can also add your clients one by one.</translation>
    </message>
    <message>
        <source>Importer un fichier…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Ajouter un client</source>
        <translation>Add a client</translation>
    </message>
    <message>
        <source>Aucun client ne correspond</source>
        <translation>No client matches</translation>
    </message>
    <message>
        <source>Vérifiez l&apos;orthographe, ou effacez la recherche et les filtres.</source>
        <translation>Check the spelling, or clear the search and the filters.</translation>
    </message>
    <message>
        <source>Effacer la recherche</source>
        <translation>Clear the search</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n client(s) ? Leurs messages seront conservés sans leur nom.</source>
        <translation>
            <numerusform>Delete %n client? Their messages will be kept without their name.</numerusform>
            <numerusform>Delete %n clients? Their messages will be kept without their names.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>ComposeConfirm</name>
    <message numerus="yes">
        <source>Envoyer à %n personne(s), coût %1 ?</source>
        <translation>
            <numerusform>Send to %n person, cost %1?</numerusform>
            <numerusform>Send to %n people, cost %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS au total.</source>
        <translation>
            <numerusform>%n SMS in all.</numerusform>
            <numerusform>%n SMS in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmer ce message, coût %1 ?</source>
        <translation>Schedule this message, cost %1?</translation>
    </message>
    <message>
        <source>entre %1 et %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <source>Départ prévu %1.</source>
        <translation>Planned departure %1.</translation>
    </message>
    <message>
        <source>Départ prévu %1 : maintenant, c&apos;est en dehors des heures d&apos;envoi des promotions.</source>
        <translation>Planned departure %1: now is outside the sending hours for promotions.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ne le recevront pas (voir la liste).</source>
        <translation>
            <numerusform>%n client will not receive it (see the list).</numerusform>
            <numerusform>%n clients will not receive it (see the list).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Programmer</source>
        <translation>Sc&amp;hedule</translation>
    </message>
    <message>
        <source>Confirmer l&apos;envoi</source>
        <translation>Confirm sending</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComposeEditor</name>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Écrivez votre message. Le prénom et les autres informations s&apos;insèrent avec les boutons dessous.</source>
        <translation>Write your message. The first name and other details are inserted with the buttons below.</translation>
    </message>
    <message>
        <source>Texte du message</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Variables à insérer</source>
        <translation>Variables to insert</translation>
    </message>
    <message>
        <source>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</source>
        <translation>Click (or press Enter) to insert the variable at the cursor.</translation>
    </message>
    <message>
        <source>Erreurs dans le message</source>
        <translation>Errors in the message</translation>
    </message>
    <message>
        <source>O&amp;ptimiser pour SMS</source>
        <translation>O&amp;ptimise for SMS</translation>
    </message>
    <message>
        <source>Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins (annulable avec Ctrl+Z).</source>
        <translation>Replace the special characters that shorten each SMS, to send fewer (undo with Ctrl+Z).</translation>
    </message>
    <message>
        <source>Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160.</source>
        <translation>Special character: with it, each SMS holds 70 characters instead of 160.</translation>
    </message>
    <message>
        <source>Effet de l&apos;optimisation</source>
        <translation>Effect of the optimisation</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ou %2 SMS</source>
        <translation>%1 or %2 SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n destinataire(s) : leur nom avec accents fait passer le SMS à %1 ; l&apos;écrire sans accents pour ce message économise %2.</source>
        <translation>
            <numerusform>%n recipient: the accents in their name take the SMS to %1; writing it without accents for this message saves %2.</numerusform>
            <numerusform>%n recipients: the accents in their names take the SMS to %1; writing them without accents for this message saves %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nom écrit sans accents pour ce message chez %n destinataire(s) : %1 d&apos;économie. Leur fiche ne change pas.</source>
        <translation>
            <numerusform>Name written without accents for this message for %n recipient: %1 saved. Their card does not change.</numerusform>
            <numerusform>Names written without accents for this message for %n recipients: %1 saved. Their cards do not change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hors des heures d&apos;envoi : départ prévu %1 (%n message(s)).</source>
        <translation>
            <numerusform>Outside sending hours: will be sent %1 (%n message).</numerusform>
            <numerusform>Outside sending hours: will be sent %1 (%n messages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce client ne recevra pas ce message.</source>
        <translation>This client will not receive this message.</translation>
    </message>
    <message numerus="yes">
        <source>%n destinataire(s) hors des heures de politesse : « Envoyer au prochain créneau autorisé » attend le matin.</source>
        <translation>
            <numerusform>%n recipient outside courtesy hours: “Send at the next allowed time” waits until morning.</numerusform>
            <numerusform>%n recipients outside courtesy hours: “Send at the next allowed time” waits until morning.</numerusform>
        </translation>
    </message>
    <message>
        <source>coût estimé %1</source>
        <translation>estimated cost %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 pour %n client(s)</source>
        <translation>
            <numerusform>%1 for %n client</numerusform>
            <numerusform>%1 for %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Coût estimé : %1 (%2)</source>
        <translation>Estimated cost: %1 (%2)</translation>
    </message>
    <message>
        <source>Écrivez le message ou choisissez un modèle.</source>
        <translation>Write the message or choose a template.</translation>
    </message>
    <message numerus="yes">
        <source>%n destinataire(s) sur %1</source>
        <translation>
            <numerusform>%n recipient of %1</numerusform>
            <numerusform>%n recipients of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>entre %1 et %2</source>
        <translation>between %1 and %2</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Envoyer un SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>Type de message</source>
        <translation>Message type</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Message libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>Un message urgent part à toute heure et peut être renvoyé le même jour (messages pratiques).</source>
        <translation>An urgent message is sent at any hour and may be sent again the same day (service messages).</translation>
    </message>
    <message>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Résumé de l&apos;envoi</source>
        <translation>Sending summary</translation>
    </message>
    <message>
        <source>Ne recevront pas ce message :</source>
        <translation>Will not receive this message:</translation>
    </message>
    <message>
        <source>Destinataire affiché</source>
        <translation>Recipient shown</translation>
    </message>
    <message>
        <source>&amp;Aperçu pour</source>
        <translation>&amp;Preview for</translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Mettre en file d&apos;envoi maintenant (Ctrl+Entrée)</source>
        <translation>Queue for sending now (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>P&amp;rogrammer…</source>
        <translation>Sc&amp;hedule…</translation>
    </message>
    <message>
        <source>Envoyer au prochain &amp;créneau autorisé</source>
        <translation>Send at the next &amp;allowed time</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Mo&amp;dèle</source>
        <translation>Temp&amp;late</translation>
    </message>
    <message>
        <source> (exclu)</source>
        <translation> (excluded)</translation>
    </message>
    <message>
        <source>Coût estimé : %1</source>
        <translation>Estimated cost: %1</translation>
    </message>
    <message>
        <source>Mise en file d&apos;envoi…</source>
        <translation>Queueing…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Fiche modifiée entre-temps</source>
        <translation>Client changed in the meantime</translation>
    </message>
    <message>
        <source>Dernier enregistrement : %1.</source>
        <translation>Last saved: %1.</translation>
    </message>
    <message>
        <source>&amp;Recharger la fiche</source>
        <translation>&amp;Reload the client</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la mienne par-dessus</source>
        <translation>&amp;Save mine over it</translation>
    </message>
    <message>
        <source>Revenir à ma &amp;saisie</source>
        <translation>Back to my &amp;form</translation>
    </message>
</context>
<context>
    <name>ConnectBanner</name>
    <message>
        <source>Vous utilisez le simulateur : aucun SMS réel ne part.</source>
        <translation>You are using the simulator: no real SMS is sent.</translation>
    </message>
    <message>
        <source>&amp;Connecter un compte SMS…</source>
        <translation>Connect an SMS acco&amp;unt…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consentement de %1</source>
        <translation>Consent of %1</translation>
    </message>
    <message>
        <source>&amp;Accepte de recevoir ces SMS</source>
        <translation>&amp;Agrees to receive these SMS</translation>
    </message>
    <message>
        <source>&amp;Refuse ou retire son accord</source>
        <translation>&amp;Declines or withdraws consent</translation>
    </message>
    <message>
        <source>Formulaire</source>
        <extracomment>What the dialog returns: the consent to record (one record type for the client form and this dialog).</extracomment>
        <translation>Form</translation>
    </message>
    <message>
        <source>Papier signé</source>
        <translation>Signed paper</translation>
    </message>
    <message>
        <source>Oral en boutique</source>
        <translation>Verbally, in store</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Texte montré au client</source>
        <translation>Wording shown to the client</translation>
    </message>
    <message>
        <source>&amp;Pour</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>Le client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>&amp;Recueilli par</source>
        <translation>&amp;Collected via</translation>
    </message>
    <message>
        <source>&amp;Texte montré au client</source>
        <translation>&amp;Wording shown to the client</translation>
    </message>
    <message>
        <source>&amp;Enregistré par</source>
        <translation>Recorded &amp;by</translation>
    </message>
    <message>
        <source>E&amp;nregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Indiquez le texte que le client a accepté : c&apos;est la preuve de son accord.</source>
        <translation>Enter the wording the client agreed to: it is the proof of consent.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>Promotions par SMS</source>
        <translation>Promotions by SMS</translation>
    </message>
    <message>
        <source>Pas encore demandé</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>A&amp;ccepte</source>
        <translation>A&amp;ccepts</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Re&amp;fuses</translation>
    </message>
    <message>
        <source>Recueilli par</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <source>Texte accepté par le client</source>
        <translation>Text accepted by the client</translation>
    </message>
    <message>
        <source>&amp;Texte accepté</source>
        <translation>Accepted &amp;text</translation>
    </message>
    <message>
        <source>&amp;Recueilli</source>
        <translation>&amp;Collected</translation>
    </message>
    <message>
        <source>Enregistré &amp;par</source>
        <translation>Recorded &amp;by</translation>
    </message>
    <message>
        <source>Indiquez le texte que le client a accepté : c&apos;est la preuve de son accord.</source>
        <translation>Enter the text the client accepted: it is the proof of their agreement.</translation>
    </message>
</context>
<context>
    <name>ConsentRegisterDialog</name>
    <message>
        <source>Registre des consentements</source>
        <translation>Consent register</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n évènement(s) enregistré(s)</source>
        <translation>
            <numerusform>%n event recorded</numerusform>
            <numerusform>%n events recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter le registre des consentements</source>
        <translation>Export the consent register</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) exportée(s) dans %1</source>
        <translation>
            <numerusform>%n line exported to %1</numerusform>
            <numerusform>%n lines exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentRegisterModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Recueilli par</source>
        <translation>Collected via</translation>
    </message>
    <message>
        <source>Enregistré par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Texte montré</source>
        <translation>Wording shown</translation>
    </message>
    <message>
        <source>(client effacé)</source>
        <translation>(erased client)</translation>
    </message>
    <message>
        <source> — effacement des données</source>
        <translation> — data erased</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>partira %1</source>
        <translation>will be sent on %1</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation avec le client</source>
        <translation>Conversation with the client</translation>
    </message>
    <message numerus="yes">
        <source>Seuls les %n derniers messages sont affichés.</source>
        <translation>
            <numerusform>Only the last message is shown.</numerusform>
            <numerusform>Only the last %n messages are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun message échangé avec ce client pour l&apos;instant.</source>
        <translation>No messages with this client yet.</translation>
    </message>
    <message>
        <source>Message envoyé</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <source>Réponse du client</source>
        <translation>Client reply</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Comptoir — problème</source>
        <translation>Comptoir — problem</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas perdues.
Le détail a été noté dans le journal ; vous pouvez le transmettre au support.</source>
        <translation>An unexpected error occurred. Your saved data is not lost.
The details were written to the log; you can send it to support.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>par défaut : %s</source>
        <translation>default: %s</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Par &amp;défaut</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <source>Ou&amp;vrir</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>Ouvrir le dossier des sauvegardes</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source> sauvegardes</source>
        <translation> backups</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Dossier des &amp;sauvegardes</source>
        <translation>&amp;Backup folder</translation>
    </message>
    <message>
        <source>&amp;Garder les</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Garder le texte des &amp;messages</source>
        <translation>Keep message &amp;text for</translation>
    </message>
    <message>
        <source>Au-delà, le texte des anciens messages est effacé (les statistiques restent). Une sauvegarde est faite chaque jour ; choisissez de préférence un dossier sur un autre disque ou une clé USB.</source>
        <translation>After that, the text of older messages is erased (statistics remain). A backup is made every day; preferably choose a folder on another disk or a USB stick.</translation>
    </message>
    <message>
        <source>Base de données : %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>Base de données sur un serveur (%s), partagée entre les postes.</source>
        <translation>Database on a server (%s), shared between workstations.</translation>
    </message>
</context>
<context>
    <name>DispatcherRunner</name>
    <message>
        <source>Envoi des SMS en cours…</source>
        <extracomment>The state shown when the desk&apos;s dispatcher runs in another process.</extracomment>
        <translation>Sending SMS…</translation>
    </message>
    <message>
        <source>Envois : prêt</source>
        <translation>Sending: ready</translation>
    </message>
    <message>
        <source>Envois en erreur : </source>
        <translation>Sending error: </translation>
    </message>
    <message>
        <source>Envois assurés par un autre Comptoir de ce poste</source>
        <translation>Sending handled by another Comptoir on this workstation</translation>
    </message>
    <message>
        <source>Envois arrêtés</source>
        <translation>Sending stopped</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>Effacer le client</source>
        <translation>Erase the client</translation>
    </message>
    <message>
        <source>Effacer définitivement %1 ?</source>
        <translation>Erase %1 for good?</translation>
    </message>
    <message>
        <source>Sa fiche, ses rendez-vous et ses commandes sont supprimés. Ses SMS et ses réponses restent dans les statistiques, sans numéro ni texte. Ses consentements restent au registre, sans son nom. Son numéro reste en liste d&apos;opposition : il ne recevra plus de promotions, même après un nouvel import. Pensez à exporter ses données d&apos;abord s&apos;il les a demandées.</source>
        <translation>The client&apos;s record, appointments and orders are deleted. Their SMS and replies stay in the statistics, without number or text. Their consents stay in the register, without their name. Their number stays on the suppression list: they will receive no more promotions, even after a new import. Export their data first if they asked for it.</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Classeur Excel ou LibreOffice (.xlsx, .xls, .ods), fichier CSV ou carte de visite (.vcf).</source>
        <translation>Excel or LibreOffice workbook (.xlsx, .xls, .ods), CSV file or contact card (.vcf).</translation>
    </message>
    <message>
        <source>Chemin du fichier</source>
        <translation>File path</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choisir le fichier des clients</source>
        <translation>Choose the client file</translation>
    </message>
    <message>
        <source>Fichiers de clients (%1)</source>
        <translation>Client files (%1)</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
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
        <source>Vérifications avant envoi</source>
        <translation>Pre-send checks</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Premier démarrage de Comptoir</source>
        <translation>Welcome to Comptoir</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Début des envois de promotions</source>
        <translation>Start of promotion sending</translation>
    </message>
    <message>
        <source>Fin des envois de promotions</source>
        <translation>End of promotion sending</translation>
    </message>
    <message>
        <source>Envoyer aussi les jours &amp;fériés (déconseillé)</source>
        <translation>Also send on public &amp;holidays (not recommended)</translation>
    </message>
    <message>
        <source>Début des heures de politesse</source>
        <translation>Start of courtesy hours</translation>
    </message>
    <message>
        <source>Fin des heures de politesse</source>
        <translation>End of courtesy hours</translation>
    </message>
    <message>
        <source>&amp;Valeurs recommandées</source>
        <translation>Recommended &amp;values</translation>
    </message>
    <message>
        <source>Promotions et enquêtes</source>
        <translation>Promotions and surveys</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pl&amp;age horaire</source>
        <translation>&amp;Time window</translation>
    </message>
    <message>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Heure locale de chaque client. Recommandé : du lundi au samedi, 8h00–20h00, jamais le dimanche ni les jours fériés ; la charte des opérateurs mobiles permet jusqu&apos;à 21h30. Hors de ces heures, les messages attendent le prochain créneau permis.</source>
        <translation>Each client&apos;s local time. Recommended: Monday to Saturday, 8:00–20:00, never on Sundays or public holidays; the mobile operators&apos; charter allows up to 21:30. Outside these hours, messages wait for the next allowed slot.</translation>
    </message>
    <message>
        <source>Messages de service (rendez-vous, commandes)</source>
        <translation>Service messages (appointments, orders)</translation>
    </message>
    <message>
        <source>Heures de &amp;politesse</source>
        <translation>&amp;Courtesy hours</translation>
    </message>
    <message>
        <source>Hors de ces heures, Comptoir avertit et propose de différer l&apos;envoi.</source>
        <translation>Outside these hours, Comptoir warns you and offers to delay sending.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer des clients</source>
        <extracomment>Rows per transaction (a cancel keeps whole batches only).</extracomment>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Annulation… le lot en cours se termine.</source>
        <translation>Cancelling… the current batch is finishing.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>%1 (numéro inconnu)</source>
        <translation>%1 (unknown number)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Dernier message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suivi par</source>
        <translation>Followed by</translation>
    </message>
    <message numerus="yes">
        <source>%n non lue(s)</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n à traiter</source>
        <translation>
            <numerusform>%n to handle</numerusform>
            <numerusform>%n to handle</numerusform>
        </translation>
    </message>
    <message>
        <source>Traité</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Ce que Comptoir a compris</source>
        <translation>What Comptoir understood</translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>To handle</translation>
    </message>
    <message>
        <source>quelqu&apos;un</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Traité par %1, %2</source>
        <translation>Handled by %1, %2</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Vous êtes</source>
        <translation>You are</translation>
    </message>
    <message>
        <source>Quelles réponses</source>
        <translation>Which replies</translation>
    </message>
    <message>
        <source>À lire ou à traiter</source>
        <translation>To read or to handle</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>To handle</translation>
    </message>
    <message>
        <source>Non lues</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Traitées</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Suivies par</source>
        <translation>Followed by</translation>
    </message>
    <message>
        <source>Nom ou numéro</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <source>Rechercher une conversation</source>
        <translation>Search a conversation</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Vous êtes :</source>
        <translation>You are:</translation>
    </message>
    <message>
        <source>suivies par</source>
        <translation>followed by</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Enquêtes</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Aucune réponse à lire ni à traiter : tout est à jour.</source>
        <translation>No reply to read or handle: everything is up to date.</translation>
    </message>
    <message>
        <source>Aucune conversation ne correspond.</source>
        <translation>No conversation matches.</translation>
    </message>
    <message>
        <source>tout le monde</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>quelqu&apos;un</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Réponse traitée (%1, %2).</source>
        <translation>Reply handled (%1, %2).</translation>
    </message>
    <message>
        <source>Déjà traitée par %1, %2 : rien n&apos;a changé.</source>
        <translation>Already handled by %1, %2: nothing changed.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>La langue choisie prendra effet au prochain démarrage de Comptoir. Elle ne concerne que cet ordinateur ; vos SMS restent rédigés dans vos modèles.</source>
        <translation>The chosen language takes effect the next time Comptoir starts. It applies to this computer only; your SMS are still written as in your templates.</translation>
    </message>
    <message>
        <source>Lan&amp;gue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source> par 7 jours</source>
        <translation> per 7 days</translation>
    </message>
    <message>
        <source> par 30 jours</source>
        <translation> per 30 days</translation>
    </message>
    <message>
        <source> par jour</source>
        <translation> per day</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Promotions par client</source>
        <translation>&amp;Promotions per client</translation>
    </message>
    <message>
        <source>… et au plus</source>
        <translation>… and at most</translation>
    </message>
    <message>
        <source>Même message de &amp;service</source>
        <translation>Same service &amp;message</translation>
    </message>
    <message>
        <source>Une demande d&apos;&amp;avis tous les</source>
        <translation>One re&amp;view request every</translation>
    </message>
    <message>
        <source>0 = pas de limite. Les clients qui dépasseraient une limite sont listés avant l&apos;envoi et ne reçoivent pas le message. « Urgent » permet de renvoyer un message de service.</source>
        <translation>0 = no limit. Clients who would exceed a limit are listed before sending and do not receive the message. “Urgent” lets you send a service message again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <extracomment>The window on first start: most of a small screen (1280×800), at most this on a large one.</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <extracomment>When set, ``--smoke`` prints when the window was shown and when the list answered (bench/startup.py).</extracomment>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Vérifiez ce que contient chaque colonne ; l&apos;aperçu montre le sort des premières lignes.</source>
        <translation>Check what each column contains; the preview shows what happens to the first rows.</translation>
    </message>
    <message>
        <source>— ne pas importer —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Nom complet (à séparer)</source>
        <translation>Full name (to split)</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Autre téléphone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Consentement SMS promotionnel</source>
        <translation>Promotional SMS consent</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nouveau, avec remarque</source>
        <translation>New, with a note</translation>
    </message>
    <message>
        <source>Déjà connu</source>
        <translation>Already known</translation>
    </message>
    <message>
        <source>Doublon dans le fichier</source>
        <translation>Duplicate in the file</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Aperçu des %n première(s) ligne(s) — </source>
        <translation>
            <numerusform>Preview of the first row — </numerusform>
            <numerusform>Preview of the first %n rows — </numerusform>
        </translation>
    </message>
    <message>
        <source>Indiquez au moins la colonne du nom ou celle du portable.</source>
        <translation>Choose at least the name column or the mobile column.</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <source>Code pour le support : {code}</source>
        <translation>Code for support: {code}</translation>
    </message>
</context>
<context>
    <name>MessageDetailDialog</name>
    <message>
        <source>Message n° {id}</source>
        <translation>Message no. {id}</translation>
    </message>
</context>
<context>
    <name>MessageDetailPanel</name>
    <message>
        <source>Sélectionnez un message pour voir son historique.</source>
        <translation>Select a message to see its history.</translation>
    </message>
    <message>
        <source>Statut du message</source>
        <translation>Message status</translation>
    </message>
    <message>
        <source>Texte du message</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Historique des statuts</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Destinataire :</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Compte SMS :</source>
        <translation>SMS account:</translation>
    </message>
    <message>
        <source>Catégorie :</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Taille :</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Créé :</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Départ prévu :</source>
        <translation>Scheduled for:</translation>
    </message>
    <message>
        <source>Envoyé :</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Identifiant fournisseur :</source>
        <translation>Provider ID:</translation>
    </message>
    <message>
        <source>Historique :</source>
        <translation>History:</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Comptoir ne sait pas si ce SMS est parti et ne le renverra jamais de lui-même. Vérifiez l&apos;historique de votre compte SMS, puis choisissez « Marquer comme envoyé », « Réessayer » ou « Annuler l&apos;envoi ».</source>
        <translation>Comptoir does not know whether this SMS was sent and will never resend it on its own. Check your SMS account&apos;s history, then choose “Mark as sent”, “Retry” or “Cancel sending”.</translation>
    </message>
    <message>
        <source>Ce SMS n&apos;est pas parti. Corrigez la cause ci-dessous, puis choisissez « Réessayer ».</source>
        <translation>This SMS was not sent. Fix the cause below, then choose “Retry”.</translation>
    </message>
    <message>
        <source>Promotion retenue hors des heures d&apos;envoi légales : elle partira {when}.</source>
        <translation>Promotion held outside legal sending hours: it will be sent on {when}.</translation>
    </message>
    <message>
        <source>Programmé : partira {when}.</source>
        <translation>Scheduled: will be sent on {when}.</translation>
    </message>
    <message>
        <source>Accepté par le fournisseur ; en attente de l&apos;accusé de réception.</source>
        <translation>Accepted by the provider; waiting for the delivery receipt.</translation>
    </message>
</context>
<context>
    <name>MessageFilters</name>
    <message>
        <source>Filtre statut</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>À traiter (échec, incertain)</source>
        <translation>Needs attention (failed, uncertain)</translation>
    </message>
    <message>
        <source>Filtre période</source>
        <translation>Period filter</translation>
    </message>
    <message>
        <source>Toutes les dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>7 derniers jours</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 derniers jours</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Période choisie…</source>
        <translation>Custom period…</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Filtre compte SMS</source>
        <translation>SMS account filter</translation>
    </message>
    <message>
        <source>Tous les comptes</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Filtre modèle</source>
        <translation>Template filter</translation>
    </message>
    <message>
        <source>Tous les modèles</source>
        <translation>All templates</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>{status} · prévu le {when}</source>
        <extracomment>Sizes of the pages read so far (tests check the model never reads everything at once).</extracomment>
        <translation>{status} · due {when}</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <source>Résumé des envois</source>
        <translation>Sending summary</translation>
    </message>
    <message>
        <source>Liste des messages</source>
        <translation>Message list</translation>
    </message>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Marquer comme envoyé</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <source>&amp;Envoyer maintenant</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <source>A&amp;nnuler l&apos;envoi</source>
        <translation>&amp;Cancel sending</translation>
    </message>
    <message>
        <source>Aucun SMS envoyé pour l&apos;instant</source>
        <translation>No SMS sent yet</translation>
    </message>
    <message>
        <source>Écrivez à un client depuis sa fiche (« Envoyer un SMS »), ou à plusieurs depuis la liste des clients. Chaque message apparaît ici avec ce qu&apos;il est devenu.</source>
        <translation>Write to a client from their card (“Send SMS”), or to several from the client list. Each message shows here with what became of it.</translation>
    </message>
    <message>
        <source>Écrire à un client…</source>
        <translation>Write to a client…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n à traiter</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n en file</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n livré(s) ce mois</source>
        <translation>
            <numerusform>%n delivered this month</numerusform>
            <numerusform>%n delivered this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages sélectionnés.</source>
        <translation>
            <numerusform>%n message selected.</numerusform>
            <numerusform>%n messages selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Comptoir ne sait pas si ce message est parti. Il a peut-être déjà été reçu. Le renvoyer quand même ?</source>
        <translation>Comptoir does not know whether this message was sent. It may already have been received. Resend it anyway?</translation>
    </message>
    <message numerus="yes">
        <source>Comptoir ne sait pas si %n de ces messages sont partis : ils ont peut-être déjà été reçus. Les renvoyer quand même ?</source>
        <translation>
            <numerusform>Comptoir does not know whether %n of these messages was sent: it may already have been received. Resend it anyway?</numerusform>
            <numerusform>Comptoir does not know whether %n of these messages were sent: they may already have been received. Resend them anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renvoyer %n message(s) maintenant ?</source>
        <translation>
            <numerusform>Resend %n message now?</numerusform>
            <numerusform>Resend %n messages now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Marquer comme envoyé</source>
        <translation>Mark as sent</translation>
    </message>
    <message numerus="yes">
        <source>Marquer %n message(s) comme envoyé(s) ? Comptoir ne les renverra pas.</source>
        <translation>
            <numerusform>Mark %n message as sent? Comptoir will not resend it.</numerusform>
            <numerusform>Mark %n messages as sent? Comptoir will not resend them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annuler l&apos;envoi</source>
        <translation>Cancel sending</translation>
    </message>
    <message numerus="yes">
        <source>Annuler l&apos;envoi de %n message(s) ? Ils ne partiront pas.</source>
        <translation>
            <numerusform>Cancel sending %n message? It will not be sent.</numerusform>
            <numerusform>Cancel sending %n messages? They will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Un message incertain est peut-être déjà parti : l&apos;annuler le retire seulement des messages à traiter.</source>
        <translation>An uncertain message may already have been sent: cancelling it only removes it from the messages that need attention.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) n&apos;ont pas pu être modifiés.</source>
        <translation>
            <numerusform>%n message could not be changed.</numerusform>
            <numerusform>%n messages could not be changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>dès que possible</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>Impossible d&apos;envoyer maintenant : les heures d&apos;envoi légales sont fermées.</source>
        <translation>Cannot send now: it is outside legal sending hours.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>NoticeTimeDialog</name>
    <message>
        <source>Le devis partira le</source>
        <translation>The quote will be sent on</translation>
    </message>
    <message>
        <source>Arrivée &amp;vers</source>
        <translation>Arrival at &amp;about</translation>
    </message>
    <message>
        <source>Nouvelle &amp;heure</source>
        <translation>New &amp;time</translation>
    </message>
    <message>
        <source>Le message annonce cette information au client.</source>
        <translation>The message tells the client this.</translation>
    </message>
    <message>
        <source>Prévenir le client</source>
        <translation>Tell the client</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Où en est-il</source>
        <translation>Where it stands</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Désinscrire</source>
        <translation>Opt out</translation>
    </message>
    <message>
        <source>Désinscrire %1 ? Ce client ne recevra plus aucun SMS, ni promotion ni message pratique. Son numéro reste en liste d&apos;opposition, même si la fiche est supprimée.</source>
        <translation>Opt out %1? This client will no longer receive any SMS, neither promotions nor practical messages. Their number stays on the opt-out list, even if the record is deleted.</translation>
    </message>
    <message>
        <source>&amp;Enregistré par</source>
        <translation>&amp;Recorded by</translation>
    </message>
    <message>
        <source>&amp;Désinscrire</source>
        <translation>&amp;Opt out</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Que faire des clients déjà enregistrés dans Comptoir (même portable) ?</source>
        <translation>What should happen to clients already in Comptoir (same mobile)?</translation>
    </message>
    <message>
        <source>Les &amp;ignorer (recommandé)</source>
        <translation>&amp;Skip them (recommended)</translation>
    </message>
    <message>
        <source>&amp;Compléter leurs champs vides</source>
        <translation>Fill in their &amp;empty fields</translation>
    </message>
    <message>
        <source>&amp;Remplacer leurs informations par celles du fichier</source>
        <translation>&amp;Replace their details with the file&apos;s</translation>
    </message>
    <message>
        <source>&amp;Vérifier seulement (ne rien enregistrer)</source>
        <translation>&amp;Check only (save nothing)</translation>
    </message>
    <message>
        <source>Le consentement aux SMS promotionnels sera lu dans la colonne « %1 » (oui, x, 1…), sauf pour les numéros qui s&apos;y sont opposés.</source>
        <translation>Consent to promotional SMS will be read from the “%1” column (yes, x, 1…), except for numbers that have opted out.</translation>
    </message>
    <message>
        <source>Aucune colonne de consentement : les clients importés ne recevront pas de SMS promotionnels tant qu&apos;ils ne l&apos;auront pas accepté.</source>
        <translation>No consent column: imported clients will not receive promotional SMS until they have agreed to them.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Nouvelle intervention</source>
        <translation>New job</translation>
    </message>
    <message>
        <source>Nouvelle commande</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>Remplacement du chauffe-eau</source>
        <translation>Water heater replacement</translation>
    </message>
    <message>
        <source>Lunettes progressives</source>
        <translation>Varifocal glasses</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Quoi</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Choisissez le client dans la liste (tapez une partie de son nom).</source>
        <translation>Choose the client in the list (type part of their name).</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Quelles commandes</source>
        <extracomment>Proposed time of an arrival: in half an hour; of a delay notice: in an hour.</extracomment>
        <translation>Which orders</translation>
    </message>
    <message>
        <source>En cours et prêtes</source>
        <translation>In progress and ready</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Nouvelle intervention…</source>
        <translation>&amp;New job…</translation>
    </message>
    <message>
        <source>&amp;Nouvelle commande…</source>
        <translation>&amp;New order…</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>&amp;Prête : prévenir le client</source>
        <translation>&amp;Ready: tell the client</translation>
    </message>
    <message>
        <source>&amp;Terminée</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Retirée</source>
        <translation>&amp;Collected</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Fiche du &amp;client</source>
        <translation>&amp;Client card</translation>
    </message>
    <message>
        <source>Technicien &amp;en route…</source>
        <translation>Technician &amp;on the way…</translation>
    </message>
    <message>
        <source>Re&amp;tard…</source>
        <translation>De&amp;lay…</translation>
    </message>
    <message>
        <source>Date du &amp;devis…</source>
        <translation>&amp;Quote date…</translation>
    </message>
    <message>
        <source>Messages de la commande</source>
        <translation>Messages of the order</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Enregistrée.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Commande prête.</source>
        <translation>Order ready.</translation>
    </message>
    <message>
        <source>La commande de %1 est prête. Prévenir le client maintenant par SMS ?</source>
        <translation>%1&apos;s order is ready. Tell the client by SMS now?</translation>
    </message>
    <message>
        <source>Commande prête</source>
        <translation>Order ready</translation>
    </message>
    <message>
        <source>Message « prête » prévu.</source>
        <translation>“Ready” message planned.</translation>
    </message>
    <message>
        <source>Intervention terminée.</source>
        <translation>Job done.</translation>
    </message>
    <message>
        <source>Commande retirée.</source>
        <translation>Order collected.</translation>
    </message>
    <message>
        <source>Annuler « %1 » de %2 ? Les messages qui ne sont pas encore partis ne partiront pas.</source>
        <translation>Cancel “%1” of %2? The messages that have not left yet will not leave.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annulée.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>E&amp;xporter ses données…</source>
        <translation>E&amp;xport their data…</translation>
    </message>
    <message>
        <source>Tout ce que Comptoir garde sur ce client, pour répondre à sa demande d&apos;accès (RGPD)</source>
        <translation>Everything Comptoir keeps about this client, to answer their access request (GDPR)</translation>
    </message>
    <message>
        <source>E&amp;ffacer…</source>
        <translation>E&amp;rase…</translation>
    </message>
    <message>
        <source>Effacer ce client à sa demande (droit à l&apos;oubli)</source>
        <translation>Erase this client at their request (right to erasure)</translation>
    </message>
    <message>
        <source>Exporter les données du client</source>
        <translation>Export the client&apos;s data</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Registre des conse&amp;ntements…</source>
        <translation>Co&amp;nsent register…</translation>
    </message>
    <message>
        <source>&amp;Prospects sans contact depuis 3 ans…</source>
        <translation>&amp;Prospects silent for 3 years…</translation>
    </message>
    <message>
        <source>Chaque accord ou refus est gardé avec sa date, sa source, le texte montré et qui l&apos;a enregistré. Pour exporter ou effacer les données d&apos;un client, ouvrez sa fiche.</source>
        <translation>Every consent given or refused is kept with its date, its source, the wording shown and who recorded it. To export or erase a client&apos;s data, open the client.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Import en cours</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Annuler l&apos;&amp;import</source>
        <translation>Cancel &amp;import</translation>
    </message>
    <message>
        <source>Lecture et vérification des lignes…</source>
        <translation>Reading and checking rows…</translation>
    </message>
    <message>
        <source>Ligne %1 sur environ %2 — %3 importé(s), %4 refusé(s).</source>
        <translation>Row %1 of about %2 — %3 imported, %4 rejected.</translation>
    </message>
</context>
<context>
    <name>ProspectsDialog</name>
    <message>
        <source>Prospects sans contact depuis 3 ans</source>
        <translation>Prospects silent for 3 years</translation>
    </message>
    <message>
        <source>&amp;Effacer la sélection…</source>
        <translation>&amp;Erase the selection…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ces clients n&apos;ont jamais acheté ni pris rendez-vous, et aucun contact n&apos;est venu d&apos;eux depuis trois ans (ni réponse, ni accord donné). La CNIL recommande de leur redemander leur accord, ou d&apos;effacer leurs données.</source>
        <translation>These clients never bought anything nor booked an appointment, and no contact has come from them for three years (no reply, no consent given). The CNIL recommends asking for their consent again, or erasing their data.</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) à revoir</source>
        <translation>
            <numerusform>%n prospect to review</numerusform>
            <numerusform>%n prospects to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer des prospects</source>
        <translation>Erase prospects</translation>
    </message>
    <message numerus="yes">
        <source>Effacer définitivement %n prospect(s) ? Leurs consentements restent au registre sans leur nom, et leurs numéros en liste d&apos;opposition.</source>
        <translation>
            <numerusform>Erase %n prospect for good? Their consents stay in the register without their name, and their number on the suppression list.</numerusform>
            <numerusform>Erase %n prospects for good? Their consents stay in the register without their names, and their numbers on the suppression list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) effacé(s).</source>
        <translation>
            <numerusform>%n prospect erased.</numerusform>
            <numerusform>%n prospects erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectsModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fiche créée le</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>ProviderFields</name>
    <message>
        <source>Identifiants %s</source>
        <translation>%s credentials</translation>
    </message>
    <message>
        <source>laisser vide pour ne pas changer</source>
        <translation>leave empty to keep unchanged</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Compte SMS</source>
        <translation>SMS account</translation>
    </message>
    <message>
        <source>Pour envoyer de vrais SMS, il faut un compte chez un fournisseur.</source>
        <translation>To send real SMS, you need an account with a provider.</translation>
    </message>
    <message>
        <source>&amp;Garder le simulateur pour essayer (aucun SMS réel ne part)</source>
        <translation>&amp;Keep the simulator to try things out (no real SMS is sent)</translation>
    </message>
    <message>
        <source>&amp;Connecter mon compte SMS (Twilio, Brevo, OVHcloud, smsmode)</source>
        <translation>&amp;Connect my SMS account (Twilio, Brevo, OVHcloud, smsmode)</translation>
    </message>
    <message>
        <source>Sa&amp;isir les identifiants…</source>
        <translation>&amp;Enter credentials…</translation>
    </message>
    <message>
        <source>Les identifiants sont gardés dans le trousseau sécurisé de cet ordinateur. Vous pourrez connecter un compte plus tard : un bandeau vous le rappellera.</source>
        <translation>Credentials are kept in this computer&apos;s secure keychain. You can connect an account later: a banner will remind you.</translation>
    </message>
    <message>
        <source>Compte « %s » connecté : vos SMS partiront par lui.</source>
        <translation>Account “%s” connected: your SMS will be sent through it.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecipientNameButton</name>
    <message>
        <source>Pour ce message seulement : la fiche du client garde son nom tel quel.</source>
        <translation>For this message only: the client&apos;s card keeps their name as it is.</translation>
    </message>
    <message>
        <source>Remettre les accents de son nom</source>
        <translation>Put the accents back in their name</translation>
    </message>
    <message>
        <source>Écrire son nom sans accents pour ce message</source>
        <translation>Write their name without accents for this message</translation>
    </message>
</context>
<context>
    <name>RecipientsLine</name>
    <message>
        <source>Destinataires</source>
        <extracomment>The list shows this many people; beyond, a last line says how many more.</extracomment>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Voir la &amp;liste</source>
        <translation>See the &amp;list</translation>
    </message>
    <message>
        <source>À : …</source>
        <translation>To: …</translation>
    </message>
    <message numerus="yes">
        <source>À : %n destinataire(s)</source>
        <translation>
            <numerusform>To: %n recipient</numerusform>
            <numerusform>To: %n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>À : %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source> — ne le recevra pas</source>
        <translation> — will not receive it</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <source>Confirmer une désinscription par un court SMS (ce qui est arrêté, et « STOP TOUT »)</source>
        <translation>Confirm an opt-out with a short SMS (what was stopped, and “STOP TOUT”)</translation>
    </message>
    <message>
        <source>Mot-clé</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>Réponse envoyée</source>
        <translation>Answer sent</translation>
    </message>
    <message>
        <source>Mots-clés et leurs réponses</source>
        <translation>Keywords and their answers</translation>
    </message>
    <message>
        <source>Ajouter un &amp;mot-clé</source>
        <translation>Add a &amp;keyword</translation>
    </message>
    <message>
        <source>&amp;Supprimer le mot-clé</source>
        <translation>&amp;Remove the keyword</translation>
    </message>
    <message>
        <source>Après une visite (un rendez-vous passé)</source>
        <translation>After a visit (a past appointment)</translation>
    </message>
    <message>
        <source> jour(s) après</source>
        <translation> day(s) later</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Modèle de l&apos;enquête</source>
        <translation>Survey template</translation>
    </message>
    <message>
        <source>Après une visite</source>
        <translation>After a visit</translation>
    </message>
    <message>
        <source>Après le retrait d&apos;une commande (ou une intervention)</source>
        <translation>After an order is collected (or an intervention)</translation>
    </message>
    <message>
        <source>Modèle de la demande d&apos;avis</source>
        <translation>Review request template</translation>
    </message>
    <message>
        <source>Désinscriptions (STOP)</source>
        <translation>Opt-outs (STOP)</translation>
    </message>
    <message>
        <source>Un « STOP » seul arrête les promotions et le type de message auquel le client répond (un rappel : les rappels aussi). « STOP PUB », « STOP RAPPEL », « STOP TOUT » arrêtent ce qu&apos;ils disent ; « START » rétablit.</source>
        <translation>A bare “STOP” stops promotions and the kind of message the client answers (a reminder: reminders too). “STOP PUB”, “STOP RAPPEL”, “STOP TOUT” stop what they say; “START” restores.</translation>
    </message>
    <message>
        <source>Mots-clés</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Quand un client envoie seulement ce mot (« HORAIRES »), Comptoir lui répond aussitôt. La réponse peut utiliser le nom, l&apos;adresse, le téléphone et les liens du commerce.</source>
        <translation>When a client sends just this word (“HORAIRES”), Comptoir answers at once. The answer may use the business&apos;s name, address, phone and links.</translation>
    </message>
    <message>
        <source>Enquêtes de satisfaction</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>&amp;Envoyée</source>
        <translation>&amp;Sent</translation>
    </message>
    <message>
        <source>Au plus une par client &amp;tous les</source>
        <translation>At most one per client &amp;every</translation>
    </message>
    <message>
        <source>&amp;Modèle</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>L&apos;enquête après le retrait d&apos;une commande se règle dans Agenda. Une note de 0 à 6 apparaît dans les Réponses à traiter : rappelez le client.</source>
        <translation>The survey after an order is collected is set in Agenda. A score from 0 to 6 appears in the Replies to handle: call the client back.</translation>
    </message>
    <message>
        <source>Demandes d&apos;avis</source>
        <translation>Review requests</translation>
    </message>
    <message>
        <source>Envo&amp;yée</source>
        <translation>Se&amp;nt</translation>
    </message>
    <message>
        <source>M&amp;odèle</source>
        <translation>Te&amp;mplate</translation>
    </message>
    <message>
        <source>Chaque client concerné la reçoit, quelle que soit sa note : Google interdit de ne la demander qu&apos;aux clients satisfaits. Au plus une tous les 6 mois (réglable dans Limites).</source>
        <translation>Every client concerned gets it, whatever their score: Google forbids asking only satisfied clients. At most one every 6 months (set in Limits).</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Rapport d&apos;import</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Exporter le rapport…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) importé(s)</source>
        <translation>
            <numerusform>%n client imported</numerusform>
            <numerusform>%n clients imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) ignoré(s)</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Vérification seulement : rien n&apos;a été enregistré.</source>
        <translation>Check only: nothing was saved.</translation>
    </message>
    <message>
        <source>Lignes enregistrées jusqu&apos;à la ligne %1.</source>
        <translation>Rows saved up to row %1.</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Doublon</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Exporter le rapport</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>Sauvegarde du %1 restaurée (%2 clients). La base remplacée est gardée dans le dossier des sauvegardes.</source>
        <translation>Backup of %1 restored (%2 clients). The database it replaced is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Les SMS qui attendaient dans la sauvegarde sont vérifiés auprès du fournisseur avant tout envoi.</source>
        <translation>The SMS waiting in the backup are checked with the provider before anything is sent.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Remplacer les données actuelles par la sauvegarde du %1 (%2 clients) ?</source>
        <translation>Replace the current data by the backup of %1 (%2 clients)?</translation>
    </message>
    <message>
        <source>Les données actuelles sont d&apos;abord gardées dans le dossier des sauvegardes. Ce qui a été saisi depuis cette sauvegarde ne sera plus affiché. Les SMS qui attendaient dans la sauvegarde sont vérifiés auprès du fournisseur avant tout envoi.</source>
        <translation>The current data is first kept in the backups folder. What was entered since this backup will no longer be shown. The SMS waiting in the backup are checked with the provider before anything is sent.</translation>
    </message>
    <message>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Programmer l&apos;envoi</source>
        <translation>Schedule sending</translation>
    </message>
    <message>
        <source>Date et heure d&apos;envoi</source>
        <translation>Sending date and time</translation>
    </message>
    <message>
        <source>Heure de votre commerce. Les promotions ne partent jamais hors des heures autorisées : elles attendent le créneau suivant.</source>
        <translation>Your business&apos;s time. Promotions are never sent outside the allowed hours: they wait for the next allowed time.</translation>
    </message>
    <message>
        <source>&amp;Programmer</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Partira le</source>
        <translation>Send &amp;on</translation>
    </message>
</context>
<context>
    <name>SectorPage</name>
    <message>
        <source>Votre métier</source>
        <translation>Your trade</translation>
    </message>
    <message>
        <source>Comptoir prépare les modèles de SMS qui vont avec.</source>
        <translation>Comptoir prepares the matching SMS templates.</translation>
    </message>
</context>
<context>
    <name>SenderField</name>
    <message>
        <source>Nom d&apos;expéditeur</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>par exemple OPTMARTIN</source>
        <translation>e.g. OPTMARTIN</translation>
    </message>
    <message>
        <source>Vérification du nom d&apos;expéditeur</source>
        <translation>Sender name check</translation>
    </message>
    <message>
        <source>Nom d&apos;expéditeur valide.</source>
        <translation>Valid sender name.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Nom d&apos;expéditeur</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients.</source>
        <translation>The name shown instead of a number on your clients&apos; phones.</translation>
    </message>
    <message>
        <source>&amp;Expéditeur</source>
        <translation>&amp;Sender</translation>
    </message>
    <message>
        <source>3 à 11 lettres ou chiffres, sans accent ni espace. Proposé d&apos;après le nom de votre commerce ; laissez vide pour décider plus tard.</source>
        <translation>3 to 11 letters or digits, without accents or spaces. Suggested from your business name; leave empty to decide later.</translation>
    </message>
    <message>
        <source>&amp;Nom d&apos;expéditeur</source>
        <translation>Sender &amp;name</translation>
    </message>
    <message>
        <source>C&apos;est le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients : 3 à 11 lettres ou chiffres, sans accent ni espace, avec au moins une lettre. Les comptes SMS qui utilisaient l&apos;ancien nom prennent le nouveau à l&apos;enregistrement. Vos clients ne peuvent pas répondre à un nom : pour recevoir des réponses (STOP, confirmations), utilisez le numéro fourni par votre compte SMS.</source>
        <translation>This is the name shown instead of a number on your clients&apos; phones: 3 to 11 letters or digits, without accents or spaces, with at least one letter. SMS accounts that used the old name switch to the new one when you save. Clients cannot reply to a name: to receive replies (STOP, confirmations), use the number supplied with your SMS account.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Base de données sur un serveur</source>
        <translation>Database on a server</translation>
    </message>
    <message>
        <source>laissé vide : celui déjà enregistré</source>
        <translation>left empty: the one already saved</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Serveur</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Base de données</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Utilisateur</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Utiliser ce ser&amp;veur</source>
        <translation>Use this ser&amp;ver</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tous les postes de la boutique travaillent alors sur les mêmes clients, messages et rendez-vous. Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier. Les données de cet ordinateur restent dans son dossier : elles ne sont pas recopiées sur le serveur.</source>
        <translation>Every desk of the shop then works on the same clients, messages and appointments. The password is kept in the system keyring, never in a file. This computer&apos;s data stays in its folder: it is not copied to the server.</translation>
    </message>
    <message>
        <source>Connexion au serveur…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Connexion réussie : base vide, Comptoir y créera ses tables.</source>
        <translation>Connected: empty database, Comptoir will create its tables.</translation>
    </message>
    <message>
        <source>Connexion réussie : la base Comptoir de ce serveur est prête.</source>
        <translation>Connected: this server&apos;s Comptoir database is ready.</translation>
    </message>
    <message>
        <source>Connexion réussie : base Comptoir d&apos;une version précédente, mise à jour à l&apos;ouverture.</source>
        <translation>Connected: a Comptoir database from an earlier version, updated when opened.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>&amp;Utiliser un serveur PostgreSQL…</source>
        <translation>&amp;Use a PostgreSQL server…</translation>
    </message>
    <message>
        <source>Changer de serve&amp;ur…</source>
        <translation>Change ser&amp;ver…</translation>
    </message>
    <message>
        <source>Revenir à la base de cet ord&amp;inateur</source>
        <translation>Back to this comp&amp;uter&apos;s database</translation>
    </message>
    <message>
        <source>La base de données est imposée au démarrage par l&apos;option --db : elle ne se choisit pas ici.</source>
        <translation>The database is imposed at start-up by the --db option: it is not chosen here.</translation>
    </message>
    <message>
        <source>La base de données est imposée par la variable COMPTOIR_DB : elle ne se choisit pas ici.</source>
        <translation>The database is imposed by the COMPTOIR_DB variable: it is not chosen here.</translation>
    </message>
    <message>
        <source>Ce poste travaille sur le serveur PostgreSQL %1, partagé avec les autres postes.</source>
        <translation>This desk works on the PostgreSQL server %1, shared with the other desks.</translation>
    </message>
    <message>
        <source>Ce poste travaille sur la base de son dossier de données. Pour que plusieurs postes partagent les mêmes clients et messages, installez un serveur PostgreSQL sur le réseau de la boutique, puis choisissez-le ici sur chaque poste.</source>
        <translation>This desk works on the database of its data folder. For several desks to share the same clients and messages, install a PostgreSQL server on the shop&apos;s network, then choose it here on each desk.</translation>
    </message>
    <message>
        <source>Base de cet ordinateur</source>
        <translation>This computer&apos;s database</translation>
    </message>
    <message>
        <source>Ce poste travaillera de nouveau sur la base de son dossier de données, sans les clients et messages du serveur. Continuer ?</source>
        <translation>This desk will work again on the database of its data folder, without the server&apos;s clients and messages. Continue?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Jeu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sam</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Dim</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Métropole</source>
        <translation>Mainland France</translation>
    </message>
    <message>
        <source>Alsace-Moselle</source>
        <translation>Alsace-Moselle</translation>
    </message>
    <message>
        <source>La Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Guyane</source>
        <translation>French Guiana</translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon</source>
        <translation>Saint Pierre and Miquelon</translation>
    </message>
    <message>
        <source>Saint-Barthélemy</source>
        <translation>Saint Barthélemy</translation>
    </message>
    <message>
        <source>Saint-Martin</source>
        <translation>Saint Martin</translation>
    </message>
    <message>
        <source>Nouvelle-Calédonie</source>
        <translation>New Caledonia</translation>
    </message>
    <message>
        <source>Polynésie française</source>
        <translation>French Polynesia</translation>
    </message>
    <message>
        <source>Wallis-et-Futuna</source>
        <translation>Wallis and Futuna</translation>
    </message>
    <message>
        <source>Opticien</source>
        <translation>Optician</translation>
    </message>
    <message>
        <source>Cabinet médical, clinique</source>
        <translation>Medical practice, clinic</translation>
    </message>
    <message>
        <source>Artisan</source>
        <translation>Tradesperson</translation>
    </message>
    <message>
        <source>Autre commerce</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>Modèles : Lunettes prêtes, Lentilles disponibles, Rappel retrait…</source>
        <translation>French templates: Lunettes prêtes, Lentilles disponibles, Rappel retrait…</translation>
    </message>
    <message>
        <source>Modèles : Rappel RDV la veille, Rappel RDV le jour même, Confirmation de RDV…</source>
        <translation>French templates: Rappel RDV la veille, Rappel RDV le jour même, Confirmation de RDV…</translation>
    </message>
    <message>
        <source>Modèles : Arrivée du technicien, Devis envoyé, Retard…</source>
        <translation>French templates: Arrivée du technicien, Devis envoyé, Retard…</translation>
    </message>
    <message>
        <source>Modèles communs : Enquête de satisfaction, Demande d&apos;avis, Promotion…</source>
        <translation>Common French templates: Enquête de satisfaction, Demande d&apos;avis, Promotion…</translation>
    </message>
    <message>
        <source>Après 20h00 : permis par la charte des opérateurs mobiles (jusqu&apos;à 21h30), mais beaucoup de clients trouvent ces SMS tardifs.</source>
        <translation>After 20:00: allowed by the mobile operators&apos; charter (until 21:30), but many clients find such SMS late.</translation>
    </message>
    <message>
        <source>Le dimanche : toléré par la charte des opérateurs mobiles, mais déconseillé.</source>
        <translation>Sundays: tolerated by the mobile operators&apos; charter, but not recommended.</translation>
    </message>
    <message>
        <source>Les jours fériés : tolérés par la charte des opérateurs mobiles, mais déconseillés.</source>
        <translation>Public holidays: tolerated by the mobile operators&apos; charter, but not recommended.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Rubriques des réglages</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Horaires d&apos;envoi</source>
        <translation>Sending hours</translation>
    </message>
    <message>
        <source>Limites</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Réponses et enquêtes</source>
        <translation>Replies and surveys</translation>
    </message>
    <message>
        <source>Comptes SMS</source>
        <translation>SMS accounts</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enregistrer les réglages (Ctrl+S)</source>
        <translation>Save the settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Revenir aux réglages enregistrés</source>
        <translation>Go back to the saved settings</translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Nouvel expéditeur appliqué aux comptes : %s.</source>
        <translation>New sender name applied to the accounts: %s.</translation>
    </message>
    <message numerus="yes">
        <source>%n modèle(s) de SMS ajouté(s) pour ce métier.</source>
        <translation>
            <numerusform>%n SMS template added for this trade.</numerusform>
            <numerusform>%n SMS templates added for this trade.</numerusform>
        </translation>
    </message>
    <message>
        <source>La nouvelle langue prendra effet au prochain démarrage.</source>
        <translation>The new language will take effect the next time Comptoir starts.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été enregistré : corrigez ce qui est signalé.</source>
        <translation>Nothing was saved: fix what is flagged.</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <source>Premières lignes de la feuille</source>
        <translation>First rows of the sheet</translation>
    </message>
    <message>
        <source>Cliquez sur la ligne qui porte les titres des colonnes.</source>
        <translation>Click the row that holds the column titles.</translation>
    </message>
    <message>
        <source>titres</source>
        <translation>titles</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Feuille et ligne des titres</source>
        <translation>Sheet and header row</translation>
    </message>
    <message>
        <source>Choisissez la feuille qui contient vos clients et la ligne des titres de colonnes.</source>
        <translation>Choose the sheet that holds your clients and the row with the column headers.</translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>aucune (les données commencent tout de suite)</source>
        <translation>none (the data starts straight away)</translation>
    </message>
    <message>
        <source>Ligne des titres</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>&amp;Feuille :</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Ligne des titres :</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Le début de la feuille (la ligne des titres en bleu ; cliquez sur une autre ligne pour la choisir) :</source>
        <translation>The start of the sheet (the title row in blue; click another row to choose it):</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Clients</source>
        <extracomment>Message changes come in bursts (a batch sent): the « Messages » badge is counted once after them.</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Modèles</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Plusieurs postes</source>
        <translation>Several desks</translation>
    </message>
    <message>
        <source>Vie privée</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>La vérification quotidienne a trouvé la base de données endommagée : restaurez une sauvegarde (Réglages › Données).</source>
        <translation>The daily check found the database damaged: restore a backup (Réglages › Données).</translation>
    </message>
    <message>
        <source>Entretien quotidien : </source>
        <translation>Daily upkeep: </translation>
    </message>
    <message>
        <source>Comptoir — réponse d&apos;un client</source>
        <translation>Comptoir — a client&apos;s reply</translation>
    </message>
    <message>
        <source>Compte SMS : %2</source>
        <translation>SMS account: %2</translation>
    </message>
    <message>
        <source>Compte SMS : %1 (%2)</source>
        <translation>SMS account: %1 (%2)</translation>
    </message>
    <message>
        <source>Ouvrir Comptoir</source>
        <translation>Open Comptoir</translation>
    </message>
    <message>
        <source>Quitter Comptoir (arrête les envois)</source>
        <translation>Quit Comptoir (stops sending)</translation>
    </message>
    <message>
        <source>Comptoir continue d&apos;envoyer les SMS programmés. Quittez-le depuis cette icône.</source>
        <translation>Comptoir keeps sending scheduled SMS. Quit it from this icon.</translation>
    </message>
    <message>
        <source>Quitter Comptoir</source>
        <translation>Quit Comptoir</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS attend(ent) de partir : rien ne part tant que Comptoir est fermé.</source>
        <translation>
            <numerusform>%n SMS is waiting to leave: nothing is sent while Comptoir is closed.</numerusform>
            <numerusform>%n SMS are waiting to leave: nothing is sent while Comptoir is closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laissez Comptoir ouvert pour qu&apos;ils partent à l&apos;heure prévue. Sinon, ils partiront à la prochaine ouverture de Comptoir.</source>
        <translation>Leave Comptoir open so that they leave on time. Otherwise they will leave the next time Comptoir is opened.</translation>
    </message>
    <message>
        <source>&amp;Fermer quand même</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <source>&amp;Laisser ouvert</source>
        <translation>&amp;Keep open</translation>
    </message>
</context>
<context>
    <name>SkippedTree</name>
    <message>
        <source>Destinataires qui ne recevront pas le message</source>
        <translation>Recipients who will not receive the message</translation>
    </message>
</context>
<context>
    <name>SmsBubble</name>
    <message>
        <source>Le message apparaîtra ici.</source>
        <translation>The message will appear here.</translation>
    </message>
    <message>
        <source>Aperçu du SMS</source>
        <translation>SMS preview</translation>
    </message>
    <message>
        <source>Taille du SMS</source>
        <translation>SMS size</translation>
    </message>
    <message>
        <source>caractères spéciaux</source>
        <translation>special characters</translation>
    </message>
    <message>
        <source>Un SMS seul contient %1 caractères ; un message plus long part en parties de %2.</source>
        <translation>A single SMS holds %1 characters; a longer message leaves in parts of %2.</translation>
    </message>
    <message numerus="yes">
        <source>Encore %n caractère(s) avant le SMS suivant.</source>
        <translation>
            <numerusform>%n more character before the next SMS.</numerusform>
            <numerusform>%n more characters before the next SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caractères spéciaux (70 caractères par SMS au lieu de 160) : %1</source>
        <translation>Special characters (70 characters per SMS instead of 160): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n caractère</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caractères</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Enregistré par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>La personne de l&apos;équipe qui enregistre (liste dans Réglages › Agenda).</source>
        <translation>The team member who records it (list in Settings › Agenda).</translation>
    </message>
    <message>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Ajoutez les personnes de l&apos;équipe dans Réglages › Agenda pour les choisir ici.</source>
        <translation>Add your team in Settings › Agenda to choose them here.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Le journal ne peut pas être écrit dans « {folder} » ({reason}) : Comptoir fonctionne, mais sans journal pour le support.</source>
        <translation>The log cannot be written in « {folder} » ({reason}): Comptoir works, but without a log for support.</translation>
    </message>
</context>
<context>
    <name>StartupRefusal</name>
    <message>
        <source>Dernière sauvegarde utilisable : %1 (%2 clients). La base actuelle sera gardée.</source>
        <translation>Latest usable backup: %1 (%2 clients). The current database will be kept.</translation>
    </message>
    <message>
        <source>&amp;Restaurer la dernière sauvegarde</source>
        <translation>&amp;Restore the latest backup</translation>
    </message>
    <message>
        <source>En attendant, ce poste peut travailler sur la base de son dossier de données (sans les clients du serveur) ; le serveur se choisit de nouveau dans Réglages › Données.</source>
        <translation>Meanwhile, this desk can work on the database of its data folder (without the server&apos;s clients); the server is chosen again in Réglages › Données.</translation>
    </message>
    <message>
        <source>&amp;Utiliser la base de cet ordinateur</source>
        <translation>&amp;Use this computer&apos;s database</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>C&apos;est prêt</source>
        <translation>All set</translation>
    </message>
    <message>
        <source>Vérifiez, puis « Terminer ».</source>
        <translation>Check, then click “Finish”.</translation>
    </message>
    <message>
        <source>Commerce : %s</source>
        <translation>Business: %s</translation>
    </message>
    <message>
        <source>Métier : %s</source>
        <translation>Trade: %s</translation>
    </message>
    <message>
        <source>Zone : %s</source>
        <translation>Area: %s</translation>
    </message>
    <message>
        <source>Expéditeur : %s</source>
        <translation>Sender name: %s</translation>
    </message>
    <message>
        <source>à choisir plus tard</source>
        <translation>to be chosen later</translation>
    </message>
    <message>
        <source>Compte SMS : %s</source>
        <translation>SMS account: %s</translation>
    </message>
    <message>
        <source>Compte SMS : simulateur (aucun SMS réel ne part)</source>
        <translation>SMS account: simulator (no real SMS is sent)</translation>
    </message>
</context>
<context>
    <name>SurveyResultsModel</name>
    <message>
        <source>Enquête</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Envoyées</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoteurs · neutres · détracteurs</source>
        <translation>Promoters · passives · detractors</translation>
    </message>
    <message>
        <source>Notes de 0 à 10</source>
        <translation>Scores from 0 to 10</translation>
    </message>
    <message>
        <source>%1/10 : %2</source>
        <translation>%1/10: %2</translation>
    </message>
    <message>
        <source>(modèle supprimé)</source>
        <translation>(deleted template)</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>Résultats des enquêtes</source>
        <translation>Survey results</translation>
    </message>
    <message>
        <source>Aucune enquête n&apos;a encore été envoyée. Choisissez quand elles partent dans Réglages › Réponses et enquêtes, ou envoyez-en une à un client ci-dessous.</source>
        <translation>No survey has been sent yet. Choose when they leave in Settings › Replies and surveys, or send one to a client below.</translation>
    </message>
    <message>
        <source>Envoyer l&apos;&amp;enquête</source>
        <translation>Send the &amp;survey</translation>
    </message>
    <message>
        <source>Demander un &amp;avis</source>
        <translation>Ask for a &amp;review</translation>
    </message>
    <message>
        <source>À un client</source>
        <translation>To one client</translation>
    </message>
    <message>
        <source>NPS : le pourcentage de clients qui donnent 9 ou 10, moins celui des clients qui donnent 0 à 6. Une demande d&apos;avis part à chaque client concerné, quelle que soit sa note.</source>
        <translation>NPS: the percentage of clients who give 9 or 10, minus that of clients who give 0 to 6. A review request goes to every client concerned, whatever their score.</translation>
    </message>
    <message>
        <source>Demande d&apos;avis en file d&apos;attente.</source>
        <translation>Review request queued.</translation>
    </message>
    <message>
        <source>Enquête en file d&apos;attente.</source>
        <translation>Survey queued.</translation>
    </message>
    <message>
        <source>Non envoyée : %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>(modèle habituel du métier)</source>
        <translation>(the trade&apos;s usual template)</translation>
    </message>
    <message>
        <source>%1 (introuvable)</source>
        <translation>%1 (not found)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Texte du message</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Bonjour {prenom}, …</source>
        <translation>Hello {prenom}, …</translation>
    </message>
    <message>
        <source>Erreurs dans le message</source>
        <translation>Errors in the message</translation>
    </message>
    <message>
        <source>Conseils de conformité</source>
        <translation>Compliance advice</translation>
    </message>
    <message>
        <source>O&amp;ptimiser pour SMS</source>
        <translation>O&amp;ptimise for SMS</translation>
    </message>
    <message>
        <source>Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins (annulable avec Ctrl+Z).</source>
        <translation>Replace the special characters that shorten each SMS, to send fewer (undo with Ctrl+Z).</translation>
    </message>
    <message>
        <source>Caractères spéciaux : avec eux, chaque SMS contient 70 caractères au lieu de 160 : %1</source>
        <translation>Special characters: with them, each SMS holds 70 characters instead of 160: %1</translation>
    </message>
    <message>
        <source>Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160.</source>
        <translation>Special character: with it, each SMS holds 70 characters instead of 160.</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>Variables à insérer</source>
        <translation>Variables to insert</translation>
    </message>
    <message>
        <source>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</source>
        <translation>Click (or press Enter) to insert the variable at the cursor.</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>exemple : %1</source>
        <translation>example: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Liste des modèles</source>
        <translation>Template list</translation>
    </message>
    <message>
        <source>Modèle&amp;s</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Nouveau modèle (Ctrl+N)</source>
        <translation>New template (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Dupliquer</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>S&amp;upprimer</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Nom du modèle</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Catégorie du modèle</source>
        <translation>Template category</translation>
    </message>
    <message>
        <source>Transactionnel : rendez-vous, commande prête… sans aucune promotion.
Promotionnel : offres, soldes ; seulement aux clients qui l&apos;ont accepté, avec la mention STOP.
Enquête : satisfaction, demande d&apos;avis.</source>
        <translation>Transactional: appointments, order ready… with no promotion at all.
Promotional: offers, sales; only to clients who agreed to them, with the STOP notice.
Survey: satisfaction, review request.</translation>
    </message>
    <message>
        <source>&amp;Actif (proposé à l&apos;envoi)</source>
        <translation>&amp;Active (offered when sending)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enregistrer le modèle (Ctrl+S)</source>
        <translation>Save the template (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Revenir à la dernière version enregistrée</source>
        <translation>Go back to the last saved version</translation>
    </message>
    <message>
        <source>N&amp;om</source>
        <translation>Nam&amp;e</translation>
    </message>
    <message>
        <source>&amp;Catégorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Le modèle a été modifié. Abandonner les modifications ?</source>
        <translation>The template was changed. Discard the changes?</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>%1 (copie)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copie %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>Modèle « %1 » enregistré.</source>
        <translation>Template “%1” saved.</translation>
    </message>
    <message>
        <source>Supprimer le modèle</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Supprimer le modèle « %1 » ?</source>
        <translation>Delete the template “%1”?</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Transactionnel</source>
        <extracomment>The order statuses are offered in filters: from waiting to leave, to the end of the road. Statuses a person has to look at (&quot;À traiter&quot;): never resent or settled without someone deciding. Statuses of messages still to leave (only while a Comptoir, window or dispatcher, runs). Spelled ``translate(&quot;Texts&quot;, &quot;…&quot;)`` at each call so that pyside6-lupdate extracts the strings. Text colours of each family (readable on a light background; the icon repeats them).</extracomment>
        <translation>Transactional</translation>
    </message>
    <message>
        <source>Promotionnel</source>
        <translation>Promotional</translation>
    </message>
    <message>
        <source>Enquête</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Messages de service</source>
        <translation>Service messages</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Rappels de rendez-vous</source>
        <translation>Appointment reminders</translation>
    </message>
    <message>
        <source>Messages sur les commandes</source>
        <translation>Messages about orders</translation>
    </message>
    <message>
        <source>Enquêtes et demandes d&apos;avis</source>
        <translation>Surveys and review requests</translation>
    </message>
    <message>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Papier signé</source>
        <translation>Signed paper</translation>
    </message>
    <message>
        <source>Import de fichier</source>
        <translation>File import</translation>
    </message>
    <message>
        <source>Réponse par SMS</source>
        <translation>SMS reply</translation>
    </message>
    <message>
        <source>Saisie au comptoir</source>
        <translation>Entered in store</translation>
    </message>
    <message>
        <source>Fournisseur SMS</source>
        <translation>SMS provider</translation>
    </message>
    <message>
        <source>Opticien</source>
        <translation>Optician</translation>
    </message>
    <message>
        <source>Cabinet de santé</source>
        <translation>Health practice</translation>
    </message>
    <message>
        <source>Artisan</source>
        <translation>Tradesperson</translation>
    </message>
    <message>
        <source>Autre commerce</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Honoré</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Prête</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Rappel avant le rendez-vous</source>
        <translation>Reminder before the appointment</translation>
    </message>
    <message>
        <source>Rappel le matin même</source>
        <translation>Reminder on the morning</translation>
    </message>
    <message>
        <source>Confirmation du rendez-vous</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <source>Message « prête »</source>
        <translation>“Ready” message</translation>
    </message>
    <message>
        <source>Rappel de retrait</source>
        <translation>Pick-up reminder</translation>
    </message>
    <message>
        <source>Enquête de satisfaction</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Demande d&apos;avis</source>
        <translation>Review request</translation>
    </message>
    <message>
        <source>Technicien en route</source>
        <translation>Technician on the way</translation>
    </message>
    <message>
        <source>Retard</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Date du devis</source>
        <translation>Quote date</translation>
    </message>
    <message>
        <source>Prévu pour {moment}</source>
        <translation>Planned for {moment}</translation>
    </message>
    <message>
        <source>Bloqué : {reason}</source>
        <translation>Blocked: {reason}</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Non envoyé</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Désinscription</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Réinscription</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Note de satisfaction</source>
        <translation>Satisfaction score</translation>
    </message>
    <message>
        <source>Mot-clé</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>{day} à {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>prix par SMS non renseigné</source>
        <translation>price per SMS not set</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Ouvrir la &amp;fiche</source>
        <translation>Open the &amp;card</translation>
    </message>
    <message>
        <source>&amp;Répondre…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <source>Ra&amp;ttacher à un client…</source>
        <translation>A&amp;ttach to a client…</translation>
    </message>
    <message>
        <source>Cr&amp;éer la fiche…</source>
        <translation>Cr&amp;eate the card…</translation>
    </message>
    <message>
        <source>Suivi par</source>
        <translation>Followed by</translation>
    </message>
    <message>
        <source>Réponses de ce numéro</source>
        <translation>Replies from this number</translation>
    </message>
    <message>
        <source>&amp;Marquer traitée</source>
        <translation>&amp;Mark handled</translation>
    </message>
    <message>
        <source>Remettre à trai&amp;ter</source>
        <translation>Back to &amp;handle</translation>
    </message>
    <message>
        <source>Choisissez une conversation.</source>
        <translation>Choose a conversation.</translation>
    </message>
    <message>
        <source>Suivi par :</source>
        <translation>Followed by:</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Rattachez d&apos;abord ce numéro à une fiche client pour lui répondre.</source>
        <translation>First attach this number to a client&apos;s card to reply.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue dans Comptoir</source>
        <translation>Welcome to Comptoir</translation>
    </message>
    <message>
        <source>Quelques questions sur votre commerce, et Comptoir est prêt : une minute suffit. Vous pourrez tout changer ensuite dans Réglages.

Sans compte SMS, Comptoir utilise son simulateur : vous essayez tout, aucun SMS réel ne part.</source>
        <translation>A few questions about your business, and Comptoir is ready: it takes a minute. You can change everything later in Settings.

Without an SMS account, Comptoir uses its simulator: you can try everything, and no real SMS is sent.</translation>
    </message>
</context>
</TS>
