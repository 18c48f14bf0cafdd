"""Data-request templates: one workbook per partner, generated from :data:`scan.data.schema.TABLES`.

``netwerkscan template <region>`` writes one ``.xlsx`` per organisation of the
region into ``confidential/<region>/templates/`` (each goes to one partner, none to
the board, so none lies in ``reports/<region>``). Every workbook holds

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
from typing import Any, BinaryIO

import pandas as pd

from scan.data.ingest import NOTE_SHEET_SUFFIX
from scan.data.model import RegionInfo
from scan.data.schema import DIMENSIONS, TABLES, Column, Table
from scan.disclosure import SUPPRESSION_THRESHOLD
from scan.files import atomic_folder
from scan.text import CATALOGUE, Lang, t

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


def sheet_name(table: str, lang: Lang = "nl") -> str:
    """The sheet of ``table``: its name, then a word for people (at most 31 characters)."""
    key = f"template.table.{table}.sheet"
    word = t(key, lang) if key in CATALOGUE else ""
    return f"{table} {word}".strip()[:31]


def note_sheet(key: str, lang: Lang = "nl") -> str:
    """The name of a note sheet (``template.sheet_notes``/``template.sheet_lists``): never
    read as data."""
    return f"{t(key, lang)} {NOTE_SHEET_SUFFIX}"


def choice_word(choice: str, lang: Lang = "nl") -> str:
    """A choice as shown in a drop-down (a Dutch synonym the scan reads back)."""
    key = f"template.choice.{choice}"
    return t(key, lang) if key in CATALOGUE else choice


def column_text(table: str, column: Column, lang: Lang = "nl", **fields: object) -> tuple[str, str]:
    """The label (row 1) and the help text of a column; the schema's ``doc`` when unknown."""
    match = re.fullmatch(rf"({'|'.join(DIMENSIONS)})_(\d+)", column.name)
    if table == "survey" and match:
        dimension = t(f"dimension.{match.group(1)}", lang).capitalize()
        label = t("template.label.survey.item", lang, dimension=dimension, n=match.group(2))
        return label, t("template.help.survey.item", lang)
    key = f"{table}.{column.name}"
    if f"template.label.{key}" not in CATALOGUE:
        return column.name, column.doc
    return t(f"template.label.{key}", lang), t(f"template.help.{key}", lang, **fields)


def _number(x: float) -> str:
    return f"{x:g}"


def allowed_text(column: Column, lang: Lang = "nl") -> str:
    """What a column accepts, in words (made from the schema)."""
    if column.kind == "choice":
        return ", ".join(choice_word(c, lang) for c in column.choices)
    if column.kind == "org":
        return t("template.allowed_org", lang)
    if column.kind == "yesno":
        return t("template.allowed_yesno", lang)
    if column.kind == "date":
        return t("template.allowed_date", lang)
    if column.kind == "period":
        return t("template.allowed_period", lang)
    if column.kind in ("integer", "number"):
        if column.ge is not None and column.le is not None:
            return t(
                "template.allowed_between", lang, low=_number(column.ge), high=_number(column.le)
            )
        if column.ge is not None:
            base = t("template.allowed_at_least", lang, low=_number(column.ge))
            return (
                f"{t('template.allowed_whole', lang)}, {base}" if column.kind == "integer" else base
            )
        return t(
            "template.allowed_whole" if column.kind == "integer" else "template.allowed_number",
            lang,
        )
    return t("template.allowed_text", lang)


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
        "error_title": t("template.error_title", lang),
        "error_message": t("template.error_range", lang, allowed=allowed)[:255],
    }
    if column.kind == "choice":
        return {
            "validate": "list",
            "source": [choice_word(c, lang) for c in column.choices],
            "error_message": t("template.error_list", lang),
            "error_title": t("template.error_title", lang),
        }
    if column.kind == "yesno":
        return {
            "validate": "list",
            "source": [t("template.yes", lang), t("template.no", lang)],
            "error_message": t("template.error_list", lang),
            "error_title": t("template.error_title", lang),
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


def open_book(path: Path | BinaryIO, title: str) -> tuple[Any, dict[str, Any]]:
    """A new netwerkscan workbook (a file, its folder created, or a buffer to write
    atomically later), with its fixed properties and the cell formats every such
    workbook uses."""
    import xlsxwriter

    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path) if isinstance(path, Path) else path, {"in_memory": True})
    book.set_properties({"title": title, "author": "netwerkscan", "created": CREATED})
    return book, formats(book)


