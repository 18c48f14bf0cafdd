"""The change agenda's words (``agenda.*``): the workbook, the measures, and the
follow-up's "Wat hebben de acties veranderd", Dutch and English.
"""

from __future__ import annotations

from scan.text.lang import Lang

#: The measures in words (``agenda.m.<measure>``) and how a value is said.
MEASURE_WORDS: dict[str, dict[Lang, str]] = {
    "agenda.m.transition_wait.directed": {
        "nl": "wachtdagen bij de overstap van {a} naar {b}",
        "en": "waiting days for the transfer from {a} to {b}",
    },
    "agenda.m.contact.directed": {
        "nl": "hoe vaak {a} met {b} samenwerkt volgens {a} (0 nooit … 5 dagelijks)",
        "en": "how often {a} works with {b} according to {a} (0 never … 5 daily)",
    },
    "agenda.m.contact.either": {
        "nl": "hoe vaak {a} en {b} samenwerken (0 nooit … 5 dagelijks)",
        "en": "how often {a} and {b} work together (0 never … 5 daily)",
    },
    "agenda.m.utilisation": {
        "nl": "bezetting van {org} (vraag gedeeld door plekken)",
        "en": "utilisation of {org}",
    },
    "agenda.m.wait_days": {
        "nl": "wachttijd bij {org} in dagen",
        "en": "waiting time at {org} in days",
    },
    "agenda.m.tables": {
        "nl": "overlegtafels waar {org} aan zit",
        "en": "meeting tables {org} sits at",
    },
    "agenda.m.readiness": {
        "nl": "score voor {dimension} bij {layer} (1 tot 5)",
        "en": "score for {dimension} among {layer} (1 to 5)",
    },
    "agenda.unknown": {"nl": "onbekend", "en": "unknown"},
    "agenda.now": {"nl": "{what}, nu {value}", "en": "{what}, now {value}"},
    "agenda.aim": {"nl": ", doel {aim}", "en": ", aim {aim}"},
}

