"""The message catalogue: every sentence an adviser or partner reads, per language.

Codes are stable identifiers stored in the data-quality tables; the words are
made at display time by :func:`reason`, so the same run can be shown in Dutch
(the default) or English.

Examples
--------
>>> reason("out_of_range", value="7", detail="1–4", column="trust_open")
'7 ligt buiten het toegestane bereik (1–4); de rij is niet gebruikt'
>>> reason("out_of_range", lang="en", value="7", detail="1–4", column="trust_open")
'7 is outside the allowed range (1–4); the row is not used'
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

# -- labels shared by the analysis, the figures and the report --------------------

#: Readiness bands and the seven dimensions (shared ambition and six driving forces).
BAND_LABELS: dict[str, dict[Lang, str]] = {
    "strength": {"nl": "sterk punt", "en": "strength"},
    "discuss": {"nl": "bespreken", "en": "discuss"},
    "concern": {"nl": "zorgpunt", "en": "concern"},
}
DIMENSION_LABELS: dict[str, dict[Lang, str]] = {
    "ambition": {"nl": "gedeelde ambitie", "en": "shared ambition"},
    "trust": {"nl": "vertrouwen en openheid", "en": "trust and openness"},
    "governance": {"nl": "sturing en afspraken", "en": "governance and agreements"},
    "leadership": {"nl": "leiderschap", "en": "leadership"},
    "finance": {"nl": "financiering", "en": "finance"},
    "capacity": {"nl": "beschikbare capaciteit", "en": "available capacity"},
    "perseverance": {"nl": "doorzettingsvermogen", "en": "perseverance"},
}

LAYER_LABELS: dict[str, dict[Lang, str]] = {
    "bestuur": {"nl": "bestuur", "en": "board"},
    "management": {"nl": "management", "en": "management"},
    "uitvoering": {"nl": "uitvoering", "en": "operations"},
}

FAMILY_LABELS: dict[str, dict[Lang, str]] = {
    "primary": {"nl": "huisarts en eerste lijn", "en": "GP and primary care"},
    "hospital": {"nl": "ziekenhuis", "en": "hospital"},
    "home_care": {"nl": "wijkverpleging", "en": "district nursing"},
    "elderly": {"nl": "ouderenzorg", "en": "elderly care"},
    "mental": {"nl": "ggz", "en": "mental health care"},
    "disability": {"nl": "gehandicaptenzorg", "en": "disability care"},
    "social": {"nl": "gemeente en welzijn", "en": "municipality and welfare"},
    "funders": {"nl": "zorgverzekeraar en zorgkantoor", "en": "health insurer and care office"},
    "other": {"nl": "overig", "en": "other"},
}

#: Organisation type in words (hover texts).
TYPE_LABELS: dict[str, dict[Lang, str]] = {
    "huisartsenpraktijk": {"nl": "huisartsenpraktijk", "en": "GP practice"},
    "huisartsenpost": {"nl": "huisartsenpost", "en": "GP out-of-hours service"},
    "zorggroep": {"nl": "zorggroep", "en": "primary care group"},
    "ziekenhuis": {"nl": "ziekenhuis", "en": "hospital"},
    "wijkverpleging": {"nl": "wijkverpleging", "en": "district nursing"},
    "vvt": {"nl": "verpleging, verzorging en thuiszorg", "en": "nursing and care home"},
    "ggz": {"nl": "ggz", "en": "mental health care"},
    "gehandicaptenzorg": {"nl": "gehandicaptenzorg", "en": "disability care"},
    "apotheek": {"nl": "apotheek", "en": "pharmacy"},
    "fysiotherapie": {"nl": "fysiotherapie", "en": "physiotherapy"},
    "welzijn": {"nl": "welzijn", "en": "social welfare"},
    "gemeente": {"nl": "gemeente", "en": "municipality"},
    "zorgverzekeraar": {"nl": "zorgverzekeraar", "en": "health insurer"},
    "zorgkantoor": {"nl": "zorgkantoor", "en": "care office"},
    "transferpunt": {"nl": "transferpunt", "en": "transfer desk"},
    "other": {"nl": "overig", "en": "other"},
}

INTERVENTION_LABELS: dict[str, dict[Lang, str]] = {
    "blue": {"nl": "blauw: heldere afspraken", "en": "blue: clear agreements"},
    "yellow": {"nl": "geel: coalities en belangen", "en": "yellow: coalitions and interests"},
    "red": {"nl": "rood: prikkels en beloning", "en": "red: incentives"},
    "green": {"nl": "groen: samen leren", "en": "green: learning together"},
    "white": {"nl": "wit: laten groeien", "en": "white: let it grow"},
}

#: Axis titles of the profile features the segment chart can show.
FEATURE_LABELS: dict[str, dict[Lang, str]] = {
    "degree_centrality": {
        "nl": "Aandeel organisaties waarmee wordt samengewerkt",
        "en": "Share of organisations it works with",
    },
    "betweenness": {"nl": "Verbindende rol in het netwerk", "en": "Brokerage in the network"},
    "utilisation": {
        "nl": "Bezetting (vraag ÷ capaciteit)",
        "en": "Utilisation (demand ÷ capacity)",
    },
    "wait_days": {"nl": "Wachttijd (dagen)", "en": "Waiting time (days)"},
    "readiness": {
        "nl": "Samenwerkingskracht (1 tot 5)",
        "en": "Collaboration readiness (1 to 5)",
    },
}

#: Titles, notes and legends of the figures.
FIGURE_TEXT: dict[str, dict[Lang, str]] = {
    "map_title": {"nl": "Wie werkt met wie samen", "en": "Who works with whom"},
    "map_note_degree": {
        "nl": "Elke bol is een organisatie; hoe groter, hoe meer samenwerkingspartners. "
        "Hoe dikker en donkerder de lijn, hoe vaker er contact is.",
        "en": "Each dot is an organisation; the larger, the more partners. "
        "The thicker and darker the line, the more often they are in contact.",
    },
    "map_note_betweenness": {
        "nl": "Elke bol is een organisatie; hoe groter, hoe vaker zij de verbindende schakel "
        "tussen anderen is. Hoe dikker en donkerder de lijn, hoe vaker er contact is.",
        "en": "Each dot is an organisation; the larger, the more often it links others. "
        "The thicker and darker the line, the more often they are in contact.",
    },
    "map_note_ring": {
        "nl": "Zwarte ring: zonder deze organisatie valt het netwerk uiteen.",
        "en": "Black ring: without this organisation the network falls apart.",
    },
    "map_note_top": {
        "nl": "Alleen de organisaties met de grootste bol hebben een naam.",
        "en": "Only the organisations with the largest dots are labelled.",
    },
    "map_note_code": {
        "nl": "Waar een naam niet past, staat de code van de organisatie.",
        "en": "Where a name does not fit, the organisation's code is shown.",
    },
    "mutual": {"nl": "beide noemen elkaar", "en": "named by both"},
    "one_sided": {"nl": "door één kant genoemd", "en": "named by one side only"},
    "unknown": {
        "nl": "partner vulde niet in: onbekend",
        "en": "partner did not answer: unknown",
    },
    "non_respondent": {
        "nl": "vulde de vragenlijst niet in",
        "en": "did not answer the survey",
    },
    "articulation": {"nl": "kwetsbare schakel", "en": "critical link"},
    "community_title": {
        "nl": "Wie werkt met wie samen: groepen organisaties",
        "en": "Who works with whom: groups of organisations",
    },
    "community_note": {
        "nl": "Het netwerk is te groot om elke organisatie te tonen. Elke bol is een groep "
        "organisaties die vooral onderling samenwerken; grootte = aantal organisaties, "
        "kleur = de meest voorkomende soort. Hoe dikker de lijn, hoe meer relaties tussen "
        "de groepen.",
        "en": "The network is too large to show every organisation. Each dot is a group of "
        "organisations that mostly work with each other; size = number of organisations, "
        "colour = the most common kind. The thicker the line, the more ties between groups.",
    },
    "group": {"nl": "groep {g}", "en": "group {g}"},
    "no_group": {"nl": "zonder groep", "en": "no group"},
    "orgs": {"nl": "{n} org.", "en": "{n} orgs"},
    "interactive_title": {
        "nl": "Wie werkt met wie samen (zoom in en wijs een organisatie aan)",
        "en": "Who works with whom (zoom in and point at an organisation)",
    },
    "hover_type": {"nl": "Soort", "en": "Type"},
    "hover_trust": {"nl": "Vertrouwen ontvangen", "en": "Trust received"},
    "hover_trust_detail": {
        "nl": "{v} op een schaal van 1 tot 4, van {n} partners",
        "en": "{v} on a scale of 1 to 4, from {n} partners",
    },
    "hover_partners": {"nl": "Samenwerkingspartners", "en": "Partners"},
    "hover_partners_detail": {
        "nl": "{d} (noemt er {o}, genoemd door {i})",
        "en": "{d} (names {o}, named by {i})",
    },
    "hover_partners_named": {"nl": "{d} (genoemd door {i})", "en": "{d} (named by {i})"},
    "hover_flows": {"nl": "Cliënten", "en": "Clients"},
    "hover_flows_detail": {
        "nl": "{i} ontvangen, {o} doorgestuurd",
        "en": "{i} received, {o} sent on",
    },
    "flow_title": {
        "nl": "De grootste cliëntstromen: wie stuurt cliënten naar wie",
        "en": "The largest client flows: who sends clients to whom",
    },
    "flow_note": {
        "nl": "Aantal cliënten over de hele periode; het percentage is het deel van alle "
        "cliënten die de verzender doorstuurt. Kleur = soort verzender.{small}",
        "en": "Number of clients over the whole period; the percentage is the share of all "
        "clients the sender refers on. Colour = kind of sender.{small}",
    },
    "flow_small": {
        "nl": " Stromen van minder dan {t} cliënten zijn weggelaten.",
        "en": " Flows of fewer than {t} clients are left out.",
    },
    "flow_axis": {"nl": "Aantal cliënten", "en": "Number of clients"},
    "family_flow_title": {
        "nl": "Cliëntstromen tussen soorten organisaties",
        "en": "Client flows between kinds of organisations",
    },
    "family_flow_note": {
        "nl": "Aantal cliënten van de soort links naar de soort boven, over de hele periode. "
        "'<{t}': minder dan {t}, niet getoond.",
        "en": "Number of clients from the kind on the left to the kind on top, over the "
        "whole period. '<{t}': fewer than {t}, not shown.",
    },
    "from": {"nl": "van", "en": "from"},
    "to": {"nl": "naar", "en": "to"},
    "pressure_title": {
        "nl": "Waar de vraag groter is dan de capaciteit",
        "en": "Where demand exceeds capacity",
    },
    "pressure_note": {
        "nl": "Bezetting = vraag gedeeld door capaciteit. Boven de lijn 'vol' (1) is er meer "
        "vraag dan plek en ontstaan wachtlijsten. In kleur: wie in de laatste periode boven "
        "de 1 zit.{more}",
        "en": "Utilisation = demand divided by capacity. Above the line 'full' (1) demand "
        "exceeds capacity and waiting lists grow. In colour: above 1 in the latest "
        "period.{more}",
    },
    "pressure_more": {
        "nl": " Alleen de {n} hoogste hebben een naam.",
        "en": " Only the {n} highest are labelled.",
    },
    "pressure_axis": {
        "nl": "Bezetting (vraag ÷ capaciteit)",
        "en": "Utilisation (demand ÷ capacity)",
    },
    "full": {"nl": "vol", "en": "full"},
    "readiness_title": {
        "nl": "Hoe sterk is de samenwerking volgens bestuur, management en uitvoering",
        "en": "How strong is collaboration according to board, management and operations",
    },
    "readiness_note": {
        "nl": "Gemiddelde score op een schaal van 1 tot 5; n = aantal ingevulde vragenlijsten.",
        "en": "Average score on a scale of 1 to 5; n = number of completed questionnaires.",
    },
    "overall": {"nl": "gemiddeld", "en": "average"},
    "region": {"nl": "hele regio", "en": "whole region"},
    "band_strength": {"nl": "sterk punt (4 of hoger)", "en": "strength (4 or higher)"},
    "band_discuss": {"nl": "bespreken (3 tot 4)", "en": "discuss (3 to 4)"},
    "band_concern": {"nl": "zorgpunt (onder 3)", "en": "concern (below 3)"},
    "gap_title": {
        "nl": "Waar bestuur, management en uitvoering de samenwerking verschillend zien",
        "en": "Where board, management and operations see collaboration differently",
    },
    "gap_note": {
        "nl": "Verschil in gemiddelde score tussen twee lagen, met een {ci}-"
        "betrouwbaarheidsinterval (de streep). Rechts van de 0 is de eerst genoemde laag "
        "positiever. Open bol: het verschil kan toeval zijn.",
        "en": "Difference in average score between two layers, with a {ci} confidence "
        "interval (the bar). Right of 0 the first-named layer is more positive. Open dot: "
        "the difference may be chance.",
    },
    "gap_axis": {"nl": "Verschil in score", "en": "Difference in score"},
    "no_gap": {"nl": "geen verschil", "en": "no difference"},
    "vs": {"nl": "{a} – {b}", "en": "{a} – {b}"},
    "ie_title": {
        "nl": "Quick wins: wat veel oplevert en weinig moeite kost",
        "en": "Quick wins: what achieves much for little effort",
    },
    "ie_note": {
        "nl": "Elke stip is een voorgestelde stap (nummer zoals in de tabel); de kleur is "
        "het soort aanpak.",
        "en": "Each dot is a proposed step (number as in the table); the colour is the "
        "kind of approach.",
    },
    "effort": {"nl": "Moeite  (weinig → veel)", "en": "Effort  (little → much)"},
    "impact": {"nl": "Opbrengst  (weinig → veel)", "en": "Impact  (little → much)"},
    "q_first": {"nl": "eerst doen", "en": "do first"},
    "q_plan": {"nl": "goed voorbereiden", "en": "plan well"},
    "q_fill": {"nl": "tussendoor doen", "en": "do on the side"},
    "q_leave": {"nl": "laten liggen", "en": "leave for now"},
    "segment_title": {
        "nl": "Groepen organisaties: wie kan voorop lopen en wie moet mee worden genomen",
        "en": "Groups of organisations: who can lead and who must be brought along",
    },
    "segment_note": {
        "nl": "Elke stip is een organisatie; de vorm is de groep, de kleur de soort "
        "organisatie.{code}",
        "en": "Each dot is an organisation; the shape is its group, the colour its kind.{code}",
    },
    "segment_left_out": {
        "nl": "{n} organisaties zonder score op een van beide assen staan er niet in.",
        "en": "{n} organisations without a score on either axis are not shown.",
    },
    "segment": {"nl": "Groep", "en": "Group"},
    "kind": {"nl": "Soort organisatie", "en": "Kind of organisation"},
}


#: Reasons for a row, cell or file; filled in with column, value and detail.
REASONS: dict[str, dict[Lang, str]] = {
    # cells that cannot be read: left empty (warning) or, if required, the row is not used
    "missing_required": {
        "nl": "verplichte waarde in '{column}' ontbreekt; de rij is niet gebruikt",
        "en": "required value in '{column}' is missing; the row is not used",
    },
    "not_applicable": {
        "nl": "'{value}' is geen getal maar 'geen waarde'; de cel is als leeg gelezen",
        "en": "'{value}' is not a number but 'no value'; the cell is read as empty",
    },
    "not_a_number": {
        "nl": "'{value}' is geen getal; de cel is als leeg gelezen",
        "en": "'{value}' is not a number; the cell is read as empty",
    },
    "not_a_date": {
        "nl": "'{value}' is geen datum (verwacht 31-03-2026 of 2026-03-31); de cel is als leeg gelezen",
        "en": "'{value}' is not a date (expected 2026-03-31 or 31-03-2026); the cell is read as empty",
    },
    "not_a_period": {
        "nl": "'{value}' is geen periode (verwacht 2026, 2026-Q1 of 2026-03); de cel is als leeg gelezen",
        "en": "'{value}' is not a period (expected 2026, 2026-Q1 or 2026-03); the cell is read as empty",
    },
    "not_yes_no": {
        "nl": "'{value}' is geen ja of nee; de cel is als leeg gelezen",
        "en": "'{value}' is not yes or no; the cell is read as empty",
    },
    "not_a_choice": {
        "nl": "'{value}' is geen toegestane waarde ({detail}); de cel is als leeg gelezen",
        "en": "'{value}' is not an allowed value ({detail}); the cell is read as empty",
    },
    "not_whole": {
        "nl": "'{value}' is geen heel getal; de rij is niet gebruikt",
        "en": "'{value}' is not a whole number; the row is not used",
    },
    "out_of_range": {
        "nl": "{value} ligt buiten het toegestane bereik ({detail}); de rij is niet gebruikt",
        "en": "{value} is outside the allowed range ({detail}); the row is not used",
    },
    "invalid": {
        "nl": "'{value}' voldoet niet aan de regel {detail}; de rij is niet gebruikt",
        "en": "'{value}' does not meet the rule {detail}; the row is not used",
    },
    "extra_cells": {
        "nl": "de rij heeft meer cellen dan de kopregel ({detail}); de extra cellen zijn genegeerd",
        "en": "the row has more cells than the header ({detail}); the extra cells are ignored",
    },
    "unknown_org": {
        "nl": "organisatie '{value}' staat niet in de organisatielijst; de rij is niet gebruikt",
        "en": "organisation '{value}' is not in the list of organisations; the row is not used",
    },
    "ambiguous_org": {
        "nl": "'{value}' kan meerdere organisaties zijn ({detail}); de rij is niet gebruikt",
        "en": "'{value}' could be several organisations ({detail}); the row is not used",
    },
    "not_a_partner": {
        "nl": "de rij zegt 'geen partner' maar bevat wel antwoorden; de rij is niet gebruikt",
        "en": "the row says 'not a partner' but holds answers; the row is not used",
    },
    "self_tie": {
        "nl": "een organisatie noemt zichzelf als partner; de rij is niet gebruikt",
        "en": "an organisation names itself as a partner; the row is not used",
    },
    "duplicate_header": {
        "nl": "kolom '{column}' staat twee keer in de kopregel; de tweede is bewaard als '{detail}'",
        "en": "column '{column}' appears twice in the header; the second is kept as '{detail}'",
    },
    # files and sheets
    "not_recognised": {
        "nl": "de naam begint niet met een tabel uit de datavraag ({detail}); niet gelezen",
        "en": "the name does not start with a table of the data request ({detail}); not read",
    },
    "unsupported_format": {
        "nl": "bestandsformaat wordt niet gelezen (wel: .csv, .txt, .xlsx); niet gelezen",
        "en": "file format is not read (supported: .csv, .txt, .xlsx); not read",
    },
    "no_header": {
        "nl": "geen kopregel gevonden met de verplichte kolommen ({detail}); niet gelezen",
        "en": "no header row with the required columns found ({detail}); not read",
    },
    "unreadable": {
        "nl": "het bestand kan niet worden geopend ({detail}); niet gelezen",
        "en": "the file cannot be opened ({detail}); not read",
    },
    "empty": {
        "nl": "het bestand of tabblad bevat geen gegevens",
        "en": "the file or sheet holds no data",
    },
    "encoding_guess": {
        "nl": "tekens gelezen als Latin-1 omdat UTF-8 en Windows-1252 niet pasten; controleer accenten",
        "en": "characters read as Latin-1 because neither UTF-8 nor Windows-1252 fitted; check accents",
    },
    "bad_region_toml": {
        "nl": "region.toml kan niet worden gelezen ({detail}); standaardwaarden gebruikt",
        "en": "region.toml cannot be read ({detail}); defaults used",
    },
}

#: Words used in summaries.
WORDS: dict[str, dict[Lang, str]] = {
    "adviser": {"nl": "adviseur", "en": "adviser"},
    "quarantined": {"nl": "niet gebruikt", "en": "not used"},
    "warning": {"nl": "waarschuwing", "en": "warning"},
    "supplier": {"nl": "leverancier", "en": "supplier"},
    "table": {"nl": "tabel", "en": "table"},
    "read": {"nl": "gelezen", "en": "read"},
    "used": {"nl": "gebruikt", "en": "used"},
    "duplicates": {"nl": "dubbel", "en": "duplicates"},
    "overruled": {"nl": "conflict, vervangen", "en": "conflict, overruled"},
    "conflicts": {"nl": "conflicten", "en": "conflicts"},
    "fuzzy": {"nl": "bij benadering herkend", "en": "fuzzy matches"},
    "files_not_used": {
        "nl": "Bestanden en tabbladen die niet zijn gelezen",
        "en": "Files and sheets not read",
    },
    "problems": {"nl": "Rijen en cellen met een probleem", "en": "Rows and cells with a problem"},
    "matches": {"nl": "Organisatienamen herkend", "en": "Organisation names recognised"},
    "title": {"nl": "Datakwaliteit", "en": "Data quality"},
    "total": {"nl": "totaal", "en": "total"},
    "row": {"nl": "rij", "en": "row"},
    "column": {"nl": "kolom", "en": "column"},
    "sheet": {"nl": "tabblad", "en": "sheet"},
    "kept": {"nl": "bewaard", "en": "kept"},
    "instead_of": {"nl": "in plaats van", "en": "instead of"},
    "by_name": {"nl": "op naam", "en": "by name"},
    "by_alias": {"nl": "op andere naam", "en": "by alias"},
    "by_fuzzy": {"nl": "bij benadering", "en": "fuzzy"},
    "score": {"nl": "score", "en": "score"},
    "and_more": {"nl": "… en nog {n}", "en": "… and {n} more"},
    "files_read": {"nl": "Gelezen bestanden en tabbladen", "en": "Files and sheets read"},
    "rows_n": {"nl": "{n} rijen", "en": "{n} rows"},
    "header_at": {"nl": "kopregel op rij {n}", "en": "header on row {n}"},
    "delimiter_is": {"nl": "scheidingsteken {d}", "en": "delimiter {d}"},
    "decimal_comma": {"nl": "decimale komma", "en": "decimal comma"},
    "extra_columns": {"nl": "extra kolommen bewaard: {cols}", "en": "extra columns kept: {cols}"},
    "with_bom": {"nl": "UTF-8 met BOM", "en": "UTF-8 with BOM"},
    "tab": {"nl": "tab", "en": "tab"},
    "values_differ": {"nl": "verschillende waarden", "en": "differing values"},
    "nothing_usable": {
        "nl": "Er is niets bruikbaars over: {detail}",
        "en": "Nothing usable is left: {detail}",
    },
}


#: The report's sentences and labels, per language; filled in by :func:`say`.
REPORT: dict[str, dict[Lang, str]] = {
    "and": {"nl": "en", "en": "and"},
    "and_n_more": {"nl": "nog {n} andere", "en": "{n} others"},
    "defaults": {"nl": "standaard", "en": "defaults"},
    # title block
    "kicker": {
        "nl": "Onafhankelijke analyse van de regionale samenwerking",
        "en": "Independent analysis of the regional collaboration",
    },
    "title_period": {"nl": "Periode: {period}", "en": "Period: {period}"},
    "title_date": {"nl": "Opgesteld op {date}", "en": "Prepared on {date}"},
    "title_anonymised": {
        "nl": "Geanonimiseerde versie: organisaties staan er met een code in, niet met hun naam.",
        "en": "Anonymised version: organisations are shown by a code, not by name.",
    },
    "contents": {"nl": "Inhoud", "en": "Contents"},
    # sections
    "section_summary": {"nl": "Samenvatting", "en": "Summary"},
    "section_changes": {"nl": "Wat is er veranderd", "en": "What has changed"},
    "section_participation": {
        "nl": "Deelname en datakwaliteit",
        "en": "Participation and data quality",
    },
    "section_network": {"nl": "Het netwerk", "en": "The network"},
    "section_dependencies": {"nl": "Afhankelijkheden en stromen", "en": "Dependencies and flows"},
    "section_bottlenecks": {"nl": "Knelpunten", "en": "Bottlenecks"},
    "section_quick_wins": {"nl": "Quick wins", "en": "Quick wins"},
    "section_readiness": {"nl": "Samenwerkingskracht", "en": "Readiness to collaborate"},
    "section_segments": {"nl": "Segmenten", "en": "Segments"},
    "section_method": {"nl": "Verantwoording", "en": "Method and sources"},
    # participation
    "kf_organisations": {"nl": "organisaties in beeld", "en": "organisations in view"},
    "kf_response": {
        "nl": "deed mee aan de netwerkvragenlijst",
        "en": "answered the network survey",
    },
    "kf_rows_used": {"nl": "regels gegevens gebruikt", "en": "data rows used"},
    "kf_rows_not_used": {"nl": "regels niet gebruikt", "en": "rows not used"},
    "response_sentence": {
        "nl": "{respondents} van de {organisations} organisaties vulden de netwerkvragenlijst in ({rate}). De betrouwbaarheid van de netwerkcijfers is daarmee {confidence}. Van organisaties die niet meededen weten we niet met wie zij samenwerken; dat telt niet als 'geen samenwerking'.",
        "en": "{respondents} of the {organisations} organisations answered the network survey ({rate}). The network figures can therefore be trusted to a {confidence} degree. For organisations that did not answer we do not know whom they work with; that is not counted as 'no collaboration'.",
    },
    "confidence_high": {"nl": "hoog", "en": "high"},
    "confidence_moderate": {"nl": "redelijk", "en": "moderate"},
    "confidence_low": {
        "nl": "laag: lees de netwerkcijfers met voorzichtigheid",
        "en": "low: read the network figures with care",
    },
    "rows_sentence": {
        "nl": "Van de {read} aangeleverde regels zijn er {used} gebruikt. {quarantined} regels konden niet worden gebruikt (hieronder staat waarom), {duplicates} regels waren dubbel aangeleverd, {conflicts} keer leverden twee partijen verschillende cijfers over hetzelfde, en {fuzzy} organisatienamen zijn bij benadering herkend.",
        "en": "Of the {read} rows delivered, {used} were used. {quarantined} rows could not be used (the reasons are listed below), {duplicates} rows were delivered twice, {conflicts} times two parties delivered different figures for the same thing, and {fuzzy} organisation names were recognised approximately.",
    },
    "col_supplier": {"nl": "Aangeleverd door", "en": "Delivered by"},
    "col_table": {"nl": "Gegevens", "en": "Data"},
    "col_read": {"nl": "Regels", "en": "Rows"},
    "col_used": {"nl": "Gebruikt", "en": "Used"},
    "col_not_used": {"nl": "Niet gebruikt", "en": "Not used"},
    "col_duplicates": {"nl": "Dubbel", "en": "Duplicates"},
    "col_overruled": {"nl": "Vervangen", "en": "Overruled"},
    "caption_deliveries": {
        "nl": "Wat elke partij aanleverde en wat daarvan is gebruikt",
        "en": "What each party delivered and what was used",
    },
    "issues_title": {
        "nl": "Regels en cellen met een probleem",
        "en": "Rows and cells with a problem",
    },
    "col_file": {"nl": "Bestand", "en": "File"},
    "col_row": {"nl": "Rij", "en": "Row"},
    "col_column": {"nl": "Kolom", "en": "Column"},
    "col_reason": {"nl": "Wat er aan de hand is", "en": "What is wrong"},
    "files_not_read": {
        "nl": "Niet gelezen, omdat de naam niet zegt welke gegevens erin staan: {files}.",
        "en": "Not read, because the name does not say which data it holds: {files}.",
    },
    "fuzzy_sentence": {
        "nl": "Bij benadering herkende organisatienamen ({n}); controleer of het klopt: {examples}.",
        "en": "Organisation names recognised approximately ({n}); please check: {examples}.",
    },
    "table_organisations": {"nl": "organisaties", "en": "organisations"},
    "table_ties": {"nl": "netwerkvragenlijst", "en": "network survey"},
    "table_flows": {"nl": "cliëntstromen", "en": "client flows"},
    "table_episodes": {"nl": "zorgperiodes", "en": "episodes of care"},
    "table_capacity": {"nl": "capaciteit", "en": "capacity"},
    "table_survey": {"nl": "samenwerkingsvragenlijst", "en": "collaboration survey"},
    "table_initiatives": {"nl": "initiatieven", "en": "initiatives"},
    "files_title": {"nl": "Hoe de bestanden zijn gelezen", "en": "How the files were read"},
    # network
    "no_ties": {
        "nl": "Er is geen netwerkvragenlijst aangeleverd; het netwerk kan niet in kaart worden gebracht.",
        "en": "No network survey was delivered; the network cannot be mapped.",
    },
    "kf_ties": {"nl": "samenwerkingsrelaties genoemd", "en": "working relations named"},
    "kf_density": {
        "nl": "van alle mogelijke relaties bestaat",
        "en": "of all possible relations exist",
    },
    "kf_reciprocity": {
        "nl": "van de relaties wordt door beide kanten genoemd",
        "en": "of relations are named by both sides",
    },
    "kf_trust": {"nl": "gemiddeld vertrouwen (1–4)", "en": "average trust (1–4)"},
    "network_sentence": {
        "nl": "Een organisatie werkt gemiddeld met {degree} andere samen. Van alle denkbare relaties bestaat {density}. Van de relaties tussen organisaties die allebei meededen, noemen beide kanten elkaar in {reciprocity} van de gevallen. Het vertrouwen in elkaar is gemiddeld {trust} op een schaal van 1 tot 4; de waarde die men aan elkaar toekent {value}.",
        "en": "On average an organisation works with {degree} others. Of all conceivable relations, {density} exist. Between organisations that both answered, both sides name each other in {reciprocity} of cases. Trust in each other averages {trust} on a scale of 1 to 4; the value they see in each other {value}.",
    },
    "brokers_sentence": {
        "nl": "Spilorganisaties: via {names} lopen de meeste verbindingen tussen anderen. Zij kunnen informatie snel verspreiden, maar ook ophouden.",
        "en": "Hubs: most connections between others run through {names}. They can spread information quickly, but can also hold it up.",
    },
    "articulation_sentence": {
        "nl": "Kwetsbare schakels: {names}. Valt een van hen weg, dan raken andere organisaties los van de rest van het netwerk.",
        "en": "Weak links: {names}. If one of them drops out, other organisations lose their connection to the rest of the network.",
    },
    "low_trust_sentence": {
        "nl": "Weinig vertrouwen van partners (gemiddeld minder dan 2,5 op 4): {names}.",
        "en": "Little trust from partners (on average less than 2.5 out of 4): {names}.",
    },
    "alt_network_map": {
        "nl": "Wie werkt met wie samen. Kleur: soort organisatie. Grootte: hoe vaak genoemd. Doorgetrokken lijn: beide noemen elkaar; gestippeld: maar één kant noemt de ander.",
        "en": "Who works with whom. Colour: kind of organisation. Size: how often named. Solid line: both name each other; dashed: only one side names the other.",
    },
    "interactive_hint": {
        "nl": "Hieronder dezelfde kaart om in te zoomen; wijs een organisatie aan voor naam, soort, vertrouwen en stromen.",
        "en": "Below, the same map to zoom in; point at an organisation for its name, kind, trust and flows.",
    },
    "col_organisation": {"nl": "Organisatie", "en": "Organisation"},
    "col_named_by": {"nl": "Genoemd door", "en": "Named by"},
    "col_names": {"nl": "Noemt", "en": "Names"},
    "col_broker": {"nl": "Spilfunctie", "en": "Hub score"},
    "col_trust_received": {"nl": "Vertrouwen ontvangen", "en": "Trust received"},
    "caption_central": {
        "nl": "De tien organisaties met de grootste spilfunctie (0 = geen, 1 = alle verbindingen lopen erdoor)",
        "en": "The ten organisations with the largest hub role (0 = none, 1 = every connection runs through it)",
    },
    # dependencies
    "no_flows": {
        "nl": "Er zijn geen cliëntstromen aangeleverd.",
        "en": "No client flows were delivered.",
    },
    "flows_sentence": {
        "nl": "In totaal gingen {clients} cliënten van de ene naar de andere organisatie, verdeeld over {pairs} verbindingen (bron: {source}).",
        "en": "In total {clients} clients moved from one organisation to another, over {pairs} connections (source: {source}).",
    },
    "source_flows": {"nl": "aangeleverde stromen", "en": "delivered flows"},
    "source_episodes": {"nl": "afgeleid uit zorgperiodes", "en": "derived from episodes of care"},
    "dependent_sentence": {
        "nl": "{sender} stuurt {share} van de cliënten die het doorverwijst naar {receiver}: als het daar stokt, stokt het ook bij {sender}.",
        "en": "{sender} sends {share} of the clients it refers on to {receiver}: when things stall there, they stall at {sender} too.",
    },
    "alt_flows": {
        "nl": "De grootste cliëntstromen: van wie naar wie en hoeveel cliënten.",
        "en": "The largest client flows: from whom to whom and how many clients.",
    },
    "col_sender": {"nl": "Van", "en": "From"},
    "col_receiver": {"nl": "Naar", "en": "To"},
    "col_clients": {"nl": "Cliënten", "en": "Clients"},
    "col_share_out": {"nl": "Deel van uitstroom", "en": "Share of outflow"},
    "col_wait": {"nl": "Wachttijd (dagen)", "en": "Wait (days)"},
    "caption_flows": {
        "nl": "De grootste stromen; aantallen onder de drempel staan als '<N'",
        "en": "The largest flows; counts below the threshold are shown as '<N'",
    },
    "col_shared_clients": {"nl": "Gedeelde cliënten", "en": "Shared clients"},
    "caption_shared": {
        "nl": "Organisaties die dezelfde cliënten zien",
        "en": "Organisations that see the same clients",
    },
    "pressure_title": {"nl": "Druk op de capaciteit", "en": "Pressure on capacity"},
    "pressure_sentence": {
        "nl": "Bij {n} organisaties is de vraag groter dan wat ze aankunnen: {names}.",
        "en": "At {n} organisations demand exceeds what they can handle: {names}.",
    },
    "alt_pressure": {
        "nl": "Bezetting per periode: vraag gedeeld door capaciteit. Boven de lijn (100%) komt er meer vraag binnen dan er plek is.",
        "en": "Utilisation per period: demand divided by capacity. Above the line (100%) more demand arrives than there is room for.",
    },
    # readiness
    "no_survey": {
        "nl": "Er is geen vragenlijst over de samenwerking aangeleverd.",
        "en": "No collaboration questionnaire was delivered.",
    },
    "readiness_intro": {
        "nl": "{n} mensen uit bestuur, management en uitvoering beoordeelden de gedeelde ambitie en de zes drijvende krachten van samenwerking, op een schaal van 1 tot 5. Vanaf 4 is het een sterk punt, tussen 3 en 4 een punt om te bespreken, onder 3 een zorgpunt.",
        "en": "{n} people from boards, management and operations rated the shared ambition and the six driving forces of collaboration on a scale of 1 to 5. From 4 it is a strength, between 3 and 4 a point to discuss, below 3 a concern.",
    },
    "strengths_sentence": {"nl": "Sterk: {dims}.", "en": "Strong: {dims}."},
    "concerns_sentence": {"nl": "Zorgpunt: {dims}.", "en": "Concern: {dims}."},
    "col_dimension": {"nl": "Onderwerp", "en": "Topic"},
    "col_score": {"nl": "Score (1–5)", "en": "Score (1–5)"},
    "col_band": {"nl": "Oordeel", "en": "Assessment"},
    "col_respondents": {"nl": "Aantal mensen", "en": "People"},
    "caption_readiness": {
        "nl": "Samenwerkingskracht van de regio",
        "en": "The region's readiness to collaborate",
    },
    "alt_readiness": {
        "nl": "Scores per onderwerp voor bestuur, management en uitvoering.",
        "en": "Scores per topic for boards, management and operations.",
    },
    "gap_sentence": {
        "nl": "{dim}: {a} geeft gemiddeld {mean_a}, {b} {mean_b}. Dat verschil is echt, geen toeval (het ligt tussen {low} en {high} punt). Een goed gespreksonderwerp.",
        "en": "{dim}: {a} gives {mean_a} on average, {b} {mean_b}. That difference is real, not chance (it lies between {low} and {high} points). A good topic for a conversation.",
    },
    "no_gaps": {
        "nl": "Bestuur, management en uitvoering kijken niet aantoonbaar verschillend naar de samenwerking.",
        "en": "Boards, management and operations do not see the collaboration demonstrably differently.",
    },
    "alt_gaps": {
        "nl": "Verschil in score tussen lagen, met de marge van onzekerheid. Raakt de marge de nul niet, dan is het verschil echt.",
        "en": "Difference in score between layers, with its margin of uncertainty. If the margin does not touch zero, the difference is real.",
    },
    "tables_sentence": {
        "nl": "Bestuurlijke drukte, aan veel overlegtafels tegelijk (tot {n}): {names}.",
        "en": "Meeting overload, at many tables at once (up to {n}): {names}.",
    },
    "no_lead_sentence": {"nl": "Zonder trekker: {lines}.", "en": "Without a lead: {lines}."},
    "dim_overall": {"nl": "Totaal", "en": "Overall"},
    "layer_bestuur": {"nl": "het bestuur", "en": "the board"},
    "layer_management": {"nl": "het management", "en": "management"},
    "layer_uitvoering": {"nl": "de uitvoering", "en": "the work floor"},
    # segments
    "no_segments": {
        "nl": "Er zijn te weinig gegevens om organisaties in groepen te verdelen.",
        "en": "There is too little data to group the organisations.",
    },
    "segments_intro": {
        "nl": "De organisaties vallen uiteen in {k} groepen met een vergelijkbaar profiel: hoe centraal ze staan, hoeveel druk ze ervaren en hoe klaar ze zijn voor samenwerking.",
        "en": "The organisations fall into {k} groups with a similar profile: how central they are, how much pressure they are under and how ready they are to collaborate.",
    },
    "alt_segments": {
        "nl": "Organisaties per groep: positie in het netwerk tegenover de samenwerkingskracht.",
        "en": "Organisations per group: position in the network against readiness to collaborate.",
    },
    # method
    "method_text": {
        "nl": "Deze analyse is gemaakt door een onafhankelijke partij, met gegevens die de partners elk afzonderlijk hebben gedeeld. Alle cijfers zijn berekend met netwerkscan; dezelfde gegevens en instellingen geven precies dezelfde uitkomsten. De methode per cijfer staat in docs/metrics.md en docs/findings.md.",
        "en": "This analysis was made by an independent party, with data each partner shared separately. All figures were computed with netwerkscan; the same data and settings give exactly the same results. The method per figure is in docs/metrics.md and docs/findings.md.",
    },
    "method_confidential": {
        "nl": "Vertrouwelijk: dit rapport bevat geen cliëntsleutels en geen toelichtingen uit vragenlijsten; aantallen onder {threshold} staan als '<{threshold}'.",
        "en": "Confidential: this report contains no client keys and no free-text remarks from questionnaires; counts below {threshold} are shown as '<{threshold}'.",
    },
    "param_seed": {"nl": "Startwaarde toeval (seed)", "en": "Random seed"},
    "param_threshold": {"nl": "Drempel kleine aantallen", "en": "Small-count threshold"},
    "param_weights": {"nl": "Gewichten knelpuntscore", "en": "Bottleneck weights"},
    "param_fingerprint": {"nl": "Vingerafdruk van de gegevens", "en": "Data fingerprint"},
    "param_python": {"nl": "Python", "en": "Python"},
    "param_versions": {"nl": "Versies", "en": "Versions"},
    # summary
    "sum_intro": {"nl": "Wat het bestuur moet weten:", "en": "What the board needs to know:"},
    "sum_participation": {
        "nl": "{rate} van de organisaties deed mee aan de netwerkvragenlijst; de betrouwbaarheid van de netwerkcijfers is {confidence}.",
        "en": "{rate} of the organisations answered the network survey; the network figures can be trusted to a {confidence} degree.",
    },
    "sum_robust": {
        "nl": "Dit is het belangrijkste knelpunt, ook als je de factoren anders weegt.",
        "en": "This is the main bottleneck, also when the factors are weighed differently.",
    },
    "sum_fragile": {
        "nl": "Of dit het belangrijkste knelpunt is, hangt af van hoe je de factoren weegt.",
        "en": "Whether this is the main bottleneck depends on how the factors are weighed.",
    },
    "sum_quick_win": {"nl": "Snel te doen: {text}", "en": "Quick to do: {text}"},
    "sum_readiness": {
        "nl": "Samenwerkingskracht: het sterkst is {high} ({high_score} op 5), het zwakst {low} ({low_score} op 5).",
        "en": "Readiness: strongest is {high} ({high_score} out of 5), weakest {low} ({low_score} out of 5).",
    },
    "sum_nothing": {
        "nl": "De gegevens wijzen niet op duidelijke knelpunten of snelle stappen; dat kan ook komen doordat er weinig gegevens zijn.",
        "en": "The data point to no clear bottlenecks or quick steps; that may also be because there is little data.",
    },
    # bottlenecks
    "bn_intro": {
        "nl": "Een knelpunt is een plek waar de doorstroom van cliënten stokt: 'de langzaamste partner bepaalt het tempo'. Een organisatie komt op deze lijst als zij op een cruciale plek in de keten staat én meer vraag heeft dan zij aankan, of als de samenwerking met haar gespannen is. Per knelpunt staat erbij waarom.",
        "en": "A bottleneck is where the flow of clients stalls: 'the slowest partner sets the pace'. An organisation is listed when it holds a crucial place in the chain and has more demand than it can handle, or when relations with it are strained. Each bottleneck says why.",
    },
    "bn_none": {
        "nl": "Er zijn geen organisaties die op een cruciale plek staan én onder druk staan.",
        "en": "No organisation holds a crucial place while under pressure.",
    },
    "bn_stability_robust": {
        "nl": "Stevig: bij andere weging van de factoren blijft deze organisatie in {share} van de gevallen in de top 3.",
        "en": "Robust: with other weightings of the factors this organisation stays in the top 3 in {share} of cases.",
    },
    "bn_stability_depends_on_weighting": {
        "nl": "Let op: of deze organisatie in de top 3 staat, hangt af van de weging (in {share} van de gevallen).",
        "en": "Note: whether this organisation is in the top 3 depends on the weighting ({share} of cases).",
    },
    "bn_chart_title": {
        "nl": "Waarom deze organisaties knelpunten zijn",
        "en": "Why these organisations are bottlenecks",
    },
    "bn_chart_note": {
        "nl": "De score (0 tot 1) is opgebouwd uit drie delen: de plek in de keten, de druk op de capaciteit en de spanning in de relaties. Hoe langer een kleur, hoe meer dat deel bijdraagt.",
        "en": "The score (0 to 1) is built from three parts: the place in the chain, the pressure on capacity and the strain in relations. The longer a colour, the more that part contributes.",
    },
    "bn_ranking_robust": {
        "nl": "De volgorde is stevig: bij {draws} andere wegingen van de factoren blijft zij vrijwel gelijk (rangcorrelatie {rho}).",
        "en": "The ranking is robust: across {draws} other weightings of the factors it stays much the same (rank correlation {rho}).",
    },
    "bn_ranking_depends_on_weighting": {
        "nl": "De volgorde hangt af van de weging: bij {draws} andere wegingen verschuift zij merkbaar (rangcorrelatie {rho}). Bespreek welke factoren zwaar moeten wegen.",
        "en": "The ranking depends on the weighting: across {draws} other weightings it shifts noticeably (rank correlation {rho}). Discuss which factors should weigh most.",
    },
    "bn_transitions": {"nl": "Overstappen die stokken", "en": "Transitions that stall"},
    "bn_resilience": {
        "nl": "Wat als een organisatie uitvalt?",
        "en": "What if an organisation drops out?",
    },
    "confidence_line": {
        "nl": "Zekerheid: {level}. {reasons}",
        "en": "Certainty: {level}. {reasons}",
    },
    # quick wins
    "qw_intro": {
        "nl": "Quick wins zijn kleine, concrete stappen met een grote kans op een eerste succes, en succes maakt meer succes mogelijk. Ze staan op volgorde van wat het oplevert, hoeveel moeite het kost en hoe klaar de betrokken organisaties ervoor zijn.",
        "en": "Quick wins are small, concrete steps with a good chance of an early success, and success breeds success. They are ranked by what they bring, how much effort they take and how ready the organisations involved are.",
    },
    "qw_none": {
        "nl": "De gegevens leveren geen duidelijke snelle stappen op.",
        "en": "The data yield no clear quick steps.",
    },
    "col_step": {"nl": "Stap", "en": "Step"},
    "col_kind": {"nl": "Soort", "en": "Kind"},
    "col_colour": {"nl": "Aanpak", "en": "Approach"},
    "col_impact": {"nl": "Effect (0–1)", "en": "Impact (0–1)"},
    "col_effort": {"nl": "Moeite (0–1)", "en": "Effort (0–1)"},
    "col_confidence": {"nl": "Zekerheid", "en": "Certainty"},
    "caption_quick_wins": {"nl": "De quick wins op volgorde", "en": "The quick wins in order"},
    "alt_impact_effort": {
        "nl": "Effect tegenover moeite: rechtsboven veel effect met weinig moeite, daar begin je.",
        "en": "Impact against effort: top right is much impact for little effort, start there.",
    },
    "qw_colours": {
        "nl": "De kleur zegt welke aanpak past: blauw = heldere afspraken maken, geel = belangen verbinden en coalities vormen, rood = prikkels en beloning, groen = samen leren, wit = ruimte geven om te laten groeien.",
        "en": "The colour says which approach fits: blue = clear agreements, yellow = connect interests and form coalitions, red = incentives, green = learning together, white = give room to let it grow.",
    },
    "caption_fingerprints": {
        "nl": "Vingerafdruk (SHA-256) per aangeleverd bestand",
        "en": "Fingerprint (SHA-256) per delivered file",
    },
}

REPORT.update(
    {
        f"dim_{k}": {lang: v[lang].capitalize() for lang in LANGS}
        for k, v in DIMENSION_LABELS.items()
    }
)
REPORT.update({f"band_{k}": v for k, v in BAND_LABELS.items()})


def reason(code: str, lang: Lang = "nl", **fields: object) -> str:
    """The sentence for a data-quality ``code`` in ``lang``.

    Unknown codes are shown as they are, never an error.
    """
    template = REASONS.get(code, {}).get(lang)
    if template is None:
        return code
    values = {"column": "", "value": "", "detail": ""}
    values.update({k: "" if v is None else str(v) for k, v in fields.items()})
    return template.format(**values)


def word(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A word or short phrase from :data:`WORDS`."""
    text = WORDS.get(key, {}).get(lang, key)
    return text.format(**fields) if fields else text


