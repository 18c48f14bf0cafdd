"""Small hand-made ScanData for the analysis tests, independent of the ingest code.

``table("ties", [...])`` gives a clean table with the typed columns of
:mod:`scan.data.schema` (text/org/period/choice ``string``, integer ``Int64``,
number ``Float64``, yes/no ``boolean``, date ``datetime64[ns]``) plus the
provenance columns, exactly as :class:`scan.data.model.ScanData` promises.
Rows are dicts, or tuples filled into the table's columns in order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from scan.data.model import RegionInfo, ScanData
from scan.data.schema import DTYPES, PROVENANCE, TABLES

Rows = Iterable[Mapping[str, Any] | Sequence[Any]] | None


def _dtype(table: str, column: str) -> str:
    t = TABLES[table]
    if t.knows(column):
        return DTYPES[t.column(column).kind]
    if column == "src_row":
        return "Int64"
    return "string" if column in PROVENANCE else "object"


def table(name: str, rows: Rows = None, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A clean typed table ``name`` from rows (dicts, or tuples in column order)."""
    t = TABLES[name]
    names = list(columns) if columns is not None else list(t.names)
    records: list[dict[str, Any]] = []
    for i, row in enumerate(rows or []):
        rec = dict(row) if isinstance(row, Mapping) else dict(zip(names, row, strict=False))
        rec.setdefault("src_supplier", "test")
        rec.setdefault("src_file", f"{name}.csv")
        rec.setdefault("src_sheet", "")
        rec.setdefault("src_row", i + 2)
        records.append(rec)
    all_cols = list(t.names)
    for rec in records:
        for key in rec:
            if key not in all_cols and key not in PROVENANCE:
                all_cols.append(key)
    all_cols += list(PROVENANCE)
    data = {}
    for col in all_cols:
        values = [rec.get(col) for rec in records]
        dtype = _dtype(name, col)
        values = [None if v is None else v for v in values]
        if dtype == "datetime64[ns]":
            data[col] = pd.Series(pd.to_datetime(values), dtype=dtype)
        else:
            data[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data)


def organisations_for(ids: Iterable[str], types: Mapping[str, str] | None = None) -> pd.DataFrame:
    """An organisations table with one row per id (name = "Org <id>")."""
    types = types or {}
    rows = [
        {"org_id": i, "name": f"Org {i}", "type": types.get(i, "other")} for i in sorted(set(ids))
    ]
    return table("organisations", rows)


def _org_refs(frames: Mapping[str, pd.DataFrame]) -> set[str]:
    refs: set[str] = set()
    for name, frame in frames.items():
        for col in TABLES[name].org_columns + (("org_id",) if name != "organisations" else ()):
            if col in frame.columns:
                refs |= set(frame[col].dropna().astype(str))
    return refs


def scan_data(
    *,
    organisations: Rows = None,
    ties: Rows = None,
    flows: Rows = None,
    episodes: Rows = None,
    capacity: Rows = None,
    survey: Rows = None,
    initiatives: Rows = None,
    extra_orgs: Iterable[str] = (),
    types: Mapping[str, str] | None = None,
) -> ScanData:
    """A ScanData from rows; organisations default to every org referenced (+ ``extra_orgs``)."""
    frames = {
        "ties": table("ties", ties),
        "flows": table("flows", flows),
        "episodes": table("episodes", episodes),
        "capacity": table("capacity", capacity),
        "survey": table("survey", survey),
        "initiatives": table("initiatives", initiatives),
    }
    if organisations is None:
        orgs = organisations_for(_org_refs(frames) | set(extra_orgs), types)
    else:
        orgs = table("organisations", organisations)
    return ScanData(region=RegionInfo(key="test", name="Test region"), organisations=orgs, **frames)