#: The workbook written by ``netwerkscan agenda``.
WORKBOOK: dict[str, dict[Lang, str]] = {
    "agenda.sheet": {"nl": "veranderagenda", "en": "change agenda"},
    "agenda.title": {"nl": "Veranderagenda {region}", "en": "Change agenda {region}"},
    "agenda.period": {
        "nl": "Gemaakt uit de scan van {period}.",
        "en": "Made from the scan of {period}.",
    },
    "agenda.why_title": {"nl": "Waarvoor", "en": "What it is for"},
    "agenda.why": {
        "nl": "De scan wees knelpunten en quick wins aan. Deze agenda maakt er acties van: per actie wat er moet gebeuren, welke organisatie eigenaar is, de eerste stap, een datum en een maat waaraan u over een jaar ziet of het gewerkt heeft. Bij de vervolgscan meet de scan elke maat opnieuw, op dezelfde manier, en zegt per actie of de maat meer veranderde dan toeval kan verklaren.",
        "en": "The scan pointed out bottlenecks and quick wins. This agenda turns them into actions: per action what should happen, which organisation owns it, the first step, a date, and a measure that will show in a year whether it worked. At the follow-up scan the scan measures every measure again, in the same way, and says per action whether it moved more than chance can explain.",
    },
    "agenda.how_title": {"nl": "Zo vult u het in", "en": "How to fill it in"},
    "agenda.how": {
        "nl": "Elke rij is één actie, al ingevuld vanuit de bevindingen. Schrap rijen die u niet wilt, pas de actie, de eigenaar, de eerste stap, de datum en het doel aan, en voeg rijen toe met een nieuw actienummer. Verander de kolomnamen in rij 2 niet. De maat, het onderwerp en de nulmeting komen uit de scan: verander ze alleen als u een andere maat kiest (zie hieronder). Zet het bestand bij de vervolgscan in de map met ruwe gegevens van de regio.",
        "en": "Each row is one action, filled in from the findings. Delete the rows you do not want, adjust the action, owner, first step, date and aim, and add rows with a new action number. Do not change the column names in row 2. The measure, subject and baseline come from the scan: only change them when you choose another measure (see below). At the follow-up scan put the file in the region's raw data folder.",
    },
    "agenda.confidential_title": {"nl": "Vertrouwelijk", "en": "Confidential"},
    "agenda.confidential": {
        "nl": "De actie en de eerste stap zijn vrije tekst: ze komen nooit in een rapport. Het rapport noemt een actie bij haar nummer, haar eigenaar en haar maat.",
        "en": "The action and the first step are free text: they never appear in a report. The report names an action by its number, its owner and its measure.",
    },
    "agenda.measures_title": {"nl": "De maten", "en": "The measures"},
    "agenda.measure.transition_wait": {
        "nl": "transition_wait, onderwerp A>B: de wachtdagen bij de overstap van A naar B (lager is beter).",
        "en": "transition_wait, subject A>B: the waiting days for the transfer from A to B (lower is better).",
    },
    "agenda.measure.utilisation": {
        "nl": "utilisation, onderwerp een organisatiecode: vraag gedeeld door plekken in de laatste periode (lager is beter; 1,0 is vol).",
        "en": "utilisation, subject an organisation code: demand divided by places in the latest period (lower is better; 1.0 is full).",
    },
    "agenda.measure.wait_days": {
        "nl": "wait_days, onderwerp een organisatiecode: de wachttijd in dagen in de laatste periode (lager is beter).",
        "en": "wait_days, subject an organisation code: the waiting time in days in the latest period (lower is better).",
    },
    "agenda.measure.contact": {
        "nl": "contact, onderwerp A>B (hoe vaak A samenwerkt met B, volgens A) of A-B (de vaakste van de twee): 0 nooit, 1 jaarlijks, 2 per kwartaal, 3 maandelijks, 4 wekelijks, 5 dagelijks (hoger is beter).",
        "en": "contact, subject A>B (how often A works with B, according to A) or A-B (the more frequent of the two): 0 never, 1 yearly, 2 quarterly, 3 monthly, 4 weekly, 5 daily (higher is better).",
    },
    "agenda.measure.tables": {
        "nl": "tables, onderwerp een organisatiecode: aan hoeveel overlegtafels zij zit (lager is beter).",
        "en": "tables, subject an organisation code: how many meeting tables it sits at (lower is better).",
    },
    "agenda.measure.readiness": {
        "nl": "readiness, onderwerp dimensie/laag (bijvoorbeeld trust/uitvoering, of all voor iedereen): de gemiddelde score in de samenwerkingsvragenlijst (hoger is beter).",
        "en": "readiness, subject dimension/layer (for example trust/uitvoering, or all for everyone): the mean score in the collaboration questionnaire (higher is better).",
    },
    "agenda.label.action_id": {"nl": "Actie", "en": "Action"},
    "agenda.help.action_id": {
        "nl": "Het nummer van de actie; elk nummer één keer.",
        "en": "The action's number; each number once.",
    },
    "agenda.label.finding_id": {"nl": "Bij bevinding", "en": "For finding"},
    "agenda.help.finding_id": {
        "nl": "De code van de bevinding uit de scan. Leeg voor een eigen actie.",
        "en": "The code of the scan's finding. Empty for an action of your own.",
    },
    "agenda.label.what_to_do": {"nl": "Wat gaan we doen", "en": "What we will do"},
    "agenda.help.what_to_do": {
        "nl": "De actie in gewone woorden (komt niet in het rapport).",
        "en": "The action in plain words (not in the report).",
    },
    "agenda.label.owner": {"nl": "Eigenaar", "en": "Owner"},
    "agenda.help.owner": {
        "nl": "De organisatie die de actie trekt.",
        "en": "The organisation that leads the action.",
    },
    "agenda.label.first_step": {"nl": "Eerste stap", "en": "First step"},
    "agenda.help.first_step": {
        "nl": "Wat er als eerste gebeurt (komt niet in het rapport).",
        "en": "What happens first (not in the report).",
    },
    "agenda.label.due": {"nl": "Datum", "en": "Date"},
    "agenda.help.due": {
        "nl": "Wanneer de eerste stap gedaan is.",
        "en": "When the first step is done.",
    },
    "agenda.label.measure": {"nl": "Maat", "en": "Measure"},
    "agenda.help.measure": {
        "nl": "Waaraan u ziet dat het werkt; de maten staan op het tabblad Toelichting.",
        "en": "What shows it works; the measures are on the Instructions sheet.",
    },
    "agenda.label.subject": {"nl": "Onderwerp", "en": "Subject"},
    "agenda.help.subject": {
        "nl": "Wat gemeten wordt: een organisatiecode, A>B, A-B of dimensie/laag.",
        "en": "What is measured: an organisation code, A>B, A-B or dimension/layer.",
    },
    "agenda.label.baseline": {"nl": "Nu", "en": "Now"},
    "agenda.help.baseline": {
        "nl": "De maat in deze scan (ingevuld door de scan; leeg als het onbekend is).",
        "en": "The measure in this scan (filled in by the scan; empty when unknown).",
    },
    "agenda.label.target": {"nl": "Doel", "en": "Aim"},
    "agenda.help.target": {
        "nl": "Waar de maat over een jaar moet staan.",
        "en": "Where the measure should be in a year.",
    },
    "agenda.label.direction": {"nl": "Beter is", "en": "Better is"},
    "agenda.help.direction": {
        "nl": "lager: lager is beter; hoger: hoger is beter.",
        "en": "lower: lower is better; higher: higher is better.",
    },
    "agenda.label.measure_text": {"nl": "De maat in woorden", "en": "The measure in words"},
    "agenda.help.measure_text": {
        "nl": "Ter informatie; de scan leest deze kolom niet.",
        "en": "For reading; the scan does not read this column.",
    },
    "agenda.cli_written": {
        "nl": "Veranderagenda met {n} acties geschreven: {path}",
        "en": "Change agenda with {n} actions written: {path}",
    },
    "agenda.cli_written_one": {
        "nl": "Veranderagenda met {n} actie geschreven: {path}",
        "en": "Change agenda with {n} action written: {path}",
    },
    "agenda.error.unknown_ids": {
        "nl": "Deze bevindingen staan niet in de scan: {ids}.",
        "en": "These findings are not in the scan: {ids}.",
    },
}

