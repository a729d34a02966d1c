"""Words for the benchmark archive: agenda titles, summaries, statements, letters and
decisions of realistic length, in English and French, with some Cyrillic, Romanian,
Turkish and other diacritics, composed at random from phrase banks (seeded: the same
archive every time)."""

from __future__ import annotations

import random

TOPICS = [
    "Defence Innovation Accelerator",
    "Partnership cooperation menu",
    "Political guidance on climate change and security",
    "Civil budget expenditure ceiling",
    "Military budget for the next financial year",
    "NATO Security Investment Programme",
    "Cyber Defence Pledge",
    "Integrated air and missile defence",
    "Enhanced forward presence in the Baltic States",
    "Tailored forward presence in the Black Sea region",
    "KFOR: periodic mission review",
    "NATO Mission Iraq",
    "Maritime security in the Mediterranean",
    "Operation Sea Guardian",
    "Resilience commitments and baseline requirements",
    "Counter-terrorism action plan",
    "Women, Peace and Security policy",
    "Human security and the protection of civilians",
    "Arms control, disarmament and non-proliferation",
    "Hybrid threats: countering disinformation",
    "Critical undersea infrastructure protection",
    "Space policy implementation",
    "Emerging and disruptive technologies strategy",
    "Artificial intelligence principles of responsible use",
    "Energy security and fuel supply",
    "Defence planning capability targets",
    "Readiness initiative and the force model",
    "Exercise programme for the coming year",
    "Public diplomacy strategy",
    "Comprehensive Assistance Package for Ukraine",
    "NATO–Ukraine Council arrangements",
    "NATO–EU cooperation: common set of proposals",
    "Partnership with the Western Balkans",
    "Mediterranean Dialogue and Istanbul Cooperation Initiative",
    "Open door policy: accession talks",
    "Building integrity programme",
    "Standardization agreements review",
    "Science for Peace and Security programme",
    "Civil emergency planning: pandemic preparedness",
    "Logistics and host nation support",
    "Command structure adaptation",
    "Intelligence and security division reform",
    "Crisis response system manual",
    "Communications and information systems modernisation",
    "Strategic concept implementation",
    "Deterrence and defence posture review",
    "Nuclear planning: annual report",
    "Air policing arrangements in the Western Balkans",
    "Counter-improvised explosive devices",
    "Climate change and security impact assessment",
]

QUALIFIERS = [
    "work programme",
    "progress report",
    "draft decision",
    "revised text",
    "implementation plan",
    "annual review",
    "terms of reference",
    "recommendations of the committee",
    "draft public statement",
    "financial implications",
]

FR_TITLES = [
    "Programme de travail du Comité des plans de défense",
    "Déclaration publique sur l'anniversaire du Traité de Washington",
    "Sécurité énergétique : approvisionnement en carburant",
    "Résilience des sociétés et des infrastructures critiques",
    "Coopération OTAN–UE : propositions communes",
    "Réforme de la structure de commandement",
]

EN_SENTENCES = [
    "The Council considered the revised text, which takes account of the comments made in "
    "committee.",
    "Allies welcomed the progress achieved since the last meeting and encouraged the "
    "International Staff to continue its work.",
    "The Chair recalled the decisions taken at the last Summit and the need to implement "
    "them in full.",
    "Several Allies stressed the importance of burden-sharing and of adequate resources.",
    "The Council was briefed by the Assistant Secretary General for Operations.",
    "Allies discussed the implications for the Alliance's posture and readiness.",
    "The document sets out priorities, milestones and the financial implications for the "
    "common-funded budgets.",
    "The committee recommends that the Council note the report and approve its recommendations.",
    "A number of delegations asked for more time to consult their capitals.",
    "The text reflects the agreed language of previous communiqués.",
    "Implementation will be reviewed at the next meeting of Defence Ministers.",
    "The Military Committee provided its advice on the military implications.",
    "Allies underlined the importance of close coordination with the European Union.",
    "The International Staff will report back on implementation within six months.",
    "Partners will be invited to contribute on a voluntary basis.",
    "Allies expressed their solidarity and reaffirmed their commitment to Article 5.",
]

