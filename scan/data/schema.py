"""The data request as declarative table schemas.

One definition per table (:data:`TABLES`) drives the parsing of raw cells, the
validation (a :class:`pandera.api.pandas.container.DataFrameSchema` built by
:func:`to_pandera`), the documentation (``docs/data-request.md`` is generated
from it by :func:`markdown`) and the partner templates.

To add a column, add a :class:`Column` to its table; to add a table, add a
:class:`Table` to :data:`TABLES`. Nothing else needs to know.

Examples
--------
>>> TABLES["flows"].required
('from_org', 'to_org', 'period', 'clients')
>>> TABLES["ties"].column("trust_open").ge, TABLES["ties"].column("trust_open").le
(1.0, 4.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal[
    "text",  # free or short text
    "org",  # a reference to an organisation: org_id or name, resolved later
    "integer",
    "number",
    "yesno",
    "date",
    "period",  # 2026, 2026-Q1, 2026-03
    "choice",  # one of `choices` (after mapping `synonyms`)
]

ORG_TYPES: tuple[str, ...] = (
    "huisartsenpraktijk",
    "huisartsenpost",
    "zorggroep",
    "ziekenhuis",
    "wijkverpleging",
    "vvt",
    "ggz",
    "gehandicaptenzorg",
    "apotheek",
    "fysiotherapie",
    "welzijn",
    "gemeente",
    "zorgverzekeraar",
    "zorgkantoor",
    "transferpunt",
    "other",
)

#: Echelon derived from the type when the partner leaves it blank
#: (0 social domain, 1 primary, 2 secondary; financiers have none).
ECHELON_BY_TYPE: dict[str, int | None] = {
    "huisartsenpraktijk": 1,
    "huisartsenpost": 1,
    "zorggroep": 1,
    "ziekenhuis": 2,
    "wijkverpleging": 1,
    "vvt": 1,
    "ggz": 2,
    "gehandicaptenzorg": 1,
    "apotheek": 1,
    "fysiotherapie": 1,
    "welzijn": 0,
    "gemeente": 0,
    "zorgverzekeraar": None,
    "zorgkantoor": None,
    "transferpunt": 1,
    "other": None,
}

FREQUENCIES: tuple[str, ...] = ("never", "yearly", "quarterly", "monthly", "weekly", "daily")
FREQUENCY_SYNONYMS: dict[str, str] = {
    **{str(i): f for i, f in enumerate(FREQUENCIES)},
    "nooit": "never",
    "jaarlijks": "yearly",
    "per jaar": "yearly",
    "elk kwartaal": "quarterly",
    "per kwartaal": "quarterly",
    "kwartaal": "quarterly",
    "maandelijks": "monthly",
    "per maand": "monthly",
    "wekelijks": "weekly",
    "per week": "weekly",
    "dagelijks": "daily",
    "elke dag": "daily",
}

LAYERS: tuple[str, ...] = ("bestuur", "management", "uitvoering")
LAYER_SYNONYMS: dict[str, str] = {"board": "bestuur", "operations": "uitvoering"}

#: The shared ambition and the six driving forces of network collaboration.
DIMENSIONS: tuple[str, ...] = (
    "ambition",
    "trust",
    "governance",
    "leadership",
    "finance",
    "capacity",
    "perseverance",
)

#: pandas dtype of each kind of column once parsed.
DTYPES: dict[str, str] = {
    "text": "string",
    "org": "string",
    "integer": "Int64",
    "number": "Float64",
    "yesno": "boolean",
    "date": "datetime64[ns]",
    "period": "string",
    "choice": "string",
}

YES = frozenset({"1", "yes", "ja", "true", "y", "j", "x", "waar"})
NO = frozenset({"0", "no", "nee", "false", "n", "", "onwaar"})


@dataclass(frozen=True)
class Column:
    """One column of a table in the data request.

    Parameters
    ----------
    name : str
        Canonical column name (lower case).
    kind : Kind
        How raw cells are read; see :data:`Kind`.
    doc : str
        Meaning, in the adviser's words (English; the Dutch template text lives
        in the message catalogue).
    required : bool
        The table is not recognised without it, and a row without a value is
        quarantined.
    ge, le : float, optional
        Allowed range; a value outside it quarantines the row.
    choices : tuple of str
        Allowed values for ``kind="choice"``.
    synonyms : dict
        Raw spellings mapped onto a choice (after lower-casing).
    confidential : bool
        Never shown in a report (client keys, free text).
    cell_only : bool
        An answer that stands on its own, such as one rating of a tie: a value
        outside ``ge``/``le`` empties this cell only (with a warning) and the
        rest of the row is used. Otherwise an impossible value quarantines the row.
    strict : bool
        A value that cannot be read (a choice that does not exist) quarantines
        the row even though the column is optional: guessing it would change
        what the row means (the change agenda's measure).
    """

    name: str
    kind: Kind
    doc: str
    required: bool = False
    ge: float | None = None
    le: float | None = None
    choices: tuple[str, ...] = ()
    synonyms: dict[str, str] = field(default_factory=dict)
    confidential: bool = False
    cell_only: bool = False
    strict: bool = False


@dataclass(frozen=True)
class Table:
    """One table of the data request.

    Parameters
    ----------
    name : str
        Table name; a file or sheet holds this table when its name starts with it.
    doc : str
        What one row is.
    columns : tuple of Column
        The named columns.
    key : tuple of str
        Columns that identify a row: the same key twice with other values is a conflict.
    pattern_columns : tuple of (regex, Column)
        Families of columns matched by a pattern, such as the survey's ``trust_2``;
        the Column is the template for every member.
    unique : tuple of str
        Columns whose values must be unique within the table after merging.
    presence : str, optional
        A yes/no column that says whether a row counts at all, for pre-filled
        forms (the partner templates list every other organisation). In a
        delivery that has it, a row answering *no* or left blank, with nothing
        else filled in, is not a row (skipped when read, like an empty row);
        *no* with other answers is quarantined; blank with answers means yes.
        The column is not kept once it has done its work.
    """

    name: str
    doc: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    pattern_columns: tuple[tuple[str, Column], ...] = ()
    unique: tuple[str, ...] = ()
    presence: str | None = None

    @property
    def required(self) -> tuple[str, ...]:
        """Names of the required columns."""
        return tuple(c.name for c in self.columns if c.required)

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the named columns."""
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        """The definition of column ``name`` (a named or pattern column).

        Raises
        ------
        KeyError
            If the table has no such column.
        """
        for c in self.columns:
            if c.name == name:
                return c
        for pattern, template in self.pattern_columns:
            if re.fullmatch(pattern, name):
                return Column(
                    name=name,
                    kind=template.kind,
                    doc=template.doc,
                    ge=template.ge,
                    le=template.le,
                    choices=template.choices,
                    synonyms=template.synonyms,
                    confidential=template.confidential,
                    cell_only=template.cell_only,
                    strict=template.strict,
                )
        raise KeyError(f"{self.name} has no column {name!r}")

    def knows(self, name: str) -> bool:
        """Whether ``name`` is a named or pattern column of this table."""
        try:
            self.column(name)
        except KeyError:
            return False
        return True

    @property
    def org_columns(self) -> tuple[str, ...]:
        """Columns that reference an organisation (resolved to ``org_id``)."""
        return tuple(c.name for c in self.columns if c.kind == "org")


def _score(name: str, doc: str, low: float, high: float) -> Column:
    """A rating of a tie: one impossible rating empties that cell, not the tie."""
    return Column(name, "number", doc, ge=float(low), le=float(high), cell_only=True)


_YESNO_DOC = "yes/no"

ORGANISATIONS = Table(
    name="organisations",
    doc="One row per organisation in the region's network.",
    key=("org_id",),
    unique=("org_id",),
    columns=(
        Column("org_id", "text", "Short code chosen by the adviser, e.g. HA03.", required=True),
        Column("name", "text", "Official name.", required=True),
        Column(
            "type",
            "choice",
            "Kind of organisation.",
            required=True,
            choices=ORG_TYPES,
            synonyms={
                "huisarts": "huisartsenpraktijk",
                "hap": "huisartsenpost",
                "thuiszorg": "wijkverpleging",
                "gemeenten": "gemeente",
                "verzekeraar": "zorgverzekeraar",
                "overig": "other",
                "anders": "other",
            },
        ),
        Column(
            "echelon",
            "integer",
            "0 social domain/prevention, 1 primary care, 2 secondary care; blank: from the type.",
            ge=0,
            le=2,
        ),
        Column("municipality", "text", "Municipality of the main location."),
        Column("fte", "number", "Size in full-time equivalents.", ge=0),
        Column("aliases", "text", "Other names partners use for it, separated by |."),
    ),
)

TIES = Table(
    name="ties",
    doc="The network survey: one row per answering organisation and named partner.",
    key=("respondent_org", "partner_org"),
    presence="works_with",
    columns=(
        Column("respondent_org", "org", "The organisation answering.", required=True),
        Column("partner_org", "org", "A partner it works with.", required=True),
        Column(
            "works_with",
            "yesno",
            "Pre-filled forms: yes = a partner; no, or nothing answered: the row is skipped.",
        ),
        Column(
            "frequency",
            "choice",
            "How often they work together.",
            choices=FREQUENCIES,
            synonyms=FREQUENCY_SYNONYMS,
        ),
        Column("referral", "yesno", "They refer clients to each other."),
        Column("information", "yesno", "They share information."),
        Column("joint_project", "yesno", "They run a project together."),
        Column("shared_staff", "yesno", "They share staff."),
        Column("funding", "yesno", "Money flows between them."),
        _score("trust_reliable", "How reliable the partner is (1-4).", 1, 4),
        _score("trust_mission", "How much the partner supports the shared mission (1-4).", 1, 4),
        _score("trust_open", "How open to discussion the partner is (1-4).", 1, 4),
        _score("value_power", "The partner's influence (1-4).", 1, 4),
        _score("value_involvement", "The partner's level of involvement (1-4).", 1, 4),
        _score("value_resources", "The resources the partner contributes (1-4).", 1, 4),
    ),
)

FLOWS = Table(
    name="flows",
    doc="Clients moving between organisations, aggregated per period.",
    key=("from_org", "to_org", "period", "flow_type"),
    columns=(
        Column("from_org", "org", "Sending organisation.", required=True),
        Column("to_org", "org", "Receiving organisation.", required=True),
        Column("period", "period", "2026, 2026-Q1 or 2026-03.", required=True),
        Column("clients", "integer", "Clients referred or transferred.", required=True, ge=0),
        Column(
            "median_wait_days",
            "number",
            "Median days between referral and start of care.",
            ge=0,
        ),
        Column("flow_type", "text", "E.g. referral, discharge, transfer."),
    ),
)

EPISODES = Table(
    name="episodes",
    doc="Client-level episodes of care (pseudonymised); flows and shared clients follow.",
    key=("client_key", "org_id", "start_date"),
    columns=(
        Column(
            "client_key",
            "text",
            "Pseudonym, the same for one client at every partner.",
            required=True,
            confidential=True,
        ),
        Column("org_id", "org", "Organisation providing the care.", required=True),
        Column("start_date", "date", "Start of the episode.", required=True),
        Column("end_date", "date", "End of the episode; blank while ongoing."),
        Column("service", "text", "Service provided."),
    ),
)

CAPACITY = Table(
    name="capacity",
    doc="Capacity and demand per organisation, service and period.",
    key=("org_id", "service", "period"),
    columns=(
        Column("org_id", "org", "Organisation.", required=True),
        Column("period", "period", "2026, 2026-Q1 or 2026-03.", required=True),
        Column("service", "text", "Service."),
        Column(
            "capacity", "number", "Clients that can be taken on in the period.", required=True, ge=0
        ),
        Column("demand", "number", "Requests received in the period.", required=True, ge=0),
        Column("waiting_list", "number", "People waiting at the end of the period.", ge=0),
        Column("wait_days", "number", "Median waiting time in days.", ge=0),
        Column("vacancies_fte", "number", "Open positions in FTE.", ge=0),
    ),
)

SURVEY = Table(
    name="survey",
    doc="The collaboration questionnaire: one row per responding person.",
    key=("respondent_id",),
    unique=("respondent_id",),
    columns=(
        Column("respondent_id", "text", "Pseudonymous respondent code.", required=True),
        Column("org_id", "org", "The respondent's organisation.", required=True),
        Column(
            "layer",
            "choice",
            "Where the respondent works.",
            required=True,
            choices=LAYERS,
            synonyms=LAYER_SYNONYMS,
        ),
        Column(
            "remarks",
            "text",
            "Free text; may hold personal data, never printed in a report.",
            confidential=True,
        ),
    ),
    pattern_columns=(
        (
            rf"({'|'.join(DIMENSIONS)})_\d+",
            Column("<dimension>_<n>", "number", "Likert item (1-5).", ge=1, le=5),
        ),
    ),
)

INITIATIVES = Table(
    name="initiatives",
    doc="One row per initiative and participating organisation.",
    key=("initiative", "org_id"),
    columns=(
        Column("initiative", "text", "Name or id of the initiative.", required=True),
        Column("org_id", "org", "Participant.", required=True),
        Column("development_line", "text", "E.g. ouderenzorg, digitalisering, preventie."),
        Column(
            "role",
            "choice",
            "Lead or participant.",
            choices=("lead", "participant"),
            synonyms={"trekker": "lead", "deelnemer": "participant", "leider": "lead"},
        ),
        Column(
            "status",
            "choice",
            "Where the initiative stands.",
            choices=("idea", "running", "finished", "stopped"),
            synonyms={
                "idee": "idea",
                "loopt": "running",
                "lopend": "running",
                "afgerond": "finished",
                "gestopt": "stopped",
            },
        ),
    ),
)

#: The answers of the recognition round: recognised, partly, not recognised, don't know.
RECOGNITION_ANSWERS: tuple[str, ...] = ("recognised", "partly", "not_recognised", "dont_know")

RECOGNITION = Table(
    name="recognition",
    doc="The recognition round: one row per organisation, layer, respondent and finding asked.",
    key=("org_id", "layer", "respondent", "finding_id"),
    columns=(
        Column("org_id", "org", "The organisation answering.", required=True),
        Column(
            "layer",
            "choice",
            "Where the people answering work.",
            choices=LAYERS,
            synonyms=LAYER_SYNONYMS,
        ),
        Column(
            "respondent",
            "text",
            "Optional code of a person, when several of one organisation and layer answer apart.",
            confidential=True,
        ),
        Column("finding_id", "text", "The finding's id as printed in the form.", required=True),
        Column("finding", "text", "The finding in words, as printed in the form (not read)."),
        Column(
            "recognised",
            "choice",
            "Whether the finding is recognised in practice.",
            choices=RECOGNITION_ANSWERS,
            synonyms={
                "herkend": "recognised",
                "deels": "partly",
                "deels herkend": "partly",
                "niet herkend": "not_recognised",
                "not recognised": "not_recognised",
                "weet niet": "dont_know",
                "don't know": "dont_know",
                "dont know": "dont_know",
            },
        ),
        Column("urgency", "integer", "How urgent (1-5).", ge=1, le=5, cell_only=True),
        Column(
            "remark",
            "text",
            "Free text; may hold personal data, never printed in a report.",
            confidential=True,
        ),
    ),
)

#: The measures an action of the change agenda can be followed by
#: (:mod:`scan.followup.actions`): what the subject names, and which way is better.
MEASURES: dict[str, tuple[str, str]] = {
    "transition_wait": ("pair", "lower"),  # wait days of the transfer A>B
    "utilisation": ("org", "lower"),  # demand / capacity, latest period
    "wait_days": ("org", "lower"),  # the organisation's waiting time, latest period
    "contact": ("pair", "higher"),  # how often A names B (0 never … 5 daily); A-B either way
    "tables": ("org", "lower"),  # meeting tables the organisation sits at
    "readiness": ("layer", "higher"),  # survey mean, dimension/layer (1-5)
}
DIRECTIONS: tuple[str, ...] = ("lower", "higher")

AGENDA = Table(
    name="agenda",
    doc=(
        "The change agenda (netwerkscan agenda, edited by the adviser): one row per action, "
        "for the follow-up round."
    ),
    key=("action_id",),
    unique=("action_id",),
    columns=(
        Column("action_id", "text", "Number of the action, e.g. A01.", required=True),
        Column("finding_id", "text", "The baseline finding it answers, e.g. T-ZH01-VVT1."),
        Column(
            "what_to_do", "text", "The action (free text, never in a report).", confidential=True
        ),
        Column("owner", "org", "The organisation that owns the action."),
        Column("first_step", "text", "The first step (free text).", confidential=True),
        Column("due", "date", "When the first step is done."),
        Column(
            "measure",
            "choice",
            "What shows it worked (a measure key).",
            choices=tuple(MEASURES),
            strict=True,
        ),
        Column("subject", "text", "What is measured: ORG, A>B, A-B, or dimension/layer."),
        Column("baseline", "number", "The measure in the baseline (pre-filled)."),
        Column("target", "number", "The aim."),
        Column(
            "direction",
            "choice",
            "Which way is better.",
            choices=DIRECTIONS,
            synonyms={"lager": "lower", "hoger": "higher", "omlaag": "lower", "omhoog": "higher"},
            strict=True,
        ),
    ),
)

#: Every table of the data request, in the order they are read and merged
#: (organisations first: every other table refers to it).
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        ORGANISATIONS,
        TIES,
        FLOWS,
        EPISODES,
        CAPACITY,
        SURVEY,
        INITIATIVES,
        RECOGNITION,
        AGENDA,
    )
}

