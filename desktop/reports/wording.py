"""Every word the minutes print that is not a domain label, in English and French.

The domain's own words (positions, outcomes, levels, kinds of item, bodies, roles, owners,
statuses) come from their ``Label``s; this table holds the rest. Reports are Qt-free, so this
is not Qt's ``tr``: the minutes are printed in the language chosen at export, whatever the
interface's. French typography: a no-break space before ``:``, ``;`` and inside guillemets.
"""

from __future__ import annotations

from desktop.domain.labels import Label

_S = "\u00a0"  # no-break space, before French double punctuation

WORDS: dict[str, Label] = {
    # ------------------------------------------------------------ heading and front page
    "summary_record": Label("SUMMARY RECORD", "COMPTE RENDU SUCCINCT"),
    "summary_record_title": Label("Summary record", "Compte rendu succinct"),
    "no_reference": Label("(no reference)", "(sans référence)"),
    # After a secretariat text printed in the other language (desktop/reports/bilingual.py).
    "not_translated": Label("[not translated]", "[non traduit]"),
    "draft": Label("DRAFT", "PROJET"),
    "draft_notice": Label(
        "DRAFT: the meeting has not been closed. This record may still change; it is "
        "circulated for corrections.",
        f"PROJET{_S}: la réunion n'a pas été close. Le présent compte rendu peut encore "
        f"changer{_S}; il est diffusé pour corrections.",
    ),
    "revision_notice": Label(
        "Revision {n}: this text replaces earlier issues of the record.",
        f"Révision {{n}}{_S}: le présent texte remplace les versions précédentes du compte rendu.",
    ),
    "reference": Label("Reference", "Référence"),
    # The review (desktop/reports/changes.py): the revision's changes page, the approval.
    "changes": Label(
        "Changes from the previous issue", "Modifications par rapport à la version précédente"
    ),
    "changes_intro": Label(
        "This issue carries the corrections below, sent by delegations and accepted since the "
        "previous issue of the record.",
        "La présente version tient compte des corrections ci-dessous, envoyées par les "
        "délégations et acceptées depuis la version précédente du compte rendu.",
    ),
    "where": Label("Where", "Emplacement"),
    "correction": Label("Correction", "Correction"),
    "received": Label("Received", "Reçue le"),
    "general": Label("General", "Généralités"),
    "approved_notice": Label(
        "Approved on {day} {how}{reference}. A change to this record needs a new revision.",
        "Approuvé le {day} {how}{reference}. Toute modification du présent compte rendu "
        "exige une nouvelle révision.",
    ),
    "date": Label("Date", "Date"),
    "place": Label("Place", "Lieu"),
    "opened": Label("Opened", "Ouverture"),
    "closed": Label("Closed", "Clôture"),
    "not_closed": Label("not yet closed", "pas encore close"),
    "not_recorded": Label("not recorded", "non consignée"),
    "chair": Label("Chair", "Présidence"),
    "format": Label("Format", "Format"),
    "times": Label("Times", "Heures"),
    "brussels_time": Label("Brussels time", "heure de Bruxelles"),
    "local_time": Label("local time ({zone})", "heure locale ({zone})"),
    # ------------------------------------------------------------ attendance
    "attendance": Label("Attendance", "Participation"),
    "present": Label("Present", "Présents"),
    "delegation": Label("Delegation", "Délégation"),
    "absent": Label("absent", "absente"),
    "absent_line": Label("Absent delegations: {names}.", f"Délégations absentes{_S}: {{names}}."),
    "also_present": Label("Also present", "Également présents"),
    "invitee": Label("invitee", "pays invité"),
    "partner": Label("partner", "partenaire"),
    "staff": Label("staff", "personnel"),
    "nobody_else": Label("No one else attended.", "Aucun autre participant."),
    "contents": Label("Contents", "Table des matières"),
    "and": Label("and", "et"),
    # ------------------------------------------------------------ items and positions
    "documents": Label("Documents", "Documents"),
    "positions": Label("Positions", "Positions"),
    "group_objection": Label("Objection|Objections", "Objection|Objections"),
    "group_reservation": Label("Reservation|Reservations", "Réserve|Réserves"),
    "group_footnote": Label("Footnote|Footnotes", "Note de bas de page|Notes de bas de page"),
    "group_study_reserve": Label(
        "Study reserve|Study reserves", "Réserve d'étude|Réserves d'étude"
    ),
    "group_awaiting": Label("Awaiting instructions", "En attente d'instructions"),
    "group_ad_referendum": Label("Agreed ad referendum", "Accord ad referendum"),
    "group_statement": Label(
        "Statement for the record|Statements for the record",
        "Déclaration pour le procès-verbal|Déclarations pour le procès-verbal",
    ),
    "group_agree": Label("Agreed", "Accord"),
    "group_not_stated": Label("No position recorded", "Aucune position consignée"),
    "all_agreed": Label("All delegations agreed.", "Toutes les délégations ont donné leur accord."),
    "all_others_agreed": Label(
        "All other delegations agreed.", "Toutes les autres délégations ont donné leur accord."
    ),
    "no_positions": Label("No position was recorded.", "Aucune position n'a été consignée."),
    "paragraph": Label("paragraph {p}", "paragraphe {p}"),
    "paragraphs": Label("paragraphs {p}", "paragraphes {p}"),
    "at_time": Label("at {time}", "à {time}"),
    "changed": Label("Changed position: {path}.", f"Changement de position{_S}: {{path}}."),
    "in_writing": Label(
        "absent; position conveyed in writing", f"absente{_S}; position transmise par écrit"
    ),
    "interventions": Label("Interventions", "Interventions"),
    "intervention_at": Label("{name}, {time}", "{name}, {time}"),
    "speakers": Label("Speakers", "Intervenants"),
    "speaker_time": Label("{name} ({time})", "{name} ({time})"),
    "outside": Label(
        "Partners and invitees (outside the consensus)",
        "Partenaires et pays invités (hors consensus)",
    ),
    # ------------------------------------------------------------ silence
    "silence": Label("Silence procedure", "Procédure d'accord tacite"),
    "silence_n": Label("Silence procedure {n}", f"Procédure d'accord tacite n°{_S}{{n}}"),
    "text": Label("Text", "Texte"),
    "launched": Label("Launched", "Lancement"),
    "launched_by": Label("by {who}", "par {who}"),
    "deadline": Label("Deadline", "Date limite"),
    "original_deadline": Label("originally {deadline}", "initialement {deadline}"),
    "relaunch_of": Label(
        "Launched on a revised text, replacing procedure {n}.",
        f"Lancée sur un texte révisé, en remplacement de la procédure n°{_S}{{n}}.",
    ),
    "letter_breaks": Label("BREAKS SILENCE", "ROMPT LE SILENCE"),
    "letter_break_withdrawn": Label(
        "broke silence; break since withdrawn", f"a rompu le silence{_S}; rupture retirée depuis"
    ),
    "letter_late": Label(
        "LATE: received after the deadline; does not break silence",
        f"TARDIVE{_S}: reçue après la date limite{_S}; ne rompt pas le silence",
    ),
    "letter_comment": Label(
        "editorial comment; does not break silence",
        f"observation rédactionnelle{_S}; ne rompt pas le silence",
    ),
    "letter_no_rights": Label(
        "letter from a delegation without decision rights; does not break silence",
        f"lettre d'une délégation sans droit de décision{_S}; ne rompt pas le silence",
    ),
    "letter_after_withdrawal": Label(
        "received after the procedure was withdrawn", "reçue après le retrait de la procédure"
    ),
    "letter_reference": Label("letter {ref}", "lettre {ref}"),
    "break_withdrawal": Label(
        "{name} withdrew its break of {time}", "{name} retire sa rupture du silence de {time}"
    ),
    "extension": Label("Deadline extended to {deadline}.", "Date limite reportée au {deadline}."),
    "reason": Label("Reason: {reason}", f"Motif{_S}: {{reason}}"),
    "withdrawn": Label("Procedure withdrawn.", "Procédure retirée."),
    "withdrawn_relaunched": Label(
        "Procedure withdrawn and relaunched on a revised text.",
        "Procédure retirée et relancée sur un texte révisé.",
    ),
    "settled_adopted": Label(
        "Deadline passed with no break.", "Date limite échue sans rupture du silence."
    ),
    "settled_broken": Label(
        "Deadline passed; silence broken by {names}.",
        f"Date limite échue{_S}; silence rompu par {{names}}.",
    ),
    "result": Label("Result", "Résultat"),
    "result_running": Label(
        "Under silence until {deadline}.",
        "Soumis à la procédure d'accord tacite jusqu'au {deadline}.",
    ),
    "result_broken": Label(
        "Silence broken by {names}: the matter returns to the Council.",
        f"Silence rompu par {{names}}{_S}: la question revient devant le Conseil.",
    ),
    "result_adopted": Label(
        "Adopted under silence on {deadline}.",
        "Adopté selon la procédure d'accord tacite le {deadline}.",
    ),
    "result_withdrawn": Label("Withdrawn on {moment}.", "Retirée le {moment}."),
    # ------------------------------------------------------------ decision and actions
    "decision": Label("Decision", "Décision"),
    "no_decision": Label("No decision was recorded.", "Aucune décision n'a été consignée."),
    "remitted_to": Label("Remitted to: {committee}.", f"Renvoyé à{_S}: {{committee}}."),
    "actions": Label("Action items", "Suites à donner"),
    "item": Label("Item", "Point"),
    "owner": Label("Owner", "Responsable"),
    "action": Label("Action", "Action"),
    "due": Label("Due", "Échéance"),
    "status": Label("Status", "État"),
    "no_actions": Label(
        "No action items were recorded.", "Aucune suite à donner n'a été consignée."
    ),
    # ------------------------------------------------------------ annex
    "annex": Label("Annex: position grid", f"Annexe{_S}: tableau des positions"),
    "annex_intro": Label(
        "The position of each delegation on each item as the record stands, by letter; the "
        "shading only helps the eye. Items are numbered as in the record.",
        "Position de chaque délégation sur chaque point en l'état du compte rendu, par lettre"
        f"{_S}; la trame ne sert qu'à guider l'œil. Les points sont numérotés comme dans le "
        "compte rendu.",
    ),
    "annex_items": Label("Items {first} to {last}", "Points {first} à {last}"),
    # ------------------------------------------------------------ page chrome
    "page": Label("Page {page} of {total}", "Page {page} sur {total}"),
    "fingerprint": Label(
        "Fingerprint of this record (SHA-256): {fp}",
        f"Empreinte du présent compte rendu (SHA-256){_S}: {{fp}}",
    ),
    # ------------------------------------------------------------ extracts (extract.py)
    "extract_heading": Label("EXTRACT OF THE SUMMARY RECORD", "EXTRAIT DU COMPTE RENDU SUCCINCT"),
    "extract_for": Label("Extract for {name}", "Extrait — {name}"),
    "extract_table_title": Label(
        "Positions and statements of {name}", "Positions et déclarations — {name}"
    ),
    "extract_intro": Label(
        "This extract gives, for each item of the record, what concerns the delegation named "
        "above: its positions and statements, its interventions, its letters under a silence "
        "procedure, the decision, and the action items it owns. The full record is the "
        "reference.",
        "Le présent extrait reprend, pour chaque point du compte rendu, ce qui concerne la "
        f"délégation indiquée ci-dessus{_S}: ses positions et déclarations, ses interventions, "
        "ses lettres dans le cadre d'une procédure d'accord tacite, la décision et les suites "
        "à donner dont elle est responsable. Le compte rendu complet fait foi.",
    ),
    "extract_of": Label(
        "Extract for {name} of {reference}; the full record is the reference.",
        f"Extrait de {{reference}} — {{name}}{_S}; le compte rendu complet fait foi.",
    ),
    "extract_fingerprint": Label(
        "Fingerprint of the full record (SHA-256): {fp}",
        f"Empreinte du compte rendu complet (SHA-256){_S}: {{fp}}",
    ),
    "extract_no_position": Label("No position recorded.", "Aucune position consignée."),
    "extract_no_letter": Label(
        "No letter from this delegation.", "Aucune lettre de cette délégation."
    ),
    "extract_position": Label("Position", "Position"),
    "extract_statements": Label("Statements", "Déclarations"),
    "extract_intervention": Label("Intervention at {time}", "Intervention à {time}"),
    "extract_letter": Label("Letter under silence, {time}", "Lettre, accord tacite, {time}"),
    # ------------------------------------------------------------ working copy (docx_record.py)
    "working_copy": Label("Working copy", "Copie de travail"),
    "working_copy_note": Label(
        "Working copy for editing. The PDF issued by the secretariat remains the record; "
        "fingerprint {fp}.",
        "Copie de travail destinée à la rédaction. Le PDF diffusé par le secrétariat demeure "
        f"le compte rendu qui fait foi{_S}; empreinte {{fp}}.",
    ),
}


def say(key: str, language: str, **values: object) -> str:
    """The phrase ``key`` in ``language``, with ``{name}`` fields filled in.

    Values are inserted as given: escape user text before, when the phrase goes into markup.
    """
    return WORDS[key](language).format(**values)


def say_n(key: str, language: str, count: int) -> str:
    """The singular or plural form of a ``singular|plural`` phrase."""
    forms = WORDS[key](language).split("|")
    return forms[0] if count == 1 or len(forms) == 1 else forms[1]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def colon(key: str, language: str) -> str:
    """'Result:' / 'Résultat :' (a no-break space before the colon in French)."""
    return WORDS[key](language) + (f"{_S}:" if language == "fr" else ":")


def sep(language: str, mark: str = ":") -> str:
    """The separator ``': '`` (or ``'; '``), with the no-break space French puts before it."""
    return f"{_S}{mark} " if language == "fr" else f"{mark} "
