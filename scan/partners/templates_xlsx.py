# ruff: noqa: E501
"""Data-request templates: one workbook per partner, generated from :data:`scan.data.schema.TABLES`.

``netwerkscan template <region>`` writes one ``.xlsx`` per organisation of the
region into ``reports/<region>/templates/``. Every workbook holds

* ``Toelichting (netwerkscan)``: what is asked and why, how it stays
  confidential, how to fill it in, the contact line from ``region.toml``, and
  per table every column with its meaning and what is allowed;
* one sheet per table the partner is asked to fill in (``ties netwerk``,
  ``flows cliëntstromen``, …: the name starts with the table, so the scan
  reads it back): a row of Dutch labels, then the exact column names, then the
  rows, with data validation made from the schema (drop-downs for choices,
  yes/no, organisations and periods; ranges for numbers; whole numbers;
  dates) and a help text per column;
* ``Lijsten (netwerkscan)``: the region's organisations (name, code, type), the
  source of the organisation drop-downs.

The network survey is pre-filled: one row per other organisation, with the
partner as respondent; answering is ticking ``works_with`` and filling in the
row. Rows left unanswered are not read as ties (:attr:`scan.data.schema.Table.presence`),
and the two note sheets are never read as data (:data:`scan.data.ingest.NOTE_SHEET_SUFFIX`),
so a filled-in template validates cleanly.

Which tables a partner gets: the network survey and the collaboration survey
for everyone; flows and capacity for care providers (not municipalities,
insurers or care offices). ``region.toml`` can change this and more::

    contact = "Anna de Vries, adviseur, anna@example.nl, 06-12345678"
    # or: [contact] name = "…", organisation = "…", email = "…", phone = "…"

    [templates]
    tables = ["ties", "flows", "capacity", "survey", "initiatives"]
    survey_items = 3        # items per dimension (ambition_1 … ambition_3, …)
    rows = 200              # empty rows with validation in the other sheets
    deadline = "15 maart 2027"

The workbooks are reproducible: the same region gives byte-identical files
(fixed 'created' date, xlsxwriter's fixed zip timestamps).

Examples
--------
>>> sheet_name("ties"), sheet_name("flows", "en")
('ties netwerk', 'flows client flows')
>>> allowed_text(TABLES["ties"].column("trust_open"))
'1 t/m 4'
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from scan.data.ingest import NOTE_SHEET_SUFFIX
from scan.data.model import RegionInfo
from scan.data.schema import DIMENSIONS, TABLES, Column, Table
from scan.disclosure import SUPPRESSION_THRESHOLD
from scan.files import atomic_folder
from scan.text.messages import DIMENSION_LABELS, Lang

#: The workbooks' fixed 'created' date: the same region gives the same bytes.
CREATED = dt.datetime(2026, 1, 1)
#: Tables a partner may be asked to fill in (organisations is the adviser's).
PARTNER_TABLES: tuple[str, ...] = ("ties", "flows", "episodes", "capacity", "survey", "initiatives")
#: Asked of every partner unless ``region.toml`` says otherwise.
DEFAULT_TABLES: tuple[str, ...] = ("ties", "flows", "capacity", "survey")
#: Types that deliver no client flows or capacity (they fund or commission care).
NOT_PROVIDERS: frozenset[str] = frozenset({"gemeente", "zorgverzekeraar", "zorgkantoor"})
#: Extra (not requested) column beside ``partner_org`` in the network survey: the
#: partner's name, so the pre-filled rows can be read by people.
PARTNER_NAME_COLUMN = "partner_naam"
FLOW_TYPES: tuple[str, ...] = ("referral", "discharge", "transfer")

# --------------------------------------------------------------------------------------
# Words (to be merged into scan.text.messages)
# --------------------------------------------------------------------------------------

#: Sentences of the workbooks.
TEXT: dict[str, dict[Lang, str]] = {
    "sheet_notes": {"nl": "Toelichting", "en": "Instructions"},
    "sheet_lists": {"nl": "Lijsten", "en": "Lists"},
    "title": {"nl": "Datavraag {region}", "en": "Data request {region}"},
    "for": {"nl": "Voor: {name} ({org_id})", "en": "For: {name} ({org_id})"},
    "period": {"nl": "Periode: {period}", "en": "Period: {period}"},
    "deadline": {
        "nl": "Graag ingevuld terugsturen vóór {deadline}.",
        "en": "Please return it filled in before {deadline}.",
    },
    "why_title": {"nl": "Waarom deze vraag", "en": "Why we ask"},
    "why": {
        "nl": "De organisaties in de regio moeten samenwerken, maar niemand heeft de leiding. Een onafhankelijke adviseur brengt in kaart wie met wie samenwerkt, waar cliënten vastlopen (de knelpunten) en welke kleine stappen snel iets opleveren (de quick wins). Daarvoor vragen we elke partner om dezelfde gegevens. Het rapport wordt met alle partners samen besproken; over een jaar vragen we het opnieuw om te zien of de afspraken werken.",
        "en": "The organisations of the region must work together while nobody is in charge. An independent adviser maps who works with whom, where clients get stuck (the bottlenecks) and which small steps bring early results (the quick wins). To do so we ask every partner for the same data. The report is discussed with all partners together; in a year we ask again to see whether the measures worked.",
    },
    "what_title": {"nl": "Wat we vragen", "en": "What we ask"},
    "what_item": {
        "nl": "{title} (tabblad '{sheet}'): {ask}",
        "en": "{title} (sheet '{sheet}'): {ask}",
    },
    "confidential_title": {"nl": "Vertrouwelijk", "en": "Confidential"},
    "confidential": {
        "nl": "Uw gegevens gaan alleen naar de onafhankelijke adviseur. Andere partners zien uw gegevens nooit; zij zien alleen de samengevoegde uitkomsten in het rapport. In het rapport staan geen cliëntgegevens, geen toelichtingen uit vragenlijsten en geen aantallen onder {threshold}. Vul nooit namen, BSN of geboortedata van cliënten in.",
        "en": "Your data go to the independent adviser only. Other partners never see your data; they only see the combined results in the report. The report holds no client data, no free-text remarks from questionnaires and no counts below {threshold}. Never enter names, citizen service numbers or dates of birth of clients.",
    },
    "how_title": {"nl": "Zo vult u het in", "en": "How to fill it in"},
    "how": {
        "nl": "Verander de namen van de tabbladen en de kolomnamen in rij 2 niet: daaraan herkent de scan de gegevens. Rij 1 zegt in gewone woorden wat een kolom betekent; klik op een cel voor uitleg. Kies waar het kan uit de lijst (organisaties staan op het tabblad 'Lijsten (netwerkscan)'). Weet u iets niet, laat de cel dan leeg; schrijf geen 'n.v.t.' of 'onbekend'. Sla het bestand op als .xlsx en stuur het terug.",
        "en": "Do not change the names of the sheets or the column names in row 2: that is how the scan recognises the data. Row 1 says in plain words what a column means; click a cell for help. Where possible, pick from the list (organisations are on the sheet 'Lists (netwerkscan)'). If you do not know something, leave the cell empty; do not write 'n/a' or 'unknown'. Save the file as .xlsx and send it back.",
    },
    "contact_title": {"nl": "Vragen?", "en": "Questions?"},
    "contact": {"nl": "Neem contact op met {contact}.", "en": "Please contact {contact}."},
    "contact_missing": {
        "nl": "Neem contact op met de adviseur die u dit bestand stuurde.",
        "en": "Please contact the adviser who sent you this file.",
    },
    "columns_title": {"nl": "Tabblad '{sheet}': de kolommen", "en": "Sheet '{sheet}': the columns"},
    "col_column": {"nl": "Kolom", "en": "Column"},
    "col_required": {"nl": "Verplicht", "en": "Required"},
    "col_meaning": {"nl": "Wat vult u in", "en": "What to fill in"},
    "col_allowed": {"nl": "Toegestaan", "en": "Allowed"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "list_name": {"nl": "Organisatie", "en": "Organisation"},
    "list_code": {"nl": "Code", "en": "Code"},
    "list_type": {"nl": "Soort", "en": "Type"},
    "list_note": {
        "nl": "De organisaties van de regio. Kies ze in de tabbladen uit de lijst; de naam of de code is allebei goed.",
        "en": "The organisations of the region. Pick them from the list in the sheets; the name or the code are both fine.",
    },
    "partner_name": {"nl": "Naam partner (ter informatie)", "en": "Partner's name (for reading)"},
    "allowed_org": {"nl": "organisatie uit de lijst", "en": "organisation from the list"},
    "allowed_yesno": {"nl": "ja of nee", "en": "yes or no"},
    "allowed_date": {"nl": "datum, 31-03-2026", "en": "date, 2026-03-31"},
    "allowed_period": {"nl": "2026, 2026-Q1 of 2026-03", "en": "2026, 2026-Q1 or 2026-03"},
    "allowed_text": {"nl": "tekst", "en": "text"},
    "allowed_whole": {"nl": "heel getal", "en": "whole number"},
    "allowed_number": {"nl": "getal", "en": "number"},
    "allowed_between": {"nl": "{low} t/m {high}", "en": "{low} to {high}"},
    "allowed_at_least": {"nl": "{low} of meer", "en": "{low} or more"},
    "error_title": {"nl": "Niet toegestaan", "en": "Not allowed"},
    "error_list": {"nl": "Kies een waarde uit de lijst.", "en": "Pick a value from the list."},
    "error_range": {"nl": "Toegestaan: {allowed}.", "en": "Allowed: {allowed}."},
}

#: Per table: the sheet name after the table name, a title, and what is asked.
TABLE_TEXT: dict[str, dict[Lang, tuple[str, str, str]]] = {
    "ties": {
        "nl": (
            "netwerk",
            "Netwerkvragenlijst",
            "Met welke organisaties werkt u samen, hoe vaak en op welke manier, en hoe kijkt u tegen hen aan? Elke andere organisatie van de regio staat al op een eigen rij. Zet 'ja' bij 'Werkt u samen?' voor organisaties waarmee u samenwerkt en vul de rest van die rij in. Rijen die u leeg laat, tellen niet mee.",
        ),
        "en": (
            "network",
            "Network survey",
            "Which organisations do you work with, how often and how, and how do you see them? Every other organisation of the region already has its own row. Choose 'yes' under 'Do you work together?' for the organisations you work with and fill in the rest of that row. Rows left empty do not count.",
        ),
    },
    "flows": {
        "nl": (
            "cliëntstromen",
            "Cliëntstromen",
            "Hoeveel cliënten heeft u per periode doorverwezen of overgedragen, aan wie, en hoe lang wachtten zij? Ook wat u van anderen ontving mag erin. Eén rij per van, naar, periode en soort. Alleen aantallen, geen cliëntgegevens.",
        ),
        "en": (
            "client flows",
            "Client flows",
            "How many clients did you refer or transfer per period, to whom, and how long did they wait? What you received from others may be included too. One row per from, to, period and kind. Counts only, no client data.",
        ),
    },
    "episodes": {
        "nl": (
            "zorgperiodes",
            "Zorgperiodes",
            "Eén rij per cliënt en zorgperiode, met de pseudoniemsleutel die in de regio is afgesproken. Nooit namen, BSN of geboortedata.",
        ),
        "en": (
            "episodes",
            "Episodes of care",
            "One row per client and episode of care, with the pseudonym key agreed in the region. Never names, citizen service numbers or dates of birth.",
        ),
    },
    "capacity": {
        "nl": (
            "capaciteit",
            "Capaciteit",
            "Hoeveel cliënten kon u per periode aannemen, hoeveel aanvragen kreeg u, hoe lang is de wachtlijst en hoeveel vacatures staan open? Eén rij per dienst en periode.",
        ),
        "en": (
            "capacity",
            "Capacity",
            "How many clients could you take on per period, how many requests did you receive, how long is the waiting list and how many vacancies are open? One row per service and period.",
        ),
    },
    "survey": {
        "nl": (
            "samenwerking",
            "Samenwerkingsvragenlijst",
            "Eén rij per persoon die de vragenlijst over de samenwerking invulde, uit bestuur, management of uitvoering. Scores van 1 (helemaal oneens) tot 5 (helemaal eens); de vragen zelf staan in de vragenlijst van de adviseur. Gebruik een code per persoon, nooit een naam.",
        ),
        "en": (
            "collaboration",
            "Collaboration questionnaire",
            "One row per person who answered the questionnaire on the collaboration, from the board, management or operations. Scores from 1 (strongly disagree) to 5 (strongly agree); the questions are in the adviser's questionnaire. Use a code per person, never a name.",
        ),
    },
    "initiatives": {
        "nl": (
            "initiatieven",
            "Initiatieven",
            "Aan welke samenwerkingsinitiatieven en overlegtafels in de regio neemt u deel, en wie trekt ze? Eén rij per initiatief en deelnemende organisatie.",
        ),
        "en": (
            "initiatives",
            "Initiatives",
            "Which collaborative initiatives and meeting tables of the region do you take part in, and who leads them? One row per initiative and participating organisation.",
        ),
    },
}

#: Per column (``table.column``): a short label (row 1) and the help text.
COLUMN_TEXT: dict[str, dict[Lang, tuple[str, str]]] = {
    "ties.respondent_org": {
        "nl": ("Uw organisatie", "Al ingevuld: de code van uw organisatie."),
        "en": ("Your organisation", "Filled in: the code of your organisation."),
    },
    "ties.partner_org": {
        "nl": ("Andere organisatie", "Al ingevuld: de code van de andere organisatie."),
        "en": ("Other organisation", "Filled in: the code of the other organisation."),
    },
    "ties.works_with": {
        "nl": (
            "Werkt u samen?",
            "Kies 'ja' als u met deze organisatie samenwerkt en vul de rij verder in. Laat leeg als u niet samenwerkt.",
        ),
        "en": (
            "Do you work together?",
            "Choose 'yes' if you work with this organisation and fill in the rest of the row. Leave empty if you do not.",
        ),
    },
    "ties.frequency": {
        "nl": ("Hoe vaak", "Hoe vaak werkt u samen?"),
        "en": ("How often", "How often do you work together?"),
    },
    "ties.referral": {
        "nl": ("Verwijzen", "Verwijst u cliënten naar elkaar?"),
        "en": ("Referrals", "Do you refer clients to each other?"),
    },
    "ties.information": {
        "nl": ("Informatie delen", "Delen u en deze organisatie informatie?"),
        "en": ("Sharing information", "Do you share information?"),
    },
    "ties.joint_project": {
        "nl": ("Samen een project", "Heeft u een gezamenlijk project?"),
        "en": ("Joint project", "Do you run a project together?"),
    },
    "ties.shared_staff": {
        "nl": ("Gedeeld personeel", "Delen u personeel?"),
        "en": ("Shared staff", "Do you share staff?"),
    },
    "ties.funding": {
        "nl": ("Geldstroom", "Gaat er geld tussen u beiden (financiering, inkoop)?"),
        "en": ("Funding", "Does money flow between you (funding, purchasing)?"),
    },
    "ties.trust_reliable": {
        "nl": (
            "Betrouwbaar",
            "Hoe betrouwbaar is deze organisatie? 1 = helemaal niet, 4 = heel erg.",
        ),
        "en": ("Reliable", "How reliable is this organisation? 1 = not at all, 4 = very."),
    },
    "ties.trust_mission": {
        "nl": (
            "Steunt de missie",
            "Hoeveel steunt deze organisatie de gezamenlijke missie? 1 = helemaal niet, 4 = heel erg.",
        ),
        "en": (
            "Supports the mission",
            "How much does this organisation support the shared mission? 1 = not at all, 4 = very much.",
        ),
    },
    "ties.trust_open": {
        "nl": (
            "Open voor overleg",
            "Hoe open staat deze organisatie voor overleg? 1 = helemaal niet, 4 = heel erg.",
        ),
        "en": (
            "Open to discussion",
            "How open to discussion is this organisation? 1 = not at all, 4 = very.",
        ),
    },
    "ties.value_power": {
        "nl": (
            "Invloed",
            "Hoeveel invloed heeft deze organisatie in de regio? 1 = geen, 4 = veel.",
        ),
        "en": ("Influence", "How much influence does this organisation have? 1 = none, 4 = much."),
    },
    "ties.value_involvement": {
        "nl": ("Betrokkenheid", "Hoe betrokken is deze organisatie? 1 = niet, 4 = zeer."),
        "en": ("Involvement", "How involved is this organisation? 1 = not, 4 = very."),
    },
    "ties.value_resources": {
        "nl": (
            "Middelen",
            "Hoeveel brengt deze organisatie in (mensen, geld, kennis)? 1 = niets, 4 = veel.",
        ),
        "en": (
            "Resources",
            "How much does this organisation contribute (people, money, knowledge)? 1 = nothing, 4 = much.",
        ),
    },
    "flows.from_org": {
        "nl": ("Van", "De organisatie die de cliënten stuurde; kies uit de lijst."),
        "en": ("From", "The organisation that sent the clients; pick from the list."),
    },
    "flows.to_org": {
        "nl": ("Naar", "De organisatie die de cliënten ontving; kies uit de lijst."),
        "en": ("To", "The organisation that received the clients; pick from the list."),
    },
    "flows.period": {
        "nl": ("Periode", "Het jaar (2026), het kwartaal (2026-Q1) of de maand (2026-03)."),
        "en": ("Period", "The year (2026), quarter (2026-Q1) or month (2026-03)."),
    },
    "flows.clients": {
        "nl": ("Aantal cliënten", "Aantal cliënten doorverwezen of overgedragen in de periode."),
        "en": ("Clients", "Clients referred or transferred in the period."),
    },
    "flows.median_wait_days": {
        "nl": (
            "Wachttijd (dagen)",
            "Mediaan aantal dagen tussen verwijzing en start van de zorg.",
        ),
        "en": ("Wait (days)", "Median days between referral and start of care."),
    },
    "flows.flow_type": {
        "nl": (
            "Soort",
            "referral = verwijzing, discharge = ontslag, transfer = overplaatsing; of een eigen woord.",
        ),
        "en": ("Kind", "referral, discharge, transfer; or a word of your own."),
    },
    "episodes.client_key": {
        "nl": (
            "Cliëntsleutel",
            "De pseudoniemsleutel volgens de regionale afspraak; nooit een BSN of naam.",
        ),
        "en": ("Client key", "The pseudonym key agreed in the region; never a BSN or name."),
    },
    "episodes.org_id": {
        "nl": ("Organisatie", "De organisatie die de zorg gaf; kies uit de lijst."),
        "en": ("Organisation", "The organisation providing the care; pick from the list."),
    },
    "episodes.start_date": {
        "nl": ("Startdatum", "Start van de zorg, bijvoorbeeld 31-03-2026."),
        "en": ("Start date", "Start of the care, e.g. 2026-03-31."),
    },
    "episodes.end_date": {
        "nl": ("Einddatum", "Einde van de zorg; leeg als de zorg nog loopt."),
        "en": ("End date", "End of the care; empty while ongoing."),
    },
    "episodes.service": {
        "nl": ("Dienst", "Bijvoorbeeld wijkverpleging of eerstelijnsverblijf."),
        "en": ("Service", "E.g. district nursing or short-stay care."),
    },
    "capacity.org_id": {
        "nl": ("Organisatie", "Uw organisatie; kies uit de lijst."),
        "en": ("Organisation", "Your organisation; pick from the list."),
    },
    "capacity.period": {
        "nl": ("Periode", "Het jaar (2026), het kwartaal (2026-Q1) of de maand (2026-03)."),
        "en": ("Period", "The year (2026), quarter (2026-Q1) or month (2026-03)."),
    },
    "capacity.service": {
        "nl": ("Dienst", "Bijvoorbeeld wijkverpleging of eerstelijnsverblijf."),
        "en": ("Service", "E.g. district nursing or short-stay care."),
    },
    "capacity.capacity": {
        "nl": ("Capaciteit", "Aantal cliënten dat u in de periode kon aannemen."),
        "en": ("Capacity", "Clients you could take on in the period."),
    },
    "capacity.demand": {
        "nl": ("Vraag", "Aantal aanvragen of verwijzingen dat u in de periode kreeg."),
        "en": ("Demand", "Requests or referrals received in the period."),
    },
    "capacity.waiting_list": {
        "nl": ("Wachtlijst", "Aantal mensen op de wachtlijst aan het eind van de periode."),
        "en": ("Waiting list", "People waiting at the end of the period."),
    },
    "capacity.wait_days": {
        "nl": ("Wachttijd (dagen)", "Mediane wachttijd in dagen."),
        "en": ("Wait (days)", "Median waiting time in days."),
    },
    "capacity.vacancies_fte": {
        "nl": ("Vacatures (fte)", "Openstaande vacatures in fte."),
        "en": ("Vacancies (FTE)", "Open positions in FTE."),
    },
    "survey.respondent_id": {
        "nl": (
            "Code respondent",
            "Een code per persoon, bijvoorbeeld {org_id}-01; nooit een naam.",
        ),
        "en": ("Respondent code", "A code per person, e.g. {org_id}-01; never a name."),
    },
    "survey.org_id": {
        "nl": ("Organisatie", "De organisatie van de respondent; kies uit de lijst."),
        "en": ("Organisation", "The respondent's organisation; pick from the list."),
    },
    "survey.layer": {
        "nl": ("Laag", "Waar de respondent werkt: bestuur, management of uitvoering."),
        "en": ("Layer", "Where the respondent works: board, management or operations."),
    },
    "survey.remarks": {
        "nl": (
            "Toelichting",
            "Vrije tekst; komt nooit in een rapport. Noem geen namen van mensen.",
        ),
        "en": ("Remarks", "Free text; never printed in a report. Do not name people."),
    },
    "survey.item": {
        "nl": ("{dimension} {n}", "Score van 1 (helemaal oneens) tot 5 (helemaal eens)."),
        "en": ("{dimension} {n}", "Score from 1 (strongly disagree) to 5 (strongly agree)."),
    },
    "initiatives.initiative": {
        "nl": ("Initiatief", "Naam van het initiatief of de overlegtafel."),
        "en": ("Initiative", "Name of the initiative or meeting table."),
    },
    "initiatives.org_id": {
        "nl": ("Organisatie", "Een deelnemende organisatie; kies uit de lijst."),
        "en": ("Organisation", "A participating organisation; pick from the list."),
    },
    "initiatives.development_line": {
        "nl": ("Ontwikkellijn", "Bijvoorbeeld ouderenzorg, digitalisering of preventie."),
        "en": ("Development line", "E.g. elderly care, digitalisation or prevention."),
    },
    "initiatives.role": {
        "nl": ("Rol", "Trekt deze organisatie het initiatief, of neemt zij deel?"),
        "en": ("Role", "Does this organisation lead the initiative or take part?"),
    },
    "initiatives.status": {
        "nl": ("Stand van zaken", "Idee, lopend, afgerond of gestopt."),
        "en": ("Status", "Idea, running, finished or stopped."),
    },
}

#: How a choice is shown in a drop-down; every word must read back as the choice
#: (a synonym in the schema), which a test checks.
CHOICE_WORDS: dict[str, dict[Lang, str]] = {
    "never": {"nl": "nooit", "en": "never"},
    "yearly": {"nl": "jaarlijks", "en": "yearly"},
    "quarterly": {"nl": "per kwartaal", "en": "quarterly"},
    "monthly": {"nl": "maandelijks", "en": "monthly"},
    "weekly": {"nl": "wekelijks", "en": "weekly"},
    "daily": {"nl": "dagelijks", "en": "daily"},
    "bestuur": {"nl": "bestuur", "en": "board"},
    "management": {"nl": "management", "en": "management"},
    "uitvoering": {"nl": "uitvoering", "en": "operations"},
    "lead": {"nl": "trekker", "en": "lead"},
    "participant": {"nl": "deelnemer", "en": "participant"},
    "idea": {"nl": "idee", "en": "idea"},
    "running": {"nl": "lopend", "en": "running"},
    "finished": {"nl": "afgerond", "en": "finished"},
    "stopped": {"nl": "gestopt", "en": "stopped"},
    "other": {"nl": "overig", "en": "other"},
}


def text(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A sentence of :data:`TEXT`, filled in (the key itself when unknown).

    Examples
    --------
    >>> text("for", "nl", name="GGZ Lindewaard", org_id="GGZ1")
    'Voor: GGZ Lindewaard (GGZ1)'
    """
    template = TEXT.get(key, {}).get(lang)
    if template is None:
        return key
    return template.format(**fields) if fields else template


