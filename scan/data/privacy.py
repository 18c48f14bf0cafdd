"""Confidential by design: small counts suppressed, and an anonymised copy of the data.

* Counts of people are suppressed by the one rule, :func:`scan.disclosure.suppress`
  (it sits below the data layer, so the HTML building blocks use it too).
* :func:`anonymise` replaces, before any analysis, every organisation name,
  alias, code, supplier folder, file and sheet name, initiative name and
  organisation reference in the data-quality log by neutral codes, so that
  every text, table, map and hover label made from it carries codes only.
* :data:`NEVER_SHOWN` lists the columns no report may contain (client keys,
  free-text remarks); :func:`reportable` drops them.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

import pandas as pd

from scan.data.model import DataQuality, RegionInfo, ScanData
from scan.data.schema import PROVENANCE, TABLES

#: Columns that never reach a report: pseudonymous client keys and free text.
NEVER_SHOWN: frozenset[str] = frozenset(
    c.name for t in TABLES.values() for c in t.columns if c.confidential
)

#: Short code per organisation type for anonymised labels.
TYPE_CODES: dict[str, str] = {
    "huisartsenpraktijk": "HA",
    "huisartsenpost": "HAP",
    "zorggroep": "ZG",
    "ziekenhuis": "ZH",
    "wijkverpleging": "WV",
    "vvt": "VVT",
    "ggz": "GGZ",
    "gehandicaptenzorg": "GHZ",
    "apotheek": "AP",
    "fysiotherapie": "FT",
    "welzijn": "WZ",
    "gemeente": "GEM",
    "zorgverzekeraar": "ZV",
    "zorgkantoor": "ZK",
    "transferpunt": "TP",
    "other": "OV",
}


def reportable(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without the columns that never reach a report."""
    return frame.drop(columns=[c for c in frame.columns if c in NEVER_SHOWN])


def codes_for(organisations: pd.DataFrame) -> dict[str, str]:
    """A neutral code per ``org_id``: type code and number, e.g. ``VVT-2``, in org_id order.

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["B", "A", "C"], "type": ["vvt", "vvt", "ggz"]})
    >>> codes_for(orgs)
    {'A': 'VVT-1', 'B': 'VVT-2', 'C': 'GGZ-1'}
    """
    counters: dict[str, int] = defaultdict(int)
    codes: dict[str, str] = {}
    for row in organisations.sort_values("org_id").itertuples(index=False):
        prefix = TYPE_CODES.get(str(row.type), "OV")
        counters[prefix] += 1
        codes[str(row.org_id)] = f"{prefix}-{counters[prefix]}"
    return codes


def anonymise(data: ScanData) -> tuple[ScanData, dict[str, str]]:
    """A copy of ``data`` in which no organisation can be recognised by name.

    Returns
    -------
    data : ScanData
        Organisation codes as ``org_id`` and as ``name``; aliases and
        municipality emptied; suppliers as their organisation's code (or
        ``partner N``); files as ``bestand N``; sheets emptied; initiatives as
        ``initiatief N``; organisation references in the issue log hidden.
    codes : dict
        Original ``org_id`` → code (for the adviser's key, never in a report).
    """
    codes = codes_for(data.organisations)
    files = sorted(set(data.quality.files["file"].dropna()))
    file_codes = {f: f"bestand {i + 1}" for i, f in enumerate(files)}
    suppliers = sorted(set(data.quality.files["supplier"].dropna()))
    supplier_codes = {
        s: s if s.startswith("(") else f"partner {i + 1}" for i, s in enumerate(suppliers)
    }
    initiatives = sorted(set(data.initiatives["initiative"].dropna()))
    initiative_codes = {n: f"initiatief {i + 1}" for i, n in enumerate(initiatives)}

    def recode(frame: pd.DataFrame, table: str) -> pd.DataFrame:
        out = frame.copy()
        for column in TABLES[table].org_columns + (("org_id",) if table == "organisations" else ()):
            out[column] = out[column].map(codes).astype("string")
        if table == "organisations":
            out["name"] = out["org_id"]
            out["aliases"] = pd.Series(pd.NA, index=out.index, dtype="string")
            out["municipality"] = pd.Series(pd.NA, index=out.index, dtype="string")
        if table == "initiatives":
            out["initiative"] = out["initiative"].map(initiative_codes).astype("string")
        out["src_supplier"] = out["src_supplier"].map(supplier_codes).astype("string")
        out["src_file"] = out["src_file"].map(file_codes).astype("string")
        out["src_sheet"] = pd.Series("", index=out.index, dtype="string")
        extras = [c for c in out.columns if not TABLES[table].knows(c) and c not in PROVENANCE]
        return out.drop(columns=extras)

    tables = {name: recode(data.table(name), name) for name in TABLES}
    q = data.quality

    def where(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        if "supplier" in out:
            out["supplier"] = out["supplier"].map(supplier_codes).astype("string")
        if "file" in out:
            out["file"] = out["file"].map(file_codes).astype("string")
        if "sheet" in out:
            out["sheet"] = pd.Series("", index=out.index, dtype="string")
        return out

    issues = where(q.issues)
    org_cells = issues["column"].isin([c for t in TABLES.values() for c in t.org_columns]) | issues[
        "column"
    ].isin(["name", "aliases"])
    issues.loc[org_cells, "value"] = "…"
    matches = where(q.matches)
    matches["value"] = "…"
    matches["org_id"] = matches["org_id"].map(codes).astype("string")
    conflicts = q.conflicts.copy()
    for side in ("kept", "other"):
        conflicts[f"{side}_supplier"] = conflicts[f"{side}_supplier"].map(supplier_codes)
        conflicts[f"{side}_source"] = "…"
    conflicts["key"] = "…"
    quality = DataQuality(
        files=where(q.files).assign(columns_extra=""),
        issues=issues,
        matches=matches,
        conflicts=conflicts,
        accounts=where(q.accounts),
    )
    region = RegionInfo(**{**dataclasses.asdict(data.region)})
    return ScanData(region=region, quality=quality, **tables), codes