#: The tables the adviser brings back about the scan itself (the recognition
#: round's answers, the change agenda), not data about the region: a scan never
#: rests on them and a region never "lacks" them.
ROUND_TABLES: tuple[str, ...] = ("recognition", "agenda")
#: The tables that describe the region, delivered by the partners.
DATA_TABLES: tuple[str, ...] = tuple(name for name in TABLES if name not in ROUND_TABLES)

#: Provenance carried by every row from ingest to the merged tables.
PROVENANCE: tuple[str, ...] = ("src_supplier", "src_file", "src_sheet", "src_row")


def table_for_name(name: str) -> Table | None:
    """The table a file or sheet holds, told by its name, or None.

    The name must start with the table's name, case-insensitively, followed by
    nothing or by a character that is not a letter (``ties_ziekenhuis.csv``,
    ``Capacity 2026``).

    Examples
    --------
    >>> table_for_name("Capacity 2026").name
    'capacity'
    >>> table_for_name("tiesx.csv") is None
    True
    >>> table_for_name("notities.txt") is None
    True
    """
    low = name.strip().lower()
    for table in TABLES.values():
        if low.startswith(table.name) and not low[len(table.name) : len(table.name) + 1].isalpha():
            return table
    return None


def canonical_header(raw: object) -> str:
    """A header cell as a column name: stripped, lower case, inner spaces as ``_``.

    Examples
    --------
    >>> canonical_header("  Org ID ")
    'org_id'
    >>> canonical_header("Trust-Open")
    'trust_open'
    """
    text = str(raw).strip().lower()
    return re.sub(r"[\s\-]+", "_", text)


