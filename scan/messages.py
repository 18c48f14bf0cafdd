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
