"""The recognition round's forms: one short workbook per organisation (or per layer).

``netwerkscan recognition <region>`` computes the scan once
(:func:`scan.pipeline.run_scan`) and writes, into
``reports/<region>/recognition/``, one workbook per organisation, or with
``per_layer`` one per organisation and layer (bestuur, management,
uitvoering). Each holds

* ``Toelichting (netwerkscan)``: why the round, how it stays confidential,
  how to fill it in, whom to ask, and every column;
* ``recognition herkenning``: one row per finding asked
  (:func:`scan.diagnosis.recognition.asked`: the top bottlenecks, stalling
  transfers and quick wins), with its stable id and its sentence, and per row
  drop-downs for herkend / deels / niet herkend / weet niet and an urgency of
  1 to 5, and room for a remark.

Returned, the workbooks go into the region's raw folder as they are: the
sheet's name starts with ``recognition``, so the scan reads it as the table
:data:`scan.data.schema.RECOGNITION`. The machinery (formats, instruction
sheet, validation from the schema) is the data-request templates'
(:mod:`scan.partners.templates_xlsx`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from scan import config
from scan.data.model import RegionInfo
from scan.data.schema import LAYERS, TABLES
from scan.diagnosis.model import Finding
from scan.diagnosis.recognition import asked, kind_of
from scan.files import atomic_folder
from scan.partners.templates_xlsx import (
    Notes,
    Partner,
    TemplateSettings,
    _row_height,
    _validation,
    choice_word,
    contact_text,
    file_name,
    note_sheet,
    open_book,
    sheet_name,
    write_column,
)
from scan.pipeline import ScanResult
from scan.text import Lang, t

#: The columns of the form's sheet, in order: what is read first, who answers last.
FORM_COLUMNS: tuple[str, ...] = (
    "finding_id",
    "finding",
    "recognised",
    "urgency",
    "remark",
    "respondent",
    "org_id",
    "layer",
)
#: Width of the column holding the finding's sentence (characters).
FINDING_WIDTH = 70


def finding_words(item: Finding, lang: Lang) -> str:
    """A finding as the form shows it: its kind and rank, then its sentence."""
    return f"{t(f'term.one.{kind_of(item)}', lang)} {item.rank}: {item.text[lang]}"


def write_form(
    path: Path,
    partner: Partner,
    items: Sequence[Finding],
    region: RegionInfo,
    *,
    layer: str | None = None,
    settings: TemplateSettings | None = None,
    min_respondents: int = 5,
    lang: Lang = "nl",
) -> Path:
    """Write one organisation's recognition form.

    Parameters
    ----------
    path : Path
        The ``.xlsx`` to write (its folder is created).
    partner : Partner
        The organisation answering (pre-filled on every row).
    items : sequence of Finding
        The findings asked, in order.
    region : RegionInfo
    layer : str, optional
        One of :data:`scan.data.schema.LAYERS`: pre-filled on every row;
        otherwise a drop-down the respondent fills in.
    settings : TemplateSettings, optional
        The contact line and deadline of ``region.toml``.
    min_respondents : int
        Fewest opinions behind a share in the report (told in the instructions).
    lang : {"nl", "en"}

    Returns
    -------
    Path
        ``path``.
    """
    settings = settings or TemplateSettings()
    table = TABLES["recognition"]
    sheet_title = sheet_name("recognition", lang)
    book, fmt = open_book(path, t("template.recognition.title", lang, region=region.name))

    notes = Notes(book, fmt, note_sheet("template.sheet_notes", lang))
    title = t("template.recognition.title", lang, region=region.name)
    notes.sheet.write_string(0, 0, title, fmt["title"])
    notes.row = 1
    notes.paragraph(t("template.for", lang, name=partner.name, org_id=partner.org_id))
    if layer is not None:
        notes.paragraph(t("template.recognition.layer", lang, layer=choice_word(layer, lang)))
    if settings.deadline:
        notes.paragraph(t("template.deadline", lang, deadline=settings.deadline))
    notes.row += 1
    how = [t("template.recognition.how", lang, sheet=sheet_title)]
    if layer is None:
        how.append(t("template.recognition.how_layer", lang))
    how.append(t("template.recognition.how_apart", lang))
    for title_key, body in (
        ("template.why_title", t("template.recognition.why", lang)),
        (
            "template.confidential_title",
            t("template.recognition.confidential", lang, min=min_respondents),
        ),
        ("template.how_title", " ".join(how)),
        ("template.contact_title", contact_text(settings, lang)),
    ):
        notes.paragraph(t(title_key, lang), "h")
        notes.paragraph(body)
        notes.row += 1
    columns = [table.column(name) for name in FORM_COLUMNS]
    notes.columns("recognition", columns, lang, org_id=partner.org_id)

    sheet = book.add_worksheet(sheet_title)
    last = 2 + max(len(items), 1) - 1
    given = {"finding_id", "finding", "org_id"} | ({"layer"} if layer is not None else set())
    for j, column in enumerate(columns):
        options = None if column.name in given else _validation(column, lang, (), "")
        if column.name == "urgency":  # a drop-down, not only a range
            options = {
                "validate": "list",
                "source": [str(n) for n in range(1, 6)],
                "error_title": t("template.error_title", lang),
                "error_message": t("template.error_list", lang),
            }
        write_column(sheet, fmt, j, "recognition", column, lang, last, options)
    sheet.set_column(1, 1, FINDING_WIDTH)
    sheet.set_column(4, 4, 40)
    sheet.set_row(0, 45)
    for i, item in enumerate(items, start=2):
        words = finding_words(item, lang)
        cells = {
            "finding_id": item.id,
            "finding": words,
            "org_id": partner.org_id,
            "layer": choice_word(layer, lang) if layer is not None else "",
        }
        for j, name in enumerate(FORM_COLUMNS):
            if cells.get(name):
                style = "given_wrap" if name == "finding" else "given"
                sheet.write_string(i, j, cells[name], fmt[style])
        sheet.set_row(i, _row_height(words, FINDING_WIDTH))
    sheet.freeze_panes(2, 2)
    sheet.autofilter(1, 0, last, len(columns) - 1)
    book.close()
    return path


def write_forms(
    folder: Path,
    result: ScanResult,
    out_dir: Path | None = None,
    *,
    per_layer: bool = False,
) -> list[Path]:
    """The recognition forms of a region, written as one folder at once.

    Parameters
    ----------
    folder : Path
        The region folder (``data/raw/<region>``): its ``region.toml``.
    result : ScanResult
        The scan (named), computed once: its findings are asked, in its language
        (``result.params.lang``).
    out_dir : Path, optional
        Default ``reports/<region>/recognition``; replaced as a whole.
    per_layer : bool
        One form per organisation and layer (bestuur, management, uitvoering)
        instead of one per organisation.

    Returns
    -------
    list of Path
        The workbooks, in ``org_id`` (and layer) order; empty (nothing written)
        when the scan has no finding to ask about.
    """
    if result.anonymised:
        raise ValueError("the forms are written from the named result")
    params = result.params.diagnosis_params()
    items = asked(result.findings, params.recognition_per_kind)
    if not items:
        return []
    region = result.data.region
    settings = TemplateSettings.for_region(folder)
    target = out_dir if out_dir is not None else config.reports_dir(region.key) / "recognition"
    layers: tuple[str | None, ...] = LAYERS if per_layer else (None,)
    lang = result.params.lang
    names: list[str] = []
    with atomic_folder(target) as build:
        orgs = result.data.organisations.sort_values("org_id")
        for o in orgs.itertuples(index=False):
            partner = Partner(str(o.org_id), str(o.name), str(o.type))
            for layer in layers:
                label = partner.name if layer is None else f"{partner.name} {layer}"
                name = file_name(partner.org_id, label, prefix="herkenning")
                write_form(
                    build / name,
                    partner,
                    items,
                    region,
                    layer=layer,
                    settings=settings,
                    min_respondents=params.recognition_floor,
                    lang=lang,
                )
                names.append(name)
    return [target / n for n in names]


__all__ = ["FORM_COLUMNS", "finding_words", "write_form", "write_forms"]