def to_pandera(table: Table, columns: list[str] | None = None) -> object:
    """A pandera schema for the parsed (typed) form of ``table``.

    Parameters
    ----------
    table : Table
        The definition.
    columns : list of str, optional
        The columns present; pattern columns (survey items) are included when
        listed here.

    Returns
    -------
    pandera.DataFrameSchema
        Checks types, ranges and choices; ``lazy=True`` validation lists every
        failing cell, which :mod:`scan.data.validate` turns into quarantine reasons.
    """
    import pandera.pandas as pa

    present = columns if columns is not None else list(table.names)
    schema_columns = {}
    for name in present:
        if not table.knows(name):
            continue
        col = table.column(name)
        checks = []
        if col.ge is not None:
            checks.append(pa.Check.ge(col.ge))
        if col.le is not None:
            checks.append(pa.Check.le(col.le))
        if col.choices:
            checks.append(pa.Check.isin(list(col.choices)))
        if col.kind == "period":
            checks.append(pa.Check.str_matches(PERIOD_PATTERN))
        schema_columns[name] = pa.Column(
            DTYPES[col.kind],
            checks=checks,
            # a missing required value is reported by the parser (missing_required)
            nullable=True,
            required=col.required,
            metadata={"kind": col.kind, "doc": col.doc, "confidential": col.confidential},
        )
    return pa.DataFrameSchema(
        schema_columns,
        name=table.name,
        strict=False,
        coerce=False,
        metadata={"doc": table.doc, "key": list(table.key)},
    )


#: A period as stored: a year, a quarter or a month.
PERIOD_PATTERN = r"^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$"


def markdown() -> str:
    """The data request as Markdown, generated from :data:`TABLES`."""
    lines = ["# The data request (generated from `scan/schema.py`)", ""]
    for table in TABLES.values():
        lines += [f"## {table.name}", "", table.doc, "", f"Key: {', '.join(table.key)}", ""]
        lines += ["| column | kind | range / values | meaning |", "|---|---|---|---|"]
        rows = list(table.columns) + [template for _, template in table.pattern_columns]
        for c in rows:
            bounds = ", ".join(c.choices) if c.choices else ""
            if c.ge is not None or c.le is not None:
                low = "" if c.ge is None else f"{c.ge:g}"
                high = "" if c.le is None else f"{c.le:g}"
                bounds = f"{low}–{high}" if high else f"≥ {low}"
            name = f"{c.name} **(required)**" if c.required else c.name
            doc = c.doc.replace("|", "\\|")
            lines.append(f"| {name} | {c.kind} | {bounds} | {doc} |")
        lines.append("")
    return "\n".join(lines)
