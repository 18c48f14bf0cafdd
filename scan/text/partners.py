"""The partners' words: the data-request workbooks (``template.*``) and the feedback
pages (``feedback.*``).
"""

from __future__ import annotations

from scan.text.lang import Lang

#: Sentences of the workbooks.
TEMPLATE: dict[str, dict[Lang, str]] = {
    "template.sheet_notes": {"nl": "Toelichting", "en": "Instructions"},
    "template.sheet_lists": {"nl": "Lijsten", "en": "Lists"},
    "template.title": {"nl": "Datavraag {region}", "en": "Data request {region}"},
    "template.for": {"nl": "Voor: {name} ({org_id})", "en": "For: {name} ({org_id})"},
    "template.period": {"nl": "Periode: {period}", "en": "Period: {period}"},
    "template.deadline": {
        "nl": "Graag ingevuld terugsturen vóór {deadline}.",
        "en": "Please return it filled in before {deadline}.",
    },
    "template.why_title": {"nl": "Waarom deze vraag", "en": "Why we ask"},
    "template.why": {
        "nl": "De organisaties in de regio moeten samenwerken, maar niemand heeft de leiding. Een onafhankelijke adviseur brengt in kaart wie met wie samenwerkt, waar cliënten vastlopen (de knelpunten) en welke kleine stappen snel iets opleveren (de quick wins). Daarvoor vragen we elke partner om dezelfde gegevens. Het rapport wordt met alle partners samen besproken; over een jaar vragen we het opnieuw om te zien of de afspraken werken.",
        "en": "The organisations of the region must work together while nobody is in charge. An independent adviser maps who works with whom, where clients get stuck (the bottlenecks) and which small steps bring early results (the quick wins). To do so we ask every partner for the same data. The report is discussed with all partners together; in a year we ask again to see whether the measures worked.",
    },
    "template.what_title": {"nl": "Wat we vragen", "en": "What we ask"},
    "template.what_item": {
        "nl": "{title} (tabblad '{sheet}'): {ask}",
        "en": "{title} (sheet '{sheet}'): {ask}",
    },
    "template.confidential_title": {"nl": "Vertrouwelijk", "en": "Confidential"},
    "template.confidential": {
        "nl": "Uw gegevens gaan alleen naar de onafhankelijke adviseur. Andere partners zien uw gegevens nooit; zij zien alleen de samengevoegde uitkomsten in het rapport. In het rapport staan geen cliëntgegevens, geen toelichtingen uit vragenlijsten en geen aantallen onder {threshold}. Vul nooit namen, BSN of geboortedata van cliënten in.",
        "en": "Your data go to the independent adviser only. Other partners never see your data; they only see the combined results in the report. The report holds no client data, no free-text remarks from questionnaires and no counts below {threshold}. Never enter names, citizen service numbers or dates of birth of clients.",
    },
    "template.how_title": {"nl": "Zo vult u het in", "en": "How to fill it in"},
    "template.how": {
        "nl": "Verander de namen van de tabbladen en de kolomnamen in rij 2 niet: daaraan herkent de scan de gegevens. Rij 1 zegt in gewone woorden wat een kolom betekent; klik op een cel voor uitleg. Kies waar het kan uit de lijst (organisaties staan op het tabblad 'Lijsten (netwerkscan)'). Weet u iets niet, laat de cel dan leeg; schrijf geen 'n.v.t.' of 'onbekend'. Sla het bestand op als .xlsx en stuur het terug.",
        "en": "Do not change the names of the sheets or the column names in row 2: that is how the scan recognises the data. Row 1 says in plain words what a column means; click a cell for help. Where possible, pick from the list (organisations are on the sheet 'Lists (netwerkscan)'). If you do not know something, leave the cell empty; do not write 'n/a' or 'unknown'. Save the file as .xlsx and send it back.",
    },
    "template.contact_title": {"nl": "Vragen?", "en": "Questions?"},
    "template.contact": {"nl": "Neem contact op met {contact}.", "en": "Please contact {contact}."},
    "template.contact_missing": {
        "nl": "Neem contact op met de adviseur die u dit bestand stuurde.",
        "en": "Please contact the adviser who sent you this file.",
    },
    "template.columns_title": {
        "nl": "Tabblad '{sheet}': de kolommen",
        "en": "Sheet '{sheet}': the columns",
    },
    "template.col_column": {"nl": "Kolom", "en": "Column"},
    "template.col_required": {"nl": "Verplicht", "en": "Required"},
    "template.col_meaning": {"nl": "Wat vult u in", "en": "What to fill in"},
    "template.col_allowed": {"nl": "Toegestaan", "en": "Allowed"},
    "template.yes": {"nl": "ja", "en": "yes"},
    "template.no": {"nl": "nee", "en": "no"},
    "template.orgs_name": {"nl": "Organisaties", "en": "Organisations"},
    "template.list_name": {"nl": "Organisatie", "en": "Organisation"},
    "template.list_code": {"nl": "Code", "en": "Code"},
    "template.list_type": {"nl": "Soort", "en": "Type"},
    "template.list_note": {
        "nl": "De organisaties van de regio. Kies ze in de tabbladen uit de lijst; de naam of de code is allebei goed.",
        "en": "The organisations of the region. Pick them from the list in the sheets; the name or the code are both fine.",
    },
    "template.partner_name": {
        "nl": "Naam partner (ter informatie)",
        "en": "Partner's name (for reading)",
    },
    "template.allowed_org": {"nl": "organisatie uit de lijst", "en": "organisation from the list"},
    "template.allowed_yesno": {"nl": "ja of nee", "en": "yes or no"},
    "template.allowed_date": {"nl": "datum, 31-03-2026", "en": "date, 2026-03-31"},
    "template.allowed_period": {"nl": "2026, 2026-Q1 of 2026-03", "en": "2026, 2026-Q1 or 2026-03"},
    "template.allowed_text": {"nl": "tekst", "en": "text"},
    "template.allowed_whole": {"nl": "heel getal", "en": "whole number"},
    "template.allowed_number": {"nl": "getal", "en": "number"},
    "template.allowed_between": {"nl": "{low} t/m {high}", "en": "{low} to {high}"},
    "template.allowed_at_least": {"nl": "{low} of meer", "en": "{low} or more"},
    "template.error_title": {"nl": "Niet toegestaan", "en": "Not allowed"},
    "template.error_list": {
        "nl": "Kies een waarde uit de lijst.",
        "en": "Pick a value from the list.",
    },
    "template.error_range": {"nl": "Toegestaan: {allowed}.", "en": "Allowed: {allowed}."},
}

