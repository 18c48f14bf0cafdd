"""The merged dataset of one region and its data-quality record.

:class:`ScanData` is the boundary between getting the data right (ingest,
validate, resolve, merge) and analysing it: every later stage takes a
``ScanData`` and nothing else from the raw files.

Every table in ``ScanData`` has the columns of its :mod:`scan.data.schema` table in
typed form (``string``, ``Int64``, ``Float64``, ``boolean``,
``datetime64[ns]``), organisation references replaced by ``org_id``, plus the
provenance columns ``src_supplier``, ``src_file``, ``src_sheet``, ``src_row``
and any extra columns a partner delivered. A table nobody delivered is empty
but has its columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

from scan.data.schema import DTYPES, PROVENANCE, TABLES

#: What happened to a problem row or cell.
Action = Literal["quarantined", "warning"]

ISSUE_COLUMNS: tuple[str, ...] = (
    "supplier",
    "file",
    "sheet",
    "row",
    "table",
    "column",
    "value",
    "action",
    "code",
    "detail",
)
FILE_COLUMNS: tuple[str, ...] = (
    "supplier",
    "file",
    "sheet",
    "table",
    "status",
    "rows",
    "header_row",
    "encoding",
    "delimiter",
    "decimal",
    "columns_extra",
    "sha256",
    "detail",
)
MATCH_COLUMNS: tuple[str, ...] = (
    "supplier",
    "file",
    "sheet",
    "row",
    "table",
    "column",
    "value",
    "org_id",
    "method",
    "score",
)
CONFLICT_COLUMNS: tuple[str, ...] = (
    "table",
    "key",
    "column",
    "kept_value",
    "kept_supplier",
    "kept_source",
    "other_value",
    "other_supplier",
    "other_source",
)
#: Where ingest passes the rows of a pre-filled form answered "no" and nothing else
#: (``DataFrame.attrs`` key): not rows, but proof that the form was answered.
DECLINED_ROWS = "declined_rows"
#: One row per organisation that answered the network survey (:attr:`ScanData.respondents`).
RESPONDENT_COLUMNS: tuple[str, ...] = (
    "org_id",
    "partners",
    "not_partners",
    "src_supplier",
    "src_file",
    "src_sheet",
)
ACCOUNT_COLUMNS: tuple[str, ...] = (
    "supplier",
    "table",
    "read",
    "used",
    "quarantined",
    "duplicates",
    "overruled",
)


def empty_frame(columns: tuple[str, ...]) -> pd.DataFrame:
    """An empty DataFrame with the given columns (object dtype)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def empty_respondents() -> pd.DataFrame:
    """An empty :attr:`ScanData.respondents` table with its typed columns."""
    return pd.DataFrame(
        {
            c: pd.Series(dtype="Int64" if c in ("partners", "not_partners") else "string")
            for c in RESPONDENT_COLUMNS
        }
    )


@dataclass(frozen=True)
class DataQuality:
    """Everything the adviser must know about how the data came in.

    Attributes
    ----------
    files : DataFrame
        One row per file or sheet found: ``status`` is ``used``,
        ``not_recognised``, ``unsupported_format``, ``unreadable``, ``no_header``,
        ``empty``, ``symlink`` (never followed), ``not_a_file``, or past a
        limit of :class:`scan.data.ingest.ReadLimits` (``too_many_cells``,
        ``part_too_large``, ``too_much_text``); for a used file how it was
        read (``header_row``, and for CSV ``encoding``, ``delimiter``,
        ``decimal``); ``columns_extra`` lists columns kept but not in the data
        request.
    issues : DataFrame
        One row per problem: supplier, file, sheet, row (as the partner sees it,
        1-based, header included), table, column, value, ``action``
        (``quarantined``: the row is not used; ``warning``: the row is used, the
        cell is left empty) and ``code`` with ``detail`` (see
        :mod:`scan.text.quality`: ``reason.<code>``).
    matches : DataFrame
        Organisation references that were not an exact ``org_id``: resolved by
        name, alias or fuzzy match, with the score (100 for exact names).
    conflicts : DataFrame
        The same key delivered with other values: what was kept, from which
        source, and the value it overruled.
    accounts : DataFrame
        Per supplier and table: rows read, used, quarantined, duplicates (a
        repeated identical row, kept once) and overruled (lost a conflict).
        ``read == used + quarantined + duplicates + overruled`` always.
    """

    files: pd.DataFrame = field(default_factory=lambda: empty_frame(FILE_COLUMNS))
    issues: pd.DataFrame = field(default_factory=lambda: empty_frame(ISSUE_COLUMNS))
    matches: pd.DataFrame = field(default_factory=lambda: empty_frame(MATCH_COLUMNS))
    conflicts: pd.DataFrame = field(default_factory=lambda: empty_frame(CONFLICT_COLUMNS))
    accounts: pd.DataFrame = field(default_factory=lambda: empty_frame(ACCOUNT_COLUMNS))

    @property
    def totals(self) -> dict[str, int]:
        """Rows read, used, quarantined, duplicates and overruled over the region."""
        keys = ("read", "used", "quarantined", "duplicates", "overruled")
        return {k: int(self.accounts[k].sum()) if len(self.accounts) else 0 for k in keys}

    @property
    def fuzzy_matches(self) -> pd.DataFrame:
        """The references resolved by a fuzzy match: guesses the adviser must see."""
        return self.matches[self.matches["method"] == "fuzzy"]

    @property
    def unrecognised_files(self) -> pd.DataFrame:
        """Files or sheets that hold no table of the data request."""
        return self.files[self.files["status"] != "used"]


