<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="34"/>
        <source>ClientsModel</source>
        <comment>Prénom</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="35"/>
        <source>ClientsModel</source>
        <comment>Portable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="36"/>
        <source>ClientsModel</source>
        <comment>E-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="37"/>
        <source>ClientsModel</source>
        <comment>Ville</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="38"/>
        <source>ClientsModel</source>
        <comment>Promotions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="132"/>
        <source>ClientsModel</source>
        <comment>Oui</comment>
        <extracomment>The view asked for another order: the owner runs the query again in SQL (ClientSort, descending).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="133"/>
        <source>ClientsModel</source>
        <comment>Refusé</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="35"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="35"/>
        <source>Modifier le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="53"/>
        <source>Connue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="61"/>
        <source>séparées par des virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="66"/>
        <source>&amp;Civilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="67"/>
        <source>&amp;Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="68"/>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="69"/>
        <source>Por&amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="70"/>
        <source>A&amp;utre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="71"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="72"/>
        <source>A&amp;dresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="73"/>
        <source>Code p&amp;ostal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="74"/>
        <source>&amp;Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="78"/>
        <source>Date de &amp;naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="79"/>
        <source>Éti&amp;quettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="80"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="88"/>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/client_dialog.py" line="89"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="45"/>
        <source>Rechercher un nom, un numéro, un e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="47"/>
        <source>Recherche de clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="49"/>
        <source>Filtre consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="50"/>
        <source>Tous les clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="51"/>
        <source>Promotions acceptées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="52"/>
        <source>Promotions refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="53"/>
        <source>Consentement inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="55"/>
        <source>Filtre étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="56"/>
        <location filename="../../desktop/ui/views/clients_view.py" line="153"/>
        <source>Toutes les étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="57"/>
        <source>&amp;Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="58"/>
        <source>Ajouter un client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="59"/>
        <source>&amp;Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="60"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="75"/>
        <source>Liste des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/clients_view.py" line="139"/>
        <source>%n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="206"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/clients_view.py" line="207"/>
        <source>Supprimer %n client(s) ? Leurs messages seront conservés sans leur nom.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clients_view.py" line="224"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="64"/>
        <source>Comptoir — problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="70"/>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées ne sont pas perdues.
Le détail a été noté dans le journal ; vous pouvez le transmettre au support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="29"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../desktop/ui/models/clients_model.py" line="33"/>
        <source>ClientsModel</source>
        <comment>Nom</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../desktop/ui/shell.py" line="25"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
