"""Merge: one clean table per kind, duplicates and conflicts settled, every row accounted for.

Rows are compared on the table's own columns after organisation references
are resolved. A row repeated with the same values is a **duplicate**: kept
once, counted. The same key with other values is a **conflict**: the row
supplied by the organisation itself wins (the supplier folder stands for an
organisation named in the row's owner columns, :data:`OWNER_COLUMNS`), else the
adviser's, else the first in file order; the winning row is kept whole and
every differing value is listed with both sources.

:func:`load_region` runs ingest → validate → resolve → merge;
:func:`write_processed` stores the result atomically under ``data/processed``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from scan import config
from scan.data.ingest import ADVISER, ReadLimits, ingest
from scan.data.model import (
    ACCOUNT_COLUMNS,
    CONFLICT_COLUMNS,
    FILE_COLUMNS,
    ISSUE_COLUMNS,
    MATCH_COLUMNS,
    RESPONDENT_COLUMNS,
    DataQuality,
    ScanData,
    empty_respondents,
    empty_table,
)
from scan.data.resolve import OrgResolver, resolve_table, supplier_org
from scan.data.schema import (
    DATA_TABLES,
    ECHELON_BY_TYPE,
    FREQUENCIES,
    PROVENANCE,
    TABLES,
    Table,
)
from scan.data.validate import DTYPES, ValidTable, validate
from scan.files import atomic_folder

#: Columns naming the organisation(s) a row is about: its own data wins a conflict.
OWNER_COLUMNS: dict[str, tuple[str, ...]] = {
    "organisations": ("org_id",),
    "ties": ("respondent_org",),
    "flows": ("from_org", "to_org"),
    "episodes": ("org_id",),
    "capacity": ("org_id",),
    "survey": ("org_id",),
    "initiatives": ("org_id",),
    "recognition": ("org_id",),
    "agenda": ("owner",),
}


def _precedence(frame: pd.DataFrame, table: Table, suppliers: dict[str, str | None]) -> pd.Series:
    """0 for a row supplied by the organisation itself, 1 by the adviser, 2 otherwise."""
    own = pd.Series(False, index=frame.index)
    supplier_ids = frame["src_supplier"].map(suppliers)
    for column in OWNER_COLUMNS[table.name]:
        if column in frame.columns:
            own |= (frame[column] == supplier_ids).fillna(False).astype(bool)
    rank = pd.Series(2, index=frame.index)
    rank[frame["src_supplier"] == ADVISER] = 1
    rank[own] = 0
    return rank


def _source(row: pd.Series) -> str:
    sheet = (
        f" [{row['src_sheet']}]" if isinstance(row["src_sheet"], str) and row["src_sheet"] else ""
    )
    return f"{row['src_file']}{sheet} #{row['src_row']}"


def _cell(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def merge_table(
    parts: list[ValidTable], table: Table, suppliers: dict[str, str | None]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Merge a table's validated parts into one clean table.

    Parameters
    ----------
    parts : list of ValidTable
        Resolved parts, in file order.
    table : Table
        The definition (key and columns).
    suppliers : dict
        Supplier folder → the ``org_id`` it stands for (or None).

    Returns
    -------
    clean : DataFrame
        One row per key.
    accounts : DataFrame
        Per supplier: read, used, quarantined, duplicates, overruled.
    conflicts : DataFrame
        :data:`scan.data.model.CONFLICT_COLUMNS`, one row per differing value.
    """
    frames = [p.frame[~p.quarantined.to_numpy()] for p in parts]
    usable = [f for f in frames if len(f)]
    combined = pd.concat(usable, ignore_index=True) if usable else empty_table(table.name).iloc[0:0]
    for column in table.columns:
        if column.name not in combined.columns:
            combined[column.name] = pd.Series(dtype=DTYPES[column.kind], index=combined.index)
    compare = [c for c in combined.columns if table.knows(c)]
    combined["_rank"] = _precedence(combined, table, suppliers)
    combined["_order"] = range(len(combined))
    key_text = combined[list(table.key)].astype("string").fillna("\x00")
    columns = [key_text[c] for c in table.key]
    combined["_key"] = (
        columns[0].str.cat(columns[1:], sep="\x1f") if len(columns) > 1 else columns[0]
    )
    combined = combined.sort_values(["_key", "_rank", "_order"], kind="stable")

    duplicate = combined.duplicated(subset=compare, keep="first")
    dropped_dup = combined[duplicate]
    distinct = combined[~duplicate]
    overruled = distinct.duplicated(subset=["_key"], keep="first")
    clean = distinct[~overruled]

    conflicts: list[dict[str, object]] = []
    winners = clean.set_index("_key")
    for _, loser in distinct[overruled].iterrows():
        winner = winners.loc[loser["_key"]]
        for column in compare:
            if column in table.key:
                continue
            kept, other = _cell(winner[column]), _cell(loser[column])
            if kept != other:
                conflicts.append(
                    {
                        "table": table.name,
                        "key": ", ".join(_cell(winner[k]) for k in table.key),
                        "column": column,
                        "kept_value": kept,
                        "kept_supplier": winner["src_supplier"],
                        "kept_source": _source(winner),
                        "other_value": other,
                        "other_supplier": loser["src_supplier"],
                        "other_source": _source(loser),
                    }
                )

    accounts = _accounts(parts, table, dropped_dup, distinct[overruled])
    clean = clean.sort_values("_order").drop(columns=["_rank", "_order", "_key"])
    ordered = list(table.names) + [
        c for c in clean.columns if c not in table.names and c not in PROVENANCE
    ]
    clean = clean[ordered + list(PROVENANCE)].reset_index(drop=True)
    return clean, accounts, pd.DataFrame(conflicts, columns=list(CONFLICT_COLUMNS))