@dataclass(frozen=True)
class RegionInfo:
    """What ``region.toml`` says of the region, with the run's defaults.

    Attributes
    ----------
    key : str
        Folder name under ``data/raw``.
    name : str
        Display name.
    period : str
        The period the scan covers, e.g. ``"2026"``.
    defaults : dict
        Parameter defaults for the run (e.g. ``suppression_threshold``).
    """

    key: str
    name: str
    period: str = ""
    defaults: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ScanData:
    """One region's merged, validated data: one table per kind.

    Attributes
    ----------
    region : RegionInfo
    organisations, ties, flows, episodes, capacity, survey, initiatives : DataFrame
        The clean tables (see the module docstring for their columns).
    quality : DataQuality
        How the data came in.
    respondents : DataFrame
        Who answered the network survey, told by the forms rather than by the
        ties they produced (:data:`RESPONDENT_COLUMNS`): ``org_id``,
        ``partners`` (ties naming a partner, "never" not counted),
        ``not_partners`` (organisations it answered "no" or "never" for) and
        where its form came from. A form answered "no" everywhere leaves no
        tie but makes its organisation a respondent. Organisations named as
        ``respondent_org`` in ``ties`` answered too, whether listed here or not.
    recognition : DataFrame
        The recognition round's answers (empty before the round): which
        findings of the scan the people in the work recognise.
    agenda : DataFrame
        The change agenda brought back for a follow-up round (empty otherwise):
        the adviser's actions, followed by :mod:`scan.followup.actions`.
    """

    region: RegionInfo
    organisations: pd.DataFrame
    ties: pd.DataFrame
    flows: pd.DataFrame
    episodes: pd.DataFrame
    capacity: pd.DataFrame
    survey: pd.DataFrame
    initiatives: pd.DataFrame
    quality: DataQuality = field(default_factory=DataQuality)
    respondents: pd.DataFrame = field(default_factory=empty_respondents)
    recognition: pd.DataFrame = field(default_factory=lambda: empty_table("recognition"))
    agenda: pd.DataFrame = field(default_factory=lambda: empty_table("agenda"))

    def table(self, name: str) -> pd.DataFrame:
        """The table called ``name``."""
        if name not in TABLES:
            raise KeyError(name)
        frame: pd.DataFrame = getattr(self, name)
        return frame

    def org_names(self) -> dict[str, str]:
        """``org_id`` → display name."""
        orgs = self.organisations
        return dict(zip(orgs["org_id"].astype(str), orgs["name"].astype(str), strict=True))


def empty_table(name: str) -> pd.DataFrame:
    """An empty clean table with the typed columns of ``name`` and provenance."""
    table = TABLES[name]
    data: dict[str, pd.Series] = {}
    for col in table.columns:
        data[col.name] = pd.Series(dtype=DTYPES[col.kind])
    for p in PROVENANCE:
        data[p] = pd.Series(dtype="Int64" if p == "src_row" else "string")
    return pd.DataFrame(data)