def sheet_name(table: str, lang: Lang = "nl") -> str:
    """The sheet of ``table``: its name, then a word for people (at most 31 characters)."""
    word = TABLE_TEXT.get(table, {}).get(lang, ("", "", ""))[0]
    return f"{table} {word}".strip()[:31]


def note_sheet(key: str, lang: Lang = "nl") -> str:
    """The name of a note sheet (``sheet_notes``/``sheet_lists``): never read as data."""
    return f"{text(key, lang)} {NOTE_SHEET_SUFFIX}"


def choice_word(choice: str, lang: Lang = "nl") -> str:
    """A choice as shown in a drop-down (a Dutch synonym the scan reads back)."""
    return CHOICE_WORDS.get(choice, {}).get(lang, choice)


def column_text(table: str, column: Column, lang: Lang = "nl", **fields: object) -> tuple[str, str]:
    """The label (row 1) and the help text of a column; the schema's ``doc`` when unknown."""
    match = re.fullmatch(rf"({'|'.join(DIMENSIONS)})_(\d+)", column.name)
    if table == "survey" and match:
        label, help_text = COLUMN_TEXT["survey.item"][lang]
        dimension = DIMENSION_LABELS[match.group(1)][lang]
        return label.format(dimension=dimension.capitalize(), n=match.group(2)), help_text
    label, help_text = COLUMN_TEXT.get(f"{table}.{column.name}", {}).get(
        lang, (column.name, column.doc)
    )
    return label, help_text.format(**fields) if fields else help_text


