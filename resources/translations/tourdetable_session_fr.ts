<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsList</name>
    <message>
        <location filename="../../desktop/ui/session/actions.py" line="+63"/>
        <location line="+3"/>
        <location line="+41"/>
        <source>Action items</source>
        <translation>Mesures de suivi</translation>
    </message>
    <message>
        <location line="-36"/>
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
        <location line="+35"/>
        <source>F2 edits the cell; %1 adds, %2 removes</source>
        <translation>F2&#xa0;: modifier la cellule&#xa0;; %1&#xa0;: ajouter&#xa0;; %2&#xa0;: supprimer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add action item</source>
        <translation>l&apos;ajout d&apos;une mesure de suivi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove action item</source>
        <translation>la suppression d&apos;une mesure de suivi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit action item</source>
        <translation>la modification d&apos;une mesure de suivi</translation>
    </message>
</context>
<context>
    <name>AddActionDialog</name>
    <message>
        <location filename="../../desktop/ui/session/action_parts.py" line="+170"/>
        <source>Add an Action Item</source>
        <translation>Ajouter une mesure de suivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of owner</source>
        <translation>Type de responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+13"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+106"/>
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
        <location filename="../../desktop/ui/session/agree_dialog.py" line="+30"/>
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
    <name>DueDateDelegate</name>
    <message>
        <location filename="../../desktop/ui/session/action_parts.py" line="-70"/>
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
        <location filename="../../desktop/ui/session/en_bloc.py" line="+49"/>
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
        <location line="+2"/>
        <source>Item %1: %2</source>
        <translation>Point %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../desktop/ui/session/intervention_dialog.py" line="+27"/>
        <source>Intervention of %1 on item %2</source>
        <translation>Intervention de %1 sur le point %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the delegation said, for the record (Enter records it, Shift+Enter starts a new line). It takes no position: the consensus is unchanged.</source>
        <translation>Ce que la délégation a dit, pour le compte rendu (Entrée le consigne, Maj+Entrée commence une nouvelle ligne). Elle ne prend pas position&#xa0;: le consensus est inchangé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intervention of %1</source>
        <translation>Intervention de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record</source>
        <translation>&amp;Consigner</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/ui/session/agenda_dialog.py" line="+78"/>
        <source>Edit Item</source>
        <translation>Modifier le point</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Add Item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../desktop/ui/session/item_panel.py" line="+124"/>
        <location line="+191"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="-189"/>
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
        <location line="+236"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="-235"/>
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
        <location line="+161"/>
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
        <location filename="../../desktop/ui/session/agenda_dialog.py" line="-57"/>
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
        <location filename="../../desktop/ui/session/outcome_box.py" line="+175"/>
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
        <location line="+12"/>
        <source>Remitted to</source>
        <translation>Renvoyé à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which committee</source>
        <translation>Instance destinataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision text</source>
        <translation>Texte de la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Council…</source>
        <translation>Le Conseil…</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+59"/>
        <source>“%1” disagrees with the record:</source>
        <translation>«&#xa0;%1&#xa0;» contredit les positions consignées&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace the Decision Text</source>
        <translation>Remplacer le texte de la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the decision text with the chair&apos;s summary?</source>
        <translation>Remplacer le texte de la décision par la synthèse de la présidence&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is written there now will be lost.</source>
        <translation>Ce qui y est écrit maintenant sera perdu.</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+24"/>
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
        <location line="+74"/>
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
        <location line="+53"/>
        <source>Every present member has already stated a position on this item.</source>
        <translation>Tous les membres présents ont déjà exprimé une position sur ce point.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../desktop/ui/session/form.py" line="+79"/>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee name</source>
        <translation>Nom du comité</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+106"/>
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
        <source>place</source>
        <translation>du lieu</translation>
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
        <location filename="../../desktop/ui/session/page.py" line="+58"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+52"/>
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
        <location line="+1"/>
        <source>Start the decision text from the summary</source>
        <translation>Partir de la synthèse pour rédiger le texte de la décision</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <location filename="../../desktop/ui/session/tour_bar.py" line="+28"/>
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
        <location line="+21"/>
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
        <location line="+202"/>
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
</TS>
