<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Nouveau compte SMS</source>
        <translation>Nouveau compte SMS</translation>
    </message>
    <message>
        <source>Modifier le compte SMS</source>
        <translation>Modifier le compte SMS</translation>
    </message>
    <message>
        <source>Fournisseur SMS</source>
        <translation>Fournisseur SMS</translation>
    </message>
    <message>
        <source>Nom du compte</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Expéditeur du compte</source>
        <translation>Expéditeur du compte</translation>
    </message>
    <message>
        <source>Prix par SMS</source>
        <translation>Prix par SMS</translation>
    </message>
    <message>
        <source>&amp;Fournisseur</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Nom du compte</source>
        <translation>&amp;Nom du compte</translation>
    </message>
    <message>
        <source>E&amp;xpéditeur</source>
        <translation>E&amp;xpéditeur</translation>
    </message>
    <message>
        <source>Vide : l&apos;expéditeur configuré chez le fournisseur.</source>
        <translation>Vide : l&apos;expéditeur configuré chez le fournisseur.</translation>
    </message>
    <message>
        <source>Ajoutée à la fin des promotions pour que vos clients puissent se désinscrire : le numéro court est indiqué dans l&apos;espace client de votre fournisseur.</source>
        <translation>Ajoutée à la fin des promotions pour que vos clients puissent se désinscrire : le numéro court est indiqué dans l&apos;espace client de votre fournisseur.</translation>
    </message>
    <message>
        <source>&amp;Prix par SMS</source>
        <translation>&amp;Prix par SMS</translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Adresse du ser&amp;veur</source>
        <translation>Adresse du ser&amp;veur</translation>
    </message>
    <message>
        <source>&amp;Avancé</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source> SMS/s</source>
        <translation> SMS/s</translation>
    </message>
    <message>
        <source>Cadence d&apos;envoi</source>
        <translation>Cadence d&apos;envoi</translation>
    </message>
    <message>
        <source>par exemple STOP au 36180</source>
        <translation>par exemple STOP au 36180</translation>
    </message>
    <message>
        <source>Mention STOP</source>
        <translation>Mention STOP</translation>
    </message>
    <message>
        <source>&amp;Cadence d&apos;envoi</source>
        <translation>&amp;Cadence d&apos;envoi</translation>
    </message>
    <message>
        <source>Mention ST&amp;OP</source>
        <translation>Mention ST&amp;OP</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>aucune (pas de réseau)</source>
        <translation>aucune (pas de réseau)</translation>
    </message>
    <message>
        <source>Indiquez votre tarif : il sert aux estimations de coût.</source>
        <translation>Indiquez votre tarif : il sert aux estimations de coût.</translation>
    </message>
    <message>
        <source>Prix public estimé chez ce fournisseur pour la France : %1.</source>
        <translation>Prix public estimé chez ce fournisseur pour la France : %1.</translation>
    </message>
    <message>
        <source>Le nom d&apos;un compte ne change pas : créez-en un autre au besoin.</source>
        <translation>Le nom d&apos;un compte ne change pas : créez-en un autre au besoin.</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>crédits</source>
        <translation>crédits</translation>
    </message>
    <message>
        <source>Le fournisseur répond, mais ce compte n&apos;est pas actif</source>
        <translation>Le fournisseur répond, mais ce compte n&apos;est pas actif</translation>
    </message>
    <message>
        <source>Connexion réussie.</source>
        <translation>Connexion réussie.</translation>
    </message>
    <message>
        <source>Solde : %s.</source>
        <translation>Solde : %s.</translation>
    </message>
    <message>
        <source>Plus de crédit : rechargez le compte chez le fournisseur.</source>
        <translation>Plus de crédit : rechargez le compte chez le fournisseur.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Simulateur intégré : aucun SMS réel ne part. Il ne peut pas être supprimé.</source>
        <translation>Simulateur intégré : aucun SMS réel ne part. Il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fournisseur</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Expéditeur</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Par défaut</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Secours</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>(celui du fournisseur)</source>
        <translation>(celui du fournisseur)</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Prix par SMS</source>
        <translation>Prix par SMS</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Comptes SMS</source>
        <translation>Comptes SMS</translation>
    </message>
    <message>
        <source>&amp;Ajouter…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Définir par &amp;défaut</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Secours</source>
        <translation>&amp;Secours</translation>
    </message>
    <message>
        <source>Le compte de secours prend le relais quand le compte par défaut échoue plusieurs fois.</source>
        <translation>Le compte de secours prend le relais quand le compte par défaut échoue plusieurs fois.</translation>
    </message>
    <message>
        <source>S&amp;upprimer</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Les changements de comptes s&apos;appliquent tout de suite. Les identifiants secrets sont gardés dans le trousseau sécurisé de cet ordinateur, jamais dans la base de données. Le prix par SMS sert aux estimations de coût avant l&apos;envoi.</source>
        <translation>Les changements de comptes s&apos;appliquent tout de suite. Les identifiants secrets sont gardés dans le trousseau sécurisé de cet ordinateur, jamais dans la base de données. Le prix par SMS sert aux estimations de coût avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : le simulateur fonctionne, mais un compte SMS réel ne peut pas être enregistré (Comptoir n&apos;écrit jamais ses identifiants en clair). Sous Linux, installez et ouvrez le gestionnaire de mots de passe de votre bureau (« Trousseau de clés » sous GNOME, « Portefeuille » sous KDE, ou KeePassXC), puis rouvrez ces réglages.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : le simulateur fonctionne, mais un compte SMS réel ne peut pas être enregistré (Comptoir n&apos;écrit jamais ses identifiants en clair). Sous Linux, installez et ouvrez le gestionnaire de mots de passe de votre bureau (« Trousseau de clés » sous GNOME, « Portefeuille » sous KDE, ou KeePassXC), puis rouvrez ces réglages.</translation>
    </message>
    <message>
        <source>Retirer le &amp;secours</source>
        <translation>Retirer le &amp;secours</translation>
    </message>
    <message>
        <source>Compte de &amp;secours</source>
        <translation>Compte de &amp;secours</translation>
    </message>
    <message>
        <source>Compte « %s » ajouté.</source>
        <translation>Compte « %s » ajouté.</translation>
    </message>
    <message>
        <source>Compte « %s » enregistré.</source>
        <translation>Compte « %s » enregistré.</translation>
    </message>
    <message>
        <source>Test de « %s » en cours…</source>
        <translation>Test de « %s » en cours…</translation>
    </message>
    <message>
        <source>« %s » est le compte par défaut.</source>
        <translation>« %s » est le compte par défaut.</translation>
    </message>
    <message>
        <source>Plus de compte de secours.</source>
        <translation>Plus de compte de secours.</translation>
    </message>
    <message>
        <source>« %s » est le compte de secours.</source>
        <translation>« %s » est le compte de secours.</translation>
    </message>
    <message>
        <source>Supprimer le compte SMS</source>
        <translation>Supprimer le compte SMS</translation>
    </message>
    <message>
        <source>Supprimer le compte « %s » ? Ses identifiants seront effacés du trousseau ; les messages déjà envoyés restent dans l&apos;historique.</source>
        <translation>Supprimer le compte « %s » ? Ses identifiants seront effacés du trousseau ; les messages déjà envoyés restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Compte « %s » supprimé.</source>
        <translation>Compte « %s » supprimé.</translation>
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
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Commandes</source>
        <translation>Commandes</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Sans attribution</source>
        <extracomment>Tints of the slots an appointment lasts, by status (light: the text stays readable).</extracomment>
        <translation>Sans attribution</translation>
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
        <translation>Un rappel est bloqué : ouvrez le rendez-vous pour savoir pourquoi.</translation>
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
Salle 2</translation>
    </message>
    <message>
        <source>Équipe, une personne par ligne</source>
        <translation>Équipe, une personne par ligne</translation>
    </message>
    <message>
        <source>Types de rendez-vous</source>
        <translation>Types de rendez-vous</translation>
    </message>
    <message>
        <source>A&amp;jouter un type</source>
        <translation>A&amp;jouter un type</translation>
    </message>
    <message>
        <source>Supprimer ce t&amp;ype</source>
        <translation>Supprimer ce t&amp;ype</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Envoyer un rappel par SMS</source>
        <translation>Envoyer un rappel par SMS</translation>
    </message>
    <message>
        <source> jour(s) avant</source>
        <translation> jour(s) avant</translation>
    </message>
    <message>
        <source>Heure du rappel</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>Le dimanche aussi (sinon la veille ouvrée)</source>
        <translation>Le dimanche aussi (sinon la veille ouvrée)</translation>
    </message>
    <message>
        <source>Un jour plus tôt si le rendez-vous a été pris plus de 7 jours avant</source>
        <translation>Un jour plus tôt si le rendez-vous a été pris plus de 7 jours avant</translation>
    </message>
    <message>
        <source>Rappel le matin même pour les rendez-vous de l&apos;après-midi, à</source>
        <translation>Rappel le matin même pour les rendez-vous de l&apos;après-midi, à</translation>
    </message>
    <message>
        <source>Heure du rappel du matin</source>
        <translation>Heure du rappel du matin</translation>
    </message>
    <message>
        <source>Rendez-vous pris trop tard pour le rappel : confirmer aussitôt</source>
        <translation>Rendez-vous pris trop tard pour le rappel : confirmer aussitôt</translation>
    </message>
    <message>
        <source>Modèle du rappel</source>
        <translation>Modèle du rappel</translation>
    </message>
    <message>
        <source>Modèle du rappel du matin</source>
        <translation>Modèle du rappel du matin</translation>
    </message>
    <message>
        <source>Modèle de la confirmation</source>
        <translation>Modèle de la confirmation</translation>
    </message>
    <message>
        <source>Prévenir le client aussitôt</source>
        <translation>Prévenir le client aussitôt</translation>
    </message>
    <message>
        <source>Me proposer de prévenir le client</source>
        <translation>Me proposer de prévenir le client</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> jour(s) après</source>
        <translation> jour(s) après</translation>
    </message>
    <message>
        <source>pas d&apos;enquête</source>
        <translation>pas d&apos;enquête</translation>
    </message>
    <message>
        <source>Heure des rappels de commande</source>
        <translation>Heure des rappels de commande</translation>
    </message>
    <message>
        <source>Modèle « prête »</source>
        <translation>Modèle « prête »</translation>
    </message>
    <message>
        <source>Modèle du rappel de retrait</source>
        <translation>Modèle du rappel de retrait</translation>
    </message>
    <message>
        <source>Modèle de l&apos;enquête</source>
        <translation>Modèle de l&apos;enquête</translation>
    </message>
    <message>
        <source>Modèle « technicien en route »</source>
        <translation>Modèle « technicien en route »</translation>
    </message>
    <message>
        <source>Modèle « retard »</source>
        <translation>Modèle « retard »</translation>
    </message>
    <message>
        <source>Modèle « date du devis »</source>
        <translation>Modèle « date du devis »</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;Praticiens, techniciens ou salles (un par ligne)</source>
        <translation>&amp;Praticiens, techniciens ou salles (un par ligne)</translation>
    </message>
    <message>
        <source>Types de rendez-vous et rappels</source>
        <translation>Types de rendez-vous et rappels</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Durée habituelle</source>
        <translation>&amp;Durée habituelle</translation>
    </message>
    <message>
        <source>à</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Rappel</source>
        <translation>&amp;Rappel</translation>
    </message>
    <message>
        <source>&amp;Modèle du rappel</source>
        <translation>&amp;Modèle du rappel</translation>
    </message>
    <message>
        <source>Modèle du ma&amp;tin</source>
        <translation>Modèle du ma&amp;tin</translation>
    </message>
    <message>
        <source>Modèle de la &amp;confirmation</source>
        <translation>Modèle de la &amp;confirmation</translation>
    </message>
    <message>
        <source>Les rappels respectent les heures de politesse du client (Horaires d&apos;envoi) et ne partent jamais après le début du rendez-vous. Plusieurs rendez-vous du même client le même jour : un seul SMS.</source>
        <translation>Les rappels respectent les heures de politesse du client (Horaires d&apos;envoi) et ne partent jamais après le début du rendez-vous. Plusieurs rendez-vous du même client le même jour : un seul SMS.</translation>
    </message>
    <message>
        <source>Commandes et interventions</source>
        <translation>Commandes et interventions</translation>
    </message>
    <message>
        <source>Commande p&amp;rête</source>
        <translation>Commande p&amp;rête</translation>
    </message>
    <message>
        <source>Rappel si pas re&amp;tirée</source>
        <translation>Rappel si pas re&amp;tirée</translation>
    </message>
    <message>
        <source>&amp;Enquête de satisfaction</source>
        <translation>&amp;Enquête de satisfaction</translation>
    </message>
    <message>
        <source>À l&apos;&amp;heure de</source>
        <translation>À l&apos;&amp;heure de</translation>
    </message>
    <message>
        <source>Modèle « en route »</source>
        <translation>Modèle « en route »</translation>
    </message>
    <message>
        <source>Nouveau type</source>
        <translation>Nouveau type</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Période précédente</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Aujo&amp;urd&apos;hui</source>
        <translation>Aujo&amp;urd&apos;hui</translation>
    </message>
    <message>
        <source>Période suivante</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Pour qui</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Tout le monde</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Nouveau rendez-vous…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Semaine du %1 au %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rappel(s) bloqué(s) ces 7 derniers jours : ouvrez le rendez-vous (⚠) pour savoir pourquoi.</source>
        <translation>
            <numerusform>%n rappel bloqué ces 7 derniers jours : ouvrez le rendez-vous (⚠) pour savoir pourquoi.</numerusform>
            <numerusform>%n rappels bloqués ces 7 derniers jours : ouvrez le rendez-vous (⚠) pour savoir pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annuler le rendez-vous de %1, %2 ? Ses rappels qui ne sont pas encore partis ne partiront pas.</source>
        <translation>Annuler le rendez-vous de %1, %2 ? Ses rappels qui ne sont pas encore partis ne partiront pas.</translation>
    </message>
    <message>
        <source>Annuler le rendez-vous</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