#: Per table: the sheet name after the table name, a title, and what is asked.
TABLES: dict[str, dict[Lang, str]] = {
    "template.table.ties.sheet": {"nl": "netwerk", "en": "network"},
    "template.table.ties.title": {"nl": "Netwerkvragenlijst", "en": "Network survey"},
    "template.table.ties.ask": {
        "nl": "Met welke organisaties werkt u samen, hoe vaak en op welke manier, en hoe kijkt u tegen hen aan? Elke andere organisatie van de regio staat al op een eigen rij. Zet 'ja' bij 'Werkt u samen?' voor organisaties waarmee u samenwerkt en vul de rest van die rij in. Rijen die u leeg laat, tellen niet mee.",
        "en": "Which organisations do you work with, how often and how, and how do you see them? Every other organisation of the region already has its own row. Choose 'yes' under 'Do you work together?' for the organisations you work with and fill in the rest of that row. Rows left empty do not count.",
    },
    "template.table.flows.sheet": {"nl": "cliëntstromen", "en": "client flows"},
    "template.table.flows.title": {"nl": "Cliëntstromen", "en": "Client flows"},
    "template.table.flows.ask": {
        "nl": "Hoeveel cliënten heeft u per periode doorverwezen of overgedragen, aan wie, en hoe lang wachtten zij? Ook wat u van anderen ontving mag erin. Eén rij per van, naar, periode en soort. Alleen aantallen, geen cliëntgegevens.",
        "en": "How many clients did you refer or transfer per period, to whom, and how long did they wait? What you received from others may be included too. One row per from, to, period and kind. Counts only, no client data.",
    },
    "template.table.episodes.sheet": {"nl": "zorgperiodes", "en": "episodes"},
    "template.table.episodes.title": {"nl": "Zorgperiodes", "en": "Episodes of care"},
    "template.table.episodes.ask": {
        "nl": "Eén rij per cliënt en zorgperiode, met de pseudoniemsleutel die in de regio is afgesproken. Nooit namen, BSN of geboortedata.",
        "en": "One row per client and episode of care, with the pseudonym key agreed in the region. Never names, citizen service numbers or dates of birth.",
    },
    "template.table.capacity.sheet": {"nl": "capaciteit", "en": "capacity"},
    "template.table.capacity.title": {"nl": "Capaciteit", "en": "Capacity"},
    "template.table.capacity.ask": {
        "nl": "Hoeveel cliënten kon u per periode aannemen, hoeveel aanvragen kreeg u, hoe lang is de wachtlijst en hoeveel vacatures staan open? Eén rij per dienst en periode.",
        "en": "How many clients could you take on per period, how many requests did you receive, how long is the waiting list and how many vacancies are open? One row per service and period.",
    },
    "template.table.survey.sheet": {"nl": "samenwerking", "en": "collaboration"},
    "template.table.survey.title": {
        "nl": "Samenwerkingsvragenlijst",
        "en": "Collaboration questionnaire",
    },
    "template.table.survey.ask": {
        "nl": "Eén rij per persoon die de vragenlijst over de samenwerking invulde, uit bestuur, management of uitvoering. Scores van 1 (helemaal oneens) tot 5 (helemaal eens); de vragen zelf staan in de vragenlijst van de adviseur. Gebruik een code per persoon, nooit een naam.",
        "en": "One row per person who answered the questionnaire on the collaboration, from the board, management or operations. Scores from 1 (strongly disagree) to 5 (strongly agree); the questions are in the adviser's questionnaire. Use a code per person, never a name.",
    },
    "template.table.initiatives.sheet": {"nl": "initiatieven", "en": "initiatives"},
    "template.table.initiatives.title": {"nl": "Initiatieven", "en": "Initiatives"},
    "template.table.initiatives.ask": {
        "nl": "Aan welke samenwerkingsinitiatieven en overlegtafels in de regio neemt u deel, en wie trekt ze? Eén rij per initiatief en deelnemende organisatie.",
        "en": "Which collaborative initiatives and meeting tables of the region do you take part in, and who leads them? One row per initiative and participating organisation.",
    },
}

