<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="+30"/>
        <source>About Tour de Table</source>
        <translation>À propos de Tour de Table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secretariat&apos;s tool for councils that decide by consensus: positions, silence procedures, outcomes and minutes.</source>
        <translation>L&apos;outil du secrétariat des conseils qui décident par consensus&#xa0;: positions, procédures d&apos;accord tacite, résultats et procès-verbaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tour de Table is a record-keeping tool. It is not an accredited system for classified data.</source>
        <translation>Tour de Table est un outil de tenue des dossiers. Ce n&apos;est pas un système homologué pour les informations classifiées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qt for Python (PySide6) %1 and Qt %2, under the GNU Lesser General Public License, version 3 (LGPL-3.0); see About Qt.</source>
        <translation>Qt for Python (PySide6) %1 et Qt %2, sous la GNU Lesser General Public License, version 3 (LGPL-3.0)&#xa0;; voir À propos de Qt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fonts embedded in the PDF minutes (%1), under the licences whose texts follow.</source>
        <translation>Les polices incorporées au procès-verbal en PDF (%1), sous les licences dont les textes suivent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence not stated</source>
        <translation>licence non indiquée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tour de Table is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Tour de Table est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure (%1). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is made with, and its packages bundle:</source>
        <translation>Il s&apos;appuie sur les composants suivants, que ses paquets incluent&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../desktop/ui/models/actions.py" line="+122"/>
        <source>Owner kind</source>
        <translation>Type de responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop/ui/models/agenda.py" line="+59"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Edit with F2; Enter shows the item in the positions grid</source>
        <translation>F2&#xa0;: modifier&#xa0;; Entrée&#xa0;: afficher le point dans la grille des positions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move with Ctrl+Up and Ctrl+Down, or drag the row</source>
        <translation>Déplacer avec Ctrl+Haut et Ctrl+Bas, ou en faisant glisser la ligne</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no documents</source>
        <translation>aucun document</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop/ui/archive_history.py" line="+233"/>
        <source>Search the Archive</source>
        <translation>Rechercher dans les archives</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>Re&amp;cherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation &amp;History</source>
        <translation>&amp;Historique d&apos;une délégation</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchPage</name>
    <message>
        <location filename="../../desktop/ui/archive_search.py" line="+205"/>
        <source>Search the archive</source>
        <translation>Rechercher dans les archives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles, statements, letters and decisions of every session</source>
        <translation>Rechercher dans les titres, déclarations, lettres et décisions de toutes les séances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include &amp;replaced statements</source>
        <translation>Inclure les déclarations &amp;remplacées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also find what a delegation said before it changed its position, and decisions declared again since</source>
        <translation>Trouver aussi ce qu&apos;une délégation a dit avant de changer de position, ainsi que les décisions déclarées de nouveau depuis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All bodies</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegations</source>
        <translation>Toutes les délégations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any position</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+101"/>
        <source>Type a few words: every session is searched.</source>
        <translation>Saisissez quelques mots&#xa0;: la recherche porte sur toutes les séances.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>What matched</source>
        <translation>Type de résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence letters</source>
        <translation>Lettres (accord tacite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence procedures</source>
        <translation>Procédures d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Body:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>Depuis &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing found. Fewer words or fewer filters may find more.</source>
        <translation>Aucun résultat. Avec moins de mots ou de filtres, la recherche en trouvera peut-être davantage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best %1 results: add a word or a filter to narrow them down.</source>
        <translation>Les %1 meilleurs résultats&#xa0;: ajoutez un mot ou un filtre pour affiner la recherche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 result.</source>
        <translation>1 résultat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results, best first.</source>
        <translation>%1 résultats, les plus pertinents d&apos;abord.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop/ui/models/attendance.py" line="+46"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invitee</source>
        <translation>invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Present or absent: Space on the row, or click the box</source>
        <translation>Présente ou absente&#xa0;: Espace sur la ligne, ou un clic sur la case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit with Enter, F2 or a double-click</source>
        <translation>Modifier avec Entrée, F2 ou un double-clic</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+17"/>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Holds decision rights</source>
        <translation>Dispose du droit de décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attends without decision rights</source>
        <translation>Participe sans droit de décision</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no head of delegation named</source>
        <translation>aucun chef de délégation désigné</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/ui/audit_view.py" line="+56"/>
        <source>Audit Trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter: a delegation, an item, an operator…</source>
        <translation>Filtrer&#xa0;: une délégation, un point, un opérateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the audit trail</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the whole audit trail to a CSV file</source>
        <translation>Enregistrer tout le journal d&apos;audit dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit Trail — %1</source>
        <translation>Journal d&apos;audit — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No change has been recorded for this session.</source>
        <translation>Aucune modification n&apos;a été enregistrée pour cette séance.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes, oldest first.</source>
        <translation>
            <numerusform>%n modification.</numerusform>
            <numerusform>%n modifications, les plus anciennes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 changes match the filter.</source>
        <translation>
            <numerusform>%n modification sur %1 correspond au filtre.</numerusform>
            <numerusform>%n modifications sur %1 correspondent au filtre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are this computer&apos;s local time; item numbers are those of the agenda now.</source>
        <translation>Les heures sont celles de cet ordinateur&#xa0;; les numéros de point sont ceux de l&apos;ordre du jour actuel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Audit Trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The audit trail was written to %1.</source>
        <translation>Le journal d&apos;audit a été enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/models/audit.py" line="+61"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../desktop/ui/auto_backup.py" line="+130"/>
        <source>No backup could be taken (%1).</source>
        <translation>Aucune sauvegarde n&apos;a pu être effectuée (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop/ui/models/backups.py" line="+39"/>
        <source>Database opened</source>
        <translation>Ouverture de la base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before upgrade to schema %1</source>
        <translation>Avant la mise à niveau vers le schéma %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sessions</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>latest %1 of %2</source>
        <translation>dernière&#xa0;: %1 du %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 position</source>
        <translation>1 position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 positions</source>
        <translation>%1 positions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a newer version · %1</source>
        <translation>Version plus récente · %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latest session: %1</source>
        <translation>Dernière séance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../desktop/ui/signing_dialog.py" line="+69"/>
        <source>Signing Certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keyring was found on this computer: the password will be asked at each signed export.</source>
        <translation>Aucun trousseau système n&apos;a été trouvé sur cet ordinateur&#xa0;: le mot de passe sera demandé à chaque exportation signée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secretariat&apos;s certificate signs the minutes it issues: any PDF reader then shows who issued them and whether they changed since. Choose its PKCS#12 file (.p12, .pfx) and type its password.</source>
        <translation>Le certificat du secrétariat signe les procès-verbaux qu&apos;il diffuse&#xa0;: tout lecteur PDF indique alors qui les a diffusés et s&apos;ils ont été modifiés depuis. Choisissez son fichier PKCS#12 (.p12, .pfx) et saisissez son mot de passe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate file</source>
        <translation>Fichier du certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier du certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate in use</source>
        <translation>Le certificat utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remembering the password</source>
        <translation>Mémorisation du mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the certificate cannot sign</source>
        <translation>Pourquoi le certificat ne peut pas signer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Fichier du certificat&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use This Certificate</source>
        <translation>&amp;Utiliser ce certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;No Certificate</source>
        <translation>&amp;Aucun certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the minutes unsigned from now on</source>
        <translation>Exporter désormais les procès-verbaux sans signature</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No certificate: the minutes are exported unsigned.</source>
        <translation>Aucun certificat&#xa0;: les procès-verbaux sont exportés sans signature.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing as %1.</source>
        <translation>Signature au nom de %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the Signing Certificate</source>
        <translation>Choisir le certificat de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ChangeWatch</name>
    <message>
        <location filename="../../desktop/ui/change_watch.py" line="+126"/>
        <source>The database was put back to an earlier state at another window (a backup restored?); every view shows what it holds now.</source>
        <translation>La base de données a été ramenée à un état antérieur depuis une autre fenêtre (restauration d&apos;une sauvegarde&#xa0;?)&#xa0;; toutes les vues affichent désormais son contenu actuel.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Changed at another window: %1.</source>
        <translation>Modifié dans une autre fenêtre&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 positions</source>
        <translation>%1 positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a position</source>
        <translation>une position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 outcomes</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an outcome</source>
        <translation>un résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agenda</source>
        <translation>l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attendance</source>
        <translation>les présences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session&apos;s details</source>
        <translation>les détails de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action items</source>
        <translation>les mesures de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a silence procedure</source>
        <translation>une procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record</source>
        <translation>le dossier de la séance</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/connect_dialog.py" line="+84"/>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postgresql:// address fills in the fields below.</source>
        <translation>Une adresse postgresql:// remplit les champs ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the keyring or ~/.pgpass when left empty</source>
        <translation>Si vide, celui du trousseau ou de ~/.pgpass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Chiffrer si le serveur le permet (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt (require)</source>
        <translation>Toujours chiffrer (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt and verify the server&apos;s certificate (verify-full)</source>
        <translation>Chiffrer et vérifier le certificat du serveur (verify-full)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remembering the password</source>
        <translation>Mémorisation du mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the connection failed</source>
        <translation>Pourquoi la connexion a échoué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a Tour de Table database kept on a PostgreSQL server, shared by the secretariat&apos;s workstations. Paste its address, or fill in the fields.</source>
        <translation>Ouvrir une base de données Tour de Table conservée sur un serveur PostgreSQL et partagée par les postes du secrétariat. Collez son adresse, ou remplissez les champs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>C&amp;hiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This address cannot be read. Write it as postgresql://user@server:5432/database, or fill in the fields.</source>
        <translation>Cette adresse est illisible. Écrivez-la sous la forme postgresql://utilisateur@serveur:5432/base, ou remplissez les champs.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <location filename="../../desktop/ui/models/review.py" line="+113"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason or note</source>
        <translation>Motif ou note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In issue</source>
        <translation>Dans la version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first issue that carries the change</source>
        <translation>La première version qui reprend la modification</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>General</source>
        <translation>Généralités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next issue</source>
        <translation>Prochaine version</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../../desktop/ui/database_menu.py" line="+77"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database that the workstations share on a PostgreSQL server</source>
        <translation>Ouvrir une base de données que les postes partagent sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Database &amp;Read-Only…</source>
        <translation>Ouvrir en &amp;lecture seule…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database to read and export without changing it</source>
        <translation>Ouvrir une base de données pour la consulter et l&apos;exporter sans la modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Put one of this database&apos;s automatic backups in its place</source>
        <translation>Remettre à sa place l&apos;une des sauvegardes automatiques de cette base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is on a server: its backups are kept by your IT department (pg_dump), who can restore one.</source>
        <translation>Cette base de données est sur un serveur&#xa0;: ses sauvegardes sont conservées par votre service informatique (pg_dump), qui peut en restaurer une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Database Read-Only</source>
        <translation>Ouvrir une base de données en lecture seule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tour de Table databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Tour de Table (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 already exists. Choose another name, or use Open Database to open it.</source>
        <translation>Le fichier %1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec «&#xa0;Ouvrir une base de données&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database %1 was not found. It may have been moved, renamed or deleted.</source>
        <translation>La base de données %1 est introuvable. Elle a peut-être été déplacée, renommée ou supprimée.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No Recent Databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>DelegationHistoryPage</name>
    <message>
        <location filename="../../desktop/ui/archive_history.py" line="-174"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservations</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study reserves</source>
        <translation>Réserves d&apos;étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence breaks</source>
        <translation>Ruptures du silence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the entries shown to a CSV file</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegation history</source>
        <translation>Historique de la délégation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>Depuis &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the record…</source>
        <translation>Lecture des archives…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entrée enregistrée dans %1.</numerusform>
            <numerusform>%n entrées enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Nothing of these kinds in this period.</source>
        <translation>Rien de tel sur cette période.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export History</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <location filename="../../desktop/ui/record_copies.py" line="+52"/>
        <source>Export Extract for a Delegation</source>
        <translation>Exporter un extrait pour une délégation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <comment>the language&apos;s own name</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Français</source>
        <comment>the language&apos;s own name</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes for the delegation, item by item</source>
        <translation>Le procès-verbal pour la délégation, point par point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its positions and statements, as a table</source>
        <translation>Ses positions et déclarations, sous forme de tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form:</source>
        <translation>&amp;Forme&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="+154"/>
        <location line="+339"/>
        <location line="+32"/>
        <location line="+69"/>
        <source>Export Minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>&amp;Export Session…</source>
        <translation>&amp;Exporter la séance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Session…</source>
        <translation>&amp;Importer une séance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Minutes…</source>
        <translation>Exporter le &amp;procès-verbal…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Wait until the current export or import has finished.</source>
        <translation>Attendez la fin de l&apos;exportation ou de l&apos;importation en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a session in the list first.</source>
        <translation>Sélectionnez d&apos;abord une séance dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a session from a session file to this database.</source>
        <translation>Ajouter à cette base de données la séance contenue dans un fichier de séance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected session, with its whole record, in a session file.</source>
        <translation>Enregistrer la séance sélectionnée, avec tout son dossier, dans un fichier de séance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the minutes of the selected session as a PDF.</source>
        <translation>Produire le procès-verbal de la séance sélectionnée au format PDF.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export Session</source>
        <translation>Exporter la séance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting session %1…</source>
        <translation>Exportation de la séance %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session %1 exported to %2.</source>
        <translation>Séance %1 exportée dans %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+66"/>
        <location line="+54"/>
        <source>Import Session</source>
        <translation>Importer une séance</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import cancelled: another database was opened.</source>
        <translation>Importation annulée&#xa0;: une autre base de données a été ouverte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import session %1 of %2 from %3 into %4?</source>
        <translation>Importer la séance %1 du %2 depuis %3 dans %4&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the session of %1 from %2 into %3?</source>
        <translation>Importer la séance du %1 depuis %2 dans %3&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is added to the database unless you choose Import.</source>
        <translation>Rien n&apos;est ajouté à la base de données tant que vous ne choisissez pas Importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A removed session still holds the reference %1: replace it with the session in %2, or import that session as a new one without a reference?</source>
        <translation>Une séance supprimée porte encore la référence %1&#xa0;: faut-il la remplacer par la séance de %2, ou importer cette séance comme une nouvelle séance sans référence&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A session with the reference %1 is already on the list: replace it with the session in %2, or import that session as a new one without a reference?</source>
        <translation>Une séance portant la référence %1 figure déjà dans la liste&#xa0;: faut-il la remplacer par la séance de %2, ou importer cette séance comme une nouvelle séance sans référence&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replacing takes the session now holding the reference off the list; it stays in the database under a changed reference.</source>
        <translation>Le remplacement retire de la liste la séance qui porte actuellement cette référence&#xa0;; elle reste dans la base de données sous une référence modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as New</source>
        <translation>Importer comme nouvelle</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+58"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The session in %2 was imported as a new session without a reference.</source>
        <translation>La séance de %2 a été importée comme nouvelle séance sans référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1 was replaced by the one in %2.</source>
        <translation>La séance %1 a été remplacée par celle de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1 was imported from %2.</source>
        <translation>La séance %1 a été importée depuis %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record contradicts some of the chair&apos;s declarations:</source>
        <translation>Le compte rendu contredit certaines déclarations de la présidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking for texts not translated…</source>
        <translation>Recherche des textes non traduits…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One text of this session has no French version; it will be printed in English, marked as not translated.</source>
        <translation>Un texte de cette séance n&apos;a pas de version française&#xa0;; il sera imprimé en anglais, signalé comme non traduit.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n texts of this session have no French version; they will be printed in English, marked as not translated.</source>
        <translation>
            <numerusform>%n texte de cette séance n&apos;a pas de version française&#xa0;; il sera imprimé en anglais, signalé comme non traduit.</numerusform>
            <numerusform>%n textes de cette séance n&apos;ont pas de version française&#xa0;; ils seront imprimés en anglais, signalés comme non traduits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One text of this session has no English version; it will be printed in French, marked as not translated.</source>
        <translation>Un texte de cette séance n&apos;a pas de version anglaise&#xa0;; il sera imprimé en français, signalé comme non traduit.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n texts of this session have no English version; they will be printed in French, marked as not translated.</source>
        <translation>
            <numerusform>%n texte de cette séance n&apos;a pas de version anglaise&#xa0;; il sera imprimé en français, signalé comme non traduit.</numerusform>
            <numerusform>%n textes de cette séance n&apos;ont pas de version anglaise&#xa0;; ils seront imprimés en français, signalés comme non traduits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the minutes anyway?</source>
        <translation>Exporter quand même le procès-verbal&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Them</source>
        <translation>&amp;Afficher ces textes</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+30"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>procès-verbal</source>
        <comment>file name of French minutes</comment>
        <translation>procès-verbal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <comment>file name of English minutes</comment>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing the minutes of %1…</source>
        <translation>Création du procès-verbal de %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>English</source>
        <comment>the language&apos;s own name</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Français</source>
        <comment>the language&apos;s own name</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language of the minutes:</source>
        <translation>Langue du procès-verbal&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The minutes were written, but some characters could not be printed: the minutes show their codes instead.</source>
        <translation>Le procès-verbal a été enregistré, mais certains caractères n&apos;ont pas pu être imprimés&#xa0;: le procès-verbal affiche leur code à la place.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The minutes of %1 were written to %2. Signed by %3.</source>
        <translation>Le procès-verbal de %1 a été enregistré dans %2. Signé par %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes of %1 were written to %2.</source>
        <translation>Le procès-verbal de %1 a été enregistré dans %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Session files (*.json);;All files (*)</source>
        <translation>Fichiers de séance (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/filter_bar.py" line="+46"/>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All bodies</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search sessions</source>
        <translation>Rechercher des séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search reference, title, place or chair</source>
        <translation>Référence, titre, lieu ou présidence</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Body:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../desktop/ui/models/grid_text.py" line="+52"/>
        <source>Still to hear: %1</source>
        <translation>Restent à entendre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no decision rights</source>
        <translation>sans droit de décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 on item %2: %3</source>
        <translation>%1 sur le point %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>Statement: %1</source>
        <translation>Déclaration&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Broke silence on this item.</source>
        <translation>A rompu le silence sur ce point.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Absent.</source>
        <translation>Absente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: waiting for the database.</source>
        <translation>Pas encore enregistré&#xa0;: en attente de la base de données.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, item %2: %3</source>
        <translation>%1, point %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with statement</source>
        <translation>avec déclaration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broke silence</source>
        <translation>a rompu le silence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../desktop/ui/models/review.py" line="-117"/>
        <source>Issue</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued</source>
        <translation>Diffusée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted corrections this issue is the first to carry</source>
        <translation>Corrections acceptées que cette version est la première à reprendre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="+25"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The System&apos;s Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+207"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Connecting to the database server…</source>
        <translation>Connexion au serveur de base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Find Sessions</source>
        <translation>Rechercher des &amp;séances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the &amp;Archive…</source>
        <translation>Rechercher dans les arc&amp;hives…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search every session&apos;s texts (Ctrl+Shift+F)</source>
        <translation>Rechercher dans les textes de toutes les séances (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder of the log, where unexpected errors are written down</source>
        <translation>Afficher le dossier du journal, où sont consignées les erreurs inattendues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Tour de Table</source>
        <translation>À &amp;propos de Tour de Table</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The demo could not be written (%1). Check the free space in %2.</source>
        <translation>La démonstration n&apos;a pas pu être créée (%1). Vérifiez l&apos;espace libre dans %2.</translation>
    </message>
</context>
<context>
    <name>MinutesQuestion</name>
    <message>
        <location filename="../../desktop/ui/minutes_signing.py" line="+89"/>
        <source>Export Minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the minutes:</source>
        <translation>&amp;Langue du procès-verbal&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the minutes</source>
        <translation>Langue du procès-verbal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign with the secretariat&apos;s certificate (%1)</source>
        <translation>&amp;Signer avec le certificat du secrétariat (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any PDF reader then shows who issued the minutes and whether they changed since. Signing as %1.</source>
        <translation>Tout lecteur PDF indique alors qui a diffusé le procès-verbal et s&apos;il a été modifié depuis. Signature au nom de %1.</translation>
    </message>
</context>
<context>
    <name>MinutesSigning</name>
    <message>
        <location line="+69"/>
        <source>Password of the signing certificate %1:</source>
        <translation>Mot de passe du certificat de signature %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issued by the secretariat</source>
        <translation>Diffusé par le secrétariat</translation>
    </message>
</context>
<context>
    <name>RecordCopies</name>
    <message>
        <location filename="../../desktop/ui/record_copies.py" line="+48"/>
        <source>Export E&amp;xtract for a Delegation…</source>
        <translation>Exporter un e&amp;xtrait pour une délégation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Working Copy (DOCX)…</source>
        <translation>Exporter une copie de &amp;travail (DOCX)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wait until the current export or import has finished.</source>
        <translation>Attendez la fin de l&apos;exportation ou de l&apos;importation en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a session in the list first.</source>
        <translation>Sélectionnez d&apos;abord une séance dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what concerns one delegation in the selected session&apos;s record as a short PDF, for its capital.</source>
        <translation>Produire un court PDF de ce qui concerne une délégation dans le compte rendu de la séance sélectionnée, pour sa capitale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the selected session&apos;s record as a Word document, for editing; the PDF remains the record.</source>
        <translation>Produire le compte rendu de la séance sélectionnée sous forme de document Word, à retravailler&#xa0;; le PDF reste le texte qui fait foi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This session has no delegation to make an extract for.</source>
        <translation>Cette séance n&apos;a aucune délégation pour laquelle produire un extrait.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>extrait</source>
        <comment>file name of a French extract</comment>
        <translation>extrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extract</source>
        <comment>file name of an English extract</comment>
        <translation>extract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Extract for a Delegation</source>
        <translation>Exporter un extrait pour une délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the extract of %1 for %2…</source>
        <translation>Création de l&apos;extrait de %1 pour %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The extract of %1 for %2 was written to %3.</source>
        <translation>L&apos;extrait de %1 pour %2 a été enregistré dans %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>copie de travail</source>
        <comment>file name of a French working copy</comment>
        <translation>copie de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working copy</source>
        <comment>file name of an English working copy</comment>
        <translation>working copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Export Working Copy</source>
        <translation>Exporter une copie de travail</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing a working copy of the minutes of %1…</source>
        <translation>Création d&apos;une copie de travail du procès-verbal de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A working copy of the minutes of %1 was written to %2.</source>
        <translation>Une copie de travail du procès-verbal de %1 a été enregistrée dans %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>English</source>
        <comment>the language&apos;s own name</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Français</source>
        <comment>the language&apos;s own name</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the working copy:</source>
        <translation>Langue de la copie de travail&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="+82"/>
        <location line="+136"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Backups of %1, newest first. Restoring one replaces everything in the database by what the backup holds; what it holds now is backed up first.</source>
        <translation>Sauvegardes de %1, les plus récentes d&apos;abord. Restaurer une sauvegarde remplace tout le contenu de la base de données par celui de la sauvegarde&#xa0;; le contenu actuel est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Back up every:</source>
        <translation>&amp;Sauvegarder toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min while a session is open</source>
        <translation> min pendant une séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never on a timer (only on opening)</source>
        <translation>jamais (seulement à l&apos;ouverture)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between automatic backups</source>
        <translation>Minutes entre deux sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is also taken each time the database is opened.</source>
        <translation>Une sauvegarde est aussi effectuée à chaque ouverture de la base de données.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This database is open read-only: open it normally to restore a backup into it.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: ouvrez-la normalement pour y restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no backups of this database yet. One is taken each time it is opened, and every few minutes while a session is open.</source>
        <translation>Cette base de données n&apos;a encore aucune sauvegarde. Une sauvegarde est effectuée à chaque ouverture, puis toutes les quelques minutes pendant qu&apos;une séance est ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was written by a newer version of Tour de Table; restore it with that version.</source>
        <translation>Cette sauvegarde a été créée par une version plus récente de Tour de Table&#xa0;; restaurez-la avec cette version.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore the backup taken %1 (%2)?</source>
        <translation>Restaurer la sauvegarde du %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is replaced by a copy of the backup, which holds: %2. The file that would not open is renamed, not deleted.</source>
        <translation>%1 sera remplacé par une copie de la sauvegarde, qui contient&#xa0;: %2. Le fichier qui ne s&apos;ouvrait pas sera renommé, et non supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in %1 is replaced by what the backup holds: %2. What the database holds now is first saved in a backup of its own, so you can come back to it.</source>
        <translation>Tout le contenu de %1 sera remplacé par celui de la sauvegarde&#xa0;: %2. Le contenu actuel de la base de données est d&apos;abord enregistré dans une sauvegarde distincte, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The backup taken %1 (%2) was restored: %3.</source>
        <translation>La sauvegarde du %1 (%2) a été restaurée&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup taken %1 (%2) was restored: %3. The file that would not open is kept as %4.</source>
        <translation>La sauvegarde du %1 (%2) a été restaurée&#xa0;: %3. Le fichier qui ne s&apos;ouvrait pas est conservé sous le nom %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup taken %1 (%2) was restored: %3. What the database held before is kept in the backup %4.</source>
        <translation>La sauvegarde du %1 (%2) a été restaurée&#xa0;: %3. Le contenu antérieur de la base de données est conservé dans la sauvegarde %4.</translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <location filename="../../desktop/ui/models/review.py" line="-31"/>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../desktop/ui/room_display.py" line="+88"/>
        <source>Room Display</source>
        <translation>Affichage en salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room display</source>
        <translation>Affichage en salle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus state</source>
        <translation>État du consensus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair&apos;s summary</source>
        <translation>Synthèse de la présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objecting</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the record shows</source>
        <translation>Ce que montre le compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence procedure</source>
        <translation>Procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Tour de Table</source>
        <translation>Tour de Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item is selected.</source>
        <translation>Aucun point n&apos;est sélectionné.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Objecting: %1</source>
        <translation>Objection&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending (%1): %2</source>
        <translation>En attente (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Under silence until %1</source>
        <translation>Accord tacite en cours, échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1</source>
        <translation>Point %1</translation>
    </message>
</context>
<context>
    <name>RoomDisplayActions</name>
    <message>
        <location line="+33"/>
        <source>&amp;Room Display</source>
        <translation>&amp;Affichage en salle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show where the item stands on the room&apos;s screen (%1)</source>
        <translation>Montrer où en est le point sur l&apos;écran de la salle (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Freeze Room Display</source>
        <translation>&amp;Figer l&apos;affichage en salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the room display on its item while you move to another</source>
        <translation>Garder l&apos;affichage en salle sur son point pendant que vous passez à un autre</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <location filename="../../desktop/ui/models/search_hits.py" line="+40"/>
        <location line="+19"/>
        <source>Silence break</source>
        <translation>Rupture du silence</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Comment</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silence procedure</source>
        <translation>Procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (replaced)</source>
        <translation>%1 (ancienne version)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Tardive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not break</source>
        <translation>Sans rupture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stands</source>
        <translation>Maintenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+52"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>¶ %1:</source>
        <translation>¶ %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SessionMenus</name>
    <message>
        <location filename="../../desktop/ui/session_menus.py" line="+68"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All Sessions</source>
        <translation>&amp;Toutes les séances</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session Details</source>
        <translation>&amp;Détails de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttendance</source>
        <translation>Prése&amp;nces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence &amp;Procedures</source>
        <translation>Procédures d&apos;&amp;accord tacite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;our de Table</source>
        <translation>T&amp;our de table</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit &amp;Statement	Enter</source>
        <translation>&amp;Modifier la déclaration	Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;Intervention…	Shift+Enter</source>
        <translation>Consigner une &amp;intervention…	Maj+Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the delegation said without taking a position</source>
        <translation>Ce que la délégation a dit sans prendre position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as Correction or C&amp;hange of Position</source>
        <translation>Marquer comme correction ou c&amp;hangement de position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cell&apos;s entry was your correction of a mistyped key (not printed), or the delegation&apos;s change of position (printed): say the other</source>
        <translation>L&apos;inscription de la cellule était votre correction d&apos;une touche erronée (non imprimée) ou le changement de position de la délégation (imprimé)&#xa0;: indiquer l&apos;autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to Delegation…	/</source>
        <translation>Aller à la &amp;délégation…	/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare Outcome…</source>
        <translation>Déclarer le &amp;résultat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Present &amp;Agree, Except…</source>
        <translation>A&amp;ccord de tous les présents, sauf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit &amp;Trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to this session, before and after</source>
        <translation>Toutes les modifications de cette séance, avant et après</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Revie&amp;w</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review St&amp;eps</source>
        <translation>Étap&amp;es de la relecture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the &amp;Meeting</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the Meeting</source>
        <translation>&amp;Lever la séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree &amp;En Bloc…</source>
        <translation>Approuver &amp;en bloc…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translat&amp;ions…</source>
        <translation>Tradu&amp;ctions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The texts of the record still to be written in French or in English (%1)</source>
        <translation>Les textes du compte rendu encore à rédiger en français ou en anglais (%1)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Meeting opened at %1.</source>
        <translation>Séance ouverte à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting closed at %1.</source>
        <translation>Séance levée à %1.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../desktop/ui/models/sessions.py" line="+70"/>
        <source>%1 under silence</source>
        <translation>%1 sous silence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 broken</source>
        <translation>%1 rompu(s)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No silence procedure</source>
        <translation>Aucune procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chair: %1</source>
        <translation>Présidence&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Silence broken on %n item(s): see the Silence tab.</source>
        <translation>
            <numerusform>Silence rompu sur %n point&#xa0;: voir l&apos;onglet Silence.</numerusform>
            <numerusform>Silence rompu sur %n points&#xa0;: voir l&apos;onglet Silence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Under silence: %n item(s).</source>
        <translation>
            <numerusform>Sous silence&#xa0;: %n point.</numerusform>
            <numerusform>Sous silence&#xa0;: %n points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../desktop/ui/sessions_page.py" line="+59"/>
        <source>No sessions</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a Session…</source>
        <translation>Créer une séance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a session (Ctrl+Shift+N)</source>
        <translation>Créer une séance (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a sample session in a throwaway database, to see the app at work</source>
        <translation>Ouvrir une séance d&apos;exemple dans une base de données temporaire, pour voir l&apos;application à l&apos;œuvre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No sessions match these filters.</source>
        <translation>Aucune séance ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions in this database yet.</source>
        <translation>Cette base de données ne contient encore aucune séance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the first one, or open the demo to see a sample session at work. To work on another database, use File › Open Database (Ctrl+O) or File › Connect to Server….</source>
        <translation>Créez la première, ou ouvrez la démonstration pour voir une séance d&apos;exemple à l&apos;œuvre. Pour travailler sur une autre base de données, utilisez Fichier › Ouvrir une base de données (Ctrl+O) ou Fichier › Se connecter à un serveur….</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="+81"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session</source>
        <translation>Ouvrir la séance sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions list</source>
        <translation>Liste des séances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session: %1</source>
        <translation>Séance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts by area</source>
        <translation>Raccourcis clavier par zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <location filename="../../desktop/ui/signing_actions.py" line="+42"/>
        <source>&amp;Verify a Signed Record…</source>
        <translation>&amp;Vérifier un compte rendu signé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check who signed a PDF of the minutes, and whether it changed since</source>
        <translation>Vérifier qui a signé un PDF du procès-verbal et s&apos;il a été modifié depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gning Certificate…</source>
        <translation>Certificat de si&amp;gnature…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the secretariat&apos;s certificate that signs the minutes it issues</source>
        <translation>Choisir le certificat du secrétariat qui signe les procès-verbaux qu&apos;il diffuse</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+33"/>
        <source>Verify a Signed Record</source>
        <translation>Vérifier un compte rendu signé</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the signature of %1…</source>
        <translation>Vérification de la signature de %1…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="+22"/>
        <location line="+19"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State of the session</source>
        <translation>État de la séance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database on a server</source>
        <translation>Base de données sur un serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo database: changes are discarded on exit</source>
        <translation>Base de démonstration&#xa0;: les modifications seront perdues à la fermeture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — read-only: changes are refused</source>
        <translation>%1 — lecture seule&#xa0;: les modifications sont refusées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 item</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting closed</source>
        <translation>Séance close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting open</source>
        <translation>Séance ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting not opened yet</source>
        <translation>Séance pas encore ouverte</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <location filename="../../desktop/ui/a11y.py" line="+12"/>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="+358"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour de Table databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Tour de Table (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="+27"/>
        <source>Something went wrong that Tour de Table did not expect (%1). Changes made before this were saved.</source>
        <translation>Tour de Table a rencontré une erreur inattendue (%1). Les modifications faites avant cette erreur ont été enregistrées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details were written to %1; send that file to your support.</source>
        <translation>Les détails ont été consignés dans %1&#xa0;; envoyez ce fichier à votre service d&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>locations</name>
    <message>
        <location filename="../../desktop/ui/locations.py" line="+70"/>
        <source>%1 on %2</source>
        <comment>a database on a server</comment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>open_failure</name>
    <message>
        <location filename="../../desktop/ui/open_failure.py" line="+59"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to Another Server…</source>
        <translation>Se connecter à un autre serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Database File…</source>
        <translation>Ouvrir un fichier de base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Another File…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>qt_log</name>
    <message>
        <location filename="../../desktop/ui/qt_log.py" line="+77"/>
        <source>The log folder %1 could not be created (%2).</source>
        <translation>Le dossier du journal %1 n&apos;a pas pu être créé (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No program could show the log folder. Open %1 in a file manager to find the log, %2.</source>
        <translation>Aucun programme n&apos;a pu afficher le dossier du journal. Ouvrez %1 dans un gestionnaire de fichiers pour trouver le journal, %2.</translation>
    </message>
</context>
</TS>