def contact_text(settings: TemplateSettings, lang: Lang) -> str:
    """Whom to ask: the contact line of ``region.toml``, or a neutral sentence."""
    if settings.contact:
        return t("template.contact", lang, contact=settings.contact)
    return t("template.contact_missing", lang)


def write_column(
    sheet: Any,
    fmt: dict[str, Any],
    j: int,
    table: str,
    column: Column,
    lang: Lang,
    last: int,
    options: dict[str, Any] | None,
    **fields: object,
) -> None:
    """Column ``j`` of a data sheet: its label (row 1), its name (row 2), its width and,
    from row 3 to ``last``, its validation ``options`` with the column's help."""
    label, help_text = column_text(table, column, lang, **fields)
    sheet.write_string(0, j, label, fmt["label"])
    sheet.write_string(1, j, column.name, fmt["header"])
    sheet.set_column(j, j, max(len(column.name), min(len(label), 28), 10) + 2)
    if options is not None:
        options.setdefault("ignore_blank", True)
        options["input_title"] = label[:32]
        options["input_message"] = f"{help_text} ({allowed_text(column, lang)})"[:255]
        sheet.data_validation(2, j, last, j, options)


class Notes:
    """The instruction sheet of a partner workbook, written from the top down."""

    WIDTHS: tuple[int, ...] = (26, 11, 62, 30)

    def __init__(self, book: Any, fmt: dict[str, Any], name: str) -> None:
        self.sheet = book.add_worksheet(name)
        self.fmt = fmt
        self.row = 0
        for j, w in enumerate(self.WIDTHS):
            self.sheet.set_column(j, j, w)

    def paragraph(self, content: str, style: str = "p") -> None:
        """A paragraph over the sheet's width (``"h"``: a heading)."""
        self.sheet.merge_range(self.row, 0, self.row, 3, content, self.fmt[style])
        chars = sum(self.WIDTHS) + 10
        self.sheet.set_row(self.row, _row_height(content, chars) if style == "p" else None)
        self.row += 1

    def columns(self, table: str, columns: Sequence[Column], lang: Lang, **fields: object) -> None:
        """The columns of a sheet: name, required, meaning and what is allowed."""
        self.paragraph(t("template.columns_title", lang, sheet=sheet_name(table, lang)), "h")
        heads = (
            "template.col_column",
            "template.col_required",
            "template.col_meaning",
            "template.col_allowed",
        )
        for j, key in enumerate(heads):
            self.sheet.write_string(self.row, j, t(key, lang), self.fmt["th"])
        self.row += 1
        for column in columns:
            label, help_text = column_text(table, column, lang, **fields)
            cells = (
                column.name,
                t("template.yes", lang) if column.required else "",
                f"{label}: {help_text}",
                allowed_text(column, lang),
            )
            for j, value in enumerate(cells):
                self.sheet.write_string(self.row, j, value, self.fmt["td"])
            self.sheet.set_row(self.row, _row_height(cells[2], self.WIDTHS[2]))
            self.row += 1


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
    settings = settings or TemplateSettings()
    book, fmt = open_book(path, t("template.title", lang, region=region.name))
    orgs = organisations.assign(
        org_id=organisations["org_id"].astype(str),
        name=organisations["name"].astype(str),
        type=organisations["type"].astype(str),
    )
    orgs = orgs.sort_values("name", key=lambda s: s.str.casefold(), kind="stable")
    tables = partner_tables(partner.type, settings)
    periods = periods_of(region.period)
    orgs_ref = t("template.orgs_name", lang)

    # 1. the instructions
    notes = Notes(book, fmt, note_sheet("template.sheet_notes", lang))
    notes.sheet.write_string(0, 0, t("template.title", lang, region=region.name), fmt["title"])
    notes.row = 1
    notes.paragraph(t("template.for", lang, name=partner.name, org_id=partner.org_id))
    if region.period:
        notes.paragraph(t("template.period", lang, period=region.period))
    if settings.deadline:
        notes.paragraph(t("template.deadline", lang, deadline=settings.deadline))
    notes.row += 1
    for title_key, body in (
        ("template.why_title", t("template.why", lang)),
        (
            "template.confidential_title",
            t("template.confidential", lang, threshold=settings.threshold),
        ),
        ("template.how_title", t("template.how", lang)),
        ("template.contact_title", contact_text(settings, lang)),
    ):
        notes.paragraph(t(title_key, lang), "h")
        notes.paragraph(body)
        notes.row += 1
    notes.paragraph(t("template.what_title", lang), "h")
    for name in tables:
        title = t(f"template.table.{name}.title", lang)
        ask = t(f"template.table.{name}.ask", lang)
        notes.paragraph(
            t("template.what_item", lang, title=title, sheet=sheet_name(name, lang), ask=ask)
        )
    for name in tables:
        notes.row += 1
        notes.columns(name, _columns(TABLES[name], settings), lang, org_id=partner.org_id)

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
                sheet.write_string(0, j, t("template.partner_name", lang), fmt["label"])
                sheet.write_string(1, j, PARTNER_NAME_COLUMN, fmt["header"])
                sheet.set_column(j, j, 34)
                continue
            options = _validation(col, lang, periods, orgs_ref)
            if name == "ties" and col.name in table.key:
                options = None  # pre-filled
            write_column(sheet, fmt, j, name, col, lang, last, options, org_id=partner.org_id)
        sheet.set_row(0, 45)
        for i, values in enumerate(given, start=2):
            for j, value in enumerate(values):
                sheet.write_string(i, j, value, fmt["given"])
        sheet.freeze_panes(2, 3 if name == "ties" else 0)
        sheet.autofilter(1, 0, last, len(columns) - 1)

    # 3. the organisations to pick from
    write_lists(book, orgs, fmt, lang)
    book.close()
    return path