def _number(x: float) -> str:
    return f"{x:g}"


def allowed_text(column: Column, lang: Lang = "nl") -> str:
    """What a column accepts, in words (made from the schema)."""
    if column.kind == "choice":
        return ", ".join(choice_word(c, lang) for c in column.choices)
    if column.kind == "org":
        return text("allowed_org", lang)
    if column.kind == "yesno":
        return text("allowed_yesno", lang)
    if column.kind == "date":
        return text("allowed_date", lang)
    if column.kind == "period":
        return text("allowed_period", lang)
    if column.kind in ("integer", "number"):
        if column.ge is not None and column.le is not None:
            return text("allowed_between", lang, low=_number(column.ge), high=_number(column.le))
        if column.ge is not None:
            base = text("allowed_at_least", lang, low=_number(column.ge))
            return f"{text('allowed_whole', lang)}, {base}" if column.kind == "integer" else base
        return text("allowed_whole" if column.kind == "integer" else "allowed_number", lang)
    return text("allowed_text", lang)


# --------------------------------------------------------------------------------------
# Settings from region.toml
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateSettings:
    """What ``region.toml`` says about the templates.

    Attributes
    ----------
    contact : str
        The contact line (empty: a neutral sentence is used).
    tables : tuple of str
        Tables asked of care providers; others get those not about care delivery.
    survey_items : int
        Likert items per dimension in the collaboration survey sheet.
    rows : int
        Empty rows with validation in the sheets that are not pre-filled.
    deadline : str
        When the workbook should be returned (empty: not mentioned).
    threshold : int
        The suppression threshold, for the confidentiality sentence.

    Examples
    --------
    >>> TemplateSettings.from_toml({"contact": {"name": "Anna", "email": "a@x.nl"}}).contact
    'Anna, a@x.nl'
    >>> TemplateSettings.from_toml({"templates": {"tables": ["ties"]}}).tables
    ('ties',)
    """

    contact: str = ""
    tables: tuple[str, ...] = DEFAULT_TABLES
    survey_items: int = 3
    rows: int = 200
    deadline: str = ""
    threshold: int = SUPPRESSION_THRESHOLD

    @classmethod
    def from_toml(cls, data: Mapping[str, Any]) -> TemplateSettings:
        """Settings from the parsed ``region.toml`` (unknown table names are ignored)."""
        contact = data.get("contact", "")
        if isinstance(contact, Mapping):
            keys = ("name", "role", "organisation", "email", "phone")
            contact = ", ".join(str(contact[k]) for k in keys if contact.get(k))
        section = data.get("templates", {})
        section = section if isinstance(section, Mapping) else {}
        tables = section.get("tables", DEFAULT_TABLES)
        defaults = data.get("defaults", {})
        defaults = defaults if isinstance(defaults, Mapping) else {}
        threshold = defaults.get("suppression_threshold", SUPPRESSION_THRESHOLD)
        return cls(
            contact=str(contact or ""),
            tables=tuple(t for t in tables if t in PARTNER_TABLES),
            survey_items=int(section.get("survey_items", 3)),
            rows=int(section.get("rows", 200)),
            deadline=str(section.get("deadline", "")),
            threshold=int(threshold),
        )

    @classmethod
    def for_region(cls, folder: Path) -> TemplateSettings:
        """Settings of a region folder (defaults when it has no readable ``region.toml``)."""
        path = folder / "region.toml"
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            data = {}
        return cls.from_toml(data)


