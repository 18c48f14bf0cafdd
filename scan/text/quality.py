"""Data quality: the reasons for a row, cell or file (``reason.*``, stored as codes in the
quality tables and made into words at display time) and the words of the summary
(``quality.*``).
"""

from __future__ import annotations

from scan.text.lang import Lang

#: Reasons for a row, cell or file; filled in with column, value and detail.
REASONS: dict[str, dict[Lang, str]] = {
    # cells that cannot be read: left empty (warning) or, if required, the row is not used
    "reason.missing_required": {
        "nl": "verplichte waarde in '{column}' ontbreekt; de rij is niet gebruikt",
        "en": "required value in '{column}' is missing; the row is not used",
    },
    "reason.not_applicable": {
        "nl": "'{value}' is geen getal maar 'geen waarde'; de cel is als leeg gelezen",
        "en": "'{value}' is not a number but 'no value'; the cell is read as empty",
    },
    "reason.not_a_number": {
        "nl": "'{value}' is geen getal; de cel is als leeg gelezen",
        "en": "'{value}' is not a number; the cell is read as empty",
    },
    "reason.not_a_date": {
        "nl": "'{value}' is geen datum (verwacht 31-03-2026 of 2026-03-31); de cel is als leeg gelezen",
        "en": "'{value}' is not a date (expected 2026-03-31 or 31-03-2026); the cell is read as empty",
    },
    "reason.not_a_period": {
        "nl": "'{value}' is geen periode (verwacht 2026, 2026-Q1 of 2026-03); de cel is als leeg gelezen",
        "en": "'{value}' is not a period (expected 2026, 2026-Q1 or 2026-03); the cell is read as empty",
    },
    "reason.not_yes_no": {
        "nl": "'{value}' is geen ja of nee; de cel is als leeg gelezen",
        "en": "'{value}' is not yes or no; the cell is read as empty",
    },
    "reason.not_a_choice": {
        "nl": "'{value}' is geen toegestane waarde ({detail}); de cel is als leeg gelezen",
        "en": "'{value}' is not an allowed value ({detail}); the cell is read as empty",
    },
    "reason.not_whole": {
        "nl": "'{value}' is geen heel getal; de rij is niet gebruikt",
        "en": "'{value}' is not a whole number; the row is not used",
    },
    "reason.out_of_range": {
        "nl": "{value} ligt buiten het toegestane bereik ({detail}); de rij is niet gebruikt",
        "en": "{value} is outside the allowed range ({detail}); the row is not used",
    },
    "reason.out_of_range_cell": {
        "nl": "{value} ligt buiten het toegestane bereik ({detail}); alleen deze cel is als leeg gelezen, de rest van de rij is gebruikt",
        "en": "{value} is outside the allowed range ({detail}); only this cell is read as empty, the rest of the row is used",
    },
    "reason.invalid": {
        "nl": "'{value}' voldoet niet aan de regel {detail}; de rij is niet gebruikt",
        "en": "'{value}' does not meet the rule {detail}; the row is not used",
    },
    "reason.extra_cells": {
        "nl": "de rij heeft meer cellen dan de kopregel ({detail}); de extra cellen zijn genegeerd",
        "en": "the row has more cells than the header ({detail}); the extra cells are ignored",
    },
    "reason.unknown_org": {
        "nl": "organisatie '{value}' staat niet in de organisatielijst; de rij is niet gebruikt",
        "en": "organisation '{value}' is not in the list of organisations; the row is not used",
    },
    "reason.ambiguous_org": {
        "nl": "'{value}' kan meerdere organisaties zijn ({detail}); de rij is niet gebruikt",
        "en": "'{value}' could be several organisations ({detail}); the row is not used",
    },
    "reason.not_a_partner": {
        "nl": "de rij zegt 'geen partner' maar bevat wel antwoorden; de rij is niet gebruikt",
        "en": "the row says 'not a partner' but holds answers; the row is not used",
    },
    "reason.unknown_finding": {
        "nl": "'{value}' is geen bevinding van deze scan (meer); de rij is niet gebruikt",
        "en": "'{value}' is not (or no longer) a finding of this scan; the row is not used",
    },
    "reason.self_tie": {
        "nl": "een organisatie noemt zichzelf als partner; de rij is niet gebruikt",
        "en": "an organisation names itself as a partner; the row is not used",
    },
    # rows the reader cannot vouch for: not used
    "reason.unclosed_quote": {
        "nl": "in kolom '{column}' opent een aanhalingsteken dat niet wordt gesloten (het zou alles tot en met regel {detail} in deze cel zetten); de rij is niet gebruikt, de regels erna zijn elk als eigen rij gelezen",
        "en": "a quote opens in column '{column}' and is not closed (it would put everything up to line {detail} into this cell); the row is not used, the lines after it are read as rows of their own",
    },
    "reason.cell_too_long": {
        "nl": "een cel in deze regel is langer dan {detail} tekens en kan niet worden gelezen; de rij is niet gebruikt, de regels erna wel gelezen",
        "en": "a cell in this line is longer than {detail} characters and cannot be read; the row is not used, the lines after it are read",
    },
    "reason.duplicate_header": {
        "nl": "kolom '{column}' staat twee keer in de kopregel; de tweede is bewaard als '{detail}'",
        "en": "column '{column}' appears twice in the header; the second is kept as '{detail}'",
    },
    # files and sheets
    "reason.not_recognised": {
        "nl": "de naam begint niet met een tabel uit de datavraag ({detail}); niet gelezen",
        "en": "the name does not start with a table of the data request ({detail}); not read",
    },
    "reason.unsupported_format": {
        "nl": "bestandsformaat wordt niet gelezen (wel: .csv, .txt, .xlsx); niet gelezen",
        "en": "file format is not read (supported: .csv, .txt, .xlsx); not read",
    },
    "reason.no_header": {
        "nl": "geen kopregel gevonden met de verplichte kolommen ({detail}); niet gelezen",
        "en": "no header row with the required columns found ({detail}); not read",
    },
    "reason.unreadable": {
        "nl": "het bestand kan niet worden geopend ({detail}); niet gelezen",
        "en": "the file cannot be opened ({detail}); not read",
    },
    "reason.too_many_cells": {
        "nl": "het tabblad beslaat te veel cellen om veilig te lezen ({detail}; geteld van A1 tot de verste cel die in het tabblad staat); niet gelezen",
        "en": "the sheet spans too many cells to read safely ({detail}; counted from A1 to the farthest cell written in the sheet); not read",
    },
    "reason.part_too_large": {
        "nl": "een onderdeel van het werkboek is uitgepakt te groot om veilig te lezen ({detail}); niet gelezen",
        "en": "a part of the workbook is too large unpacked to read safely ({detail}); not read",
    },
    "reason.too_much_text": {
        "nl": "de cellen van het tabblad halen samen te veel tekst uit de gedeelde teksten van het werkboek ({detail}); niet gelezen",
        "en": "the cells of the sheet together take too much text from the workbook's shared strings ({detail}); not read",
    },
    "reason.symlink": {
        "nl": "dit is een koppeling (symbolische link) naar een bestand of map elders; koppelingen worden niet gevolgd; niet gelezen",
        "en": "this is a link (symbolic link) to a file or folder elsewhere; links are not followed; not read",
    },
    "reason.not_a_file": {
        "nl": "dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); niet gelezen",
        "en": "this is not a regular file (but for instance a device or a pipe); not read",
    },
    "reason.empty": {
        "nl": "het bestand of tabblad bevat geen gegevens",
        "en": "the file or sheet holds no data",
    },
    "reason.encoding_guess": {
        "nl": "tekens gelezen als Latin-1 omdat UTF-8 en Windows-1252 niet pasten; controleer accenten",
        "en": "characters read as Latin-1 because neither UTF-8 nor Windows-1252 fitted; check accents",
    },
    "reason.bad_region_toml": {
        "nl": "region.toml kan niet worden gelezen ({detail}); standaardwaarden gebruikt",
        "en": "region.toml cannot be read ({detail}); defaults used",
    },
}