FR_SENTENCES = [
    "Le Conseil a examiné le texte révisé, qui tient compte des observations formulées en comité.",
    "Les Alliés se sont félicités des progrès accomplis depuis la dernière réunion.",
    "La présidente a rappelé les décisions prises lors du dernier sommet et la nécessité de "
    "les mettre en œuvre intégralement.",
    "Plusieurs délégations ont souligné l'importance d'un partage équitable des charges.",
    "Le document fixe les priorités, les échéances et les incidences financières pour les "
    "budgets communs.",
    "Le comité recommande au Conseil de prendre note du rapport et d'approuver ses "
    "recommandations.",
    "Les Alliés ont réaffirmé leur attachement à l'article 5 du traité de l'Atlantique Nord.",
    "La mise en œuvre sera examinée à la prochaine réunion des ministres de la Défense.",
]

STATEMENTS_EN = [
    "{name} joins the consensus and underlines the importance of a strong and innovative "
    "defence industrial base, open to all Allies.",
    "{name} can agree to the text on the understanding that the financial implications will "
    "be reviewed by the Resource Policy and Planning Board.",
    "{name}'s participation in the activities listed in the annex remains subject to "
    "national procurement rules and parliamentary approval.",
    "{name} reserves its position on paragraph {para} pending instructions from the capital.",
    "{name} cannot agree to activities {para} and {para2} as drafted and requests that they "
    "be returned to the committee.",
    "{name} welcomes the briefing and supports the proposed follow-up, including regular "
    "reporting to the Council.",
    "{name} recalls its national position on this matter, as set out in previous "
    "statements for the record.",
    "Parliamentary scrutiny reserve: {name} will confirm its position by the end of the week.",
    "{name} supports the text but notes that paragraph {para} does not prejudge the outcome "
    "of ongoing negotiations.",
    "{name} would have preferred stronger language on burden-sharing, but will not stand in "
    "the way of consensus.",
    "{name} requests that its footnote on paragraph {para} be reflected in the final text.",
    "{name} thanks Allies for their continued support and solidarity.",
]

STATEMENTS_FR = [
    "{fr} se joint au consensus et rappelle l'importance d'une base industrielle et "
    "technologique de défense européenne forte, ouverte à tous les Alliés.",
    "{fr} émet une réserve sur le paragraphe {para} dans l'attente d'instructions de sa capitale.",
    "{fr} peut accepter le texte, étant entendu que ses incidences financières seront "
    "réexaminées par le Bureau de la planification et des politiques générales des "
    "ressources.",
    "{fr} souhaite que sa note de bas de page sur le paragraphe {para} figure dans le "
    "texte définitif.",
    "{fr} ne peut pas accepter les activités {para} et {para2} telles que rédigées.",
    "{fr} salue l'exposé et soutient les suites proposées, y compris un rapport "
    "régulier au Conseil.",
]

# Statements in the language of the delegation, with its diacritics or its script.
NATIONAL = {
    "BGR": [
        "България подкрепя решението и подчертава значението на присъствието на Съюза в "
        "Черноморския регион.",
        "България изразява резерва по параграф {para} до получаване на инструкции.",
    ],
    "MKD": ["Северна Македонија го поддржува текстот и благодари на сојузниците."],
    "MNE": ["Crna Gora podržava tekst i zahvaljuje saveznicima na podršci."],
    "ROU": [
        "România subliniază importanța prezenței aliate consolidate în regiunea Mării Negre.",
        "România își rezervă poziția asupra paragrafului {para}.",
    ],
    "TUR": [
        "Türkiye cannot agree to paragraph {para} as drafted and requests that it be returned "
        "to the committee.",
        "Türkiye reiterates its well-known position on this matter.",
    ],
    "POL": ["Polska popiera tekst i podkreśla znaczenie wschodniej flanki Sojuszu."],
    "CZE": ["Česká republika se připojuje ke konsenzu a zdůrazňuje význam odolnosti."],
    "HRV": ["Hrvatska podržava tekst i ističe važnost suradnje sa susjedima."],
    "DEU": ["Deutschland unterstützt den Text und begrüßt die Fortschritte."],
    "ISL": ["Ísland styður textann og þakkar bandamönnum fyrir samstöðuna."],
}

FRENCH_SPEAKERS = {"FRA", "BEL", "LUX", "CAN"}
FRENCH_SUBJECTS = {
    "FRA": "La France",
    "BEL": "La Belgique",
    "LUX": "Le Luxembourg",
    "CAN": "Le Canada",
}