#: Per column (``table.column``): a short label (row 1) and the help text.
COLUMNS: dict[str, dict[Lang, str]] = {
    "template.label.ties.respondent_org": {"nl": "Uw organisatie", "en": "Your organisation"},
    "template.help.ties.respondent_org": {
        "nl": "Al ingevuld: de code van uw organisatie.",
        "en": "Filled in: the code of your organisation.",
    },
    "template.label.ties.partner_org": {"nl": "Andere organisatie", "en": "Other organisation"},
    "template.help.ties.partner_org": {
        "nl": "Al ingevuld: de code van de andere organisatie.",
        "en": "Filled in: the code of the other organisation.",
    },
    "template.label.ties.works_with": {"nl": "Werkt u samen?", "en": "Do you work together?"},
    "template.help.ties.works_with": {
        "nl": "Kies 'ja' als u met deze organisatie samenwerkt en vul de rij verder in. Laat leeg als u niet samenwerkt.",
        "en": "Choose 'yes' if you work with this organisation and fill in the rest of the row. Leave empty if you do not.",
    },
    "template.label.ties.frequency": {"nl": "Hoe vaak", "en": "How often"},
    "template.help.ties.frequency": {
        "nl": "Hoe vaak werkt u samen?",
        "en": "How often do you work together?",
    },
    "template.label.ties.referral": {"nl": "Verwijzen", "en": "Referrals"},
    "template.help.ties.referral": {
        "nl": "Verwijst u cliënten naar elkaar?",
        "en": "Do you refer clients to each other?",
    },
    "template.label.ties.information": {"nl": "Informatie delen", "en": "Sharing information"},
    "template.help.ties.information": {
        "nl": "Delen u en deze organisatie informatie?",
        "en": "Do you share information?",
    },
    "template.label.ties.joint_project": {"nl": "Samen een project", "en": "Joint project"},
    "template.help.ties.joint_project": {
        "nl": "Heeft u een gezamenlijk project?",
        "en": "Do you run a project together?",
    },
    "template.label.ties.shared_staff": {"nl": "Gedeeld personeel", "en": "Shared staff"},
    "template.help.ties.shared_staff": {"nl": "Delen u personeel?", "en": "Do you share staff?"},
    "template.label.ties.funding": {"nl": "Geldstroom", "en": "Funding"},
    "template.help.ties.funding": {
        "nl": "Gaat er geld tussen u beiden (financiering, inkoop)?",
        "en": "Does money flow between you (funding, purchasing)?",
    },
    "template.label.ties.trust_reliable": {"nl": "Betrouwbaar", "en": "Reliable"},
    "template.help.ties.trust_reliable": {
        "nl": "Hoe betrouwbaar is deze organisatie? 1 = helemaal niet, 4 = heel erg.",
        "en": "How reliable is this organisation? 1 = not at all, 4 = very.",
    },
    "template.label.ties.trust_mission": {"nl": "Steunt de missie", "en": "Supports the mission"},
    "template.help.ties.trust_mission": {
        "nl": "Hoeveel steunt deze organisatie de gezamenlijke missie? 1 = helemaal niet, 4 = heel erg.",
        "en": "How much does this organisation support the shared mission? 1 = not at all, 4 = very much.",
    },
    "template.label.ties.trust_open": {"nl": "Open voor overleg", "en": "Open to discussion"},
    "template.help.ties.trust_open": {
        "nl": "Hoe open staat deze organisatie voor overleg? 1 = helemaal niet, 4 = heel erg.",
        "en": "How open to discussion is this organisation? 1 = not at all, 4 = very.",
    },
    "template.label.ties.value_power": {"nl": "Invloed", "en": "Influence"},
    "template.help.ties.value_power": {
        "nl": "Hoeveel invloed heeft deze organisatie in de regio? 1 = geen, 4 = veel.",
        "en": "How much influence does this organisation have? 1 = none, 4 = much.",
    },
    "template.label.ties.value_involvement": {"nl": "Betrokkenheid", "en": "Involvement"},
    "template.help.ties.value_involvement": {
        "nl": "Hoe betrokken is deze organisatie? 1 = niet, 4 = zeer.",
        "en": "How involved is this organisation? 1 = not, 4 = very.",
    },
    "template.label.ties.value_resources": {"nl": "Middelen", "en": "Resources"},
    "template.help.ties.value_resources": {
        "nl": "Hoeveel brengt deze organisatie in (mensen, geld, kennis)? 1 = niets, 4 = veel.",
        "en": "How much does this organisation contribute (people, money, knowledge)? 1 = nothing, 4 = much.",
    },
    "template.label.flows.from_org": {"nl": "Van", "en": "From"},
    "template.help.flows.from_org": {
        "nl": "De organisatie die de cliënten stuurde; kies uit de lijst.",
        "en": "The organisation that sent the clients; pick from the list.",
    },
    "template.label.flows.to_org": {"nl": "Naar", "en": "To"},
    "template.help.flows.to_org": {
        "nl": "De organisatie die de cliënten ontving; kies uit de lijst.",
        "en": "The organisation that received the clients; pick from the list.",
    },
    "template.label.flows.period": {"nl": "Periode", "en": "Period"},
    "template.help.flows.period": {
        "nl": "Het jaar (2026), het kwartaal (2026-Q1) of de maand (2026-03).",
        "en": "The year (2026), quarter (2026-Q1) or month (2026-03).",
    },
    "template.label.flows.clients": {"nl": "Aantal cliënten", "en": "Clients"},
    "template.help.flows.clients": {
        "nl": "Aantal cliënten doorverwezen of overgedragen in de periode.",
        "en": "Clients referred or transferred in the period.",
    },
    "template.label.flows.median_wait_days": {"nl": "Wachttijd (dagen)", "en": "Wait (days)"},
    "template.help.flows.median_wait_days": {
        "nl": "Mediaan aantal dagen tussen verwijzing en start van de zorg.",
        "en": "Median days between referral and start of care.",
    },
    "template.label.flows.flow_type": {"nl": "Soort", "en": "Kind"},
    "template.help.flows.flow_type": {
        "nl": "referral = verwijzing, discharge = ontslag, transfer = overplaatsing; of een eigen woord.",
        "en": "referral, discharge, transfer; or a word of your own.",
    },
    "template.label.episodes.client_key": {"nl": "Cliëntsleutel", "en": "Client key"},
    "template.help.episodes.client_key": {
        "nl": "De pseudoniemsleutel volgens de regionale afspraak; nooit een BSN of naam.",
        "en": "The pseudonym key agreed in the region; never a BSN or name.",
    },
    "template.label.episodes.org_id": {"nl": "Organisatie", "en": "Organisation"},
    "template.help.episodes.org_id": {
        "nl": "De organisatie die de zorg gaf; kies uit de lijst.",
        "en": "The organisation providing the care; pick from the list.",
    },
    "template.label.episodes.start_date": {"nl": "Startdatum", "en": "Start date"},
    "template.help.episodes.start_date": {
        "nl": "Start van de zorg, bijvoorbeeld 31-03-2026.",
        "en": "Start of the care, e.g. 2026-03-31.",
    },
    "template.label.episodes.end_date": {"nl": "Einddatum", "en": "End date"},
    "template.help.episodes.end_date": {
        "nl": "Einde van de zorg; leeg als de zorg nog loopt.",
        "en": "End of the care; empty while ongoing.",
    },
    "template.label.episodes.service": {"nl": "Dienst", "en": "Service"},
    "template.help.episodes.service": {
        "nl": "Bijvoorbeeld wijkverpleging of eerstelijnsverblijf.",
        "en": "E.g. district nursing or short-stay care.",
    },
    "template.label.capacity.org_id": {"nl": "Organisatie", "en": "Organisation"},
    "template.help.capacity.org_id": {
        "nl": "Uw organisatie; kies uit de lijst.",
        "en": "Your organisation; pick from the list.",
    },
    "template.label.capacity.period": {"nl": "Periode", "en": "Period"},
    "template.help.capacity.period": {
        "nl": "Het jaar (2026), het kwartaal (2026-Q1) of de maand (2026-03).",
        "en": "The year (2026), quarter (2026-Q1) or month (2026-03).",
    },
    "template.label.capacity.service": {"nl": "Dienst", "en": "Service"},
    "template.help.capacity.service": {
        "nl": "Bijvoorbeeld wijkverpleging of eerstelijnsverblijf.",
        "en": "E.g. district nursing or short-stay care.",
    },
    "template.label.capacity.capacity": {"nl": "Capaciteit", "en": "Capacity"},
    "template.help.capacity.capacity": {
        "nl": "Aantal cliënten dat u in de periode kon aannemen.",
        "en": "Clients you could take on in the period.",
    },
    "template.label.capacity.demand": {"nl": "Vraag", "en": "Demand"},
    "template.help.capacity.demand": {
        "nl": "Aantal aanvragen of verwijzingen dat u in de periode kreeg.",
        "en": "Requests or referrals received in the period.",
    },
    "template.label.capacity.waiting_list": {"nl": "Wachtlijst", "en": "Waiting list"},
    "template.help.capacity.waiting_list": {
        "nl": "Aantal mensen op de wachtlijst aan het eind van de periode.",
        "en": "People waiting at the end of the period.",
    },
    "template.label.capacity.wait_days": {"nl": "Wachttijd (dagen)", "en": "Wait (days)"},
    "template.help.capacity.wait_days": {
        "nl": "Mediane wachttijd in dagen.",
        "en": "Median waiting time in days.",
    },
    "template.label.capacity.vacancies_fte": {"nl": "Vacatures (fte)", "en": "Vacancies (FTE)"},
    "template.help.capacity.vacancies_fte": {
        "nl": "Openstaande vacatures in fte.",
        "en": "Open positions in FTE.",
    },
    "template.label.survey.respondent_id": {"nl": "Code respondent", "en": "Respondent code"},
    "template.help.survey.respondent_id": {
        "nl": "Een code per persoon, bijvoorbeeld {org_id}-01; nooit een naam.",
        "en": "A code per person, e.g. {org_id}-01; never a name.",
    },
    "template.label.survey.org_id": {"nl": "Organisatie", "en": "Organisation"},
    "template.help.survey.org_id": {
        "nl": "De organisatie van de respondent; kies uit de lijst.",
        "en": "The respondent's organisation; pick from the list.",
    },
    "template.label.survey.layer": {"nl": "Laag", "en": "Layer"},
    "template.help.survey.layer": {
        "nl": "Waar de respondent werkt: bestuur, management of uitvoering.",
        "en": "Where the respondent works: board, management or operations.",
    },
    "template.label.survey.remarks": {"nl": "Toelichting", "en": "Remarks"},
    "template.help.survey.remarks": {
        "nl": "Vrije tekst; komt nooit in een rapport. Noem geen namen van mensen.",
        "en": "Free text; never printed in a report. Do not name people.",
    },
    "template.label.survey.item": {"nl": "{dimension} {n}", "en": "{dimension} {n}"},
    "template.help.survey.item": {
        "nl": "Score van 1 (helemaal oneens) tot 5 (helemaal eens).",
        "en": "Score from 1 (strongly disagree) to 5 (strongly agree).",
    },
    "template.label.initiatives.initiative": {"nl": "Initiatief", "en": "Initiative"},
    "template.help.initiatives.initiative": {
        "nl": "Naam van het initiatief of de overlegtafel.",
        "en": "Name of the initiative or meeting table.",
    },
    "template.label.initiatives.org_id": {"nl": "Organisatie", "en": "Organisation"},
    "template.help.initiatives.org_id": {
        "nl": "Een deelnemende organisatie; kies uit de lijst.",
        "en": "A participating organisation; pick from the list.",
    },
    "template.label.initiatives.development_line": {
        "nl": "Ontwikkellijn",
        "en": "Development line",
    },
    "template.help.initiatives.development_line": {
        "nl": "Bijvoorbeeld ouderenzorg, digitalisering of preventie.",
        "en": "E.g. elderly care, digitalisation or prevention.",
    },
    "template.label.initiatives.role": {"nl": "Rol", "en": "Role"},
    "template.help.initiatives.role": {
        "nl": "Trekt deze organisatie het initiatief, of neemt zij deel?",
        "en": "Does this organisation lead the initiative or take part?",
    },
    "template.label.initiatives.status": {"nl": "Stand van zaken", "en": "Status"},
    "template.help.initiatives.status": {
        "nl": "Idee, lopend, afgerond of gestopt.",
        "en": "Idea, running, finished or stopped.",
    },
}