#: The follow-up's page of the actions.
FOLLOWED: dict[str, dict[Lang, str]] = {
    "agenda.section": {"nl": "Wat hebben de acties veranderd", "en": "What did the actions change"},
    "agenda.section_intro": {
        "nl": "Per actie van de veranderagenda: de maat in de vorige scan en nu, gemeten op dezelfde manier. 'Beter' of 'slechter' staat er alleen als de maat meer veranderde dan toeval kan verklaren; anders 'gelijk gebleven'. Wat in een van beide scans niet is aangeleverd, is niet te meten.",
        "en": "Per action of the change agenda: the measure at the previous scan and now, measured in the same way. 'Better' or 'worse' is only said when the measure moved more than chance can explain; otherwise 'unchanged'. What was not delivered in either scan cannot be measured.",
    },
    "agenda.col_action": {"nl": "Actie", "en": "Action"},
    "agenda.col_owner": {"nl": "Eigenaar", "en": "Owner"},
    "agenda.col_measure": {"nl": "Maat", "en": "Measure"},
    "agenda.col_before": {"nl": "Vorige scan", "en": "Previous scan"},
    "agenda.col_after": {"nl": "Nu", "en": "Now"},
    "agenda.col_target": {"nl": "Doel", "en": "Aim"},
    "agenda.col_status": {"nl": "Veranderd", "en": "Changed"},
    "agenda.status.better": {"nl": "beter", "en": "better"},
    "agenda.status.worse": {"nl": "slechter", "en": "worse"},
    "agenda.status.same": {"nl": "gelijk gebleven", "en": "unchanged"},
    "agenda.status.not_measurable": {"nl": "niet te meten", "en": "cannot be measured"},
    "agenda.status.no_measure": {"nl": "geen maat gekozen", "en": "no measure chosen"},
    "agenda.status.not_compared": {"nl": "niet vergeleken", "en": "not compared"},
    "agenda.target_met": {"nl": "doel gehaald", "en": "aim reached"},
    "agenda.target_missed": {"nl": "doel nog niet gehaald", "en": "aim not yet reached"},
    "agenda.problem.unknown_finding": {
        "nl": "Actie {action}: bevinding {finding} staat niet in de vorige scan; de actie is niet vergeleken.",
        "en": "Action {action}: finding {finding} is not in the previous scan; the action was not compared.",
    },
    "agenda.problem.bad_subject": {
        "nl": "Actie {action}: het onderwerp past niet bij de maat; de actie is niet vergeleken.",
        "en": "Action {action}: the subject does not fit the measure; the action was not compared.",
    },
    "agenda.problem.left": {
        "nl": "Actie {action}: een organisatie uit het onderwerp is uit de regio vertrokken; de actie is niet vergeleken.",
        "en": "Action {action}: an organisation of the subject left the region; the action was not compared.",
    },
    "agenda.line": {
        "nl": "Actie {action} ({owner}): {measure}: {before} → {after}, {status}",
        "en": "Action {action} ({owner}): {measure}: {before} → {after}, {status}",
    },
}

AGENDA: dict[str, dict[Lang, str]] = {**MEASURE_WORDS, **WORKBOOK, **FOLLOWED}
