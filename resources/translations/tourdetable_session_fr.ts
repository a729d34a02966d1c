<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../desktop/ui/session/review_dialogs.py" line="+226"/>
        <source>Accept the Correction</source>
        <translation>Accepter la correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting does not change the record by itself: make the change where it belongs (the statement, the summary, the decision). The next issue lists the correction under “Changes from the previous issue”. This is recorded and cannot be undone.</source>
        <translation>L&apos;acceptation ne modifie pas à elle seule le compte rendu&#xa0;: apportez la modification là où elle doit figurer (la déclaration, le résumé, la décision). La prochaine version mentionne la correction sous «&#xa0;Modifications par rapport à la version précédente&#xa0;». Cette étape est enregistrée et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happens</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional, e.g. Agreed with the chair</source>
        <translation>Facultatif, p. ex. Convenu avec la présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/session/action_parts.py" line="+205"/>
        <source>Edit the Action Item</source>
        <translation>Modifier la mesure de suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an Action Item</source>
        <translation>Ajouter une mesure de suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of owner</source>
        <translation>Type de responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;By</source>
        <translation>A&amp;u plus tard le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a due date</source>
        <translation>Avec échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner &amp;kind:</source>
        <translation>&amp;Type de responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActionsList</name>
    <message>
        <location filename="../../desktop/ui/session/actions.py" line="+92"/>
        <location line="+3"/>
        <location line="+42"/>
        <source>Action items</source>
        <translation>Mesures de suivi</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an action item</source>
        <translation>Ajouter une mesure de suivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected action item</source>
        <translation>Supprimer la mesure de suivi sélectionnée</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>F2 edits the cell; %1 adds, %2 removes</source>
        <translation>F2&#xa0;: modifier la cellule&#xa0;; %1&#xa0;: ajouter&#xa0;; %2&#xa0;: supprimer</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Add action item</source>
        <translation>l&apos;ajout d&apos;une mesure de suivi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove action item</source>
        <translation>la suppression d&apos;une mesure de suivi</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+16"/>
        <source>Edit action item</source>
        <translation>la modification d&apos;une mesure de suivi</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../desktop/ui/session/agenda.py" line="+91"/>
        <source>&amp;Add Item…</source>
        <translation>Aj&amp;outer un point…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it Item…</source>
        <translation>&amp;Modifier le point…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Item…</source>
        <translation>&amp;Retirer le point…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter: show the item in the positions grid. F2: edit the cell. Ctrl+Up or Ctrl+Down: move the item.</source>
        <translation>Entrée&#xa0;: afficher le point dans la grille des positions. F2&#xa0;: modifier la cellule. Ctrl+Haut ou Ctrl+Bas&#xa0;: déplacer le point.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Add item «%1»</source>
        <translation>l&apos;ajout du point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit item %1</source>
        <translation>la modification du point %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Remove Item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove item %1, «%2»? What delegations said on it stays in the record.</source>
        <translation>Retirer le point %1, «&#xa0;%2&#xa0;», de l&apos;ordre du jour&#xa0;? Les positions exprimées par les délégations sur ce point restent consignées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove item %1</source>
        <translation>le retrait du point %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move item %1 to %2</source>
        <translation>le déplacement du point %1 au rang %2</translation>
    </message>
</context>
<context>
    <name>AllAgreeDialog</name>
    <message>
        <location filename="../../desktop/ui/session/agree_dialog.py" line="+31"/>
        <source>All Present Agree</source>
        <translation>Accord de tous les présents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1, %2: every present member that has not stated a position is recorded as agreeing. Tick the delegations to leave out.</source>
        <translation>Point %1, %2&#xa0;: chaque membre présent qui n&apos;a pas encore exprimé de position est consigné comme donnant son accord. Cochez les délégations à exclure.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Space ticks the delegation under the cursor.</source>
        <translation>La barre d&apos;espace coche la délégation sous le curseur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record Agreement</source>
        <translation>Consigner l&apos;accord</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/ui/session/review_dialogs.py" line="+40"/>
        <source>Approve the Record</source>
        <translation>Approuver le compte rendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve %1?</source>
        <translation>Approuver %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once approved, the record is locked: every change needs a revision, opened with its reason. This is recorded and cannot be undone.</source>
        <translation>Une fois approuvé, le compte rendu est verrouillé&#xa0;: toute modification exige une révision, ouverte avec son motif. Cette étape est enregistrée et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day of approval</source>
        <translation>Jour de l&apos;approbation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a &amp;meeting</source>
        <translation>En &amp;séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under &amp;silence procedure</source>
        <translation>Selon la procédure d&apos;accord &amp;tacite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it was approved</source>
        <translation>Mode d&apos;approbation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the record cannot be approved yet</source>
        <translation>Pourquoi le compte rendu ne peut pas encore être approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: the procedure, e.g. PO(2026)0123</source>
        <translation>Facultatif&#xa0;: la procédure, p. ex. PO(2026)0123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the meeting&apos;s record, e.g. C-R(2026)0050</source>
        <translation>Facultatif&#xa0;: le compte rendu de la séance, p. ex. C-R(2026)0050</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../desktop/ui/session/attendance.py" line="+111"/>
        <source>Attendance summary</source>
        <translation>Récapitulatif des présences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Participant…</source>
        <translation>Aj&amp;outer un participant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Participant</source>
        <translation>&amp;Retirer le participant</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delegations at the table</source>
        <translation>Délégations autour de la table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space: present or absent. Enter or F2: edit the head of delegation.</source>
        <translation>Espace&#xa0;: présente ou absente. Entrée ou F2&#xa0;: modifier le chef de délégation.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 of %2 members present</source>
        <translation>Membres présents&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 other participants</source>
        <translation>autres participants&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark %1 present</source>
        <translation>la présence de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 absent</source>
        <translation>l&apos;absence de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit the head of delegation of %1</source>
        <translation>la modification du chef de délégation de %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add %1</source>
        <translation>l&apos;ajout de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove %1</source>
        <translation>le retrait de %1</translation>
    </message>