def _accounts(
    parts: list[ValidTable], table: Table, duplicates: pd.DataFrame, overruled: pd.DataFrame
) -> pd.DataFrame:
    rows: dict[str, dict[str, int]] = {}
    for part in parts:
        acc = rows.setdefault(part.source.supplier, dict.fromkeys(ACCOUNT_COLUMNS[2:], 0))
        acc["read"] += len(part.frame)
        acc["quarantined"] += int(part.quarantined.sum())
    for name, frame in (("duplicates", duplicates), ("overruled", overruled)):
        for supplier, count in frame["src_supplier"].value_counts().items():
            rows[str(supplier)][name] += int(count)
    records = []
    for supplier, acc in rows.items():
        acc["used"] = acc["read"] - acc["quarantined"] - acc["duplicates"] - acc["overruled"]
        records.append({"supplier": supplier, "table": table.name, **acc})
    return pd.DataFrame(records, columns=list(ACCOUNT_COLUMNS))


def respondent_table(parts: list[ValidTable], ties: pd.DataFrame) -> pd.DataFrame:
    """Who answered the network survey, told by the forms (``ScanData.respondents``).

    An organisation answered when a ties delivery holds a row of its form: a
    tie, a row that could not be used, or a row of a pre-filled form answered
    "no" and nothing else (``part.declined``). A form answered "no" everywhere
    therefore makes a respondent without a single tie.

    Parameters
    ----------
    parts : list of ValidTable
        The resolved ``ties`` parts, in file order.
    ties : DataFrame
        The merged ``ties`` table.

    Returns
    -------
    DataFrame
        :data:`scan.data.model.RESPONDENT_COLUMNS`, one row per organisation in
        order of first appearance: ``partners`` = distinct partners named with
        any frequency but "never"; ``not_partners`` = distinct organisations
        answered "no" or "never" (and not named otherwise); where the first
        row of its form came from.
    """
    first: dict[str, tuple[str, str, str]] = {}
    declined: set[tuple[str, str]] = set()
    for part in parts:
        for frame, is_declined in ((part.frame, False), (part.declined, True)):
            if "respondent_org" not in frame.columns or not len(frame):
                continue
            for r, p, supplier, file, sheet in zip(
                frame["respondent_org"],
                frame["partner_org"] if "partner_org" in frame.columns else [None] * len(frame),
                frame["src_supplier"],
                frame["src_file"],
                frame["src_sheet"],
                strict=True,
            ):
                if pd.isna(r):
                    continue
                first.setdefault(str(r), (str(supplier), str(file), _cell(sheet)))
                if is_declined and not pd.isna(p) and str(p) != str(r):
                    declined.add((str(r), str(p)))
    if not first:
        return empty_respondents()
    pairs = ties[["respondent_org", "partner_org"]].astype("string")
    never = (
        ties["frequency"].astype("string").eq(FREQUENCIES[0]).fillna(False).to_numpy(bool)
        if "frequency" in ties.columns
        else [False] * len(ties)
    )
    named: set[tuple[str, str]] = set()
    not_named = set(declined)
    for (r, p), is_never in zip(pairs.itertuples(index=False, name=None), never, strict=True):
        if pd.isna(r) or pd.isna(p) or r == p:
            continue
        (not_named if is_never else named).add((str(r), str(p)))
    not_named -= named
    rows = [
        {
            "org_id": org,
            "partners": sum(1 for r, _ in named if r == org),
            "not_partners": sum(1 for r, _ in not_named if r == org),
            "src_supplier": src[0],
            "src_file": src[1],
            "src_sheet": src[2],
        }
        for org, src in first.items()
    ]
    out = pd.DataFrame(rows, columns=list(RESPONDENT_COLUMNS))
    return out.astype(empty_respondents().dtypes.to_dict())