#: How a choice is shown in a drop-down; every word must read back as the choice
#: (a synonym in the schema), which a test checks.
CHOICES: dict[str, dict[Lang, str]] = {
    "template.choice.never": {"nl": "nooit", "en": "never"},
    "template.choice.yearly": {"nl": "jaarlijks", "en": "yearly"},
    "template.choice.quarterly": {"nl": "per kwartaal", "en": "quarterly"},
    "template.choice.monthly": {"nl": "maandelijks", "en": "monthly"},
    "template.choice.weekly": {"nl": "wekelijks", "en": "weekly"},
    "template.choice.daily": {"nl": "dagelijks", "en": "daily"},
    "template.choice.bestuur": {"nl": "bestuur", "en": "board"},
    "template.choice.management": {"nl": "management", "en": "management"},
    "template.choice.uitvoering": {"nl": "uitvoering", "en": "operations"},
    "template.choice.lead": {"nl": "trekker", "en": "lead"},
    "template.choice.participant": {"nl": "deelnemer", "en": "participant"},
    "template.choice.lower": {"nl": "lager", "en": "lower"},
    "template.choice.higher": {"nl": "hoger", "en": "higher"},
    "template.choice.idea": {"nl": "idee", "en": "idea"},
    "template.choice.running": {"nl": "lopend", "en": "running"},
    "template.choice.finished": {"nl": "afgerond", "en": "finished"},
    "template.choice.stopped": {"nl": "gestopt", "en": "stopped"},
    "template.choice.other": {"nl": "overig", "en": "other"},
}