def partner_tables(org_type: object, settings: TemplateSettings) -> tuple[str, ...]:
    """The tables one partner is asked to fill in, in schema order.

    Examples
    --------
    >>> partner_tables("gemeente", TemplateSettings())
    ('ties', 'survey')
    >>> partner_tables("vvt", TemplateSettings())
    ('ties', 'flows', 'capacity', 'survey')
    """
    care = str(org_type) not in NOT_PROVIDERS
    about_care = {"flows", "episodes", "capacity"}
    return tuple(
        t for t in PARTNER_TABLES if t in settings.tables and (care or t not in about_care)
    )


def periods_of(period: str) -> list[str]:
    """The periods offered in the drop-down for a region period such as ``2026``.

    Examples
    --------
    >>> periods_of("2026")[:6]
    ['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-01']
    >>> periods_of("")
    []
    """
    match = re.match(r"^(\d{4})", period.strip())
    if not match:
        return []
    year = match.group(1)
    return [
        year,
        *(f"{year}-Q{q}" for q in range(1, 5)),
        *(f"{year}-{m:02d}" for m in range(1, 13)),
    ]


# --------------------------------------------------------------------------------------
# The workbook
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Partner:
    """The organisation a workbook is for."""

    org_id: str
    name: str
    type: str


def _columns(table: Table, settings: TemplateSettings) -> list[Column]:
    """The named columns of a sheet, with the survey items spelled out."""
    cols = list(table.columns)
    if table.pattern_columns:
        for dimension in DIMENSIONS:
            for n in range(1, settings.survey_items + 1):
                cols.append(table.column(f"{dimension}_{n}"))
    if table.name == "survey":
        # the free text last: it is the least important
        cols = [c for c in cols if c.name != "remarks"] + [c for c in cols if c.name == "remarks"]
    return cols