DECISIONS = [
    "The Council approved the {what} as set out in {doc}.",
    "The Council noted the {what} and tasked the committee to report back within six months.",
    "The Council agreed the {what}, subject to confirmation by the delegations concerned by "
    "the end of the week.",
    "The item was remitted for further work on the {what}.",
    "The Council deferred consideration of the {what} to a later meeting.",
    "Le Conseil a approuvé le {what_fr} tel qu'il figure dans le document {doc}.",
]

LETTERS_BREAK = [
    "{name} breaks silence on paragraph {para}: the text does not reflect the agreed language.",
    "{name} is not in a position to agree to the last sentence of paragraph {para}.",
    "{name} associates itself with the letters breaking silence and proposes new language.",
    "{fr} rompt le silence sur le paragraphe {para} en attendant la confirmation du plafond.",
]

LETTERS_COMMENT = [
    "Editorial: 'Alliance' should be capitalised throughout.",
    "Editorial comment: the reference in paragraph {para} should read {doc}.",
    "Observation rédactionnelle : harmoniser la terminologie au paragraphe {para}.",
]

COMMITTEES = [
    "Political and Partnerships Committee",
    "Deputies Committee",
    "Resource Policy and Planning Board",
    "Operations Policy Committee",
    "Defence Policy and Planning Committee",
    "Civil Emergency Planning Committee",
    "Committee on Public Diplomacy",
    "Cyber Defence Committee",
    "Budget Committee",
    "Comité des plans de défense civile",
]


class Words:
    """Random texts from the banks above, from one seeded generator."""

    def __init__(self, rng: random.Random, names: dict[str, tuple[str, str]]) -> None:
        self.rng = rng
        self.names = names  # code -> (English name, French name)

    def title(self) -> str:
        rng = self.rng
        if rng.random() < 0.06:
            return rng.choice(FR_TITLES)
        return f"{rng.choice(TOPICS)}: {rng.choice(QUALIFIERS)}"

    def document(self, year: int) -> str:
        series = self.rng.choice(("PO", "PO", "PO", "C-M", "MCM", "IS-N", "AC/281-N"))
        return f"{series}({year}){self.rng.randrange(1, 999):04d}"

    def summary(self) -> str:
        rng = self.rng
        bank = FR_SENTENCES if rng.random() < 0.2 else EN_SENTENCES
        return " ".join(rng.sample(bank, rng.randint(2, 4)))

    def statement(self, code: str) -> str:
        rng = self.rng
        english, _french = self.names.get(code, (code, code))
        para, para2 = rng.randint(1, 30), rng.randint(31, 60)
        if code in NATIONAL and rng.random() < 0.35:
            text = rng.choice(NATIONAL[code])
        elif code in FRENCH_SPEAKERS and rng.random() < 0.6:
            text = rng.choice(STATEMENTS_FR).replace("{fr}", self.french(code))
        else:
            text = rng.choice(STATEMENTS_EN).replace("{name}", english)
        if rng.random() < 0.4:  # a longer statement: a second sentence
            bank = FR_SENTENCES if code in FRENCH_SPEAKERS else EN_SENTENCES
            text += " " + rng.choice(bank)
        return text.replace("{para}", str(para)).replace("{para2}", str(para2))

    def french(self, code: str) -> str:
        """The delegation as the subject of a French sentence."""
        if code in FRENCH_SUBJECTS:
            return FRENCH_SUBJECTS[code]
        return "La délégation de " + self.names.get(code, (code, code))[1]

    def decision(self, title: str, doc: str) -> str:
        what = title.rpartition(":")[2].strip() or title
        text = self.rng.choice(DECISIONS)
        return text.replace("{what}", what).replace("{what_fr}", "texte").replace("{doc}", doc)

    def letter(self, code: str, *, breaking: bool, doc: str) -> str:
        english, _french = self.names.get(code, (code, code))
        bank = LETTERS_BREAK if breaking else LETTERS_COMMENT
        text = self.rng.choice(bank)
        return (
            text.replace("{name}", english)
            .replace("{fr}", self.french(code))
            .replace("{para}", str(self.rng.randint(1, 20)))
            .replace("{doc}", doc)
        )