#: Reasons the catalogue does not have yet (same form as :data:`scan.text.messages.REASONS`).
FEEDBACK_REASONS: dict[str, dict[Lang, str]] = {
    "feedback.reason.not_a_partner": {
        "nl": "'{value}' bij works_with (werkt u samen?), maar de rij is wel ingevuld; de rij is niet gebruikt",
        "en": "'{value}' in works_with (do you work together?), but the row is filled in; the row is not used",
    },
    "feedback.reason.fuzzy": {
        "nl": "'{value}' is gelezen als {detail} (bij benadering herkend)",
        "en": "'{value}' was read as {detail} (recognised approximately)",
    },
    "feedback.reason.duplicate_row": {
        "nl": "deze rij is gelijk aan rij {detail}; ze is één keer geteld",
        "en": "this row is the same as row {detail}; it is counted once",
    },
    "feedback.reason.overruled": {
        "nl": "voor dezelfde regel ({detail}) zijn ook andere cijfers aangeleverd die voorgaan; uw cijfers zijn niet gebruikt",
        "en": "other figures were delivered for the same line ({detail}) and take precedence; your figures are not used",
    },
    "feedback.reason.extra_column": {
        "nl": "kolom '{column}' hoort niet bij de datavraag; bewaard, maar niet gebruikt",
        "en": "column '{column}' is not part of the data request; kept, but not used",
    },
}

