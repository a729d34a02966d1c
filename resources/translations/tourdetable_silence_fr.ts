<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeadlineEdit</name>
    <message>
        <location filename="../../desktop/ui/session/silence_deadline.py" line="+57"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: date</source>
        <translation>%1&#xa0;: date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: hour, %2 time</source>
        <translation>%1&#xa0;: heure (heure de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 time</source>
        <translation>heure de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 in other zones</source>
        <translation>%1 dans les autres fuseaux horaires</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The first</source>
        <translation>La première fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second</source>
        <translation>La seconde fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which of the two</source>
        <translation>Laquelle des deux occurrences</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The first %1 (%2, %3)</source>
        <translation>%1, la première fois (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The second %1 (%2, %3)</source>
        <translation>%1, la seconde fois (%2, %3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That is %1 UTC</source>
        <translation>Soit le %1 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, and %1 on this computer</source>
        <translation> et, sur ce poste de travail, le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>summer time</source>
        <translation>heure d&apos;été</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>winter time</source>
        <translation>heure d&apos;hiver</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../desktop/ui/session/silence_dialogs.py" line="+192"/>
        <source>Extend the Deadline</source>
        <translation>Prolonger l&apos;échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Extend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
The deadline is now %2.</source>
        <translation>%1
L&apos;échéance est actuellement fixée au %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deadline</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Capitals asked for time</source>
        <translation>p. ex. Les capitales ont demandé un délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New deadline:</source>
        <translation>&amp;Nouvelle échéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LaunchDialog</name>
    <message>
        <location line="-86"/>
        <source>Launch a Silence Procedure</source>
        <translation>Lancer une procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text reference</source>
        <translation>Référence du texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. PO(2026)0320</source>
        <translation>p. ex. PO(2026)0320</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the text</source>
        <translation>Titre du texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launched by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Deputy Secretary General</source>
        <translation>p. ex. Secrétaire général délégué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Item:</source>
        <translation>P&amp;oint&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;reference:</source>
        <translation>&amp;Référence du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched &amp;by:</source>
        <translation>Lancée &amp;par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop/ui/session/silence_letters.py" line="+50"/>
        <source>Record a Letter</source>
        <translation>Enregistrer une lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Silence procedure</source>
        <translation>Procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no decision rights)</source>
        <translation>(sans droit de décision)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received at</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter reference</source>
        <translation>Référence de la lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. FRA/DEL/0840</source>
        <translation>p. ex. FRA/DEL/0840</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the letter</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be recorded</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;cedure:</source>
        <translation>Pro&amp;cédure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved at:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter:</source>
        <translation>Lettre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Breaks silence on the &amp;whole text</source>
        <translation>Rompt le silence sur l&apos;ensemble du &amp;texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks silence on &amp;paragraphs:</source>
        <translation>Rompt le silence sur les &amp;paragraphes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editorial co&amp;mment (does not break silence)</source>
        <translation>&amp;Observation rédactionnelle (ne rompt pas le silence)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3, 5</source>
        <translation>p. ex. 3, 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the letter does</source>
        <translation>Effet de la lettre</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Received after the deadline (%1): it will be recorded and flagged late, and breaks nothing.</source>
        <translation>Reçue après l&apos;échéance (%1)&#xa0;: la lettre sera enregistrée comme tardive et ne rompt pas le silence.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no decision rights in this body: the letter is recorded and does not break silence.</source>
        <translation>%1 n&apos;a pas de droit de décision dans cette instance&#xa0;: la lettre est enregistrée mais ne rompt pas le silence.</translation>
    </message>
</context>
<context>
    <name>RelaunchDialog</name>
    <message>
        <location filename="../../desktop/ui/session/silence_dialogs.py" line="+112"/>
        <source>Relaunch on a Revised Text</source>
        <translation>Relancer sur un texte révisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Relaunch</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current procedure is withdrawn, and a new one starts on the revised text.</source>
        <translation>La procédure en cours est retirée et une nouvelle procédure est lancée sur le texte révisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new procedure starts on the revised text, linked to this one.</source>
        <translation>Une nouvelle procédure, liée à celle-ci, est lancée sur le texte révisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference of the revised text</source>
        <translation>Référence du texte révisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. PO(2026)0320-REV1</source>
        <translation>p. ex. PO(2026)0320-REV1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the text</source>
        <translation>Titre du texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launched by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Revised after comments</source>
        <translation>p. ex. Révisé à la suite des observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised text &amp;reference:</source>
        <translation>Ré&amp;férence du texte révisé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched &amp;by:</source>
        <translation>Lancée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SilenceBadge</name>
    <message>
        <location filename="../../desktop/ui/session/silence_badge.py" line="+27"/>
        <source>Silence procedures in this session</source>
        <translation>Procédures d&apos;accord tacite de cette séance</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+26"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n rompue</numerusform>
            <numerusform>%n rompues</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Silence: %1</source>
        <translation>Silence&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Silence procedures in this session: see the Silence tab.</source>
        <translation>Procédures d&apos;accord tacite de cette séance&#xa0;: voir l&apos;onglet Silence.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Si&amp;lence (%1)</source>
        <translation>Si&amp;lence (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;lence</source>
        <translation>Si&amp;lence</translation>
    </message>
</context>
<context>
    <name>SilenceModel</name>
    <message>
        <location filename="../../desktop/ui/models/silence.py" line="+186"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item · delegation</source>
        <translation>Point · délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text · letter</source>
        <translation>Texte · lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline · received (%1)</source>
        <translation>Échéance · réception (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your time (%1)</source>
        <translation>Heure locale (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remaining</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/silence_text.py" line="+32"/>
        <source>Under silence</source>
        <translation>Silence en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence broken</source>
        <translation>Silence rompu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted under silence</source>
        <translation>Adopté par accord tacite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Procédure retirée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks silence (paragraphs %1)</source>
        <translation>Rompt le silence (paragraphes %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks silence</source>
        <translation>Rompt le silence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break withdrawn</source>
        <translation>Rupture retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late: received after the deadline</source>
        <translation>Tardive&#xa0;: reçue après l&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: no decision rights</source>
        <translation>Enregistrée&#xa0;: sans droit de décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editorial comment</source>
        <translation>Observation rédactionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received after the withdrawal</source>
        <translation>Reçue après le retrait</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deadline extended</source>
        <translation>Échéance prolongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settling…</source>
        <translation>clôture en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text: %1</source>
        <translation>Texte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: %1 (%2)</source>
        <translation>Échéance&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your time: %1</source>
        <translation>Heure locale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extended on %1</source>
        <translation>Prolongée le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broken by: %1</source>
        <translation>Silence rompu par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launched %1</source>
        <translation>Lancée le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdrawn %1</source>
        <translation>Retirée le %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received %1</source>
        <translation>Reçue le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter %1</source>
        <translation>Lettre %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline extended on %1 to %2</source>
        <translation>Échéance prolongée le %1 jusqu&apos;au %2</translation>
    </message>
</context>
<context>
    <name>SilencePanel</name>
    <message>
        <location filename="../../desktop/ui/session/silence_panel.py" line="+74"/>
        <source>Silence procedures</source>
        <translation>Procédures d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No silence procedure</source>
        <translation>Aucune procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected procedure or letter</source>
        <translation>Procédure ou lettre sélectionnée</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Silence procedures and their letters</source>
        <translation>Procédures d&apos;accord tacite et leurs lettres</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No silence procedure in this session yet. Launch one on an item (%1).</source>
        <translation>Aucune procédure d&apos;accord tacite dans cette séance pour l&apos;instant. Lancez-en une sur un point (%1).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a procedure or a letter to read it here.</source>
        <translation>Sélectionnez une procédure ou une lettre pour en lire le détail ici.</translation>
    </message>
</context>
<context>
    <name>SilenceSteps</name>
    <message>
        <location filename="../../desktop/ui/session/silence_steps.py" line="+90"/>
        <source>&amp;Launch…</source>
        <translation>La&amp;ncer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Letter…</source>
        <translation>&amp;Enregistrer une lettre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw &amp;Break…</source>
        <translation>Retirer la r&amp;upture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtend…</source>
        <translation>Prolonger l&apos;é&amp;chéance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer la procédure…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Relaunch on Revised Text…</source>
        <translation>Relancer sur un texte ré&amp;visé…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to &amp;Calendar…</source>
        <translation>E&amp;xporter vers le calendrier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put an item&apos;s text under silence until a deadline (%1)</source>
        <translation>Soumettre le texte d&apos;un point à la procédure d&apos;accord tacite jusqu&apos;à une échéance (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the running deadlines as an .ics file for calendars (%1)</source>
        <translation>Enregistrer les échéances en cours dans un fichier .ics pour les calendriers (%1)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Launch silence procedure</source>
        <translation>le lancement de la procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record break by %1</source>
        <translation>l&apos;enregistrement de la rupture du silence par %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Export Silence Deadlines</source>
        <translation>Exporter les échéances des procédures d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the running silence deadlines to %1.</source>
        <translation>Les échéances des procédures d&apos;accord tacite en cours ont été enregistrées dans %1.</translation>
    </message>
</context>
<context>
    <name>SilenceTime</name>
    <message>
        <location filename="../../desktop/ui/silence_time.py" line="+39"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 time</source>
        <translation>%1, heure de %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 d %2</source>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 hours</source>
        <translation>dans %1 heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 hour</source>
        <translation>dans 1 heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 minute</source>
        <translation>dans 1 minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 minutes</source>
        <translation>dans %1 minutes</translation>
    </message>
</context>
<context>
    <name>SilenceWatch</name>
    <message>
        <location filename="../../desktop/ui/silence_watch.py" line="+202"/>
        <source>Silence deadline %1</source>
        <translation>Échéance de la procédure d&apos;accord tacite %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already broken by %1.</source>
        <translation>Silence déjà rompu par %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Silence broken</source>
        <translation>Silence rompu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 broke silence on %2 (letter received %3).</source>
        <translation>%1 a rompu le silence sur «&#xa0;%2&#xa0;» (lettre reçue le %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” was adopted under silence at %2.</source>
        <translation>Le point «&#xa0;%1&#xa0;» a été adopté par accord tacite le %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silence on “%1” was broken by %3; the item returns to the Council.</source>
        <translation>Le silence sur «&#xa0;%1&#xa0;» a été rompu par %3&#xa0;; le point revient devant le Conseil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Silence procedure settled</source>
        <translation>Issue d&apos;une procédure d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 silence procedures settled</source>
        <translation>Issue de %1 procédures d&apos;accord tacite</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tour de Table: silence procedures</source>
        <translation>Tour de Table&#xa0;: procédures d&apos;accord tacite</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <location filename="../../desktop/ui/session/silence_dialogs.py" line="-109"/>
        <source>Subject of the Text</source>
        <translation>Objet du texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the text</source>
        <translation>Titre du texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WithdrawBreakDialog</name>
    <message>
        <location filename="../../desktop/ui/session/silence_letters.py" line="+34"/>
        <source>Withdraw a Break</source>
        <translation>Retirer une rupture du silence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Withdraw Break</source>
        <translation>&amp;Retirer la rupture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 broke silence by a letter received %2.</source>
        <translation>%1 a rompu le silence par une lettre reçue le %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Break</source>
        <translation>Rupture du silence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdrawal received at</source>
        <translation>Retrait reçu le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference of the withdrawal</source>
        <translation>Référence du retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved at:</source>
        <translation>Reçu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desktop/ui/session/silence_dialogs.py" line="+55"/>
        <source>Withdraw the Procedure</source>
        <translation>Retirer la procédure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Withdraw Procedure</source>
        <translation>&amp;Retirer la procédure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
The procedure ends now and the item is deferred. This is recorded and cannot be undone; relaunch on a revised text if the Council wants one.</source>
        <translation>%1
La procédure prend fin immédiatement et le point est reporté. Ce retrait est consigné et ne peut pas être annulé&#xa0;; relancez la procédure sur un texte révisé si le Conseil le souhaite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Text overtaken by events</source>
        <translation>p. ex. Texte dépassé par les événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
</TS>