def say(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A sentence or label of the report from :data:`REPORT`, filled in.

    Examples
    --------
    >>> say("title_period", "nl", period="2026")
    'Periode: 2026'
    """
    text = REPORT.get(key, {}).get(lang)
    if text is None:
        return key
    return text.format(**fields) if fields else text


# --------------------------------------------------------------------------------------
# Findings: the sentences of the diagnosis (scan.diagnosis.findings), one place for every template
# --------------------------------------------------------------------------------------

#: Sentence templates of the findings, filled in by :func:`finding_text`. Fields are
#: already written out in the language (names, numbers, "<5" for small counts).
#: ``why.*`` and ``why_t.*`` are the reasons of a bottleneck / transition, joined into
#: the main sentence; ``conf.*`` say why a finding is not certain.
FINDINGS: dict[str, dict[Lang, str]] = {
    # bottlenecks of organisations
    "bottleneck": {
        "nl": "{org} houdt de doorstroom in de regio op: {reasons}.",
        "en": "{org} holds up the flow of care in the region: {reasons}.",
    },
    "why.flow_share": {
        "nl": "veel cliënten in de regio gaan erdoorheen ({share} van alle overdrachten)",
        "en": "many of the region's clients pass through it ({share} of all transfers)",
    },
    "why.flow_betweenness": {
        "nl": "veel routes tussen organisaties lopen erdoorheen",
        "en": "many routes between organisations run through it",
    },
    "why.articulation_point": {
        "nl": "zonder deze organisatie valt het netwerk uit elkaar",
        "en": "without it the network falls apart",
    },
    "why.few_alternatives": {
        "nl": "wie cliënten doorstuurt, heeft weinig andere plekken ({share} van hun cliënten gaat hierheen)",
        "en": "those who refer clients have few other places to go ({share} of their clients go here)",
    },
    "why.utilisation": {
        "nl": "er is meer vraag dan plek ({service}: {share} van de capaciteit)",
        "en": "demand exceeds the places available ({service}: {share} of capacity)",
    },
    "why.waiting": {
        "nl": "cliënten wachten lang ({days} dagen, {people} op de wachtlijst)",
        "en": "clients wait long ({days} days, {people} on the waiting list)",
    },
    "why.waiting_days": {
        "nl": "cliënten wachten lang ({days} dagen)",
        "en": "clients wait long ({days} days)",
    },
    "why.waiting_list": {
        "nl": "er staan veel mensen op de wachtlijst ({people})",
        "en": "many people are on the waiting list ({people})",
    },
    "why.trend": {
        "nl": "de druk neemt toe (wachttijd, wachtlijst of bezetting stijgen)",
        "en": "the pressure is growing (waits, waiting list or occupancy rise)",
    },
    "why.vacancies": {
        "nl": "er staan veel vacatures open ({fte} fte)",
        "en": "many vacancies are open ({fte} FTE)",
    },
    "why.low_trust": {
        "nl": "partners hebben weinig vertrouwen in de samenwerking ({trust} op 4)",
        "en": "partners have little trust in working with it ({trust} out of 4)",
    },
    "why.one_sided": {
        "nl": "meer relaties dan gebruikelijk zijn eenzijdig",
        "en": "more of its relations than usual are one-sided",
    },
    # bottlenecks of transitions
    "transition": {
        "nl": "De overstap van {from_org} naar {to_org} is een knelpunt: {reasons}.",
        "en": "The transfer from {from_org} to {to_org} is a bottleneck: {reasons}.",
    },
    "why_t.volume": {
        "nl": "het gaat om {clients} cliënten",
        "en": "it concerns {clients} clients",
    },
    "why_t.wait": {
        "nl": "cliënten wachten {days} dagen terwijl {usual} dagen gebruikelijk is",
        "en": "clients wait {days} days against a usual {usual} days",
    },
    "why_t.wait_trend": {
        "nl": "de wachttijd loopt op van {first} naar {last} dagen",
        "en": "the wait rose from {first} to {last} days",
    },
    "why_t.receiver_pressure": {
        "nl": "{to_org} heeft meer vraag dan plek",
        "en": "{to_org} has more demand than places",
    },
    "why_t.low_trust": {
        "nl": "het onderlinge vertrouwen is laag ({trust} op 4)",
        "en": "mutual trust is low ({trust} out of 4)",
    },
    # resilience
    "resilience_flow": {
        "nl": "Als {org} geen cliënten meer aanneemt, moeten {clients} cliënten ergens anders heen en {absorb}.",
        "en": "If {org} stops taking on clients, {clients} clients must go elsewhere and {absorb}.",
    },
    "resilience_network": {
        "nl": "Als {org} wegvalt, verliezen {orgs} hun verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {orgs} lose their connection to the rest of the network.",
    },
    "resilience_network_one": {
        "nl": "Als {org} wegvalt, verliest {orgs} de verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {orgs} loses its connection to the rest of the network.",
    },
    "resilience_both_one": {
        "nl": "Als {org} wegvalt, moeten {clients} cliënten ergens anders heen ({absorb}) en verliest {orgs} de verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {clients} clients must go elsewhere ({absorb}) and {orgs} loses its connection to the rest of the network.",
    },
    "resilience_both": {
        "nl": "Als {org} wegvalt, moeten {clients} cliënten ergens anders heen ({absorb}) en verliezen {orgs} hun verbinding met de rest van het netwerk.",
        "en": "If {org} drops out, {clients} clients must go elsewhere ({absorb}) and {orgs} lose their connection to the rest of the network.",
    },
    "absorb.share": {
        "nl": "vergelijkbare organisaties hebben ruimte voor {share} van de vraag",
        "en": "similar organisations have room for {share} of its demand",
    },
    "absorb.none": {
        "nl": "vergelijkbare organisaties hebben geen ruimte om dat op te vangen",
        "en": "similar organisations have no room to take this on",
    },
    "absorb.unknown": {
        "nl": "of andere organisaties dat kunnen opvangen is niet bekend",
        "en": "whether others can take this on is unknown",
    },
    # quick wins
    "qw.missing_link": {
        "nl": "{a} en {b} hebben samen veel cliënten ({clients}) maar werken niet samen: breng ze met elkaar in gesprek over deze cliënten.",
        "en": "{a} and {b} share many clients ({clients}) but do not work together: bring them together to talk about these clients.",
    },
    "qw.missing_link_weak": {
        "nl": "{a} en {b} hebben samen veel cliënten ({clients}) maar spreken elkaar bijna nooit: maak een vaste afspraak om deze cliënten te bespreken.",
        "en": "{a} and {b} share many clients ({clients}) but hardly ever talk: set up a regular meeting about these clients.",
    },
    "qw.asymmetric_tie": {
        "nl": "{a} rekent op {b}, maar {b} noemt {a} niet als partner: bespreek samen wat jullie van elkaar verwachten.",
        "en": "{a} relies on {b}, but {b} does not name {a} as a partner: talk through what you expect of each other.",
    },
    "qw.asymmetric_tie_rated": {
        "nl": "{a} waardeert de samenwerking met {b} veel hoger dan andersom: bespreek samen wat jullie van elkaar verwachten.",
        "en": "{a} values working with {b} far more than the other way round: talk through what you expect of each other.",
    },
    "qw.capacity_pool": {
        "nl": "{a} heeft te weinig plek voor {service} en {b} heeft nog ruimte ({room} plekken): spreek af dat cliënten bij {b} terechtkunnen.",
        "en": "{a} has too few places for {service} and {b} has room to spare ({room} places): agree that clients can go to {b}.",
    },
    "qw.front_runners": {
        "nl": "{orgs} hebben veel contacten en zijn klaar om samen te werken: laat hen met een kleine groep beginnen en anderen meenemen.",
        "en": "{orgs} are well connected and ready to work together: let them start with a small group and bring others along.",
    },
    "qw.front_runner": {
        "nl": "{orgs} heeft veel contacten en is klaar om samen te werken: laat deze organisatie met een kleine groep beginnen en anderen meenemen.",
        "en": "{orgs} is well connected and ready to work together: let it start with a small group and bring others along.",
    },
    "qw.tables_to_merge": {
        "nl": "Aan de tafels '{a}' en '{b}' zitten grotendeels dezelfde organisaties ({shared} van de {members}): voeg ze samen tot één tafel.",
        "en": "The tables '{a}' and '{b}' largely bring together the same organisations ({shared} of {members}): merge them into one.",
    },
    "qw.too_many_tables": {
        "nl": "{org} zit aan {n} overlegtafels: bekijk samen welke tafels minder kunnen of waar een andere partij namens de organisatie aanschuift.",
        "en": "{org} sits at {n} tables: look together at which tables can go or where another partner can sit in on its behalf.",
    },
    "qw.perception_gap": {
        "nl": "{layer_a} en {layer_b} kijken heel verschillend naar {dimension} ({mean_a} tegen {mean_b} op een schaal van 1 tot 5): zet dit op de agenda.",
        "en": "{layer_a} and {layer_b} see {dimension} very differently ({mean_a} against {mean_b} on a scale of 1 to 5): put it on the agenda.",
    },
    # why a finding is less certain
    "conf.response_rate_moderate": {
        "nl": "een deel van de organisaties vulde de netwerkvragenlijst niet in",
        "en": "some organisations did not answer the network survey",
    },
    "conf.response_rate_low": {
        "nl": "veel organisaties vulden de netwerkvragenlijst niet in",
        "en": "many organisations did not answer the network survey",
    },
    "conf.no_network_data": {
        "nl": "er is geen netwerkvragenlijst",
        "en": "there is no network survey",
    },
    "conf.no_flow_data": {
        "nl": "er zijn geen cijfers over cliëntenstromen",
        "en": "there are no client-flow figures",
    },
    "conf.no_capacity_data": {
        "nl": "er zijn geen capaciteitscijfers",
        "en": "there are no capacity figures",
    },
    "conf.single_capacity_period": {
        "nl": "capaciteitscijfers over één periode, dus geen trend",
        "en": "capacity figures for one period only, so no trend",
    },
    "conf.few_trust_raters": {
        "nl": "weinig partners gaven een oordeel over het vertrouwen",
        "en": "few partners rated trust",
    },
    "conf.one_side_did_not_answer": {
        "nl": "een van beide vulde de netwerkvragenlijst niet in",
        "en": "one of the two did not answer the network survey",
    },
    "conf.few_survey_respondents": {
        "nl": "weinig mensen vulden de vragenlijst samenwerking in",
        "en": "few people answered the collaboration survey",
    },
    "conf.readiness_unknown": {
        "nl": "de bereidheid tot samenwerken is niet bekend",
        "en": "readiness to collaborate is unknown",
    },
    "conf.different_type": {
        "nl": "de organisaties zijn van een ander type",
        "en": "the organisations are of a different type",
    },
    "conf.few_periods": {
        "nl": "cijfers over weinig perioden",
        "en": "figures for few periods",
    },
    "conf.sparse_data": {
        "nl": "voor deze organisatie ontbreken meerdere soorten gegevens",
        "en": "several kinds of data are missing for this organisation",
    },
    "conf.depends_on_weighting": {
        "nl": "de plaats in de lijst hangt af van de weging",
        "en": "its place in the list depends on the weighting",
    },
}

#: Words of the findings: kinds, colours, factors, layers, labels and workbook headings.
FINDING_WORDS: dict[str, dict[Lang, str]] = {
    "and": {"nl": "en", "en": "and"},
    "kind.bottleneck": {"nl": "Knelpunten", "en": "Bottlenecks"},
    "kind.transition": {"nl": "Knelpunten in overstappen", "en": "Transfer bottlenecks"},
    "kind.resilience": {"nl": "Kwetsbaarheid", "en": "Resilience"},
    "kind.missing_link": {"nl": "Ontbrekende schakel", "en": "Missing link"},
    "kind.asymmetric_tie": {"nl": "Eenzijdige relatie", "en": "Asymmetric tie"},
    "kind.capacity_pool": {"nl": "Capaciteit delen", "en": "Capacity to pool"},
    "kind.front_runners": {"nl": "Voorlopers", "en": "Front-runners"},
    "kind.tables_to_merge": {"nl": "Tafels samenvoegen", "en": "Tables to merge"},
    "kind.too_many_tables": {"nl": "Te veel tafels", "en": "Too many tables"},
    "kind.perception_gap": {"nl": "Verschil in beeld", "en": "Perception gap"},
    "sheet.overview": {"nl": "Overzicht", "en": "Overview"},
    "sheet.scores": {"nl": "Scores per organisatie", "en": "Scores per organisation"},
    "sheet.stability": {"nl": "Stabiliteit", "en": "Stability"},
    "level.high": {"nl": "hoog", "en": "high"},
    "level.moderate": {"nl": "redelijk", "en": "moderate"},
    "level.low": {"nl": "laag", "en": "low"},
    "stability.robust": {"nl": "robuust", "en": "robust"},
    "stability.depends_on_weighting": {
        "nl": "hangt af van de weging",
        "en": "depends on the weighting",
    },
    "layer.bestuur": {"nl": "bestuurders", "en": "board members"},
    "layer.management": {"nl": "managers", "en": "managers"},
    "layer.uitvoering": {"nl": "uitvoerders", "en": "front-line staff"},
    "factor.flow_share": {"nl": "aandeel in de cliëntenstroom", "en": "share of the flow"},
    "factor.flow_betweenness": {"nl": "routes erdoorheen", "en": "flow betweenness"},
    "factor.articulation_point": {"nl": "onmisbare verbinding", "en": "articulation point"},
    "factor.few_alternatives": {"nl": "weinig alternatieven", "en": "few alternatives"},
    "factor.utilisation": {"nl": "bezetting", "en": "utilisation"},
    "factor.waiting": {"nl": "wachten", "en": "waiting"},
    "factor.trend": {"nl": "toenemende druk", "en": "growing pressure"},
    "factor.vacancies": {"nl": "vacatures", "en": "vacancies"},
    "factor.low_trust": {"nl": "weinig vertrouwen", "en": "low trust"},
    "factor.one_sided": {"nl": "eenzijdige relaties", "en": "one-sided ties"},
    "factor.volume": {"nl": "aantal cliënten", "en": "volume"},
    "factor.wait": {"nl": "wachttijd", "en": "wait"},
    "factor.wait_trend": {"nl": "oplopende wachttijd", "en": "growing wait"},
    "factor.receiver_pressure": {"nl": "druk bij ontvanger", "en": "pressure at receiver"},
    "factor.impact": {"nl": "effect", "en": "impact"},
    "factor.ease": {"nl": "gemak", "en": "ease"},
    "factor.readiness": {"nl": "bereidheid", "en": "readiness"},
    "group.criticality": {"nl": "positie", "en": "criticality"},
    "group.pressure": {"nl": "druk", "en": "pressure"},
    "group.strain": {"nl": "spanning", "en": "strain"},
    "col.rank": {"nl": "Rang", "en": "Rank"},
    "col.id": {"nl": "Kenmerk", "en": "Id"},
    "col.kind": {"nl": "Soort", "en": "Kind"},
    "col.organisations": {"nl": "Organisaties", "en": "Organisations"},
    "col.org_ids": {"nl": "Codes", "en": "Codes"},
    "col.score": {"nl": "Score", "en": "Score"},
    "col.confidence": {"nl": "Zekerheid", "en": "Confidence"},
    "col.confidence_reasons": {"nl": "Waarom minder zeker", "en": "Why less certain"},
    "col.text": {"nl": "Omschrijving", "en": "Description"},
    "col.colour": {"nl": "Soort aanpak (kleur)", "en": "Intervention (colour)"},
    "col.impact": {"nl": "Effect", "en": "Impact"},
    "col.effort": {"nl": "Inspanning", "en": "Effort"},
    "col.readiness": {"nl": "Bereidheid", "en": "Readiness"},
    "col.priority": {"nl": "Prioriteit", "en": "Priority"},
    "col.stability": {"nl": "Stabiliteit", "en": "Stability"},
    "col.top3_share": {"nl": "Aandeel in top 3", "en": "Share in top 3"},
    "col.sources": {"nl": "Bronnen", "en": "Sources"},
    "col.evidence": {"nl": "Onderbouwing", "en": "Evidence"},
    "col.listed": {"nl": "Als knelpunt genoemd", "en": "Listed as bottleneck"},
    "col.org_id": {"nl": "Code", "en": "Code"},
    "col.name": {"nl": "Naam", "en": "Name"},
    "col.rank_p05": {"nl": "Rang (5%)", "en": "Rank (5%)"},
    "col.rank_p95": {"nl": "Rang (95%)", "en": "Rank (95%)"},
    "col.measure": {"nl": "Maat", "en": "Measure"},
    "col.value": {"nl": "Waarde", "en": "Value"},
    "contrib": {"nl": "bijdrage {factor}", "en": "contribution {factor}"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "value.not_named_back": {"nl": "niet teruggenoemd", "en": "not named back"},
    "value.rated_lower": {"nl": "lager gewaardeerd", "en": "rated lower"},
    "value.none": {"nl": "geen", "en": "none"},
    "value.weak": {"nl": "zwak", "en": "weak"},
    "stab.top3": {"nl": "top 3 bij de standaardweging", "en": "top 3 with the default weights"},
    "stab.spearman_median": {"nl": "rangcorrelatie (mediaan)", "en": "rank correlation (median)"},
    "stab.spearman_p05": {
        "nl": "rangcorrelatie (laagste 5%)",
        "en": "rank correlation (lowest 5%)",
    },
    "stab.draws": {"nl": "aantal andere wegingen", "en": "weightings drawn"},
    "stab.concentration": {
        "nl": "spreiding rond standaard (concentratie)",
        "en": "concentration around the defaults",
    },
    "stab.seed": {"nl": "startgetal (seed)", "en": "seed"},
}

FINDING_WORDS.update({f"dimension.{k}": v for k, v in DIMENSION_LABELS.items()})
FINDING_WORDS.update({f"colour.{k}": v for k, v in INTERVENTION_LABELS.items()})


def finding_text(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A finding's sentence (or part of one) from :data:`FINDINGS`, filled in.

    Unknown keys are returned as they are, never an error.

    Examples
    --------
    >>> finding_text("why_t.volume", clients="<5")
    'het gaat om <5 cliënten'
    >>> finding_text("why_t.volume", "en", clients=120)
    'it concerns 120 clients'
    """
    template = FINDINGS.get(key, {}).get(lang)
    if template is None:
        return key
    return template.format(**{k: "" if v is None else str(v) for k, v in fields.items()})


def finding_word(key: str, lang: Lang = "nl", **fields: object) -> str:
    """A word of :data:`FINDING_WORDS` (the key itself when unknown)."""
    text = FINDING_WORDS.get(key, {}).get(lang, key)
    return text.format(**fields) if fields else text