def derive_echelon(organisations: pd.DataFrame) -> pd.DataFrame:
    """Fill a blank ``echelon`` from the organisation's type."""
    out = organisations.copy()
    derived = out["type"].map(lambda t: ECHELON_BY_TYPE.get(str(t)) if pd.notna(t) else None)
    out["echelon"] = out["echelon"].fillna(
        pd.Series(pd.array(derived, dtype="Int64"), index=out.index)
    )
    return out


def _frame(records: list[pd.DataFrame], columns: tuple[str, ...]) -> pd.DataFrame:
    frames = [f for f in records if len(f)]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in columns})
    out = pd.concat(frames, ignore_index=True)[list(columns)]
    for c in columns:
        if c in ("row", "rows", "header_row"):
            out[c] = pd.to_numeric(out[c], errors="coerce").astype("Int64")
        elif c == "score":
            out[c] = pd.to_numeric(out[c], errors="coerce").astype("Float64")
        elif c in ACCOUNT_COLUMNS[2:]:
            out[c] = out[c].astype("Int64")
        else:
            out[c] = out[c].map(_cell, na_action="ignore").astype("string")
    return out


def load_region(
    region: str | Path,
    *,
    fuzzy_threshold: float | None = None,
    limits: ReadLimits | None = None,
) -> ScanData:
    """Read, validate, resolve and merge a region's data package.

    Parameters
    ----------
    region : str or Path
        A region name under ``data/raw``, or the path of a region folder
        (:func:`scan.config.region_folder`).
    fuzzy_threshold : float, optional
        Minimum fuzzy-match score (0–100); default
        :data:`scan.data.resolve.FUZZY_THRESHOLD`.
    limits : ReadLimits, optional
        How much one workbook may ask of memory (cells, unpacked bytes, shared
        text); default :class:`scan.data.ingest.ReadLimits`.

    Returns
    -------
    ScanData
        The clean tables and the data-quality record. Raw files are only read.

    Raises
    ------
    ScanError
        If the region folder does not exist; a :class:`~scan.errors.UsageError` if
        ``region`` is no region (:func:`scan.config.region_folder`).
    """
    folder = config.region_folder(region)
    ingested = ingest(folder, limits)
    by_table: dict[str, list[ValidTable]] = {name: [] for name in TABLES}
    for source in ingested.sources:
        by_table[source.table.name].append(validate(source))

    accounts: list[pd.DataFrame] = []
    conflicts: list[pd.DataFrame] = []
    matches: list[pd.DataFrame] = []
    issues: list[pd.DataFrame] = [ingested.issues]
    tables: dict[str, pd.DataFrame] = {}
    respondents = empty_respondents()

    orgs_parts = by_table["organisations"]
    organisations, acc, conf = merge_table(orgs_parts, TABLES["organisations"], {})
    resolver_kwargs = {} if fuzzy_threshold is None else {"threshold": fuzzy_threshold}
    resolver = OrgResolver(organisations, **resolver_kwargs)
    suppliers = {s: supplier_org(s, resolver) for s in {p.supplier for p in ingested.sources}}
    suppliers[ADVISER] = None
    # organisations again, now with the suppliers known: an organisation's own row wins
    organisations, acc, conf = merge_table(orgs_parts, TABLES["organisations"], suppliers)
    tables["organisations"] = derive_echelon(organisations)
    accounts.append(acc)
    conflicts.append(conf)
    issues += [p.issues for p in orgs_parts]

    for name, table in TABLES.items():
        if name == "organisations":
            continue
        parts = []
        for part in by_table[name]:
            resolved, found = resolve_table(part, resolver)
            parts.append(resolved)
            matches.append(found)
            issues.append(resolved.issues)
        clean, acc, conf = merge_table(parts, table, suppliers)
        tables[name] = clean
        accounts.append(acc)
        conflicts.append(conf)
        if name == "ties":
            respondents = respondent_table(parts, clean)

    quality = DataQuality(
        files=_frame([ingested.files], FILE_COLUMNS),
        issues=_frame(issues, ISSUE_COLUMNS),
        matches=_frame(matches, MATCH_COLUMNS),
        conflicts=_frame(conflicts, CONFLICT_COLUMNS),
        accounts=_frame(accounts, ACCOUNT_COLUMNS),
    )
    return ScanData(region=ingested.region, quality=quality, respondents=respondents, **tables)