def formats(book: Any) -> dict[str, Any]:
    """The cell formats of the netwerkscan workbooks (titles, tables, labels, given cells)."""
    return {
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
        "given_wrap": book.add_format(
            {"bg_color": "#f3f6f9", "font_color": "#5b6775", "text_wrap": True, "valign": "top"}
        ),
    }


def write_lists(book: Any, orgs: pd.DataFrame, fmt: Mapping[str, Any], lang: Lang) -> None:
    """The note sheet of the region's organisations, the source of every organisation drop-down
    (the name ``template.orgs_name``)."""
    lists_name = note_sheet("template.sheet_lists", lang)
    lists = book.add_worksheet(lists_name)
    lists.write_string(0, 0, t("template.list_name", lang), fmt["header"])
    lists.write_string(0, 1, t("template.list_code", lang), fmt["header"])
    lists.write_string(0, 2, t("template.list_type", lang), fmt["header"])
    lists.write_string(0, 4, t("template.list_note", lang), fmt["label"])
    for i, o in enumerate(orgs.itertuples(index=False), start=1):
        lists.write_string(i, 0, str(o.name))
        lists.write_string(i, 1, str(o.org_id))
        lists.write_string(i, 2, str(o.type))
    lists.set_column(0, 0, max([len(str(n)) for n in orgs["name"]] + [12]) + 2)
    lists.set_column(1, 2, 18)
    lists.set_column(4, 4, 60)
    orgs_ref = t("template.orgs_name", lang)
    book.define_name(orgs_ref, f"='{lists_name}'!$A$2:$A${max(len(orgs), 1) + 1}")


def file_name(org_id: str, name: str, prefix: str = "datavraag") -> str:
    """A safe file name for a partner's workbook.

    Examples
    --------
    >>> file_name("VVT1", "Zorgcentrum 't Hooge Hof / Lindewaard")
    "datavraag VVT1 Zorgcentrum 't Hooge Hof Lindewaard.xlsx"
    >>> file_name("VVT1", "Hooge Hof bestuur", prefix="herkenning")
    'herkenning VVT1 Hooge Hof bestuur.xlsx'
    """
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", f"{org_id} {name}")
    safe = re.sub(r"\s+", " ", safe).strip().rstrip(".")[:100]
    return f"{prefix} {safe}.xlsx"


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
        Default ``confidential/<region>/templates``; replaced as a whole (renames only),
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
    target = out_dir if out_dir is not None else config.confidential_dir(region.key) / "templates"
    names: list[str] = []
    with atomic_folder(target) as build:
        for o in organisations.sort_values("org_id").itertuples(index=False):
            partner = Partner(str(o.org_id), str(o.name), str(o.type))
            name = file_name(partner.org_id, partner.name)
            write_template(build / name, partner, organisations, region, settings, lang)
            names.append(name)
    return [target / n for n in names]