#: The recognition round's forms (``netwerkscan recognition``): the instructions, the
#: columns of the table ``recognition`` and the answers in the drop-downs.
RECOGNITION_FORM: dict[str, dict[Lang, str]] = {
    "template.recognition.title": {
        "nl": "Herkent u dit? {region}",
        "en": "Do you recognise this? {region}",
    },
    "template.recognition.layer": {"nl": "Laag: {layer}", "en": "Layer: {layer}"},
    "template.recognition.why": {
        "nl": "De adviseur heeft onderzocht hoe de organisaties in de regio samenwerken. Daaruit komen knelpunten, overstappen waar cliënten blijven hangen en kleine stappen die snel iets opleveren (quick wins). Die bevindingen komen uit cijfers en vragenlijsten. Nu is de vraag: herkent u ze in uw werk? Uw antwoord bepaalt mee welke bevindingen de regio als eerste bespreekt.",
        "en": "The adviser has studied how the organisations of the region work together. This gave bottlenecks, transfers where clients get stuck, and small steps that bring early results (quick wins). These findings come from figures and questionnaires. The question now is: do you recognise them in your work? Your answer helps decide which findings the region discusses first.",
    },
    "template.recognition.confidential": {
        "nl": "Uw antwoorden gaan alleen naar de onafhankelijke adviseur. In het rapport staat per bevinding alleen welk deel van de mensen haar herkent, per laag (bestuur, management, uitvoering), en alleen als minstens {min} mensen een oordeel gaven. Uw toelichting komt nooit in een rapport. Noem geen cliënten of collega's bij naam.",
        "en": "Your answers go to the independent adviser only. Per finding, the report shows only the share of people who recognise it, per layer (board, management, operations), and only when at least {min} people gave an opinion. Your remarks never appear in a report. Do not name clients or colleagues.",
    },
    "template.recognition.how": {
        "nl": "Op het tabblad '{sheet}' staat elke bevinding op een eigen rij. Kies bij 'Herkent u dit?' uit de lijst: herkend, deels, niet herkend of weet niet. Kies bij 'Hoe urgent?' 1 (kan wachten) tot en met 5 (moet nu). Schrijf bij 'Toelichting' wat u ziet of mist. Verander de code van de bevinding, de naam van het tabblad en de kolomnamen in rij 2 niet: daaraan herkent de scan uw antwoorden. Een rij die u leeg laat, telt niet mee.",
        "en": "On the sheet '{sheet}' every finding has its own row. Under 'Do you recognise this?' pick from the list: recognised, partly, not recognised or don't know. Under 'How urgent?' pick 1 (can wait) to 5 (needs action now). Under 'Remarks' write what you see or miss. Do not change the finding's code, the name of the sheet or the column names in row 2: that is how the scan recognises your answers. A row left empty does not count.",
    },
    "template.recognition.how_layer": {
        "nl": "Kies op elke rij bij 'Laag' waar u werkt: bestuur, management of uitvoering. Zo kan de adviseur laten zien of bestuur en uitvoering hetzelfde zien.",
        "en": "On every row, pick under 'Layer' where you work: board, management or operations. That way the adviser can show whether the board and operations see the same.",
    },
    "template.recognition.how_apart": {
        "nl": "Vult u het met meerdere mensen apart in? Geef dan ieder een eigen kopie en zet in de kolom 'Code respondent' een eigen code (1, 2, 3 …; geen naam). Vult u het samen in, laat die kolom dan leeg.",
        "en": "Are several people filling it in apart? Give each their own copy and put their own code in the column 'Respondent code' (1, 2, 3 …; no name). Filling it in together: leave that column empty.",
    },
    "template.table.recognition.sheet": {"nl": "herkenning", "en": "round"},
    "template.table.recognition.title": {"nl": "Herkenning", "en": "Recognition"},
    "template.table.recognition.ask": {
        "nl": "Herkent u de bevindingen van de scan in uw werk, en hoe urgent zijn ze?",
        "en": "Do you recognise the scan's findings in your work, and how urgent are they?",
    },
    "template.label.recognition.org_id": {"nl": "Organisatie", "en": "Organisation"},
    "template.help.recognition.org_id": {
        "nl": "Uw organisatie; staat al ingevuld.",
        "en": "Your organisation; already filled in.",
    },
    "template.label.recognition.layer": {"nl": "Laag", "en": "Layer"},
    "template.help.recognition.layer": {
        "nl": "Waar u werkt: bestuur, management of uitvoering.",
        "en": "Where you work: board, management or operations.",
    },
    "template.label.recognition.respondent": {
        "nl": "Code respondent (mag leeg)",
        "en": "Respondent code (may be empty)",
    },
    "template.help.recognition.respondent": {
        "nl": "Alleen als meerdere mensen apart invullen: een eigen code, nooit een naam.",
        "en": "Only when several people answer apart: their own code, never a name.",
    },
    "template.label.recognition.finding_id": {"nl": "Code bevinding", "en": "Finding code"},
    "template.help.recognition.finding_id": {
        "nl": "Niet veranderen: hieraan herkent de scan de bevinding.",
        "en": "Do not change: this is how the scan knows the finding.",
    },
    "template.label.recognition.finding": {"nl": "Bevinding", "en": "Finding"},
    "template.help.recognition.finding": {
        "nl": "De bevinding in woorden, zoals in het rapport.",
        "en": "The finding in words, as in the report.",
    },
    "template.label.recognition.recognised": {
        "nl": "Herkent u dit?",
        "en": "Do you recognise this?",
    },
    "template.help.recognition.recognised": {
        "nl": "Herkend, deels, niet herkend of weet niet.",
        "en": "Recognised, partly, not recognised or don't know.",
    },
    "template.label.recognition.urgency": {"nl": "Hoe urgent? (1-5)", "en": "How urgent? (1-5)"},
    "template.help.recognition.urgency": {
        "nl": "1 = kan wachten, 5 = moet nu.",
        "en": "1 = can wait, 5 = needs action now.",
    },
    "template.label.recognition.remark": {"nl": "Toelichting", "en": "Remarks"},
    "template.help.recognition.remark": {
        "nl": "Wat ziet of mist u? Komt nooit in een rapport. Noem geen namen van mensen.",
        "en": "What do you see or miss? Never printed in a report. Do not name people.",
    },
    "template.choice.recognised": {"nl": "herkend", "en": "recognised"},
    "template.choice.partly": {"nl": "deels", "en": "partly"},
    "template.choice.not_recognised": {"nl": "niet herkend", "en": "not recognised"},
    "template.choice.dont_know": {"nl": "weet niet", "en": "don't know"},
    "feedback.advice.unknown_finding": {
        "nl": "Deze code hoort niet bij een bevinding van deze scan. Gebruik het formulier van de laatste ronde, of laat de adviseur weten welke bevinding u bedoelde.",
        "en": "This code is not one of this scan's findings. Use the form of the latest round, or tell the adviser which finding you meant.",
    },
}