#: Words used in summaries.
WORDS: dict[str, dict[Lang, str]] = {
    "quality.adviser": {"nl": "adviseur", "en": "adviser"},
    "quality.quarantined": {"nl": "niet gebruikt", "en": "not used"},
    "quality.warning": {"nl": "waarschuwing", "en": "warning"},
    "quality.supplier": {"nl": "leverancier", "en": "supplier"},
    "quality.table": {"nl": "tabel", "en": "table"},
    "quality.read": {"nl": "gelezen", "en": "read"},
    "quality.used": {"nl": "gebruikt", "en": "used"},
    "quality.duplicates": {"nl": "dubbel", "en": "duplicates"},
    "quality.overruled": {"nl": "conflict, vervangen", "en": "conflict, overruled"},
    "quality.conflicts": {"nl": "conflicten", "en": "conflicts"},
    "quality.fuzzy": {"nl": "bij benadering herkend", "en": "fuzzy matches"},
    "quality.files_not_used": {
        "nl": "Bestanden en tabbladen die niet zijn gelezen",
        "en": "Files and sheets not read",
    },
    "quality.problems": {
        "nl": "Rijen en cellen met een probleem",
        "en": "Rows and cells with a problem",
    },
    "quality.matches": {"nl": "Organisatienamen herkend", "en": "Organisation names recognised"},
    "quality.title": {"nl": "Datakwaliteit", "en": "Data quality"},
    "quality.total": {"nl": "totaal", "en": "total"},
    "quality.row": {"nl": "rij", "en": "row"},
    "quality.column": {"nl": "kolom", "en": "column"},
    "quality.sheet": {"nl": "tabblad", "en": "sheet"},
    "quality.kept": {"nl": "bewaard", "en": "kept"},
    "quality.instead_of": {"nl": "in plaats van", "en": "instead of"},
    "quality.by_name": {"nl": "op naam", "en": "by name"},
    "quality.by_alias": {"nl": "op andere naam", "en": "by alias"},
    "quality.by_fuzzy": {"nl": "bij benadering", "en": "fuzzy"},
    "quality.score": {"nl": "score", "en": "score"},
    "quality.and_more": {"nl": "… en nog {n}", "en": "… and {n} more"},
    "quality.files_read": {"nl": "Gelezen bestanden en tabbladen", "en": "Files and sheets read"},
    "quality.rows_n": {"nl": "{n} rijen", "en": "{n} rows"},
    "quality.rows_n_one": {"nl": "{n} rij", "en": "{n} row"},
    "quality.header_at": {"nl": "kopregel op rij {n}", "en": "header on row {n}"},
    "quality.delimiter_is": {"nl": "scheidingsteken {d}", "en": "delimiter {d}"},
    "quality.decimal_comma": {"nl": "decimale komma", "en": "decimal comma"},
    "quality.extra_columns": {
        "nl": "extra kolommen bewaard: {cols}",
        "en": "extra columns kept: {cols}",
    },
    "quality.with_bom": {"nl": "UTF-8 met BOM", "en": "UTF-8 with BOM"},
    "quality.tab": {"nl": "tab", "en": "tab"},
    "quality.values_differ": {"nl": "verschillende waarden", "en": "differing values"},
}

#: Why a run cannot go on (:func:`scan.data.merge.usable_problem`): the end of
#: ``validate``'s summary, and the message the run stops with.
STOPS: dict[str, dict[Lang, str]] = {
    "quality.stop.no_organisations": {
        "nl": "Er is niets bruikbaars over: geen enkele organisatie kon worden gelezen (tabel 'organisations')",
        "en": "Nothing usable is left: no organisation could be read (table 'organisations')",
    },
    "quality.stop.no_rows": {
        "nl": "Er is niets bruikbaars over: geen enkele rij uit de andere tabellen is bruikbaar",
        "en": "Nothing usable is left: no row of the other tables is usable",
    },
}