</context>
<context>
    <name>BilingualField</name>
    <message>
        <location filename="../../desktop/ui/session/bilingual_field.py" line="+55"/>
        <source>missing</source>
        <comment>a version of a text: none written yet</comment>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No English version yet</source>
        <translation>Pas encore de version anglaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No French version yet</source>
        <translation>Pas encore de version française</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <comment>the language&apos;s own name</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Français</source>
        <comment>the language&apos;s own name</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, in English</source>
        <translation>%1, en anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, in French</source>
        <translation>%1, en français</translation>
    </message>
</context>
<context>
    <name>CorrectIntervention</name>
    <message>
        <location filename="../../desktop/ui/session/translations.py" line="+412"/>
        <source>Translation of the intervention of %1</source>
        <translation>la traduction de l&apos;intervention de %1</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/session/review_dialogs.py" line="-197"/>
        <source>Record a Correction</source>
        <translation>Enregistrer une correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the delegation</source>
        <translation>Choisissez la délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General (the record as a whole)</source>
        <translation>Généralités (le compte rendu dans son ensemble)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where, in the delegation&apos;s words: e.g. paragraph 3</source>
        <translation>L&apos;emplacement, dans les termes de la délégation&#xa0;: p. ex. paragraphe 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text the delegation proposes</source>
        <translation>Le texte que propose la délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the correction cannot be recorded yet</source>
        <translation>Pourquoi la correction ne peut pas encore être enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved at:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item:</source>
        <translation>&amp;Point&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paragraph:</source>
        <translation>P&amp;aragraphe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed &amp;text:</source>
        <translation>&amp;Texte proposé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location line="+89"/>
        <source>Decline the Correction</source>
        <translation>Refuser la correction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: the delegation will read it, e.g. The text is what was said</source>
        <translation>Obligatoire&#xa0;: la délégation le lira, p. ex. Le texte reprend ce qui a été dit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is recorded and cannot be undone.</source>
        <translation>Cette étape est enregistrée et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Ce qui va se passer</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../../desktop/ui/session/action_parts.py" line="-86"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
</context>
<context>
    <name>EnBlocDialog</name>
    <message>
        <location filename="../../desktop/ui/session/en_bloc.py" line="+50"/>
        <source>Agree En Bloc</source>
        <translation>Approuver en bloc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On each item ticked, every present member that has not stated a position is recorded as agreeing, except the delegations ticked on the right. Positions already logged stay as they are.</source>
        <translation>Sur chaque point coché, tout membre présent qui n&apos;a pas fait connaître sa position est consigné comme donnant son accord, sauf les délégations cochées à droite. Les positions déjà consignées restent inchangées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Items to agree</source>
        <translation>Points à approuver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1: %2</source>
        <translation>Point %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record Agreement</source>
        <translation>Consigner l&apos;accord</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Items:</source>
        <translation>&amp;Points&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xcept:</source>
        <translation>&amp;Sauf&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space ticks the line under the cursor; Tab goes to the other list.</source>
        <translation>Espace coche la ligne sous le curseur&#xa0;; Tab passe à l&apos;autre liste.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This session has no decision item: nothing can be agreed en bloc.</source>
        <translation>Cette séance n&apos;a aucun point pour décision&#xa0;: rien ne peut être approuvé en bloc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No member is present at the table: nothing can be agreed en bloc.</source>
        <translation>Aucun membre n&apos;est présent à la table&#xa0;: rien ne peut être approuvé en bloc.</translation>
    </message>