def _validation(
    column: Column, lang: Lang, periods: Sequence[str], orgs_ref: str
) -> dict[str, Any] | None:
    """The data validation of a column, made from its kind, choices and range."""
    allowed = allowed_text(column, lang)
    stop = {
        "error_title": text("error_title", lang),
        "error_message": text("error_range", lang, allowed=allowed)[:255],
    }
    if column.kind == "choice":
        return {
            "validate": "list",
            "source": [choice_word(c, lang) for c in column.choices],
            "error_message": text("error_list", lang),
            "error_title": text("error_title", lang),
        }
    if column.kind == "yesno":
        return {
            "validate": "list",
            "source": [text("yes", lang), text("no", lang)],
            "error_message": text("error_list", lang),
            "error_title": text("error_title", lang),
        }
    if column.kind == "org":
        # a warning only: a code typed by hand is fine too
        return {"validate": "list", "source": f"={orgs_ref}", "error_type": "warning", **stop}
    if column.kind == "period":
        if not periods:
            return None
        return {"validate": "list", "source": list(periods), "error_type": "warning", **stop}
    if column.kind == "date":
        return {
            "validate": "date",
            "criteria": "between",
            "minimum": dt.date(2000, 1, 1),
            "maximum": dt.date(2099, 12, 31),
            **stop,
        }
    if column.kind in ("integer", "number"):
        kind = "integer" if column.kind == "integer" else "decimal"
        if column.ge is not None and column.le is not None:
            return {
                "validate": kind,
                "criteria": "between",
                "minimum": _bound(column.ge),
                "maximum": _bound(column.le),
                **stop,
            }
        if column.ge is not None:
            return {"validate": kind, "criteria": ">=", "value": _bound(column.ge), **stop}
        if column.le is not None:
            return {"validate": kind, "criteria": "<=", "value": _bound(column.le), **stop}
        return None
    if column.name == "flow_type":
        return {"validate": "list", "source": list(FLOW_TYPES), "error_type": "information"}
    return None