def usable_problem(data: ScanData, *, rows: bool = False) -> str | None:
    """Why nothing usable is left, or None when the scan can go on.

    Nothing is usable when no organisation could be read (every reference
    resolves against that list). A scan needs nothing more: a region with
    only its organisations gets a report saying what was not delivered. With
    ``rows`` (a comparison with an earlier scan), a usable row of another
    table is needed too (the recognition round's answers and the change agenda
    are about a scan, not data to scan).
    """
    if not len(data.organisations):
        return "no_organisations"
    regional = (name for name in DATA_TABLES if name != "organisations")
    if rows and not any(len(data.table(name)) for name in regional):
        return "no_rows"
    return None


def write_processed(data: ScanData, folder: Path | None = None) -> Path:
    """Write the clean tables and the quality record as parquet, atomically.

    Everything is written to a temporary folder beside the target, which then
    replaces the target in one rename: a crash never leaves half a dataset.

    Returns
    -------
    Path
        The folder written (default ``data/processed/<region>``).
    """
    target = folder if folder is not None else config.processed_dir(data.region.key)
    with atomic_folder(target) as build:
        for name in TABLES:
            data.table(name).to_parquet(build / f"{name}.parquet", index=False)
        data.respondents.to_parquet(build / "respondents.parquet", index=False)
        for name in ("files", "issues", "matches", "conflicts", "accounts"):
            frame: pd.DataFrame = getattr(data.quality, name)
            frame.to_parquet(build / f"quality_{name}.parquet", index=False)
        manifest = {
            "region": data.region.key,
            "name": data.region.name,
            "period": data.region.period,
            "rows": {name: len(data.table(name)) for name in TABLES},
            "respondents": len(data.respondents),
            "totals": data.quality.totals,
        }
        text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
        (build / "manifest.json").write_text(text, encoding="utf-8")
    return target