</context>
<context>
    <name>GoToBar</name>
    <message>
        <location filename="../../desktop/ui/session/goto_bar.py" line="+24"/>
        <source>Go to delegation:</source>
        <translation>Aller à la délégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation code or name</source>
        <translation>Code ou nom de la délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code or name, e.g. POL or Poland</source>
        <translation>Code ou nom, p. ex. POL ou Pologne</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No delegation at the table matches.</source>
        <translation>Aucune délégation autour de la table ne correspond.</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <location filename="../../desktop/ui/session/intervention_dialog.py" line="+40"/>
        <source>Intervention of %1 on item %2</source>
        <translation>Intervention de %1 sur le point %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the delegation said, for the record (Enter records it, Shift+Enter starts a new line). It takes no position: the consensus is unchanged.</source>
        <translation>Ce que la délégation a dit, pour le compte rendu (Entrée le consigne, Maj+Entrée commence une nouvelle ligne). Elle ne prend pas position&#xa0;: le consensus est inchangé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Intervention of %1</source>
        <translation>Intervention de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Record</source>
        <translation>&amp;Consigner</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/session/review_dialogs.py" line="-177"/>
        <source>Issue the Draft</source>
        <translation>Diffuser le projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Issue the Draft</source>
        <translation>&amp;Diffuser le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue Revision %1</source>
        <translation>Diffuser la révision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue REV%1</source>
        <translation>&amp;Diffuser la REV%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record</source>
        <translation>ce compte rendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue the draft of %1 for corrections?</source>
        <translation>Diffuser le projet de %1 pour corrections&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations receive the record as it stands now; its fingerprint is kept, so that any copy can be checked against it.</source>
        <translation>Les délégations reçoivent le compte rendu dans son état actuel&#xa0;; son empreinte est conservée, pour que toute copie puisse être vérifiée par comparaison.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue %1 of %2, carrying one accepted correction?</source>
        <translation>Diffuser la %1 de %2, qui reprend une correction acceptée&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Issue %1 of %2, carrying %n accepted corrections?</source>
        <translation>
            <numerusform>Diffuser la %1 de %2, qui reprend %n correction acceptée&#xa0;?</numerusform>
            <numerusform>Diffuser la %1 de %2, qui reprend %n corrections acceptées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue %1 of %2?</source>
        <translation>Diffuser la %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes will carry the reference %1 and a page “Changes from the previous issue”; the revision&apos;s fingerprint is kept.</source>
        <translation>Le procès-verbal portera la référence %1 et une page «&#xa0;Modifications par rapport à la version précédente&#xa0;»&#xa0;; l&apos;empreinte de la révision est conservée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is recorded and cannot be undone.</source>
        <translation>Cette étape est enregistrée et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Ce qui va se passer</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/ui/session/agenda_dialog.py" line="+81"/>
        <source>Edit Item</source>
        <translation>Modifier le point</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Add Item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of item</source>
        <translation>Nature du point</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document references</source>
        <translation>Références des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example PO(2025)0123, C-M(2025)0007</source>
        <translation>par exemple PO(2025)0123, C-M(2025)0007</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Not for the room display (it shows the item&apos;s number only)</source>
        <translation>&amp;Pas sur l’affichage en salle (il n’y figure que le numéro du point)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Item</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../desktop/ui/session/item_panel.py" line="+117"/>
        <location line="+220"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Move the cursor to an item to see it here.</source>
        <translation>Placez le curseur sur un point pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item</source>
        <translation>Aucun point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item number and kind</source>
        <translation>Numéro et nature du point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item title</source>
        <translation>Titre du point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the item stands</source>
        <translation>Où en est le point</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+265"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>On record</source>
        <translation>Consigné au procès-verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence procedure</source>
        <translation>Procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared outcome</source>
        <translation>Résultat déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration warnings</source>
        <translation>Avertissements sur la déclaration</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Item %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The record disagrees with this declaration.</source>
        <translation>Le compte rendu contredit cette déclaration.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No decision is sought on this item.</source>
        <translation>Aucune décision n&apos;est requise sur ce point.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by %1</source>
        <translation>Bloqué par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Still to hear: %1</source>
        <translation>Restent à entendre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Pending: 1 delegation (%2)</source>
        <translation>En attente&#xa0;: 1 délégation (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending: %1 delegations (%2)</source>
        <translation>En attente&#xa0;: %1 délégations (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+%1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reservations or footnotes: %1</source>
        <translation>Réserves ou notes de bas de page&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 Brussels time</source>
        <translation>%1, heure de Bruxelles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Under silence until %1</source>
        <translation>Silence en cours, échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence broken by %1</source>
        <translation>Silence rompu par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted under silence at %1</source>
        <translation>Approuvé selon la procédure d&apos;accord tacite (échéance&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence procedure withdrawn</source>
        <translation>Procédure d&apos;accord tacite retirée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No outcome declared yet.</source>
        <translation>Aucun résultat déclaré pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared: %1 — %2 by %3</source>
        <translation>Déclaré&#xa0;: %1 — %2, par %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown operator</source>
        <translation>opérateur inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The silence procedure has overtaken this declaration.</source>
        <translation>La procédure d&apos;accord tacite a dépassé cette déclaration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record disagrees with this declaration:</source>
        <translation>Les positions consignées contredisent cette déclaration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>KindDelegate</name>
    <message>
        <location filename="../../desktop/ui/session/agenda_dialog.py" line="-61"/>
        <source>Kind of item</source>
        <translation>Nature du point</translation>
    </message>
</context>
<context>
    <name>MeetingClock</name>
    <message>
        <location filename="../../desktop/ui/session/meeting_clock.py" line="+47"/>
        <source>Open the meeting</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the meeting</source>
        <translation>Lever la séance</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/ui/session/message_bar.py" line="+16"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../desktop/ui/session/new_session.py" line="+50"/>
        <source>New Session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committee name</source>
        <translation>Nom du comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example Civil Emergency Planning</source>
        <translation>par exemple Planification civile d&apos;urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example C-R(2025)0042</source>
        <translation>par exemple C-R(2025)0042</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example NATO Headquarters, Brussels</source>
        <translation>par exemple Siège de l&apos;OTAN, Bruxelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s role</source>
        <translation>Qualité de la présidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create Session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Body:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmittee:</source>
        <translation>Co&amp;mité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;air:</source>
        <translation>&amp;Présidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s role:</source>
        <translation>Qualité de la présidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class&amp;ification:</source>
        <translation>&amp;Classification&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Heads of delegation</source>
        <translation>Chefs de délégation</translation>
    </message>
</context>
<context>
    <name>OutcomeBox</name>
    <message>
        <location filename="../../desktop/ui/session/outcome_box.py" line="+181"/>
        <source>Declare an outcome</source>
        <translation>Déclarer le résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome warnings</source>
        <translation>Avertissements sur le résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declaration refused</source>
        <translation>Déclaration refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Declare</source>
        <translation>Décla&amp;rer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Declare the outcome</source>
        <translation>Déclarer le résultat</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record the chair&apos;s declaration (%1)</source>
        <translation>Consigner la déclaration de la présidence (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outcome to declare</source>
        <translation>Résultat à déclarer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the outcome…</source>
        <translation>Choisir le résultat…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remitted to</source>
        <translation>Renvoyé à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which committee</source>
        <comment>an example in English</comment>
        <translation>Which committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quel comité</source>
        <comment>an example in French</comment>
        <translation>Quel comité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Council…</source>
        <comment>the start of a decision, in English</comment>
        <translation>The Council…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le Conseil…</source>
        <comment>the start of a decision, in French</comment>
        <translation>Le Conseil…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>What is written there now, in English and in French, will be lost.</source>
        <translation>Ce qui y est écrit maintenant, en anglais et en français, sera perdu.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Decision text</source>
        <translation>Texte de la décision</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ou&amp;tcome:</source>
        <translation>Résul&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remitted to:</source>
        <translation>Ren&amp;voyé à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deci&amp;sion:</source>
        <translation>Déc&amp;ision&#xa0;:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” disagrees with the record:</source>
        <translation>«&#xa0;%1&#xa0;» contredit les positions consignées&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the Decision Text</source>
        <translation>Remplacer le texte de la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the decision text with the chair&apos;s summary?</source>
        <translation>Remplacer le texte de la décision par la synthèse de la présidence&#xa0;?</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Write the decision the Council took: “%1” needs its text.</source>
        <translation>Écrivez la décision prise par le Conseil&#xa0;: «&#xa0;%1&#xa0;» exige son texte.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Declaration against the record</source>
        <translation>Déclaration contraire au compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare “%1” although the record disagrees?</source>
        <translation>Déclarer «&#xa0;%1&#xa0;» bien que le compte rendu le contredise&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Declare &amp;All the Same</source>
        <translation>&amp;Déclarer quand même</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Declare “%1”</source>
        <translation>la déclaration «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/ui/session/participant_dialog.py" line="+37"/>
        <source>Add Participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of participant</source>
        <translation>Catégorie de participant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example UKR, or IS for staff</source>
        <translation>par exemple UKR, ou IS pour le Secrétariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example Ukraine</source>
        <translation>par exemple Ukraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>C&amp;hef de délégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is already at the table in this session; give another code.</source>
        <translation>%1 siège déjà à cette séance&#xa0;; indiquez un autre code.</translation>
    </message>
</context>
<context>
    <name>PositionCommands</name>
    <message>
        <location filename="../../desktop/ui/session/position_commands.py" line="+83"/>
        <source>%1: %2 (correction)</source>
        <translation>%1&#xa0;: %2 (correction)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: a correction</source>
        <translation>%1&#xa0;: une correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a change of position</source>
        <translation>%1&#xa0;: un changement de position</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Intervention of %1</source>
        <translation>Intervention de %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Statement of %1</source>
        <translation>la déclaration de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All present agree on item %1</source>
        <translation>l&apos;accord de tous les présents sur le point %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agree en bloc on item %1</source>
        <translation>Accord en bloc sur le point %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree en bloc on items %1</source>
        <translation>Accord en bloc sur les points %1</translation>
    </message>
</context>
<context>
    <name>PositionDelegate</name>
    <message>
        <location filename="../../desktop/ui/session/grid_view.py" line="+237"/>
        <source>Statement for the record — Enter to save, Esc to cancel</source>
        <translation>Déclaration pour le procès-verbal — Entrée pour enregistrer, Échap pour annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement of %1</source>
        <translation>Déclaration de %1</translation>
    </message>
</context>
<context>
    <name>PositionGrid</name>
    <message>
        <location line="+57"/>
        <source>Position grid</source>
        <translation>Grille des positions</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Backspace, Del</source>
        <translation>Retour arrière, Suppr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the statement inline (Enter saves, Esc cancels)</source>
        <translation>Saisir la déclaration dans la cellule (Entrée enregistre, Échap annule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to a delegation by code or name</source>
        <translation>Aller à une délégation par son code ou son nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows, Home, End</source>
        <translation>Flèches, Début, Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between delegations and items</source>
        <translation>Se déplacer entre délégations et points</translation>
    </message>
</context>
<context>
    <name>PositionsView</name>
    <message>
        <location filename="../../desktop/ui/session/positions_view.py" line="+131"/>
        <source>&lt;b&gt;Backspace&lt;/b&gt; not stated  &lt;b&gt;Enter&lt;/b&gt; statement  &lt;b&gt;/&lt;/b&gt; go to</source>
        <translation>&lt;b&gt;Retour arrière&lt;/b&gt; non exprimée  &lt;b&gt;Entrée&lt;/b&gt; déclaration  &lt;b&gt;/&lt;/b&gt; aller à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; with a statement</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; avec déclaration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position keys</source>
        <translation>Touches des positions</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This session has no agenda yet. Add items on the Agenda tab (Ctrl+4).</source>
        <translation>Cette séance n&apos;a pas encore d&apos;ordre du jour. Ajoutez des points dans l&apos;onglet Ordre du jour (Ctrl+4).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: recorded as a correction of the key before (Ctrl+K makes it a change of position).</source>
        <translation>%1&#xa0;: consigné comme correction de la touche précédente (Ctrl+K en fait un changement de position).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Absent delegation</source>
        <translation>Délégation absente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is marked absent from this meeting. Record its position (%2) as conveyed in writing?</source>
        <translation>%1 est marquée absente de cette séance. Consigner sa position (%2) comme transmise par écrit&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conveyed in &amp;Writing</source>
        <translation>Transmise par &amp;écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it is at the table, mark it present on the Attendance tab (Ctrl+3).</source>
        <translation>Si elle est à la table, marquez-la présente dans l&apos;onglet Présences (Ctrl+3).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no position on this item to call a correction.</source>
        <translation>%1 n&apos;a sur ce point aucune position à qualifier de correction.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: now a change of position, which the minutes print.</source>
        <translation>%1&#xa0;: désormais un changement de position, que le compte rendu imprime.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: now a correction, which the minutes do not print.</source>
        <translation>%1&#xa0;: désormais une correction, que le compte rendu n&apos;imprime pas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keys log positions on the cell under the cursor</source>
        <translation>Les touches consignent les positions dans la cellule sous le curseur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys do not reach the grid: click it to log positions</source>
        <translation>Les touches n&apos;atteignent pas la grille&#xa0;: cliquez-y pour consigner des positions</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Typing reached the grid: %n position(s) it logged were taken back; what was typed is offered as an intervention.</source>
        <translation>
            <numerusform>Saisie arrivée dans la grille&#xa0;: %n position qu&apos;elle avait consignée a été retirée&#xa0;; le texte saisi est proposé comme intervention.</numerusform>
            <numerusform>Saisie arrivée dans la grille&#xa0;: %n positions qu&apos;elle avait consignées ont été retirées&#xa0;; le texte saisi est proposé comme intervention.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Every present member has already stated a position on this item.</source>
        <translation>Tous les membres présents ont déjà exprimé une position sur ce point.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/ui/session/review_dialogs.py" line="+259"/>
        <source>Open a Revision</source>
        <translation>Ouvrir une révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open a Revision</source>
        <translation>&amp;Ouvrir une révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record</source>
        <translation>Le compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was approved on %2.</source>
        <translation>%1 a été approuvé le %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening a revision unlocks the record: it takes changes again until the revision (REV%1) is issued and approved. The reason is recorded and cannot be undone.</source>
        <translation>Ouvrir une révision déverrouille le compte rendu&#xa0;: il accepte de nouveau des modifications jusqu&apos;à ce que la révision (REV%1) soit diffusée et approuvée. Le motif est enregistré et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happens</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required, e.g. A figure in the summary of item 2 was wrong</source>
        <translation>Obligatoire, p. ex. Un chiffre du résumé du point 2 était erroné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/ui/session/review.py" line="+146"/>
        <source>Review of the minutes</source>
        <translation>Relecture du procès-verbal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record locked</source>
        <translation>Compte rendu verrouillé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Current issue</source>
        <translation>Version en vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage of the review</source>
        <translation>Étape de la relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of the current issue</source>
        <translation>Empreinte de la version en vigueur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections received</source>
        <translation>Corrections reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected correction</source>
        <translation>Correction sélectionnée</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Issues of the record</source>
        <translation>Versions du compte rendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corrections from delegations</source>
        <translation>Corrections des délégations</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+316"/>
        <source>Issue the &amp;Draft…</source>
        <translation>Diff&amp;user le projet…</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Record a &amp;Correction…</source>
        <translation>Enregistrer une &amp;correction…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept…</source>
        <translation>Acc&amp;epter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decli&amp;ne…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appro&amp;ve…</source>
        <translation>Approu&amp;ver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Rev&amp;ision…</source>
        <translation>Ouvrir une rév&amp;ision…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Issues</source>
        <translation>Versions diffusées</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+155"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No session is open.</source>
        <translation>Aucune séance n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not issued yet</source>
        <translation>Pas encore diffusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the record is being written; nothing has gone to delegations. Issue the draft (%1) when it is ready for their corrections.</source>
        <translation>le compte rendu est en cours de rédaction&#xa0;; rien n&apos;a encore été envoyé aux délégations. Diffusez le projet (%1) quand il est prêt à recevoir leurs corrections.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 issued on %2</source>
        <translation>%1 diffusé le %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%4 approved on %1, %2 (%3).</source>
        <translation>%4 approuvé le %1, %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%4 approved on %1, %2.</source>
        <translation>%4 approuvé le %1, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last approval: %1</source>
        <translation>Dernière approbation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corrections (%1)</source>
        <translation>Corrections (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Locked: approved on %1 — changes need a revision. Open one (%2), saying why.</source>
        <translation>Verrouillé&#xa0;: approuvé le %1 — toute modification exige une révision. Ouvrez-en une (%2) en indiquant pourquoi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reopened on %1 for REV%2</source>
        <translation>rouvert le %1 pour la REV%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No correction received.</source>
        <translation>Aucune correction reçue.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n accepted for the next issue</source>
        <translation>
            <numerusform>%n acceptée pour la prochaine version</numerusform>
            <numerusform>%n acceptées pour la prochaine version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n declined</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections: %1.</source>
        <translation>Corrections&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a correction to read it here.</source>
        <translation>Sélectionnez une correction pour la lire ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2, received %3</source>
        <translation>%1 — %2, reçue le %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item %1</source>
        <translation>point %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Issue &amp;Revision %1…</source>
        <translation>Diff&amp;user la révision %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a correction first.</source>
        <translation>Sélectionnez d&apos;abord une correction.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send the record to delegations for corrections</source>
        <translation>Envoyer le compte rendu aux délégations pour corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correction a delegation sent</source>
        <translation>Une correction envoyée par une délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected correction</source>
        <translation>Accepter la correction sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the selected correction, saying why</source>
        <translation>Refuser la correction sélectionnée, en indiquant pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the record was approved: it is locked</source>
        <translation>Enregistrer l&apos;approbation du compte rendu&#xa0;: il est alors verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the approved record for a new revision</source>
        <translation>Déverrouiller le compte rendu approuvé pour une nouvelle révision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue REV%1, with the accepted corrections</source>
        <translation>Diffuser la REV%1, avec les corrections acceptées</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Issued %1.</source>
        <translation>%1 diffusé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recorded the correction from %1.</source>
        <translation>%1&#xa0;: correction enregistrée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Accepted the correction from %1. Make the change in the record; the next issue lists it.</source>
        <translation>%1&#xa0;: correction acceptée. Apportez la modification au compte rendu&#xa0;; la prochaine version la mentionnera.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Declined the correction from %1.</source>
        <translation>%1&#xa0;: correction refusée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approved %1: the record is locked.</source>
        <translation>Approbation enregistrée pour %1&#xa0;: le compte rendu est verrouillé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record</source>
        <translation>le compte rendu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened revision %1: the record takes changes again.</source>
        <translation>Révision %1 ouverte&#xa0;: le compte rendu accepte de nouveau des modifications.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../desktop/ui/session/form.py" line="+80"/>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee name</source>
        <translation>Nom du comité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example C-R(2025)0042</source>
        <translation>par exemple C-R(2025)0042</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ope&amp;ned:</source>
        <translation>Heure d&apos;ouv&amp;erture&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening</source>
        <translation>Heure d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closed:</source>
        <translation>&amp;Heure de clôture&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing</source>
        <translation>Heure de clôture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s role</source>
        <translation>Qualité de la présidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmittee:</source>
        <translation>Co&amp;mité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class&amp;ification:</source>
        <translation>&amp;Classification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;lace:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;air:</source>
        <translation>Prés&amp;idence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s role:</source>
        <translation>Qualité de la présidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 time known</source>
        <translation>%1 connue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear when the time is not known</source>
        <translation>Décochez si l&apos;heure n&apos;est pas connue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 time</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>non consignée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: which of the two</source>
        <translation>%1&#xa0;: laquelle des deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of the two?</source>
        <translation>Laquelle des deux&#xa0;?</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Times are in Brussels time.</source>
        <translation>Les heures sont celles de Bruxelles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times are in %1 time.</source>
        <translation>Les heures sont celles du fuseau %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The first: %1</source>
        <translation>La première&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second: %1</source>
        <translation>La seconde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit the session&apos;s %1</source>
        <translation>la modification %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>reference</source>
        <translation>de la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee name</source>
        <translation>du nom du comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee name in French</source>
        <translation>du nom du comité en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>du lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place in French</source>
        <translation>du lieu en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>de la présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification</source>
        <translation>de la classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair&apos;s role</source>
        <translation>de la qualité de la présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>de la date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening time</source>
        <translation>de l&apos;heure d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing time</source>
        <translation>de l&apos;heure de clôture</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../desktop/ui/session/page.py" line="+62"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttendance</source>
        <translation>Prése&amp;nces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;our de Table</source>
        <translation>T&amp;our de table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revie&amp;w</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting not opened</source>
        <translation>Séance non ouverte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the sessions list (%1)</source>
        <translation>Retour à la liste des séances (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the sessions list</source>
        <translation>Retour à la liste des séances</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>meeting closed</source>
        <translation>séance close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting open</source>
        <translation>séance ouverte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not opened yet — Session › Open the Meeting (%1)</source>
        <translation>Pas encore ouverte — Séance › Ouvrir la séance (%1)</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../desktop/ui/session/speakers_panel.py" line="+66"/>
        <source>Speakers&apos; list</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add: type a code, Enter</source>
        <translation>Ajouter&#xa0;: saisir un code, puis Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a delegation to the speakers&apos; list</source>
        <translation>Ajouter une délégation à la liste des orateurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting to speak</source>
        <translation>En attente de prise de parole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck off (has spoken)</source>
        <translation>Rayées (ont pris la parole)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Struck off the speakers&apos; list</source>
        <translation>Rayées de la liste des orateurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike Off</source>
        <translation>Rayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike off: has spoken (Delete)</source>
        <translation>Rayer&#xa0;: a pris la parole (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take off the list without speaking</source>
        <translation>Retirer de la liste sans prise de parole</translation>
    </message>
</context>
<context>
    <name>SpeakingClock</name>
    <message>
        <location filename="../../desktop/ui/session/speaking_clock.py" line="+69"/>
        <source>Speaking clock</source>
        <translation>Chronomètre de parole</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Over the limit of %1 min</source>
        <translation>Temps dépassé&#xa0;: limite de %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking · limit %1 min</source>
        <translation>Prise de parole · limite de %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking</source>
        <translation>Prise de parole en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock stopped · Space starts it</source>
        <translation>Chronomètre arrêté · Espace le lance</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <location filename="../../desktop/ui/session/summary_box.py" line="+18"/>
        <location line="+5"/>
        <source>Chair&apos;s summary</source>
        <translation>Synthèse de la présidence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y Summary</source>
        <translation>Cop&amp;ier la synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chair&apos;s summary</source>
        <translation>Copier la synthèse de la présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the summary on the clipboard</source>
        <translation>Copier la synthèse dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use as Decision Draft</source>
        <translation>&amp;Utiliser comme projet de décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the summary as the decision draft</source>
        <translation>Utiliser la synthèse comme projet de décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the decision text from the summary, in English and in French</source>
        <translation>Partir de la synthèse pour rédiger le texte de la décision, en anglais et en français</translation>
    </message>
</context>
<context>
    <name>TextOpener</name>
    <message>
        <location filename="../../desktop/ui/session/translations.py" line="-46"/>
        <source>Edit the subject of the silence procedure</source>
        <translation>la modification de l&apos;objet de la procédure d&apos;accord tacite</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <location filename="../../desktop/ui/session/tour_bar.py" line="+29"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seating order</source>
        <translation>Ordre de placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers&apos; list</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking limit in minutes</source>
        <translation>Temps de parole maximal, en minutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Item:</source>
        <translation>&amp;Point&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn by:</source>
        <translation>Tour selon&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stop Clock (Space)</source>
        <translation>Arrêter le chronomètre (Espace)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Clock (Space)</source>
        <translation>Lancer le chronomètre (Espace)</translation>
    </message>
</context>
<context>
    <name>TourBoard</name>
    <message>
        <location filename="../../desktop/ui/session/tour_board.py" line="+128"/>
        <source>Turn</source>
        <translation>Au tour de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegation whose turn it is</source>
        <translation>Délégation dont c&apos;est le tour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still to speak</source>
        <translation>Doivent encore s&apos;exprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has spoken</source>
        <translation>Se sont exprimées</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No position yet</source>
        <translation>Pas encore de position</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Still to speak: %n</source>
        <translation>
            <numerusform>Reste à entendre&#xa0;: %n</numerusform>
            <numerusform>Restent à entendre&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absent: %1</source>
        <translation>absents&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Has spoken: %n</source>
        <translation>
            <numerusform>S&apos;est exprimée&#xa0;: %n</numerusform>
            <numerusform>Se sont exprimées&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourView</name>
    <message>
        <location filename="../../desktop/ui/session/tour_view.py" line="+69"/>
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Statement for the record — Enter to save, Esc to cancel</source>
        <translation>Déclaration pour le procès-verbal — Entrée pour enregistrer, Échap pour annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;A D S I Y R F O&lt;/b&gt; position · &lt;b&gt;Backspace&lt;/b&gt; not stated · &lt;b&gt;Enter&lt;/b&gt; statement · &lt;b&gt;Space&lt;/b&gt; clock · &lt;b&gt;↑ ↓&lt;/b&gt; turn</source>
        <translation>&lt;b&gt;A D S I Y R F O&lt;/b&gt; position · &lt;b&gt;Retour arrière&lt;/b&gt; non exprimée · &lt;b&gt;Entrée&lt;/b&gt; déclaration · &lt;b&gt;Espace&lt;/b&gt; chronomètre · &lt;b&gt;↑ ↓&lt;/b&gt; tour</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>No one is waiting on the speakers&apos; list</source>
        <translation>Personne n&apos;attend sur la liste des orateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone has spoken</source>
        <translation>Toutes les délégations se sont exprimées</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Statement of %1</source>
        <translation>Déclaration de %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>A D S I Y R F O</source>
        <translation>A D S I Y R F O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the position of the delegation whose turn it is</source>
        <translation>Consigner la position de la délégation dont c’est le tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start or stop the speaking clock</source>
        <translation>Lancer ou arrêter le chronomètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the turn</source>
        <translation>Déplacer le tour de parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the statement</source>
        <translation>Écrire la déclaration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Haut, Ctrl+Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a delegation in the speakers&apos; list</source>
        <translation>Déplacer une délégation dans la liste des orateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Del (speakers&apos; list)</source>
        <translation>Suppr (liste des orateurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike the delegation off the speakers&apos; list</source>
        <translation>Rayer la délégation de la liste des orateurs</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <location filename="../../desktop/ui/session/translations.py" line="-258"/>
        <location line="+22"/>
        <source>Texts to translate</source>
        <translation>Textes à traduire</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Which texts to show</source>
        <translation>Textes à afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts lacking either language</source>
        <translation>Textes auxquels il manque une langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts with no French version</source>
        <translation>Textes sans version française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts with no English version</source>
        <translation>Textes sans version anglaise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the Text</source>
        <translation>&amp;Ouvrir le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected text in both languages (Enter)</source>
        <translation>Modifier le texte sélectionné dans les deux langues (Entrée)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Translations (%1)</source>
        <translation>Traductions (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every text of the record is written in both languages.</source>
        <translation>Tous les textes du compte rendu sont rédigés dans les deux langues.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One text has no French version: the French minutes print it in English, marked as not translated.</source>
        <translation>Un texte n&apos;a pas de version française&#xa0;: le procès-verbal en français l&apos;imprime en anglais, signalé comme non traduit.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n texts have no French version: the French minutes print them in English, marked as not translated.</source>
        <translation>
            <numerusform>%n texte n&apos;a pas de version française&#xa0;: le procès-verbal en français l&apos;imprime en anglais, signalé comme non traduit.</numerusform>
            <numerusform>%n textes n&apos;ont pas de version française&#xa0;: le procès-verbal en français les imprime en anglais, signalés comme non traduits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One text has no English version: the English minutes print it in French, marked as not translated.</source>
        <translation>Un texte n&apos;a pas de version anglaise&#xa0;: le procès-verbal en anglais l&apos;imprime en français, signalé comme non traduit.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n texts have no English version: the English minutes print them in French, marked as not translated.</source>
        <translation>
            <numerusform>%n texte n&apos;a pas de version anglaise&#xa0;: le procès-verbal en anglais l&apos;imprime en français, signalé comme non traduit.</numerusform>
            <numerusform>%n textes n&apos;ont pas de version anglaise&#xa0;: le procès-verbal en anglais les imprime en français, signalés comme non traduits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationsModel</name>
    <message>
        <location line="-205"/>
        <source>No French version</source>
        <translation>Pas de version française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No English version</source>
        <translation>Pas de version anglaise</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lacks</source>
        <translation>Manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written</source>
        <translation>Version existante</translation>
    </message>
</context>
</TS>