</context>
<context>
    <name>AppointmentDetail</name>
    <message>
        <source>Choisissez un rendez-vous dans l&apos;agenda, ou double-cliquez un créneau libre.</source>
        <extracomment>The statuses offered in the combo (cancelling has its own button).</extracomment>
        <translation>Choisissez un rendez-vous dans l&apos;agenda, ou double-cliquez un créneau libre.</translation>
    </message>
    <message>
        <source>Rendez-vous de ce créneau</source>
        <translation>Rendez-vous de ce créneau</translation>
    </message>
    <message>
        <source>Rendez-vous annulé.</source>
        <translation>Rendez-vous annulé.</translation>
    </message>
    <message>
        <source>Fiche du &amp;client</source>
        <translation>Fiche du &amp;client</translation>
    </message>
    <message>
        <source>&amp;Modifier ou déplacer…</source>
        <translation>&amp;Modifier ou déplacer…</translation>
    </message>
    <message>
        <source>Annu&amp;ler le rendez-vous</source>
        <translation>Annu&amp;ler le rendez-vous</translation>
    </message>
    <message>
        <source>Rappels du rendez-vous</source>
        <translation>Rappels du rendez-vous</translation>
    </message>
    <message>
        <source>Aucun rappel : trop tard pour en envoyer un, ou rappels désactivés pour ce type.</source>
        <translation>Aucun rappel : trop tard pour en envoyer un, ou rappels désactivés pour ce type.</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Rappels par SMS</source>
        <translation>Rappels par SMS</translation>
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
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>Nouveau rendez-vous</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>L&apos;adresse du commerce, sinon</source>
        <translation>L&apos;adresse du commerce, sinon</translation>
    </message>
    <message>
        <source>Pour l&apos;équipe seulement : jamais envoyé par SMS</source>
        <translation>Pour l&apos;équipe seulement : jamais envoyé par SMS</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Jour</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Heure</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Du&amp;rée</source>
        <translation>Du&amp;rée</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Avec</source>
        <translation>&amp;Avec</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Note interne</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Prendre le rendez-vous</source>
        <translation>Prendre le rendez-vous</translation>
    </message>
    <message>
        <source>Choisissez le client dans la liste (tapez une partie de son nom).</source>
        <translation>Choisissez le client dans la liste (tapez une partie de son nom).</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Où est votre commerce ?</source>
        <translation>Où est votre commerce ?</translation>
    </message>
    <message>
        <source>La zone fixe les jours fériés et le fuseau horaire des envois.</source>
        <translation>La zone fixe les jours fériés et le fuseau horaire des envois.</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>Fuseau horaire %s ; jours fériés de cette zone.</source>
        <translation>Fuseau horaire %s ; jours fériés de cette zone.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Rattacher à un client</source>
        <translation>Rattacher à un client</translation>
    </message>
    <message>
        <source>Les réponses du %1 appartiennent à quel client ?</source>
        <translation>Les réponses du %1 appartiennent à quel client ?</translation>
    </message>
    <message>
        <source>Enregistrer ce numéro comme portable du client s&apos;il n&apos;en a pas</source>
        <translation>Enregistrer ce numéro comme portable du client s&apos;il n&apos;en a pas</translation>
    </message>
    <message>
        <source>Rattacher</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Quotidienne</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Manuelle</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Avant mise à jour</source>
        <translation>Avant mise à jour</translation>
    </message>
    <message>
        <source>Avant restauration</source>
        <translation>Avant restauration</translation>
    </message>
    <message>
        <source>Base endommagée (gardée)</source>
        <translation>Base endommagée (gardée)</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Autre</translation>
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
        <translation>Taille</translation>
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
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Sauvegarder maintenan&amp;t</source>
        <translation>Sauvegarder maintenan&amp;t</translation>
    </message>
    <message>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>&amp;Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>Restaurer un autre &amp;fichier…</source>
        <translation>Restaurer un autre &amp;fichier…</translation>
    </message>
    <message>
        <source>La base de données est sur un serveur : elle se sauvegarde et se restaure avec les outils du serveur (pg_dump, pg_restore).</source>
        <translation>La base de données est sur un serveur : elle se sauvegarde et se restaure avec les outils du serveur (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <source>Sauvegarde écrite : %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Sauvegardes Comptoir (*.sqlite3);;Tous les fichiers (*)</source>
        <translation>Sauvegardes Comptoir (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BatchNames</name>
    <message>
        <source>Noms avec accents</source>
        <translation>Noms avec accents</translation>
    </message>
    <message>
        <source>Pour ce message seulement : les fiches des clients ne changent pas.</source>
        <translation>Pour ce message seulement : les fiches des clients ne changent pas.</translation>
    </message>
    <message>
        <source>Écrire sans accents pour tous les destinataires concernés</source>
        <translation>Écrire sans accents pour tous les destinataires concernés</translation>
    </message>
    <message>
        <source>Remettre les accents</source>
        <translation>Remettre les accents</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Votre commerce</source>
        <translation>Votre commerce</translation>
    </message>
    <message>
        <source>Le nom est repris dans vos SMS ; le reste peut attendre.</source>
        <translation>Le nom est repris dans vos SMS ; le reste peut attendre.</translation>
    </message>
    <message>
        <source>Du mardi au samedi, 9h30–12h30 et 14h–19h</source>
        <translation>Du mardi au samedi, 9h30–12h30 et 14h–19h</translation>
    </message>
    <message>
        <source>&amp;Nom du commerce *</source>
        <translation>&amp;Nom du commerce *</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Télép&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Horaires d&apos;&amp;ouverture</source>
        <translation>Horaires d&apos;&amp;ouverture</translation>
    </message>
    <message>
        <source>Horaires d&apos;ouverture</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Nom du commerce</source>
        <translation>&amp;Nom du commerce</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Secteur</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Horaires d&apos;ouverture</source>
        <translation>&amp;Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>Lien d&apos;&amp;avis (Google…)</source>
        <translation>Lien d&apos;&amp;avis (Google…)</translation>
    </message>
    <message>
        <source>Lien d&apos;en&amp;quête</source>
        <translation>Lien d&apos;en&amp;quête</translation>
    </message>
    <message>
        <source>(À l&apos;enregistrement, les modèles de ce métier qui manquent sont ajoutés ; les vôtres ne changent pas.)</source>
        <translation>(À l&apos;enregistrement, les modèles de ce métier qui manquent sont ajoutés ; les vôtres ne changent pas.)</translation>
    </message>
    <message>
        <source>Fuseau horaire %s ; jours fériés de cette zone.</source>
        <translation>Fuseau horaire %s ; jours fériés de cette zone.</translation>
    </message>
</context>
<context>
    <name>ChipEdit</name>
    <message>
        <source>%1, sinon « %2 »</source>
        <translation>%1, sinon « %2 »</translation>
    </message>
</context>
<context>
    <name>ClientAgendaPanel</name>
    <message>
        <source>Rendez-vous et commandes</source>
        <translation>Rendez-vous et commandes</translation>
    </message>
    <message>
        <source>Rendez-vous du client</source>
        <translation>Rendez-vous du client</translation>
    </message>
    <message>
        <source>Commandes du client</source>
        <translation>Commandes du client</translation>
    </message>
    <message>
        <source>Aucun rendez-vous ni commande.</source>
        <translation>Aucun rendez-vous ni commande.</translation>
    </message>
    <message>
        <source>Prendre un &amp;rendez-vous…</source>
        <translation>Prendre un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Nouvelle comma&amp;nde…</source>
        <translation>Nouvelle comma&amp;nde…</translation>
    </message>
    <message>
        <source>Impossible de lire les rendez-vous pour l&apos;instant.</source>
        <translation>Impossible de lire les rendez-vous pour l&apos;instant.</translation>
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
        <translation>Retour à la liste des clients</translation>
    </message>
    <message>
        <source>&amp;Envoyer un SMS</source>
        <translation>&amp;Envoyer un SMS</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Enregistrer un c&amp;onsentement</source>
        <translation>Enregistrer un c&amp;onsentement</translation>
    </message>
    <message>
        <source>&amp;Désinscrire</source>
        <translation>&amp;Désinscrire</translation>
    </message>
    <message>
        <source>Le client ne recevra plus aucun SMS (promotions et messages pratiques).</source>
        <translation>Le client ne recevra plus aucun SMS (promotions et messages pratiques).</translation>
    </message>
    <message>
        <source>Aucun consentement enregistré pour l&apos;instant.</source>
        <translation>Aucun consentement enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Historique des consentements</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>Détail du consentement choisi</source>
        <translation>Détail du consentement choisi</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>État du numéro</source>
        <translation>État du numéro</translation>
    </message>
    <message>
        <source>Autre téléphone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Messages de service</source>
        <translation>Messages de service</translation>
    </message>
    <message>
        <source>Consentement aux SMS</source>
        <translation>Consentement aux SMS</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A demandé l&apos;arrêt de : %1.</source>
        <translation>A demandé l&apos;arrêt de : %1.</translation>
    </message>
    <message>
        <source>(réponse SMS « %1 », %2)</source>
        <translation>(réponse SMS « %1 », %2)</translation>
    </message>
    <message>
        <source>Numéro invalide : les SMS ne partent plus vers ce numéro. Vérifiez-le.</source>
        <translation>Numéro invalide : les SMS ne partent plus vers ce numéro. Vérifiez-le.</translation>
    </message>
    <message>
        <source>Injoignable : les derniers SMS n&apos;ont pas été distribués.</source>
        <translation>Injoignable : les derniers SMS n&apos;ont pas été distribués.</translation>
    </message>
    <message>
        <source>Ce client n&apos;a pas de numéro de portable.</source>
        <translation>Ce client n&apos;a pas de numéro de portable.</translation>
    </message>
    <message>
        <source>Données du client exportées dans %1</source>
        <translation>Données du client exportées dans %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Recueilli par</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <source>Enregistré par</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Texte montré</source>
        <translation>Texte montré</translation>
    </message>
    <message>
        <source>Recueilli : %1</source>
        <translation>Recueilli : %1</translation>
    </message>
    <message>
        <source>Enregistré par : %1</source>
        <translation>Enregistré par : %1</translation>
    </message>
    <message>
        <source>Texte montré : « %1 »</source>
        <translation>Texte montré : « %1 »</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Nouveau client</source>
        <extracomment>Saving a new client: the draft and the consent recorded with it (None: not asked yet).</extracomment>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Modifier le client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Connue</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>séparées par des virgules</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Civilité</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Por&amp;table</source>
        <translation>Por&amp;table</translation>
    </message>
    <message>
        <source>A&amp;utre téléphone</source>
        <translation>A&amp;utre téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Code p&amp;ostal</source>
        <translation>Code p&amp;ostal</translation>
    </message>
    <message>
        <source>&amp;Ville</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Date de &amp;naissance</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>Éti&amp;quettes</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Abandonner ce que vous avez saisi pour ce client ?</source>
        <translation>Abandonner ce que vous avez saisi pour ce client ?</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Nom, numéro ou e-mail du client</source>
        <translation>Nom, numéro ou e-mail du client</translation>
    </message>
    <message>
        <source>Rechercher un client</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <source>Clients trouvés</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>Aucun client ne correspond.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <source>&amp;Importer un fichier…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Importer des clients depuis Excel, LibreOffice, un CSV ou des fiches contact (vCard)</source>
        <translation>Importer des clients depuis Excel, LibreOffice, un CSV ou des fiches contact (vCard)</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Télécharger le &amp;modèle</source>
        <translation>Télécharger le &amp;modèle</translation>
    </message>
    <message>
        <source>Un fichier Excel avec les colonnes attendues et un exemple</source>
        <translation>Un fichier Excel avec les colonnes attendues et un exemple</translation>
    </message>
    <message>
        <source>Importer des clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Fichiers de clients (%1)</source>
        <translation>Fichiers de clients (%1)</translation>
    </message>
    <message>
        <source>Exporter les clients</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Les clients sont exportés dans ce fichier :</source>
        <translation>Les clients sont exportés dans ce fichier :</translation>
    </message>
    <message>
        <source>Enregistrer le modèle d&apos;import</source>
        <translation>Enregistrer le modèle d&apos;import</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Le modèle d&apos;import est enregistré dans ce fichier :</source>
        <translation>Le modèle d&apos;import est enregistré dans ce fichier :</translation>
    </message>
    <message>
        <source>Le fichier est enregistré ici :</source>
        <translation>Le fichier est enregistré ici :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export terminé</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Oui</source>
        <extracomment>The view asked for another order: the owner runs the query again in SQL (ClientSort, descending).</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Rechercher un nom, un numéro, un e-mail…</source>
        <translation>Rechercher un nom, un numéro, un e-mail…</translation>
    </message>
    <message>
        <source>Recherche de clients</source>
        <translation>Recherche de clients</translation>
    </message>
    <message>
        <source>Filtre consentement</source>
        <translation>Filtre consentement</translation>
    </message>
    <message>
        <source>Tous les clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Promotions acceptées</source>
        <translation>Promotions acceptées</translation>
    </message>
    <message>
        <source>Promotions refusées</source>
        <translation>Promotions refusées</translation>
    </message>
    <message>
        <source>Consentement inconnu</source>
        <translation>Consentement inconnu</translation>
    </message>
    <message>
        <source>Filtre étiquette</source>
        <translation>Filtre étiquette</translation>
    </message>
    <message>
        <source>Toutes les étiquettes</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>&amp;Nouveau client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>Ajouter un client (Ctrl+N)</source>
        <translation>Ajouter un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Envoyer un SMS…</source>
        <translation>&amp;Envoyer un SMS…</translation>
    </message>
    <message>
        <source>Écrire un SMS aux clients sélectionnés (Ctrl+A : toute la liste)</source>
        <translation>Écrire un SMS aux clients sélectionnés (Ctrl+A : toute la liste)</translation>
    </message>
    <message>
        <source>Liste des clients</source>
        <translation>Liste des clients</translation>
    </message>
    <message>
        <source>Importez votre fichier clients</source>
        <translation>Importez votre fichier clients</translation>
    </message>
    <message>
        <source>Un fichier Excel, LibreOffice ou CSV : Comptoir reconnaît les colonnes (nom, prénom, portable…) et vous montre tout avant d&apos;importer. Vous pouvez aussi ajouter vos clients un par un.</source>
        <translation>Un fichier Excel, LibreOffice ou CSV : Comptoir reconnaît les colonnes (nom, prénom, portable…) et vous montre tout avant d&apos;importer. Vous pouvez aussi ajouter vos clients un par un.</translation>
    </message>
    <message>
        <source>Importer un fichier…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Ajouter un client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>Aucun client ne correspond</source>
        <translation>Aucun client ne correspond</translation>
    </message>
    <message>
        <source>Vérifiez l&apos;orthographe, ou effacez la recherche et les filtres.</source>
        <translation>Vérifiez l&apos;orthographe, ou effacez la recherche et les filtres.</translation>
    </message>
    <message>
        <source>Effacer la recherche</source>
        <translation>Effacer la recherche</translation>
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
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Supprimer %n client(s) ? Leurs messages seront conservés sans leur nom.</source>
        <translation>
            <numerusform>Supprimer %n client ? Ses messages seront conservés sans son nom.</numerusform>
            <numerusform>Supprimer %n clients ? Leurs messages seront conservés sans leur nom.</numerusform>
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
            <numerusform>Envoyer à %n personne, coût %1 ?</numerusform>
            <numerusform>Envoyer à %n personnes, coût %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS au total.</source>
        <translation>
            <numerusform>%n SMS au total.</numerusform>
            <numerusform>%n SMS au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmer ce message, coût %1 ?</source>
        <translation>Programmer ce message, coût %1 ?</translation>
    </message>
    <message>
        <source>entre %1 et %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>Départ prévu %1.</source>
        <translation>Départ prévu %1.</translation>
    </message>
    <message>
        <source>Départ prévu %1 : maintenant, c&apos;est en dehors des heures d&apos;envoi des promotions.</source>
        <translation>Départ prévu %1 : maintenant, c&apos;est en dehors des heures d&apos;envoi des promotions.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ne le recevront pas (voir la liste).</source>
        <translation>
            <numerusform>%n client ne le recevra pas (voir la liste).</numerusform>
            <numerusform>%n clients ne le recevront pas (voir la liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Programmer</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>Confirmer l&apos;envoi</source>
        <translation>Confirmer l&apos;envoi</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
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
        <translation>Écrivez votre message. Le prénom et les autres informations s&apos;insèrent avec les boutons dessous.</translation>
    </message>
    <message>
        <source>Texte du message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Variables à insérer</source>
        <translation>Variables à insérer</translation>
    </message>
    <message>
        <source>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</source>
        <translation>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</translation>
    </message>
    <message>
        <source>Erreurs dans le message</source>
        <translation>Erreurs dans le message</translation>
    </message>
    <message>
        <source>O&amp;ptimiser pour SMS</source>
        <translation>O&amp;ptimiser pour SMS</translation>
    </message>
    <message>
        <source>Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins (annulable avec Ctrl+Z).</source>
        <translation>Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins (annulable avec Ctrl+Z).</translation>
    </message>
    <message>
        <source>Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160.</source>
        <translation>Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160.</translation>
    </message>
    <message>
        <source>Effet de l&apos;optimisation</source>
        <translation>Effet de l&apos;optimisation</translation>
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
        <translation>%1 ou %2 SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n destinataire(s) : leur nom avec accents fait passer le SMS à %1 ; l&apos;écrire sans accents pour ce message économise %2.</source>
        <translation>
            <numerusform>%n destinataire : son nom avec accents fait passer le SMS à %1 ; l&apos;écrire sans accents pour ce message économise %2.</numerusform>
            <numerusform>%n destinataires : leur nom avec accents fait passer le SMS à %1 ; l&apos;écrire sans accents pour ce message économise %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nom écrit sans accents pour ce message chez %n destinataire(s) : %1 d&apos;économie. Leur fiche ne change pas.</source>
        <translation>
            <numerusform>Nom écrit sans accents pour ce message chez %n destinataire : %1 d&apos;économie. Sa fiche ne change pas.</numerusform>
            <numerusform>Nom écrit sans accents pour ce message chez %n destinataires : %1 d&apos;économie. Leur fiche ne change pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hors des heures d&apos;envoi : départ prévu %1 (%n message(s)).</source>
        <translation>
            <numerusform>Hors des heures d&apos;envoi : départ prévu %1 (%n message).</numerusform>
            <numerusform>Hors des heures d&apos;envoi : départ prévu %1 (%n messages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce client ne recevra pas ce message.</source>
        <translation>Ce client ne recevra pas ce message.</translation>
    </message>
    <message numerus="yes">
        <source>%n destinataire(s) hors des heures de politesse : « Envoyer au prochain créneau autorisé » attend le matin.</source>
        <translation>
            <numerusform>%n destinataire hors des heures de politesse : « Envoyer au prochain créneau autorisé » attend le matin.</numerusform>
            <numerusform>%n destinataires hors des heures de politesse : « Envoyer au prochain créneau autorisé » attend le matin.</numerusform>
        </translation>
    </message>
    <message>
        <source>coût estimé %1</source>
        <translation>coût estimé %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 pour %n client(s)</source>
        <translation>
            <numerusform>%1 pour %n client</numerusform>
            <numerusform>%1 pour %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Coût estimé : %1 (%2)</source>
        <translation>Coût estimé : %1 (%2)</translation>
    </message>
    <message>
        <source>Écrivez le message ou choisissez un modèle.</source>
        <translation>Écrivez le message ou choisissez un modèle.</translation>
    </message>
    <message numerus="yes">
        <source>%n destinataire(s) sur %1</source>
        <translation>
            <numerusform>%n destinataire sur %1</numerusform>
            <numerusform>%n destinataires sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>entre %1 et %2</source>
        <translation>entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Envoyer un SMS</source>
        <translation>Envoyer un SMS</translation>
    </message>
    <message>
        <source>Type de message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Message libre</source>
        <translation>Message libre</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>Un message urgent part à toute heure et peut être renvoyé le même jour (messages pratiques).</source>
        <translation>Un message urgent part à toute heure et peut être renvoyé le même jour (messages pratiques).</translation>
    </message>
    <message>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Résumé de l&apos;envoi</source>
        <translation>Résumé de l&apos;envoi</translation>
    </message>
    <message>
        <source>Ne recevront pas ce message :</source>
        <translation>Ne recevront pas ce message :</translation>
    </message>
    <message>
        <source>Destinataire affiché</source>
        <translation>Destinataire affiché</translation>
    </message>
    <message>
        <source>&amp;Aperçu pour</source>
        <translation>&amp;Aperçu pour</translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Mettre en file d&apos;envoi maintenant (Ctrl+Entrée)</source>
        <translation>Mettre en file d&apos;envoi maintenant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>P&amp;rogrammer…</source>
        <translation>P&amp;rogrammer…</translation>
    </message>
    <message>
        <source>Envoyer au prochain &amp;créneau autorisé</source>
        <translation>Envoyer au prochain &amp;créneau autorisé</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Mo&amp;dèle</source>
        <translation>Mo&amp;dèle</translation>
    </message>
    <message>
        <source> (exclu)</source>
        <translation> (exclu)</translation>
    </message>
    <message>
        <source>Coût estimé : %1</source>
        <translation>Coût estimé : %1</translation>
    </message>
    <message>
        <source>Mise en file d&apos;envoi…</source>
        <translation>Mise en file d&apos;envoi…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Fiche modifiée entre-temps</source>
        <translation>Fiche modifiée entre-temps</translation>
    </message>
    <message>
        <source>Dernier enregistrement : %1.</source>
        <translation>Dernier enregistrement : %1.</translation>
    </message>
    <message>
        <source>&amp;Recharger la fiche</source>
        <translation>&amp;Recharger la fiche</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la mienne par-dessus</source>
        <translation>&amp;Enregistrer la mienne par-dessus</translation>
    </message>
    <message>
        <source>Revenir à ma &amp;saisie</source>
        <translation>Revenir à ma &amp;saisie</translation>
    </message>
</context>
<context>
    <name>ConnectBanner</name>
    <message>
        <source>Vous utilisez le simulateur : aucun SMS réel ne part.</source>
        <translation>Vous utilisez le simulateur : aucun SMS réel ne part.</translation>
    </message>
    <message>
        <source>&amp;Connecter un compte SMS…</source>
        <translation>&amp;Connecter un compte SMS…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consentement de %1</source>
        <translation>Consentement de %1</translation>
    </message>
    <message>
        <source>&amp;Accepte de recevoir ces SMS</source>
        <translation>&amp;Accepte de recevoir ces SMS</translation>
    </message>
    <message>
        <source>&amp;Refuse ou retire son accord</source>
        <translation>&amp;Refuse ou retire son accord</translation>
    </message>
    <message>
        <source>Formulaire</source>
        <extracomment>What the dialog returns: the consent to record (one record type for the client form and this dialog).</extracomment>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Papier signé</source>
        <translation>Papier signé</translation>
    </message>
    <message>
        <source>Oral en boutique</source>
        <translation>Oral en boutique</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Texte montré au client</source>
        <translation>Texte montré au client</translation>
    </message>
    <message>
        <source>&amp;Pour</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>Le client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>&amp;Recueilli par</source>
        <translation>&amp;Recueilli par</translation>
    </message>
    <message>
        <source>&amp;Texte montré au client</source>
        <translation>&amp;Texte montré au client</translation>
    </message>
    <message>
        <source>&amp;Enregistré par</source>
        <translation>&amp;Enregistré par</translation>
    </message>
    <message>
        <source>E&amp;nregistrer</source>
        <translation>E&amp;nregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Indiquez le texte que le client a accepté : c&apos;est la preuve de son accord.</source>
        <translation>Indiquez le texte que le client a accepté : c&apos;est la preuve de son accord.</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>Promotions par SMS</source>
        <translation>Promotions par SMS</translation>
    </message>
    <message>
        <source>Pas encore demandé</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>A&amp;ccepte</source>
        <translation>A&amp;ccepte</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Re&amp;fuse</translation>
    </message>
    <message>
        <source>Recueilli par</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <source>Texte accepté par le client</source>
        <translation>Texte accepté par le client</translation>
    </message>
    <message>
        <source>&amp;Texte accepté</source>
        <translation>&amp;Texte accepté</translation>
    </message>
    <message>
        <source>&amp;Recueilli</source>
        <translation>&amp;Recueilli</translation>
    </message>
    <message>
        <source>Enregistré &amp;par</source>
        <translation>Enregistré &amp;par</translation>
    </message>
    <message>
        <source>Indiquez le texte que le client a accepté : c&apos;est la preuve de son accord.</source>
        <translation>Indiquez le texte que le client a accepté : c&apos;est la preuve de son accord.</translation>
    </message>
</context>
<context>
    <name>ConsentRegisterDialog</name>
    <message>
        <source>Registre des consentements</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n évènement(s) enregistré(s)</source>
        <translation>
            <numerusform>%n évènement(s) enregistré(s)</numerusform>
            <numerusform>%n évènement(s) enregistré(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter le registre des consentements</source>
        <translation>Exporter le registre des consentements</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) exportée(s) dans %1</source>
        <translation>
            <numerusform>%n ligne(s) exportée(s) dans %1</numerusform>
            <numerusform>%n ligne(s) exportée(s) dans %1</numerusform>
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
        <translation>Pour</translation>
    </message>
    <message>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Recueilli par</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <source>Enregistré par</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Texte montré</source>
        <translation>Texte montré</translation>
    </message>
    <message>
        <source>(client effacé)</source>
        <translation>(client effacé)</translation>
    </message>
    <message>
        <source> — effacement des données</source>
        <translation> — effacement des données</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Reçu</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>partira %1</source>
        <translation>partira %1</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation avec le client</source>
        <translation>Conversation avec le client</translation>
    </message>
    <message numerus="yes">
        <source>Seuls les %n derniers messages sont affichés.</source>
        <translation>
            <numerusform>Seul le dernier message est affiché.</numerusform>
            <numerusform>Seuls les %n derniers messages sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun message échangé avec ce client pour l&apos;instant.</source>
        <translation>Aucun message échangé avec ce client pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Message envoyé</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Réponse du client</source>
        <translation>Réponse du client</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Comptoir — problème</source>
        <translation>Comptoir — problème</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas perdues.
Le détail a été noté dans le journal ; vous pouvez le transmettre au support.</source>
        <translation>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas perdues.
Le détail a été noté dans le journal ; vous pouvez le transmettre au support.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>par défaut : %s</source>
        <translation>par défaut : %s</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Par &amp;défaut</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Ou&amp;vrir</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>Ouvrir le dossier des sauvegardes</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source> sauvegardes</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Dossier des données</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Dossier des &amp;sauvegardes</source>
        <translation>Dossier des &amp;sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Garder les</source>
        <translation>&amp;Garder les</translation>
    </message>
    <message>
        <source>Garder le texte des &amp;messages</source>
        <translation>Garder le texte des &amp;messages</translation>
    </message>
    <message>
        <source>Au-delà, le texte des anciens messages est effacé (les statistiques restent). Une sauvegarde est faite chaque jour ; choisissez de préférence un dossier sur un autre disque ou une clé USB.</source>
        <translation>Au-delà, le texte des anciens messages est effacé (les statistiques restent). Une sauvegarde est faite chaque jour ; choisissez de préférence un dossier sur un autre disque ou une clé USB.</translation>
    </message>
    <message>
        <source>Base de données : %s</source>
        <translation>Base de données : %s</translation>
    </message>
    <message>
        <source>Base de données sur un serveur (%s), partagée entre les postes.</source>
        <translation>Base de données sur un serveur (%s), partagée entre les postes.</translation>
    </message>
</context>
<context>
    <name>DispatcherRunner</name>
    <message>
        <source>Envoi des SMS en cours…</source>
        <extracomment>The state shown when the desk&apos;s dispatcher runs in another process.</extracomment>
        <translation>Envoi des SMS en cours…</translation>
    </message>
    <message>
        <source>Envois : prêt</source>
        <translation>Envois : prêt</translation>
    </message>
    <message>
        <source>Envois en erreur : </source>
        <translation>Envois en erreur : </translation>
    </message>
    <message>
        <source>Envois assurés par un autre Comptoir de ce poste</source>
        <translation>Envois assurés par un autre Comptoir de ce poste</translation>
    </message>
    <message>
        <source>Envois arrêtés</source>
        <translation>Envois arrêtés</translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>Effacer le client</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Effacer définitivement %1 ?</source>
        <translation>Effacer définitivement %1 ?</translation>
    </message>
    <message>
        <source>Sa fiche, ses rendez-vous et ses commandes sont supprimés. Ses SMS et ses réponses restent dans les statistiques, sans numéro ni texte. Ses consentements restent au registre, sans son nom. Son numéro reste en liste d&apos;opposition : il ne recevra plus de promotions, même après un nouvel import. Pensez à exporter ses données d&apos;abord s&apos;il les a demandées.</source>
        <translation>Sa fiche, ses rendez-vous et ses commandes sont supprimés. Ses SMS et ses réponses restent dans les statistiques, sans numéro ni texte. Ses consentements restent au registre, sans son nom. Son numéro reste en liste d&apos;opposition : il ne recevra plus de promotions, même après un nouvel import. Pensez à exporter ses données d&apos;abord s&apos;il les a demandées.</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Fichier à importer</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Classeur Excel ou LibreOffice (.xlsx, .xls, .ods), fichier CSV ou carte de visite (.vcf).</source>
        <translation>Classeur Excel ou LibreOffice (.xlsx, .xls, .ods), fichier CSV ou carte de visite (.vcf).</translation>
    </message>
    <message>
        <source>Chemin du fichier</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choisir le fichier des clients</source>
        <translation>Choisir le fichier des clients</translation>
    </message>
    <message>
        <source>Fichiers de clients (%1)</source>
        <translation>Fichiers de clients (%1)</translation>
    </message>
    <message>
        <source>Lecture du fichier…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n feuille(s), environ %1 ligne(s).</source>
        <translation>
            <numerusform>%n feuille, environ %1 lignes.</numerusform>
            <numerusform>%n feuilles, environ %1 lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsLabel</name>
    <message>
        <source>Vérifications avant envoi</source>
        <translation>Vérifications avant envoi</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Premier démarrage de Comptoir</source>
        <translation>Premier démarrage de Comptoir</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Début des envois de promotions</source>
        <translation>Début des envois de promotions</translation>
    </message>
    <message>
        <source>Fin des envois de promotions</source>
        <translation>Fin des envois de promotions</translation>
    </message>
    <message>
        <source>Envoyer aussi les jours &amp;fériés (déconseillé)</source>
        <translation>Envoyer aussi les jours &amp;fériés (déconseillé)</translation>
    </message>
    <message>
        <source>Début des heures de politesse</source>
        <translation>Début des heures de politesse</translation>
    </message>
    <message>
        <source>Fin des heures de politesse</source>
        <translation>Fin des heures de politesse</translation>
    </message>
    <message>
        <source>&amp;Valeurs recommandées</source>
        <translation>&amp;Valeurs recommandées</translation>
    </message>
    <message>
        <source>Promotions et enquêtes</source>
        <translation>Promotions et enquêtes</translation>
    </message>
    <message>
        <source>à</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Pl&amp;age horaire</source>
        <translation>Pl&amp;age horaire</translation>
    </message>
    <message>
        <source>Jours</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Heure locale de chaque client. Recommandé : du lundi au samedi, 8h00–20h00, jamais le dimanche ni les jours fériés ; la charte des opérateurs mobiles permet jusqu&apos;à 21h30. Hors de ces heures, les messages attendent le prochain créneau permis.</source>
        <translation>Heure locale de chaque client. Recommandé : du lundi au samedi, 8h00–20h00, jamais le dimanche ni les jours fériés ; la charte des opérateurs mobiles permet jusqu&apos;à 21h30. Hors de ces heures, les messages attendent le prochain créneau permis.</translation>
    </message>
    <message>
        <source>Messages de service (rendez-vous, commandes)</source>
        <translation>Messages de service (rendez-vous, commandes)</translation>
    </message>
    <message>
        <source>Heures de &amp;politesse</source>
        <translation>Heures de &amp;politesse</translation>
    </message>
    <message>
        <source>Hors de ces heures, Comptoir avertit et propose de différer l&apos;envoi.</source>
        <translation>Hors de ces heures, Comptoir avertit et propose de différer l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer des clients</source>
        <extracomment>Rows per transaction (a cancel keeps whole batches only).</extracomment>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Annulation… le lot en cours se termine.</source>
        <translation>Annulation… le lot en cours se termine.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>%1 (numéro inconnu)</source>
        <translation>%1 (numéro inconnu)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Dernier message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Reçu</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Suivi par</source>
        <translation>Suivi par</translation>
    </message>
    <message numerus="yes">
        <source>%n non lue(s)</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n à traiter</source>
        <translation>
            <numerusform>%n à traiter</numerusform>
            <numerusform>%n à traiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Traité</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Ce que Comptoir a compris</source>
        <translation>Ce que Comptoir a compris</translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>quelqu&apos;un</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Traité par %1, %2</source>
        <translation>Traité par %1, %2</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Vous êtes</source>
        <translation>Vous êtes</translation>
    </message>
    <message>
        <source>Quelles réponses</source>
        <translation>Quelles réponses</translation>
    </message>
    <message>
        <source>À lire ou à traiter</source>
        <translation>À lire ou à traiter</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Non lues</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>Traitées</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Suivies par</source>
        <translation>Suivies par</translation>
    </message>
    <message>
        <source>Nom ou numéro</source>
        <translation>Nom ou numéro</translation>
    </message>
    <message>
        <source>Rechercher une conversation</source>
        <translation>Rechercher une conversation</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Vous êtes :</source>
        <translation>Vous êtes :</translation>
    </message>
    <message>
        <source>suivies par</source>
        <translation>suivies par</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Enquêtes</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Aucune réponse à lire ni à traiter : tout est à jour.</source>
        <translation>Aucune réponse à lire ni à traiter : tout est à jour.</translation>
    </message>
    <message>
        <source>Aucune conversation ne correspond.</source>
        <translation>Aucune conversation ne correspond.</translation>
    </message>
    <message>
        <source>tout le monde</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>quelqu&apos;un</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Réponse traitée (%1, %2).</source>
        <translation>Réponse traitée (%1, %2).</translation>
    </message>
    <message>
        <source>Déjà traitée par %1, %2 : rien n&apos;a changé.</source>
        <translation>Déjà traitée par %1, %2 : rien n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>La langue choisie prendra effet au prochain démarrage de Comptoir. Elle ne concerne que cet ordinateur ; vos SMS restent rédigés dans vos modèles.</source>
        <translation>La langue choisie prendra effet au prochain démarrage de Comptoir. Elle ne concerne que cet ordinateur ; vos SMS restent rédigés dans vos modèles.</translation>
    </message>
    <message>
        <source>Lan&amp;gue de l&apos;interface</source>
        <translation>Lan&amp;gue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source> par 7 jours</source>
        <translation> par 7 jours</translation>
    </message>
    <message>
        <source> par 30 jours</source>
        <translation> par 30 jours</translation>
    </message>
    <message>
        <source> par jour</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Promotions par client</source>
        <translation>&amp;Promotions par client</translation>
    </message>
    <message>
        <source>… et au plus</source>
        <translation>… et au plus</translation>
    </message>
    <message>
        <source>Même message de &amp;service</source>
        <translation>Même message de &amp;service</translation>
    </message>
    <message>
        <source>Une demande d&apos;&amp;avis tous les</source>
        <translation>Une demande d&apos;&amp;avis tous les</translation>
    </message>
    <message>
        <source>0 = pas de limite. Les clients qui dépasseraient une limite sont listés avant l&apos;envoi et ne reçoivent pas le message. « Urgent » permet de renvoyer un message de service.</source>
        <translation>0 = pas de limite. Les clients qui dépasseraient une limite sont listés avant l&apos;envoi et ne reçoivent pas le message. « Urgent » permet de renvoyer un message de service.</translation>
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
        <translation>Ouverture de la base de données…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Colonnes</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Vérifiez ce que contient chaque colonne ; l&apos;aperçu montre le sort des premières lignes.</source>
        <translation>Vérifiez ce que contient chaque colonne ; l&apos;aperçu montre le sort des premières lignes.</translation>
    </message>
    <message>
        <source>— ne pas importer —</source>
        <translation>— ne pas importer —</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nom complet (à séparer)</source>
        <translation>Nom complet (à séparer)</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Autre téléphone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Consentement SMS promotionnel</source>
        <translation>Consentement SMS promotionnel</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Nouveau, avec remarque</source>
        <translation>Nouveau, avec remarque</translation>
    </message>
    <message>
        <source>Déjà connu</source>
        <translation>Déjà connu</translation>
    </message>
    <message>
        <source>Doublon dans le fichier</source>
        <translation>Doublon dans le fichier</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Exemple</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Correspondance des colonnes</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remarque</translation>
    </message>
    <message numerus="yes">
        <source>Aperçu des %n première(s) ligne(s) — </source>
        <translation>
            <numerusform>Aperçu de la première ligne — </numerusform>
            <numerusform>Aperçu des %n premières lignes — </numerusform>
        </translation>
    </message>
    <message>
        <source>Indiquez au moins la colonne du nom ou celle du portable.</source>
        <translation>Indiquez au moins la colonne du nom ou celle du portable.</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <source>Code pour le support : {code}</source>
        <translation>Code pour le support : {code}</translation>
    </message>
</context>
<context>
    <name>MessageDetailDialog</name>
    <message>
        <source>Message n° {id}</source>
        <translation>Message n° {id}</translation>
    </message>
</context>
<context>
    <name>MessageDetailPanel</name>
    <message>
        <source>Sélectionnez un message pour voir son historique.</source>
        <translation>Sélectionnez un message pour voir son historique.</translation>
    </message>
    <message>
        <source>Statut du message</source>
        <translation>Statut du message</translation>
    </message>
    <message>
        <source>Texte du message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Historique des statuts</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Destinataire :</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Compte SMS :</source>
        <translation>Compte SMS :</translation>
    </message>
    <message>
        <source>Catégorie :</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Taille :</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Créé :</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Départ prévu :</source>
        <translation>Départ prévu :</translation>
    </message>
    <message>
        <source>Envoyé :</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <source>Identifiant fournisseur :</source>
        <translation>Identifiant fournisseur :</translation>
    </message>
    <message>
        <source>Historique :</source>
        <translation>Historique :</translation>
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
        <translation>Comptoir ne sait pas si ce SMS est parti et ne le renverra jamais de lui-même. Vérifiez l&apos;historique de votre compte SMS, puis choisissez « Marquer comme envoyé », « Réessayer » ou « Annuler l&apos;envoi ».</translation>
    </message>
    <message>
        <source>Ce SMS n&apos;est pas parti. Corrigez la cause ci-dessous, puis choisissez « Réessayer ».</source>
        <translation>Ce SMS n&apos;est pas parti. Corrigez la cause ci-dessous, puis choisissez « Réessayer ».</translation>
    </message>
    <message>
        <source>Promotion retenue hors des heures d&apos;envoi légales : elle partira {when}.</source>
        <translation>Promotion retenue hors des heures d&apos;envoi légales : elle partira {when}.</translation>
    </message>
    <message>
        <source>Programmé : partira {when}.</source>
        <translation>Programmé : partira {when}.</translation>
    </message>
    <message>
        <source>Accepté par le fournisseur ; en attente de l&apos;accusé de réception.</source>
        <translation>Accepté par le fournisseur ; en attente de l&apos;accusé de réception.</translation>
    </message>
</context>
<context>
    <name>MessageFilters</name>
    <message>
        <source>Filtre statut</source>
        <translation>Filtre statut</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>À traiter (échec, incertain)</source>
        <translation>À traiter (échec, incertain)</translation>
    </message>
    <message>
        <source>Filtre période</source>
        <translation>Filtre période</translation>
    </message>
    <message>
        <source>Toutes les dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>7 derniers jours</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>30 derniers jours</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Période choisie…</source>
        <translation>Période choisie…</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Filtre compte SMS</source>
        <translation>Filtre compte SMS</translation>
    </message>
    <message>
        <source>Tous les comptes</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Filtre modèle</source>
        <translation>Filtre modèle</translation>
    </message>
    <message>
        <source>Tous les modèles</source>
        <translation>Tous les modèles</translation>
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
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Coût</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>{status} · prévu le {when}</source>
        <extracomment>Sizes of the pages read so far (tests check the model never reads everything at once).</extracomment>
        <translation>{status} · prévu le {when}</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <source>Résumé des envois</source>
        <translation>Résumé des envois</translation>
    </message>
    <message>
        <source>Liste des messages</source>
        <translation>Liste des messages</translation>
    </message>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Marquer comme envoyé</source>
        <translation>&amp;Marquer comme envoyé</translation>
    </message>
    <message>
        <source>&amp;Envoyer maintenant</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>A&amp;nnuler l&apos;envoi</source>
        <translation>A&amp;nnuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Aucun SMS envoyé pour l&apos;instant</source>
        <translation>Aucun SMS envoyé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Écrivez à un client depuis sa fiche (« Envoyer un SMS »), ou à plusieurs depuis la liste des clients. Chaque message apparaît ici avec ce qu&apos;il est devenu.</source>
        <translation>Écrivez à un client depuis sa fiche (« Envoyer un SMS »), ou à plusieurs depuis la liste des clients. Chaque message apparaît ici avec ce qu&apos;il est devenu.</translation>
    </message>
    <message>
        <source>Écrire à un client…</source>
        <translation>Écrire à un client…</translation>
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
            <numerusform>%n à traiter</numerusform>
            <numerusform>%n à traiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n en file</source>
        <translation>
            <numerusform>%n en file</numerusform>
            <numerusform>%n en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n livré(s) ce mois</source>
        <translation>
            <numerusform>%n livré ce mois</numerusform>
            <numerusform>%n livrés ce mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages sélectionnés.</source>
        <translation>
            <numerusform>%n message sélectionné.</numerusform>
            <numerusform>%n messages sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Comptoir ne sait pas si ce message est parti. Il a peut-être déjà été reçu. Le renvoyer quand même ?</source>
        <translation>Comptoir ne sait pas si ce message est parti. Il a peut-être déjà été reçu. Le renvoyer quand même ?</translation>
    </message>
    <message numerus="yes">
        <source>Comptoir ne sait pas si %n de ces messages sont partis : ils ont peut-être déjà été reçus. Les renvoyer quand même ?</source>
        <translation>
            <numerusform>Comptoir ne sait pas si %n de ces messages est parti : il a peut-être déjà été reçu. Le renvoyer quand même ?</numerusform>
            <numerusform>Comptoir ne sait pas si %n de ces messages sont partis : ils ont peut-être déjà été reçus. Les renvoyer quand même ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renvoyer %n message(s) maintenant ?</source>
        <translation>
            <numerusform>Renvoyer %n message maintenant ?</numerusform>
            <numerusform>Renvoyer %n messages maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Marquer comme envoyé</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Marquer %n message(s) comme envoyé(s) ? Comptoir ne les renverra pas.</source>
        <translation>
            <numerusform>Marquer %n message comme envoyé ? Comptoir ne le renverra pas.</numerusform>
            <numerusform>Marquer %n messages comme envoyés ? Comptoir ne les renverra pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annuler l&apos;envoi</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>Annuler l&apos;envoi de %n message(s) ? Ils ne partiront pas.</source>
        <translation>
            <numerusform>Annuler l&apos;envoi de %n message ? Il ne partira pas.</numerusform>
            <numerusform>Annuler l&apos;envoi de %n messages ? Ils ne partiront pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Un message incertain est peut-être déjà parti : l&apos;annuler le retire seulement des messages à traiter.</source>
        <translation>Un message incertain est peut-être déjà parti : l&apos;annuler le retire seulement des messages à traiter.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) n&apos;ont pas pu être modifiés.</source>
        <translation>
            <numerusform>%n message n&apos;a pas pu être modifié.</numerusform>
            <numerusform>%n messages n&apos;ont pas pu être modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>dès que possible</source>
        <translation>dès que possible</translation>
    </message>
    <message>
        <source>Impossible d&apos;envoyer maintenant : les heures d&apos;envoi légales sont fermées.</source>
        <translation>Impossible d&apos;envoyer maintenant : les heures d&apos;envoi légales sont fermées.</translation>
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
        <translation>Le devis partira le</translation>
    </message>
    <message>
        <source>Arrivée &amp;vers</source>
        <translation>Arrivée &amp;vers</translation>
    </message>
    <message>
        <source>Nouvelle &amp;heure</source>
        <translation>Nouvelle &amp;heure</translation>
    </message>
    <message>
        <source>Le message annonce cette information au client.</source>
        <translation>Le message annonce cette information au client.</translation>
    </message>
    <message>
        <source>Prévenir le client</source>
        <translation>Prévenir le client</translation>
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
        <translation>Où en est-il</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Désinscrire</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Désinscrire %1 ? Ce client ne recevra plus aucun SMS, ni promotion ni message pratique. Son numéro reste en liste d&apos;opposition, même si la fiche est supprimée.</source>
        <translation>Désinscrire %1 ? Ce client ne recevra plus aucun SMS, ni promotion ni message pratique. Son numéro reste en liste d&apos;opposition, même si la fiche est supprimée.</translation>
    </message>
    <message>
        <source>&amp;Enregistré par</source>
        <translation>&amp;Enregistré par</translation>
    </message>
    <message>
        <source>&amp;Désinscrire</source>
        <translation>&amp;Désinscrire</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
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
        <translation>Que faire des clients déjà enregistrés dans Comptoir (même portable) ?</translation>
    </message>
    <message>
        <source>Les &amp;ignorer (recommandé)</source>
        <translation>Les &amp;ignorer (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Compléter leurs champs vides</source>
        <translation>&amp;Compléter leurs champs vides</translation>
    </message>
    <message>
        <source>&amp;Remplacer leurs informations par celles du fichier</source>
        <translation>&amp;Remplacer leurs informations par celles du fichier</translation>
    </message>
    <message>
        <source>&amp;Vérifier seulement (ne rien enregistrer)</source>
        <translation>&amp;Vérifier seulement (ne rien enregistrer)</translation>
    </message>
    <message>
        <source>Le consentement aux SMS promotionnels sera lu dans la colonne « %1 » (oui, x, 1…), sauf pour les numéros qui s&apos;y sont opposés.</source>
        <translation>Le consentement aux SMS promotionnels sera lu dans la colonne « %1 » (oui, x, 1…), sauf pour les numéros qui s&apos;y sont opposés.</translation>
    </message>
    <message>
        <source>Aucune colonne de consentement : les clients importés ne recevront pas de SMS promotionnels tant qu&apos;ils ne l&apos;auront pas accepté.</source>
        <translation>Aucune colonne de consentement : les clients importés ne recevront pas de SMS promotionnels tant qu&apos;ils ne l&apos;auront pas accepté.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Nouvelle intervention</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>Nouvelle commande</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Remplacement du chauffe-eau</source>
        <translation>Remplacement du chauffe-eau</translation>
    </message>
    <message>
        <source>Lunettes progressives</source>
        <translation>Lunettes progressives</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Quoi</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Choisissez le client dans la liste (tapez une partie de son nom).</source>
        <translation>Choisissez le client dans la liste (tapez une partie de son nom).</translation>
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
        <translation>Commande</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Depuis</translation>
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
        <translation>Quelles commandes</translation>
    </message>
    <message>
        <source>En cours et prêtes</source>
        <translation>En cours et prêtes</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Nouvelle intervention…</source>
        <translation>&amp;Nouvelle intervention…</translation>
    </message>
    <message>
        <source>&amp;Nouvelle commande…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Commandes</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;Prête : prévenir le client</source>
        <translation>&amp;Prête : prévenir le client</translation>
    </message>
    <message>
        <source>&amp;Terminée</source>
        <translation>&amp;Terminée</translation>
    </message>
    <message>
        <source>&amp;Retirée</source>
        <translation>&amp;Retirée</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Fiche du &amp;client</source>
        <translation>Fiche du &amp;client</translation>
    </message>
    <message>
        <source>Technicien &amp;en route…</source>
        <translation>Technicien &amp;en route…</translation>
    </message>
    <message>
        <source>Re&amp;tard…</source>
        <translation>Re&amp;tard…</translation>
    </message>
    <message>
        <source>Date du &amp;devis…</source>
        <translation>Date du &amp;devis…</translation>
    </message>
    <message>
        <source>Messages de la commande</source>
        <translation>Messages de la commande</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Enregistrée.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Commande prête.</source>
        <translation>Commande prête.</translation>
    </message>
    <message>
        <source>La commande de %1 est prête. Prévenir le client maintenant par SMS ?</source>
        <translation>La commande de %1 est prête. Prévenir le client maintenant par SMS ?</translation>
    </message>
    <message>
        <source>Commande prête</source>
        <translation>Commande prête</translation>
    </message>
    <message>
        <source>Message « prête » prévu.</source>
        <translation>Message « prête » prévu.</translation>
    </message>
    <message>
        <source>Intervention terminée.</source>
        <translation>Intervention terminée.</translation>
    </message>
    <message>
        <source>Commande retirée.</source>
        <translation>Commande retirée.</translation>
    </message>
    <message>
        <source>Annuler « %1 » de %2 ? Les messages qui ne sont pas encore partis ne partiront pas.</source>
        <translation>Annuler « %1 » de %2 ? Les messages qui ne sont pas encore partis ne partiront pas.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Annulée.</source>
        <translation>Annulée.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>E&amp;xporter ses données…</source>
        <translation>E&amp;xporter ses données…</translation>
    </message>
    <message>
        <source>Tout ce que Comptoir garde sur ce client, pour répondre à sa demande d&apos;accès (RGPD)</source>
        <translation>Tout ce que Comptoir garde sur ce client, pour répondre à sa demande d&apos;accès (RGPD)</translation>
    </message>
    <message>
        <source>E&amp;ffacer…</source>
        <translation>E&amp;ffacer…</translation>
    </message>
    <message>
        <source>Effacer ce client à sa demande (droit à l&apos;oubli)</source>
        <translation>Effacer ce client à sa demande (droit à l&apos;oubli)</translation>
    </message>
    <message>
        <source>Exporter les données du client</source>
        <translation>Exporter les données du client</translation>
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
        <translation>Registre des conse&amp;ntements…</translation>
    </message>
    <message>
        <source>&amp;Prospects sans contact depuis 3 ans…</source>
        <translation>&amp;Prospects sans contact depuis 3 ans…</translation>
    </message>
    <message>
        <source>Chaque accord ou refus est gardé avec sa date, sa source, le texte montré et qui l&apos;a enregistré. Pour exporter ou effacer les données d&apos;un client, ouvrez sa fiche.</source>
        <translation>Chaque accord ou refus est gardé avec sa date, sa source, le texte montré et qui l&apos;a enregistré. Pour exporter ou effacer les données d&apos;un client, ouvrez sa fiche.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Import en cours</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Annuler l&apos;&amp;import</source>
        <translation>Annuler l&apos;&amp;import</translation>
    </message>
    <message>
        <source>Lecture et vérification des lignes…</source>
        <translation>Lecture et vérification des lignes…</translation>
    </message>
    <message>
        <source>Ligne %1 sur environ %2 — %3 importé(s), %4 refusé(s).</source>
        <translation>Ligne %1 sur environ %2 — %3 importé(s), %4 refusé(s).</translation>
    </message>
</context>
<context>
    <name>ProspectsDialog</name>
    <message>
        <source>Prospects sans contact depuis 3 ans</source>
        <translation>Prospects sans contact depuis 3 ans</translation>
    </message>
    <message>
        <source>&amp;Effacer la sélection…</source>
        <translation>&amp;Effacer la sélection…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Ces clients n&apos;ont jamais acheté ni pris rendez-vous, et aucun contact n&apos;est venu d&apos;eux depuis trois ans (ni réponse, ni accord donné). La CNIL recommande de leur redemander leur accord, ou d&apos;effacer leurs données.</source>
        <translation>Ces clients n&apos;ont jamais acheté ni pris rendez-vous, et aucun contact n&apos;est venu d&apos;eux depuis trois ans (ni réponse, ni accord donné). La CNIL recommande de leur redemander leur accord, ou d&apos;effacer leurs données.</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) à revoir</source>
        <translation>
            <numerusform>%n prospect(s) à revoir</numerusform>
            <numerusform>%n prospect(s) à revoir</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer des prospects</source>
        <translation>Effacer des prospects</translation>
    </message>
    <message numerus="yes">
        <source>Effacer définitivement %n prospect(s) ? Leurs consentements restent au registre sans leur nom, et leurs numéros en liste d&apos;opposition.</source>
        <translation>
            <numerusform>Effacer définitivement %n prospect(s) ? Leurs consentements restent au registre sans leur nom, et leurs numéros en liste d&apos;opposition.</numerusform>
            <numerusform>Effacer définitivement %n prospect(s) ? Leurs consentements restent au registre sans leur nom, et leurs numéros en liste d&apos;opposition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) effacé(s).</source>
        <translation>
            <numerusform>%n prospect(s) effacé(s).</numerusform>
            <numerusform>%n prospect(s) effacé(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectsModel</name>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Fiche créée le</source>
        <translation>Fiche créée le</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ProviderFields</name>
    <message>
        <source>Identifiants %s</source>
        <translation>Identifiants %s</translation>
    </message>
    <message>
        <source>laisser vide pour ne pas changer</source>
        <translation>laisser vide pour ne pas changer</translation>
    </message>
    <message>
        <source>obligatoire</source>
        <translation>obligatoire</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Compte SMS</source>
        <translation>Compte SMS</translation>
    </message>
    <message>
        <source>Pour envoyer de vrais SMS, il faut un compte chez un fournisseur.</source>
        <translation>Pour envoyer de vrais SMS, il faut un compte chez un fournisseur.</translation>
    </message>
    <message>
        <source>&amp;Garder le simulateur pour essayer (aucun SMS réel ne part)</source>
        <translation>&amp;Garder le simulateur pour essayer (aucun SMS réel ne part)</translation>
    </message>
    <message>
        <source>&amp;Connecter mon compte SMS (Twilio, Brevo, OVHcloud, smsmode)</source>
        <translation>&amp;Connecter mon compte SMS (Twilio, Brevo, OVHcloud, smsmode)</translation>
    </message>
    <message>
        <source>Sa&amp;isir les identifiants…</source>
        <translation>Sa&amp;isir les identifiants…</translation>
    </message>
    <message>
        <source>Les identifiants sont gardés dans le trousseau sécurisé de cet ordinateur. Vous pourrez connecter un compte plus tard : un bandeau vous le rappellera.</source>
        <translation>Les identifiants sont gardés dans le trousseau sécurisé de cet ordinateur. Vous pourrez connecter un compte plus tard : un bandeau vous le rappellera.</translation>
    </message>
    <message>
        <source>Compte « %s » connecté : vos SMS partiront par lui.</source>
        <translation>Compte « %s » connecté : vos SMS partiront par lui.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecipientNameButton</name>
    <message>
        <source>Pour ce message seulement : la fiche du client garde son nom tel quel.</source>
        <translation>Pour ce message seulement : la fiche du client garde son nom tel quel.</translation>
    </message>
    <message>
        <source>Remettre les accents de son nom</source>
        <translation>Remettre les accents de son nom</translation>
    </message>
    <message>
        <source>Écrire son nom sans accents pour ce message</source>
        <translation>Écrire son nom sans accents pour ce message</translation>
    </message>
</context>
<context>
    <name>RecipientsLine</name>
    <message>
        <source>Destinataires</source>
        <extracomment>The list shows this many people; beyond, a last line says how many more.</extracomment>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Voir la &amp;liste</source>
        <translation>Voir la &amp;liste</translation>
    </message>
    <message>
        <source>À : …</source>
        <translation>À : …</translation>
    </message>
    <message numerus="yes">
        <source>À : %n destinataire(s)</source>
        <translation>
            <numerusform>À : %n destinataire</numerusform>
            <numerusform>À : %n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>À : %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source> — ne le recevra pas</source>
        <translation> — ne le recevra pas</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <source>Confirmer une désinscription par un court SMS (ce qui est arrêté, et « STOP TOUT »)</source>
        <translation>Confirmer une désinscription par un court SMS (ce qui est arrêté, et « STOP TOUT »)</translation>
    </message>
    <message>
        <source>Mot-clé</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Réponse envoyée</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Mots-clés et leurs réponses</source>
        <translation>Mots-clés et leurs réponses</translation>
    </message>
    <message>
        <source>Ajouter un &amp;mot-clé</source>
        <translation>Ajouter un &amp;mot-clé</translation>
    </message>
    <message>
        <source>&amp;Supprimer le mot-clé</source>
        <translation>&amp;Supprimer le mot-clé</translation>
    </message>
    <message>
        <source>Après une visite (un rendez-vous passé)</source>
        <translation>Après une visite (un rendez-vous passé)</translation>
    </message>
    <message>
        <source> jour(s) après</source>
        <translation> jour(s) après</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>sans limite</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Modèle de l&apos;enquête</source>
        <translation>Modèle de l&apos;enquête</translation>
    </message>
    <message>
        <source>Après une visite</source>
        <translation>Après une visite</translation>
    </message>
    <message>
        <source>Après le retrait d&apos;une commande (ou une intervention)</source>
        <translation>Après le retrait d&apos;une commande (ou une intervention)</translation>
    </message>
    <message>
        <source>Modèle de la demande d&apos;avis</source>
        <translation>Modèle de la demande d&apos;avis</translation>
    </message>
    <message>
        <source>Désinscriptions (STOP)</source>
        <translation>Désinscriptions (STOP)</translation>
    </message>
    <message>
        <source>Un « STOP » seul arrête les promotions et le type de message auquel le client répond (un rappel : les rappels aussi). « STOP PUB », « STOP RAPPEL », « STOP TOUT » arrêtent ce qu&apos;ils disent ; « START » rétablit.</source>
        <translation>Un « STOP » seul arrête les promotions et le type de message auquel le client répond (un rappel : les rappels aussi). « STOP PUB », « STOP RAPPEL », « STOP TOUT » arrêtent ce qu&apos;ils disent ; « START » rétablit.</translation>
    </message>
    <message>
        <source>Mots-clés</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Quand un client envoie seulement ce mot (« HORAIRES »), Comptoir lui répond aussitôt. La réponse peut utiliser le nom, l&apos;adresse, le téléphone et les liens du commerce.</source>
        <translation>Quand un client envoie seulement ce mot (« HORAIRES »), Comptoir lui répond aussitôt. La réponse peut utiliser le nom, l&apos;adresse, le téléphone et les liens du commerce.</translation>
    </message>
    <message>
        <source>Enquêtes de satisfaction</source>
        <translation>Enquêtes de satisfaction</translation>
    </message>
    <message>
        <source>&amp;Envoyée</source>
        <translation>&amp;Envoyée</translation>
    </message>
    <message>
        <source>Au plus une par client &amp;tous les</source>
        <translation>Au plus une par client &amp;tous les</translation>
    </message>
    <message>
        <source>&amp;Modèle</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>L&apos;enquête après le retrait d&apos;une commande se règle dans Agenda. Une note de 0 à 6 apparaît dans les Réponses à traiter : rappelez le client.</source>
        <translation>L&apos;enquête après le retrait d&apos;une commande se règle dans Agenda. Une note de 0 à 6 apparaît dans les Réponses à traiter : rappelez le client.</translation>
    </message>
    <message>
        <source>Demandes d&apos;avis</source>
        <translation>Demandes d&apos;avis</translation>
    </message>
    <message>
        <source>Envo&amp;yée</source>
        <translation>Envo&amp;yée</translation>
    </message>
    <message>
        <source>M&amp;odèle</source>
        <translation>M&amp;odèle</translation>
    </message>
    <message>
        <source>Chaque client concerné la reçoit, quelle que soit sa note : Google interdit de ne la demander qu&apos;aux clients satisfaits. Au plus une tous les 6 mois (réglable dans Limites).</source>
        <translation>Chaque client concerné la reçoit, quelle que soit sa note : Google interdit de ne la demander qu&apos;aux clients satisfaits. Au plus une tous les 6 mois (réglable dans Limites).</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Rapport d&apos;import</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Exporter le rapport…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) importé(s)</source>
        <translation>
            <numerusform>%n client importé</numerusform>
            <numerusform>%n clients importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) ignoré(s)</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Vérification seulement : rien n&apos;a été enregistré.</source>
        <translation>Vérification seulement : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Lignes enregistrées jusqu&apos;à la ligne %1.</source>
        <translation>Lignes enregistrées jusqu&apos;à la ligne %1.</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Doublon</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Exporter le rapport</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rapport enregistré : %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>Sauvegarde du %1 restaurée (%2 clients). La base remplacée est gardée dans le dossier des sauvegardes.</source>
        <translation>Sauvegarde du %1 restaurée (%2 clients). La base remplacée est gardée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Les SMS qui attendaient dans la sauvegarde sont vérifiés auprès du fournisseur avant tout envoi.</source>
        <translation>Les SMS qui attendaient dans la sauvegarde sont vérifiés auprès du fournisseur avant tout envoi.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Remplacer les données actuelles par la sauvegarde du %1 (%2 clients) ?</source>
        <translation>Remplacer les données actuelles par la sauvegarde du %1 (%2 clients) ?</translation>
    </message>
    <message>
        <source>Les données actuelles sont d&apos;abord gardées dans le dossier des sauvegardes. Ce qui a été saisi depuis cette sauvegarde ne sera plus affiché. Les SMS qui attendaient dans la sauvegarde sont vérifiés auprès du fournisseur avant tout envoi.</source>
        <translation>Les données actuelles sont d&apos;abord gardées dans le dossier des sauvegardes. Ce qui a été saisi depuis cette sauvegarde ne sera plus affiché. Les SMS qui attendaient dans la sauvegarde sont vérifiés auprès du fournisseur avant tout envoi.</translation>
    </message>
    <message>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Programmer l&apos;envoi</source>
        <translation>Programmer l&apos;envoi</translation>
    </message>
    <message>
        <source>Date et heure d&apos;envoi</source>
        <translation>Date et heure d&apos;envoi</translation>
    </message>
    <message>
        <source>Heure de votre commerce. Les promotions ne partent jamais hors des heures autorisées : elles attendent le créneau suivant.</source>
        <translation>Heure de votre commerce. Les promotions ne partent jamais hors des heures autorisées : elles attendent le créneau suivant.</translation>
    </message>
    <message>
        <source>&amp;Programmer</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Partira le</source>
        <translation>&amp;Partira le</translation>
    </message>
</context>
<context>
    <name>SectorPage</name>
    <message>
        <source>Votre métier</source>
        <translation>Votre métier</translation>
    </message>
    <message>
        <source>Comptoir prépare les modèles de SMS qui vont avec.</source>
        <translation>Comptoir prépare les modèles de SMS qui vont avec.</translation>
    </message>
</context>
<context>
    <name>SenderField</name>
    <message>
        <source>Nom d&apos;expéditeur</source>
        <translation>Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>par exemple OPTMARTIN</source>
        <translation>par exemple OPTMARTIN</translation>
    </message>
    <message>
        <source>Vérification du nom d&apos;expéditeur</source>
        <translation>Vérification du nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Nom d&apos;expéditeur valide.</source>
        <translation>Nom d&apos;expéditeur valide.</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Nom d&apos;expéditeur</source>
        <translation>Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients.</source>
        <translation>Le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients.</translation>
    </message>
    <message>
        <source>&amp;Expéditeur</source>
        <translation>&amp;Expéditeur</translation>
    </message>
    <message>
        <source>3 à 11 lettres ou chiffres, sans accent ni espace. Proposé d&apos;après le nom de votre commerce ; laissez vide pour décider plus tard.</source>
        <translation>3 à 11 lettres ou chiffres, sans accent ni espace. Proposé d&apos;après le nom de votre commerce ; laissez vide pour décider plus tard.</translation>
    </message>
    <message>
        <source>&amp;Nom d&apos;expéditeur</source>
        <translation>&amp;Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>C&apos;est le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients : 3 à 11 lettres ou chiffres, sans accent ni espace, avec au moins une lettre. Les comptes SMS qui utilisaient l&apos;ancien nom prennent le nouveau à l&apos;enregistrement. Vos clients ne peuvent pas répondre à un nom : pour recevoir des réponses (STOP, confirmations), utilisez le numéro fourni par votre compte SMS.</source>
        <translation>C&apos;est le nom qui s&apos;affiche à la place d&apos;un numéro sur le téléphone de vos clients : 3 à 11 lettres ou chiffres, sans accent ni espace, avec au moins une lettre. Les comptes SMS qui utilisaient l&apos;ancien nom prennent le nouveau à l&apos;enregistrement. Vos clients ne peuvent pas répondre à un nom : pour recevoir des réponses (STOP, confirmations), utilisez le numéro fourni par votre compte SMS.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Base de données sur un serveur</source>
        <translation>Base de données sur un serveur</translation>
    </message>
    <message>
        <source>laissé vide : celui déjà enregistré</source>
        <translation>laissé vide : celui déjà enregistré</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Serveur</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Base de données</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;Utilisateur</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Utiliser ce ser&amp;veur</source>
        <translation>Utiliser ce ser&amp;veur</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tous les postes de la boutique travaillent alors sur les mêmes clients, messages et rendez-vous. Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier. Les données de cet ordinateur restent dans son dossier : elles ne sont pas recopiées sur le serveur.</source>
        <translation>Tous les postes de la boutique travaillent alors sur les mêmes clients, messages et rendez-vous. Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier. Les données de cet ordinateur restent dans son dossier : elles ne sont pas recopiées sur le serveur.</translation>
    </message>
    <message>
        <source>Connexion au serveur…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Connexion réussie : base vide, Comptoir y créera ses tables.</source>
        <translation>Connexion réussie : base vide, Comptoir y créera ses tables.</translation>
    </message>
    <message>
        <source>Connexion réussie : la base Comptoir de ce serveur est prête.</source>
        <translation>Connexion réussie : la base Comptoir de ce serveur est prête.</translation>
    </message>
    <message>
        <source>Connexion réussie : base Comptoir d&apos;une version précédente, mise à jour à l&apos;ouverture.</source>
        <translation>Connexion réussie : base Comptoir d&apos;une version précédente, mise à jour à l&apos;ouverture.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>&amp;Utiliser un serveur PostgreSQL…</source>
        <translation>&amp;Utiliser un serveur PostgreSQL…</translation>
    </message>
    <message>
        <source>Changer de serve&amp;ur…</source>
        <translation>Changer de serve&amp;ur…</translation>
    </message>
    <message>
        <source>Revenir à la base de cet ord&amp;inateur</source>
        <translation>Revenir à la base de cet ord&amp;inateur</translation>
    </message>
    <message>
        <source>La base de données est imposée au démarrage par l&apos;option --db : elle ne se choisit pas ici.</source>
        <translation>La base de données est imposée au démarrage par l&apos;option --db : elle ne se choisit pas ici.</translation>
    </message>
    <message>
        <source>La base de données est imposée par la variable COMPTOIR_DB : elle ne se choisit pas ici.</source>
        <translation>La base de données est imposée par la variable COMPTOIR_DB : elle ne se choisit pas ici.</translation>
    </message>
    <message>
        <source>Ce poste travaille sur le serveur PostgreSQL %1, partagé avec les autres postes.</source>
        <translation>Ce poste travaille sur le serveur PostgreSQL %1, partagé avec les autres postes.</translation>
    </message>
    <message>
        <source>Ce poste travaille sur la base de son dossier de données. Pour que plusieurs postes partagent les mêmes clients et messages, installez un serveur PostgreSQL sur le réseau de la boutique, puis choisissez-le ici sur chaque poste.</source>
        <translation>Ce poste travaille sur la base de son dossier de données. Pour que plusieurs postes partagent les mêmes clients et messages, installez un serveur PostgreSQL sur le réseau de la boutique, puis choisissez-le ici sur chaque poste.</translation>
    </message>
    <message>
        <source>Base de cet ordinateur</source>
        <translation>Base de cet ordinateur</translation>
    </message>
    <message>
        <source>Ce poste travaillera de nouveau sur la base de son dossier de données, sans les clients et messages du serveur. Continuer ?</source>
        <translation>Ce poste travaillera de nouveau sur la base de son dossier de données, sans les clients et messages du serveur. Continuer ?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lun</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Mer</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Jeu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Ven</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sam</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Dim</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Métropole</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>Alsace-Moselle</source>
        <translation>Alsace-Moselle</translation>
    </message>
    <message>
        <source>La Réunion</source>
        <translation>La Réunion</translation>
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
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Saint-Pierre-et-Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Saint-Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Saint-Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <source>Nouvelle-Calédonie</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Polynésie française</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Wallis-et-Futuna</source>
        <translation>Wallis-et-Futuna</translation>
    </message>
    <message>
        <source>Opticien</source>
        <translation>Opticien</translation>
    </message>
    <message>
        <source>Cabinet médical, clinique</source>
        <translation>Cabinet médical, clinique</translation>
    </message>
    <message>
        <source>Artisan</source>
        <translation>Artisan</translation>
    </message>
    <message>
        <source>Autre commerce</source>
        <translation>Autre commerce</translation>
    </message>
    <message>
        <source>Modèles : Lunettes prêtes, Lentilles disponibles, Rappel retrait…</source>
        <translation>Modèles : Lunettes prêtes, Lentilles disponibles, Rappel retrait…</translation>
    </message>
    <message>
        <source>Modèles : Rappel RDV la veille, Rappel RDV le jour même, Confirmation de RDV…</source>
        <translation>Modèles : Rappel RDV la veille, Rappel RDV le jour même, Confirmation de RDV…</translation>
    </message>
    <message>
        <source>Modèles : Arrivée du technicien, Devis envoyé, Retard…</source>
        <translation>Modèles : Arrivée du technicien, Devis envoyé, Retard…</translation>
    </message>
    <message>
        <source>Modèles communs : Enquête de satisfaction, Demande d&apos;avis, Promotion…</source>
        <translation>Modèles communs : Enquête de satisfaction, Demande d&apos;avis, Promotion…</translation>
    </message>
    <message>
        <source>Après 20h00 : permis par la charte des opérateurs mobiles (jusqu&apos;à 21h30), mais beaucoup de clients trouvent ces SMS tardifs.</source>
        <translation>Après 20h00 : permis par la charte des opérateurs mobiles (jusqu&apos;à 21h30), mais beaucoup de clients trouvent ces SMS tardifs.</translation>
    </message>
    <message>
        <source>Le dimanche : toléré par la charte des opérateurs mobiles, mais déconseillé.</source>
        <translation>Le dimanche : toléré par la charte des opérateurs mobiles, mais déconseillé.</translation>
    </message>
    <message>
        <source>Les jours fériés : tolérés par la charte des opérateurs mobiles, mais déconseillés.</source>
        <translation>Les jours fériés : tolérés par la charte des opérateurs mobiles, mais déconseillés.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Rubriques des réglages</source>
        <translation>Rubriques des réglages</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Expéditeur</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Horaires d&apos;envoi</source>
        <translation>Horaires d&apos;envoi</translation>
    </message>
    <message>
        <source>Limites</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Réponses et enquêtes</source>
        <translation>Réponses et enquêtes</translation>
    </message>
    <message>
        <source>Comptes SMS</source>
        <translation>Comptes SMS</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Données</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Enregistrer les réglages (Ctrl+S)</source>
        <translation>Enregistrer les réglages (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Revenir aux réglages enregistrés</source>
        <translation>Revenir aux réglages enregistrés</translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>Nouvel expéditeur appliqué aux comptes : %s.</source>
        <translation>Nouvel expéditeur appliqué aux comptes : %s.</translation>
    </message>
    <message numerus="yes">
        <source>%n modèle(s) de SMS ajouté(s) pour ce métier.</source>
        <translation>
            <numerusform>%n modèle de SMS ajouté pour ce métier.</numerusform>
            <numerusform>%n modèles de SMS ajoutés pour ce métier.</numerusform>
        </translation>
    </message>
    <message>
        <source>La nouvelle langue prendra effet au prochain démarrage.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été enregistré : corrigez ce qui est signalé.</source>
        <translation>Rien n&apos;a été enregistré : corrigez ce qui est signalé.</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <source>Premières lignes de la feuille</source>
        <translation>Premières lignes de la feuille</translation>
    </message>
    <message>
        <source>Cliquez sur la ligne qui porte les titres des colonnes.</source>
        <translation>Cliquez sur la ligne qui porte les titres des colonnes.</translation>
    </message>
    <message>
        <source>titres</source>
        <translation>titres</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Feuille et ligne des titres</source>
        <translation>Feuille et ligne des titres</translation>
    </message>
    <message>
        <source>Choisissez la feuille qui contient vos clients et la ligne des titres de colonnes.</source>
        <translation>Choisissez la feuille qui contient vos clients et la ligne des titres de colonnes.</translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>aucune (les données commencent tout de suite)</source>
        <translation>aucune (les données commencent tout de suite)</translation>
    </message>
    <message>
        <source>Ligne des titres</source>
        <translation>Ligne des titres</translation>
    </message>
    <message>
        <source>&amp;Feuille :</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>&amp;Ligne des titres :</source>
        <translation>&amp;Ligne des titres :</translation>
    </message>
    <message>
        <source>Le début de la feuille (la ligne des titres en bleu ; cliquez sur une autre ligne pour la choisir) :</source>
        <translation>Le début de la feuille (la ligne des titres en bleu ; cliquez sur une autre ligne pour la choisir) :</translation>
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
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Modèles</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Plusieurs postes</source>
        <translation>Plusieurs postes</translation>
    </message>
    <message>
        <source>Vie privée</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>La vérification quotidienne a trouvé la base de données endommagée : restaurez une sauvegarde (Réglages › Données).</source>
        <translation>La vérification quotidienne a trouvé la base de données endommagée : restaurez une sauvegarde (Réglages › Données).</translation>
    </message>
    <message>
        <source>Entretien quotidien : </source>
        <translation>Entretien quotidien : </translation>
    </message>
    <message>
        <source>Comptoir — réponse d&apos;un client</source>
        <translation>Comptoir — réponse d&apos;un client</translation>
    </message>
    <message>
        <source>Compte SMS : %2</source>
        <translation>Compte SMS : %2</translation>
    </message>
    <message>
        <source>Compte SMS : %1 (%2)</source>
        <translation>Compte SMS : %1 (%2)</translation>
    </message>
    <message>
        <source>Ouvrir Comptoir</source>
        <translation>Ouvrir Comptoir</translation>
    </message>
    <message>
        <source>Quitter Comptoir (arrête les envois)</source>
        <translation>Quitter Comptoir (arrête les envois)</translation>
    </message>
    <message>
        <source>Comptoir continue d&apos;envoyer les SMS programmés. Quittez-le depuis cette icône.</source>
        <translation>Comptoir continue d&apos;envoyer les SMS programmés. Quittez-le depuis cette icône.</translation>
    </message>
    <message>
        <source>Quitter Comptoir</source>
        <translation>Quitter Comptoir</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS attend(ent) de partir : rien ne part tant que Comptoir est fermé.</source>
        <translation>
            <numerusform>%n SMS attend de partir : rien ne part tant que Comptoir est fermé.</numerusform>
            <numerusform>%n SMS attendent de partir : rien ne part tant que Comptoir est fermé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laissez Comptoir ouvert pour qu&apos;ils partent à l&apos;heure prévue. Sinon, ils partiront à la prochaine ouverture de Comptoir.</source>
        <translation>Laissez Comptoir ouvert pour qu&apos;ils partent à l&apos;heure prévue. Sinon, ils partiront à la prochaine ouverture de Comptoir.</translation>
    </message>
    <message>
        <source>&amp;Fermer quand même</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Laisser ouvert</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
</context>
<context>
    <name>SkippedTree</name>
    <message>
        <source>Destinataires qui ne recevront pas le message</source>
        <translation>Destinataires qui ne recevront pas le message</translation>
    </message>
</context>
<context>
    <name>SmsBubble</name>
    <message>
        <source>Le message apparaîtra ici.</source>
        <translation>Le message apparaîtra ici.</translation>
    </message>
    <message>
        <source>Aperçu du SMS</source>
        <translation>Aperçu du SMS</translation>
    </message>
    <message>
        <source>Taille du SMS</source>
        <translation>Taille du SMS</translation>
    </message>
    <message>
        <source>caractères spéciaux</source>
        <translation>caractères spéciaux</translation>
    </message>
    <message>
        <source>Un SMS seul contient %1 caractères ; un message plus long part en parties de %2.</source>
        <translation>Un SMS seul contient %1 caractères ; un message plus long part en parties de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Encore %n caractère(s) avant le SMS suivant.</source>
        <translation>
            <numerusform>Encore %n caractère avant le SMS suivant.</numerusform>
            <numerusform>Encore %n caractères avant le SMS suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caractères spéciaux (70 caractères par SMS au lieu de 160) : %1</source>
        <translation>Caractères spéciaux (70 caractères par SMS au lieu de 160) : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n caractère</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caractères</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Enregistré par</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>La personne de l&apos;équipe qui enregistre (liste dans Réglages › Agenda).</source>
        <translation>La personne de l&apos;équipe qui enregistre (liste dans Réglages › Agenda).</translation>
    </message>
    <message>
        <source>Votre nom</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Ajoutez les personnes de l&apos;équipe dans Réglages › Agenda pour les choisir ici.</source>
        <translation>Ajoutez les personnes de l&apos;équipe dans Réglages › Agenda pour les choisir ici.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Le journal ne peut pas être écrit dans « {folder} » ({reason}) : Comptoir fonctionne, mais sans journal pour le support.</source>
        <translation>Le journal ne peut pas être écrit dans « {folder} » ({reason}) : Comptoir fonctionne, mais sans journal pour le support.</translation>
    </message>
</context>
<context>
    <name>StartupRefusal</name>
    <message>
        <source>Dernière sauvegarde utilisable : %1 (%2 clients). La base actuelle sera gardée.</source>
        <translation>Dernière sauvegarde utilisable : %1 (%2 clients). La base actuelle sera gardée.</translation>
    </message>
    <message>
        <source>&amp;Restaurer la dernière sauvegarde</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>En attendant, ce poste peut travailler sur la base de son dossier de données (sans les clients du serveur) ; le serveur se choisit de nouveau dans Réglages › Données.</source>
        <translation>En attendant, ce poste peut travailler sur la base de son dossier de données (sans les clients du serveur) ; le serveur se choisit de nouveau dans Réglages › Données.</translation>
    </message>
    <message>
        <source>&amp;Utiliser la base de cet ordinateur</source>
        <translation>&amp;Utiliser la base de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>C&apos;est prêt</source>
        <translation>C&apos;est prêt</translation>
    </message>
    <message>
        <source>Vérifiez, puis « Terminer ».</source>
        <translation>Vérifiez, puis « Terminer ».</translation>
    </message>
    <message>
        <source>Commerce : %s</source>
        <translation>Commerce : %s</translation>
    </message>
    <message>
        <source>Métier : %s</source>
        <translation>Métier : %s</translation>
    </message>
    <message>
        <source>Zone : %s</source>
        <translation>Zone : %s</translation>
    </message>
    <message>
        <source>Expéditeur : %s</source>
        <translation>Expéditeur : %s</translation>
    </message>
    <message>
        <source>à choisir plus tard</source>
        <translation>à choisir plus tard</translation>
    </message>
    <message>
        <source>Compte SMS : %s</source>
        <translation>Compte SMS : %s</translation>
    </message>
    <message>
        <source>Compte SMS : simulateur (aucun SMS réel ne part)</source>
        <translation>Compte SMS : simulateur (aucun SMS réel ne part)</translation>
    </message>
</context>
<context>
    <name>SurveyResultsModel</name>
    <message>
        <source>Enquête</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Envoyées</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoteurs · neutres · détracteurs</source>
        <translation>Promoteurs · neutres · détracteurs</translation>
    </message>
    <message>
        <source>Notes de 0 à 10</source>
        <translation>Notes de 0 à 10</translation>
    </message>
    <message>
        <source>%1/10 : %2</source>
        <translation>%1/10 : %2</translation>
    </message>
    <message>
        <source>(modèle supprimé)</source>
        <translation>(modèle supprimé)</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>Résultats des enquêtes</source>
        <translation>Résultats des enquêtes</translation>
    </message>
    <message>
        <source>Aucune enquête n&apos;a encore été envoyée. Choisissez quand elles partent dans Réglages › Réponses et enquêtes, ou envoyez-en une à un client ci-dessous.</source>
        <translation>Aucune enquête n&apos;a encore été envoyée. Choisissez quand elles partent dans Réglages › Réponses et enquêtes, ou envoyez-en une à un client ci-dessous.</translation>
    </message>
    <message>
        <source>Envoyer l&apos;&amp;enquête</source>
        <translation>Envoyer l&apos;&amp;enquête</translation>
    </message>
    <message>
        <source>Demander un &amp;avis</source>
        <translation>Demander un &amp;avis</translation>
    </message>
    <message>
        <source>À un client</source>
        <translation>À un client</translation>
    </message>
    <message>
        <source>NPS : le pourcentage de clients qui donnent 9 ou 10, moins celui des clients qui donnent 0 à 6. Une demande d&apos;avis part à chaque client concerné, quelle que soit sa note.</source>
        <translation>NPS : le pourcentage de clients qui donnent 9 ou 10, moins celui des clients qui donnent 0 à 6. Une demande d&apos;avis part à chaque client concerné, quelle que soit sa note.</translation>
    </message>
    <message>
        <source>Demande d&apos;avis en file d&apos;attente.</source>
        <translation>Demande d&apos;avis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Enquête en file d&apos;attente.</source>
        <translation>Enquête en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Non envoyée : %1</source>
        <translation>Non envoyée : %1</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>(modèle habituel du métier)</source>
        <translation>(modèle habituel du métier)</translation>
    </message>
    <message>
        <source>%1 (introuvable)</source>
        <translation>%1 (introuvable)</translation>
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
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Bonjour {prenom}, …</source>
        <translation>Bonjour {prenom}, …</translation>
    </message>
    <message>
        <source>Erreurs dans le message</source>
        <translation>Erreurs dans le message</translation>
    </message>
    <message>
        <source>Conseils de conformité</source>
        <translation>Conseils de conformité</translation>
    </message>
    <message>
        <source>O&amp;ptimiser pour SMS</source>
        <translation>O&amp;ptimiser pour SMS</translation>
    </message>
    <message>
        <source>Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins (annulable avec Ctrl+Z).</source>
        <translation>Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins (annulable avec Ctrl+Z).</translation>
    </message>
    <message>
        <source>Caractères spéciaux : avec eux, chaque SMS contient 70 caractères au lieu de 160 : %1</source>
        <translation>Caractères spéciaux : avec eux, chaque SMS contient 70 caractères au lieu de 160 : %1</translation>
    </message>
    <message>
        <source>Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160.</source>
        <translation>Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160.</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>Variables à insérer</source>
        <translation>Variables à insérer</translation>
    </message>
    <message>
        <source>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</source>
        <translation>Cliquez (ou Entrée) pour insérer la variable à la place du curseur.</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>exemple : %1</source>
        <translation>exemple : %1</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Liste des modèles</source>
        <translation>Liste des modèles</translation>
    </message>
    <message>
        <source>Modèle&amp;s</source>
        <translation>Modèle&amp;s</translation>
    </message>
    <message>
        <source>&amp;Nouveau</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Nouveau modèle (Ctrl+N)</source>
        <translation>Nouveau modèle (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Dupliquer</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>S&amp;upprimer</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Nom du modèle</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Catégorie du modèle</source>
        <translation>Catégorie du modèle</translation>
    </message>
    <message>
        <source>Transactionnel : rendez-vous, commande prête… sans aucune promotion.
Promotionnel : offres, soldes ; seulement aux clients qui l&apos;ont accepté, avec la mention STOP.
Enquête : satisfaction, demande d&apos;avis.</source>
        <translation>Transactionnel : rendez-vous, commande prête… sans aucune promotion.
Promotionnel : offres, soldes ; seulement aux clients qui l&apos;ont accepté, avec la mention STOP.
Enquête : satisfaction, demande d&apos;avis.</translation>
    </message>
    <message>
        <source>&amp;Actif (proposé à l&apos;envoi)</source>
        <translation>&amp;Actif (proposé à l&apos;envoi)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Enregistrer le modèle (Ctrl+S)</source>
        <translation>Enregistrer le modèle (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annu&amp;ler</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Revenir à la dernière version enregistrée</source>
        <translation>Revenir à la dernière version enregistrée</translation>
    </message>
    <message>
        <source>N&amp;om</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Catégorie</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Le modèle a été modifié. Abandonner les modifications ?</source>
        <translation>Le modèle a été modifié. Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 (copie)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copie %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Modèle « %1 » enregistré.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Supprimer le modèle</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Supprimer le modèle « %1 » ?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Annulé</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Transactionnel</source>
        <extracomment>The order statuses are offered in filters: from waiting to leave, to the end of the road. Statuses a person has to look at (&quot;À traiter&quot;): never resent or settled without someone deciding. Statuses of messages still to leave (only while a Comptoir, window or dispatcher, runs). Spelled ``translate(&quot;Texts&quot;, &quot;…&quot;)`` at each call so that pyside6-lupdate extracts the strings. Text colours of each family (readable on a light background; the icon repeats them).</extracomment>
        <translation>Transactionnel</translation>
    </message>
    <message>
        <source>Promotionnel</source>
        <translation>Promotionnel</translation>
    </message>
    <message>
        <source>Enquête</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Accepté</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Messages de service</source>
        <translation>Messages de service</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Rappels de rendez-vous</source>
        <translation>Rappels de rendez-vous</translation>
    </message>
    <message>
        <source>Messages sur les commandes</source>
        <translation>Messages sur les commandes</translation>
    </message>
    <message>
        <source>Enquêtes et demandes d&apos;avis</source>
        <translation>Enquêtes et demandes d&apos;avis</translation>
    </message>
    <message>
        <source>Formulaire</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Papier signé</source>
        <translation>Papier signé</translation>
    </message>
    <message>
        <source>Import de fichier</source>
        <translation>Import de fichier</translation>
    </message>
    <message>
        <source>Réponse par SMS</source>
        <translation>Réponse par SMS</translation>
    </message>
    <message>
        <source>Saisie au comptoir</source>
        <translation>Saisie au comptoir</translation>
    </message>
    <message>
        <source>Fournisseur SMS</source>
        <translation>Fournisseur SMS</translation>
    </message>
    <message>
        <source>Opticien</source>
        <translation>Opticien</translation>
    </message>
    <message>
        <source>Cabinet de santé</source>
        <translation>Cabinet de santé</translation>
    </message>
    <message>
        <source>Artisan</source>
        <translation>Artisan</translation>
    </message>
    <message>
        <source>Autre commerce</source>
        <translation>Autre commerce</translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Confirmé</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Honoré</source>
        <translation>Honoré</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Prête</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Rappel avant le rendez-vous</source>
        <translation>Rappel avant le rendez-vous</translation>
    </message>
    <message>
        <source>Rappel le matin même</source>
        <translation>Rappel le matin même</translation>
    </message>
    <message>
        <source>Confirmation du rendez-vous</source>
        <translation>Confirmation du rendez-vous</translation>
    </message>
    <message>
        <source>Message « prête »</source>
        <translation>Message « prête »</translation>
    </message>
    <message>
        <source>Rappel de retrait</source>
        <translation>Rappel de retrait</translation>
    </message>
    <message>
        <source>Enquête de satisfaction</source>
        <translation>Enquête de satisfaction</translation>
    </message>
    <message>
        <source>Demande d&apos;avis</source>
        <translation>Demande d&apos;avis</translation>
    </message>
    <message>
        <source>Technicien en route</source>
        <translation>Technicien en route</translation>
    </message>
    <message>
        <source>Retard</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Date du devis</source>
        <translation>Date du devis</translation>
    </message>
    <message>
        <source>Prévu pour {moment}</source>
        <translation>Prévu pour {moment}</translation>
    </message>
    <message>
        <source>Bloqué : {reason}</source>
        <translation>Bloqué : {reason}</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Non envoyé</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Désinscription</source>
        <translation>Désinscription</translation>
    </message>
    <message>
        <source>Réinscription</source>
        <translation>Réinscription</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Annulation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Note de satisfaction</source>
        <translation>Note de satisfaction</translation>
    </message>
    <message>
        <source>Mot-clé</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>À traiter</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>{day} à {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>prix par SMS non renseigné</source>
        <translation>prix par SMS non renseigné</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Ouvrir la &amp;fiche</source>
        <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
        <source>&amp;Répondre…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Ra&amp;ttacher à un client…</source>
        <translation>Ra&amp;ttacher à un client…</translation>
    </message>
    <message>
        <source>Cr&amp;éer la fiche…</source>
        <translation>Cr&amp;éer la fiche…</translation>
    </message>
    <message>
        <source>Suivi par</source>
        <translation>Suivi par</translation>
    </message>
    <message>
        <source>Réponses de ce numéro</source>
        <translation>Réponses de ce numéro</translation>
    </message>
    <message>
        <source>&amp;Marquer traitée</source>
        <translation>&amp;Marquer traitée</translation>
    </message>
    <message>
        <source>Remettre à trai&amp;ter</source>
        <translation>Remettre à trai&amp;ter</translation>
    </message>
    <message>
        <source>Choisissez une conversation.</source>
        <translation>Choisissez une conversation.</translation>
    </message>
    <message>
        <source>Suivi par :</source>
        <translation>Suivi par :</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Rattachez d&apos;abord ce numéro à une fiche client pour lui répondre.</source>
        <translation>Rattachez d&apos;abord ce numéro à une fiche client pour lui répondre.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue dans Comptoir</source>
        <translation>Bienvenue dans Comptoir</translation>
    </message>
    <message>
        <source>Quelques questions sur votre commerce, et Comptoir est prêt : une minute suffit. Vous pourrez tout changer ensuite dans Réglages.

Sans compte SMS, Comptoir utilise son simulateur : vous essayez tout, aucun SMS réel ne part.</source>
        <translation>Quelques questions sur votre commerce, et Comptoir est prêt : une minute suffit. Vous pourrez tout changer ensuite dans Réglages.

Sans compte SMS, Comptoir utilise son simulateur : vous essayez tout, aucun SMS réel ne part.</translation>
    </message>
</context>
</TS>