def _bound(x: float) -> float | int:
    """A range bound as written into the workbook (whole numbers without ``.0``)."""
    return int(x) if float(x).is_integer() else x


def _row_height(content: str, width_chars: int) -> float:
    lines = sum(max(1, math.ceil(len(part) / max(width_chars, 1))) for part in content.split("\n"))
    return 15.0 * lines + 3


def write_template(
    path: Path,
    partner: Partner,
    organisations: pd.DataFrame,
    region: RegionInfo,
    settings: TemplateSettings | None = None,
    lang: Lang = "nl",
) -> Path:
    """Write one partner's workbook.

    Parameters
    ----------
    path : Path
        The ``.xlsx`` to write (its folder is created).
    partner : Partner
        Who the workbook is for: the respondent of the pre-filled network survey.
    organisations : DataFrame
        The region's organisations (``org_id``, ``name``, ``type``).
    region : RegionInfo
        Name and period of the region.
    settings : TemplateSettings, optional
        From ``region.toml``; defaults otherwise.
    lang : {"nl", "en"}
        Language of the labels, help texts and drop-down words.

    Returns
    -------
    Path
        ``path``.

    Examples
    --------
    >>> import tempfile, openpyxl
    >>> orgs = pd.DataFrame({"org_id": ["A", "B"], "name": ["Aa", "Bb"], "type": ["vvt", "ggz"]})
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = write_template(Path(tmp) / "a.xlsx", Partner("A", "Aa", "vvt"), orgs,
    ...                        RegionInfo("r", "Regio R", "2026"))
    ...     book = openpyxl.load_workbook(p)
    >>> book.sheetnames[0], book.sheetnames[1], book.sheetnames[-1]
    ('Toelichting (netwerkscan)', 'ties netwerk', 'Lijsten (netwerkscan)')
    >>> [c.value for c in book["ties netwerk"][3]][:4]
    ['A', 'B', 'Bb', None]
    """
    import xlsxwriter

    settings = settings or TemplateSettings()
    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path), {"in_memory": True})
    book.set_properties(
        {
            "title": text("title", lang, region=region.name),
            "author": "netwerkscan",
            "created": CREATED,
        }
    )
    fmt = {
        "title": book.add_format({"bold": True, "font_size": 16}),
        "h": book.add_format({"bold": True, "font_size": 12, "font_color": "#0b5fa5"}),
        "p": book.add_format({"text_wrap": True, "valign": "top"}),
        "th": book.add_format(
            {"bold": True, "bg_color": "#d9dee4", "border": 1, "text_wrap": True}
        ),
        "td": book.add_format({"text_wrap": True, "valign": "top", "border": 1}),
        "label": book.add_format(
            {"italic": True, "text_wrap": True, "valign": "top", "font_color": "#5b6775"}
        ),
        "header": book.add_format({"bold": True, "bg_color": "#d9dee4", "border": 1}),
        "given": book.add_format({"bg_color": "#f3f6f9", "font_color": "#5b6775"}),
    }
    orgs = organisations.assign(
        org_id=organisations["org_id"].astype(str),
        name=organisations["name"].astype(str),
        type=organisations["type"].astype(str),
    )
    orgs = orgs.sort_values("name", key=lambda s: s.str.casefold(), kind="stable")
    tables = partner_tables(partner.type, settings)
    periods = periods_of(region.period)
    lists_name = note_sheet("sheet_lists", lang)
    orgs_ref = "Organisaties" if lang == "nl" else "Organisations"

    # 1. the instructions
    notes = book.add_worksheet(note_sheet("sheet_notes", lang))
    widths = (26, 11, 62, 30)
    for j, w in enumerate(widths):
        notes.set_column(j, j, w)
    chars = sum(widths) + 10
    row = 0

    def paragraph(content: str, style: str = "p") -> None:
        nonlocal row
        notes.merge_range(row, 0, row, 3, content, fmt[style])
        notes.set_row(row, _row_height(content, chars) if style == "p" else None)
        row += 1

    notes.write_string(row, 0, text("title", lang, region=region.name), fmt["title"])
    row += 1
    paragraph(text("for", lang, name=partner.name, org_id=partner.org_id))
    if region.period:
        paragraph(text("period", lang, period=region.period))
    if settings.deadline:
        paragraph(text("deadline", lang, deadline=settings.deadline))
    row += 1
    for title_key, body in (
        ("why_title", text("why", lang)),
        ("confidential_title", text("confidential", lang, threshold=settings.threshold)),
        ("how_title", text("how", lang)),
        (
            "contact_title",
            text("contact", lang, contact=settings.contact)
            if settings.contact
            else text("contact_missing", lang),
        ),
    ):
        paragraph(text(title_key, lang), "h")
        paragraph(body)
        row += 1
    paragraph(text("what_title", lang), "h")
    for name in tables:
        _, title, ask = TABLE_TEXT[name][lang]
        paragraph(text("what_item", lang, title=title, sheet=sheet_name(name, lang), ask=ask))
    for name in tables:
        row += 1
        paragraph(text("columns_title", lang, sheet=sheet_name(name, lang)), "h")
        heads = ("col_column", "col_required", "col_meaning", "col_allowed")
        for j, key in enumerate(heads):
            notes.write_string(row, j, text(key, lang), fmt["th"])
        row += 1
        for column in _columns(TABLES[name], settings):
            label, help_text = column_text(name, column, lang, org_id=partner.org_id)
            cells = (
                column.name,
                text("yes", lang) if column.required else "",
                f"{label}: {help_text}",
                allowed_text(column, lang),
            )
            for j, value in enumerate(cells):
                notes.write_string(row, j, value, fmt["td"])
            notes.set_row(row, _row_height(cells[2], widths[2]))
            row += 1

    # 2. one sheet per table
    for name in tables:
        table = TABLES[name]
        sheet = book.add_worksheet(sheet_name(name, lang))
        columns: list[Column | None] = list(_columns(table, settings))
        if name == "ties":
            columns.insert(2, None)  # the partner's name, for reading
        given: list[list[str]] = []
        if name == "ties":
            others = orgs[orgs["org_id"] != partner.org_id]
            given = [[partner.org_id, o.org_id, o.name] for o in others.itertuples(index=False)]
        last = 2 + (len(given) if given else settings.rows) - 1
        for j, col in enumerate(columns):
            if col is None:
                label, header, help_text = text("partner_name", lang), PARTNER_NAME_COLUMN, ""
            else:
                label, help_text = column_text(name, col, lang, org_id=partner.org_id)
                header = col.name
            sheet.write_string(0, j, label, fmt["label"])
            sheet.write_string(1, j, header, fmt["header"])
            width = max(len(header), min(len(label), 28), 10) + 2
            sheet.set_column(j, j, 34 if col is None else width)
            if col is None:
                continue
            options = _validation(col, lang, periods, orgs_ref)
            if name == "ties" and col.name in table.key:
                options = None  # pre-filled
            if options is not None:
                options.setdefault("ignore_blank", True)
                options["input_title"] = label[:32]
                options["input_message"] = f"{help_text} ({allowed_text(col, lang)})"[:255]
                sheet.data_validation(2, j, last, j, options)
        sheet.set_row(0, 45)
        for i, values in enumerate(given, start=2):
            for j, value in enumerate(values):
                sheet.write_string(i, j, value, fmt["given"])
        sheet.freeze_panes(2, 3 if name == "ties" else 0)
        sheet.autofilter(1, 0, last, len(columns) - 1)

    # 3. the organisations to pick from
    lists = book.add_worksheet(lists_name)
    lists.write_string(0, 0, text("list_name", lang), fmt["header"])
    lists.write_string(0, 1, text("list_code", lang), fmt["header"])
    lists.write_string(0, 2, text("list_type", lang), fmt["header"])
    lists.write_string(0, 4, text("list_note", lang), fmt["label"])
    for i, o in enumerate(orgs.itertuples(index=False), start=1):
        lists.write_string(i, 0, o.name)
        lists.write_string(i, 1, o.org_id)
        lists.write_string(i, 2, o.type)
    lists.set_column(0, 0, max([len(n) for n in orgs["name"]] + [12]) + 2)
    lists.set_column(1, 2, 18)
    lists.set_column(4, 4, 60)
    book.define_name(orgs_ref, f"='{lists_name}'!$A$2:$A${max(len(orgs), 1) + 1}")
    book.close()
    return path