#: What to change, per code.
ADVICE: dict[str, dict[Lang, str]] = {
    "feedback.advice.missing_required": {
        "nl": "Vul '{column}' in; zonder deze waarde kan de rij niet worden gebruikt.",
        "en": "Fill in '{column}'; without it the row cannot be used.",
    },
    "feedback.advice.not_applicable": {
        "nl": "Laat de cel leeg als er geen waarde is; schrijf geen '{value}'.",
        "en": "Leave the cell empty when there is no value; do not write '{value}'.",
    },
    "feedback.advice.not_a_number": {
        "nl": "Vul een getal in (bijvoorbeeld 12 of 3,5), of laat de cel leeg.",
        "en": "Enter a number (e.g. 12 or 3.5), or leave the cell empty.",
    },
    "feedback.advice.not_a_date": {
        "nl": "Schrijf de datum als 31-03-2026 of 2026-03-31.",
        "en": "Write the date as 2026-03-31 or 31-03-2026.",
    },
    "feedback.advice.not_a_period": {
        "nl": "Schrijf de periode als 2026, 2026-Q1 of 2026-03.",
        "en": "Write the period as 2026, 2026-Q1 or 2026-03.",
    },
    "feedback.advice.not_yes_no": {"nl": "Vul ja of nee in.", "en": "Enter yes or no."},
    "feedback.advice.not_a_choice": {
        "nl": "Kies een van: {detail}.",
        "en": "Choose one of: {detail}.",
    },
    "feedback.advice.not_whole": {"nl": "Vul een heel getal in.", "en": "Enter a whole number."},
    "feedback.advice.out_of_range": {
        "nl": "Vul een waarde in binnen {detail}.",
        "en": "Enter a value within {detail}.",
    },
    "feedback.advice.out_of_range_cell": {
        "nl": "Vul een waarde in binnen {detail}, of laat de cel leeg.",
        "en": "Enter a value within {detail}, or leave the cell empty.",
    },
    "feedback.advice.invalid": {"nl": "Controleer de waarde.", "en": "Check the value."},
    "feedback.advice.extra_cells": {
        "nl": "Verwijder de cellen rechts van de tabel, of geef die kolom een naam in de kopregel.",
        "en": "Remove the cells right of the table, or give that column a name in the header.",
    },
    "feedback.advice.unknown_org": {
        "nl": "Gebruik de code of de naam uit de organisatielijst van de regio (tabblad 'Lijsten' van het invulbestand). Hoort '{value}' in de regio thuis, laat het de adviseur weten.",
        "en": "Use the code or the name from the region's list of organisations (sheet 'Lists' of the template). If '{value}' belongs to the region, tell the adviser.",
    },
    "feedback.advice.ambiguous_org": {
        "nl": "Gebruik de code van de organisatie die u bedoelt ({detail}).",
        "en": "Use the code of the organisation you mean ({detail}).",
    },
    "feedback.advice.self_tie": {
        "nl": "Verwijder deze rij: uw eigen organisatie hoeft u niet als partner te noemen.",
        "en": "Remove this row: you need not name your own organisation as a partner.",
    },
    "feedback.advice.not_a_partner": {
        "nl": "Zet 'ja' bij works_with als u met deze organisatie samenwerkt; anders maakt u de rij leeg.",
        "en": "Choose 'yes' in works_with if you work with this organisation; otherwise empty the row.",
    },
    "feedback.advice.duplicate_header": {
        "nl": "Geef elke kolom een eigen naam.",
        "en": "Give every column its own name.",
    },
    "feedback.advice.encoding_guess": {
        "nl": "Sla het bestand op als 'CSV UTF-8' en controleer letters met accenten.",
        "en": "Save the file as 'CSV UTF-8' and check letters with accents.",
    },
    "feedback.advice.not_recognised": {
        "nl": "Staan er gegevens in, geef het bestand of tabblad dan een naam die zegt welke: die begint met organisations, ties, flows, episodes, capacity, survey of initiatives (of gebruik het invulbestand). Staan er geen gegevens in, dan hoeft u niets te doen.",
        "en": "If it holds data, give the file or sheet a name that says which: starting with organisations, ties, flows, episodes, capacity, survey or initiatives (or use the template). If it holds no data, nothing needs to be done.",
    },
    "feedback.advice.unsupported_format": {
        "nl": "Lever het aan als .xlsx of .csv.",
        "en": "Deliver it as .xlsx or .csv.",
    },
    "feedback.advice.no_header": {
        "nl": "Zet de kolomnamen ({detail}) samen in één rij boven de gegevens.",
        "en": "Put the column names ({detail}) together in one row above the data.",
    },
    "feedback.advice.unreadable": {
        "nl": "Sla het bestand opnieuw op als .xlsx of .csv en stuur het nog eens.",
        "en": "Save the file again as .xlsx or .csv and send it once more.",
    },
    "feedback.advice.unclosed_quote": {
        "nl": "Sluit het aanhalingsteken of haal het weg, en controleer de regels eronder.",
        "en": "Close the quote or remove it, and check the lines below it.",
    },
    "feedback.advice.cell_too_long": {
        "nl": "Kort de tekst in deze cel in, of lever een lange toelichting apart aan.",
        "en": "Shorten the text in this cell, or deliver a long explanation separately.",
    },
    "feedback.advice.too_many_cells": {
        "nl": "Kopieer alleen de tabel naar een nieuw werkboek en sla dat op, of lever het tabblad als .csv.",
        "en": "Copy just the table into a new workbook and save that, or deliver the sheet as .csv.",
    },
    "feedback.advice.part_too_large": {
        "nl": "Kopieer alleen de tabel naar een nieuw werkboek en sla dat op, of lever het tabblad als .csv.",
        "en": "Copy just the table into a new workbook and save that, or deliver the sheet as .csv.",
    },
    "feedback.advice.too_much_text": {
        "nl": "Kopieer alleen de tabel naar een nieuw werkboek en sla dat op, of lever het tabblad als .csv.",
        "en": "Copy just the table into a new workbook and save that, or deliver the sheet as .csv.",
    },
    "feedback.advice.symlink": {
        "nl": "Zet het bestand zelf in de map, niet een koppeling ernaar.",
        "en": "Put the file itself in the folder, not a link to it.",
    },
    "feedback.advice.not_a_file": {
        "nl": "Lever een gewoon .xlsx- of .csv-bestand aan.",
        "en": "Deliver a regular .xlsx or .csv file.",
    },
    "feedback.advice.empty": {
        "nl": "Vul het in, of laat het weg.",
        "en": "Fill it in, or leave it out.",
    },
    "feedback.advice.fuzzy": {
        "nl": "Klopt dat? Gebruik de code ({org_id}) of de naam precies zoals in de lijst.",
        "en": "Is that right? Use the code ({org_id}) or the name exactly as in the list.",
    },
    "feedback.advice.duplicate_row": {
        "nl": "Verwijder de dubbele rij.",
        "en": "Remove the repeated row.",
    },
    "feedback.advice.overruled": {
        "nl": "Controleer of uw cijfers kloppen; de adviseur neemt contact op als het verschil ertoe doet.",
        "en": "Check whether your figures are right; the adviser will contact you if the difference matters.",
    },
    "feedback.advice.extra_column": {
        "nl": "Niets nodig, tenzij het een verschreven kolomnaam is{guess}.",
        "en": "Nothing needed, unless it is a misspelt column name{guess}.",
    },
}

#: The words of the feedback page.
FEEDBACK: dict[str, dict[Lang, str]] = {
    "feedback.title": {"nl": "Terugkoppeling op uw gegevens", "en": "Feedback on your data"},
    "feedback.for": {
        "nl": "{region} · aangeleverd door {supplier}",
        "en": "{region} · delivered by {supplier}",
    },
    "feedback.intro": {
        "nl": "Dank voor het aanleveren. Hieronder staat per bestand wat we hebben kunnen gebruiken en wat u kunt verbeteren, met het bestand, het tabblad, het rijnummer en de kolom zoals u ze in uw eigen bestand ziet. Dit overzicht gaat alleen over uw eigen bestanden.",
        "en": "Thank you for delivering. Below, per file, what we could use and what you can improve, with the file, sheet, row number and column as you see them in your own file. This overview covers your own files only.",
    },
    "feedback.all_good": {
        "nl": "Alles kon worden gebruikt. U hoeft niets te doen.",
        "en": "Everything could be used. Nothing needs to be done.",
    },
    "feedback.files_title": {"nl": "Uw bestanden", "en": "Your files"},
    "feedback.quarantined_title": {
        "nl": "Rijen die niet zijn gebruikt",
        "en": "Rows that were not used",
    },
    "feedback.warning_title": {
        "nl": "Cellen die als leeg zijn gelezen en andere opmerkingen",
        "en": "Cells read as empty and other remarks",
    },
    "feedback.check_title": {"nl": "Graag controleren", "en": "Please check"},
    "feedback.not_read_title": {
        "nl": "Bestanden die niet zijn gelezen",
        "en": "Files that were not read",
    },
    "feedback.col_file": {"nl": "Bestand", "en": "File"},
    "feedback.col_sheet": {"nl": "Tabblad", "en": "Sheet"},
    "feedback.col_data": {"nl": "Gegevens", "en": "Data"},
    "feedback.col_rows": {"nl": "Rijen", "en": "Rows"},
    "feedback.col_used": {"nl": "Gebruikt", "en": "Used"},
    "feedback.col_not_used": {"nl": "Niet gebruikt", "en": "Not used"},
    "feedback.col_row": {"nl": "Rij", "en": "Row"},
    "feedback.col_column": {"nl": "Kolom", "en": "Column"},
    "feedback.col_value": {"nl": "Waarde", "en": "Value"},
    "feedback.col_what": {"nl": "Wat is er aan de hand", "en": "What is wrong"},
    "feedback.col_change": {"nl": "Wat kunt u doen", "en": "What to do"},
    "feedback.did_you_mean": {"nl": " (bedoelt u '{guess}'?)", "en": " (did you mean '{guess}'?)"},
    "feedback.adviser": {"nl": "de adviseur", "en": "the adviser"},
    "feedback.adviser_file": {"nl": "adviseur", "en": "adviser"},
    "feedback.footer": {
        "nl": "Vertrouwelijk: dit overzicht bevat alleen gegevens uit uw eigen bestanden.",
        "en": "Confidential: this overview only holds data from your own files.",
    },
    "feedback.contact": {
        "nl": "Vragen? Neem contact op met {contact}.",
        "en": "Questions? Contact {contact}.",
    },
}