def file_name(org_id: str, name: str) -> str:
    """A safe file name for a partner's workbook.

    Examples
    --------
    >>> file_name("VVT1", "Zorgcentrum 't Hooge Hof / Lindewaard")
    "datavraag VVT1 Zorgcentrum 't Hooge Hof Lindewaard.xlsx"
    """
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", f"{org_id} {name}")
    safe = re.sub(r"\s+", " ", safe).strip().rstrip(".")[:100]
    return f"datavraag {safe}.xlsx"


def write_templates(
    folder: Path,
    out_dir: Path | None = None,
    *,
    lang: Lang = "nl",
    organisations: pd.DataFrame | None = None,
    region: RegionInfo | None = None,
) -> list[Path]:
    """One workbook per organisation of a region, written as one folder at once.

    Parameters
    ----------
    folder : Path
        The region folder (``data/raw/<region>``): its organisations and ``region.toml``.
    out_dir : Path, optional
        Default ``reports/<region>/templates``; replaced as a whole (renames only),
        so a template of an organisation that left does not linger.
    lang : {"nl", "en"}
    organisations, region : optional
        Already loaded (:func:`scan.data.merge.load_region` is called otherwise).

    Returns
    -------
    list of Path
        The workbooks, in ``org_id`` order.
    """
    from scan import config

    if organisations is None or region is None:
        from scan.data.merge import load_region

        data = load_region(folder)
        organisations, region = data.organisations, data.region
    settings = TemplateSettings.for_region(folder)
    target = out_dir if out_dir is not None else config.reports_dir(region.key) / "templates"
    names: list[str] = []
    with atomic_folder(target) as build:
        for o in organisations.sort_values("org_id").itertuples(index=False):
            partner = Partner(str(o.org_id), str(o.name), str(o.type))
            name = file_name(partner.org_id, partner.name)
            write_template(build / name, partner, organisations, region, settings, lang)
            names.append(name)
    return [target / n for n in names]
